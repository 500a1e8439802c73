import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './travel-text.js'

// Fare rules, tickets and baggage as airlines and regulators publish them; each family's rule and
// its source are in the key test's table.

const FARE_PRACTICES: readonly Practice[] = [
  {
    id: 'us-24-hour-cancellation-rule',
    stems: [
      'A round trip from Boston to Denver was bought on a non-refundable fare 12 days before departure, and the meeting moved an hour later. Under the US DOT rule for tickets bought at least 7 days ahead, what can you do if you act within 24 hours of booking?',
      'You booked a non-refundable fare from Miami to Seattle 9 days before the flight; two hours later the trip is cancelled. The US DOT 24-hour rule applies to tickets bought 7 or more days ahead. What can you do?',
    ],
    keys: [
      'Cancel it now for a full refund, no fee',
      'Cancel it within the 24 hours for a full refund',
      'Cancel within 24 hours, with a full refund',
      'Cancel within 24 hours of booking for a full refund, no fee',
    ],
    wrong: [
      [
        'Ask for a credit, less the change fee',
        'treats the fresh booking as any non-refundable ticket',
      ],
      [
        'Nothing: the fare says non-refundable',
        'does not know the 24-hour rule overrides the fare rule',
      ],
      [
        'Cancel only if the fare has dropped since booking',
        'confuses the rule with a price guarantee',
      ],
      [
        'Wait for the airline to change the schedule',
        'hopes for an involuntary change instead of using the rule',
      ],
      [
        'Cancel only for a credit towards a new fare',
        'thinks the rule gives a credit, not money back',
      ],
      [
        'Nothing: the rule covers refundable fares only',
        'thinks the rule is limited to refundable fares',
      ],
    ],
  },
  {
    id: 'coupons-used-in-sequence',
    stems: [
      'The traveller on a London–Rome–London return will drive to Rome instead and fly only the return. What should you do before the outbound flight?',
      'A client plans to skip the outbound flight of a return ticket and use only the way back. What is the risk, and what do you do?',
    ],
    keys: [
      'Tell the airline, or the return is cancelled',
      'Rebook: a missed outbound voids the return',
    ],
    wrong: [
      ['Nothing: each flight of a return is separate', 'thinks coupons can be used in any order'],
      ['Check in online for the return only', 'assumes online check-in skips the sequence rule'],
      [
        'Ask for a refund of the outbound after the trip',
        'expects a refund of a flight missed as a no-show',
      ],
      [
        'Book a one-way to Rome on the same airline',
        'adds a ticket without fixing the no-show on the first',
      ],
    ],
  },
  {
    id: 'tickets-are-not-transferable',
    stems: [
      'The employee booked on Friday’s flight to Lyon has left the company; a colleague will go instead. What do you do with the ticket?',
      'Another team member will replace the booked traveller on a trip next week. How is the replacement ticketed?',
    ],
    keys: [
      'Rebook in the new traveller’s own name',
      'Issue the colleague a new ticket in their own name',
      'Book the colleague on a new ticket; the old one is not theirs to use',
    ],
    wrong: [
      [
        'Let the colleague fly on the existing ticket',
        'thinks a ticket follows the seat, not the person',
      ],
      [
        'Give the colleague the booking reference to check in',
        'thinks the booking reference lets another person fly',
      ],
      ['Edit the name on the existing ticket', 'thinks a ticket is transferable by a name change'],
      [
        'Send the colleague the e-ticket receipt to use',
        'thinks a receipt lets another person fly',
      ],
      [
        'Add the colleague as a second name on the booking',
        'treats the booking as a group reservation',
      ],
    ],
  },
  {
    id: 'codeshare-operating-carrier-rules',
    stems: [
      'A flight sold as AA 6143 is marked “operated by British Airways”. Whose check-in desk and baggage rules apply at the airport?',
      'The ticket shows LH 7604 “operated by United Airlines”. Where does the traveller check in, and whose cabin-bag limits hold?',
    ],
    keys: ['The operating carrier’s', 'Those of the airline that flies the plane'],
    wrong: [
      [
        'The marketing carrier’s, whose code is on the ticket',
        'reads the flight number as the airline that flies it',
      ],
      ['The stricter of the two airlines’ rules', 'invents a rule that merges both'],
      ['The ticketing agent’s', 'mistakes the issuer for the airline'],
    ],
  },
  {
    id: 'separate-tickets-missed-connection',
    stems: [
      'A cheaper itinerary uses two separate tickets, Oslo–Amsterdam and Amsterdam–Toronto, with 90 minutes between them. What risk must you tell the traveller about?',
      'You found a route on two tickets from different airlines through Madrid. What is the main risk compared with one ticket?',
    ],
    keys: [
      'A late first flight can strand them at the hub',
      'The second airline need not rebook a missed connection',
      'Missing the second flight means paying again',
    ],
    wrong: [
      ['Bags are always checked through to the end', 'assumes separate tickets check bags through'],
      [
        'Only a longer minimum connection time at the hub',
        'thinks separate tickets change only the connection time',
      ],
      [
        'None, if each leg meets the minimum connection time',
        'thinks the connection minimum protects separate tickets',
      ],
      ['Only a longer check-in queue at the hub', 'underrates the risk to a cosmetic one'],
      [
        'The second airline must wait for the first flight',
        'thinks separate airlines hold flights for each other',
      ],
    ],
  },
  {
    id: 'eu261-right-to-care-during-delay',
    stems: [
      'A flight from Vienna to Madrid (about 1,800 km) is delayed three and a half hours at departure. Under EU Regulation 261/2004, what must the airline offer while the traveller waits?',
      'A 2,000 km intra-EU flight leaves over three hours late. What does EU Regulation 261/2004 entitle the waiting traveller to at the airport?',
    ],
    keys: [
      'Meals and refreshments for the length of the delay',
      'Food and drink at the airport, and two calls',
      'Meals, refreshments and two calls at the gate',
    ],
    wrong: [
      [
        'A hotel room only once the delay reaches five hours',
        'mixes up the overnight stay with the five-hour refund',
      ],
      [
        'Cash compensation for the delay at the airport',
        'confuses care with compensation, paid later on claim',
      ],
      [
        'Nothing until the delay reaches five hours',
        'mixes up care with the five-hour right to a refund',
      ],
      [
        'A hotel room, whatever the length of the delay',
        'confuses care during a day delay with an overnight one',
      ],
      ['Cash compensation at the gate', 'confuses care with compensation, paid later on claim'],
    ],
  },
  {
    id: 'eu261-extraordinary-circumstances',
    stems: [
      'A flight was cancelled because a storm closed the airport. The traveller wants the EU 261 cash compensation. What do you tell them?',
      'An air traffic control strike cancelled the flight from Paris. Is fixed compensation under EU Regulation 261/2004 owed?',
    ],
    keys: ['Rerouting or refund, but no compensation', 'No fixed compensation; refund or reroute'],
    wrong: [
      [
        'Full compensation: any cancellation is the airline’s fault',
        'ignores the extraordinary-circumstances defence',
      ],
      [
        'Nothing at all, not even a refund',
        'thinks the defence also removes the right to a refund',
      ],
      [
        'Half the compensation, as the airline was partly at fault',
        'invents a reduced rate for bad weather',
      ],
    ],
  },
  {
    id: 'pnr-locator-versus-ticket-number',
    stems: [
      'The traveller must give the airline’s app a six-character reference to manage the trip. Which item of the confirmation is it?',
      'An airline desk asks for the booking reference. Which of these from the confirmation do you give?',
    ],
    keys: ['The record locator, e.g. K7Q2ZM', 'The PNR code, six letters and digits like X4TB9R'],
    wrong: [
      [
        'The 13-digit ticket number, e.g. 1252345678901',
        'confuses the ticket number with the booking reference',
      ],
      ['The fare basis, e.g. KLXOWGB', 'reads the fare basis code as a reference'],
      [
        'The loyalty number, e.g. BA 12345678',
        'confuses the frequent-flyer number with the booking',
      ],
    ],
  },
  {
    id: 'open-jaw-itinerary',
    stems: [
      'The traveller flies London to New York, takes the train to Washington, and flies home from Washington. What is this itinerary called?',
      'A trip flies into Milan and home from Rome, the gap covered by train. What kind of itinerary do you book?',
    ],
    keys: ['An open jaw', 'An open-jaw return'],
    wrong: [
      ['A circle trip', 'confuses with a trip of several flown legs back to the start'],
      [
        'Two one-way tickets, which is the only way',
        'does not know a return can have a surface gap',
      ],
      ['A stopover', 'confuses a surface gap with a stop of over 24 hours on a flown route'],
    ],
  },
  {
    id: 'stopover-versus-layover',
    stems: [
      'On an international ticket, a traveller stays in Singapore for 30 hours between two flights. How do fare rules classify that stop?',
      'An international itinerary waits 26 hours in Doha between flights. Is that a connection or a stopover?',
    ],
    keys: ['A stopover: more than 24 hours', 'A stopover, as it is over 24 hours'],
    wrong: [
      [
        'A connection, as long as it is on one ticket',
        'thinks one ticket makes any stop a connection',
      ],
      ['A connection, as the stop is under 48 hours', 'uses a 48-hour limit'],
      ['An open jaw', 'confuses a stop on the route with a surface gap'],
    ],
  },
  {
    id: 'checked-bag-size-limit-linear',
    stems: [
      'The airline allows checked bags up to 158 cm (62 in) in length plus width plus height. The traveller’s case is 80 × 52 × 30 cm. Does it fit?',
      'Checked bags may total 158 cm (length + width + height). A drum case measures 85 × 45 × 30 cm. How is it treated?',
    ],
    keys: [
      'Oversize: the three sides sum to over 158 cm',
      'Oversize, as the sum is over 158 cm',
      'It is oversize, as its sides add up to over 158 cm',
    ],
    wrong: [
      [
        'It fits, as the sum is within 5 cm of the limit',
        'invents a tolerance the rule does not have',
      ],
      ['Oversize only as a second bag', 'confuses the size limit with the piece allowance'],
      [
        'It fits, as no side is over 158 cm',
        'compares each side with the limit instead of their sum',
      ],
      ['Oversize only if it weighs over 23 kg', 'confuses the size limit with the weight limit'],
      ['It is a cabin bag if it is soft-sided', 'confuses checked-bag and cabin rules'],
    ],
  },
  {
    id: 'lithium-batteries-in-cabin',
    stems: [
      'The traveller carries two spare laptop power banks. Where do they go under IATA dangerous goods rules?',
      'A camera crew has spare lithium-ion batteries (under 100 Wh each). How must they travel?',
    ],
    keys: ['Carry-on only, terminals protected', 'In the cabin only, each protected'],
    wrong: [
      ['In checked bags, as they are safer in the hold', 'thinks fire risk is lower in the hold'],
      ['Either way, under 100 Wh', 'applies the watt-hour limit but forgets the cabin rule'],
      ['Shipped separately as cargo', 'thinks batteries under 100 Wh are forbidden to passengers'],
    ],
  },
]

export const FARE_PRACTICE_FAMILIES: readonly ScenarioFamily[] = FARE_PRACTICES.map(practiceFamily)
