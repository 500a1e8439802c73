import erfc from '@stdlib/math-base-special-erfc'
import normalCdf from '@stdlib/stats-base-dists-normal-cdf'
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile'
import { expect, it } from 'vitest'
import { ANALYSIS_FAMILIES } from '../../../src/assessment/models/cro/analysis-families.js'
import {
  type CroCalc,
  type CroOp,
  type CroScenario,
  Z,
} from '../../../src/assessment/models/cro/cro-calc.js'
import { DESIGN_FAMILIES } from '../../../src/assessment/models/cro/design-families.js'
import { METRICS_FAMILIES } from '../../../src/assessment/models/cro/metrics-families.js'
import { PRIORITISE_FAMILIES } from '../../../src/assessment/models/cro/prioritise-families.js'
import { RESEARCH_FAMILIES } from '../../../src/assessment/models/cro/research-families.js'
import { UX_FAMILIES } from '../../../src/assessment/models/cro/ux-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...METRICS_FAMILIES,
  ...RESEARCH_FAMILIES,
  ...PRIORITISE_FAMILIES,
  ...DESIGN_FAMILIES,
  ...ANALYSIS_FAMILIES,
  ...UX_FAMILIES,
]
const DRAWS = 60
const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: CroScenario }[]

// ---- A second implementation: the stdlib normal distribution and error function, and each
// ---- step written again from its textbook definition, never the families' routines.

/** Upper quantile of the standard normal, to three decimals as a printed z table gives it. */
const zUpper = (tail: number) => Number(normalQuantile(1 - tail, 0, 1).toFixed(3))
const upperTail = (z: number) => 1 - normalCdf(z, 0, 1)

/** Two proportions: rates, pooled and unpooled standard errors of their difference. */
function twoRates(c1: number, n1: number, c2: number, n2: number) {
  const a = c1 / n1
  const b = c2 / n2
  const pooled = (c1 + c2) / (n1 + n2)
  return {
    a,
    b,
    sePooled: Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)),
    seUnpooled: Math.sqrt((a * (1 - a)) / n1 + (b * (1 - b)) / n2),
  }
}

/** Pearson's statistic over observed counts and planned shares (first half, second half). */
function pearson(args: readonly number[]): number {
  const k = args.length / 2
  let total = 0
  for (let i = 0; i < k; i++) total += args[i]!
  let stat = 0
  for (let i = 0; i < k; i++) {
    const expected = total * args[k + i]!
    stat += (args[i]! - expected) ** 2 / expected
  }
  return stat
}

/** Each op from its definition; the argument order is the families' (see cro-calc.ts). */
function recompute(op: CroOp, a: readonly number[]): number {
  const [x = 0, y = 0, z = 0, w = 0, v = 0] = a
  switch (op) {
    case 'div':
      return x / y
    case 'product':
      return a.reduce((p, q) => p * q, 1)
    case 'sum':
      return a.reduce((p, q) => p + q, 0)
    case 'mean':
      return a.reduce((p, q) => p + q, 0) / a.length
    case 'diff':
      return y - x
    case 'relChange':
      return y / x - 1
    case 'armSize': {
      // Per arm: (zα + zβ)² × (sum of the two Bernoulli variances) ÷ δ², rounded up.
      const variance = z * (1 - z) + w * (1 - w)
      return Math.ceil(((x + y) / (w - z)) ** 2 * variance - 1e-9)
    }
    case 'ceilDiv':
      return Math.ceil(x / y - 1e-12)
    case 'wholeWeeks':
      return Math.ceil(Math.ceil(x / y - 1e-12) / 7 - 1e-12)
    case 'zPooled': {
      const r = twoRates(x, y, z, w)
      return (r.b - r.a) / r.sePooled
    }
    case 'zUnpooled': {
      const r = twoRates(x, y, z, w)
      return (r.b - r.a) / r.seUnpooled
    }
    case 'pTwoPooled':
      return 2 * upperTail(Math.abs(recompute('zPooled', a)))
    case 'pOnePooled':
      return upperTail(recompute('zPooled', a))
    case 'pTwoUnpooled':
      return 2 * upperTail(Math.abs(recompute('zUnpooled', a)))
    case 'ciLow': {
      const r = twoRates(x, y, z, w)
      return r.b - r.a - v * r.seUnpooled
    }
    case 'ciHigh': {
      const r = twoRates(x, y, z, w)
      return r.b - r.a + v * r.seUnpooled
    }
    case 'chiSquare':
      return pearson(a)
    case 'srmP':
      // The chi-square survival function on one degree of freedom: erfc(√(χ²/2)).
      return erfc(Math.sqrt(pearson(a) / 2))
    case 'mdeAbs':
      return (x + y) * Math.sqrt((2 * z * (1 - z)) / w)
    case 'capMean': {
      const [cap = 0, visitors = 1, ...orders] = a
      let s = 0
      for (const o of orders) s += Math.min(o, cap)
      return s / visitors
    }
    case 'familywise':
      return 1 - (1 - x) ** y
    case 'discovery':
      return x * y
  }
}

const shown = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'))

/** Whether a calc's shown figure is its recomputed value, rounded to its decimals. */
function agrees(c: CroCalc): string | undefined {
  const again = recompute(c.op, c.args) * c.scale
  const slack = 0.5 * 10 ** -c.dp + 1e-9 * Math.max(1, Math.abs(again))
  return Math.abs(shown(c.shows) - again) <= slack
    ? undefined
    : `${c.op}(${c.args.join(', ')}) is ${again}, shown ${c.shows}`
}

const computed = DRAWN.filter((d) => d.s.calcs !== undefined)
const worded = DRAWN.filter((d) => d.s.calcs === undefined)
const num = (t: string) => Number(t.replace(/,/g, ''))

/** The arms an analysis stem states: control's and the variant's conversions and visitors. */
function armsOf(stem: string): [number, number, number, number] {
  const m =
    /Control: ([\d,]+) conversions from ([\d,]+) visitors; variant: ([\d,]+) from ([\d,]+)\./.exec(
      stem,
    )
  if (!m) throw new Error(`no arms in: ${stem}`)
  return [num(m[1]!), num(m[2]!), num(m[3]!), num(m[4]!)]
}

/**
 * Keys worked out from the stem's own words, for the families whose stem states the whole
 * question: the figures are read back from the text, not from the scenario's steps.
 */
const FROM_STEM: Record<string, (stem: string) => number> = {
  'sample-size-per-arm-relative-mde': (stem) => {
    const m =
      /converts ([\d.]+) % of visitors.*detect a (\d+) % relative lift.*with (\d+) % power/.exec(
        stem,
      )!
    const p1 = Number(m[1]) / 100
    const p2 = p1 * (1 + Number(m[2]) / 100)
    const za = zUpper(0.025)
    const zb = zUpper(1 - Number(m[3]) / 100)
    return Math.ceil(((za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2 - 1e-9)
  },
  'two-proportion-z-statistic': (stem) => recompute('zPooled', armsOf(stem)),
  'two-sided-p-value': (stem) => recompute('pTwoPooled', armsOf(stem)),
  'pooled-versus-unpooled-p': (stem) => recompute('pTwoUnpooled', armsOf(stem)),
  'confidence-interval-lower-bound': (stem) => {
    const r = twoRates(...armsOf(stem))
    return (r.b - r.a - zUpper(0.025) * r.seUnpooled) * 100
  },
  'confidence-interval-upper-bound': (stem) => {
    const r = twoRates(...armsOf(stem))
    return (r.b - r.a + zUpper(0.005) * r.seUnpooled) * 100
  },
  'relative-lift-in-percent': (stem) => {
    const r = twoRates(...armsOf(stem))
    return (r.b / r.a - 1) * 100
  },
  'absolute-lift-in-points': (stem) => {
    const r = twoRates(...armsOf(stem))
    return (r.b - r.a) * 100
  },
  'srm-chi-square-statistic': (stem) => {
    const m = /has ([\d,]+) visitors in control and ([\d,]+) in the variant/.exec(stem)!
    return pearson([num(m[1]!), num(m[2]!), 0.5, 0.5])
  },
  'duration-rounded-up-to-whole-weeks': (stem) => {
    const m = /needs ([\d,]+) visitors per arm\. ([\d,]+) eligible visitors a day/.exec(stem)!
    const days = Math.ceil((2 * num(m[1]!)) / num(m[2]!))
    return 7 * Math.ceil(days / 7)
  },
  'bonferroni-per-comparison-alpha': (stem) => {
    const m = /compares (\d+) variants.*error at (\d+) %/.exec(stem)!
    return Number(m[2]) / Number(m[1])
  },
  'familywise-error-without-correction': (stem) => {
    const m = /reports (\d+) independent metrics, each at α = ([\d.]+)/.exec(stem)!
    return (1 - (1 - Number(m[2])) ** Number(m[1])) * 100
  },
}

// ---- Worded keys: the rule each family's stem states, applied again to the drawn facts.
const FULFILMENT = new Set(['Email', 'Delivery address', 'Postcode', 'Card number'])
const argmax = (xs: readonly number[]) => xs.indexOf(Math.max(...xs))

// biome-ignore lint/suspicious/noExplicitAny: each family's facts have their own shape, read by its own rule
type Facts = Record<string, any>

const WORDED: Record<string, (s: CroScenario, f: Facts) => boolean> = {
  'primary-metric-when-order-value-can-move': (s) => s.key.startsWith('Revenue per visitor'),
  'guardrail-for-an-aggressive-change': (s, f) =>
    ({
      'a pre-ticked add-on insurance box at checkout': /Return and cancellation/,
      'an exit pop-up offering 20 % off': /Margin per order/,
      'auto-playing video on the product page': /Page load time/,
      'a countdown timer claiming stock is low': /Refund and complaint/,
    })[f.change as string]!.test(s.key),
  'micro-conversion-is-not-the-goal': (s, f) =>
    f.fell === true && /lost on the primary/.test(s.key),
  'randomisation-unit-for-cross-device-users': (s, f) =>
    /logged-in/.test(f.what)
      ? s.key === 'The logged-in user ID'
      : /email/.test(f.what)
        ? s.key === 'The customer account'
        : s.key === 'The persistent visitor ID',
  'stopping-rule-for-a-fixed-horizon-test': (s, f) =>
    f.done < f.planned && s.key.includes(`${f.planned} weeks`),
  'why-tests-run-whole-weeks': (s) => /weekday/.test(s.key),
  'novelty-effect-needs-time': (s, f) =>
    (f.weekly as number[]).every((v, i, w) => i === 0 || v < w[i - 1]!) && /novelty/.test(s.key),
  'one-test-per-page-overlap': (s) => /mutually exclusive/.test(s.key),
  'pre-registered-primary-metric': (s) => /metric or end point/.test(s.key),
  'hypothesis-with-a-falsifiable-metric': (s, f) =>
    s.key.toLowerCase() === `${f.change} will raise ${f.metric}`.toLowerCase(),
  'significance-decision-at-alpha': (s, f) => {
    const p = recompute('pTwoPooled', armsOf(s.stem))
    return Math.abs(p - f.p) < 1e-9 && p < f.alpha === s.key.startsWith('Significant')
  },
  'interval-including-zero': (s, f) => f.lo < 0 && f.hi > 0 && s.key.startsWith('Not significant'),
  'srm-p-value-and-decision': (s, f) => {
    const p = erfc(Math.sqrt(pearson([f.a1, f.a2, 0.5, 0.5]) / 2))
    return p < 0.001 === s.key.startsWith('Mismatch')
  },
  'bonferroni-which-variants-win': (s, f) => {
    const names = ['Green', 'Orange', 'Purple', 'Teal']
    const wins = names.filter((_, i) => f.ps[i] < 0.05 / 4)
    return (
      wins.every((v) => s.key.includes(v)) &&
      names.every((v) => wins.includes(v) || !s.key.includes(v))
    )
  },
  'simpsons-paradox-explanation': (s, f) => {
    const [cmc, cdc, cmv, cdv] = f.c as number[]
    const [mc, dc, mv, dv] = f.n as number[]
    const segmentsWin = cmv! / mv! > cmc! / mc! && cdv! / dv! > cdc! / dc!
    const poolLoses = (cmv! + cdv!) / (mv! + dv!) < (cmc! + cdc!) / (mc! + dc!)
    return segmentsWin && poolLoses && /mobile traffic/.test(s.key)
  },
  'one-sided-test-after-the-fact': (s) => s.key.startsWith('No: picking one side'),
  'ice-ranking-picks-the-first-test': (s, f) =>
    s.key === f.ideas[argmax((f.s as number[][]).map((r) => r[0]! + r[1]! + r[2]!))],
  'pie-ranking-picks-the-first-page': (s, f) =>
    s.key === f.pages[argmax((f.s as number[][]).map((r) => r[0]! + r[1]! + r[2]!))],
  'expected-value-ranking': (s, f) =>
    s.key ===
    f.ideas[argmax((f.rows as { prob: number; gain: number }[]).map((r) => r.prob * r.gain))],
  'confidence-score-from-evidence': (s, f) =>
    /all point the same way/.test(f.sources) ? s.key.startsWith('High') : s.key.startsWith('Low'),
  'ease-score-reads-effort': (s, f) =>
    /no developer/.test(f.effort) ? s.key.startsWith('High ease') : s.key.startsWith('Low ease'),
  'evidence-supports-which-hypothesis': (s, f) => {
    const pairs: [RegExp, RegExp][] = [
      [/click map/, /photo/],
      [/exit survey/, /delivery costs/],
      [/mobile checkout/, /mobile checkout form/],
      [/rage-clicking/, /pay button/],
      [/scroll map/, /price table/],
      [/search logs/, /returns policy/],
    ]
    const [, answer] = pairs.find(([e]) => e.test(f.evidence))!
    return answer.test(s.key) && s.wrong.every(([t]) => !answer.test(t))
  },
  'method-for-a-research-question': (s, f) => {
    const pairs: [RegExp, RegExp][] = [
      [/^why/, /survey/],
      [/funnel step/, /funnel report/],
      [/click/, /click map/],
      [/unaided/, /usability test/],
      [/how far down/, /scroll map/],
    ]
    const [, answer] = pairs.find(([q]) => q.test(f.question))!
    return answer.test(s.key)
  },
  'open-survey-question': (s) => s.key.startsWith('What, if anything'),
  'heatmap-needs-enough-sessions': (s, f) => f.sessions < 100 && s.key.startsWith('Too few'),
  'qualitative-versus-quantitative': (s, f) =>
    /usability/.test(f.finding) ? /how many/.test(s.key) : /not why/.test(s.key),
  'research-before-testing-low-traffic': (s, f) => f.daily < 200 && s.key.startsWith('Fix'),
  'checkout-field-to-remove': (s, f) =>
    !FULFILMENT.has(s.key) &&
    (f.fields as string[]).includes(s.key) &&
    s.wrong.every(([t]) => FULFILMENT.has(t)),
  'tap-target-size': (s, f) => {
    const fits = (t: string) => {
      const [w, h] = t.split(' × ').map((x) => Number.parseInt(x, 10))
      return w! >= f.min && h! >= f.min
    }
    return fits(s.key) && s.wrong.every(([t]) => !fits(t))
  },
  'inline-error-message': (s) =>
    s.key.startsWith('Enter ') && s.wrong.every(([t]) => !t.startsWith('Enter ')),
  'labels-above-fields': (s) => /above each field/.test(s.key),
  'trust-signal-placement': (s) => /payment fields/.test(s.key),
  'guest-checkout': (s) => /guest checkout/.test(s.key),
  'shipping-cost-disclosure': (s) => /product and cart pages/.test(s.key),
  'specific-social-proof': (s, f) =>
    s.key.includes(`${f.stars}/5`) && s.key.includes(f.reviews.toLocaleString('en-US')),
  'headline-states-the-offer': (s, f) => {
    const words = (t: string) => t.toLowerCase().split(/\W+/)
    const offer = new Set(words(f.offer).filter((w) => w.length > 4))
    const fits = (t: string) => t.split(' ').length <= 8 && words(t).some((w) => offer.has(w))
    return fits(s.key) && s.wrong.every(([t]) => !fits(t))
  },
  'password-rules-shown-up-front': (s, f) => s.key.includes(`${f.len}+ characters`),
  'single-column-form-order': (s) => /^One column: name, email/.test(s.key),
  'checkout-progress-indicator': (s, f) =>
    s.key === `Step ${f.at + 1} of ${f.steps.length}: ${f.steps[f.at]}`,
  'marking-the-optional-field': (s, f) => s.key === `${f.field} (optional)`,
  'segment-with-the-most-lost-orders': (s, f) => {
    const lost = (f.rows as { sessions: number; cr: number }[]).map(
      (r) => r.sessions * (f.bench - r.cr),
    )
    return s.key === f.names[argmax(lost)]
  },
  'traffic-excluded-from-the-test': (s) => /both arms/.test(s.key),
  'primary-win-with-a-guardrail': (s, f) =>
    f.rise > f.limit ? s.key.startsWith('Do not ship') : s.key.startsWith('Ship:'),
  'button-copy-matches-the-outcome': (s, f) =>
    ({
      'places a paid order': 'Pay now',
      'saves the basket without paying': 'Save basket',
      'sends a quote request to the sales team': 'Request quote',
    })[f.step as string] === s.key,
  'session-recordings-sample': (s, f) => f.seen < f.watched && /hypothesis/.test(s.key),
  'one-primary-cta-per-view': (s, f) => s.key.includes(`“${f.goal}” the one primary`),
}

describeEngineIndependent('conversion-rate-optimisation scenarios', () => {
  it('are at least 95 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('state the z values of the normal distribution, to three decimals', () => {
    expect(Z.twoSided5).toBe(zUpper(0.025))
    expect(Z.oneSided5).toBe(zUpper(0.05))
    expect(Z.twoSided10).toBe(zUpper(0.05))
    expect(Z.twoSided1).toBe(zUpper(0.005))
    expect(Z.power80).toBe(zUpper(0.2))
    expect(Z.power90).toBe(zUpper(0.1))
  })

  it('have figure keys the statistics library gives, shown in the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      const problem = agrees(s.calcs!.key)
      if (problem) wrong.push(`${family}: key ${problem}`)
      if (!s.key.includes(s.calcs!.key.shows)) wrong.push(`${family}: ${s.key} hides its figure`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('have keys that the stem’s own figures give, read back from its text', () => {
    const wrong: string[] = []
    const seen = new Set<string>()
    for (const { family, s } of computed) {
      const fromStem = FROM_STEM[family]
      if (!fromStem) continue
      seen.add(family)
      const again = fromStem(s.stem)
      const { dp } = s.calcs!.key
      if (Math.abs(shown(s.calcs!.key.shows) - again) > 0.5 * 10 ** -dp + 1e-9)
        wrong.push(`${family}: stem gives ${again}, key shows ${s.key}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect([...seen].sort()).toEqual(Object.keys(FROM_STEM).sort())
  })

  it('have figure distractors that are exactly their named mistakes and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      expect(s.wrong.length).toBe(s.calcs!.wrong.length)
      s.calcs!.wrong.forEach(([calc, mistake], i) => {
        const [text, named] = s.wrong[i]!
        const problem = agrees(calc)
        if (problem) wrong.push(`${family}: ${mistake}: ${problem}`)
        if (named !== mistake || !text.includes(calc.shows))
          wrong.push(`${family}: ${mistake} shown as ${text}`)
        if (calc.shows === s.calcs!.key.shows) wrong.push(`${family}: ${mistake} gives the key`)
      })
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('make the classic slips give their figures: one-sided z, per-arm for total, unpooled SE', () => {
    for (const { family, s } of computed) {
      for (const [calc, mistake] of s.calcs!.wrong) {
        const key = s.calcs!.key
        if (mistake === 'uses the one-sided z for a two-sided test' && key.op === 'armSize') {
          expect(calc.args[0]).toBe(zUpper(0.05))
          expect(key.args[0]).toBe(zUpper(0.025))
        }
        if (mistake === 'gives the total of both arms' && key.op === 'armSize')
          expect(shown(calc.shows)).toBe(2 * shown(key.shows))
        if (mistake === 'uses the unpooled standard error')
          expect(calc.op === 'zUnpooled' && key.op === 'zPooled').toBe(true)
        if (mistake === 'gives the one-sided p-value' && family === 'two-sided-p-value')
          expect(
            Math.abs(2 * recompute(calc.op, calc.args) - recompute(key.op, key.args)),
          ).toBeLessThan(1e-12)
        if (mistake === 'stops on the day the sample is reached, mid-week')
          expect(shown(calc.shows)).toBeLessThanOrEqual(shown(key.shows))
      }
    }
  })

  it('have worded keys that the stated rule gives from the drawn facts', () => {
    const wrong: string[] = []
    const seen = new Set<string>()
    for (const { family, s } of worded) {
      const rule = WORDED[family]
      if (!rule) {
        wrong.push(`${family}: no rule`)
        continue
      }
      seen.add(family)
      if (!rule(s, s.facts as Facts)) wrong.push(`${family}: ${s.key}`)
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect([...seen].sort()).toEqual(Object.keys(WORDED).sort())
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
  })
})
