import { afterAll, expect, it } from 'vitest'
import { evaluateFormula } from '../../../src/assessment/engines/spreadsheet/evaluate-formula.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import { DOCUMENT_FAMILIES } from '../../../src/assessment/models/invoicing/document-families.js'
import type { BillScenario } from '../../../src/assessment/models/invoicing/invoice-text.js'
import { INVOICING_MODELS } from '../../../src/assessment/models/invoicing/invoicing-models.js'
import { LINE_FAMILIES } from '../../../src/assessment/models/invoicing/line-families.js'
import { PAYMENT_FAMILIES } from '../../../src/assessment/models/invoicing/payment-families.js'
import { RECEIVABLES_FAMILIES } from '../../../src/assessment/models/invoicing/receivables-families.js'
import { RECONCILE_FAMILIES } from '../../../src/assessment/models/invoicing/reconcile-families.js'
import { RECURRING_FAMILIES } from '../../../src/assessment/models/invoicing/recurring-families.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...DOCUMENT_FAMILIES,
  ...LINE_FAMILIES,
  ...PAYMENT_FAMILIES,
  ...RECURRING_FAMILIES,
  ...RECEIVABLES_FAMILIES,
  ...RECONCILE_FAMILIES,
]
const DRAWS = 150
const TRIES = DRAWS
const DRAWN = drawFamilies<BillScenario>(FAMILIES, DRAWS, 2026_12_04)

/** The number an answer shows: `€1,234.50` → 1234.5, `45.3%` → 45.3, `12 days` → 12. */
const shown = (text: string) => Number(text.replace(/[^\d.-]/g, ''))

// ---- A second calendar, written on Date's own month arithmetic, never the families' helpers.
const DAY_MS = 86_400_000
const LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const write = (d: Date) => LONG.format(d)
const fromSerial = (serial: number) => new Date(serial * DAY_MS)
const plusDays = (d: Date, n: number) => {
  const e = new Date(d)
  e.setUTCDate(e.getUTCDate() + n)
  return e
}
const lastOfMonth = (d: Date, ahead = 0) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + ahead + 1, 0))

/** Each date rule's key, worked out from the family's stated facts. */
function dateKey(f: Record<string, unknown>): string {
  const from = fromSerial(f.from as number)
  const days = (f.days as number | undefined) ?? 0
  switch (f.rule) {
    case 'net':
    case 'trial':
    case 'after':
      return write(plusDays(from, days))
    case 'eom':
      return write(plusDays(lastOfMonth(from), days))
    case 'weekend': {
      const due = plusDays(from, days)
      const w = due.getUTCDay()
      return write(plusDays(due, w === 6 ? 2 : w === 0 ? 1 : 0))
    }
    case 'anniversary': {
      const last = lastOfMonth(from, 1)
      return write(
        new Date(
          Date.UTC(
            last.getUTCFullYear(),
            last.getUTCMonth(),
            Math.min(from.getUTCDate(), last.getUTCDate()),
          ),
        ),
      )
    }
    case 'quarter':
      return write(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 3, 1)))
    case 'taxpoint':
      return write(days <= 14 ? plusDays(from, days) : from)
    default:
      throw new Error(`no date rule ${String(f.rule)}`)
  }
}

describeEngineIndependent('invoicing and billing scenarios', () => {
  it('are at least 95 distinct families, each drawn, none refusing most of its draws', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    const kept = new Map<string, number>()
    for (const d of DRAWN) kept.set(d.family, (kept.get(d.family) ?? 0) + 1)
    const refusing = FAMILIES.filter((f) => (kept.get(f.id) ?? 0) < TRIES / 2).map((f) => f.id)
    expect(refusing).toEqual([])
  })

  it('key amounts equal a spreadsheet formula over the drawn figures, evaluated again', () => {
    const wrong: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.recompute) continue
      checked.add(family)
      const value = evaluateFormula(s.recompute.formula, s.recompute.cells)
      if (typeof value !== 'number' || Math.abs(value - shown(s.recompute.shows)) > 1e-6) {
        wrong.push(`${family}: ${s.recompute.formula} = ${String(value)}, key ${s.recompute.shows}`)
      }
      // Two families recompute a figure the key points at without showing: the pair's total.
      if (family === 'which-invoices-sum-to-payment' || family === 'which-line-is-miscalculated') {
        continue
      }
      if (!s.key.includes(s.recompute.shows)) {
        wrong.push(`${family}: key ${s.key} lacks ${s.recompute.shows}`)
      }
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(80)
  })

  it('key dates follow the stated rule by a second calendar, and no distractor is that date', () => {
    const wrong: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.facts || !('rule' in s.facts)) continue
      checked.add(family)
      const key = dateKey(s.facts)
      if (s.key !== key) wrong.push(`${family}: key ${s.key}, calendar ${key}`)
      for (const [text] of s.wrong) if (text === key) wrong.push(`${family}: distractor ${text}`)
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(8)
  })

  it('locale amounts match Intl currency formatting, distractors do not', () => {
    const wrong: string[] = []
    let n = 0
    for (const { family, s } of DRAWN) {
      if (!s.facts || !('locale' in s.facts)) continue
      n++
      const intl = new Intl.NumberFormat(s.facts.locale as string, {
        style: 'currency',
        currency: 'EUR',
      })
        .format((s.facts.cents as number) / 100)
        .replace(/[\u00a0\u202f]/g, ' ')
      if (s.key !== intl) wrong.push(`${family}: key ${s.key}, Intl ${intl}`)
      for (const [text] of s.wrong) if (text === intl) wrong.push(`${family}: distractor ${text}`)
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect(n).toBeGreaterThan(50)
  })

  it('a sequence gap is the one number between the first and last that the list lacks', () => {
    let n = 0
    for (const { family, s } of DRAWN) {
      if (family !== 'gap-in-sequence') continue
      n++
      const list = s.stem.match(/lists these invoices for the month, in no order: ([^.]+)\./)![1]!
      const nums = list.split(', ').map((t) => Number(t.replace(/\D/g, '')))
      const lo = Math.min(...nums)
      const hi = Math.max(...nums)
      const missing = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k).filter(
        (k) => !nums.includes(k),
      )
      expect(missing).toHaveLength(1)
      expect(Number(s.key.replace(/\D/g, ''))).toBe(missing[0])
    }
    expect(n).toBeGreaterThan(50)
  })

  it('a miscalculated line is the one whose shown total is not quantity × price', () => {
    const product = (text: string) => {
      const [, q, p, t] = text.match(/^(\d+) × \D*([\d,.]+) = \D*([\d,.]+)$/)!
      return Math.round(Number(q) * Math.round(shown(p!) * 100)) === Math.round(shown(t!) * 100)
    }
    let n = 0
    for (const { family, s } of DRAWN) {
      if (family !== 'which-line-is-miscalculated') continue
      n++
      expect(product(s.key), s.key).toBe(false)
      for (const [text] of s.wrong) expect(product(text), text).toBe(true)
    }
    expect(n).toBeGreaterThan(50)
  })

  it('show three distinct named distractors, none equal to the key', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      const texts = new Set([s.key, ...s.wrong.map(([t]) => t)])
      if (s.wrong.length !== 3 || texts.size !== 4) problems.push(`${family}: ${[...texts]}`)
      for (const [text, mistake] of s.wrong) {
        if (mistake.trim().length < 10) problems.push(`${family}: an unnamed mistake for ${text}`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it.each(INVOICING_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), 300, engines)
      const answers = await executeTasks(
        variants.map((v) => v.task),
        engines,
      )
      const bad = variants.flatMap((v, i) => {
        const key = v.options.find((o) => v.keys.includes(o.id))
        return v.keys.length === 1 && key?.value === answers[i] ? [] : [`#${i} ${v.family}`]
      })
      expect(bad).toEqual([])
      expect(new Set(variants.map((v) => v.family))).toEqual(new Set(model.families))
    },
  )
})
