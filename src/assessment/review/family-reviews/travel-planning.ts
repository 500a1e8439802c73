import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `travel-planning` test, read as a corporate
 * travel coordinator against Regulation (EU) 2016/399 (Schengen Borders Code, Art. 6), Regulation
 * (EC) 261/2004 (Arts. 5–9, with Sturgeon, C-402/07 and C-432/07), 14 CFR 259.5, 8 CFR 217.5,
 * 49 CFR 1560.101, airline conditions of carriage on the IATA model (non-transferable tickets,
 * coupons in sequence), IATA designators and the US federal per-diem rules: 97 submitted, 96 kept,
 * one deleted. Each family was drawn several times and read (stem, key, every distractor and its
 * named mistake); every worked answer is worked again by the key test's second implementation
 * (time zones through Intl, money in integer cents) and every practice key is matched to its
 * documented rule, which no distractor may match.
 *
 * Deleted (1): `us-format-stay-dates-to-nights`. Its day-first readings are always hundreds of
 * nights against a key of a few, so crossing out the longest and the most similar found the key
 * in 0.56–0.68 of draws under every pool tried; 96 families remain (minimum 95).
 *
 * Fixed in place (43 families). Stems that did not ask what the options answer (5): the itemised
 * receipt, transit visa, ten-year passport, card guarantee and Midway stems; the ten-year stem
 * also invented a US “extended validity stamp”. Keys (3): the loyalty key misnamed the
 * traveller's own programme a partner's, the transit key hedged (“Likely yes”), and the two LX
 * keys were one wording (“Swiss”, “SWISS”). Distractors that were nobody's mistake or never shown
 * (2): piece concept's “$0.00” and the meal cap's “pooled” (always equal to another slip),
 * replaced by real slips. Cues (29 of the 31
 * families the author left over 0.50, the 30th deleted and the stopover family at 0.50 left as
 * is; 4 more crossed 0.50 during the fixes, and 6 care families got a longer key wording to bring
 * their model under the single-item limit): practice families got one to
 * three key wordings of the distractors' length and shape and one or two more named mistakes;
 * numeric families got slips on the side of the key that had none. Kept after judging: the
 * business-class whole-hours slip (reading 6 h 35 min as six hours is a real misreading) and the
 * dual-national key (booking, exit and entry on one passport), which the stem scopes to a stay
 * counted against visa-free days.
 *
 * After the fixes no family is over 0.50 on any rule at 300 draws (worst 0.50, then 0.49) and
 * every rule's mean is at most 0.33 (crossing out the longest and the most similar); each of the
 * six item models is at most 0.39 in the single-item guessing test.
 */
export const TRAVEL_PLANNING_REVIEW: TestFamilyReview = {
  testId: 'travel-planning',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'travel-itinerary/two-leg-journey-time-from-local-times': {
      verdict: 'ok',
      fingerprint: '3248c71bc458bb3e',
    },
    'travel-itinerary/two-leg-journey-time-in-daylight-saving-gap-weeks': {
      verdict: 'ok',
      fingerprint: '759c0afca75255e5',
    },
    'travel-itinerary/connection-against-published-minimum': {
      verdict: 'ok',
      fingerprint: 'da3c770e8af404be',
    },
    'travel-itinerary/connection-in-daylight-saving-gap-weeks': {
      verdict: 'ok',
      fingerprint: '5c4d67c6cc9b5b2d',
    },
    'travel-itinerary/latest-flight-landing-before-a-meeting': {
      verdict: 'ok',
      fingerprint: '93330d2d4f4b1de8',
    },
    'travel-itinerary/latest-flight-in-daylight-saving-gap-weeks': {
      verdict: 'ok',
      fingerprint: '8d51bf8d731c9647',
    },
    'travel-itinerary/bag-drop-closes-the-evening-before': {
      verdict: 'ok',
      fingerprint: '548938120daccca7',
    },
    'travel-itinerary/departure-at-0010-is-the-night-before': {
      verdict: 'ok',
      fingerprint: 'bf9fb92b6fc81d97',
      note: 'Was cued 0.51 (cross out): a key wording and a mistake (arrive in the small hours of the printed date) added.',
    },
    'travel-itinerary/plus-one-arrival-marker': {
      verdict: 'ok',
      fingerprint: '3a9ccd925546b98c',
      note: 'Was cued 0.88 (least similar): two mistakes added (+1 on the departure, +1 as an hour late); the rule now matches only the landing day.',
    },
    'travel-itinerary/twelve-am-is-midnight-start-of-day': {
      verdict: 'ok',
      fingerprint: 'b9bbf17617b037d8',
    },
    'travel-itinerary/iso-date-order-in-forms': {
      verdict: 'ok',
      fingerprint: 'a93bb0b15914b7d9',
      note: 'Was cued 0.50 (cross out): a key wording and a mistake (leading zeros dropped) added.',
    },
    'travel-itinerary/ambiguous-numeric-date-write-the-month': {
      verdict: 'ok',
      fingerprint: 'a3eeb0ac99bfe15c',
    },
    'travel-itinerary/schedule-change-recheck-connection': {
      verdict: 'ok',
      fingerprint: '8c7e46e95af7838e',
    },
    'travel-fares/change-fee-plus-fare-difference': {
      verdict: 'ok',
      fingerprint: 'e6fd613e1039cee1',
    },
    'travel-fares/change-to-a-cheaper-fare-no-residual': {
      verdict: 'ok',
      fingerprint: '878680439b5d4d2e',
    },
    'travel-fares/unused-non-refundable-ticket-tax-refund': {
      verdict: 'ok',
      fingerprint: '042de564484dd3dc',
    },
    'travel-fares/excess-baggage-weight-concept': {
      verdict: 'ok',
      fingerprint: '1fda28d1b55de306',
    },
    'travel-fares/piece-concept-extra-and-overweight-bag': {
      verdict: 'ok',
      fingerprint: 'b2b1d20a4df01b3a',
      note: 'The “$0.00” weight-concept distractor (shown only when the bags summed under 46 kg, and an impossible-looking charge) replaced by three slips above and below the key (overweight on both bags, two pieces without overweight, every charge twice); no longer cued by middle value.',
    },
    'travel-fares/cheapest-booking-class-with-enough-seats': {
      verdict: 'ok',
      fingerprint: 'd054be70d43b68fc',
      note: 'Was cued 0.59 (middle value): two slips that land on dearer classes added (first discount class that fits, reading from the top; more seats than travellers).',
    },
    'travel-fares/advance-purchase-latest-ticketing-date': {
      verdict: 'ok',
      fingerprint: '2593c37f76b5eeb6',
      note: 'Was cued 0.73 (most similar): a “more than” slip one day earlier added (the key test works it again).',
    },
    'travel-fares/saturday-night-minimum-stay': {
      verdict: 'ok',
      fingerprint: '279b04d6d0f24263',
    },
    'travel-fares/eu261-compensation-by-distance-and-arrival-delay': {
      verdict: 'ok',
      fingerprint: 'f00c90a780cd01ae',
      note: 'Checked: Art. 7(1) bands (€250 ≤1,500 km; €400 intra-EU over 1,500 km or 1,500–3,500 km; €600 beyond) with the 3-hour arrival delay of Sturgeon (C-402/07 and C-432/07); the stem states the rule.',
    },
    'travel-fares/us-24-hour-cancellation-rule': {
      verdict: 'ok',
      fingerprint: '6193222113f1caa9',
      note: 'Was cued 0.66 (least similar): key wordings varied and two mistakes added (credit only, refundable fares only). Checked: 14 CFR 259.5(b)(4).',
    },
    'travel-fares/coupons-used-in-sequence': {
      verdict: 'ok',
      fingerprint: '66a3d94ae765315f',
      note: 'Checked against conditions of carriage on the IATA model (coupons honoured in sequence; a no-show on the outbound cancels the rest).',
    },
    'travel-fares/tickets-are-not-transferable': {
      verdict: 'ok',
      fingerprint: 'c2a845a55f84bcf1',
      note: 'Was cued 0.88 (least similar): key wordings and two mistakes added (flying on the existing ticket, checking in with the booking reference). Checked against conditions of carriage on the IATA model (Art. 3.1: a ticket is not transferable).',
    },
    'travel-fares/codeshare-operating-carrier-rules': {
      verdict: 'ok',
      fingerprint: 'cececb0712c129be',
    },
    'travel-fares/separate-tickets-missed-connection': {
      verdict: 'ok',
      fingerprint: '29b51eff6e674f5a',
      note: 'Was cued 1.00 (least similar): three key wordings that share the distractors’ words (second airline, hub) and two named mistakes added (bags checked through, only a longer connection).',
    },
    'travel-fares/eu261-right-to-care-during-delay': {
      verdict: 'ok',
      fingerprint: '2d0e8c9e10e67a6a',
      note: 'Was cued 0.89 (least similar): keys reworded, two mistakes added (hotel only at five hours, cash compensation at the airport). Checked: Art. 6(1)(b) and Art. 9 — care from 3 h at 1,500–3,500 km or intra-EU over 1,500 km.',
    },
    'travel-fares/eu261-extraordinary-circumstances': {
      verdict: 'ok',
      fingerprint: '6851ad078db46b19',
    },
    'travel-fares/pnr-locator-versus-ticket-number': {
      verdict: 'ok',
      fingerprint: 'ee4eff32670a4bc0',
    },
    'travel-fares/open-jaw-itinerary': {
      verdict: 'ok',
      fingerprint: 'd8213380a006ab15',
    },
    'travel-fares/stopover-versus-layover': {
      verdict: 'ok',
      fingerprint: 'dde2831a718609d6',
      note: 'Was cued 0.50 (cross out); left as is after the pool changed (now 0.49).',
    },
    'travel-fares/checked-bag-size-limit-linear': {
      verdict: 'ok',
      fingerprint: 'ced30ecb564eeb5e',
      note: 'Cued 0.55 after the first pass: keys and two new mistakes (a 5 cm tolerance, oversize only as a second bag) now share a shape; the weight mistake reworded.',
    },
    'travel-fares/lithium-batteries-in-cabin': {
      verdict: 'ok',
      fingerprint: 'bdde575867063d0e',
    },
    'travel-fares/liquids-in-cabin-100-ml': {
      verdict: 'ok',
      fingerprint: '26b8519f2b958216',
      note: 'Cued 0.52 (least similar) after the first pass: keys reworded and a mistake (declared at security) added.',
    },
    'travel-fares/cabin-bag-weight-on-small-aircraft': {
      verdict: 'ok',
      fingerprint: 'bbbe3985e4d4080f',
    },
    'travel-expenses/per-diem-first-and-last-day-at-75-percent': {
      verdict: 'ok',
      fingerprint: '380d0ff9e07a9f88',
    },
    'travel-expenses/per-diem-deduct-provided-meals': {
      verdict: 'ok',
      fingerprint: 'cd052cbb7578fee0',
    },
    'travel-expenses/lodging-over-the-nightly-cap': {
      verdict: 'ok',
      fingerprint: 'b7e73f64c0d8f528',
    },
    'travel-expenses/foreign-receipt-at-stated-rate-with-card-fee': {
      verdict: 'ok',
      fingerprint: 'c621e5cac08a57cc',
    },
    'travel-expenses/mileage-less-the-usual-commute': {
      verdict: 'ok',
      fingerprint: 'dfc68cdedfbca54f',
    },
    'travel-expenses/meal-tip-capped-at-percent-of-pre-tax': {
      verdict: 'ok',
      fingerprint: '73b648f85282fa9c',
    },
    'travel-expenses/daily-meal-cap-applied-day-by-day': {
      verdict: 'ok',
      fingerprint: '7a69e60c0fa02890',
      note: 'Was cued 0.99 (middle value). The “pooled” slip always equalled the no-cap or cap-every-day answer and was never shown; replaced by two slips (cap read as a floor, above the key; allowance less overspend, either side).',
    },
    'travel-expenses/settle-a-cash-advance': {
      verdict: 'ok',
      fingerprint: '622d075bd6d83010',
    },
    'travel-expenses/hotel-folio-personal-charges-removed': {
      verdict: 'ok',
      fingerprint: 'df507e3d9b2b9452',
    },
    'travel-expenses/upgrade-paid-over-the-economy-fare': {
      verdict: 'ok',
      fingerprint: '1681583a786bb8a4',
    },
    'travel-expenses/itemised-receipt-not-card-slip': {
      verdict: 'ok',
      fingerprint: '13f2fe638c06fd93',
      note: 'Was cued 1.00 (least similar). Second stem asked “is it enough?” over answers naming a document; it now asks what else to ask for, and the “No: …” key went. Keys name the restaurant’s itemised bill; two mistakes added (self-signed note, amount-only note).',
    },
    'travel-expenses/lodging-receipt-whatever-the-amount': {
      verdict: 'ok',
      fingerprint: '19a05e82c309b8f2',
    },
    'travel-expenses/personal-days-on-a-business-trip': {
      verdict: 'ok',
      fingerprint: 'f194cf4842c566da',
      note: 'Was cued 0.54 (cross out): key wordings and two mistakes added (whole fare as booked, airfare only).',
    },
    'travel-expenses/expense-report-within-deadline': {
      verdict: 'ok',
      fingerprint: 'e1b140f3c06b6947',
      note: 'Was cued 0.88 (least similar): two mistakes added (send once the last receipt comes; send now and drop it); rule tightened so they do not match.',
    },
    'travel-expenses/no-double-claim-of-meals': {
      verdict: 'ok',
      fingerprint: '46b59168a9ec597f',
      note: 'Was cued 0.51 (cross out): two mistakes added (receipt instead of per diem, both for a client dinner).',
    },
    'travel-expenses/exchange-rate-source-as-stated': {
      verdict: 'ok',
      fingerprint: 'edd18aa65be930ab',
      note: 'Was cued 0.51 (least similar): a key wording and a mistake (receipt-day rate from a website) added.',
    },
    'travel-hotels/hotel-free-cancellation-deadline-on-your-clock': {
      verdict: 'ok',
      fingerprint: 'f65dfcd95d9d3129',
      note: 'Cued 0.51 (most similar) after the first pass: two slips combining the existing ones with the arrival day added (the key test works them again through Intl time zones).',
    },
    'travel-hotels/cancel-hours-before-check-in-time': {
      verdict: 'ok',
      fingerprint: '444571da2a09243d',
    },
    'travel-hotels/late-cancellation-first-night-with-tax': {
      verdict: 'ok',
      fingerprint: 'a6f090166aaf3195',
    },
    'travel-hotels/book-the-night-before-an-early-arrival': {
      verdict: 'ok',
      fingerprint: '8eac0eec2df29f6e',
    },
    'travel-hotels/hotel-total-with-vat-and-city-tax-per-person': {
      verdict: 'ok',
      fingerprint: 'c641d58eb0d48cd5',
    },
    'travel-hotels/hotel-guarantee-for-late-arrival': {
      verdict: 'ok',
      fingerprint: '58fec891417569de',
    },
    'travel-hotels/hotel-no-show-cancels-stay': {
      verdict: 'ok',
      fingerprint: '85e37f0ae43558a0',
      note: 'Was cued 0.81 (least similar): keys reworded, two mistakes added (email after the night is lost, a no-show costs one night only).',
    },
    'travel-hotels/advance-purchase-rate-when-plans-may-change': {
      verdict: 'ok',
      fingerprint: '1be1715d2a8b7235',
      note: 'Was cued 0.80 (least similar): keys reworded, two mistakes added (prepaid and change later, saving covers the risk). “Both, …” and “Neither …” options, which the option linter reads as referring to the others, reworded (book the two rates; wait to book).',
    },
    'travel-hotels/hotel-deposit-versus-guarantee': {
      verdict: 'ok',
      fingerprint: '8fea926ecfe97feb',
      note: 'Was cued 0.55 (cross out). The first stem asked “will it be charged now?” over answers saying when; it now asks when. A key wording and a mistake (never charged for a no-show) added.',
    },
    'travel-documents/schengen-days-used-in-the-180-day-window': {
      verdict: 'ok',
      fingerprint: '8c1b11a577245143',
    },
    'travel-documents/schengen-latest-exit-date-on-the-rolling-rule': {
      verdict: 'ok',
      fingerprint: '13cc6054f7cbf197',
    },
    'travel-documents/passport-valid-three-months-after-leaving-schengen': {
      verdict: 'ok',
      fingerprint: '382363b7b23a0484',
    },
    'travel-documents/passport-six-months-beyond-arrival-as-stated': {
      verdict: 'ok',
      fingerprint: 'b2ce61aaf11903ea',
      note: 'Was cued 0.71 (most similar): a slip added (180 days counted from the return).',
    },
    'travel-documents/schengen-short-stay-counts-all-states': {
      verdict: 'ok',
      fingerprint: '7438146868888ee0',
    },
    'travel-documents/schengen-partial-days-count': {
      verdict: 'ok',
      fingerprint: 'ae33524b1ad75f9d',
    },
    'travel-documents/schengen-passport-validity': {
      verdict: 'ok',
      fingerprint: '4d870368a36b389c',
      note: 'Was cued 1.00 (least similar): keys and distractors now share one shape (“… months beyond/after the date of …”), with two mistakes added (three months from entry, six months after exit). Checked against Regulation (EU) 2016/399 Art. 6(1)(a).',
    },
    'travel-documents/transit-visa-depends-on-airside': {
      verdict: 'ok',
      fingerprint: '4c4f74f586b4732d',
      note: 'Was cued 0.71 (cross out). Second stem ended “What follows?” over yes/no answers; it now asks whether a transit visa is needed. The hedged key “Likely yes” went; two mistakes added (onward ticket waives it, bags sent on).',
    },
    'travel-documents/blank-visa-pages': {
      verdict: 'ok',
      fingerprint: '756d31eb5566eefa',
      note: 'A longer key wording added (was 0.50 by crossing out the longest and the most similar).',
    },
    'travel-documents/dual-national-same-passport': {
      verdict: 'ok',
      fingerprint: 'ee4690eb1061afc5',
      note: 'Was cued 0.88 (least similar): keys reworded, two mistakes added (split days across passports, choose by queue). “Both at every border” reworded (the two passports), as the option linter reads “Both” as referring to the others.',
    },
    'travel-documents/esta-before-visa-waiver-travel': {
      verdict: 'ok',
      fingerprint: '1d418d9203da77b1',
      note: 'Was cued 0.90 (least similar): two mistakes added (ESTA at the border, visa on arrival) and the rule now matches only an approved ESTA. Checked: 8 CFR 217.5.',
    },
    'travel-documents/name-change-after-passport-issue': {
      verdict: 'ok',
      fingerprint: '089b3c82238a3a8e',
      note: 'The distractor “Both names joined”, which the option linter reads as referring to the others, reworded (old and new surnames joined).',
    },
    'travel-documents/passport-issue-date-ten-years-schengen': {
      verdict: 'ok',
      fingerprint: '25cba903a75cf3ee',
      note: 'Was cued 1.00 (least similar). Stems asked “what does the Code say?” over yes/no answers and one invented a US validity extension stamp; they now ask whether it can be used, one with months carried over from an old passport. Two mistakes added (a fifteen-year limit; only the validity half of Art. 6(1)(a)).',
    },
    'travel-care/name-exactly-as-in-passport': {
      verdict: 'ok',
      fingerprint: '3f5cc1def7a2cdaa',
      note: 'Was cued 1.00 (least similar): keys reworded to share the distractors’ words; two mistakes added (the name signed in emails, passport name plus nickname).',
    },
    'travel-care/secure-flight-data-for-us-flights': {
      verdict: 'ok',
      fingerprint: '54c9f7723492dfb4',
      note: 'A longer key wording and a mistake (passport number on a domestic flight) added. Checked: 49 CFR 1560.101 (full name, date of birth, gender).',
    },
    'travel-care/loyalty-number-on-partner-airline': {
      verdict: 'ok',
      fingerprint: 'e91129d5ced9d053',
      note: 'Was cued 1.00 (least similar). The key “partner loyalty number” misnamed the traveller’s own programme; keys now say their existing number with the partner programme. Two mistakes added (a new number with the operating airline, asking at check-in).',
    },
    'travel-care/emergency-contact-not-travelling': {
      verdict: 'ok',
      fingerprint: 'f00d7d057f99612f',
    },
    'travel-care/duty-of-care-itinerary-on-file': {
      verdict: 'ok',
      fingerprint: 'e43a6df7cd6ae941',
      note: 'A longer key wording and a mistake (confirmation filed after the trip) added.',
    },
    'travel-care/travel-advisory-before-booking': {
      verdict: 'ok',
      fingerprint: 'd3740fff5ff38c02',
      note: 'A longer key wording added.',
    },
    'travel-care/multi-airport-city-code': {
      verdict: 'ok',
      fingerprint: '3292efe25aa1859d',
      note: 'A longer key wording added.',
    },
    'travel-care/airline-designator-lx': {
      verdict: 'ok',
      fingerprint: '2cf8d089481a2b19',
      note: 'Was cued 0.51 (shortest); the two keys “Swiss”/“SWISS” were one wording. Keys are now “SWISS, of Switzerland” and the full name; options share a shape; Loganair (LM) and Lufthansa CityLine (CL) added.',
    },
    'travel-care/airline-designator-ek-ey': {
      verdict: 'ok',
      fingerprint: '201c4e7c709f61f2',
    },
    'travel-care/airport-code-yyz': {
      verdict: 'ok',
      fingerprint: '88e76a94dc554bb0',
    },
    'travel-care/airport-code-ord-mdw': {
      verdict: 'ok',
      fingerprint: '2325d171f3ac6ccb',
      note: 'First stem asked what to check with the traveller over answers naming the airport; it now asks which airport. Key wording and two mistakes (O’Hare under an old code, Midland MAF) added.',
    },
    'travel-care/booking-class-letter-is-not-the-cabin': {
      verdict: 'ok',
      fingerprint: '1c3a61be79132447',
    },
    'travel-care/approval-before-ticketing': {
      verdict: 'ok',
      fingerprint: '84b18470aec91888',
      note: 'A longer key wording added, to bring the model under the single-item guessing limit.',
    },
    'travel-care/known-traveller-number-in-profile': {
      verdict: 'ok',
      fingerprint: '4c8b13454e253fbd',
    },
    'travel-care/traveller-profile-data-minimised': {
      verdict: 'ok',
      fingerprint: '92dcd597cc49d39d',
      note: 'A longer key wording added.',
    },
    'travel-care/lowest-logical-fare-in-window-and-stop-limit': {
      verdict: 'ok',
      fingerprint: 'f2fc860ff70c62c8',
    },
    'travel-care/business-class-for-flights-over-a-stated-length': {
      verdict: 'ok',
      fingerprint: 'a64c97648c7b5cd2',
      note: 'A slip added (connection before each flight added to it); the whole-hours slip kept after judging (reading “6 h 35 min” as six hours is a real misreading) with its name made plain. Adding the new slip alone cued the key at 1.00; both together keep it under 0.5.',
    },
    'travel-care/disruption-rebook-before-queueing': {
      verdict: 'ok',
      fingerprint: '5fc0714f053fa307',
      note: 'Was cued 0.94 (cross out): one key was always longest-but-one; key wordings varied in length and two mistakes added (queueing at the transfer desk, waiting on an email).',
    },
    'travel-care/share-itinerary-with-traveller-and-contact': {
      verdict: 'ok',
      fingerprint: '9430162c2539ceb7',
    },
    'travel-care/register-with-embassy-service': {
      verdict: 'ok',
      fingerprint: '5851abe20eb41ea3',
    },
    'travel-care/medication-and-insurance-check': {
      verdict: 'ok',
      fingerprint: '6621a2b7ea241d1e',
    },
    'travel-care/rental-car-driver-licence-abroad': {
      verdict: 'ok',
      fingerprint: '2a4f8a882ace9f7a',
      note: 'Was cued 0.54 (least similar): a key wording and two mistakes added (permit from the rental company, hotel translation).',
    },
  },
}
