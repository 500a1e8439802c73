import { VariantError } from '../assemble-variant.js'
import {
  bp,
  cap,
  cents,
  client,
  family,
  money,
  pctBp,
  share,
  two,
  units,
  whole,
} from './pricing-text.js'

// Price elasticity and demand. Elasticities are given as absolute values to two decimal places
// (hundredths here); each stem names its percentage-change basis (midpoint or initial value) and
// whether it uses the linear approximation, so the key is the one its own rule gives.

const count = (n: number, d: number): number => share(n, 1, d)

export const ELASTICITY_FAMILIES = [
  family('arc-elasticity-midpoint', (rng) => {
    const m = money(rng)
    const p1 = whole(rng, 10, 120)
    const p2 = p1 + share(p1, pctBp(rng, 5, 30), 10000)
    const q1 = rng.int(20, 300) * 10
    const q2 = q1 - share(q1, pctBp(rng, 3, 45), 10000)
    const [dp, dq] = [p2 - p1, q1 - q2]
    return {
      stem: `${cap(client(rng))} raised a price from ${m(p1)} to ${m(p2)} and monthly sales fell from ${units(q1)} to ${units(q2)}. Using the midpoint (arc) method, with each change taken over the average of the old and new values, what is the price elasticity of demand as an absolute value to two decimal places?`,
      key: two(share(dq * (p1 + p2), 100, dp * (q1 + q2))),
      wrong: [
        [two(share(dq * p1, 100, dp * q1)), 'takes the changes over the old values'],
        [two(share(dq * p2, 100, dp * q2)), 'takes the changes over the new values'],
        [
          two(share(dp * (q1 + q2), 100, dq * (p1 + p2))),
          'divides the price change by the quantity change',
        ],
        [
          two(share(dq * (p1 + p2), 100, dp * q1 * 2)),
          'averages the prices but takes the quantity change over the old sales',
        ],
      ],
      figures: { p1, p2, q1, q2 },
    }
  }),
  family('point-elasticity-linear-demand', (rng) => {
    const b = rng.int(3, 40)
    const p = rng.int(10, 80)
    const q = rng.int(30, 900) + 0
    const a = q + b * p
    return {
      stem: `A consultant fits monthly demand for a product as Q = ${a.toLocaleString('en-US')} − ${b} × P, with P the price in whole currency units. At a price of ${p}, what is the point price elasticity of demand (slope × P ÷ Q), as an absolute value to two decimal places?`,
      key: two(share(b * p, 100, q)),
      wrong: [
        [two(b * 100), 'gives the slope alone'],
        [two(share(b * q, 100, p)), 'multiplies the slope by Q ÷ P'],
        [two(share(b * p, 100, a)), 'divides by the intercept, not the quantity at that price'],
        [two(share(q, 100, b * p)), 'inverts the elasticity'],
      ],
      figures: { a, b, p },
    }
  }),
  family('revenue-after-price-rise-with-elasticity', (rng) => {
    const m = money(rng)
    const rev = whole(rng, 20, 400) * 100
    const e = rng.int(8, 50) * 5
    const r = pctBp(rng, 4, 15)
    if ((e * r) / 100 >= 10000) throw new VariantError('demand would vanish')
    return {
      stem: `A product earns ${m(rev)} a month. Its price elasticity of demand is ${two(e)} (absolute value). Using the linear approximation (volume changes by −elasticity × the price change), what monthly revenue follows a ${bp(r)} price rise, to the cent?`,
      key: m(share(rev, (10000 + r) * (1000000 - e * r), 10000 * 1000000)),
      wrong: [
        [m(share(rev, 10000 + r, 10000)), 'ignores the fall in volume'],
        [
          m(share(rev, 1000000 + 100 * r - e * r, 1000000)),
          'adds the price and volume percentages',
        ],
        [
          m(share(rev, 1000000 - e * r, 1000000)),
          'applies the volume fall but not the higher price',
        ],
        [
          m(share(rev, (10000 + r) * (1000000 + e * r), 10000 * 1000000)),
          'lets volume rise with the price',
        ],
      ],
      figures: { rev, e, r },
    }
  }),
  family('profit-maximising-price-linear-demand', (rng) => {
    const m = money(rng)
    const b = rng.int(2, 30)
    const c = whole(rng, 5, 60)
    const choke = c + whole(rng, 10, 150)
    const a = (choke / 100) * b
    return {
      stem: `Weekly demand is estimated as Q = ${a.toLocaleString('en-US')} − ${b} × P (P in whole currency units) and the unit cost is ${m(c)}. With profit (P − cost) × Q, what price maximises weekly profit, to the cent?`,
      key: m(share(a * 100 + b * c, 1, 2 * b)),
      wrong: [
        [m(share(a * 100, 1, 2 * b)), 'maximises revenue, ignoring the cost'],
        [m(c + share(a * 100, 1, 2 * b)), 'adds the cost to the revenue-maximising price'],
        [m(share(a * 100, 1, b)), 'gives the price at which demand reaches zero'],
        [m(2 * c), 'doubles the cost, a keystone markup'],
      ],
      figures: { a, b, c },
    }
  }),
  family('volume-after-price-cut-with-elasticity', (rng) => {
    const v = rng.int(10, 500) * 10
    const e = rng.int(6, 60) * 5
    const d = pctBp(rng, 3, 20)
    return {
      stem: `A shop sells ${units(v)} a week. The product's price elasticity of demand is ${two(e)} (absolute value). Using the linear approximation (volume changes by −elasticity × the price change), how many units a week should it expect after a ${bp(d)} price cut, to the nearest unit?`,
      key: units(count(v * (1000000 + e * d), 1000000)),
      wrong: [
        [units(count(v * (10000 * e + 100 * d), 10000 * e)), 'divides the cut by the elasticity'],
        [units(count(v * (10000 + d), 10000)), 'raises volume by the cut percentage alone'],
        [units(count(v * (1000000 - e * d), 1000000)), 'lets volume fall when the price falls'],
        [units(count(v * (10000 + e * 100), 10000)), 'reads the elasticity as the percentage lift'],
      ],
      figures: { v, e, d },
    }
  }),
  family('cross-price-elasticity-midpoint', (rng) => {
    const m = money(rng)
    const p1 = whole(rng, 10, 90)
    const p2 = p1 + share(p1, pctBp(rng, 5, 30), 10000)
    const q1 = rng.int(20, 300) * 10
    const q2 = q1 + share(q1, pctBp(rng, 3, 30), 10000)
    const [dp, dq] = [p2 - p1, q2 - q1]
    return {
      stem: `A competitor raised its price from ${m(p1)} to ${m(p2)}, while our client's price stayed put and its weekly sales rose from ${units(q1)} to ${units(q2)}. Using the midpoint method (each change over the average of old and new), what is the cross-price elasticity of the client's demand to two decimal places?`,
      key: two(share(dq * (p1 + p2), 100, dp * (q1 + q2))),
      wrong: [
        [two(share(dq * p1, 100, dp * q1)), 'takes the changes over the old values'],
        [two(share(dq * p2, 100, dp * q2)), 'takes the changes over the new values'],
        [
          two(share(dp * (q1 + q2), 100, dq * (p1 + p2))),
          'divides the price change by the sales change',
        ],
        [
          two(share(dq * (p1 + p2), 100, dp * q2 * 2)),
          'averages the prices but takes the sales change over the new sales',
        ],
      ],
      figures: { p1, p2, q1, q2 },
    }
  }),
  family('break-even-elasticity-for-a-cut', (rng) => {
    const g = pctBp(rng, 25, 60)
    const d = pctBp(rng, 5, Math.min(20, g / 100 - 10))
    return {
      stem: `A product earns a ${bp(g)} gross margin on price. The client proposes a ${bp(d)} price cut. For gross profit to hold, volume must rise by cut ÷ (margin − cut). What is the smallest price elasticity of demand (absolute value, that lift divided by the cut) at which the cut pays, to two decimal places?`,
      key: two(share(1000000, 1, g - d)),
      wrong: [
        [two(share(1000000, 1, g)), 'divides by the margin without taking the cut off it'],
        [two(100), 'uses unit elasticity, the revenue break-even'],
        [two(share(1000000, 1, g + d)), 'adds the cut to the margin'],
        [two(share(1000000, 1, 10000 - d)), 'keeps revenue, not gross profit'],
        [two(share(d, 100, g - d)), 'gives the needed lift, not the elasticity'],
        [two(share(g - d, 100, 10000)), 'takes the margin less the cut as the elasticity'],
      ],
      figures: { g, d },
    }
  }),
  family('price-from-elasticity-markup-rule', (rng) => {
    const m = money(rng)
    const c = cents(rng, 5, 200)
    const e = rng.int(25, 80) * 5
    return {
      stem: `A product's marginal cost is ${m(c)} and its price elasticity of demand is a constant ${two(e)} (absolute value). By the inverse-elasticity rule, (P − MC) ÷ P = 1 ÷ elasticity, what is the profit-maximising price, to the cent?`,
      key: m(share(c, e, e - 100)),
      wrong: [
        [m(share(c, e + 100, e)), 'marks cost up by 1 ÷ elasticity instead of setting that margin'],
        [m(share(c, e, 100)), 'multiplies the cost by the elasticity'],
        [m(2 * c), 'doubles the cost, a keystone markup'],
        [m(share(c, e + 100, e - 100)), 'divides one plus elasticity by elasticity less one'],
      ],
      figures: { c, e },
    }
  }),
  family('linear-demand-forecast-from-two-prices', (rng) => {
    const m = money(rng)
    const p1 = whole(rng, 10, 60)
    const step = whole(rng, 1, 8)
    const s = rng.int(2, 40)
    const q1 = rng.int(40, 400) * 10
    const p2 = p1 + step
    const q2 = q1 - s * (step / 100)
    const p3 = p2 + whole(rng, 1, 10)
    if (p3 - p2 === step) throw new VariantError('the steps are equal')
    const q3 = q2 - s * ((p3 - p2) / 100)
    if (q3 <= 0) throw new VariantError('demand runs out')
    return {
      stem: `At ${m(p1)} a product sold ${units(q1)} a month; at ${m(p2)} it sold ${units(q2)}. Assuming demand is a straight line through those two points, how many units a month would it sell at ${m(p3)}?`,
      key: units(q3),
      wrong: [
        [units(count(q2 * p2, p3)), 'holds revenue constant'],
        [units(2 * q2 - q1), 'repeats the last change in units whatever the price step'],
        [
          units(q2 - s * ((p3 - p1) / 100)),
          'measures the price step from the first price but starts from the second sales figure',
        ],
        [units(q2 + s * ((p3 - p2) / 100)), 'moves sales the wrong way'],
      ],
      figures: { p1, p2, p3, q1, q2 },
    }
  }),
  family('simple-elasticity-from-promotion', (rng) => {
    const d = pctBp(rng, 5, 40)
    const u = pctBp(rng, 5, 90)
    if (u === d) throw new VariantError('unit elastic')
    return {
      stem: `During a promotion ${client(rng)} cut a price by ${bp(d)} and unit sales rose ${bp(u)} against the weeks before, with nothing else changed. Taking each percentage over the pre-promotion value, as the brief asks, what is the price elasticity of demand as an absolute value to two decimal places?`,
      key: two(share(u, 100, d)),
      wrong: [
        [two(share(d, 100, u)), 'divides the price change by the sales change'],
        [
          two(share(u * (20000 - d), 100, d * (20000 + u))),
          'uses midpoint bases, which the brief did not ask for',
        ],
        [two(share(u - d, 100, d)), 'nets the cut off the lift before dividing'],
        [two(share(u, 100, 10000 - d)), 'divides the lift by the new price share, not the cut'],
      ],
      figures: { d, u },
    }
  }),
  family('constant-elasticity-volume', (rng) => {
    const m = money(rng)
    const e = rng.pick([2, 3])
    const p1 = whole(rng, 10, 80)
    const p2 = p1 + share(p1, pctBp(rng, 5, 25), 10000)
    const q1 = rng.int(20, 500) * 10
    const num = q1 * p1 ** e
    return {
      stem: `Demand for a product has a constant price elasticity of ${e} (Q = k × P^−${e}). It sells ${units(q1)} a month at ${m(p1)}. How many a month should it expect at ${m(p2)}, to the nearest unit (Q2 = Q1 × (P1 ÷ P2)^${e})?`,
      key: units(count(num, p2 ** e)),
      wrong: [
        [
          units(count(q1 * (p1 - e * (p2 - p1)), p1)),
          'uses the linear approximation, −elasticity × the price change',
        ],
        [units(count(q1 * p1, p2)), 'assumes unit elasticity, holding revenue'],
        [
          units(count(q1 * p1 ** (e - 1), p2 ** (e - 1))),
          'raises the price ratio to one power too few',
        ],
        [units(count(q1 * (p1 - (p2 - p1)), p1)), 'cuts volume by the price rise percentage'],
        [units(count(q1 * p2 ** e, p1 ** e)), 'raises the price ratio the wrong way up'],
        [
          units(count(q1 * p1 ** (e + 1), p2 ** (e + 1))),
          'raises the price ratio to one power too many',
        ],
      ],
      figures: { e, p1, p2, q1 },
    }
  }),
  family('best-price-from-forecast-table', (rng) => {
    const m = money(rng)
    const c = whole(rng, 5, 30)
    const step = share(c, rng.int(40, 60), 100)
    const prices = [0, 1, 2, 3, 4].map((i) => c + whole(rng, 1, 4) + i * step)
    const b = rng.int(2, 20)
    const mid = prices[rng.int(1, 3)]!
    const qs = prices.map((p) => Math.max(5, share(b * (2 * mid - c - p), 1, 100) + rng.int(-3, 3)))
    const profit = prices.map((p, i) => (p - c) * qs[i]!)
    const revenue = prices.map((p, i) => p * qs[i]!)
    const best = (xs: readonly number[]) => xs.indexOf(Math.max(...xs))
    if (new Set(profit).size < 5 || new Set(revenue).size < 5) throw new VariantError('a tie')
    return {
      stem: `A pricing test forecasts monthly units at five prices: ${prices.map((p, i) => `${m(p)} → ${units(qs[i]!)}`).join('; ')}. The unit cost is ${m(c)} at every volume. Which price maximises monthly gross profit?`,
      key: m(prices[best(profit)]!),
      wrong: [
        [m(prices[best(revenue)]!), 'maximises revenue, not gross profit'],
        [m(prices[0]!), 'picks the price that sells the most units'],
        [m(prices[4]!), 'picks the highest margin per unit'],
        [
          m(prices[best(prices.map((p, i) => (p - 2 * c) * qs[i]!))]!),
          'counts the unit cost twice',
        ],
      ],
      figures: { c, prices: prices.join(','), qs: qs.join(',') },
    }
  }),
  family('revenue-change-percent-after-cut', (rng) => {
    const e = rng.int(4, 60) * 5
    const d = pctBp(rng, 3, 25)
    if (e === 100) throw new VariantError('unit elastic')
    return {
      stem: `A product's price elasticity of demand is ${two(e)} (absolute value). Using the linear approximation (volume changes by −elasticity × the price change), by what percentage does revenue change after a ${bp(d)} price cut, to two decimal places (a fall shown with a minus sign)?`,
      key: bp(share((10000 - d) * (1000000 + e * d), 1, 1000000) - 10000),
      wrong: [
        [bp(share(d, e - 100, 100)), 'adds the volume and price percentages'],
        [bp(share(d, e, 100)), 'gives the volume change, not revenue'],
        [
          bp(share((10000 - d) * (1000000 - e * d), 1, 1000000) - 10000),
          'lets volume fall when the price falls',
        ],
        [bp(-d), 'ignores the change in volume'],
        [
          bp(
            ((nr) => share(nr - 10000, 10000, nr))(
              share((10000 - d) * (1000000 + e * d), 1, 1000000),
            ),
          ),
          'gives the change as a share of the new revenue',
        ],
      ],
      figures: { e, d },
    }
  }),
  family('revenue-neutral-lift-for-a-cut', (rng) => {
    const d = pctBp(rng, 5, 30)
    const g = pctBp(rng, Math.max(35, d / 100 + 10), 70)
    return {
      stem: `A product with a ${bp(g)} gross margin is to be cut in price by ${bp(d)}. The client only wants to know the unit-sales rise needed to keep revenue (not profit) where it is. What rise, as a percentage to two decimal places?`,
      key: bp(share(d, 10000, 10000 - d)),
      wrong: [
        [bp(d), 'raises sales by the cut percentage'],
        [bp(share(d, 10000, 10000 + d)), 'divides by one plus the cut'],
        [bp(share(d, 10000, g - d)), 'works the gross-profit break-even instead'],
        [bp(share(d, 10000, g)), 'divides the cut by the margin'],
        [bp(share(d, 10000, 10000 - g)), 'divides by one minus the margin, not one minus the cut'],
      ],
      figures: { d, g },
    }
  }),
  family('choke-price-from-two-points', (rng) => {
    const m = money(rng)
    const p1 = whole(rng, 10, 60)
    const step = whole(rng, 1, 10)
    const s = rng.int(2, 30)
    const q1 = rng.int(20, 300) * 10
    const p2 = p1 + step
    const q2 = q1 - (s * step) / 100
    if (q2 <= 0) throw new VariantError('demand runs out')
    return {
      stem: `At ${m(p1)} a product sells ${units(q1)} a month and at ${m(p2)} it sells ${units(q2)}. If demand is a straight line through those points, at what price does it fall to zero (the choke price), to the cent?`,
      key: m(p1 + share(q1 * 100, 1, s)),
      wrong: [
        [m(share(q1 * 100, 1, s)), 'gives the price rise that sells nothing, not the price'],
        [
          m(share(p1 + share(q1 * 100, 1, s), 1, 2)),
          'gives the revenue-maximising price, half the choke price',
        ],
        [
          m(p2 + share(q1 * 100, 1, s)),
          'adds the rise to the higher price with the lower price’s sales',
        ],
        [m(share(p1 * q1, 1, q1 - q2)), 'scales the first price by sales over the fall in sales'],
        [
          m(p1 + share(q2 * 100, 1, s)),
          'adds the rise worked from the second sales figure to the first price',
        ],
      ],
      figures: { p1, p2, q1, q2 },
    }
  }),
  family('price-for-target-volume', (rng) => {
    const m = money(rng)
    const p0 = whole(rng, 20, 150)
    const b = rng.int(2, 30)
    const q0 = rng.int(20, 300) * 10
    const q = q0 + rng.int(2, 20) * 10
    const gap = q - q0
    const kp = p0 - share(gap * 100, 1, b)
    if (kp <= p0 / 4) throw new VariantError('a price near zero')
    return {
      stem: `At ${m(p0)} a product sells ${units(q0)} a month. The client's demand estimate is linear: each 1.00 off the price adds ${b} units a month. What price should reach ${units(q)} a month, to the cent?`,
      key: m(kp),
      wrong: [
        [m(p0 + share(gap * 100, 1, b)), 'raises the price instead of cutting it'],
        [m(share(p0, q0, q)), 'holds revenue constant'],
        [m(p0 - share(p0, gap, q0)), 'cuts the price by the volume percentage'],
        [m(p0 - gap * b), 'multiplies the extra units by the slope'],
      ],
      figures: { p0, b, q0, q },
    }
  }),
]
