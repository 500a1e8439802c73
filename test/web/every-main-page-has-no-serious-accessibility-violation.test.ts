import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser } from '../support/engine-independent.js'
import { axeSource as readAxeSource, seriousViolations, type Violation } from './support/axe.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { type Cast, callAs, castOfRoles, type Person, signInContext } from './support/people.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

describeInBrowser(
  'axe-core finds no serious or critical violation on the main pages, in Chromium',
  () => {
    let server: PlatformServer
    let chromium: Chromium
    let page: Page
    let cast: Cast
    let axeSource = ''
    let jobId = ''
    let proposalId = ''
    let attemptId = ''

    beforeAll(async () => {
      axeSource = await readAxeSource()
      await ensureBuiltApp()
      server = await startPlatformServer()
      cast = await castOfRoles(server)
      const job = await callAs(server, cast.client, 'POST', '/jobs', {
        title: 'Audit our search form',
        description: 'Check the form against WCAG 2.2 AA.',
        category: 'Technology & IT',
        kind: 'fixed',
        budgetCents: 40_000,
        requiredTests: [],
      })
      if (job.status !== 201) throw new Error(`job: ${job.status} ${JSON.stringify(job.json)}`)
      jobId = (job.json as { job: { id: string } }).job.id
      const proposal = await callAs(server, cast.freelancer, 'POST', `/jobs/${jobId}/proposals`, {
        coverLetter: 'I audit forms.',
        bidCents: 35_000,
      })
      proposalId = (proposal.json as { proposal: { id: string } }).proposal.id
      await callAs(server, cast.client, 'POST', `/proposals/${proposalId}/shortlist`)
      const attempt = await callAs(server, cast.client, 'POST', '/attempts', {
        testId: 'nodejs',
      })
      if (attempt.status !== 201) throw new Error(`start: ${JSON.stringify(attempt.json)}`)
      attemptId = (attempt.json as { attempt: { id: string } }).attempt.id
      chromium = await launchChromium()
      page = await chromium.context.newPage()
    }, 300_000)

    afterAll(async () => {
      await chromium?.close()
      await server?.stop()
    })

    /** Each page with what shows it has drawn its content (not a spinner). */
    const journeys = (): [string, Person | null, [string, string][]][] => [
      [
        'visitor',
        null,
        [
          ['/', 'h1'],
          ['/tests', '.test-card'],
          ['/tests/javascript', '.fact-list'],
          ['/market', '.market-list'],
          [`/market/jobs/${jobId}`, '.market-description'],
          [`/people/${cast.freelancer.id}`, '.market-certifications'],
          ['/verify', '#credential-json'],
          ['/signin', 'form'],
          ['/register', 'form'],
          ['/no/such/page', 'h1'],
        ],
      ],
      [
        'freelancer',
        cast.freelancer,
        [
          ['/my-credentials', '.credential-card'],
          [`/results/${cast.attemptId}`, 'h1'],
          ['/market/me', '#balances-title'],
          [`/market/proposals/${proposalId}`, '.market-thread'],
        ],
      ],
      [
        'client',
        cast.client,
        [
          ['/market/hiring', '#posted-title'],
          ['/market/post', 'form'],
          [`/market/jobs/${jobId}`, '.market-compare'],
          [`/market/proposals/${proposalId}`, 'form[aria-label="Offer"]'],
          [`/take/${attemptId}`, '#question-1'],
        ],
      ],
      ['administrator', cast.admin, [['/console', '.result-count']]],
    ]

    it('on every main page of the visitor, freelancer, client and administrator at both sizes', {
      timeout: 300_000,
    }, async () => {
      const problems: { page: string; violations: Violation[] }[] = []
      let checked = 0
      for (const [role, who, pages] of journeys()) {
        await signInContext(chromium.context, server, who)
        for (const size of SIZES) {
          await page.setViewportSize(size)
          for (const [path, drawn] of pages) {
            await page.goto(`${server.url}${path}`)
            await page.locator(drawn).first().waitFor()
            if (path === '/console') {
              await page
                .getByRole('button', { name: `Credentials of ${cast.freelancer.name}` })
                .click()
              await page.locator('.console-credential').first().waitFor()
            }
            if (path.startsWith('/take/')) {
              // The page opens on one question, which need not show code; the whole form does
              // (code blocks that scroll sideways are a focus target axe checks).
              await page.getByRole('button', { name: 'All questions' }).click()
              await page.locator('#question-2').waitFor()
            }
            const violations = await seriousViolations(page, axeSource)
            checked += 1
            if (violations.length > 0) {
              problems.push({ page: `${role} ${size.name} ${path}`, violations })
              await screenshot(page, `axe-${role}-${size.name}-${path.replace(/\W+/g, '-')}`)
            }
          }
        }
      }
      expect(checked).toBe(2 * journeys().reduce((n, [, , pages]) => n + pages.length, 0))
      expect(problems).toEqual([])
    })
  },
)
