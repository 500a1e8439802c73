import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { year, ymd } from './draws.js'
import { DAY, longDate } from './zone-rules.js'

const CLIENTS = ['Ms Okafor', 'Mr Lindqvist', 'Dr Haddad', 'Ms Moreau', 'Mr Tanaka']
const fixed = (id: string, draw: (rng: Rng) => Scenario): ScenarioFamily => ({ id, draw })
const compact = (t: number) => new Date(t).toISOString().slice(0, 10).replace(/-/g, '')

/**
 * What the iCalendar properties of an invitation mean, keyed to the RFC section each stem names
 * (RFC 5545 for the data, RFC 5546 iTIP for the messages between organiser and attendees).
 */
export const INVITE_FAMILIES: readonly ScenarioFamily[] = [
  fixed('itip-method-to-cancel-a-meeting', (rng) => ({
    stem: `${rng.pick(CLIENTS)} asks you to call off a meeting she organised and sent. Under RFC 5546 §1.4 (iTIP), which METHOD does the message to the attendees carry?`,
    key: 'METHOD:CANCEL',
    wrong: [
      ['METHOD:REPLY', 'used the method attendees answer an invitation with'],
      ['METHOD:DECLINECOUNTER', 'used the method that refuses an attendee’s counter-proposal'],
      ['METHOD:PUBLISH', 'used the method for posting an event nobody is invited to answer'],
    ],
  })),
  fixed('itip-method-an-attendee-answers-with', (rng) => ({
    stem: `You accept an invitation on behalf of ${rng.pick(CLIENTS)}. Under RFC 5546 §1.4 (iTIP), which METHOD does the message back to the organiser carry?`,
    key: 'METHOD:REPLY',
    wrong: [
      ['METHOD:PUBLISH', 'used the method for posting an event nobody is invited to answer'],
      ['METHOD:COUNTER', 'used the method for proposing another time'],
      ['METHOD:DECLINECOUNTER', 'used the method the organiser refuses a counter-proposal with'],
    ],
  })),
  fixed('itip-method-to-propose-another-time', (rng) => ({
    stem: `${rng.pick(CLIENTS)} cannot make an invited slot and wants to suggest a different time to the organiser rather than decline. Under RFC 5546 §1.4 (iTIP), which METHOD does that message carry?`,
    key: 'METHOD:COUNTER',
    wrong: [
      ['METHOD:REQUEST', 'sent a new invitation as if she were the organiser'],
      ['METHOD:CANCEL', 'used the method only the organiser sends to call an event off'],
      ['METHOD:ADD', 'used the method for adding instances to a recurring event'],
    ],
  })),
  fixed('partstat-for-a-tentative-answer', (rng) => ({
    stem: `${rng.pick(CLIENTS)} wants to answer an invitation with “maybe”. Per RFC 5545 §3.2.12, which ATTENDEE parameter value records that answer?`,
    key: 'PARTSTAT=TENTATIVE',
    wrong: [
      ['PARTSTAT=DECLINED', 'read “maybe” as a polite no'],
      ['ROLE=OPT-PARTICIPANT', 'set the role the organiser gives an optional attendee'],
      ['PARTSTAT=DELEGATED', 'used the value for passing the invitation to someone else'],
    ],
  })),
  fixed('all-day-event-dtend-is-exclusive', (rng) => {
    const y = year(rng)
    const start = ymd(y, rng.int(2, 11), rng.int(1, 20))
    const days = rng.int(2, 4)
    const last = start + (days - 1) * DAY
    return {
      stem: `A conference runs all day from ${longDate(start)} to ${longDate(last)} inclusive. RFC 5545 §3.6.1 makes DTEND the non-inclusive end. Which DTEND line goes with DTSTART;VALUE=DATE:${compact(start)}?`,
      key: `DTEND;VALUE=DATE:${compact(last + DAY)}`,
      wrong: [
        [
          `DTEND;VALUE=DATE:${compact(last)}`,
          'gave the last day itself, one day short of the exclusive end',
        ],
        [
          `DTEND:${compact(last)}T235959`,
          'ended it at a second before midnight as a floating date-time',
        ],
        [`DURATION:P${days - 1}D`, 'counted the nights, not the days, as the duration'],
      ],
    }
  }),
  fixed('sequence-rises-on-reschedule', (rng) => {
    const n = rng.int(0, 3)
    return {
      stem: `An invitation with SEQUENCE:${n} is moved to a new time by the organiser and sent again. Per RFC 5545 §3.8.7.4, what do the UID and SEQUENCE of the update hold?`,
      key: `the same UID and SEQUENCE:${n + 1}`,
      wrong: [
        [
          `a new UID and SEQUENCE:0`,
          'made the update a new event, leaving the old one in calendars',
        ],
        [
          `the same UID and SEQUENCE:${n}`,
          'kept the sequence, so attendees’ software may ignore the change',
        ],
        [
          `a new UID and SEQUENCE:${n + 1}`,
          'changed the identifier that ties the update to the original',
        ],
        [
          `a new UID and SEQUENCE:${n}`,
          'copied the event as a new one, leaving the old one in calendars',
        ],
        [
          `the same UID, SEQUENCE:${n} and a later DTSTAMP`,
          'relied on DTSTAMP, which dates the message, not a revision of the event',
        ],
      ],
    }
  }),
  fixed('change-one-occurrence-of-a-series', (rng) => ({
    stem: `${rng.pick(CLIENTS)} moves only next week’s instance of a weekly series. Per RFC 5545 §3.8.4.4, how is that one instance identified in the update?`,
    key: 'RECURRENCE-ID naming the original date, under the series UID',
    wrong: [
      [
        'a fresh UID for the moved meeting, sent as a separate new invitation',
        'made a separate event, leaving the original instance in place',
      ],
      ['an EXDATE on the series', 'only removed the instance without rescheduling it'],
      ['RRULE with COUNT reduced by one', 'cut the series short instead of moving one instance'],
    ],
  })),
  fixed('remove-one-occurrence-with-exdate', (rng) => ({
    stem: `A weekly team call is skipped on a public holiday but the series continues. Per RFC 5545 §3.8.5.1, what does the organiser add to the recurring event?`,
    key: `EXDATE for that ${rng.pick(['date', 'occurrence'])}`,
    wrong: [
      ['UNTIL set to the day before the holiday', 'ended the whole series at the holiday'],
      ['METHOD:CANCEL for the whole event', 'cancelled every occurrence of the series'],
      [
        'a second RRULE that skips the week',
        'tried to subtract with a rule, which only adds dates',
      ],
    ],
  })),
  fixed('transparent-events-do-not-block-free-busy', (rng) => ({
    stem: `${rng.pick(CLIENTS)} adds a reminder “renew passport” for a whole day but wants people to still see her as free. Per RFC 5545 §3.8.2.7, which property value does that?`,
    key: 'TRANSP:TRANSPARENT',
    // TRANSP:OPAQUE made the key the option most like the others in every draw (two TRANSP
    // values among four); these wrong answers each change something else about the event.
    wrong: [
      ['CLASS:CONFIDENTIAL', 'hid the details, which does not change free/busy time'],
      ['STATUS:TENTATIVE', 'marked the event tentative, which still shows her as tentatively busy'],
      [
        'PARTSTAT=NEEDS-ACTION',
        'left an attendee’s reply open, an ATTENDEE parameter that frees no time',
      ],
    ],
  })),
  fixed('assistant-sends-on-behalf-with-sent-by', (rng) => ({
    stem: `You send invitations for ${rng.pick(CLIENTS)}, who stays the organiser. Per RFC 5545 §3.2.18, how does the ORGANIZER property show that you sent it?`,
    // Complete cal-address values (RFC 5545 §3.3.3 URIs), the SENT-BY one in quotes as §3.2.18 requires.
    key: 'ORGANIZER;SENT-BY="mailto:assistant@example.com":mailto:client@example.com',
    wrong: [
      [
        'ORGANIZER;SENT-BY="mailto:client@example.com":mailto:assistant@example.com',
        'swapped the two addresses, making the assistant the organiser',
      ],
      [
        'ORGANIZER:mailto:assistant@example.com',
        'made the assistant the organiser, so replies go to the assistant',
      ],
      [
        'ATTENDEE;ROLE=CHAIR:mailto:assistant@example.com',
        'listed the assistant as chairing the meeting',
      ],
      [
        'ORGANIZER;CN="Assistant to the client":mailto:assistant@example.com',
        'only renamed the organiser, who is still the assistant',
      ],
      [
        'ORGANIZER;DELEGATED-FROM="mailto:client@example.com":mailto:assistant@example.com',
        'used DELEGATED-FROM, an ATTENDEE parameter that ORGANIZER does not take',
      ],
    ],
  })),
  fixed('floating-time-follows-the-viewer', (rng) => ({
    stem: `An event is written DTSTART:${rng.pick(['20261012T090000', '20270308T140000', '20261103T073000'])} with no TZID and no Z. Per RFC 5545 §3.3.5, what does that time mean?`,
    key: 'floating: that clock time wherever the viewer is',
    wrong: [
      ['UTC, since no zone is given', 'read the missing Z as implied'],
      [
        'the organiser’s own time zone, fixed for every attendee',
        'assumed the organiser’s zone is carried without a TZID',
      ],
      [
        'invalid: a DATE-TIME must name its zone',
        'thought a date-time without a zone is not allowed',
      ],
    ],
  })),
  fixed('optional-attendee-role', (rng) => ({
    stem: `${rng.pick(CLIENTS)} wants a colleague invited whose attendance is welcome but not required. Per RFC 5545 §3.2.16, which ATTENDEE parameter says so?`,
    key: 'ROLE=OPT-PARTICIPANT',
    wrong: [
      ['PARTSTAT=TENTATIVE', 'set the attendee’s own answer instead of their role'],
      ['RSVP=FALSE', 'only said no reply is expected'],
      [
        'ROLE=NON-PARTICIPANT',
        'used the role for someone copied for information who is not attending at all',
      ],
      ['ROLE=REQ-PARTICIPANT', 'left the default role, which marks attendance as required'],
      ['PARTSTAT=NEEDS-ACTION', 'set the reply status every new invitee starts with, not a role'],
    ],
  })),
]
