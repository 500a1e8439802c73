import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES as MONTHS } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  plain,
  rest,
  sub,
  usd,
} from './aud-text.js'

// Tests of controls. The slips are a sample size of the other reliance level or of another
// frequency, an automated control sized as a manual one, several populations taken as one, a
// voided document counted as a deviation or a missing one not counted, a deviation counted twice
// or on the wrong base, the sample deviation rate taken for its upper limit, a factor of another
// confidence level or of another deviation count, a table row of another sample size or risk,
// the finite correction left out or turned over, the extension given as the whole sample, the
// roll-forward measured from the wrong date or base, calendar days for working days, and a rule
// (an authority limit, a review threshold, a deadline) read at its boundary or the other way.

const money = usd(2)
const items = plain(0, 'items')
const occurrences = plain(0, 'occurrences')
/** A fraction of one as a percentage to one place. */
const pct1 = (x: Fraction): string => `${fixed(mul(x, 100), 1)}%`
const PCT1 = 'as a percentage to one decimal place (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** A factor drawn in hundredths. */
const h = (x: number): Fraction => frac(x, 100)
const f2 = (x: number): string => fixed(h(x), 2)
/** The smallest whole number at or above x (x > 0). */
const ceil = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)
const num = (x: Fraction): number => Number(x.n) / Number(x.d)
/** A whole-number rate in percent as a fraction. */
const pc = (p: number): Fraction => frac(p, 100)

/** The firm's sample sizes by control frequency, for lower and higher reliance. */
const FREQ = {
  annual: [1, 1],
  quarterly: [2, 2],
  monthly: [2, 5],
  weekly: [5, 15],
  daily: [20, 40],
  many: [25, 60],
} as const
type Freq = keyof typeof FREQ
const FREQ_TABLE =
  'annual 1 and 1; quarterly 2 and 2; monthly 2 and 5; weekly 5 and 15; daily 20 and 40; many times a day 25 and 60'
const FREQ_NAME: Readonly<Record<Freq, string>> = {
  annual: 'annual',
  quarterly: 'quarterly',
  monthly: 'monthly',
  weekly: 'weekly',
  daily: 'daily',
  many: 'many times a day',
}
/** Poisson upper-limit factors for 0 to 7 deviations, in hundredths, by confidence level. */
const POISSON: Readonly<Record<number, readonly number[]>> = {
  99: [461, 664, 841, 1005, 1161, 1311, 1458, 1600],
  95: [300, 475, 630, 776, 916, 1052, 1185, 1315],
  90: [231, 389, 533, 669, 800, 928, 1054, 1178],
  80: [161, 300, 428, 552, 673, 791, 908, 1024],
}
/** The factors for 0 to `k` deviations at `level`, as a stem writes them. */
const factors = (level: number, k: number): string =>
  `at ${level}% confidence ${POISSON[level]!.slice(0, k + 1)
    .map(f2)
    .join(', ')}`
const UP_TO = (k: number) => `for 0 to ${k} deviations`

/** Upper deviation limits (tenths of a percent, rounded up) by sample size, 0–3 deviations. */
const TABLE_ROWS = [40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100] as const
const UDL: Readonly<Record<number, Readonly<Record<number, readonly number[]>>>> = {
  5: {
    40: [73, 114, 150, 183],
    45: [65, 102, 134, 164],
    50: [59, 92, 121, 148],
    55: [54, 84, 111, 135],
    60: [49, 77, 102, 125],
    65: [46, 71, 94, 115],
    70: [42, 66, 88, 108],
    75: [40, 62, 82, 101],
    80: [37, 58, 77, 95],
    90: [33, 52, 69, 84],
    100: [30, 47, 62, 76],
  },
  10: {
    40: [56, 94, 128, 160],
    45: [50, 84, 114, 143],
    50: [46, 76, 103, 129],
    55: [42, 69, 94, 118],
    60: [38, 64, 87, 108],
    65: [35, 59, 80, 100],
    70: [33, 55, 75, 93],
    75: [31, 51, 70, 87],
    80: [29, 48, 66, 82],
    90: [26, 43, 59, 73],
    100: [23, 39, 53, 66],
  },
}
const tenth = (x: number): string => fixed(frac(x, 10), 1)

// The company's 2026 holidays (month, day), each on a weekday.
const HOLIDAYS = [
  [1, 1],
  [1, 19],
  [2, 16],
  [5, 25],
  [6, 19],
  [7, 3],
  [9, 7],
  [11, 26],
  [11, 27],
  [12, 24],
  [12, 25],
] as const
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const
const DAY = 86400000
/** Day of 2026 (January 1 = 1) as a UTC time. */
const timeOf = (day: number): number => Date.UTC(2026, 0, day)
const dayOf = (m: number, d: number): number =>
  (Date.UTC(2026, m - 1, d) - Date.UTC(2026, 0, 1)) / DAY + 1
const weekday = (day: number): number => new Date(timeOf(day)).getUTCDay()
const HOLIDAY_DAYS = HOLIDAYS.map(([m, d]) => dayOf(m, d))
const isHoliday = (day: number): boolean => HOLIDAY_DAYS.includes(day)
const isWeekday = (day: number): boolean => weekday(day) >= 1 && weekday(day) <= 5
const isWorking = (day: number): boolean => isWeekday(day) && !isHoliday(day)
/** A day of 2026 as a stem writes it: `Friday, January 16`. */
const dateText = (day: number): string => {
  const t = new Date(timeOf(day))
  return `${WEEKDAYS[t.getUTCDay()]}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}`
}
const HOLIDAY_TEXT = HOLIDAY_DAYS.map(dateText).join('; ')
/** The `k`-th day after `day` that `works` counts (k ≥ 1). */
const after = (day: number, k: number, works: (d: number) => boolean = isWorking): number => {
  let d = day
  for (let left = k; left > 0; ) {
    d++
    if (works(d)) left--
  }
  return d
}
/** How many days from `a` to `b`, both included, `works` counts. */
const countDays = (a: number, b: number, works: (d: number) => boolean): number => {
  let c = 0
  for (let d = a; d <= b; d++) if (works(d)) c++
  return c
}
/** The last day of month `m` of 2026, as a day of the year. */
const monthEnd = (m: number): number => (m === 12 ? dayOf(12, 31) : dayOf(m + 1, 1) - 1)

/** Distinct whole numbers from `low` to `high`, in draw order. */
const distinctInts = (rng: Rng, k: number, low: number, high: number): number[] => {
  const out = new Set<number>()
  while (out.size < k) out.add(rng.int(low, high))
  return [...out]
}

/** An amount in cents as a stem writes it. */
const $c = (c: number): string => money(frac(c, 100))

/**
 * A family that draws its case again, up to eight more times, when a draw leaves no contrast (two
 * options alike, or the slips all on one side of the key), rather than refusing it outright.
 */
const patient = (family: ScenarioFamily): ScenarioFamily => ({
  id: family.id,
  draw: (rng) => {
    for (let t = 0; t < 8; t++) {
      try {
        return family.draw(rng)
      } catch (error) {
        if (!(error instanceof VariantError)) throw error
      }
    }
    return family.draw(rng)
  },
})

export const CONTROLS_FAMILIES: ScenarioFamily[] = [
  patient(
    apart('controls-test-plan-sample-sizes-by-frequency-and-reliance', (rng) => {
      // The credit-note approval at lower reliance, and at least one other control at higher.
      const R2: number = 0
      const f3: Freq = rng.pick(['daily', 'weekly'] as const)
      const [R3, R4] = rng.pick([
        [0, 1],
        [1, 0],
        [1, 1],
      ] as const)
      const L = rng.int(2, 4)
      const Ra = rng.int(0, 1)
      const rel = (r: number) => (r === 1 ? 'higher' : 'lower')
      const size = (f: Freq, r: number) => FREQ[f][r]!
      const plan = (r2: number, r3: number, r4: number) =>
        1 + size('many', r2) + size(f3, r3) + L * size('monthly', r4) + 2
      const key = plan(R2, R3, R4)
      const swap = plan(1 - R2, 1 - R3, 1 - R4)
      if (swap <= key) rest()
      const third =
        f3 === 'daily'
          ? 'the daily review of the cash receipts posting'
          : 'the weekly review of the payroll exceptions report'
      return {
        stem: `The test plan for a client’s controls lists: an automated credit-limit check in the sales system, whose general IT controls were tested and found effective (relied on at the ${rel(Ra)} level); the approval of each credit note raised, about 40 a day (${rel(R2)} reliance); ${third} (${rel(R3)} reliance); the monthly inventory reconciliation, prepared and reviewed separately by each of the ${L} branch accountants (${rel(R4)} reliance); and the quarterly review of the bad-debt provision (lower reliance). The firm’s table of sample sizes by frequency gives, for lower and higher reliance: ${FREQ_TABLE}. The firm tests an automated control once when the general IT controls over it are effective, and treats a control performed separately at each branch as a separate population at each branch. How many items does the plan test in all?`,
        show: items,
        figures: { R2, f3: f3 === 'daily' ? 1 : 0, R3, L, R4, Ra },
        key: frac(key),
        wrong: [
          [
            frac(1 + 60 + size(f3, 1) + L * 5 + 2),
            'uses the higher-reliance sizes for every control',
          ],
          [frac(swap), 'reads each control’s size from the other reliance column'],
          [
            frac(key - 1 + size('many', Ra)),
            'sizes the automated control as a manual control of its frequency',
          ],
          [
            frac(1 + 25 + size(f3, 0) + L * 2 + 2),
            'uses the lower-reliance sizes for every control',
          ],
          [
            frac(key - size('many', R2) + size('daily', R2)),
            'sizes the credit-note approval as a daily control',
          ],
          [
            frac(key - (L - 1) * size('monthly', R4)),
            'takes the branches’ reconciliations as one population',
          ],
        ],
      }
    }),
  ),
  apart('controls-sample-deviation-rate-with-voided-and-missing-documents', (rng) => {
    const ns = rng.pick([25, 40, 60])
    const v = rng.int(2, 3)
    const mm = rng.int(1, 2)
    const d = rng.int(1, 3)
    const rate = (dev: number, base: number) => frac(dev, base)
    const word = ['', 'One', 'Two', 'Three'][v]!
    return {
      stem: `A test of the approval of purchase invoices selects ${ns} invoice numbers. The control requires both the approver’s signature and a signed match stamp on each invoice. ${word} of the numbers selected had been properly voided before use; the firm does not count a properly voided document as a deviation and replaces it with the next number, and the replacements had no exceptions. ${mm === 1 ? 'One invoice' : 'Two invoices'} could not be found, and the firm counts a document that cannot be examined as a deviation. Of the rest, ${d === 1 ? 'one invoice lacked' : `${d} invoices lacked`} the signature or the stamp, ${d === 1 ? 'and it lacked both' : 'one of them lacking both'}; the firm counts deviations by document. What is the sample deviation rate, ${PCT2}?`,
      show: pct2,
      figures: { ns, v, mm, d },
      key: rate(d + mm, ns),
      wrong: [
        [rate(d + mm + v, ns), 'counts the voided documents as deviations'],
        [rate(d + mm + 1, ns), 'counts the invoice lacking both as two deviations'],
        [rate(d + mm, ns - v), 'drops the voided documents from the sample without replacing them'],
        [rate(d, ns), 'does not count the missing invoices as deviations'],
        [rate(d + mm, ns + v), 'divides by every document examined, voids included'],
        [rate(d, ns - mm), 'drops the missing invoices from the sample'],
      ],
    }
  }),
  patient(
    apart('controls-upper-deviation-limit-from-poisson-factors', (rng) => {
      // The confidence level follows the reliance planned: 95% for high, 90% for moderate.
      const ns = rng.int(30, 120)
      const k = rng.int(1, 3)
      const hi = rng.int(0, 1)
      const [lvl, other] = hi === 1 ? [95, 90] : [90, 95]
      const F = (l: number, j: number) => h(POISSON[l]![j]!)
      const udl = (l: number, j: number, base = ns) => div(F(l, j), base)
      return {
        stem: `A test of the approval of purchase invoices, on a sample of ${ns} invoices, found ${k === 1 ? 'one deviation' : `${k} deviations`}. The firm evaluates a test of controls at 95% confidence where it plans high reliance on the control and at 90% confidence where it plans moderate reliance, taking the upper deviation limit as the Poisson factor for the number of deviations found at that confidence ÷ the sample size. The audit plan places ${hi === 1 ? 'high' : 'moderate'} reliance on this control. The firm’s factors ${UP_TO(4)} are: ${factors(99, 4)}; ${factors(95, 4)}; ${factors(90, 4)}. What is the upper deviation limit, ${PCT2}?`,
        show: pct2,
        figures: { ns, k, hi },
        key: udl(lvl, k),
        wrong: [
          [
            udl(other, k),
            `uses the ${other}% factor of ${hi === 1 ? 'moderate' : 'high'} reliance`,
          ],
          [udl(99, k), 'uses the 99% factor'],
          [
            add(frac(k, ns), udl(lvl, k)),
            'adds the sample deviation rate to the factor ÷ sample size',
          ],
          [udl(lvl, k, ns - k), 'divides by the items without a deviation'],
          [frac(k, ns), 'gives the sample deviation rate'],
          [udl(lvl, 0), 'uses the factor for no deviations'],
        ],
      }
    }),
  ),
  apart('controls-upper-deviation-limit-from-the-attribute-table', (rng) => {
    const n0 = rng.pick([40, 45, 50])
    const x = rng.int(56 - n0, 99 - n0)
    const ns = n0 + x
    if ((TABLE_ROWS as readonly number[]).includes(ns)) rest()
    const lo = [...TABLE_ROWS].reverse().find((r) => r <= ns)!
    const hi = TABLE_ROWS[TABLE_ROWS.indexOf(lo) + 1]!
    const d2 = rng.int(0, 2)
    const k = 1 + d2
    const T = (risk: number, row: number, j: number) => frac(UDL[risk]![row]![j]!, 1000)
    const rows = (risk: number) =>
      [n0, lo, hi].map((r) => `${r} items ${UDL[risk]![r]!.map(tenth).join(', ')}`).join('; ')
    return {
      stem: `The firm tests a control for moderate reliance at a 10% risk of overreliance (5% for high reliance). The initial sample of ${n0} items found one deviation, so the firm extended it by ${x} items, which found ${d2 === 0 ? 'no further deviation' : d2 === 1 ? 'one more' : 'two more'}. It evaluates the combined sample with its table of upper deviation limits (%) for 0, 1, 2 and 3 deviations, reading the row of the largest tabulated sample size not above the size tested. At 10% risk: ${rows(10)}. At 5% risk: ${rows(5)}. What is the upper deviation limit, ${PCT1}?`,
      show: pct1,
      figures: { n0, x, d2 },
      key: T(10, lo, k),
      wrong: [
        [T(5, lo, k), 'reads the 5% risk table'],
        [T(10, n0, k), 'reads the row of the initial sample'],
        [add(T(10, lo, k), frac(k, ns)), 'adds the sample deviation rate to the table’s limit'],
        [T(10, hi, k), 'reads the row of the next larger sample size'],
        [frac(k, ns), 'gives the sample deviation rate'],
        [T(10, lo, d2), 'counts only the deviations found in the extension'],
      ],
    }
  }),
  patient(
    apart('controls-attribute-sample-size-with-finite-population-correction', (rng) => {
      const t = rng.int(3, 8)
      const ke = rng.int(1, 2)
      const F = (lvl: number, j: number) => h(POISSON[lvl]![j]!)
      const raw = (factor: Fraction) => div(factor, pc(t))
      const n0 = raw(F(95, ke))
      const N = Math.round((num(n0) * rng.int(160, 400)) / 1000) * 10
      const fpc = (x: Fraction) => ceil(div(x, add(1, div(x, N))))
      return {
        stem: `A test of the approval of ${n(N)} purchase orders raised in the year is planned as a statistical attribute sample at 95% confidence, with a tolerable deviation rate of ${t}% and ${ke === 1 ? 'one deviation' : 'two deviations'} expected. The sample size is the Poisson factor for the expected number of deviations ÷ the tolerable rate, then corrected for the finite population by dividing it by (1 + that size ÷ the population), and rounded up. The firm’s factors ${UP_TO(3)} are: ${factors(99, 3)}; ${factors(95, 3)}; ${factors(90, 3)}. How many purchase orders must be sampled?`,
        show: items,
        figures: { t, ke, N },
        key: fpc(n0),
        wrong: [
          [ceil(n0), 'leaves out the finite population correction'],
          [fpc(raw(F(99, ke))), 'uses the 99% factor'],
          [
            ceil(mul(n0, add(1, div(n0, N)))),
            'multiplies by one plus size ÷ population instead of dividing',
          ],
          [fpc(raw(F(95, 0))), 'uses the factor for no deviations'],
          [fpc(raw(F(90, ke))), 'uses the 90% factor'],
          [
            ceil(mul(n0, sub(1, div(n0, N)))),
            'multiplies by one minus size ÷ population instead of dividing by one plus',
          ],
          [
            fpc(raw(add(ke, F(95, 0)))),
            'adds the expected deviations to the zero-deviation factor',
          ],
        ],
      }
    }),
  ),
  apart('controls-extending-the-sample-after-deviations', (rng) => {
    const lvl = rng.pick([95, 90])
    const [up, down] = lvl === 95 ? [99, 90] : [95, 80]
    const t = rng.pick([4, 5, 6, 8, 10])
    const F = (l: number, j: number) => h(POISSON[l]![j]!)
    const size = (factor: Fraction) => ceil(div(factor, pc(t)))
    const n0 = size(F(lvl, 0))
    const total = size(F(lvl, 2))
    return {
      stem: `The firm planned a test of controls at ${lvl}% confidence and a tolerable deviation rate of ${t}%, sampling ${n0.n} items (the factor for no deviations ÷ the tolerable rate, rounded up). The sample found two deviations. The firm’s rule is to extend the sample so that its total size is the factor for the deviations found ÷ the tolerable rate, rounded up; reliance stands if the extension finds no further deviation. Its factors ${UP_TO(3)} are: ${[99, 95, 90, 80].map((l) => factors(l, 3)).join('; ')}. How many more items must be tested?`,
      show: items,
      figures: { lvl, t },
      key: sub(total, n0),
      wrong: [
        [sub(size(F(up, 2)), n0), `uses the ${up}% factor`],
        [total, 'gives the total extended sample'],
        [sub(size(F(lvl, 3)), n0), 'sizes the extension for one more deviation than found'],
        [n0, 'repeats the original sample size'],
        [size(frac(2)), 'adds the deviations found ÷ the tolerable rate'],
        [sub(size(F(down, 2)), n0), `uses the ${down}% factor`],
        [
          size(sub(F(lvl, 2), F(lvl, 1))),
          'adds only the second deviation’s increase in the factor',
        ],
      ],
    }
  }),
  patient(
    apart('controls-roll-forward-sample-for-the-remaining-period', (rng) => {
      const many = rng.int(0, 1) === 1
      const T = many ? [40, 60, 90] : [25, 40, 60]
      const me = rng.int(7, 9)
      const Y = rng.int(250, 253)
      const r = { 7: 105, 8: 85, 9: 63 }[me]! + rng.int(-2, 2)
      const rf = r - rng.int(20, 35)
      const S = T[1]!
      const Si = Number(ceil(mul(S, frac(Y - r, Y))).n)
      const part = (size: number, days: number) => ceil(mul(size, frac(days, Y)))
      const end = `${MONTHS[me - 1]} ${me === 9 ? 30 : 31}`
      return {
        stem: `A control performed ${many ? 'many times a day (the approval of each price override)' : 'daily (the review of each day’s bank postings)'} is relied on at the moderate level. The firm’s table of annual sample sizes for such a control gives ${T.join(', ')} for low, moderate and high reliance. At interim the auditor tested ${Si} occurrences covering January 1 to ${end}; the interim fieldwork was done some weeks later. The firm’s roll-forward rule is to test the annual sample size × the working days remaining after the period covered by interim testing ÷ the working days in the year, rounded up. The year has ${Y} working days; ${r} of them fall after ${end} and ${rf} after the interim fieldwork. How many occurrences must the roll-forward test?`,
        show: occurrences,
        figures: { many: many ? 1 : 0, me, Y, r, rf },
        key: part(S, r),
        wrong: [
          [frac(S), 'tests the full annual sample again'],
          [frac(Si), 'repeats the interim sample size'],
          [part(T[2]!, r), 'uses the high-reliance size'],
          [part(T[0]!, r), 'uses the low-reliance size'],
          [part(S, rf), 'counts the remaining days from the interim fieldwork'],
          [part(Si, r), 'applies the proportion to the interim sample'],
        ],
      }
    }),
  ),
  patient(
    apart('controls-population-of-daily-occurrences-over-a-period', (rng) => {
      const m1 = rng.int(1, 9)
      const m2 = m1 + rng.int(2, 3)
      const a = dayOf(m1, 1)
      const b = monthEnd(m2)
      const key = countDays(a, b, isWorking)
      const inPeriod = HOLIDAY_DAYS.filter((d) => d >= a && d <= b).length
      const weekdays = countDays(a, b, isWeekday)
      const cal = b - a + 1
      const wrong: [Fraction, string][] = [
        [frac(weekdays), 'leaves out the holidays'],
        [
          frac(countDays(a, b, (d) => weekday(d) !== 0 && !isHoliday(d))),
          'counts Saturdays as working days',
        ],
        [frac(cal), 'counts calendar days'],
        [frac(weekdays - HOLIDAY_DAYS.length), 'deducts every holiday of the year'],
        [frac(20 * (m2 - m1 + 1)), 'assumes 20 working days a month'],
        [frac(Math.floor(cal / 7) * 5 - inPeriod), 'counts five days for each whole week only'],
      ]
      const above = wrong.filter(([x]) => num(x) > key).length
      const below = wrong.filter(([x]) => num(x) < key).length
      if (above < 3 || below < 3) rest()
      return {
        stem: `The accounts payable supervisor reviews and signs off the day’s payment run on every working day: Monday to Friday, except the company’s 2026 holidays (${HOLIDAY_TEXT}). The auditor is testing this control for the period from ${MONTHS[m1 - 1]} 1 to ${MONTHS[m2 - 1]} ${new Date(timeOf(b)).getUTCDate()}, 2026, both days included. How many occurrences of the control make up the population?`,
        show: occurrences,
        figures: { m1, m2 },
        key: frac(key),
        wrong,
      }
    }),
  ),
  apart('controls-automated-controls-with-itgc-and-change-samples', (rng) => {
    const fa1: Freq = rng.pick(['many', 'daily'] as const)
    const fa2: Freq = rng.pick(['daily', 'weekly'] as const)
    const fb: Freq = rng.pick(['many', 'daily'] as const)
    const PA = rng.int(13, 400)
    const PB = rng.int(13, 400)
    const itgc = (p: number) => (p <= 4 ? p : p <= 12 ? 3 : p <= 52 ? 8 : p <= 250 ? 25 : 40)
    if (itgc(PA) === itgc(PB) && PA === PB) rest()
    const key = 2 + FREQ[fb][1] + itgc(PA)
    return {
      stem: `The test plan relies on three automated controls at the higher level. On the ERP system, whose general IT controls are effective: the three-way match (operating ${FREQ_NAME[fa1]}) and the ${fa2 === 'daily' ? 'daily' : 'weekly'} automated bank-feed matching. On the billing system, whose change-management control has an unremediated deficiency: the automated discount calculation (operating ${FREQ_NAME[fb]}). The firm tests an automated control once when the general IT controls over its system are effective, and tests change management on that system with a sample from the ${PA} program changes made in the year. Where those controls are not effective it tests the automated control as a manual control of the same frequency, at the higher-reliance size, and does not test the deficient IT controls further (the billing system had ${PB} changes). Manual sample sizes for lower and higher reliance: ${FREQ_TABLE}. Change-management samples: 1 to 4 changes, all; 5 to 12, 3; 13 to 52, 8; 53 to 250, 25; over 250, 40. How many items does the plan test in all?`,
      show: items,
      figures: {
        fa1: fa1 === 'many' ? 1 : 0,
        fa2: fa2 === 'daily' ? 1 : 0,
        fb: fb === 'many' ? 1 : 0,
        PA,
        PB,
      },
      key: frac(key),
      wrong: [
        [
          frac(FREQ[fa1][1] + FREQ[fa2][1] + FREQ[fb][1] + itgc(PA)),
          'sizes the ERP controls as manual controls',
        ],
        [frac(key + itgc(PB)), 'also samples the billing system’s changes'],
        [frac(2 + FREQ[fb][1] + PA), 'tests every ERP change'],
        [frac(3 + itgc(PA)), 'tests the billing-system control once'],
        [frac(2 + FREQ[fb][1]), 'leaves out the change-management sample'],
        [frac(2 + FREQ[fb][0] + itgc(PA)), 'sizes the billing-system control at lower reliance'],
      ],
    }
  }),
  apart('controls-dual-purpose-sample-deviations-and-upper-limit', (rng) => {
    const ns = rng.int(40, 100)
    const a = rng.int(2, 3)
    const b = rng.int(1, a - 1)
    const c = rng.pick([1, 2].filter((x) => x !== b))
    const udl = (k: number, lvl = 95) => div(h(POISSON[lvl]![k]!), ns)
    return {
      stem: `A dual-purpose test of ${ns} sales invoices checks both the credit controller’s approval (a control) and the invoiced amount (for misstatement). ${a === 2 ? 'Two' : 'Three'} invoices lacked approval, and ${b === 1 ? 'one of them was' : 'two of them were'} also misstated. ${c === 1 ? 'One other invoice was' : 'Two other invoices were'} approved but misstated by a pricing error. The firm counts a missing approval as a deviation whatever the amount, evaluates misstatements separately, and takes the upper deviation limit as the Poisson factor for the deviations ÷ the sample size, at 95% confidence. Its factors ${UP_TO(5)} are: ${factors(95, 5)}; ${factors(90, 5)}. What is the upper deviation limit for the approval control, ${PCT2}?`,
      show: pct2,
      figures: { ns, a, b, c },
      key: udl(a),
      wrong: [
        [udl(a + c), 'counts the approved but misstated invoices as deviations'],
        [udl(a + b), 'counts the unapproved misstated invoices twice'],
        [add(frac(a, ns), udl(a)), 'adds the sample deviation rate to the factor ÷ sample size'],
        [udl(b), 'counts only the deviations that caused a misstatement'],
        [frac(a, ns), 'gives the sample deviation rate'],
        [udl(a, 90), 'uses the 90% factor'],
      ],
    }
  }),
  apart('controls-worst-upper-deviation-limit-across-attributes', (rng) => {
    const ns = rng.int(40, 100)
    const k2 = rng.int(2, 3)
    const k1 = rng.int(1, k2 - 1)
    const k3 = rng.int(1, k2 - 1)
    // One item fails attributes 1 and 2; the rest fail one each.
    const ids = distinctInts(rng, k1 + k2 + k3 - 1, 1, ns).sort((x, y) => x - y)
    const fails: string[][] = ids.map(() => [])
    const order = rng.shuffle([...ids.keys()])
    const both = order[0]!
    fails[both]!.push('approval', 'price')
    let at = 1
    for (let j = 1; j < k1; j++) fails[order[at++]!]!.push('approval')
    for (let j = 1; j < k2; j++) fails[order[at++]!]!.push('price')
    for (let j = 0; j < k3; j++) fails[order[at++]!]!.push('receipt')
    const udl = (k: number, lvl = 95) => div(h(POISSON[lvl]![k]!), ns)
    const pooled = ids.length
    const failures = k1 + k2 + k3
    const listText = ids.map((id, j) => `no. ${id} (${fails[j]!.join(' and ')})`).join('; ')
    return {
      stem: `A sample of ${ns} purchase orders tests three attributes of the ordering control: approval by the budget holder, price agreed to the contract, and a goods receipt matched before payment. The exceptions were: ${listText}. The firm evaluates each attribute separately, relying on the control only if every attribute’s upper deviation limit (the Poisson factor for its deviations ÷ the sample size, at 95% confidence) is within the tolerable rate. Its factors ${UP_TO(7)} are: ${factors(95, 7)}; ${factors(90, 7)}. What is the highest upper deviation limit among the three attributes, ${PCT2}?`,
      show: pct2,
      figures: { ns, k1, k2, k3 },
      key: udl(k2),
      wrong: [
        [udl(pooled), 'counts every order with an exception as one deviation'],
        [udl(failures), 'adds the exceptions of all three attributes'],
        [add(frac(k2, ns), udl(k2)), 'adds the sample deviation rate to the factor ÷ sample size'],
        [frac(k2, ns), 'gives the highest sample deviation rate'],
        [udl(k2, 90), 'uses the 90% factor'],
        [udl(k1), 'evaluates only the approval attribute'],
      ],
    }
  }),
  apart('controls-potential-misstatement-from-a-control-deficiency', (rng) => {
    const ns = rng.int(40, 80)
    const k = rng.int(2, 3)
    const Y = rng.int(800, 3000) * 10000
    const X = Math.round((Y * rng.int(55, 80)) / 100000) * 1000
    const avg = rng.int(8000, 30000)
    const s = Math.round(ns * avg * (rng.int(90, 110) / 100))
    const dv = Math.round(k * avg * (rng.int(65, 90) / 100))
    const udl = (lvl: number) => div(h(POISSON[lvl]![k]!), ns)
    const t = rng.int(Math.floor((100 * k) / ns) + 1, Math.ceil(num(udl(95)) * 100) - 1)
    if (t <= (100 * k) / ns || t >= num(udl(95)) * 100) rest()
    if (dv * ns >= k * s) rest()
    return {
      stem: `Purchase invoices of $5,000 or more need a second approval. This year’s purchases of ${dol(Y)} include ${dol(X)} of such invoices, all subject to the control. A sample of ${ns} of them, totalling ${dol(s)}, found ${k} without the second approval, totalling ${dol(dv)}; the tolerable deviation rate was ${t}%. The firm measures the potential misstatement from a control deficiency as the upper deviation limit (the Poisson factor for the deviations found ÷ the sample size, at 95% confidence) × the value of the transactions subject to the control. Its factors ${UP_TO(3)} are: ${factors(99, 3)}; ${factors(95, 3)}; ${factors(90, 3)}. What is the potential misstatement, ${CENTS}?`,
      show: money,
      figures: { ns, k, Y, X, s, dv, t },
      key: mul(udl(95), X),
      wrong: [
        [mul(udl(95), Y), 'applies the limit to all purchases'],
        [mul(udl(99), X), 'uses the 99% factor'],
        [mul(add(frac(k, ns), udl(95)), X), 'adds the sample deviation rate to the limit'],
        [mul(frac(k, ns), X), 'applies the sample deviation rate'],
        [mul(pc(t), X), 'applies the tolerable deviation rate'],
        [mul(frac(dv, s), X), 'projects the value of the unapproved invoices found'],
      ],
    }
  }),
  patient(
    apart('controls-reliance-from-the-upper-limit-sets-the-substantive-sample', (rng) => {
      const k = rng.int(1, 2)
      const nc = k === 1 ? rng.int(48, 94) : rng.int(64, 120)
      const udl = div(h(POISSON[95]![k]!), nc)
      if (num(udl) <= 0.05 || num(udl) > 0.1) rest()
      const BV = rng.int(400, 1500) * 10000 + rng.int(0, 9999)
      const TM = Math.round((BV * rng.int(30, 50)) / 1000000) * 1000
      const EM = Math.round((TM * rng.int(10, 25)) / 100000) * 1000
      const kk = rng.int(4, 9)
      const Xc = Math.round(TM / 2000) * 1000
      const K = Array.from({ length: kk }, () => rng.int(Xc + 1, Xc * 4)).reduce((s, x) => s + x, 0)
      if (K > BV / 2) rest()
      const size = (pop: number, cf: number, exp: Fraction) =>
        ceil(div(mul(pop, h(cf)), sub(TM, mul(EM, exp))))
      return {
        stem: `The test of the controls over revenue found ${k === 1 ? 'one deviation' : 'two deviations'} in ${nc} items. The firm’s reliance bands: an upper deviation limit (the 95% Poisson factor for the deviations ÷ the sample size; factors 3.00, 4.75 and 6.30 for 0, 1 and 2 deviations) of 5% or less supports high reliance, above 5% up to 10% moderate reliance, and above 10% none. In the monetary unit sample of receivables, high reliance means a confidence factor of 1.61 and an expansion factor of 1.3, moderate reliance 2.31 and 1.5, and no reliance 3.00 and 1.6. Receivables of ${dol(BV)} include ${kk} balances over ${dol(Xc)}, totalling ${dol(K)}, confirmed in full; tolerable misstatement is ${dol(TM)} and the expected misstatement ${dol(EM)}. The sample size is the population sampled × the confidence factor ÷ (tolerable misstatement − expected misstatement × the expansion factor), rounded up. How many selections will the sample make, not counting the balances confirmed in full?`,
        show: items,
        figures: { k, nc, BV, TM, EM, kk, Xc, K },
        key: size(BV - K, 231, h(150)),
        wrong: [
          [
            size(BV - K, 231, h(231)),
            'multiplies the expected misstatement by the confidence factor',
          ],
          [size(BV, 231, h(150)), 'samples the balances confirmed in full as well'],
          [size(BV - K, 300, h(160)), 'places no reliance on the controls'],
          [size(BV - K, 231, frac(1)), 'leaves the expected misstatement unexpanded'],
          [size(BV - K, 161, h(130)), 'places the band by the sample deviation rate'],
          [size(BV - K, 231, frac(0)), 'leaves out the expected misstatement'],
        ],
      }
    }),
  ),
  apart('controls-approval-authority-deviations-in-a-sample', (rng) => {
    // Each invoice: amount and tax in cents, approver level (0 manager, 1 director, 2 CFO),
    // supplier and day of the month.
    type Inv = { amt: number; tax: number; lvl: number; sup: number; day: number }
    const taxOf = (amt: number) => Math.round((amt * 8) / 108)
    const inv = (amt: number, lvl: number, sup: number, day: number): Inv => ({
      amt,
      tax: taxOf(amt),
      lvl,
      sup,
      day,
    })
    const c = (lo: number, hi: number) => rng.int(lo * 100, hi * 100)
    const sDay = rng.int(3, 20)
    const half = rng.int(5200, 8800)
    const wHalf = rng.int(5200, 8800)
    const list: Inv[] = [
      inv(c(12000, 48000), 0, 1, rng.int(1, 28)),
      inv(c(52000, 120000), 1, 2, rng.int(1, 28)),
      inv(half * 100 + rng.int(0, 99), 0, 3, sDay),
      inv(c(10500 - half + 200, 9900), 0, 3, sDay),
      inv(c(10001, 10700), 0, 4, rng.int(1, 28)),
      inv(c(2000, 9500), 1, 5, rng.int(1, 28)),
      inv(c(12000, 48000), 2, 6, rng.int(1, 28)),
      inv(1000000, 0, 7, rng.int(1, 28)),
      inv(wHalf * 100 + rng.int(0, 99), 0, 8, sDay),
      inv(c(10500 - wHalf + 200, 9900), 0, 8, sDay + rng.int(2, 4)),
    ]
    const L = rng.shuffle(list)
    const deviations = (o: {
      higher?: boolean
      strict?: boolean
      split?: 'day' | 'none' | 'week'
      net?: boolean
      larger?: boolean
    }) => {
      const base = (x: Inv) => (o.net ? x.amt - x.tax : x.amt)
      const judged = (x: Inv) => {
        if (o.split === 'none') return base(x)
        return L.filter(
          (y) =>
            y.sup === x.sup &&
            (o.split === 'week' ? Math.abs(y.day - x.day) <= 6 : y.day === x.day),
        ).reduce((s, y) => s + base(y), 0)
      }
      const limits = [1000000, 5000000]
      const needed = (x: Inv) => {
        const v = judged(x)
        return o.strict
          ? v >= limits[1]!
            ? 2
            : v >= limits[0]!
              ? 1
              : 0
          : v > limits[1]!
            ? 2
            : v > limits[0]!
              ? 1
              : 0
      }
      // Counting only the larger invoice of a same-day pair keeps one of each split.
      const kept = (x: Inv) =>
        !o.larger || !L.some((y) => y !== x && y.sup === x.sup && y.day === x.day && y.amt > x.amt)
      const bad = L.filter((x) => (o.higher ? x.lvl !== needed(x) : x.lvl < needed(x)) && kept(x))
      return frac(
        bad.reduce((s, x) => s + base(x), 0),
        100,
      )
    }
    const key = deviations({ split: 'day' })
    const fig: Record<string, number> = {}
    L.forEach((x, j) => {
      fig[`amt${j}`] = x.amt
      fig[`tax${j}`] = x.tax
      fig[`lvl${j}`] = x.lvl
      fig[`sup${j}`] = x.sup
      fig[`day${j}`] = x.day
    })
    const who = ['a manager', 'a director', 'the CFO']
    return {
      stem: `The client’s authority matrix lets a manager approve purchase invoices up to $10,000.00, a director up to $50,000.00 and only the CFO above that, the limits applying to amounts including sales tax; a higher approver may approve any lower amount. Invoices from one supplier dated the same day are judged on their combined amount. A sample of purchase invoices for March (amount including tax, tax, approver) found: ${L.map((x, j) => `${j + 1}. supplier ${String.fromCharCode(64 + x.sup)}, March ${x.day}, ${$c(x.amt)} (tax ${$c(x.tax)}), approved by ${who[x.lvl]}`).join('; ')}. What is the total value, including tax, of the invoices whose approval is a deviation, ${CENTS}?`,
      show: money,
      figures: fig,
      key,
      wrong: [
        [
          deviations({ split: 'day', higher: true }),
          'treats approval above the required level as a deviation',
        ],
        [
          deviations({ split: 'day', strict: true }),
          'takes an amount equal to a limit as above it',
        ],
        [deviations({ split: 'week' }), 'combines one supplier’s invoices within a week'],
        [deviations({ split: 'none' }), 'judges the split invoices one by one'],
        [deviations({ split: 'day', net: true }), 'applies the limits to amounts before tax'],
        [
          deviations({ split: 'day', larger: true }),
          'counts only the larger invoice of the split pair',
        ],
      ],
    }
  }),
  apart('controls-late-approval-deviation-rate-in-working-days', (rng) => {
    const ns = rng.pick([25, 40, 60])
    const N = rng.int(600, 2500)
    const used = new Set<number>()
    // A posting day whose next `span` days hold no holiday, on an allowed weekday.
    const posting = (span: number, days: readonly number[]): number => {
      for (let tries = 0; tries < 500; tries++) {
        const d = rng.int(5, 355)
        if (!isWorking(d) || !days.includes(weekday(d)) || used.has(d)) continue
        let clear = true
        for (let j = 1; j <= span; j++) if (isHoliday(d + j)) clear = false
        if (!clear) continue
        used.add(d)
        return d
      }
      return rest()
    }
    type Entry = { p: number; s: number; a: number }
    const entries: Entry[] = []
    const l1 = rng.int(1, 2)
    for (let j = 0; j < l1; j++) {
      const p = posting(12, [1, 2, 3, 4, 5])
      entries.push({ p, s: p, a: after(p, rng.int(5, 7)) })
    }
    for (let j = 0; j < 2; j++) {
      const p = posting(5, [1, 2])
      entries.push({ p, s: p, a: after(p, 3) })
    }
    {
      const p = posting(8, [1])
      entries.push({ p, s: after(p, 2), a: after(p, 4) })
    }
    const w = rng.int(1, 2)
    for (let j = 0; j < w; j++) {
      const p = posting(6, [4, 5])
      entries.push({ p, s: p, a: after(p, 2) })
    }
    const eves = rng.shuffle(
      HOLIDAY_DAYS.map((d) => d - 1).filter((d) => isWorking(d) && !isHoliday(d) && d > 1),
    )
    for (const p of eves.slice(0, 2)) entries.push({ p, s: p, a: after(p, 2) })
    {
      const p = posting(4, [1, 2, 3])
      entries.push({ p, s: p, a: after(p, 2) })
    }
    const E = [...entries].sort((x, y) => x.p - y.p)
    const late = (rule: (e: Entry) => boolean) => E.filter(rule).length
    const key = late((e) => e.a > after(e.p, 2))
    const fig: Record<string, number> = { ns, N }
    E.forEach((e, j) => {
      fig[`p${j}`] = e.p
      fig[`s${j}`] = e.s
      fig[`a${j}`] = e.a
    })
    return {
      stem: `Manual journal entries must be approved within two working days after posting: the posting day is not counted, weekends and the company’s 2026 holidays (${HOLIDAY_TEXT}) are not working days, and an entry approved by the end of the second working day after posting complies. A sample of ${ns} of the year’s ${n(N)} manual entries found every entry approved on its posting day except these: ${E.map((e, j) => `${j + 1}. posted ${dateText(e.p)}, ${e.s === e.p ? '' : `submitted for approval ${dateText(e.s)}, `}approved ${dateText(e.a)}`).join('; ')}. What is the sample deviation rate, ${PCT2}?`,
      show: pct2,
      figures: fig,
      key: frac(key, ns),
      wrong: [
        [
          frac(
            late((e) => e.a - e.p > 2),
            ns,
          ),
          'counts calendar days',
        ],
        [
          frac(
            late((e) => e.a > after(e.p, 2, isWeekday)),
            ns,
          ),
          'ignores the holidays',
        ],
        [
          frac(
            late((e) => e.a > after(e.p, 1)),
            ns,
          ),
          'counts the posting day as the first working day',
        ],
        [
          frac(
            late((e) => e.a > after(e.s, 2)),
            ns,
          ),
          'counts from the submission date',
        ],
        [
          frac(
            late((e) => e.a > after(e.p, 3)),
            ns,
          ),
          'counts only the working days strictly between posting and approval',
        ],
        [frac(key, N), 'divides by the population of entries'],
        [frac(key, E.length), 'divides by the exceptions listed'],
      ],
    }
  }),
  apart('controls-review-threshold-variances-not-investigated', (rng) => {
    const T = rng.pick([10000, 15000, 20000, 25000])
    const P = rng.pick([5, 8, 10])
    // Thresholds and variances in hundredths of a dollar, so every comparison is exact.
    const thr = (base: number, greater = false) =>
      greater ? Math.max(100 * T, base * P) : Math.min(100 * T, base * P)
    // Budgets (B) and actuals (A) in whole dollars, each line built for one reading of the rule.
    const big = () => Math.ceil((T * 100) / P) + rng.int(20000, 200000) // P% of budget above T
    const small = () => rng.int(Math.ceil((T * 100) / P / 3), Math.floor((T * 100) / P) - 20000) // P% below T
    type Line = { B: number; A: number; doc: boolean }
    const lines: Line[] = []
    {
      const B = big()
      lines.push({ B, A: B + rng.int(T + 1000, Math.floor((B * P) / 100) + 5000), doc: true })
    }
    {
      const B = big()
      const hi = Math.floor((B * P) / 100) - 500
      if (hi <= T + 1000) rest()
      lines.push({ B, A: B + rng.int(T + 500, hi), doc: false })
    }
    {
      const B = small()
      const lo = Math.ceil((B * P) / 90) + 100
      if (lo > T - 500) rest()
      const v = rng.int(lo, T - 500)
      lines.push({ B, A: B + v, doc: false })
    }
    {
      const B = big()
      lines.push({
        B,
        A: B - rng.int(Math.floor((B * P) / 100) + 1000, Math.floor((B * P) / 100) + 30000),
        doc: false,
      })
    }
    {
      const B = big()
      lines.push({ B, A: B + T, doc: false })
    }
    {
      const B = small()
      lines.push({ B, A: B - rng.int(500, Math.floor((B * P) / 200)), doc: false })
    }
    {
      const B = big()
      lines.push({ B, A: B - rng.int(T + 1000, T + 20000), doc: true })
    }
    {
      // Favourable, within P% of budget but over P% of actual, and within T.
      const B = small()
      const v = Math.floor((B * P) / 100) - rng.int(0, 200)
      const A = B - v
      if (v <= (A * P) / 100 || v >= T) rest()
      lines.push({ B, A, doc: false })
    }
    const L = rng.shuffle(lines)
    const v = (x: Line) => 100 * Math.abs(x.A - x.B)
    const flagged = (o: {
      greater?: boolean
      adverse?: boolean
      atOrAbove?: boolean
      docs?: boolean
      actual?: boolean
      excess?: boolean
    }) =>
      frac(
        L.filter((x) => {
          const t = thr(o.actual ? x.A : x.B, o.greater)
          const over = o.atOrAbove ? v(x) >= t : v(x) > t
          return over && (o.docs || !x.doc) && (!o.adverse || x.A > x.B)
        }).reduce((s, x) => s + (o.excess ? v(x) - thr(x.B) : v(x)), 0),
        100,
      )
    const key = flagged({})
    const wrong: [Fraction, string][] = [
      [flagged({ atOrAbove: true }), 'takes a variance equal to the threshold as over it'],
      [flagged({ docs: true }), 'includes the lines investigated and documented'],
      [flagged({ actual: true }), 'takes the percentage of actual spend'],
      [flagged({ greater: true }), 'uses the greater of the two thresholds'],
      [flagged({ adverse: true }), 'looks only at spending over budget'],
      [flagged({ excess: true }), 'counts only the part of each variance over the threshold'],
    ]
    const fig: Record<string, number> = { T, P }
    L.forEach((x, j) => {
      fig[`B${j}`] = x.B
      fig[`A${j}`] = x.A
      fig[`d${j}`] = x.doc ? 1 : 0
    })
    return {
      stem: `The finance director’s monthly review of operating expenses must investigate and document every line whose actual spend differs from budget, either way, by more than the lesser of ${dol(T)} and ${P}% of the line’s budget. For one month the auditor reperforms the review on these lines (budget, actual, explanation on file): ${L.map((x, j) => `${j + 1}. ${dol(x.B)}, ${dol(x.A)}, ${x.doc ? 'yes' : 'no'}`).join('; ')}. What is the total of the variances (taken without sign) that needed investigation but have no explanation on file, ${CENTS}?`,
      show: money,
      figures: fig,
      key,
      wrong,
    }
  }),
]
