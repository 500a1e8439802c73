import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `time-and-date-literacy` test's 79 families (zones 17, daylight
 * saving 16, business days and due dates 15, notation 15, elapsed time and timesheets 16), read
 * as a remote assistant scheduling calls and invoices across zones and as a guessing candidate,
 * under a short deadline.
 *
 * What was drawn: every one of the 80 written families once in full (stem, key, every declared
 * named mistake) from a scratch script, and the key of that draw worked by hand from the rule
 * the stem states (offsets added to reach UTC and then the target, weekdays counted from known
 * anchors such as 1 January 2027 being a Friday, Unix and spreadsheet serials counted from their
 * epochs, pay in cents): 80 of 80 keys, none wrong. The daylight-saving dates the stems rely on
 * (the second Sunday of March and first of November in the US, the last Sundays of March and
 * October in Europe, the first Sundays of April and October in New South Wales and South
 * Australia, the last Sunday of September in New Zealand) were worked for 2027 to 2029 by hand.
 * The key test re-derives every key and declared mistake from the platform's published zone data
 * and Julian day numbers; it was changed with each mistake removed or re-aimed.
 *
 * Wrong keys found: none. Facts corrected: the 24:00 family's stem said ISO 8601 allows 24:00 for
 * the end of a day; the 2019 edition removed it, so the stem now states 24:00 as the contract's
 * own definition and claims nothing of the standard. Facts NOT confirmed against a source here:
 * whether a later amendment of ISO 8601 restored 24:00 (the stem no longer depends on it), the
 * UK VAT due date of one month and seven days (the stem states its rule), and Brazil's end of
 * daylight time in 2019 (worked from memory, consistent with the zone data the key test reads).
 *
 * Mistakes replaced or removed: the ISO week family no longer shows a label past week 53 (a US
 * count such as 2028-W54, or a part-week counted on from W53): no ISO calendar has one, so a
 * candidate strikes it out unread. The leap-year weekday family dropped "moves back two
 * weekdays" and now also asks dates before 29 February, where "moves on two weekdays for the
 * leap year" is the real slip on the other side of the key. The last-business-day-of-the-month
 * family was dropped: once "takes the last business day of the month before" went, months ending
 * at a weekend (most of its draws) had only two real slips left; the calendar domain keeps 15.
 * "Reads the X time as UTC" in the city-to-city conversions is now named as the slip it is in
 * practice, entering the time in a calendar set to UTC; AoE's "reads AoE as UTC" was kept as
 * written. "Deducts the break from shifts of exactly 6 hours too" is now named as reading
 * "longer than 6 hours" as "6 hours or more", a real boundary misreading; it shows only when a
 * drawn shift is exactly 6 hours. Labels made true to the drawn date: "in January", "in July" and
 * "in September" said of dates in February, August and October now say the season. Rounding
 * stated: the weekly overtime and day-rate charges now say half a cent is rounded up.
 *
 * Shared conversion builder (the author's question): the 17 zone families and most daylight
 * families share one conversion and one vocabulary of offset slips, but every family pairs a
 * different pair of zones or a different season or change date, and each tests a distinct fact
 * (a half or three-quarter hour offset, a zone without daylight time, the date line, the weeks
 * the US and Europe change on different Sundays, the southern hemisphere's opposite season), so
 * none was dropped as a near-copy.
 *
 * Cue rates at 300 draws, before and after: highest 0.50 (chicago-evening-to-kolkata-in-summer,
 * most similar to the others) with 5 families over 0.45; after, highest 0.47 (weekly overtime,
 * most similar) with 3 over 0.45 and none over 0.50. Chicago's "keeps the Chicago date" (sharing
 * the key's clock) gave way to the UTC-calendar slip; the leap-year weekday, 0.51 after its
 * first change, fell below 0.45 once dates before 29 February were drawn.
 *
 * Noticed and left: several mistakes read as thin but were kept for want of time to replace
 * them with a better real slip on the same side of the key: "applies the usual 10-hour (or
 * 17-hour) gap the wrong way" in three daylight families, "adds the repeated hour twice" and
 * "takes the skipped hour away twice" on the night shifts, "counts every month as 30 (or 31)
 * days" for the ordinal date, "divides by a 24-hour day" for the day rate, "subtracts the clock
 * figures from 24 hours", "adds the local offset again" before an AoE deadline, "adds 24 hours to
 * the next day as well" for 24:00, and "takes five-sevenths of the calendar days". Each is
 * computed from its stated reading and is wrong, but a second review could replace them.
 */
export const TIME_AND_DATE_LITERACY_REVIEW: TestFamilyReview = {
  testId: 'time-and-date-literacy',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'tdl-calendar/business-days-around-a-public-holiday': {
      verdict: 'ok',
      fingerprint: '8e9de61bfe437907',
    },
    'tdl-calendar/business-days-between-two-dates': {
      verdict: 'ok',
      fingerprint: '421383a356b002b4',
    },
    'tdl-calendar/days-booked-inclusive': { verdict: 'ok', fingerprint: '7c71f554510b5823' },
    'tdl-calendar/due-date-on-a-weekend-moves-to-the-next-business-day': {
      verdict: 'ok',
      fingerprint: '2ef7a9ce6bba01ba',
    },
    'tdl-calendar/early-payment-discount-deadline': {
      verdict: 'ok',
      fingerprint: '0ca3dd7d8e3c7ad6',
    },
    'tdl-calendar/first-friday-payment-run-on-or-after-the-due-date': {
      verdict: 'ok',
      fingerprint: 'fade86df875eeed2',
    },
    'tdl-calendar/latest-dispatch-business-days-before-an-event': {
      verdict: 'ok',
      fingerprint: '8247bd251a0bbe90',
    },
    'tdl-calendar/monthly-renewal-from-a-long-month-end': {
      verdict: 'ok',
      fingerprint: '8fc5ddb69a9a7401',
    },
    'tdl-calendar/net-30-end-of-month': { verdict: 'ok', fingerprint: '5b78893e6535dce5' },
    'tdl-calendar/net-days-from-the-invoice-date': {
      verdict: 'ok',
      fingerprint: '4ae9afbe73d4c3fb',
    },
    'tdl-calendar/ninety-days-across-a-leap-february': {
      verdict: 'ok',
      fingerprint: '35de38a90cfe3edd',
    },
    'tdl-calendar/notice-period-in-calendar-days-back-from-a-date': {
      verdict: 'ok',
      fingerprint: 'bfc55ffbee4e1080',
    },
    'tdl-calendar/quarterly-return-one-month-and-seven-days': {
      verdict: 'ok',
      fingerprint: '14867072d5f11ac4',
    },
    'tdl-calendar/six-month-contract-end-date': { verdict: 'ok', fingerprint: '378dc379ef3f0cd7' },
    'tdl-calendar/week-count-to-a-deadline': { verdict: 'ok', fingerprint: '02e6b3811056c478' },
    'tdl-dst/adelaide-to-new-york-after-the-april-change': {
      verdict: 'ok',
      fingerprint: '41b17fa83f534e43',
    },
    'tdl-dst/auckland-to-los-angeles-after-the-september-change': {
      verdict: 'ok',
      fingerprint: '4f0be654a87dfe1f',
    },
    'tdl-dst/auckland-to-new-york-after-the-november-change': {
      verdict: 'ok',
      fingerprint: 'edeae8f634777631',
    },
    'tdl-dst/auckland-to-sydney-when-only-auckland-has-changed': {
      verdict: 'ok',
      fingerprint: '2f92aaeebecd964c',
    },
    'tdl-dst/berlin-invite-to-new-york-in-the-march-gap': {
      verdict: 'ok',
      fingerprint: '6ca69d5028ac00ed',
    },
    'tdl-dst/chicago-to-paris-in-the-autumn-gap': {
      verdict: 'ok',
      fingerprint: 'b0169cb13a0872f6',
    },
    'tdl-dst/hours-between-two-cities-on-a-march-date': {
      verdict: 'ok',
      fingerprint: 'e31383f0a4237750',
    },
    'tdl-dst/los-angeles-to-tokyo-after-the-march-change': {
      verdict: 'ok',
      fingerprint: '7cb355c5b1365b84',
    },
    'tdl-dst/new-york-to-london-in-the-march-gap': {
      verdict: 'ok',
      fingerprint: 'afc0b94b6bfb2826',
    },
    'tdl-dst/night-shift-across-the-march-change': {
      verdict: 'ok',
      fingerprint: '0e9b7755f24fd5f2',
    },
    'tdl-dst/night-shift-across-the-november-change': {
      verdict: 'ok',
      fingerprint: '0d90aced44645e3e',
    },
    'tdl-dst/reminder-in-the-spring-forward-gap': {
      verdict: 'ok',
      fingerprint: 'e729ac4c29f06521',
    },
    'tdl-dst/sydney-to-london-after-the-april-change': {
      verdict: 'ok',
      fingerprint: '4c629994139a49ce',
    },
    'tdl-dst/weekly-london-meeting-in-new-york-in-the-autumn-gap': {
      verdict: 'ok',
      fingerprint: '6e561c8c9a13c77b',
    },
    'tdl-dst/weekly-london-meeting-in-sydney-in-october': {
      verdict: 'ok',
      fingerprint: 'a3bdf3091e0eb6b5',
    },
    'tdl-dst/weekly-new-york-meeting-in-berlin-after-the-us-change': {
      verdict: 'ok',
      fingerprint: 'b0c65f58d2ed86b5',
    },
    'tdl-notation/day-first-deadline-days-away': { verdict: 'ok', fingerprint: '9ca3ecd54fd57d50' },
    'tdl-notation/iso-24-00-end-of-day': { verdict: 'ok', fingerprint: '3973965465be8d4b' },
    'tdl-notation/iso-duration-months-and-minutes': {
      verdict: 'ok',
      fingerprint: 'dd781483cb32730e',
    },
    'tdl-notation/iso-duration-to-decimal-hours': {
      verdict: 'ok',
      fingerprint: '656e6192eebf8c2d',
    },
    'tdl-notation/iso-week-at-the-turn-of-the-year': {
      verdict: 'ok',
      fingerprint: 'a42f423453d69851',
    },
    'tdl-notation/iso-week-date-with-a-weekday-number': {
      verdict: 'ok',
      fingerprint: 'd46f3096fe320e4e',
    },
    'tdl-notation/monday-of-an-iso-week': { verdict: 'ok', fingerprint: 'cf1aa1fa41c34859' },
    'tdl-notation/ordinal-date-to-calendar-date': {
      verdict: 'ok',
      fingerprint: '675efcad2f39e87d',
    },
    'tdl-notation/posix-style-zone-name-sign': { verdict: 'ok', fingerprint: '97081ad7f10614b9' },
    'tdl-notation/spreadsheet-serial-date': { verdict: 'ok', fingerprint: '91fc164e544ab165' },
    'tdl-notation/timestamp-with-an-offset-to-utc': {
      verdict: 'ok',
      fingerprint: '173ddcaeed3922bd',
    },
    'tdl-notation/unix-timestamp-to-utc': { verdict: 'ok', fingerprint: '4bb09a17051b9cd0' },
    'tdl-notation/us-written-invoice-date-net-30': {
      verdict: 'ok',
      fingerprint: 'ab8d5d5ef15f64ee',
    },
    'tdl-notation/utc-time-to-a-us-client-on-the-12-hour-clock': {
      verdict: 'ok',
      fingerprint: 'd29545675648356c',
    },
    'tdl-notation/weekday-of-a-date-across-a-leap-year': {
      verdict: 'ok',
      fingerprint: '32b991639a6b57b9',
    },
    'tdl-timesheets/average-handling-time-per-call': {
      verdict: 'ok',
      fingerprint: 'e5f2cf160b191c6f',
    },
    'tdl-timesheets/break-deducted-only-from-long-shifts': {
      verdict: 'ok',
      fingerprint: 'e612b43c388d4367',
    },
    'tdl-timesheets/clock-times-rounded-to-the-quarter-hour': {
      verdict: 'ok',
      fingerprint: '46f86ba75502262a',
    },
    'tdl-timesheets/day-shift-across-noon-on-the-12-hour-clock': {
      verdict: 'ok',
      fingerprint: '237f696c83ef4897',
    },
    'tdl-timesheets/days-billed-at-a-day-rate-from-hours': {
      verdict: 'ok',
      fingerprint: 'a7cd5200d8e00ad1',
    },
    'tdl-timesheets/decimal-hours-to-hours-and-minutes': {
      verdict: 'ok',
      fingerprint: 'fa3f10391ea1b78d',
    },
    'tdl-timesheets/elapsed-time-between-offset-timestamps': {
      verdict: 'ok',
      fingerprint: 'f05b48ed20794392',
    },
    'tdl-timesheets/flight-time-from-local-departure-and-arrival': {
      verdict: 'ok',
      fingerprint: 'b29d139a5b884369',
    },
    'tdl-timesheets/hours-and-minutes-billed-at-an-hourly-rate': {
      verdict: 'ok',
      fingerprint: '95d754d01a5a490d',
    },
    'tdl-timesheets/hours-left-before-an-anywhere-on-earth-deadline': {
      verdict: 'ok',
      fingerprint: '8277086fafd50088',
    },
    'tdl-timesheets/overlap-of-two-working-days': {
      verdict: 'ok',
      fingerprint: 'd44852d5a92aaa57',
    },
    'tdl-timesheets/overnight-shift-with-an-unpaid-break': {
      verdict: 'ok',
      fingerprint: '7084fd563d208a87',
    },
    'tdl-timesheets/tasks-billed-in-six-minute-units': {
      verdict: 'ok',
      fingerprint: 'e5d76f521e647be8',
    },
    'tdl-timesheets/video-clip-durations-in-minutes-and-seconds': {
      verdict: 'ok',
      fingerprint: '2d98a9e5030bc9e0',
    },
    'tdl-timesheets/weekly-overtime-over-40-hours': {
      verdict: 'ok',
      fingerprint: '6b3c160165a02546',
    },
    'tdl-timesheets/weekly-timesheet-total-in-decimal-hours': {
      verdict: 'ok',
      fingerprint: '0d486216f951dc89',
    },
    'tdl-zones/adelaide-summer-to-singapore': { verdict: 'ok', fingerprint: '09dff40847c7c864' },
    'tdl-zones/anywhere-on-earth-deadline-to-berlin': {
      verdict: 'ok',
      fingerprint: 'e911889b6be0561f',
    },
    'tdl-zones/auckland-monday-to-london-across-the-date-line': {
      verdict: 'ok',
      fingerprint: '075212c4cabe0b6e',
    },
    'tdl-zones/brisbane-to-sydney-in-january': { verdict: 'ok', fingerprint: '477c859e39fcd866' },
    'tdl-zones/chicago-evening-to-kolkata-in-summer': {
      verdict: 'ok',
      fingerprint: 'f734ed401de3f30d',
    },
    'tdl-zones/dubai-morning-to-chicago-in-winter': {
      verdict: 'ok',
      fingerprint: '5339556c184a432a',
    },
    'tdl-zones/honolulu-afternoon-to-tokyo': { verdict: 'ok', fingerprint: 'c73280e615494e05' },
    'tdl-zones/london-deadline-to-kolkata-half-hour': {
      verdict: 'ok',
      fingerprint: 'bf23173633ee2341',
    },
    'tdl-zones/los-angeles-evening-to-kathmandu': {
      verdict: 'ok',
      fingerprint: '422dbfa14c0c1462',
    },
    'tdl-zones/new-york-call-to-london-in-summer': {
      verdict: 'ok',
      fingerprint: '131cdcabcefd4428',
    },
    'tdl-zones/phoenix-to-denver-in-summer': { verdict: 'ok', fingerprint: 'c2e04c7e6397248e' },
    'tdl-zones/sao-paulo-to-lisbon-in-january': { verdict: 'ok', fingerprint: 'ec024bc1fc63fc2a' },
    'tdl-zones/singapore-evening-to-los-angeles-in-winter': {
      verdict: 'ok',
      fingerprint: 'a9145848b364127a',
    },
    'tdl-zones/st-johns-half-hour-to-london': { verdict: 'ok', fingerprint: 'a058f83fb371a4b2' },
    'tdl-zones/sydney-morning-to-new-york-in-july': {
      verdict: 'ok',
      fingerprint: 'c2ed338910167cbf',
    },
    'tdl-zones/tokyo-morning-to-berlin-in-winter': {
      verdict: 'ok',
      fingerprint: '1b30b8cefc0de981',
    },
    'tdl-zones/utc-timestamp-to-kathmandu': { verdict: 'ok', fingerprint: '9b88e794cbfcaa61' },
  },
}
