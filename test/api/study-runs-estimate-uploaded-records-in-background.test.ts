import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { estimateDifferences } from '../study/support/compare-estimates.js'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

const FIXTURES = new URL('../fixtures/impact-study/', import.meta.url)
const records = Object.fromEntries(
  ['workers', 'credential_awards', 'projects', 'payments'].map((name) => [
    name,
    readFileSync(new URL(`records/${name}.csv`, FIXTURES), 'utf8'),
  ]),
) as Record<'workers' | 'credential_awards' | 'projects' | 'payments', string>
const expected = JSON.parse(readFileSync(new URL('expected/estimates.json', FIXTURES), 'utf8'))
const span = { obsStart: '2015-01-01T00:00:00Z', obsEnd: '2018-01-01T00:00:00Z' }

describe(`study runs on ${engine}`, () => {
  let t: TestApp
  let analyst: string
  let member: string

  const start = (payload: unknown, authorization = analyst) =>
    t.app.inject({
      method: 'POST',
      url: '/study/runs',
      headers: { authorization },
      payload: payload as object,
    })

  beforeAll(async () => {
    t = await openTestApp()
    analyst = await signInAs(t, 'analyst')
    member = await signInAs(t, 'member')
  })
  afterAll(() => t.close())

  it('estimates uploaded records in the background and reports what fixest reports', async () => {
    const started = await start({ source: 'upload', ...span, records })
    expect(started.statusCode).toBe(202)
    const { run } = started.json()
    expect(run).toMatchObject({
      status: 'queued',
      source: { kind: 'upload', workers: 400, projects: 9298 },
    })

    await t.app.platform.studyRuns.idle()
    const done = (
      await t.app.inject({ url: `/study/runs/${run.id}`, headers: { authorization: analyst } })
    ).json().run
    expect(done.status).toBe('succeeded')
    const model = done.estimates['main.log_value.event']
    const reference = expected['main.log_value.event']
    expect(model.nobs).toBe(reference.nobs)
    expect(model.coef.n_creds).toBeCloseTo(reference.coef.n_creds, 10)
    expect(model.se.n_creds).toBeCloseTo(reference.se.n_creds, 10)
    // Every model, the design check and Table 8 among them, on two worker threads.
    const { timing_s: _, ...theirs } = expected
    expect(estimateDifferences(done.estimates, theirs)).toEqual([])
    expect(done.headline.join(' ')).toMatch(/project value/)
    // The design check speaks where it disagrees with the paper's design (on the fixtures: earnings).
    expect(done.headline.join(' ')).toMatch(/Earnings: the paper's design gives \+28\.1 %/)
    expect(done.progress).toEqual({ stage: 'done', workers: 400 })
  })

  it('refuses bad records before starting, naming file, line and column', async () => {
    const projects = records.projects.replace(/,279\.9,4\n/, ',-5,4\n')
    const response = await start({ source: 'upload', ...span, records: { ...records, projects } })
    expect(response.statusCode).toBe(400)
    const error = response.json().error
    expect(error.code).toBe('invalid_records')
    expect(error.details.problems[0]).toMatchObject({
      file: 'projects.csv',
      line: 2,
      columnName: 'value_usd',
    })
  })

  it('refuses a quote never closed with 400 naming file and line, not 500', async () => {
    const workers = records.workers.replace(/\n(\w)/, '\n"$1')
    const response = await start({ source: 'upload', ...span, records: { ...records, workers } })
    expect(response.statusCode).toBe(400)
    const error = response.json().error
    expect(error.code).toBe('invalid_records')
    expect(error.details.problems[0]).toMatchObject({ file: 'workers.csv', line: 2 })
  })

  it('refuses an unparseable observed span', async () => {
    const response = await start({
      source: 'upload',
      obsStart: '2015-01-01',
      obsEnd: span.obsEnd,
      records,
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({
      code: 'invalid_time',
      details: { field: 'obsStart' },
    })
  })

  it("says which views are missing when the platform's records lack one", async () => {
    await sql`drop view study_payments`.execute(t.database.db)
    const response = await start({ source: 'platform', ...span })
    expect(response.statusCode).toBe(409)
    expect(response.json().error).toMatchObject({
      code: 'platform_records_unavailable',
      details: { missing: ['study_payments'] },
    })
  })

  it('keeps answering other requests while a simulated market is studied', async () => {
    const started = await start({ source: 'simulation', workers: 3000, seed: 7 })
    expect(started.statusCode).toBe(202)
    const health = await t.app.inject({ url: '/health' })
    expect(health.statusCode).toBe(200)
    const during = (
      await t.app.inject({
        url: `/study/runs/${started.json().run.id}`,
        headers: { authorization: analyst },
      })
    ).json()
    expect(['queued', 'running']).toContain(during.run.status)
    await t.app.platform.studyRuns.idle()
    const after = (
      await t.app.inject({
        url: `/study/runs/${started.json().run.id}`,
        headers: { authorization: analyst },
      })
    ).json()
    expect(after.run.status).toBe('succeeded')
    expect(after.run.estimates.sample.workers).toBe(3000)
  })

  it('is for analysts and administrators only', async () => {
    expect((await start({ source: 'platform', ...span }, member)).statusCode).toBe(403)
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/study/runs',
          payload: { source: 'platform', ...span },
        })
      ).statusCode,
    ).toBe(401)
    expect(
      (await t.app.inject({ url: '/study/runs/nope', headers: { authorization: analyst } }))
        .statusCode,
    ).toBe(404)
  })
})
