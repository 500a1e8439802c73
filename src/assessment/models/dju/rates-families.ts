import { VariantError } from '../assemble-variant.js'
import {
  add,
  cap,
  change,
  DP2,
  div,
  frac,
  mul,
  n,
  onePlus,
  PCT1,
  PTS1,
  pc,
  pct,
  per,
  place,
  places,
  plain,
  points,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  worked,
} from './dju-text.js'

// Rates and comparisons. Stems name the population a rate is over and the multiplier it is shown
// per, and say whether a change is asked in percent or in percentage points, because the slips
// are the wrong denominator, the wrong power of ten, points read as percent and the wrong base.

const P100K = `per 100,000 residents, to one decimal place (a half rounded up)`

export const RATES_FAMILIES = [
  worked('rate-per-100000-residents', (rng) => {
    const pop = rng.int(80, 900) * 1000 + rng.int(0, 999)
    const prev = pop - rng.int(1500, 9000)
    const adults = Math.round((pop * rng.int(72, 81)) / 100)
    const c = rng.int(60, 1400)
    return {
      stem: `${place(rng)} recorded ${n(c)} burglaries last year. Its population was ${n(prev)} the year before and ${n(pop)} last year, of whom ${n(adults)} were adults. What was last year’s burglary rate ${P100K}?`,
      show: per(100000),
      figures: { c, pop, prev, adults },
      key: div(c, pop),
      wrong: [
        [div(c, adults), 'divides by the adult population'],
        [div(c, prev), 'divides by the previous year’s population'],
        [div(c, mul(pop, 10)), 'multiplies by 10,000 instead of 100,000'],
        [div(mul(c, 10), pop), 'multiplies by 1,000,000 instead of 100,000'],
      ],
    }
  }),
  worked('turnout-change-in-percentage-points', (rng) => {
    const reg1 = rng.int(40, 200) * 1000 + rng.int(0, 999)
    const reg2 = Math.round((reg1 * rng.int(1010, 1080)) / 1000)
    const v1 = Math.round((reg1 * rng.int(380, 620)) / 1000)
    const v2 = Math.round((reg2 * rng.int(420, 700)) / 1000)
    const t1 = div(v1, reg1)
    const t2 = div(v2, reg2)
    return {
      stem: `In ${place(rng)}, ${n(v1)} of ${n(reg1)} registered voters voted in 2020, and ${n(v2)} of ${n(reg2)} in 2024. By how much did turnout (votes ÷ registered voters) change, ${PTS1}?`,
      show: points(),
      figures: { v1, reg1, v2, reg2 },
      key: sub(t2, t1),
      wrong: [
        [change(t2, t1), 'gives the percent change in turnout'],
        [change(v2, v1), 'gives the percent change in the number of votes'],
        [sub(div(v2, reg1), t1), 'keeps 2020’s register as the base for 2024'],
        [div(sub(v2, v1), reg2), 'divides the change in votes by the new register'],
      ],
    }
  }),
  worked('percent-change-of-a-rate', (rng) => {
    const a = rng.int(30, 95)
    const step = rng.int(4, 25)
    const fell = rng.int(0, 2) === 0
    const b = fell ? a - step : a + step
    const gap = Math.abs(b - a)
    return {
      stem: `The unemployment rate in ${place(rng)} ${fell ? 'fell' : 'rose'} from ${tenthPct(a)} to ${tenthPct(b)}. By what percent did the rate ${fell ? 'fall' : 'rise'}, ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: div(gap, a),
      wrong: [
        [tenths(gap), 'gives the change in percentage points'],
        [div(gap, b), 'divides by the new rate'],
        [div(mul(2, gap), a + b), 'divides by the mean of the two rates'],
        [div(b, a), 'gives the new rate as a share of the old'],
      ],
    }
  }),
  worked('absolute-risk-from-a-relative-increase', (rng) => {
    const base = rng.int(8, 60)
    const rr = rng.int(12, 90)
    return {
      stem: `A study finds a drug raises the risk of a side effect by ${rr}% (a relative increase). Without the drug the risk is ${base} in 10,000 people. How many more cases per 10,000 people does the drug cause, to one decimal place (a half rounded up)?`,
      show: plain(1, 'per 10,000'),
      figures: { base, rr },
      key: mul(base, pc(rr)),
      wrong: [
        [mul(base, onePlus(pc(rr))), 'gives the risk with the drug, not the increase'],
        [mul(rr, 100), 'reads the relative increase as percentage points of risk'],
        [sub(base, div(base, onePlus(pc(rr)))), 'takes the baseline as already including the rise'],
        [mul(base, pc(rr), frac(1, 10)), 'gives the increase per 1,000 people'],
        [frac(base + rr), 'adds the relative percentage to the baseline as cases'],
      ],
    }
  }),
  worked('ratio-of-two-areas-rates', (rng) => {
    const [a, b] = places(rng)
    const pa = rng.int(50, 400) * 1000 + rng.int(0, 999)
    const pb = rng.int(150, 900) * 1000 + rng.int(0, 999)
    const ca = Math.round((pa * rng.int(30, 120)) / 100000)
    const cb = Math.round((pb * rng.int(20, 80)) / 100000)
    const ra = div(ca, pa)
    const rb = div(cb, pb)
    if (ra.n * rb.d <= rb.n * ra.d) return refuse()
    return {
      stem: `${a} (population ${n(pa)}) recorded ${n(ca)} road deaths over five years and ${b} (population ${n(pb)}) recorded ${n(cb)}. ${a}’s road death rate per resident is how many times ${b}’s, ${DP2}?`,
      show: plain(2, 'times'),
      figures: { pa, pb, ca, cb },
      key: div(ra, rb),
      wrong: [
        [div(ca, cb), 'compares the counts, not the rates'],
        [div(rb, ra), 'divides the rates the wrong way round'],
        [sub(div(ra, rb), 1), 'gives how many times more, less one'],
        [mul(div(ca, cb), div(pa, pb)), 'multiplies by the population ratio instead of dividing'],
      ],
    }
  }),
  worked('percent-higher-from-two-rates', (rng) => {
    const [a, b] = places(rng)
    const ra = rng.int(180, 420)
    const rb = ra - rng.int(15, 120)
    return {
      stem: `A health survey puts adult obesity at ${tenthPct(ra)} in ${a} and ${tenthPct(rb)} in ${b}. By what percent is ${a}’s rate higher than ${b}’s, ${PCT1}?`,
      show: pct(),
      figures: { ra, rb },
      key: change(ra, rb),
      wrong: [
        [frac(ra - rb, 1000), 'gives the gap in percentage points'],
        [div(ra - rb, ra), 'divides the gap by the higher rate'],
        [div(ra, rb), 'gives one rate as a percent of the other'],
        [div(mul(2, ra - rb), ra + rb), 'divides the gap by the mean of the two rates'],
        [div(rb, ra), 'gives the lower rate as a share of the higher'],
      ],
    }
  }),
  worked('change-in-a-rate-when-the-population-grows', (rng) => {
    const p1 = rng.int(200, 900) * 1000 + rng.int(0, 999)
    const p2 = Math.round((p1 * rng.int(1030, 1180)) / 1000)
    const c1 = rng.int(300, 2500)
    const c2 = Math.round((c1 * rng.int(1040, 1300)) / 1000)
    const r1 = div(c1, p1)
    const r2 = div(c2, p2)
    return {
      stem: `${place(rng)} recorded ${n(c1)} assaults in 2019 with ${n(p1)} residents and ${n(c2)} in 2024 with ${n(p2)} residents. By what percent did the assault rate per resident change, ${PCT1}?`,
      show: pct(),
      figures: { p1, p2, c1, c2 },
      key: change(r2, r1),
      wrong: [
        [change(c2, c1), 'compares the counts and ignores population growth'],
        [
          sub(change(c2, c1), change(p2, p1)),
          'subtracts the population growth from the count growth',
        ],
        [div(sub(r2, r1), r2), 'divides the change by the new rate'],
        [
          sub(mul(div(c2, c1), div(p2, p1)), 1),
          'multiplies by the population growth factor instead of dividing',
        ],
        [mul(sub(r2, r1), 1000), 'reads the change per 100,000 as a percent'],
      ],
    }
  }),
  worked('spending-per-resident', (rng) => {
    const m = rng.int(120, 990)
    const pop = rng.int(60, 400) * 1000 + rng.int(0, 999)
    const prev = pop - rng.int(1000, 8000)
    const hh = Math.round((pop * rng.int(38, 46)) / 100)
    const spend = m * 100000
    return {
      stem: `${place(rng)} budgets $${(m / 10).toFixed(1)} million for libraries. It has ${n(pop)} residents in ${n(hh)} households (last year ${n(prev)} residents). How much is that per resident, to the nearest cent (a half rounded up)?`,
      show: usd(2),
      figures: { m, pop, prev, hh },
      key: div(spend, pop),
      wrong: [
        [div(spend, hh), 'divides by households, not residents'],
        [div(spend, prev), 'divides by last year’s population'],
        [div(spend, mul(pop, 1000)), 'reads millions as thousands'],
        [div(mul(spend, 10), pop), 'reads the budget one place of ten too high'],
        [div(mul(spend, 1000), pop), 'gives spending per 1,000 residents'],
      ],
    }
  }),
  worked('per-capita-growth-from-total-and-population-growth', (rng) => {
    const g = rng.int(40, 250)
    const p = rng.int(10, g - 12)
    return {
      stem: `${cap(place(rng))}’s total health spending grew ${tenthPct(g)} over five years while its population grew ${tenthPct(p)}. By what percent did spending per resident grow, ${PCT1}?`,
      show: pct(),
      figures: { g, p },
      key: change(onePlus(tenths(g)), onePlus(tenths(p))),
      wrong: [
        [sub(tenths(g), tenths(p)), 'subtracts the growth rates'],
        [tenths(g), 'gives total spending growth'],
        [
          sub(mul(onePlus(tenths(g)), sub(1, tenths(p))), 1),
          'takes the population growth off as a discount',
        ],
        [div(tenths(g), onePlus(tenths(p))), 'divides the total growth by the population factor'],
      ],
    }
  }),
  worked('relative-risk-from-a-two-by-two-table', (rng) => {
    const n1 = rng.int(400, 3000)
    const n2 = rng.int(400, 3000)
    const a = Math.round((n1 * rng.int(80, 300)) / 1000)
    const b = Math.round((n2 * rng.int(40, 150)) / 1000)
    const r1 = div(a, n1)
    const r2 = div(b, n2)
    if (r1.n * r2.d <= r2.n * r1.d) return refuse()
    return {
      stem: `In a cohort study, ${n(a)} of ${n(n1)} night-shift workers and ${n(b)} of ${n(n2)} day workers developed sleep disorders. What is the relative risk (night-shift risk ÷ day risk), ${DP2}?`,
      show: plain(2),
      figures: { a, n1, b, n2 },
      key: div(r1, r2),
      wrong: [
        [div(div(a, n1 - a), div(b, n2 - b)), 'gives the odds ratio'],
        [div(a, b), 'compares the case counts'],
        [div(r2, r1), 'divides day risk by night-shift risk'],
        [div(div(a, n1 - a), div(b, n2)), 'takes the odds in one group and the risk in the other'],
      ],
    }
  }),
  worked('seven-day-average-per-100000', (rng) => {
    const pop = rng.int(60, 700) * 1000 + rng.int(0, 999)
    const days = Array.from({ length: 7 }, () => rng.int(20, 400))
    const sum = total(days)
    return {
      stem: `Daily flu admissions in ${place(rng)} (population ${n(pop)}) over the last week were ${days.join(', ')}. What is the seven-day average of daily admissions ${P100K}?`,
      show: per(100000),
      figures: Object.fromEntries([['pop', pop], ...days.map((d, i) => [`d${i}`, d])]),
      key: div(sum, mul(7, pop)),
      wrong: [
        [div(sum, pop), 'gives the weekly total per 100,000'],
        [div(days[6]!, pop), 'gives the latest day only'],
        [div(sum, mul(70, pop)), 'multiplies by 10,000 instead of 100,000'],
        [div(Math.max(...days), pop), 'gives the busiest day only'],
      ],
    }
  }),
  worked('rate-within-an-age-group', (rng) => {
    const pop = rng.int(100, 900) * 1000 + rng.int(0, 999)
    const old = rng.int(14, 26)
    const deaths = rng.int(400, 4000)
    const oldD = rng.int(55, 85)
    const pOld = mul(pop, pc(old))
    const dOld = mul(deaths, pc(oldD))
    return {
      stem: `${place(rng)} has ${n(pop)} residents, ${old}% of them aged 65 or over. Of ${n(deaths)} deaths from heart disease, ${oldD}% were of people aged 65 or over. What is the heart-disease death rate among residents aged 65 or over ${P100K}?`,
      show: per(100000),
      figures: { pop, old, deaths, oldD },
      key: div(dOld, pOld),
      wrong: [
        [div(dOld, pop), 'divides by all residents'],
        [div(deaths, pOld), 'counts all deaths over the older residents'],
        [div(deaths, pop), 'gives the rate for all residents'],
        [div(sub(deaths, dOld), sub(pop, pOld)), 'gives the rate for the under-65s'],
      ],
    }
  }),
  worked('annual-rate-from-part-of-a-year', (rng) => {
    const m = rng.pick([3, 4, 6, 8, 9])
    const c = rng.int(40, 900)
    const pop = rng.int(80, 800) * 1000 + rng.int(0, 999)
    return {
      stem: `${place(rng)} (population ${n(pop)}) recorded ${n(c)} car thefts in the first ${m} months of the year. At that pace, what is the annual rate ${P100K}?`,
      show: per(100000),
      figures: { m, c, pop },
      key: div(mul(c, 12), mul(m, pop)),
      wrong: [
        [div(c, pop), 'does not annualise the months reported'],
        [div(mul(c, 12), pop), 'treats the figure as one month’s'],
        [div(mul(c, m), mul(12, pop)), 'scales by the months the wrong way'],
        [div(mul(c, 12), mul(m, pop, 10)), 'multiplies by 10,000 instead of 100,000'],
      ],
    }
  }),
  worked('excess-cases-at-a-comparison-rate', (rng) => {
    const [a, b] = places(rng)
    const pa = rng.int(80, 500) * 1000 + rng.int(0, 999)
    const pb = rng.int(200, 900) * 1000 + rng.int(0, 999)
    const ca = Math.round((pa * rng.int(60, 140)) / 100000)
    const cb = Math.round((pb * rng.int(25, 55)) / 100000)
    const rb = div(cb, pb)
    return {
      stem: `${a} (population ${n(pa)}) had ${n(ca)} cases of measles; ${b} (population ${n(pb)}) had ${n(cb)}. Had ${a} had ${b}’s rate per resident, how many fewer cases would it have had, ${'to the nearest whole case (a half rounded up)'}?`,
      show: plain(0, 'cases'),
      figures: { pa, pb, ca, cb },
      key: sub(ca, mul(rb, pa)),
      wrong: [
        [frac(ca - cb), 'subtracts the counts'],
        [mul(sub(div(ca, pa), rb), pb), 'applies the rate gap to the other place’s population'],
        [mul(rb, pa), 'gives the expected cases, not the excess'],
        [mul(sub(div(ca, pa), rb), 100000), 'gives the gap per 100,000 as a count'],
        [frac(ca), 'counts every case as excess'],
      ],
    }
  }),
  worked('age-standardised-rate', (rng) => {
    const y = rng.int(20, 90) * 1000 + rng.int(0, 999)
    const o = rng.int(10, 60) * 1000 + rng.int(0, 999)
    const cy = Math.round((y * rng.int(10, 60)) / 100000)
    const co = Math.round((o * rng.int(200, 900)) / 100000)
    const wy = rng.int(70, 85)
    const ry = div(cy, y)
    const ro = div(co, o)
    return {
      stem: `${place(rng)} has ${n(y)} residents under 65 with ${n(cy)} cancer deaths and ${n(o)} aged 65 or over with ${n(co)}. Using a standard population that is ${wy}% under 65 and ${100 - wy}% aged 65 or over, what is the age-standardised death rate ${P100K}?`,
      show: per(100000),
      figures: { y, o, cy, co, wy },
      key: add(mul(ry, pc(wy)), mul(ro, pc(100 - wy))),
      wrong: [
        [div(cy + co, y + o), 'gives the crude rate'],
        [div(add(ry, ro), 2), 'averages the two age groups’ rates'],
        [add(mul(ry, pc(100 - wy)), mul(ro, pc(wy))), 'swaps the standard weights'],
        [add(ry, ro), 'adds the two age groups’ rates'],
      ],
    }
  }),
  worked('new-rate-after-a-relative-rise', (rng) => {
    const a = rng.int(40, 300)
    const x = rng.int(5, 60)
    return {
      stem: `The share of ${place(rng)}’s pupils receiving free school meals was ${tenthPct(a)}. A council report says it has since risen by ${x}% (a relative rise). What is the share now, ${PCT1}?`,
      show: pct(),
      figures: { a, x },
      key: mul(tenths(a), onePlus(pc(x))),
      wrong: [
        [add(tenths(a), pc(x)), 'adds the rise as percentage points'],
        [mul(tenths(a), pc(x)), 'gives the rise, not the new share'],
        [div(tenths(a), sub(1, pc(x))), 'divides by one less the rise'],
        [mul(tenths(a), add(1, frac(x, 1000))), 'reads the rise a place of ten too low'],
      ],
    }
  }),
]

function refuse(): never {
  throw new VariantError('the drawn figures do not order the rates as the stem says')
}
