import { VariantError } from '../assemble-variant.js'
import {
  annuity,
  annuityDue,
  balanceAfter,
  bp,
  family,
  money,
  possible,
  ratio,
  share,
  thousands,
} from './cra-text.js'

// Loan structuring. Instalments and balances are worked exactly and rounded once to the cent; a
// borrowing base applies the advance rate after the ineligibles come off, as every stem says.

export const STRUCTURING_FAMILIES = [
  family('level-monthly-instalment', (rng) => {
    const p = thousands(rng, 50, 900)
    const rate = rng.int(10, 40) * 25
    const years = rng.int(3, 10)
    const m = money(rng)
    const n = years * 12
    const key = annuity(p, rate, 12, n)
    return {
      stem: `A term loan of ${m(p)} is repaid by level monthly instalments over ${years} years at ${bp(rate)} a year, charged monthly at the annual rate ÷ 12. What is the monthly instalment, to the cent?`,
      key: m(key),
      wrong: [
        [
          m(share(annuity(p, rate, 1, years), 1, 12)),
          'works an annual instalment and divides it by 12',
        ],
        [
          m(share(p + share(p, rate * years, 10000), 1, n)),
          'charges flat interest on the original loan',
        ],
        [m(share(p, 1, n)), 'repays principal only'],
        [m(annuityDue(p, rate, 12, n)), 'works the instalment as paid in advance each month'],
        [m(annuity(p, rate * 12, 12, n)), 'charges the annual rate every month'],
        [m(share(p, rate, 120000)), 'gives interest only'],
      ],
      figures: { p, rate, years },
    }
  }),
  family('balance-after-k-instalments', (rng) => {
    const p = thousands(rng, 50, 900)
    const rate = rng.int(10, 40) * 25
    const years = rng.int(4, 10)
    const n = years * 12
    const k = rng.int(6, n - 12)
    const m = money(rng)
    const pay = annuity(p, rate, 12, n)
    return {
      stem: `A loan of ${m(p)} at ${bp(rate)} a year (monthly rate = annual ÷ 12) is repaid by ${n} level monthly instalments of ${m(pay)}. What is the balance outstanding immediately after the ${k}th instalment, to the cent?`,
      key: m(balanceAfter(p, rate, 12, pay, k)),
      wrong: possible([
        [m(p - k * pay), 'takes the instalments off with no interest'],
        [m(share(p, n - k, n)), 'repays principal in a straight line'],
        [m(balanceAfter(p, rate, 12, pay, n - k)), 'counts the instalments remaining as paid'],
        [m((n - k) * pay), 'adds up the instalments still to pay'],
        [m(p), 'gives the original loan'],
      ]),
      figures: { p, rate, years, k },
    }
  }),
  family('balloon-loan-instalment', (rng) => {
    const p = thousands(rng, 100, 900)
    const balloonPct = rng.pick([20, 25, 30, 40, 50])
    const rate = rng.int(12, 36) * 25
    const years = rng.int(3, 7)
    const m = money(rng)
    const n = years * 12
    const b = share(p, balloonPct, 100)
    // The balloon is paid at the end, so the instalments amortise the rest and pay interest on the balloon.
    const key = annuity(p - b, rate, 12, n) + share(b, rate, 120000)
    return {
      stem: `An asset loan of ${m(p)} at ${bp(rate)} a year (monthly rate = annual ÷ 12) has a balloon of ${balloonPct}% of the loan (${m(b)}) due with the last of ${n} level monthly instalments, which pay interest and the rest of the principal. Use instalment = (loan − balloon) repaid as an annuity + balloon × monthly rate, each part rounded to the cent. What is the monthly instalment?`,
      key: m(key),
      wrong: [
        [m(annuity(p, rate, 12, n)), 'ignores the balloon'],
        [m(annuity(p - b, rate, 12, n)), 'leaves out the interest on the balloon'],
        [
          m(share(p - b, 1, n) + share(p, rate, 120000)),
          'pays straight-line principal with first-month interest',
        ],
        [
          m(annuity(p - b, rate, 12, n) + share(b, rate, 10000)),
          'charges a year’s interest on the balloon each month',
        ],
      ],
      figures: { p, balloonPct, rate, years },
    }
  }),
  family('principal-in-first-instalment', (rng) => {
    const p = thousands(rng, 50, 900)
    const rate = rng.int(12, 40) * 25
    const years = rng.int(3, 10)
    const n = years * 12
    const m = money(rng)
    const pay = annuity(p, rate, 12, n)
    const int1 = share(p, rate, 120000)
    return {
      stem: `A loan of ${m(p)} at ${bp(rate)} a year is repaid by level monthly instalments of ${m(pay)} over ${n} months; interest each month is the balance × annual rate ÷ 12, rounded to the cent. How much of the first instalment reduces the principal?`,
      key: m(pay - int1),
      wrong: [
        [m(int1), 'gives the interest part'],
        [m(share(p, 1, n)), 'takes an equal share of the loan'],
        [
          m(pay - share(p - pay, rate, 120000)),
          'charges interest on the balance after the instalment',
        ],
        [m(pay), 'gives the whole instalment'],
        [m(pay - share(p, rate, 365 * 100 * 100) * 30), 'charges 30 days at a 365-day daily rate'],
      ],
      figures: { p, rate, years },
    }
  }),
  family('straight-line-amortisation-interest', (rng) => {
    const q = rng.int(8, 20) * 4
    const per = thousands(rng, 5, 40)
    const p = per * q
    const rate = rng.int(12, 40) * 25
    const k = rng.int(3, q - 2)
    const m = money(rng)
    const bal = p - (k - 1) * per
    return {
      stem: `A term loan of ${m(p)} is repaid in ${q} equal quarterly principal instalments of ${m(per)}, with interest each quarter on the balance outstanding at its start at ${bp(rate)} a year ÷ 4 (rounded to the cent). What is the total payment (principal + interest) in quarter ${k}?`,
      key: m(per + share(bal, rate, 40000)),
      wrong: [
        [m(per + share(p, rate, 40000)), 'charges interest on the original loan'],
        [
          m(per + share(bal - per, rate, 40000)),
          'charges interest on the balance after the quarter’s instalment',
        ],
        [m(per + share(bal, rate, 10000)), 'charges a full year’s interest'],
        [m(share(bal, rate, 40000)), 'gives the interest only'],
        [m(annuity(p, rate, 4, q)), 'works a level annuity instalment instead'],
        [m(per), 'gives the principal only'],
      ],
      figures: { q, per, rate, k },
    }
  }),
  family('borrowing-base-availability', (rng) => {
    const rec = thousands(rng, 400, 2000)
    const over90 = share(rec, rng.int(5, 15), 100)
    const contra = share(rec, rng.int(2, 8), 100)
    const ar = rng.pick([7000, 7500, 8000, 8500])
    const raw = thousands(rng, 100, 600)
    const wip = thousands(rng, 50, 300)
    const ir = rng.pick([3000, 4000, 5000])
    const drawn = share(rec, rng.int(20, 50), 100)
    const m = money(rng)
    const elig = rec - over90 - contra
    const base = share(elig, ar, 10000) + share(raw, ir, 10000)
    const limit = base + share(base, rng.int(10, 40), 100)
    return {
      stem: `An asset-based facility has a limit of ${m(limit)}. The borrowing base is ${bp(ar)} of eligible receivables plus ${bp(ir)} of raw-material and finished-goods inventory (work in progress is ineligible), each rounded to the cent; eligible receivables are the ledger less invoices over 90 days and contra balances with customers who are also suppliers. The ledger is ${m(rec)}, with ${m(over90)} over 90 days and ${m(contra)} in contras; raw materials and finished goods are ${m(raw)} and work in progress ${m(wip)}. ${m(drawn)} is drawn. How much more can be drawn (availability = the lower of limit and base, less drawings)?`,
      key: m(base - drawn),
      wrong: [
        [m(share(rec, ar, 10000) + share(raw, ir, 10000) - drawn), 'takes no ineligibles off'],
        [m(base + share(wip, ir, 10000) - drawn), 'advances against work in progress'],
        [m(limit - drawn), 'works from the limit, not the base'],
        [
          m(share(rec, ar, 10000) - over90 - contra + share(raw, ir, 10000) - drawn),
          'takes the ineligibles off after the advance rate',
        ],
        [m(share(elig, ar, 10000) - drawn), 'leaves inventory out'],
        [m(base), 'ignores the amount drawn'],
      ],
      figures: { rec, over90, contra, ar, raw, wip, ir, drawn, limit },
    }
  }),
  family('cross-age-ineligibles', (rng) => {
    const custs = Array.from({ length: 4 }, () => {
      const total = thousands(rng, 50, 300)
      return [total, share(total, rng.pick([10, 20, 30, 40, 60, 70, 80]), 100)] as const
    })
    const ar = rng.pick([7500, 8000, 8500])
    const m = money(rng)
    const crossed = custs.filter(([t, o]) => o * 2 > t)
    if (crossed.length === 0 || crossed.length === 4) throw new VariantError('no cross-age split')
    const all = custs.reduce((s, [t]) => s + t, 0)
    const over = custs.reduce((s, [, o]) => s + o, 0)
    const crossOut = crossed.reduce((s, [t]) => s + t, 0)
    const crossOnlyOver = custs.reduce((s, [t, o]) => s + (o * 2 > t ? t : o), 0)
    const listed = custs.map(
      ([t, o], i) =>
        `customer ${String.fromCharCode(65 + i)} ${m(t)} of which ${m(o)} over 90 days`,
    )
    return {
      stem: `An invoice-finance firm advances ${bp(ar)} (rounded to the cent) against eligible debts. Invoices over 90 days are ineligible, and under its cross-age rule a customer with more than half of its balance over 90 days is ineligible in full. The ledger: ${listed.join('; ')}. What is the funding available?`,
      key: m(share(all - crossOnlyOver, ar, 10000)),
      wrong: [
        [m(share(all - over, ar, 10000)), 'ignores the cross-age rule'],
        [
          m(share(all - crossOut, ar, 10000)),
          'removes cross-aged customers but keeps other over-90 invoices',
        ],
        [m(share(all, ar, 10000)), 'advances against the whole ledger'],
        [m(all - crossOnlyOver), 'gives eligible debts without the advance rate'],
      ],
      figures: Object.fromEntries([
        ['ar', ar],
        ...custs.flatMap(([t, o], i) => [
          [`t${i}`, t],
          [`o${i}`, o],
        ]),
      ]),
    }
  }),
  family('concentration-limit', (rng) => {
    const big = thousands(rng, 300, 800)
    const others = thousands(rng, 500, 1500)
    const cap = rng.pick([2000, 2500, 3000])
    const ar = rng.pick([7500, 8000, 8500])
    const m = money(rng)
    const total = big + others
    const allowed = share(total, cap, 10000)
    if (big <= allowed) throw new VariantError('cap does not bite')
    const elig = others + allowed
    return {
      stem: `A receivables facility caps any one customer at ${bp(cap)} of total eligible receivables (rounded to the cent); the excess is ineligible. Eligible receivables are ${m(total)}, of which one customer owes ${m(big)}. The advance rate is ${bp(ar)} (rounded to the cent). What is the funding available?`,
      key: m(share(elig, ar, 10000)),
      wrong: [
        [m(share(total, ar, 10000)), 'applies no concentration limit'],
        [m(share(others, ar, 10000)), 'removes the large customer entirely'],
        [
          m(share(others + share(others, cap, 10000), ar, 10000)),
          'works the cap on the other customers only',
        ],
        [m(share(total, ar, 10000) - (big - allowed)), 'deducts the excess after the advance rate'],
        [m(elig), 'gives eligible receivables without the advance rate'],
      ],
      figures: { big, others, cap, ar },
    }
  }),
  family('second-charge-net-advance', (rng) => {
    const v = thousands(rng, 300, 2000)
    const cltv = rng.pick([6500, 7000, 7500, 8000])
    const first = share(v, rng.int(25, 50), 100)
    const fee = rng.pick([100, 150, 200, 250, 300])
    const m = money(rng)
    const room = share(v, cltv, 10000) - first
    // Fee added to the loan: net × (1 + fee) ≤ room, so net = room ÷ (1 + fee), rounded down.
    const net = Number((BigInt(room) * 10000n) / BigInt(10000 + fee))
    return {
      stem: `A lender takes a second charge over a property valued at ${m(v)} with a first mortgage of ${m(first)}. Combined loan-to-value may not exceed ${bp(cltv)} of the valuation, and an arrangement fee of ${bp(fee)} of the net advance is added to the new loan. What is the largest net advance, rounded down to the cent?`,
      key: m(net),
      wrong: [
        [m(room), 'leaves the fee out'],
        [m(share(v, cltv, 10000)), 'ignores the first mortgage'],
        [m(share(v - first, cltv, 10000)), 'applies the LTV to the equity'],
        [m(room - share(room, fee, 10000)), 'takes the fee off the room instead of grossing up'],
        [m(share(v, cltv, 10000) - first - share(v, fee, 10000)), 'takes the fee on the valuation'],
      ],
      figures: { v, cltv, first, fee },
    }
  }),
  family('interest-actual-360', (rng) => {
    const p = thousands(rng, 100, 2000)
    const rate = rng.int(16, 40) * 25
    const d = rng.int(29, 184)
    const m = money(rng)
    return {
      stem: `A revolving loan of ${m(p)} is drawn for ${d} days at ${bp(rate)} a year. The facility agreement charges interest on an actual/360 basis (rate × days ÷ 360), rounded to the cent. What interest is due?`,
      key: m(share(p, rate * d, 3600000)),
      wrong: [
        [m(share(p, rate * d, 3650000)), 'uses actual/365'],
        [m(share(p, rate * 30 * Math.round(d / 30), 3600000)), 'counts whole 30-day months'],
        [m(share(p, rate * (d + 1), 3600000)), 'counts both the first and last day'],
        [m(share(p, rate, 10000)), 'charges a full year'],
        [m(share(p, rate * d, 3600000 * 12)), 'divides the rate by 12 as well'],
      ],
      figures: { p, rate, d },
    }
  }),
  family('sculpted-principal', (rng) => {
    const cfads = thousands(rng, 300, 1500)
    const target = rng.pick([120, 125, 130, 135, 140])
    const int = share(cfads, rng.int(10, 30), 100)
    const m = money(rng)
    const ds = share(cfads, 100, target)
    if (ds <= int) throw new VariantError('no principal')
    return {
      stem: `A project lender sculpts repayments so that each year's debt service equals CFADS ÷ the target DSCR of ${(target / 100).toFixed(2)}× (rounded to the cent); principal is debt service less that year's interest. Next year's CFADS is ${m(cfads)} and interest ${m(int)}. What principal is scheduled?`,
      key: m(ds - int),
      wrong: [
        [m(ds), 'gives the whole debt service'],
        [m(cfads - int), 'leaves the cover ratio out'],
        [m(share(cfads - int, 100, target)), 'divides CFADS after interest by the ratio'],
        [m(share(cfads, target, 100) - int), 'multiplies CFADS by the ratio'],
        [m(ds - share(int, target, 100)), 'grosses up the interest by the ratio'],
      ],
      figures: { cfads, target, int },
    }
  }),
  family('cash-sweep-prepayment', (rng) => {
    const cfads = thousands(rng, 400, 2000)
    const ds = share(cfads, rng.int(40, 70), 100)
    const keep = share(cfads, rng.int(5, 15), 100)
    // Not 50 % or 100 %: there the borrower's share, or the whole excess, is the key.
    const sweep = rng.pick([25, 60, 75])
    const m = money(rng)
    const excess = cfads - ds - keep
    if (excess <= 0) throw new VariantError('no excess')
    return {
      stem: `The facility sweeps ${sweep}% of excess cash flow into prepayment, where excess cash flow = CFADS − scheduled debt service − a ${m(keep)} minimum cash retention. CFADS is ${m(cfads)} and scheduled debt service ${m(ds)}. What prepayment is due (rounded to the cent)?`,
      key: m(share(excess, sweep, 100)),
      wrong: possible([
        [m(share(cfads - ds, sweep, 100)), 'leaves out the cash retention'],
        [m(share(cfads, sweep, 100)), 'sweeps CFADS'],
        [m(share(cfads - ds, sweep, 100) - keep), 'takes the retention off after the sweep'],
        [m(share(excess, 100 - sweep, 100)), 'applies the share the borrower keeps'],
        [m(excess), 'sweeps all the excess'],
      ]),
      figures: { cfads, ds, keep, sweep },
    }
  }),
  family('inventory-advance-lower-of-cost-or-nolv', (rng) => {
    const cost = thousands(rng, 200, 1500)
    const nolv = share(cost, rng.int(40, 90), 100)
    const cr = rng.pick([4000, 5000, 6000])
    const nr = rng.pick([7500, 8000, 8500])
    const m = money(rng)
    const a = share(cost, cr, 10000)
    const b = share(nolv, nr, 10000)
    if (a === b) throw new VariantError('tie')
    return {
      stem: `An asset-based lender advances against inventory the lower of ${bp(cr)} of cost and ${bp(nr)} of net orderly liquidation value (each rounded to the cent). Inventory cost is ${m(cost)} and its NOLV is ${m(nolv)}. What is the inventory advance?`,
      key: m(Math.min(a, b)),
      wrong: [
        [m(Math.max(a, b)), 'takes the higher of the two'],
        [m(share(nolv, cr, 10000)), 'applies the cost rate to NOLV'],
        [m(share(cost, nr, 10000)), 'applies the NOLV rate to cost'],
        [m(nolv), 'lends the full NOLV'],
        [m(share(share(cost, cr, 10000), nr, 10000)), 'applies both rates in turn'],
      ],
      figures: { cost, nolv, cr, nr },
    }
  }),
  family('total-interest-over-term', (rng) => {
    const p = thousands(rng, 50, 600)
    const rate = rng.int(12, 40) * 25
    const years = rng.int(2, 8)
    const n = years * 12
    const m = money(rng)
    const pay = annuity(p, rate, 12, n)
    return {
      stem: `A loan of ${m(p)} at ${bp(rate)} a year (monthly rate = annual ÷ 12) is repaid by ${n} level monthly instalments of ${m(pay)}. What is the total interest paid over the term?`,
      key: m(n * pay - p),
      wrong: [
        [m(share(p, rate * years, 10000)), 'charges flat interest on the original loan'],
        [m(n * pay), 'gives total repayments, principal included'],
        [m(share(p, rate * years, 20000)), 'charges interest on half the loan for the term'],
        [m(share(p, rate, 10000)), 'gives one year’s interest'],
        [m(share(p, rate * (n + 1), 240000)), 'averages interest as on a straight-line schedule'],
      ],
      figures: { p, rate, years },
    }
  }),
  family('loan-to-value-lower-of-price-and-valuation', (rng) => {
    const price = thousands(rng, 200, 1500)
    const val = share(price, rng.int(85, 115), 100)
    const loan = share(Math.min(price, val), rng.int(50, 85), 100)
    const fee = thousands(rng, 2, 15)
    const m = money(rng)
    const basis = Math.min(price, val)
    if (price === val) throw new VariantError('no difference')
    return {
      stem: `A commercial mortgage lender works LTV as (loan + fees added to the loan) ÷ the lower of purchase price and valuation. The borrower is buying at ${m(price)}, the valuation is ${m(val)}, the loan is ${m(loan)} and an arrangement fee of ${m(fee)} is added to it. What is the LTV, as a percentage to two decimal places?`,
      key: bp(ratio((loan + fee) * 100, basis)),
      wrong: [
        [
          bp(ratio((loan + fee) * 100, Math.max(price, val))),
          'uses the higher of price and valuation',
        ],
        [bp(ratio(loan * 100, basis)), 'leaves the fee out'],
        [bp(ratio((loan - fee) * 100, basis)), 'takes the fee off the loan instead of adding it'],
        [bp(ratio((basis - loan) * 100, basis)), 'gives the deposit share'],
        [bp(ratio((loan + 2 * fee) * 100, basis)), 'adds the fee twice'],
      ],
      figures: { price, val, loan, fee },
    }
  }),
  family('revolver-headroom-with-ancillaries', (rng) => {
    const limit = thousands(rng, 500, 5000)
    const drawn = share(limit, rng.int(30, 70), 100)
    const lc = share(limit, rng.int(3, 12), 100)
    const gtee = share(limit, rng.int(2, 10), 100)
    const cash = share(limit, rng.int(5, 20), 100)
    const minLiq = share(limit, rng.int(5, 15), 100)
    const m = money(rng)
    const head = limit - drawn - lc - gtee
    return {
      stem: `A borrower's ${m(limit)} revolving facility also carries its letters of credit and bank guarantees, which use up the limit as if drawn. It has ${m(drawn)} drawn in cash, ${m(lc)} of letters of credit and ${m(gtee)} of guarantees outstanding, and ${m(cash)} on deposit (not netted). The lender reports liquidity headroom as undrawn availability − a ${m(minLiq)} minimum liquidity buffer. What is the headroom?`,
      key: m(head - minLiq),
      wrong: [
        [m(limit - drawn - minLiq), 'leaves the letters of credit and guarantees out'],
        [m(head), 'leaves out the minimum liquidity buffer'],
        [m(head - minLiq + cash), 'adds the cash on deposit'],
        [m(limit - drawn - lc - minLiq), 'leaves the guarantees out'],
        [m(head - minLiq - lc - gtee), 'deducts the ancillaries twice'],
        [m(head - minLiq - cash), 'deducts the cash on deposit'],
      ],
      figures: { limit, drawn, lc, gtee, cash, minLiq },
    }
  }),
]
