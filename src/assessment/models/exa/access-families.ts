import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { cap, choose, type ExaFamily, exec, family, hm, rule } from './exa-text.js'

// Delegation, confidentiality and scheduling rules. Outlook delegate permission levels as
// Microsoft Support documents them ("Allow someone else to manage your mail and calendar"):
// Reviewer reads items; Author reads and creates items and changes and deletes items the delegate
// created; Editor does all an Author does and changes and deletes the items the owner created;
// delegates do not see items marked private unless "Delegate can see my private items" is set;
// a delegate who is to receive meeting requests needs Editor on the calendar with "Delegate
// receives copies of meeting-related messages sent to me"; delegate messages show "sent on behalf
// of". Microsoft Graph calendarPermission roles (learn.microsoft.com/graph/api/resources/
// calendarpermission): freeBusyRead, limitedRead (free/busy, subject and location), read (all
// details except private events). Google Calendar access permissions as Google's Calendar Help
// documents them (see-only-free/busy; all event details except private ones; make changes, which
// also shows private events; make changes and manage sharing; the broader of two permissions
// applies). Buffer, conflict and working-hours rules are stated in the stem.

const GOOGLE =
  'support.google.com/calendar, “Share your calendar with someone” (access permissions table; the broader permission takes priority)'
const LEVEL_SOURCE =
  'support.microsoft.com, “Allow someone else to manage your mail and calendar” (delegate permission levels)'

/** A day's meetings as [start, end] minutes after midnight, sorted, not overlapping. */
function day(rng: Rng, n: number): [number, number][] {
  const out: [number, number][] = []
  let t = 9 * 60 + rng.pick([0, 15, 30])
  for (let i = 0; i < n; i++) {
    const len = rng.pick([30, 45, 60, 90])
    out.push([t, t + len])
    t += len + rng.pick([0, 10, 15, 30, 45, 60])
  }
  return out
}
/** The earliest start of a `len`-minute meeting in 09:00–18:00 keeping `before` free after the
 * previous meeting and `after` free before the next, or -1. */
export function bufferedSlot(
  mtgs: readonly (readonly [number, number])[],
  len: number,
  before: number,
  after: number,
): number {
  const edges = [[-1, 9 * 60], ...mtgs, [18 * 60, -1]] as const
  for (let i = 0; i + 1 < edges.length; i++) {
    const prevEnd = edges[i]![1] === 9 * 60 && i === 0 ? 9 * 60 : edges[i]![1] + before
    const nextStart = i + 1 === edges.length - 1 ? 18 * 60 : edges[i + 1]![0] - after
    if (prevEnd + len <= nextStart) return prevEnd
  }
  return -1
}
const span = ([a, b]: readonly [number, number]) => `${hm(a)}–${hm(b)}`

export const ACCESS_FAMILIES: readonly ExaFamily[] = [
  rule('outlook-author-creates-without-editing-owner-items', {
    source: LEVEL_SOURCE,
    answer: 'Author',
    stem: (rng) =>
      `${cap(exec(rng))} wants you to create meetings in her Outlook calendar and change the ones you created, but not change or delete the ones she made. Which delegate permission level on the calendar fits?`,
    keys: ['Author', 'Author level'],
    wrong: [
      ['Editor', 'gives more access than needed: Editor changes the owner’s items too'],
      ['Reviewer', 'gives read-only access, which cannot create items'],
      ['None', 'removes access to the calendar'],
      ['Owner', 'names a folder-sharing role not offered to delegates'],
    ],
  }),
  rule('outlook-editor-changes-owner-items', {
    source: LEVEL_SOURCE,
    answer: 'Editor',
    stem: (rng) =>
      `You must move and cancel meetings that ${exec(rng)} booked herself in Outlook. Which delegate permission level does her calendar need to give you?`,
    keys: ['Editor', 'Editor level'],
    wrong: [
      ['Author', 'thinks Author can change the owner’s items, not only its own'],
      ['Reviewer', 'gives read-only access'],
      ['Contributor', 'names a sharing role that only creates items'],
      ['Free/busy only', 'shares availability, not the meetings'],
    ],
  }),
  rule('outlook-reviewer-read-only', {
    source: LEVEL_SOURCE,
    answer: 'Reviewer',
    stem: (rng) =>
      `A second assistant covering leave only needs to read ${exec(rng)}’s Outlook calendar and tasks, never to change them. Which delegate level follows least privilege?`,
    keys: ['Reviewer', 'Reviewer level'],
    wrong: [
      ['Author', 'grants create rights that are not needed'],
      ['Editor', 'grants full change rights that are not needed'],
      ['Owner', 'grants control of the folder itself'],
      ['Send As on the mailbox', 'grants sending rights instead of read access'],
    ],
  }),
  rule('outlook-private-items-hidden-from-delegates', {
    source: `${LEVEL_SOURCE}; “Delegate can see my private items”`,
    answer: 'private-hidden',
    stem: (rng) =>
      `You are ${exec(rng)}’s Outlook delegate with Editor on her calendar. She marks a medical appointment private. What can you see of it?`,
    keys: ['Its time only, unless she shares private items', 'Busy time, no details'],
    wrong: [
      [
        'Everything, because Editor overrides private',
        'thinks the permission level overrides the private flag',
      ],
      ['Nothing at all: the slot shows free', 'thinks private items vanish from free/busy'],
      ['The details, but you cannot open the attachments', 'invents a partial view'],
      ['Everything, because delegates see all items', 'forgets the private-items setting'],
    ],
  }),
  rule('outlook-meeting-requests-need-editor', {
    source: `${LEVEL_SOURCE}; “Delegate receives copies of meeting-related messages sent to me”`,
    answer: 'editor-plus-copies',
    stem: (rng) =>
      `${cap(exec(rng))} wants you to receive and answer her meeting requests in Outlook. What delegate set-up does that take?`,
    keys: [
      'Editor, plus copies of meeting messages',
      'Calendar Editor with meeting-message copies',
    ],
    wrong: [
      ['Reviewer on her inbox', 'gives read access to the wrong folder'],
      [
        'Author on her calendar, which lets you create meetings',
        'thinks Author is enough to act on her requests',
      ],
      ['A forwarding rule on all her mail', 'forwards everything instead of delegating meetings'],
      [
        'Send As permission on her mailbox, so replies show her name',
        'confuses sending rights with calendar delegation',
      ],
    ],
  }),
  rule('delegate-sends-on-behalf', {
    source: `${LEVEL_SOURCE} (delegates get Send on Behalf)`,
    answer: 'on-behalf',
    stem: (rng) =>
      `As ${exec(rng)}’s Outlook delegate you send an invitation from her calendar. What do recipients see as the sender?`,
    keys: ['Your name “on behalf of” hers', 'The assistant on behalf of the executive'],
    wrong: [
      ['Only her name, as if she sent it', 'confuses Send on Behalf with Send As'],
      ['Only your name', 'thinks the owner is not shown'],
      ['A shared “calendar” address', 'invents a system sender'],
      ['Her name with “via Outlook”', 'borrows another service’s label'],
    ],
  }),
  rule('graph-limited-read-shows-subject-location', {
    source: 'learn.microsoft.com/graph/api/resources/calendarpermission (calendarRoleType)',
    answer: 'limitedRead',
    stem: () =>
      'A partner should see when the executive is busy plus each meeting’s subject and location, but no other details. Which calendar sharing role is that in Microsoft 365?',
    keys: ['limitedRead', 'limitedRead role'],
    wrong: [
      ['freeBusyRead', 'shares only busy times, no subjects'],
      ['read', 'shares all details except private events'],
      ['write', 'lets the partner edit events'],
      ['delegateWithoutPrivateEventAccess', 'makes the partner a delegate'],
    ],
  }),
  rule('graph-read-excludes-private', {
    source: 'learn.microsoft.com/graph/api/resources/calendarpermission (calendarRoleType read)',
    answer: 'read-not-private',
    stem: () =>
      'A calendar is shared with the read role in Microsoft 365. What does the recipient see of an event marked private?',
    keys: [
      'Not its details: read covers all events except private ones',
      'Busy time only, not the private event’s details',
    ],
    wrong: [
      ['All its details, as read shows everything', 'forgets that read excludes private events'],
      ['Its subject and location', 'thinks read shows private events at the limitedRead level'],
      ['Nothing: private events show as free', 'thinks private events vanish from free/busy'],
      ['Its details once the recipient accepts the share', 'invents an opt-in'],
    ],
  }),
  rule('google-free-busy-hides-details', {
    source: GOOGLE,
    answer: 'free-busy',
    stem: (rng) =>
      `An outside board member should check when ${exec(rng)} is free in Google Calendar without seeing what her meetings are. Which access permission do you share with?`,
    keys: ['See only free/busy (hide details)', 'See only free/busy'],
    wrong: [
      ['See all event details', 'shares event names and details too'],
      ['Make changes to events', 'lets the board member edit and see private events'],
      ['Make changes and manage sharing', 'hands over control of the calendar'],
      ['Publish the calendar as public', 'exposes the calendar to anyone'],
      [
        'Share with everyone in the organisation at See all event details',
        'shares event details with the whole company instead of free/busy with one person',
      ],
      [
        'Make changes to events, with her events set to private',
        'grants editing and relies on marking events private to hide them',
      ],
    ],
  }),
  rule('google-all-details-excludes-private', {
    source: GOOGLE,
    answer: 'private-hidden',
    stem: (rng) =>
      `A colleague has “See all event details” on ${exec(rng)}’s Google Calendar. She marks a personal appointment private. What does the colleague get of it?`,
    keys: ['Busy time, no details', 'Not its details'],
    wrong: [
      [
        'Every detail, as the level name says',
        'reads “all event details” as including private events',
      ],
      ['Its title only', 'invents a title-only view for private events'],
      ['Nothing: the time shows as free', 'thinks private events drop out of free/busy'],
      ['Its details, but only after the event', 'invents a delayed view'],
    ],
  }),
  rule('google-make-changes-sees-private', {
    source: GOOGLE,
    answer: 'make-changes',
    stem: (rng) =>
      `As ${exec(rng)}’s assistant you must add and edit events in her Google Calendar, including private ones, but not change who it is shared with. Which permission fits?`,
    keys: ['Make changes to events', 'Make changes to events (without managing sharing)'],
    wrong: [
      ['Make changes and manage sharing', 'grants sharing control that is not needed'],
      ['See all event details', 'gives a view that cannot edit or see private events'],
      ['See only free/busy (hide details)', 'gives availability only'],
      ['Editor', 'names an Outlook delegate level, not a Google Calendar permission'],
    ],
  }),
  rule('google-sharing-needs-manage-sharing', {
    source: GOOGLE,
    answer: 'manage-sharing',
    stem: (rng) =>
      `${cap(exec(rng))} wants you to be able to share her Google Calendar with new team members yourself. Which permission must she give you?`,
    keys: ['Make changes and manage sharing', 'Make changes & manage sharing'],
    wrong: [
      [
        'Make changes to events, which includes sharing',
        'thinks editing events includes changing sharing',
      ],
      ['See all event details', 'gives a view-only level'],
      ['Owner on her calendar folder', 'names an Outlook folder role'],
      [
        'Her Google password, kept in a password manager',
        'shares credentials instead of a permission',
      ],
    ],
  }),
  rule('google-broader-permission-wins', {
    source: GOOGLE,
    answer: 'broader',
    stem: (rng) =>
      `${cap(exec(rng))}’s Google Calendar is shared with the whole company at “See all event details”. You then share it with a colleague in the same company set to “See only free/busy”. What can the colleague see?`,
    keys: ['All event details', 'Event details: the broader setting wins'],
    wrong: [
      [
        'Only free/busy, as the specific share says',
        'thinks the specific share overrides the broader one',
      ],
      ['Nothing until the two settings agree', 'thinks conflicting settings block access'],
      ['Free/busy for private events and nothing else', 'invents a mixed view'],
      ['Whatever was shared last', 'thinks the most recent setting wins'],
    ],
  }),
  rule('send-as-shows-only-the-owner', {
    source: 'learn.microsoft.com/exchange/recipients/mailbox-permissions (Send As, Send on Behalf)',
    answer: 'send-as',
    stem: (rng) =>
      `${cap(exec(rng))} wants replies you send from her mailbox to show only her name, with no sign that an assistant sent them. Which Exchange permission does that take?`,
    keys: ['Send As', 'Send As on her mailbox'],
    wrong: [
      ['Send on Behalf', 'confuses it with Send on Behalf, which shows both names'],
      ['Full Access', 'thinks opening the mailbox lets you send as her'],
      ['Editor on her inbox', 'confuses folder permissions with sending rights'],
      ['Reviewer on her calendar', 'gives a read-only calendar level'],
      [
        'Delegate access with Editor',
        'thinks a calendar delegate sends as the owner, not on her behalf',
      ],
    ],
  }),
  rule('graph-free-busy-read-only-times', {
    source:
      'learn.microsoft.com/graph/api/resources/calendarpermission (calendarRoleType freeBusyRead)',
    answer: 'freeBusyRead',
    stem: () =>
      'An outside recruiter should see only when the executive is free or busy, with no subjects or locations. Which Microsoft 365 calendar sharing role fits?',
    keys: ['freeBusyRead', 'Can view when I’m busy (freeBusyRead)'],
    wrong: [
      ['limitedRead', 'shares subjects and locations too'],
      ['read', 'shares all details except private events'],
      ['delegateWithoutPrivateEventAccess', 'makes the recruiter a delegate'],
      ['write', 'lets the recruiter edit events'],
    ],
  }),
  family('travel-time-between-in-person-meetings', (rng) => {
    const end1 = rng.int(9, 15) * 60 + rng.pick([0, 15, 30, 45])
    const travel = rng.pick([25, 35, 40, 55])
    const pad = rng.pick([10, 15])
    const key = end1 + travel + pad
    return choose(rng, {
      stem: `${cap(exec(rng))}’s in-person meeting across town ends at ${hm(end1)}. The drive to the office takes ${travel} minutes, and her rule is ${pad} minutes to settle in before any meeting. What is the earliest start for her next meeting at the office?`,
      key: hm(key),
      wrong: [
        [hm(end1 + travel), 'leaves out the settling-in time'],
        [hm(end1 + pad), 'leaves out the drive'],
        [hm(end1 + 2 * travel + pad), 'counts the drive there and back'],
        [hm(end1 + travel + 2 * pad), 'adds the settling-in time on both ends'],
      ],
      facts: { kind: 'travelgap', end1, travel, pad },
    })
  }),
  family('meeting-hours-cap-left-today', (rng) => {
    const capH = rng.pick([4, 5, 6])
    const mtgs = day(rng, rng.int(3, 5))
    const used = mtgs.reduce((a, [s, e]) => a + e - s, 0)
    const left = capH * 60 - used
    if (left <= 0) throw new VariantError('over the cap')
    const span2 = mtgs[mtgs.length - 1]![1] - mtgs[0]![0]
    return choose(rng, {
      stem: `${cap(exec(rng))} allows at most ${capH} hours of meetings a day. Today she has ${mtgs.map(span).join(', ')}. How many more minutes of meetings can you book today?`,
      key: `${left} minutes`,
      wrong: [
        [
          `${Math.max(0, capH * 60 - span2)} minutes`,
          'counts the span from the first start to the last end, gaps included',
        ],
        [`${used} minutes`, 'gives the time already booked'],
        [
          `${capH * 60 - used + mtgs.length * 15} minutes`,
          'leaves a quarter-hour per meeting out of the count',
        ],
        [`${capH * 60} minutes`, 'forgets the meetings already booked'],
      ],
      facts: { kind: 'cap', capH, mtgs },
    })
  }),
  family('first-free-focus-block', (rng) => {
    const mtgs: [number, number][] = []
    let t = 9 * 60 + rng.pick([0, 30])
    for (let i = 0; i < 4; i++) {
      const l = rng.pick([30, 45, 60])
      mtgs.push([t, t + l])
      t += l + rng.pick([15, 30, 60, 100, 120, 150])
    }
    if (mtgs[3]![1] > 17 * 60) throw new VariantError('a day too long')
    const len = rng.pick([90, 120])
    const key = bufferedSlot(mtgs, len, 0, 0)
    if (key < 0) throw new VariantError('no block')
    const largestGapStart = (() => {
      let best = -1
      let size = -1
      const edges = [[0, 9 * 60], ...mtgs, [18 * 60, 0]] as const
      for (let i = 0; i + 1 < edges.length; i++) {
        const g = edges[i + 1]![0] - edges[i]![1]
        if (g > size) {
          size = g
          best = edges[i]![1]
        }
      }
      return best
    })()
    return choose(rng, {
      stem: `${cap(exec(rng))} wants a ${len}-minute focus block today, in one piece, within 09:00–18:00. Her meetings: ${mtgs.map(span).join(', ')}. When does the earliest block that fits start?`,
      key: hm(key),
      wrong: [
        [hm(largestGapStart), 'takes the longest gap instead of the first that fits'],
        [hm(mtgs[mtgs.length - 1]![1]), 'books after the last meeting'],
        [hm(mtgs[0]![1]), 'takes the first gap after a meeting whether or not it is long enough'],
        [hm(key + 15), 'leaves a quarter-hour buffer that was not asked for'],
      ].filter(([t]) => t !== hm(-1)) as [string, string][],
      facts: { kind: 'buffer', mtgs, buf: 0, len },
    })
  }),
  family('recurring-series-clashes-with-leave', (rng) => {
    const weeks = rng.int(6, 10)
    const off = rng
      .shuffle([...Array(weeks + 4).keys()].map((i) => i + 1))
      .slice(0, 5)
      .sort((a, b) => a - b)
    const key = off.filter((w) => w <= weeks).length
    return choose(rng, {
      stem: `You book ${exec(rng)} a weekly Tuesday meeting for ${weeks} weeks, starting in week 1. She is on leave on the Tuesdays of weeks ${off.join(', ')}. How many occurrences clash with her leave?`,
      key: String(key),
      wrong: [
        [String(off.length), 'counts every leave Tuesday, even after the series ends'],
        [String(weeks - key), 'gives the occurrences that do not clash'],
        [String(off.filter((w) => w < weeks).length), 'stops the series a week early'],
        [String(off.filter((w) => w <= weeks + 1).length), 'runs the series a week too long'],
        [
          String(off.filter((w) => w >= 2 && w <= weeks + 1).length),
          'starts the series in week 2 instead of week 1',
        ],
        [String(weeks), 'gives the number of occurrences in the series'],
      ],
      facts: { kind: 'series', weeks, off },
    })
  }),
  family('earliest-start-with-buffer', (rng) => {
    const mtgs = day(rng, rng.int(3, 5))
    const buf = rng.pick([10, 15, 20, 30])
    const len = rng.pick([30, 45, 60])
    const key = bufferedSlot(mtgs, len, buf, buf)
    if (key < 0) throw new VariantError('no slot')
    return choose(rng, {
      stem: `${cap(exec(rng))}’s day runs 09:00–18:00 with meetings at ${mtgs.map(span).join(', ')}. Her rule: at least ${buf} minutes free between a meeting and the next. What is the earliest start for a new ${len}-minute meeting today?`,
      key: hm(key),
      wrong: [
        [hm(bufferedSlot(mtgs, len, 0, 0)), 'ignores the buffer rule'],
        [
          hm(bufferedSlot(mtgs, len, buf, 0)),
          'keeps the buffer after the earlier meeting but not before the next',
        ],
        [hm(bufferedSlot(mtgs, len, 2 * buf, 2 * buf)), 'doubles the buffer on each side'],
        [
          hm(mtgs[mtgs.length - 1]![1] + buf),
          'books after the last meeting instead of in the first gap that fits',
        ],
      ].filter(([t]) => t !== hm(-1)) as [string, string][],
      facts: { kind: 'buffer', mtgs, buf, len },
    })
  }),
]
