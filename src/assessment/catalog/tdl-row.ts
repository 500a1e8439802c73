import { type CatalogRow, row } from './catalog-row.js'

/** Working across time zones and calendars as a remote freelancer or virtual assistant does it. */
export const TIME_AND_DATE_ROW: CatalogRow = row(
  'time-and-date-literacy',
  'Working across time zones and calendars',
  'Other',
  3,
  8,
  [
    ['tdlZones', 20],
    ['tdlDst', 20],
    ['tdlCalendar', 20],
    ['tdlNotation', 20],
    ['tdlTimesheets', 20],
  ],
  {
    jobTaskAnalysis:
      'A remote freelancer or virtual assistant schedules calls, hand-offs and deadlines for ' +
      'clients in other countries, sets due dates on invoices and contracts, and keeps and bills ' +
      'timesheets: they read a time in the client’s zone, convert it by the offset in force on ' +
      'that day, count business days and calendar days by the rule the contract states, write ' +
      'and read dates in the form the other side uses, and work out elapsed time for billing. ' +
      'Converting times between zones whose offsets on the day are stated: the sign of an offset, ' +
      'half-hour and 45-minute offsets (+05:30, +05:45, −03:30), the date changing across ' +
      'midnight and the date line, and deadlines given Anywhere on Earth: 20 %. Daylight-saving ' +
      'changes from the rules each stem states: the weeks when the US has changed and Europe has ' +
      'not, the southern hemisphere moving the other way, recurring meetings fixed in one zone, ' +
      'a reminder inside the skipped hour, and night shifts across a change: 20 %. Business days, ' +
      'public holidays and due dates: net and EOM payment terms, early-payment discounts, due ' +
      'dates moved off a weekend, business days counted around a holiday, month-end clamps, leap ' +
      'years and contract end dates: 20 %. Date and time notation: ISO 8601 dates, week dates, ' +
      'ordinal dates, durations and timestamps with offsets, month-first and day-first dates, ' +
      'the 12-hour clock, POSIX-style zone names, Unix timestamps and spreadsheet serial dates: ' +
      '20 %. Elapsed time and timesheets: shifts across midnight, hours and minutes against ' +
      'decimal hours, rounding and break rules, billing increments, overtime, flight times across ' +
      'zones and overlapping working hours: 20 %. Every item states the zone rules, offsets, ' +
      'counting rule and rounding its key depends on. Not tested: memorising offsets or a ' +
      'country’s daylight-saving dates, a particular calendar or scheduling application, ' +
      'employment law on overtime and breaks, and which public holidays a country keeps. A ' +
      '25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
