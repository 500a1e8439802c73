import { VariantError } from '../assemble-variant.js'
import { cap, ceilDiv, family, firm, money, month, share, whole } from './budget-text.js'

// Cash budgets: receipts from a stated collection pattern, payments on stated terms, balances,
// overdraft interest and borrowing. A negative balance is an overdraft, shown with a minus sign.

const sales4 = (rng: Parameters<typeof whole>[0]) =>
  [0, 1, 2, 3].map(() => whole(rng, 200, 900) * 100) as [number, number, number, number]

export const CASH_FAMILIES = [
  family('receipts-from-collection-pattern', (rng) => {
    const m = money(rng)
    const s = sales4(rng)
    const a = rng.pick([10, 20, 30])
    const b = rng.pick([40, 50])
    const d = rng.pick([2, 3, 5])
    const c = 100 - a - b - d
    const mo = rng.int(4, 12)
    const rec = (x: number, y: number, z: number) =>
      share(x, a, 100) + share(y, b, 100) + share(z, c, 100)
    return {
      stem: `${cap(firm(rng))} sells on credit: ${month(mo - 3)} ${m(s[0])}, ${month(mo - 2)} ${m(s[1])}, ${month(mo - 1)} ${m(s[2])}, ${month(mo)} ${m(s[3])}. Customers pay ${a}% in the month of sale, ${b}% the month after and ${c}% two months after; ${d}% is never collected. Each share is rounded to the cent. What are the budgeted receipts in ${month(mo)}?`,
      key: m(rec(s[3], s[2], s[1])),
      wrong: [
        [m(rec(s[2], s[1], s[0])), 'shifts the collection pattern a month late'],
        [m(rec(s[1], s[2], s[3])), 'applies the pattern to the months the wrong way round'],
        [m(rec(s[3], s[2], s[1]) + share(s[1], d, 100)), 'collects the bad debts too'],
        [m(s[3]), 'takes the month’s sales as its receipts'],
        [
          m(share(s[3] + s[2] + s[1], 100 - d, 300)),
          'averages three months’ sales, less bad debts',
        ],
      ],
      figures: { s1: s[0], s2: s[1], s3: s[2], s4: s[3], a, b, d },
    }
  }),
  family('receipts-with-early-payment-discount', (rng) => {
    const m = money(rng)
    const [prev, cur] = [whole(rng, 200, 900) * 100, whole(rng, 200, 900) * 100]
    const cash = rng.pick([10, 20, 25])
    const disc = rng.pick([40, 50, 60])
    const dr = rng.pick([2, 3])
    // Of credit sales, `disc`% pay in the month of sale less dr%, the rest the month after.
    const credit = (x: number) => x - share(x, cash, 100)
    const early = (x: number) => share(credit(x), disc, 100)
    const key =
      share(cur, cash, 100) + early(cur) - share(early(cur), dr, 100) + credit(prev) - early(prev)
    return {
      stem: `${cap(firm(rng))} budgets sales of ${m(prev)} in April and ${m(cur)} in May. ${cash}% of sales are for cash. Of credit sales, ${disc}% are paid in the month of sale taking a ${dr}% early-payment discount, and the rest are paid in full the following month. Each amount is rounded to the cent. What are the budgeted cash receipts in May?`,
      key: m(key),
      wrong: [
        [m(key + share(early(cur), dr, 100)), 'leaves the discount out'],
        [
          m(key - share(credit(prev) - early(prev), dr, 100)),
          'takes the discount off the late payers too',
        ],
        [m(share(cur, cash, 100) + credit(prev)), 'collects all credit sales a month later'],
        [m(cur - share(early(cur), dr, 100)), 'collects all May sales in May'],
        [
          m(
            share(cur, cash, 100) +
              early(cur) -
              share(early(cur), dr, 100) +
              credit(cur) -
              early(cur),
          ),
          'takes the late payers from May, not April',
        ],
      ],
      figures: { prev, cur, cash, disc, dr },
    }
  }),
  family('cash-payments-exclude-depreciation', (rng) => {
    const m = money(rng)
    const [pPrev, pCur] = [whole(rng, 100, 500) * 100, whole(rng, 100, 500) * 100]
    const wages = whole(rng, 80, 300) * 100
    const oh = whole(rng, 30, 120) * 100
    const dep = whole(rng, 5, 40) * 100
    return {
      stem: `${cap(firm(rng))}'s budget for June: purchases ${m(pCur)} (May's were ${m(pPrev)}), paid in full the month after purchase; wages ${m(wages)} paid in the month; overheads ${m(oh)}, which include depreciation of ${m(dep)}, otherwise paid in the month. What are June's budgeted cash payments?`,
      key: m(pPrev + wages + oh - dep),
      wrong: [
        [m(pPrev + wages + oh), 'pays out depreciation as cash'],
        [m(pCur + wages + oh - dep), 'pays June’s purchases in June'],
        [m(pCur + wages + oh), 'pays June’s purchases and depreciation'],
        [m(pPrev + wages + oh - 2 * dep), 'takes depreciation off twice'],
        [m(pPrev + wages), 'leaves overheads out'],
      ],
      figures: { pPrev, pCur, wages, oh, dep },
    }
  }),
  family('closing-balance-with-overdraft-interest', (rng) => {
    const m = money(rng)
    const open = -whole(rng, 50, 400) * 100
    const rec = whole(rng, 200, 900) * 100
    const pay = whole(rng, 200, 900) * 100
    const r = rng.pick([9, 10, 12, 15, 18])
    const int = share(-open, r, 1200)
    return {
      stem: `${cap(firm(rng))} opens the month with an overdraft of ${m(-open)}. Budgeted receipts are ${m(rec)} and payments ${m(pay)}. The bank charges interest on the opening overdraft at ${r}% a year, one-twelfth each month (rounded to the cent), debited in the month. What is the budgeted closing balance (an overdraft as a negative figure)?`,
      key: m(open + rec - pay - int),
      wrong: [
        [m(open + rec - pay), 'leaves the overdraft interest out'],
        [m(open + rec - pay + int), 'adds the interest as a receipt'],
        [m(open + rec - pay - share(-open, r, 100)), 'charges the full annual rate in one month'],
        [m(-open + rec - pay - int), 'treats the opening overdraft as cash in hand'],
      ],
      figures: { open, rec, pay, r },
    }
  }),
  family('borrowing-to-keep-minimum-balance', (rng) => {
    const m = money(rng)
    const close = -whole(rng, 10, 200) * 100 - rng.int(1, 99) * 100
    const min = whole(rng, 2, 10) * 1000
    const step = 100000
    const gap = min - close
    return {
      stem: `${cap(firm(rng))}'s cash budget shows a closing balance of ${m(close)} (negative: overdrawn) before any new borrowing. Policy keeps at least ${m(min)} in the bank, and the bank lends only in multiples of ${m(step)}. How much should be borrowed in the month?`,
      key: m(ceilDiv(gap, step) * step),
      wrong: [
        [m(gap), 'borrows the exact shortfall, not in whole multiples'],
        [m(Math.floor(gap / step) * step), 'rounds the loan down'],
        [m(ceilDiv(-close, step) * step), 'borrows to clear the overdraft, ignoring the minimum'],
        [m(ceilDiv(min - close + min, step) * step), 'counts the minimum balance twice'],
        [m(ceilDiv(Math.abs(min + close), step) * step), 'nets the minimum against the overdraft'],
      ],
      figures: { close, min, step },
    }
  }),
  family('weekly-wages-split-across-months', (rng) => {
    const m = money(rng)
    const [prev, cur] = [whole(rng, 200, 800) * 100, whole(rng, 200, 800) * 100]
    const a = rng.pick([70, 75, 80])
    return {
      stem: `${cap(firm(rng))}'s wage cost is ${m(prev)} in August and ${m(cur)} in September. Because of pay dates, ${a}% of a month's wages is paid in that month and the rest in the next month (each part rounded to the cent). What wages are paid in cash in September?`,
      key: m(share(cur, a, 100) + prev - share(prev, a, 100)),
      wrong: [
        [m(cur), 'pays each month’s wages in the month'],
        [
          m(share(prev, a, 100) + cur - share(cur, a, 100)),
          'applies the split the wrong way round',
        ],
        [m(share(cur, a, 100)), 'leaves the carried-over part of August out'],
        [m(cur + prev - share(prev, a, 100)), 'pays all of September plus August’s tail'],
        [m(cur + prev), 'pays both months in full'],
        [m(share(cur + prev, a, 100)), 'applies the in-month share to both months'],
      ],
      figures: { prev, cur, a },
    }
  }),
  family('quarterly-rent-and-annual-insurance-cash', (rng) => {
    const m = money(rng)
    const wages = whole(rng, 100, 400) * 100
    const rent = whole(rng, 24, 96) * 1000
    const ins = whole(rng, 3, 15) * 1000
    const dep = whole(rng, 10, 50) * 100
    return {
      stem: `${cap(firm(rng))}'s monthly profit budget for April charges wages ${m(wages)} (paid in the month), rent ${m(share(rent, 1, 12))} (one-twelfth of ${m(rent)} a year, paid quarterly in advance on 1 January, April, July and October), insurance ${m(share(ins, 1, 12))} (one-twelfth of ${m(ins)} a year, paid in full each April) and depreciation ${m(dep)}. What are April's budgeted cash payments for these items?`,
      key: m(wages + share(rent, 1, 4) + ins),
      wrong: [
        [
          m(wages + share(rent, 1, 12) + share(ins, 1, 12) + dep),
          'takes the profit budget as the cash budget',
        ],
        [
          m(wages + share(rent, 1, 12) + share(ins, 1, 12)),
          'spreads rent and insurance evenly as paid',
        ],
        [m(wages + share(rent, 1, 4) + ins + dep), 'pays depreciation in cash'],
        [m(wages + rent + ins), 'pays the whole year’s rent in April'],
        [m(wages + share(rent, 1, 4) + share(ins, 1, 12)), 'spreads the insurance payment evenly'],
      ],
      figures: { wages, rent, ins, dep },
    }
  }),
  family('loan-instalment-with-interest', (rng) => {
    const m = money(rng)
    const n = rng.pick([24, 36, 48, 60])
    const loan = n * whole(rng, 5, 40) * 100
    const r = rng.pick([6, 7, 8, 9, 10])
    const k = rng.int(3, 12)
    const cap1 = loan / n
    const bal = loan - (k - 1) * cap1
    return {
      stem: `${cap(firm(rng))} has a ${m(loan)} loan repaid in ${n} equal monthly capital instalments, with interest each month at ${r}% a year divided by 12 on the balance owed at the start of that month (rounded to the cent). What is the total cash paid to the lender in month ${k}?`,
      key: m(cap1 + share(bal, r, 1200)),
      wrong: [
        [m(cap1 + share(loan, r, 1200)), 'charges interest on the original loan'],
        [m(cap1 + share(bal - cap1, r, 1200)), 'charges interest on the closing balance'],
        [m(cap1), 'leaves the interest out'],
        [m(cap1 + share(bal, r, 100)), 'charges a year’s interest in the month'],
        [m(share(bal, r, 1200)), 'gives the interest only'],
        [m(share(loan, 100 + r, 100 * n)), 'spreads a year’s flat interest over the instalments'],
      ],
      figures: { n, loan, r, k },
    }
  }),
  family('peak-overdraft-from-monthly-flows', (rng) => {
    const m = money(rng)
    const open = whole(rng, 5, 60) * 100
    const flows = [0, 1, 2, 3, 4, 5].map((i) =>
      i < 3 ? -whole(rng, 20, 150) * 100 : whole(rng, -60, 150) * 100,
    )
    const bal: number[] = []
    flows.reduce((b, f) => {
      bal.push(b + f)
      return b + f
    }, open)
    const low = Math.min(...bal)
    if (low >= 0) throw new VariantError('peak-overdraft: no month overdrawn')
    const worst = Math.min(...flows)
    return {
      stem: `${cap(firm(rng))} starts July with ${m(open)} in the bank. Net cash flows for July to December are ${flows.map(m).join(', ')}. What is the lowest month-end balance in the period (an overdraft as a negative figure), the facility the bank must cover?`,
      key: m(low),
      wrong: [
        [m(worst), 'gives the worst single month’s flow'],
        [m(low - open), 'leaves the opening balance out'],
        [m(bal[5]!), 'gives the December balance'],
        [m(bal.find((b) => b < 0)!), 'gives the first overdrawn month-end, not the lowest'],
        [m(low - open - open), 'subtracts the opening balance instead of adding it'],
        [m(flows.filter((f) => f < 0).reduce((t, f) => t + f, 0)), 'adds up every outflow'],
      ],
      figures: { open, ...Object.fromEntries(flows.map((f, i) => [`f${i}`, f])) },
    }
  }),
  family('credit-receipts-including-vat', (rng) => {
    const m = money(rng)
    const [prev, cur] = [whole(rng, 100, 600) * 100, whole(rng, 100, 600) * 100]
    const a = rng.pick([30, 40, 60, 70])
    const gross = (x: number) => share(x, 120, 100)
    return {
      stem: `${cap(firm(rng))} budgets sales of ${m(prev)} in October and ${m(cur)} in November, before VAT at 20%. Customers are invoiced the VAT-inclusive amount; ${a}% pay in the month after invoice and the rest two months after. Each share is rounded to the cent. What are budgeted receipts in December?`,
      key: m(share(gross(cur), a, 100) + gross(prev) - share(gross(prev), a, 100)),
      wrong: [
        [m(share(cur, a, 100) + prev - share(prev, a, 100)), 'leaves the VAT out of receipts'],
        [
          m(share(gross(prev), a, 100) + gross(cur) - share(gross(cur), a, 100)),
          'applies the pattern the wrong way round',
        ],
        [m(gross(cur)), 'collects November’s invoices in full in December'],
        [m(share(gross(cur), a, 100) + gross(prev)), 'collects all of October again'],
        [m(share(cur + prev, 80, 100)), 'takes VAT off instead of adding it'],
      ],
      figures: { prev, cur, a },
    }
  }),
  family('closing-receivables-from-pattern', (rng) => {
    const m = money(rng)
    const [s2, s3] = [whole(rng, 200, 900) * 100, whole(rng, 200, 900) * 100]
    const a = rng.pick([20, 30, 40])
    const b = rng.pick([40, 50])
    const d = rng.pick([2, 4, 5])
    const c = 100 - a - b - d
    // Outstanding at month end: last month's sales less `a`%, the month before's last `c`%;
    // bad debts are written off when the last instalment falls due.
    return {
      stem: `${cap(firm(rng))} sold on credit ${m(s2)} in February and ${m(s3)} in March. Customers pay ${a}% in the month of sale, ${b}% the next month and ${c}% the month after that; the remaining ${d}% is written off as bad when that last instalment falls due. Each share is rounded to the cent. What are trade receivables at 31 March?`,
      key: m(s3 - share(s3, a, 100) + share(s2, c, 100) + share(s2, d, 100)),
      wrong: [
        [
          m(s3 - share(s3, a, 100) + share(s2, c, 100)),
          'writes the bad debt off before it falls due',
        ],
        [m(s3 + s2), 'counts both months’ sales as owed'],
        [m(s3 - share(s3, a, 100)), 'leaves February’s balance out'],
        [m(s3 + share(s2, c, 100) + share(s2, d, 100)), 'forgets March’s own receipts'],
        [m(s3 - share(s3, a + b, 100) + share(s2, c, 100)), 'takes two instalments off March'],
      ],
      figures: { s2, s3, a, b, d },
    }
  }),
  family('supplier-payments-with-settlement-discount', (rng) => {
    const m = money(rng)
    const [prev, cur] = [whole(rng, 100, 600) * 100, whole(rng, 100, 600) * 100]
    const t = rng.pick([40, 50, 60])
    const dr = rng.pick([2, 3])
    const early = share(cur, t, 100)
    return {
      stem: `${cap(firm(rng))} buys ${m(prev)} of goods in May and ${m(cur)} in June. It pays ${t}% of each month's purchases in the month of purchase, taking a ${dr}% settlement discount on them, and the rest in full the next month. Each amount is rounded to the cent. What are June's payments to suppliers?`,
      key: m(early - share(early, dr, 100) + prev - share(prev, t, 100)),
      wrong: [
        [m(early + prev - share(prev, t, 100)), 'leaves the settlement discount out'],
        [m(cur - share(cur, dr, 100)), 'pays all June purchases in June with discount'],
        [m(prev - share(prev, dr, 100)), 'pays last month’s purchases in full with discount'],
        [
          m(early - share(cur, dr, 100) + prev - share(prev, t, 100)),
          'takes the discount on all June purchases',
        ],
        [
          m(share(prev, t, 100) - share(share(prev, t, 100), dr, 100) + cur - early),
          'swaps the months',
        ],
      ],
      figures: { prev, cur, t, dr },
    }
  }),
  family('cumulative-cash-after-capex', (rng) => {
    const m = money(rng)
    const open = whole(rng, 20, 200) * 100
    const rec = whole(rng, 200, 800) * 100
    const pay = whole(rng, 150, 700) * 100
    const capex = whole(rng, 30, 200) * 100
    const grant = share(capex, rng.pick([20, 25, 40]), 100)
    return {
      stem: `${cap(firm(rng))} opens the quarter with ${m(open)}. It budgets trading receipts of ${m(rec)}, trading payments of ${m(pay)} and a machine bought for cash at ${m(capex)}, of which ${m(grant)} is refunded as a grant in the same quarter. Depreciation on the machine is ${m(share(capex, 1, 20))} for the quarter. What is the budgeted closing cash balance (overdrawn as negative)?`,
      key: m(open + rec - pay - capex + grant),
      wrong: [
        [
          m(open + rec - pay - capex + grant - share(capex, 1, 20)),
          'takes depreciation off cash too',
        ],
        [m(open + rec - pay - capex), 'leaves the grant receipt out'],
        [
          m(open + rec - pay - share(capex, 1, 20) + grant),
          'charges depreciation instead of the purchase price',
        ],
        [m(rec - pay - capex + grant), 'leaves the opening balance out'],
        [m(open + rec - pay - capex - grant), 'treats the grant as a payment'],
      ],
      figures: { open, rec, pay, capex, grant },
    }
  }),
  family('quarterly-vat-payment', (rng) => {
    const m = money(rng)
    const sales = whole(rng, 900, 1500) * 100
    const purch = whole(rng, 100, 800) * 100
    const exempt = whole(rng, 20, 150) * 100
    const out = share(sales, 20, 100)
    const inp = share(purch, 20, 100)
    return {
      stem: `${cap(firm(rng))}'s quarter shows standard-rated sales of ${m(sales)} and purchases of ${m(purch)} (before VAT at 20%, each VAT figure rounded to the cent), plus wages of ${m(exempt)}, which carry no VAT. The VAT return's net amount is paid in the month after the quarter ends. What VAT payment should the cash budget show?`,
      key: m(out - inp),
      wrong: [
        [m(out), 'pays the output VAT without reclaiming input VAT'],
        [m(out - share(purch + exempt, 20, 100)), 'reclaims VAT on the wages too'],
        [m(share(sales - purch, 1, 6)), 'takes a sixth of the net as if VAT-inclusive'],
        [m(out + inp), 'adds input VAT instead of reclaiming it'],
        [m(share(sales, 1, 6) - inp), 'takes output VAT as a sixth of VAT-exclusive sales'],
      ],
      figures: { sales, purch, exempt },
    }
  }),
  family('opening-cash-from-prior-month', (rng) => {
    const m = money(rng)
    const open = whole(rng, -50, 150) * 100
    const r1 = whole(rng, 100, 500) * 100
    const p1 = whole(rng, 100, 500) * 100
    const r2 = whole(rng, 100, 500) * 100
    const p2 = whole(rng, 100, 500) * 100
    return {
      stem: `${cap(firm(rng))}'s cash budget starts January with a bank balance of ${m(open)} (a balance below zero is overdrawn). January receipts are ${m(r1)} and payments ${m(p1)}; February receipts are ${m(r2)} and payments ${m(p2)}. What is the closing balance for February (overdrawn as negative)?`,
      key: m(open + r1 - p1 + r2 - p2),
      wrong: [
        [m(r2 - p2 + open), 'carries the January opening balance into February'],
        [m(r1 - p1 + r2 - p2), 'leaves the opening balance out'],
        [m(open + r1 - p1), 'gives the January closing balance'],
        [m(open + r1 - p1 - r2 + p2), 'reverses February’s flows'],
        [m(open + r1 + p1 + r2 - p2), 'adds January’s payments'],
      ],
      figures: { open, r1, p1, r2, p2 },
    }
  }),
  family('receipts-from-debtor-balances', (rng) => {
    const m = money(rng)
    const ob = whole(rng, 200, 900) * 100
    const sales = whole(rng, 400, 1500) * 100
    const cb = whole(rng, 200, 900) * 100
    const bad = whole(rng, 5, 40) * 100
    return {
      stem: `${cap(firm(rng))} budgets opening trade receivables of ${m(ob)}, credit sales of ${m(sales)}, bad debts written off of ${m(bad)} and closing trade receivables of ${m(cb)} for the quarter. What cash should the budget show as received from customers?`,
      key: m(ob + sales - bad - cb),
      wrong: [
        [m(ob + sales - cb), 'treats the bad debts as collected'],
        [m(sales), 'takes sales as receipts'],
        [m(cb + sales - bad - ob), 'swaps opening and closing receivables'],
        [m(ob + sales + bad - cb), 'adds the bad debts'],
        [m(sales - bad), 'ignores the change in receivables'],
      ],
      figures: { ob, sales, cb, bad },
    }
  }),
]
