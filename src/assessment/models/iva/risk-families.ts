import { VariantError } from '../assemble-variant.js'
import {
  annuity,
  bp,
  cap,
  client,
  disc,
  family,
  grow,
  money,
  npvAt,
  rate,
  round,
} from './iva-text.js'

// Risk and capital rationing: how far an NPV moves with one input, where it breaks even,
// scenario weights, equivalent annual figures for unequal lives and projects chosen under a
// capital limit. Flows fall at the end of each year; money is rounded half away from zero to the
// cent and unit counts up to the whole unit, as each stem states.

const T = 10000
const hundreds = (rng: { int(a: number, b: number): number }, low: number, high: number) =>
  rng.int(low, high) * 10_000
const units = (n: number): string => `${Math.ceil(n).toLocaleString('en-US')} units`
/** Whole units rounded up; a count within a hair of a whole number is that whole number. */
const up = (x: number): number =>
  Math.abs(x - Math.round(x)) < 1e-7 ? Math.round(x) : Math.ceil(x)

export const RISK_FAMILIES = [
  family('npv-sensitivity-to-volume', (rng) => {
    const m = money(rng)
    const q = rng.int(20, 200) * 100
    const p = rng.int(20, 200) * 100
    const v = Math.round((p * rng.int(40, 70)) / 100)
    const x = rng.int(5, 20) * 100
    const t = rng.pick([2000, 2500, 3000])
    const [n, r] = [rng.int(4, 8), rate(rng, 7, 12)]
    const lost = (q * x * (p - v)) / T
    const af = annuity(r, n)
    return {
      stem: `A project’s base case sells ${q.toLocaleString('en-US')} units a year for ${n} years at ${m(p)} each with a variable cost of ${m(v)} a unit; fixed costs do not change with volume. Tax is ${bp(t)}, paid in the same year, and flows are discounted at ${bp(r)} a year. By how much does the NPV fall if yearly volume is ${bp(x)} lower in every year, to the cent?`,
      key: m(round(lost * (1 - t / T) * af)),
      wrong: [
        [m(round(lost * af)), 'ignores tax'],
        [m(round(lost * (1 - t / T) * n)), 'adds the yearly fall without discounting'],
        [
          m(round(((q * x * p) / T) * (1 - t / T) * af)),
          'takes the fall in revenue, not contribution',
        ],
        [m(round(lost * (1 - t / T))), 'gives one year’s fall'],
        [m(round(lost * (t / T) * af)), 'multiplies by the tax rate, not one minus it'],
        [m(round(disc(lost * (1 - t / T) * n, r, n))), 'discounts the total fall from year n'],
      ],
      figures: { q, p, v, x, t, n, r },
    }
  }),
  family('break-even-annual-cash-flow', (rng) => {
    const m = money(rng)
    const [i0, n, r] = [hundreds(rng, 100, 1500), rng.int(3, 10), rate(rng, 5, 12)]
    const af = annuity(r, n)
    return {
      stem: `A client asks what level cash inflow at the end of each of ${n} years a ${m(i0)} machine must bring for its NPV to be zero at ${bp(r)} a year. What is it, to the cent?`,
      key: m(round(i0 / af)),
      wrong: [
        [m(round(i0 / n)), 'spreads the cost evenly with no return'],
        [m(round((i0 * r) / T)), 'charges only a year’s return on the cost'],
        [m(round((i0 * grow(r, n)) / n)), 'compounds the cost and spreads it evenly'],
        [m(round(i0 / annuity(r, n - 1))), 'counts one inflow too few'],
        [m(round(i0 / (af * grow(r, 1)))), 'times the inflows at each year start'],
      ],
      figures: { i0, n, r },
    }
  }),
  family('break-even-volume-at-zero-npv', (rng) => {
    const m = money(rng)
    const [i0, n, r] = [hundreds(rng, 100, 1000), rng.int(3, 8), rate(rng, 6, 12)]
    const p = rng.int(30, 300) * 100
    const v = Math.round((p * rng.int(35, 65)) / 100)
    const f = hundreds(rng, 20, 300)
    const af = annuity(r, n)
    const u = p - v
    return {
      stem: `A product line needs ${m(i0)} of equipment now, lasting ${n} years with no resale, and ${m(f)} a year of fixed cash costs. Each unit sells for ${m(p)} with a variable cost of ${m(v)}. Ignoring tax, at ${bp(r)} a year, how many units a year must it sell for NPV to be zero, rounded up to a whole unit?`,
      key: units(up((i0 / af + f) / u)),
      wrong: [
        [
          units(up((f + i0 / n) / u)),
          'gives the accounting break-even with straight-line depreciation',
        ],
        [units(up(f / u)), 'covers only the fixed cash costs'],
        [units(up(i0 / af / u)), 'leaves out the fixed cash costs'],
        [units(up((i0 / af + f) / p)), 'divides by the price, not the unit contribution'],
        [units(up((i0 / annuity(r, n - 1) + f) / u)), 'counts one year of sales too few'],
      ],
      figures: { i0, n, r, p, v, f },
    }
  }),
  family('scenario-weighted-npv', (rng) => {
    const m = money(rng)
    const [pw, pb] = rng.pick([
      [20, 50],
      [25, 50],
      [30, 50],
      [20, 60],
      [15, 55],
    ] as const)
    const pg = 100 - pw - pb
    const base = hundreds(rng, 20, 300)
    const worst = -hundreds(rng, 50, 400)
    const best = base + hundreds(rng, 100, 500)
    const key = (pw * worst + pb * base + pg * best) / 100
    return {
      stem: `An analyst models three scenarios for a project: pessimistic, NPV ${m(worst)}, probability ${pw}%; base, NPV ${m(base)}, probability ${pb}%; optimistic, NPV ${m(best)}, probability ${pg}%. What is the expected NPV, to the cent?`,
      key: m(round(key)),
      wrong: [
        [m(round((worst + base + best) / 3)), 'averages the scenarios without their weights'],
        [m(base), 'takes the base case'],
        [
          m(round((pg * worst + pb * base + pw * best) / 100)),
          'swaps the pessimistic and optimistic weights',
        ],
        [m(round((pb * base + pg * best) / 100)), 'drops the negative scenario'],
        [
          m(round((pw * -worst + pb * base + pg * best) / 100)),
          'adds the pessimistic loss as a gain',
        ],
      ],
      figures: { pw, pb, worst, base, best },
    }
  }),
  family('equivalent-annual-cost', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 100, 900), rng.int(3, 8), rate(rng, 5, 12)]
    const run = hundreds(rng, 10, 120)
    const af = annuity(r, n)
    return {
      stem: `A forklift costs ${m(c)} now, lasts ${n} years with no resale and costs ${m(run)} a year to run, paid at each year end. At ${bp(r)} a year, what is its equivalent annual cost, to the cent?`,
      key: m(round(c / af + run)),
      wrong: [
        [m(round(c / n + run)), 'spreads the cost evenly with no return'],
        [m(round(c / af)), 'leaves out the running cost'],
        [m(round((c + run * af) / n)), 'spreads the present value of all costs evenly'],
        [m(round((c * grow(r, n)) / n + run)), 'compounds the cost and spreads it evenly'],
        [m(round(c / annuity(r, n - 1) + run)), 'spreads the cost over one year too few'],
        [
          m(round(c / n + (c * r) / T + run)),
          'adds straight-line depreciation and a full year’s return on cost',
        ],
      ],
      figures: { c, n, r, run },
    }
  }),
  family('equivalent-annual-annuity', (rng) => {
    const m = money(rng)
    const [npv, n, r] = [hundreds(rng, 20, 400), rng.int(3, 9), rate(rng, 5, 12)]
    const af = annuity(r, n)
    return {
      stem: `A ${n}-year project has an NPV of ${m(npv)} at ${bp(r)} a year. To compare it with projects of other lives, what is its equivalent annual annuity (the level year-end amount with the same NPV), to the cent?`,
      key: m(round(npv / af)),
      wrong: [
        [m(round(npv / n)), 'divides the NPV by the years'],
        [m(round((npv * r) / T)), 'takes a year’s return on the NPV'],
        [m(round(npv / annuity(r, n - 1))), 'uses one year too few'],
        [m(round((npv * grow(r, n)) / n)), 'compounds the NPV and divides by the years'],
        [m(round(npv / (af * grow(r, 1)))), 'uses an annuity-due factor'],
      ],
      figures: { npv, n, r },
    }
  }),
  family('replacement-chain-npv', (rng) => {
    const m = money(rng)
    const [a, r] = [rng.int(2, 3), rate(rng, 6, 12)]
    const reps = rng.int(2, 3)
    const life = a * reps
    const npv = hundreds(rng, 20, 300)
    let chain = 0
    for (let k = 0; k < reps; k++) chain += disc(npv, r, k * a)
    return {
      stem: `Project A lasts ${a} years and has an NPV of ${m(npv)} at ${bp(r)} a year; it can be repeated on the same terms, each repeat starting as the last ends. To compare it with a ${life}-year rival, what is the NPV of A repeated over ${life} years, to the cent?`,
      key: m(round(chain)),
      wrong: [
        [m(npv * reps), 'adds the repeats without discounting'],
        [m(npv), 'takes a single run of A'],
        [
          m(round(npv + disc(npv * (reps - 1), r, life))),
          'discounts the repeats from the end of the common life',
        ],
        [m(round(npv + disc(npv * (reps - 1), r, 1))), 'discounts the repeats by a single year'],
        [m(round(chain * grow(r, 1))), 'starts every run a year early'],
      ],
      figures: { a, r, reps, npv },
    }
  }),
  family('capital-rationing-divisible-by-pi', (rng) => {
    const m = money(rng)
    const names = ['P', 'Q', 'R', 'S'] as const
    const ps = names.map((name) => {
      const cost = hundreds(rng, 100, 500)
      return { name, cost, npv: Math.round((cost * rng.int(5, 60)) / 100 / 10000) * 10000 }
    })
    const total = ps.reduce((s, p) => s + p.cost, 0)
    const budget = Math.round((total * rng.int(45, 70)) / 100 / 10000) * 10000
    const take = (order: typeof ps, partial: boolean) => {
      let left = budget
      let got = 0
      for (const p of order) {
        if (p.cost <= left) {
          left -= p.cost
          got += p.npv
        } else if (partial && left > 0) {
          got += (p.npv * left) / p.cost
          left = 0
        }
      }
      return got
    }
    const byPi = [...ps].sort((x, y) => y.npv / y.cost - x.npv / x.cost)
    const byNpv = [...ps].sort((x, y) => y.npv - x.npv)
    const bySize = [...ps].sort((x, y) => x.cost - y.cost)
    const ties =
      new Set(ps.map((p) => p.npv / p.cost)).size < 4 || new Set(ps.map((p) => p.npv)).size < 4
    if (ties) throw new VariantError('tied rankings')
    return {
      stem: `${cap(client(rng))} has ${m(budget)} to invest this year only. Projects (cost now; NPV): ${ps.map((p) => `${p.name} ${m(p.cost)}; ${m(p.npv)}`).join(', ')}. Each project can be taken in part, its NPV in proportion. What is the largest total NPV the budget can buy, to the cent?`,
      key: m(round(take(byPi, true))),
      wrong: [
        [m(round(take(byNpv, true))), 'ranks by NPV, not NPV per unit of capital'],
        [m(round(take(bySize, true))), 'takes the cheapest projects first'],
        [m(ps.reduce((s, p) => s + p.npv, 0)), 'takes every project, ignoring the budget'],
        [m(round(take(byPi, false))), 'takes only whole projects in PI order'],
        [
          m(round((budget * byPi[0]!.npv) / byPi[0]!.cost)),
          'spends the whole budget at the best project’s ratio',
        ],
      ],
      figures: Object.fromEntries([
        ['budget', budget],
        ...ps.flatMap((p) => [
          [`c${p.name}`, p.cost],
          [`n${p.name}`, p.npv],
        ]),
      ]),
    }
  }),
  family('break-even-price-at-zero-npv', (rng) => {
    const m = money(rng)
    const [i0, n, r] = [hundreds(rng, 100, 1000), rng.int(3, 8), rate(rng, 6, 12)]
    const q = rng.int(20, 300) * 100
    const v = rng.int(500, 9000)
    const f = hundreds(rng, 20, 300)
    const af = annuity(r, n)
    return {
      stem: `A product line needs ${m(i0)} of equipment now, lasting ${n} years with no resale, ${m(f)} a year of fixed cash costs and ${m(v)} of variable cost a unit, and expects to sell ${q.toLocaleString('en-US')} units a year. Ignoring tax, at ${bp(r)} a year, what selling price gives an NPV of zero, to the cent?`,
      key: m(round(v + (i0 / af + f) / q)),
      wrong: [
        [
          m(round(v + (i0 / n + f) / q)),
          'recovers the equipment by straight-line depreciation only',
        ],
        [m(round(v + f / q)), 'leaves out the equipment'],
        [m(round(v + i0 / af / q)), 'leaves out the fixed cash costs'],
        [m(round(v + (i0 + f) / q)), 'charges the whole equipment cost in one year'],
        [m(round(v + (i0 / annuity(r, n - 1) + f) / q)), 'counts one year of sales too few'],
      ],
      figures: { i0, n, r, q, v, f },
    }
  }),
  family('margin-of-safety-on-annual-inflow', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 50, 300), rng.int(4, 9), rate(rng, 6, 12)]
    const af = annuity(r, n)
    const i0 = Math.round((c * af * rng.int(60, 90)) / 100 / 10000) * 10000
    const pv = c * af
    return {
      stem: `A project costs ${m(i0)} now and brings ${m(c)} at the end of each of ${n} years. At ${bp(r)} a year, by what percentage can the yearly inflow fall before the NPV reaches zero, to two decimal places?`,
      key: bp(round(((pv - i0) / pv) * T)),
      wrong: [
        [bp(round(((pv - i0) / i0) * T)), 'divides the NPV by the outlay'],
        [bp(round(((c * n - i0) / (c * n)) * T)), 'works with undiscounted inflows'],
        [bp(round(((pv - i0) / (c * n)) * T)), 'divides the NPV by the undiscounted inflows'],
        [bp(round((i0 / pv) * T)), 'gives the outlay as a share of the inflows’ present value'],
        [bp(round(((pv - i0) / pv) * T * grow(r, 1))), 'grows the margin by a year'],
      ],
      figures: { i0, c, n, r },
    }
  }),
  family('equivalent-annual-cost-with-resale', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 100, 900), rng.int(3, 8), rate(rng, 5, 12)]
    const s = Math.round((c * rng.int(10, 35)) / 100 / 10000) * 10000
    const run = hundreds(rng, 10, 120)
    const af = annuity(r, n)
    return {
      stem: `A delivery van costs ${m(c)} now, costs ${m(run)} a year to run (paid at each year end) and sells for ${m(s)} at the end of year ${n}. At ${bp(r)} a year, what is its equivalent annual cost, to the cent?`,
      key: m(round((c - disc(s, r, n)) / af + run)),
      wrong: [
        [m(round(c / af + run)), 'ignores the resale'],
        [m(round((c - s) / af + run)), 'takes the resale off undiscounted'],
        [m(round((c - s) / n + run)), 'spreads the net cost evenly with no return'],
        [m(round((c - disc(s, r, n)) / af)), 'leaves out the running cost'],
        [m(round((c + disc(s, r, n)) / af + run)), 'adds the resale as a cost'],
      ],
      figures: { c, n, r, s, run },
    }
  }),
  family('annual-saving-of-the-lower-eac-machine', (rng) => {
    const m = money(rng)
    const r = rate(rng, 6, 12)
    const [na, nb] = [rng.int(3, 4), rng.int(5, 7)]
    const ca = hundreds(rng, 100, 400)
    const cb = Math.round((ca * rng.int(150, 220)) / 100 / 10000) * 10000
    const [ra, rb] = [hundreds(rng, 20, 80), hundreds(rng, 10, 60)]
    const ea = ca / annuity(r, na) + ra
    const eb = cb / annuity(r, nb) + rb
    const pa = ca + ra * annuity(r, na)
    const pb = cb + rb * annuity(r, nb)
    return {
      stem: `Machine A costs ${m(ca)}, lasts ${na} years and costs ${m(ra)} a year to run; machine B costs ${m(cb)}, lasts ${nb} years and costs ${m(rb)} a year to run. Neither has a resale value, running costs are paid at each year end and either will be replaced in kind for ever. At ${bp(r)} a year, how much a year does choosing the machine with the lower equivalent annual cost save, to the cent?`,
      key: m(round(Math.abs(ea - eb))),
      wrong: [
        [m(round(Math.abs(pa - pb))), 'compares present values of one life each'],
        [
          m(round(Math.abs(ca / na + ra - (cb / nb + rb)))),
          'spreads each cost evenly with no return',
        ],
        [
          m(round(Math.abs(ca / annuity(r, na) - cb / annuity(r, nb)))),
          'leaves out the running costs',
        ],
        [
          m(round(Math.abs(pa - pb) / Math.max(na, nb))),
          'spreads the difference in present values over the longer life',
        ],
        [m(Math.abs(ra - rb)), 'compares running costs only'],
      ],
      figures: { r, na, nb, ca, cb, ra, rb },
    }
  }),
  family('expected-npv-with-uncertain-year-two', (rng) => {
    const m = money(rng)
    const r = rate(rng, 6, 12)
    const i0 = hundreds(rng, 200, 800)
    const c1 = Math.round((i0 * rng.int(30, 60)) / 100 / 10000) * 10000
    const hi = Math.round((i0 * rng.int(70, 110)) / 100 / 10000) * 10000
    const lo = Math.round((i0 * rng.int(10, 40)) / 100 / 10000) * 10000
    const p = rng.int(3, 7) * 10
    const ev = (p * hi + (100 - p) * lo) / 100
    return {
      stem: `A project costs ${m(i0)} now and brings ${m(c1)} at the end of year 1. At the end of year 2 it brings ${m(hi)} with probability ${p}% or ${m(lo)} otherwise. At ${bp(r)} a year, what is the expected NPV, to the cent?`,
      key: m(round(npvAt(r, [-i0, c1, ev]))),
      wrong: [
        [m(round(npvAt(r, [-i0, c1, (hi + lo) / 2]))), 'weights the two outcomes equally'],
        [m(round(npvAt(r, [-i0, c1, hi]))), 'takes the high outcome'],
        [m(round(npvAt(r, [-i0, c1, lo]))), 'takes the low outcome'],
        [m(round(c1 + ev - i0)), 'nets the expected flows without discounting'],
        [m(round(npvAt(r, [-i0, c1, ((100 - p) * hi + p * lo) / 100]))), 'swaps the probabilities'],
      ],
      figures: { r, i0, c1, hi, lo, p },
    }
  }),
  family('capital-rationing-best-whole-combination', (rng) => {
    const m = money(rng)
    // Built so that filling the budget in PI order (J first) shuts out the better pair K and L:
    // the case where ranking by PI fails for indivisible projects.
    const budget = hundreds(rng, 300, 900)
    const part = (lo: number, hi: number) =>
      Math.round((budget * rng.int(lo, hi)) / 100 / 10000) * 10000
    const cJ = part(55, 65)
    const cK = part(46, 50)
    const cL = part(46, 50)
    const cM = part(20, 33)
    const pJ = rng.int(45, 60)
    const roles = [
      { cost: cJ, npv: Math.round((cJ * pJ) / 100 / 10000) * 10000 },
      { cost: cK, npv: Math.round((cK * rng.int(pJ - 10, pJ - 2)) / 100 / 10000) * 10000 },
      { cost: cL, npv: Math.round((cL * rng.int(pJ - 10, pJ - 2)) / 100 / 10000) * 10000 },
      { cost: cM, npv: Math.round((cM * rng.int(5, 25)) / 100 / 10000) * 10000 },
    ]
    const names = ['J', 'K', 'L', 'M'] as const
    const ps = rng.shuffle(roles).map((p, k) => ({ ...p, name: names[k]! }))
    if (new Set(ps.map((p) => p.npv / p.cost)).size < 4) throw new VariantError('tied PIs')
    let best = 0
    for (let mask = 1; mask < 16; mask++) {
      const set = ps.filter((_, k) => mask & (1 << k))
      if (set.reduce((s, p) => s + p.cost, 0) <= budget)
        best = Math.max(
          best,
          set.reduce((s, p) => s + p.npv, 0),
        )
    }
    const greedy = (order: typeof ps) => {
      let [left, got] = [budget, 0]
      for (const p of order)
        if (p.cost <= left) {
          left -= p.cost
          got += p.npv
        }
      return got
    }
    const byPi = [...ps].sort((x, y) => y.npv / y.cost - x.npv / x.cost)
    const byNpv = [...ps].sort((x, y) => y.npv - x.npv)
    const stopAtFirstMiss = (() => {
      let [left, got] = [budget, 0]
      for (const p of byPi) {
        if (p.cost > left) break
        left -= p.cost
        got += p.npv
      }
      return got
    })()
    if (greedy(byPi) >= best) throw new VariantError('PI order already finds the best set')
    // Filling in PI order but counting the project that breaks the budget; and the divisible
    // relaxation, which takes part of that project.
    const firstMiss = byPi.findIndex(
      (_, k) => byPi.slice(0, k + 1).reduce((s, p) => s + p.cost, 0) > budget,
    )
    const overrun = byPi.slice(0, firstMiss + 1).reduce((s, p) => s + p.npv, 0)
    let [left, fractional] = [budget, 0]
    for (const p of byPi) {
      const part = Math.min(1, left / p.cost)
      if (part <= 0) break
      fractional += p.npv * part
      left -= p.cost * part
    }
    return {
      stem: `${cap(client(rng))} has ${m(budget)} to invest this year only. Projects (cost now; NPV): ${ps.map((p) => `${p.name} ${m(p.cost)}; ${m(p.npv)}`).join(', ')}. Projects cannot be split or repeated. What is the largest total NPV the budget can buy, to the cent?`,
      key: m(best),
      wrong: [
        [m(greedy(byPi)), 'fills the budget in PI order without checking other combinations'],
        [m(greedy(byNpv)), 'fills the budget in NPV order'],
        [m(stopAtFirstMiss), 'stops at the first project in PI order that does not fit'],
        [m(ps.reduce((s, p) => s + p.npv, 0)), 'takes every project, ignoring the budget'],
        [
          m(Math.max(...ps.filter((p) => p.cost <= budget).map((p) => p.npv), 0)),
          'takes the single largest NPV that fits',
        ],
        [m(overrun), 'takes projects in PI order up to and including the one that overruns'],
        [m(round(fractional)), 'splits the last project as if divisible'],
      ],
      figures: Object.fromEntries([
        ['budget', budget],
        ...ps.flatMap((p) => [
          [`c${p.name}`, p.cost],
          [`n${p.name}`, p.npv],
        ]),
      ]),
    }
  }),
  family('npv-fall-for-a-higher-discount-rate', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 50, 300), rng.int(4, 9), rate(rng, 5, 11)]
    const d = rng.int(1, 3) * 100
    const a0 = annuity(r, n)
    const a1 = annuity(r + d, n)
    return {
      stem: `A project’s inflows are ${m(c)} at the end of each of ${n} years; the outlay now is fixed. If the discount rate rises from ${bp(r)} to ${bp(r + d)}, by how much does the NPV fall, to the cent?`,
      key: m(round(c * (a0 - a1))),
      wrong: [
        [m(round((c * n * d) / T)), 'charges the extra rate once on the undiscounted inflows'],
        [m(round(c * a0 * (d / T))), 'charges the extra rate once on the present value'],
        [m(round(disc(c, r, 1) - disc(c, r + d, 1))), 'gives only the first year’s fall'],
        [m(round(c * a1)), 'gives the present value at the higher rate, not the fall'],
        [m(round(c * (a0 - a1) * n)), 'multiplies the fall by the years'],
      ],
      figures: { c, n, r, d },
    }
  }),
]
