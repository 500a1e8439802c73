import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  bp,
  cr,
  dr,
  drawDate,
  entry,
  family,
  money,
  monthEnd,
  share,
  showDate,
  vendor,
  weekday,
} from './ap-text.js'

/** Weekdays after `from` up to and including `to`. */
function businessDays(from: string, to: string): number {
  let n = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (weekday(d) % 6 !== 0) n++
  return n
}

/** Common early-payment terms: discount in basis points, discount days, net days. */
const TERMS = [
  [100, 10, 30],
  [200, 10, 30],
  [200, 10, 45],
  [150, 15, 45],
  [300, 10, 60],
  [100, 7, 30],
  [250, 14, 60],
] as const
const termsText = (d: number, x: number, n: number) => `${d / 100}/${x} net ${n}`

/** Terms, due dates, early-payment discounts and payment runs. */
const PAYMENT_FAMILIES_BASE = [
  family('discounted-amount-to-pay', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const total = rng.int(200, 60000) * 5
    const m = money(rng)
    return {
      stem: `An invoice of ${m(total)} from ${vendor(rng)} has terms ${termsText(d, x, n)}, the discount applying to the invoice total. It is paid on day ${rng.int(2, x)} after the invoice date. What amount is paid (rounded to the cent)?`,
      key: m(total - share(total, d, 10000)),
      wrong: [
        [m(total), 'pays in full inside the discount window'],
        [m(share(total, d, 10000)), 'pays the discount instead of deducting it'],
        [
          m(total - share(total, x * 100, 10000)),
          'reads the discount days as the discount percentage',
        ],
        [
          m(share(total, 10000, 10000 + d)),
          'divides by one plus the rate instead of taking the rate off',
        ],
      ],
      figures: { total, d, x, n },
    }
  }),
  family('discount-deadline-date', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const invDate = drawDate(rng)
    const received = addDays(invDate, rng.int(2, 5))
    return {
      stem: `${vendor(rng)} dated an invoice ${showDate(invDate)} with terms ${termsText(d, x, n)}; it reached the AP inbox on ${showDate(received)}. Days run from the invoice date (the day after it is day 1). What is the last day on which payment earns the discount?`,
      key: showDate(addDays(invDate, x)),
      wrong: [
        [showDate(addDays(invDate, n)), 'gives the net due date, not the discount date'],
        [showDate(addDays(received, x)), 'counts from the day the invoice arrived'],
        [showDate(addDays(invDate, x - 1)), 'counts the invoice date as day 1'],
        [showDate(addDays(invDate, x + 1)), 'adds a day of grace the terms do not give'],
      ],
      figures: { invDate, received, x, n },
    }
  }),
  family('net-due-date', (rng) => {
    const n = rng.pick([14, 30, 45, 60])
    const invDate = drawDate(rng)
    return {
      stem: `An invoice from ${vendor(rng)} is dated ${showDate(invDate)} on terms net ${n} days from the invoice date (the day after it is day 1). On what date is it due?`,
      key: showDate(addDays(invDate, n)),
      wrong: [
        [showDate(addDays(invDate, n - 1)), 'counts the invoice date as day 1'],
        [showDate(monthEnd(addDays(invDate, n))), 'rounds the due date to the end of its month'],
        [
          showDate(addDays(invDate, Math.round((n / 30) * 31))),
          'counts the months as 31 days each',
        ],
        [showDate(addDays(monthEnd(invDate), n)), 'reads the terms as end of month'],
      ],
      figures: { invDate, n },
    }
  }),
  family('eom-due-date', (rng) => {
    const n = rng.pick([30, 45, 60])
    const invDate = drawDate(rng)
    if (invDate === monthEnd(invDate)) throw new VariantError('an invoice dated at month end')
    return {
      stem: `An invoice dated ${showDate(invDate)} is on terms "net ${n} EOM", which the supply contract defines as ${n} days after the end of the month of the invoice date. On what date is it due?`,
      key: showDate(addDays(monthEnd(invDate), n)),
      wrong: [
        [showDate(addDays(invDate, n)), 'counts from the invoice date, ignoring EOM'],
        [showDate(monthEnd(addDays(invDate, n))), 'takes the month end after the net days'],
        [showDate(monthEnd(invDate)), 'makes it due at the end of the invoice month'],
        [showDate(addDays(monthEnd(invDate), n - 1)), 'counts the month-end day as day 1'],
      ],
      figures: { invDate, n },
    }
  }),
  family('discount-annual-cost', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const rate = (year: number, days: number) =>
      bp(Math.round(((d / (10000 - d)) * year * 10000) / days))
    return {
      stem: `${vendor(rng)} offers ${termsText(d, x, n)}. What is the simple annualised cost of not taking the discount, on a 365-day year and rounded to two decimals (not compounded)?`,
      key: rate(365, n - x),
      wrong: [
        [rate(365, n), 'uses the full credit period, not the extra days bought'],
        [
          bp(Math.round((d * 365) / (n - x))),
          'divides the discount by the full invoice, not the amount paid',
        ],
        [rate(360, n - x), 'uses a 360-day year the stem rules out'],
        [
          bp(Math.round((d * 10000) / (10000 - d))),
          'gives the cost per period without annualising it',
        ],
      ],
      figures: { d, x, n },
    }
  }),
  family('take-discount-or-not', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const cost = ((d / (10000 - d)) * 365) / (n - x)
    const borrow = rng.pick([500, 800, 1200, 1500, 2000, 3000, 4000])
    if (Math.abs(cost * 10000 - borrow) < 100) throw new VariantError('too close to call')
    const take = cost * 10000 > borrow
    const A = `Draw on the overdraft at ${bp(borrow)} and pay on day ${x} to take the discount`
    const B = `Skip the discount and pay in full on day ${n}`
    const C = `Pay on day ${n} and deduct the discount anyway`
    const D = `Pay in full on day ${x} without the discount`
    return {
      stem: `A client has no spare cash but an overdraft costing ${bp(borrow)} a year. An invoice carries ${termsText(d, x, n)}. Comparing the simple annual cost of skipping the discount (365-day year) with the overdraft rate, which payment plan costs the client least?`,
      key: take ? A : B,
      wrong: [
        take
          ? [B, 'skips a discount whose annual cost is above the overdraft rate']
          : [A, 'borrows at more than the discount is worth a year'],
        [C, 'takes a discount the terms no longer allow'],
        [D, 'pays early and gives up the discount'],
        [
          `Pay half on day ${x} and half on day ${n}`,
          'splits the payment, which earns no discount',
        ],
      ],
      figures: { d, x, n, borrow },
    }
  }),
  family('discount-taken-entry', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const gross = rng.int(200, 40000) * 5
    const disc = share(gross, d, 10000)
    return {
      stem: `An invoice of ${money(rng)(gross)} on terms ${termsText(d, x, n)} was recorded at its full amount. The client pays inside the discount period. Which journal records the payment?`,
      key: entry(
        dr('Accounts payable', gross),
        cr('Bank', gross - disc),
        cr('Discounts received', disc),
      ),
      wrong: [
        [
          entry(
            dr('Accounts payable', gross - disc),
            dr('Discounts received', disc),
            cr('Bank', gross),
          ),
          'pays in full and books the discount as a cost',
        ],
        [
          entry(
            dr('Bank', gross - disc),
            dr('Discounts received', disc),
            cr('Accounts payable', gross),
          ),
          'reverses every line',
        ],
        [
          entry(dr('Accounts payable', gross - disc), cr('Bank', gross - disc)),
          'leaves the discount sitting on the supplier account',
        ],
        [
          entry(
            dr('Accounts payable', gross),
            dr('Discounts received', disc),
            cr('Bank', gross + disc),
          ),
          'treats the discount as an extra charge',
        ],
        [
          entry(dr('Accounts payable', gross), cr('Bank', gross)),
          'pays the full amount and forgets the discount',
        ],
        [
          entry(dr('Accounts payable', gross), cr('Bank', gross - disc), cr('Sales', disc)),
          'treats the discount as sales revenue',
        ],
      ],
      figures: { gross, d },
    }
  }),
  family('payment-run-selection', (rng) => {
    const run = drawDate(rng, true)
    const next = addDays(run, 7)
    const m = money(rng)
    const offsets = rng.shuffle([-6, -1, 0, 3, 6, 7, 9, 13]).slice(0, 5)
    if (!offsets.some((o) => o > 0 && o < 7) || !offsets.some((o) => o >= 7))
      throw new VariantError('a run with nothing to decide')
    const lines = offsets.map((o) => ({ due: addDays(run, o), amt: rng.int(40, 3000) * 100 }))
    const sum = (keep: (o: number) => boolean) =>
      lines.filter((_, i) => keep(offsets[i]!)).reduce((s, l) => s + l.amt, 0)
    return {
      stem: `The client pays suppliers in a weekly run; today's run is on ${showDate(run)} and the next on ${showDate(next)}. Policy: pay every approved invoice that would fall overdue before the next run. Approved invoices: ${lines.map((l) => `${m(l.amt)} due ${showDate(l.due)}`).join('; ')}. What does today's run pay?`,
      key: m(sum((o) => o < 7)),
      wrong: [
        [m(sum((o) => o <= 0)), 'pays only what is due by today'],
        [m(sum(() => true)), 'pays every approved invoice early'],
        [m(sum((o) => o <= 7)), 'pays invoices due on the next run day as well'],
        [m(sum((o) => o >= 0 && o < 7)), 'leaves out the invoices already overdue'],
      ],
      figures: { run, offsets: offsets.join(','), amts: lines.map((l) => l.amt).join(',') },
    }
  }),
  family('last-run-for-discount', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const firstRun = drawDate(rng, true)
    const invDate = addDays(firstRun, -rng.int(1, 6))
    const deadline = addDays(invDate, x)
    const runs = [0, 7, 14, 21, 28].map((k) => addDays(firstRun, k))
    const last = runs.filter((r) => r <= deadline).at(-1)
    const after = runs.find((r) => r > deadline)
    if (!last || !after || last === deadline) throw new VariantError('no run to choose')
    return {
      stem: `Payment runs are every ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekday(firstRun)]}, the next on ${showDate(firstRun)}; a payment made in a run reaches the supplier the same day. An invoice dated ${showDate(invDate)} is on ${termsText(d, x, n)}, days counted from the invoice date. In which run must it be paid to earn the discount as late as possible?`,
      key: showDate(last),
      wrong: [
        [showDate(after), 'picks the first run after the discount deadline'],
        [showDate(deadline), 'gives the deadline, which is not a run day'],
        [showDate(addDays(last, -7)), 'pays a week earlier than needed'],
        [
          showDate(runs.filter((r) => r <= addDays(invDate, n)).at(-1)!),
          'aims at the net due date',
        ],
      ],
      figures: { firstRun, invDate, x, n },
    }
  }),
  family('latest-initiation-business-days', (rng) => {
    const due = drawDate(rng, true)
    const back = (from: string, k: number) => {
      let d = from
      for (let left = k; left > 0; ) {
        d = addDays(d, -1)
        if (weekday(d) !== 0 && weekday(d) !== 6) left--
      }
      return d
    }
    const backSat = (from: string, k: number) => {
      let d = from
      for (let left = k; left > 0; ) {
        d = addDays(d, -1)
        if (weekday(d) !== 0) left--
      }
      return d
    }
    const lead = rng.pick([3, 2])
    return {
      stem: `A supplier payment must reach the supplier on its due date, ${showDate(due)}. The client's bank transfers arrive ${lead} business days after they are sent (weekends are not business days; there is no holiday that week). On what date must the clerk send it at the latest?`,
      key: showDate(back(due, lead)),
      wrong: [
        [showDate(addDays(due, -lead)), 'counts calendar days, weekends included'],
        [showDate(back(due, lead - 1)), 'counts the due date as one of the business days'],
        [showDate(due), 'sends it on the due date'],
        [showDate(back(due, lead + 1)), 'adds a day for the sending date itself'],
        [showDate(backSat(due, lead)), 'counts Saturday as a business day'],
      ],
      figures: { due, lead },
    }
  }),
  family('late-payment-interest-uk', (rng) => {
    const debt = rng.int(500, 20000) * 100
    const base = rng.pick([375, 400, 425, 450])
    const days = rng.int(10, 90)
    const m = money(rng)
    const at = (bps: number, year: number) => Math.round((debt * bps * days) / (10000 * year))
    return {
      stem: `A UK supplier claims statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 on a ${m(debt)} invoice paid ${days} days late. The reference (Bank of England base) rate for the period is ${bp(base)}; statutory interest is 8 percentage points above it, simple, per day on a 365-day year. What interest is due, to the cent?`,
      key: m(at(base + 800, 365)),
      wrong: [
        [m(at(800, 365)), 'charges the 8 % margin without the reference rate'],
        [m(at(base, 365)), 'charges the reference rate alone'],
        [m(at(base + 800, 360)), 'uses a 360-day year'],
        [m(at(base * 8, 365)), 'multiplies the reference rate by eight'],
      ],
      figures: { debt, base, days },
    }
  }),
  family('partial-payment-discount-credit', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const inv = rng.int(1000, 50000) * 100
    const paid = rng.int(10, 80) * (inv / 100)
    const m = money(rng)
    const credit = Math.round((paid * 10000) / (10000 - d))
    return {
      stem: `A supplier's terms are ${termsText(d, x, n)} and, by agreement, allow the discount on part payments: each payment inside the window settles the invoice amount it equals after discount. On a ${m(inv)} invoice the client pays ${m(paid)} on day ${x}. By how much does the supplier account go down (to the cent)?`,
      key: m(credit),
      wrong: [
        [m(paid), 'credits only the cash paid'],
        [
          m(paid + share(paid, d, 10000)),
          'adds the discount rate to the cash instead of grossing it up',
        ],
        [m(paid - share(paid, d, 10000)), 'deducts the discount from a payment already net of it'],
        [m(share(inv, d, 10000) + paid), 'adds the discount on the whole invoice'],
      ],
      figures: { d, inv, paid },
    }
  }),
  family('fx-realised-difference', (rng) => {
    const foreign = rng.int(100, 5000) * 100
    // Rates in ten-thousandths, so the home amounts round exactly to the cent.
    const r1 = rng.int(7000, 14000)
    const r2 = r1 + rng.pick([-1, 1]) * rng.int(50, 600)
    const m = money(rng)
    const home = (r: number) => share(foreign, r, 10000)
    const delta = home(r2) - home(r1)
    const hundredths = (r: number) => share(foreign, Math.round(r / 100), 100)
    const rounded = hundredths(r2) - hundredths(r1)
    const label = (loss: boolean, c: number) => `An exchange ${loss ? 'loss' : 'gain'} of ${m(c)}`
    const invertedDelta = share(foreign, 10000, r2) - share(foreign, 10000, r1)
    if (invertedDelta === 0 || Math.abs(invertedDelta) === Math.abs(delta))
      throw new VariantError('the inverted rates give the same difference')
    return {
      stem: `A purchase invoice for ${foreign / 100} units of foreign currency was recorded when 1 unit cost ${(r1 / 10000).toFixed(4)} in the home currency; it is paid in full when 1 unit costs ${(r2 / 10000).toFixed(4)}. What realised exchange difference does the payment post (home currency, to the cent)?`,
      key: label(delta > 0, Math.abs(delta)),
      wrong: [
        ['No exchange difference', 'thinks full settlement leaves no difference'],
        [label(delta > 0, home(r1)), 'posts the original invoice value as the difference'],
        [label(delta < 0, Math.abs(delta)), 'reads the rate move the wrong way round'],
        [label(rounded > 0, Math.abs(rounded)), 'rounds the rates to two decimals first'],
        [
          label(invertedDelta < 0, Math.abs(invertedDelta)),
          'divides by the rates instead of multiplying',
        ],
      ],
      figures: { foreign, r1, r2 },
    }
  }),
  family('days-to-pay', (rng) => {
    const inv = drawDate(rng)
    const days = rng.int(18, 75)
    const paid = addDays(inv, days)
    return {
      stem: `An invoice dated ${showDate(inv)} was paid on ${showDate(paid)}. For the client's days-to-pay report, counted as the days from the invoice date to the payment date (the invoice date itself not counted), how many days did it take?`,
      key: `${days} days`,
      wrong: [
        [`${days + 1} days`, 'counts both the invoice date and the payment date'],
        [`${Math.round(days / 30) * 30} days`, 'counts whole months as 30 days'],
        [`${businessDays(inv, paid)} days`, 'counts business days only'],
        [
          `${Math.abs(Number(paid.slice(8, 10)) - Number(inv.slice(8, 10)))} days`,
          'subtracts the day-of-month numbers',
        ],
      ],
      figures: { inv, paid },
    }
  }),
  family('dynamic-discount', (rng) => {
    const amt = rng.int(500, 60000) * 100
    const apr = rng.pick([900, 1200, 1500, 1800, 2400])
    const early = rng.int(5, 40)
    const m = money(rng)
    const at = (year: number) => Math.round((amt * apr * early) / (10000 * year))
    return {
      stem: `A supplier-finance platform offers early payment of a ${m(amt)} invoice for a discount of ${bp(apr)} a year, pro rata per day on a 365-day year. The client pays ${early} days before the due date. What discount does the client earn (to the cent)?`,
      key: m(at(365)),
      wrong: [
        [m(share(amt, apr, 10000)), 'takes the whole annual rate for a few days'],
        [m(at(360)), 'uses a 360-day year'],
        [m(Math.round((amt * apr * early) / (10000 * 12))), 'treats the days as months'],
        [m(Math.round((amt * apr * early) / (10000 * 52))), 'treats the days as weeks'],
        [m(share(amt, apr, 3650000)), 'charges one day’s discount'],
        [
          m(Math.round((amt * apr * (early + 1)) / 3650000)),
          'counts both the payment day and the due date',
        ],
        [
          m(Math.round((amt * apr * (early - 1)) / 3650000)),
          'leaves the payment day out of the days',
        ],
        [m(at(366)), 'uses a 366-day year'],
      ],
      figures: { amt, apr, early },
    }
  }),
  family('discount-after-credit-note', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const inv = rng.int(400, 40000) * 5
    const cn = rng.int(10, Math.floor(inv / 8)) * 5
    const m = money(rng)
    const net = inv - cn
    return {
      stem: `An invoice of ${m(inv)} on ${termsText(d, x, n)} has a credit note of ${m(cn)} against it. The discount applies to the amount actually owed. Paid inside the discount period, what is the payment (to the cent)?`,
      key: m(net - share(net, d, 10000)),
      wrong: [
        [
          m(inv - share(inv, d, 10000) - cn),
          'takes the discount on the invoice before the credit note',
        ],
        [m(net), 'forgets the discount'],
        [m(inv - share(inv, d, 10000)), 'forgets the credit note'],
        [m(net - share(net, d, 10000) - cn), 'deducts the credit note twice'],
      ],
      figures: { inv, cn, d },
    }
  }),
  family('dpo-days', (rng) => {
    const purchases = rng.int(200, 3000) * 100000
    const ap =
      Math.round((purchases * rng.int(20, 90)) / 365 / 100000) * 100000 + rng.int(1, 99) * 1000
    const move = rng.int(5, 30) * 100000
    // Payables are never negative: a ledger smaller than the move opened above it.
    const opening = ap > move ? ap + rng.pick([-1, 1]) * move : ap + move
    const m = money(rng)
    const days = (payables: number, year: number) =>
      `${((payables * year) / purchases).toFixed(1)} days`
    return {
      stem: `Over the year a client's credit purchases were ${m(purchases)}; trade payables were ${m(opening)} at the start of the year and ${m(ap)} at its end. The client's policy measures days payable outstanding as year-end payables over credit purchases times 365. What is it, to one decimal?`,
      key: days(ap, 365),
      wrong: [
        [
          `${(purchases / ap).toFixed(1)} days`,
          'gives the payables turnover, a count of times a year',
        ],
        [days(ap, 360), 'uses a 360-day year'],
        [days((ap + opening) / 2, 365), 'uses average payables where the policy says year-end'],
        [days(opening, 365), 'uses the opening payables'],
      ],
      figures: { purchases, ap, opening },
    }
  }),
]

/** Terms a supplier states in days of the following month ("prox"). */
const PROX_FAMILIES = [
  family('proximo-due-date', (rng) => {
    const day = rng.pick([10, 15, 20, 25])
    const invDate = drawDate(rng)
    const [y, mo] = invDate.split('-').map(Number) as [number, number]
    const iso = (yy: number, mm: number, dd: number) =>
      new Date(Date.UTC(yy, mm - 1, dd)).toISOString().slice(0, 10)
    return {
      stem: `An invoice from ${vendor(rng)} dated ${showDate(invDate)} is on terms "${day}th prox", meaning the ${day}th day of the month after the invoice month. On what date is it due?`,
      key: showDate(iso(y, mo + 1, day)),
      wrong: [
        [showDate(addDays(invDate, day)), 'counts the days from the invoice date'],
        [showDate(iso(y, mo, day)), 'takes the day in the invoice month itself'],
        [showDate(iso(y, mo + 2, day)), 'skips a month'],
        [showDate(addDays(monthEnd(invDate), day - 1)), 'counts the month-end as day 1'],
      ],
      figures: { invDate, day },
    }
  }),
]

/** Every family of the domain. */
export const PAYMENT_FAMILIES = [...PAYMENT_FAMILIES_BASE, ...PROX_FAMILIES]
