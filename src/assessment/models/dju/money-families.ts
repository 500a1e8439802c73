import { VariantError } from '../assemble-variant.js'
import {
  add,
  annualRate,
  CENT,
  cents,
  change,
  DOLLAR,
  div,
  dollars,
  frac,
  mul,
  n,
  num,
  onePlus,
  PCT1,
  pc,
  pct,
  place,
  plain,
  power,
  rest,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  worked,
} from './dju-text.js'

// Money over time and across places. Stems state the price index, the exchange rate and its
// direction, and the years a growth rate spans, because the slips are nominal figures read as
// real ones, an index ratio turned upside down, index points read as percent, a rate multiplied
// where it divides, and a span counted one year too long.

/** A consumer price index level drawn in tenths: 2451 → 245.1. */
const idx = (t: number): string => (t / 10).toFixed(1)

export const MONEY_FAMILIES = [
  worked('price-in-todays-dollars', (rng) => {
    const p = rng.int(8000, 40000) * 100 + rng.int(0, 99)
    const ca = rng.int(1300, 2200)
    const cb = ca + rng.int(150, 1200)
    const ya = rng.int(1995, 2008)
    return {
      stem: `A story on car prices quotes a family car sold new for ${dollars(p)} in ${ya}. The consumer price index was ${idx(ca)} in ${ya} and is ${idx(cb)} today. What is that price in today’s dollars, ${CENT}?`,
      show: usd(2),
      figures: { p, ca, cb },
      key: mul(cents(p), div(cb, ca)),
      wrong: [
        [mul(cents(p), div(ca, cb)), 'turns the index ratio upside down'],
        [mul(cents(p), onePlus(frac(cb - ca, 1000))), 'reads the index points gained as percent'],
        [add(cents(p), frac(cb - ca, 10)), 'adds the index points as dollars'],
        [mul(cents(p), div(cb, 1000)), 'divides by 100 instead of the base year’s index'],
        [
          div(mul(cents(p), 100), frac(ca, 10)),
          'deflates to the index base period instead of inflating to today',
        ],
      ],
    }
  }),
  worked('real-growth-from-nominal-growth-and-inflation', (rng) => {
    const g = rng.int(30, 180)
    const i = rng.int(10, g - 8)
    return {
      stem: `Average weekly pay in ${place(rng)} rose ${tenthPct(g)} in a year in which consumer prices rose ${tenthPct(i)}. By what percent did real pay rise, ${PCT1}?`,
      show: pct(),
      figures: { g, i },
      key: change(onePlus(tenths(g)), onePlus(tenths(i))),
      wrong: [
        [sub(tenths(g), tenths(i)), 'subtracts inflation from the pay rise'],
        [tenths(g), 'gives the nominal rise'],
        [sub(mul(onePlus(tenths(g)), sub(1, tenths(i))), 1), 'takes inflation off as a discount'],
        [div(tenths(g), onePlus(tenths(i))), 'deflates the rise instead of the pay level'],
      ],
    }
  }),
  worked('real-change-from-two-wages-and-a-cpi', (rng) => {
    const w1 = rng.int(2400, 5200)
    const w2 = Math.round((w1 * rng.int(1060, 1400)) / 1000)
    const c1 = rng.int(1040, 1160)
    const c2 = Math.round((c1 * rng.int(1030, 1200)) / 1000)
    return {
      stem: `A care worker’s hourly pay was ${dollars(w1)} in 2015 and ${dollars(w2)} in 2024; the consumer price index was ${idx(c1)} and ${idx(c2)}. By what percent did real hourly pay change, ${PCT1}?`,
      show: pct(),
      figures: { w1, w2, c1, c2 },
      key: change(mul(div(w2, w1), div(c1, c2)), 1),
      wrong: [
        [change(w2, w1), 'gives the nominal change'],
        [sub(change(w2, w1), change(c2, c1)), 'subtracts the price rise from the pay rise'],
        [
          change(mul(div(w2, w1), div(c2, c1)), 1),
          'inflates the pay ratio instead of deflating it',
        ],
        [sub(change(w2, w1), frac(c2 - c1, 1000)), 'reads the index points as percent'],
      ],
    }
  }),
  worked('compound-annual-growth-rate', (rng) => {
    const y0 = rng.int(2008, 2016)
    const years = rng.int(4, 9)
    const v0 = rng.int(200, 900) * 10
    const v1 = Math.round((v0 * rng.int(1300, 3200)) / 1000)
    const ratio = div(v1, v0)
    return {
      stem: `A city’s spending on temporary accommodation was $${n(v0)} thousand in ${y0} and $${n(v1)} thousand in ${y0 + years}. What was the compound annual growth rate, the rate r with (1 + r)^years = end ÷ start, ${PCT1}?`,
      show: pct(),
      figures: { v0, v1, years },
      key: annualRate(ratio, years, 1),
      wrong: [
        [div(change(v1, v0), years), 'divides the total growth by the years'],
        [annualRate(ratio, years + 1, 1), 'counts both end years, one year too many'],
        [change(v1, v0), 'gives the total growth'],
        [div(change(v1, v0), years + 1), 'averages the total growth over both end years'],
      ],
    }
  }),
  worked('conversion-at-the-rate-on-the-payment-date', (rng) => {
    const a = rng.int(40, 900) * 1000
    const then = rng.int(8200, 9600)
    const now = then + rng.int(-700, 700)
    if (Math.abs(now - then) < 80) return rest()
    return {
      stem: `A contract paid €${n(a)} in March 2023, when one US dollar bought €${(then / 10000).toFixed(4)}; today one dollar buys €${(now / 10000).toFixed(4)}. What was the payment worth in dollars on the day it was made, ${DOLLAR}?`,
      show: usd(0),
      figures: { a, then, now },
      key: div(mul(a, 10000), then),
      wrong: [
        [div(mul(a, then), 10000), 'multiplies by the euro rate instead of dividing'],
        [div(mul(a, 10000), now), 'uses today’s rate'],
        [div(mul(a, now), 10000), 'multiplies by today’s rate'],
        [div(mul(a, 20000), then + now), 'converts one payment at the mean of the two rates'],
      ],
    }
  }),
  worked('real-change-in-spending-per-resident', (rng) => {
    const s1 = rng.int(200, 900)
    const s2 = Math.round((s1 * rng.int(1100, 1500)) / 1000)
    const p1 = rng.int(80, 400) * 1000 + rng.int(0, 999)
    const p2 = Math.round((p1 * rng.int(1020, 1090)) / 1000)
    const c1 = rng.int(2000, 2600)
    const c2 = Math.round((c1 * rng.int(1040, 1200)) / 1000)
    const real = change(mul(div(s2, p2), div(p1, s1), div(c1, c2)), 1)
    return {
      stem: `${place(rng)} spent $${n(s1)} million on policing in 2018 (population ${n(p1)}, price index ${idx(c1)}) and $${n(s2)} million in 2024 (population ${n(p2)}, price index ${idx(c2)}). By what percent did real spending per resident change, ${PCT1}?`,
      show: pct(),
      figures: { s1, s2, p1, p2, c1, c2 },
      key: real,
      wrong: [
        [change(div(s2, p2), div(s1, p1)), 'leaves out inflation'],
        [change(div(mul(s2, c1), c2), s1), 'leaves out population growth'],
        [change(s2, s1), 'gives the nominal change in the total'],
        [sub(sub(change(s2, s1), change(c2, c1)), change(p2, p1)), 'subtracts both growth rates'],
      ],
    }
  }),
  worked('rebasing-an-index', (rng) => {
    const y = rng.int(2017, 2021)
    const b = rng.int(1040, 1300)
    const v = b + rng.int(-250, 250)
    if (Math.abs(v - b) < 10) throw new VariantError('the index barely moved')
    return {
      stem: `A house price index is 100 in 2015; it stood at ${idx(b)} in ${y} and at ${idx(v)} now. Rebased so that ${y} = 100, what is the index now, ${'to one decimal place (a half rounded up)'}?`,
      show: plain(1),
      figures: { b, v },
      key: div(mul(v, 100), b),
      wrong: [
        [frac(v - b + 1000, 10), 'subtracts the points above 100 instead of dividing'],
        [div(mul(v, b), 10000), 'multiplies by the new base year’s level'],
        [div(mul(b, 100), v), 'divides the base year by now'],
        [div(v, 10), 'leaves the index on its 2015 base'],
      ],
    }
  }),
  worked('inflation-rate-from-index-levels', (rng) => {
    const a = rng.int(1050, 2900)
    const b = a + rng.int(20, Math.round(a * 0.09))
    return {
      stem: `The consumer price index (base 100) went from ${idx(a)} a year ago to ${idx(b)} this month. What is the annual inflation rate, ${PCT1}?`,
      show: pct(),
      figures: { a, b },
      key: change(b, a),
      wrong: [
        [frac(b - a, 1000), 'reads the index points as percent'],
        [div(b - a, b), 'divides by this month’s index'],
        [frac(b - 1000, 1000), 'reads the index’s distance from 100 as the inflation'],
        [div(b, a), 'gives the new level as a share of the old'],
        [div(mul(2, b - a), a + b), 'divides by the mean of the two levels'],
      ],
    }
  }),
  worked('annual-flow-at-the-average-rate', (rng) => {
    const a = rng.int(20, 600) * 10000
    const avg = rng.int(7800, 9400)
    const end = avg + rng.int(150, 600) * (rng.int(0, 1) ? 1 : -1)
    return {
      stem: `A German charity’s accounts show €${n(a)} of donations from abroad over 2024. The newsroom converts a year’s flow at the year-average rate; one US dollar bought €${(avg / 10000).toFixed(4)} on average in 2024 and €${(end / 10000).toFixed(4)} at year end. What were the donations in dollars, ${DOLLAR}?`,
      show: usd(0),
      figures: { a, avg, end },
      key: div(mul(a, 10000), avg),
      wrong: [
        [div(mul(a, 10000), end), 'uses the year-end rate'],
        [div(mul(a, avg), 10000), 'multiplies by the euro rate'],
        [div(mul(a, end), 10000), 'multiplies by the year-end rate'],
        [div(mul(a, 20000), avg + end), 'averages the year-average and year-end rates'],
      ],
    }
  }),
  worked('purchasing-power-lost', (rng) => {
    const ca = rng.int(1500, 2500)
    const cb = ca + rng.int(60, 700)
    const y = rng.int(2010, 2019)
    return {
      stem: `A state benefit has been frozen at the same dollar amount since ${y}, when the consumer price index was ${idx(ca)}; it is ${idx(cb)} now. What share of its purchasing power has the benefit lost, ${PCT1}?`,
      show: pct(),
      figures: { ca, cb },
      key: sub(1, div(ca, cb)),
      wrong: [
        [change(cb, ca), 'gives the rise in prices'],
        [frac(cb - ca, 1000), 'reads the index points as percent'],
        [div(ca, cb), 'gives the purchasing power kept, not lost'],
        [div(2 * (cb - ca), ca + cb), 'divides the index rise by the mean of the two levels'],
      ],
    }
  }),
  worked('rise-needed-to-restore-real-value', (rng) => {
    const w0 = rng.int(700, 1100)
    const c0 = rng.int(1800, 2300)
    const c1 = Math.round((c0 * rng.int(1120, 1400)) / 1000)
    const w1 = Math.round((w0 * rng.int(1030, 1100)) / 1000)
    const needed = div(mul(w0, c1), c0)
    if (num(needed) <= w1 + 5) return rest()
    return {
      stem: `The minimum wage was ${dollars(w0)} an hour in 2016 (price index ${idx(c0)}) and is ${dollars(w1)} now (price index ${idx(c1)}). By what percent must it rise now to restore its 2016 real value, ${PCT1}?`,
      show: pct(),
      figures: { w0, c0, c1, w1 },
      key: change(needed, w1),
      wrong: [
        [div(sub(needed, w1), needed), 'divides the gap by the restored wage'],
        [sub(change(c1, c0), change(w1, w0)), 'subtracts the pay rise from inflation'],
        [change(c1, c0), 'gives inflation since 2016'],
        [frac(c1 - c0, 1000), 'reads the index points gained as percent'],
      ],
    }
  }),
  worked('compound-growth-projection', (rng) => {
    const v = rng.int(200, 900) * 100
    const g = rng.int(15, 80)
    const k = rng.int(3, 8)
    const grow = (years: number) => mul(v, power(onePlus(tenths(g)), years))
    return {
      stem: `${place(rng)} has ${n(v)} households. If the number grows ${tenthPct(g)} a year, compounding, how many households will it have after ${k} years, to the nearest whole household (a half rounded up)?`,
      show: plain(0, 'households'),
      figures: { v, g, k },
      key: grow(k),
      wrong: [
        [mul(v, add(1, mul(k, tenths(g)))), 'adds simple growth without compounding'],
        [grow(k - 1), 'compounds one year too few'],
        [grow(k + 1), 'compounds one year too many'],
        [div(v, power(sub(1, tenths(g)), k)), 'divides by one less the rate each year'],
        [mul(v, power(onePlus(frac(g, 10000)), k)), 'reads the rate a place of ten too low'],
      ],
    }
  }),
  worked('weighted-basket-inflation', (rng) => {
    const w = [rng.int(15, 35), rng.int(10, 25), rng.int(5, 20)]
    const last = 100 - total(w)
    const weights = [...w, last]
    const ch = weights.map(() => rng.int(5, 140))
    const labels = ['food', 'housing', 'transport', 'other goods and services']
    const weighted = weights.reduce((s, wi, i) => add(s, mul(pc(wi), tenths(ch[i]!))), frac(0))
    return {
      stem: `A reporter builds a simple price index for a household budget: ${labels.map((l, i) => `${l} ${weights[i]}% of spending, prices up ${tenthPct(ch[i]!)}`).join('; ')}. What is the overall price rise, weighting each item by its share of spending, ${PCT1}?`,
      show: pct(),
      figures: Object.fromEntries([
        ...weights.map((x, i) => [`w${i}`, x]),
        ...ch.map((x, i) => [`c${i}`, x]),
      ]),
      key: weighted,
      wrong: [
        [div(frac(total(ch), 1000), 4), 'averages the price rises without weights'],
        [frac(total(ch), 1000), 'adds the price rises'],
        [div(weighted, 4), 'divides the weighted sum by the number of items'],
        [
          mul(weighted, 100),
          'multiplies the percent shares by the percent rises without dividing by 100',
        ],
      ],
    }
  }),
  worked('cash-needed-to-keep-pace-with-inflation', (rng) => {
    const b = rng.int(20_000, 400_000) * 1000 + rng.int(0, 999) * 10
    const x = rng.int(5, 40)
    const i = x + rng.int(8, 50)
    const bm = frac(b)
    return {
      stem: `A school budget of $${n(b)} rises ${tenthPct(x)} next year in cash terms, while inflation is forecast at ${tenthPct(i)}. How many more dollars would it need next year to keep its real value, ${DOLLAR}?`,
      show: usd(0),
      figures: { b, x, i },
      key: mul(bm, tenths(i - x)),
      wrong: [
        [
          div(mul(bm, tenths(i - x)), onePlus(tenths(i))),
          'gives the shortfall in this year’s dollars',
        ],
        [mul(bm, tenths(i)), 'leaves out the cash rise'],
        [mul(bm, onePlus(tenths(x)), tenths(i)), 'inflates the new budget instead of the old'],
        [mul(bm, onePlus(tenths(x)), tenths(i - x)), 'applies the gap to the new budget'],
      ],
    }
  }),
  worked('growth-in-dollars-of-a-foreign-figure', (rng) => {
    const l1 = rng.int(300, 900)
    const l2 = Math.round((l1 * rng.int(1030, 1300)) / 1000)
    const r1 = rng.int(1300, 1600)
    const r2 = r1 + rng.int(-120, 160)
    if (Math.abs(r2 - r1) < 15) return rest()
    const key = change(div(l2, r2), div(l1, r1))
    if (key.n <= 0n) return rest()
    return {
      stem: `A Japanese carmaker’s UK sales rose from ¥${n(l1)} billion to ¥${n(l2)} billion. One US dollar bought ¥${(r1 / 10).toFixed(1)} at the first year’s average rate and ¥${(r2 / 10).toFixed(1)} at the second’s. By what percent did sales grow in dollars, ${PCT1}?`,
      show: pct(),
      figures: { l1, l2, r1, r2 },
      key,
      wrong: [
        [change(l2, l1), 'gives growth in yen'],
        [change(mul(l2, r2), mul(l1, r1)), 'multiplies by the yen rates instead of dividing'],
        [sub(change(l2, l1), change(r2, r1)), 'subtracts the currency move from the yen growth'],
        [add(change(l2, l1), change(r2, r1)), 'adds the currency move to the yen growth'],
      ],
    }
  }),
  worked('annual-average-inflation-from-quarterly-index', (rng) => {
    const q0 = rng.int(1800, 2500)
    const qs = [q0]
    for (let i = 1; i < 8; i++) qs.push(qs[i - 1]! + rng.int(-5, 40))
    const y1 = total(qs.slice(0, 4))
    const y2 = total(qs.slice(4))
    return {
      stem: `A price index stood at ${qs.slice(0, 4).map(idx).join(', ')} in the four quarters of 2023 and ${qs.slice(4).map(idx).join(', ')} in those of 2024. What was annual average inflation in 2024 (the 2024 average over the 2023 average), ${PCT1}?`,
      show: pct(),
      figures: Object.fromEntries(qs.map((q, i) => [`q${i}`, q])),
      key: change(y2, y1),
      wrong: [
        [change(qs[7]!, qs[3]!), 'compares the fourth quarters only'],
        [change(qs[7]!, qs[0]!), 'spans the first quarter of 2023 to the last of 2024'],
        [frac(y2 - y1, 4000), 'reads the gain in average index points as percent'],
        [change(qs[4]!, qs[3]!), 'compares the quarters either side of new year'],
        [
          div(add(...[0, 1, 2, 3].map((i) => change(qs[i + 4]!, qs[i]!))), 4),
          'averages the four quarters’ year-on-year changes',
        ],
        [change(qs[4]!, qs[0]!), 'compares the first quarters only'],
      ],
    }
  }),
]
