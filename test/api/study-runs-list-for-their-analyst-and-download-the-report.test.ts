import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SMALL_SAMPLE_RULE } from '../../src/study/index.js'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`a study run's report and the analyst's list of runs on ${engine}`, () => {
  let t: TestApp
  let analyst: string
  let otherAnalyst: string
  let member: string
  let runId = ''

  const get = (url: string, authorization = analyst) =>
    t.app.inject({ url, headers: { authorization } })

  beforeAll(async () => {
    t = await openTestApp()
    analyst = await signInAs(t, 'analyst')
    otherAnalyst = await signInAs(t, 'analyst', 'second.analyst@example.org')
    member = await signInAs(t, 'member')
    const started = await t.app.inject({
      method: 'POST',
      url: '/study/runs',
      headers: { authorization: analyst },
      payload: { source: 'simulation', workers: 60, seed: 7 },
    })
    expect(started.statusCode).toBe(202)
    runId = started.json().run.id
    await t.app.platform.studyRuns.idle()
  })
  afterAll(() => t.close())

  it('presents the headline with intervals, the design check, the event study and the tables', async () => {
    const { run } = (await get(`/study/runs/${runId}`)).json()
    expect(run.status).toBe('succeeded')
    const report = run.report
    const value = report.headline.effects.find(
      (e: { outcome: string }) => e.outcome === 'project value',
    )
    expect(value.pct).toBeCloseTo(run.estimates.headline.project_value_pct, 10)
    expect(value.pctLow).toBeLessThan(value.pct)
    expect(value.pctHigh).toBeGreaterThan(value.pct)
    expect(value.p).toBe(run.estimates['main.log_value.event'].p.n_creds)
    expect(report.headline.newEntrantRatio).toBe(run.estimates.headline.new_entrant_ratio_log_value)
    expect(report.designCheck.comparisons.map((c: { outcome: string }) => c.outcome)).toEqual([
      'project value',
      'projects',
      'earnings',
    ])
    expect(report.designCheck.preTrend.checked).toBe(3 * 3)
    expect(report.designCheck.preTrend.sentence).toMatch(/pre-trend/i)
    expect(report.eventStudy.periods).toEqual([-4, -3, -2, -1, 0, 1, 2, 3])
    const earnings = report.eventStudy.outcomes.find(
      (o: { outcome: string }) => o.outcome === 'Earnings ($)',
    )
    const atZero = earnings.points.find((p: { k: number }) => p.k === 0)
    expect(atZero.coef).toBe(run.estimates['dynamic.earnings.event'].coef['k::0'])
    expect(earnings.points.find((p: { k: number }) => p.k === -1)).toMatchObject({
      coef: 0,
      reference: true,
    })
    expect(report.tables.map((table: { title: string }) => table.title)[0]).toMatch(/Table 1/)
  })

  it('cautions in words when the run rests on too few workers or events', async () => {
    const { run } = (await get(`/study/runs/${runId}`)).json()
    const caution = run.report.caution
    expect(caution.eventsMain).toBe(run.estimates.sample.events_main)
    expect(caution.fewestClusters).toBeLessThan(SMALL_SAMPLE_RULE.minClusters)
    expect(caution.small).toBe(true)
    expect(caution.sentences.join(' ')).toMatch(
      new RegExp(`rests on ${caution.fewestClusters} workers?`),
    )
  })

  it("lists the caller's runs, newest first, and no one else's", async () => {
    const mine = (await get('/study/runs')).json().runs
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({
      id: runId,
      status: 'succeeded',
      source: { kind: 'simulation' },
    })
    expect(mine[0].estimates).toBeUndefined()
    expect((await get('/study/runs', otherAnalyst)).json().runs).toEqual([])
    expect((await get('/study/runs', member)).statusCode).toBe(403)
  })

  it('downloads the whole report as HTML, Markdown, JSON or the plot alone', async () => {
    const html = await get(`/study/runs/${runId}/report?format=html`)
    expect(html.statusCode).toBe(200)
    expect(html.headers['content-type']).toMatch(/^text\/html/)
    expect(html.headers['content-disposition']).toBe(
      `attachment; filename="study-${runId}-report.html"`,
    )
    expect(html.body).toMatch(/<h2>Design check<\/h2>/)
    expect(html.body).toContain('src="data:image/svg+xml;base64,')
    const markdown = await get(`/study/runs/${runId}/report?format=markdown`)
    expect(markdown.body).toMatch(/^# What microcredentials do/)
    const json = await get(`/study/runs/${runId}/report?format=json`)
    const { run } = (await get(`/study/runs/${runId}`)).json()
    expect(JSON.parse(json.body)).toEqual(run.estimates)
    const svg = await get(`/study/runs/${runId}/report?format=svg`)
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/)
    expect(svg.body).toMatch(/^<svg/)
    expect((await get(`/study/runs/${runId}/report?format=pdf`)).statusCode).toBe(400)
    expect((await get('/study/runs/nope/report')).statusCode).toBe(404)
  })

  it('has no report for a run that did not succeed', async () => {
    const started = await t.app.inject({
      method: 'POST',
      url: '/study/runs',
      headers: { authorization: otherAnalyst },
      payload: { source: 'simulation', workers: 10, seed: 1 },
    })
    const id = started.json().run.id
    await t.app.inject({
      method: 'POST',
      url: `/study/runs/${id}/cancellation`,
      headers: { authorization: otherAnalyst },
    })
    await t.app.platform.studyRuns.idle()
    const refused = await get(`/study/runs/${id}/report`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('study_run_has_no_report')
  })

  it('asks for the start of the span when the platform has no worker to date it from', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/study/runs',
      headers: { authorization: analyst },
      payload: { source: 'platform' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error).toMatchObject({ details: { field: 'obsStart' } })
  })
})
