import { type CatalogRow, row } from './catalog-row.js'

/** Executive assistance as a remote virtual assistant does it for one executive. */
export const EXECUTIVE_ASSISTANCE_ROW: CatalogRow = row(
  'executive-assistance',
  'Executive assistance',
  'Virtual Assistant',
  4,
  25,
  [
    ['exaZones', 25],
    ['exaTravel', 20],
    ['exaExpenses', 20],
    ['exaOffice', 15],
    ['exaAccess', 20],
  ],
  {
    jobTaskAnalysis:
      'A remote executive assistant runs one executive’s working week from another city or ' +
      'country. Most of the day goes on the calendar: booking calls with people in other time ' +
      'zones on the date they happen, through the weeks when the US and Europe change clocks on ' +
      'different Sundays, southern-hemisphere summer time, half-hour zones and the date line, and ' +
      'finding the hours both sides are at work: 25 %. Travel: arrival times and dates on the ' +
      'local clock, flight and journey lengths from printed schedules, connection margins against ' +
      'a stated minimum, the latest flight that makes a meeting, hotel nights after an overnight ' +
      'flight and Schengen days: 20 %. Expense reports checked against the client’s stated ' +
      'policy: per-diems with partial travel days and provided meals, receipt thresholds, hotel, ' +
      'tip and meal caps, mileage, currency conversion at a stated rate and what is not ' +
      'reimbursable: 20 %. Inbox triage by ordered rules and reply windows in business hours, ' +
      'minutes and action items with due dates in working days, and document versions and ' +
      'names: 15 %. Delegate access and confidentiality (Outlook delegate levels, private items, ' +
      'Microsoft 365 sharing roles, Bcc) and scheduling without clashes and with buffers: 20 %. ' +
      'Every policy, threshold and rate an item depends on is stated in it; time zones follow ' +
      'the IANA zones’ rules on the stated date. Phone manner, writing style, travel booking ' +
      'sites, tax law, and any one company’s internal tools are not tested.',
  },
)
