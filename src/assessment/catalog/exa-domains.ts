import type { ModelDomain } from './model-domains.js'

/** The executive-assistance test's domains, each served by one scenario model of its own families. */
export const EXA_DOMAINS = {
  exaZones: {
    id: 'exa-time-zones',
    title: 'Meetings across time zones',
    itemModelIds: ['exa-time-zones'],
    outcome:
      'Convert meeting times between IANA zones on the stated date, through daylight-saving changes, half-hour zones and the date line, and find working-hours overlaps',
  },
  exaTravel: {
    id: 'exa-travel',
    title: 'Travel itineraries',
    itemModelIds: ['exa-travel'],
    outcome:
      'Work out arrival times and dates, flight and journey lengths, connection margins, latest departures, hotel nights and Schengen days from an itinerary',
  },
  exaExpenses: {
    id: 'exa-expenses',
    title: 'Expense reports against policy',
    itemModelIds: ['exa-expenses'],
    outcome:
      'Apply a stated expense policy exactly: per-diems, receipt thresholds, caps, currency conversion at a stated rate, and what is not reimbursable',
  },
  exaOffice: {
    id: 'exa-inbox-minutes',
    title: 'Inbox triage, minutes and document versions',
    itemModelIds: ['exa-inbox-minutes'],
    outcome:
      'Triage email by ordered rules and reply windows, record minutes and action items with due dates, and keep document versions and names in order',
  },
  exaAccess: {
    id: 'exa-access-scheduling',
    title: 'Delegate access and scheduling rules',
    itemModelIds: ['exa-access-scheduling'],
    outcome:
      'Choose the least delegate or sharing access that does the job, protect private items, and book meetings without clashes and with the stated buffers',
  },
} as const satisfies Record<string, ModelDomain>
