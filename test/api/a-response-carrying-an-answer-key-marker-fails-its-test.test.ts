import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, KEY_MARKER_LEAK_WARNING as WARNING_IN_SOURCE } from '../../src/api/index.js'
import { KEY_MARKER } from '../assessment/attempts/fixture-bank.js'
import { openTestApp, signInAs, type TestApp, testServices } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { describeEngineIndependent, describeInBrowser } from '../support/engine-independent.js'
import { KEY_MARKER_LEAK_WARNING, keyMarkerLeaks } from '../support/key-marker-scan.js'
import { exited, startServerProcess } from '../support/server-process.js'
import { launchChromium } from '../web/support/chromium.js'

/**
 * The scan every suite runs: a body that carries the fixture bank's key marker fails the test it
 * happened in (`test/support/no-key-marker-leaks.ts`), whether the app was built by the test
 * support, built directly, run as a server process or read by the browser. Here a marker is
 * planted in a response on each path, as a leak would carry it, and the record is taken back
 * before the check.
 */

/** Waits (bounded) until the record holds `count` leaks: a server's warning comes on its stderr. */
async function leaksRecorded(count: number): Promise<string[]> {
  for (let waited = 0; keyMarkerLeaks.length < count && waited < 10_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return keyMarkerLeaks.splice(0)
}

describe('answer-key markers in responses of apps the tests build', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  it('records a marker in any body sent to anyone but an administrator, from every route and error', async () => {
    const member = await signInAs(t, 'member')
    await t.app.inject({ url: `/attempts/${KEY_MARKER}`, headers: { authorization: member } })
    await t.app.inject({ url: `/no-such-page-${KEY_MARKER}` })
    await t.app.inject({ url: '/health' })
    // An administrator's tools show keys (item review, statistics): not a leak.
    const administrator = await signInAs(t, 'administrator')
    await t.app.inject({
      url: `/attempts/${KEY_MARKER}`,
      headers: { authorization: administrator },
    })
    expect(await leaksRecorded(2)).toEqual([
      `GET /attempts/${KEY_MARKER}`,
      `GET /no-such-page-${KEY_MARKER}`,
    ])
  })

  it('records it from an app a suite builds itself, with no help from the test support', async () => {
    const database = await openTestDatabase()
    const services = await testServices(database.db)
    const app = await buildApp(services)
    try {
      await app.inject({ url: `/catalog/tests/${KEY_MARKER}` })
      expect(await leaksRecorded(1)).toEqual([`GET /catalog/tests/${KEY_MARKER}`])
    } finally {
      await app.close()
      await services.close()
      await database.close()
    }
  })

  it('names the warning the app raises as the test support listens for it', () => {
    expect(KEY_MARKER_LEAK_WARNING).toBe(WARNING_IN_SOURCE)
  })
})

describeEngineIndependent('answer-key markers in responses of a server process', () => {
  it('records a marker the server sent, from its warning on stderr', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'skillsignal-marker-'))
    const server = await startServerProcess(['--data-dir', dataDir], {})
    try {
      await (await fetch(`${server.url}/no-such-page-${KEY_MARKER}`)).arrayBuffer()
      await (await fetch(`${server.url}/health`)).arrayBuffer()
      expect(await leaksRecorded(1)).toEqual([`server process: GET /no-such-page-${KEY_MARKER}`])
    } finally {
      server.child.kill('SIGTERM')
      await exited(server.child)
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describeInBrowser('answer-key markers in what the browser receives', () => {
  it('records a marker in a page, script or download the browser loads', async () => {
    const browser = await launchChromium()
    try {
      // A page no server of ours sends, so the marker is planted where only the browser sees it.
      await browser.context.route('http://planted.test/**', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `const option = '${KEY_MARKER}-a'`,
        }),
      )
      const page = await browser.context.newPage()
      await page.goto('http://planted.test/app.js')
      expect(await leaksRecorded(1)).toEqual(['browser: GET http://planted.test/app.js'])
    } finally {
      await browser.close()
    }
  })
})
