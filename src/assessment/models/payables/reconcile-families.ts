import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  bp,
  cr,
  daysBetween,
  dr,
  drawDate,
  entry,
  family,
  money,
  share,
  showDate,
  vendor,
  weekday,
} from './ap-text.js'

/** Weekdays after `from` up to and including `to`. */
function weekdaysBetween(from: string, to: string): number {
  let n = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (weekday(d) % 6 !== 0) n++
  return n
}

const BUCKETS = [
  'Current (not yet due)',
  '1–30 days overdue',
  '31–60 days overdue',
  '61–90 days overdue',
  'Over 90 days overdue',
] as const
/** The aging bucket of an invoice `late` days past its due date (0 or less: not yet due). */
const bucketOf = (late: number) =>
  late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4

/**
 * The AP aging report and reconciling a supplier's statement to the ledger: which bucket an
 * invoice falls in, what is overdue, which items explain a difference and what is left
 * unexplained, and settling the ledger against the control account and a contra. The mistakes:
 * aging from the invoice date, paying from the statement, reading timing items the wrong way.
 */
const RECONCILE_FAMILIES_BASE = [
  family('aging-bucket', (rng) => {
    const report = drawDate(rng)
    const late = rng.pick([
      rng.int(-20, 0),
      rng.int(1, 30),
      rng.int(31, 60),
      rng.int(61, 90),
      rng.int(91, 150),
    ])
    const terms = rng.pick([30, 45, 60])
    const due = addDays(report, -late)
    const invDate = addDays(due, -terms)
    const b = bucketOf(late)
    const byInvoice = bucketOf(late + terms)
    const wrong = BUCKETS.flatMap((t, i) => {
      if (i === b) return []
      const why =
        i === byInvoice
          ? 'ages from the invoice date, not the due date'
          : i === 0
            ? 'reads an invoice past its due date as not yet due'
            : i < b
              ? 'understates the age, counting from a date after the due date'
              : 'overstates the age, counting from a date before the due date'
      return [[t, why] as const]
    })
    return {
      stem: `An invoice dated ${showDate(invDate)} on net ${terms} terms is unpaid. The AP aging report, run on ${showDate(report)}, ages invoices by days past their due date (due date = invoice date + ${terms} days). In which bucket does it appear?`,
      key: BUCKETS[b]!,
      wrong,
      figures: { invDate, terms, report },
    }
  }),
  family('overdue-total', (rng) => {
    const report = drawDate(rng)
    const m = money(rng)
    const rows = [0, 1, 2, 3, 4].map(() => ({
      amt: rng.int(20, 900) * 100,
      due: addDays(report, rng.int(-50, 25)),
    }))
    if (!rows.some((r) => r.due === report))
      rows[rng.int(0, 4)] = { amt: rng.int(20, 900) * 100, due: report }
    const sum = (f: (d: string) => boolean) =>
      m(rows.filter((r) => f(r.due)).reduce((s, r) => s + r.amt, 0))
    return {
      stem: `On ${showDate(report)} the unpaid invoices of one supplier are: ${rows.map((r) => `${m(r.amt)} due ${showDate(r.due)}`).join('; ')}. An invoice is overdue once its due date has passed (one due today is not yet overdue). What total is overdue?`,
      key: sum((d) => d < report),
      wrong: [
        [sum((d) => d <= report), 'counts the invoice due today as overdue'],
        [sum(() => true), 'reports the whole balance as overdue'],
        [sum((d) => d > report), 'reports what is not yet due'],
        [sum((d) => d < addDays(report, -30)), 'counts only invoices more than 30 days late'],
      ],
      figures: { report, rows: rows.map((r) => `${r.amt}:${r.due}`).join(',') },
    }
  }),
  family('statement-unexplained-difference', (rng) => {
    const m = money(rng)
    const ledger = rng.int(500, 9000) * 100
    const transit = rng.int(50, 900) * 100
    const missingInv = rng.int(50, 900) * 100
    const missingCn = rng.int(10, 300) * 100
    const leftover = rng.int(20, 900) * 100
    const statement = ledger + transit + missingInv - missingCn + leftover
    return {
      stem: `The ledger shows ${m(ledger)} owed to ${vendor(rng)}; its statement shows ${m(statement)}. Found so far: a payment of ${m(transit)} the client sent that the supplier has not yet received; an invoice of ${m(missingInv)} on the statement not yet in the ledger; a credit note of ${m(missingCn)} on the statement not yet in the ledger. What difference is still unexplained?`,
      key: m(leftover),
      wrong: [
        [m(Math.abs(leftover - missingCn)), 'leaves the credit note out'],
        [m(leftover + missingInv), 'leaves the missing invoice out'],
        [m(Math.abs(statement - ledger)), 'stops at the raw difference'],
        [m(Math.abs(leftover - 2 * missingCn)), 'adds the credit note instead of deducting it'],
        [m(Math.abs(leftover + 2 * transit)), 'takes the payment in transit the wrong way'],
        [m(Math.abs(statement - ledger - transit)), 'explains only the payment in transit'],
      ],
      figures: { ledger, statement, transit, missingInv, missingCn },
    }
  }),
  family('statement-expected-balance', (rng) => {
    const m = money(rng)
    const ledger = rng.int(500, 9000) * 100
    const transit = rng.int(50, 900) * 100
    return {
      stem: `The client's ledger shows ${m(ledger)} owed to ${vendor(rng)} at the month end. The only open item is a ${m(transit)} payment sent on the last day, which the supplier will receive next month. What balance should the supplier's month-end statement show?`,
      key: m(ledger + transit),
      wrong: [
        [m(ledger - transit), 'deducts the payment the supplier has not received'],
        [m(ledger), 'expects the supplier to have the payment already'],
        [m(transit), 'gives only the payment in transit'],
      ],
      figures: { ledger, transit },
    }
  }),
  family('corrected-ledger-balance', (rng) => {
    const m = money(rng)
    const ledger = rng.int(500, 9000) * 100
    const inv = rng.int(50, 900) * 100
    const cn = rng.int(10, 300) * 100
    const transit = rng.int(50, 900) * 100
    return {
      stem: `Reconciling ${vendor(rng)}'s statement, the clerk finds the ledger (${m(ledger)}) lacks an invoice of ${m(inv)} for goods received and a credit note of ${m(cn)}, both valid; a ${m(transit)} payment is in transit to the supplier. After posting what belongs in the ledger, what does the ledger show?`,
      key: m(ledger + inv - cn),
      wrong: [
        [m(ledger + inv - cn + transit), 'posts the payment in transit back into the ledger'],
        [m(ledger + inv + cn), 'adds the credit note'],
        [m(ledger + inv - cn - transit), 'deducts the payment a second time'],
        [m(ledger - inv + cn), 'posts the invoice and credit note the wrong way'],
      ],
      figures: { ledger, inv, cn, transit },
    }
  }),
  family('statement-unknown-invoice', (rng) => {
    return {
      stem: `${vendor(rng)}'s statement lists an invoice the ledger does not hold and the clerk has never seen. What is the next step?`,
      key: 'Ask the supplier for a copy of the invoice and match it before posting it',
      wrong: [
        [
          'Post the invoice from the details on the statement so the ledger agrees with the supplier',
          'posts from a statement with no invoice',
        ],
        [
          'Pay the statement balance in full so the account is clear and the supplier stops chasing',
          'pays from a statement',
        ],
        [
          'Post it from the statement so the balances agree',
          'posts from a statement with no invoice',
        ],
        ['Pay the statement balance', 'pays from a statement'],
        ['Ignore it until the supplier chases', 'leaves a possible liability unchecked'],
      ],
    }
  }),
  family('control-account-difference', (rng) => {
    const m = money(rng)
    const sub = rng.int(5000, 90000) * 100
    const direct = rng.int(10, 900) * 100
    return {
      stem: `The AP control account shows ${m(sub + direct)}; the supplier balances in the sub-ledger total ${m(sub)}. The only cause is a journal of ${m(direct)} posted straight to the control account, crediting it, with no supplier named. What must be done?`,
      key: `Reverse the ${m(direct)} journal and post it to the supplier it belongs to`,
      wrong: [
        [
          'Add the difference to the largest supplier balance in the sub-ledger so that the two totals agree',
          'forces the sub-ledger to agree',
        ],
        [
          `Credit the control account with another ${m(direct)} so the journal is posted the same way twice`,
          'posts the journal twice',
        ],
        [
          `Add ${m(direct)} to the largest supplier balance so the two agree`,
          'forces the sub-ledger to agree',
        ],
        [
          `Write off ${m(sub + direct)} as a rounding difference`,
          'writes off the whole control balance',
        ],
        [`Credit the control account with another ${m(direct)}`, 'posts the journal twice'],
        [
          `Reverse the ${m(direct)} journal and leave the supplier balances as they are`,
          'reverses the journal but never posts the liability to a supplier',
        ],
        [`Move ${m(direct)} to suspense`, 'parks a known difference in suspense'],
      ],
      figures: { sub, direct },
    }
  }),
  family('transposition-difference', (rng) => {
    const m = money(rng)
    const amts = [0, 1, 2, 3].map(() => rng.int(1000, 99999))
    const culprit = rng.int(0, 3)
    const s = String(amts[culprit])
    const i = rng.int(0, s.length - 2)
    if (s[i] === s[i + 1]) throw new VariantError('no transposition')
    const posted = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))
    const diff = Math.abs(posted - amts[culprit]!)
    const explains = (a: number) => {
      const t = String(a)
      for (let k = 0; k < t.length - 1; k++) {
        const sw = Number(t.slice(0, k) + t[k + 1] + t[k] + t.slice(k + 2))
        if (Math.abs(sw - a) === diff) return true
      }
      return false
    }
    if (amts.filter(explains).length !== 1) throw new VariantError('two amounts explain it')
    return {
      stem: `The supplier ledger and the statement differ by ${m(diff)}, a multiple of 9 cents as a transposition gives. The invoices on the statement are ${amts.map(m).join(', ')}. Which one was probably keyed with two adjacent digits swapped?`,
      key: m(amts[culprit]!),
      wrong: amts
        .filter((_, k) => k !== culprit)
        .map(
          (a) =>
            [
              m(a),
              'blames an amount no single swap of adjacent digits turns into the difference',
            ] as const,
        ),
      figures: { diff, culprit },
    }
  }),
  family('contra-settlement', (rng) => {
    const m = money(rng)
    const ap = rng.int(200, 9000) * 100
    const ar = rng.int(200, 9000) * 100
    if (ap === ar) throw new VariantError('equal balances')
    const c = Math.min(ap, ar)
    const v = vendor(rng)
    return {
      stem: `${v} is both a supplier (the client owes it ${m(ap)}) and a customer (it owes the client ${m(ar)}). Both sides agree in writing to settle by contra. Which journal records the contra?`,
      key: entry(dr('Accounts payable', c), cr('Accounts receivable', c)),
      wrong: [
        [
          entry(dr('Accounts receivable', c), cr('Accounts payable', c)),
          'reverses the debit and credit',
        ],
        [
          entry(
            dr('Accounts payable', Math.max(ap, ar)),
            cr('Accounts receivable', Math.max(ap, ar)),
          ),
          'offsets the larger balance',
        ],
        [
          entry(
            dr('Accounts payable', Math.abs(ap - ar)),
            cr('Accounts receivable', Math.abs(ap - ar)),
          ),
          'offsets only the difference',
        ],
        [
          entry(dr('Accounts payable', c), cr('Bank', c)),
          'pays the supplier instead of offsetting',
        ],
        [
          entry(dr('Bank', c), cr('Accounts receivable', c)),
          'records a customer receipt that never came',
        ],
        [
          entry(dr('Accounts receivable', Math.abs(ap - ar)), cr('Bank', Math.abs(ap - ar))),
          'settles the net difference through the bank on the customer account instead of offsetting',
        ],
      ],
      figures: { ap, ar },
    }
  }),
  family('disallowed-discount-on-statement', (rng) => {
    const m = money(rng)
    const d = rng.pick([100, 200, 250, 300])
    const x = rng.pick([7, 10, 14])
    const inv = rng.int(100, 9000) * 100
    const late = rng.int(1, 10)
    const disc = Math.round((inv * d) / 10000)
    return {
      stem: `The client paid a ${m(inv)} invoice on ${d / 100}/${x} net 30 terms, taking the discount, but paid on day ${x + late}. The supplier disallows the discount. What balance for that invoice will its statement still show?`,
      key: m(disc),
      wrong: [
        [m(0), 'assumes the discount stands after the window closed'],
        [m(inv - disc), 'shows the payment as still owed'],
        [m(inv), 'shows the whole invoice as unpaid'],
        [m(share(inv - disc, d, 10000)), 'works the discount on the amount paid, not the invoice'],
        ...(late < x
          ? ([
              [m(share(disc, late, x)), 'disallows the discount only pro rata to the days late'],
            ] as const)
          : []),
      ],
      figures: { inv, d, x, late },
    }
  }),
  family('statement-roll-forward', (rng) => {
    const m = money(rng)
    const open = rng.int(100, 9000) * 100
    const inv = rng.int(100, 9000) * 100
    const pay = rng.int(100, Math.floor((open + inv) / 100)) * 100
    const cn = rng.int(10, 300) * 100
    return {
      stem: `${vendor(rng)}'s statement starts the month at ${m(open)} owed; during the month it lists invoices of ${m(inv)}, payments received of ${m(pay)} and a credit note of ${m(cn)}. What closing balance should it show?`,
      key: m(open + inv - pay - cn),
      wrong: [
        [m(open + inv - pay + cn), 'adds the credit note'],
        [m(open + inv - pay), 'leaves the credit note out'],
        [m(inv - pay - cn + 2 * open), 'counts the opening balance twice'],
        [m(Math.abs(open - inv + pay - cn)), 'takes invoices off and payments on'],
      ],
      figures: { open, inv, pay, cn },
    }
  }),
  family('aging-bucket-total', (rng) => {
    const report = drawDate(rng)
    const m = money(rng)
    const rows = [0, 1, 2, 3, 4].map(() => ({
      amt: rng.int(20, 900) * 100,
      late: rng.pick([rng.int(-10, 0), rng.int(1, 29), 30, rng.int(31, 59), 60, rng.int(61, 90)]),
    }))
    rows[rng.int(0, 4)] = { amt: rng.int(20, 900) * 100, late: rng.pick([31, rng.int(32, 59), 60]) }
    const sum = (f: (late: number) => boolean) =>
      m(rows.filter((r) => f(r.late)).reduce((s, r) => s + r.amt, 0))
    if (!rows.some((r) => r.late > 30 && r.late <= 60)) throw new VariantError('empty bucket')
    return {
      stem: `Aging by days past due on ${showDate(report)}, a supplier's unpaid invoices are due: ${rows.map((r) => `${m(r.amt)} on ${showDate(addDays(report, -r.late))}`).join('; ')}. What total falls in the 31–60 days overdue bucket?`,
      key: sum((l) => l > 30 && l <= 60),
      wrong: [
        [sum((l) => l > 0 && l <= 60), 'merges the 1–30 bucket into it'],
        [sum((l) => l >= 30 && l < 60), 'shifts the bucket limits by a day'],
        [sum((l) => l > 60), 'reports the next bucket'],
        [sum((l) => l > 30), 'includes everything older than 30 days'],
      ],
      figures: { report, rows: rows.map((r) => `${r.amt}:${r.late}`).join(',') },
    }
  }),
  family('duplicate-payment-recovery', (rng) => {
    const m = money(rng)
    const inv = rng.int(100, 9000) * 100
    const v = vendor(rng)
    return {
      stem: `Reconciling ${v}'s statement shows an invoice of ${m(inv)} was paid twice, once by card and once in the payment run; the supplier ledger now shows a debit balance of ${m(inv)}. What does the clerk do?`,
      key: `Ask ${v} to refund the ${m(inv)} or credit it against the next invoice`,
      wrong: [
        [
          `Post a new invoice of ${m(inv)} on the supplier account so that the debit balance is cleared`,
          'invents an invoice to hide the overpayment',
        ],
        [
          `Write off the ${m(inv)} debit balance to bank charges, as the payment cannot be recalled`,
          'writes off money the supplier owes back',
        ],
        [
          `Post a new invoice of ${m(inv)} so the account clears`,
          'invents an invoice to hide the overpayment',
        ],
        [`Write off ${m(inv)} to bank charges`, 'writes off money the supplier owes back'],
        ['Leave it: the supplier will spot the overpayment', 'waits for the supplier to find it'],
      ],
      figures: { inv },
    }
  }),
  family('days-overdue-on-report', (rng) => {
    const report = drawDate(rng)
    const late = rng.int(5, 120)
    const due = addDays(report, -late)
    const terms = rng.pick([30, 45, 60])
    return {
      stem: `An invoice due on ${showDate(due)} (net ${terms} from its invoice date) is still unpaid when the aging report runs on ${showDate(report)}. How many days overdue does the report show (days after the due date up to the report date)?`,
      key: `${daysBetween(due, report)} days`,
      wrong: [
        [`${weekdaysBetween(due, report)} days`, 'counts business days only'],
        [`${daysBetween(due, report) + terms} days`, 'counts from the invoice date'],
        [`${terms} days`, 'reports the credit period, not the days overdue'],
        [`${daysBetween(due, report) + 1} days`, 'counts the due date itself as a day overdue'],
        [`${Math.round(daysBetween(due, report) / 30) * 30} days`, 'rounds to whole 30-day months'],
      ],
      figures: { due, report, terms },
    }
  }),
]

/** The share of the ledger that is seriously overdue, as a client's report shows it. */
const SHARE_FAMILIES = [
  family('share-over-sixty-days', (rng) => {
    const m = money(rng)
    const b = [rng.int(50, 900), rng.int(20, 500), rng.int(10, 300), rng.int(5, 200)].map(
      (x) => x * 1000,
    )
    const total = b.reduce((s, x) => s + x, 0)
    const pc = (num: number, den: number) => bp(Math.round((num * 10000) / den))
    return {
      stem: `The AP aging totals: current ${m(b[0]!)}, 1–30 days overdue ${m(b[1]!)}, 31–60 days ${m(b[2]!)}, over 60 days ${m(b[3]!)}. What percentage of the whole ledger is more than 60 days overdue, to two decimals?`,
      key: pc(b[3]!, total),
      wrong: [
        [pc(b[3]!, total - b[0]!), 'divides by the overdue balance only'],
        [pc(b[2]! + b[3]!, total), 'counts the 31–60 bucket as over 60'],
        [pc(b[3]!, total - b[3]!), 'divides by the rest of the ledger'],
        [pc(b[3]!, b[0]!), 'divides by the current balance'],
      ],
      figures: { b0: b[0]!, b1: b[1]!, b2: b[2]!, b3: b[3]! },
    }
  }),
]

/** Every family of the domain. */
export const RECONCILE_FAMILIES = [...RECONCILE_FAMILIES_BASE, ...SHARE_FAMILIES]
