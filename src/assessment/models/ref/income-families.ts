import {
  add,
  DOLLAR,
  DP2,
  div,
  dol,
  frac,
  mul,
  PCT2,
  pc,
  pct2,
  plain,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from './ref-text.js'

// Underwriting an income property the way a lender or an investor's analyst does: NOI is
// effective gross income less operating expenses, with debt service, depreciation and capital
// improvements below the line; cap rates, multipliers and ratios are read off the stated NOI. The
// slips are gross income where NOI belongs, debt service inside NOI, vacancy forgotten or taken
// twice, and the wrong denominator.

const whole = usd(0)
const r2 = plain(2)
const round1000 = (x: number): number => Math.round(x / 1000) * 1000
const NOI_RULE =
  'NOI is effective gross income (rent after vacancy, plus other income) less operating expenses; debt service, depreciation and capital improvements are not operating expenses.'

export const INCOME_FAMILIES = [
  worked('noi-from-a-rent-roll-and-operating-statement', (rng) => {
    const u = rng.int(8, 60)
    const rent = rng.int(18, 50) * 50
    const v = rng.int(3, 10)
    const o = rng.int(2, 20) * 1000
    const gpi = 12 * u * rent
    const e = round1000((gpi * rng.int(30, 45)) / 100)
    const x = round1000((gpi * rng.int(8, 14)) / 100)
    const ds = round1000((gpi * rng.int(15, 28)) / 100)
    const k = round1000((gpi * rng.int(3, 8)) / 100)
    const egi = add(mul(gpi, pc(100 - v)), o)
    const noi = sub(egi, e + x)
    return {
      stem: `A ${u}-unit building rents every unit at ${dol(rent)} a month; vacancy and collection loss run at ${v}% of rent. Laundry and parking bring ${dol(o)} a year. Operating expenses are ${dol(e)} plus property tax of ${dol(x)}; annual debt service is ${dol(ds)} and a roof replacement costs ${dol(k)} this year. ${NOI_RULE} What is the annual NOI, ${DOLLAR}?`,
      show: whole,
      figures: { u, rent, v, o, e, x, ds, k },
      key: noi,
      wrong: [
        [sub(gpi + o, e + x), 'leaves out the vacancy'],
        [sub(noi, ds), 'takes debt service off as well'],
        [sub(noi, k), 'takes the roof off as an operating expense'],
        [sub(noi, o), 'leaves out the other income'],
        [add(noi, x), 'leaves out the property tax'],
      ],
    }
  }),
  worked('cap-rate-from-a-price-and-operating-statement', (rng) => {
    const gpi = rng.int(80, 600) * 1000
    const v = rng.int(3, 10)
    const e = round1000((gpi * rng.int(30, 45)) / 100)
    const egi = mul(gpi, pc(100 - v))
    const noi = sub(egi, e)
    const p = round1000((gpi * rng.int(80, 140)) / 10)
    const loan = round1000((p * rng.int(55, 75)) / 100)
    const ds = round1000((gpi * rng.int(15, 30)) / 100)
    return {
      stem: `A building is offered at ${dol(p)}. Gross scheduled rent is ${dol(gpi)} a year, vacancy ${v}%, operating expenses ${dol(e)}. The buyer would borrow ${dol(loan)} with annual debt service of ${dol(ds)}. ${NOI_RULE} What is the going-in cap rate (NOI ÷ price), ${PCT2}?`,
      show: pct2,
      figures: { gpi, v, e, p, loan, ds },
      key: div(noi, p),
      wrong: [
        [frac(gpi, p), 'divides gross scheduled rent by the price'],
        [div(egi, p), 'divides effective gross income by the price'],
        [div(sub(noi, ds), p), 'takes debt service off NOI first'],
        [div(noi, p - loan), 'divides by the equity, not the price'],
        [div(sub(noi, ds), p - loan), 'gives the cash-on-cash return'],
      ],
    }
  }),
  worked('value-by-capitalising-next-years-noi', (rng) => {
    const noi = rng.int(50, 600) * 1000
    const g = rng.int(10, 30)
    const c = rng.int(45, 80)
    const rv = rng.int(5, 40) * 500
    const next = mul(noi, add(1, tenths(g)))
    return {
      stem: `This year's NOI is ${dol(noi)} and is expected to grow ${tenthPct(g)} next year. The appraiser capitalises next year's NOI at a ${tenthPct(c)} cap rate; the ${dol(rv)} replacement reserve is below the line (not deducted in NOI). What is the value, ${DOLLAR}?`,
      show: whole,
      figures: { noi, g, c, rv },
      key: div(next, tenths(c)),
      wrong: [
        [div(noi, tenths(c)), "capitalises this year's NOI"],
        [div(sub(next, rv), tenths(c)), 'takes the reserve off NOI'],
        [div(next, tenths(c - g)), 'takes the growth off the cap rate'],
        [div(next, tenths(c + g)), 'adds the growth to the cap rate'],
      ],
    }
  }),
  worked('value-from-comparable-gross-rent-multipliers', (rng) => {
    const ga = rng.int(60, 400) * 1000
    const gb = rng.int(60, 400) * 1000
    const ma = rng.int(80, 140)
    const mb = rng.int(80, 140)
    if (ma === mb || ga === gb) rest()
    const pa = (ga * ma) / 10
    const pb = (gb * mb) / 10
    const s = rng.int(60, 400) * 1000
    const v = rng.int(3, 10)
    const o = rng.int(2, 20) * 1000
    const grm = div(add(frac(pa, ga), frac(pb, gb)), 2)
    return {
      stem: `Comparable A sold for ${dol(pa)} with gross scheduled rent of ${dol(ga)} a year; comparable B sold for ${dol(pb)} with ${dol(gb)}. The subject's gross scheduled rent is ${dol(s)} a year (vacancy ${v}%, other income ${dol(o)}). Take the simple average of the two comparables' gross rent multipliers (price ÷ gross scheduled annual rent) and apply it to the subject's gross scheduled rent. What is the indicated value, ${DOLLAR}?`,
      show: whole,
      figures: { ga, gb, pa, pb, s, v, o },
      key: mul(grm, s),
      wrong: [
        [
          mul(frac(pa + pb, ga + gb), s),
          'pools the comparables instead of averaging their multipliers',
        ],
        [mul(grm, s, pc(100 - v)), 'applies the multiplier to rent after vacancy'],
        [mul(grm, s + o), 'applies the multiplier to rent plus other income'],
        [mul(grm, frac(s, 12)), 'applies the annual multiplier to monthly rent'],
      ],
    }
  }),
  worked('cash-on-cash-return-in-year-one', (rng) => {
    const p = rng.int(30, 300) * 10000
    const d = rng.int(20, 40)
    const c = round1000((p * rng.int(15, 40)) / 1000)
    const noi = round1000((p * rng.int(50, 80)) / 1000)
    const ds = round1000((noi * rng.int(55, 85)) / 100)
    const down = (p * d) / 100
    return {
      stem: `An investor buys at ${dol(p)} with ${d}% down and pays ${dol(c)} of closing costs in cash. Year-one NOI is ${dol(noi)} and annual debt service ${dol(ds)}. What is the cash-on-cash return (cash flow after debt service ÷ all cash invested), ${PCT2}?`,
      show: pct2,
      figures: { p, d, c, noi, ds },
      key: frac(noi - ds, down + c),
      wrong: [
        [frac(noi, down + c), 'leaves out the debt service'],
        [frac(noi - ds, p), 'divides by the price'],
        [frac(noi - ds, down), 'leaves the closing costs out of the cash invested'],
        [frac(noi - ds, p - down), 'divides by the loan'],
      ],
    }
  }),
  worked('operating-expense-ratio-on-effective-gross-income', (rng) => {
    const gpi = rng.int(80, 600) * 1000
    const v = rng.int(3, 10)
    const o = round1000((gpi * rng.int(1, 5)) / 100)
    const e = round1000((gpi * rng.int(30, 50)) / 100)
    const ds = round1000((gpi * rng.int(15, 30)) / 100)
    const egi = add(mul(gpi, pc(100 - v)), o)
    return {
      stem: `A building has gross scheduled rent of ${dol(gpi)}, vacancy of ${v}% of rent, other income of ${dol(o)}, operating expenses of ${dol(e)} and debt service of ${dol(ds)} a year. What is the operating expense ratio (operating expenses ÷ effective gross income, which includes other income), ${PCT2}?`,
      show: pct2,
      figures: { gpi, v, o, e, ds },
      key: div(e, egi),
      wrong: [
        [frac(e, gpi + o), 'divides by potential income before vacancy'],
        [div(e + ds, egi), 'counts debt service as an expense'],
        [div(e, sub(egi, e)), 'divides by NOI'],
        [div(e, mul(gpi, pc(100 - v))), 'leaves other income out of the base'],
      ],
    }
  }),
  worked('effective-gross-income-after-vacancy-and-credit-loss', (rng) => {
    const gpi = rng.int(80, 600) * 1000
    const v = rng.int(3, 10)
    const cl = rng.int(1, 4)
    const o = rng.int(2, 30) * 1000
    const net = mul(gpi, pc(100 - v), pc(100 - cl))
    return {
      stem: `A property's gross scheduled rent is ${dol(gpi)} a year. Vacancy takes ${v}% of it; credit loss is ${cl}% of the rent left after vacancy; other income of ${dol(o)} is collected in full. What is effective gross income, ${DOLLAR}?`,
      show: whole,
      figures: { gpi, v, cl, o },
      key: add(net, o),
      wrong: [
        [add(mul(gpi, pc(100 - v - cl)), o), 'takes both losses off gross rent'],
        [frac(gpi + o), 'takes no losses'],
        [mul(gpi + o, pc(100 - v), pc(100 - cl)), 'takes the losses off other income too'],
        [add(mul(gpi, pc(100 - v)), o), 'leaves out the credit loss'],
      ],
    }
  }),
  worked('debt-yield-of-a-loan-request', (rng) => {
    const noi = rng.int(60, 500) * 1000
    const c = rng.int(50, 80)
    const v = round1000((noi * 1000) / c)
    const l = round1000((v * rng.int(55, 75)) / 100)
    const egi = round1000((noi * rng.int(150, 180)) / 100)
    const ds = round1000((noi * rng.int(55, 80)) / 100)
    return {
      stem: `A loan of ${dol(l)} is requested on a property valued at ${dol(v)} with effective gross income of ${dol(egi)}, NOI of ${dol(noi)} and proposed debt service of ${dol(ds)} a year. What is the debt yield (NOI ÷ loan amount), ${PCT2}?`,
      show: pct2,
      figures: { noi, v, l, egi, ds },
      key: frac(noi, l),
      wrong: [
        [frac(noi, v), 'divides by the value, giving the cap rate'],
        [frac(noi - ds, l), 'takes debt service off NOI'],
        [frac(egi, l), 'uses effective gross income'],
        [frac(noi, v - l), 'divides by the equity'],
        [frac(noi, ds), 'gives the debt service coverage ratio'],
        [frac(noi - ds, v), 'takes debt service off and divides by the value'],
      ],
    }
  }),
  worked('loan-sized-on-the-lowest-of-three-tests', (rng) => {
    const v = rng.int(100, 900) * 10000
    const l = rng.pick([60, 65, 70, 75])
    const noi = round1000((v * rng.int(55, 80)) / 1000)
    const d = rng.pick([120, 125, 130, 135])
    const r = rng.int(50, 75)
    const y = rng.int(8, 11)
    const tests = [mul(v, pc(l)), div(noi, mul(frac(d, 100), tenths(r))), div(noi, pc(y))]
    const sorted = [...tests].sort((a, b) => (a.n * b.d < b.n * a.d ? -1 : 1))
    const [lo, mid, hi] = sorted as [(typeof tests)[0], (typeof tests)[0], (typeof tests)[0]]
    if (lo.n * mid.d === mid.n * lo.d || mid.n * hi.d === hi.n * mid.d) rest()
    return {
      stem: `A lender offers the lowest loan that passes all three of its tests: at most ${l}% of the ${dol(v)} value; NOI of ${dol(noi)} at least ${r2(frac(d, 100))} times interest-only debt service at ${tenthPct(r)}; and a debt yield (NOI ÷ loan) of at least ${y}%. What is the loan, ${DOLLAR}?`,
      show: whole,
      figures: { v, l, noi, d, r, y },
      key: lo,
      wrong: [
        [hi, 'takes the most generous test'],
        [mid, 'checks only two of the tests, missing the one that binds'],
        [div(mul(noi, frac(d, 100)), tenths(r)), 'multiplies NOI by the coverage ratio'],
        [mul(v, pc(100 - l)), 'applies one minus the LTV'],
      ],
    }
  }),
  worked('noi-with-a-management-fee-on-collected-income', (rng) => {
    const gpi = rng.int(80, 600) * 1000
    const v = rng.int(5, 10)
    const o = round1000((gpi * rng.int(1, 3)) / 100)
    const m = rng.int(4, 8)
    const e = round1000((gpi * rng.int(25, 40)) / 100)
    const egi = add(mul(gpi, pc(100 - v)), o)
    return {
      stem: `A manager charges ${m}% of effective gross income (rent collected after ${v}% vacancy, plus other income). Gross scheduled rent is ${dol(gpi)}, other income ${dol(o)}, and operating expenses other than the fee ${dol(e)} a year. What is NOI after the fee, ${DOLLAR}?`,
      show: whole,
      figures: { gpi, v, o, m, e },
      key: sub(mul(egi, pc(100 - m)), e),
      wrong: [
        [sub(sub(egi, mul(gpi, pc(m))), e), 'charges the fee on gross scheduled rent'],
        [sub(egi, e), 'leaves out the management fee'],
        [sub(mul(gpi + o, pc(100 - m)), e), 'leaves out the vacancy'],
        [mul(sub(egi, e), pc(100 - m)), 'charges the fee on NOI'],
      ],
    }
  }),
  worked('cap-rate-by-the-band-of-investment', (rng) => {
    const m = rng.int(55, 80)
    const i = rng.int(45, 75)
    const rm = i + rng.int(10, 25)
    const re = rng.int(60, 120)
    if (re === rm) rest()
    return {
      stem: `A lender will fund ${m}% of value at ${tenthPct(i)} interest with a mortgage constant of ${tenthPct(rm)}; equity investors want a ${tenthPct(re)} equity dividend rate. By the band of investment (loan share × mortgage constant + equity share × equity dividend rate), what is the overall cap rate, ${PCT2}?`,
      show: pct2,
      figures: { m, i, rm, re },
      key: add(mul(pc(m), tenths(rm)), mul(pc(100 - m), tenths(re))),
      wrong: [
        [
          add(mul(pc(m), tenths(i)), mul(pc(100 - m), tenths(re))),
          'uses the interest rate, not the constant',
        ],
        [
          add(mul(pc(100 - m), tenths(rm)), mul(pc(m), tenths(re))),
          'swaps the loan and equity shares',
        ],
        [div(add(tenths(rm), tenths(re)), 2), 'averages the two rates without weights'],
        [mul(pc(m), tenths(rm)), 'leaves out the equity band'],
      ],
    }
  }),
  worked('cash-flow-before-tax-from-the-operating-statement', (rng) => {
    const gpi = rng.int(80, 600) * 1000
    const v = rng.int(3, 10)
    const e = round1000((gpi * rng.int(30, 40)) / 100)
    const rv = round1000((gpi * rng.int(1, 3)) / 100)
    const ds = round1000((gpi * rng.int(20, 35)) / 100)
    const int = round1000((ds * rng.int(60, 85)) / 100)
    const dep = round1000((gpi * rng.int(3, 8)) / 100)
    const egi = mul(gpi, pc(100 - v))
    const cf = sub(egi, e + rv + ds)
    return {
      stem: `Gross scheduled rent is ${dol(gpi)}, vacancy ${v}%, operating expenses ${dol(e)}, and the owner sets aside ${dol(rv)} of replacement reserves. Debt service is ${dol(ds)} a year, of which ${dol(int)} is interest; depreciation for tax is ${dol(dep)}. Cash flow before tax is NOI less reserves less all debt service. What is it, ${DOLLAR}?`,
      show: whole,
      figures: { gpi, v, e, rv, ds, int, dep },
      key: cf,
      wrong: [
        [sub(cf, dep), 'takes depreciation off as well'],
        [add(cf, ds), 'leaves out the debt service'],
        [sub(frac(gpi), e + rv + ds), 'leaves out the vacancy'],
        [add(cf, ds - int), 'takes off only the interest'],
      ],
    }
  }),
  worked('value-gained-when-the-cap-rate-falls', (rng) => {
    const noi = rng.int(50, 600) * 1000
    const c1 = rng.int(55, 90)
    const c2 = c1 - rng.int(3, 10)
    const v1 = div(noi, tenths(c1))
    const v2 = div(noi, tenths(c2))
    return {
      stem: `A building's NOI of ${dol(noi)} is unchanged while market cap rates fall from ${tenthPct(c1)} to ${tenthPct(c2)}. By direct capitalisation, by how much does its value rise, ${DOLLAR}?`,
      show: whole,
      figures: { noi, c1, c2 },
      key: sub(v2, v1),
      wrong: [
        [
          mul(v1, frac(c1 - c2, c1)),
          "applies the cap rate's fall as a percentage of the old value",
        ],
        [v2, 'gives the new value'],
        [mul(noi, tenths(c1 - c2)), 'multiplies NOI by the fall in the cap rate'],
        [div(noi, tenths(c1 - c2)), 'capitalises NOI at the fall in the cap rate'],
      ],
    }
  }),
  worked('rent-lost-to-turnover-vacancy', (rng) => {
    const u = rng.int(20, 200)
    const tv = rng.int(30, 60)
    const d = rng.int(10, 25)
    const rent = rng.int(18, 50) * 50
    const turns = mul(u, pc(tv))
    return {
      stem: `A ${u}-unit complex renting at ${dol(rent)} a month expects ${tv}% of its units to turn over in a year, each sitting empty for ${d} days. Daily rent is monthly rent × 12 ÷ 365. What is the expected annual rent lost to turnover, ${DOLLAR}?`,
      show: whole,
      figures: { u, tv, d, rent },
      key: mul(turns, d, frac(rent * 12, 365)),
      wrong: [
        [mul(turns, d, frac(rent, 30)), 'takes daily rent as monthly ÷ 30'],
        [mul(turns, d, frac(rent, 31)), 'takes daily rent as monthly ÷ 31'],
        [mul(u, d, frac(rent * 12, 365)), 'counts every unit as turning over'],
        [mul(turns, rent), "loses a full month's rent per turnover"],
      ],
    }
  }),
  worked('gross-rent-multiplier-of-a-sale', (rng) => {
    const g = rng.int(60, 400) * 1000
    const p = round1000((g * rng.int(80, 140)) / 10)
    const v = rng.int(3, 10)
    const o = round1000((g * rng.int(2, 6)) / 100)
    const noi = round1000((g * rng.int(50, 62)) / 100)
    return {
      stem: `A building sold for ${dol(p)}. Its gross scheduled rent was ${dol(g)} a year, vacancy ${v}%, other income ${dol(o)}, NOI ${dol(noi)}. What is its gross rent multiplier (price ÷ gross scheduled annual rent), ${DP2}?`,
      show: r2,
      figures: { g, p, v, o, noi },
      key: frac(p, g),
      wrong: [
        [frac(p * 12, g), 'divides by monthly rent'],
        [div(p, mul(g, pc(100 - v))), 'divides by rent after vacancy'],
        [frac(p, noi), 'divides by NOI'],
        [frac(p, g + o), 'adds other income to the rent'],
      ],
    }
  }),
  worked('cap-rate-after-a-property-tax-reassessment', (rng) => {
    const p = rng.int(50, 900) * 10000
    const t = rng.int(8, 25)
    const t0 = round1000((p * t * rng.int(40, 80)) / 100000)
    const noi = round1000((p * rng.int(55, 85)) / 1000)
    const newTax = mul(p, tenths(t))
    return {
      stem: `A seller's NOI of ${dol(noi)} includes property tax of ${dol(t0)}. On sale at ${dol(p)} the county reassesses the tax to ${tenthPct(t)} of the price. What is the buyer's cap rate on the price with NOI restated for the new tax, ${PCT2}?`,
      show: pct2,
      figures: { p, t, t0, noi },
      key: div(sub(frac(noi + t0), newTax), p),
      wrong: [
        [frac(noi, p), "keeps the seller's NOI"],
        [div(sub(frac(noi), newTax), p), 'takes the new tax off without adding back the old'],
        [frac(noi + t0, p), 'adds back the old tax and never charges the new'],
        [
          div(add(frac(noi), sub(newTax, t0)), p),
          'adds the tax increase to NOI instead of taking it off',
        ],
      ],
    }
  }),
]
