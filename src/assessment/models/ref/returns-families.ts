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
  power,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from './ref-text.js'

// The returns an investor's analyst models over a holding period: cash flows and a sale reversion
// (capitalised on the following year's NOI, less selling costs and the loan), discounted year by
// year at end-year timing; one-year returns, levered and not; equity multiples and a simple
// waterfall; UK-style yields with purchaser's costs and term and reversion. The slips are the
// wrong year's NOI, a flow a year early or late, the loan forgotten and the wrong denominator.

const whole = usd(0)
const round1000 = (x: number): number => Math.round(x / 1000) * 1000
const ARREARS = 'Flows arrive at the end of each year.'

export const RETURN_FAMILIES = [
  worked('net-sale-proceeds-to-equity-at-exit', (rng) => {
    const n = rng.int(3, 10)
    const nn = rng.int(80, 600) * 1000
    const next = round1000((nn * rng.int(102, 104)) / 100)
    const ce = rng.int(55, 85)
    const cg = ce - rng.int(3, 10)
    const s = rng.int(2, 5)
    const gross = div(next, tenths(ce))
    const b = round1000((nn * 1000 * rng.int(45, 65)) / (ce * 100))
    return {
      stem: `An investor sells at the end of year ${n}. NOI is ${dol(nn)} in year ${n} and forecast at ${dol(next)} for year ${n + 1}; the buyer will capitalise the forecast year's NOI at a ${tenthPct(ce)} exit cap rate (the going-in rate was ${tenthPct(cg)}). Selling costs are ${s}% of the sale price and the loan balance at sale is ${dol(b)}. What are the net proceeds to equity, ${DOLLAR}?`,
      show: whole,
      figures: { n, nn, next, ce, cg, s, b },
      key: sub(mul(gross, pc(100 - s)), b),
      wrong: [
        [sub(mul(div(nn, tenths(ce)), pc(100 - s)), b), `capitalises year ${n}'s NOI`],
        [sub(gross, b), 'leaves out the selling costs'],
        [mul(gross, pc(100 - s)), 'forgets to repay the loan'],
        [sub(mul(div(next, tenths(cg)), pc(100 - s)), b), 'capitalises at the going-in cap rate'],
        [mul(sub(gross, b), pc(100 - s)), 'takes the selling costs off the equity only'],
      ],
    }
  }),
  worked('present-value-of-a-three-year-hold', (rng) => {
    const c1 = rng.int(40, 300) * 1000
    const c2 = round1000((c1 * rng.int(101, 105)) / 100)
    const c3 = round1000((c2 * rng.int(101, 105)) / 100)
    const s = round1000((c1 * rng.int(110, 170)) / 10)
    const k = rng.int(70, 120)
    const v = div(1, add(1, tenths(k)))
    const pv = (xs: readonly (readonly [number, number])[]) =>
      add(...xs.map(([x, t]) => mul(x, power(v, t))))
    return {
      stem: `A building is expected to produce cash flows of ${dol(c1)}, ${dol(c2)} and ${dol(c3)} in years 1 to 3 and to sell for net proceeds of ${dol(s)} at the end of year 3. ${ARREARS} At a ${tenthPct(k)} discount rate, compounded yearly, what is the present value of the hold, ${DOLLAR}?`,
      show: whole,
      figures: { c1, c2, c3, s, k },
      key: pv([
        [c1, 1],
        [c2, 2],
        [c3, 3],
        [s, 3],
      ]),
      wrong: [
        [
          add(
            pv([
              [c1, 1],
              [c2, 2],
              [c3, 3],
            ]),
            frac(s),
          ),
          'leaves the sale undiscounted',
        ],
        [
          pv([
            [c1, 1],
            [c2, 2],
            [c3, 3],
            [s, 4],
          ]),
          'discounts the sale a year too far',
        ],
        [
          pv([
            [c1, 0],
            [c2, 1],
            [c3, 2],
            [s, 2],
          ]),
          'discounts every flow a year too early',
        ],
        [pv([[c1 + c2 + c3 + s, 3]]), 'discounts every flow from year 3'],
      ],
    }
  }),
  worked('one-year-unlevered-holding-return', (rng) => {
    const p = rng.int(50, 900) * 10000
    const noi = round1000((p * rng.int(50, 80)) / 1000)
    const sale = round1000((p * rng.int(106, 115)) / 100)
    const s = rng.int(2, 4)
    const net = mul(sale, pc(100 - s))
    const gain = add(sub(net, p), noi)
    return {
      stem: `An all-cash buyer pays ${dol(p)}, collects NOI of ${dol(noi)} over the year and sells at its end for ${dol(sale)}, paying selling costs of ${s}% of the sale price. What is the one-year holding-period return ((NOI + net sale proceeds − price) ÷ price), ${PCT2}?`,
      show: pct2,
      figures: { p, noi, sale, s },
      key: div(gain, p),
      wrong: [
        [frac(noi, p), 'gives the income return only'],
        [frac(noi + sale - p, p), 'leaves out the selling costs'],
        [div(sub(net, p), p), 'leaves out the NOI'],
        [div(gain, sale), 'divides by the sale price'],
      ],
    }
  }),
  worked('equity-multiple-of-a-completed-hold', (rng) => {
    const e = rng.int(20, 200) * 10000
    const n = rng.int(3, 8)
    const c = round1000((e * rng.int(4, 9)) / 100)
    const b = round1000((e * rng.int(150, 250)) / 100)
    const s = round1000(((b + e) * rng.int(110, 150)) / 100)
    return {
      stem: `An investor put in ${dol(e)} of equity, received ${dol(c)} of cash flow after debt service in each of ${n} years, then sold for net proceeds of ${dol(s)} before repaying the ${dol(b)} loan. What is the equity multiple (all cash returned to equity ÷ equity invested), ${DP2}?`,
      show: plain(2),
      figures: { e, n, c, b, s },
      key: frac(n * c + s - b, e),
      wrong: [
        [frac(n * c + s - b - e, e), 'takes the equity back out, giving profit over equity'],
        [frac(n * c, e), 'leaves out the sale'],
        [frac(n * c + s, e), 'forgets to repay the loan'],
        [frac(n * c + s - b, e + b), 'divides by the whole cost, debt included'],
        [frac(n * c + s - b + e, e), 'adds the equity back on top'],
        [frac(n * c + s + b, e), 'adds the loan instead of repaying it'],
      ],
    }
  }),
  worked('levered-return-by-the-leverage-formula', (rng) => {
    const ru = rng.int(60, 110)
    const kd = rng.int(40, ru - 8)
    const l = rng.int(50, 75)
    const de = frac(l, 100 - l)
    return {
      stem: `A property returns ${tenthPct(ru)} a year unlevered (NOI ÷ price). The buyer funds ${l}% of the price with an interest-only loan at ${tenthPct(kd)}. By return on equity = unlevered return + (unlevered return − loan rate) × debt ÷ equity, what is the return on equity, ${PCT2}?`,
      show: pct2,
      figures: { ru, kd, l },
      key: add(tenths(ru), mul(tenths(ru - kd), de)),
      wrong: [
        [add(tenths(ru), mul(tenths(ru - kd), pc(l))), 'uses debt over value for debt over equity'],
        [tenths(ru), 'gives the unlevered return'],
        [div(tenths(ru), pc(100 - l)), 'leaves out the interest on the loan'],
        [add(tenths(ru), mul(tenths(ru - kd), frac(100 - l, l))), 'uses equity over debt'],
        [add(tenths(ru), mul(tenths(ru + kd), de)), 'adds the loan rate instead of taking it off'],
        [
          add(tenths(ru), mul(tenths(ru - kd), add(1, de))),
          'multiplies the spread by one plus debt over equity',
        ],
      ],
    }
  }),
  worked('limited-partner-share-of-a-preferred-return-waterfall', (rng) => {
    const e = rng.int(10, 80) * 100000
    const [lp, sp] = rng.pick([
      [90, 80],
      [90, 70],
      [95, 80],
      [80, 70],
    ] as const)
    const p = rng.int(6, 10)
    const hurdle = mul(e, pc(100 + p))
    const d = round1000((e * rng.int(115, 150)) / 100)
    const over = sub(d, hurdle)
    return {
      stem: `A one-year deal has ${dol(e)} of equity, ${lp}% from the limited partner and ${100 - lp}% from the sponsor. At year end ${dol(d)} is distributed: first a ${p}% preferred return on all equity pro rata, then all capital back pro rata, then everything left ${sp}% to the limited partner and ${100 - sp}% to the sponsor. How much does the limited partner receive, ${DOLLAR}?`,
      show: whole,
      figures: { e, lp, sp, p, d },
      key: add(mul(hurdle, pc(lp)), mul(over, pc(sp))),
      wrong: [
        [mul(d, pc(lp)), 'splits everything by the equity shares'],
        [mul(d, pc(sp)), 'applies the split to everything'],
        [add(mul(e, pc(lp)), mul(sub(d, e), pc(sp))), 'leaves out the preferred return'],
        [
          add(mul(e, pc(p)), mul(e, pc(lp)), mul(over, pc(sp))),
          "gives the limited partner the sponsor's preferred return too",
        ],
      ],
    }
  }),
  worked('one-year-levered-return-on-equity', (rng) => {
    const p = rng.int(50, 900) * 10000
    const l = rng.int(55, 75)
    const loan = (p * l) / 100
    const kd = rng.int(45, 65)
    const noi = round1000((p * rng.int(65, 85)) / 1000)
    const sale = round1000((p * rng.int(105, 112)) / 100)
    const s = rng.int(2, 4)
    const eq = p - loan
    const net = mul(sale, pc(100 - s))
    const int = mul(loan, tenths(kd))
    const back = sub(add(sub(noi, int), net), loan)
    return {
      stem: `A buyer pays ${dol(p)}, borrowing ${l}% of it interest-only at ${tenthPct(kd)} (interest paid at year end). NOI for the year is ${dol(noi)}; at year end the property sells for ${dol(sale)} less ${s}% selling costs and the loan is repaid. What is the one-year return on equity ((cash back − equity) ÷ equity), ${PCT2}?`,
      show: pct2,
      figures: { p, l, kd, noi, sale, s },
      key: div(sub(back, eq), eq),
      wrong: [
        [div(sub(add(net, noi), p), p), 'gives the unlevered return'],
        [div(sub(add(back, int), eq), eq), 'leaves out the interest'],
        [div(sub(noi, int), eq), 'counts only the cash yield'],
        [div(sub(add(back, mul(sale, pc(s))), eq), eq), 'leaves out the selling costs'],
        [
          div(sub(add(back, int), add(mul(eq, tenths(kd)), eq)), eq),
          'charges the interest on the equity, not the loan',
        ],
        [div(sub(back, eq), p), 'divides by the price, not the equity'],
      ],
    }
  }),
  worked('sale-price-on-forward-noi-at-the-exit-cap', (rng) => {
    const n1 = rng.int(80, 600) * 1000
    const g = rng.int(15, 35)
    const n = rng.int(3, 7)
    const ce = rng.int(55, 85)
    const cg = ce - rng.int(3, 10)
    const grown = (k: number) => mul(n1, power(add(1, tenths(g)), k))
    return {
      stem: `Year-1 NOI is ${dol(n1)} and grows ${tenthPct(g)} a year. The investor sells at the end of year ${n}, and the buyer capitalises the following year's NOI (year ${n + 1}) at a ${tenthPct(ce)} exit cap rate; the going-in cap rate was ${tenthPct(cg)}. What is the sale price, ${DOLLAR}?`,
      show: whole,
      figures: { n1, g, n, ce, cg },
      key: div(grown(n), tenths(ce)),
      wrong: [
        [div(grown(n - 1), tenths(ce)), `capitalises year ${n}'s NOI`],
        [div(grown(n), tenths(cg)), 'capitalises at the going-in cap rate'],
        [div(n1, tenths(ce)), 'capitalises year-1 NOI'],
        [div(grown(n + 1), tenths(ce)), 'grows NOI a year too far'],
      ],
    }
  }),
  worked('value-of-a-growing-net-income', (rng) => {
    const noi = rng.int(50, 600) * 1000
    const g = rng.int(10, 30)
    const k = rng.int(70, 110)
    const next = mul(noi, add(1, tenths(g)))
    return {
      stem: `A ground lease pays net income of ${dol(noi)} this year, growing ${tenthPct(g)} a year forever; the first payment to value comes a year from now. At a ${tenthPct(k)} required return, value = next year's income ÷ (required return − growth). What is the value, ${DOLLAR}?`,
      show: whole,
      figures: { noi, g, k },
      key: div(next, tenths(k - g)),
      wrong: [
        [div(noi, tenths(k - g)), "uses this year's income"],
        [div(next, tenths(k)), 'leaves out the growth'],
        [div(next, tenths(k + g)), 'adds the growth to the required return'],
        [
          div(mul(noi, add(1, tenths(k))), tenths(k - g)),
          'grows the income at the required return',
        ],
      ],
    }
  }),
  worked('sale-price-needed-for-a-target-equity-multiple', (rng) => {
    const e = rng.int(20, 200) * 10000
    const m = rng.int(15, 25)
    const c = round1000((e * rng.int(20, 50)) / 100)
    const b = round1000((e * rng.int(150, 250)) / 100)
    const s = rng.int(2, 5)
    const need = add(sub(mul(e, tenths(m * 100)), c), b)
    return {
      stem: `An investor has ${dol(e)} of equity in a building and has received ${dol(c)} of cash flow so far. To reach a ${(m / 10).toFixed(1)}x equity multiple (all cash back ÷ equity), what sale price is needed, given selling costs of ${s}% of the price and a ${dol(b)} loan to repay, ${DOLLAR}?`,
      show: whole,
      figures: { e, m, c, b, s },
      key: div(need, pc(100 - s)),
      wrong: [
        [div(sub(need, b), pc(100 - s)), 'forgets to repay the loan'],
        [div(add(need, c), pc(100 - s)), 'leaves out the cash already received'],
        [mul(need, pc(100 + s)), 'adds the selling costs on the net figure'],
        [div(add(need, e), pc(100 - s)), 'reads the multiple as profit over equity'],
      ],
    }
  }),
  worked('first-year-total-return-with-loan-paydown', (rng) => {
    const p = rng.int(50, 900) * 10000
    const e = round1000((p * rng.int(25, 40)) / 100)
    const ds = round1000((p * rng.int(45, 60)) / 1000)
    const int = round1000((ds * rng.int(65, 85)) / 100)
    const cf = round1000((ds * rng.int(15, 40)) / 100)
    const a = round1000((p * rng.int(2, 5)) / 100)
    const prin = ds - int
    return {
      stem: `An investor bought for ${dol(p)} with ${dol(e)} of equity. In year one, NOI is ${dol(cf + ds)} and cash flow after debt service ${dol(cf)}; of the ${dol(ds)} debt service, ${dol(int)} was interest; the property rose ${dol(a)} in value. What is the first-year total return on equity (cash flow + principal repaid + appreciation, ÷ equity), ${PCT2}?`,
      show: pct2,
      figures: { p, e, ds, int, cf, a },
      key: frac(cf + prin + a, e),
      wrong: [
        [frac(cf, e), 'counts only the cash flow'],
        [frac(cf + prin, e), 'leaves out the appreciation'],
        [frac(cf + ds + a, e), 'counts all debt service as principal repaid'],
        [frac(cf + prin + a, p), 'divides by the price'],
        [frac(cf + int + a, e), 'counts the interest as principal repaid'],
        [frac(cf + ds + prin + a, e), 'uses NOI instead of cash flow after debt service'],
      ],
    }
  }),
  worked('net-initial-yield-after-purchasers-costs', (rng) => {
    const r = rng.int(50, 600) * 1000
    const nrc = round1000((r * rng.int(2, 6)) / 100)
    const c = rng.int(50, 70)
    const p = round1000((r * rng.int(130, 200)) / 10)
    const gross = mul(p, add(1, tenths(c)))
    return {
      stem: `A let office is bought for ${dol(p)}. Rent passing is ${dol(r)} a year; the landlord bears ${dol(nrc)} of non-recoverable costs; purchaser's costs are ${tenthPct(c)} on top of the price. What is the net initial yield ((rent − non-recoverable costs) ÷ (price + purchaser's costs)), ${PCT2}?`,
      show: pct2,
      figures: { r, nrc, c, p },
      key: div(r - nrc, gross),
      wrong: [
        [div(r, gross), 'leaves in the non-recoverable costs'],
        [frac(r - nrc, p), "leaves out the purchaser's costs"],
        [div(r - nrc, mul(p, sub(1, tenths(c)))), "takes the purchaser's costs off the price"],
        [
          div(r - nrc, div(p, sub(1, tenths(c)))),
          "adds the purchaser's costs by dividing the price by one minus their rate",
        ],
      ],
    }
  }),
  worked('term-and-reversion-value-of-a-reversionary-lease', (rng) => {
    const r = rng.int(50, 400) * 1000
    const m = round1000((r * rng.int(110, 140)) / 100)
    const n = rng.int(2, 5)
    const y = rng.int(50, 80)
    const v = div(1, add(1, tenths(y)))
    const yp = div(sub(1, power(v, n)), tenths(y))
    const rev = div(m, tenths(y))
    return {
      stem: `A shop is let at ${dol(r)} a year with ${n} years to a review to its market rent of ${dol(m)}, then held forever. Rent is paid yearly in arrears. Value the term at ${tenthPct(y)} for ${n} years and the reversion at the same yield in perpetuity, deferred ${n} years. What is the value, ${DOLLAR}?`,
      show: whole,
      figures: { r, m, n, y },
      key: add(mul(r, yp), mul(rev, power(v, n))),
      wrong: [
        [add(mul(r, yp), rev), 'does not defer the reversion'],
        [rev, 'values the market rent from today'],
        [div(r, tenths(y)), 'capitalises the passing rent forever'],
        [add(mul(r, yp), mul(rev, power(v, n + 1))), 'defers the reversion a year too long'],
      ],
    }
  }),
  worked('cash-out-from-a-refinance', (rng) => {
    const paid = rng.int(30, 200) * 10000
    const v = round1000((paid * rng.int(120, 160)) / 100)
    const l = rng.pick([65, 70, 75, 80])
    const b = round1000((paid * rng.int(40, 60)) / 100)
    const c = rng.int(10, 25)
    const loan = mul(v, pc(l))
    return {
      stem: `A landlord bought a building for ${dol(paid)}; it is now appraised at ${dol(v)}. A new loan of ${l}% of appraised value repays the ${dol(b)} balance, and loan costs are ${tenthPct(c)} of the new loan. How much cash does the landlord take out, ${DOLLAR}?`,
      show: whole,
      figures: { paid, v, l, b, c },
      key: sub(mul(loan, sub(1, tenths(c))), b),
      wrong: [
        [sub(loan, b), 'leaves out the loan costs'],
        [sub(mul(paid, pc(l), sub(1, tenths(c))), b), 'lends on the price paid'],
        [mul(loan, sub(1, tenths(c))), 'forgets to repay the old loan'],
        [sub(sub(loan, mul(b, tenths(c))), b), 'charges the loan costs on the old balance'],
      ],
    }
  }),
  worked('capital-return-net-of-capital-spending', (rng) => {
    const v0 = rng.int(50, 900) * 10000
    const cx = round1000((v0 * rng.int(1, 3)) / 100)
    const v1 = round1000((v0 * rng.int(104, 112)) / 100)
    const noi = round1000((v0 * rng.int(50, 75)) / 1000)
    return {
      stem: `A property valued at ${dol(v0)} at the start of the year is valued at ${dol(v1)} at its end, after the owner spent ${dol(cx)} on a new roof; NOI for the year was ${dol(noi)}. What is the capital return ((end value − start value − capital spending) ÷ start value), ${PCT2}?`,
      show: pct2,
      figures: { v0, cx, v1, noi },
      key: frac(v1 - v0 - cx, v0),
      wrong: [
        [frac(v1 - v0, v0), 'leaves in the capital spending'],
        [frac(v1 - v0 - cx, v1), 'divides by the end value'],
        [frac(v1 - v0 - cx + noi, v0), 'adds the income return'],
        [frac(2 * (v1 - v0 - cx), v0 + v1), 'divides by the average value'],
        [frac(v1 - v0 + cx, v0), 'adds the capital spending instead of taking it off'],
        [frac(v1 - v0 - cx, v0 + cx), 'adds the capital spending to the start value'],
      ],
    }
  }),
  worked('highest-price-for-a-target-yield-on-total-cost', (rng) => {
    const noi = rng.int(50, 600) * 1000
    const y = rng.int(60, 90)
    const cx = round1000((noi * rng.int(30, 90)) / 100)
    const c = rng.int(2, 5)
    const all = sub(div(noi, tenths(y)), cx)
    if (all.n <= 0n) rest()
    return {
      stem: `A buyer wants NOI of ${dol(noi)} to be a ${tenthPct(y)} yield on total cost: the price, closing costs of ${c}% of the price, and ${dol(cx)} of immediate repairs. What is the highest price, ${DOLLAR}?`,
      show: whole,
      figures: { noi, y, cx, c },
      key: div(all, pc(100 + c)),
      wrong: [
        [div(noi, tenths(y)), 'leaves out the repairs and the closing costs'],
        [all, 'leaves out the closing costs'],
        [mul(all, pc(100 - c)), 'takes the closing costs off as a share of the total'],
        [div(div(noi - cx, tenths(y)), pc(100 + c)), 'takes the repairs off NOI'],
      ],
    }
  }),
]
