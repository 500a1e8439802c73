import { type CatalogRow, row } from './catalog-row.js'

/** Calendar and travel scheduling as a freelance virtual assistant does it for an executive. */
export const CALENDAR_ROW: CatalogRow = row(
  'calendar-management',
  'Calendar, scheduling and time zones for virtual assistants',
  'Virtual Assistant',
  3,
  10,
  [
    ['calZones', 20],
    ['calSlots', 20],
    ['calRecurrence', 30],
    ['calTravel', 15],
    ['calDates', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant runs the calendar of an executive or small-business owner ' +
      'who works with clients, teams and suppliers in other countries, and books their travel. ' +
      'Most requests are invitations: creating, accepting, moving and cancelling meetings and ' +
      'recurring series in a calendar that speaks iCalendar (RFC 5545) and its iTIP messages ' +
      '(RFC 5546), where a wrong recurrence rule or a new UID leaves wrong entries in every ' +
      'attendee’s calendar: 30 %. Converting times between IANA zones, above all in the weeks ' +
      'when Europe, North America and the southern hemisphere change their clocks on different ' +
      'Sundays, and in half-hour and no-DST zones: 20 %. Finding a slot inside the working ' +
      'hours of people in several zones, across the date line: 20 %. Reading itineraries ' +
      '(durations from local times, arrival dates, latest departures): 15 %. Deadlines in ' +
      'business days over stated holidays, ISO 8601 weeks, ordinal dates and durations, and ' +
      '12- and 24-hour notation: 15 %. The menus of any one calendar product, visa and fare ' +
      'rules and any country’s holiday calendar beyond what a stem states are not tested.',
  },
)
