import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, symbol } from '../scenario/scenario-text.js'
import { bps, type Calc, count, money, percent, ROUND, rateText, show, tvm } from './tvm-calc.js'

// Net present value, internal rate of return and payback of small cash-flow sets. NPV discounts
// each flow by (1 + r)^t with the initial outlay at t = 0 undiscounted; a spreadsheet’s NPV()
// discounts its first argument one period (Microsoft support, “NPV function”: values are at the
// end of each period), so the outlay is added outside it. IRR is the rate at which NPV = 0
// (Microsoft support, “IRR function”); the profitability index is PV of inflows ÷ outlay;
// payback counts (discounted) flows until the cumulative total turns non-negative, assuming each
// year’s flow arrives evenly (Brealey, Myers & Allen, ch. 5–6). The equivalent annual annuity
// spreads NPV over the life with the annuity factor.

function flows(rng: Rng, n: number, low: number, high: number): number[] {
  return Array.from({ length: n }, () => drawn(rng, low, high, 500))
}
const list = ($: string, cs: readonly number[]) => cs.map((c) => show(money($), c)).join(', ')

export const NPV_FAMILIES: readonly ScenarioFamily[] = [
  tvm('tvm-npv-of-a-project', (rng) => {
    const $ = symbol(rng)
    const n = drawn(rng, 3, 5)
    const cs = flows(rng, n, 4000, 30000)
    const total = cs.reduce((s, c) => s + c, 0)
    const c0 = -Math.round((total * rng.pick([0.7, 0.75, 0.8, 0.85])) / 1000) * 1000
    const b = bps(rng, 500, 1400, 50)
    const r = b / 10000
    return {
      stem: `A project costs ${show(money($), -c0)} today and returns ${list($, cs)} at the ends of years 1 to ${n}. At a discount rate of ${rateText(b)}, what is its NPV? ${ROUND}`,
      shape: money($),
      signed: true,
      key: ['npv', r, c0, ...cs],
      wrong: [
        [
          'discountsOutlay',
          ['npv', r, 0, c0, ...cs],
          'discounts every flow one period too many, the outlay included (spreadsheet NPV over all the cells)',
        ],
        ['undiscounted', ['sum', c0, ...cs], 'adds the flows without discounting'],
        [
          'oneTooFew',
          ['npv', r, c0 + cs[0]!, ...cs.slice(1)],
          'discounts each inflow one period too few, the first not at all',
        ],
        ['inflowsOnly', ['npv', r, 0, ...cs], 'leaves out the initial outlay'],
        [
          'simpleDiscount',
          ['sum', c0, ...cs.map((c, t) => c / (1 + r * (t + 1)))],
          'discounts with simple interest',
        ],
      ],
    }
  }),
  tvm('tvm-spreadsheet-npv-function-result', (rng) => {
    const $ = symbol(rng)
    const cs = flows(rng, 4, 3000, 20000)
    const c0 = -drawn(rng, 20000, 50000, 1000)
    const b = bps(rng, 500, 1200, 50)
    const r = b / 10000
    return {
      stem: `A client’s sheet holds ${show(money($), c0)} (the outlay today) in B1 and year-end inflows ${list($, cs)} in B2:B5, and computes =NPV(${b / 100}%, B1:B5). What value does the formula return? ${ROUND}`,
      shape: money($),
      signed: true,
      key: ['npv', r, 0, c0, ...cs],
      wrong: [
        [
          'trueNpv',
          ['npv', r, c0, ...cs],
          'gives the true NPV, as if NPV() left the first cell undiscounted',
        ],
        ['inflowsOnly', ['npv', r, 0, ...cs], 'gives the present value of the inflows only'],
        ['undiscounted', ['sum', c0, ...cs], 'adds the cells'],
        [
          'inflowsOneLate',
          ['npv', r, 0, 0, ...cs],
          'discounts the inflows one period too many and drops the outlay',
        ],
      ],
    }
  }),
  tvm('tvm-irr-of-two-inflows', (rng) => {
    const $ = symbol(rng)
    const c0 = -drawn(rng, 10000, 60000, 1000)
    const c1 = Math.round((-c0 * rng.pick([0.4, 0.5, 0.6])) / 100) * 100
    const c2 = Math.round((-c0 * rng.pick([0.6, 0.7, 0.8])) / 100) * 100
    const hb = bps(rng, 500, 1000, 100)
    return {
      stem: `An investment costs ${show(money($), -c0)} today and returns ${show(money($), c1)} after one year and ${show(money($), c2)} after two. The client’s hurdle rate is ${rateText(hb)}. What is the internal rate of return (to two decimals of a percent)?`,
      shape: percent(2),
      key: ['irr', c0, c1, c2],
      wrong: [
        [
          'averageReturn',
          ['over', (c1 + c2 + c0) / -c0, 2],
          'divides the total profit by the outlay and the years',
        ],
        [
          'totalReturn',
          ['over', c1 + c2 + c0, -c0],
          'gives the total profit as a share of the outlay',
        ],
        ['firstYearYield', ['over', c1, -c0], 'divides the first inflow by the outlay'],
        ['hurdleRate', ['sum', hb / 10000], 'gives the hurdle rate used to judge it'],
        [
          'lastFlowGrowth',
          ['rate', -c0, c1 + c2, 2],
          'compounds the outlay to the sum of the inflows over two years',
        ],
        ['flowsSwapped', ['irr', c0, c2, c1], 'takes the larger second inflow as arriving first'],
      ],
    }
  }),
  tvm('tvm-irr-of-level-inflows', (rng) => {
    const $ = symbol(rng)
    const c = drawn(rng, 2000, 15000, 250)
    const n = drawn(rng, 4, 8)
    const c0 = -Math.round((c * n * rng.pick([0.65, 0.7, 0.75, 0.8])) / 500) * 500
    return {
      stem: `Equipment costing ${show(money($), -c0)} saves ${show(money($), c)} at the end of each year for ${n} years, with nothing left at the end. What is its internal rate of return (to two decimals of a percent)?`,
      shape: percent(2),
      key: ['irr', c0, ...Array.from({ length: n }, () => c)],
      wrong: [
        [
          'averageReturn',
          ['over', (c * n + c0) / -c0, n],
          'divides the total saving net of cost by the outlay and the years',
        ],
        ['savingYield', ['over', c, -c0], 'divides a year’s saving by the cost'],
        [
          'netOfDepreciation',
          ['over', c + c0 / n, -c0 / 2],
          'gives the accounting return on average investment',
        ],
        ['growthOfTotal', ['rate', -c0, c * n, n], 'compounds the cost to the total savings'],
        [
          'oneLess',
          ['irr', c0, ...Array.from({ length: n - 1 }, () => c)],
          'counts one year of savings too few',
        ],
      ],
    }
  }),
  tvm('tvm-profitability-index', (rng) => {
    const $ = symbol(rng)
    const n = drawn(rng, 3, 5)
    const cs = flows(rng, n, 5000, 25000)
    const total = cs.reduce((s, c) => s + c, 0)
    const c0 = -Math.round((total * rng.pick([0.65, 0.75, 0.85, 0.95])) / 1000) * 1000
    const b = bps(rng, 600, 1200, 50)
    const r = b / 10000
    return {
      stem: `A project costs ${show(money($), -c0)} and returns ${list($, cs)} at the ends of years 1 to ${n}. At ${rateText(b)}, what is its profitability index (to three decimals)?`,
      shape: count('', 3),
      key: ['over', ['npv', r, 0, ...cs], -c0],
      wrong: [
        ['npvOverOutlay', ['over', ['npv', r, c0, ...cs], -c0], 'divides the NPV by the outlay'],
        ['undiscounted', ['over', total, -c0], 'divides the undiscounted inflows by the outlay'],
        [
          'oneTooMany',
          ['over', ['npv', r, 0, 0, ...cs], -c0],
          'discounts each inflow one year too many',
        ],
        [
          'inverted',
          ['over', -c0, ['npv', r, 0, ...cs]],
          'divides the outlay by the inflows’ present value',
        ],
      ],
    }
  }),
  tvm('tvm-discounted-payback', (rng) => {
    const $ = symbol(rng)
    const cs = flows(rng, 6, 4000, 14000)
    const c0 = -Math.round((cs[0]! + cs[1]! + cs[2]!) / 500) * 500
    const b = bps(rng, 600, 1200, 100)
    const r = b / 10000
    return {
      stem: `A project costs ${show(money($), -c0)} and returns ${list($, cs)} in years 1 to 6, evenly through each year. At ${rateText(b)}, what is its discounted payback period (to two decimals)?`,
      shape: count('years', 2),
      key: ['dpayback', r, c0, ...cs],
      wrong: [
        ['undiscounted', ['payback', c0, ...cs], 'gives the simple payback, without discounting'],
        [
          'oneTooMany',
          ['dpayback', r, c0, 0, ...cs.slice(0, 5)],
          'discounts each flow one year too many',
        ],
        [
          'wholeYears',
          ['ceil', ['dpayback', r, c0, ...cs]],
          'rounds up to the year the cost is covered',
        ],
        ['doubleRate', ['dpayback', 2 * r, c0, ...cs], 'discounts at twice the rate'],
      ],
    }
  }),
  tvm('tvm-npv-with-a-terminal-value', (rng) => {
    const $ = symbol(rng)
    const cs = flows(rng, 3, 5000, 20000)
    const b = bps(rng, 800, 1400, 50)
    const gb = bps(rng, 100, 400, 50)
    const r = b / 10000
    const g = gb / 10000
    const tv = (cs[2]! * (1 + g)) / (r - g)
    return {
      stem: `A small business is valued on forecast free cash flows of ${list($, cs)} in years 1 to 3, after which cash flow grows ${rateText(gb)} a year forever. At ${rateText(b)}, what is the business worth today? ${ROUND}`,
      shape: money($),
      key: ['sum', ['npv', r, 0, ...cs], ['pv', ['gperp', cs[2]! * (1 + g), r, g], r, 3]],
      wrong: [
        [
          'tvUndiscounted',
          ['sum', ['npv', r, 0, ...cs], ['gperp', cs[2]! * (1 + g), r, g]],
          'adds the terminal value without discounting it',
        ],
        [
          'tvOneTooMany',
          ['pvFlows', r, 1, cs[0]!, 2, cs[1]!, 3, cs[2]!, 4, tv],
          'discounts the terminal value from year 4, one year too many',
        ],
        [
          'tvNotGrown',
          ['pvFlows', r, 1, cs[0]!, 2, cs[1]!, 3, cs[2]! + cs[2]! / (r - g)],
          'bases the terminal value on year 3’s flow instead of year 4’s',
        ],
        ['noTerminal', ['npv', r, 0, ...cs], 'leaves out the terminal value'],
        [
          'levelPerpetuity',
          ['pvFlows', r, 1, cs[0]!, 2, cs[1]!, 3, cs[2]! + cs[2]! / r],
          'values the years after 3 as a level perpetuity',
        ],
      ],
    }
  }),
  tvm('tvm-npv-with-a-later-outflow', (rng) => {
    const $ = symbol(rng)
    const c0 = -drawn(rng, 20000, 60000, 1000)
    const cs = flows(rng, 4, 8000, 25000)
    const k = drawn(rng, 1, 3)
    cs[k] = -drawn(rng, 5000, 15000, 500)
    const b = bps(rng, 500, 1200, 50)
    const r = b / 10000
    return {
      stem: `A project costs ${show(money($), -c0)} today; its year-end cash flows for years 1 to 4 are ${list($, cs)} (year ${k + 1} includes a refit). At ${rateText(b)}, what is its NPV? ${ROUND}`,
      shape: money($),
      signed: true,
      key: ['npv', r, c0, ...cs],
      wrong: [
        [
          'outflowAsInflow',
          ['npv', r, c0, ...cs.map((c) => Math.abs(c))],
          'adds the refit as an inflow',
        ],
        [
          'outflowToday',
          ['npv', r, c0 + cs[k]!, ...cs.map((c, t) => (t === k ? 0 : c))],
          'charges the refit today, undiscounted',
        ],
        ['undiscounted', ['sum', c0, ...cs], 'adds the flows without discounting'],
        [
          'discountsOutlay',
          ['npv', r, 0, c0, ...cs],
          'discounts every flow one period too many, the outlay included',
        ],
      ],
    }
  }),
  tvm('tvm-equivalent-annual-annuity', (rng) => {
    const $ = symbol(rng)
    const n = drawn(rng, 3, 6)
    const cs = flows(rng, n, 6000, 20000)
    const total = cs.reduce((s, c) => s + c, 0)
    const c0 = -Math.round((total * rng.pick([0.7, 0.75, 0.8])) / 1000) * 1000
    const b = bps(rng, 600, 1200, 50)
    const r = b / 10000
    return {
      stem: `To compare machines with different lives, a client asks for the equivalent annual annuity of one costing ${show(money($), -c0)} with year-end cash flows of ${list($, cs)} over its ${n}-year life, at ${rateText(b)}. What is it? ${ROUND}`,
      shape: money($),
      key: ['pmt', ['npv', r, c0, ...cs], r, n, 0],
      wrong: [
        ['npvOverYears', ['over', ['npv', r, c0, ...cs], n], 'divides the NPV by the years'],
        ['npvItself', ['npv', r, c0, ...cs], 'gives the NPV'],
        ['averageNet', ['over', total + c0, n], 'divides the undiscounted net cash by the years'],
        [
          'dueForOrdinary',
          ['pmt', ['npv', r, c0, ...cs], r, n, 1],
          'spreads the NPV as payments at the start of each year',
        ],
        ['fvAnnuity', ['sink', ['npv', r, c0, ...cs], r, n, 0], 'uses the sinking-fund factor'],
        [
          'missingPeriod',
          ['pmt', ['npv', r, c0, ...cs], r, n - 1, 0],
          'spreads the NPV over one year too few',
        ],
      ],
    }
  }),
  tvm('tvm-lease-versus-buy', (rng) => {
    const $ = symbol(rng)
    const price = drawn(rng, 10000, 60000, 1000)
    const n = rng.pick([3, 4, 5])
    const c = Math.round(((price / n) * rng.pick([0.85, 0.9, 0.95])) / 50) * 50
    const b = bps(rng, 500, 1000, 50)
    const r = b / 10000
    return {
      stem: `A client can buy a machine for ${show(money($), price)} or lease it for ${n} annual payments of ${show(money($), c)}, each at the start of the year (no residual value either way). At ${rateText(b)}, what is the present value of the lease payments? ${ROUND}`,
      shape: money($),
      key: ['pvAnn', c, r, n, 1],
      wrong: [
        [
          'ordinaryForDue',
          ['pvAnn', c, r, n, 0],
          'discounts the lease payments as paid at year-ends',
        ],
        ['undiscounted', ['times', c, n], 'adds the lease payments'],
        ['ordinaryOneMore', ['pvAnn', c, r, n + 1, 0], 'values one more payment, all at year-ends'],
        [
          'netOfPrice',
          ['sum', price, -c * ((1 - (1 + r) ** -n) / r) * (1 + r)],
          'gives the saving from leasing instead of the payments’ value',
        ],
      ],
    }
  }),
  tvm('tvm-pv-of-uneven-receipts', (rng) => {
    const $ = symbol(rng)
    const n = drawn(rng, 3, 5)
    const cs = flows(rng, n, 2000, 20000)
    const b = bps(rng, 400, 1200, 50)
    const r = b / 10000
    return {
      stem: `A client is offered a contract paying ${list($, cs)} at the ends of years 1 to ${n}. At ${rateText(b)}, what is the most it should pay for the contract today? ${ROUND}`,
      shape: money($),
      key: ['npv', r, 0, ...cs],
      wrong: [
        ['oneTooMany', ['npv', r, 0, 0, ...cs], 'discounts each receipt one year too many'],
        ['oneTooFew', ['npv', r, ...cs], 'discounts each receipt one year too few'],
        ['undiscounted', ['sum', ...cs], 'adds the receipts'],
        [
          'averageAnnuity',
          ['pvAnn', cs.reduce((s, c) => s + c, 0) / n, r, n, 1],
          'values the average receipt as an annuity due',
        ],
        [
          'simpleDiscount',
          ['sum', ...cs.map((c, t) => c / (1 + r * (t + 1)))],
          'discounts with simple interest',
        ],
      ],
    }
  }),
  tvm('tvm-irr-with-a-sale-at-the-end', (rng) => {
    const $ = symbol(rng)
    const c0 = -drawn(rng, 50000, 200000, 5000)
    const rent = Math.round((-c0 * rng.pick([0.05, 0.06, 0.07])) / 100) * 100
    const n = drawn(rng, 3, 6)
    const sale = Math.round((-c0 * rng.pick([1.05, 1.1, 1.2])) / 1000) * 1000
    const cs = Array.from({ length: n }, (_, t) => (t === n - 1 ? rent + sale : rent))
    return {
      stem: `A client buys a unit for ${show(money($), -c0)}, receives net rent of ${show(money($), rent)} at the end of each year for ${n} years and sells it for ${show(money($), sale)} at the end of year ${n}. What is the IRR (to two decimals of a percent)?`,
      shape: percent(2),
      key: ['irr', c0, ...cs],
      wrong: [
        ['rentYield', ['over', rent, -c0], 'gives the rental yield alone'],
        [
          'simpleAverage',
          ['over', (rent * n + sale + c0) / -c0, n],
          'divides the total profit by the cost and the years',
        ],
        [
          'yieldPlusGrowth',
          ['sum', rent / -c0, (sale + c0) / -c0],
          'adds the rental yield to the total price gain',
        ],
        [
          'saleOneYearLate',
          ['irr', c0, ...cs.slice(0, -1), rent, sale],
          'puts the sale one year after the last rent',
        ],
      ],
    }
  }),
  tvm('tvm-break-even-final-cash-flow', (rng) => {
    const $ = symbol(rng)
    const c0 = -drawn(rng, 30000, 80000, 1000)
    const c1 = drawn(rng, 5000, 20000, 500)
    const c2 = drawn(rng, 5000, 20000, 500)
    const b = bps(rng, 600, 1200, 50)
    const r = b / 10000
    const need: Calc = ['diff', 0, ['npv', r, c0, c1, c2]]
    return {
      stem: `A project costs ${show(money($), -c0)} and returns ${show(money($), c1)} and ${show(money($), c2)} at the ends of years 1 and 2. At ${rateText(b)}, what cash flow at the end of year 3 makes its NPV exactly zero? ${ROUND}`,
      shape: money($),
      key: ['fv', need, r, 3],
      wrong: [
        [
          'shortfallUncompounded',
          ['sum', need],
          'gives the present value of the shortfall, not the year-3 amount',
        ],
        [
          'undiscountedGap',
          ['sum', -c0, -c1, -c2],
          'subtracts the undiscounted inflows from the cost',
        ],
        ['compoundedTwo', ['fv', need, r, 2], 'compounds the shortfall two years'],
        ['compoundedFour', ['fv', need, r, 4], 'compounds the shortfall four years'],
      ],
    }
  }),
  tvm('tvm-npv-at-a-monthly-compounded-rate', (rng) => {
    const $ = symbol(rng)
    const cs = flows(rng, 3, 8000, 25000)
    const c0 = -Math.round((cs.reduce((s, c) => s + c, 0) * 0.8) / 1000) * 1000
    const b = bps(rng, 600, 1200, 50)
    const r = b / 10000
    return {
      stem: `A client’s cost of funds is a nominal ${rateText(b)} a year compounded monthly. A project costs ${show(money($), -c0)} and returns ${list($, cs)} at the ends of years 1 to 3. What is its NPV? ${ROUND}`,
      shape: money($),
      signed: true,
      key: ['npv', ['ear', r, 12], c0, ...cs],
      wrong: [
        [
          'nominalAsAnnual',
          ['npv', r, c0, ...cs],
          'discounts the annual flows at the nominal rate',
        ],
        [
          'monthlyAsAnnual',
          ['npv', r / 12, c0, ...cs],
          'discounts each year’s flow at the monthly rate',
        ],
        ['undiscounted', ['sum', c0, ...cs], 'adds the flows without discounting'],
        [
          'discountsOutlay',
          ['npv', ['ear', r, 12], 0, c0, ...cs],
          'discounts every flow one period too many, the outlay included',
        ],
      ],
    }
  }),
]
