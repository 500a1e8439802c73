import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { COMP_PRACTICES } from './comp-practices.js'
import { bp, cap, drawn, employer, family, figure, money, pct, person, symbol } from './hrm-text.js'

// Salary structure arithmetic (WorldatWork, Base pay administration): compa-ratio = salary ÷
// range midpoint; range penetration = (salary − minimum) ÷ (maximum − minimum); range spread =
// (maximum − minimum) ÷ minimum; midpoint progression = (higher grade’s midpoint − lower
// grade’s) ÷ lower grade’s; a group compa-ratio = total salaries ÷ total midpoints. Merit
// matrices, caps at the range maximum, promotion to a grade minimum, pro-rating and sequential
// increases follow the policy each stem states. The UK gender pay gap is (men’s mean (median)
// hourly pay − women’s) ÷ men’s (Equality Act 2010 (Gender Pay Gap Information) Regulations
// 2017, regs 8 and 9). Money is held in integer cents, rates in basis points.

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

/** A range: minimum, midpoint and maximum in cents from a midpoint and a spread (bp). */
const range = (mid: number, spread: number) => {
  const min = Math.round((2 * mid * 10000) / (20000 + spread))
  return { min, mid, max: 2 * mid - min }
}

export const COMP_FAMILIES: readonly ScenarioFamily[] = [
  family('compa-ratio', (rng) => {
    const $ = symbol(rng)
    const r = range(drawn(rng, 4000000, 12000000, 50000), rng.pick([4000, 5000, 6000]))
    const s = drawn(rng, r.min + 100000, r.max - 100000, 5000)
    return figure(rng, pct(1), {
      stem: `${person(rng)} earns ${money($)(s)} in a grade whose range is ${money($)(r.min)} to ${money($)(r.max)} with a midpoint of ${money($)(r.mid)}. What is their compa-ratio?`,
      in: { s, ...r },
      key: s / r.mid,
      wrong: [
        ['byMin', s / r.min, 'divides by the range minimum'],
        ['byMax', s / r.max, 'divides by the range maximum'],
        ['inverted', r.mid / s, 'divides the midpoint by the salary'],
        ['penetration', (s - r.min) / (r.max - r.min), 'gives the range penetration'],
        [
          'lowerHalf',
          (s - r.min) / (r.mid - r.min),
          'measures against the lower half of the range',
        ],
      ],
    })
  }),
  family('range-penetration', (rng) => {
    const $ = symbol(rng)
    const r = range(drawn(rng, 4000000, 12000000, 50000), rng.pick([4000, 5000, 6000]))
    const s = drawn(rng, r.min + 100000, r.max - 100000, 5000)
    return figure(rng, pct(1), {
      stem: `A grade at ${employer(rng)} runs from ${money($)(r.min)} to ${money($)(r.max)} (midpoint ${money($)(r.mid)}). ${person(rng)} earns ${money($)(s)}. What is their range penetration?`,
      in: { s, ...r },
      key: (s - r.min) / (r.max - r.min),
      wrong: [
        ['overMax', s / r.max, 'divides the salary by the maximum'],
        [
          'aboveMinOverMax',
          (s - r.min) / r.max,
          'divides the distance above minimum by the maximum',
        ],
        [
          'toMidpoint',
          (s - r.min) / (r.mid - r.min),
          'measures against the lower half of the range only',
        ],
        ['compa', s / r.mid, 'gives the compa-ratio'],
      ],
    })
  }),
  family('range-spread', (rng) => {
    const $ = symbol(rng)
    const r = range(drawn(rng, 4000000, 12000000, 50000), drawn(rng, 3000, 7000, 10))
    return figure(rng, pct(1), {
      stem: `A salary range at ${employer(rng)} has a minimum of ${money($)(r.min)}, a midpoint of ${money($)(r.mid)} and a maximum of ${money($)(r.max)}. What is its range spread?`,
      in: { ...r },
      key: (r.max - r.min) / r.min,
      wrong: [
        ['overMax', (r.max - r.min) / r.max, 'divides the width by the maximum'],
        ['overMid', (r.max - r.min) / r.mid, 'divides the width by the midpoint'],
        ['ratio', r.max / r.min, 'gives the maximum over the minimum'],
        ['halfWidth', (r.max - r.mid) / r.min, 'measures only the upper half of the range'],
        ['inverted', r.min / r.max, 'divides the minimum by the maximum'],
        ['maxOverMid', r.max / r.mid, 'gives the maximum as a share of the midpoint'],
      ],
    })
  }),
  family('midpoint-progression', (rng) => {
    const $ = symbol(rng)
    const mid1 = drawn(rng, 4000000, 9000000, 50000)
    const mid2 = Math.round((mid1 * (10000 + drawn(rng, 800, 2000, 50))) / 10000 / 50000) * 50000
    const a = range(mid1, 4000)
    const b = range(mid2, 5000)
    if (mid2 <= mid1) throw new VariantError('midpoints out of order')
    return figure(rng, pct(1), {
      stem: `At ${employer(rng)}, grade 4 runs ${money($)(a.min)} to ${money($)(a.max)} (midpoint ${money($)(a.mid)}) and grade 5 runs ${money($)(b.min)} to ${money($)(b.max)} (midpoint ${money($)(b.mid)}). What is the midpoint progression from grade 4 to grade 5?`,
      in: { mid1, mid2, min1: a.min, max1: a.max, max2: b.max },
      key: (mid2 - mid1) / mid1,
      wrong: [
        ['overHigher', (mid2 - mid1) / mid2, 'divides by the higher grade’s midpoint'],
        ['overMin', (mid2 - mid1) / a.min, 'divides by the lower grade’s minimum'],
        ['maxima', (b.max - a.max) / a.max, 'compares the range maxima'],
        ['ratio', mid2 / mid1, 'gives the ratio of the midpoints'],
        ['minima', (b.min - a.min) / a.min, 'compares the range minima'],
        ['overSum', (mid2 - mid1) / (mid1 + mid2), 'divides by the sum of the midpoints'],
      ],
    })
  }),
  family('merit-matrix-increase', (rng) => {
    const $ = symbol(rng)
    const M = [
      [600, 500, 350],
      [450, 350, 200],
      [200, 100, 0],
    ]
    const rows = ['exceeds', 'meets', 'partly meets']
    const row = rng.int(0, 1)
    const col = rng.int(0, 2)
    const mid = drawn(rng, 4000000, 10000000, 50000)
    const lo = [0.8, 0.9, 1.1][col]!
    const hi = [0.9, 1.1, 1.2][col]!
    const s = drawn(rng, Math.ceil(mid * lo) + 10000, Math.floor(mid * hi) - 10000, 5000)
    const at = (r: number, c: number) => s + Math.round((s * M[r]![c]!) / 10000)
    const wrong: [string, number, string][] = [
      ['rowBelow', at(row + 1, col), 'reads the row one rating lower'],
      [
        'onMidpoint',
        s + Math.round((mid * M[row]![col]!) / 10000),
        'applies the percentage to the midpoint',
      ],
    ]
    if (col > 0)
      wrong.push(['bandLeft', at(row, col - 1), 'reads the band for a lower compa-ratio'])
    if (col < 2)
      wrong.push(['bandRight', at(row, col + 1), 'reads the band for a higher compa-ratio'])
    if (row > 0) wrong.push(['rowAbove', at(row - 1, col), 'reads the row one rating higher'])
    wrong.push(['noIncrease', s, 'gives the current salary, as if no increase were due'])
    if (col !== 1)
      wrong.push([
        'bandsReversed',
        at(row, 2 - col),
        'reads the compa-ratio bands in reverse order',
      ])
    return figure(rng, money($), {
      stem: `${cap(employer(rng))}’s merit matrix (increase by rating, then compa-ratio under 90% / 90%–110% / over 110%): exceeds ${M[0]!.map(bp).join(' / ')}; meets ${M[1]!.map(bp).join(' / ')}; partly meets ${M[2]!.map(bp).join(' / ')}. ${person(rng)} is rated “${rows[row]}”, earns ${money($)(s)} and the range midpoint is ${money($)(mid)}. What is their new salary?`,
      in: { s, mid, row, col },
      key: at(row, col),
      wrong,
    })
  }),
  family('merit-over-range-maximum-as-lump-sum', (rng) => {
    const $ = symbol(rng)
    const r = range(drawn(rng, 4000000, 10000000, 50000), 5000)
    const p = rng.pick([300, 350, 400, 450, 500])
    const s = r.max - drawn(rng, 20000, Math.floor((r.max * p) / 10000) - 20000, 1000)
    const raised = s + Math.round((s * p) / 10000)
    return figure(rng, money($), {
      stem: `${cap(employer(rng))} caps base pay at the range maximum of ${money($)(r.max)} and pays any merit increase above it as a one-off lump sum. ${person(rng)} earns ${money($)(s)} and is awarded ${bp(p)}. What lump sum is paid?`,
      in: { s, max: r.max, mid: r.mid, p },
      key: raised - r.max,
      wrong: [
        ['fullIncrease', raised - s, 'pays the whole increase as a lump sum'],
        ['baseRoom', r.max - s, 'pays the room left in the range'],
        [
          'onRoom',
          Math.round(((r.max - s) * p) / 10000),
          'applies the percentage to the room left in the range',
        ],
        ['twice', 2 * (raised - r.max), 'counts the excess twice, in base and in lump sum'],
        [
          'percentOfExcess',
          Math.round(((raised - r.max) * p) / 10000),
          'applies the percentage to the excess over the maximum',
        ],
        ['nothing', 0, 'pays nothing, reading the cap as ending the increase'],
      ],
    })
  }),
  family('pro-rated-salary-for-a-part-month', (rng) => {
    const $ = symbol(rng)
    const m = rng.int(0, 11)
    const dim = new Date(Date.UTC(2026, m + 1, 0)).getUTCDate()
    const j = drawn(rng, 5, dim - 6)
    const wd = (from: number) => {
      let k = 0
      for (let d = from; d <= dim; d++) {
        const w = new Date(Date.UTC(2026, m, d)).getUTCDay()
        if (w !== 0 && w !== 6) k++
      }
      return k
    }
    const w = wd(j)
    const W = wd(1)
    const monthly = drawn(rng, 300000, 900000, 1000)
    const name = new Date(Date.UTC(2026, m, 1)).toLocaleString('en-US', {
      month: 'long',
      timeZone: 'UTC',
    })
    return figure(rng, money($), {
      stem: `${person(rng)} joins ${employer(rng)} on ${name} ${j}, 2026 on ${money($)(monthly)} a month. The policy pro-rates a part month by working days (Monday to Friday; no public holiday that month). What is their pay for ${name}?`,
      in: { monthly, m, j },
      key: Math.round((monthly * w) / W),
      wrong: [
        ['calendar', Math.round((monthly * (dim - j + 1)) / dim), 'pro-rates by calendar days'],
        [
          'thirty',
          Math.round((monthly * (dim - j + 1)) / 30),
          'pro-rates calendar days over a 30-day month',
        ],
        [
          'average',
          Math.round((monthly * w * 12) / 260),
          'uses an average month of 21.67 working days',
        ],
        [
          'daysGone',
          Math.round((monthly * (W - w)) / W),
          'pays for the working days before joining',
        ],
      ],
    })
  }),
  family('part-time-pro-rated-salary', (rng) => {
    const $ = symbol(rng)
    const ft = rng.pick([37.5, 35, 40])
    const s = drawn(rng, 3000000, 8000000, 50000)
    const d = rng.pick([2, 3, 4])
    const e = rng.pick([6, 7, 8, 9].filter((x) => x !== ft / 5))
    const h = d * e
    return figure(rng, money($), {
      stem: `The full-time salary for a role at ${employer(rng)} is ${money($)(s)} for a ${ft}-hour week over five days. ${person(rng)} will work ${d} days of ${e} hours. What is the pro-rated salary?`,
      in: { s, ft, d, e },
      key: Math.round((s * h) / ft),
      wrong: [
        ['byDays', Math.round((s * d) / 5), 'pro-rates by days, not hours'],
        [
          'fortyHours',
          Math.round((s * h) / (ft === 40 ? 37.5 : 40)),
          ft === 40 ? 'uses a 37.5-hour week' : 'uses a 40-hour week',
        ],
        ['half', Math.round(s / 2), 'pays every part-timer half the salary'],
        ['daysOfEight', Math.round((s * d * 8) / ft), 'takes each day as eight hours'],
      ],
    })
  }),
  family('group-compa-ratio', (rng) => {
    const $ = symbol(rng)
    const n = drawn(rng, 3, 5)
    const mids = Array.from({ length: n }, () => drawn(rng, 4000000, 9000000, 50000))
    const sals = mids.map((m) => Math.round((m * drawn(rng, 82, 118)) / 100 / 1000) * 1000)
    const ratios = sals.map((s, i) => s / mids[i]!)
    const mins = mids.map((m) => range(m, 5000).min)
    const sumS = sals.reduce((a, b) => a + b, 0)
    const sumM = mids.reduce((a, b) => a + b, 0)
    return figure(rng, pct(1), {
      stem: `A client’s team: ${sals.map((s, i) => `${money($)(s)} (midpoint ${money($)(mids[i]!)})`).join(', ')}. Each range has a 50% spread. What is the compa-ratio of the team’s payroll as a whole?`,
      in: {
        n,
        ...Object.fromEntries(
          sals.flatMap((v, i) => [
            [`s${i}`, v],
            [`m${i}`, mids[i]!],
          ]),
        ),
      },
      key: sumS / sumM,
      wrong: [
        ['meanOfRatios', mean(ratios), 'averages the individual compa-ratios'],
        ['medianRatio', median(ratios), 'takes the median compa-ratio'],
        ['byMinima', sumS / mins.reduce((a, b) => a + b, 0), 'divides by the range minima'],
        ['byTopMid', sumS / (n * Math.max(...mids)), 'uses the highest midpoint for everyone'],
      ],
    })
  }),
  family('merit-budget-as-a-share-of-payroll', (rng) => {
    const $ = symbol(rng)
    const sals = Array.from({ length: 4 }, () => drawn(rng, 3500000, 9500000, 50000))
    const ps = sals.map(() => rng.pick([0, 200, 300, 350, 400, 500, 600]))
    if (new Set(ps).size < 3) throw new VariantError('flat increases')
    const inc = sals.reduce((a, s, i) => a + Math.round((s * ps[i]!) / 10000), 0)
    const total = sals.reduce((a, b) => a + b, 0)
    return figure(rng, pct(2), {
      stem: `A client’s four staff earn ${sals.map(money($)).join(', ')} and receive merit increases of ${ps.map(bp).join(', ')} respectively. What share of the current payroll does the merit budget spend?`,
      in: Object.fromEntries(
        sals.flatMap((v, i) => [
          [`s${i}`, v],
          [`p${i}`, ps[i]!],
        ]),
      ),
      key: inc / total,
      wrong: [
        ['meanPct', mean(ps) / 10000, 'averages the percentages without weighting by pay'],
        ['ofNewPayroll', inc / (total + inc), 'divides by the payroll after the increases'],
        ['medianPct', median(ps) / 10000, 'takes the median percentage'],
        ['maxPct', Math.max(...ps) / 10000, 'gives the largest increase'],
      ],
    })
  }),
  family('hourly-rate-to-annual-salary', (rng) => {
    const $ = symbol(rng)
    const r = drawn(rng, 1500, 6500, 25)
    return figure(rng, money($), {
      stem: `A job offer from ${employer(rng)} quotes ${money($)(r)} an hour for a full-time 40-hour week, paid for 52 weeks a year. What is the equivalent annual salary on the standard 2,080-hour year?`,
      in: { r },
      key: r * 2080,
      wrong: [
        ['twoThousand', r * 2000, 'uses 2,000 hours a year'],
        ['thirtySevenHalf', r * 1950, 'uses a 37.5-hour week'],
        ['weekdays', r * 2088, 'counts 261 weekdays of eight hours'],
        ['monthly', r * 40 * 4 * 12, 'counts four weeks in every month'],
      ],
    })
  }),
  family('promotion-to-the-new-grade-minimum', (rng) => {
    const $ = symbol(rng)
    const s = drawn(rng, 3500000, 8000000, 50000)
    const p = rng.pick([500, 600, 700, 800, 1000])
    const raised = s + Math.round((s * p) / 10000)
    const min = raised + drawn(rng, 100000, 600000, 10000)
    const mid = Math.round((min * 12) / 10 / 50000) * 50000
    return figure(rng, money($), {
      stem: `${cap(employer(rng))}’s promotion policy gives ${bp(p)} or the new grade’s minimum, whichever is higher. ${person(rng)} earns ${money($)(s)} and is promoted into a grade with a minimum of ${money($)(min)} and a midpoint of ${money($)(mid)}. What is their new salary?`,
      in: { s, p, min, mid },
      key: Math.max(raised, min),
      wrong: [
        ['percentOnly', raised, 'applies the percentage and ignores the minimum'],
        [
          'minPlusPercent',
          min + Math.round((s * p) / 10000),
          'adds the percentage increase on top of the minimum',
        ],
        [
          'percentOfMin',
          min + Math.round((min * p) / 10000),
          'applies the percentage to the new minimum',
        ],
        ['halfway', Math.round((raised + min) / 2), 'splits the difference between the two'],
        ['unchanged', s, 'leaves pay unchanged until the next pay review'],
        ['toMidpoint', mid, 'moves the promoted employee to the new grade’s midpoint'],
      ],
    })
  }),
  family('cost-of-living-then-merit', (rng) => {
    const $ = symbol(rng)
    const s = drawn(rng, 3000000, 9000000, 50000)
    const a = rng.pick([200, 250, 300, 350])
    const b = rng.pick([150, 200, 300, 400])
    const first = s + Math.round((s * a) / 10000)
    const mid = Math.round((s * drawn(rng, 105, 115)) / 100 / 50000) * 50000
    return figure(rng, money($), {
      stem: `${cap(employer(rng))} applies a ${bp(a)} cost-of-living increase on January 1 and then a ${bp(b)} merit increase on April 1, each on the salary then in force. ${person(rng)} earned ${money($)(s)} (range midpoint ${money($)(mid)}). What is their salary from April 1?`,
      in: { s, a, b, mid },
      key: first + Math.round((first * b) / 10000),
      wrong: [
        [
          'added',
          s + Math.round((s * (a + b)) / 10000),
          'adds the two percentages to the old salary',
        ],
        ['meritOnly', s + Math.round((s * b) / 10000), 'gives only the merit increase'],
        [
          'meritOnMid',
          first + Math.round((mid * b) / 10000),
          'applies the merit percentage to the midpoint',
        ],
        [
          'colaTwice',
          first + Math.round((first * (a + b)) / 10000),
          'applies the cost-of-living rise again with the merit',
        ],
      ],
    })
  }),
  family('uk-gender-pay-gap-mean', (rng) => {
    const men = Array.from({ length: 5 }, () => drawn(rng, 1200, 4000, 5))
    const women = Array.from({ length: 5 }, () => drawn(rng, 1000, 3000, 5))
    const M = mean(men)
    const F = mean(women)
    if (F >= M || median(women) >= median(men)) throw new VariantError('no gap')
    return figure(rng, pct(1), {
      stem: `A UK client’s relevant full-pay employees earn these hourly rates: men £${men.map((c) => (c / 100).toFixed(2)).join(', £')}; women £${women.map((c) => (c / 100).toFixed(2)).join(', £')}. Under regulation 8 of the Equality Act 2010 (Gender Pay Gap Information) Regulations 2017, what is the mean gender pay gap?`,
      in: { M: M * 5, F: F * 5, mm: median(men), mf: median(women) },
      key: (M - F) / M,
      wrong: [
        ['overWomen', (M - F) / F, 'divides by women’s mean pay'],
        ['median', (median(men) - median(women)) / median(men), 'gives the median gap'],
        ['overAll', (M - F) / ((M + F) / 2), 'divides by everyone’s mean pay'],
        ['ratio', F / M, 'gives women’s pay as a share of men’s'],
      ],
    })
  }),
  family('uk-gender-pay-gap-median', (rng) => {
    const men = Array.from({ length: 5 }, () => drawn(rng, 1200, 4000, 5))
    const women = Array.from({ length: 6 }, () => drawn(rng, 1000, 3000, 5))
    const M = median(men)
    const F = median(women)
    if (F >= M || mean(women) >= mean(men)) throw new VariantError('no gap')
    return figure(rng, pct(1), {
      stem: `A UK client’s relevant full-pay employees earn these hourly rates: men £${men.map((c) => (c / 100).toFixed(2)).join(', £')}; women £${women.map((c) => (c / 100).toFixed(2)).join(', £')}. Under regulation 9 of the Equality Act 2010 (Gender Pay Gap Information) Regulations 2017, what is the median gender pay gap?`,
      in: {
        M,
        F,
        sm: mean(men) * 5,
        sf: mean(women) * 6,
        lf: [...women].sort((a, b) => a - b)[2]!,
      },
      key: (M - F) / M,
      wrong: [
        ['overWomen', (M - F) / F, 'divides by women’s median pay'],
        ['mean', (mean(men) - mean(women)) / mean(men), 'gives the mean gap'],
        [
          'lowerMiddle',
          (M - [...women].sort((a, b) => a - b)[2]!) / M,
          'takes the lower of women’s two middle rates as their median',
        ],
        ['ratio', F / M, 'gives women’s median as a share of men’s'],
      ],
    })
  }),
  family('market-adjustment-to-a-target-compa-ratio', (rng) => {
    const $ = symbol(rng)
    const mid = drawn(rng, 4000000, 10000000, 50000)
    const t = rng.pick([90, 95])
    const s = Math.round((mid * drawn(rng, 78, t - 4)) / 100 / 5000) * 5000
    const target = Math.round((mid * t) / 100)
    return figure(rng, pct(2), {
      stem: `${cap(employer(rng))} brings anyone under a ${t}% compa-ratio up to ${t}% of midpoint. ${person(rng)} earns ${money($)(s)} on a midpoint of ${money($)(mid)}. What percentage increase do they get?`,
      in: { s, mid, t },
      key: (target - s) / s,
      wrong: [
        ['overMid', (target - s) / mid, 'divides the gap by the midpoint'],
        ['points', t / 100 - s / mid, 'gives the compa-ratio points gained'],
        ['toMidpoint', (mid - s) / s, 'raises pay to the midpoint itself'],
        ['overTarget', (target - s) / target, 'divides the gap by the new salary'],
        ['toMax', (Math.round(mid * 1.2) - s) / s, 'raises pay to the range maximum'],
        ['toMidOverMid', (mid - s) / mid, 'raises pay to the midpoint and divides by the midpoint'],
      ],
    })
  }),
  ...COMP_PRACTICES,
]
