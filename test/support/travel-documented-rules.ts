// Documented travel rules, each with its source: the key test checks that every practice
// family's key says what the rule says, and that no distractor does.

/** Family id → the source of its rule and a pattern only the rule's answer matches. */
export const PRACTICE_RULES: Record<string, readonly [source: string, answer: RegExp]> = {
  'us-24-hour-cancellation-rule': [
    'US DOT, 14 CFR 259.5(b)(4): hold or cancel without penalty for 24 hours when booked 7+ days ahead',
    /full refund|full money back/,
  ],
  'coupons-used-in-sequence': [
    'IATA Recommended Practice 1724 / airline conditions of carriage: flight coupons honoured only in sequence',
    /return is cancelled|voids the return/,
  ],
  'tickets-are-not-transferable': [
    'IATA Recommended Practice 1724, Art. 3.1: tickets are not transferable',
    /new traveller’s|new ticket in their own name|new ticket; the old/,
  ],
  'codeshare-operating-carrier-rules': [
    'Codeshare practice: check-in and baggage handled by the operating carrier (e.g. US DOT 14 CFR 257 disclosure)',
    /operating carrier|flies the plane/,
  ],
  'separate-tickets-missed-connection': [
    'IATA conditions of carriage: protection applies within one ticket only',
    /strand them|paying again|need not rebook/,
  ],
  'eu261-right-to-care-during-delay': [
    'Regulation (EC) 261/2004, Art. 6 and 9: care (meals, refreshments, two calls) for delays of 3 h at 1,500–3,500 km',
    /Meals, refreshments|Food and drink|Meals and refreshments/,
  ],
  'eu261-extraordinary-circumstances': [
    'Regulation (EC) 261/2004, Art. 5(3) and recital 14; Art. 8 and 9 still apply',
    /but no compensation|No fixed compensation/,
  ],
  'pnr-locator-versus-ticket-number': [
    'IATA PNR record locator: six alphanumeric characters; e-ticket numbers have 13 digits',
    /record locator|PNR code/,
  ],
  'open-jaw-itinerary': [
    'IATA fare construction: open jaw, a return with a surface sector',
    /open jaw|open-jaw/i,
  ],
  'stopover-versus-layover': [
    'IATA fare rules: on international journeys a stop over 24 hours is a stopover',
    /A stopover/,
  ],
  'checked-bag-size-limit-linear': [
    'Airline baggage rules: 158 cm (62 in) total of length, width and height',
    /^(Oversize:|Oversize, as|It is oversize, as)/,
  ],
  'lithium-batteries-in-cabin': [
    'IATA Dangerous Goods Regulations, Table 2.3.A: spare lithium batteries in carry-on only, protected',
    /Carry-on only|In the cabin only/,
  ],
  'liquids-in-cabin-100-ml': [
    'EU Regulation 2015/1998 and TSA 3-1-1: container capacity of 100 ml (3.4 oz) or less',
    /bottle is over|container size counts/,
  ],
  'cabin-bag-weight-on-small-aircraft': [
    'Airline cabin baggage rules: regional aircraft carry smaller bags, others gate-checked',
    /in the hold at boarding|Gate check likely/,
  ],
  'name-exactly-as-in-passport': [
    'TSA Secure Flight and airline rules: name as on the travel document',
    /in their passport|as in the passport|exactly as the passport/,
  ],
  'secure-flight-data-for-us-flights': [
    'TSA Secure Flight (49 CFR 1560.101): full name, date of birth, gender',
    /birth/,
  ],
  'loyalty-number-on-partner-airline': [
    'Alliance earning: the programme number in the booking credits partner flights',
    /own programme’s number|hold with the partner|existing miles number/,
  ],
  'emergency-contact-not-travelling': [
    'ISO 31030:2021 travel risk management: emergency contacts outside the trip',
    /off the trip|staying home/,
  ],
  'duty-of-care-itinerary-on-file': [
    'ISO 31030:2021: knowing travellers’ whereabouts (itinerary records)',
    /itinerary on file|itinerary, kept current/,
  ],
  'travel-advisory-before-booking': [
    'ISO 31030:2021: risk assessment and approval before travel to higher-risk places',
    /approval/,
  ],
  'multi-airport-city-code': [
    'IATA metropolitan area codes (LON, NYC) group a city’s airports',
    /All of the city’s airports|Every airport that city code groups/,
  ],
  'airline-designator-lx': [
    'IATA airline designators: LX Swiss, LG Luxair, LA LATAM, LH Lufthansa',
    /^swiss/i,
  ],
  'airline-designator-ek-ey': [
    'IATA airline designators: EY Etihad, EK Emirates, U2 easyJet, EI Aer Lingus',
    /^Etihad/,
  ],
  'airport-code-yyz': [
    'IATA airport codes: YYZ Toronto Pearson, YUL Montreal, YVR Vancouver, YOW Ottawa, YYC Calgary, YHZ Halifax',
    /^Toronto/,
  ],
  'airport-code-ord-mdw': ['IATA airport codes: ORD O’Hare, MDW Midway, MKE Milwaukee', /Midway/],
  'booking-class-letter-is-not-the-cabin': [
    'IATA booking (reservation) class designators are set per airline within a cabin',
    /price (tier|levels)/,
  ],
  'approval-before-ticketing': [
    'Corporate travel policy practice: pre-trip approval before ticketing; fares can be held',
    /sign-off/,
  ],
  'known-traveller-number-in-profile': [
    'TSA PreCheck: the KTN must be in the reservation with matching name and birth date',
    /KTN/,
  ],
  'traveller-profile-data-minimised': [
    'GDPR Art. 5(1)(c) data minimisation; PCI DSS 3.2: no storage of card security codes',
    /Only booking data|What bookings need/,
  ],
  'disruption-rebook-before-queueing': [
    'Disruption practice: rebook early; Regulation 261/2004 Art. 8 rerouting duty',
    /rebooking/,
  ],
  'share-itinerary-with-traveller-and-contact': [
    'ISO 31030:2021: itinerary shared with the traveller and the organisation’s responsible contact',
    /duty-of-care contact|named contact/,
  ],
  'register-with-embassy-service': [
    'Governments’ traveller registration services (e.g. US STEP, consular registration)',
    /Register them|Enrol in/,
  ],
  'medication-and-insurance-check': [
    'ISO 31030:2021 and destination medicine import rules',
    /[Cc]over|Insurance/,
  ],
  'esta-before-visa-waiver-travel': [
    'US Visa Waiver Program: ESTA approval before boarding (8 CFR 217.5)',
    /approved ESTA|ESTA approval/,
  ],
  'name-change-after-passport-issue': [
    'TSA Secure Flight and airline rules: book the name on the document travelled on',
    /passport used|passport’s name/,
  ],
  'passport-issue-date-ten-years-schengen': [
    'Regulation (EU) 2016/399, Art. 6(1)(a)(ii): issued within the previous 10 years',
    /over ten years/,
  ],
  'schengen-short-stay-counts-all-states': [
    'Regulation (EU) 2016/399, Art. 6(1): 90 days in any 180 in the territory of the Member States',
    /all (Schengen )?states/,
  ],
  'schengen-partial-days-count': [
    'Schengen Handbook / Regulation (EU) 2016/399 Art. 6(1): entry and exit days count as days of stay',
    /full day of stay|both count/,
  ],
  'schengen-passport-validity': [
    'Regulation (EU) 2016/399, Art. 6(1)(a)(i)–(ii): 3 months after departure, issued within 10 years',
    /three months (beyond|after|past) the (intended )?(date of exit|exit date)/i,
  ],
  'transit-visa-depends-on-airside': [
    'The stated rule: a transit visa only when leaving the international zone',
    /^Yes(:|, as)/,
  ],
  'blank-visa-pages': [
    'The stated embassy rule: blank visa pages, not endorsement pages',
    /[Rr]enew/,
  ],
  'dual-national-same-passport': [
    'Border and airline practice: the same passport for booking, exit and entry',
    /One passport|same passport|same one throughout/,
  ],
  'hotel-guarantee-for-late-arrival': [
    'Hotel reservation practice: guaranteed reservations held past the release time',
    /Guarantee it|guaranteed/,
  ],
  'hotel-no-show-cancels-stay': [
    'Hotel reservation practice: a no-show may cancel the rest of the reservation',
    /no-show (may cancel|ends)/,
  ],
  'advance-purchase-rate-when-plans-may-change': [
    'Stated policy against unused prepaid nights: flexible rate',
    /[Ff]lexible/,
  ],
  'hotel-deposit-versus-guarantee': [
    'Hotel reservation practice: a guarantee is charged only on no-show, late cancel or stay',
    /^(Only on|At checkout)/,
  ],
  'departure-at-0010-is-the-night-before': [
    'ISO 8601 / 24-hour clock: 00:10 is the first minutes of the printed date',
    /evening before|previous day/,
  ],
  'plus-one-arrival-marker': [
    'Airline schedule notation (IATA SSIM): +1 day indicator on arrival',
    /(lands|Landing is) on the (following day|next calendar day)/,
  ],
  'twelve-am-is-midnight-start-of-day': [
    'NIST / US convention: 12 a.m. is midnight at the start of the day',
    /start of that day|first hour/,
  ],
  'iso-date-order-in-forms': [
    'ISO 8601 calendar dates: YYYY-MM-DD, year first',
    /^Year.*1988-07-04/,
  ],
  'ambiguous-numeric-date-write-the-month': [
    'Plain-language date practice: spell the month for mixed readers',
    /6 May 2027/,
  ],
  'schedule-change-recheck-connection': [
    'Airline schedule-change practice: recheck minimum connection times',
    /still meets the (MCT|minimum)/,
  ],
  'itemised-receipt-not-card-slip': [
    'Expense policy practice (e.g. IRS Pub. 463 documentary evidence): itemised receipts',
    /itemised (receipt|bill)/,
  ],
  'lodging-receipt-whatever-the-amount': [
    'US Federal Travel Regulation 41 CFR 301-52.4: lodging receipts always; others at $75 or more',
    /^(Only the lodging|The hotel or motel night alone)$/,
  ],
  'personal-days-on-a-business-trip': [
    'US Federal Travel Regulation 41 CFR 301-10.8 / IRS Pub. 463: personal days not reimbursed',
    /business-only/,
  ],
  'expense-report-within-deadline': [
    'Stated 30-day submission policy (cf. IRS accountable plan, 60-day safe harbour)',
    /Send it now, add|Meet the date|add the late receipt/,
  ],
  'no-double-claim-of-meals': [
    'Per-diem practice: per diem replaces meal receipts for the day',
    /per diem only|per diem covers/,
  ],
  'exchange-rate-source-as-stated': ['The stated policy’s exchange-rate source', /statement/],
  'rental-car-driver-licence-abroad': [
    '1949 Geneva Convention on Road Traffic: an IDP is issued at home and accompanies the licence',
    /at home/,
  ],
}
