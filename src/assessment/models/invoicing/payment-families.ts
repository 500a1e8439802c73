import { amount } from '../bookkeeping/ledger-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  dated,
  dayOf,
  drawDay,
  family,
  invoiceNo,
  monthLength,
  odd,
  onDay,
  parts,
  pct,
  purse,
  sum,
  three,
  whole,
} from './invoice-text.js'

const VAT = [20, 21, 19, 23, 25] as const

/**
 * Payment terms, early-payment discounts, late-payment fees and interest, credit notes and part
 * payments: each term's rule (how days are counted, what a fee is charged on) is in the stem.
 */
export const PAYMENT_FAMILIES: readonly ScenarioFamily[] = [
  family('due-date-net-days', (rng) => {
    const from = drawDay(rng)
    const n = rng.pick([30, 60, 90])
    const { y, m, d } = parts(from)
    const months = n / 30
    return onDay(rng, {
      stem: `An invoice dated ${dated(from)} has terms of net ${n} days, counted in calendar days from the invoice date. On what date is it due?`,
      key: from + n,
      wrong: [
        [from + n - 1, 'counts the invoice date as day one'],
        [dayOf(y, m + months, d), `adds ${months} calendar month(s) instead of ${n} days`],
        [dayOf(y, m + 1, 0) + n, 'counts from the end of the invoice month'],
        [from + Math.ceil((n * 7) / 5), 'counts only working days'],
      ],
      facts: { rule: 'net', from, days: n },
    })
  }),
  family('due-date-end-of-month', (rng) => {
    const from = drawDay(rng)
    const n = rng.pick([30, 60])
    const eom = dayOf(parts(from).y, parts(from).m + 1, 0)
    return onDay(rng, {
      stem: `An invoice dated ${dated(from)} has terms of "net ${n} EOM": payment is due ${n} days after the end of the month the invoice is dated in. On what date is it due?`,
      key: eom + n,
      wrong: [
        [from + n, 'counts from the invoice date'],
        [
          dayOf(parts(eom + n).y, parts(eom + n).m + 1, 0),
          'moves the due date to the end of the next month',
        ],
        [eom + n - monthLength(from), 'counts from the end of the month before the invoice month'],
        [eom, 'makes the invoice due at the end of its own month'],
      ],
      facts: { rule: 'eom', from, days: n },
    })
  }),
  family('due-date-weekend-rolls-forward', (rng) => {
    const n = rng.pick([14, 21, 30])
    let from = drawDay(rng)
    while (![0, 6].includes(parts(from + n).w)) from++
    const raw = from + n
    const key = raw + (parts(raw).w === 6 ? 2 : 1)
    return onDay(rng, {
      stem: `A client's terms are net ${n} calendar days from the invoice date; a due date falling on a Saturday or Sunday moves to the following Monday. An invoice is dated ${dated(from)}. On what date is it due?`,
      key,
      wrong: [
        [raw, 'leaves the due date on the weekend'],
        [raw - (parts(raw).w === 6 ? 1 : 2), 'moves the due date back to the Friday'],
        [key + 7, 'moves it to the Monday a week later'],
        [from + n - 1, 'counts the invoice date as day one and keeps the weekend date'],
      ],
      facts: { rule: 'weekend', from, days: n },
    })
  }),
  family('early-payment-discount-taken', (rng) => {
    const m = purse(rng)
    const total = odd(rng, 300, 9000)
    const d = rng.pick([1, 2, 3])
    const w = rng.pick([7, 10, 14])
    const paid = rng.int(1, w)
    const key = total - pct(total, d)
    return sum(rng, m, {
      stem: `An invoice for ${m(total)} has terms ${d}/${w} net 30: ${d}% off if paid within ${w} days of the invoice date, otherwise the full amount by day 30. The client pays on day ${paid}. The discount is rounded to the cent. What should the payment be?`,
      key,
      wrong: [
        [total, 'ignores the discount the client earned'],
        [total - pct(total, w), `takes ${w}% off (reads the wrong figure as the rate)`],
        [pct(total, d), 'pays only the discount'],
        [total - pct(total, 30), 'takes 30% off'],
      ],
      formula: `=IF(${paid}<=${w},B1-ROUND(B1*B2/100,2),B1)`,
      cells: { B1: total / 100, B2: d },
    })
  }),
  family('early-payment-discount-window', (rng) => {
    const m = purse(rng)
    const total = odd(rng, 300, 9000)
    const d = rng.pick([1, 2, 3])
    const w = rng.pick([10, 14])
    const from = drawDay(rng)
    const late = rng.int(0, 1) === 1
    const paidOn = from + (late ? w + rng.int(1, 4) : w)
    const key = late ? total : total - pct(total, d)
    return sum(rng, m, {
      stem: `An invoice for ${m(total)} is dated ${dated(from)} with terms ${d}/${w} net 30: ${d}% off if paid no more than ${w} days after the invoice date. The client pays on ${dated(paidOn)}. Any discount is rounded to the cent. What is the right payment?`,
      key,
      wrong: [
        late
          ? [total - pct(total, d), 'allows the discount after the window closed']
          : [total, 'treats the last day of the window as too late'],
        [total - pct(total, d * 2), 'doubles the discount rate'],
        [total + pct(total, d), 'adds the discount as a surcharge'],
        [total - pct(total, w), `takes ${w}% off`],
      ],
      formula: `=IF(${paidOn - from}<=${w},B1-ROUND(B1*B2/100,2),B1)`,
      cells: { B1: total / 100, B2: d },
    })
  }),
  family('late-interest-simple-daily', (rng) => {
    const m = purse(rng)
    const a = odd(rng, 500, 20000)
    const r = rng.pick([8, 10, 12, 9.5, 12.75])
    const days = rng.int(12, 120)
    const key = Math.round((a * r * days) / 36500)
    return sum(rng, m, {
      stem: `A contract charges simple interest on overdue invoices at ${r}% a year, worked daily on a 365-day year from the day after the due date. An invoice of ${m(a)} is paid ${days} days late. What interest is due, rounded to the cent?`,
      key,
      wrong: [
        [Math.round((a * r * days) / 36000), 'uses a 360-day year'],
        [
          Math.round((a * r * Math.ceil(days / 30)) / 1200),
          'charges a twelfth of the rate for each month or part month',
        ],
        [pct(a, r), 'charges a full year of interest'],
        [
          Math.round((a * r * (days + 30)) / 36500),
          'counts from the invoice date, 30 days earlier',
        ],
        [Math.round((a * r * days) / 3650), 'misplaces the decimal in the daily rate'],
      ],
      formula: '=ROUND(B1*B2/100*B3/365,2)',
      cells: { B1: a / 100, B2: r, B3: days },
    })
  }),
  family('late-fee-per-month-or-part', (rng) => {
    const m = purse(rng)
    const a = odd(rng, 300, 8000)
    const f = rng.pick([1, 1.5, 2])
    let days = rng.int(31, 110)
    if (days % 30 === 0) days++
    const months = Math.ceil(days / 30)
    const key = pct(a, f * months)
    return sum(rng, m, {
      stem: `A client's terms add a late fee of ${f}% of the overdue amount for each 30 days or part of 30 days an invoice is overdue (not compounded). An invoice of ${m(a)} is ${days} days overdue. What is the late fee, rounded to the cent?`,
      key,
      wrong: [
        [pct(a, f * Math.floor(days / 30)), 'counts only complete 30-day periods'],
        [Math.round((a * f * days) / 3000), 'prorates the fee by the day'],
        [pct(a, f), 'charges one period only'],
        [Math.round(a * ((1 + f / 100) ** months - 1)), 'compounds the fee'],
      ],
      formula: '=ROUND(B1*B2/100*ROUNDUP(B3/30,0),2)',
      cells: { B1: a / 100, B2: f, B3: days },
    })
  }),
  family('late-fee-greater-of', (rng) => {
    const m = purse(rng)
    const flat = whole(rng, 15, 50)
    const f = rng.pick([1.5, 2, 5])
    const a = odd(rng, 200, 4000)
    const p = pct(a, f)
    const key = Math.max(flat, p)
    return sum(rng, m, {
      stem: `The late fee on a client's invoices is the greater of ${m(flat)} and ${f}% of the overdue amount. An invoice of ${m(a)} is overdue. What late fee is added?`,
      key,
      wrong: [
        [Math.min(flat, p), 'takes the smaller of the two'],
        [flat + p, 'adds the flat fee and the percentage'],
        [p === key ? flat : p, 'applies only one arm of the rule'],
        [a + key, 'gives the new balance instead of the fee'],
      ],
      formula: '=MAX(B1,ROUND(B2*B3/100,2))',
      cells: { B1: flat / 100, B2: a / 100, B3: f },
    })
  }),
  family('statutory-late-claim-total', (rng) => {
    // UK rules, so pounds only: the compensation bands are in pounds
    const m = (cents: number) => `£${amount(cents)}`
    const a = odd(rng, 300, 15000)
    const base = rng.pick([4, 4.5, 5, 5.25])
    const days = rng.int(20, 150)
    const comp = a < 100000 ? 4000 : a < 1000000 ? 7000 : 10000
    const interest = Math.round((a * (8 + base) * days) / 36500)
    const key = a + comp + interest
    return sum(rng, m, {
      stem: `Under UK late-payment rules as the client applies them, an overdue business invoice attracts simple interest at 8% plus the ${base}% reference rate a year (365-day year) and fixed compensation of £40 for a debt under £1,000, £70 under £10,000 and £100 from £10,000 up. An invoice of ${m(a)} is ${days} days late. What does the claim total, rounded to the cent?`,
      key,
      wrong: [
        [
          a + comp + Math.round((a * 8 * days) / 36500),
          'leaves the reference rate out of the interest rate',
        ],
        [a + interest, 'leaves out the fixed compensation'],
        [a + comp + Math.round((a * base * days) / 36500), 'charges only the reference rate'],
        [a + comp + pct(a, 8 + base), 'charges a full year of interest'],
      ],
      formula: `=B1+${comp / 100}+ROUND(B1*(8+B2)/100*B3/365,2)`,
      cells: { B1: a / 100, B2: base, B3: days },
    })
  }),
  family('credit-note-returned-items', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const price = odd(rng, 8, 300)
    const q = rng.int(6, 40)
    const back = rng.int(1, q - 2)
    const net = price * back
    const key = net + pct(net, r)
    return sum(rng, m, {
      stem: `An invoice billed ${q} items at ${m(price)} each plus ${r}% VAT. The client returns ${back} of them and is owed a credit note for them, VAT included and rounded to the cent. What is the credit note's total?`,
      key,
      wrong: [
        [net, 'leaves the VAT off the credit note'],
        [
          (q - back) * price + pct((q - back) * price, r),
          'credits the items kept instead of those returned',
        ],
        [price * q + pct(price * q, r), 'credits the whole invoice'],
        [net - pct(net, r), 'deducts VAT from the credit'],
      ],
      formula: '=ROUND(B1*B2*(1+B3/100),2)',
      cells: { B1: price / 100, B2: back, B3: r },
    })
  }),
  family('balance-after-payment-and-credit', (rng) => {
    const m = purse(rng)
    const inv = odd(rng, 800, 9000)
    const paid = whole(rng, 100, Math.floor(inv / 200))
    const cn = odd(rng, 20, Math.floor(inv / 400))
    const key = inv - paid - cn
    return sum(rng, m, {
      stem: `${Client(rng)} invoiced ${m(inv)}. The customer paid ${m(paid)} on account and later received a credit note of ${m(cn)} against the same invoice. What is still outstanding on the invoice?`,
      key,
      wrong: [
        [inv - paid, 'ignores the credit note'],
        [inv - paid + cn, 'adds the credit note to the balance'],
        [inv - cn, 'ignores the payment on account'],
        [paid + cn, 'gives the amount settled instead of the amount outstanding'],
      ],
      formula: '=B1-B2-B3',
      cells: { B1: inv / 100, B2: paid / 100, B3: cn / 100 },
    })
  }),
  family('payment-allocated-oldest-first', (rng) => {
    const m = purse(rng)
    const p = rng.pick(['INV-', 'SI-', 'A'])
    const n = rng.int(100, 800)
    const a = odd(rng, 200, 2000)
    const b = odd(rng, 200, 2000)
    const c = odd(rng, 200, 2000)
    const pay = a + rng.int(50, b - 50)
    const key = a + b - pay
    return sum(rng, m, {
      stem: `A customer owes ${invoiceNo(p, n)} (${m(a)}, oldest), ${invoiceNo(p, n + 1)} (${m(b)}) and ${invoiceNo(p, n + 2)} (${m(c)}, newest). A payment of ${m(pay)} arrives with no remittance advice; the client's policy applies unreferenced payments to the oldest invoices first. What remains open on ${invoiceNo(p, n + 1)}?`,
      key,
      wrong: [
        [b, 'leaves the middle invoice untouched'],
        [a + b + c - pay, 'gives the whole account balance'],
        [
          pay <= c ? b : Math.max(0, b - (pay - c)),
          'applies the payment to the newest invoice first',
        ],
        [b - pay, 'deducts the whole payment from the invoice asked about'],
        [pay - a, 'gives the amount applied to it instead of what remains'],
      ],
      formula: '=B1+B2-B4',
      cells: { B1: a / 100, B2: b / 100, B3: c / 100, B4: pay / 100 },
    })
  }),
  family('overpayment-credit-used-on-next-invoice', (rng) => {
    const m = purse(rng)
    const a = odd(rng, 200, 3000)
    const b = odd(rng, 200, 3000)
    const over = odd(rng, 20, 400)
    const pay = a + b + over
    const next = odd(rng, 500, 3000)
    return sum(rng, m, {
      stem: `A customer paid ${m(pay)} to settle two invoices of ${m(a)} and ${m(b)}; both were marked paid and the excess left as a credit balance. A new invoice of ${m(next)} is raised, and credit balances are used against the next invoice. What does the customer now need to pay?`,
      key: next - over,
      wrong: [
        [next, 'ignores the credit balance'],
        [next + over, 'adds the credit balance to the amount due'],
        [next - over * 2, 'uses the credit twice'],
        [next - (pay - a), 'treats everything after the first invoice as credit'],
        [a + b + next - pay, 'nets the whole payment against all three invoices and the new one'],
      ],
      formula: '=B4-(B3-B1-B2)',
      cells: { B1: a / 100, B2: b / 100, B3: pay / 100, B4: next / 100 },
    })
  }),
  family('credit-note-price-error', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const right = odd(rng, 10, 200)
    const wrongPrice = right + odd(rng, 1, 30)
    const q = rng.int(5, 60)
    const net = (wrongPrice - right) * q
    const key = net + pct(net, r)
    return sum(rng, m, {
      stem: `An invoice charged ${q} units at ${m(wrongPrice)} instead of the agreed ${m(right)}, plus ${r}% VAT. The correction is a credit note for the overcharge, VAT included and rounded to the cent. What is its total?`,
      key,
      wrong: [
        [net, 'leaves the VAT off the credit'],
        [wrongPrice * q + pct(wrongPrice * q, r), 'credits the whole invoice without reissuing'],
        [wrongPrice - right + pct(wrongPrice - right, r), 'credits one unit only'],
        [right * q + pct(right * q, r), 'credits the correct charge instead of the overcharge'],
      ],
      // In cents, so the price difference is exact before the VAT is rounded.
      formula: '=((B1-B2)*B3+ROUND((B1-B2)*B3*B4/100,0))/100',
      cells: { B1: wrongPrice, B2: right, B3: q, B4: r },
    })
  }),
  family('interest-after-part-payment', (rng) => {
    const m = purse(rng)
    const a = whole(rng, 1000, 12000)
    const p = whole(rng, 200, Math.floor(a / 200))
    const r = rng.pick([8, 10, 12])
    const d1 = rng.int(10, 40)
    const d2 = rng.int(10, 60)
    const key = Math.round((a * r * d1) / 36500 + ((a - p) * r * d2) / 36500)
    return sum(rng, m, {
      stem: `Simple interest at ${r}% a year (365-day year) runs on whatever is overdue. An invoice of ${m(a)} was overdue ${d1} days when ${m(p)} was paid, and the rest was paid ${d2} days later. What interest is due in total, rounded to the cent?`,
      key,
      wrong: [
        [
          Math.round((a * r * (d1 + d2)) / 36500),
          'charges interest on the full amount for the whole time',
        ],
        [
          Math.round(((a - p) * r * (d1 + d2)) / 36500),
          'charges only on the balance left, from the start',
        ],
        [Math.round((a * r * d1) / 36500), 'stops the interest at the part payment'],
        [
          Math.round((p * r * d1) / 36500 + (a * r * d2) / 36500),
          'swaps the amounts of the two periods',
        ],
      ],
      formula: '=ROUND(B1*B3/100*B4/365+(B1-B2)*B3/100*B5/365,2)',
      cells: { B1: a / 100, B2: p / 100, B3: r, B4: d1, B5: d2 },
    })
  }),
  family('goodwill-credit-note', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const net = whole(rng, 300, 6000)
    const g = rng.pick([5, 10, 15, 20])
    const c = pct(net, g)
    const key = c + pct(c, r)
    return sum(rng, m, {
      stem: `After a late delivery, a client agrees a goodwill credit of ${g}% of an invoice's net amount of ${m(net)}, credited with VAT at the ${r}% rate the invoice charged (rounded to the cent). What is the credit note's total?`,
      key,
      wrong: [
        [c, 'leaves the VAT off the credit note'],
        [
          pct(net + pct(net, r), g) + pct(pct(net + pct(net, r), g), r),
          'works the credit on the VAT-inclusive total and adds VAT again',
        ],
        [net - c + pct(net - c, r), 'gives the reduced invoice instead of the credit'],
        [pct(net, g + r), 'adds the two rates'],
      ],
      formula: '=ROUND(ROUND(B1*B2/100,2)*(1+B3/100),2)',
      cells: { B1: net / 100, B2: g, B3: r },
    })
  }),
  family('stage-payment-invoice', (rng) => {
    const m = purse(rng)
    const r = rng.pick(VAT)
    const fee = whole(rng, 2000, 20000)
    const [s1, s2, s3] = rng.pick([
      [30, 40, 30],
      [25, 50, 25],
      [20, 50, 30],
      [40, 40, 20],
    ])
    const net = pct(fee, s2!)
    const key = net + pct(net, r)
    return sum(rng, m, {
      stem: `A project fee of ${m(fee)} net is invoiced in stages of ${s1}%, ${s2}% and ${s3}%, each stage invoice adding ${r}% VAT. What is the total of the second stage invoice?`,
      key,
      wrong: [
        [net, 'leaves out the VAT'],
        [pct(fee, s1! + s2!) + pct(pct(fee, s1! + s2!), r), 'bills the first two stages together'],
        [pct(fee, s1!) + pct(pct(fee, s1!), r), 'bills the first stage percentage'],
        [
          fee - pct(fee, s1!) + pct(fee - pct(fee, s1!), r),
          'bills everything after the first stage',
        ],
      ],
      formula: '=ROUND(B1*B2/100*(1+B3/100),2)',
      cells: { B1: fee / 100, B2: s2!, B3: r },
    })
  }),
  family('credit-note-sequence-and-reference', (rng) => {
    const m = purse(rng)
    const p = rng.pick(['INV-', 'SI-'])
    const n = rng.int(120, 900)
    const cnNext = rng.int(5, 60)
    const amt = odd(rng, 20, 900)
    const inv = invoiceNo(p, n)
    const nextInv = invoiceNo(p, n + rng.int(3, 20))
    const cn = invoiceNo('CN-', cnNext)
    return three(rng, {
      stem: `The client's rules: an issued invoice is never edited or deleted; a correction is a credit note numbered in its own CN- sequence that quotes the invoice it corrects. ${inv} overcharged by ${m(amt)}; the last credit note was ${invoiceNo('CN-', cnNext - 1)} and the next invoice number is ${nextInv}. What is issued?`,
      key: `${cn} for ${m(amt)}, quoting ${inv}`,
      wrong: [
        [`${inv} edited down by ${m(amt)} and sent again`, 'edits an issued invoice'],
        [
          `${nextInv} for ${m(amt)}, quoting ${inv}`,
          'numbers the credit note in the invoice sequence',
        ],
        [`${cn} for ${m(amt)}`, 'leaves out the invoice the credit note corrects'],
        [`${nextInv} for -${m(amt)}`, 'raises a negative invoice in the invoice sequence'],
        [
          `${invoiceNo('CN-', cnNext - 1)} reused for ${m(amt)}, quoting ${inv}`,
          'reuses a credit note number',
        ],
        [
          `${inv} deleted and reissued under the same number`,
          'deletes an issued invoice and reuses its number',
        ],
      ],
    })
  }),
  family('payment-covers-invoice-less-credit', (rng) => {
    const m = purse(rng)
    const inv = odd(rng, 400, 5000)
    const cn = odd(rng, 30, 300)
    const key = inv - cn
    return sum(rng, m, {
      stem: `A customer owes an invoice of ${m(inv)} and holds an unused credit note of ${m(cn)} issued against it. They ask what single payment settles the account. What figure is quoted?`,
      key,
      wrong: [
        [inv, 'ignores the credit note'],
        [inv + cn, 'adds the credit note to what is owed'],
        [cn, 'quotes the credit note'],
        [inv - 2 * cn, 'deducts the credit note twice'],
      ],
      formula: '=B1-B2',
      cells: { B1: inv / 100, B2: cn / 100 },
    })
  }),
]
