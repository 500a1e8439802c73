import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

const API = /^\/(me|auth|catalog|attempts|credentials|presentations|status|study)(\/|$)/

describeInBrowser('tests that cannot be started, as a visitor sees them in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 120_000)

  afterAll(async () => {
    if (problems.length) console.error(server?.stderr())
    await chromium?.close()
    await server?.stop()
  })

  it('marks them in the catalog and explains on the test page, with no way to start', async () => {
    type Listed = { id: string; title: string; startable: boolean; reason: string | null }
    const tests: Listed[] = []
    for (const offset of [0, 200]) {
      const listed = await page.request.get(
        `${server.url}/catalog/tests?limit=200&offset=${offset}`,
      )
      tests.push(...((await listed.json()) as { tests: Listed[] }).tests)
    }
    expect(tests.length).toBeGreaterThanOrEqual(300)
    const closed = tests.find((t) => !t.startable && t.reason?.startsWith('Not open yet'))!
    expect(closed.reason).toMatch(/^Not open yet: the question bank is short/)
    const withdrawn = tests.find((t) => t.id === 'javascript-modern')!
    expect(withdrawn).toMatchObject({
      startable: false,
      reason: expect.stringMatching(/^Not offered: it shares/),
    })

    await page.goto(`${server.url}/tests?q=${encodeURIComponent(closed.title)}`)
    const card = page
      .locator('.test-card')
      .filter({ has: page.getByRole('link', { name: closed.title, exact: true }) })
    await card.waitFor()
    expect(await card.locator('.pill-closed').textContent()).toBe('Not open yet')
    await screenshot(page, 'catalog-closed-test')

    await card.getByRole('link', { name: closed.title, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: closed.title }).waitFor()
    expect(await page.locator('.test-facts .notice').textContent()).toBe(closed.reason)
    await expect.poll(() => page.title()).toBe(`${closed.title} · SkillSignal`)
    expect(await page.getByRole('button', { name: 'Start the test' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Sign in to start' }).count()).toBe(0)

    await page.goto(`${server.url}/tests?q=${encodeURIComponent(withdrawn.title)}`)
    const gone = page
      .locator('.test-card')
      .filter({ has: page.getByRole('link', { name: withdrawn.title, exact: true }) })
    expect(await gone.locator('.pill-closed').textContent()).toBe('Withdrawn')
    await gone.getByRole('link', { name: withdrawn.title, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: withdrawn.title }).waitFor()
    expect(await page.locator('.test-facts .notice').textContent()).toBe(withdrawn.reason)
    expect(await page.getByRole('link', { name: 'Sign in to start' }).count()).toBe(0)

    const open = tests.find((t) => t.startable)
    if (open) {
      await page.goto(`${server.url}/tests/${open.id}`)
      await page.getByRole('link', { name: 'Sign in to start' }).waitFor()
    }
    expect(problems).toEqual([])
  })
})
