import type { ModelDomain } from './model-domains.js'

/** The travel-planning test's domains, each served by one scenario model of its own families. */
export const TRAVEL_DOMAINS = {
  travelItinerary: {
    id: 'travel-itinerary',
    title: 'Itineraries across time zones, clocks and dates',
    itemModelIds: ['travel-itinerary'],
    outcome:
      'Read itineraries printed in local times: whole journey times, connections against published minimum connection times, the latest flight that lands a policy buffer before a meeting, deadlines after midnight, and 12-hour, +1 and US or ISO date pitfalls',
  },
  travelFares: {
    id: 'travel-fares',
    title: 'Fare rules, booking classes and baggage',
    itemModelIds: ['travel-fares'],
    outcome:
      'Apply stated fare rules (change fees, fare differences, tax refunds, advance purchase, minimum stay, the US 24-hour rule, EU 261), book from class availability, and work out piece- and weight-concept baggage charges',
  },
  travelExpenses: {
    id: 'travel-expenses',
    title: 'Per diem and expense policy',
    itemModelIds: ['travel-expenses'],
    outcome:
      'Apply a stated per-diem and expense policy in integer cents: first and last day rates, meal deductions, lodging and meal caps, mileage, tips, currency conversion at a stated rate and rounding, and advance settlement',
  },
  travelHotels: {
    id: 'travel-hotels',
    title: 'Hotel bookings and cancellation deadlines',
    itemModelIds: ['travel-hotels'],
    outcome:
      'Work out hotel cancellation deadlines on the hotel’s clock and the booker’s, penalties and taxes as the rate states them, the nights an early arrival needs, and guarantee and no-show practice',
  },
  travelDocuments: {
    id: 'travel-documents',
    title: 'Passports, visas and the Schengen rule',
    itemModelIds: ['travel-documents'],
    outcome:
      'Apply the Schengen 90/180-day rule to earlier stays, passport validity rules as stated, and entry-document practice (transit, blank pages, ESTA, names matching the passport)',
  },
  travelCare: {
    id: 'travel-care',
    title: 'Traveller profiles, codes, duty of care and policy choices',
    itemModelIds: ['travel-care'],
    outcome:
      'Keep traveller profiles right (names, loyalty and known-traveller numbers, emergency contacts), read airline and airport codes, choose among flights under a stated policy, and follow duty-of-care practice',
  },
} as const satisfies Record<string, ModelDomain>
