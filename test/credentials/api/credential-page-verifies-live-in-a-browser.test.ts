import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildApp } from '../../../src/api/index.js'
import {
  changeCredentialStatus,
  issueCredentialForPass,
  setCredentialShared,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import type { PlatformDatabase, PlatformServices } from '../../../src/platform/index.js'
import { testServices } from '../../support/app.js'
import { openTestDatabase } from '../../support/database.js'
import { describeInBrowser } from '../../support/engine-independent.js'
import { certifiedPass, learner } from '../support/platform-fixtures.js'

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

let platform: PlatformDatabase
let services: PlatformServices
let app: FastifyInstance
let origin: string
let browser: Browser

async function sharedCredential(): Promise<string> {
  const runtime = services.credentials
  const who = await learner(platform.db)
  const { credential } = await transact(platform.db, async (trx) =>
    issueCredentialForPass(trx, await certifiedPass(trx, who), runtime),
  )
  await setCredentialShared(platform.db, credential.id, who.id, true, true)
  return credential.id
}

async function liveVerdict(id: string): Promise<{ verdict: string; text: string }> {
  const page = await browser.newPage()
  try {
    await page.goto(`${origin}/credentials/${id}/page`)
    const verdict = page.locator('#verdict')
    await page.waitForFunction(() => {
      const state = document.getElementById('verdict')?.dataset.verdict
      return state !== undefined && state !== 'pending' && document.readyState === 'complete'
    })
    return {
      verdict: (await verdict.getAttribute('data-verdict')) ?? '',
      text: (await verdict.textContent()) ?? '',
    }
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  platform = await openTestDatabase()
  services = await testServices(platform.db)
  app = await buildApp(services)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS })
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await app?.close()
  await services?.close()
  await platform?.close()
})

describeInBrowser('the human page of a shared credential, in Chromium', () => {
  it('verifies the credential live through POST /credentials/verify', async () => {
    const id = await sharedCredential()
    const { verdict, text } = await liveVerdict(id)
    expect(verdict).toBe('verified')
    expect(text).toBe(
      'Verified live: schema, issuer-key, proof, validity-dates, revocation, suspension',
    )
  }, 60_000)

  it('says revoked once an administrator revokes it', async () => {
    const id = await sharedCredential()
    await changeCredentialStatus(platform.db, services.credentials, {
      credentialId: id,
      action: 'revoke',
      reason: 'confirmed answer sharing',
      actorId: null,
    })
    const { verdict, text } = await liveVerdict(id)
    expect(verdict).toBe('revoked')
    expect(text).toBe('Not verified: revocation revoked')
  }, 60_000)

  it('fits a phone screen and axe-core finds no violation, revoked banner included', async () => {
    const id = await sharedCredential()
    await changeCredentialStatus(platform.db, services.credentials, {
      credentialId: id,
      action: 'revoke',
      reason: 'answers shared in a forum',
      actorId: null,
    })
    const axeSource = await readFile(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8',
    )
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
    try {
      await page.goto(`${origin}/credentials/${id}/page`)
      await page.waitForFunction(
        () => document.getElementById('verdict')?.dataset.verdict !== 'pending',
      )
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await page.evaluate(axeSource)
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
        ).axe
        return (await axe.run()).violations.map((violation) => violation.id)
      })
      expect(violations).toEqual([])
    } finally {
      await page.close()
    }
  }, 60_000)
})
