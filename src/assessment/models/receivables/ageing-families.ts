import { VariantError } from '../assemble-variant.js'
import { cap } from '../scenario/scenario-text.js'
import {
  addDays,
  bp,
  cents,
  client,
  customer,
  customers,
  dayCount,
  daysBetween,
  drawDate,
  family,
  money,
  share,
  showDate,
  times,
  weekday,
} from './ar-text.js'

// Ageing reports and collection measures. Ageing is by days past the due date unless a stem says
// otherwise; buckets are Current (not yet due), 1–30, 31–60, 61–90 and over 90 days past due.
// DSO = receivables ÷ credit sales × days in the period; turnover = credit sales ÷ average
// receivables; CEI = (opening AR + credit sales − closing total AR) ÷ (opening AR + credit
// sales − closing current AR) × 100; best possible DSO = current AR ÷ credit sales × days;
// average days delinquent = DSO − best possible DSO (the measures as credit managers' texts
// define them, e.g. the Credit Research Foundation's DSO and CEI definitions).

const BUCKETS = ['Current', '1–30 days', '31–60 days', '61–90 days', 'Over 90 days'] as const
/** The bucket of an item `late` days past due (0 or less: not yet due). */
export const bucketOf = (late: number): number =>
  late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4

/** Weekdays after `from` up to and including `to`. */
function weekdaysAfter(from: string, to: string): number {
  let k = 0
  for (let x = addDays(from, 1); x <= to; x = addDays(x, 1)) if (weekday(x) % 6 !== 0) k++
  return k
}

/** `num ÷ den` in tenths, rounded half up (non-negative figures). */
const tenths = (num: number, den: number) => share(num, 10, den)

export const AGEING_FAMILIES = [
  family('bucket-by-due-date', (rng) => {
    const n = rng.pick([30, 45, 60])
    const inv = drawDate(rng)
    const late = rng.int(31, 120)
    const report = addDays(inv, n + late)
    const at = (d: number) =>
      d <= 0 ? 'Current, not yet due' : `${BUCKETS[bucketOf(d)]}, ${d} days past due`
    return {
      stem: `On the ageing report dated ${showDate(report)}, where does an invoice to ${customer(rng)} dated ${showDate(inv)} on net ${n} terms sit? The report ages by days past the due date: Current, 1–30, 31–60, 61–90, over 90.`,
      key: at(late),
      wrong: [
        [at(late + n), 'ages it from the invoice date'],
        [at(late - 30), 'ages it as at last month end'],
        [at(late + 1), 'counts both the due date and the report date'],
        [at(late - n), 'takes the terms off the days past due again'],
      ],
      figures: { inv, report, n },
    }
  }),
  family('bucket-total', (rng) => {
    const report = drawDate(rng)
    const items = Array.from({ length: 6 }, () => ({
      due: addDays(report, -rng.int(-20, 110)),
      amt: cents(rng, 200, 6000),
    }))
    const late = (due: string) => daysBetween(due, report)
    const sumIn = (f: (d: number) => boolean) =>
      items.filter((i) => f(late(i.due))).reduce((s, i) => s + i.amt, 0)
    const key = sumIn((d) => d >= 31 && d <= 60)
    if (key === 0) throw new VariantError('an empty bucket')
    const m = money(rng)
    return {
      stem: `${customers(rng)} open invoices, by due date: ${items.map((i) => `${m(i.amt)} due ${showDate(i.due)}`).join('; ')}. On an ageing dated ${showDate(report)}, what is the 31–60 days past due total?`,
      key: m(key),
      wrong: [
        [m(sumIn((d) => d >= 30 && d <= 59)), 'starts each bucket a day early'],
        [m(sumIn((d) => d >= 1 && d <= 30)), 'gives the 1–30 bucket'],
        [m(sumIn((d) => d >= 61 && d <= 90)), 'gives the 61–90 bucket'],
        [m(sumIn((d) => d >= 31)), 'totals everything over 30 days'],
        [m(sumIn((d) => d >= 1 && d <= 60)), 'totals everything up to 60 days past due'],
      ],
      figures: {
        report,
        ...Object.fromEntries(
          items.flatMap((i, j) => [
            [`due${j}`, i.due],
            [`amt${j}`, i.amt],
          ]),
        ),
      },
    }
  }),
  family('percent-over-90', (rng) => {
    const parts = [0, 1, 2, 3, 4].map(() => cents(rng, 1000, 40000))
    const [cur, b1, b2, b3, b4] = parts as [number, number, number, number, number]
    const total = cur + b1 + b2 + b3 + b4
    const sales = total * rng.int(4, 9)
    const m = money(rng)
    return {
      stem: `${cap(client(rng))}'s ageing: Current ${m(cur)}, 1–30 ${m(b1)}, 31–60 ${m(b2)}, 61–90 ${m(b3)}, over 90 ${m(b4)}. Credit sales for the year were ${m(sales)}. What share of total receivables is over 90 days past due, to two decimals?`,
      key: bp(share(b4, 10000, total)),
      wrong: [
        [bp(share(b4, 10000, total - cur)), 'divides by the overdue total only'],
        [bp(share(b4, 10000, total - b4)), 'leaves the bucket out of the total'],
        [bp(share(b3 + b4, 10000, total)), 'includes the 61–90 bucket'],
        [bp(share(b4, 10000, cur)), 'divides by the current bucket'],
        [bp(share(b4, 10000, sales)), 'divides by the year’s credit sales'],
      ],
      figures: { cur, b1, b2, b3, b4, sales },
    }
  }),
  family('dso-period-end', (rng) => {
    const days = rng.pick([90, 91, 92, 365])
    const credit = rng.int(200, 3000) * 1000
    const cash = rng.int(20, 400) * 1000
    const ar = share(credit, rng.int(3000, 8000), 10000 * (days > 100 ? 4 : 1))
    const open = share(ar, rng.int(7000, 13000), 10000)
    const m = money(rng)
    const span = days > 100 ? 'year' : 'quarter'
    return {
      stem: `For the ${span} (${days} days) a client had credit sales of ${m(credit)} and cash sales of ${m(cash)}. Receivables were ${m(open)} at the start and ${m(ar)} at the end. What is the period-end DSO (ending receivables over credit sales), to one decimal?`,
      key: dayCount(tenths(ar * days, credit)),
      wrong: [
        [dayCount(tenths(ar * days, credit + cash)), 'counts cash sales in the denominator'],
        [
          dayCount(tenths(ar * (days > 100 ? 360 : 365), credit)),
          days > 100 ? 'uses a 360-day year' : 'uses a whole year for a quarter’s sales',
        ],
        [dayCount(tenths(open * days, credit)), 'uses the opening receivables'],
        [dayCount(tenths((ar + open) * days, 2 * credit)), 'uses average receivables'],
      ],
      figures: { days, credit, cash, ar, open },
    }
  }),
  family('receivables-turnover', (rng) => {
    const credit = rng.int(500, 9000) * 1000
    const cash = rng.int(50, 900) * 1000
    const open = share(credit, rng.int(600, 2000), 10000)
    const close = share(credit, rng.int(600, 2000), 10000)
    const m = money(rng)
    return {
      stem: `A client's year: credit sales ${m(credit)}, cash sales ${m(cash)}; receivables ${m(open)} at the start and ${m(close)} at the end. What is the receivables turnover (credit sales over average receivables), to two decimals?`,
      key: times(share(credit * 2, 100, open + close)),
      wrong: [
        [times(share(credit, 100, close)), 'uses the closing receivables'],
        [times(share(credit + cash, 200, open + close)), 'counts cash sales'],
        [times(share(credit, 100, open)), 'uses the opening receivables'],
        [times(share(credit, 100, open + close)), 'adds the two balances without halving'],
        [times(share(open + close, 100, credit * 2)), 'inverts the ratio'],
      ],
      figures: { credit, cash, open, close },
    }
  }),
  family('days-from-turnover', (rng) => {
    const t = rng.int(350, 1800)
    const year = rng.pick([360, 365])
    return {
      stem: `A client's receivables turn over ${(t / 100).toFixed(2)} times a year. Using a ${year}-day year as its lender's covenant does, what is the average collection period, to one decimal?`,
      key: dayCount(share(year, 1000, t)),
      wrong: [
        [dayCount(share(year === 360 ? 365 : 360, 1000, t)), 'uses the other day-count year'],
        [dayCount(share(12, 1000, t)), 'divides twelve months by the turnover'],
        [
          dayCount(share(year, 10, Math.floor(t / 100))),
          'cuts the turnover to a whole number first',
        ],
        [
          dayCount(share(year, 10, Math.ceil(t / 100))),
          'rounds the turnover up to a whole number first',
        ],
      ],
      figures: { t, year },
    }
  }),
  family('collection-effectiveness-index', (rng) => {
    const open = rng.int(100, 900) * 1000
    const sales = rng.int(200, 1200) * 1000
    const close = share(open + sales, rng.int(3000, 6000), 10000)
    const current = share(close, rng.int(4000, 8000), 10000)
    const collected = open + sales - close
    const m = money(rng)
    return {
      stem: `For the month: opening receivables ${m(open)}; credit sales ${m(sales)}; closing receivables ${m(close)}, of which ${m(current)} is current (not yet due). What is the collection effectiveness index, to two decimals?`,
      key: bp(share(collected, 10000, open + sales - current)),
      wrong: [
        [
          bp(share(collected, 10000, open + sales)),
          'divides by all that could be collected, due or not',
        ],
        [
          bp(share(open + sales - current, 10000, open + sales)),
          'subtracts the current balance in the numerator',
        ],
        [bp(share(collected, 10000, sales)), 'divides by the month’s sales only'],
        [
          bp(share(collected, 10000, open + sales - (close - current))),
          'subtracts the overdue balance in the denominator',
        ],
        [bp(share(open + sales - current, 10000, collected)), 'inverts the index'],
      ],
      figures: { open, sales, close, current },
    }
  }),
  family('countback-dso', (rng) => {
    const m3 = rng.int(60, 200) * 1000
    const m2 = rng.int(60, 200) * 1000
    const m1 = rng.int(60, 200) * 1000
    const ar = m3 + share(m2, rng.int(1500, 8500), 10000)
    const [d3, d2, d1] = rng.pick([
      [31, 30, 31],
      [30, 31, 30],
      [31, 31, 30],
      [28, 31, 31],
    ])
    const m = money(rng)
    const key = d3 * 10 + share(ar - m3, d2 * 10, m2)
    const oldestFirst = d1 * 10 + share(ar - m1, d2 * 10, m2)
    return {
      stem: `Receivables at the end of the quarter are ${m(ar)}. Credit sales: last month (${d3} days) ${m(m3)}, the month before (${d2} days) ${m(m2)}, the month before that (${d1} days) ${m(m1)}. What is DSO by the countback method (exhaust each month's sales back from the latest), to one decimal?`,
      key: dayCount(key),
      wrong: [
        [
          dayCount(share(ar, (d1 + d2 + d3) * 10, m1 + m2 + m3)),
          'uses the quarter’s average daily sales',
        ],
        [dayCount(300 + share(ar - m3, 300, m2)), 'counts every month as 30 days'],
        [
          dayCount(d3 * 10 + share(ar - m3, d2 * 10, m3)),
          'divides the remainder by last month’s sales',
        ],
        // Counting back from the oldest month can leave a negative remainder: no one gives that.
        ...(oldestFirst > 0
          ? [[dayCount(oldestFirst), 'counts back from the oldest month'] as const]
          : []),
      ],
      figures: { ar, m1, m2, m3, d1, d2, d3 },
    }
  }),
  family('best-possible-dso', (rng) => {
    const days = rng.pick([30, 31, 90, 91])
    const sales = rng.int(100, 2000) * 1000
    const ar = share(sales, rng.int(9000, 25000), 10000 * (days > 40 ? 3 : 1))
    const cur = share(ar, rng.int(3500, 7500), 10000)
    const m = money(rng)
    const dso = tenths(ar * days, sales)
    const bpd = tenths(cur * days, sales)
    return {
      stem: `Over the last ${days} days a client made ${m(sales)} of credit sales. Receivables are ${m(ar)}, of which ${m(cur)} is current. What is the average days delinquent (DSO minus best possible DSO), to one decimal?`,
      // The difference is the overdue balance over average daily sales, taken unrounded.
      key: dayCount(tenths((ar - cur) * days, sales)),
      wrong: [
        [dayCount(bpd), 'gives the best possible DSO'],
        [dayCount(dso), 'gives the DSO itself'],
        [dayCount(tenths((ar - cur) * days, ar)), 'divides the overdue balance by receivables'],
        [dayCount(dso + bpd), 'adds the two measures'],
        [dayCount(dso - bpd), 'rounds both measures before subtracting'],
      ],
      figures: { days, sales, ar, cur },
    }
  }),
  family('weighted-days-to-pay', (rng) => {
    const pays = [0, 1, 2].map(() => ({ amt: rng.int(5, 90) * 1000, days: rng.int(34, 80) }))
    const total = pays.reduce((s, p) => s + p.amt, 0)
    const wsum = pays.reduce((s, p) => s + p.amt * p.days, 0)
    const plain = pays.reduce((s, p) => s + p.days, 0)
    const m = money(rng)
    return {
      stem: `${customer(rng)} buys on net 30 terms and paid three invoices: ${pays.map((p) => `${m(p.amt)} ${p.days} days after its invoice date`).join(', ')}. What is its amount-weighted average days to pay from the invoice date, to one decimal?`,
      key: dayCount(share(wsum, 10, total)),
      wrong: [
        [dayCount(share(plain, 10, 3)), 'averages the days without weighting'],
        [dayCount(Math.max(...pays.map((p) => p.days)) * 10), 'takes the slowest payment'],
        [dayCount(Math.min(...pays.map((p) => p.days)) * 10), 'takes the fastest payment'],
        [
          dayCount(share(wsum, 10, total) + 300),
          'adds the 30-day terms to days that already include them',
        ],
        [
          dayCount(
            share(
              Math.max(...pays.map((p) => p.days)) + Math.min(...pays.map((p) => p.days)),
              10,
              2,
            ),
          ),
          'averages the fastest and slowest payments',
        ],
      ],
      figures: {
        a0: pays[0]!.amt,
        d0: pays[0]!.days,
        a1: pays[1]!.amt,
        d1: pays[1]!.days,
        a2: pays[2]!.amt,
        d2: pays[2]!.days,
      },
    }
  }),
  family('credit-available', (rng) => {
    const limit = rng.int(10, 100) * 1000 * 100
    const bal = share(limit, rng.int(3000, 7000), 10000)
    const orders = share(limit, rng.int(500, 2000), 10000)
    const unapplied = cents(rng, 100, 1500)
    const m = money(rng)
    return {
      stem: `${customer(rng)} has a credit limit of ${m(limit)}. Its ledger shows ${m(bal)} of open invoices and ${m(unapplied)} of unapplied cash on account; accepted orders not yet invoiced total ${m(orders)}. Policy counts all three against the limit. How much credit is left for a new order?`,
      key: m(limit - bal + unapplied - orders),
      wrong: [
        [m(limit - bal - orders), 'ignores the unapplied cash'],
        [m(limit - bal + unapplied), 'leaves out the uninvoiced orders'],
        [m(limit - bal - unapplied - orders), 'adds the unapplied cash to what is owed'],
        [m(limit - orders), 'leaves out the open invoices'],
        [
          m(limit - bal + unapplied + orders),
          'adds the uninvoiced orders instead of deducting them',
        ],
        [m(bal - unapplied + orders), 'gives the credit used, not what is left'],
      ],
      figures: { limit, bal, orders, unapplied },
    }
  }),
  family('cash-freed-by-dso-cut', (rng) => {
    const sales = rng.int(1000, 20000) * 1000 * 10
    const cut = rng.int(3, 15)
    const ar = share(sales, rng.int(40, 70), 365)
    const m = money(rng)
    return {
      stem: `A client has annual credit sales of ${m(sales)} and receivables of ${m(ar)}. If collections speed up so DSO falls by ${cut} days (365-day year), about how much cash is released?`,
      key: m(share(sales, cut, 365)),
      wrong: [
        [m(share(sales, cut, 360)), 'uses a 360-day year'],
        [m(share(ar, cut, 365)), 'multiplies receivables, not daily sales, by the days'],
        [m(share(sales, cut, 12)), 'takes monthly sales per day saved'],
        [m(share(sales, cut, 365 * 2)), 'halves it as if averaging the balances'],
      ],
      figures: { sales, cut, ar },
    }
  }),
  family('ageing-by-invoice-date-days', (rng) => {
    const n = rng.pick([30, 45, 60])
    const inv = drawDate(rng)
    const report = addDays(inv, rng.int(n + 5, n + 100))
    const late = daysBetween(addDays(inv, n), report)
    return {
      stem: `An invoice to ${customer(rng)} dated ${showDate(inv)} on net ${n} terms is unpaid at ${showDate(report)}. How many days past due is it on that date?`,
      key: `${late} days`,
      wrong: [
        [`${late + n} days`, 'counts from the invoice date'],
        [`${late + n - 30} days`, 'ages it from 30 days regardless of the terms'],
        [`${late + 1} days`, 'counts both the due date and the report date'],
        [`${weekdaysAfter(addDays(inv, n), report)} days`, 'counts only weekdays'],
        [`${Math.round(late / 30) * 30} days`, 'rounds to whole 30-day months'],
      ],
      figures: { inv, report, n },
    }
  }),
  family('ageing-roll-forward', (rng) => {
    const b = [0, 1, 2, 3].map(() => cents(rng, 1000, 20000)) as [number, number, number, number]
    const paid = share(b[1], rng.int(2000, 8000), 10000)
    const m = money(rng)
    return {
      stem: `At the end of last month ${customers(rng)} ageing showed Current ${m(b[0])}, 1–30 ${m(b[1])}, 31–60 ${m(b[2])}, 61–90 ${m(b[3])}. During this 30-day month it paid ${m(paid)} against the 1–30 items and bought nothing more. Every item moves one bucket older. What is in 31–60 at this month end?`,
      key: m(b[1] - paid),
      wrong: [
        [m(b[2]), 'leaves the buckets where they were'],
        [m(b[1]), 'forgets the payment'],
        [m(b[0]), 'moves the current items two buckets'],
        [m(b[2] - paid), 'takes the payment off the old 31–60 total'],
        [m(paid), 'moves the payment into the bucket instead of the unpaid rest'],
      ],
      figures: { b0: b[0], b1: b[1], b2: b[2], paid },
    }
  }),
  family('percent-past-due', (rng) => {
    const cur = cents(rng, 5000, 80000)
    const past = [0, 1, 2, 3].map(() => cents(rng, 500, 20000)) as [number, number, number, number]
    const due = past.reduce((s, x) => s + x, 0)
    const m = money(rng)
    return {
      stem: `${cap(client(rng))}'s ageing: Current ${m(cur)}; past due 1–30 ${m(past[0])}, 31–60 ${m(past[1])}, 61–90 ${m(past[2])}, over 90 ${m(past[3])}. What percentage of receivables is past due, to two decimals?`,
      key: bp(share(due, 10000, cur + due)),
      wrong: [
        [bp(share(due, 10000, cur)), 'divides by the current bucket'],
        [bp(share(due - past[0], 10000, cur + due)), 'counts only items over 30 days'],
        [bp(share(cur, 10000, cur + due)), 'gives the current share'],
        [bp(share(past[3], 10000, cur + due)), 'counts only the over-90 bucket'],
        [bp(share(due, 10000, cur + due - past[3])), 'leaves the over-90 bucket out of the total'],
      ],
      figures: { cur, p0: past[0], p1: past[1], p2: past[2], p3: past[3] },
    }
  }),
  family('turnover-from-dso', (rng) => {
    const dso = rng.int(400, 900)
    return {
      stem: `A client's DSO is ${(dso / 10).toFixed(1)} days on a 365-day year. What receivables turnover does that imply, to two decimals?`,
      key: times(share(365, 1000, dso)),
      wrong: [
        [times(share(360, 1000, dso)), 'uses a 360-day year'],
        [times(share(dso, 10, 365)), 'divides the DSO by the year'],
        [times(share(12, 1000, dso) * 10), 'divides twelve months by the days'],
        [times(share(365, 1000, dso - 300)), 'takes 30-day terms off the DSO first'],
      ],
      figures: { dso },
    }
  }),
  family('bad-debt-ratio', (rng) => {
    const sales = rng.int(200, 5000) * 100000
    const cash = rng.int(20, 900) * 100000
    const off = share(sales, rng.int(30, 400), 10000) + rng.int(0, 99)
    const rec = share(off, rng.int(500, 2500), 10000)
    const m = money(rng)
    return {
      stem: `This year a client wrote off ${m(off)} of receivables and recovered ${m(rec)} of accounts written off in earlier years. Credit sales were ${m(sales)} and cash sales ${m(cash)}. What is the net bad debt ratio (write-offs less recoveries over credit sales), to two decimals?`,
      key: bp(share(off - rec, 10000, sales)),
      wrong: [
        [bp(share(off, 10000, sales)), 'ignores the recoveries'],
        [bp(share(off - rec, 10000, sales + cash)), 'divides by all sales'],
        [bp(share(off + rec, 10000, sales)), 'adds the recoveries'],
        [bp(share(rec, 10000, sales)), 'takes the recoveries alone'],
        [bp(share(off, 10000, sales + cash)), 'ignores the recoveries and divides by all sales'],
      ],
      figures: { sales, cash, off, rec },
    }
  }),
  family('credit-limit-utilisation', (rng) => {
    const limit = rng.int(5, 80) * 100000
    const bal = share(limit, rng.int(3000, 9500), 10000)
    const orders = share(limit, rng.int(300, 1500), 10000)
    const m = money(rng)
    return {
      stem: `${customer(rng)} has a ${m(limit)} credit limit, ${m(bal)} of open invoices and ${m(orders)} of accepted orders not yet invoiced; policy counts both. What share of its limit is used, to two decimals?`,
      key: bp(share(bal + orders, 10000, limit)),
      wrong: [
        [bp(share(bal, 10000, limit)), 'leaves out the uninvoiced orders'],
        [bp(share(limit - bal - orders, 10000, limit)), 'gives the share left unused'],
        [bp(share(bal + 2 * orders, 10000, limit)), 'counts the orders twice'],
        [bp(share(orders, 10000, limit)), 'counts only the orders'],
      ],
      figures: { limit, bal, orders },
    }
  }),
  family('target-receivables-reduction', (rng) => {
    const sales = rng.int(500, 9000) * 100000
    const dso = rng.int(45, 80)
    const target = dso - rng.int(5, 20)
    const ar = share(sales, dso, 365)
    const m = money(rng)
    return {
      stem: `A client's annual credit sales are ${m(sales)} and its receivables ${m(ar)} (about ${dso} days). To reach a ${target}-day DSO on a 365-day year with the same sales, by how much must receivables fall?`,
      key: m(ar - share(sales, target, 365)),
      wrong: [
        [m(share(sales, target, 365)), 'gives the target balance, not the fall'],
        [m(ar - share(sales, target, 360)), 'uses a 360-day year for the target'],
        [m(share(ar, dso - target, 365)), 'multiplies receivables by the days'],
        [m(share(sales, dso - target, 12 * 30)), 'counts twelve 30-day months'],
      ],
      figures: { sales, dso, target, ar },
    }
  }),
] as const
