import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { StudyRun } from '../../src/web/api/types.js'
import { formatChange } from '../../src/web/pages/study/study-format.js'
import { describeInBrowser } from '../support/engine-independent.js'
import { axeSource, seriousViolations } from './support/axe.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { type Person, SESSION_COOKIE, signInContext } from './support/people.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

/**
 * The demo's first start, smaller: the same simulated market (seed, three years ending today,
 * fixed-price projects) with 40 freelancers instead of about 2,000, so the test stays short.
 */
const DEMO_WORKERS = '40'
const ANALYST = 'analyst@demo.skillsignal.test'

describeInBrowser(
  'an analyst runs the impact study on the platform’s own records, in Chromium',
  () => {
    let server: PlatformServer
    let chromium: Chromium
    let page: Page
    let analyst: Person
    let axe = ''

    beforeAll(async () => {
      axe = await axeSource()
      await ensureBuiltApp()
      // A first start with the demo, as a newcomer's `npm start`: the analyst's password is
      // printed once, with the other demo logins.
      server = await startPlatformServer({
        SKILLSIGNAL_DEMO: '1',
        SKILLSIGNAL_DEMO_WORKERS: DEMO_WORKERS,
      })
      const password = new RegExp(`${ANALYST.replaceAll('.', '\\.')}\\s+(\\S+)`).exec(
        server.stderr(),
      )?.[1]
      if (!password) throw new Error(`no demo analyst login printed:\n${server.stderr()}`)
      const login = await fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ANALYST, password }),
      })
      const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(
        login.headers.get('set-cookie') ?? '',
      )?.[1]
      if (!token) throw new Error(`no session: ${login.status}`)
      const me = (await (
        await fetch(`${server.url}/me`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } })
      ).json()) as { account: { id: string; displayName: string } }
      analyst = { id: me.account.id, name: me.account.displayName, token }
      chromium = await launchChromium()
      await signInContext(chromium.context, server, analyst)
      page = await chromium.context.newPage()
    }, 120_000)

    afterAll(async () => {
      await chromium?.close()
      await server?.stop()
    })

    it('starts on platform data by default, follows the run to its plot, and lists it', async () => {
      await page.goto(`${server.url}/analysis`)
      await page.getByRole('heading', { name: 'Impact study' }).waitFor()
      expect(await page.getByLabel("The platform's own records").isChecked()).toBe(true)
      await page.getByText('No runs yet').waitFor()
      expect(await seriousViolations(page, axe)).toEqual([])

      await page.getByRole('button', { name: 'Start the study' }).click()
      await page.waitForURL('**/analysis/runs/*')
      const runId = decodeURIComponent(page.url().split('/').at(-1)!)
      await page.locator('.study-run .pill-run-succeeded, .study-run .pill-run-failed').waitFor({
        timeout: 60_000,
      })
      expect(await page.locator('.study-run .pill').textContent()).toBe('succeeded')

      // The plot: three panels, each period a point (the reference hollow), axes and a zero line.
      const api = await page.request.get(`${server.url}/study/runs/${runId}`)
      const run = ((await api.json()) as { run: StudyRun }).run
      const report = run.report!
      expect(run.source).toEqual({ kind: 'platform' })
      const points = report.eventStudy.outcomes.reduce((n, o) => n + o.points.length, 0)
      await page.locator('svg.event-study-panel').first().waitFor()
      expect(await page.locator('svg.event-study-panel').count()).toBe(3)
      expect(await page.locator('svg.event-study-panel .event-study-point').count()).toBe(points)
      expect(await page.locator('svg.event-study-panel .zero-line').count()).toBe(3)
      expect(await page.locator('svg.event-study-panel .ci-band').count()).toBe(3)
      expect(
        await page.locator('svg.event-study-panel[role="img"] desc').first().textContent(),
      ).toMatch(/periods −4 to 3 of 14 days/)

      // The headline as the API reports it, with intervals.
      for (const effect of report.headline.effects) {
        const row = page.locator(`.headline-table tr[data-outcome="${effect.outcome}"]`)
        expect(await row.locator('.effect').textContent()).toBe(formatChange(effect.pct))
        expect(await row.locator('.interval').textContent()).toBe(
          `${formatChange(effect.pctLow)} to ${formatChange(effect.pctHigh)}`,
        )
      }
      expect(await page.locator('.pre-trend').textContent()).toContain(
        report.designCheck.preTrend.sentence,
      )
      // Forty workers are a demonstration, not evidence: the page says so in words.
      expect(report.caution.small).toBe(true)
      expect(await page.locator('.study-caution').textContent()).toContain('Small sample')
      expect(await page.locator('.estimate-table caption').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Table 1\./)]),
      )

      // The run is in the list, linked, with its status.
      const listed = page.locator('.study-runs li')
      await listed.filter({ hasText: 'Succeeded' }).waitFor()
      expect(await listed.count()).toBe(1)
      expect(await listed.getByRole('link').getAttribute('href')).toBe(`/analysis/runs/${runId}`)

      const download = page.waitForEvent('download')
      await page.getByRole('link', { name: 'Report (HTML)' }).click()
      expect((await download).suggestedFilename()).toBe(`study-${runId}-report.html`)

      expect(await seriousViolations(page, axe)).toEqual([])
      await page.setViewportSize({ width: 390, height: 844 })
      expect(await seriousViolations(page, axe)).toEqual([])
      await screenshot(page, 'analyst-study-phone')
      await page.setViewportSize({ width: 1280, height: 860 })
      await screenshot(page, 'analyst-study')
    }, 90_000)
  },
)
