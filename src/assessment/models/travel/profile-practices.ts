import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './travel-text.js'

// Traveller profiles, codes and duty of care: what a booker keeps right so the traveller boards,
// earns their miles and can be found in an emergency. The key test holds each rule's source.

const PROFILE_PRACTICES: readonly Practice[] = [
  {
    id: 'name-exactly-as-in-passport',
    stems: [
      'The traveller goes by “Bill” but the passport reads WILLIAM JAMES OKAFOR. How do you enter the name in the booking?',
      'A client signs emails “Kate Müller-Lang”; her passport reads KATHARINA MUELLER-LANG. Which name goes on the ticket?',
    ],
    keys: [
      'The name as printed in their passport',
      'Letter for letter as in the passport',
      'The full name exactly as the passport shows it',
    ],
    wrong: [
      ['The name as the traveller signs it in emails', 'books the name the traveller signs with'],
      ['The passport name with the nickname added', 'adds a name the document does not show'],
      [
        'The name the traveller uses day to day',
        'books the familiar name, which will not match the ID at the gate',
      ],
      ['Initials and surname, to save space', 'thinks a shortened name matches the document'],
      ['Whatever the loyalty account shows', 'trusts the loyalty profile over the travel document'],
    ],
  },
  {
    id: 'secure-flight-data-for-us-flights',
    stems: [
      'For a flight within the United States, which traveller data does the TSA Secure Flight programme require at booking?',
      'A client flies Chicago to Dallas. What must the booking hold for TSA Secure Flight?',
    ],
    keys: [
      'Name as on ID, birth date, gender',
      'Full name, date of birth, gender',
      'The full name as on the ID, with date of birth and gender',
    ],
    wrong: [
      [
        'The full name and a passport number for every flight',
        'asks for a passport number on a domestic flight',
      ],
      [
        'Passport number and expiry only',
        'confuses Secure Flight with the advance passenger data of international trips',
      ],
      ['The traveller’s home address and phone', 'confuses it with an emergency contact'],
      ['A loyalty number', 'thinks the airline profile stands in for identity data'],
    ],
  },
  {
    id: 'loyalty-number-on-partner-airline',
    stems: [
      'The traveller collects miles with a oneworld airline and is booked on a flight of another oneworld member. How do they earn the miles?',
      'A Star Alliance member’s flight is booked for a traveller whose miles account is with a Star Alliance partner. What do you do?',
    ],
    keys: [
      'Add their existing miles number to the booking',
      'Add the number they hold with the partner to the booking',
      'Give the operating airline their own programme’s number in the booking',
    ],
    wrong: [
      [
        'Add a new number from the operating airline to the booking',
        'splits the miles into a new account',
      ],
      [
        'Ask the operating airline to post the miles at check-in',
        'leaves the number out of the booking',
      ],
      [
        'Open an account with the operating airline',
        'thinks miles only go to the flying airline’s programme',
      ],
      [
        'Nothing: alliance miles post on their own',
        'thinks miles credit without a number in the booking',
      ],
      [
        'Claim the miles from the operating airline after the trip only',
        'relies on a retro claim instead of adding the number',
      ],
    ],
  },
  {
    id: 'emergency-contact-not-travelling',
    stems: [
      'The booking form asks for an emergency contact. The traveller suggests the colleague flying with them. What do you advise?',
      'Whom should a traveller’s profile name as emergency contact for a team trip?',
    ],
    keys: ['A reachable person off the trip', 'Someone staying home, reachable'],
    wrong: [
      ['The colleague on the same flight', 'names someone caught in the same incident'],
      [
        'The travel agency’s helpline',
        'gives a service desk instead of a person who knows the traveller',
      ],
      ['Leave it blank; it is optional', 'skips the field duty of care relies on'],
    ],
  },
  {
    id: 'duty-of-care-itinerary-on-file',
    stems: [
      'Your client’s duty-of-care policy requires the company to locate travellers quickly in an emergency. What do you keep for every trip?',
      'After an earthquake hits a city, the client asks who is there. What record lets you answer at once?',
    ],
    keys: [
      'Each trip’s itinerary on file, updated as it changes',
      'Every trip’s itinerary, kept current',
      'Every trip’s itinerary on file, updated whenever a booking changes',
    ],
    wrong: [
      [
        'The traveller’s mobile number only',
        'relies on reaching the traveller, which may fail in a crisis',
      ],
      ['The expense reports after the trip', 'uses records that arrive too late'],
      [
        'Each trip’s booking confirmation, filed after the trip',
        'files a record too late to locate anyone during the trip',
      ],
      [
        'The booking confirmations in the traveller’s own inbox',
        'keeps the data where the company cannot see it',
      ],
    ],
  },
  {
    id: 'travel-advisory-before-booking',
    stems: [
      'A client wants a trip to a country their government’s travel advice tells people to avoid. What do you do before booking?',
      'The destination now has an “avoid all but essential travel” advisory. What should you do first?',
    ],
    keys: [
      'Tell the client; follow risk approval',
      'Raise it and get the approval policy needs',
      'Tell the client and follow the risk approval the policy requires',
    ],
    wrong: [
      ['Book it; advice is only for tourists', 'thinks advisories do not bind business travel'],
      ['Buy extra travel insurance and book', 'assumes insurance covers travel against advice'],
      ['Refuse and cancel the client’s meeting yourself', 'takes a decision that is the client’s'],
    ],
  },
  {
    id: 'multi-airport-city-code',
    stems: [
      'A fare search for the city code LON returns flights to which airports?',
      'The booking tool searches NYC as a city. Which airports does that cover?',
    ],
    keys: [
      'All of the city’s airports',
      'Every airport that city code groups',
      'Every airport that city code groups, large or small',
    ],
    wrong: [
      ['Only the largest airport', 'thinks the city code means the main airport'],
      ['Only an airport whose own code is the same', 'confuses a city code with an airport code'],
      ['Any airport within a day’s drive', 'thinks the city code is a radius search'],
    ],
  },
  {
    id: 'airline-designator-lx',
    stems: [
      'A flight number reads LX 318. Which airline marketed it?',
      'An itinerary shows LX 1612. Whose flight is it?',
    ],
    keys: ['SWISS, of Switzerland', 'Swiss International Air Lines'],
    wrong: [
      ['Luxair, of Luxembourg', 'reads LX as Luxembourg (Luxair is LG)'],
      ['LATAM Airlines, of Chile', 'reads L as LATAM (LATAM is LA)'],
      ['Loganair, of Scotland', 'reads L as Loganair (Loganair is LM)'],
      ['Lufthansa CityLine', 'reads L as Lufthansa’s regional arm (CityLine is CL)'],
      ['Lufthansa, of Germany', 'reads L as Lufthansa (Lufthansa is LH)'],
    ],
  },
  {
    id: 'airline-designator-ek-ey',
    stems: [
      'The ticket shows EY 12. Which airline is it?',
      'A connection is on EY 451. Which airline flies it?',
    ],
    keys: ['Etihad Airways', 'Etihad'],
    wrong: [
      ['Emirates Airline', 'confuses EY with EK'],
      ['EasyJet', 'reads EY as easyJet (U2)'],
      ['Aer Lingus', 'reads E as Éire (Aer Lingus is EI)'],
    ],
  },
  {
    id: 'airport-code-yyz',
    stems: [
      'The traveller lands at YYZ. Which city is that?',
      'A meeting itinerary says “arrive YYZ 14:10”. Where does the traveller land?',
    ],
    keys: ['Toronto'],
    wrong: [
      ['Montreal', 'confuses with YUL'],
      ['Vancouver', 'confuses with YVR'],
      ['Ottawa', 'confuses with YOW'],
      ['Calgary', 'confuses with YYC'],
      ['Halifax', 'confuses with YHZ'],
    ],
  },
  {
    id: 'airport-code-ord-mdw',
    stems: [
      'A fare to Chicago lands at MDW. Which airport is that?',
      'The cheapest Chicago flight uses MDW instead of ORD. What is that?',
    ],
    keys: [
      'Chicago Midway, the other airport',
      'Midway, Chicago’s second airport',
      'Midway, a second Chicago airport',
      'Chicago Midway, the city’s second airport, nearer downtown',
    ],
    wrong: [
      ['O’Hare, under its old code', 'thinks MDW is another code for O’Hare'],
      ['Midland, Texas, too far', 'confuses MDW with MAF'],
      ['A terminal of O’Hare', 'thinks a different code is a terminal'],
      ['Milwaukee’s airport, too far', 'confuses MDW with MKE'],
      ['A code for a downtown rail station', 'thinks the code is a train station'],
    ],
  },
  {
    id: 'booking-class-letter-is-not-the-cabin',
    stems: [
      'The ticket shows booking class K on an economy flight. The traveller asks if they were booked in a premium cabin. What is K?',
      'A fare is booked in class V. What does that letter tell you?',
    ],
    keys: ['A price tier within economy', 'One of the carrier’s price levels'],
    wrong: [
      ['A premium cabin, as letters mark cabins', 'reads the booking class as the cabin'],
      ['The seat row', 'confuses the class letter with the seat'],
      ['The same on every airline', 'thinks class letters are standard across airlines'],
    ],
  },
  {
    id: 'approval-before-ticketing',
    stems: [
      'The policy says any fare over the route’s cap needs the manager’s approval. The only fare that works is over the cap, and the hold expires tonight. What do you do?',
      'A fare above the cap must be approved first. The airline will hold it for 24 hours. Which order is right?',
    ],
    keys: [
      'Keep the hold; issue after sign-off',
      'Hold, seek sign-off, issue once given',
      'Keep the fare on hold, ask for sign-off, and ticket once it is given',
    ],
    wrong: [
      ['Ticket it and ask for approval afterwards', 'reverses the approval step'],
      [
        'Book the cheapest fare even if it misses the meeting',
        'keeps the cap by breaking the trip’s purpose',
      ],
      ['Let the hold expire while waiting', 'loses the fare instead of asking within the hold'],
    ],
  },
  {
    id: 'known-traveller-number-in-profile',
    stems: [
      'A traveller has a US Known Traveller Number for expedited screening, but it did not show on the boarding pass. What was missing?',
      'Why does a traveller with TSA PreCheck not get it on a boarding pass?',
    ],
    keys: ['Their KTN was not in the booking', 'The KTN missing from the reservation'],
    wrong: [
      ['A printed membership card at security', 'thinks a card replaces the number in the booking'],
      ['A business-class ticket', 'confuses expedited screening with a cabin perk'],
      ['The passport number', 'confuses the KTN with the passport'],
    ],
  },
  {
    id: 'traveller-profile-data-minimised',
    stems: [
      'Which data should a traveller profile you keep for a client hold?',
      'Building profiles for the team’s travellers, what do you store?',
    ],
    keys: [
      'What bookings need, kept secure, with consent',
      'Only booking data, protected and consented to',
      'What bookings need, stored securely and with the traveller’s consent',
    ],
    wrong: [
      [
        'Scans of every document ever used, in a shared folder',
        'stores more than needed where others can see it',
      ],
      [
        'Full card numbers with security codes in a sheet',
        'stores card security codes, which must not be kept',
      ],
      ['Nothing: ask the traveller each time', 'loses the accuracy profiles give'],
    ],
  },
]

export const PROFILE_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  PROFILE_PRACTICES.map(practiceFamily)
