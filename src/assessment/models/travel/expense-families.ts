import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, money, person, worked } from './travel-text.js'

// Per diem and expense policy applied as stated, in integer cents: the US federal 75 % rule for
// the first and last day of travel (41 CFR 301-11.101), meal deductions from the M&IE breakdown,
// lodging caps, mileage at a stated rate, currency conversion at a stated rate rounded half up.

/** Half-up rounding of a non-negative amount of cents with a fractional part. */
const cents = (x: number): number => Math.floor(x + 0.5 + 1e-9)
const usd = (c: number) => money('$', c)

const perDiemEnds = family('per-diem-first-and-last-day-at-75-percent', (rng) => {
  const rate = drawn(rng, 59, 79) * 100
  const days = rng.int(3, 8)
  const end = cents(rate * 0.75)
  return worked(rng, {
    stem: `${person(rng)} travels for ${days} calendar days (leaving on day 1, home on day ${days}). The client follows the US federal rule: meals and incidentals (M&IE) at ${usd(rate)} a day, and 75 % of that on the first and last day of travel. What is the M&IE total?`,
    in: { rate, days },
    key: usd(rate * (days - 2) + 2 * end),
    wrong: [
      ['fullDays', usd(rate * days), 'pays the full rate on the travel days too'],
      ['nights', usd(rate * (days - 1)), 'pays one rate per night instead of per day'],
      ['oneEnd', usd(rate * (days - 1) + end), 'reduces only the first day, not the last'],
      ['dropEnds', usd(rate * (days - 2)), 'pays nothing for the first and last day'],
    ],
  })
})

const MEALS = [
  // M&IE total and its breakdown (breakfast, lunch, dinner, incidentals), as the GSA tables list them.
  [59, 13, 15, 26, 5],
  [64, 14, 16, 29, 5],
  [69, 16, 17, 31, 5],
  [74, 18, 18, 33, 5],
  [79, 20, 20, 34, 5],
] as const
const mealDeduction = family('per-diem-deduct-provided-meals', (rng) => {
  const [total, b, l, d] = rng.pick(MEALS)
  const days = rng.int(2, 4)
  const mie = total * 100
  const key = mie * days - (b + l) * 100 * days
  return worked(rng, {
    stem: `A conference provides breakfast and lunch on each of ${days} full days that ${person(rng)} attends (not travel days). The M&IE rate is ${usd(mie)} a day, broken down as breakfast ${usd(b * 100)}, lunch ${usd(l * 100)}, dinner ${usd(d * 100)}, incidentals $5.00. Provided meals are deducted at their breakdown amounts. What M&IE is claimed for those days?`,
    in: { total, b, l, d, days },
    key: usd(key),
    wrong: [
      ['noDeduction', usd(mie * days), 'claims the full rate though meals were provided'],
      ['dinnerOnly', usd(d * 100 * days), 'claims only the dinner amount, dropping incidentals'],
      ['wrongMeal', usd(mie * days - (b + d) * 100 * days), 'deducts dinner instead of lunch'],
      ['onceOnly', usd(mie * days - (b + l) * 100), 'deducts the meals for one day only'],
    ],
  })
})

const lodgingCap = family('lodging-over-the-nightly-cap', (rng) => {
  const cap = drawn(rng, 140, 260, 5) * 100
  const rate = cap + drawn(rng, 15, 90, 5) * 100
  const nights = rng.int(2, 6)
  return worked(rng, {
    stem: `Policy reimburses lodging up to ${usd(cap)} a night (room rate, before taxes). ${person(rng)} stays ${nights} nights at ${usd(rate)} a night, the only hotel available, but the exception was not approved. How much of the room charge is reimbursed?`,
    in: { cap, rate, nights },
    key: usd(cap * nights),
    wrong: [
      ['fullRate', usd(rate * nights), 'reimburses the whole rate despite the cap'],
      [
        'excess',
        usd((rate - cap) * nights),
        'reimburses the amount over the cap instead of up to it',
      ],
      ['daysNotNights', usd(cap * (nights + 1)), 'counts days of the trip instead of nights'],
      ['capOnce', usd(rate * nights - (rate - cap)), 'applies the cap to one night only'],
    ],
  })
})

const fx = family('foreign-receipt-at-stated-rate-with-card-fee', (rng) => {
  const cur = rng.pick([
    ['EUR', '€'],
    ['GBP', '£'],
    ['CHF', 'CHF '],
  ] as const)
  const amount = drawn(rng, 2500, 48000, 5)
  const rate = drawn(rng, 10500, 13500) / 10000
  const fee = rng.pick([0.01, 0.02, 0.025, 0.03])
  const conv = (a: number, r: number, f: number) => cents(a * r * (1 + f))
  return worked(rng, {
    stem: `A receipt shows ${money(cur[1], amount)}. Policy: convert at the rate on the card statement, 1 ${cur[0]} = ${rate.toFixed(4)} USD, add the card’s ${(fee * 100).toFixed(1)} % foreign transaction fee (reimbursable), and round to the cent, halves up. What is the claim in USD?`,
    in: { amount, rate, fee },
    key: usd(conv(amount, rate, fee)),
    wrong: [
      ['divide', usd(conv(amount, 1 / rate, fee)), 'divides by the rate instead of multiplying'],
      ['noFee', usd(conv(amount, rate, 0)), 'leaves out the reimbursable card fee'],
      [
        'feeOnForeign',
        usd(cents(amount * rate + amount * fee)),
        'adds the fee in the foreign currency as if it were dollars',
      ],
    ],
  })
})

const mileage = family('mileage-less-the-usual-commute', (rng) => {
  const rate = rng.pick([0.7, 0.67, 0.655, 0.625])
  const oneWay = drawn(rng, 30, 180)
  const commute = drawn(rng, 5, 25)
  const claim = (miles: number) => usd(cents(miles * rate * 100))
  return worked(rng, {
    stem: `${person(rng)} drives from home to a client site ${oneWay} miles away and back the same day instead of going to the office, ${commute} miles from home. Policy pays ${rate} USD a mile, less the normal commute both ways. What is the mileage claim?`,
    in: { rate, oneWay, commute },
    key: claim(2 * oneWay - 2 * commute),
    wrong: [
      ['noCommute', claim(2 * oneWay), 'does not deduct the normal commute'],
      ['oneWay', claim(oneWay - commute), 'claims one way only'],
      ['commuteOnce', claim(2 * oneWay - commute), 'deducts the commute one way only'],
      ...(oneWay > 2 * commute
        ? [
            [
              'commuteRoundEachLeg',
              claim(2 * oneWay - 4 * commute),
              'deducts a round-trip commute from each leg',
            ] as const,
          ]
        : []),
    ],
  })
})

const tipCap = family('meal-tip-capped-at-percent-of-pre-tax', (rng) => {
  const sub = drawn(rng, 4000, 16000, 5)
  const tax = cents(sub * rng.pick([0.06, 0.08, 0.0875, 0.1]))
  const cap = rng.pick([0.15, 0.18, 0.2])
  const tip = cents(sub * (cap + rng.pick([0.05, 0.07, 0.1])))
  const allowed = cents(sub * cap)
  return worked(rng, {
    stem: `A client dinner bill: food and drink ${usd(sub)}, sales tax ${usd(tax)}, tip ${usd(tip)}. Policy reimburses tips up to ${cap * 100} % of the pre-tax amount. How much of the bill is reimbursed?`,
    in: { sub, tax, tip, cap },
    key: usd(sub + tax + allowed),
    wrong: [
      ['noCap', usd(sub + tax + tip), 'reimburses the whole tip'],
      [
        'capOnTotal',
        usd(sub + tax + cents((sub + tax) * cap)),
        'caps the tip on the amount with tax',
      ],
      ['noTip', usd(sub + tax), 'disallows the whole tip instead of the excess'],
      [
        'capOfTip',
        usd(sub + tax + cents(tip * cap)),
        'takes the percentage of the tip instead of the bill',
      ],
      ['noTax', usd(sub + allowed), 'leaves the sales tax out of the claim'],
    ],
  })
})

const mealCap = family('daily-meal-cap-applied-day-by-day', (rng) => {
  const cap = drawn(rng, 50, 90, 5) * 100
  const spend = rng.shuffle([
    cap - drawn(rng, 5, 30) * 100,
    cap + drawn(rng, 5, 35) * 100,
    cap + drawn(rng, -30, 35) * 100,
    cap + drawn(rng, -30, 35) * 100,
  ])
  const byDay = spend.reduce((s, x) => s + Math.min(x, cap), 0)
  const total = spend.reduce((s, x) => s + x, 0)
  return worked(rng, {
    stem: `Meals are reimbursed up to ${usd(cap)} per day; a day’s unused allowance does not carry over. ${person(rng)}’s meal receipts for four days total ${spend.map(usd).join(', ')}. What is reimbursed for meals?`,
    in: { cap, s0: spend[0]!, s1: spend[1]!, s2: spend[2]!, s3: spend[3]! },
    key: usd(byDay),
    wrong: [
      ['noCap', usd(total), 'pays every receipt in full'],
      [
        'capAsFloor',
        usd(spend.reduce((s, x) => s + Math.max(x, cap), 0)),
        'reads the cap as a daily floor, paying the larger of receipt and cap',
      ],
      [
        'allowanceLessExcess',
        usd(4 * cap - spend.reduce((s, x) => s + Math.max(0, x - cap), 0)),
        'takes the days’ overspend off the four days’ allowance',
      ],
      ['capEveryDay', usd(4 * cap), 'pays the cap for every day whatever was spent'],
      [
        'dropOverDays',
        usd(spend.reduce((t, x) => t + (x <= cap ? x : 0), 0)),
        'disallows a whole day’s meals when they go over the cap',
      ],
    ],
  })
})

const advance = family('settle-a-cash-advance', (rng) => {
  const adv = drawn(rng, 300, 900, 50) * 100
  const claimed = adv + drawn(rng, -250, 250, 5) * 100
  const rejected = drawn(rng, 20, 120, 5) * 100
  const approved = claimed - rejected
  const say = (x: number) =>
    x >= 0 ? `The company pays the traveller ${usd(x)}` : `The traveller repays ${usd(-x)}`
  return worked(rng, {
    stem: `A traveller took a ${usd(adv)} cash advance and claims ${usd(claimed)} of expenses, of which ${usd(rejected)} is rejected as outside policy. How is the advance settled?`,
    in: { adv, claimed, rejected },
    key: say(approved - adv),
    wrong: [
      [
        'withRejected',
        say(claimed - adv),
        'settles on the amount claimed, rejected items included',
      ],
      ['reversed', say(adv - approved), 'reverses who owes whom'],
      ['ignoresAdvance', say(approved), 'forgets the advance already paid'],
    ],
  })
})

const folio = family('hotel-folio-personal-charges-removed', (rng) => {
  const nights = rng.int(2, 5)
  const room = drawn(rng, 120, 240, 5) * 100
  const taxRate = rng.pick([0.1, 0.12, 0.145, 0.16])
  const roomTax = cents(room * nights * taxRate)
  const minibar = drawn(rng, 800, 4500, 50)
  const movie = drawn(rng, 1200, 2000, 100)
  const wifi = drawn(rng, 1000, 2500, 100)
  return worked(rng, {
    stem: `A hotel folio for ${nights} nights lists room ${usd(room)} a night, room tax ${usd(roomTax)}, business Wi-Fi ${usd(wifi)}, minibar ${usd(minibar)} and an in-room movie ${usd(movie)}. Policy reimburses room, its taxes and business connectivity; personal charges are the traveller’s. What is reimbursed?`,
    in: { nights, room, roomTax, wifi, minibar, movie },
    key: usd(room * nights + roomTax + wifi),
    wrong: [
      [
        'wholeFolio',
        usd(room * nights + roomTax + wifi + minibar + movie),
        'claims the whole folio, personal charges included',
      ],
      ['noTax', usd(room * nights + wifi), 'leaves the room tax out'],
      [
        'withMinibar',
        usd(room * nights + roomTax + wifi + minibar),
        'treats the minibar as a meal',
      ],
      ['oneNight', usd(room + roomTax + wifi), 'counts one night of the room'],
    ],
  })
})

const upgrade = family('upgrade-paid-over-the-economy-fare', (rng) => {
  const eco = drawn(rng, 320, 900, 5) * 100
  const paid = eco + drawn(rng, 250, 900, 5) * 100
  const fee = drawn(rng, 2500, 4500, 500)
  return worked(rng, {
    stem: `Policy pays the lowest economy fare offered at booking plus the agency fee (${usd(fee)}). That fare was ${usd(eco)}; the traveller chose premium economy at ${usd(paid)} and paid it on a personal card. How much does the company reimburse?`,
    in: { eco, paid, fee },
    key: usd(eco + fee),
    wrong: [
      ['paid', usd(paid + fee), 'reimburses the fare actually paid'],
      ['difference', usd(paid - eco), 'reimburses the difference in fares'],
      ['noFee', usd(eco), 'leaves out the agency fee the policy pays'],
    ],
  })
})

export const EXPENSE_FAMILIES: readonly ScenarioFamily[] = [
  perDiemEnds,
  mealDeduction,
  lodgingCap,
  fx,
  mileage,
  tipCap,
  mealCap,
  advance,
  folio,
  upgrade,
]
