import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  addMonths,
  addWorkdays,
  addYears,
  at,
  company,
  day,
  ENGLISH,
  FILM,
  family,
  gbp,
  pastDate,
  pounds,
  share,
  TECH,
  trade,
  weekend,
  workday,
} from './clb-text.js'

// When obligations end and what is then owed: limitation dates under the Limitation Act 1980,
// notice, renewal and minimum terms, kill fees, retentions, substantial performance and
// frustration. Stems say how their days are counted, since a day either way changes the answer.

// When a period's last day falls on a weekend the court office is shut and the claim may be issued
// on the next day it opens, so a draw whose last day is a Saturday or Sunday is refused: the
// stated anniversary rule then agrees with that extension.
function closedCourtDay(iso: string): void {
  if (weekend(iso)) throw new VariantError('the last day falls on a weekend')
}

const LIMITATION =
  'The day of the breach is not counted, so the last day to issue a claim is the anniversary of the breach date at the end of the period.'

export const DISCHARGE_FAMILIES = [
  family('clb-limitation-simple-contract', (rng) => {
    const made = pastDate(rng)
    const breach = addDays(made, rng.int(60, 300))
    const found = addDays(breach, rng.int(200, 700))
    closedCourtDay(addYears(breach, 6))
    return {
      stem: `${ENGLISH} ${trade(rng)} signs an ordinary written contract (not a deed) with ${company(rng)} on ${day(made)} and delivers defective work, a breach, on ${day(breach)}. The client discovers the defect on ${day(found)}. A claim in simple contract must be brought within six years from the date the cause of action accrued, which is the date of breach (Limitation Act 1980, s 5). ${LIMITATION} What is the last day to issue a claim?`,
      key: day(addYears(breach, 6)),
      wrong: [
        [day(addYears(found, 6)), 'counts from discovery, not breach'],
        [day(addYears(made, 6)), 'counts from the date the contract was signed'],
        [day(addYears(breach, 12)), 'applies the twelve-year period for deeds'],
        [day(addYears(breach, 3)), 'applies the three-year period for personal injury'],
        [day(addDays(addYears(breach, 6), -1)), 'counts the breach day as the first day'],
      ],
      figures: { made, breach, found },
    }
  }),
  family('clb-limitation-deed', (rng) => {
    const made = pastDate(rng)
    const breach = addDays(made, rng.int(100, 500))
    const found = addDays(breach, rng.int(300, 900))
    closedCourtDay(addYears(breach, 12))
    return {
      stem: `${ENGLISH} ${trade(rng)}’s maintenance agreement with ${company(rng)} is executed as a deed on ${day(made)}. The freelancer breaches it on ${day(breach)}; the client finds out on ${day(found)}. An action on a specialty (a deed) must be brought within twelve years from the breach (Limitation Act 1980, s 8). ${LIMITATION} What is the last day to issue a claim?`,
      key: day(addYears(breach, 12)),
      wrong: [
        [day(addYears(breach, 6)), 'applies the six-year period for simple contracts'],
        [day(addYears(made, 12)), 'counts from the date of the deed'],
        [day(addYears(found, 12)), 'counts from discovery, not breach'],
        [day(addYears(breach, 15)), 'applies the fifteen-year long-stop for latent damage'],
      ],
      figures: { made, breach, found },
    }
  }),
  family('clb-limitation-acknowledgement', (rng) => {
    const due = pastDate(rng)
    const oral = addDays(due, rng.int(100, 400))
    const written = addDays(due, rng.int(50, 300))
    const part = addDays(written, rng.int(100, 500))
    const latest = [written, part].sort()[1]!
    closedCourtDay(addYears(latest, 6))
    return {
      stem: `${ENGLISH} ${company(rng)} owes ${trade(rng)} an invoice that fell due on ${day(due)}. It admits the debt in a signed letter on ${day(written)}, pays part of it on ${day(part)}, and admits the debt again on a phone call on ${day(oral)}. A written, signed acknowledgement or a part payment restarts the six-year period from its date; an oral acknowledgement does not (Limitation Act 1980, ss 29–30). The day the period restarts from is not counted, so the last day to sue is the anniversary of that date at the end of the period. What is the last day to sue for the balance?`,
      key: day(addYears(latest, 6)),
      wrong: [
        [day(addYears(due, 6)), 'ignores the acknowledgement and the part payment'],
        [day(addYears(oral, 6)), 'counts an oral acknowledgement'],
        [day(addYears(written, 6)), 'ignores the part payment'],
        [day(addYears(latest, 12)), 'applies the twelve-year period for deeds'],
      ],
      figures: { due, oral, written, part },
    }
  }),
  family('clb-limitation-invoices-in-time', (rng) => {
    const today = `202${rng.int(6, 7)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
    closedCourtDay(today)
    const sixBack = addYears(today, -6)
    // One invoice falls due on the boundary itself and one within the 30 days after it, so
    // counting from the issue date or treating the anniversary as late each changes the sum.
    const offsets = rng.shuffle([
      -rng.int(60, 200),
      -rng.int(5, 25),
      0,
      rng.int(5, 25),
      rng.int(60, 200),
    ])
    const invs = offsets.map((k) => ({ due: addDays(sixBack, k), amt: pounds(rng, 400, 3000, 10) }))
    const issued = invs.map((v) => addDays(v.due, -30))
    const inTime = (d: string) => addYears(d, 6) >= today
    const sum = (f: (i: number) => boolean) => invs.reduce((s, v, i) => s + (f(i) ? v.amt : 0), 0)
    const list = invs
      .map((v, i) => `${gbp(v.amt)} issued ${day(issued[i]!)}, due ${day(v.due)}`)
      .join('; ')
    return {
      stem: `${ENGLISH} on ${day(today)} ${trade(rng)} decides to sue ${company(rng)} for these unpaid invoices: ${list}. Each unpaid invoice is a separate breach on its due date, and a claim must be issued within six years (Limitation Act 1980, s 5). ${LIMITATION} How much can still be claimed if the claim is issued that day?`,
      key: gbp(sum((i) => inTime(invs[i]!.due))),
      wrong: [
        [gbp(sum(() => true)), 'ignores limitation altogether'],
        [gbp(sum((i) => inTime(issued[i]!))), 'counts from the issue dates, not the due dates'],
        [gbp(sum((i) => !inTime(invs[i]!.due))), 'claims the time-barred invoices instead'],
        [
          gbp(sum((i) => addYears(invs[i]!.due, 6) > today)),
          'treats the sixth anniversary as already too late',
        ],
        [
          gbp(sum((i) => addYears(invs[i]!.due, 12) >= today)),
          'applies the twelve-year period for deeds',
        ],
      ],
      figures: {
        today,
        dues: invs.map((v) => v.due).join(','),
        amts: invs.map((v) => v.amt).join(','),
      },
    }
  }),
  family('clb-email-notice-termination', (rng) => {
    const d = workday(rng)
    const sent = rng.int(15 * 60, 19 * 60)
    const n = rng.pick([14, 30, 60])
    const eff = sent < 17 * 60 ? d : addWorkdays(d, 1)
    return {
      stem: `${ENGLISH} ${trade(rng)}’s contract with ${company(rng)} may be ended by either party on ${n} days’ written notice, the contract ending ${n} days after the notice takes effect. Notice by email takes effect on the day sent if sent before 17:00 on a working day (Monday to Friday), otherwise on the next working day. The client emails notice at ${at(d, sent)}. On what date does the contract end?`,
      key: day(addDays(eff, n)),
      wrong: [
        [
          day(addDays(sent < 17 * 60 ? addWorkdays(d, 1) : d, n)),
          sent < 17 * 60
            ? 'moves a notice sent before 17:00 to the next working day'
            : 'ignores the 17:00 cut-off',
        ],
        [day(addWorkdays(eff, n)), 'counts working days, not calendar days'],
        [day(addMonths(eff, Math.round(n / 30))), 'treats the notice as whole months'],
        [day(eff), 'ends the contract when notice takes effect'],
      ],
      figures: { d, sent, n },
    }
  }),
  family('clb-posted-notice-month', (rng) => {
    const posted = workday(rng)
    const deemed = addWorkdays(posted, 2)
    const m = rng.pick([1, 2, 3])
    return {
      stem: `${ENGLISH} ${company(rng)}’s retainer with ${trade(rng)} may be ended on ${m} calendar month${m > 1 ? 's’' : '’s'} notice, ending on the same date of the month as the notice is received, ${m} month${m > 1 ? 's' : ''} later. A notice sent by first-class post is deemed received on the second working day (Monday to Friday) after posting. The freelancer posts notice on ${day(posted)}. On what date does the retainer end?`,
      key: day(addMonths(deemed, m)),
      wrong: [
        [day(addMonths(posted, m)), 'counts from posting, ignoring deemed receipt'],
        [
          day(addMonths(addDays(posted, 2), m)),
          'counts two calendar days, not working days, for receipt',
        ],
        [day(addDays(deemed, 30 * m)), 'counts 30 days a month'],
        [day(addMonths(deemed, m + 1)), 'adds a month for the notice to run from month end'],
      ],
      figures: { posted, m },
    }
  }),
  family('clb-frustration-1943-act', (rng) => {
    const paid = pounds(rng, 1500, 5000, 50)
    const spent = pounds(rng, 200, 1400, 50)
    const owed = pounds(rng, 500, 2000, 50)
    return {
      stem: `${ENGLISH} ${company(rng)} books ${trade(rng, FILM)} to film a festival; a ban on the event frustrates the contract. Before it, the client had paid ${gbp(paid)} and a further ${gbp(owed)} had fallen due but was unpaid. The freelancer had spent ${gbp(spent)} preparing, and the court allows all of it. Under the Law Reform (Frustrated Contracts) Act 1943, s 1(2), money paid is recoverable and money payable ceases to be payable, but the court may let the payee keep or recover its expenses up to the sums paid or payable before the frustrating event. Setting what each side owes against the other, how much must the freelancer repay?`,
      key: gbp(paid - spent),
      wrong: [
        [gbp(paid), 'ignores the expenses allowed'],
        [
          gbp(0),
          'keeps money paid before frustration where it lies (Chandler v Webster, the rule before the 1943 Act)',
        ],
        [gbp(paid + owed - spent), 'treats the unpaid sum as paid and refundable'],
        [gbp(spent), 'refunds the expenses instead of keeping them'],
        [gbp(owed), 'refunds the sum that had fallen due but was unpaid'],
        [
          paid - spent - owed > 0 ? gbp(paid - spent - owed) : gbp(paid + spent),
          paid - spent - owed > 0
            ? 'lets the freelancer keep the unpaid sum too'
            : 'adds the expenses to the refund',
        ],
      ],
      figures: { paid, spent, owed },
    }
  }),
  family('clb-kill-fee', (rng) => {
    const rate = pounds(rng, 250, 600, 10)
    const total = rng.int(10, 30)
    const done = rng.int(2, total - 3)
    const pct = rng.pick([20, 25, 30, 50])
    const remaining = (total - done) * rate
    return {
      stem: `${ENGLISH} ${trade(rng)} is booked by ${company(rng)} for ${total} days at ${gbp(rate)} a day. The contract lets the client cancel at any time on paying for days worked plus a cancellation fee of ${pct}% of the fee for the days not yet worked. The client cancels after ${done} days, all unpaid. What does it owe?`,
      key: gbp(done * rate + share(remaining, pct, 100)),
      wrong: [
        [gbp(done * rate), 'leaves out the cancellation fee'],
        [gbp(done * rate + share(total * rate, pct, 100)), 'takes the percentage of the whole fee'],
        [gbp(share(remaining, pct, 100)), 'leaves out the days worked'],
        [gbp(total * rate), 'charges the whole booking'],
        [gbp(share(done * rate, pct, 100) + remaining), 'applies the percentage to the wrong days'],
      ],
      figures: { rate, total, done, pct },
    }
  }),
  family('clb-renewal-notice-deadline', (rng) => {
    const end = workday(rng)
    const n = rng.pick([30, 60, 90])
    return {
      stem: `${ENGLISH} ${trade(rng)}’s support contract with ${company(rng)} ends on ${day(end)} and renews automatically for 12 months unless either party gives notice at least ${n} clear days before that date, meaning ${n} whole days must fall between the day notice is given and the end date. What is the last day on which notice can be given?`,
      key: day(addDays(end, -(n + 1))),
      wrong: [
        [day(addDays(end, -n)), 'leaves only the end date itself out of the count'],
        [day(addMonths(end, -Math.round(n / 30))), 'counts the notice as whole months'],
        [day(end), 'gives notice on the end date itself'],
        [day(addDays(end, -(n - 1))), 'counts both the notice day and the end date among the days'],
      ],
      figures: { end, n },
    }
  }),
  family('clb-substantial-performance', (rng) => {
    const fee = pounds(rng, 3000, 12000, 100)
    const fix = pounds(rng, 150, 900, 50)
    const onAccount = pounds(rng, 500, 2000, 100)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)} agreed a lump sum of ${gbp(fee)} to fit out ${company(rng)}’s studio with its computers and network, and was paid ${gbp(onAccount)} on account. The work is finished but has minor defects costing ${gbp(fix)} to put right. Where an entire contract is substantially performed, the price is payable less the cost of remedying the defects (Hoenig v Isaacs). How much more must the client pay?`,
      key: gbp(fee - fix - onAccount),
      wrong: [
        [gbp(0), 'treats minor defects as defeating an entire contract'],
        [gbp(fee - onAccount), 'ignores the defects'],
        [gbp(fee - fix), 'forgets the payment on account'],
        [gbp(fee - onAccount + fix), 'adds the cost of the defects'],
        [gbp(fee - 2 * fix - onAccount), 'deducts the cost of the defects twice'],
      ],
      figures: { fee, fix, onAccount },
    }
  }),
  family('clb-retention-release', (rng) => {
    const fee = pounds(rng, 5000, 20000, 100)
    const pct = rng.pick([3, 5, 10])
    const held = share(fee, pct, 100)
    const half = share(held, 1, 2)
    return {
      stem: `${ENGLISH} ${trade(rng, TECH)}’s contract with ${company(rng)} for a ${gbp(fee)} system build lets the client retain ${pct}% of the fee until completion, then release half the retention on completion and the other half at the end of the defects period. Nothing has been paid yet, and the work is now complete. How much is payable on completion?`,
      key: gbp(fee - held + half),
      wrong: [
        [gbp(fee - held), 'keeps the whole retention until the end of the defects period'],
        [gbp(fee), 'releases the whole retention on completion'],
        [gbp(half), 'pays only the released half of the retention'],
        [gbp(fee + half), 'pays the released half on top of the whole fee'],
        [gbp(fee - held - half), 'deducts the released half instead of paying it'],
        [gbp(fee + held), 'treats the retention as a sum added on top of the fee'],
      ],
      figures: { fee, pct },
    }
  }),
  family('clb-minimum-term-notice', (rng) => {
    const start = workday(rng)
    const minMonths = rng.pick([6, 12])
    const notice = rng.pick([1, 2, 3])
    const n = addMonths(start, rng.int(1, minMonths - notice - 1))
    const minEnd = addMonths(start, minMonths)
    return {
      stem: `${ENGLISH} ${company(rng)}’s retainer with ${trade(rng)} starts on ${day(start)} with a minimum term of ${minMonths} months, ending on ${day(minEnd)}. Either party may end it on ${notice} month${notice > 1 ? 's’' : '’s'} notice, but notice cannot expire before the minimum term ends; it then ends on the later of the two dates. The client gives notice on ${day(n)}. On what date does the retainer end?`,
      key: day(minEnd),
      wrong: [
        [day(addMonths(n, notice)), 'lets the notice expire inside the minimum term'],
        [day(addMonths(minEnd, notice)), 'starts the notice only after the minimum term'],
        [day(n), 'ends it the day notice is given'],
        [day(addMonths(start, minMonths + 12)), 'renews for a further year'],
      ],
      figures: { start, minMonths, notice, n },
    }
  }),
  family('clb-pro-rata-final-month', (rng) => {
    const fee = pounds(rng, 1200, 4000, 50)
    const y = rng.int(2026, 2027)
    const mo = rng.int(1, 12)
    const len = new Date(Date.UTC(y, mo, 0)).getUTCDate()
    const k = rng.int(5, len - 5)
    const end = `${y}-${String(mo).padStart(2, '0')}-${String(k).padStart(2, '0')}`
    return {
      stem: `${ENGLISH} ${trade(rng)}’s monthly retainer with ${company(rng)} is ${gbp(fee)} a calendar month. The contract ends on ${day(end)}, that day included, and says a part month is charged by the days of that month worked out of its total days, rounded to the penny. What is the final month’s charge?`,
      key: gbp(share(fee, k, len)),
      wrong: [
        [gbp(share(fee, k, 30)), 'divides by 30 whatever the month'],
        [gbp(share(fee, k - 1, len)), 'leaves out the last day'],
        [gbp(fee), 'charges the full month'],
        [gbp(share(fee * 12, k, 365)), 'uses a yearly day rate'],
        [gbp(share(fee, len - k, len)), 'charges the days after the end'],
      ],
      figures: { fee, end },
    }
  }),
  family('clb-cancellation-scale', (rng) => {
    const fee = pounds(rng, 800, 4000, 50)
    const event = workday(rng)
    const before = rng.pick([3, 5, 10, 20, 25, 40, 50])
    const cancel = addDays(event, -before)
    const band = (d: number) => (d > 30 ? 25 : d >= 8 ? 50 : 100)
    return {
      stem: `${ENGLISH} ${company(rng)} books ${trade(rng)} for an event on ${day(event)} for ${gbp(fee)}. The agreed cancellation terms: more than 30 days before the event, 25% of the fee; 8 to 30 days before, 50%; 7 days or fewer, 100%. Days are counted from the cancellation date to the event date, excluding the cancellation date. The client cancels on ${day(cancel)}. What does it owe?`,
      key: gbp(share(fee, band(before), 100)),
      wrong: [
        [
          gbp(share(fee, band(before) === 25 ? 50 : band(before) === 50 ? 100 : 50, 100)),
          'places the day count in the neighbouring band',
        ],
        [
          gbp(share(fee, band(before) === 25 ? 100 : 25, 100)),
          'reads the scale the wrong way round',
        ],
        [gbp(0), 'treats cancellation as ending the obligation to pay'],
      ],
      figures: { fee, event, cancel },
    }
  }),
  family('clb-limitation-unpaid-invoice', (rng) => {
    const done = pastDate(rng)
    const inv = addDays(done, rng.int(3, 20))
    const term = rng.pick([14, 30])
    const due = addDays(inv, term)
    const reminder = addDays(due, rng.int(20, 90))
    closedCourtDay(addYears(due, 6))
    return {
      stem: `${ENGLISH} ${trade(rng)} finished a job for ${company(rng)} on ${day(done)}, invoiced on ${day(inv)} on ${term}-day terms, so payment fell due on ${day(due)}, and sent a reminder on ${day(reminder)}. A claim for the unpaid fee accrues when payment falls due and must be brought within six years (Limitation Act 1980, s 5). ${LIMITATION} What is the last day to issue a claim?`,
      key: day(addYears(due, 6)),
      wrong: [
        [day(addYears(inv, 6)), 'counts from the invoice date'],
        [day(addYears(done, 6)), 'counts from finishing the work'],
        [day(addYears(reminder, 6)), 'treats a reminder as restarting the period'],
        [day(addYears(due, 12)), 'applies the twelve-year period for deeds'],
      ],
      figures: { done, inv, term, reminder },
    }
  }),
  family('clb-end-of-month-terms', (rng) => {
    const inv = workday(rng)
    const n = rng.pick([30, 45, 60])
    const eom = (() => {
      const d = new Date(`${inv}T00:00:00Z`)
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0))
        .toISOString()
        .slice(0, 10)
    })()
    const pay = addDays(eom, n)
    return {
      stem: `${ENGLISH} ${trade(rng)}’s contract with ${company(rng)} says invoices are payable “${n} days after the end of the month in which the invoice is dated”. An invoice is dated ${day(inv)}. When is it due?`,
      key: day(pay),
      wrong: [
        [day(addDays(inv, n)), 'counts from the invoice date'],
        [
          day(addMonths(addDays(eom, 1), Math.round(n / 30))),
          'counts whole months from the start of the next month',
        ],
        [day(addDays(eom, n + 30)), 'counts from the end of the following month'],
        [day(eom), 'makes it due at the end of the invoice month'],
      ],
      figures: { inv, n },
    }
  }),
]
