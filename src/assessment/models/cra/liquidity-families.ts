import { VariantError } from '../assemble-variant.js'
import {
  borrower,
  bp,
  cap,
  dayCount,
  days,
  family,
  money,
  ratio,
  share,
  thousands,
  times,
} from './cra-text.js'

// Liquidity and working capital. Each stem gives the balances and the lender's definition of the
// ratio or day count it asks for; the mistakes are the definitions analysts confuse with it.

export const LIQUIDITY_FAMILIES = [
  family('current-ratio-with-current-debt', (rng) => {
    const [cash, rec, inv, pre] = [
      thousands(rng, 5, 90),
      thousands(rng, 80, 400),
      thousands(rng, 60, 350),
      thousands(rng, 5, 40),
    ]
    const [pay, acc, od, cpltd, ltd] = [
      thousands(rng, 70, 300),
      thousands(rng, 10, 60),
      thousands(rng, 10, 90),
      thousands(rng, 20, 120),
      thousands(rng, 150, 600),
    ]
    const m = money(rng)
    const ca = cash + rec + inv + pre
    const cl = pay + acc + od + cpltd
    return {
      stem: `${cap(borrower(rng))}'s balance sheet shows cash ${m(cash)}, trade receivables ${m(rec)}, inventory ${m(inv)}, prepayments ${m(pre)}, trade payables ${m(pay)}, accruals ${m(acc)}, bank overdraft ${m(od)}, term loan due within one year ${m(cpltd)} and term loan due after one year ${m(ltd)}. The lender defines the current ratio as current assets ÷ current liabilities. What is it, to two decimal places?`,
      key: times(ratio(ca, cl)),
      wrong: [
        [
          times(ratio(ca, cl - cpltd)),
          'leaves the term loan due within a year out of current liabilities',
        ],
        [times(ratio(ca - inv - pre, cl)), 'works the quick ratio instead'],
        [times(ratio(ca, cl + ltd)), 'counts the whole term loan as current'],
        [times(ratio(ca, cl - od)), 'leaves the overdraft out as if it were financing'],
        [times(ratio(ca - pre, cl)), 'leaves prepayments out of current assets'],
      ],
      figures: { cash, rec, inv, pre, pay, acc, od, cpltd, ltd },
    }
  }),
  family('quick-ratio', (rng) => {
    const [cash, sec, rec, inv, pre] = [
      thousands(rng, 5, 80),
      thousands(rng, 5, 60),
      thousands(rng, 80, 400),
      thousands(rng, 60, 350),
      thousands(rng, 10, 50),
    ]
    const [pay, od, tax] = [
      thousands(rng, 90, 350),
      thousands(rng, 20, 120),
      thousands(rng, 10, 60),
    ]
    const m = money(rng)
    const cl = pay + od + tax
    const quick = cash + sec + rec
    return {
      stem: `A lender's credit policy defines the quick (acid-test) ratio as cash, marketable securities and trade receivables, divided by current liabilities; inventory and prepayments are left out. ${cap(borrower(rng))} has cash ${m(cash)}, marketable securities ${m(sec)}, trade receivables ${m(rec)}, inventory ${m(inv)}, prepayments ${m(pre)}, trade payables ${m(pay)}, overdraft ${m(od)} and corporation tax payable ${m(tax)}. What is the quick ratio, to two decimal places?`,
      key: times(ratio(quick, cl)),
      wrong: [
        [times(ratio(quick + inv + pre, cl)), 'works the current ratio instead'],
        [times(ratio(quick + pre, cl)), 'keeps prepayments in the quick assets'],
        [times(ratio(cash + sec, cl)), 'leaves receivables out, the cash ratio'],
        [times(ratio(quick, cl - od)), 'leaves the overdraft out of current liabilities'],
        [times(ratio(quick, pay)), 'divides by trade payables only'],
      ],
      figures: { cash, sec, rec, inv, pre, pay, od, tax },
    }
  }),
  family('cash-ratio-with-overdraft', (rng) => {
    const [cash, sec, rec] = [
      thousands(rng, 20, 150),
      thousands(rng, 5, 80),
      thousands(rng, 80, 300),
    ]
    const [pay, od, acc] = [thousands(rng, 90, 300), thousands(rng, 10, 60), thousands(rng, 10, 50)]
    // A cash ratio below zero is not a possible answer, so a draw whose cash and securities do
    // not cover the overdraft (netting would go negative) is refused rather than cue.
    if (cash + sec <= od) throw new VariantError('netting the overdraft would go below zero')
    const m = money(rng)
    const cl = pay + od + acc
    return {
      stem: `For an invoice-finance referral you work the cash ratio: (cash + marketable securities) ÷ current liabilities, with the overdraft kept as a current liability, not netted off cash. The borrower has cash ${m(cash)}, marketable securities ${m(sec)}, trade receivables ${m(rec)}, trade payables ${m(pay)}, overdraft ${m(od)} and accruals ${m(acc)}. What is the cash ratio, to two decimal places?`,
      key: times(ratio(cash + sec, cl)),
      wrong: [
        [times(ratio(cash, cl)), 'leaves the marketable securities out'],
        [times(ratio(cash + sec + rec, cl)), 'adds receivables, the quick ratio'],
        [times(ratio(cash + sec - od, cl)), 'nets the overdraft off cash as well as counting it'],
        [times(ratio(cash + sec - od, cl - od)), 'nets the overdraft off cash instead'],
        [times(ratio(cash + sec, pay)), 'divides by trade payables only'],
      ],
      figures: { cash, sec, rec, pay, od, acc },
    }
  }),
  family('dso-net-of-allowance', (rng) => {
    const credit = thousands(rng, 900, 4000)
    const cashSales = thousands(rng, 50, 600)
    const gross = share(credit, rng.int(900, 2200), 10000)
    const allow = share(gross, rng.int(2, 8), 100)
    const open = share(gross, rng.int(75, 125), 100)
    const m = money(rng)
    const net = gross - allow
    return {
      stem: `The lender measures days sales outstanding as closing trade receivables net of the bad-debt allowance ÷ annual credit sales × 365. Credit sales were ${m(credit)} and cash sales ${m(cashSales)}; opening gross receivables were ${m(open)}, closing gross receivables ${m(gross)} and the closing allowance ${m(allow)}. What is DSO, to two decimal places?`,
      key: days(dayCount(net, credit, 365)),
      wrong: [
        [days(dayCount(gross, credit, 365)), 'uses gross receivables before the allowance'],
        [
          days(dayCount(net, credit + cashSales, 365)),
          'divides by total sales, cash sales included',
        ],
        [days(dayCount(net, credit, 360)), 'uses a 360-day year'],
        [days(dayCount(open + net, 2 * credit, 365)), 'averages opening and closing receivables'],
        [days(dayCount(open, credit, 365)), 'uses opening gross receivables'],
      ],
      figures: { credit, cashSales, gross, allow, open },
    }
  }),
  family('dio-on-average-inventory', (rng) => {
    const sales = thousands(rng, 1500, 6000)
    const cogs = share(sales, rng.int(55, 80), 100)
    const open = share(cogs, rng.int(8, 25), 100)
    const close = share(cogs, rng.int(8, 25), 100)
    const m = money(rng)
    return {
      stem: `A lender's working-capital review defines days inventory outstanding as average inventory ((opening + closing) ÷ 2) ÷ cost of sales × 365. ${cap(borrower(rng))} had sales ${m(sales)}, cost of sales ${m(cogs)}, opening inventory ${m(open)} and closing inventory ${m(close)}. What is DIO, to two decimal places?`,
      key: days(dayCount(open + close, 2 * cogs, 365)),
      wrong: [
        [days(dayCount(close, cogs, 365)), 'uses closing inventory, not the average'],
        [days(dayCount(open + close, cogs, 365)), 'adds opening and closing without halving'],
        [days(dayCount(open + close, 2 * sales, 365)), 'divides by sales, not cost of sales'],
        [days(dayCount(open + close, 2 * cogs, 360)), 'uses a 360-day year'],
        [days(dayCount(open, cogs, 365)), 'uses opening inventory, not the average'],
      ],
      figures: { sales, cogs, open, close },
    }
  }),
  family('dpo-on-purchases', (rng) => {
    const sales = thousands(rng, 1500, 6000)
    const cogs = share(sales, rng.int(55, 80), 100)
    const open = share(cogs, rng.int(8, 18), 100)
    const close = open + share(cogs, rng.int(2, 8), 100)
    const pay = share(cogs, rng.int(8, 20), 100)
    const m = money(rng)
    const purch = cogs + close - open
    return {
      stem: `The lender defines days payables outstanding as closing trade payables ÷ purchases × 365, with purchases = cost of sales + closing inventory − opening inventory (all purchases are on credit). Sales were ${m(sales)}, cost of sales ${m(cogs)}, opening inventory ${m(open)}, closing inventory ${m(close)} and closing trade payables ${m(pay)}. What is DPO, to two decimal places?`,
      key: days(dayCount(pay, purch, 365)),
      wrong: [
        [days(dayCount(pay, cogs, 365)), 'divides by cost of sales, not purchases'],
        [days(dayCount(pay, sales, 365)), 'divides by sales'],
        [
          days(dayCount(pay, cogs - close + open, 365)),
          'works purchases with the inventory change reversed',
        ],
        [days(dayCount(pay, purch, 360)), 'uses a 360-day year'],
        [days(dayCount(pay, purch + close, 365)), 'adds closing inventory to purchases again'],
      ],
      figures: { sales, cogs, open, close, pay },
    }
  }),
  family('cash-conversion-cycle', (rng) => {
    const sales = thousands(rng, 2000, 8000)
    const cogs = share(sales, rng.int(55, 80), 100)
    const rec = share(sales, rng.int(10, 22), 100)
    const inv = share(cogs, rng.int(10, 25), 100)
    const pay = share(cogs, rng.int(8, 20), 100)
    const m = money(rng)
    const [dso, dio, dpo] = [
      dayCount(rec, sales, 365),
      dayCount(inv, cogs, 365),
      dayCount(pay, cogs, 365),
    ]
    return {
      stem: `Work the cash conversion cycle as DSO + DIO − DPO, where DSO = receivables ÷ sales × 365 and DIO and DPO use cost of sales (inventory ÷ cost of sales × 365, payables ÷ cost of sales × 365); round each day count to two decimal places before combining. Sales ${m(sales)}, cost of sales ${m(cogs)}, trade receivables ${m(rec)}, inventory ${m(inv)}, trade payables ${m(pay)}. What is the cycle?`,
      key: days(dso + dio - dpo),
      wrong: [
        [days(dso + dio + dpo), 'adds the payables days'],
        [days(dso + dio), 'leaves the payables days out'],
        [days(dso - dpo), 'leaves the inventory days out'],
        [days(dso + dio - dayCount(pay, sales, 365)), 'works DPO on sales'],
        [days(dayCount(rec + inv - pay, sales, 365)), 'puts every balance over sales in one step'],
      ],
      figures: { sales, cogs, rec, inv, pay },
    }
  }),
  family('working-capital-need-at-forecast-sales', (rng) => {
    const sales = thousands(rng, 2000, 9000)
    const cp = rng.int(55, 80)
    const [dso, dio, dpo] = [rng.int(30, 75), rng.int(20, 90), rng.int(25, 60)]
    const m = money(rng)
    const cogs = share(sales, cp, 100)
    const need = (x: number, d: number) => share(x, d, 365)
    return {
      stem: `A borrower forecasts sales of ${m(sales)} next year with cost of sales at ${cp}% of sales. The lender sizes the working-capital need as receivables + inventory − payables, with receivables = sales × DSO ÷ 365, inventory = cost of sales × DIO ÷ 365 and payables = cost of sales × DPO ÷ 365, each rounded to the cent. Use DSO ${dso}, DIO ${dio} and DPO ${dpo} days. What is the working-capital need?`,
      key: m(need(sales, dso) + need(cogs, dio) - need(cogs, dpo)),
      wrong: [
        [m(need(sales, dso) + need(cogs, dio)), 'leaves the payables out'],
        [m(need(sales, dso) + need(sales, dio) - need(sales, dpo)), 'works every balance on sales'],
        [
          m(need(cogs, dso) + need(cogs, dio) - need(cogs, dpo)),
          'works receivables on cost of sales',
        ],
        [m(need(sales, dso) + need(cogs, dio) + need(cogs, dpo)), 'adds the payables'],
        [m(need(sales, dso) - need(cogs, dpo)), 'leaves the inventory out'],
      ],
      figures: { sales, cp, dso, dio, dpo },
    }
  }),
  family('cash-absorbed-by-working-capital', (rng) => {
    const [r0, i0, p0] = [
      thousands(rng, 200, 600),
      thousands(rng, 150, 500),
      thousands(rng, 100, 400),
    ]
    const [dr, di, dp] = [thousands(rng, 20, 120), thousands(rng, 20, 120), thousands(rng, 10, 80)]
    const [c0, dc] = [thousands(rng, 60, 200), thousands(rng, 10, 50)]
    if (dr + di <= dp) throw new VariantError('payables outgrew receivables and inventory')
    const m = money(rng)
    const [r1, i1, p1, c1] = [r0 + dr, i0 + di, p0 + dp, c0 - dc]
    return {
      stem: `Operating working capital is trade receivables + inventory − trade payables (cash is left out). Last year: receivables ${m(r0)}, inventory ${m(i0)}, payables ${m(p0)}, cash ${m(c0)}. This year: receivables ${m(r1)}, inventory ${m(i1)}, payables ${m(p1)}, cash ${m(c1)}. How much cash did the growth in operating working capital absorb this year?`,
      key: m(dr + di - dp),
      wrong: [
        [m(dr + di + dp), 'adds the rise in payables'],
        [m(dr + di), 'leaves the payables out'],
        [m(dr + di - dp - dc), 'counts the fall in cash as working capital'],
        [m(r1 + i1 - p1), 'gives this year’s working capital, not the change'],
        [m(dr - dp), 'leaves the inventory out'],
      ],
      figures: { r0, i0, p0, c0, dr, di, dp, dc },
    }
  }),
  family('days-cash-on-hand', (rng) => {
    const opex = thousands(rng, 1200, 6000)
    const da = share(opex, rng.int(4, 15), 100)
    const cash = share(opex, rng.int(5, 20), 100)
    const sec = share(cash, rng.int(20, 80), 100)
    const m = money(rng)
    return {
      stem: `A lender measures days cash on hand as cash ÷ (annual cash operating expenses ÷ 365), where cash operating expenses are total operating expenses less depreciation and amortisation; marketable securities are not counted. The borrower has cash ${m(cash)}, marketable securities ${m(sec)}, total operating expenses ${m(opex)} and depreciation and amortisation ${m(da)}. How many days of cash does it hold, to two decimal places?`,
      key: days(dayCount(cash, opex - da, 365)),
      wrong: [
        [days(dayCount(cash, opex, 365)), 'leaves depreciation and amortisation in the expenses'],
        [days(dayCount(cash + sec, opex - da, 365)), 'counts the marketable securities'],
        [days(dayCount(cash, opex - da, 360)), 'uses a 360-day year'],
        [
          days(dayCount(cash, opex + da, 365)),
          'adds depreciation and amortisation instead of taking it off',
        ],
        [
          days(dayCount(cash + sec, opex, 365)),
          'counts the securities and keeps the non-cash costs',
        ],
      ],
      figures: { cash, sec, opex, da },
    }
  }),
  family('current-ratio-after-paying-suppliers', (rng) => {
    const cl = thousands(rng, 200, 800)
    const ca = share(cl, rng.int(120, 220), 100)
    const x = share(cl, rng.int(10, 40), 100)
    const m = money(rng)
    return {
      stem: `A borrower's current assets are ${m(ca)} and current liabilities ${m(cl)} (current ratio = current assets ÷ current liabilities). Before the lender's test date it pays ${m(x)} of trade payables out of cash. What will the current ratio be after the payment, to two decimal places?`,
      key: times(ratio(ca - x, cl - x)),
      wrong: [
        [times(ratio(ca, cl)), 'assumes paying suppliers leaves the ratio unchanged'],
        [times(ratio(ca - x, cl)), 'takes the cash off but leaves the payables'],
        [times(ratio(ca, cl - x)), 'takes the payables off but leaves the cash'],
        [times(ratio(ca + x, cl - x)), 'adds the payment to current assets'],
        [times(ratio(cl - x, ca - x)), 'inverts the ratio, liabilities over assets'],
        [times(ratio(ca + x, cl + x)), 'books the payment as a purchase on credit, adding to both'],
        [times(ratio(ca - x, cl + x)), 'adds the payment to liabilities instead of taking it off'],
      ],
      figures: { ca, cl, x },
    }
  }),
  family('countback-dso', (rng) => {
    const [d1, d2, d3] = rng.pick([
      [31, 30, 31],
      [30, 31, 30],
      [31, 31, 30],
      [28, 31, 30],
    ] as const)
    const [s1, s2, s3] = [
      thousands(rng, 200, 600),
      thousands(rng, 200, 600),
      thousands(rng, 200, 600),
    ]
    const ar = s3 + s2 + share(s1, rng.int(10, 90), 100)
    const m = money(rng)
    const part = dayCount(ar - s3 - s2, s1, d1)
    return {
      stem: `The invoice-finance firm measures DSO by the countback method: take the closing receivables and count back whole months of credit sales from the latest month, each month worth its calendar days, then a fraction of the earliest month needed (its remaining receivables ÷ its sales × its days). Closing receivables are ${m(ar)}. Credit sales were ${m(s1)} in month 1 (${d1} days), ${m(s2)} in month 2 (${d2} days) and ${m(s3)} in month 3, the latest (${d3} days). What is countback DSO, to two decimal places?`,
      key: days(d3 * 100 + d2 * 100 + part),
      wrong: [
        [days(dayCount(ar, s1 + s2 + s3, d1 + d2 + d3)), 'uses the average-sales method instead'],
        [days(dayCount(ar, s3, d3)), 'divides by the latest month’s sales only'],
        [days(6000 + dayCount(ar - s3 - s2, s1, 30)), 'counts every month as 30 days'],
        [
          days(
            ar >= s1 + s2
              ? d1 * 100 + d2 * 100 + dayCount(ar - s1 - s2, s3, d3)
              : d1 * 100 + dayCount(ar - s1, s2, d2),
          ),
          'counts back from the earliest month instead of the latest',
        ],
      ],
      figures: { d1, d2, d3, s1, s2, s3, ar },
    }
  }),
  family('short-term-borrowing-at-minimum-current-ratio', (rng) => {
    const cl = thousands(rng, 200, 800)
    const min = rng.pick([120, 125, 130, 140, 150])
    const ca = share(cl, min + rng.int(15, 80), 100)
    const m = money(rng)
    // (CA + X) ÷ (CL + X) ≥ min ÷ 100 gives X ≤ (100·CA − min·CL) ÷ (min − 100).
    const most = (n: bigint, d: bigint) => Number(n / d)
    const key = most(100n * BigInt(ca) - BigInt(min) * BigInt(cl), BigInt(min - 100))
    return {
      stem: `A borrower's covenant requires a current ratio (current assets ÷ current liabilities) of at least ${(min / 100).toFixed(2)}. It has current assets ${m(ca)} and current liabilities ${m(cl)}, and plans to draw more on its overdraft to buy inventory (each draw adds the same amount to both). What is the most it can draw and stay within the covenant, rounded down to the cent?`,
      key: m(key),
      wrong: [
        [
          m(most(100n * BigInt(ca), BigInt(min)) - cl),
          'forgets the draw buys inventory, so adds to liabilities only',
        ],
        [m(ca - cl), 'gives the whole working capital'],
        [
          m(ca - share(cl, min, 100)),
          'gives current assets above the covenant level, not the draw',
        ],
        [
          m(most(100n * BigInt(ca) - BigInt(min) * BigInt(cl), BigInt(min + 100))),
          'treats the draw as spent, taking it off current assets',
        ],
        [
          m(most(100n * BigInt(ca - cl), BigInt(min - 100))),
          'divides the whole working capital by the ratio less one',
        ],
      ],
      figures: { ca, cl, min },
    }
  }),
  family('receivables-past-due-share', (rng) => {
    const [b0, b30, b60, b90, b99] = [
      thousands(rng, 200, 600),
      thousands(rng, 60, 250),
      thousands(rng, 30, 150),
      thousands(rng, 10, 90),
      thousands(rng, 5, 60),
    ]
    const m = money(rng)
    const total = b0 + b30 + b60 + b90 + b99
    const late = b90 + b99
    return {
      stem: `An invoice-finance firm declines a client whose receivables more than 60 days past due exceed 15% of the ledger. The aged ledger shows current ${m(b0)}, 1–30 days past due ${m(b30)}, 31–60 days ${m(b60)}, 61–90 days ${m(b90)} and more than 90 days ${m(b99)}. What share of the total ledger is more than 60 days past due, to two decimal places?`,
      key: bp(ratio(late * 100, total)),
      wrong: [
        [bp(ratio(b99 * 100, total)), 'takes only the over-90-day bucket'],
        [bp(ratio(b90 * 100, total)), 'takes only the 61–90 day bucket'],
        [bp(ratio((b60 + late) * 100, total)), 'includes the 31–60 day bucket'],
        [bp(ratio(late * 100, total - late)), 'divides by the ledger less the late balance'],
        [bp(ratio(late * 100, b0)), 'divides by the current balance only'],
        [bp(ratio(late * 100, b30 + b60 + late)), 'gives a share of the past-due balance only'],
      ],
      figures: { b0, b30, b60, b90, b99 },
    }
  }),
  family('net-working-capital', (rng) => {
    const [cash, rec, inv] = [
      thousands(rng, 10, 120),
      thousands(rng, 100, 500),
      thousands(rng, 80, 400),
    ]
    const [pay, od, cpltd, dir] = [
      thousands(rng, 80, 350),
      thousands(rng, 10, 90),
      thousands(rng, 20, 120),
      thousands(rng, 20, 150),
    ]
    const m = money(rng)
    return {
      stem: `Net working capital is current assets − current liabilities. The borrower has cash ${m(cash)}, trade receivables ${m(rec)}, inventory ${m(inv)}, trade payables ${m(pay)}, overdraft ${m(od)}, term loan due within one year ${m(cpltd)}, and a loan from its director of ${m(dir)} that is repayable on demand (so current). What is net working capital?`,
      key: m(cash + rec + inv - pay - od - cpltd - dir),
      wrong: [
        [m(cash + rec + inv - pay - od - cpltd), 'leaves the on-demand director’s loan out'],
        [m(cash + rec + inv - pay), 'subtracts trade payables only'],
        [m(rec + inv - pay), 'gives operating working capital without cash and debt'],
        [m(cash + rec + inv - pay - od - dir), 'leaves the current portion of the term loan out'],
      ],
      figures: { cash, rec, inv, pay, od, cpltd, dir },
    }
  }),
  family('dso-from-vat-inclusive-receivables', (rng) => {
    const credit = thousands(rng, 900, 4000)
    const vatBp = rng.pick([2000, 1900, 2100])
    const net = share(credit, rng.int(900, 2200), 10000)
    const rec = net + share(net, vatBp, 10000)
    const m = money(rng)
    const recNet = share(rec, 10000, 10000 + vatBp)
    return {
      stem: `A borrower's trade receivables of ${m(rec)} include VAT at ${vatBp / 100}%, while its credit sales of ${m(credit)} are stated net of VAT. The lender works DSO on a like-for-like basis: receivables net of VAT (rounded to the cent) ÷ credit sales × 365. What is DSO, to two decimal places?`,
      key: days(dayCount(recNet, credit, 365)),
      wrong: [
        [days(dayCount(rec, credit, 365)), 'keeps the VAT in the receivables'],
        [
          days(dayCount(rec - share(rec, vatBp, 10000), credit, 365)),
          'takes the VAT rate off the gross receivables',
        ],
        [days(dayCount(rec, credit, 360)), 'keeps the VAT in and uses a 360-day year'],
        [days(dayCount(recNet, credit, 360)), 'uses a 360-day year'],
        [
          days(dayCount(recNet, credit - share(credit, vatBp, 10000), 365)),
          'takes VAT off the sales, already net, as well',
        ],
      ],
      figures: { credit, vatBp, rec },
    }
  }),
]
