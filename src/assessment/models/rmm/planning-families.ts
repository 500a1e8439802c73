import type { Rng } from '../../rng.js'
import {
  add,
  bpText,
  cash,
  cc,
  comp,
  countOf,
  div,
  drawPct,
  moneyOf,
  mul,
  n,
  pct,
  rate,
  sub,
  thousands,
  two,
  whole,
  worked,
} from './rmm-text.js'

// Inventory planning as a merchandise planner builds a month or a season: open-to-buy, stock
// plans by stock-to-sales ratio, basic stock, percentage variation and weeks of supply, and the
// retail method of valuing stock. Money in the plans is whole currency units; each stem states the
// formula's convention (which reductions count, what the cost complement includes), and the
// slips are a term left out or counted with the wrong sign, or the wrong month's figure used.

const MONTHS = ['March', 'April', 'May', 'June', 'September', 'October'] as const
const NEXT: Readonly<Record<string, string>> = {
  March: 'April',
  April: 'May',
  May: 'June',
  June: 'July',
  September: 'October',
  October: 'November',
}

export const PLANNING_FAMILIES = [
  worked('open-to-buy-at-retail-for-the-month', (rng) => {
    const s = thousands(rng, 80, 400)
    const red = Math.round((s * rng.int(8, 20)) / 100 / 100000) * 100000
    const bom = Math.round((s * rng.int(30, 40)) / 10 / 100000) * 100000
    const eom = Math.round((s * rng.int(30, 45)) / 10 / 100000) * 100000
    const oo = Math.round((s * rng.int(10, 40)) / 100 / 100000) * 100000
    const m$ = moneyOf(rng)
    const month = rng.pick(MONTHS)
    const need = cc(s + red + eom - bom)
    return {
      stem: `A planner's ${month} plan for a department has net sales of ${cash(m$, s)}, reductions of ${cash(m$, red)}, a beginning-of-month stock of ${cash(m$, bom)} and an end-of-month stock of ${cash(m$, eom)}, all at retail. ${cash(m$, oo)} at retail is already on order for delivery in ${month}. What open-to-buy at retail is left for the month?`,
      show: m$,
      key: sub(need, cc(oo)),
      wrong: [
        [need, 'forgets the stock already on order'],
        [cc(s + eom - bom - oo), 'leaves the planned reductions out'],
        [cc(s + red + bom - eom - oo), 'swaps the beginning and end stocks'],
        [add(need, cc(oo)), 'adds the on-order stock instead of subtracting it'],
        [cc(s + red + eom - oo), 'does not take off the stock the month starts with'],
      ],
      figures: { s, red, bom, eom, oo },
    }
  }),
  worked('open-to-buy-at-cost-mid-month', (rng) => {
    const pp = thousands(rng, 60, 300)
    const rec = Math.round((pp * rng.int(20, 45)) / 100 / 100000) * 100000
    const oo = Math.round((pp * rng.int(15, 35)) / 100 / 100000) * 100000
    const imu = drawPct(rng, 48, 62, 0.5)
    const m$ = moneyOf(rng)
    const left = cc(pp - rec - oo)
    return {
      stem: `A buyer's planned purchases for the month are ${cash(m$, pp)} at retail. So far ${cash(m$, rec)} at retail has been received and ${cash(m$, oo)} at retail is on order. At a planned initial markup of ${bpText(imu)} on retail, what open-to-buy at cost is left?`,
      show: m$,
      key: mul(left, comp(rate(imu))),
      wrong: [
        [left, 'leaves the open-to-buy at retail'],
        [mul(left, rate(imu)), 'multiplies by the markup, not by its complement'],
        [div(left, add(1, rate(imu))), 'treats the markup as on cost'],
        [mul(cc(pp - rec), comp(rate(imu))), 'forgets the stock on order'],
        [mul(cc(pp - oo), comp(rate(imu))), 'forgets the stock already received'],
      ],
      figures: { pp, rec, oo, imu },
    }
  }),
  worked('beginning-of-month-stock-from-a-stock-to-sales-ratio', (rng) => {
    const season = thousands(rng, 400, 2400)
    const share = drawPct(rng, 12, 24, 0.5)
    const ssr = rng.int(20, 55) * 10
    const month = rng.pick(MONTHS)
    const ms = mul(cc(season), rate(share))
    const m$ = moneyOf(rng)
    return {
      stem: `A six-month plan has net sales of ${cash(m$, season)}, ${bpText(share)} of them in ${month}. The planned stock-to-sales ratio for ${month} is ${two(div(ssr, 100))}. What beginning-of-month stock at retail does the plan need for ${month}?`,
      show: m$,
      key: mul(ms, div(ssr, 100)),
      wrong: [
        [div(ms, div(ssr, 100)), 'divides the month’s sales by the ratio'],
        [mul(cc(season), div(ssr, 100)), 'applies the ratio to the season’s sales'],
        [
          mul(div(cc(season), 6), div(ssr, 100)),
          'spreads the season’s sales evenly over the months',
        ],
        [add(ms, mul(ms, div(ssr, 100))), 'adds the month’s sales to the stock'],
      ],
      figures: { season, share, ssr },
    }
  }),
  worked('stock-to-sales-ratio-for-a-month', (rng) => {
    const s = thousands(rng, 50, 300)
    const bom = Math.round((s * rng.int(22, 55)) / 10 / 100000) * 100000
    const eom = Math.round((s * rng.int(20, 50)) / 10 / 100000) * 100000
    const m$ = moneyOf(rng)
    const month = rng.pick(MONTHS)
    return {
      stem: `A department began ${month} with ${cash(m$, bom)} of stock at retail, ended it with ${cash(m$, eom)} and had net sales of ${cash(m$, s)} in the month. What was its ${month} stock-to-sales ratio (beginning-of-month stock to the month's sales), to two decimal places (halves up)?`,
      show: two,
      key: div(bom, s),
      wrong: [
        [div(s, bom), 'divides sales by stock'],
        [div(eom, s), 'uses the end-of-month stock'],
        [div(add(bom, eom), mul(2, s)), 'uses the month’s average stock'],
        [div(s, eom), 'divides sales by the end-of-month stock'],
        [div(bom + eom, s), 'adds the two stocks'],
      ],
      figures: { s, bom, eom },
    }
  }),
  worked('forward-weeks-of-cover-from-a-sales-plan', (rng) => {
    const weeks = [0, 1, 2, 3, 4, 5].map(() => rng.int(18, 60) * 10)
    const past = rng.int(20, 60) * 10
    const fullWeeks = rng.int(2, 4)
    const before = weeks.slice(0, fullWeeks).reduce((s, w) => s + w, 0)
    const part = rng.int(1, 9)
    const stock = before + Math.round((weeks[fullWeeks]! * part) / 10)
    const cover = add(fullWeeks, div(stock - before, weeks[fullWeeks]!))
    const avg = div(
      weeks.reduce((s, w) => s + w, 0),
      6,
    )
    return {
      stem: `A line has ${n(stock)} units in stock. Its sales plan for the next six weeks is ${weeks.map(n).join(', ')} units, and last week it sold ${n(past)}. Counting forward through the plan, how many weeks of cover does the stock give, to two decimal places (halves up)?`,
      show: (x) => `${two(x)} weeks`,
      key: cover,
      wrong: [
        [div(stock, avg), 'divides by the six weeks’ average sales'],
        [div(stock, past), 'divides by last week’s sales'],
        [div(stock, weeks[0]!), 'divides by next week’s sales alone'],
        [
          add(fullWeeks, div(stock - before, weeks[fullWeeks - 1]!)),
          'covers the part week at the previous week’s rate',
        ],
      ],
      figures: { stock, past, ...Object.fromEntries(weeks.map((w, i) => [`w${i}`, w])) },
    }
  }),
  worked('basic-stock-method-opening-stock', (rng) => {
    const { season, turn, share, ms, avgStock, avgMonth, m$, plan } = seasonStockPlan(rng)
    return {
      stem: `${plan} By the basic stock method (beginning-of-month stock = month's sales + average stock − average monthly sales), what beginning-of-month stock at retail is planned, to the cent (halves up)?`,
      show: m$,
      key: sub(add(ms, avgStock), avgMonth),
      wrong: [
        [add(ms, avgStock), 'leaves out the average monthly sales'],
        [avgStock, 'plans the average stock every month'],
        [
          sub(add(ms, mul(cc(season), div(turn, 100))), avgMonth),
          'multiplies the season’s sales by the turn',
        ],
        [
          sub(add(ms, avgStock), div(cc(season), 12)),
          'averages the season’s sales over twelve months',
        ],
      ],
      figures: { season, turn, share },
    }
  }),
  worked('percentage-variation-method-opening-stock', (rng) => {
    const { season, turn, share, ms, avgStock, avgMonth, m$, plan } = seasonStockPlan(rng)
    return {
      stem: `${plan} By the percentage variation method (beginning-of-month stock = average stock × ½ × (1 + month's sales ÷ average monthly sales)), what beginning-of-month stock at retail is planned, to the cent (halves up)?`,
      show: m$,
      key: mul(avgStock, div(1, 2), add(1, div(ms, avgMonth))),
      wrong: [
        [mul(avgStock, add(1, div(ms, avgMonth))), 'leaves out the half'],
        [mul(avgStock, div(ms, avgMonth)), 'scales the average stock by the month’s sales alone'],
        [sub(add(ms, avgStock), avgMonth), 'uses the basic stock method'],
        [mul(avgStock, div(1, 2), add(1, div(avgMonth, ms))), 'inverts the sales ratio'],
      ],
      figures: { season, turn, share },
    }
  }),
  worked('weeks-of-supply-method-stock', (rng) => {
    const turn = rng.int(3, 13)
    const weekly = thousands(rng, 10, 90)
    const wos = div(52, turn)
    const m$ = moneyOf(rng)
    return {
      stem: `A department plans a stock turn of ${turn} a year at retail and expects net sales of ${cash(m$, weekly)} a week over the coming weeks. By the weeks-of-supply method (weeks of supply = 52 ÷ annual turn), what stock at retail should it carry, to the cent (halves up)?`,
      show: m$,
      key: mul(cc(weekly), wos),
      wrong: [
        [mul(cc(weekly), turn), 'multiplies the weekly sales by the turn'],
        [mul(cc(weekly), div(12, turn)), 'takes 12 periods a year'],
        [mul(cc(weekly), 52), 'holds a year’s sales'],
        [mul(cc(weekly), div(48, turn)), 'takes a 48-week year of four-week months'],
      ],
      figures: { turn, weekly },
    }
  }),
  worked('planned-purchases-from-stock-to-sales-ratios', (rng) => {
    const month = rng.pick(MONTHS)
    const next = NEXT[month]!
    const s1 = thousands(rng, 60, 300)
    const s2 = Math.round((s1 * rng.int(85, 120)) / 100 / 100000) * 100000
    const r1 = rng.int(20, 35) * 10
    const r2 = r1 + rng.int(-4, 3) * 10
    const red = Math.round((s1 * rng.int(8, 20)) / 100 / 100000) * 100000
    const bom = mul(cc(s1), div(r1, 100))
    const eom = mul(cc(s2), div(r2, 100))
    const m$ = moneyOf(rng)
    return {
      stem: `A plan has ${month} net sales of ${cash(m$, s1)} with reductions of ${cash(m$, red)}, and ${next} net sales of ${cash(m$, s2)}. Planned stock-to-sales ratios are ${two(div(r1, 100))} for ${month} and ${two(div(r2, 100))} for ${next}; ${month}'s end stock is ${next}'s beginning stock. What are the planned purchases at retail for ${month}?`,
      show: m$,
      key: sub(add(cc(s1 + red), eom), bom),
      wrong: [
        [
          sub(add(cc(s1 + red), mul(cc(s2), div(r1, 100))), bom),
          'uses this month’s ratio for the end stock',
        ],
        [sub(add(cc(s1), eom), bom), 'leaves the reductions out'],
        [sub(add(cc(s1 + red), bom), eom), 'swaps the beginning and end stocks'],
        [
          sub(add(cc(s1 + red), mul(cc(s1), div(r2, 100))), bom),
          'applies next month’s ratio to this month’s sales',
        ],
        [add(cc(s1 + red), eom), 'does not take off the beginning stock'],
      ],
      figures: { s1, s2, r1, r2, red },
    }
  }),
  worked('retail-method-closing-stock-at-cost', (rng) => {
    const oc = thousands(rng, 100, 400)
    const or = Math.round((oc * rng.int(180, 240)) / 100 / 100000) * 100000
    const pc = thousands(rng, 200, 900)
    const pr = Math.round((pc * rng.int(190, 250)) / 100 / 100000) * 100000
    const fr = Math.round((pc * rng.int(2, 6)) / 100 / 100000) * 100000
    const amu = Math.round((pr * rng.int(1, 4)) / 100 / 100000) * 100000
    const totR = or + pr + amu
    const sales = Math.round((totR * rng.int(50, 65)) / 100 / 100000) * 100000
    const md = Math.round((sales * rng.int(8, 16)) / 100 / 100000) * 100000
    const sh = Math.round((sales * rng.int(1, 3)) / 100 / 100000) * 100000
    const tc = cc(oc + pc + fr)
    const endR = cc(totR - sales - md - sh)
    const m$ = moneyOf(rng)
    return {
      stem: `Using the conventional retail method (cost complement from goods available at cost, freight in included, over goods available at retail with additional markups but before markdowns): opening stock ${cash(m$, oc)} at cost, ${cash(m$, or)} at retail; purchases ${cash(m$, pc)} at cost, ${cash(m$, pr)} at retail; freight in ${cash(m$, fr)}; additional markups ${cash(m$, amu)}; net sales ${cash(m$, sales)}; markdowns ${cash(m$, md)}; estimated shrinkage ${cash(m$, sh)} at retail. What is the closing stock at cost, to the cent (halves up)?`,
      show: m$,
      key: mul(endR, div(tc, cc(totR))),
      wrong: [
        [mul(endR, div(tc, cc(totR - md))), 'takes the markdowns off before the cost complement'],
        [mul(endR, div(cc(oc + pc), cc(totR))), 'leaves the freight out of the cost'],
        [mul(add(endR, cc(sh)), div(tc, cc(totR))), 'leaves out the shrinkage'],
        [mul(endR, div(tc, cc(or + pr))), 'leaves the additional markups out of the retail'],
        [mul(endR, sub(1, div(tc, cc(totR)))), 'multiplies by the markup, not the cost complement'],
      ],
      figures: { oc, or, pc, pr, fr, amu, sales, md, sh },
    }
  }),
  worked('retail-method-gross-margin', (rng) => {
    const tcc = thousands(rng, 300, 1200)
    const tr = Math.round((tcc * rng.int(180, 240)) / 100 / 100000) * 100000
    const sales = Math.round((tr * rng.int(50, 65)) / 100 / 100000) * 100000
    const endR = Math.round((tr * rng.int(25, 40)) / 100 / 100000) * 100000
    const ccx = div(tcc, tr)
    const endC = mul(cc(endR), ccx)
    const cogs = sub(cc(tcc), endC)
    const m$ = moneyOf(rng)
    return {
      stem: `A department's goods available for the season were ${cash(m$, tcc)} at cost and ${cash(m$, tr)} at retail. Net sales were ${cash(m$, sales)}, and closing stock at retail is ${cash(m$, endR)}. Valuing the closing stock at cost by the retail method (cost complement = goods available at cost ÷ at retail), what is the season's gross margin, to the cent (halves up)?`,
      show: m$,
      key: sub(cc(sales), cogs),
      wrong: [
        [sub(cc(sales), sub(cc(tcc), cc(endR))), 'takes the closing stock off at retail'],
        [sub(cc(sales), cc(tcc)), 'charges all the goods available to cost of sales'],
        [mul(cc(sales), sub(1, ccx)), 'applies the markup to the sales'],
        [
          sub(cc(sales), sub(cc(tcc), mul(cc(endR), sub(1, ccx)))),
          'values the closing stock at the markup, not the cost complement',
        ],
      ],
      figures: { tcc, tr, sales, endR },
    }
  }),
  worked('cost-complement-with-markups-and-cancellations', (rng) => {
    const tc = thousands(rng, 300, 1200)
    const base = Math.round((tc * rng.int(180, 240)) / 100 / 100000) * 100000
    const amu = Math.round((base * rng.int(2, 6)) / 100 / 100000) * 100000
    const amc = Math.round((amu * rng.int(10, 40)) / 100 / 100000) * 100000
    const md = Math.round((base * rng.int(6, 14)) / 100 / 100000) * 100000
    const m$ = moneyOf(rng)
    return {
      stem: `Goods available are ${cash(m$, tc)} at cost and ${cash(m$, base)} at retail before price changes. The period had additional markups of ${cash(m$, amu)}, markup cancellations of ${cash(m$, amc)} and markdowns of ${cash(m$, md)}. Under the conventional retail method (net additional markups counted in retail, markdowns left out), what is the cost complement, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(tc, base + amu - amc),
      wrong: [
        [div(tc, base + amu - amc - md), 'takes the markdowns off the retail'],
        [div(tc, base + amu), 'ignores the markup cancellations'],
        [div(tc, base + amu + amc), 'adds the cancellations'],
        [div(tc, base), 'leaves the price changes out'],
        [sub(1, div(tc, base + amu - amc)), 'gives the cumulative markup, not the complement'],
      ],
      figures: { tc, base, amu, amc, md },
    }
  }),
  worked('book-stock-at-retail', (rng) => {
    const open = thousands(rng, 200, 900)
    const pr = thousands(rng, 200, 900)
    const amu = Math.round((pr * rng.int(1, 4)) / 100 / 100000) * 100000
    const gross = Math.round(((open + pr) * rng.int(45, 60)) / 100 / 100000) * 100000
    const ret = Math.round((gross * rng.int(3, 8)) / 100 / 100000) * 100000
    const md = Math.round((gross * rng.int(8, 15)) / 100 / 100000) * 100000
    const canc = Math.round((md * rng.int(5, 20)) / 100 / 100000) * 100000
    const ed = Math.round((gross * rng.int(1, 3)) / 100 / 100000) * 100000
    const key = open + pr + amu - (gross - ret) - (md - canc) - ed
    const m$ = moneyOf(rng)
    return {
      stem: `A department opened the month with ${cash(m$, open)} of stock at retail and received ${cash(m$, pr)} at retail. It took additional markups of ${cash(m$, amu)}; gross sales were ${cash(m$, gross)} with customer returns of ${cash(m$, ret)}; markdowns were ${cash(m$, md)}, of which ${cash(m$, canc)} were cancelled; employee discounts were ${cash(m$, ed)}. What is the closing book stock at retail?`,
      show: m$,
      key: cc(key),
      wrong: [
        [cc(key - ret), 'takes gross sales off, not net sales'],
        [cc(key - canc), 'ignores the markdown cancellations'],
        [cc(key + ed), 'leaves out the employee discounts'],
        [cc(key - 2 * amu), 'subtracts the additional markups'],
        [cc(key + md - canc), 'leaves the markdowns out'],
      ],
      figures: { open, pr, amu, gross, ret, md, canc, ed },
    }
  }),
  worked('open-to-buy-in-units-for-a-line', (rng) => {
    const weeks = rng.int(5, 8)
    const ros = rng.int(8, 60) * 5
    const endCover = rng.int(2, 5)
    const onHand = Math.round((ros * rng.int(10, 25)) / 10)
    const oo = Math.round((ros * rng.int(5, 15)) / 10)
    const tr = Math.round((ros * rng.int(2, 8)) / 10)
    const need = ros * (weeks + endCover)
    const key = need - onHand - tr - oo
    return {
      stem: `A line is planned to sell ${n(ros)} units a week for the next ${weeks} weeks and to end them with ${endCover} weeks of cover at the same rate. It has ${n(onHand)} units in stores, ${n(tr)} more in transit to stores (not in the store count) and ${n(oo)} on order from the supplier. How many units are open to buy?`,
      show: countOf('units'),
      key: whole(key),
      wrong: [
        [whole(key + tr), 'forgets the units in transit'],
        [whole(key - ros * endCover), 'leaves out the closing cover'],
        [whole(key + oo), 'forgets the units on order'],
        [whole(key - ros), 'counts one week short'],
        [whole(key + 2 * oo), 'adds the order instead of subtracting it'],
      ],
      figures: { weeks, ros, endCover, onHand, oo, tr },
    }
  }),
  worked('opening-stock-for-forward-weeks-of-cover', (rng) => {
    const cover = rng.int(3, 5)
    const weeks = [0, 1, 2, 3, 4, 5].map(() => rng.int(20, 90) * 10)
    const last = rng.int(20, 90) * 10
    const fwd = weeks.slice(0, cover).reduce((s, w) => s + w, 0)
    return {
      stem: `A merchandiser plans stock as forward weeks of cover: the stock at the start of a week must cover the planned sales of that week and the following weeks, ${cover} weeks in all. The plan for the next six weeks is ${weeks.map(n).join(', ')} units, and last week ${n(last)} sold. What opening stock does the plan need now?`,
      show: countOf('units'),
      key: whole(fwd),
      wrong: [
        [whole(cover * weeks[0]!), 'multiplies this week’s sales by the cover'],
        [whole(cover * last), 'multiplies last week’s sales by the cover'],
        [whole(fwd + weeks[cover]!), 'counts one week too many'],
        [whole(fwd - weeks[cover - 1]!), 'counts one week too few'],
        [
          div(
            mul(
              cover,
              weeks.reduce((s, w) => s + w, 0),
            ),
            6,
          ),
          'multiplies the six weeks’ average by the cover',
        ],
      ],
      figures: { cover, last, ...Object.fromEntries(weeks.map((w, i) => [`w${i}`, w])) },
    }
  }),
  worked('monthly-sales-plan-from-last-years-shape', (rng) => {
    const ly = [0, 1, 2, 3, 4, 5].map(() => thousands(rng, 40, 160))
    const at = rng.int(0, 5)
    const g = drawPct(rng, 2, 12, 0.5)
    const lyTotal = ly.reduce((s, x) => s + x, 0)
    const plan = Math.round((lyTotal * (10000 + g)) / 10000 / 100000) * 100000
    const m$ = moneyOf(rng)
    const month = ['February', 'March', 'April', 'May', 'June', 'July'][at]!
    return {
      stem: `Last year's February-to-July sales were ${ly.map((x) => cash(m$, x)).join(', ')}. This year's season plan is ${cash(m$, plan)}, spread over the months in last year's proportions. What is the ${month} sales plan, to the cent (halves up)?`,
      show: m$,
      key: mul(cc(plan), div(ly[at]!, lyTotal)),
      wrong: [
        [cc(ly[at]!), 'carries last year’s month forward unchanged'],
        [div(cc(plan), 6), 'spreads the plan evenly'],
        [
          mul(cc(plan), div(ly[at]!, lyTotal - ly[at]!)),
          'takes the month’s share of the other months',
        ],
        [add(cc(ly[at]!), div(cc(plan - lyTotal), 6)), 'adds an even share of the increase'],
      ],
      figures: { plan, at, ...Object.fromEntries(ly.map((x, i) => [`ly${i}`, x])) },
    }
  }),
]

/**
 * The figures both opening-stock methods start from: a six-month season's sales, the month's
 * share of them and the season's turn at retail, with the stem sentence that gives them.
 */
function seasonStockPlan(rng: Rng) {
  const season = thousands(rng, 600, 2400)
  const turn = rng.int(8, 16) * 25
  const share = drawPct(rng, 12, 24, 0.5)
  const m$ = moneyOf(rng)
  return {
    season,
    turn,
    share,
    m$,
    ms: mul(cc(season), rate(share)),
    avgStock: div(cc(season), div(turn, 100)),
    avgMonth: div(cc(season), 6),
    plan: `A six-month plan has net sales of ${cash(m$, season)}, ${bpText(share)} of them in the month being planned, and a season stock turn of ${two(div(turn, 100))} at retail.`,
  }
}
