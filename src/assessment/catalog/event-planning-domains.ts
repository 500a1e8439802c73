import type { ModelDomain } from './model-domains.js'

/** The event planning test's domains, each served by one scenario model of its own families. */
export const EVENT_PLANNING_DOMAINS = {
  evpVenue: {
    id: 'evp-venue',
    title: 'Venue capacity and set-up',
    itemModelIds: ['evp-venue'],
    outcome:
      'Work out how many people a room holds by set-up style from a stated area per person, the tables, rows and chairs a set-up needs, and the access and staffing counts a stated rule requires',
  },
  evpCatering: {
    id: 'evp-catering',
    title: 'Catering guarantees and food and beverage',
    itemModelIds: ['evp-catering'],
    outcome:
      'Set guarantees and over-sets, bill on the greater of guarantee and served, apply service charge and tax as the contract states, meet F&B minimums and order quantities',
  },
  evpRooms: {
    id: 'evp-rooms',
    title: 'Hotel room blocks',
    itemModelIds: ['evp-rooms'],
    outcome:
      'Size a room block, work attrition on cumulative or nightly pickup, complimentary rooms, cancellation fees by date and room-night charges',
  },
  evpBudget: {
    id: 'evp-budget',
    title: 'Budgets, registration and transport',
    itemModelIds: ['evp-budget'],
    outcome:
      'Cost an event per head with contingency and deposits, price registration by date and tier, forecast attendance and count shuttles and speaker travel',
  },
  evpSchedule: {
    id: 'evp-schedule',
    title: 'Agenda timing, deadlines and time zones',
    itemModelIds: ['evp-schedule'],
    outcome:
      'Time an agenda with breaks and overruns, date contract deadlines in business or calendar days, and give a hybrid session’s local time in another IANA zone with daylight saving',
  },
} as const satisfies Record<string, ModelDomain>
