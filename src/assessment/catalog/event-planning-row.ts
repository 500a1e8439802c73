import { type CatalogRow, row } from './catalog-row.js'

/** Event planning logistics as a virtual assistant plans meetings, conferences and parties. */
export const EVENT_PLANNING_ROW: CatalogRow = row(
  'event-planning',
  'Event planning logistics',
  'Virtual Assistant',
  3,
  15,
  [
    ['evpVenue', 20],
    ['evpCatering', 20],
    ['evpRooms', 20],
    ['evpBudget', 20],
    ['evpSchedule', 20],
  ],
  {
    jobTaskAnalysis:
      'A virtual assistant working as an event coordinator plans meetings, conferences, training ' +
      'days and parties for clients: shortlists venues, reads and checks the venue, catering and ' +
      'hotel contracts, keeps the budget and registration, books transport and speakers, and ' +
      'builds the agenda and run-of-show. Venue capacity and set-up: people a room holds by ' +
      'set-up style (theatre, classroom, banquet rounds of 8 or 10, cabaret, reception) from a ' +
      'stated area per person in square feet or square metres, the lesser of that and the posted ' +
      'occupancy, tables, rows and chairs with over-sets and head tables, and access and staffing ' +
      'counts from stated ratios: 20 %. Catering: over-sets, billing on the greater of guarantee ' +
      'and served, service charge and tax on the service charge as the contract states, F&B ' +
      'minimums and shortfalls, and quantities (drinks, coffee, canapés, bottles, servers): 20 %. ' +
      'Hotel room blocks: block sizing, cumulative and nightly attrition, resale and outside-block ' +
      'credits, complimentary-room ratios, cancellation scales by date, commissions and folios: ' +
      '20 %. Budgets, registration and transport: cost per head, contingency, deposit schedules, ' +
      'break-even and early-bird fees by date, currency conversion at a stated rate, attendance ' +
      'forecasts from stated no-show rates, shuttles and speaker travel: 20 %. Agenda timing and ' +
      'deadlines: end times with breaks and overruns, curfews, crew calls, deadlines in business ' +
      'or calendar days, and a hybrid session’s local time across IANA time zones with daylight ' +
      'saving: 20 %. Every item states the contract clause, rate, ratio, date basis and rounding ' +
      'its key depends on. Not tested: negotiating, a particular venue or registration tool’s ' +
      'screens, design and décor, local licensing and fire codes beyond the figures stated in ' +
      'the items, and legal advice on contracts. A mid-level test: a 25-item form gives each of ' +
      'the five domains five items.',
    scoredItems: 25,
  },
)
