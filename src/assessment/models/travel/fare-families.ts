import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, money, person, worked } from './travel-text.js'
import { DAY, day, wallAt } from './travel-zones.js'

// Fare rules and baggage as the airline states them in the item: change fees plus the fare
// difference, refunds of taxes on unused tickets, weight and piece baggage concepts, booking
// class availability, advance purchase and minimum stay, and EU 261 compensation bands.

const usd = (c: number) => money('$', c)

const changeUp = family('change-fee-plus-fare-difference', (rng) => {
  const paid = drawn(rng, 180, 700, 5) * 100
  const now = paid + drawn(rng, 40, 300, 5) * 100
  const fee = rng.pick([75, 100, 150, 200]) * 100
  return worked(rng, {
    stem: `${person(rng)}’s ticket cost ${usd(paid)}. The fare rule allows changes for a ${usd(fee)} fee plus any difference in fare; the new flight’s fare is ${usd(now)}. What does the change cost?`,
    in: { paid, now, fee },
    key: usd(fee + now - paid),
    wrong: [
      ['noFee', usd(now - paid), 'charges only the fare difference'],
      ['feeOnly', usd(fee), 'charges only the change fee'],
      ['newFare', usd(fee + now), 'charges the whole new fare plus the fee'],
      ['rebuy', usd(now), 'prices the change as buying the new fare outright'],
      ['feePlusOld', usd(fee + paid), 'charges the fee plus the original fare again'],
    ],
  })
})

const changeDown = family('change-to-a-cheaper-fare-no-residual', (rng) => {
  const paid = drawn(rng, 250, 800, 5) * 100
  const now = paid - drawn(rng, 40, 200, 5) * 100
  const fee = rng.pick([75, 100, 150]) * 100
  if (paid - now === fee) throw new VariantError('difference equals fee')
  return worked(rng, {
    stem: `A ticket cost ${usd(paid)}. Its rule: changes cost ${usd(fee)} plus any fare increase; a lower new fare leaves no residual value. The new flight’s fare is ${usd(now)}. What does the change cost?`,
    in: { paid, now, fee },
    key: usd(fee),
    wrong: [
      [
        'credit',
        usd(Math.abs(fee - (paid - now))),
        'nets the lower fare’s difference against the fee',
      ],
      ['newFare', usd(fee + now), 'charges the whole new fare plus the fee'],
      ['difference', usd(paid - now), 'charges the difference in fares as if it were owed'],
    ],
  })
})

const taxRefund = family('unused-non-refundable-ticket-tax-refund', (rng) => {
  const base = drawn(rng, 200, 900, 5) * 100
  const yq = drawn(rng, 80, 400, 5) * 100
  const tax = drawn(rng, 3000, 16000, 5)
  return worked(rng, {
    stem: `An unused non-refundable ticket: base fare ${usd(base)}, carrier-imposed surcharge ${usd(yq)}, government taxes and airport charges ${usd(tax)}. The fare rule refunds government taxes and airport charges on unused tickets, nothing else. What is refunded?`,
    in: { base, yq, tax },
    key: usd(tax),
    wrong: [
      ['withSurcharge', usd(tax + yq), 'counts the carrier surcharge as a tax'],
      ['fare', usd(base), 'refunds the fare and keeps the taxes'],
      ['all', usd(base + yq + tax), 'refunds the whole ticket as if refundable'],
    ],
  })
})

const weightConcept = family('excess-baggage-weight-concept', (rng) => {
  const allow = rng.pick([20, 23, 30, 40])
  const bags = [drawn(rng, 80, 240) / 10, drawn(rng, 80, 240) / 10]
  const total = bags[0]! + bags[1]!
  if (total <= allow + 1) throw new VariantError('no excess')
  const perKg = drawn(rng, 12, 45) * 100
  const whole = Math.ceil(total - allow - 1e-9)
  return worked(rng, {
    stem: `On a weight-concept route the economy allowance is ${allow} kg in total, any number of bags. ${person(rng)} checks bags of ${bags[0]!.toFixed(1)} kg and ${bags[1]!.toFixed(1)} kg. Excess costs ${usd(perKg)} per kg, each part kg charged as a whole kg. What is the excess charge?`,
    in: { allow, b0: bags[0]!, b1: bags[1]!, perKg },
    key: usd(whole * perKg),
    wrong: [
      [
        'perBagAllowance',
        usd(bags.reduce((t, x) => t + Math.ceil(Math.max(0, x - allow) - 1e-9), 0) * perKg),
        'applies the allowance to each bag instead of to their total',
      ],
      ['total', usd(Math.ceil(total - 1e-9) * perKg), 'charges every kilogram, not the excess'],
      ['eachBag', usd(2 * whole * perKg), 'charges the excess once for each of the two bags'],
      [
        'noRound',
        usd(Math.round((total - allow) * perKg)),
        'charges the part kilogram as a fraction',
      ],
    ],
  })
})

const pieceConcept = family('piece-concept-extra-and-overweight-bag', (rng) => {
  const extra = drawn(rng, 60, 150, 5) * 100
  const heavy = drawn(rng, 75, 200, 5) * 100
  const w1 = drawn(rng, 150, 225) / 10
  const w2 = drawn(rng, 240, 310) / 10
  return worked(rng, {
    stem: `On a piece-concept route the fare includes one checked bag of up to 23 kg. A second bag costs ${usd(extra)}; a bag of 23–32 kg costs ${usd(heavy)} more. ${person(rng)} checks two bags, ${w1.toFixed(1)} kg and ${w2.toFixed(1)} kg. What is the baggage charge?`,
    in: { extra, heavy, w1, w2 },
    key: usd(extra + heavy),
    wrong: [
      ['extraOnly', usd(extra), 'charges the second piece but not its overweight'],
      ['heavyOnly', usd(heavy), 'charges the overweight but counts both pieces as included'],
      ['heavyOnBoth', usd(extra + 2 * heavy), 'charges the overweight fee on both bags'],
      ['twoPieces', usd(2 * extra), 'charges both bags as extra pieces and skips the overweight'],
      [
        'allCharges',
        usd(2 * extra + 2 * heavy),
        'charges both bags as extra pieces and both as overweight',
      ],
      [
        'bothPieces',
        usd(2 * extra + heavy),
        'charges both bags as extra pieces, forgetting the one included',
      ],
    ],
  })
})

const LADDER = ['Y', 'B', 'M', 'H', 'K', 'L', 'V'] as const
const cheapestClass = family('cheapest-booking-class-with-enough-seats', (rng) => {
  const n = rng.int(2, 4)
  const key = rng.int(1, 4)
  // Full fare always open; the key class has enough seats; a cheaper class has some but too few;
  // the rest of the cheaper classes are closed or short too.
  const seats = LADDER.map((_, k) =>
    k === 0 ? 9 : k < key ? rng.int(0, 9) : k === key ? rng.int(n, 9) : rng.int(0, n - 1),
  )
  const short = rng.int(key + 1, LADDER.length - 2)
  seats[short] = rng.int(1, n - 1)
  seats[LADDER.length - 1] = 0
  const base = drawn(rng, 180, 320, 10)
  const fares = LADDER.map((_, k) => Math.round((base * (LADDER.length + 3 - k)) / 5) * 100)
  const last = (ok: (k: number) => boolean) => {
    for (let k = LADDER.length - 1; k >= 0; k--) if (ok(k)) return k
    return -1
  }
  const say = (k: number) => `${LADDER[k]} class at ${usd(fares[k]!)} each`
  return worked(rng, {
    stem: `The availability display reads ${LADDER.map((c, k) => `${c}${seats[k]}`).join(' ')} (class and seats left; fares fall from Y to V: ${LADDER.map((c, k) => `${c} ${usd(fares[k]!)}`).join(', ')}). All ${n} colleagues must be on one booking in one class. Which do you book?`,
    in: { n, ...Object.fromEntries(LADDER.map((c, k) => [`s${c}`, seats[k]!])) },
    key: say(key),
    wrong: [
      [
        'anySeat',
        say(last((k) => seats[k]! > 0)),
        'takes the cheapest class with any seat, not enough for the group',
      ],
      [
        'lowestListed',
        say(LADDER.length - 1),
        'books the cheapest class listed, though it shows too few seats',
      ],
      ['firstListed', say(0), 'books the first class in the display, the full fare'],
      [
        'firstDiscount',
        say(seats.findIndex((v, k) => k > 0 && v >= n)),
        'stops at the first discount class with enough seats, reading from the top',
      ],
      [
        'moreThan',
        say(last((k) => seats[k]! > n)),
        'wants more seats than travellers, not as many',
      ],
    ],
  })
})

/** The date `n` Monday-to-Friday days before `t`. */
function workingDaysBefore(t: number, n: number): number {
  let at = t
  for (let left = n; left > 0; ) {
    at -= DAY
    const dow = new Date(at).getUTCDay()
    if (dow !== 0 && dow !== 6) left--
  }
  return at
}

const advancePurchase = family('advance-purchase-latest-ticketing-date', (rng) => {
  const d = rng.int(40, 300)
  const ap = rng.pick([7, 14, 21])
  const dep = wallAt(d, 9, 0)
  return worked(rng, {
    stem: `A fare requires ticketing at least ${ap} days before departure. The flight leaves on ${day(dep)} ${2027}. What is the latest date the ticket can be issued at this fare?`,
    in: { d, ap },
    key: day(dep - ap * DAY),
    wrong: [
      ['inclusive', day(dep - (ap - 1) * DAY), 'counts the departure day as one of the days'],
      ['moreThan', day(dep - (ap + 1) * DAY), 'reads “at least” as “more than”, a day early'],
      ['after', day(dep + ap * DAY), 'counts forward from the departure'],
      [
        'businessDays',
        day(workingDaysBefore(dep, ap)),
        'counts back working days only, skipping weekends',
      ],
    ],
  })
})

const saturdayNight = family('saturday-night-minimum-stay', (rng) => {
  const d = rng.int(40, 300)
  const out0 = wallAt(d, 8, 0)
  const dow = new Date(out0).getUTCDay()
  if (dow === 5 || dow === 6 || dow === 0) throw new VariantError('weekend departure')
  const toSun = (7 - dow) % 7
  const out = out0
  return worked(rng, {
    stem: `${person(rng)} flies out on ${day(out)}. The cheapest return fare requires a Saturday-night stay. What is the earliest return date at that fare?`,
    in: { d },
    key: day(out + toSun * DAY),
    wrong: [
      ['saturday', day(out + (toSun - 1) * DAY), 'returns on Saturday, before the Saturday night'],
      ['week', day(out + 7 * DAY), 'reads the rule as a seven-day minimum stay'],
      ['friday', day(out + (toSun - 2) * DAY), 'counts Friday night as the weekend night'],
    ],
  })
})

/** EU 261/2004 Article 7: 250 / 400 / 600 euros by distance, 3 h arrival delay (Sturgeon, C-402/07). */
const eu261 = family('eu261-compensation-by-distance-and-arrival-delay', (rng) => {
  const km = rng.pick([
    drawn(rng, 600, 1450, 10),
    drawn(rng, 1550, 3400, 10),
    drawn(rng, 3600, 9000, 10),
  ])
  const depDelay = drawn(rng, 140, 175, 5)
  const arrDelay = drawn(rng, 180, 230, 5)
  const intra = km > 3500 ? false : rng.next() < 0.5
  const band = (k: number) => (k <= 1500 ? 25000 : k <= 3500 || intra ? 40000 : 60000)
  const eur = (c: number) => money('€', c)
  if (arrDelay < 180 || depDelay >= 180)
    throw new VariantError('not a late arrival after a short departure delay')
  const other = [25000, 40000, 60000].filter((b) => b !== band(km))
  return worked(rng, {
    stem: `A flight of ${km.toLocaleString('en-US')} km from an EU airport (${intra ? 'within the EU' : 'to a non-EU city'}) left ${depDelay} minutes late and arrived ${arrDelay} minutes late, for reasons within the airline’s control. Under EU Regulation 261/2004 as the Court of Justice reads it (a delay of 3 hours or more at arrival: €250 up to 1,500 km, €400 over 1,500 km within the EU or up to 3,500 km, €600 beyond), what is owed per passenger?`,
    in: { km, depDelay, arrDelay, intra: intra ? 1 : 0 },
    key: eur(band(km)),
    wrong: [
      [
        'departure',
        eur(0),
        'measures the delay at departure, under three hours, instead of arrival',
      ],
      ...other.map((b): [string, string, string] => [
        `band${b / 100}`,
        eur(b),
        b < band(km)
          ? 'puts the flight in a lower distance band'
          : 'puts the flight in a higher distance band',
      ]),
    ],
  })
})

export const FARE_FAMILIES: readonly ScenarioFamily[] = [
  changeUp,
  changeDown,
  taxRefund,
  weightConcept,
  pieceConcept,
  cheapestClass,
  advancePurchase,
  saturdayNight,
  eu261,
]
