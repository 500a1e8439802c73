import { VariantError } from '../assemble-variant.js'
import {
  add,
  change,
  DP1,
  div,
  type Fraction,
  frac,
  mul,
  n,
  onePlus,
  PCT1,
  PTS1,
  pc,
  pct,
  place,
  plain,
  points,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  worked,
} from './dju-text.js'

// Summaries that do not mislead. Stems give the raw counts behind every average and share, so
// the slips are the ones a reporter makes with a table in front of them: the mean where the
// median was asked, an average of averages, percentages added or subtracted as if they shared a
// base, a share taken of the wrong total, a rank read from the wrong column or end.

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)
const median = (xs: readonly number[]): Fraction => {
  const s = sorted(xs)
  const m = s.length >> 1
  return s.length % 2 ? frac(s[m]!) : div(s[m - 1]! + s[m]!, 2)
}
const mean = (xs: readonly number[]): Fraction => div(total(xs), xs.length)
const thousand = (x: number) => `$${n(x)}`
const ordinal = (k: number): string => {
  const tail = k % 100 >= 11 && k % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th')
  return `${k}${tail}`
}
const rankShow = (x: Fraction): string => ordinal(Number(x.n / x.d))
/** 1-based rank of `x` among `xs` from the highest (ties share the better rank). */
const rankFromTop = (xs: readonly Fraction[], x: Fraction) =>
  1 + xs.filter((y) => y.n * x.d > x.n * y.d).length
const rankFromBottom = (xs: readonly Fraction[], x: Fraction) =>
  1 + xs.filter((y) => y.n * x.d < x.n * y.d).length

export const SUMMARY_FAMILIES = [
  worked('median-pay-of-a-small-staff', (rng) => {
    const k = rng.pick([8, 10])
    const pay = Array.from({ length: k - 1 }, () => rng.int(28, 75) * 1000 + rng.int(0, 9) * 100)
    pay.push(rng.int(180, 420) * 1000)
    const shown = rng.shuffle(pay)
    const s = sorted(pay)
    const mid = k >> 1
    return {
      stem: `A charity’s accounts list its ${k} staff salaries: ${shown.map(thousand).join(', ')}. What is the median salary, to the nearest dollar (a half rounded up)?`,
      show: usd(0),
      figures: Object.fromEntries(shown.map((x, i) => [`p${i}`, x])),
      key: median(pay),
      wrong: [
        [mean(pay), 'gives the mean, pulled up by the top salary'],
        [
          div(shown[mid - 1]! + shown[mid]!, 2),
          'takes the middle of the list as printed, unsorted',
        ],
        [frac(s[mid - 1]!), 'takes the lower of the two middle salaries'],
        [frac(s[mid]!), 'takes the higher of the two middle salaries'],
      ],
    }
  }),
  worked('overall-average-from-group-averages', (rng) => {
    const pupils = [rng.int(40, 300), rng.int(300, 600), rng.int(600, 900)]
    const scores = pupils.map(() => rng.int(520, 780))
    const sum = pupils.reduce((s, p, i) => s + p * scores[i]!, 0)
    return {
      stem: `Three schools in ${place(rng)} report average test scores of ${scores.map((x) => (x / 10).toFixed(1)).join(', ')} from ${pupils.map(n).join(', ')} pupils respectively. What is the average score across all their pupils, ${DP1}?`,
      show: plain(1),
      figures: Object.fromEntries([
        ...pupils.map((x, i) => [`p${i}`, x]),
        ...scores.map((x, i) => [`s${i}`, x]),
      ]),
      key: div(sum, mul(10, total(pupils))),
      wrong: [
        [div(total(scores), 30), 'averages the three schools’ averages'],
        [div(median(scores), 10), 'gives the median of the school averages'],
        [div(scores[2]!, 10), 'takes the largest school’s average as the whole'],
        [
          div(Math.min(...scores) + Math.max(...scores), 20),
          'takes the midpoint of the lowest and highest averages',
        ],
      ],
    }
  }),
  worked('overall-rate-from-two-hospitals', (rng) => {
    const a = rng.int(200, 2500)
    const b = rng.int(200, 2500)
    const sa = Math.round((a * rng.int(850, 980)) / 1000)
    const sb = Math.round((b * rng.int(800, 960)) / 1000)
    return {
      stem: `A health trust’s two hospitals treated ${n(a)} and ${n(b)} hip-fracture patients; ${n(sa)} and ${n(sb)} of them survived 30 days. What was the trust’s 30-day survival rate, ${PCT1}?`,
      show: pct(),
      figures: { a, b, sa, sb },
      key: div(sa + sb, a + b),
      wrong: [
        [div(add(div(sa, a), div(sb, b)), 2), 'averages the two hospitals’ rates'],
        [sub(1, div(sa + sb, a + b)), 'gives the death rate, not survival'],
        [div(sa, a), 'gives the first hospital’s rate'],
        [div(sb, b), 'gives the second hospital’s rate'],
        [div(sa + sb, a + b - sa - sb), 'gives the odds of survival, not the rate'],
      ],
    }
  }),
  worked('share-of-a-total', (rng) => {
    const parts = [rng.int(200, 2500), rng.int(200, 2500), rng.int(200, 2500), rng.int(100, 900)]
    const labels = ['cars', 'vans', 'lorries', 'motorcycles']
    const t = total(parts)
    const i = rng.int(0, 2)
    return {
      stem: `Police recorded ${labels.map((l, j) => `${n(parts[j]!)} crashes involving ${l}`).join(', ')} (each crash counted once, by its main vehicle). What share of all these crashes involved ${labels[i]}, ${PCT1}?`,
      show: pct(),
      figures: Object.fromEntries(parts.map((x, j) => [`v${j}`, x]).concat([['i', i]])),
      key: div(parts[i]!, t),
      wrong: [
        [div(parts[i]!, t - parts[i]!), 'divides by the other crashes only'],
        [div(parts[i]!, t - parts[3]!), 'leaves the motorcycles out of the total'],
        [div(parts[i]!, Math.max(...parts)), 'divides by the largest group'],
        [div(t - parts[i]!, t), 'gives the share of crashes that did not involve them'],
      ],
    }
  }),
  worked('rank-by-rate-not-count', (rng) => {
    const k = 7
    const pops = Array.from({ length: k }, () => rng.int(40, 900) * 1000)
    const counts = pops.map((p) => Math.round((p * rng.int(150, 900)) / 100000))
    const rates = counts.map((c, i) => div(c, pops[i]!))
    const ranks = (j: number) => [
      rankFromTop(rates, rates[j]!),
      rankFromTop(
        counts.map((c) => frac(c)),
        frac(counts[j]!),
      ),
      rankFromBottom(rates, rates[j]!),
      rankFromTop(
        pops.map((p) => frac(p)),
        frac(pops[j]!),
      ),
    ]
    // A district whose four readings give four different ranks, so each slip shows an answer.
    const i = rng.shuffle([0, 1, 2, 3, 4, 5, 6]).find((j) => new Set(ranks(j)).size === 4)
    if (i === undefined) throw new VariantError('no district tells the readings apart')
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G']
    return {
      stem: `Seven districts report overdose deaths and population: ${names.map((x, j) => `${x} ${n(counts[j]!)} (${n(pops[j]!)})`).join(', ')}. Ranked by deaths per resident, 1st being the highest, where does district ${names[i]} rank?`,
      show: rankShow,
      figures: Object.fromEntries([
        ...pops.map((x, j) => [`p${j}`, x]),
        ...counts.map((x, j) => [`c${j}`, x]),
        ['i', i],
      ]),
      key: frac(rankFromTop(rates, rates[i]!)),
      wrong: [
        [
          frac(
            rankFromTop(
              counts.map((c) => frac(c)),
              frac(counts[i]!),
            ),
          ),
          'ranks by the death count',
        ],
        [frac(rankFromBottom(rates, rates[i]!)), 'counts the rank from the lowest'],
        [
          frac(
            rankFromTop(
              pops.map((p) => frac(p)),
              frac(pops[i]!),
            ),
          ),
          'ranks by population',
        ],
        [
          frac(
            rankFromBottom(
              counts.map((c) => frac(c)),
              frac(counts[i]!),
            ),
          ),
          'ranks by the death count from the lowest',
        ],
      ],
    }
  }),
  worked('net-change-after-a-fall-and-a-rise', (rng) => {
    const a = rng.int(12, 45)
    const b = rng.int(10, a - 2)
    const left = mul(sub(1, pc(a)), onePlus(pc(b)))
    return {
      stem: `A bus company’s weekday passengers fell ${a}% in 2023 and rose ${b}% in 2024. By what percent are passengers now below their 2022 level, ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: sub(1, left),
      wrong: [
        [pc(a - b), 'nets the two percentages off'],
        [pc(a), 'gives the first year’s fall'],
        [div(sub(1, left), left), 'takes the shortfall as a share of the 2024 level'],
        [left, 'gives the 2024 level as a share of 2022’s, not the shortfall'],
      ],
    }
  }),
  worked('average-across-two-groups-by-their-shares', (rng) => {
    const sh = rng.int(25, 75)
    const a = rng.int(700, 2400)
    const b = a + rng.int(-500, 900)
    if (Math.abs(b - a) < 60 || b < 400) throw new VariantError('the groups pay alike')
    return {
      stem: `In a survey of ${place(rng)} households, ${sh}% rent and pay an average of $${n(a)} a month for housing; the other ${100 - sh}% own and pay an average of $${n(b)}. What is the average monthly housing cost across all households, to the nearest dollar (a half rounded up)?`,
      show: usd(0),
      figures: { sh, a, b },
      key: add(mul(pc(sh), a), mul(pc(100 - sh), b)),
      wrong: [
        [div(a + b, 2), 'averages the two group averages'],
        [add(mul(pc(100 - sh), a), mul(pc(sh), b)), 'weights each group by the other’s share'],
        [mul(pc(sh), a), 'counts the renters only, weighted'],
        [frac(sh > 50 ? a : b), 'takes the larger group’s average alone'],
      ],
    }
  }),
  worked('mean-household-size-from-a-frequency-table', (rng) => {
    const f = [
      rng.int(200, 900),
      rng.int(300, 1200),
      rng.int(100, 700),
      rng.int(50, 600),
      rng.int(10, 250),
    ]
    const people = f.reduce((s, c, i) => s + c * (i + 1), 0)
    const t = total(f)
    const med = 1 + f.findIndex((_, i) => 2 * total(f.slice(0, i + 1)) > t)
    return {
      stem: `A survey of ${place(rng)} counts households by size: ${f.map((c, i) => `${n(c)} with ${i + 1}${i === 4 ? ' or more (counted as five)' : ''} ${i === 0 ? 'person' : 'people'}`).join(', ')}. What is the mean household size, to two decimal places (a half rounded up)?`,
      show: plain(2, 'people'),
      figures: Object.fromEntries(f.map((c, i) => [`f${i}`, c])),
      key: div(people, t),
      wrong: [
        [frac(med), 'gives the median size'],
        [div(people, t - f[4]!), 'drops the five-or-more households from the count only'],
        [div(people - 5 * f[4]!, t), 'drops the five-or-more households’ people only'],
        [div(people - 5 * f[4]!, t - f[4]!), 'leaves the five-or-more households out altogether'],
      ],
    }
  }),
  worked('three-month-rolling-average', (rng) => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July']
    const v = months.map(() => rng.int(150, 900))
    const m = rng.int(3, 6)
    const window = (end: number) => div(v[end]! + v[end - 1]! + v[end - 2]!, 3)
    return {
      stem: `Monthly homicides reported by a state police force were ${months.map((x, i) => `${x} ${v[i]}`).join(', ')}. What is the three-month rolling average for the three months ending in ${months[m]}, ${DP1}?`,
      show: plain(1),
      figures: Object.fromEntries([...v.map((x, i) => [`v${i}`, x]), ['m', m]]),
      key: window(m),
      wrong: [
        [window(m - 1), 'ends the window a month early'],
        [
          window(m + 1 > 6 ? m - 2 : m + 1),
          m + 1 > 6 ? 'ends the window two months early' : 'ends the window a month late',
        ],
        [div(total(v.slice(0, m + 1)), m + 1), 'averages every month to date'],
        [div(v[m]! + v[m - 1]! + v[m - 2]!, 4), 'divides the three months by four'],
      ],
    }
  }),
  worked('pay-gap-on-the-stated-base', (rng) => {
    const m = rng.int(2200, 4200)
    const w = m - rng.int(120, 900)
    return {
      stem: `A company reports median hourly pay of ${usd(2)(div(m, 100))} for men and ${usd(2)(div(w, 100))} for women. The pay gap is reported, as the law requires, as the difference as a share of men’s pay. What is the gap, ${PCT1}?`,
      show: pct(),
      figures: { m, w },
      key: div(m - w, m),
      wrong: [
        [div(m - w, w), 'divides by women’s pay'],
        [div(2 * (m - w), m + w), 'divides by the average of the two'],
        [div(w, m), 'gives women’s pay as a share of men’s'],
        [div(m, w), 'gives men’s pay as a share of women’s'],
      ],
    }
  }),
  worked('contribution-to-growth-in-points', (rng) => {
    const a0 = rng.int(200, 900)
    const b0 = rng.int(200, 900)
    const ga = rng.int(20, 200)
    const gb = rng.int(-50, 120)
    const a1 = mul(a0, onePlus(tenths(ga)))
    const t0 = a0 + b0
    return {
      stem: `Retail sales in a region were $${n(a0)} million online and $${n(b0)} million in shops. Online sales then grew ${tenthPct(ga)} and shop sales ${gb < 0 ? `fell ${tenthPct(-gb)}` : `grew ${tenthPct(gb)}`}. How many percentage points of total sales growth came from online sales, ${PTS1}?`,
      show: points(),
      figures: { a0, b0, ga, gb },
      key: div(mul(a0, tenths(ga)), t0),
      wrong: [
        [tenths(ga), 'gives online sales’ own growth'],
        [
          mul(div(a1, add(a1, mul(b0, onePlus(tenths(gb))))), tenths(ga)),
          'weights by online’s share after the growth',
        ],
        [
          div(mul(a0, tenths(ga)), add(mul(a0, tenths(ga)), mul(b0, tenths(gb)))),
          'gives online’s share of the growth',
        ],
        [
          div(add(mul(a0, tenths(ga)), mul(b0, tenths(gb))), t0),
          'gives the total growth, not online’s part of it',
        ],
      ],
    }
  }),
  worked('income-per-person-across-households', (rng) => {
    const k = 5
    const size = Array.from({ length: k }, () => rng.int(1, 6))
    const inc = Array.from({ length: k }, () => rng.int(18, 140) * 1000)
    const per = inc.map((x, i) => div(x, size[i]!))
    return {
      stem: `A reporter follows five households: ${inc.map((x, i) => `${thousand(x)} a year for ${size[i]} ${size[i] === 1 ? 'person' : 'people'}`).join('; ')}. What is the income per person across all five households, to the nearest dollar (a half rounded up)?`,
      show: usd(0),
      figures: Object.fromEntries([
        ...inc.map((x, i) => [`i${i}`, x]),
        ...size.map((x, i) => [`s${i}`, x]),
      ]),
      key: div(total(inc), total(size)),
      wrong: [
        [
          div(
            per.reduce((s, x) => add(s, x), frac(0)),
            k,
          ),
          'averages each household’s income per person',
        ],
        [div(total(inc), k), 'gives income per household'],
        [div(total(inc), mul(k, median(size))), 'divides by the median household size'],
        [median(inc), 'gives the median household’s income'],
      ],
    }
  }),
  worked('share-of-the-increase', (rng) => {
    const a0 = rng.int(100, 800)
    const b0 = rng.int(100, 800)
    const a1 = a0 + rng.int(20, 200)
    const b1 = b0 + rng.int(20, 200)
    return {
      stem: `Homelessness applications rose from ${n(a0 + b0)} to ${n(a1 + b1)}: families went from ${n(a0)} to ${n(a1)} and single adults from ${n(b0)} to ${n(b1)}. What share of the increase came from families, ${PCT1}?`,
      show: pct(),
      figures: { a0, b0, a1, b1 },
      key: div(a1 - a0, a1 + b1 - a0 - b0),
      wrong: [
        [div(a1, a1 + b1), 'gives families’ share of the new total'],
        [change(a1, a0), 'gives the growth in family applications'],
        [div(a1 - a0, a0 + b0), 'divides by the old total'],
        [div(a1 - a0, b1 - b0), 'divides by the single adults’ increase'],
        [div(a1 - a0, a1 + b1), 'divides by the new total'],
      ],
    }
  }),
  worked('new-average-after-one-more-sale', (rng) => {
    const k = rng.int(12, 60)
    const m = rng.int(180, 600) * 1000 + rng.int(0, 99) * 10
    const v = rng.int(900, 3000) * 1000
    return {
      stem: `The average price of the ${k} homes sold in a village this year was ${thousand(m)}. One more sale, at ${thousand(v)}, has just been recorded. What is the new average price, to the nearest dollar (a half rounded up)?`,
      show: usd(0),
      figures: { k, m, v },
      key: div(k * m + v, k + 1),
      wrong: [
        [div(m + v, 2), 'averages the old average with the new sale'],
        [div(k * m + v, k), 'divides by the old number of sales'],
        [add(m, div(v - m, k)), 'spreads the new sale’s pull over the old number of sales'],
        [div(k * m, k + 1), 'divides by the new count but leaves the sale out of the total'],
      ],
    }
  }),
  worked('top-tenth-against-the-rest', (rng) => {
    const top = rng.int(220, 480)
    return {
      stem: `The top 10% of earners in a country receive ${tenthPct(top)} of all income. How many times the average income of the other 90% is the average income of the top 10%, ${'to two decimal places (a half rounded up)'}?`,
      show: plain(2, 'times'),
      figures: { top },
      key: div(div(tenths(top), frac(1, 10)), div(sub(1, tenths(top)), frac(9, 10))),
      wrong: [
        [div(tenths(top), sub(1, tenths(top))), 'compares the income shares, not the averages'],
        [div(tenths(top), frac(1, 10)), 'compares with the average of everyone'],
        [div(mul(tenths(top), 10), sub(1, tenths(top))), 'divides only the top group by its size'],
        [
          sub(div(div(tenths(top), frac(1, 10)), div(sub(1, tenths(top)), frac(9, 10))), 1),
          'gives how many times more, less one',
        ],
      ],
    }
  }),
  worked('average-of-percentages-vs-pooled-change', (rng) => {
    const a0 = rng.int(50, 2000)
    const b0 = rng.int(50, 2000)
    const ga = rng.int(-300, 600)
    const gb = rng.int(-300, 600)
    const a1 = Math.round((a0 * (1000 + ga)) / 1000)
    const b1 = Math.round((b0 * (1000 + gb)) / 1000)
    const key = change(a1 + b1, a0 + b0)
    if (key.n <= 0n) throw new VariantError('the draw leaves no rise')
    return {
      stem: `A fact-checker compares two cities’ recorded thefts: ${n(a0)} to ${n(a1)} in one and ${n(b0)} to ${n(b1)} in the other. By what percent did thefts rise across the two cities together, ${PCT1}?`,
      show: pct(),
      figures: { a0, a1, b0, b1 },
      key,
      wrong: [
        [div(add(change(a1, a0), change(b1, b0)), 2), 'averages the two cities’ percent changes'],
        [add(change(a1, a0), change(b1, b0)), 'adds the two cities’ percent changes'],
        [div(a1 + b1 - a0 - b0, a1 + b1), 'divides by the new total'],
        [div(2 * (a1 + b1 - a0 - b0), a0 + a1 + b0 + b1), 'divides by the mean of the two totals'],
      ],
    }
  }),
]
