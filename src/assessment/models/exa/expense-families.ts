import { VariantError } from '../assemble-variant.js'
import { cash } from '../scenario/scenario-text.js'
import { cap, choose, type ExaFamily, exec, family } from './exa-text.js'

// Expense reports checked against the client's own policy, which every stem states in full (a
// per-diem, receipt thresholds, caps, a conversion rate, what is not reimbursed): the skill is
// applying a stated policy exactly, so no figure here comes from outside the stem. The key test
// applies each policy again with its own implementation.

const usd = cash('$')
const r2 = (v: number) => Math.round(v * 100) / 100

export const EXPENSE_FAMILIES: readonly ExaFamily[] = [
  family('per-diem-first-and-last-day-at-75-percent', (rng) => {
    const rate = rng.pick([64, 69, 74, 79, 86, 92])
    const days = rng.int(3, 6)
    const key = r2(rate * (days - 2) + 2 * rate * 0.75)
    return choose(rng, {
      stem: `${cap(exec(rng))} travels for ${days} calendar days (leaving on day 1, back on day ${days}). Policy: meals and incidentals are paid at a per-diem of ${usd(rate)} a day, and the first and last travel days at 75 %. What per-diem does the report claim?`,
      key: usd(key),
      wrong: [
        [usd(rate * days), 'pays every day at the full rate'],
        [usd(r2(rate * days * 0.75)), 'pays every day at 75 %'],
        [usd(r2(rate * (days - 1) + rate * 0.75)), 'reduces only one of the travel days'],
        [usd(rate * (days - 2)), 'leaves the travel days out altogether'],
      ],
      facts: { kind: 'perdiem', rate, days, meals: [] },
    })
  }),
  family('per-diem-less-provided-meals', (rng) => {
    const rate = rng.pick([64, 69, 74, 79])
    const days = rng.int(3, 5)
    const lunch = rng.pick([16, 18, 20])
    const dinner = rng.pick([28, 31, 34])
    const nl = rng.int(1, days - 2)
    const nd = rng.int(1, 2)
    const full = r2(rate * (days - 2) + 2 * rate * 0.75)
    const key = r2(full - nl * lunch - nd * dinner)
    return choose(rng, {
      stem: `Policy: per-diem ${usd(rate)} a day, first and last travel days at 75 %; for each meal the conference provides, take off the stated meal value (lunch ${usd(lunch)}, dinner ${usd(dinner)}). ${cap(exec(rng))}’s trip lasts ${days} days and the conference provided ${nl} lunch${nl > 1 ? 'es' : ''} and ${nd} dinner${nd > 1 ? 's' : ''} on full days. What per-diem is claimed?`,
      key: usd(key),
      wrong: [
        [usd(full), 'does not deduct the meals provided'],
        [
          usd(r2(rate * days - nl * lunch - nd * dinner)),
          'deducts the meals but pays the travel days in full',
        ],
        [usd(r2(full - (nl + nd) * lunch)), 'deducts every provided meal at the lunch value'],
        [
          usd(r2(full - nl * lunch - nd * dinner - lunch - dinner)),
          'deducts one lunch and one dinner more than were provided',
        ],
        [
          usd(r2(full + nl * lunch + nd * dinner)),
          'adds the provided meals instead of deducting them',
        ],
      ],
      facts: { kind: 'perdiem', rate, days, meals: [nl * lunch + nd * dinner] },
    })
  }),
  family('convert-at-stated-rate', (rng) => {
    const amt = rng.int(120, 980)
    const rate = rng.pick([1.08, 1.12, 1.17, 1.27, 1.34])
    const cur = rng.pick(['EUR', 'GBP'])
    const key = r2(amt * rate)
    return choose(rng, {
      stem: `A hotel bill for ${cur} ${amt}.00 goes on a report in US dollars. Policy: convert at the rate on the card statement, here 1 ${cur} = ${rate} USD. What is the line in dollars?`,
      key: usd(key),
      wrong: [
        [usd(r2(amt / rate)), 'divides by the rate instead of multiplying'],
        [usd(amt), 'leaves the amount unconverted'],
        [usd(r2(amt * (rate - 1))), 'converts only the difference the rate adds'],
        [usd(r2(amt * rate * rate)), 'applies the rate twice'],
      ],
      facts: { kind: 'fx', amt, rate, op: 'mul' },
    })
  }),
  family('convert-with-rate-quoted-per-dollar', (rng) => {
    const amt = rng.pick([8400, 12600, 15900, 23100, 31800])
    const rate = rng.pick([140, 148, 152, 157])
    const key = r2(amt / rate)
    return choose(rng, {
      stem: `${cap(exec(rng))} paid JPY ${amt.toLocaleString('en-US')} for a taxi in Tokyo. Policy: convert at the stated rate 1 USD = ${rate} JPY. What is the line in dollars?`,
      key: usd(key),
      wrong: [
        [usd(amt * rate), 'multiplies by the rate when it is quoted per dollar'],
        [
          usd(r2(amt / 100)),
          'converts at a rough 100 yen to the dollar instead of the stated rate',
        ],
        [
          usd(r2(amt / (rate * 0.9))),
          'takes a tenth off the rate for a card fee the policy does not mention',
        ],
        [usd(r2(amt / rate / 10)), 'drops a digit from the yen amount'],
      ],
      facts: { kind: 'fx', amt, rate, op: 'div' },
    })
  }),
  family('receipts-required-over-threshold', (rng) => {
    const th = rng.pick([25, 50, 75])
    const items = Array.from({ length: 6 }, () => rng.int(8, 140))
    const receipted = items.map(() => rng.next() < 0.5)
    if (rng.next() < 0.5) items[rng.int(0, 5)] = th
    const ok = items.reduce((s, v, i) => s + (v < th || receipted[i] ? v : 0), 0)
    const all = items.reduce((s, v) => s + v, 0)
    const onlyRec = items.reduce((s, v, i) => s + (receipted[i] ? v : 0), 0)
    const lenient = items.reduce((s, v, i) => s + (v <= th || receipted[i] ? v : 0), 0)
    const strict = items.reduce((s, v, i) => s + (v < th && !receipted[i] ? v : 0), 0)
    return choose(rng, {
      stem: `Policy: any expense of ${usd(th)} or more needs a receipt, or it is not reimbursed; smaller ones do not. ${cap(exec(rng))}’s lines: ${items
        .map((v, i) => `${usd(v)} (${receipted[i] ? 'receipt' : 'no receipt'})`)
        .join(', ')}. What total can be reimbursed?`,
      key: usd(ok),
      wrong: [
        [usd(all), 'reimburses every line, receipt or not'],
        [usd(onlyRec), 'reimburses only lines with receipts, even those under the threshold'],
        [usd(lenient), 'lets a line of exactly the threshold through without a receipt'],
        [usd(strict), 'reimburses only the small lines without receipts'],
        [
          usd(items.reduce((s, v, i) => s + (v < th || receipted[i] ? v : th), 0)),
          'pays lines without a receipt up to the threshold instead of nothing',
        ],
      ],
      facts: { kind: 'receipts', th, items, receipted },
    })
  }),
  family('hotel-nightly-cap-taxes-in-full', (rng) => {
    const cap_ = rng.pick([180, 220, 250])
    const room = cap_ + rng.pick([20, 35, 60, 85])
    const n = rng.int(2, 5)
    const tax = rng.pick([18, 24, 31])
    const key = cap_ * n + tax * n
    return choose(rng, {
      stem: `Policy: hotel room rates are reimbursed up to ${usd(cap_)} a night; room taxes are reimbursed in full. ${cap(exec(rng))} stayed ${n} nights at ${usd(room)} a night plus ${usd(tax)} tax a night. How much of the hotel is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd((room + tax) * n), 'reimburses the full bill over the cap'],
        [usd(cap_ * n), 'caps the room rate and drops the taxes'],
        [usd(Math.min(cap_, room + tax) * n), 'applies the cap to the rate plus tax'],
        [usd((room - cap_) * n), 'gives the excess over the cap, the part the executive pays'],
        [usd(cap_ * n + tax), 'adds the tax once instead of per night'],
      ],
      facts: { kind: 'hotel', cap: cap_, room, n, tax },
    })
  }),
  family('mileage-less-normal-commute', (rng) => {
    const rate = rng.pick([0.67, 0.7, 0.725])
    const trip = rng.int(60, 240)
    const commute = rng.int(12, 40)
    const key = r2((trip - commute) * rate)
    return choose(rng, {
      stem: `Policy: business mileage is paid at ${usd(rate)} a mile, less the executive’s normal round-trip commute on a day she drives from home. ${cap(exec(rng))} drove ${trip} miles from home to a client and back; her normal commute is ${commute} miles round trip. What mileage is claimed?`,
      key: usd(key),
      wrong: [
        [usd(r2(trip * rate)), 'does not deduct the normal commute'],
        [usd(r2((trip - commute / 2) * rate)), 'deducts only a one-way commute'],
        [usd(r2((trip - 2 * commute) * rate)), 'deducts the round-trip commute twice'],
        [usd(r2((trip + commute) * rate)), 'adds the commute instead of deducting it'],
      ],
      facts: { kind: 'mileage', rate, trip, commute },
    })
  }),
  family('tip-capped-at-percent-of-bill', (rng) => {
    const bill = rng.int(60, 240)
    const capPct = rng.pick([15, 18, 20])
    const tip = r2((bill * (capPct + rng.pick([5, 7, 10]))) / 100)
    const key = r2(bill + (bill * capPct) / 100)
    return choose(rng, {
      stem: `Policy: meal tips are reimbursed up to ${capPct} % of the pre-tip bill. ${cap(exec(rng))}’s client dinner was ${usd(bill)} before tip and she tipped ${usd(tip)}. How much of the dinner is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(r2(bill + tip)), 'reimburses the whole tip over the cap'],
        [usd(bill), 'drops the tip altogether when it goes over the cap'],
        [usd(r2((bill + tip) * (1 - capPct / 100))), 'takes the cap percentage off the total'],
        [
          usd(r2(bill + tip - (bill * capPct) / 100)),
          'deducts the allowed tip instead of the excess',
        ],
      ],
      facts: { kind: 'tip', bill, capPct, tip },
    })
  }),
  family('non-reimbursable-lines-removed', (rng) => {
    const lines = [
      ['room', rng.int(160, 260), true],
      ['minibar', rng.int(12, 40), false],
      ['in-room film', rng.int(10, 18), false],
      ['business-centre printing', rng.int(8, 30), true],
      ['dinner wine', rng.int(25, 70), false],
      ['dinner food', rng.int(40, 90), true],
    ] as const
    const ok = lines.reduce((s, [, v, y]) => s + (y ? v : 0), 0)
    const all = lines.reduce((s, [, v]) => s + v, 0)
    const withWine = ok + lines[4][1]
    const noPrint = ok - lines[3][1]
    return choose(rng, {
      stem: `Policy: alcohol, minibar and in-room entertainment are not reimbursed; lodging, business services and food are. ${cap(exec(rng))}’s hotel folio lists ${lines
        .map(([n, v]) => `${n} ${usd(v)}`)
        .join(', ')}. What is reimbursed?`,
      key: usd(ok),
      wrong: [
        [usd(all), 'claims the whole folio'],
        [usd(withWine), 'counts the wine with the meal'],
        [usd(noPrint), 'removes the printing as a personal charge'],
        [usd(all - ok), 'gives the total of the lines that are not reimbursed'],
      ],
      facts: { kind: 'lines', lines },
    })
  }),
  family('advance-reconciliation-owed-back', (rng) => {
    const adv = rng.pick([500, 750, 1000, 1200])
    const spent = rng.int(Math.round(adv * 0.55), Math.round(adv * 0.9))
    const nonRe = rng.int(20, 80)
    const key = adv - (spent - nonRe)
    return choose(rng, {
      stem: `${cap(exec(rng))} took a travel advance of ${usd(adv)} and spent ${usd(spent)}, of which ${usd(nonRe)} is personal and not reimbursable. Policy: unspent advance is repaid with the report. How much does she repay?`,
      key: usd(key),
      wrong: [
        [usd(adv - spent), 'treats the personal spending as reimbursable'],
        [usd(spent - nonRe), 'gives the reimbursable spending instead of the balance'],
        [
          usd(adv - spent - nonRe),
          'takes the personal spending off the repayment instead of adding it',
        ],
        [usd(adv), 'has her repay the whole advance'],
      ],
      facts: { kind: 'advance', adv, spent, nonRe },
    })
  }),
  family('economy-unless-flight-over-hours', (rng) => {
    const h = rng.pick([6, 8, 10])
    const flights = Array.from({ length: 3 }, () => ({
      hrs: rng.int(2, 13),
      eco: rng.int(3, 9) * 100,
      biz: rng.int(14, 40) * 100,
    }))
    if (!flights.some((f) => f.hrs > h) || flights.every((f) => f.hrs > h))
      throw new VariantError('no mix')
    if (flights.some((f) => f.hrs === h)) throw new VariantError('a flight at the limit')
    const key = flights.reduce((s, f) => s + (f.hrs > h ? f.biz : f.eco), 0)
    return choose(rng, {
      stem: `Policy: economy class, or business class when the scheduled flight time is over ${h} hours. ${cap(exec(rng))} flew business on three legs: ${flights
        .map((f) => `${f.hrs} h (business ${usd(f.biz)}, economy fare ${usd(f.eco)})`)
        .join('; ')}. What airfare is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(flights.reduce((s, f) => s + f.biz, 0)), 'reimburses every leg as flown in business'],
        [usd(flights.reduce((s, f) => s + f.eco, 0)), 'reimburses every leg at economy'],
        [
          usd(flights.reduce((s, f) => s + (f.hrs > h ? 0 : f.eco), 0)),
          'drops the long legs instead of paying business',
        ],
        [
          usd(flights.reduce((s, f) => s + (f.hrs > h ? f.eco : f.biz), 0)),
          'reverses the rule, business on the short legs',
        ],
      ],
      facts: { kind: 'airfare', h, flights },
    })
  }),
  family('shared-dinner-per-head-limit', (rng) => {
    const limit = rng.pick([60, 75, 90])
    const people = rng.int(3, 7)
    const bill = limit * people + rng.pick([-80, -40, 45, 90, 140])
    const key = Math.min(bill, limit * people)
    return choose(rng, {
      stem: `Policy: business meals are reimbursed up to ${usd(limit)} per attendee, the executive included. ${cap(exec(rng))} paid ${usd(bill)} for dinner with ${people - 1} clients. What is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(Math.min(bill, limit * (people - 1))), 'leaves the executive out of the head count'],
        [usd(limit), 'applies the limit to the whole bill, not per attendee'],
        [usd(bill), 'reimburses the bill without checking the limit'],
        [usd(Math.min(bill, limit * (people + 1))), 'counts the executive twice'],
      ],
      facts: { kind: 'meal', limit, people, bill },
    })
  }),
  family('late-lines-past-submission-window', (rng) => {
    const win = rng.pick([30, 45, 60])
    const ages = Array.from({ length: 5 }, () => rng.int(5, 95))
    if (ages.includes(win)) throw new VariantError('a line at the limit')
    const amounts = ages.map(() => rng.int(20, 300))
    const key = ages.reduce((s, a, i) => s + (a <= win ? amounts[i]! : 0), 0)
    const all = amounts.reduce((s, v) => s + v, 0)
    return choose(rng, {
      stem: `Policy: expenses submitted more than ${win} days after they were incurred are not reimbursed. Today’s report has lines incurred ${ages.map((a, i) => `${a} days ago (${usd(amounts[i]!)})`).join(', ')}. What total is reimbursable?`,
      key: usd(key),
      wrong: [
        [usd(all), 'ignores the submission window'],
        [usd(all - key), 'keeps the late lines and drops the timely ones'],
        [
          usd(ages.reduce((s, a, i) => s + (a <= win / 2 ? amounts[i]! : 0), 0)),
          'reads the window as half its length',
        ],
        [
          usd(ages.reduce((s, a, i) => s + (a <= win + 30 ? amounts[i]! : 0), 0)),
          'adds a month’s grace the policy does not give',
        ],
      ],
      facts: { kind: 'late', win, ages, amounts },
    })
  }),
  family('per-diem-afternoon-departure-at-half', (rng) => {
    const rate = rng.pick([64, 69, 74, 79, 86])
    const days = rng.int(3, 6)
    const depH = rng.int(7, 17)
    const first = depH >= 12 ? 0.5 : 0.75
    const key = r2(rate * (days - 2) + rate * first + rate * 0.75)
    return choose(rng, {
      stem: `Policy: per-diem ${usd(rate)} a day; the departure day is paid at 75 % if the executive leaves before 12:00 and at 50 % if she leaves at 12:00 or later; the return day at 75 %. ${cap(exec(rng))} leaves at ${String(depH).padStart(2, '0')}:00 on day 1 and is back on day ${days}. What per-diem is claimed?`,
      key: usd(key),
      wrong: [
        [
          usd(r2(rate * (days - 2) + rate * (depH >= 12 ? 0.75 : 0.5) + rate * 0.75)),
          'applies the other departure-time rate',
        ],
        [
          usd(r2(rate * (days - 2) + 2 * rate * first)),
          'pays the return day at the departure-day rate',
        ],
        [usd(rate * days), 'pays every day at the full rate'],
        [usd(rate * (days - 2)), 'leaves the travel days out altogether'],
        [usd(r2(rate * (days - 1) + rate * first)), 'pays the return day in full'],
      ],
      facts: { kind: 'perdiem2', rate, days, depH },
    })
  }),
  family('two-currencies-at-their-stated-rates', (rng) => {
    const eur = rng.int(150, 600)
    const gbp = rng.int(80, 400)
    const re = rng.pick([1.08, 1.12, 1.16])
    const rg = rng.pick([1.25, 1.29, 1.34])
    const key = r2(eur * re + gbp * rg)
    return choose(rng, {
      stem: `${cap(exec(rng))}’s trip report has EUR ${eur}.00 from Paris and GBP ${gbp}.00 from London. Policy: convert each at the stated rate, 1 EUR = ${re} USD and 1 GBP = ${rg} USD. What is the total in dollars?`,
      key: usd(key),
      wrong: [
        [usd(r2((eur + gbp) * re)), 'converts both currencies at the euro rate'],
        [usd(r2((eur + gbp) * rg)), 'converts both currencies at the pound rate'],
        [usd(r2(eur / re + gbp / rg)), 'divides by the rates instead of multiplying'],
        [usd(r2(eur * rg + gbp * re)), 'swaps the two rates'],
        [usd(eur + gbp), 'adds the amounts without converting'],
      ],
      facts: { kind: 'fx2', eur, gbp, re, rg },
    })
  }),
  family('missing-receipt-declaration-cap', (rng) => {
    const capD = rng.pick([50, 75, 100])
    const missing = Array.from({ length: 3 }, () => rng.int(15, 60))
    const withRec = rng.int(200, 600)
    const sumMissing = missing.reduce((a, b) => a + b, 0)
    if (sumMissing <= capD) throw new VariantError('under the cap')
    const key = withRec + capD
    return choose(rng, {
      stem: `Policy: a signed missing-receipt declaration covers lost receipts up to ${usd(capD)} in total per report. ${cap(exec(rng))}’s report has ${usd(withRec)} with receipts and lost receipts for ${missing.map(usd).join(', ')}; she signs the declaration. What is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(withRec + sumMissing), 'lets the declaration cover every lost receipt'],
        [usd(withRec), 'reimburses nothing without a receipt despite the declaration'],
        [
          usd(withRec + Math.min(capD, Math.max(...missing))),
          'applies the cap to each lost receipt and takes the largest',
        ],
        [
          usd(withRec + missing.reduce((a, b) => a + Math.min(b, capD), 0)),
          'applies the cap to each line instead of the report',
        ],
        [usd(capD), 'gives only the declared amount, leaving out the receipted expenses'],
        [
          usd(withRec - (sumMissing - capD)),
          'deducts the lost receipts beyond the cap from the receipted total',
        ],
      ],
      facts: { kind: 'declaration', capD, missing, withRec },
    })
  }),
  family('personal-nights-added-to-a-trip', (rng) => {
    const rate = rng.int(140, 260)
    const biz = rng.int(2, 4)
    const personal = rng.int(1, 3)
    const key = rate * biz
    return choose(rng, {
      stem: `Policy: lodging is reimbursed only for nights needed for business. ${cap(exec(rng))}’s conference needed ${biz} nights; she stayed ${personal} more night${personal > 1 ? 's' : ''} for a weekend of her own. The hotel charged ${usd(rate)} a night for all ${biz + personal}. What lodging is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(rate * (biz + personal)), 'reimburses the personal nights too'],
        [usd(rate * (biz - 1)), 'counts business days minus one as nights'],
        [usd(rate * (biz + 1)), 'adds a night for travel home'],
        [usd(rate * personal), 'reimburses the personal nights instead of the business ones'],
      ],
      facts: { kind: 'lodging', rate, biz, personal },
    })
  }),
  family('client-gift-limit-per-recipient', (rng) => {
    const limit = rng.pick([25, 50, 75])
    const price = limit + rng.pick([10, 15, 25, 40])
    const n = rng.int(3, 8)
    const key = limit * n
    return choose(rng, {
      stem: `Policy: gifts to clients are reimbursed up to ${usd(limit)} per recipient. ${cap(exec(rng))} sent ${n} clients a gift costing ${usd(price)} each. What is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(price * n), 'reimburses the full cost over the limit'],
        [usd(limit), 'applies the limit to the whole order'],
        [usd((price - limit) * n), 'gives the excess the executive pays'],
        [usd(0), 'rejects the gifts outright for going over the limit'],
      ],
      facts: { kind: 'gift', limit, price, n },
    })
  }),
  family('mileage-one-way-distance-stated', (rng) => {
    const rate = rng.pick([0.67, 0.7, 0.725])
    const oneWay = rng.int(25, 120)
    const key = r2(2 * oneWay * rate)
    return choose(rng, {
      stem: `Policy: mileage is paid at ${usd(rate)} a mile for the distance actually driven. ${cap(exec(rng))} drove to a client site ${oneWay} miles away and back the same day. What is claimed?`,
      key: usd(key),
      wrong: [
        [usd(r2(oneWay * rate)), 'claims the one-way distance only'],
        [usd(r2(4 * oneWay * rate)), 'doubles a round-trip distance again'],
        [usd(r2((2 * oneWay) / rate)), 'divides by the rate instead of multiplying'],
        [
          usd(r2(2 * Math.ceil(oneWay / 10) * 10 * rate)),
          'rounds each way up to the next 10 miles',
        ],
      ],
      facts: { kind: 'miles2', rate, oneWay },
    })
  }),
  family('card-fee-reimbursed-with-conversion', (rng) => {
    const amt = rng.int(200, 900)
    const rate = rng.pick([1.09, 1.15, 1.26])
    const fee = rng.pick([2, 3])
    const key = r2(amt * rate * (1 + fee / 100))
    return choose(rng, {
      stem: `Policy: foreign charges are converted at the stated rate (here 1 EUR = ${rate} USD) and the card’s ${fee} % foreign-transaction fee on the converted amount is reimbursed too. ${cap(exec(rng))} spent EUR ${amt}.00. What is claimed in dollars?`,
      key: usd(key),
      wrong: [
        [usd(r2(amt * rate)), 'leaves the reimbursable card fee out'],
        [usd(r2((amt / rate) * (1 + fee / 100))), 'divides by the rate instead of multiplying'],
        [usd(r2(amt * rate + fee)), 'adds the fee as dollars, not a percentage'],
        [usd(r2(amt * (1 + fee / 100))), 'adds the fee but does not convert'],
      ],
      facts: { kind: 'fxfee', amt, rate, fee },
    })
  }),
]
