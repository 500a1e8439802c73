import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `executive-assistance` test (remote executive
 * assistance: time zones and daylight saving, itineraries, expense policies, inbox and minutes,
 * delegate access and scheduling): 99 submitted, 95 kept, 4 deleted. Every family was drawn
 * through its item model and its stem, key and options read; keys of the computed families are
 * re-derived by the key test (Intl for zones, its own policy code), about twenty checked by hand.
 * Review depth was limited by the deadline: one to three draws per family.
 *
 * Facts checked against official pages: Send As shows only the owner (learn.microsoft.com,
 * Get-EXORecipientPermission); Google Calendar “See only free/busy (hide details)” and “the
 * broader permissions take priority” (support.google.com/calendar/answer/15716974). Outlook
 * delegate levels (Reviewer reads; Author creates and changes its own; Editor also changes the
 * owner’s) and “grant Editor and tick Delegate receives copies of meeting-related messages” seen
 * only as Microsoft’s support text quoted on university help pages and office.microsoft.com;
 * EWS DelegateUser (ReceiveCopiesOfMeetingMessages, ViewPrivateItems) on learn.microsoft.com.
 * Google “Make changes to events” sees private events: university help pages only. Graph
 * calendarRoleType (freeBusyRead, limitedRead, read), RFC 5322 § 3.6.3 Bcc and RONR 48:2/48:11
 * from memory and secondary pages (RONR Q&A forum cites 48:12 for committee approval).
 *
 * Cues: 18 families were over 0.50. Key places are now aimed (aimKeyPlaces) for the zone, travel,
 * inbox and access models; expenses keep chosen options, where aiming made the middle value
 * win. Named mistakes on both sides were added to 9 families; 4 that stayed cued were deleted
 * (count-double-bookings 0.71 and version-number-after-edits 0.69, middle value;
 * notice-of-meeting-clear-days 0.54, middle value; version-numbers-sort-numerically 0.54,
 * longest). After the last edit no family is over 0.50 at 300 draws (highest 0.49).
 * Wrong keys: none found. Other faults: two names in one invite stem (8 families), capitalised
 * executive mid-sentence (2), triage grammar, a DST gap in onward connections.
 */
export const EXECUTIVE_ASSISTANCE_REVIEW: TestFamilyReview = {
  testId: 'executive-assistance',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'exa-time-zones/us-ahead-of-europe-in-march': {
      verdict: 'ok',
      fingerprint: '00e52d5fdf8cb6a2',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/europe-to-us-in-march-gap': {
      verdict: 'ok',
      fingerprint: '868bbe6459b75def',
    },
    'exa-time-zones/europe-back-before-us-in-autumn': {
      verdict: 'ok',
      fingerprint: '6ec1c76abb3d4704',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/sydney-summer-to-london-winter': {
      verdict: 'ok',
      fingerprint: '1336260177cb13c3',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/sydney-winter-to-london-summer': {
      verdict: 'ok',
      fingerprint: '35880fa4384766ed',
    },
    'exa-time-zones/both-hemispheres-on-summer-time-in-early-april': {
      verdict: 'ok',
      fingerprint: '1fbe418c629d773c',
    },
    'exa-time-zones/half-hour-offset-india': {
      verdict: 'ok',
      fingerprint: '7f940a82bf1aad21',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/quarter-hour-offset-nepal': {
      verdict: 'ok',
      fingerprint: '62668c745919bb03',
    },
    'exa-time-zones/arizona-keeps-standard-time-in-summer': {
      verdict: 'ok',
      fingerprint: 'cb250655ab4d9c8c',
    },
    'exa-time-zones/queensland-keeps-standard-time-in-summer': {
      verdict: 'ok',
      fingerprint: '4bbe1c71a6a1dcd0',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/across-the-date-line-westward-invite': {
      verdict: 'ok',
      fingerprint: '8d27e676d782ffb3',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/across-the-date-line-eastward-invite': {
      verdict: 'ok',
      fingerprint: 'ebea10efd6f835db',
    },
    'exa-time-zones/new-zealand-summer-to-europe-winter': {
      verdict: 'ok',
      fingerprint: 'aa133f99f333f761',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/half-hour-zone-with-daylight-saving-adelaide': {
      verdict: 'ok',
      fingerprint: 'f654ed50dd20f5b0',
    },
    'exa-time-zones/deadline-end-of-day-pacific-for-asia-team': {
      verdict: 'ok',
      fingerprint: '82fa4c7c31826261',
    },
    'exa-time-zones/gulf-zone-to-europe-in-summer': {
      verdict: 'ok',
      fingerprint: 'fef9788db002a506',
    },
    'exa-time-zones/singapore-morning-is-new-york-evening-before': {
      verdict: 'ok',
      fingerprint: '90f616fa9719bcd1',
      note: 'Invite stem drew two names (“with Maya … the call for Tomás”); one name now.',
    },
    'exa-time-zones/south-africa-to-london-no-change-there': {
      verdict: 'ok',
      fingerprint: '5e5cf826249f9ae8',
    },
    'exa-time-zones/brazil-no-longer-on-summer-time': {
      verdict: 'ok',
      fingerprint: 'f98cbc10c642ce43',
    },
    'exa-time-zones/europe-to-us-in-autumn-gap': {
      verdict: 'ok',
      fingerprint: 'ead8bfcc574b2c8e',
    },
    'exa-time-zones/invite-shown-in-utc': {
      verdict: 'ok',
      fingerprint: '4a08343ee56e1cd0',
    },
    'exa-time-zones/offset-label-of-a-summer-invite': {
      verdict: 'ok',
      fingerprint: '5cb02cdefebe5b4b',
    },
    'exa-time-zones/working-hours-overlap': {
      verdict: 'ok',
      fingerprint: '25c3efa7bad7072b',
      note: 'Most similar (0.70); own-hours-unconverted and extra-DST-hour mistakes added.',
    },
    'exa-time-zones/overnight-hours-across-spring-forward': {
      verdict: 'ok',
      fingerprint: '835ef532958ffa14',
    },
    'exa-time-zones/overnight-hours-across-fall-back': {
      verdict: 'ok',
      fingerprint: '39e86a4060cb2080',
    },
    'exa-travel/arrival-local-time-long-haul': {
      verdict: 'ok',
      fingerprint: 'bb3ef05f477203b3',
    },
    'exa-travel/overnight-eastbound-arrival-next-day': {
      verdict: 'ok',
      fingerprint: 'c35355e86deb479a',
    },
    'exa-travel/westbound-across-date-line-lands-earlier-date': {
      verdict: 'ok',
      fingerprint: 'dbee60570566bafd',
    },
    'exa-travel/flight-time-from-printed-schedule': {
      verdict: 'ok',
      fingerprint: 'c4057b588fc8b258',
    },
    'exa-travel/layover-spare-minutes-at-hub': {
      verdict: 'ok',
      fingerprint: '4529096f48f59386',
    },
    'exa-travel/latest-departure-to-make-a-meeting': {
      verdict: 'ok',
      fingerprint: '27b9ac0690c68f4a',
    },
    'exa-travel/home-office-clock-on-landing': {
      verdict: 'ok',
      fingerprint: '9bb54bb36a6c29b4',
    },
    'exa-travel/hotel-nights-after-overnight-flight': {
      verdict: 'ok',
      fingerprint: '3f9cf1729f5a2e44',
    },
    'exa-travel/car-pickup-after-landing-buffer': {
      verdict: 'ok',
      fingerprint: 'b3134f097885ff33',
    },
    'exa-travel/total-journey-time-two-legs': {
      verdict: 'ok',
      fingerprint: 'b339c534a9fa73fd',
    },
    'exa-travel/arrival-in-the-weeks-only-the-us-has-changed': {
      verdict: 'ok',
      fingerprint: 'cbac93271727c6ff',
    },
    'exa-travel/eastbound-across-date-line-skips-a-date': {
      verdict: 'ok',
      fingerprint: '1cefd6a235ce6563',
    },
    'exa-travel/first-onward-flight-meeting-minimum-connection': {
      verdict: 'ok',
      fingerprint: 'd7f203906b942050',
      note: 'Departures were wall time plus minutes, wrong across a hub clock change (key test hit 02:00 on 8 Mar in Los Angeles); such draws are now refused.',
    },
    'exa-travel/hotel-nights-westbound-same-date': {
      verdict: 'ok',
      fingerprint: '0ec51160c340ba9f',
    },
    'exa-travel/flight-time-on-the-night-clocks-change': {
      verdict: 'ok',
      fingerprint: '089fee19cbbdb4fd',
    },
    'exa-travel/destination-clock-at-boarding': {
      verdict: 'ok',
      fingerprint: '64d2a6ebcb43e360',
    },
    'exa-travel/latest-departure-across-date-line': {
      verdict: 'ok',
      fingerprint: '94baa5e52857b0b7',
    },
    'exa-travel/schengen-days-left-in-180': {
      verdict: 'ok',
      fingerprint: 'ba33709766b58f45',
    },
    'exa-expenses/per-diem-first-and-last-day-at-75-percent': {
      verdict: 'ok',
      fingerprint: 'ed97c30e0c20f81a',
    },
    'exa-expenses/per-diem-less-provided-meals': {
      verdict: 'ok',
      fingerprint: 'd9fe2250b7722cd0',
    },
    'exa-expenses/convert-at-stated-rate': {
      verdict: 'ok',
      fingerprint: 'f614cc53e2c021a0',
    },
    'exa-expenses/convert-with-rate-quoted-per-dollar': {
      verdict: 'ok',
      fingerprint: 'eff2bec430225e34',
    },
    'exa-expenses/receipts-required-over-threshold': {
      verdict: 'ok',
      fingerprint: '189e2cf38dc58985',
      note: 'Half the draws now hold a line exactly at the threshold (so the lenient mistake shows); paid-up-to-threshold mistake added.',
    },
    'exa-expenses/hotel-nightly-cap-taxes-in-full': {
      verdict: 'ok',
      fingerprint: '2ea1d62556b38493',
    },
    'exa-expenses/mileage-less-normal-commute': {
      verdict: 'ok',
      fingerprint: '22d0deefce6d88d8',
    },
    'exa-expenses/tip-capped-at-percent-of-bill': {
      verdict: 'ok',
      fingerprint: '3e8ee880cf954662',
    },
    'exa-expenses/non-reimbursable-lines-removed': {
      verdict: 'ok',
      fingerprint: 'a0d80fcaee5a90e9',
    },
    'exa-expenses/advance-reconciliation-owed-back': {
      verdict: 'ok',
      fingerprint: '762f2054c8c7b3cb',
    },
    'exa-expenses/economy-unless-flight-over-hours': {
      verdict: 'ok',
      fingerprint: '26871df1a90e5da4',
    },
    'exa-expenses/shared-dinner-per-head-limit': {
      verdict: 'ok',
      fingerprint: '92bfa1f16a02481d',
    },
    'exa-expenses/late-lines-past-submission-window': {
      verdict: 'ok',
      fingerprint: '63453a1d0e2fa45f',
    },
    'exa-expenses/per-diem-afternoon-departure-at-half': {
      verdict: 'ok',
      fingerprint: '313cf03fa03ea7a5',
    },
    'exa-expenses/two-currencies-at-their-stated-rates': {
      verdict: 'ok',
      fingerprint: 'ffc77f35d9022194',
    },
    'exa-expenses/missing-receipt-declaration-cap': {
      verdict: 'ok',
      fingerprint: '0d4d6af702836916',
      note: 'Key was the middle value (0.57); two mistakes below it added (declared amount only; excess deducted from receipted total).',
    },
    'exa-expenses/personal-nights-added-to-a-trip': {
      verdict: 'ok',
      fingerprint: 'b46d41c6b4e42844',
    },
    'exa-expenses/client-gift-limit-per-recipient': {
      verdict: 'ok',
      fingerprint: '831185122cd8b370',
    },
    'exa-expenses/mileage-one-way-distance-stated': {
      verdict: 'ok',
      fingerprint: '58348304bf36c3d9',
    },
    'exa-expenses/card-fee-reimbursed-with-conversion': {
      verdict: 'ok',
      fingerprint: 'dc614539b8d01406',
    },
    'exa-inbox-minutes/triage-first-matching-rule-wins': {
      verdict: 'ok',
      fingerprint: 'd47101a7f8ae3960',
      note: 'Refused most draws (one trait, or fewer than three mistakes) and could exhaust the retries; now 2-3 traits and a named “steps past the first match” mistake. Rule reads “comes from the board chair”.',
    },
    'exa-inbox-minutes/reply-window-in-business-hours': {
      verdict: 'ok',
      fingerprint: 'be9d7940622b0802',
    },
    'exa-inbox-minutes/action-item-due-in-working-days': {
      verdict: 'ok',
      fingerprint: '2b21b40028d31558',
      note: '“At The director” fixed; calendar-days-plus-holiday mistake added.',
    },
    'exa-inbox-minutes/file-names-sort-by-iso-date': {
      verdict: 'ok',
      fingerprint: '454aa9ff8a0d11ba',
    },
    'exa-inbox-minutes/urgent-important-matrix': {
      verdict: 'ok',
      fingerprint: '7f7219a2f20288f4',
    },
    'exa-inbox-minutes/quorum-majority-of-members': {
      verdict: 'ok',
      fingerprint: '9b361668f8e074da',
      note: '“The bylaws of The owner” fixed.',
    },
    'exa-inbox-minutes/majority-of-votes-cast-ignores-abstentions': {
      verdict: 'ok',
      fingerprint: '0462fb644d603aaa',
    },
    'exa-inbox-minutes/inbox-left-after-rules': {
      verdict: 'ok',
      fingerprint: '22907e8bc0e77097',
      note: 'Middle value; three mistakes added on both sides; singular agreement when one email overlaps.',
    },
    'exa-inbox-minutes/follow-up-reminder-skips-weekend': {
      verdict: 'ok',
      fingerprint: '451c47e60070877b',
    },
    'exa-inbox-minutes/minutes-record-what-was-done': {
      verdict: 'ok',
      fingerprint: '57c1f2f5696674f6',
    },
    'exa-inbox-minutes/minutes-approved-at-next-meeting': {
      verdict: 'ok',
      fingerprint: 'd6101432cd713b92',
      note: 'Stem now says a monthly board (RONR approves at a later meeting only within a quarterly interval; 48:12 covers the exception). Paragraph 48:11 not seen in the text itself.',
    },
    'exa-inbox-minutes/bcc-hides-recipients': {
      verdict: 'ok',
      fingerprint: 'de3b0bf250e840c1',
    },
    'exa-access-scheduling/outlook-author-creates-without-editing-owner-items': {
      verdict: 'ok',
      fingerprint: '76c5225d654eec76',
    },
    'exa-access-scheduling/outlook-editor-changes-owner-items': {
      verdict: 'ok',
      fingerprint: '6806fe60b13cb7f1',
    },
    'exa-access-scheduling/outlook-reviewer-read-only': {
      verdict: 'ok',
      fingerprint: '6036d52aa784fc3f',
    },
    'exa-access-scheduling/outlook-private-items-hidden-from-delegates': {
      verdict: 'ok',
      fingerprint: 'f506fda76cfeaf69',
    },
    'exa-access-scheduling/outlook-meeting-requests-need-editor': {
      verdict: 'ok',
      fingerprint: '4daa7341573c9df1',
    },
    'exa-access-scheduling/delegate-sends-on-behalf': {
      verdict: 'ok',
      fingerprint: 'f138b4f51573e025',
    },
    'exa-access-scheduling/graph-limited-read-shows-subject-location': {
      verdict: 'ok',
      fingerprint: '017cdc5112f71f7d',
    },
    'exa-access-scheduling/graph-read-excludes-private': {
      verdict: 'ok',
      fingerprint: '3825f52cf5e53e46',
    },
    'exa-access-scheduling/google-free-busy-hides-details': {
      verdict: 'ok',
      fingerprint: 'bdc20a0d069268d3',
      note: 'Key was longest/least similar; two longer named mistakes added (org-wide details, edit rights with private events).',
    },
    'exa-access-scheduling/google-all-details-excludes-private': {
      verdict: 'ok',
      fingerprint: '262b3f84c2ea6481',
    },
    'exa-access-scheduling/google-make-changes-sees-private': {
      verdict: 'ok',
      fingerprint: '5c633805d9f9746a',
    },
    'exa-access-scheduling/google-sharing-needs-manage-sharing': {
      verdict: 'ok',
      fingerprint: '95f3cc3df444850a',
    },
    'exa-access-scheduling/google-broader-permission-wins': {
      verdict: 'ok',
      fingerprint: 'b212b30fce432cdf',
      note: '“A supplier inside the same company” now a colleague; broader-permission rule confirmed on support.google.com/calendar/answer/15716974.',
    },
    'exa-access-scheduling/send-as-shows-only-the-owner': {
      verdict: 'ok',
      fingerprint: 'acd453e9cc7a326c',
      note: 'Delegate-with-Editor mistake added (calendar delegates send on behalf, not as). Send As fact confirmed on learn.microsoft.com (Get-EXORecipientPermission).',
    },
    'exa-access-scheduling/graph-free-busy-read-only-times': {
      verdict: 'ok',
      fingerprint: '8e1d3db616f1f585',
    },
    'exa-access-scheduling/travel-time-between-in-person-meetings': {
      verdict: 'ok',
      fingerprint: '4ba04c6697b370eb',
    },
    'exa-access-scheduling/meeting-hours-cap-left-today': {
      verdict: 'ok',
      fingerprint: 'be1f79b6e64260bd',
    },
    'exa-access-scheduling/first-free-focus-block': {
      verdict: 'ok',
      fingerprint: '0969366c2f3315c0',
    },
    'exa-access-scheduling/recurring-series-clashes-with-leave': {
      verdict: 'ok',
      fingerprint: '3be9b387b7bfa07c',
      note: 'Middle-value cue under aiming; series-from-week-2 and total-occurrences mistakes added.',
    },
    'exa-access-scheduling/earliest-start-with-buffer': {
      verdict: 'ok',
      fingerprint: '3635465a6ee5f733',
    },
  },
}
