import { VariantError } from '../assemble-variant.js'
import { anyMoney, cents, city, employee, family, listed, share, sum, usd } from './expense-text.js'

// Policy compliance: what a company's written expense policy lets an employee claim. Each stem
// quotes the policy clause the key depends on; the clauses are typical of small-company policies,
// not any one company's. Figures the test works again are kept in `figures` (cents, basis points;
// lists as comma-joined cents).

const joined = (xs: readonly number[]) => xs.join(',')

export const POLICY_FAMILIES = [
  family('hotel-nightly-cap', (rng) => {
    const cap = rng.pick([150, 175, 200, 225]) * 100
    const nights = Array.from({ length: rng.int(3, 4) }, (_, i) =>
      i % 2 === 0 ? cap + rng.int(12, 60) * 100 + rng.int(0, 99) : cap - rng.int(10, 40) * 100,
    )
    const park = rng.pick([1500, 1800, 2400, 3000])
    const m = anyMoney(rng)
    const allowed = sum(nights.map((c) => Math.min(c, cap)))
    const total = sum(nights)
    const parking = park * nights.length
    return {
      stem: `${employee(rng)} stayed ${nights.length} nights in ${city(rng)}; the folio's nightly room charges, taxes included, were ${listed(m, nights)}, and parking was ${m(park)} a night. The policy reimburses lodging up to ${m(cap)} per night, taxes included, each night on its own (anything above is the traveller's), and reimburses parking in full outside that cap. How much of the folio is reimbursed?`,
      key: m(allowed + parking),
      wrong: [
        [m(total + parking), 'ignores the nightly cap'],
        [
          m(Math.min(total, cap * nights.length) + parking),
          'applies the cap to the stay as a whole',
        ],
        [
          m(cap * nights.length + parking),
          'pays the cap for every night, even nights that cost less',
        ],
        [
          m(sum(nights.filter((c) => c <= cap)) + parking),
          'drops the nights over the cap altogether',
        ],
        [
          m(sum(nights.map((c) => Math.min(c + park, cap)))),
          'counts the parking inside the nightly cap',
        ],
        [m(allowed), 'leaves out the parking'],
        [
          m(allowed + park * (nights.length + 1)),
          'counts parking for each day of the stay, one more than the nights',
        ],
      ],
      figures: { nights: joined(nights), cap, park },
    }
  }),
  family('per-meal-caps', (rng) => {
    const caps = [rng.pick([15, 20]), rng.pick([25, 30]), rng.pick([50, 60])].map((x) => x * 100)
    const spent = caps.map((c, i) =>
      i === 1
        ? c - rng.int(3, 9) * 100 - rng.int(0, 99)
        : c + rng.int(4, 25) * 100 + rng.int(0, 99),
    )
    const m = usd
    const allowed = sum(spent.map((c, i) => Math.min(c, caps[i]!)))
    return {
      stem: `On one day of a trip ${employee(rng)} spent ${m(spent[0]!)} on breakfast, ${m(spent[1]!)} on lunch and ${m(spent[2]!)} on dinner, tax and tip included. The policy caps each meal on its own: breakfast ${m(caps[0]!)}, lunch ${m(caps[1]!)}, dinner ${m(caps[2]!)}; unused room under one cap does not carry to another meal. How much is reimbursed for the day?`,
      key: m(allowed),
      wrong: [
        [m(Math.min(sum(spent), sum(caps))), 'pools the three caps into one daily limit'],
        [m(sum(spent)), 'ignores the caps'],
        [m(sum(caps)), 'pays each cap in full, even for a meal that cost less'],
        [m(sum(spent) - allowed), 'gives the part over the caps'],
        [m(spent[1]!), 'refuses any meal that went over its cap'],
        [
          m(sum(spent.map((c) => Math.min(c, caps[0]!)))),
          'applies the breakfast cap to every meal',
        ],
        [m(caps[0]! + caps[2]!), 'pays only the meals that reached their caps'],
      ],
      figures: { spent: joined(spent), caps: joined(caps) },
    }
  }),
  family('alcohol-with-its-tax-and-tip', (rng) => {
    const food = cents(rng, 40, 180)
    const drink = cents(rng, 15, 90)
    const tax = rng.pick([600, 725, 825, 875])
    const tip = rng.pick([1500, 1800, 2000])
    const m = usd
    const whole = food + drink + share(food + drink, tax, 10000) + share(food + drink, tip, 10000)
    const key = food + share(food, tax, 10000) + share(food, tip, 10000)
    return {
      stem: `A client dinner bill shows food ${m(food)} and alcohol ${m(drink)}, sales tax at ${tax / 100}% on both, and a ${tip / 100}% tip on the pre-tax total; the card was charged ${m(whole)}. The policy does not reimburse alcohol, nor the tax and tip that arise on it. How much is reimbursed?`,
      key: m(key),
      wrong: [
        [m(whole - drink), 'removes the alcohol but keeps its tax and tip'],
        [m(whole), 'reimburses the whole card charge'],
        [m(food), 'reimburses the food alone, without its tax and tip'],
        [m(food + share(food, tax, 10000)), 'drops the tip as well as the alcohol'],
        [m(food + share(food, tip, 10000)), 'drops the tax as well as the alcohol'],
        [
          m(food + share(food + drink, tax, 10000) + share(food + drink, tip, 10000)),
          'keeps the tax and tip on the whole bill',
        ],
      ],
      figures: { food, drink, tax, tip },
    }
  }),
  family('receipt-threshold-and-lodging', (rng) => {
    const limit = 7500
    const lodging = cents(rng, 52, 74)
    const exact = limit
    const small = cents(rng, 12, 60)
    const withReceipt = cents(rng, 90, 400)
    const noReceiptBig = cents(rng, 80, 300)
    const m = usd
    const key = small + withReceipt
    return {
      stem: `The policy, following the IRS substantiation rule, needs a receipt for any expense of ${m(limit)} or more and for every lodging charge whatever its amount. ${employee(rng)} claims: a motel night ${m(lodging)} (no receipt), a taxi ${m(exact)} (no receipt), a meal ${m(small)} (no receipt), a flight change ${m(withReceipt)} (receipt) and a client lunch ${m(noReceiptBig)} (no receipt). How much can be reimbursed as claimed?`,
      key: m(key),
      wrong: [
        [m(key + exact), 'reads "of $75.00 or more" as "over $75.00"'],
        [m(key + lodging), 'lets the lodging under $75.00 through without a receipt'],
        [m(withReceipt), 'refuses every item without a receipt'],
        [m(key + exact + lodging + noReceiptBig), 'reimburses every line as claimed'],
        [m(small), 'refuses every item of $75.00 or more, receipt or not'],
      ],
      figures: { lodging, exact, small, withReceipt, noReceiptBig },
    }
  }),
  family('pre-approval-over-limit', (rng) => {
    const limit = rng.pick([250, 500, 750]) * 100
    const approved = limit + cents(rng, 40, 400)
    const unapproved = limit + cents(rng, 40, 400)
    const under = cents(rng, 30, limit / 100 - 20)
    const m = anyMoney(rng)
    const key = approved + limit + under
    return {
      stem: `The policy says: "A single expense over ${m(limit)} needs written pre-approval; without it, the item is reimbursed only up to ${m(limit)}." ${employee(rng)}'s report has a training course ${m(approved)} (pre-approved), a trade-show stand ${m(unapproved)} (not pre-approved) and supplies ${m(under)}. How much is reimbursed?`,
      key: m(key),
      wrong: [
        [m(approved + under), 'refuses the item without pre-approval entirely'],
        [m(approved + unapproved + under), 'reimburses the unapproved item in full'],
        [m(2 * limit + under), 'caps the pre-approved item at the limit as well'],
        [m(unapproved - limit), 'gives the amount refused, not the amount paid'],
        [m(limit), 'caps the whole report at the limit'],
      ],
      figures: { limit, approved, unapproved, under },
    }
  }),
  family('economy-fare-plus-bag', (rng) => {
    const economy = cents(rng, 180, 520)
    const business = economy * rng.int(3, 5) + rng.int(0, 99)
    const bag = rng.pick([3000, 3500, 4000, 4500])
    const seat = rng.pick([2500, 3900, 4900])
    const m = usd
    return {
      stem: `${employee(rng)} flew business class for ${m(business)}. The policy reimburses the economy fare for the same flight quoted on the booking day (${m(economy)}, saved to the report), plus one checked bag (${m(bag)} paid), but not seat selection (${m(seat)} paid). How much is reimbursed for the flight?`,
      key: m(economy + bag),
      wrong: [
        [m(economy), 'leaves out the checked bag the policy allows'],
        [m(business + bag), 'reimburses the business fare actually paid'],
        [m(economy + bag + seat), 'adds the seat selection the policy excludes'],
        [m(business - economy), 'gives the fare difference the traveller bears'],
        [m(economy + seat), 'swaps the bag fee for the seat fee'],
      ],
      figures: { economy, business, bag, seat },
    }
  }),
  family('personal-nights-on-a-trip', (rng) => {
    const rate = cents(rng, 110, 260)
    const taxBp = rng.pick([1200, 1400, 1550, 1675])
    const perNight = rate + share(rate, taxBp, 10000)
    const business = rng.int(2, 5)
    const personal = rng.int(1, 3)
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)} stayed ${business + personal} nights at ${m(rate)} a night plus ${taxBp / 100}% room tax (${m(perNight)} a night with tax); ${personal} of the nights were a personal extension after the business ended. The policy reimburses lodging, with its tax, for business nights only. How much lodging is reimbursed?`,
      key: m(business * perNight),
      wrong: [
        [m((business + personal) * perNight), 'reimburses the personal nights too'],
        [m(business * rate), 'leaves out the room tax'],
        [m(personal * perNight), 'reimburses the personal nights instead of the business ones'],
        [m((business + 1) * perNight), 'counts trip days instead of nights'],
        [m((business + personal) * rate), 'pays every night without the tax'],
      ],
      figures: { rate, taxBp, business, personal },
    }
  }),
  family('hotel-folio-non-reimbursable', (rng) => {
    const room = cents(rng, 300, 900)
    const minibar = cents(rng, 12, 60)
    const movie = rng.pick([1499, 1799, 1999])
    const laundry = cents(rng, 20, 55)
    const parking = rng.int(3, 6) * rng.pick([1500, 2000, 2500])
    const nights = rng.int(3, 7)
    const min = 5
    const m = anyMoney(rng)
    const laundryOk = nights >= min
    const key = room + parking + (laundryOk ? laundry : 0)
    return {
      stem: `A ${nights}-night hotel folio shows room and tax ${m(room)}, minibar ${m(minibar)}, in-room movie ${m(movie)}, laundry ${m(laundry)} and parking ${m(parking)}. The policy does not reimburse minibar or entertainment, and reimburses laundry only on trips of ${min} nights or more; parking is reimbursed. How much of the folio is reimbursed?`,
      key: m(key),
      wrong: [
        [
          m(room + parking + (laundryOk ? 0 : laundry)),
          laundryOk
            ? 'refuses the laundry on a trip long enough to allow it'
            : 'allows laundry on a trip too short for it',
        ],
        [m(room + minibar + movie + laundry + parking), 'reimburses the whole folio'],
        [m(room), 'reimburses the room alone'],
        [m(key + minibar), 'counts the minibar as a meal'],
        [m(key - parking), 'refuses the parking'],
      ],
      figures: { room, minibar, movie, laundry, parking, nights, min },
    }
  }),
  family('gifts-25-per-recipient', (rng) => {
    const a1 = cents(rng, 28, 45)
    const a2 = cents(rng, 10, 22)
    const b = cents(rng, 18, 24)
    const ship = cents(rng, 8, 15)
    const m = usd
    const key = 2500 + b + ship
    return {
      stem: `The policy mirrors the US tax limit on business gifts: gifts are reimbursed up to $25.00 per recipient per year, and incidental costs such as packing and shipping are reimbursed on top, not counted toward the limit. This year ${employee(rng)} gave client A two gifts, ${m(a1)} and ${m(a2)}, and client B one gift of ${m(b)}, shipped to B for ${m(ship)}. How much is reimbursed?`,
      key: m(key),
      wrong: [
        [m(2500 + a2 + b + ship), 'applies the limit to each gift, not each recipient'],
        [m(a1 + a2 + b + ship), 'ignores the limit'],
        [m(key - ship), 'leaves out the shipping'],
        [m(2500 + Math.min(b + ship, 2500)), 'counts the shipping toward the limit'],
        [m(5000 + ship), 'pays the full limit for each recipient'],
        [m(2500 + ship), 'applies one $25.00 limit to all the gifts together'],
      ],
      figures: { a1, a2, b, ship },
    }
  }),
  family('client-meal-per-attendee-cap', (rng) => {
    const guests = rng.int(2, 6)
    const cap = rng.pick([50, 60, 75, 80]) * 100
    const total = cap * (guests + 1) + cents(rng, 30, 160)
    const tip = share(total, rng.pick([1500, 1800, 2000]), 11800)
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)} paid ${m(total)} for a client dinner with ${guests} guests, of which ${m(tip)} was the tip. The policy caps business meals at ${m(cap)} per attendee, tax and tip included, the employee counting as an attendee. How much is reimbursed?`,
      key: m(cap * (guests + 1)),
      wrong: [
        [m(cap * guests), 'leaves the employee out of the attendee count'],
        [m(total), 'ignores the cap'],
        [m(total - cap * (guests + 1)), 'gives the part over the cap'],
        [m(cap * (guests + 1) + tip), 'caps the bill before the tip and adds the tip on top'],
        [m(Math.round(total / (guests + 1))), 'gives each attendee’s share of the bill'],
      ],
      figures: { guests, cap, total, tip },
    }
  }),
  family('tip-cap-on-pre-tax-meal', (rng) => {
    const meal = cents(rng, 30, 160)
    const taxBp = rng.pick([600, 800, 875])
    const tax = share(meal, taxBp, 10000)
    const capBp = rng.pick([1500, 2000])
    const tip = share(meal, capBp + rng.pick([500, 800, 1000]), 10000)
    const m = usd
    const key = meal + tax + share(meal, capBp, 10000)
    return {
      stem: `A meal receipt shows food ${m(meal)}, tax ${m(tax)} and a tip of ${m(tip)}. The policy reimburses tips up to ${capBp / 100}% of the pre-tax food amount. How much of the receipt is reimbursed?`,
      key: m(key),
      wrong: [
        [m(meal + tax + share(meal + tax, capBp, 10000)), 'caps the tip on the amount after tax'],
        [m(meal + tax + tip), 'reimburses the whole tip'],
        [m(meal + tax), 'refuses a tip over the cap entirely'],
        [m(meal + share(meal, capBp, 10000)), 'leaves out the tax'],
        [
          m(meal + tax + share(meal + tax + tip, capBp, 10000)),
          'caps the tip on the whole receipt, tip included',
        ],
        [m(meal), 'reimburses the food alone, without tax or tip'],
        [
          m(meal + tax + tip - share(meal, capBp, 10000)),
          'pays the part of the tip over the cap instead of up to it',
        ],
      ],
      figures: { meal, tax, tip, capBp },
    }
  }),
  family('spouse-single-room-rate', (rng) => {
    const single = cents(rng, 120, 240)
    const double = single + rng.int(25, 70) * 100
    const nights = rng.int(2, 5)
    const fare = cents(rng, 180, 600)
    const m = usd
    const key = nights * single + fare
    return {
      stem: `${employee(rng)}'s spouse, who does no work for the company, came along on a ${nights}-night trip. The hotel charged the double-occupancy rate of ${m(double)} a night; its single rate for the same room was ${m(single)}. Each flew for ${m(fare)}. As the IRS rule for a travelling companion allows, the policy reimburses only what the employee alone would have spent. How much is reimbursed for lodging and air fare?`,
      key: m(key),
      wrong: [
        [m(nights * double + fare), 'reimburses the double rate'],
        [
          m(nights * Math.round(double / 2) + fare),
          'halves the double rate instead of using the single rate',
        ],
        [m(nights * double + 2 * fare), 'reimburses the spouse’s fare and the double rate'],
        [m(nights * single + 2 * fare), 'reimburses the spouse’s fare'],
        [m(nights * single), 'leaves out the employee’s own fare'],
        [
          m(nights * Math.round(single / 2) + fare),
          'splits the single rate between the two travellers',
        ],
      ],
      figures: { single, double, nights, fare },
    }
  }),
  family('missing-receipt-affidavit', (rng) => {
    const receipted = cents(rng, 200, 900)
    const lost = [cents(rng, 12, 40), cents(rng, 18, 55), cents(rng, 25, 70)]
    const limit = rng.pick([50, 75]) * 100
    if (sum(lost) <= limit) throw new VariantError('lost receipts within the limit')
    const m = anyMoney(rng)
    const key = receipted + limit
    return {
      stem: `${employee(rng)}'s report has ${m(receipted)} of receipted items and three items whose receipts were lost: ${listed(m, lost)}. The policy accepts a signed missing-receipt declaration for lost receipts up to ${m(limit)} in total per report. How much is reimbursed?`,
      key: m(key),
      wrong: [
        [m(receipted), 'refuses every item without a receipt'],
        [m(receipted + sum(lost)), 'accepts every lost receipt in full'],
        [
          m(receipted + sum(lost.map((x) => Math.min(x, limit)))),
          'applies the limit to each item, not the report',
        ],
        [m(receipted + sum(lost) - limit), 'deducts the limit instead of capping at it'],
        [m(receipted + Math.max(...lost)), 'accepts only the largest lost item'],
      ],
      figures: { receipted, lost: joined(lost), limit },
    }
  }),
  family('rental-car-refuel-and-cover', (rng) => {
    const rental = cents(rng, 140, 420)
    const fuel = cents(rng, 25, 80)
    const refuel = cents(rng, 35, 90)
    const cover = rng.int(3, 6) * rng.pick([1800, 2200, 2900])
    const m = anyMoney(rng)
    return {
      stem: `A rental-car bill shows the rental ${m(rental)}, a refuelling charge ${m(refuel)} for returning the tank part-empty and collision cover ${m(cover)}; ${employee(rng)} also has a fuel receipt for ${m(fuel)} bought during the trip. The policy reimburses the rental and fuel bought by the traveller, not refuelling charges (fill the tank before returning), nor collision cover (the company's insurance covers rentals). How much is reimbursed?`,
      key: m(rental + fuel),
      wrong: [
        [m(rental + fuel + refuel), 'reimburses the refuelling charge as fuel'],
        [m(rental + fuel + cover), 'reimburses the collision cover'],
        [m(rental), 'leaves out the traveller’s own fuel'],
        [m(rental + refuel + cover + fuel), 'reimburses the whole bill and the fuel'],
        [m(rental + refuel), 'pays the refuelling charge instead of the fuel receipt'],
      ],
      figures: { rental, fuel, refuel, cover },
    }
  }),
  family('phone-bill-business-share', (rng) => {
    const bill = cents(rng, 45, 140)
    const tax = share(bill, rng.pick([1000, 1500, 2000]), 12000)
    const pctBiz = rng.pick([60, 65, 70, 75, 80])
    const cap = rng.pick([80, 100, 120]) * 100
    const key = share(bill, pctBiz, 100)
    if (key >= cap) throw new VariantError('cap binds')
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)}'s personal phone bill is ${m(bill)} including ${m(tax)} of tax; their log shows ${pctBiz}% of use was business. Policy: reimburse the business share of the whole bill, tax included, up to ${m(cap)} a month. How much is reimbursed this month?`,
      key: m(key),
      wrong: [
        [m(bill), 'reimburses the whole bill'],
        [m(cap), 'pays the monthly cap'],
        [m(share(bill - tax, pctBiz, 100)), 'applies the share to the bill before tax'],
        [m(bill - key), 'gives the personal share'],
        [m(share(cap, pctBiz, 100)), 'applies the share to the cap'],
        [m(key + tax), 'adds the whole tax to the business share'],
      ],
      figures: { bill, tax, pctBiz, cap },
    }
  }),
  family('rental-car-class-limit', (rng) => {
    const days = rng.int(2, 6)
    const compact = rng.int(35, 60) * 100
    const suv = compact + rng.int(25, 60) * 100
    const fuel = cents(rng, 20, 80)
    const m = anyMoney(rng)
    return {
      stem: `${employee(rng)} rented an SUV for ${days} rental days (24-hour periods, picked up and returned at 9 a.m.) at ${m(suv)} a day and bought ${m(fuel)} of fuel. The policy reimburses up to the compact-class rate, quoted at ${m(compact)} a day for the same dates, plus fuel. How much is reimbursed?`,
      key: m(days * compact + fuel),
      wrong: [
        [m(days * suv + fuel), 'reimburses the SUV rate'],
        [m(days * compact), 'leaves out the fuel'],
        [
          m((days + 1) * compact + fuel),
          'counts the calendar days the rental touches, not its 24-hour periods',
        ],
        [m(days * (suv - compact)), 'gives the upgrade cost the traveller bears'],
        [m(days * suv), 'pays the SUV rate and leaves out the fuel'],
        [m(compact + fuel), 'pays the compact rate for one day only'],
      ],
      figures: { days, compact, suv, fuel },
    }
  }),
  family('hotel-cap-by-city-tier', (rng) => {
    const high = rng.pick([250, 275, 300]) * 100
    const low = rng.pick([150, 175]) * 100
    const nights = rng.int(2, 4)
    const taxBp = rng.pick([1200, 1400, 1575])
    // a room rate under the cap that goes over it once the occupancy tax is added
    const room = low - rng.int(1, 12) * 100 - rng.int(0, 99)
    const tax = share(room, taxBp, 10000)
    const rate = room + tax
    if (rate <= low)
      throw new VariantError('hotel-cap-by-city-tier: the taxed rate is under the cap')
    const m = usd
    return {
      stem: `The policy caps lodging, taxes included, at ${m(high)} a night in tier-1 cities (New York, San Francisco, Boston) and ${m(low)} a night everywhere else. ${employee(rng)} spent ${nights} nights in Columbus at a room rate of ${m(room)} plus ${taxBp / 100}% occupancy tax (${m(tax)}), ${m(rate)} a night in all. How much lodging is reimbursed?`,
      key: m(nights * low),
      wrong: [
        [m(nights * rate), 'applies the tier-1 cap, which the rate is under'],
        [m(nights * high), 'pays the tier-1 cap itself'],
        [m(nights * (rate - low)), 'gives the part over the cap'],
        [m(low), 'applies the cap to the whole stay'],
        [m((nights + 1) * low), 'counts trip days instead of nights'],
        [m(nights * room), 'compares the room rate before tax with the cap and drops the tax'],
      ],
      figures: { high, low, nights, room, taxBp },
    }
  }),
  family('conference-invoice-exclusions', (rng) => {
    const reg = cents(rng, 300, 1200)
    const workshop = cents(rng, 80, 300)
    const golf = cents(rng, 90, 250)
    const guest = cents(rng, 60, 180)
    const m = anyMoney(rng)
    return {
      stem: `A conference invoice for ${employee(rng)} lists registration ${m(reg)}, a pre-conference workshop ${m(workshop)}, a golf outing ${m(golf)} and a guest ticket to the gala dinner ${m(guest)}. The policy reimburses registration and sessions the employee attends, not recreation and not costs of guests. How much is reimbursed?`,
      key: m(reg + workshop),
      wrong: [
        [m(reg + workshop + golf + guest), 'reimburses the whole invoice'],
        [m(reg + workshop + golf), 'reimburses the golf outing as a conference event'],
        [m(reg + workshop + guest), 'reimburses the guest’s ticket'],
        [m(reg), 'treats the workshop as optional and refuses it'],
      ],
      figures: { reg, workshop, golf, guest },
    }
  }),
]
