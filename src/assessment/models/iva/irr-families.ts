import { VariantError } from '../assemble-variant.js'
import {
  annuity,
  bp,
  disc,
  family,
  grow,
  irr,
  money,
  npvAt,
  pct,
  rate,
  round,
  years,
} from './iva-text.js'

// IRR, MIRR and payback and the rules that go with them. Flows fall at the end of each year
// unless the stem says otherwise; rates are shown to two decimal places of a percent and periods
// to two decimal places of a year, as each stem states.

const hundreds = (rng: { int(a: number, b: number): number }, low: number, high: number) =>
  rng.int(low, high) * 10_000
const T = 10000

/** The year, with its fraction, when the running total of `flows` (year 0 first) turns non-negative. */
function payback(flows: readonly number[]): number {
  let run = flows[0]!
  for (let t = 1; t < flows.length; t++) {
    const c = flows[t]!
    if (run + c >= 0) return t - 1 + -run / c
    run += c
  }
  throw new VariantError('no payback within the life')
}

export const IRR_FAMILIES = [
  family('irr-of-a-single-payoff', (rng) => {
    const i0 = hundreds(rng, 100, 900)
    const n = rng.int(3, 8)
    const f = Math.round((i0 * rng.int(130, 240)) / 100 / 10000) * 10000
    const m = money(rng)
    const x = f / i0
    return {
      stem: `A plot bought for ${m(i0)} today is expected to sell for ${m(f)} at the end of year ${n}, with no other flows. What is the investment’s IRR, to two decimal places of a percent?`,
      key: bp(pct(x ** (1 / n) - 1)),
      wrong: [
        [bp(pct((x - 1) / n)), 'divides the total gain by the years'],
        [bp(pct(x - 1)), 'gives the total gain over the holding'],
        [bp(pct(x ** (1 / (n + 1)) - 1)), 'counts one year too many'],
        [bp(pct(x ** (1 / (n - 1)) - 1)), 'counts one year too few'],
        [bp(pct((f - i0) / f / n)), 'divides the gain by the sale price and the years'],
      ],
      figures: { i0, f, n },
    }
  }),
  family('irr-of-a-level-annuity', (rng) => {
    const m = money(rng)
    const [c, n] = [hundreds(rng, 50, 300), rng.int(4, 9)]
    const i0 = Math.round((c * n * rng.int(50, 80)) / 100 / 10000) * 10000
    const flows = [-i0, ...Array<number>(n).fill(c)]
    return {
      stem: `A machine costs ${m(i0)} now and saves ${m(c)} at the end of each of ${n} years. What is its IRR, to two decimal places of a percent?`,
      key: bp(pct(irr(flows))),
      wrong: [
        [bp(pct(c / i0)), 'gives the yearly saving as a share of the cost'],
        [bp(pct((c * n - i0) / i0 / n)), 'averages the total gain over the years'],
        [bp(pct((c - i0 / n) / (i0 / 2))), 'gives the accounting return on average investment'],
        [bp(pct(irr(flows.slice(0, n)))), 'counts one year of savings too few'],
        [bp(pct(irr([...flows, c]))), 'counts one year of savings too many'],
        [bp(pct(irr([-i0, 0, ...flows.slice(1)]))), 'starts the savings a year late'],
      ],
      figures: { i0, c, n },
    }
  }),
  family('irr-of-uneven-flows', (rng) => {
    const m = money(rng)
    const c = [hundreds(rng, 100, 500), hundreds(rng, 100, 500), hundreds(rng, 100, 500)]
    const sum = c[0]! + c[1]! + c[2]!
    const i0 = Math.round((sum * rng.int(65, 88)) / 100 / 10000) * 10000
    const flows = [-i0, ...c]
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c[0]!)}, ${m(c[1]!)} and ${m(c[2]!)} at the ends of years 1, 2 and 3. What is its IRR, to two decimal places of a percent?`,
      key: bp(pct(irr(flows))),
      wrong: [
        [bp(pct((sum - i0) / i0 / 3)), 'averages the total gain over the years'],
        [bp(pct((sum - i0) / i0)), 'gives the total gain as a share of the cost'],
        [bp(pct(irr([-i0, c[2]!, c[1]!, c[0]!]))), 'reads the inflows in reverse order'],
        [bp(pct(irr([-i0, 0, ...c]))), 'starts the inflows a year late'],
        [
          bp(pct(irr([-i0 + c[0]!, c[1]!, c[2]!]))),
          'nets the first inflow against the outlay at year 0',
        ],
      ],
      figures: { i0, c1: c[0]!, c2: c[1]!, c3: c[2]! },
    }
  }),
  family('modified-irr', (rng) => {
    const m = money(rng)
    const c = [hundreds(rng, 100, 500), hundreds(rng, 100, 500), hundreds(rng, 100, 500)]
    const sum = c[0]! + c[1]! + c[2]!
    const i0 = Math.round((sum * rng.int(65, 85)) / 100 / 10000) * 10000
    const r = rate(rng, 5, 10)
    const fvAt = (h: number) => c.reduce((s, x, k) => s + x * grow(r, h - (k + 1)), 0)
    const fv = fvAt(3)
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c[0]!)}, ${m(c[1]!)} and ${m(c[2]!)} at the ends of years 1, 2 and 3. Inflows are reinvested at the client’s ${bp(r)} cost of capital to year 3. What is the modified IRR (MIRR), to two decimal places of a percent?`,
      key: bp(pct((fv / i0) ** (1 / 3) - 1)),
      wrong: [
        [bp(pct(irr([-i0, ...c]))), 'gives the ordinary IRR'],
        [bp(pct((sum / i0) ** (1 / 3) - 1)), 'leaves the inflows uninvested'],
        [bp(pct((fvAt(4) / i0) ** (1 / 3) - 1)), 'compounds each inflow one year too many'],
        [bp(pct((fv / i0 - 1) / 3)), 'averages the terminal gain over the years'],
        [bp(pct((fv / i0) ** (1 / 2) - 1)), 'takes the square root, not the cube root'],
      ],
      figures: { i0, c1: c[0]!, c2: c[1]!, c3: c[2]!, r },
    }
  }),
  family('payback-period', (rng) => {
    const c = [
      hundreds(rng, 100, 400),
      hundreds(rng, 100, 400),
      hundreds(rng, 100, 400),
      hundreds(rng, 100, 400),
    ]
    const upTo2 = c[0]! + c[1]!
    const i0 = upTo2 + Math.round((c[2]! * rng.int(10, 90)) / 100 / 10000) * 10000
    const m = money(rng)
    const flows = [-i0, ...c]
    const pb = payback(flows)
    const avg = (c[0]! + c[1]! + c[2]! + c[3]!) / 4
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c[0]!)}, ${m(c[1]!)}, ${m(c[2]!)} and ${m(c[3]!)} in years 1 to 4, each spread evenly through its year. What is its payback period, to two decimal places of a year?`,
      key: years(round(pb * 100)),
      wrong: [
        [years(round((i0 / avg) * 100)), 'divides the outlay by the average inflow'],
        [years(Math.ceil(pb) * 100), 'rounds up to the whole year'],
        [years(round((2 + (i0 - upTo2) / c[3]!) * 100)), 'takes the fraction from year 4’s inflow'],
        [
          years(round((2 + (i0 - upTo2) / i0) * 100)),
          'takes the fraction of the outlay, not of year 3’s inflow',
        ],
        [
          years(round((3 + (i0 - upTo2) / c[2]!) * 100)),
          'counts the year of recovery in full before its fraction',
        ],
      ],
      figures: { i0, c1: c[0]!, c2: c[1]!, c3: c[2]!, c4: c[3]! },
    }
  }),
  family('discounted-payback', (rng) => {
    const [c, r] = [hundreds(rng, 100, 400), rate(rng, 6, 12)]
    const n = 6
    const d = Array.from({ length: n }, (_, t) => disc(c, r, t + 1))
    const k = rng.int(2, 4)
    const before = d.slice(0, k).reduce((s, x) => s + x, 0)
    const i0 = Math.floor((before + (d[k]! * rng.int(15, 85)) / 100) / 10000) * 10000
    const m = money(rng)
    const dpb = payback([-i0, ...d])
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c)} a year for ${n} years, each spread evenly through its year but discounted as at its year end. At ${bp(r)} a year, what is its discounted payback period, to two decimal places of a year?`,
      key: years(round(dpb * 100)),
      wrong: [
        [years(round((i0 / c) * 100)), 'gives the undiscounted payback'],
        [years(Math.ceil(dpb) * 100), 'rounds up to the whole year'],
        [
          years(round((k + (i0 - before) / c) * 100)),
          'takes the fraction from the undiscounted inflow',
        ],
        [
          years(round(payback([-i0, ...d.map((x) => disc(x, r, 1))]) * 100)),
          'discounts each inflow one year too many',
        ],
        [
          years(round(payback([-i0, c, ...d.slice(0, n - 1)]) * 100)),
          'leaves the first inflow undiscounted',
        ],
      ],
      figures: { i0, c, r, n },
    }
  }),
  family('irr-of-a-growing-perpetuity', (rng) => {
    const m = money(rng)
    const i0 = hundreds(rng, 200, 2000)
    const c1 = Math.round((i0 * rng.int(40, 120)) / 1000 / 100) * 100
    const g = rng.int(1, 4) * 100
    return {
      stem: `A client can buy a ground rent for ${m(i0)} that pays ${m(c1)} at the end of next year, rising ${bp(g)} a year for ever. What is the investment’s IRR, to two decimal places of a percent?`,
      key: bp(pct(c1 / i0 + g / T)),
      wrong: [
        [bp(pct(c1 / i0)), 'ignores the growth'],
        [bp(pct(c1 / i0 - g / T)), 'takes the growth off the yield'],
        [bp(pct((c1 * (1 + g / T)) / i0 + g / T)), 'grows next year’s rent once more'],
        [bp(pct(c1 / i0 + (2 * g) / T)), 'adds the growth twice'],
        [
          bp(pct((c1 * (1 + g / T)) / i0)),
          'grows next year’s rent once more instead of adding growth',
        ],
      ],
      figures: { i0, c1, g },
    }
  }),
  family('accounting-rate-of-return', (rng) => {
    const m = money(rng)
    const n = rng.int(4, 8)
    const i0 = hundreds(rng, 40, 150) * n
    const s = Math.round((i0 * rng.int(5, 20)) / 100 / 10000) * 10000
    const dep = (i0 - s) / n
    const cash = Math.round((dep * rng.int(130, 190)) / 100 / 100) * 100
    const profit = cash - dep
    const avgInv = (i0 + s) / 2
    return {
      stem: `A client’s lender asks for the accounting rate of return: average annual profit ÷ average investment, where average investment is (cost + residual value) ÷ 2. A machine costs ${m(i0)}, has a residual value of ${m(s)} after ${n} years and brings ${m(cash)} of cash a year before straight-line depreciation. What is the ARR, to two decimal places of a percent?`,
      key: bp(pct(profit / avgInv)),
      wrong: [
        [bp(pct(profit / i0)), 'divides by the initial cost'],
        [bp(pct(cash / avgInv)), 'uses the cash flow, not profit'],
        [bp(pct(profit / (i0 / 2))), 'leaves the residual out of average investment'],
        [bp(pct((cash - i0 / n) / avgInv)), 'depreciates the full cost, ignoring the residual'],
        [bp(pct(profit / ((i0 - s) / 2))), 'averages cost less residual'],
      ],
      figures: { i0, s, n, cash },
    }
  }),
  family('crossover-rate', (rng) => {
    const m = money(rng)
    const i0 = hundreds(rng, 300, 800)
    const a1 = Math.round((i0 * rng.int(75, 90)) / 100 / 10000) * 10000
    const a2 = Math.round((i0 * rng.int(35, 45)) / 100 / 10000) * 10000
    const b1 = Math.round((i0 * rng.int(20, 35)) / 100 / 10000) * 10000
    // B's late inflow is set so the crossover falls near a plausible hurdle, below both IRRs.
    const b2 = Math.round((a2 + (a1 - b1) * (1 + rng.int(4, 12) / 100)) / 10000) * 10000
    const ia = irr([-i0, a1, a2])
    const ib = irr([-i0, b1, b2])
    // The difference A − B is an inflow in year 1 and an outflow in year 2, so the rate at which
    // its NPV is zero solves (1 + x) = (b2 − a2) ÷ (a1 − b1); a draw where that is not positive
    // has no crossover above zero and is refused.
    const x = irr([0, a1 - b1, a2 - b2], 0.0001, 5)
    if (x >= Math.min(ia, ib)) throw new VariantError('no ranking conflict above the crossover')
    return {
      stem: `Two mutually exclusive projects each cost ${m(i0)} now. Project A returns ${m(a1)} in year 1 and ${m(a2)} in year 2; project B returns ${m(b1)} and ${m(b2)}. At what discount rate do their NPVs cross, to two decimal places of a percent?`,
      key: bp(pct(x)),
      wrong: [
        [bp(pct(ia)), 'gives project A’s IRR'],
        [bp(pct(ib)), 'gives project B’s IRR'],
        // The two IRRs as a spreadsheet shows them, to two places, then averaged.
        [bp(round((pct(ia) + pct(ib)) / 2)), 'averages the two IRRs'],
        [bp(pct((b1 + b2 - a1 - a2) / i0)), 'divides the difference in total inflows by the cost'],
        [bp(Math.abs(pct(ia) - pct(ib))), 'gives the gap between the two IRRs'],
        [bp(pct((b2 - a2) / (a1 - b1))), 'gives one plus the rate as the rate'],
        [
          bp(pct((b2 - a2 - (a1 - b1)) / (b2 - a2))),
          'divides the incremental gain by the later difference',
        ],
      ],
      figures: { i0, a1, a2, b1, b2 },
    }
  }),
  family('irr-with-salvage', (rng) => {
    const m = money(rng)
    const [c, n] = [hundreds(rng, 50, 250), rng.int(3, 7)]
    const i0 = Math.round((c * n * rng.int(70, 95)) / 100 / 10000) * 10000
    const s = Math.round((i0 * rng.int(10, 30)) / 100 / 10000) * 10000
    const base = [-i0, ...Array<number>(n).fill(c)]
    const flows = base.map((x, t) => (t === n ? x + s : x))
    return {
      stem: `A kitchen fit-out costs ${m(i0)} now, earns ${m(c)} at the end of each of ${n} years and is sold for ${m(s)} at the end of year ${n}. What is its IRR, to two decimal places of a percent?`,
      key: bp(pct(irr(flows))),
      wrong: [
        [bp(pct(irr(base))), 'leaves out the resale'],
        [
          bp(pct(irr([-(i0 - s), ...Array<number>(n).fill(c)]))),
          'nets the resale off the outlay today',
        ],
        [bp(pct((c * n + s - i0) / i0 / n)), 'averages the total gain over the years'],
        [bp(pct(irr(base.map((x, t) => (t === 1 ? x + s : x))))), 'adds the resale in year 1'],
        [bp(pct((c + s / n) / i0)), 'gives the average inflow as a share of the cost'],
      ],
      figures: { i0, c, n, s },
    }
  }),
  family('mutually-exclusive-choice-by-npv', (rng) => {
    const m = money(rng)
    const r = rate(rng, 6, 10)
    const ia = hundreds(rng, 100, 300)
    const ib = ia * rng.int(3, 5)
    const ca = Math.round((ia * rng.int(58, 70)) / 100 / 100) * 100
    const cb = Math.round((ib * rng.int(46, 54)) / 100 / 100) * 100
    const npvA = npvAt(r, [-ia, ca, ca, ca])
    const npvB = npvAt(r, [-ib, cb, cb, cb])
    const best = Math.max(npvA, npvB)
    // Only a draw where the higher-IRR project has the lower NPV shows the ranking conflict.
    const irrA = irr([-ia, ca, ca, ca])
    const irrB = irr([-ib, cb, cb, cb])
    if (irrA > irrB === npvA > npvB) throw new VariantError('no ranking conflict')
    return {
      stem: `A client may take project A (cost ${m(ia)}, then ${m(ca)} a year for 3 years) or project B (cost ${m(ib)}, then ${m(cb)} a year for 3 years), not both; both are the same risk and capital is not limited. At ${bp(r)} a year, what is the NPV of the project the client should take, to the cent?`,
      key: m(round(best)),
      wrong: [
        [m(round(Math.min(npvA, npvB))), 'takes the project with the higher IRR'],
        [m(round(npvA + npvB)), 'takes both projects'],
        [m(round(Math.max(ca * 3 - ia, cb * 3 - ib))), 'ranks by undiscounted gain'],
        [m(round(best * grow(r, 1))), 'treats the inflows as arriving at each year start'],
        [m(round(Math.abs(npvA - npvB))), 'gives the difference between the two NPVs'],
      ],
      figures: { r, ia, ib, ca, cb },
    }
  }),
  family('payback-of-level-flows-discounted', (rng) => {
    const m = money(rng)
    const [c, r] = [hundreds(rng, 50, 250), rate(rng, 6, 12)]
    const n = 10
    const i0 = Math.round((c * annuity(r, n) * rng.int(40, 75)) / 100 / 10000) * 10000
    const d = Array.from({ length: n }, (_, t) => disc(c, r, t + 1))
    const key = payback([-i0, ...d])
    const whole = Math.floor(key)
    return {
      stem: `An energy retrofit costs ${m(i0)} now and saves ${m(c)} a year for ${n} years. Count each saving as received evenly through its year for timing but discounted at its year-end factor at ${bp(r)} a year. What is the discounted payback period, to two decimal places of a year?`,
      key: years(round(key * 100)),
      wrong: [
        [years(round((i0 / c) * 100)), 'gives the undiscounted payback'],
        [years(Math.ceil(key) * 100), 'rounds up to the whole year'],
        [
          years(round(payback([-i0, ...d.map((x) => disc(x, r, 1))]) * 100)),
          'discounts each saving one year too many',
        ],
        [
          years(round((whole + (i0 - d.slice(0, whole).reduce((s, x) => s + x, 0)) / c) * 100)),
          'takes the year’s fraction from the undiscounted saving',
        ],
      ],
      figures: { i0, c, r, n },
    }
  }),
  family('irr-of-a-one-year-project', (rng) => {
    const m = money(rng)
    const i0 = hundreds(rng, 100, 900)
    const f = Math.round((i0 * rng.int(106, 135)) / 100 / 100) * 100
    const s = Math.round((i0 * rng.int(1, 4)) / 100 / 100) * 100
    // What the sale brings after the storage paid beside it at the year end.
    const net = f - s
    return {
      stem: `A client pays ${m(i0)} now for stock it expects to sell for ${m(f)} at the end of one year, paying ${m(s)} for storage at that year end too; there are no other flows. What is the project’s IRR, to two decimal places of a percent?`,
      key: bp(pct((net - i0) / i0)),
      wrong: [
        [bp(pct((f - i0) / i0)), 'leaves out the storage'],
        [bp(pct((net - i0) / (i0 + s))), 'pays the storage at the start with the stock'],
        [bp(pct((net - i0) / net)), 'divides the gain by the net inflow'],
        [
          bp(pct((2 * (net - i0)) / (net + i0))),
          'divides the gain by the average of outlay and inflow',
        ],
        [bp(pct((net / i0) ** 2 - 1)), 'compounds the one-year gain again'],
      ],
      figures: { i0, f, s },
    }
  }),
  family('mirr-with-finance-and-reinvestment-rates', (rng) => {
    const m = money(rng)
    const i0 = hundreds(rng, 200, 600)
    const o1 = hundreds(rng, 50, 200)
    const c = [hundreds(rng, 150, 450), hundreds(rng, 150, 450), hundreds(rng, 150, 450)]
    const [fin, re] = [rate(rng, 5, 7), rate(rng, 8, 12)]
    // Inflows at years 2, 3 and 4 carried to year 4 at `at`; the outlays brought to year 0.
    const fvIn = (at: number) => c.reduce((s, x, k) => s + x * grow(at, 2 - k), 0)
    const pvOut = (at: number) => i0 + disc(o1, at, 1)
    const mirr = (tv: number, pvo: number, n = 4) => bp(pct((tv / pvo) ** (1 / n) - 1))
    return {
      stem: `A project costs ${m(i0)} now and a further ${m(o1)} at the end of year 1, then returns ${m(c[0]!)}, ${m(c[1]!)} and ${m(c[2]!)} at the ends of years 2, 3 and 4. The client’s rule for the modified IRR: bring the outlays to year 0 at its ${bp(fin)} finance rate, carry the inflows to year 4 at its ${bp(re)} reinvestment rate, and take the four-year rate that links the two. What is the MIRR, to two decimal places of a percent?`,
      key: mirr(fvIn(re), pvOut(fin)),
      wrong: [
        [mirr(fvIn(fin), pvOut(fin)), 'carries the inflows at the finance rate'],
        [mirr(fvIn(fin), pvOut(re)), 'swaps the finance and reinvestment rates'],
        [mirr(fvIn(re), i0 + o1), 'adds the year-1 outlay undiscounted'],
        [mirr(fvIn(re), pvOut(fin), 3), 'takes the root over the three years of inflows'],
        [bp(pct(irr([-i0, -o1, ...c]))), 'gives the ordinary IRR'],
        [mirr(fvIn(re) - o1 * grow(re, 3), i0), 'nets the year-1 outlay into the terminal value'],
      ],
      figures: { i0, o1, c2: c[0]!, c3: c[1]!, c4: c[2]!, fin, re },
    }
  }),
  family('irr-by-linear-interpolation', (rng) => {
    const m = money(rng)
    const r1 = rate(rng, 6, 10)
    const step = rng.pick([200, 300, 400, 500])
    const r2 = r1 + step
    const [up, down] = [rng.int(5, 60) * 10_000, rng.int(5, 60) * 10_000]
    if (up === down) throw new VariantError('the NPVs’ magnitudes coincide')
    // Every option is a whole number of basis points from integers, rounded half away exactly.
    const at = (num: number, den: number) => {
      const [n, d] = den < 0 ? [-num, -den] : [num, den]
      return bp(Math.sign(n) * Math.floor((2 * Math.abs(n) + d) / (2 * d)) || 0)
    }
    const swing = up + down
    return {
      stem: `A project’s NPV is ${m(up)} at a ${bp(r1)} discount rate and ${m(-down)} at ${bp(r2)}. Estimating the IRR by straight-line interpolation between these two rates, what is it, to two decimal places of a percent?`,
      key: at(r1 * swing + up * step, swing),
      wrong: [
        [at(r1 * swing + down * step, swing), 'interpolates from the higher rate'],
        // With the negative NPV the larger, this mistake lands below zero, an option no one
        // would offer for a rate; it is left out of such draws.
        ...(r1 + (up * step) / (up - down) >= 1
          ? [
              [
                at(r1 * (up - down) + up * step, up - down),
                'divides by the sum of the NPVs with their signs',
              ] as [string, string],
            ]
          : []),
        [at(r1 + r2, 2), 'takes the midpoint of the two rates'],
        [at(up * step, swing), 'gives only the step above the lower rate'],
        [at(r1 * down + up * step, down), 'divides by the negative NPV, not the whole swing'],
      ],
      figures: { r1, r2, up, down },
    }
  }),
  family('incremental-irr-of-the-larger-project', (rng) => {
    const m = money(rng)
    const ia = hundreds(rng, 100, 300)
    const ib = ia + hundreds(rng, 100, 300)
    const ca = Math.round((ia * rng.int(45, 55)) / 100 / 10000) * 10000
    const cb = ca + Math.round(((ib - ia) * rng.int(38, 48)) / 100 / 10000) * 10000
    const [di, dc] = [ib - ia, cb - ca]
    const three = (i: number, c: number) => [-i, c, c, c]
    const [pa, pb] = [pct(irr(three(ia, ca))), pct(irr(three(ib, cb)))]
    // The smaller project earns the higher IRR in the drawn shape; a draw where it does not has
    // no ranking question to settle, and its IRR difference would show as a negative rate.
    if (pa <= pb) throw new VariantError('the larger project has the higher IRR')
    return {
      stem: `A client must choose between project A (cost ${m(ia)}, then ${m(ca)} a year for 3 years) and the larger project B (cost ${m(ib)}, then ${m(cb)} a year for 3 years). To rank them it works out the IRR of the extra investment in B over A. What is that incremental IRR, to two decimal places of a percent?`,
      key: bp(pct(irr(three(di, dc)))),
      wrong: [
        [bp(pb), 'gives the larger project’s own IRR'],
        [bp(pa), 'gives the smaller project’s own IRR'],
        [bp(pa - pb), 'subtracts one project’s IRR from the other’s'],
        [bp(pct(dc / di)), 'divides the extra yearly inflow by the extra cost'],
        [bp(pct((3 * dc - di) / di / 3)), 'averages the extra total gain over the years'],
      ],
      figures: { ia, ib, ca, cb },
    }
  }),
  family('discounted-payback-of-uneven-flows', (rng) => {
    const m = money(rng)
    const c = [
      hundreds(rng, 100, 400),
      hundreds(rng, 100, 400),
      hundreds(rng, 100, 400),
      hundreds(rng, 100, 400),
    ]
    const r = rate(rng, 6, 12)
    const d = c.map((x, t) => disc(x, r, t + 1))
    const k = rng.int(2, 3)
    const before = d.slice(0, k).reduce((s, x) => s + x, 0)
    const i0 = Math.floor((before + (d[k]! * rng.int(15, 85)) / 100) / 10000) * 10000
    const dpb = payback([-i0, ...d])
    const whole = Math.floor(dpb)
    const upTo = d.slice(0, whole).reduce((s, x) => s + x, 0)
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c[0]!)}, ${m(c[1]!)}, ${m(c[2]!)} and ${m(c[3]!)} in years 1 to 4. Discount each year’s inflow at its year-end factor at ${bp(r)} a year, and take the part of the year of recovery as the share of that year’s discounted inflow still needed, as if it came in evenly. What is the discounted payback period, to two decimal places of a year?`,
      key: years(round(dpb * 100)),
      wrong: [
        [years(round(payback([-i0, ...c]) * 100)), 'gives the undiscounted payback'],
        [years(Math.ceil(dpb) * 100), 'rounds up to the whole year'],
        [
          years(round((whole + (i0 - upTo) / c[whole]!) * 100)),
          'takes the year’s fraction from the undiscounted inflow',
        ],
        [
          years(round(payback([-i0, ...d.map((x) => disc(x, r, 1))]) * 100)),
          'discounts each inflow one year too many',
        ],
        [
          years(round(payback([-i0, ...c.map((x, t) => disc(x, r, t))]) * 100)),
          'discounts each inflow one year too few',
        ],
        [years(round((dpb + 1) * 100)), 'counts the year of recovery in full before its fraction'],
      ],
      figures: { i0, c1: c[0]!, c2: c[1]!, c3: c[2]!, c4: c[3]!, r },
    }
  }),
  family('irr-of-a-deferred-annuity', (rng) => {
    const m = money(rng)
    const [c, n, k] = [hundreds(rng, 50, 300), rng.int(4, 7), rng.int(1, 2)]
    const i0 = Math.round((c * n * rng.int(55, 75)) / 100 / 10000) * 10000
    const level = (wait: number, count: number) => [
      -i0,
      ...Array<number>(wait).fill(0),
      ...Array<number>(count).fill(c),
    ]
    return {
      stem: `A client pays ${m(i0)} now for a licence that earns nothing for ${k === 1 ? 'the first year' : `the first ${k} years`}, then ${m(c)} at the end of each year from year ${k + 1} to year ${k + n}. What is the licence’s IRR, to two decimal places of a percent?`,
      key: bp(pct(irr(level(k, n)))),
      wrong: [
        [bp(pct(irr(level(0, n)))), 'starts the earnings at year 1, ignoring the wait'],
        [bp(pct(irr(level(k + 1, n)))), 'waits one year too many'],
        [bp(pct(c / i0)), 'gives the yearly earning as a share of the cost'],
        [bp(pct((c * n - i0) / i0 / (n + k))), 'averages the total gain over the whole term'],
        [bp(pct(irr(level(k, n - 1)))), 'counts one year of earnings too few'],
      ],
      figures: { i0, c, n, k },
    }
  }),
]
