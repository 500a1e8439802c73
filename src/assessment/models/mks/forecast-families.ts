import {
  add,
  div,
  frac,
  mul,
  n,
  PCT1,
  pct,
  plain,
  rest,
  rootPct1,
  sub,
  tenthPct,
  tenths,
  total,
  usd,
  WHOLE,
  worked,
} from './mks-text.js'

// Forecasting, funnels and cohorts. Stems state the smoothing weight, the stages, the churn and
// the rounding; the slips are weights the wrong way round, churn taken linearly, a funnel's stage
// rates averaged or applied to the wrong base, and pooled rates that hide a segment mix.

type Fr = ReturnType<typeof frac>
const pw = (x: Fr, k: number): Fr => frac(x.n ** BigInt(k), x.d ** BigInt(k))
const ceil = (x: Fr): Fr => frac((x.n + x.d - 1n) / x.d)
const CENT = 'to the nearest cent (a half rounded up)'

export const FORECAST_FAMILIES = [
  worked('weighted-moving-average-forecast', (rng) => {
    const y = [rng.int(200, 900), rng.int(200, 900), rng.int(200, 900)]
    if (new Set(y).size < 3) rest()
    return {
      stem: `Weekly demo requests were ${y[0]}, ${y[1]} and ${y[2]} over the last three weeks (oldest first). Using a weighted moving average with weights 3, 2 and 1, the 3 on the most recent week, what is next week’s forecast, to one decimal place (a half rounded up)?`,
      show: plain(1),
      figures: { y0: y[0]!, y1: y[1]!, y2: y[2]! },
      key: frac(y[0]! + 2 * y[1]! + 3 * y[2]!, 6),
      wrong: [
        [frac(3 * y[0]! + 2 * y[1]! + y[2]!, 6), 'puts the 3 on the oldest week'],
        [frac(total(y), 3), 'takes the plain three-week mean'],
        [
          frac(y[0]! + 2 * y[1]! + 3 * y[2]!, 3),
          'divides by the three weeks instead of the weights’ sum',
        ],
        [frac(y[2]!), 'carries the latest week forward'],
      ],
    }
  }),
  worked('exponential-smoothing-next-forecast', (rng) => {
    const a = rng.pick([10, 20, 30, 40])
    const f = rng.int(300, 900)
    const act = f + rng.pick([-1, 1]) * rng.int(30, 200)
    const A = frac(a, 100)
    return {
      stem: `With simple exponential smoothing, F_next = α × actual + (1 − α) × F_this, α = ${(a / 100).toFixed(1)}. This month’s forecast of web sign-ups was ${f} and the actual was ${act}. What is next month’s forecast, to one decimal place (a half rounded up)?`,
      show: plain(1),
      figures: { a, f, act },
      key: add(mul(A, act), mul(sub(1, A), f)),
      wrong: [
        [add(mul(sub(1, A), act), mul(A, f)), 'puts α on the old forecast'],
        [frac(act + f, 2), 'averages the actual and the forecast'],
        [add(f, mul(A, act)), 'adds α × actual to the old forecast'],
        [sub(f, mul(A, act - f)), 'moves the forecast against the error'],
        [frac(act), 'carries the actual forward, as if α were one'],
      ],
    }
  }),
  worked('compound-monthly-growth-over-two-months', (rng) => {
    const s = rng.int(20, 80) * 100
    const e = Math.round((s * rng.int(105, 160)) / 100)
    return {
      stem: `A client’s app had ${n(s)} active users in January and ${n(e)} in March. What was the compound monthly growth rate over the two months ((March ÷ January)^½ − 1), ${PCT1}?`,
      show: pct(),
      figures: { s, e },
      key: sub(rootPct1(frac(e, s)), 1),
      wrong: [
        [frac(e - s, 2 * s), 'halves the two-month growth'],
        [frac(e - s, s), 'gives the growth over both months'],
        [frac(e - s, e + s), 'divides the growth by both months added'],
        [frac(e - s, 2 * e), 'halves the growth on March as the base'],
      ],
    }
  }),
  worked('customers-left-after-months-of-churn', (rng) => {
    const c = rng.int(20, 100) * 100
    const ch = rng.int(3, 12)
    const k = rng.int(3, 6)
    const keep = frac(100 - ch, 100)
    return {
      stem: `A subscription box starts the year with ${n(c)} subscribers, loses ${ch}% of those left each month and adds none. How many remain after ${k} months, ${WHOLE}?`,
      show: plain(0),
      figures: { c, ch, k },
      key: mul(c, pw(keep, k)),
      wrong: [
        [mul(c, sub(1, frac(ch * k, 100))), 'takes the churn off the starting count each month'],
        [mul(c, pw(keep, k - 1)), 'counts one month too few'],
        [mul(c, pw(keep, k + 1)), 'counts one month too many'],
        [
          mul(c, sub(1, pw(frac(ch, 100), k))),
          'raises the churn rate, not the keep rate, to the power',
        ],
        [mul(c, keep), 'applies only one month of churn'],
      ],
    }
  }),
  worked('expected-profit-per-mailed-catalogue', (rng) => {
    const r = rng.int(15, 60)
    const aov = rng.int(60, 250)
    const m = rng.int(30, 60)
    const cost = rng.int(40, 150)
    const ev = sub(mul(tenths(r), aov, frac(m, 100)), frac(cost, 100))
    if (ev.n <= 0n) rest()
    return {
      stem: `A catalogue costs $${(cost / 100).toFixed(2)} to print and mail. ${tenthPct(r)} of recipients are expected to order, spending $${aov} on average at a ${m}% gross margin. What is the expected profit per catalogue mailed (response rate × order value × margin − cost), ${CENT}?`,
      show: usd(2),
      figures: { r, aov, m, cost },
      key: ev,
      wrong: [
        [sub(mul(tenths(r), aov), frac(cost, 100)), 'uses the order value instead of its margin'],
        [
          sub(mul(tenths(r), aov, frac(m, 100), frac(m, 100)), frac(cost, 100)),
          'applies the margin twice',
        ],
        [mul(tenths(r), aov, frac(m, 100)), 'leaves out the mailing cost'],
        [
          sub(mul(aov, frac(m, 100)), div(frac(cost, 100), tenths(r))),
          'counts the cost per order instead of per catalogue, on the order’s margin',
        ],
        [
          sub(mul(tenths(r), aov, frac(m, 100)), mul(frac(cost, 100), tenths(r))),
          'charges the cost only to the recipients who order',
        ],
      ],
    }
  }),
  worked('orders-expected-through-a-funnel', (rng) => {
    const v = rng.int(20, 120) * 1000
    const r = [rng.int(30, 70), rng.int(15, 45), rng.int(30, 70)]
    const all = mul(v, frac(r[0]!, 100), frac(r[1]!, 100), frac(r[2]!, 100))
    return {
      stem: `Of a landing page’s visitors, ${r[0]}% view a product, ${r[1]}% of product viewers add to cart and ${r[2]}% of those who add to cart buy. How many orders should ${n(v)} visitors give, ${WHOLE}?`,
      show: plain(0),
      figures: { v, r0: r[0]!, r1: r[1]!, r2: r[2]! },
      key: all,
      wrong: [
        [mul(v, frac(r[2]!, 100)), 'applies only the last stage to all visitors'],
        [mul(v, frac(total(r), 300)), 'applies the average stage rate once'],
        [mul(v, frac(r[0]!, 100), frac(r[1]!, 100)), 'stops at the cart stage'],
        [mul(v, frac(Math.min(...r), 100)), 'applies only the weakest stage'],
        [
          mul(v, frac(r[0]!, 100), frac(r[1]!, 100), frac(r[2]!, 100), frac(r[0]!, 100)),
          'applies the product-view rate twice',
        ],
        [
          mul(v, frac(r[1]!, 100), frac(r[1]!, 100), frac(r[2]!, 100)),
          'uses the cart rate for the first stage too',
        ],
      ],
    }
  }),
  worked('extra-orders-from-a-better-checkout-stage', (rng) => {
    const v = rng.int(20, 120) * 1000
    const a = rng.int(20, 60)
    const b = rng.int(15, 45)
    const c0 = rng.int(30, 60)
    const c1 = c0 + rng.int(3, 15)
    return {
      stem: `Of ${n(v)} monthly visitors, ${a}% reach the cart and ${b}% of those reach checkout. If checkout completion rises from ${c0}% to ${c1}%, how many extra orders a month does that give, ${WHOLE}?`,
      show: plain(0),
      figures: { v, a, b, c0, c1 },
      key: mul(v, frac(a * b * (c1 - c0), 1000000)),
      wrong: [
        [mul(v, frac(c1 - c0, 100)), 'applies the gain to every visitor'],
        [mul(v, frac(b * (c1 - c0), 10000)), 'skips the cart stage'],
        [mul(v, frac(a * (c1 - c0), 10000)), 'skips the checkout-reach stage'],
        [mul(v, frac(a * b * c1, 1000000)), 'gives all orders at the new rate, not the extra ones'],
        [
          mul(v, frac(a * b * (c1 - c0), 100 * 100 * c0)),
          'applies the gain as a relative lift on the rate',
        ],
        [
          mul(v, frac(a * b * (c1 - c0), 100000000)),
          'takes the gain in points as a fraction of a percent',
        ],
        [
          mul(v, frac(a * b * (c1 - c0) * c0, 100000000)),
          'applies the old completion rate on top of the gain',
        ],
      ],
    }
  }),
  worked('pooled-lead-of-a-campaign-across-segments', (rng) => {
    const na = [rng.int(20, 60) * 1000, rng.int(2, 8) * 1000]
    const nb = [rng.int(2, 8) * 1000, rng.int(20, 60) * 1000]
    const ra = [rng.int(60, 120), rng.int(10, 30)]
    const rb = [ra[0]! + rng.int(2, 10), ra[1]! + rng.int(2, 8)]
    const xa = na.map((s, i) => (s * ra[i]!) / 1000)
    const xb = nb.map((s, i) => (s * rb[i]!) / 1000)
    const pa = frac(total(xa), total(na))
    const pb = frac(total(xb), total(nb))
    const gap = sub(pa, pb)
    if (gap.n <= 0n) rest()
    // Two gaps that set one campaign's segment against the other's whole: both above the key.
    const overVsNew = sub(pa, frac(xb[1]!, nb[1]!))
    const returningVsOverall = sub(frac(xa[0]!, na[0]!), pb)
    if (overVsNew.n <= 0n || returningVsOverall.n <= 0n) rest()
    return {
      stem: `Campaign A reached ${n(na[0]!)} returning visitors (${n(xa[0]!)} bought) and ${n(na[1]!)} new visitors (${n(xa[1]!)} bought); campaign B reached ${n(nb[0]!)} returning (${n(xb[0]!)} bought) and ${n(nb[1]!)} new (${n(xb[1]!)} bought). By how many percentage points does A’s overall conversion rate beat B’s, to one decimal place (a half rounded up)?`,
      show: (x) => `${plain(1)(mul(x, 100))} points`,
      figures: {
        na0: na[0]!,
        na1: na[1]!,
        nb0: nb[0]!,
        nb1: nb[1]!,
        xa0: xa[0]!,
        xa1: xa[1]!,
        xb0: xb[0]!,
        xb1: xb[1]!,
      },
      key: gap,
      wrong: [
        [
          sub(frac(xa[0]!, na[0]!), frac(xb[1]!, nb[1]!)),
          'compares A’s returning visitors with B’s new visitors',
        ],
        [
          sub(
            div(add(frac(xb[0]!, nb[0]!), frac(xb[1]!, nb[1]!)), 2),
            div(add(frac(xa[0]!, na[0]!), frac(xa[1]!, na[1]!)), 2),
          ),
          'averages each campaign’s segment rates without weights',
        ],
        [overVsNew, 'sets A’s overall rate against B’s new-visitor rate only'],
        [
          sub(frac(xb[0]!, nb[0]!), frac(xa[0]!, na[0]!)),
          'gives the gap within returning visitors',
        ],
        [returningVsOverall, 'sets A’s returning-visitor rate against B’s overall rate'],
        [
          sub(frac(total(xa), total(na) + total(nb)), frac(total(xb), total(na) + total(nb))),
          'divides both campaigns’ buyers by all visitors',
        ],
      ],
    }
  }),
  worked('trend-forecast-with-a-seasonal-index', (rng) => {
    const a = rng.int(200, 800)
    const b = rng.int(5, 40)
    const t = rng.int(13, 24)
    const s = rng.int(70, 140)
    if (s === 100) rest()
    return {
      stem: `A fitted trend gives monthly orders = ${a} + ${b} × t, with t = 1 for last January. Month t = ${t} has a seasonal index of ${(s / 100).toFixed(2)}. Forecasting as trend × index, how many orders does month ${t} get, ${WHOLE}?`,
      show: plain(0),
      figures: { a, b, t, s },
      key: mul(a + b * t, frac(s, 100)),
      wrong: [
        [frac(a + b * t), 'leaves out the seasonal index'],
        [div(a + b * t, frac(s, 100)), 'divides by the index'],
        [add(a, mul(b * t, frac(s, 100))), 'applies the index to the trend term only'],
        [mul(a + b * (t - 12), frac(s, 100)), 'restarts t at 1 this January'],
      ],
    }
  }),
  worked('six-month-value-of-a-cohort-customer', (rng) => {
    const m = rng.int(10, 60)
    const ch = rng.int(5, 25)
    const k = 6
    const keep = frac(100 - ch, 100)
    const sum = (from: number, to: number) =>
      add(...Array.from({ length: to - from + 1 }, (_, i) => pw(keep, from + i)))
    return {
      stem: `A new customer brings $${m} of gross margin in each month they stay active, starting this month (month 1), and ${ch}% of those still active leave at the end of each month. What margin does an average new customer bring over their first ${k} months, ${CENT}?`,
      show: usd(2),
      figures: { m, ch },
      key: mul(m, sum(0, k - 1)),
      wrong: [
        [frac(m * k), 'ignores churn'],
        [mul(m, sum(1, k)), 'applies churn before the first month'],
        [frac(m * 100, ch), 'uses the lifetime formula margin ÷ churn'],
        [mul(m * k, pw(keep, k - 1)), 'applies the last month’s retention to all six months'],
        [
          mul(m, add(...Array.from({ length: k + 1 }, (_, i) => pw(keep, i)))),
          'counts seven months, from month 0 to month 6',
        ],
        [mul(m, sum(0, k - 2)), 'counts only five months'],
      ],
    }
  }),
  worked('break-even-response-rate-for-a-mailing', (rng) => {
    const cost = rng.int(40, 200)
    const aov = rng.int(50, 300)
    const m = rng.int(25, 70)
    return {
      stem: `A mailing costs $${(cost / 100).toFixed(2)} a piece; each order averages $${aov} at a ${m}% gross margin. What response rate breaks even (cost per piece ÷ gross profit per order), as a percentage to two decimal places (a half rounded up)?`,
      show: pct(2),
      figures: { cost, aov, m },
      key: div(frac(cost, 100), mul(aov, frac(m, 100))),
      wrong: [
        [div(frac(cost, 100), aov), 'divides by the order value, not its margin'],
        [div(mul(frac(cost, 100), frac(m, 100)), aov), 'multiplies the cost by the margin'],
        [
          div(frac(cost, 100), mul(aov, frac(100 - m, 100))),
          'uses the cost share of the order, not the margin',
        ],
        [
          div(frac(cost, 100), sub(mul(aov, frac(m, 100)), frac(cost, 100))),
          'nets the piece cost off the profit per order first',
        ],
      ],
    }
  }),
  worked('mean-absolute-percentage-error', (rng) => {
    const a = [rng.int(200, 900), rng.int(200, 900), rng.int(200, 900), rng.int(200, 900)]
    const f = a.map((x) => x + rng.pick([-1, 1]) * rng.int(10, 120))
    const ape = a.map((x, i) => frac(Math.abs(x - f[i]!), x))
    return {
      stem: `Four weeks of lead forecasts were ${f.join(', ')} against actuals of ${a.join(', ')}. What is the mean absolute percentage error (mean of |actual − forecast| ÷ actual), ${PCT1}?`,
      show: pct(),
      figures: Object.fromEntries([
        ...a.map((x, i) => [`a${i}`, x]),
        ...f.map((x, i) => [`f${i}`, x]),
      ]),
      key: div(add(...ape), 4),
      wrong: [
        [
          div(add(...a.map((x, i) => frac(Math.abs(x - f[i]!), f[i]!))), 4),
          'divides each error by the forecast',
        ],
        [
          frac(total(a.map((x, i) => Math.abs(x - f[i]!))), total(a)),
          'divides the total error by the total actual',
        ],
        [add(...ape), 'sums the weekly errors without averaging'],
        [div(add(...ape), 3), 'divides by one week too few'],
      ],
    }
  }),
  worked('monthly-churn-with-new-sign-ups', (rng) => {
    const s = rng.int(20, 90) * 100
    const lost = rng.int(50, 600)
    const added = rng.int(50, 800)
    const e = s - lost + added
    if (added === lost) rest()
    return {
      stem: `A client began March with ${n(s)} paying customers, signed up ${n(added)} new ones during the month and ended with ${n(e)}. What was March’s churn rate (customers lost ÷ customers at the start), ${PCT1}?`,
      show: pct(),
      figures: { s, added, e },
      key: frac(s + added - e, s),
      wrong: [
        [frac(Math.abs(s - e), s), 'nets the new sign-ups against the losses'],
        [frac(s + added - e, e), 'divides by the customers at the end'],
        [frac(s + added - e, s + added), 'divides by the start plus the new sign-ups'],
        [frac(added, s), 'gives the sign-up rate instead'],
      ],
    }
  }),
  worked('payback-months-on-acquisition-cost', (rng) => {
    const cac = rng.int(40, 400)
    const arpu = rng.int(10, 80)
    const m = rng.int(40, 85)
    return {
      stem: `A client pays $${cac} to acquire a customer who pays $${arpu} a month at a ${m}% gross margin. How many whole months of margin repay the acquisition cost, rounded up?`,
      show: plain(0),
      figures: { cac, arpu, m },
      key: ceil(div(cac, mul(arpu, frac(m, 100)))),
      wrong: [
        [ceil(frac(cac, arpu)), 'uses revenue instead of margin'],
        [
          ceil(div(cac, mul(arpu, frac(100 - m, 100)))),
          'uses the cost share instead of the margin',
        ],
        [
          frac(Math.floor((cac * 100) / (arpu * m))),
          'rounds down, leaving part of the cost unpaid',
        ],
        [ceil(frac(cac, m)), 'reads the margin percent as dollars a month'],
      ],
    }
  }),
  worked('share-of-a-cohort-active-after-three-months', (rng) => {
    const r = [rng.int(50, 80), rng.int(60, 90), rng.int(70, 95)]
    const c = rng.int(10, 60) * 100
    const keep = mul(frac(r[0]!, 100), frac(r[1]!, 100), frac(r[2]!, 100))
    return {
      stem: `Of a January cohort of ${n(c)} new users, ${r[0]}% were active in month 2, ${r[1]}% of those in month 3 and ${r[2]}% of those in month 4. What share of the cohort was active in month 4, ${PCT1}?`,
      show: pct(),
      figures: { c, r0: r[0]!, r1: r[1]!, r2: r[2]! },
      key: keep,
      wrong: [
        [frac(r[2]!, 100), 'gives the last month-on-month rate'],
        [frac(total(r), 300), 'averages the three rates'],
        [sub(1, frac(300 - total(r), 100)), 'subtracts each month’s loss from the whole cohort'],
        [mul(frac(r[0]!, 100), frac(r[1]!, 100)), 'stops one month early'],
      ],
    }
  }),
  worked('seasonal-naive-forecast-with-growth', (rng) => {
    const ly = rng.int(200, 900) * 10
    const last = rng.int(200, 900) * 10
    const g = rng.int(3, 25)
    return {
      stem: `Last November the shop sold ${n(ly)} units; this October it sold ${n(last)}. The client forecasts this November as last November grown by the year-on-year rate of ${g}%. What is the forecast, ${WHOLE}?`,
      show: plain(0),
      figures: { ly, last, g },
      key: mul(ly, frac(100 + g, 100)),
      wrong: [
        [mul(last, frac(100 + g, 100)), 'grows this October instead of last November'],
        [frac(ly + g), 'adds the rate as units'],
        [mul(ly, frac(100 - g, 100)), 'takes the growth off'],
        [div(ly, frac(100 - g, 100)), 'divides by one minus the rate'],
      ],
    }
  }),
]
