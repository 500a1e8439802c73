import {
  addDays,
  cents,
  cr,
  customer,
  customers,
  daysBetween,
  dr,
  drawDate,
  entry,
  family,
  money,
  share,
  showDate,
} from './ar-text.js'

// Credit memos, late charges under a client's stated terms, statutory late-payment interest and
// the steps of a dunning schedule. Late-charge arithmetic follows each stem's terms; UK figures
// follow the Late Payment of Commercial Debts (Interest) Act 1998 as GOV.UK's guidance "Late
// commercial payments: charging interest and debt recovery" states it: statutory interest of 8%
// a year plus the Bank of England base rate, simple, and a fixed sum of £40 for a debt under
// £1,000, £70 for £1,000 to £9,999.99 and £100 for £10,000 or more.

const AR = 'Accounts receivable'

/** A dunning schedule: days past due at which each step is taken. */
const STEPS = [
  [1, 'Friendly reminder email'],
  [15, 'Second reminder with statement'],
  [30, 'Phone call and final notice'],
  [45, 'Account placed on credit hold'],
  [75, 'Referred to the collection agency'],
] as const
const stepAt = (late: number) => {
  let k = -1
  for (let i = 0; i < STEPS.length; i++) if (late >= STEPS[i]![0]) k = i
  return k
}
const stepText = (k: number) => (k < 0 ? 'No action yet: not overdue' : STEPS[k]![1])
const schedule = STEPS.map(
  ([d, t]) => `${d} day${d === 1 ? '' : 's'} past due: ${t.toLowerCase()}`,
).join('; ')

export const COLLECTIONS_FAMILIES = [
  family('credit-memo-with-tax-entry', (rng) => {
    const net = cents(rng, 100, 4000)
    const rate = rng.pick([500, 800, 1000, 2000])
    const tax = share(net, rate, 10000)
    return {
      stem: `${customer(rng)} returns goods invoiced at ${money(rng)(net)} plus ${rate / 100}% sales tax, and the client issues a credit memo for the return. Which entry records it?`,
      key: entry(dr('Sales returns', net), dr('Sales tax payable', tax), cr(AR, net + tax)),
      wrong: [
        [
          entry(dr('Sales returns', net + tax), cr(AR, net + tax)),
          'puts the tax into sales returns',
        ],
        [entry(dr('Sales returns', net), cr(AR, net)), 'leaves the tax on the customer’s account'],
        [
          entry(dr(AR, net + tax), cr('Sales returns', net), cr('Sales tax payable', tax)),
          'reverses the sides',
        ],
        [
          entry(dr('Bad debt expense', net), dr('Sales tax payable', tax), cr(AR, net + tax)),
          'books the return as a bad debt',
        ],
      ],
      figures: { net, rate },
    }
  }),
  family('credit-memo-restocking-fee', (rng) => {
    const qty = rng.int(3, 40)
    const unit = cents(rng, 12, 300)
    const fee = rng.pick([1000, 1500, 2000, 2500])
    const rate = rng.pick([500, 1000, 2000])
    const goods = qty * unit
    const net = goods - share(goods, fee, 10000)
    const m = money(rng)
    return {
      stem: `${customer(rng)} returns ${qty} units bought at ${m(unit)} each plus ${rate / 100}% sales tax. The terms charge a ${fee / 100}% restocking fee on the returned goods' value; tax is credited on the net amount refunded. What is the credit memo's total including tax?`,
      key: m(net + share(net, rate, 10000)),
      wrong: [
        [m(goods + share(goods, rate, 10000)), 'forgets the restocking fee'],
        [m(net), 'leaves the tax off the credit'],
        [m(net + share(goods, rate, 10000)), 'credits tax on the whole returned value'],
        [
          m(goods + share(goods, rate, 10000) - share(goods, fee, 10000) * 2),
          'takes the fee off twice',
        ],
      ],
      figures: { qty, unit, fee, rate },
    }
  }),
  family('price-correction-credit', (rng) => {
    const qty = rng.int(5, 200)
    const agreed = cents(rng, 5, 120)
    const billed = agreed + rng.int(20, 900)
    const rate = rng.pick([0, 500, 1000, 2000])
    const diff = qty * (billed - agreed)
    const m = money(rng)
    return {
      stem: `${customer(rng)} was invoiced ${qty} units at ${m(billed)} instead of the agreed ${m(agreed)}${rate ? `, plus ${rate / 100}% sales tax` : ', with no sales tax'}. What credit memo total corrects the overcharge?`,
      key: m(diff + share(diff, rate, 10000)),
      wrong: [
        [m(qty * billed + share(qty * billed, rate, 10000)), 'credits the whole invoice'],
        [m(billed - agreed), 'credits one unit’s difference'],
        [
          m(qty * agreed + share(qty * agreed, rate, 10000)),
          'credits the amount that should have been billed',
        ],
        [m(diff + share(qty * billed, rate, 10000)), 'credits the tax on the whole invoice'],
      ],
      figures: { qty, agreed, billed, rate },
    }
  }),
  family('late-interest-daily-simple', (rng) => {
    const bal = cents(rng, 500, 25000)
    const monthly = rng.pick([100, 125, 150, 200])
    const inv = drawDate(rng)
    const n = rng.pick([30, 45])
    const paid = addDays(inv, n + rng.int(10, 120))
    const late = daysBetween(addDays(inv, n), paid)
    const m = money(rng)
    return {
      stem: `Terms: net ${n}; overdue amounts bear interest at ${monthly / 100}% a month (${(monthly * 12) / 100}% a year), simple, charged per day on a 365-day year from the due date to the payment date. ${customer(rng)} pays a ${m(bal)} invoice dated ${showDate(inv)} on ${showDate(paid)}. What interest is due?`,
      key: m(share(bal, monthly * 12 * late, 10000 * 365)),
      wrong: [
        [m(share(bal, monthly * 12 * (late + n), 10000 * 365)), 'counts from the invoice date'],
        [m(share(bal, monthly * 12 * late, 10000 * 360)), 'uses a 360-day year'],
        [m(share(bal, monthly * Math.floor(late / 30), 10000)), 'charges only whole months'],
        [
          m(share(bal, monthly * late, 10000 * 365)),
          'applies the monthly rate as if it were annual',
        ],
        [
          m(share(bal, monthly * Math.ceil(late / 30), 10000)),
          'charges a full month for any part month',
        ],
      ],
      figures: { bal, monthly, inv, paid, n },
    }
  }),
  family('late-interest-compounded-monthly', (rng) => {
    const bal = cents(rng, 500, 25000)
    const r = rng.pick([100, 150, 200])
    const k = rng.int(2, 9)
    let owed = bal
    for (let i = 0; i < k; i++) owed += share(owed, r, 10000)
    let short = bal
    for (let i = 0; i < k - 1; i++) short += share(short, r, 10000)
    const long = owed + share(owed, r, 10000)
    const m = money(rng)
    return {
      stem: `A client's terms add ${r / 100}% a month to any overdue balance at each month end, rounded to the cent, interest included in the next month's balance. ${customers(rng)} ${m(bal)} invoice has been overdue through ${k} month ends with no payment. What interest has accrued?`,
      key: m(owed - bal),
      wrong: [
        [m(share(bal, r * k, 10000)), 'charges simple interest'],
        [m(owed), 'gives the balance, not the interest'],
        [m(short - bal), 'counts one month end too few'],
        [m(share(bal, r * 12 * k, 10000)), 'applies the annual rate each month'],
        [m(long - bal), 'counts one month end too many'],
        [m(share(bal, r, 10000)), 'charges one month only'],
      ],
      figures: { bal, r, k },
    }
  }),
  family('late-fee-greater-of', (rng) => {
    const total = cents(rng, 300, 9000)
    const paid = share(total, rng.int(1000, 6000), 10000)
    const pct = rng.pick([150, 200, 500])
    const floor = rng.pick([2500, 3500, 5000])
    const over = total - paid
    const fee = Math.max(share(over, pct, 10000), floor)
    const m = money(rng)
    return {
      stem: `Terms: a late fee of ${pct / 100}% of the overdue balance or ${m(floor)}, whichever is greater, charged once. ${customer(rng)} paid ${m(paid)} of a ${m(total)} invoice before it fell due and nothing since. What late fee is charged?`,
      key: m(fee),
      wrong: [
        [m(Math.max(share(total, pct, 10000), floor)), 'charges on the whole invoice'],
        [m(Math.min(share(over, pct, 10000), floor)), 'takes the smaller of the two'],
        [m(share(over, pct, 10000) + floor), 'charges both'],
        [m(Math.max(share(paid, pct, 10000), floor)), 'charges on the part already paid'],
        [m(over + fee), 'gives the overdue balance with the fee'],
        [m(share(over, pct, 10000)), 'charges the percentage alone'],
        [m(floor), 'charges the fixed fee alone'],
      ],
      figures: { total, paid, pct, floor },
    }
  }),
  family('statutory-interest-uk', (rng) => {
    const debt = rng.int(10, 500) * 10000
    const base = rng.pick([375, 400, 425, 450, 475, 500, 525])
    const late = rng.int(15, 200)
    const m = (c: number) =>
      `£${(c / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    return {
      stem: `A UK client claims statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 on a £${(debt / 100).toLocaleString('en-GB')} business invoice paid ${late} days late. The Bank of England base rate for the period is ${(base / 100).toFixed(2)}%. What simple interest is due on a 365-day year?`,
      key: m(share(debt, (800 + base) * late, 10000 * 365)),
      wrong: [
        [m(share(debt, 800 * late, 10000 * 365)), 'leaves out the base rate'],
        [m(share(debt, base * late, 10000 * 365)), 'charges the base rate only'],
        [m(share(debt, (800 + base) * late, 10000 * 360)), 'uses a 360-day year'],
        [m(share(debt, (800 + base) * Math.ceil(late / 30), 10000 * 12)), 'charges whole months'],
        [m(share(debt, 800 + base, 10000)), 'charges a full year'],
        [
          m(share(debt, (800 + base) * (late - 30), 10000 * 365)),
          'allows 30 days’ grace after the due date',
        ],
      ],
      figures: { debt, base, late },
    }
  }),
  family('statutory-fixed-compensation-uk', (rng) => {
    const band = rng.int(0, 2)
    const debt = [rng.int(100, 99999), rng.int(100000, 999999), rng.int(1000000, 6000000)][band]!
    const fix = [4000, 7000, 10000]
    const m = (c: number) =>
      `£${(c / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
    return {
      stem: `Under the Late Payment of Commercial Debts (Interest) Act 1998, what fixed sum for debt recovery costs may a UK supplier add to a late business debt of ${m(debt)}, on top of statutory interest?`,
      key: m(fix[band]!),
      wrong: [
        [m(fix[(band + 1) % 3]!), band === 2 ? 'takes the lowest band' : 'takes the next band up'],
        [m(fix[(band + 2) % 3]!), band === 0 ? 'takes the top band' : 'takes a lower band'],
        [m(share(debt, 800, 10000)), 'charges 8% of the debt as the fixed sum'],
        [m(0), 'thinks only interest can be claimed'],
      ],
      figures: { debt },
    }
  }),
  family('dunning-step-due', (rng) => {
    const n = rng.pick([14, 30, 45])
    const inv = drawDate(rng)
    const late = rng.int(5, 100)
    const today = addDays(inv, n + late)
    const k = stepAt(late)
    const at = (d: number, step = stepAt(d)) =>
      d <= 0 ? 'No action yet (not past due)' : `${stepText(step)} (day ${d} past due)`
    return {
      stem: `A client's collection schedule counts days past the due date: ${schedule}. An invoice to ${customer(rng)} dated ${showDate(inv)} on net ${n} is unpaid on ${showDate(today)}. What is the latest step the schedule calls for by that date?`,
      key: at(late),
      wrong: [
        [at(late + n), 'counts the days from the invoice date'],
        [at(late, Math.min(4, k + 1)), 'jumps to the next step early'],
        [at(late, k - 1), 'stays on the step before'],
        [at(late - n), 'takes the terms off the days past due again'],
      ],
      figures: { inv, today, n },
    }
  }),
  family('dunning-next-date', (rng) => {
    const n = rng.pick([14, 30, 45])
    const inv = drawDate(rng)
    const k = rng.int(1, 4)
    const due = addDays(inv, n)
    return {
      stem: `A client's collection schedule counts days past the due date: ${schedule}. An invoice to ${customer(rng)} dated ${showDate(inv)} on net ${n} is still unpaid. On what date is the step "${STEPS[k]![1].toLowerCase()}" taken?`,
      key: showDate(addDays(due, STEPS[k]![0])),
      wrong: [
        [showDate(addDays(inv, STEPS[k]![0])), 'counts from the invoice date'],
        [showDate(addDays(due, STEPS[k - 1]![0])), 'takes the previous step’s day'],
        [
          showDate(addDays(due, STEPS[k]![0] - STEPS[k - 1]![0])),
          'counts the gap between steps from the due date',
        ],
        [showDate(addDays(due, STEPS[k]![0] + STEPS[k - 1]![0])), 'adds the steps’ days together'],
      ],
      figures: { inv, n, k },
    }
  }),
  family('credit-hold-decision', (rng) => {
    const limit = rng.int(5, 50) * 100000
    const bal = share(limit, rng.int(4000, 12000), 10000)
    const oldest = rng.int(5, 80)
    const order = share(limit, rng.int(500, 3000), 10000)
    const overLimit = bal + order > limit
    const overdue = oldest > 60
    const m = money(rng)
    const RELEASE = 'Release the order for shipping'
    const HOLD = 'Put the order on credit hold'
    const key = overLimit || overdue ? HOLD : RELEASE
    return {
      stem: `Policy: hold a new order if, once it is added, the balance exceeds the credit limit, or if any invoice is more than 60 days past due. ${customer(rng)} has a limit of ${m(limit)}, owes ${m(bal)}, its oldest open invoice is ${oldest} days past due, and it places an order for ${m(order)}. What does the clerk do?`,
      key,
      wrong: [
        [
          key === HOLD ? RELEASE : HOLD,
          key === HOLD
            ? overdue && !overLimit
              ? 'checks only the limit'
              : 'checks the balance without the new order'
            : 'holds an order the policy allows',
        ],
        ['Release it and send a statement', 'treats a statement as a credit decision'],
        ['Release half of it now, half later', 'splits an order the policy does not split'],
        ['Refer the order to the collection agency', 'refers an order, not a debt'],
        ['Cancel the order outright', 'cancels an order the policy only holds'],
      ],
      figures: { limit, bal, oldest, order },
    }
  }),
  family('collection-agency-net', (rng) => {
    const debt = cents(rng, 500, 20000)
    const got = share(debt, rng.int(4000, 9000), 10000)
    const c = rng.pick([1500, 2000, 2500, 3000, 3500])
    const m = money(rng)
    return {
      stem: `A client referred ${customers(rng)} ${m(debt)} debt to an agency charging ${c / 100}% of whatever it collects. The agency collects ${m(got)} and nothing more is expected. How much does the client receive?`,
      key: m(got - share(got, c, 10000)),
      wrong: [
        [m(got - share(debt, c, 10000)), 'takes the fee on the whole debt'],
        [m(got), 'forgets the agency’s fee'],
        [m(share(got, c, 10000)), 'gives the agency’s fee'],
        [m(debt - share(debt, c, 10000)), 'assumes the whole debt was collected'],
        [m(share(got, 10000, 10000 + c)), 'takes the fee out as if it were added on'],
        [m(debt - got), 'gives what was not collected'],
      ],
      figures: { debt, got, c },
    }
  }),
  family('settlement-write-off-entry', (rng) => {
    const m = money(rng)
    const debt = cents(rng, 800, 20000)
    const got = share(debt, rng.int(4000, 8000), 10000)
    return {
      stem: `${customer(rng)} owes ${m(debt)} and the client accepts ${m(got)} in full and final settlement, writing the rest off against the allowance for doubtful accounts. Which entry records it?`,
      key: entry(dr('Bank', got), dr('Allowance for doubtful accounts', debt - got), cr(AR, debt)),
      wrong: [
        [entry(dr('Bank', got), cr(AR, got)), 'leaves the balance open'],
        [
          entry(dr('Bank', got), dr('Discounts allowed', debt - got), cr(AR, debt)),
          'books the shortfall as a discount',
        ],
        [
          entry(
            dr('Bank', got),
            dr('Allowance for doubtful accounts', debt - got),
            cr('Sales', debt),
          ),
          'credits sales instead of receivables',
        ],
        [
          entry(dr('Bank', debt - got), dr('Allowance for doubtful accounts', got), cr(AR, debt)),
          'swaps the cash received and the amount written off',
        ],
        [
          entry(dr(AR, debt), cr('Bank', got), cr('Allowance for doubtful accounts', debt - got)),
          'reverses the sides',
        ],
        [
          entry(dr('Bank', got), dr('Bad debt expense', debt - got), cr(AR, debt)),
          'charges the rest to expense though an allowance is kept',
        ],
        [
          entry(
            dr('Bank', got),
            dr('Bad debt expense', debt - got),
            dr('Allowance for doubtful accounts', debt - got),
            cr('Allowance for doubtful accounts', debt - got),
            cr(AR, debt),
          ),
          'provides for the shortfall again as well as writing it off',
        ],
        [
          entry(
            dr('Bank', got),
            dr('Allowance for doubtful accounts', debt),
            cr(AR, debt),
            cr('Bad debts recovered', got),
          ),
          'writes off the whole debt and books the cash as a recovery',
        ],
      ],
      figures: { debt, got },
    }
  }),
  family('instalment-plan-first-payment', (rng) => {
    const k = rng.pick([3, 4, 5, 6, 8, 10, 12])
    const bal = rng.int(3, 30) * k * 10000
    const r = rng.pick([50, 100, 150])
    const m = money(rng)
    return {
      stem: `${customer(rng)} agrees to clear an overdue ${m(bal)} in ${k} equal monthly principal instalments, each paid with ${r / 100}% interest on the balance outstanding that month. What is the first month's payment?`,
      key: m(bal / k + share(bal, r, 10000)),
      wrong: [
        [m(bal / k), 'leaves out the interest'],
        [m(bal / k + share(bal / k, r, 10000)), 'charges interest on the instalment only'],
        [m(bal / k + share(bal, r * 12, 10000)), 'charges a year’s interest in the first month'],
        [
          m(bal / k + share(bal - bal / k, r, 10000)),
          'charges interest on the balance after the instalment',
        ],
        [
          m(bal / k + share(bal, r * k, 10000)),
          'charges the whole plan’s interest with the first instalment',
        ],
      ],
      figures: { bal, k, r },
    }
  }),
  family('statement-closing-with-late-fee', (rng) => {
    const prev = cents(rng, 500, 9000)
    const paid = share(prev, rng.int(2000, 8000), 10000)
    const inv = cents(rng, 300, 6000)
    const r = rng.pick([100, 150, 200])
    const fee = share(prev - paid, r, 10000)
    const m = money(rng)
    return {
      stem: `${customers(rng)} statement: previous balance ${m(prev)}, all now overdue; payment received ${m(paid)}; new invoices ${m(inv)} (not yet due). Terms charge ${r / 100}% on the overdue balance left after payments. What is the closing balance including the charge?`,
      key: m(prev - paid + inv + fee),
      wrong: [
        [m(prev - paid + inv + share(prev, r, 10000)), 'charges on the balance before the payment'],
        [
          m(prev - paid + inv + share(prev - paid + inv, r, 10000)),
          'charges on the new invoices too',
        ],
        [m(prev - paid + inv), 'forgets the late charge'],
        [m(prev + inv + fee), 'leaves out the payment'],
        [m(prev - paid + fee), 'leaves out the new invoices'],
      ],
      figures: { prev, paid, inv, r },
    }
  }),
  family('credit-memo-with-trade-discount', (rng) => {
    const qty = rng.int(2, 30)
    const unit = cents(rng, 10, 400)
    const t = rng.pick([1000, 1500, 2000, 2500])
    const m = money(rng)
    const gross = qty * unit
    return {
      stem: `${customer(rng)} returns ${qty} units listed at ${m(unit)} each; they were invoiced with a ${t / 100}% trade discount and no tax. What credit memo amount is due?`,
      key: m(gross - share(gross, t, 10000)),
      wrong: [
        [m(gross), 'credits the list price'],
        [m(share(gross, t, 10000)), 'credits only the discount'],
        [m(gross - share(gross, 2 * t, 10000)), 'takes the discount twice'],
        [m(gross + share(gross, t, 10000)), 'adds the discount'],
        [m(unit - share(unit, t, 10000)), 'credits one unit, not the quantity returned'],
        [m(share(gross, 10000, 10000 - t)), 'grosses the price up by the discount'],
      ],
      figures: { qty, unit, t },
    }
  }),
  family('interest-after-partial-payment', (rng) => {
    const total = cents(rng, 1000, 20000)
    const paid = share(total, rng.int(2000, 7000), 10000)
    const annual = rng.pick([800, 1000, 1200, 1500, 1800])
    const late = rng.int(20, 150)
    const m = money(rng)
    return {
      stem: `Terms charge simple interest of ${annual / 100}% a year, per day on a 365-day year, on any amount unpaid after the due date. ${customer(rng)} paid ${m(paid)} of a ${m(total)} invoice on the due date and the rest ${late} days later. What interest is due?`,
      key: m(share(total - paid, annual * late, 10000 * 365)),
      wrong: [
        [m(share(total, annual * late, 10000 * 365)), 'charges on the whole invoice'],
        [m(share(paid, annual * late, 10000 * 365)), 'charges on the part paid'],
        [m(share(total - paid, annual, 10000)), 'charges a full year'],
        [m(share(total - paid, annual * late, 10000 * 360)), 'uses a 360-day year'],
        [
          m(share(total - paid, annual * (late - 1), 10000 * 365)),
          'counts one day too few, leaving out the payment day',
        ],
      ],
      figures: { total, paid, annual, late },
    }
  }),
  family('credit-memo-after-discount-taken', (rng) => {
    const total = cents(rng, 1000, 20000)
    const ret = share(total, rng.int(1000, 4000), 10000)
    const d = rng.pick([100, 200, 300])
    const m = money(rng)
    return {
      stem: `${customer(rng)} paid a ${m(total)} invoice less its ${d / 100}% early-payment discount. It then returns goods invoiced at ${m(ret)} and asks for a refund. The refund must match what it actually paid for them. How much is refunded?`,
      key: m(ret - share(ret, d, 10000)),
      wrong: [
        [m(ret), 'refunds the invoiced value'],
        [m(ret - share(total, d, 10000)), 'deducts the whole invoice’s discount'],
        [m(share(ret, d, 10000)), 'refunds the discount only'],
        [m(ret + share(ret, d, 10000)), 'adds the discount to the refund'],
        [m(share(ret, 10000, 10000 + d)), 'takes the discount out as if it were added on'],
      ],
      figures: { total, ret, d },
    }
  }),
  family('refund-credit-balance-entry', (rng) => {
    const c = cents(rng, 50, 4000)
    const m = money(rng)
    return {
      stem: `${customers(rng)} account shows a ${m(c)} credit balance from an overpayment, and the customer asks for the money back. Which entry records the refund?`,
      key: entry(dr(AR, c), cr('Bank', c)),
      wrong: [
        [entry(dr('Bank', c), cr(AR, c)), 'reverses the sides'],
        [entry(dr('Sales', c), cr('Bank', c)), 'debits sales'],
        [entry(dr('Bad debt expense', c), cr('Bank', c)), 'expenses the refund'],
        [entry(dr(AR, c), cr('Sales', c)), 'clears the balance to sales without paying'],
        [entry(dr('Accounts payable', c), cr('Bank', c)), 'pays it through the purchase ledger'],
        [entry(dr('Bank', c), cr('Sales', c)), 'records the refund as a cash sale'],
      ],
      figures: { c },
    }
  }),
  family('interest-on-360-day-terms', (rng) => {
    const bal = cents(rng, 1000, 30000)
    const annual = rng.pick([600, 900, 1200, 1500])
    const late = rng.int(10, 120)
    const m = money(rng)
    return {
      stem: `A client's contract charges interest on overdue invoices at ${annual / 100}% a year, simple, on an actual/360 basis (actual days late over a 360-day year). An invoice of ${m(bal)} is paid ${late} days late. What interest is due?`,
      key: m(share(bal, annual * late, 10000 * 360)),
      wrong: [
        [m(share(bal, annual * late, 10000 * 365)), 'uses a 365-day year'],
        [m(share(bal, annual * Math.ceil(late / 30), 10000 * 12)), 'charges whole months'],
        [m(share(bal, annual, 10000)), 'charges a full year'],
        [m(bal + share(bal, annual * late, 10000 * 360)), 'gives the amount due with the interest'],
        [
          m(share(bal, annual * (late + 1), 10000 * 360)),
          'counts both the due date and the payment date',
        ],
        [m(share(bal, annual * Math.floor(late / 30), 10000 * 12)), 'charges only complete months'],
      ],
      figures: { bal, annual, late },
    }
  }),
] as const
