import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './travel-text.js'

// Passports, visas, entry rules and hotel practice as the rule each stem names states them.

const DOCUMENT_PRACTICES: readonly Practice[] = [
  {
    id: 'schengen-short-stay-counts-all-states',
    stems: [
      'A non-EU traveller spends 40 days in France, then 35 in Germany, then wants 30 in Italy, all within 180 days. Under the Schengen short-stay rule, how are the days counted?',
      'A consultant splits a visa-free trip between Spain and the Netherlands. For the 90/180-day rule, what counts?',
    ],
    keys: [
      'Days in all Schengen states together',
      'The combined days in all states',
      'Days in all Schengen states together, in one running count',
    ],
    wrong: [
      ['Each country separately, 90 days each', 'treats the limit as per country'],
      ['Only days in the country of first entry', 'counts only the entry state'],
      ['Working days only', 'thinks weekends do not count'],
    ],
  },
  {
    id: 'schengen-partial-days-count',
    stems: [
      'Under the Schengen 90/180-day rule, how is a day on which the traveller arrives at 23:30 counted?',
      'The traveller lands in Lisbon at 22:00 and leaves the Schengen area three days later at 07:00. Do the arrival and departure days count?',
    ],
    keys: ['Each is a full day of stay', 'Entry and exit days both count'],
    wrong: [
      ['Not at all, as it is under 24 hours', 'counts only full 24-hour periods'],
      ['As half a day each', 'invents half days'],
      ['Only the exit day counts', 'drops the entry day as a fencepost'],
    ],
  },
  {
    id: 'schengen-passport-validity',
    stems: [
      'For a short stay in the Schengen area, how long must a visitor’s passport remain valid under the Schengen Borders Code?',
      'A non-EU traveller’s passport expires soon. What validity does the Schengen Borders Code ask for?',
    ],
    keys: [
      'Three months beyond the date of exit',
      'At least three months after the exit date',
      'Three months past the intended date of exit',
    ],
    wrong: [
      [
        'Six months beyond the date of arrival',
        'applies the six-month rule many other countries use',
      ],
      ['Only for the dates of the stay', 'thinks validity for the stay itself is enough'],
      ['One year from the date of entry', 'invents a one-year rule'],
      ['Three months from the date of entry', 'counts the three months from entry, not exit'],
      ['At least six months after the exit date', 'doubles the period the code asks for'],
    ],
  },
  {
    id: 'transit-visa-depends-on-airside',
    stems: [
      'A traveller connects through a country whose rule (as the client’s visa service states) requires a transit visa only for those who leave the international zone. Their onward flight is on a separate ticket, so they must collect and recheck bags. Do they need the visa?',
      'The stated rule: no transit visa if the traveller stays airside. The two flights are on separate tickets and bags are not checked through. Does the traveller need a transit visa?',
    ],
    keys: [
      'Yes: the bags are not sent on to the onward flight',
      'Yes, as the connection means leaving the international zone',
      'Yes, as they must leave the airside zone',
    ],
    wrong: [
      [
        'No, if they hold a ticket for the onward flight',
        'thinks an onward ticket alone waives the visa',
      ],
      [
        'No, as the bags are sent on to the onward flight',
        'assumes bags on a separate ticket are checked through',
      ],
      ['No: it is only a connection', 'ignores that separate tickets force a landside transfer'],
      [
        'No, if the connection is under 24 hours',
        'applies a time rule the stated policy does not have',
      ],
      [
        'Yes, but only if they leave the airport building',
        'thinks immigration starts at the airport exit',
      ],
    ],
  },
  {
    id: 'blank-visa-pages',
    stems: [
      'The destination’s entry rules (as stated by its embassy) require two blank visa pages. The traveller’s passport has two pages left, one marked “Amendments and Endorsements”. Is it enough?',
      'The rule stated by the embassy: two blank visa pages. The passport’s last blank pages are one visa page and one endorsements page. What do you do?',
    ],
    keys: [
      'No: renew the passport before the trip',
      'Renew first: too few real visa pages',
      'No: an endorsements page is not a visa page, so renew the passport',
    ],
    wrong: [
      ['Any blank page will do, so it is fine', 'counts the endorsements page as a visa page'],
      ['Yes, if the stamps are small enough to fit', 'thinks the rule is about space, not pages'],
      ['Only the last page matters for the rule', 'misreads which pages the rule counts'],
    ],
  },
  {
    id: 'dual-national-same-passport',
    stems: [
      'A dual national flies out on one passport. Which passport should they show on arrival and departure for a stay counted against visa-free days?',
      'A traveller holds two passports. Which one should the airline booking and the border see?',
    ],
    keys: [
      'The same passport for booking, exit and entry',
      'The same one throughout the trip',
      'One passport, used at every border of the trip',
    ],
    wrong: [
      [
        'A different passport at each border, to split the days',
        'splits the stay across passports',
      ],
      ['Whichever passport has the shorter queue', 'chooses at each border, breaking the record'],
      ['Whichever is closer to expiry', 'chooses by expiry, creating a mismatch'],
      ['The two passports at every border', 'thinks showing both is required'],
      ['The booking can use either name', 'thinks the booking need not match the document shown'],
    ],
  },
  {
    id: 'hotel-guarantee-for-late-arrival',
    stems: [
      'The traveller’s flight lands at 23:00 and the hotel releases unguaranteed rooms at 18:00. What do you do when booking?',
      'A late arrival is expected after the hotel’s 6 pm hold time. How do you keep the room?',
    ],
    keys: ['Guarantee it by card; note the late ETA', 'Book guaranteed and give the arrival time'],
    wrong: [
      [
        'Nothing: a confirmation number holds the room',
        'thinks any confirmation survives the hold time',
      ],
      ['Book for the next night instead', 'loses the first night'],
      ['Call on arrival to ask for a room', 'leaves the room to chance'],
    ],
  },
  {
    id: 'hotel-no-show-cancels-stay',
    stems: [
      'A guaranteed three-night hotel booking will be used from the second night because of a delayed flight. What must you do?',
      'The traveller will arrive a day late for a guaranteed reservation. Why call the hotel?',
    ],
    keys: [
      'Tell the hotel, or a no-show may cancel all the nights',
      'Call ahead: a no-show ends the whole booking',
      'Warn them, or a no-show ends the booking',
    ],
    wrong: [
      [
        'Email the hotel after the first night is lost',
        'acts after the no-show has ended the stay',
      ],
      [
        'Nothing: a no-show charges one night only',
        'thinks a no-show costs the first night, not the stay',
      ],
      [
        'Nothing: the card guarantees all the nights',
        'thinks the guarantee keeps the later nights after a no-show',
      ],
      ['Cancel the whole booking and rebook on arrival', 'risks losing the rate and the room'],
      ['Ask for the first night back afterwards', 'expects a refund of a guaranteed no-show'],
    ],
  },
  {
    id: 'advance-purchase-rate-when-plans-may-change',
    stems: [
      'The meeting dates are not confirmed. The hotel offers a prepaid non-refundable rate 15 % cheaper and a flexible rate cancellable until the day before. Which fits policy that forbids paying for unused nights?',
      'Dates may still change. Which hotel rate do you choose, under a policy against losing prepaid nights?',
    ],
    keys: [
      'The flexible rate, as it can be cancelled',
      'The flexible rate, though dearer',
      'Flexible: it can be cancelled',
    ],
    wrong: [
      ['The prepaid rate, and change it later', 'thinks a non-refundable rate can be changed'],
      ['The prepaid rate, as the saving covers the risk', 'trades the policy for the price'],
      ['The prepaid rate, as it is cheaper', 'compares price without the risk of change'],
      [
        'Book the two rates, cancelling one later',
        'double-books and pays for the non-refundable one',
      ],
      ['Wait to book until the dates are final', 'risks the hotel selling out'],
    ],
  },
  {
    id: 'hotel-deposit-versus-guarantee',
    stems: [
      'The hotel asks for a card to guarantee the booking, with no deposit. When is that card charged?',
      'A booking is guaranteed by card with no deposit. When is the card charged?',
    ],
    keys: [
      'Only on a no-show or late cancel',
      'At checkout, or on a no-show',
      'At checkout, or on a no-show or late cancellation',
    ],
    wrong: [
      [
        'Only at checkout, even after a no-show',
        'thinks a guarantee is never charged for a no-show',
      ],
      ['Now, for the full stay', 'confuses a guarantee with a prepayment'],
      ['Now, for the first night', 'confuses a guarantee with a deposit'],
      ['Never: a guarantee is a formality', 'thinks the card is never charged'],
    ],
  },
]

export const DOCUMENT_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  DOCUMENT_PRACTICES.map(practiceFamily)
