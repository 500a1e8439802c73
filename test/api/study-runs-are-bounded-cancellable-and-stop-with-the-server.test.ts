import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STUDY_RUN_BOUNDS, STUDY_RUN_LIMITS } from '../../src/study/index.js'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

const FIXTURES = new URL('../fixtures/impact-study/', import.meta.url)
const records = Object.fromEntries(
  ['workers', 'credential_awards', 'projects', 'payments'].map((name) => [
    name,
    readFileSync(new URL(`records/${name}.csv`, FIXTURES), 'utf8'),
  ]),
)

describe(`study run bounds on ${engine}`, () => {
  let t: TestApp
  let analyst: string
  let other: string
  let administrator: string

  const start = (payload: object, authorization = analyst) =>
    t.app.inject({ method: 'POST', url: '/study/runs', headers: { authorization }, payload })
  const cancel = (id: string, authorization = analyst) =>
    t.app.inject({
      method: 'POST',
      url: `/study/runs/${id}/cancellation`,
      headers: { authorization },
    })
  const simulation = (seed: number) => ({ source: 'simulation', workers: 20_000, seed })

  beforeAll(async () => {
    t = await openTestApp()
    analyst = await signInAs(t, 'analyst')
    other = await signInAs(t, 'analyst', 'other-analyst@example.org')
    administrator = await signInAs(t, 'administrator')
  })
  afterAll(() => t.close())

  it('refuses settings too big for the records before queueing anything', async () => {
    const ages = await start({
      source: 'upload',
      obsStart: '0001-01-01T00:00:00Z',
      obsEnd: '9999-01-01T00:00:00Z',
      windowDays: 1,
      records,
    })
    expect(ages.statusCode).toBe(400)
    expect(ages.json().error).toMatchObject({
      code: 'study_run_too_large',
      details: { bound: 'periods', limit: STUDY_RUN_BOUNDS.periods },
    })

    const rows = await start({ source: 'simulation', workers: 100_000, seed: 1, windowDays: 1 })
    expect(rows.statusCode).toBe(400)
    expect(rows.json().error.details.bound).toBe('panelRows')

    const empty = await start({
      source: 'upload',
      obsStart: '2030-01-01T00:00:00Z',
      obsEnd: '2031-01-01T00:00:00Z',
      records,
    })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error.details.bound).toBe('span')
    expect(await t.database.db.selectFrom('study_runs').select('id').execute()).toEqual([])
  })

  it('queues at most two runs per analyst and six in all (429), and cancels them', async () => {
    const mine = [await start(simulation(1)), await start(simulation(2))]
    expect(mine.map((r) => r.statusCode)).toEqual([202, 202])
    const third = await start(simulation(3))
    expect(third.statusCode).toBe(429)
    expect(third.json().error).toMatchObject({
      code: 'study_queue_full',
      details: { limit: STUDY_RUN_LIMITS.perRequester },
    })
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0)

    const others = [await start(simulation(4), other), await start(simulation(5), other)]
    const admins = [
      await start(simulation(6), administrator),
      await start(simulation(7), administrator),
    ]
    expect([...others, ...admins].map((r) => r.statusCode)).toEqual([202, 202, 202, 202])
    const fourth = await signInAs(t, 'analyst', 'fourth-analyst@example.org')
    const beyond = await start(simulation(8), fourth)
    expect(beyond.statusCode).toBe(429)
    expect(beyond.json().error.details.limit).toBe(STUDY_RUN_LIMITS.total)

    // Only the requester or an administrator cancels; a cancelled run is cancelled whether it
    // was running or waiting, and cancelling it again is a conflict.
    const [running, waiting] = mine.map((r) => r.json().run.id as string)
    expect((await cancel(running!, other)).statusCode).toBe(403)
    const cancelledWaiting = await cancel(waiting!)
    expect(cancelledWaiting.json().run.status).toBe('cancelled')
    const cancelledRunning = await cancel(running!)
    expect(cancelledRunning.statusCode).toBe(200)
    expect(cancelledRunning.json().run.status).toBe('cancelled')
    expect((await cancel(running!)).statusCode).toBe(409)
    for (const response of others) await cancel(response.json().run.id, administrator)
    for (const response of admins) await cancel(response.json().run.id, administrator)
    await t.app.platform.studyRuns.idle()
    const statuses = await t.database.db.selectFrom('study_runs').select('status').execute()
    expect(statuses.map((s) => s.status)).toEqual(Array(6).fill('cancelled'))
    // With the queue empty, the analyst may start again.
    const again = await start(simulation(9))
    expect(again.statusCode).toBe(202)
    await cancel(again.json().run.id)
  })
})

describe(`study runs when the server stops, on ${engine}`, () => {
  it('stops the running and waiting runs and records why, so closing does not wait for them', async () => {
    const t = await openTestApp()
    try {
      const analyst = await signInAs(t, 'analyst')
      const started: Awaited<ReturnType<typeof t.app.inject>>[] = []
      for (const seed of [1, 2]) {
        started.push(
          await t.app.inject({
            method: 'POST',
            url: '/study/runs',
            headers: { authorization: analyst },
            payload: { source: 'simulation', workers: 100_000, seed },
          }),
        )
      }
      expect(started.map((r) => r.statusCode)).toEqual([202, 202])
      await expect
        .poll(async () => {
          const row = await t.database.db
            .selectFrom('study_runs')
            .select('status')
            .where('id', '=', started[0]!.json().run.id)
            .executeTakeFirstOrThrow()
          return row.status
        })
        .toBe('running')
      await t.app.close()
      const runs = await t.database.db
        .selectFrom('study_runs')
        .select(['status', 'failure'])
        .execute()
      expect(runs.map((r) => r.status)).toEqual(['failed', 'failed'])
      expect(runs.map((r) => (r.failure as { message: string }).message)).toEqual([
        expect.stringMatching(/server stopped/),
        expect.stringMatching(/server stopped/),
      ])
    } finally {
      await t.database.close()
    }
  })
})
