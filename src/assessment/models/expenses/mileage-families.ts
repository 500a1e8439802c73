import { VariantError } from '../assemble-variant.js'
import { cents, city, employee, family, gbp, share, sum, usd } from './expense-text.js'

// Mileage and per diem. Rates are stated in each stem; where a stem names an official rate it
// is the published one:
// - IRS standard mileage rate for business use: 65.5 cents a mile in 2023 (Notice 2023-03),
//   67 cents in 2024 (Notice 2024-08), 70 cents in 2025 (Notice 2025-5).
// - HMRC approved mileage allowance payments (AMAP), cars and vans: 45p a mile for the first
//   10,000 business miles in the tax year (6 April to 5 April), 25p after; 5p a mile for each
//   fellow employee carried as a passenger on the same business journey (HMRC, "Expenses and
//   benefits: business travel mileage for employees' own vehicles"; EIM31240). Payments over
//   the approved amount are taxable; a shortfall can be claimed as Mileage Allowance Relief.
// - US federal travel (GSA per diem, Federal Travel Regulation 41 CFR 301-11.101): on the first
//   and last day of travel the traveller gets 75 % of the M&IE rate; a meal the government
//   provides is deducted at the meal's amount in GSA's M&IE breakdown (FTR 301-11.18), and the
//   M&IE rate of a day is that of the place of the night's lodging (FTR 301-11.7).
// - HMRC benchmark scale rates for day subsistence (EIM05231): £5 for a qualifying journey of
//   5 hours or more, £10 for 10 hours or more, £25 for 15 hours or more and ongoing at 8 pm.

/** IRS standard mileage rates in tenths of a cent, with the year they apply to. */
const IRS_RATES = [
  [655, 2023],
  [670, 2024],
  [700, 2025],
] as const
const cent = (tenths: number) => `${tenths / 10} cents`
/** The year before's rate, for the slip of using last year's table. */
const PREVIOUS: Readonly<Record<number, number>> = { 2024: 655, 2025: 670 }
/** The IRS medical and moving rate of the same year, the row of the table a slip reads. */
const MEDICAL: Readonly<Record<number, number>> = { 2023: 220, 2024: 210, 2025: 210 }

/** GSA FY 2025 M&IE tiers in cents and their breakdown: breakfast, lunch, dinner, incidentals. */
const MIE = [
  [6800, 1600, 1900, 2800, 500],
  [7400, 1800, 2000, 3100, 500],
  [8000, 2000, 2200, 3300, 500],
  [8600, 2200, 2300, 3600, 500],
  [9200, 2300, 2600, 3800, 500],
] as const

export const MILEAGE_FAMILIES = [
  family('irs-mileage-net-of-commute', (rng) => {
    const [rate, year] = rng.pick(IRS_RATES)
    const commute = rng.int(8, 30) * 2
    const trip = commute + rng.int(20, 160) * 2
    const tolls = cents(rng, 4, 18)
    const parking = rng.int(2, 9) * 250
    const m = usd
    const miles = trip - commute
    const key = share(miles * rate, 1, 10) + tolls + parking
    return {
      stem: `In ${year} ${employee(rng)} drove from home to a client's site and back, ${trip} miles in all, paying ${m(tolls)} in tolls and ${m(parking)} for parking. The round trip to the office is ${commute} miles, and the policy pays mileage only for miles beyond that normal commute, at the IRS standard rate of ${cent(rate)} a mile for ${year}, plus tolls and parking. How much is reimbursed, to the cent?`,
      key: m(key),
      wrong: [
        [m(share(trip * rate, 1, 10) + tolls + parking), 'pays the commute miles too'],
        [m(share(miles * rate, 1, 10)), 'leaves out the tolls and parking'],
        [m(share(miles * rate, 1, 10) + tolls), 'leaves out the parking'],
        [
          m(share((2 * trip - commute) * rate, 1, 10) + tolls + parking),
          'doubles the round trip as if it were one way',
        ],
        [
          m(share(miles * MEDICAL[year]!, 1, 10) + tolls + parking),
          'uses the IRS medical and moving rate',
        ],
        [
          m(share((trip - commute / 2) * rate, 1, 10) + tolls + parking),
          'deducts a one-way commute from a round trip',
        ],
        ...(year in PREVIOUS
          ? ([
              [
                m(share(miles * PREVIOUS[year]!, 1, 10) + tolls + parking),
                'uses the previous year’s IRS rate',
              ],
            ] as const)
          : []),
      ],
      figures: {
        rate,
        trip,
        commute,
        tolls,
        parking,
        previous: PREVIOUS[year] ?? 0,
        medical: MEDICAL[year]!,
      },
    }
  }),
  family('amap-crossing-10000', (rng) => {
    const before = rng.int(9200, 9900) * 1
    const calendar = before - rng.int(100, 1000)
    const claim = rng.int(1200, 2400) + (10000 - before)
    const first = 10000 - before
    const key = first * 45 + (claim - first) * 25
    const calFirst = Math.max(0, 10000 - calendar)
    return {
      stem: `${employee(rng)} drives their own car on business. This tax year (from 6 April) they have already been paid for ${before.toLocaleString('en-GB')} business miles; since 1 January the figure is ${calendar.toLocaleString('en-GB')}. This month's claim is ${claim.toLocaleString('en-GB')} miles. The company pays HMRC's approved rates: 45p a mile for the first 10,000 business miles in the tax year, 25p a mile after. How much is this month's claim?`,
      key: gbp(key),
      wrong: [
        [gbp(claim * 45), 'pays 45p on every mile of the claim'],
        [gbp(claim * 25), 'pays 25p on every mile once the year passes 10,000'],
        [
          gbp(calFirst * 45 + (claim - calFirst) * 25),
          'counts the 10,000 miles from 1 January, not from 6 April',
        ],
        [gbp(first * 45), 'stops paying once the year reaches 10,000 miles'],
      ],
      figures: { before, calendar, claim },
    }
  }),
  family('amap-passenger-payment', (rng) => {
    const miles = rng.int(60, 420)
    const shared = rng.int(20, miles - 20)
    const passengers = rng.int(2, 3)
    const key = miles * 45 + shared * passengers * 5
    return {
      stem: `${employee(rng)} drove ${miles} business miles in their own car; for ${shared} of those miles ${passengers} colleagues on the same business trip rode with them. Their year's business miles stay under 10,000. The company pays HMRC's approved rates: 45p a mile, plus 5p a mile for each fellow employee carried as a passenger. How much is the claim?`,
      key: gbp(key),
      wrong: [
        [gbp(miles * 45), 'leaves out the passenger payments'],
        [gbp(miles * 45 + miles * passengers * 5), 'pays passengers for the whole journey'],
        [gbp(miles * 45 + shared * 5), 'pays 5p once, not for each passenger'],
        [gbp(miles * 45 + shared * (passengers + 1) * 5), 'counts the driver as a passenger'],
        [gbp(miles * 50), 'adds 5p to every mile for one passenger'],
      ],
      figures: { miles, shared, passengers },
    }
  }),
  family('amap-taxable-excess', (rng) => {
    const paid = rng.pick([50, 55, 60])
    const before = rng.int(8000, 9800)
    const miles = rng.int(10200 - before, 3000)
    const first = 10000 - before
    const key = first * (paid - 45) + (miles - first) * (paid - 25)
    return {
      stem: `A company pays ${employee(rng)} ${paid}p a business mile for their own car. Since 6 April they had been paid for ${before.toLocaleString('en-GB')} miles before this quarter's ${miles.toLocaleString('en-GB')} miles. HMRC's approved amount is 45p a mile for the first 10,000 business miles in the tax year and 25p after; anything paid above it is taxable. How much of this quarter's payment is taxable?`,
      key: gbp(key),
      wrong: [
        [gbp(miles * (paid - 45)), 'measures every mile against 45p'],
        [gbp(miles * (paid - 25)), 'measures every mile against 25p'],
        [gbp(miles * paid), 'treats the whole payment as taxable'],
        [gbp(first * 45 + (miles - first) * 25), 'gives the tax-free approved amount'],
        [gbp((miles - first) * (paid - 25)), 'taxes only the miles past 10,000'],
      ],
      figures: { paid, miles, before },
    }
  }),
  family('mileage-allowance-relief', (rng) => {
    const paid = rng.pick([20, 30, 35])
    const miles = rng.int(11000, 16000)
    // ITEPA 2003 s 231: the relief is the year's approved amount less all the mileage payments
    // made for the year, one comparison, not one per rate band
    const key = 10000 * 45 + (miles - 10000) * 25 - miles * paid
    return {
      stem: `${employee(rng)}'s employer pays ${paid}p a mile for business use of their own car; they drove ${miles.toLocaleString('en-GB')} business miles in the tax year. HMRC's approved amount is 45p a mile for the first 10,000 business miles and 25p after; the shortfall between that and what was paid can be claimed as Mileage Allowance Relief. What shortfall can they claim?`,
      key: gbp(key),
      wrong: [
        [gbp(miles * (45 - paid)), 'uses 45p for every mile'],
        [gbp(10000 * (45 - paid)), 'stops at 10,000 miles'],
        [gbp(10000 * 45 + (miles - 10000) * 25), 'gives the approved amount, not the shortfall'],
        [
          gbp(10000 * (45 - paid) + (miles - 10000) * Math.max(0, 25 - paid)),
          'compares band by band, ignoring the overpayment above 10,000 miles',
        ],
        [gbp(miles * paid), 'gives what the employer paid'],
        [gbp(share(key, 20, 100)), 'gives the tax the relief saves at the 20 % basic rate'],
        [
          gbp(10000 * 40 + (miles - 10000) * 25 - miles * paid),
          'uses the 40p rate in force before April 2011 for the first 10,000 miles',
        ],
      ],
      figures: { paid, miles },
    }
  }),
  family('gsa-first-and-last-day', (rng) => {
    const [rate] = rng.pick(MIE)
    const days = rng.int(3, 7)
    const key = (days - 2) * rate + 2 * share(rate, 75, 100)
    return {
      stem: `Under a policy that follows the US federal travel rules, ${employee(rng)}'s trip to ${city(rng)} runs ${days} calendar days, leaving on day 1 and returning on day ${days}. The M&IE (meals and incidentals) rate is ${usd(rate)} a day; the first and last days of travel are paid at 75 %. What is the M&IE for the trip?`,
      key: usd(key),
      wrong: [
        [usd(days * rate), 'pays the full rate on every day'],
        [usd((days - 1) * rate), 'pays per night instead of per day'],
        [usd(days * share(rate, 75, 100)), 'pays 75 % on every day'],
        [usd((days - 2) * rate), 'pays nothing for the travel days'],
        [usd((days - 1) * rate + share(rate, 75, 100)), 'applies 75 % only to the last day'],
      ],
      figures: { rate, days },
    }
  }),
  family('gsa-provided-meals', (rng) => {
    const [rate, b, l, d] = rng.pick(MIE)
    const days = rng.int(4, 6)
    const lunches = rng.int(1, days - 2)
    const dinners = rng.int(1, days - 2)
    const full = (days - 2) * rate + 2 * share(rate, 75, 100)
    const key = full - lunches * l - dinners * d
    return {
      stem: `${employee(rng)} attends a ${days}-day conference trip (days 1 and ${days} are travel days at 75 % of M&IE, the rest at the full ${usd(rate)}). The registration included lunch on ${lunches} and dinner on ${dinners} of the middle days. The policy deducts each provided meal at its amount in the GSA breakdown for this rate: breakfast ${usd(b)}, lunch ${usd(l)}, dinner ${usd(d)}, incidentals ${usd(rate - b - l - d)}. What M&IE is paid?`,
      key: usd(key),
      wrong: [
        [usd(full), 'deducts nothing for provided meals'],
        [
          usd(full - (lunches + dinners) * Math.round(rate / 3)),
          'deducts a third of the daily rate per meal',
        ],
        [usd(days * rate - lunches * l - dinners * d), 'forgets the 75 % on the travel days'],
        [usd(full - lunches * d - dinners * l), 'swaps the lunch and dinner amounts'],
        [
          usd(full - (lunches + dinners) * (rate - b - l - d) - lunches * l - dinners * d),
          'deducts the incidentals with each meal',
        ],
        [
          usd(full - (lunches + dinners) * rate),
          'deducts a whole day’s rate for each provided meal',
        ],
        [
          usd(full + lunches * l + dinners * d),
          'adds the provided meals instead of deducting them',
        ],
      ],
      figures: { rate, b, l, d, days, lunches, dinners },
    }
  }),
  family('gsa-rate-of-overnight-city', (rng) => {
    const two = rng.shuffle([...MIE])
    const a = two[0]![0]
    const bRate = two[1]![0]
    const x = city(rng)
    const key = share(a, 75, 100) + bRate + share(bRate, 75, 100)
    return {
      stem: `${employee(rng)} flies on day 1 to ${x} (M&IE ${usd(a)}) and sleeps there; on day 2 works in ${x}, then drives to a second site (M&IE ${usd(bRate)}) and sleeps there; on day 3 works there and flies home. The policy follows the federal rules: each day takes the M&IE rate of the place where the night is spent, the return day that of the last place, and the first and last days are paid at 75 %. What is the M&IE for the trip?`,
      key: usd(key),
      wrong: [
        [
          usd(share(a, 75, 100) + a + share(bRate, 75, 100)),
          'takes day 2’s rate from where the day’s work was',
        ],
        [usd(a + 2 * bRate), 'leaves out the 75 % on the travel days'],
        [
          usd(share(a, 75, 100) + bRate + share(a, 75, 100)),
          'pays the return day at the first city’s rate',
        ],
        [usd(share(a, 75, 100) + a + share(a, 75, 100)), 'pays every day at the first city’s rate'],
        [usd(share(a, 75, 100) + 2 * share(bRate, 75, 100)), 'pays 75 % on every day'],
      ],
      figures: { a: a, b: bRate },
    }
  }),
  family('lodging-cap-per-night', (rng) => {
    const cap = rng.pick([110, 138, 165, 191, 229]) * 100
    const nightly = cap + cents(rng, 8, 70)
    const taxBp = rng.pick([1200, 1450, 1570])
    const tax = share(nightly, taxBp, 10000)
    const nights = rng.int(2, 5)
    const key = nights * (cap + share(cap, taxBp, 10000))
    return {
      stem: `Under federal rules, lodging is paid at actual cost up to a nightly maximum of ${usd(cap)} before taxes, and the room tax on the allowable amount is reimbursed on top. ${employee(rng)} paid ${usd(nightly)} a night plus ${taxBp / 100}% tax (${usd(tax)}) for ${nights} nights. How much lodging, with tax, is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(nights * (nightly + tax)), 'ignores the lodging maximum'],
        [usd(nights * cap), 'leaves out the tax on the allowable amount'],
        [usd(nights * (cap + tax)), 'adds the tax on the full room charge'],
        [
          usd((nights + 1) * (cap + share(cap, taxBp, 10000))),
          'pays a night for every day of the trip',
        ],
      ],
      figures: { cap, nightly, taxBp, nights },
    }
  }),
  family('uk-day-subsistence', (rng) => {
    // how many trips fall in each band varies, so the bands' totals do not coincide draw after draw
    const band = (n: number, low: number, high: number, edge: number) =>
      Array.from({ length: n }, (_, i) => (i === 0 && rng.next() < 0.5 ? edge : rng.int(low, high)))
    const hours = rng.shuffle([
      ...band(rng.int(1, 3), 5, 9, 5),
      ...band(rng.int(1, 3), 10, 14, 10),
      ...band(rng.int(0, 2), 2, 4, 4),
      rng.int(15, 16),
    ])
    const trips = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][
      hours.length
    ]
    const rate = (h: number) => (h >= 10 ? 1000 : h >= 5 ? 500 : 0)
    const key = sum(hours.map(rate))
    return {
      stem: `${employee(rng)} made ${trips} day trips, away ${hours.join(', ')} hours respectively, with no overnight stay and none ongoing at 8 pm (the longest left before 5 am). The company pays HMRC's benchmark day subsistence rates: £5 for a journey of 5 hours or more, £10 for 10 hours or more, £25 for 15 hours or more when the journey is still ongoing at 8 pm (the rates do not add up). How much is due for the ${trips} days?`,
      key: gbp(key),
      wrong: [
        [
          gbp(sum(hours.map((h) => (h > 10 ? 1000 : h > 5 ? 500 : 0)))),
          'reads "or more" as "more than"',
        ],
        [
          gbp(sum(hours.map((h) => (h >= 10 ? 1500 : h >= 5 ? 500 : 0)))),
          'adds the £5 and £10 rates for a long day',
        ],
        [gbp(hours.length * 1000), 'pays £10 for every day'],
        [gbp(sum(hours.map((h) => (h >= 5 ? 500 : 0)))), 'pays £5 for every qualifying day'],
        [gbp(sum(hours.map((h) => (h >= 10 ? 1000 : 500)))), 'pays £5 for a day under 5 hours'],
        [
          gbp(sum(hours.map((h) => (h >= 10 ? 1000 : 0)))),
          'pays only the £10 days, missing the £5 band',
        ],
        [
          gbp(sum(hours.map((h) => (h >= 5 ? 1000 : 0)))),
          'pays £10 for every day of 5 hours or more',
        ],
        [
          gbp(key + sum(hours.map((h) => (h >= 15 ? 1500 : 0)))),
          'pays £25 for the 15-hour day though it ended before 8 pm',
        ],
      ],
      figures: { hours: hours.join(',') },
    }
  }),
  family('odometer-less-personal-detour', (rng) => {
    const start = rng.int(20000, 80000)
    const detour = rng.int(6, 30)
    const business = rng.int(80, 400)
    const end = start + business + detour
    const [rate, year] = rng.pick(IRS_RATES.slice(1))
    const key = share(business * rate, 1, 10)
    return {
      stem: `${employee(rng)}'s log for a ${year} business trip in their own car shows the odometer at ${start.toLocaleString('en-US')} leaving and ${end.toLocaleString('en-US')} on return, including a ${detour}-mile personal detour. The policy pays business miles only, at ${cent(rate)} a mile. How much is the mileage claim, to the cent?`,
      key: usd(key),
      wrong: [
        [usd(share((business + detour) * rate, 1, 10)), 'pays the personal detour too'],
        [usd(share((business - detour) * rate, 1, 10)), 'deducts the detour twice'],
        [usd(share(business * PREVIOUS[year]!, 1, 10)), 'uses the previous year’s IRS rate'],
        [usd(share(business * MEDICAL[year]!, 1, 10)), 'uses the IRS medical and moving rate'],
        [
          usd(share(2 * (business + detour) * rate, 1, 10)),
          'doubles the logged miles as if they were one way',
        ],
      ],
      figures: { start, end, detour, rate, previous: PREVIOUS[year]!, medical: MEDICAL[year]! },
    }
  }),
  family('lesser-of-mileage-or-rental', (rng) => {
    const [rate, year] = rng.pick(IRS_RATES)
    const miles = rng.int(300, 900)
    const rental = cents(rng, 120, 260)
    const fuel = cents(rng, 30, 90)
    const mileage = share(miles * rate, 1, 10)
    if (mileage <= rental + fuel) throw new VariantError('mileage already the lesser')
    const key = rental + fuel
    return {
      stem: `${employee(rng)} drove their own car ${miles} business miles in ${year}. A rental for the trip would have cost ${usd(rental)} plus about ${usd(fuel)} of fuel. The policy pays the lesser of mileage at ${cent(rate)} a mile and the cost of the rental with its fuel. How much is reimbursed?`,
      key: usd(key),
      wrong: [
        [usd(mileage), 'pays mileage without comparing'],
        [usd(rental), 'compares against the rental without its fuel'],
        [usd(mileage - rental - fuel), 'gives the difference between the two'],
        [usd(mileage + fuel), 'adds the fuel to the mileage'],
        [usd(mileage + rental), 'adds the rental to the mileage'],
        [usd(fuel), 'pays the fuel alone'],
      ],
      figures: { rate, miles, rental, fuel },
    }
  }),
  family('hmrc-cycle-and-motorcycle-rates', (rng) => {
    const bike = rng.int(10, 80)
    const moto = rng.int(30, 200)
    const car = rng.int(40, 400)
    const key = bike * 20 + moto * 24 + car * 45
    return {
      stem: `This month ${employee(rng)} made business journeys of ${bike} miles by bicycle, ${moto} miles by motorcycle and ${car} miles by car, all their own, with the year's car miles well under 10,000. The company pays HMRC's approved rates: cars 45p a mile (25p after 10,000), motorcycles 24p, bicycles 20p. What is the claim?`,
      key: gbp(key),
      wrong: [
        [gbp((bike + moto + car) * 45), 'pays the car rate for every journey'],
        [gbp(bike * 24 + moto * 20 + car * 45), 'swaps the bicycle and motorcycle rates'],
        [gbp(bike * 20 + moto * 24 + car * 25), 'pays the car miles at the over-10,000 rate'],
        [gbp(moto * 24 + car * 45), 'leaves out the bicycle miles'],
        [gbp(bike * 20 + (moto + car) * 45), 'pays the motorcycle at the car rate'],
      ],
      figures: { bike, moto, car },
    }
  }),
  family('amap-10000-across-two-cars', (rng) => {
    const a = rng.int(5200, 8800)
    const b = rng.int(10500 - a, 8800)
    const key = 10000 * 45 + (a + b - 10000) * 25
    return {
      stem: `Over the tax year ${employee(rng)} drove ${a.toLocaleString('en-GB')} business miles in one of their own cars and ${b.toLocaleString('en-GB')} in another. HMRC's approved amount is 45p a mile for the first 10,000 business miles and 25p after, the 10,000 counting all the employee's cars and vans together. What is the year's approved amount?`,
      key: gbp(key),
      wrong: [
        [gbp((a + b) * 45), 'pays 45p on every mile'],
        [gbp(a * 45 + b * 45), 'applies the 10,000 miles to each car separately'],
        [gbp((a + b) * 25), 'pays 25p on every mile'],
        [gbp(10000 * 45), 'stops at 10,000 miles'],
        [gbp(Math.max(a, b) * 45 + Math.min(a, b) * 25), 'pays 45p only for the car used most'],
        [gbp(10000 * 25 + (a + b - 10000) * 45), 'pays 25p first and 45p after'],
      ],
      figures: { a, b },
    }
  }),
  family('gsa-trip-lodging-and-mie', (rng) => {
    const [rate] = rng.pick(MIE)
    const days = rng.int(3, 5)
    const max = rng.pick([110, 140, 170]) * 100
    const actual = max + cents(rng, 10, 60)
    const taxBp = rng.pick([1000, 1300, 1500])
    const nights = days - 1
    const lodging = nights * (max + share(max, taxBp, 10000))
    const mie = (days - 2) * rate + 2 * share(rate, 75, 100)
    return {
      stem: `Under federal rules, ${employee(rng)}'s ${days}-day trip (${nights} nights) pays lodging at actual cost up to ${usd(max)} a night, plus ${taxBp / 100}% tax on the allowable amount, and M&IE of ${usd(rate)} a day at 75 % on the first and last days. The hotel charged ${usd(actual)} a night before tax. What is the trip's total per diem?`,
      key: usd(lodging + mie),
      wrong: [
        [
          usd(nights * (actual + share(actual, taxBp, 10000)) + mie),
          'pays the hotel’s actual rate over the maximum',
        ],
        [usd(lodging + days * rate), 'forgets the 75 % on the travel days'],
        [
          usd(days * (max + share(max, taxBp, 10000)) + mie),
          'pays lodging for every day, not every night',
        ],
        [usd(nights * max + mie), 'leaves out the tax on lodging'],
        [usd(lodging + days * share(rate, 75, 100)), 'pays 75 % of M&IE on every day'],
        [
          usd(nights * (max + share(max, taxBp, 10000)) + (days - 2) * rate),
          'pays no M&IE on the travel days',
        ],
      ],
      figures: { rate, days, max, actual, taxBp },
    }
  }),
]
