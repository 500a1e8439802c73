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
// details except private events). Buffer, conflict and working-hours rules are stated in the stem.

const LEVEL_SOURCE = 'support.microsoft.com, “Allow someone else to manage your mail and calendar” (delegate permission levels)'

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
export function bufferedSlot(mtgs: readonly (readonly [number, number])[], len: number, before: number, after: number): number {
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
    stem: (rng) => `${cap(exec(rng))} wants you to create meetings in her Outlook calendar and change the ones you created, but not change or delete the ones she made. Which delegate permission level on the calendar fits?`,
    keys: ['Author', 'Author (creates items; changes only its own)'],
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
    stem: (rng) => `You must move and cancel meetings that ${exec(rng)} booked herself in Outlook. Which delegate permission level does her calendar need to give you?`,
    keys: ['Editor', 'Editor (can change items the owner created)'],
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
    stem: (rng) => `A second assistant covering leave only needs to read ${exec(rng)}’s Outlook calendar and tasks, never to change them. Which delegate level follows least privilege?`,
    keys: ['Reviewer', 'Reviewer (read items only)'],
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
    stem: (rng) => `You are ${exec(rng)}’s Outlook delegate with Editor on her calendar. She marks a medical appointment private. What can you see of it?`,
    keys: ['Not its details, unless she ticks “Delegate can see my private items”', 'Only that the time is taken; details need the private-items option'],
    wrong: [
      ['Everything, because Editor overrides private', 'thinks the permission level overrides the private flag'],
      ['Nothing at all: the slot shows free', 'thinks private items vanish from free/busy'],
      ['The details, but you cannot open the attachments', 'invents a partial view'],
      ['Everything, because delegates see all items', 'forgets the private-items setting'],
    ],
  }),
  rule('outlook-meeting-requests-need-editor', {
    source: `${LEVEL_SOURCE}; “Delegate receives copies of meeting-related messages sent to me”`,
    answer: 'editor-plus-copies',
    stem: (rng) => `${cap(exec(rng))} wants you to receive and answer her meeting requests in Outlook. What delegate set-up does that take?`,
    keys: ['Editor on her calendar, with “Delegate receives copies of meeting-related messages sent to me” ticked', 'Calendar Editor plus the option to receive copies of her meeting-related messages'],
    wrong: [
      ['Reviewer on her inbox', 'gives read access to the wrong folder'],
      ['Author on her calendar, nothing else', 'thinks Author is enough to act on her requests'],
      ['A forwarding rule on all her mail', 'forwards everything instead of delegating meetings'],
      ['Send As permission on her mailbox', 'confuses sending rights with calendar delegation'],
    ],
  }),
  rule('delegate-sends-on-behalf', {
    source: `${LEVEL_SOURCE} (delegates get Send on Behalf)`,
    answer: 'on-behalf',
    stem: (rng) => `As ${exec(rng)}’s Outlook delegate you send an invitation from her calendar. What do recipients see as the sender?`,
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
    stem: () => 'A partner should see when the executive is busy plus each meeting’s subject and location, but no other details. Which calendar sharing role is that in Microsoft 365?',
    keys: ['limitedRead (titles and locations)', 'Can view titles and locations (limitedRead)'],
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
    stem: () => 'A calendar is shared with the read role in Microsoft 365. What does the recipient see of an event marked private?',
    keys: ['Not its details: read covers all events except private ones', 'Busy time only, not the private event’s details'],
    wrong: [
      ['All its details, as read shows everything', 'forgets that read excludes private events'],
      ['Its subject and location', 'thinks read shows private events at the limitedRead level'],
      ['Nothing: private events show as free', 'thinks private events vanish from free/busy'],
      ['Its details once the recipient accepts the share', 'invents an opt-in'],
    ],
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
        [hm(bufferedSlot(mtgs, len, buf, 0)), 'keeps the buffer after the earlier meeting but not before the next'],
        [hm(bufferedSlot(mtgs, len, 2 * buf, 2 * buf)), 'doubles the buffer on each side'],
        [hm(mtgs[mtgs.length - 1]![1] + buf), 'books after the last meeting instead of in the first gap that fits'],
      ].filter(([t]) => t !== hm(-1)) as [string, string][],
      facts: { kind: 'buffer', mtgs, buf, len },
    })
  }),
  family('count-double-bookings', (rng) => {
    const n = rng.int(5, 7)
    const mtgs = Array.from({ length: n }, () => {
      const s = rng.int(18, 32) * 30
      return [s, s + rng.pick([30, 60, 90])] as [number, number]
    }).sort((a, b) => a[0] - b[0])
    const pairs = (touch: boolean) => {
      let c = 0
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const [a, b] = mtgs[i]!
          const [c2, d] = mtgs[j]!
          if (touch ? a <= d && c2 <= b : a < d && c2 < b) c++
        }
      return c
    }
    const adj = mtgs.slice(1).filter((m, i) => m[0] < mtgs[i]![1]).length
    const key = pairs(false)
    return choose(rng, {
      stem: `${cap(exec(rng))}’s calendar for tomorrow: ${mtgs.map(span).join(', ')}. A meeting that ends when another starts is not a clash. How many pairs of meetings clash?`,
      key: String(key),
      wrong: [
        [String(pairs(true)), 'counts back-to-back meetings as clashes'],
        [String(adj), 'compares each meeting only with the next one'],
        [String(key * 2), 'counts each clashing pair twice'],
        [String(Math.max(0, key - 1)), 'misses a meeting that overlaps two others'],
      ],
      facts: { kind: 'clash', mtgs },
    })
  }),
]
