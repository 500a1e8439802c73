import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { certify } from '../marketplace/support.js'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { callAs, type Person, registerAll, signInContext } from './support/people.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

const API = /^\/(me|auth|catalog|attempts|credentials)(\/|$)/
const WIDE = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
/** The attempts the tests below start, one taker each. */
const TAKERS = 8

describeInBrowser('the attempt page on a phone and by keyboard in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  let member: Person
  /** Members who each take one attempt: one attempt runs at a time per member. */
  let takers: Person[] = []
  const problems: string[] = []

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    // Everyone in one pause of the server: on the embedded database each pause restarts the
    // server, and one per attempt pushed a test past its time limit on a busy machine.
    const people = await registerAll(server, [
      'Kim Keyboard',
      ...Array.from({ length: TAKERS }, (_, i) => `Taker ${i + 1}`),
    ])
    member = people[0]!
    takers = people.slice(1)
    await server.withDatabase(async (db) => {
      await certify(db, member.id, 'javascript')
      // Withdrawn after an integrity case: the table must say so, and why.
      await certify(db, member.id, 'regular-expressions', new Date(), new Date())
    })
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 180_000)

  afterAll(async () => {
    if (problems.length) console.error(server?.stderr())
    await chromium?.close()
    await server?.stop()
  })

  /** A fresh taker each time: one attempt runs at a time per member. */
  async function startAttempt(): Promise<void> {
    const taker = takers.shift()
    if (!taker) throw new Error(`more than ${TAKERS} attempts: raise TAKERS`)
    await signInContext(chromium.context, server, taker)
    const started = await callAs(server, taker, 'POST', '/attempts', { testId: 'nodejs' })
    expect(started.status).toBe(201)
    const { attempt } = started.json as { attempt: { id: string } }
    await page.goto(`${server.url}/take/${attempt.id}`)
    await page.locator('#question-1').waitFor()
  }

  const box = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => {
        const r = e.getBoundingClientRect()
        return { top: r.top, bottom: r.bottom, right: r.right, height: r.height }
      })

  /** The question's top is on screen and below every sticky bar. */
  async function questionInView(position: number) {
    const bar = await box('.attempt-bar')
    const header = await box('.site-header')
    const question = await box(`#question-${position}`)
    const viewport = page.viewportSize()!
    expect(question.top).toBeGreaterThanOrEqual(Math.max(bar.bottom, header.bottom) - 1)
    expect(question.top).toBeLessThan(viewport.height / 2)
  }

  it('keeps a one-row header under 64 px and the timer in view while the page scrolls', async () => {
    await page.setViewportSize(PHONE)
    await startAttempt()
    expect((await box('.site-header')).height).toBeLessThanOrEqual(64)
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const timer = await box('.countdown-value')
    expect(timer.top).toBeGreaterThanOrEqual(0)
    expect(timer.bottom).toBeLessThanOrEqual(PHONE.height)
    // Nothing covers it: the point at its middle belongs to the timer bar.
    const onTop = await page.evaluate(() => {
      const r = document.querySelector('.countdown-value')!.getBoundingClientRect()
      return Boolean(
        document
          .elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          ?.closest('.attempt-bar'),
      )
    })
    expect(onTop).toBe(true)
    await screenshot(page, 'attempt-phone-scrolled')
    // The menu opens below the header without making it taller.
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('link', { name: 'My credentials' }).waitFor()
    expect((await box('.site-header')).height).toBeLessThanOrEqual(64)
    await page.getByRole('button', { name: 'Menu' }).click()
    expect(problems).toEqual([])
  })

  it('reaches the first answer by Tab without passing the question map, which is one Tab stop', async () => {
    for (const size of [WIDE, PHONE]) {
      await page.setViewportSize(size)
      await startAttempt()
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      const passed: string[] = []
      for (let presses = 1; presses <= 40; presses += 1) {
        await page.keyboard.press('Tab')
        const at = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement
          return `${e.tagName.toLowerCase()}.${e.className}`
        })
        passed.push(at)
        if (at.startsWith('input')) break
      }
      expect(passed.at(-1)).toMatch(/^input/)
      expect(passed.filter((p) => p.includes('map-cell'))).toEqual([])
      expect(passed.length).toBeLessThanOrEqual(16)
      const stops = await page
        .locator('.question-map .map-cell')
        .evaluateAll((cells) => cells.filter((c) => (c as HTMLElement).tabIndex === 0).length)
      expect(stops).toBe(1)
    }
    // Arrow keys move along the map.
    await page.locator('.question-map .map-cell').first().focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2')
    await page.keyboard.press('End')
    const last = await page.locator('.question-map .map-cell').count()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(String(last))
    expect(problems).toEqual([])
  })

  // One test per viewport: each starts an attempt of its own, and on a loaded machine the two
  // together came near the per-test time limit.
  it.each([
    ['wide', WIDE],
    ['phone', PHONE],
  ])(
    'brings the question below the sticky bars after Next and after a map jump (%s)',
    async (_, size) => {
      await page.setViewportSize(size)
      await startAttempt()
      await page.locator('#question-1 .option input').first().check()
      await page.getByRole('button', { name: 'Next' }).click()
      await page.locator('#question-2').waitFor()
      await questionInView(2)
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-2')
      await page.getByRole('button', { name: /^Question 5/ }).click()
      await page.locator('#question-5').waitFor()
      await questionInView(5)
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-5')

      await page.getByRole('button', { name: 'All questions' }).click()
      await page.getByRole('button', { name: /^Question 9/ }).click()
      await questionInView(9)
      expect(problems).toEqual([])
    },
  )

  it('marks code that scrolls sideways on a phone, and every such block takes focus', async () => {
    await page.setViewportSize(PHONE)
    await startAttempt()
    await page.getByRole('button', { name: 'All questions' }).click()
    await page.locator('pre.code').first().waitFor()
    const blocks = await page.locator('pre.code').evaluateAll((pres) =>
      pres.map((pre) => ({
        scrolls: pre.scrollWidth > pre.clientWidth + 1,
        marked: pre.classList.contains('code-scrolls'),
        hint: pre.nextElementSibling?.classList.contains('code-hint') ?? false,
        hintNamed: pre.getAttribute('aria-describedby') === pre.nextElementSibling?.id,
        focusable: (pre as HTMLElement).tabIndex === 0,
      })),
    )
    expect(blocks.filter((b) => b.scrolls).length).toBeGreaterThan(0)
    for (const block of blocks) {
      expect(block.marked).toBe(block.scrolls)
      expect(block.hint).toBe(block.scrolls)
      if (block.scrolls) expect(block.hintNamed).toBe(true)
      expect(block.focusable).toBe(true)
    }
    await page.locator('pre.code-scrolls').first().scrollIntoViewIfNeeded()
    await screenshot(page, 'attempt-phone-code')
    expect(problems).toEqual([])
  })

  it('focuses the submit confirmation and shows it on screen', async () => {
    for (const size of [WIDE, PHONE]) {
      await page.setViewportSize(size)
      await startAttempt()
      await page.getByRole('button', { name: 'Submit answers' }).click()
      await page.locator('.confirm').waitFor()
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('confirm')
      const confirm = await box('.confirm')
      expect(confirm.top).toBeGreaterThanOrEqual(0)
      expect(confirm.bottom).toBeLessThanOrEqual(size.height)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Submit now')
      await page.getByRole('button', { name: 'Keep answering' }).click()
    }
    expect(problems).toEqual([])
  })

  it('shows every column of the certifications table on a phone, stacked as a card', async () => {
    await page.setViewportSize(PHONE)
    await signInContext(chromium.context, server, member)
    await page.goto(`${server.url}/my-credentials`)
    const status = page.locator('td[data-label="Status"]').first()
    await status.waitFor()
    expect(await status.isVisible()).toBe(true)
    for (const label of ['Score', 'Passed', 'Valid until', 'Status']) {
      const cell = await box(`td[data-label="${label}"]`)
      expect(cell.right).toBeLessThanOrEqual(PHONE.width)
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    const reasons = await page.locator('.revocation-reason').allTextContents()
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(/^Revoked on .+: integrity case$/)
    await screenshot(page, 'credentials-phone')
    expect(problems).toEqual([])
  })
})
