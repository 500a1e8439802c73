import { type CatalogRow, row } from './catalog-row.js'

/** Business travel booking as a freelance virtual assistant or travel coordinator does it. */
export const TRAVEL_ROW: CatalogRow = row(
  'travel-planning',
  'Travel planning',
  'Virtual Assistant',
  3,
  15,
  [
    ['travelItinerary', 22],
    ['travelFares', 20],
    ['travelExpenses', 16],
    ['travelHotels', 12],
    ['travelDocuments', 14],
    ['travelCare', 16],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant who books business travel plans trips for a client’s ' +
      'staff, books flights and hotels within the client’s policy, checks entry documents, ' +
      'keeps traveller profiles and itineraries for duty of care, and prepares expense claims. ' +
      'Itineraries (journey and connection times from local times across time zones and ' +
      'daylight-saving weeks, minimum connection times, the latest flight before a meeting, ' +
      'after-midnight departures, 12-hour and +1 notation, US and ISO dates), the daily core of ' +
      'the work and where the costliest errors arise: 22 %. Fare rules, booking classes and ' +
      'baggage (change fees and fare differences, tax refunds, advance purchase, minimum stay, ' +
      'the US 24-hour rule, EU 261, availability displays, piece and weight concepts): 20 %. ' +
      'Expense policy (per diem with the 75 % travel-day rule, meal deductions, caps, mileage, ' +
      'currency conversion at a stated rate and rounding, advances), asked after every trip: ' +
      '16 %. Hotels (cancellation deadlines on the hotel’s clock, penalties and taxes, early ' +
      'arrivals, guarantees and no-shows): 12 %. Entry documents (the Schengen 90/180-day rule, ' +
      'passport validity as stated, transit and ESTA practice): 14 %. Profiles, codes, duty of ' +
      'care and policy choices (names matching the passport, loyalty and known-traveller ' +
      'numbers, emergency contacts, airline and airport codes, choosing within a stated ' +
      'policy): 16 %. Every rate, rounding rule, allowance, minimum connection time and entry ' +
      'rule an item depends on is stated in it. Not tested: any one booking tool’s or GDS’s ' +
      'commands, fare construction and ticket pricing by hand, the visa rules of particular ' +
      'countries beyond those stated, tax law on travel expenses, and loyalty-programme earning ' +
      'tables.',
  },
)
