import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { callAs, type Person, registerAll, signInContext } from './support/people.js'
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

  /**
   * Starts a form of each test for a new member and reads every question off its attempt page.
   * The keys of all forms are read in one pause of the server (see `registerAll`).
   */
  const showForms = async (
    forms: readonly { name: string; testId: string }[],
  ): Promise<Shown[][]> => {
    const members = await registerAll(
      server,
      forms.map((f) => f.name),
    )
    const attemptIds: string[] = []
    for (const [i, { testId }] of forms.entries()) {
      const started = await callAs(server, members[i]!, 'POST', '/attempts', { testId })
      if (started.status !== 201) throw new Error(`start ${testId}: ${started.status}`)
      attemptIds.push((started.json as { attempt: { id: string } }).attempt.id)
    }
    const keysByAttempt = await server.withDatabase(async (db) =>
      Promise.all(
        attemptIds.map((attemptId) =>
          db
            .selectFrom('assessment_attempt_items')
            .select(['position', 'key_option_ids'])
            .where('attempt_id', '=', attemptId)
            .execute(),
        ),
      ),
    )
    const shown: Shown[][] = []
    for (const [i, attemptId] of attemptIds.entries()) {
      shown.push(await readForm(members[i]!, attemptId, keysByAttempt[i]!))
    }
    return shown
  }

  const readForm = async (
    member: Person,
    attemptId: string,
    keys: readonly { position: number; key_option_ids: readonly string[] }[],
  ): Promise<Shown[]> => {
    await signInContext(chromium.context, server, member)
    await page.goto(`${server.url}/take/${attemptId}`)
    await page.locator('#question-1').waitFor()
    await page.getByRole('button', { name: 'All questions' }).click()
    await page.locator(`#question-${keys.length}`).waitFor()
    // One read of the whole page: a locator round trip per option took most of this test's
    // time and, with two files at a time on a busy machine, once pushed it past its limit.
    const read = await page.evaluate((count) => {
      const out: { position: number; stem: string; texts: string[]; values: string[] }[] = []
      for (let position = 1; position <= count; position++) {
        const question = document.querySelector(`#question-${position}`)
        if (question === null) continue
        const labels = [...question.querySelectorAll('label.option')]
        out.push({
          position,
          stem: question.querySelector('.stem')?.textContent ?? '',
          texts: labels.map(
            // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (white space collapsed as shown) is what this test judges
            (l) => (l.querySelector('.option-text') as HTMLElement).innerText,
          ),
          values: labels.map((l) => (l.querySelector('input') as HTMLInputElement).value),
        })
      }
      return out
    }, keys.length)
    expect(read.length).toBe(keys.length)
    return read.map(({ position, stem, texts, values }) => {
      const key = keys.find((k) => k.position === position)!.key_option_ids
      return {
        position,
        stem,
        options: texts,
        keyed: values.flatMap((v, i) => (key.includes(v) ? [texts[i]!] : [])),
      }
    })
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
    const [regex, css] = (await showForms([
      { name: 'Rae Regex', testId: 'regular-expressions' },
      { name: 'Cai Css', testId: 'front-end-development' },
    ])) as [Shown[], Shown[]]
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
