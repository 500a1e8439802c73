import type { ModelDomain } from './model-domains.js'

/** The time-zone and calendar test's domains, each served by one scenario model of its own families. */
export const TDL_DOMAINS = {
  tdlZones: {
    id: 'tdl-zones',
    title: 'Converting times between zones',
    itemModelIds: ['tdl-zones'],
    outcome:
      'Convert a time between zones by the offsets in force, keeping half and three-quarter hours and carrying the date across midnight and the date line',
  },
  tdlDst: {
    id: 'tdl-dst',
    title: 'Daylight-saving changes',
    itemModelIds: ['tdl-dst'],
    outcome:
      'Work out each zone’s offset on a date from its stated daylight-saving rule, for meetings, reminders and shifts in the weeks the zones change on different dates',
  },
  tdlCalendar: {
    id: 'tdl-calendar',
    title: 'Business days, holidays and due dates',
    itemModelIds: ['tdl-calendar'],
    outcome:
      'Count calendar and business days by a stated rule, around weekends and public holidays, for payment terms, deliveries and contract dates',
  },
  tdlNotation: {
    id: 'tdl-notation',
    title: 'Date and time notation',
    itemModelIds: ['tdl-notation'],
    outcome:
      'Read and write ISO 8601 dates, weeks, durations and timestamps, month-first and day-first dates, the 12-hour clock and machine date formats',
  },
  tdlTimesheets: {
    id: 'tdl-timesheets',
    title: 'Elapsed time and timesheets',
    itemModelIds: ['tdl-timesheets'],
    outcome:
      'Work out elapsed and billable time across midnight and zones, convert hours and minutes to decimal hours, and apply stated rounding, break and overtime rules',
  },
} as const satisfies Record<string, ModelDomain>
