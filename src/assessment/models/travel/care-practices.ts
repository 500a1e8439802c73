import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './travel-text.js'

// More duty-of-care, entry-document and baggage practice; sources in the key test's table.

const CARE_PRACTICES: readonly Practice[] = [
  {
    id: 'disruption-rebook-before-queueing',
    stems: [
      'The traveller’s connecting flight is cancelled while they are in the air. What do you do first?',
      'A storm cancels the onward flight. The traveller lands in 40 minutes. What is your first step?',
    ],
    keys: [
      'Look at rebooking at once and hold a seat',
      'Check the airline’s rebooking options and hold a seat',
      'Start rebooking them on the next flight at once',
    ],
    wrong: [
      [
        'Queue at the transfer desk with everyone else once they land',
        'waits in the queue while the seats go',
      ],
      ['Email the airline and wait for its reply', 'waits while others take the seats'],
      ['Wait until the traveller lands and calls', 'loses the seats others are rebooking'],
      [
        'Book a new one-way ticket on any airline',
        'pays again before using the airline’s duty to reroute',
      ],
      ['Cancel the hotel at the destination', 'acts on the hotel before the flight'],
    ],
  },
  {
    id: 'share-itinerary-with-traveller-and-contact',
    stems: [
      'The trip is booked. Who gets the full itinerary with confirmation numbers?',
      'To whom do you send the final itinerary of a client’s trip?',
    ],
    keys: [
      'Them and the duty-of-care contact',
      'The traveller and the named contact',
      'The traveller, plus the duty-of-care contact the policy names',
    ],
    wrong: [
      ['Only the traveller, to keep it private', 'leaves the company unable to locate them'],
      ['The whole company mailing list', 'over-shares personal data'],
      ['Nobody: the airline emails it', 'relies on airline emails for hotels and cars too'],
    ],
  },
  {
    id: 'register-with-embassy-service',
    stems: [
      'A traveller heads to a region with a high-risk advisory, with approval. Which step does a duty-of-care policy add?',
      'An approved trip goes to an area under a security advisory. What else do you set up?',
    ],
    keys: ['Register them with their embassy', 'Enrol in the embassy’s register'],
    wrong: [
      ['Nothing, as approval is enough', 'stops at approval'],
      ['Book a refundable ticket only', 'treats a fare choice as risk care'],
      ['Tell the hotel about the advisory', 'informs the wrong party'],
    ],
  },
  {
    id: 'medication-and-insurance-check',
    stems: [
      'A traveller with a chronic condition travels abroad for two weeks. Which booking step fits duty of care?',
      'Before a long trip abroad, the traveller mentions prescription medication. What do you check?',
    ],
    keys: ['Health cover and local drug rules', 'Insurance, and whether it is legal'],
    wrong: [
      ['Nothing: health is private', 'ignores what the traveller raised'],
      ['Book an aisle seat only', 'answers comfort, not care'],
      ['Ask for their diagnosis for the file', 'collects more health data than needed'],
    ],
  },
  {
    id: 'esta-before-visa-waiver-travel',
    stems: [
      'A UK citizen flies to New York for a three-day meeting under the US Visa Waiver Program. What must be in place before boarding?',
      'A German client visits Chicago for a week, visa-free. What does the US require before the flight?',
    ],
    keys: [
      'An approved ESTA, applied for online before the flight',
      'ESTA approval, obtained before flying',
      'An approved ESTA from the online application',
    ],
    wrong: [
      [
        'An ESTA applied for at the border on arrival',
        'thinks the authorisation is issued at the border',
      ],
      ['A visa on arrival, paid for at the border', 'thinks the US issues visas on arrival'],
      ['A business visa from the embassy', 'thinks visa-free travel needs a visa'],
      ['Nothing: visa-free means no application', 'forgets the electronic authorisation'],
      [
        'An invitation letter stamped at the border',
        'confuses a supporting letter with entry authorisation',
      ],
    ],
  },
  {
    id: 'name-change-after-passport-issue',
    stems: [
      'A traveller married and changed surname, but the passport is in the old name. Which name goes on the ticket?',
      'The traveller’s new surname is on their driving licence; the passport still shows the old one. For an international flight, which name do you book?',
    ],
    keys: ['The name in the passport used', 'The passport’s name, as shown'],
    wrong: [
      [
        'The new name, as it is the legal one now',
        'books a name the travel document does not show',
      ],
      ['Old and new surnames joined', 'invents a combined name'],
      ['The name on the driving licence', 'uses a document not used at the border'],
    ],
  },
  {
    id: 'passport-issue-date-ten-years-schengen',
    stems: [
      'A passport issued 10 years and 2 months ago is still valid for 7 more months, as months left on the old passport were carried over. Under the Schengen Borders Code, can it be used for entry?',
      'A passport was issued more than ten years ago but has not expired. Under the Schengen Borders Code, can it be used for a short stay?',
    ],
    keys: [
      'No, as it was issued over ten years ago',
      'No: it is over ten years old, whatever its expiry',
      'No, as it is over ten years old, whatever its validity',
    ],
    wrong: [
      ['Yes, as it was issued in the last fifteen years', 'invents a fifteen-year limit'],
      ['Yes, if it is valid three months past exit', 'applies only the validity half of the rule'],
      ['Yes, as it has not expired', 'looks only at the expiry date'],
      ['Yes, if the trip is under 90 days', 'mixes the stay limit with document rules'],
      ['Yes, if it has six months left', 'applies another country’s validity rule'],
    ],
  },
  {
    id: 'liquids-in-cabin-100-ml',
    stems: [
      'Where the 100 ml liquids rule applies, the traveller has a 150 ml bottle of hand cream that is half empty. May it go in the cabin bag?',
      'Under the 100 ml rule for cabin liquids, is a 200 ml perfume bottle with 80 ml left allowed?',
    ],
    keys: ['No, as the bottle is over 100 ml', 'No: the container size counts, not what is left'],
    wrong: [
      ['Yes, if it is declared at security', 'thinks declaring it lifts the limit'],
      ['Yes, as less than 100 ml is left', 'measures the contents, not the container'],
      ['Yes, in a clear bag', 'thinks the bag overrides the container limit'],
      ['Yes, for business travellers', 'invents an exemption'],
    ],
  },
  {
    id: 'cabin-bag-weight-on-small-aircraft',
    stems: [
      'A regional flight on a small turboprop lists a smaller cabin-bag size. The traveller’s bag fits the mainline size. What do you tell them?',
      'The second flight is on a regional aircraft with a lower cabin-bag limit. What is the risk?',
    ],
    keys: ['It may be put in the hold at boarding', 'Gate check likely: pack essentials apart'],
    wrong: [
      [
        'None: the mainline rule covers the whole trip',
        'applies one aircraft’s rule to every flight',
      ],
      ['They must pay for a seat for the bag', 'confuses with oversized items like instruments'],
      ['They will be refused boarding', 'overstates the consequence'],
    ],
  },
  {
    id: 'rental-car-driver-licence-abroad',
    stems: [
      'A US traveller rents a car in a country whose rental terms (as stated) require an International Driving Permit alongside the licence. What do you arrange?',
      'The rental company’s terms ask for an International Driving Permit with the national licence. The traveller has only the licence. What do you do?',
    ],
    keys: [
      'Get the permit at home, before the trip',
      'Get an IDP at home to carry with it',
      'Get the permit at home, to carry with the licence',
    ],
    wrong: [
      ['Get the permit online from the rental company', 'thinks rental companies issue permits'],
      [
        'Use the licence with a translation from the hotel',
        'swaps the stated permit for a translation',
      ],
      ['Nothing: the licence alone will do', 'ignores the stated terms'],
      ['Get the permit on arrival at the counter', 'thinks a permit is issued abroad'],
      ['Use the permit instead of the licence', 'thinks the permit replaces the licence'],
    ],
  },
]

export const CARE_PRACTICE_FAMILIES: readonly ScenarioFamily[] = CARE_PRACTICES.map(practiceFamily)
