import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
} from '../../../src/assessment/models/editing/edit-frame.js'
import type {
  HtmlCssFamily,
  PageContext,
} from '../../../src/assessment/models/htmlcss/htmlcss-family.js'
import { HTMLCSS_FAMILIES } from '../../../src/assessment/models/htmlcss/htmlcss-models.js'
import { describeInBrowser } from '../../support/engine-independent.js'
import { type Chromium, launchChromium } from '../../web/support/chromium.js'

let chromium: Chromium
let page: Page
beforeAll(async () => {
  chromium = await launchChromium()
  page = await chromium.context.newPage()
  // Fixtures are self-contained; a URL an option names (an image candidate) must not leave the machine.
  await page.route('**/*', (route) => route.abort())
}, 60_000)
afterAll(async () => {
  await chromium?.close()
})

/** The key and every wrong option of a family's one edit point, each with its mistake. */
function options(family: HtmlCssFamily): { text: string; mistake?: string }[] {
  const parts = parseFrame(family.frames[0]!)
  const points = editPoints(parts)
  expect(points.length, family.id).toBe(1)
  return [
    { text: render(parts) },
    ...points[0]!.wrong.map((w, j) => ({
      text: render(parts, new Map([[0, j]])),
      mistake: w.mistake,
    })),
  ]
}

const pageHtml = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title><style>body { margin: 0; font: 16px/1.25 sans-serif }</style></head><body>${body}</body></html>`

/** Whether the family's check passes on its page with this option, in the current context. */
async function judge(p: Page, family: HtmlCssFamily, option: string): Promise<boolean | string> {
  await p.setContent(pageHtml(family.page.replaceAll('@@', option)))
  return p.evaluate(
    async ([body, option]) => {
      const el = (id: string) => {
        const found = window.document.getElementById(id)
        if (!found) throw new Error(`no element #${id}`)
        return found
      }
      const box = (id: string) => el(id).getBoundingClientRect()
      const css = (id: string, property: string) =>
        getComputedStyle(el(id)).getPropertyValue(property)
      const ids = (selector: string) =>
        [...window.document.querySelectorAll(selector)].map((e) => e.id || e.localName).join(' ')
      const Async = Object.getPrototypeOf(async () => {}).constructor as new (
        ...args: string[]
      ) => (...a: unknown[]) => Promise<unknown>
      try {
        const run = new Async('option', 'el', 'box', 'css', 'ids', body)
        const result = await run(option, el, box, css, ids)
        return typeof result === 'boolean' ? result : `check returned ${String(result)}`
      } catch (error) {
        return `check threw ${String(error)}`
      }
    },
    [family.check, option] as const,
  )
}

/** Whether an option is well-formed CSS as Chromium parses it (markup is judged by its check). */
async function wellFormed(p: Page, family: HtmlCssFamily, option: string): Promise<boolean> {
  if (family.shape === 'selector') {
    // selector() takes one complex selector, so a list (a distractor's misreading) is judged by
    // each of its members.
    return p.evaluate(
      (s) =>
        CSS.supports(`selector(${s})`) ||
        s.split(',').every((member) => CSS.supports(`selector(${member})`)),
      option,
    )
  }
  if (family.shape === 'declarations') {
    return p.evaluate(
      (text) =>
        text.split(';').every((d) => {
          const at = d.indexOf(':')
          return at > 0 && CSS.supports(d.slice(0, at).trim(), d.slice(at + 1).trim())
        }),
      option,
    )
  }
  return true
}

const DESKTOP: PageContext = {}

describeInBrowser('the HTML and CSS families, rendered in Chromium', () => {
  it('every key does what its stem asks in every context and every distractor fails somewhere', async () => {
    expect(HTMLCSS_FAMILIES.length).toBeGreaterThanOrEqual(95)
    const ids = HTMLCSS_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    const wrong: string[] = []
    for (const family of HTMLCSS_FAMILIES) {
      const list = options(family)
      expect(list.length, family.id).toBeGreaterThanOrEqual(4)
      // The web app trims code and shows each option once: options must differ as displayed.
      const shown = list.map((o) => o.text.trim().replace(/\s+/g, ' '))
      expect(new Set(shown).size, family.id).toBe(shown.length)
      const passes = list.map(() => true)
      for (const context of family.contexts ?? [DESKTOP]) {
        await page.setViewportSize({ width: context.width ?? 1280, height: 860 })
        await page.emulateMedia({
          reducedMotion: context.reducedMotion ?? 'no-preference',
          colorScheme: context.colorScheme ?? 'light',
        })
        for (const [i, o] of list.entries()) {
          const verdict = await judge(page, family, o.text)
          if (typeof verdict === 'string') wrong.push(`${family.id} ${o.text}: ${verdict}`)
          passes[i] = passes[i]! && verdict === true
        }
      }
      for (const [i, o] of list.entries()) {
        const isKey = o.mistake === undefined
        if (passes[i] !== isKey) {
          wrong.push(`${family.id} ${isKey ? 'key fails' : 'distractor passes'}: ${o.text}`)
        }
        if (!(await wellFormed(page, family, o.text))) {
          wrong.push(`${family.id} not well-formed CSS: ${o.text}`)
        }
        if (isKey && family.shape === 'selector') {
          const valid = await page.evaluate((s) => CSS.supports(`selector(${s})`), o.text)
          if (!valid) wrong.push(`${family.id} key is not one valid selector: ${o.text}`)
        }
      }
    }
    expect(wrong).toEqual([])
  }, 150_000)
})
