import { expect, it } from 'vitest'
import type { Arg, B2bScenario, Calc, Shape } from '../../../src/assessment/models/b2b/b2b-calc.js'
import {
  B2B_NEGOTIATION_FAMILIES,
  B2B_PIPELINE_FAMILIES,
  B2B_PRICING_FAMILIES,
  B2B_PROSPECTING_FAMILIES,
  B2B_QUALIFICATION_FAMILIES,
} from '../../../src/assessment/models/b2b/b2b-models.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...B2B_PROSPECTING_FAMILIES,
  ...B2B_QUALIFICATION_FAMILIES,
  ...B2B_PIPELINE_FAMILIES,
  ...B2B_PRICING_FAMILIES,
  ...B2B_NEGOTIATION_FAMILIES,
]
const DRAWS = 25

// ---- A second implementation of the computations: money ops in BigInt cents with one half-up
// ---- rounding (discount chains as exact products, commission walked band by band, weighted
// ---- pipeline as one exact sum), activity counts by exact BigInt ceiling division, powers by
// ---- repeated multiplication.

const big = (x: number): bigint => {
  if (!Number.isInteger(x)) throw new Error(`not whole: ${x}`)
  return BigInt(x)
}
/** n ÷ d rounded half up, both positive BigInts (d > 0), n possibly negative. */
const halfUp = (n: bigint, d: bigint): number => {
  const q = n >= 0n ? (2n * n + d) / (2n * d) : -((2n * -n + d - 1n) / (2n * d))
  return Number(q)
}
function power(x: number, y: number): number {
  if (Number.isInteger(y) && y >= 0) {
    let f = 1
    for (let k = 0; k < y; k++) f *= x
    return f
  }
  return Math.exp(y * Math.log(x))
}

function recompute(c: Calc): number {
  const [op, ...args] = c
  const a = args.map((x: Arg) => (typeof x === 'number' ? x : recompute(x)))
  const [x = 0, y = 0] = a
  switch (op) {
    case 'add':
      return a.reduce((s, t) => s + t, 0)
    case 'sub':
      return x - y
    case 'mul':
      return a.reduce((s, t) => s * t, 1)
    case 'div':
      return x / y
    case 'pow':
      return power(x, y)
    case 'rnd':
      return Math.round(Number(x.toFixed(6)))
    case 'ceil':
      return Math.ceil(Number(x.toFixed(9)))
    case 'floor':
      return Math.floor(Number(x.toFixed(9)))
    case 'pctOf':
      return halfUp(big(x) * big(y), 10000n)
    case 'chain': {
      let num = big(x)
      let den = 1n
      for (const bp of a.slice(1)) {
        num *= 10000n - big(bp)
        den *= 10000n
      }
      return halfUp(num, den)
    }
    case 'weighted': {
      let num = 0n
      for (let j = 0; j + 1 < a.length; j += 2) num += big(a[j]!) * big(a[j + 1]!)
      return halfUp(num, 100n)
    }
    case 'tiered': {
      // Walk the bands from the top down: the part above each cap at that band's rate.
      const caps = [0]
      const rates = [a[1]!]
      for (let j = 2; j + 1 < a.length; j += 2) {
        caps.push(a[j]!)
        rates.push(a[j + 1]!)
      }
      let left = big(x)
      let num = 0n
      for (let b = caps.length - 1; b >= 0; b--) {
        const floor = big(caps[b]!)
        if (left > floor) {
          num += (left - floor) * big(rates[b]!)
          left = floor
        }
      }
      return halfUp(num, 10000n)
    }
    case 'needed': {
      const rates = a.slice(1)
      const num = big(x) * 10000n ** BigInt(rates.length)
      const den = rates.reduce((s, bp) => s * big(bp), 1n)
      return Number((num + den - 1n) / den)
    }
  }
}
/** The figure an answer shows, read back from its text. */
const figure = (text: string) => Number(text.replace(/[^0-9.-]/g, ''))

/** Whether an answer shows the recomputed value of its Calc, to the shape's last place. */
function agrees(text: string, calc: Calc, shape: Shape): string | undefined {
  const again = recompute(calc)
  const ok =
    shape.kind === 'money'
      ? Math.round(figure(text) * 100) === Math.round(again)
      : shape.kind === 'pct'
        ? Math.abs(figure(text) - again * 100) <= 10 ** -shape.dp / 2 + 1e-9
        : Math.abs(figure(text) - again) <= 10 ** -shape.dp / 2 + 1e-9
  return ok ? undefined : `${JSON.stringify(calc)} is ${again}, shown ${text}`
}

// ---- The cited tables, copied here from their sources, not from the families.
// BANT (the opportunity criteria credited to IBM); MEDDIC (PTC, 1996) and its MEDDPICC extension
// (Whyte, MEDDICC, 2020).
const ELEMENT_NAMES: Readonly<Record<string, string>> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timeline: 'Timeline',
  metrics: 'Metrics',
  economicBuyer: 'Economic buyer',
  decisionCriteria: 'Decision criteria',
  decisionProcess: 'Decision process',
  paperProcess: 'Paper process',
  identifyPain: 'Identify pain',
  champion: 'Champion',
  competition: 'Competition',
}
const FRAMEWORKS: Readonly<Record<string, readonly string[]>> = {
  BANT: ['budget', 'authority', 'need', 'timeline'],
  MEDDIC: [
    'metrics',
    'economicBuyer',
    'decisionCriteria',
    'decisionProcess',
    'identifyPain',
    'champion',
  ],
  MEDDPICC: [
    'metrics',
    'economicBuyer',
    'decisionCriteria',
    'decisionProcess',
    'paperProcess',
    'identifyPain',
    'champion',
    'competition',
  ],
}
/** A word each element's discovery question must turn on. */
const QUESTION_WORD: Readonly<Record<string, RegExp>> = {
  metrics: /measure/,
  economicBuyer: /final say/,
  decisionCriteria: /requirements/,
  decisionProcess: /steps/,
  paperProcess: /signed/,
  identifyPain: /costing/,
  champion: /pushing/,
  competition: /other options/,
}
/** Whom the stem asks for, by the role word (Whyte, MEDDICC: champion, coach, economic buyer). */
const ROLE_WORDS: Readonly<Record<string, string>> = {
  champion: 'champion',
  'economic buyer': 'economicBuyer',
  coach: 'coach',
}

/** What is wrong with a rule family's answers, judged from its inputs by the tables above. */
function ruleProblems(family: string, s: B2bScenario): string[] {
  const problems: string[] = []
  const entry = (t: string) => s.rule!.entries[t]
  const inp = s.calc.in as Record<string, unknown>
  const wrongEntries = s.wrong.map(([t]) => entry(t))
  if (wrongEntries.includes(entry(s.key)))
    problems.push(`${family}: a distractor is the key's entry`)
  const table = s.rule!.table
  if (table in FRAMEWORKS) {
    const frame = FRAMEWORKS[table]!
    const present = inp.present as string[] | undefined
    const expected = present ? frame.filter((e) => !present.includes(e)) : [inp.note as string]
    if (expected.length !== 1 || entry(s.key) !== expected[0])
      problems.push(`${family}: key ${s.key} is not ${expected.join()}`)
    if (s.key !== ELEMENT_NAMES[expected[0]!]) problems.push(`${family}: key text ${s.key}`)
    for (const [t] of s.wrong) {
      if (t !== ELEMENT_NAMES[entry(t)!]) problems.push(`${family}: ${t} is not its element's name`)
      if (present && !present.includes(entry(t)!)) problems.push(`${family}: ${t} is not covered`)
      if (!frame.includes(entry(t)!)) problems.push(`${family}: ${t} is outside ${table}`)
    }
  } else if (table === 'questions') {
    const present = inp.present as string[]
    const gap = FRAMEWORKS.MEDDPICC!.filter((e) => !present.includes(e))
    if (gap.length !== 1 || !QUESTION_WORD[gap[0]!]!.test(s.key))
      problems.push(`${family}: ${s.key} does not ask about ${gap.join()}`)
    for (const [t] of s.wrong)
      if (!QUESTION_WORD[entry(t)!]!.test(t) || !present.includes(entry(t)!))
        problems.push(`${family}: ${t} is not a question about a covered element`)
  } else if (table === 'roles') {
    const roles = inp.roles as Record<string, string>
    const asked = Object.entries(ROLE_WORDS).find(([w]) => s.stem.endsWith(`Who is the ${w}?`))
    const target = asked?.[1]
    if (!target || roles[s.key] !== target)
      problems.push(`${family}: ${s.key} is not the ${target}`)
    for (const [t] of s.wrong)
      if (roles[t] === target || roles[t] === undefined) problems.push(`${family}: ${t} is wrong`)
  } else if (table === 'positions') {
    // BATNA: the alternative itself; reservation price: the alternative net of what it costs
    // (BATNA: Fisher, Ury & Patton, Getting to Yes, ch. 6; reservation price: Raiffa, The Art and
    // Science of Negotiation).
    const { other, travel } = inp as { other: number; travel: number }
    const batna = entry(s.key) === 'batna'
    const expected = batna ? other : other - travel
    const shown = figure(s.key.replace(/^[^0-9]*/, '')) * 100
    if (shown !== expected || (batna && !/other client/.test(s.key)))
      problems.push(`${family}: ${s.key} is not ${expected}`)
    for (const [t] of s.wrong)
      if (figure(t.replace(/^[^0-9]*/, '')) * 100 === expected)
        problems.push(`${family}: ${t} equals the key`)
  } else if (table === 'responses') {
    // A give-get is conditional: the concession is offered only for something back.
    const get = inp.get as string
    if (!s.key.includes(get) || !/\bif you\b/.test(s.key))
      problems.push(`${family}: key is not conditional`)
    for (const [t] of s.wrong)
      if (/\bif you\b/.test(t)) problems.push(`${family}: ${t} is conditional`)
  } else problems.push(`${family}: unknown table ${table}`)
  return problems
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: B2bScenario }[]

describeEngineIndependent('B2B sales scenarios', () => {
  it('are at least 95 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have computed keys that BigInt cents, exact ceilings and band walks give, shown as the key', () => {
    const wrong: string[] = []
    for (const { family, s } of DRAWN) {
      if (s.rule) continue
      const problem = agrees(s.key, s.calcs!.key!, s.shape!)
      if (problem) wrong.push(`${family}: key ${problem}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('have distractors that are each exactly their named slip and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of DRAWN) {
      if (s.rule) continue
      for (const [text] of s.wrong) {
        const slip = s.calc.slips[text]
        const calc = slip === undefined ? undefined : s.calcs![slip]
        if (!slip || slip === 'key' || !calc) {
          wrong.push(`${family}: ${text} has no slip`)
          continue
        }
        if (text === s.key) wrong.push(`${family}: ${slip} shows the key`)
        const problem = agrees(text, calc, s.shape!)
        if (problem) wrong.push(`${family}: ${slip}: ${problem}`)
      }
    }
    expect([...new Set(wrong.map((w) => w.split(' is ')[0]))].slice(0, 12)).toEqual([])
  })

  it('ask for meetings towards a money target only when it is a whole number of deals', () => {
    // With a remainder, rounding the deals (or opportunities) up before grossing up by the rates
    // and rounding only the meetings give two defensible answers a few meetings apart.
    const whole: string[] = []
    let drawn = 0
    for (const { family, s } of DRAWN) {
      if (!/meetings-for-a-(bookings-quota|pipeline-target)$/.test(family)) continue
      drawn++
      const [, deals] = s.calcs!.key! as readonly [string, Calc]
      const [, division] = deals as readonly [string, Calc]
      if (!Number.isInteger(recompute(division))) whole.push(`${family}: ${s.stem}`)
    }
    expect(whole).toEqual([])
    expect(drawn).toBeGreaterThan(20)
  })

  it('have rule keys that the cited framework tables give from the stated facts', () => {
    const problems = DRAWN.filter(({ s }) => s.rule).flatMap(({ family, s }) =>
      ruleProblems(family, s),
    )
    expect([...new Set(problems)].slice(0, 10)).toEqual([])
    expect(DRAWN.filter(({ s }) => s.rule).length).toBeGreaterThan(200)
  })

  it('place distractors on both sides of the key in every numeric family', () => {
    const sides = new Map<string, { above: number; below: number }>()
    for (const { family, s } of DRAWN) {
      if (s.rule) continue
      const k = figure(s.key)
      const tally = sides.get(family) ?? { above: 0, below: 0 }
      for (const [text] of s.wrong) figure(text) > k ? tally.above++ : tally.below++
      sides.set(family, tally)
    }
    const oneSided = [...sides].filter(([, t]) => t.above === 0 || t.below === 0).map(([f]) => f)
    expect(oneSided).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    const shown = DRAWN.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems(shown, { capitalStem: true })).toEqual([])
  })
})
