import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DatabaseConfig, openDatabase } from '../../src/db/index.js'
import type { Database } from '../../src/platform/index.js'
import { GOOD_PASSWORD } from '../support/app.js'
import { createTestSchema, engine } from '../support/database.js'
import { exited, startServerProcess } from '../support/server-process.js'

/** Kills the server with SIGKILL while registrations (an account row and its audit row) pour in. */
describe(`a server killed mid-write on ${engine}`, () => {
  let dataDir: string
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
  let env: NodeJS.ProcessEnv
  let config: DatabaseConfig

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-crash-'))
    if (engine === 'postgres') {
      schema = await createTestSchema()
      env = { DATABASE_URL: schema.url }
      config = { kind: 'postgres', url: schema.url }
    } else {
      env = { DATABASE_URL: '' }
      config = { kind: 'pglite', dataDir }
    }
  })
  afterAll(async () => {
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('keeps every acknowledged account, each whole, through three kills', async () => {
    const acknowledged: string[] = []
    for (let round = 0; round < 3; round++) {
      const server = await startServerProcess(['--data-dir', dataDir], env)
      let killed = false
      const writers = Array.from({ length: 8 }, async (_, writer) => {
        for (let i = 0; !killed; i++) {
          const email = `r${round}w${writer}n${i}@example.org`
          try {
            const response = await fetch(`${server.url}/auth/register`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, password: GOOD_PASSWORD, displayName: email }),
            })
            if (response.status === 202) acknowledged.push(email)
          } catch {
            return
          }
        }
      })
      await new Promise((resolve) => setTimeout(resolve, 1500 + round * 300))
      killed = true
      server.child.kill('SIGKILL')
      await exited(server.child)
      await Promise.all(writers)
    }
    expect(acknowledged.length).toBeGreaterThan(0)

    const { db, close } = await openDatabase<Database>(config)
    try {
      const users = await db.selectFrom('users').select(['id', 'email']).execute()
      const audits = await db
        .selectFrom('audit_log')
        .select('subject')
        .where('action', '=', 'account.registered')
        .execute()
      const stored = new Set(users.map((u) => u.email))
      expect(acknowledged.filter((email) => !stored.has(email))).toEqual([])
      expect(audits.map((a) => a.subject).sort()).toEqual(users.map((u) => `user:${u.id}`).sort())
      // A signed-up account is whole with its confirmation mail: one transaction writes both (the
      // seeded demo members signed up through no form and got none).
      const mailed = await db.selectFrom('mail_outbox').select('to_address').execute()
      const signedUp = [...stored].filter((email) => email.endsWith('@example.org'))
      expect(new Set(mailed.map((m) => m.to_address))).toEqual(new Set(signedUp))
    } finally {
      await close()
    }
  }, 240_000)

  it('finishes requests in flight on SIGTERM, then exits cleanly', async () => {
    const server = await startServerProcess(['--data-dir', dataDir], { ...env, LOG_LEVEL: 'info' })
    const emails = Array.from({ length: 6 }, (_, i) => `term${i}@example.org`)
    const inFlight = emails.map((email) =>
      fetch(`${server.url}/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: GOOD_PASSWORD, displayName: 'T' }),
      }).then((r) => r.status),
    )
    // Signal only once the server has taken in every request (its log says so), so that each one
    // is truly in flight: all must then finish.
    while ((server.stdout().match(/"url":"\/auth\/register"/g) ?? []).length < emails.length) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    server.child.kill('SIGTERM')
    const statuses = await Promise.all(inFlight)
    expect(await exited(server.child)).toBe(0)
    expect(statuses).toEqual(emails.map(() => 202))
    if (engine === 'pglite') expect(existsSync(join(dataDir, 'skillsignal.lock'))).toBe(false)

    const { db, close } = await openDatabase<Database>(config)
    try {
      const stored = await db
        .selectFrom('users')
        .select('email')
        .where('email', 'in', emails)
        .execute()
      expect(stored.length).toBe(emails.length)
    } finally {
      await close()
    }
  }, 120_000)
})
