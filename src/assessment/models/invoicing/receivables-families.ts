import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  dated,
  drawDay,
  family,
  odd,
  onDay,
  pct,
  purse,
  sum,
  whole,
} from './invoice-text.js'

/**
 * Open invoices with days past due: one in each ageing band (the band edges 30, 60 and 90 drawn
 * often) and the rest anywhere, in a random order, so every band and boundary is met.
 */
function ledger(rng: Rng, n: number) {
  const days = [
    -rng.int(1, 20),
    rng.int(1, 29),
    rng.pick([30, rng.int(31, 59)]),
    rng.pick([60, rng.int(61, 89)]),
    rng.pick([90, rng.int(91, 200)]),
    ...Array.from({ length: n - 5 }, () => rng.pick([-7, 14, 30, 45, 60, 75, 90, 120])),
  ]
  return rng.shuffle(days.map((overdue) => ({ amount: odd(rng, 120, 4000), overdue })))
}
const band = (d: number) => (d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : 4)
const BANDS = ['current', '1–30 days', '31–60 days', '61–90 days', 'over 90 days']

/**
 * Accounts receivable: ageing by days past due, provisions and DSO, statements, credit limits,
 * payment plans and the dunning schedule a client's collection policy states.
 */
export const RECEIVABLES_FAMILIES: readonly ScenarioFamily[] = [
  family('days-past-due', (rng) => {
    const due = drawDay(rng)
    const d = rng.int(8, 150)
    const m = purse(rng)
    return sum(rng, (c) => `${c / 100} days`, {
      stem: `An invoice of ${m(odd(rng, 100, 5000))} dated 30 days before its due date of ${dated(due)} is still unpaid on ${dated(due + d)}. The ageing report counts days past the due date. How many days past due is it?`,
      key: d * 100,
      wrong: [
        [(d + 30) * 100, 'counts from the invoice date'],
        [(d + 1) * 100, 'counts the due date itself as a day past due'],
        [(d + 31) * 100, 'counts from the invoice date, both ends included'],
        [Math.round(((d + 30) * 5) / 7) * 100, 'counts working days from the invoice date'],
        [Math.max(1, d - 30) * 100, 'subtracts the 30-day term again'],
        [Math.round((d * 5) / 7) * 100, 'counts working days only'],
      ],
      formula: '=B2-B1',
      cells: { B1: due, B2: due + d },
    })
  }),
  family('ageing-band-total', (rng) => {
    const m = purse(rng)
    const rows = ledger(rng, 6)
    const target = rng.pick([...new Set(rows.map((r) => band(r.overdue)).filter((b) => b > 0))])
    const key = rows.filter((r) => band(r.overdue) === target).reduce((s, r) => s + r.amount, 0)
    const lower = rows
      .filter((r) => band(r.overdue) === target - 1)
      .reduce((s, r) => s + r.amount, 0)
    const byInvoice = rows
      .filter((r) => band(r.overdue + 30) === target)
      .reduce((s, r) => s + r.amount, 0)
    const upper = rows
      .filter((r) => band(r.overdue) === Math.min(4, target + 1))
      .reduce((s, r) => s + r.amount, 0)
    const shifted = rows
      .filter((r) => band(r.overdue - 1) === target)
      .reduce((s, r) => s + r.amount, 0)
    return sum(rng, m, {
      stem: `An aged receivables report puts each open invoice in a band by days past due: current (not yet due), 1–30, 31–60, 61–90, over 90. The open invoices are ${rows.map((r) => `${m(r.amount)} ${r.overdue <= 0 ? `due in ${-r.overdue} days` : `${r.overdue} days past due`}`).join('; ')}. What does the ${BANDS[target]} column total?`,
      key,
      wrong: [
        [byInvoice, 'ages from the invoice date, 30 days earlier'],
        [lower, 'reads the band before'],
        [upper, 'reads the band after'],
        [shifted, 'puts invoices on a band boundary in the band below'],
        [key + lower, 'merges the band with the one before'],
        [
          rows.filter((r) => band(r.overdue) >= target).reduce((s, r) => s + r.amount, 0),
          'totals this band and every older one',
        ],
      ],
      formula: `=${rows.map((r, i) => (band(r.overdue) === target ? `B${i + 1}` : '0')).join('+')}`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
  family('overdue-over-sixty-share', (rng) => {
    const rows = ledger(rng, 6)
    const total = rows.reduce((s, r) => s + r.amount, 0)
    const over = rows.filter((r) => r.overdue > 60).reduce((s, r) => s + r.amount, 0)
    const pctOf = (x: number) => Math.round((x * 1000) / total)
    const m = purse(rng)
    const key = pctOf(over)
    const show = (c: number) => `${(c / 10).toFixed(1)}%`
    return sum(rng, show, {
      stem: `A client's collection review asks what share of receivables is more than 60 days past due, to one decimal place. Open invoices: ${rows.map((r) => `${m(r.amount)} ${r.overdue <= 0 ? 'not yet due' : `${r.overdue} days past due`}`).join('; ')}. What share is it?`,
      key,
      wrong: [
        [
          pctOf(rows.filter((r) => r.overdue >= 60).reduce((s, r) => s + r.amount, 0)),
          'includes invoices exactly 60 days past due',
        ],
        [
          pctOf(rows.filter((r) => r.overdue > 30).reduce((s, r) => s + r.amount, 0)),
          'uses 30 days as the line',
        ],
        [
          pctOf(rows.filter((r) => r.overdue > 90).reduce((s, r) => s + r.amount, 0)),
          'uses 90 days as the line',
        ],
        [
          Math.round((rows.filter((r) => r.overdue > 60).length * 1000) / rows.length),
          'counts invoices instead of amounts',
        ],
        [
          Math.round(
            (over * 1000) /
              Math.max(
                1,
                rows.filter((r) => r.overdue > 0).reduce((s, r) => s + r.amount, 0),
              ),
          ),
          'divides by the overdue total instead of all receivables',
        ],
        [
          pctOf(rows.filter((r) => r.overdue + 30 > 60).reduce((s, r) => s + r.amount, 0)),
          'ages from the invoice date',
        ],
      ],
      formula: `=ROUND((${rows.map((r, i) => (r.overdue > 60 ? `B${i + 1}` : '0')).join('+')})/SUM(B1:B6)*100,1)`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
  family('bad-debt-provision-by-band', (rng) => {
    const m = purse(rng)
    const a = [
      whole(rng, 2000, 20000),
      whole(rng, 1000, 8000),
      whole(rng, 500, 5000),
      whole(rng, 200, 3000),
    ]
    const rates = [1, 5, 20, 50]
    const key = a.reduce((s, x, i) => s + pct(x, rates[i]!), 0)
    const total = a.reduce((s, x) => s + x, 0)
    return sum(rng, m, {
      stem: `A client provides for doubtful debts by ageing band: 1% of current, 5% of 1–60 days, 20% of 61–90 days, 50% of over 90 days. Balances: current ${m(a[0]!)}, 1–60 ${m(a[1]!)}, 61–90 ${m(a[2]!)}, over 90 ${m(a[3]!)}. What provision is needed?`,
      key,
      wrong: [
        [pct(total, 19), 'applies the average of the rates to the total'],
        [pct(a[3]!, 50) + pct(a[2]!, 20), 'provides only for the two oldest bands'],
        [
          pct(a[0]!, 50) + pct(a[1]!, 20) + pct(a[2]!, 5) + pct(a[3]!, 1),
          'applies the rates to the bands in reverse',
        ],
        [pct(total, 50), 'applies the oldest band’s rate to everything'],
      ],
      formula: '=B1*1%+B2*5%+B3*20%+B4*50%',
      cells: { B1: a[0]! / 100, B2: a[1]! / 100, B3: a[2]! / 100, B4: a[3]! / 100 },
    })
  }),
  family('days-sales-outstanding', (rng) => {
    const ar = whole(rng, 8000, 90000)
    const sales = whole(rng, 60000, 400000)
    const days = rng.pick([90, 365, 30])
    const period =
      days === 90 ? 'quarter (90 days)' : days === 30 ? 'month (30 days)' : 'year (365 days)'
    const key = Math.round((ar * days * 10) / sales)
    const show = (c: number) => `${(c / 10).toFixed(1)} days`
    const m = purse(rng)
    return sum(rng, show, {
      stem: `Receivables at the end of the ${period} are ${m(ar)} and credit sales for the ${period} were ${m(sales)}. DSO is receivables ÷ credit sales × days in the period. What is the DSO, to one decimal?`,
      key,
      wrong: [
        [Math.round((sales * days * 10) / ar), 'divides sales by receivables'],
        [Math.round((ar * 365 * 10) / sales), 'uses 365 days whatever the period'],
        [Math.round((ar * 360 * 10) / sales), 'uses a 360-day year'],
        [Math.round(((ar * 10) / sales) * 30), 'uses 30 days whatever the period'],
      ].filter(([x]) => x !== key) as [number, string][],
      formula: `=ROUND(B1/B2*${days},1)`,
      cells: { B1: ar / 100, B2: sales / 100 },
    })
  }),
  family('customer-statement-balance', (rng) => {
    const m = purse(rng)
    const open = odd(rng, 0, 3000)
    const inv = [odd(rng, 100, 2500), odd(rng, 100, 2500)]
    const paid = odd(rng, 100, 3000)
    const cn = odd(rng, 20, 300)
    const key = open + inv[0]! + inv[1]! - paid - cn
    return sum(rng, m, {
      stem: `A month-end customer statement opens with ${m(open)} owed. During the month: invoices of ${m(inv[0]!)} and ${m(inv[1]!)}, a payment received of ${m(paid)} and a credit note of ${m(cn)}. What closing balance does the statement show?`,
      key,
      wrong: [
        [open + inv[0]! + inv[1]! - paid + cn, 'adds the credit note'],
        [inv[0]! + inv[1]! - paid - cn, 'leaves out the opening balance'],
        [open + inv[0]! + inv[1]! + paid - cn, 'adds the payment'],
        [open + inv[0]! + inv[1]! - paid, 'leaves out the credit note'],
      ],
      formula: '=B1+B2+B3-B4-B5',
      cells: { B1: open / 100, B2: inv[0]! / 100, B3: inv[1]! / 100, B4: paid / 100, B5: cn / 100 },
    })
  }),
  family('credit-limit-headroom', (rng) => {
    const m = purse(rng)
    const limit = whole(rng, 3, 30) * 1000
    const bal = odd(rng, 500, limit / 100 - 200)
    const unbilled = odd(rng, 50, 600)
    const key = limit - bal - unbilled
    if (key <= 0) throw new VariantError('the limit is already used')
    return sum(rng, m, {
      stem: `${Client(rng)} sets each customer a credit limit covering invoiced balances plus delivered-but-unbilled work. A customer's limit is ${m(limit)}, the ledger balance ${m(bal)} and unbilled delivered work ${m(unbilled)}. How large a new order can be accepted on credit?`,
      key,
      wrong: [
        [limit - bal, 'leaves out the unbilled work'],
        [limit, 'ignores what the customer already owes'],
        [limit - bal + unbilled, 'adds the unbilled work to the headroom'],
        [bal + unbilled, 'gives the exposure instead of the headroom'],
      ],
      formula: '=B1-B2-B3',
      cells: { B1: limit / 100, B2: bal / 100, B3: unbilled / 100 },
    })
  }),
  family('payment-plan-last-instalment', (rng) => {
    const m = purse(rng)
    const bal = odd(rng, 500, 9000)
    const n = rng.pick([3, 4, 6, 7, 9])
    const each = Math.floor(bal / n)
    const key = bal - each * (n - 1)
    if (key === each) throw new VariantError('the balance divides exactly')
    return sum(rng, m, {
      stem: `An overdue balance of ${m(bal)} is agreed in ${n} instalments: each of the first ${n - 1} is the balance divided by ${n} rounded down to the cent, and the last takes whatever remains. What is the last instalment?`,
      key,
      wrong: [
        [each, 'makes the last instalment equal to the others'],
        [Math.ceil(bal / n), 'rounds the instalment up and ignores the remainder'],
        [bal - each * n, 'gives only the leftover cents'],
        [Math.round(bal / (n - 1)), 'divides by one instalment fewer'],
        [bal - each * n + each * 2, 'takes the remainder into a double instalment'],
        [bal - Math.ceil(bal / n) * (n - 1), 'rounds the earlier instalments up'],
      ],
      formula: `=B1-ROUNDDOWN(B1/${n},2)*${n - 1}`,
      cells: { B1: bal / 100 },
    })
  }),
  family('dunning-reminder-date', (rng) => {
    const due = drawDay(rng)
    const s = rng.pick([
      [7, 21, 35],
      [3, 14, 30],
      [5, 15, 30],
    ])
    const which = rng.int(1, 2)
    const names = ['first reminder', 'second reminder', 'final notice']
    return onDay(rng, {
      stem: `A client's dunning schedule sends a first reminder ${s[0]} days after the due date, a second reminder ${s[1]} days after it and a final notice ${s[2]} days after it, counting calendar days. An invoice due on ${dated(due)} is still unpaid. When does the ${names[which]} go out?`,
      key: due + s[which]!,
      wrong: [
        [due + s[which - 1]!, `sends it on the ${names[which - 1]}'s day`],
        [due + s[0]! + s[which]!, 'counts from the first reminder instead of the due date'],
        [due + s[which]! - 30, 'counts from the invoice date, 30 days before the due date'],
        [
          due + (which === 1 ? s[2]! : s[1]! + s[2]!),
          which === 1 ? 'sends the final notice date' : 'adds the second and final intervals',
        ],
      ],
      facts: { rule: 'after', from: due, days: s[which]! },
    })
  }),
  family('reminder-run-total', (rng) => {
    const m = purse(rng)
    const rows = ledger(rng, 7)
    const th = rng.pick([14, 30])
    const key = rows.filter((r) => r.overdue > th).reduce((s, r) => s + r.amount, 0)
    return sum(rng, m, {
      stem: `Today's reminder run emails every invoice more than ${th} days past due. Open invoices: ${rows.map((r) => `${m(r.amount)} ${r.overdue <= 0 ? 'not yet due' : `${r.overdue} days past due`}`).join('; ')}. What total do the reminders chase?`,
      key,
      wrong: [
        [
          rows.filter((r) => r.overdue >= th).reduce((s, r) => s + r.amount, 0),
          `includes invoices exactly ${th} days past due`,
        ],
        [
          rows.filter((r) => r.overdue > 0).reduce((s, r) => s + r.amount, 0),
          'chases everything overdue',
        ],
        [rows.reduce((s, r) => s + r.amount, 0), 'chases every open invoice'],
        [
          rows.filter((r) => r.overdue + 30 > th).reduce((s, r) => s + r.amount, 0),
          'ages from the invoice date',
        ],
        [
          rows.filter((r) => r.overdue > 0 && r.overdue <= th).reduce((s, r) => s + r.amount, 0),
          'chases the recent overdue invoices instead of the old ones',
        ],
        [
          rows.filter((r) => r.overdue > 2 * th).reduce((s, r) => s + r.amount, 0),
          'doubles the threshold',
        ],
      ],
      formula: `=${rows.map((r, i) => (r.overdue > th ? `B${i + 1}` : '0')).join('+')}`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
  family('write-off-small-old-balances', (rng) => {
    const m = purse(rng)
    const lim = whole(rng, 20, 60)
    const small = () => odd(rng, 1, lim / 100 - 1)
    const big = () => odd(rng, lim / 100 + 1, lim / 100 + 40)
    const rows = rng.shuffle([
      { amount: small(), age: rng.pick([200, 365, 400]) },
      { amount: small(), age: rng.pick([45, 100, 180]) },
      { amount: big(), age: rng.pick([200, 365, 400]) },
      rng.pick([
        { amount: lim, age: rng.pick([200, 365]) },
        { amount: small(), age: 180 },
      ]),
      { amount: rng.pick([small(), small(), big()]), age: rng.pick([100, 180, 200, 365, 400]) },
    ])
    const key = rows.filter((r) => r.amount < lim && r.age > 180).reduce((s, r) => s + r.amount, 0)
    return sum(rng, m, {
      stem: `The policy writes off balances under ${m(lim)} that are more than 180 days past due. Balances: ${rows.map((r) => `${m(r.amount)} at ${r.age} days`).join('; ')}. What is written off?`,
      key,
      wrong: [
        [
          rows.filter((r) => r.amount <= lim && r.age >= 180).reduce((s, r) => s + r.amount, 0),
          'includes the boundary cases',
        ],
        [
          rows.filter((r) => r.amount < lim).reduce((s, r) => s + r.amount, 0),
          'ignores the age test',
        ],
        [
          rows.filter((r) => r.age > 180).reduce((s, r) => s + r.amount, 0),
          'ignores the size test',
        ],
        [
          rows
            .filter((r) => r.amount < lim && r.age > 180)
            .reduce((o, r) => (r.age > o.age ? r : o), { amount: 0, age: 0 }).amount,
          'writes off only the oldest qualifying balance',
        ],
        [
          rows.filter((r) => r.amount < lim || r.age > 180).reduce((s, r) => s + r.amount, 0),
          'writes off balances meeting either test',
        ],
        [
          rows.filter((r) => r.amount >= lim && r.age > 180).reduce((s, r) => s + r.amount, 0),
          'writes off the old balances at or over the limit instead of under it',
        ],
        [
          rows.filter((r) => r.amount < lim && r.age <= 180).reduce((s, r) => s + r.amount, 0),
          'writes off the recent small balances instead of the old ones',
        ],
      ],
      formula: `=${rows.map((r, i) => (r.amount < lim && r.age > 180 ? `B${i + 1}` : '0')).join('+')}`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
  family('average-days-to-pay-weighted', (rng) => {
    const rows = Array.from({ length: 3 }, () => ({
      amount: whole(rng, 200, 5000),
      days: rng.int(5, 70),
    }))
    const total = rows.reduce((s, r) => s + r.amount, 0)
    const key = Math.round((rows.reduce((s, r) => s + r.amount * r.days, 0) * 10) / total)
    const simple = Math.round((rows.reduce((s, r) => s + r.days, 0) * 10) / 3)
    const m = purse(rng)
    return sum(rng, (c) => `${(c / 10).toFixed(1)} days`, {
      stem: `A customer paid three invoices: ${rows.map((r) => `${m(r.amount)} after ${r.days} days`).join(', ')}. The client wants the amount-weighted average days to pay, to one decimal. What is it?`,
      key,
      wrong: [
        [simple, 'averages the days without weighting by amount'],
        [Math.round((rows.reduce((s, r) => s + r.days, 0) * 10) / 2), 'divides the days by two'],
        [Math.max(...rows.map((r) => r.days)) * 10, 'takes the slowest payment'],
        [
          Math.round(
            (rows.reduce((s, r) => s + r.days * r.days, 0) * 10) /
              rows.reduce((s, r) => s + r.days, 0),
          ),
          'weights each payment by its days instead of its amount',
        ],
        [
          [...rows].sort((x, y) => x.days - y.days)[1]!.days * 10,
          'takes the middle payment’s days',
        ],
      ],
      formula: '=ROUND(SUMPRODUCT(B1:B3,C1:C3)/SUM(B1:B3),1)',
      cells: Object.fromEntries(
        rows.flatMap((r, i) => [
          [`B${i + 1}`, r.amount / 100],
          [`C${i + 1}`, r.days],
        ]),
      ),
    })
  }),
  family('reminder-fee-added-to-balance', (rng) => {
    const m = purse(rng)
    const a = odd(rng, 150, 3000)
    const fee = whole(rng, 5, 25)
    const cap = rng.pick([2, 3])
    const reminders = rng.int(cap + 1, cap + 2)
    const key = a + fee * cap
    return sum(rng, m, {
      stem: `The terms add a reminder fee of ${m(fee)} for each reminder sent, up to ${cap} fees in total on one invoice. An unpaid invoice of ${m(a)} has had ${reminders} reminders. What does the customer's statement show owing on it?`,
      key,
      wrong: [
        [a + fee * reminders, 'ignores the cap on fees'],
        [a, 'leaves out the reminder fees'],
        [a + fee, 'charges the fee once only'],
        [fee * cap, 'shows the fees alone'],
      ],
      formula: `=B1+B2*MIN(${reminders},${cap})`,
      cells: { B1: a / 100, B2: fee / 100 },
    })
  }),
  family('ageing-with-unapplied-credit', (rng) => {
    const m = purse(rng)
    const a = odd(rng, 500, 4000)
    const b = odd(rng, 500, 4000)
    const cn = odd(rng, 50, 400)
    const key = a + b - cn
    return sum(rng, m, {
      stem: `A customer's ledger shows two open invoices of ${m(a)} and ${m(b)} and an unallocated credit note of ${m(cn)}. The aged receivables report nets unallocated credits into the customer's total. What total does it show for the customer?`,
      key,
      wrong: [
        [a + b, 'leaves out the credit note'],
        [a + b + cn, 'adds the credit note as if it were owed'],
        [a - cn, 'nets the credit against one invoice and drops the other'],
        [a + b - 2 * cn, 'deducts the credit twice'],
      ],
      formula: '=B1+B2-B3',
      cells: { B1: a / 100, B2: b / 100, B3: cn / 100 },
    })
  }),
  family('expected-collections-next-week', (rng) => {
    const m = purse(rng)
    const today = drawDay(rng)
    const rows = rng.shuffle(
      [-rng.int(1, 5), 0, rng.int(1, 7), 8, rng.int(1, 14)].map((dueIn) => ({
        amount: odd(rng, 100, 3000),
        dueIn,
      })),
    )
    const key = rows.filter((r) => r.dueIn >= 1 && r.dueIn <= 7).reduce((s, r) => s + r.amount, 0)
    return sum(rng, m, {
      stem: `Today is ${dated(today)}. A cash-flow forecast counts open invoices falling due in the next seven days (tomorrow to seven days from today), ignoring overdue ones. Open invoices: ${rows.map((r) => `${m(r.amount)} due ${dated(today + r.dueIn)}`).join('; ')}. What is forecast?`,
      key,
      wrong: [
        [
          rows.filter((r) => r.dueIn <= 7).reduce((s, r) => s + r.amount, 0),
          'includes overdue and today’s invoices',
        ],
        [
          rows.filter((r) => r.dueIn >= 0 && r.dueIn <= 7).reduce((s, r) => s + r.amount, 0),
          'includes invoices due today',
        ],
        [
          rows.filter((r) => r.dueIn >= 1 && r.dueIn <= 8).reduce((s, r) => s + r.amount, 0),
          'counts eight days',
        ],
        [
          rows.filter((r) => r.dueIn < 0).reduce((s, r) => s + r.amount, 0),
          'forecasts the overdue invoices instead',
        ],
        [
          rows.filter((r) => r.dueIn >= 8).reduce((s, r) => s + r.amount, 0),
          'forecasts the week after instead',
        ],
        [rows.reduce((s, r) => s + r.amount, 0), 'counts every open invoice'],
      ],
      formula: `=${rows.map((r, i) => (r.dueIn >= 1 && r.dueIn <= 7 ? `B${i + 1}` : '0')).join('+')}`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
  family('collection-agency-net', (rng) => {
    const m = purse(rng)
    const debt = whole(rng, 500, 8000)
    const c = rng.pick([15, 20, 25, 30])
    const got = whole(rng, 200, debt / 100)
    const key = got - pct(got, c)
    return sum(rng, m, {
      stem: `A collection agency recovers ${m(got)} of an ${m(debt)} debt and keeps a ${c}% commission on what it recovers. How much reaches the client?`,
      key,
      wrong: [
        [got - pct(debt, c), 'works the commission on the whole debt'],
        [got, 'leaves out the commission'],
        [pct(got, c), 'gives the commission'],
        [debt - pct(debt, c), 'assumes the whole debt was recovered'],
      ],
      formula: '=ROUND(B1*(1-B2/100),2)',
      cells: { B1: got / 100, B2: c },
    })
  }),
  family('final-notice-interest-to-date', (rng) => {
    const m = purse(rng)
    const a = odd(rng, 400, 8000)
    const r = rng.pick([8, 12, 10.5])
    const due = drawDay(rng)
    const d = rng.int(20, 100)
    const key = a + Math.round((a * r * d) / 36500)
    return sum(rng, m, {
      stem: `A final notice dated ${dated(due + d)} must state the amount owed including simple interest at ${r}% a year (365-day year) from the due date of ${dated(due)}, counting the days after the due date up to and including the notice date. Invoice: ${m(a)}. What total does it state?`,
      key,
      wrong: [
        [a, 'leaves out the interest'],
        [a + pct(a, r), 'adds a full year of interest'],
        [a + Math.round((a * r * d) / 36000), 'uses a 360-day year'],
        [Math.round((a * r * d) / 36500), 'states the interest alone'],
      ],
      formula: `=B1+ROUND(B1*B2/100*${d}/365,2)`,
      cells: { B1: a / 100, B2: r },
    })
  }),
  family('expected-loss-rate-provision-change', (rng) => {
    const m = purse(rng)
    const ar = whole(rng, 10000, 80000)
    const rate = rng.pick([2, 3, 4, 5])
    const need = pct(ar, rate)
    const old = whole(rng, 20, Math.floor(need / 200))
    const key = need - old
    return sum(rng, m, {
      stem: `The allowance for doubtful debts must equal ${rate}% of receivables of ${m(ar)}. The allowance already stands at ${m(old)}. What charge tops it up this month?`,
      key,
      wrong: [
        [need, 'charges the whole required allowance again'],
        [need + old, 'adds the existing allowance'],
        [pct(ar - old, rate), 'works the rate on receivables less the allowance'],
        [old, 'repeats last month’s allowance'],
      ],
      formula: '=ROUND(B1*B2/100,2)-B3',
      cells: { B1: ar / 100, B2: rate, B3: old / 100 },
    })
  }),
  family('on-hold-account-order-value', (rng) => {
    const m = purse(rng)
    const rows = ledger(rng, 7)
    const th = 60
    const key = rows.filter((r) => r.overdue > th).reduce((s, r) => s + r.amount, 0)
    return sum(rng, m, {
      stem: `An account goes on stop when anything is more than ${th} days past due, and the customer must clear those invoices to be released. Open invoices: ${rows.map((r) => `${m(r.amount)} ${r.overdue <= 0 ? 'not yet due' : `${r.overdue} days past due`}`).join('; ')}. What must be paid to release the account?`,
      key,
      wrong: [
        [rows.reduce((s, r) => s + r.amount, 0), 'demands the whole balance'],
        [
          rows.filter((r) => r.overdue > 0).reduce((s, r) => s + r.amount, 0),
          'demands everything overdue',
        ],
        [
          rows.reduce((o, r) => (r.overdue > o.overdue ? r : o)).amount,
          'asks only for the oldest invoice',
        ],
        [
          rows.filter((r) => r.overdue >= th).reduce((s, r) => s + r.amount, 0),
          `includes invoices exactly ${th} days past due`,
        ],
        [
          rows.filter((r) => r.overdue > 90).reduce((s, r) => s + r.amount, 0),
          'uses 90 days as the line',
        ],
        [
          rows.filter((r) => r.overdue > 0 && r.overdue <= th).reduce((s, r) => s + r.amount, 0),
          'demands the overdue invoices that are not yet over the line',
        ],
        [
          rows.filter((r) => r.overdue > 30).reduce((s, r) => s + r.amount, 0),
          'uses 30 days as the line',
        ],
      ],
      formula: `=${rows.map((r, i) => (r.overdue > th ? `B${i + 1}` : '0')).join('+')}`,
      cells: Object.fromEntries(rows.map((r, i) => [`B${i + 1}`, r.amount / 100])),
    })
  }),
]
