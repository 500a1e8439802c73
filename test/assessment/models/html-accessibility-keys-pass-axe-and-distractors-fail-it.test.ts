import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  itemModel,
} from '../../../src/assessment/index.js'
import { describeInBrowser } from '../../support/engine-independent.js'
import { type Chromium, launchChromium } from '../../web/support/chromium.js'

const engines = createTaskEngines()
/** Every family several times over, audited in one browser start. */
const VARIANTS = 40

let chromium: Chromium
let axeSource = ''
beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
  chromium = await launchChromium()
}, 60_000)
afterAll(async () => {
  await chromium?.close()
  closeTaskEngines(engines)
})

describeInBrowser('the accessible-markup item model, audited by axe-core in Chromium', () => {
  it('keys have no violation and every distractor has at least one', async () => {
    const variants = await generateVariants(
      itemModel('html-accessibility')!,
      createRng(2026_12_03),
      VARIANTS,
      engines,
    )
    const page = await chromium.context.newPage()
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Markup</title></head><body><main id="c"></main></body></html>',
    )
    await page.evaluate(axeSource)
    const snippets = variants.flatMap((v) => v.options.map((o) => o.value))
    // One audit per option, each of the option's markup alone in the page's main landmark.
    const found = await page.evaluate(async (list) => {
      const axe = (
        window as unknown as {
          axe: { run(c: Element): Promise<{ violations: { id: string }[] }> }
        }
      ).axe
      const main = document.getElementById('c')!
      const out: string[][] = []
      for (const html of list) {
        main.innerHTML = html
        out.push((await axe.run(main)).violations.map((v) => v.id))
      }
      return out
    }, snippets)
    const wrong: string[] = []
    let at = 0
    for (const v of variants) {
      for (const o of v.options) {
        const violations = found[at++]!
        const isKey = v.keys.includes(o.id)
        if (isKey !== (violations.length === 0)) {
          wrong.push(`${v.family} ${isKey ? 'key' : 'distractor'} [${violations}]: ${o.value}`)
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  }, 120_000)
})
