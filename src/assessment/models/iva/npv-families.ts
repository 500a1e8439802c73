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
  ratio,
  round,
} from './iva-text.js'

// Net present value and the profitability index from incremental after-tax cash flows. Flows fall
// at the end of each year unless the stem says otherwise; depreciation is straight-line to the
// stated value, tax is paid in the year its profit arises, and money is rounded to the cent.

const hundreds = (rng: { int(a: number, b: number): number }, low: number, high: number) =>
  rng.int(low, high) * 10_000
const T = 10000

export const NPV_FAMILIES = [
  family('npv-of-three-uneven-years', (rng) => {
    const m = money(rng)
    const c = [hundreds(rng, 200, 600), hundreds(rng, 200, 600), hundreds(rng, 200, 600)]
    const i0 = Math.round(((c[0]! + c[1]! + c[2]!) * rng.int(70, 95)) / 100 / 10000) * 10000
    const r = rate(rng, 6, 12)
    const flows = [-i0, ...c]
    const pvIn = npvAt(r, [0, ...c])
    const avg = (c[0]! + c[1]! + c[2]!) / 3
    return {
      stem: `${cap(client(rng))} can spend ${m(i0)} now on a project returning ${m(c[0]!)}, ${m(c[1]!)} and ${m(c[2]!)} at the ends of years 1, 2 and 3. At ${bp(r)} a year, what is the project’s NPV, to the cent?`,
      key: m(round(npvAt(r, flows))),
      wrong: [
        [m(c[0]! + c[1]! + c[2]! - i0), 'nets the flows without discounting'],
        [m(round(pvIn)), 'leaves out the outlay'],
        [m(round(disc(pvIn, r, 1) - i0)), 'discounts every inflow one year too many'],
        [m(round(pvIn * grow(r, 1) - i0)), 'treats the inflows as arriving at each year start'],
        [m(round(pvIn - disc(i0, r, 1))), 'discounts the outlay by a year too'],
        [m(round(avg * annuity(r, 3) - i0)), 'discounts the average inflow as a level annuity'],
      ],
      figures: { i0, c1: c[0]!, c2: c[1]!, c3: c[2]!, r },
    }
  }),
  family('npv-with-salvage', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 50, 300), rng.int(4, 8), rate(rng, 6, 12)]
    const i0 = Math.round((c * n * rng.int(55, 75)) / 100 / 10000) * 10000
    const s = Math.round((i0 * rng.int(5, 20)) / 100 / 10000) * 10000
    const a = c * annuity(r, n)
    return {
      stem: `A van costs ${m(i0)} now, brings in ${m(c)} net cash at the end of each of ${n} years and is sold for ${m(s)} at the end of year ${n} (no tax on the sale). At ${bp(r)} a year, what is the NPV, to the cent?`,
      key: m(round(a + disc(s, r, n) - i0)),
      wrong: [
        [m(round(a - i0)), 'leaves out the resale'],
        [m(round(a + s - i0)), 'adds the resale undiscounted'],
        [
          m(round(a * grow(r, 1) + disc(s, r, n) - i0)),
          'treats the inflows as arriving at each year start',
        ],
        [
          m(round(c * annuity(r, n - 1) + disc(s, r, n) - i0)),
          'counts one year of inflows too few',
        ],
        [m(round(a + disc(s, r, n) - i0 - s)), 'takes the resale off as a cost'],
      ],
      figures: { i0, c, n, r, s },
    }
  }),
  family('operating-cash-flow-with-tax-shield', (rng) => {
    const m = money(rng)
    const rev = hundreds(rng, 400, 1200)
    const cost = Math.round((rev * rng.int(40, 60)) / 100 / 10000) * 10000
    const dep = Math.round(((rev - cost) * rng.int(25, 60)) / 100 / 10000) * 10000
    const t = rng.pick([1900, 2000, 2100, 2500, 2800, 3000])
    const ebit = rev - cost - dep
    const tax = round((ebit * t) / T)
    return {
      stem: `In a project year, sales are ${m(rev)}, cash operating costs ${m(cost)} and straight-line depreciation ${m(dep)}. Tax is ${bp(t)} of taxable profit (to the cent). What is the year’s after-tax operating cash flow, to the cent?`,
      key: m(ebit - tax + dep),
      wrong: [
        [m(ebit - tax), 'gives profit after tax, leaving depreciation deducted'],
        [m(rev - cost - round(((rev - cost) * t) / T)), 'taxes the profit before depreciation'],
        [m(rev - cost), 'ignores tax'],
        [
          m(rev - cost - round(((rev - cost) * t) / T) + dep),
          'adds depreciation back without deducting it for tax',
        ],
        [m(rev - cost + dep), 'adds depreciation to the pre-tax cash profit'],
        [m(rev - round((rev * t) / T) - cost), 'taxes the sales, not the profit'],
      ],
      figures: { rev, cost, dep, t },
    }
  }),
  family('pv-of-depreciation-tax-shield', (rng) => {
    const m = money(rng)
    const [n, r] = [rng.int(3, 8), rate(rng, 6, 12)]
    const i0 = hundreds(rng, 50, 400) * n
    const t = rng.pick([1900, 2000, 2500, 2800, 3000])
    const shield = round((i0 / n) * (t / T))
    return {
      stem: `Equipment costing ${m(i0)} is depreciated straight-line to zero over ${n} years for tax, at a tax rate of ${bp(t)}; the tax saving arrives at the end of each year (round the annual saving to the cent). At ${bp(r)} a year, what is the present value of the depreciation tax shield, to the cent?`,
      key: m(round(shield * annuity(r, n))),
      wrong: [
        [m(shield * n), 'adds the tax savings without discounting'],
        [m(round((i0 / n) * annuity(r, n))), 'discounts the depreciation, not the tax it saves'],
        [m(round((i0 / n - shield) * annuity(r, n))), 'discounts depreciation net of tax'],
        [m(round(disc(shield * n, r, n))), 'discounts all the savings from year n'],
        [m(round(shield * annuity(r, n - 1))), 'counts one year of savings too few'],
      ],
      figures: { i0, n, r, t },
    }
  }),
  family('after-tax-salvage-value', (rng) => {
    const m = money(rng)
    const book = hundreds(rng, 20, 200)
    const sale = book + rng.pick([-1, 1]) * hundreds(rng, 5, 60)
    const t = rng.pick([1900, 2000, 2500, 2800, 3000])
    const tax = round(((sale - book) * t) / T)
    return {
      stem: `At the end of a project a machine with a tax book value of ${m(book)} is sold for ${m(sale)}. Tax is ${bp(t)} of a gain on sale, and a loss on sale saves tax at the same rate (to the cent). What is the after-tax cash from the sale, to the cent?`,
      key: m(sale - tax),
      wrong: [
        [m(sale), 'ignores the tax on the sale'],
        [m(sale - round((sale * t) / T)), 'taxes the whole sale price'],
        [m(book), 'takes the book value as the cash'],
        [m(sale + tax), 'gets the sign of the tax effect backwards'],
        [m(book - tax), 'applies the tax effect to the book value'],
        [m(Math.abs(tax)), 'gives the tax effect alone'],
        [m(book + tax), 'adds the tax effect to the book value'],
      ],
      figures: { book, sale, t },
    }
  }),
  family('working-capital-cost-in-present-value', (rng) => {
    const m = money(rng)
    const [w, n, r] = [hundreds(rng, 20, 300), rng.int(3, 8), rate(rng, 6, 12)]
    return {
      stem: `A project needs ${m(w)} of extra stock and debtors at the start, all released at the end of year ${n}. At ${bp(r)} a year, by how much does this working capital reduce the project’s NPV, to the cent?`,
      key: m(round(w - disc(w, r, n))),
      wrong: [
        [m(w), 'ignores the release at the end'],
        [m(round(disc(w, r, n))), 'gives the present value of the release'],
        [m(round((w * r * n) / T)), 'charges simple interest on it for the life'],
        [m(round(w * grow(r, n) - w)), 'compounds it forward instead of discounting the release'],
        [m(round((w * r) / T)), 'charges one year’s interest on it'],
      ],
      figures: { w, n, r },
    }
  }),
  family('profitability-index', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 50, 300), rng.int(4, 9), rate(rng, 6, 12)]
    const i0 = Math.round((c * n * rng.int(50, 80)) / 100 / 10000) * 10000
    const pv = c * annuity(r, n)
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c)} at the end of each of ${n} years. At ${bp(r)} a year, what is its profitability index (present value of inflows ÷ outlay), to two decimal places?`,
      key: ratio(round((pv / i0) * 100)),
      wrong: [
        [ratio(round(((pv - i0) / i0) * 100)), 'divides the NPV by the outlay'],
        [ratio(round(((c * n) / i0) * 100)), 'uses undiscounted inflows'],
        [ratio(round((i0 / pv) * 100)), 'inverts the ratio'],
        [
          ratio(round(((c * annuity(r, n) * grow(r, 1)) / i0) * 100)),
          'treats the inflows as an annuity due',
        ],
        [ratio(round(((c * annuity(r, n - 1)) / i0) * 100)), 'counts one year of inflows too few'],
      ],
      figures: { i0, c, n, r },
    }
  }),
  family('replacement-net-outlay', (rng) => {
    const m = money(rng)
    const cost = hundreds(rng, 200, 900)
    const book = hundreds(rng, 20, 120)
    const sale = book + hundreds(rng, 5, 60)
    const t = rng.pick([1900, 2000, 2500, 2800, 3000])
    const tax = round(((sale - book) * t) / T)
    return {
      stem: `A client will replace an old press with a new one costing ${m(cost)}. The old press, with a tax book value of ${m(book)}, can be sold today for ${m(sale)}; tax is ${bp(t)} of the gain (to the cent). What is the net cash outlay today for the replacement, to the cent?`,
      key: m(cost - sale + tax),
      wrong: [
        [m(cost - sale), 'ignores the tax on the gain'],
        [m(cost), 'ignores the sale of the old press'],
        [m(cost - sale - tax), 'treats the tax on the gain as a saving'],
        [m(cost - book), 'credits the book value, not the sale proceeds'],
        [m(cost - sale + round((sale * t) / T)), 'taxes the whole sale price'],
      ],
      figures: { cost, book, sale, t },
    }
  }),
  family('relevant-annual-cash-flow', (rng) => {
    const m = money(rng)
    const rev = hundreds(rng, 300, 900)
    const cost = Math.round((rev * rng.int(35, 55)) / 100 / 10000) * 10000
    const rent = hundreds(rng, 20, 80)
    const study = hundreds(rng, 10, 60)
    const oh = hundreds(rng, 10, 60)
    return {
      stem: `A new line would bring ${m(rev)} a year of sales for ${m(cost)} a year of extra cash costs. It would use a warehouse the client now lets out for ${m(rent)} a year, a feasibility study already paid cost ${m(study)}, and the line would be allocated ${m(oh)} a year of head-office overhead that does not change in total. Ignoring tax, what is the line’s relevant annual cash flow, to the cent?`,
      key: m(rev - cost - rent),
      wrong: [
        [m(rev - cost), 'leaves out the rent given up'],
        [m(rev - cost - rent - oh), 'charges the allocated overhead'],
        [m(rev - cost - rent - study), 'charges the study already paid'],
        [m(rev - cost - oh), 'charges the overhead but not the rent given up'],
        [m(rev - cost + rent), 'adds the rent instead of giving it up'],
      ],
      figures: { rev, cost, rent, study, oh },
    }
  }),
  family('npv-with-tax-and-depreciation', (rng) => {
    const m = money(rng)
    const [n, r] = [rng.int(4, 7), rate(rng, 7, 12)]
    const i0 = hundreds(rng, 60, 200) * n
    const p = Math.round((i0 * rng.int(30, 45)) / 100 / 10000) * 10000
    const t = rng.pick([2000, 2500, 3000])
    const dep = i0 / n
    const ocf = p - round(((p - dep) * t) / T)
    const af = annuity(r, n)
    return {
      stem: `A machine costs ${m(i0)} now, is depreciated straight-line to zero over ${n} years and adds ${m(p)} a year of pre-tax cash profit. Tax is ${bp(t)} of profit after depreciation (to the cent), paid at each year end. At ${bp(r)} a year, what is the NPV, to the cent?`,
      key: m(round(ocf * af - i0)),
      wrong: [
        [m(round(p * af - i0)), 'ignores tax'],
        [
          m(round((p - round((p * t) / T)) * af - i0)),
          'taxes the profit without the depreciation allowance',
        ],
        [
          m(round((p - dep - round(((p - dep) * t) / T)) * af - i0)),
          'discounts profit after tax, with depreciation still deducted',
        ],
        [
          m(round((p - round((p * t) / T) + dep) * af - i0)),
          'adds back depreciation it never deducted',
        ],
        [m(round(ocf * n - i0)), 'nets the cash flows without discounting'],
      ],
      figures: { i0, n, r, p, t },
    }
  }),
  family('npv-of-real-flows-at-a-nominal-rate', (rng) => {
    const m = money(rng)
    const [c, n] = [hundreds(rng, 50, 250), rng.int(3, 6)]
    const nom = rate(rng, 8, 14)
    const inf = rate(rng, 2, 5)
    const i0 = Math.round((c * n * rng.int(75, 90)) / 100 / 10000) * 10000
    const real = (1 + nom / T) / (1 + inf / T) - 1
    const at = (x: number) => c * annuity(x * T, n) - i0
    return {
      stem: `A project costs ${m(i0)} now and returns ${m(c)} a year in today’s prices at the end of each of ${n} years. The client’s nominal required return is ${bp(nom)} and inflation is ${bp(inf)} a year. Discounting consistently, what is the NPV, to the cent?`,
      key: m(round(at(real))),
      wrong: [
        [m(round(at(nom / T))), 'discounts real flows at the nominal rate'],
        [m(round(at((nom - inf) / T))), 'uses nominal less inflation as the real rate'],
        [m(round(at((nom + inf) / T))), 'adds inflation to the nominal rate'],
        [m(c * n - i0), 'nets the flows without discounting'],
        [
          m(round(at((1 + nom / T) * (1 + inf / T) - 1))),
          'compounds inflation into the nominal rate',
        ],
      ],
      figures: { i0, c, n, nom, inf },
    }
  }),
  family('npv-with-cannibalised-sales', (rng) => {
    const m = money(rng)
    const [n, r] = [rng.int(3, 7), rate(rng, 6, 12)]
    const gain = hundreds(rng, 100, 400)
    const lost = Math.round((gain * rng.int(15, 40)) / 100 / 10000) * 10000
    const i0 = Math.round(((gain - lost) * n * rng.int(55, 80)) / 100 / 10000) * 10000
    const af = annuity(r, n)
    return {
      stem: `A new model costs ${m(i0)} to launch and will earn ${m(gain)} a year of cash margin for ${n} years, but ${m(lost)} a year of margin on the old model will be lost to it. At ${bp(r)} a year, with year-end flows, what is the launch’s NPV, to the cent?`,
      key: m(round((gain - lost) * af - i0)),
      wrong: [
        [m(round(gain * af - i0)), 'ignores the margin lost on the old model'],
        [m(round(gain * af - disc(lost, r, 1) - i0)), 'charges the lost margin for one year only'],
        [m(round((gain - 2 * lost) * af - i0)), 'charges the lost margin twice'],
        [m((gain - lost) * n - i0), 'nets the flows without discounting'],
        [
          m(round((gain - lost) * af * grow(r, 1) - i0)),
          'treats the flows as arriving at each year start',
        ],
      ],
      figures: { i0, gain, lost, n, r },
    }
  }),
  family('npv-of-growing-flows', (rng) => {
    const m = money(rng)
    const [c1, n, r] = [hundreds(rng, 50, 250), rng.int(4, 8), rate(rng, 8, 13)]
    const g = rng.int(2, 5) * 100
    const i0 = Math.round((c1 * n * rng.int(70, 90)) / 100 / 10000) * 10000
    const flows = (k: number) => Array.from({ length: n }, (_, t) => c1 * (1 + g / T) ** (t + k))
    const pv = (fs: readonly number[]) => fs.reduce((s, x, t) => s + disc(x, r, t + 1), 0)
    return {
      stem: `A project costs ${m(i0)} now; its net inflow is ${m(c1)} at the end of year 1 and grows ${bp(g)} a year for ${n} years in all. At ${bp(r)} a year, what is the NPV, to the cent?`,
      key: m(round(pv(flows(0)) - i0)),
      wrong: [
        [m(round(c1 * annuity(r, n) - i0)), 'ignores the growth'],
        [m(round(pv(flows(1)) - i0)), 'grows the first inflow too'],
        [m(round((c1 * T) / (r - g) - i0)), 'values the inflows as a growing perpetuity'],
        [m(round(flows(0).reduce((s, x) => s + x, 0) - i0)), 'nets the flows without discounting'],
        [m(round(c1 * annuity(r - g, n) - i0)), 'discounts a level annuity at r − g'],
      ],
      figures: { i0, c1, n, r, g },
    }
  }),
  family('pi-from-npv', (rng) => {
    const m = money(rng)
    const i0 = hundreds(rng, 200, 2000)
    const npv = Math.round((i0 * rng.int(5, 60)) / 100 / 100) * 100
    return {
      stem: `A project needs ${m(i0)} now and its NPV at the client’s rate is ${m(npv)}. What is its profitability index (present value of future flows ÷ initial outlay), to two decimal places?`,
      key: ratio(round(((i0 + npv) / i0) * 100)),
      wrong: [
        [ratio(round((npv / i0) * 100)), 'divides the NPV by the outlay'],
        [ratio(round((i0 / (i0 + npv)) * 100)), 'inverts the ratio'],
        [ratio(round(((i0 + npv) / npv) * 100)), 'divides by the NPV'],
        [ratio(round((npv / (i0 + npv)) * 100)), 'divides the NPV by the present value of inflows'],
        [
          ratio(round(((i0 + 2 * npv) / i0) * 100)),
          'adds the NPV to the present value of inflows again',
        ],
        [ratio(round((i0 / npv) * 100)), 'divides the outlay by the NPV'],
      ],
      figures: { i0, npv },
    }
  }),
  family('npv-with-working-capital-and-salvage', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 60, 250), rng.int(4, 7), rate(rng, 7, 12)]
    const i0 = Math.round((c * n * rng.int(55, 70)) / 100 / 10000) * 10000
    const w = Math.round((i0 * rng.int(8, 20)) / 100 / 10000) * 10000
    const s = Math.round((i0 * rng.int(5, 15)) / 100 / 10000) * 10000
    const a = c * annuity(r, n)
    const end = disc(w + s, r, n)
    return {
      stem: `A shop fit-out costs ${m(i0)} now plus ${m(w)} of stock, released at the end of year ${n}; it brings ${m(c)} of after-tax cash at the end of each of ${n} years and the fittings then sell for ${m(s)} after tax. At ${bp(r)} a year, what is the NPV, to the cent?`,
      key: m(round(a + end - i0 - w)),
      wrong: [
        [m(round(a + disc(s, r, n) - i0 - w)), 'never releases the stock'],
        [m(round(a + disc(s, r, n) - i0)), 'leaves the stock out entirely'],
        [m(round(a + w + s - i0 - w)), 'adds the releases undiscounted'],
        [m(round(a - i0 - w)), 'leaves out both end-of-life releases'],
        [m(round(a + end - i0)), 'releases the stock but never pays for it'],
      ],
      figures: { i0, w, c, n, r, s },
    }
  }),
  family('npv-of-flows-at-year-start', (rng) => {
    const m = money(rng)
    const [c, n, r] = [hundreds(rng, 30, 200), rng.int(3, 7), rate(rng, 6, 12)]
    const i0 = Math.round((c * n * rng.int(75, 95)) / 100 / 10000) * 10000
    const a = c * annuity(r, n)
    return {
      stem: `A client pays ${m(i0)} now to set up a trade-club scheme that brings ${m(c)} of membership fees at the start of each year for ${n} years, the first today. At ${bp(r)} a year, what is the NPV, to the cent?`,
      key: m(round(a * grow(r, 1) - i0)),
      wrong: [
        [m(round(a - i0)), 'discounts the fees as if received at each year end'],
        [m(c * n - i0), 'nets the flows without discounting'],
        [m(round(c * annuity(r, n - 1) - i0)), 'drops today’s fee and discounts the rest'],
        [m(round(a * grow(r, 2) - i0)), 'moves the fees a year earlier twice'],
        [m(round(c + a - i0)), 'adds today’s fee to n end-of-year fees'],
      ],
      figures: { i0, c, n, r },
    }
  }),
]
