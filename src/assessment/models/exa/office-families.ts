import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  addWorkdays,
  at,
  cap,
  choose,
  DAY_MIN,
  day,
  type ExaFamily,
  exec,
  family,
  hm,
  person,
  rule,
} from './exa-text.js'

// Inbox triage, minutes, action items and document versions. Triage rules, reply windows,
// business hours, holidays and version-numbering conventions are the client's own and stated in
// each stem; the key test applies them again with its own implementation. Documented facts:
// Robert's Rules of Order Newly Revised (12th ed.), 48:2 ("the minutes should contain mainly a
// record of what was done at the meeting, not what was said by the members") and 48:11 (minutes
// approved at the next regular meeting); RFC 5322 § 3.6.3 (Bcc recipients are not shown to the
// other recipients); ISO 8601 (year-month-day, most significant first, so names sort by date).

const YEARS = [2025, 2026, 2027] as const
const mondayish = (rng: Rng) => at(rng.pick(YEARS), rng.int(1, 12), rng.int(1, 28))

const TRIAGE = [
  ['comes from the board chair', 'Flag urgent and forward to the executive’s phone'],
  ['contains the word invoice', 'Forward to the finance team'],
  ['is a calendar invitation', 'Check against the calendar and accept or propose a time'],
  ['comes from a mailing list', 'Move to the Read later folder'],
] as const
const FALLBACK = 'Leave in the inbox for the daily summary'

export const OFFICE_FAMILIES: readonly ExaFamily[] = [
  family('triage-first-matching-rule-wins', (rng) => {
    const order = rng.shuffle([0, 1, 2, 3])
    const traits = rng.shuffle([0, 1, 2, 3]).slice(0, rng.int(2, 3))
    const first = order.find((i) => traits.includes(i))!
    const last = [...order].reverse().find((i) => traits.includes(i))!
    const mention = [...traits].sort()
    return choose(rng, {
      stem: `${cap(exec(rng))}’s triage rules, applied in this order, first match only: ${order
        .map((i, n) => `${n + 1}. if it ${TRIAGE[i]![0]}: ${TRIAGE[i]![1].toLowerCase()}`)
        .join('; ')}; otherwise ${FALLBACK.toLowerCase()}. An email arrives that ${mention
        .map((i) => TRIAGE[i]![0])
        .join(' and ')}. What do you do?`,
      key: TRIAGE[first]![1],
      wrong: [
        [TRIAGE[last]![1], 'applies the last matching rule instead of the first'],
        [
          TRIAGE[mention[0]!]![1],
          'goes by the first trait mentioned in the email, not the rule order',
        ],
        [FALLBACK, 'treats an email matching two rules as matching none'],
        ...(traits.includes(order[0]!)
          ? []
          : [
              [
                TRIAGE[order[0]!]![1],
                'applies the first rule in the list though the email does not match it',
              ] as const,
            ]),
        ...order
          .filter((i, n) => n > order.indexOf(first) && !traits.includes(i))
          .slice(0, 1)
          .map(
            (i) =>
              [
                TRIAGE[i]![1],
                'steps past the first matching rule to the next rule in the list, which the email does not meet',
              ] as const,
          ),
      ],
      facts: { kind: 'triage', order, traits },
    })
  }),
  family('reply-window-in-business-hours', (rng) => {
    const d = mondayish(rng)
    const wd = new Date(d * 60000).getUTCDay()
    if (wd === 0 || wd === 6) throw new VariantError('a weekend')
    const recv = d + rng.int(12, 16) * 60 + rng.pick([0, 15, 30, 45])
    const hrs = rng.pick([4, 6, 8])
    // business hours 09:00-17:00 Mon-Fri
    const due = (h: number) => {
      let t = recv
      let left = h * 60
      while (left > 0) {
        const dayStart = Math.floor(t / DAY_MIN) * DAY_MIN
        const w = new Date(t * 60000).getUTCDay()
        if (w === 0 || w === 6 || t >= dayStart + 17 * 60) {
          t = addWorkdays(t, 1) + 9 * 60
          continue
        }
        if (t < dayStart + 9 * 60) t = dayStart + 9 * 60
        const room = dayStart + 17 * 60 - t
        const use = Math.min(room, left)
        t += use
        left -= use
      }
      return t
    }
    const key = due(hrs)
    const show = (t: number) => `${day(t)}, ${hm(t)}`
    return choose(rng, {
      stem: `${cap(exec(rng))}’s service standard: client emails get a reply within ${hrs} business hours, business hours being 09:00–17:00 Monday to Friday. An email arrives ${show(recv)}. What is the reply deadline?`,
      key: show(key),
      wrong: [
        [show(recv + hrs * 60), 'counts clock hours, running past the end of the business day'],
        [
          show(addWorkdays(recv, 1) + 9 * 60 + hrs * 60),
          'starts the count the next business morning, dropping the rest of today',
        ],
        [show(due(hrs + 8)), 'adds a full business day on top of the business hours'],
        [show(due(hrs - 2)), 'counts two business hours fewer than the standard'],
      ],
      facts: { kind: 'reply', recv, hrs },
    })
  }),
  family('action-item-due-in-working-days', (rng) => {
    const d = mondayish(rng)
    const wd = new Date(d * 60000).getUTCDay()
    if (wd === 0 || wd === 6) throw new VariantError('a weekend')
    const n = rng.pick([3, 5, 7, 10])
    const hol = addWorkdays(d, rng.int(1, n - 1))
    const key = addWorkdays(d, n, [hol])
    return choose(rng, {
      stem: `At ${exec(rng)}’s meeting on ${day(d)} ${person(rng)} takes an action “within ${n} working days”. Working days are Monday to Friday, and ${day(hol)} is a public holiday. Which due date goes in the minutes?`,
      key: day(key),
      wrong: [
        [day(addWorkdays(d, n)), 'forgets the public holiday'],
        [day(d + n * DAY_MIN), 'counts calendar days'],
        [day(addWorkdays(d, n - 1, [hol])), 'counts the meeting day as the first working day'],
        [day(addWorkdays(d, n + 1, [hol])), 'adds an extra day for the holiday already skipped'],
        [day(d + (n + 1) * DAY_MIN), 'counts calendar days and adds one for the holiday'],
      ],
      facts: { kind: 'workdays', start: d, n, hol },
    })
  }),
  family('file-names-sort-by-iso-date', (rng) => {
    const dates = rng.shuffle(
      Array.from({ length: 4 }, (_, i) => at(2026, rng.int(1, 12), rng.int(1, 28)) + i),
    )
    const iso = (t: number) => new Date(t * 60000).toISOString().slice(0, 10)
    const dmy = (t: number) => iso(t).split('-').reverse().join('-')
    const latest = [...dates].sort((a, b) => b - a)[0]!
    const byDmy = [...dates].sort((a, b) => dmy(b).localeCompare(dmy(a)))[0]!
    const earliest = [...dates].sort((a, b) => a - b)[0]!
    const name = (t: number) => `Board-pack_${iso(t)}.docx`
    return choose(rng, {
      stem: `The shared folder holds ${dates.map(name).join(', ')}, named year-month-day. Sorted by name, descending, which file is the latest version?`,
      key: name(latest),
      wrong: [
        [name(byDmy), 'reads the dates as day-month-year and sorts by day'],
        [name(earliest), 'takes the first file in ascending order'],
        [name(dates[dates.length - 1]!), 'takes the last file as listed, not as sorted'],
        [name(dates[0]!), 'takes the first file as listed, not as sorted'],
      ],
      facts: { kind: 'isosort', dates },
    })
  }),
  family('urgent-important-matrix', (rng) => {
    const urgent = rng.next() < 0.5
    const important = rng.next() < 0.5
    const A = { do: 'Do it now', plan: 'Schedule it', hand: 'Delegate it', drop: 'Delete it' }
    const pick = (u: boolean, i: boolean) => (u && i ? A.do : i ? A.plan : u ? A.hand : A.drop)
    const what = `${urgent ? 'due today' : 'due next month'} and ${important ? 'tied to the executive’s goals' : 'not tied to her goals'}`
    return choose(rng, {
      stem: `${cap(exec(rng))} sorts requests with an urgent/important matrix: urgent and important, do it now; important, not urgent, schedule it; urgent, not important, delegate it; neither, delete it. A request is ${what}. What happens to it?`,
      key: pick(urgent, important),
      wrong: [
        [pick(important, urgent), 'swaps the urgent and important axes'],
        [pick(!urgent, important), 'misreads the deadline’s urgency'],
        [pick(urgent, !important), 'misreads whether it serves her goals'],
        [pick(!urgent, !important), 'reads both axes the wrong way round'],
      ],
      facts: { kind: 'matrix', urgent, important },
    })
  }),
  family('quorum-majority-of-members', (rng) => {
    const members = rng.int(7, 15)
    const key = Math.floor(members / 2) + 1
    return choose(rng, {
      stem: `The bylaws of ${exec(rng)}’s board set the quorum at a majority of the ${members} directors in office. What is the smallest number who must be present to do business?`,
      key: `${key} directors`,
      wrong: [
        [`${Math.ceil(members / 2)} directors`, 'takes half the board as a majority'],
        [`${Math.floor(members / 2)} directors`, 'rounds half the board down'],
        [
          `${Math.ceil((members * 2) / 3)} directors`,
          'uses a two-thirds quorum the bylaws do not set',
        ],
        [`${key + 1} directors`, 'adds the chair on top of the majority'],
        [`${members} directors`, 'requires every director to attend'],
        [`${Math.ceil(members / 3)} directors`, 'uses a one-third quorum the bylaws do not set'],
        [`${Math.floor(key / 2) + 1} directors`, 'takes a majority of a majority'],
      ],
      facts: { kind: 'quorum', members },
    })
  }),
  family('majority-of-votes-cast-ignores-abstentions', (rng) => {
    const yes = rng.int(4, 9)
    const no = yes + rng.pick([-3, -2, -1, 1, 2])
    const abst = rng.int(2, 6)
    const carried = yes > no
    const res = (c: boolean) => (c ? `Carried, ${yes} to ${no}` : `Lost, ${yes} to ${no}`)
    const withAbst = yes > no + abst
    const ofPresent = yes > (yes + no + abst) / 2
    return choose(rng, {
      stem: `Under Robert’s Rules a motion needs a majority of the votes cast; abstentions are not votes cast. ${cap(exec(rng))}’s committee votes ${yes} in favour, ${no} against, with ${abst} abstaining. What do the minutes record?`,
      key: res(carried),
      wrong: [
        [res(withAbst), 'counts the abstentions as votes against'],
        [res(ofPresent), 'needs a majority of everyone present'],
        [
          `Tied, ${yes} to ${no + abst}`,
          'adds the abstentions to the votes against and calls it a tie',
        ],
        [res(!carried), 'reads the vote the wrong way round'],
        [`No decision: too many abstentions`, 'thinks abstentions void the vote'],
      ],
      facts: { kind: 'vote', yes, no, abst },
    })
  }),
  family('inbox-left-after-rules', (rng) => {
    const total = rng.int(60, 140)
    const news = rng.int(10, 30)
    const inv = rng.int(5, 15)
    const both = rng.int(1, Math.min(4, inv))
    const key = total - news - inv + both
    return choose(rng, {
      stem: `Of ${total} emails overnight, ${news} come from mailing lists and ${inv} mention an invoice; ${both} of those ${both === 1 ? 'is a mailing-list email' : 'are mailing-list emails'} that mention${both === 1 ? 's' : ''} an invoice. A rule moves every mailing-list email to Read later; another forwards and files every invoice email. How many are left in the inbox?`,
      key: String(key),
      wrong: [
        [String(total - news - inv), 'takes the overlapping emails off twice'],
        [String(total - news), 'applies only the first rule'],
        [String(total - inv), 'applies only the second rule'],
        [String(news + inv - both), 'gives the number moved instead of the number left'],
        [String(total - news - inv - both), 'subtracts the overlap instead of adding it back'],
        [String(news + inv), 'gives the number moved, counting the overlap twice'],
        [String(total - both), 'takes off only the emails that match both rules'],
      ],
      facts: { kind: 'inbox', total, news, inv, both },
    })
  }),
  family('follow-up-reminder-skips-weekend', (rng) => {
    const sent = mondayish(rng)
    const wd = new Date(sent * 60000).getUTCDay()
    if (wd < 3 || wd > 5) throw new VariantError('not late in the week')
    const n = rng.pick([2, 3, 4])
    const key = addWorkdays(sent, n)
    return choose(rng, {
      stem: `Your rule for ${exec(rng)}’s outgoing requests: if no reply in ${n} working days (Monday to Friday), send a reminder the next morning. A request went out on ${day(sent)}. On which day do you send the reminder, if no reply has come?`,
      key: day(addWorkdays(sent, n + 1)),
      wrong: [
        [day(sent + (n + 1) * DAY_MIN), 'counts calendar days, including the weekend'],
        [day(key), 'sends the reminder on the last day of the wait'],
        [
          day(addWorkdays(sent, n - 1) + DAY_MIN),
          'counts the sending day as the first working day',
        ],
        [day(addWorkdays(sent, n + 2)), 'waits a further working day before the reminder'],
      ],
      facts: { kind: 'followup', sent, n },
    })
  }),
  rule('minutes-record-what-was-done', {
    source: 'Robert’s Rules of Order Newly Revised, 12th ed., 48:2',
    answer: 'done-not-said',
    stem: (rng) =>
      `${cap(exec(rng))} asks you to take the minutes of a board meeting run under Robert’s Rules. What do the minutes mainly record?`,
    keys: ['What was done, not what was said', 'Motions and decisions, not the debate'],
    wrong: [
      ['A full transcript of the discussion', 'treats minutes as a verbatim record'],
      [
        'Each member’s arguments for and against, summarised',
        'records the debate instead of the decisions',
      ],
      ['The chair’s view of each item', 'records opinions of one member'],
      ['Only the agenda as sent before the meeting', 'confuses minutes with the agenda'],
      ['The assistant’s own notes on tone and mood', 'records impressions, not actions'],
    ],
  }),
  rule('minutes-approved-at-next-meeting', {
    source: 'Robert’s Rules of Order Newly Revised, 12th ed., 48:11',
    answer: 'next-meeting',
    stem: () =>
      'Draft minutes of a monthly board meeting under Robert’s Rules are ready. When do they become the official record?',
    keys: ['When approved at the next regular meeting', 'On approval at the next regular meeting'],
    wrong: [
      ['As soon as the secretary signs the draft', 'thinks the signature makes them official'],
      ['When they are emailed to every member', 'thinks circulation is approval'],
      ['After the chair edits them alone', 'gives the chair a power the assembly holds'],
      ['Thirty days after the meeting if nobody objects', 'invents a deemed-approval period'],
      ['Immediately: minutes need no approval', 'skips approval'],
    ],
  }),
  rule('bcc-hides-recipients', {
    source: 'RFC 5322 § 3.6.3 (Bcc)',
    answer: 'bcc',
    stem: (rng) =>
      `${cap(exec(rng))} wants one announcement sent to 40 external investors without any of them seeing the others’ addresses. How do you address it?`,
    keys: ['Investors in Bcc, her own address in To', 'Every investor in Bcc'],
    wrong: [
      ['All investors in Cc', 'thinks Cc recipients are hidden'],
      ['All investors in To, marked confidential', 'relies on a label to hide addresses'],
      ['Investors in To and the executive in Bcc', 'hides the wrong party'],
      ['Set the importance to high and use To', 'confuses priority with privacy'],
      ['Reply-all to the last investor thread', 'exposes every address again'],
    ],
  }),
]
