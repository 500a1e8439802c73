import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerAccount } from '../../src/accounts/index.js'
import { GOOD_PASSWORD, openTestApp, type TestApp, testServices } from '../support/app.js'
import { engine } from '../support/database.js'

/**
 * A server killed mid-run (kill -9, a power cut) leaves runs queued or running that no process
 * will finish. The next start says so: they are failed as interrupted, so the analyst sees an
 * end and may start them again, and finished runs stay as they were.
 */
describe(`study runs a stopped server left unfinished, on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  it('fails the queued and running ones as interrupted when the platform next starts', async () => {
    const { db } = t.database
    const analyst = await registerAccount(
      db,
      { email: 'analyst@example.org', password: GOOD_PASSWORD, displayName: 'Analyst' },
      'analyst',
      { emailVerified: true },
    )
    const run = (id: string, status: 'queued' | 'running' | 'succeeded') => ({
      id,
      requested_by: analyst.id,
      source: JSON.stringify({ kind: 'simulation', workers: 1000, seed: 1 }),
      settings: JSON.stringify({}),
      status,
      ...(status === 'queued' ? {} : { started_at: new Date('2026-01-01T10:00:00Z') }),
      ...(status === 'succeeded' ? { finished_at: new Date('2026-01-01T10:05:00Z') } : {}),
    })
    // What the killed process left behind: one run on its thread, one waiting, one done.
    await db
      .insertInto('study_runs')
      .values([
        run('run-running', 'running'),
        run('run-queued', 'queued'),
        run('run-done', 'succeeded'),
      ])
      .execute()

    // The next start builds the services, the study runner among them, over the same database.
    const next = await testServices(db)
    try {
      const rows = await db
        .selectFrom('study_runs')
        .select(['id', 'status', 'failure', 'finished_at'])
        .orderBy('id')
        .execute()
      expect(rows.map((r) => [r.id, r.status, r.failure?.message ?? null])).toEqual([
        ['run-done', 'succeeded', null],
        ['run-queued', 'failed', 'interrupted: the server stopped before the run finished'],
        ['run-running', 'failed', 'interrupted: the server stopped before the run finished'],
      ])
      expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true)
      expect(rows.find((r) => r.id === 'run-done')?.finished_at).toEqual(
        new Date('2026-01-01T10:05:00Z'),
      )
    } finally {
      await next.close()
    }
  })
})
