import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { registerAccount } from '../../src/accounts/index.js'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'
import { screenshot } from './support/screenshots.js'

const API = /^\/(me|auth|catalog|attempts|credentials|presentations|status|study)(\/|$)/
/** What the browser reports while the test has cut the network on purpose. */
const OFFLINE = /ERR_INTERNET_DISCONNECTED/

describeInBrowser('an answer chosen offline in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  const problems: string[] = []
  const realProblems = () => problems.filter((p) => !OFFLINE.test(p))

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 120_000)

  afterAll(async () => {
    if (realProblems().length) console.error(server?.stderr())
    await chromium?.close()
    await server?.stop()
  })

  it('shows it unsaved, refuses to submit without it, saves it when back online, and the score counts it', {
    timeout: 120_000,
  }, async () => {
    // A member whose address is confirmed (sign-up and its mailed link are another test's).
    await server.withDatabase((db) =>
      registerAccount(
        db,
        { email: 'ada@example.org', password: 'correct horse battery staple', displayName: 'Ada' },
        'member',
        { emailVerified: true },
      ),
    )
    await page.goto(`${server.url}/signin`)
    await page.getByLabel('Email').fill('ada@example.org')
    await page.getByLabel('Password').fill('correct horse battery staple')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/tests')
    await page.getByLabel('Search the tests').fill('regular expressions')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('link', { name: 'Regular expressions', exact: true }).click()
    await page.getByRole('button', { name: 'Start the test' }).click()
    await page.waitForURL('**/take/*')
    const attemptId = page.url().split('/take/')[1]!
    await page.locator('#question-1').waitFor()
    await page.goto('about:blank')

    // Only the test may know the keys; reading them pauses the server, which comes back elsewhere.
    const keys = await server.withDatabase(async (db) => {
      const rows = await db
        .selectFrom('assessment_attempt_items')
        .select(['position', 'key_option_ids'])
        .where('attempt_id', '=', attemptId)
        .execute()
      return new Map(rows.map((r) => [r.position, [...r.key_option_ids]]))
    })
    await page.goto(`${server.url}/take/${attemptId}`)
    await page.getByRole('button', { name: 'All questions' }).click()
    await expect.poll(() => page.locator('fieldset.question').count()).toBe(keys.size)

    const answerWithKey = async (position: number) => {
      const question = page.locator(`#question-${position}`)
      for (const id of keys.get(position)!) await question.locator(`input[value="${id}"]`).check()
    }

    await chromium.context.setOffline(true)
    await answerWithKey(1)
    const first = page.locator('#question-1')
    await first.locator('.save-unsaved').waitFor()
    expect(await first.locator('.save-state').textContent()).toContain('Not saved yet')
    expect(await first.getAttribute('class')).toContain('question-unsaved')
    expect(await page.locator('.unsaved-count').textContent()).toBe('Question 1 is not saved')
    expect(await page.getByRole('button', { name: 'Question 1, not saved' }).count()).toBe(1)
    await screenshot(page, 'attempt-offline-unsaved')

    // Submitting now would lose it: the page names the question and stays.
    await page.getByRole('button', { name: 'Submit answers' }).click()
    await page.getByRole('button', { name: 'Submit now' }).click()
    await page.locator('.notice-error').waitFor()
    expect(await page.locator('.notice-error').textContent()).toContain(
      'The answer to question 1 is not saved yet, so nothing was submitted',
    )
    expect(page.url()).toContain(`/take/${attemptId}`)

    await chromium.context.setOffline(false)
    await first.getByText('Answer saved').waitFor({ timeout: 10_000 })
    expect(await page.locator('.unsaved-count').count()).toBe(0)
    const stored = await page.evaluate(
      (id) => fetch(`/attempts/${id}`).then((r) => r.json()),
      attemptId,
    )
    const item = (
      stored as { attempt: { items: { position: number; chosenOptionIds: string[] }[] } }
    ).attempt.items.find((i) => i.position === 1)
    // A multi-answer choice is a set: the order it was ticked in carries no meaning.
    expect([...(item?.chosenOptionIds ?? [])].sort()).toEqual([...keys.get(1)!].sort())

    for (const position of keys.keys()) if (position !== 1) await answerWithKey(position)
    await expect.poll(() => page.locator('.save-saved').count()).toBe(keys.size)
    await page.getByRole('button', { name: 'Submit answers' }).click()
    await page.waitForURL('**/results/*')
    await page.getByRole('heading', { level: 1, name: 'You passed' }).waitFor()
    expect(await page.locator('.score-value').textContent()).toBe('100')
    expect(realProblems()).toEqual([])
  })
})
