import type { ModelDomain } from './model-domains.js'

/** The calendar-management test's domains, each served by one scenario model of its own families. */
export const CALENDAR_DOMAINS = {
  calZones: {
    id: 'cal-zones',
    title: 'Time zones and daylight saving time',
    itemModelIds: ['cal-zones'],
    outcome:
      'Convert meeting times between IANA time zones, across daylight-saving changes, half-hour zones and the date line',
  },
  calSlots: {
    id: 'cal-slots',
    title: 'Meeting slots across working hours',
    itemModelIds: ['cal-slots'],
    outcome:
      'Find the earliest, latest and common meeting times inside the working hours of people in several zones',
  },
  calRecurrence: {
    id: 'cal-recurrence',
    title: 'Recurring events and calendar invitations',
    itemModelIds: ['cal-recurrence'],
    outcome:
      'Read RFC 5545 recurrence rules and the iCalendar properties and iTIP methods of invitations, replies and changes',
  },
  calTravel: {
    id: 'cal-travel',
    title: 'Flight itineraries',
    itemModelIds: ['cal-travel'],
    outcome:
      'Work out flight durations, arrival times and dates and latest departures from local times in itineraries',
  },
  calDates: {
    id: 'cal-dates',
    title: 'Deadlines, ISO 8601 dates and clock notation',
    itemModelIds: ['cal-dates'],
    outcome:
      'Count business and calendar days with stated holidays, read ISO 8601 weeks, ordinal dates and durations, and convert 12- and 24-hour times',
  },
} as const satisfies Record<string, ModelDomain>
