import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { callAs, register, signInContext } from './support/people.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'

const API = /^\/(me|auth|catalog|attempts|credentials)(\/|$)/

/** One question as the page shows it: each option's visible text, and which option is the key. */
interface Shown {
  readonly position: number
  readonly stem: string
  readonly options: readonly string[]
  readonly keyed: readonly string[]
}

describeInBrowser('regex and CSS items as Chromium shows them', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  const problems: string[] = []

  /** Starts a form of `testId` for a new member and reads every question off the attempt page. */
  const showForm = async (name: string, testId: string): Promise<Shown[]> => {
    const member = await register(server, name)
    const started = await callAs(server, member, 'POST', '/attempts', { testId })
    if (started.status !== 201) throw new Error(`start ${testId}: ${started.status}`)
    const attemptId = (started.json as { attempt: { id: string } }).attempt.id
    const keys = await server.withDatabase(async (db) =>
      db
        .selectFrom('assessment_attempt_items')
        .select(['position', 'key_option_ids'])
        .where('attempt_id', '=', attemptId)
        .execute(),
    )
    await signInContext(chromium.context, server, member)
    await page.goto(`${server.url}/take/${attemptId}`)
    await page.locator('#question-1').waitFor()
    await page.getByRole('button', { name: 'All questions' }).click()
    await page.locator(`#question-${keys.length}`).waitFor()
    return Promise.all(
      keys.map(async ({ position, key_option_ids }) => {
        const question = page.locator(`#question-${position}`)
        const options = question.locator('label.option')
        const texts = await options.locator('.option-text').allInnerTexts()
        const values = await options
          .locator('input')
          .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
        return {
          position,
          stem: (await question.locator('.stem').textContent()) ?? '',
          options: texts,
          keyed: values.flatMap((v, i) => (key_option_ids.includes(v) ? [texts[i]!] : [])),
        }
      }),
    )
  }

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 240_000)

  afterAll(async () => {
    await chromium?.close()
    await server?.stop()
  })

  it('shows every option of a form distinct, and every keyed CSS selector valid as displayed', {
    timeout: 120_000,
  }, async () => {
    const regex = await showForm('Rae Regex', 'regular-expressions')
    const css = await showForm('Cai Css', 'front-end-development')
    expect(regex.length).toBeGreaterThan(5)
    for (const q of [...regex, ...css]) {
      expect(q.keyed.length, `question ${q.position}: ${q.stem}`).toBeGreaterThan(0)
      // What a candidate reads: two options that look the same make the item unanswerable.
      expect(new Set(q.options).size, `${q.stem}\n${q.options.join(' | ')}`).toBe(q.options.length)
    }
    const selectorItems = css.filter(
      (q) => /\bselector\b/i.test(q.stem) && !/specificity/i.test(q.stem),
    )
    const keyedSelectors = selectorItems.flatMap((q) => q.keyed)
    // The browser is the judge of a selector: querySelector throws on one it would drop.
    const invalid = await page.evaluate(
      (selectors) =>
        selectors.filter((s) => {
          try {
            document.querySelector(s)
            return false
          } catch {
            return true
          }
        }),
      keyedSelectors,
    )
    expect(invalid).toEqual([])
    expect(problems).toEqual([])
  })
})
