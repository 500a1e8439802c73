import { VariantError } from '../assemble-variant.js'
import { anyMoney, cents, employee, family, listed, share, sum, usd } from './expense-text.js'

// Report assembly and reconciliation: netting advances and company-paid items, matching card
// lines to receipts, catching duplicates and splitting costs across projects or cost centres.
// Each stem states the matching or allocation rule its key depends on.

export const RECONCILE_FAMILIES = [
  family('advance-netted-off', (rng) => {
    const own = cents(rng, 700, 1600)
    const card = cents(rng, 60, 300)
    const advance = rng.int(2, 6) * 5000
    if (advance >= own) throw new VariantError('advance above own spending')
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)}'s approved report totals ${m(own + card)}: ${m(own)} paid personally and ${m(card)} charged to the company card (already paid by the company). Before the trip they drew a cash advance of ${m(advance)}. How much does the company now pay them?`,
      key: m(own - advance),
      wrong: [
        [m(own + card - advance), 'nets the advance off the whole report, card items included'],
        [m(own), 'forgets the advance'],
        [m(own + card), 'pays the whole report'],
        [m(own + advance), 'adds the advance instead of netting it off'],
        [m(own - advance - card), 'deducts the card items as well as the advance'],
        [m(own - card), 'nets off the card items instead of the advance'],
      ],
      figures: { own, card, advance },
    }
  }),
  family('advance-to-repay', (rng) => {
    const advance = rng.int(6, 20) * 5000
    const spent = advance - cents(rng, 30, 400)
    const personal = cents(rng, 15, 90)
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)} took a ${m(advance)} travel advance. The receipts total ${m(spent)}, of which ${m(personal)} is a personal purchase the policy will not reimburse. How much must they return to the company?`,
      key: m(advance - spent + personal),
      wrong: [
        [m(advance - spent), 'reimburses the personal purchase'],
        [m(advance - spent - personal), 'subtracts the personal purchase instead of adding it'],
        [m(personal), 'asks back only the personal purchase'],
        [m(advance - personal), 'deducts only the personal purchase from the advance'],
      ],
      figures: { advance, spent, personal },
    }
  }),
  family('duplicate-card-and-receipt', (rng) => {
    const lines = [cents(rng, 20, 90), cents(rng, 120, 400), cents(rng, 15, 60)]
    const dup = lines[1]!
    const repeat = lines[2]!
    const hold = rng.pick([100, 150, 200, 250]) * 100
    const m = anyMoney(rng)
    const total = sum(lines) + dup + repeat + hold
    const key = sum(lines) + repeat
    return {
      stem: `A draft report has six lines: a pending hotel pre-authorisation hold of ${m(hold)} on 2 May from the card feed, released at checkout and never charged; taxi ${m(lines[0]!)} on 3 May; hotel ${m(dup)} on 4 May from the card feed; the same hotel bill, ${m(dup)} on 4 May, uploaded again from the emailed receipt; breakfast café ${m(repeat)} on 4 May; and the same café, ${m(repeat)} again, on 5 May (two visits, two receipts). Its total is ${m(total)}. What should the corrected total be?`,
      key: m(key),
      wrong: [
        [m(total), 'corrects nothing: the hold and the duplicate stay in'],
        [m(key + hold), 'keeps the released hold as a charge'],
        [m(key + dup), 'leaves the duplicate hotel line in'],
        [m(key + dup - repeat), 'removes the café repeat, not the hotel duplicate'],
        [m(sum(lines)), 'also removes the café’s second, genuine visit'],
        [m(sum(lines) - dup + repeat), 'removes both copies of the hotel bill'],
        [m(lines[0]!), 'removes every line that repeats, originals too'],
      ],
      figures: { a: lines[0]!, dup, repeat, hold },
    }
  }),
  family('card-personal-charges', (rng) => {
    const biz = [cents(rng, 40, 300), cents(rng, 60, 500), cents(rng, 20, 120)]
    const personal = [cents(rng, 10, 80), cents(rng, 25, 140)]
    const m = anyMoney(rng)
    const statement = sum(biz) + sum(personal)
    return {
      stem: `${employee(rng)}'s company card statement totals ${m(statement)}: business charges of ${listed(m, biz)}, and two personal charges of ${listed(m, personal)} made by mistake. The company pays the card in full and recovers personal charges from the employee. How much does the employee owe the company?`,
      key: m(sum(personal)),
      wrong: [
        [m(sum(biz)), 'gives the business charges instead of the personal ones'],
        [m(statement), 'asks the employee for the whole statement'],
        [m(personal[1]!), 'recovers only the larger personal charge'],
        [m(statement - personal[0]!), 'subtracts one personal charge from the statement'],
      ],
      figures: { biz: biz.join(','), personal: personal.join(',') },
    }
  }),
  family('card-refund-line', (rng) => {
    const charges = [cents(rng, 80, 400), cents(rng, 40, 200), cents(rng, 150, 600)]
    const refund = charges[2]! - cents(rng, 20, 90)
    const m = anyMoney(rng)
    const key = sum(charges) - refund
    return {
      stem: `A card statement for a trip shows charges of ${listed(m, charges)} and a credit of ${m(refund)} from the hotel for the nights cancelled when the ${m(charges[2]!)} booked stay was cut short. What is the net business spend to record for the trip?`,
      key: m(key),
      wrong: [
        [m(sum(charges) + refund), 'adds the credit as another charge'],
        [m(sum(charges)), 'ignores the credit'],
        [m(charges[0]! + charges[1]!), 'drops the hotel charge and its credit altogether'],
        [m(sum(charges) - 2 * refund), 'deducts the credit twice'],
        [
          m(charges[0]! + charges[1]! + refund),
          'records the credited nights as the cost of the stay kept',
        ],
        [
          m(charges[0]! + charges[1]! - refund),
          'removes the hotel charge and still deducts its credit',
        ],
      ],
      figures: { charges: charges.join(','), refund },
    }
  }),
  family('unmatched-card-lines', (rng) => {
    const m = anyMoney(rng)
    const a = cents(rng, 20, 90)
    const b = cents(rng, 100, 300)
    const c = cents(rng, 30, 120)
    const d = cents(rng, 40, 150)
    const bOff = b + rng.int(1, 9) * 100
    const key = b + d
    return {
      stem: `Policy: a card line is matched when a receipt has the same amount and a date no more than 3 days away. Card lines: ${m(a)} on 2 June, ${m(b)} on 4 June, ${m(c)} on 6 June, ${m(d)} on 9 June. Receipts: ${m(a)} on 1 June, ${m(bOff)} on 4 June, ${m(c)} on 8 June, ${m(d)} on 2 June. What is the total of card lines still missing a receipt?`,
      key: m(key),
      wrong: [
        [m(b), 'matches on amount alone, ignoring the date window'],
        [m(a + b + c + d), 'requires the same date, not within 3 days'],
        [m(a + c), 'totals the matched lines instead of the unmatched'],
        [m(bOff + d), 'totals the receipts that failed to match, not the card lines'],
        [m(d), 'accepts a receipt whose amount differs as a match'],
        [m(a + b + d), 'accepts only receipts dated up to 3 days after the card line'],
        [m(b + c + d), 'accepts only receipts dated up to 3 days before the card line'],
      ],
      figures: { a, b, c, d, bOff },
    }
  }),
  family('split-by-project-days', (rng) => {
    const days = [rng.int(1, 4), rng.int(1, 4), rng.int(1, 4)]
    const total = cents(rng, 600, 2400)
    const all = sum(days)
    // Beacon is never the project with fewest days, so some named shares fall below its own.
    if (days[1]! <= Math.min(days[0]!, days[2]!)) throw new VariantError('Beacon has fewest days')
    const m = anyMoney(rng)
    const key = share(total, days[1]!, all)
    return {
      stem: `A ${all}-day trip cost ${m(total)} in all and served three projects: ${days[0]} days for Alpha, ${days[1]} for Beacon and ${days[2]} for Cedar. The policy splits a shared trip in proportion to days worked, each share rounded to the cent. How much is charged to Beacon?`,
      key: m(key),
      wrong: [
        [m(Math.round(total / 3)), 'splits equally among the projects'],
        [m(share(total, days[1]!, all - 1)), 'divides by the trip’s nights rather than its days'],
        [m(share(total, days[1]!, days[0]! + days[2]!)), 'divides by the other projects’ days'],
        [m(total - key), 'gives the other projects’ total'],
        [m(share(total, days[0]!, all)), 'uses Alpha’s days for Beacon'],
        [m(share(total, days[2]!, all)), 'uses Cedar’s days for Beacon'],
      ],
      figures: { days: days.join(','), total },
    }
  }),
  family('cost-centre-rounding-remainder', (rng) => {
    const total = cents(rng, 200, 3000) + 1
    const pcts = rng.pick([
      [3333, 3333, 3334],
      [2000, 3500, 4500],
      [1500, 2250, 6250],
      [1750, 3500, 4750],
    ])
    const first = share(total, pcts[0]!, 10000)
    const second = share(total, pcts[1]!, 10000)
    const key = total - first - second
    const m = anyMoney(rng)
    const naive = share(total, pcts[2]!, 10000)
    return {
      stem: `A ${m(total)} conference package is split across three cost centres: ${pcts[0]! / 100}% to Sales, ${pcts[1]! / 100}% to Marketing and ${pcts[2]! / 100}% to Support. Policy: round Sales and Marketing to the cent and charge Support the remainder, so the split adds up to the bill. How much is charged to Support?`,
      key: m(key),
      wrong: [
        [m(naive), 'rounds Support’s share on its own, so the split misses the bill'],
        [m(Math.round(total / 3)), 'splits equally'],
        [m(total - first), 'takes only Sales off the bill'],
        [m(first + second), 'gives what the other two centres carry'],
        [m(first), 'charges Support the Sales share'],
      ],
      figures: { total, p0: pcts[0]!, p1: pcts[1]!, p2: pcts[2]! },
    }
  }),
  family('shared-dinner-own-cap', (rng) => {
    const people = rng.int(3, 5)
    const cap = rng.pick([40, 45, 50, 60]) * 100
    const bill = cap * people + cents(rng, 12, 80)
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)} paid a ${m(bill)} team dinner on the card for ${people} colleagues on the same trip, the payer included. Policy: each attendee's equal share counts against that person's own ${m(cap)} dinner cap, and any excess is the payer's to repay. How much of the bill is reimbursable?`,
      key: m(cap * people),
      wrong: [
        [m(bill), 'ignores the per-person cap'],
        [m(cap), 'applies one person’s cap to the whole bill'],
        [m(bill - cap * people), 'gives the excess to repay'],
        [m(cap * (people - 1)), 'leaves the payer’s own share out'],
      ],
      figures: { people, cap, bill },
    }
  }),
  family('report-total-with-mileage-and-per-diem', (rng) => {
    const receipts = cents(rng, 150, 900)
    const miles = rng.int(40, 320)
    const rate = 700
    const perDiem = rng.int(2, 4) * 6800
    const advance = rng.int(1, 4) * 5000
    const mealReceipts = cents(rng, 60, 260)
    const m = usd
    const mileage = share(miles * rate, 1, 10)
    const key = receipts + mileage + perDiem - advance
    return {
      stem: `Assemble ${employee(rng)}'s 2025 report: receipted non-meal expenses ${m(receipts)}, ${miles} business miles at the IRS rate of 70 cents a mile, meals per diem ${m(perDiem)} (the traveller also kept ${m(mealReceipts)} of meal receipts, which per diem replaces), less a cash advance of ${m(advance)}. What is the amount due to the employee?`,
      key: m(key),
      wrong: [
        [m(receipts + mileage + perDiem), 'forgets to net off the advance'],
        [m(receipts + mileage - advance), 'leaves out the per diem'],
        [m(receipts + perDiem - advance), 'leaves out the mileage'],
        [m(receipts + mileage + perDiem + advance), 'adds the advance'],
        [
          m(receipts + mileage + perDiem + mealReceipts - advance),
          'claims the meal receipts on top of the per diem',
        ],
        [
          m(receipts + mileage + mealReceipts - advance),
          'claims the meal receipts instead of the per diem',
        ],
        [
          m(receipts + share(miles * 670, 1, 10) + perDiem - advance),
          'uses the 2024 rate of 67 cents',
        ],
      ],
      figures: { receipts, miles, rate, perDiem, advance, mealReceipts },
    }
  }),
  family('rebill-with-admin-fee', (rng) => {
    const billable = cents(rng, 200, 900)
    const mileage = cents(rng, 30, 120)
    const internal = cents(rng, 40, 160)
    const fee = rng.pick([500, 1000, 1500])
    const m = anyMoney(rng)
    const key = billable + share(billable, fee, 10000) + mileage
    return {
      stem: `A client's contract lets ${employee(rng)}'s firm rebill travel costs at cost plus a ${fee / 100}% admin fee, and mileage at cost with no fee. This trip: rebillable travel ${m(billable)}, mileage ${m(mileage)}, and an internal team dinner ${m(internal)} that is not rebillable. How much is rebilled?`,
      key: m(key),
      wrong: [
        [m(billable + mileage), 'leaves out the admin fee'],
        [
          m(billable + mileage + share(billable + mileage, fee, 10000)),
          'charges the fee on the mileage too',
        ],
        [m(key + internal), 'rebills the internal dinner'],
        [m(billable + share(billable, fee, 10000)), 'leaves out the mileage'],
        [m(key + internal + share(internal, fee, 10000)), 'rebills the dinner with a fee as well'],
      ],
      figures: { billable, mileage, internal, fee },
    }
  }),
  family('petty-cash-top-up', (rng) => {
    const float = rng.pick([200, 250, 300, 500]) * 100
    const receipts = cents(rng, 60, float / 100 - 60)
    const short = rng.int(1, 15) * 100 + rng.pick([0, 50])
    const counted = float - receipts - short
    const m = anyMoney(rng)
    return {
      stem: `An office keeps a ${m(float)} petty-cash float. At month end the tin holds ${m(counted)} in cash and ${m(receipts)} of receipts. Under the imprest method the float is topped back up to ${m(float)}, and any shortage is recorded separately. How much cash is the top-up?`,
      key: m(float - counted),
      wrong: [
        [m(receipts), 'tops up by the receipts only, leaving the float short'],
        [m(short), 'tops up by the shortage only'],
        [m(float), 'tops up by the whole float'],
        [m(float - receipts), 'takes the float less the receipts'],
      ],
      figures: { float, receipts, counted },
    }
  }),
  family('month-end-accrual-of-unsubmitted', (rng) => {
    const m = anyMoney(rng)
    const a = cents(rng, 40, 300)
    const b = cents(rng, 80, 500)
    const c = cents(rng, 30, 200)
    const e = cents(rng, 50, 400)
    const key = a + c
    return {
      stem: `At the 31 March close the assistant accrues expenses incurred in March but not yet submitted. Known claims: ${m(a)} incurred 12 March, not submitted; ${m(b)} incurred 20 March, submitted and posted; ${m(c)} incurred 30 March, not submitted; ${m(e)} incurred 2 April, not submitted. What is the accrual?`,
      key: m(key),
      wrong: [
        [m(a + c + e), 'accrues the April expense too'],
        [m(a + b + c), 'accrues the claim already posted'],
        [m(a + b + c + e), 'accrues every claim'],
        [m(a), 'accrues only claims from before the last week'],
        [m(c + e), 'accrues only the most recent claims'],
      ],
      figures: { a, b, c, e },
    }
  }),
  family('receipt-with-personal-items', (rng) => {
    const biz = cents(rng, 30, 160)
    const own = cents(rng, 10, 80)
    const taxBp = rng.pick([600, 725, 825, 900])
    const tax = share(biz + own, taxBp, 10000)
    const m = usd
    const key = biz + share(biz, taxBp, 10000)
    return {
      stem: `One store receipt mixes office supplies ${m(biz)} with personal items ${m(own)}, plus ${taxBp / 100}% sales tax of ${m(tax)} on both, ${m(biz + own + tax)} in all. ${employee(rng)} claims the business part. What is the claim, the business items with their own tax to the cent?`,
      key: m(key),
      wrong: [
        [m(biz + own + tax), 'claims the whole receipt'],
        [m(biz), 'leaves out the tax on the business items'],
        [m(biz + tax), 'adds the tax on the whole receipt'],
        [m(biz + own), 'claims both kinds of item without any tax'],
        [
          m(biz + own + share(biz, taxBp, 10000)),
          'takes off the tax on the personal items but not the items',
        ],
        [m(own + share(own, taxBp, 10000)), 'gives the personal part with its tax'],
        [
          m(biz - share(biz, taxBp, 10000)),
          'subtracts the business items’ tax instead of adding it',
        ],
      ],
      figures: { biz, own, taxBp },
    }
  }),
]
