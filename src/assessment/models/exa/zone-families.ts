import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  at,
  choose,
  city,
  convert,
  DAY_MIN,
  day,
  type ExaFamily,
  exec,
  family,
  hm,
  inDst,
  longDate,
  nth,
  offsetAt,
  person,
  stdOffset,
  toUtc,
  when,
  ymd,
  type Zone,
} from './exa-text.js'

// Meeting times across time zones. Each zone's offset is its standard offset plus an hour while
// daylight saving is in force: the United States from 02:00 on the second Sunday in March to 02:00
// on the first Sunday in November (15 U.S.C. § 260a), the European Union from 01:00 UTC on the last
// Sunday in March to 01:00 UTC on the last Sunday in October (Directive 2000/84/EC), New South
// Wales and South Australia from the first Sunday in October to the first Sunday in April, New
// Zealand from the last Sunday in September to the first Sunday in April; Arizona (Phoenix),
// Queensland (Brisbane), Hawaii, India, Nepal (UTC+5:45), Japan, Singapore, the UAE, South Africa
// and Brazil (since 2019) keep one offset all year. The key test checks every time with Intl.

const YEARS = [2025, 2026, 2027, 2028] as const
const US = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'] as const
const EU = [
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
] as const
const sign = (m: number) => (m < 0 ? '-' : '+')
const utcLabel = (m: number) =>
  `UTC${sign(m)}${Math.floor(Math.abs(m) / 60)}${Math.abs(m) % 60 ? `:${String(Math.abs(m) % 60).padStart(2, '0')}` : ''}`

/** A drawn wall time on date (y, m, d) at a working hour. */
const wall = (rng: Rng, y: number, m: number, d: number, lo = 8, hi = 17) =>
  at(y, m, d, rng.int(lo, hi), rng.pick([0, 0, 15, 30, 45]))

/** The mistakes of converting wall time `w` in `from` to `to`. */
function convertMistakes(from: Zone, to: Zone, w: number, showDate: boolean): Wrong[] {
  const key = convert(from, to, w)
  const diff = key - w
  const show = (t: number) => (showDate ? when(t) : hm(t))
  const u = toUtc(from, w)
  const summer = (z: Zone) => stdOffset(z) + (['none'].includes(ruleOf(z)) ? 0 : 60)
  const out: Wrong[] = [
    [
      show(w + stdOffset(to) - stdOffset(from)),
      'uses the zones’ standard-time difference, ignoring daylight saving on the date',
    ],
    [
      show(w + summer(to) - summer(from)),
      'uses the summer-time difference of both zones, as if both had changed clocks',
    ],
    [show(w - diff), 'applies the time difference in the wrong direction'],
    [
      show(w + offsetAt(from, u) + offsetAt(to, u)),
      'adds the first zone’s UTC offset instead of subtracting it',
    ],
    [show(u), 'converts to UTC and stops there, without the destination’s offset'],
    [show(w), 'assumes both cities keep the same clock'],
  ]
  if (showDate && day(key) !== day(w)) {
    out.push([`${day(w)}, ${hm(key)}`, 'converts the clock time but keeps the original date'])
  }
  return out
}
const ruleOf = (z: Zone): string => {
  // whether a zone ever changes clocks: a January and a July instant differ
  const jan = inDst(z, at(2026, 1, 15))
  const jul = inDst(z, at(2026, 7, 15))
  return jan || jul ? 'dst' : 'none'
}

/**
 * A conversion family: `pick` draws the two zones and the date (y, m, d); the key is the time on
 * the second zone's clock.
 */
function conversion(
  id: string,
  pick: (rng: Rng) => {
    from: Zone
    to: Zone
    y: number
    m: number
    d: number
    lo?: number
    hi?: number
  },
  stem: (a: { rng: Rng; from: Zone; to: Zone; w: number }) => string,
  showDate = true,
): ExaFamily {
  return family(id, (rng) => {
    const p = pick(rng)
    const w = wall(rng, p.y, p.m, p.d, p.lo, p.hi)
    const key = convert(p.from, p.to, w)
    return choose(rng, {
      stem: stem({ rng, from: p.from, to: p.to, w }),
      key: showDate ? when(key) : hm(key),
      wrong: convertMistakes(p.from, p.to, w, showDate),
      facts: { kind: 'convert', from: p.from, to: p.to, wall: w, showDate },
    })
  })
}

const invite = ({ rng, from, to, w }: { rng: Rng; from: Zone; to: Zone; w: number }) => {
  const who = person(rng)
  return `You support ${exec(rng)}, who is in ${city(from)} (${from}). She accepts a call at ${hm(w)} her time on ${longDate(w)} with ${who} in ${city(to)} (${to}). What day and time is the call for ${who}?`
}
const bookFor = ({ rng, from, to, w }: { rng: Rng; from: Zone; to: Zone; w: number }) =>
  `A client in ${city(from)} (${from}) proposes ${longDate(w)} at ${hm(w)} their time. Your executive, ${exec(rng)}, works from ${city(to)} (${to}). What do you put in her calendar?`

/** A day strictly between two days of the same month, or refused. */
const between = (rng: Rng, lo: number, hi: number): number => {
  if (hi - lo < 2) throw new VariantError('no day between the changes')
  return rng.int(lo + 1, hi - 1)
}

export const ZONE_FAMILIES: readonly ExaFamily[] = [
  conversion(
    'us-ahead-of-europe-in-march',
    (rng) => {
      const y = rng.pick(YEARS)
      const d = between(rng, nth(y, 3, 0, 2), nth(y, 3, 0, -1))
      return { from: rng.pick(US), to: rng.pick(EU), y, m: 3, d }
    },
    invite,
  ),
  conversion(
    'europe-to-us-in-march-gap',
    (rng) => {
      const y = rng.pick(YEARS)
      const d = between(rng, nth(y, 3, 0, 2), nth(y, 3, 0, -1))
      return { from: rng.pick(EU), to: rng.pick(US), y, m: 3, d }
    },
    bookFor,
  ),
  conversion(
    'europe-back-before-us-in-autumn',
    (rng) => {
      const y = rng.pick(YEARS)
      const last = nth(y, 10, 0, -1)
      const firstNov = nth(y, 11, 0, 1)
      // the days after Europe's change and before the US change: end of October into November
      const days = [...Array(31 - last).keys()].map((i) => [10, last + 1 + i] as const)
      const nov = [...Array(firstNov - 1).keys()].map((i) => [11, 1 + i] as const)
      const [m, d] = rng.pick([...days, ...nov])
      return { from: rng.pick(US), to: rng.pick(EU), y, m, d }
    },
    invite,
  ),
  conversion(
    'sydney-summer-to-london-winter',
    (rng) => ({
      from: 'Europe/London',
      to: 'Australia/Sydney',
      y: rng.pick(YEARS),
      m: rng.pick([1, 2, 12]),
      d: rng.int(3, 26),
    }),
    invite,
  ),
  conversion(
    'sydney-winter-to-london-summer',
    (rng) => ({
      from: 'Australia/Sydney',
      to: 'Europe/London',
      y: rng.pick(YEARS),
      m: rng.pick([6, 7, 8]),
      d: rng.int(1, 28),
    }),
    bookFor,
  ),
  conversion(
    'both-hemispheres-on-summer-time-in-early-april',
    (rng) => {
      const y = rng.pick(YEARS)
      const endAu = at(y, 4, nth(y, 4, 0, 1))
      const startEu = at(y, 3, nth(y, 3, 0, -1))
      const span = Math.round((endAu - startEu) / DAY_MIN)
      if (span < 2) throw new VariantError('no days with both on summer time')
      const t = ymd(startEu + rng.int(1, span - 1) * DAY_MIN)
      return {
        from: rng.pick(['Australia/Sydney', 'Australia/Adelaide'] as const),
        to: rng.pick(['Europe/London', 'Europe/Paris'] as const),
        y,
        m: t.m,
        d: t.d,
        lo: 8,
        hi: 11,
      }
    },
    bookFor,
  ),
  conversion(
    'half-hour-offset-india',
    (rng) => ({
      from: rng.pick([...US, ...EU]),
      to: 'Asia/Kolkata',
      y: rng.pick(YEARS),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
      lo: 7,
      hi: 11,
    }),
    invite,
  ),
  conversion(
    'quarter-hour-offset-nepal',
    (rng) => ({
      from: 'Asia/Kathmandu',
      to: rng.pick(['Europe/London', 'Europe/Berlin', 'Asia/Dubai'] as const),
      y: rng.pick(YEARS),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
    }),
    bookFor,
  ),
  conversion(
    'arizona-keeps-standard-time-in-summer',
    (rng) => ({
      from: 'America/Phoenix',
      to: rng.pick(['America/Los_Angeles', 'America/Denver', 'America/New_York'] as const),
      y: rng.pick(YEARS),
      m: rng.int(4, 10),
      d: rng.int(1, 28),
    }),
    bookFor,
    false,
  ),
  conversion(
    'queensland-keeps-standard-time-in-summer',
    (rng) => ({
      from: 'Australia/Brisbane',
      to: rng.pick(['Australia/Sydney', 'Australia/Adelaide'] as const),
      y: rng.pick(YEARS),
      m: rng.pick([11, 12, 1, 2]),
      d: rng.int(1, 28),
    }),
    invite,
    false,
  ),
  conversion(
    'across-the-date-line-westward-invite',
    (rng) => ({
      from: rng.pick(['America/Los_Angeles', 'Pacific/Honolulu', 'America/Denver'] as const),
      to: rng.pick(['Pacific/Auckland', 'Asia/Tokyo', 'Australia/Sydney'] as const),
      y: rng.pick(YEARS),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
      lo: 13,
      hi: 18,
    }),
    invite,
  ),
  conversion(
    'across-the-date-line-eastward-invite',
    (rng) => ({
      from: rng.pick(['Pacific/Auckland', 'Asia/Tokyo', 'Asia/Singapore'] as const),
      to: rng.pick(['America/Los_Angeles', 'America/Chicago', 'Pacific/Honolulu'] as const),
      y: rng.pick(YEARS),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
      lo: 7,
      hi: 10,
    }),
    bookFor,
  ),
  conversion(
    'new-zealand-summer-to-europe-winter',
    (rng) => ({
      from: rng.pick(['Europe/London', 'Europe/Paris'] as const),
      to: 'Pacific/Auckland',
      y: rng.pick(YEARS),
      m: rng.pick([1, 2, 11, 12]),
      d: rng.int(5, 24),
      lo: 7,
      hi: 10,
    }),
    invite,
  ),
  conversion(
    'half-hour-zone-with-daylight-saving-adelaide',
    (rng) => ({
      from: 'Australia/Adelaide',
      to: rng.pick(['Asia/Singapore', 'Asia/Tokyo', 'Asia/Dubai'] as const),
      y: rng.pick(YEARS),
      m: rng.pick([1, 2, 12]),
      d: rng.int(1, 28),
    }),
    bookFor,
  ),
  conversion(
    'deadline-end-of-day-pacific-for-asia-team',
    (rng) => ({
      from: 'America/Los_Angeles',
      to: rng.pick(['Asia/Singapore', 'Asia/Tokyo', 'Asia/Kolkata'] as const),
      y: rng.pick(YEARS),
      m: rng.int(1, 12),
      d: rng.int(1, 28),
      lo: 17,
      hi: 17,
    }),
    ({ rng, from, to, w }) =>
      `${cap2(exec(rng))} wants a board pack from the team in ${city(to)} (${to}) by ${hm(w)} on ${longDate(w)}, ${city(from)} time (${from}). What deadline do you give the team on their clock?`,
  ),
  conversion(
    'gulf-zone-to-europe-in-summer',
    (rng) => ({
      from: 'Asia/Dubai',
      to: rng.pick(['Europe/London', 'Europe/Paris', 'Europe/Helsinki'] as const),
      y: rng.pick(YEARS),
      m: rng.int(5, 9),
      d: rng.int(1, 28),
    }),
    bookFor,
    false,
  ),
  conversion(
    'singapore-morning-is-new-york-evening-before',
    (rng) => ({
      from: 'Asia/Singapore',
      to: rng.pick(['America/New_York', 'America/Chicago'] as const),
      y: rng.pick(YEARS),
      m: rng.pick([1, 2, 12]),
      d: rng.int(1, 28),
      lo: 7,
      hi: 10,
    }),
    invite,
  ),
  conversion(
    'south-africa-to-london-no-change-there',
    (rng) => ({
      from: 'Africa/Johannesburg',
      to: 'Europe/London',
      y: rng.pick(YEARS),
      m: rng.int(4, 9),
      d: rng.int(1, 28),
    }),
    bookFor,
    false,
  ),
  conversion(
    'brazil-no-longer-on-summer-time',
    (rng) => ({
      from: 'America/Sao_Paulo',
      to: rng.pick(['America/New_York', 'Europe/London', 'Europe/Madrid'] as const),
      y: rng.pick(YEARS),
      m: rng.pick([1, 2, 12]),
      d: rng.int(1, 28),
    }),
    bookFor,
    false,
  ),
  conversion(
    'europe-to-us-in-autumn-gap',
    (rng) => {
      const y = rng.pick(YEARS)
      const last = nth(y, 10, 0, -1)
      const firstNov = nth(y, 11, 0, 1)
      const days = [...Array(31 - last).keys()].map((i) => [10, last + 1 + i] as const)
      const nov = [...Array(firstNov - 1).keys()].map((i) => [11, 1 + i] as const)
      const [m, d] = rng.pick([...days, ...nov])
      return { from: rng.pick(EU), to: rng.pick(US), y, m, d }
    },
    bookFor,
  ),
  family('invite-shown-in-utc', (rng) => {
    const z = rng.pick([...US, ...EU, 'Australia/Sydney'] as const)
    const y = rng.pick(YEARS)
    const m = rng.int(1, 12)
    const w = wall(rng, y, m, rng.int(1, 28))
    const u = toUtc(z, w)
    const off = offsetAt(z, u)
    return choose(rng, {
      stem: `${cap2(exec(rng))} is in ${city(z)} (${z}) and must join a supplier’s webinar listed at ${hm(u)} UTC on ${longDate(u)}. What time is that on her clock?`,
      key: when(u + off),
      wrong: [
        [
          when(u + stdOffset(z)),
          'uses the zone’s standard offset, ignoring daylight saving on the date',
        ],
        [when(u - off), 'subtracts the zone’s UTC offset instead of adding it'],
        [when(u + stdOffset(z) + 60), 'adds a daylight-saving hour whatever the date'],
        [when(u), 'treats UTC as the local time'],
      ],
      facts: { kind: 'convert', from: 'UTC', to: z, wall: u, showDate: true },
    })
  }),
  family('offset-label-of-a-summer-invite', (rng) => {
    const z = rng.pick([...US, ...EU] as const)
    const y = rng.pick(YEARS)
    const w = wall(rng, y, rng.int(6, 8), rng.int(1, 28))
    const off = offsetAt(z, toUtc(z, w))
    return choose(rng, {
      stem: `You write a meeting confirmation for ${longDate(w)} at ${hm(w)} in ${city(z)} (${z}) and give the time with its UTC offset as well. Which offset is right for that date?`,
      key: utcLabel(off),
      wrong: [
        [utcLabel(stdOffset(z)), 'gives the zone’s standard offset on a summer date'],
        [utcLabel(-off), 'writes the offset with the wrong sign'],
        [utcLabel(off + 60), 'adds the daylight-saving hour to the summer offset again'],
        [
          utcLabel(stdOffset(z) - 60),
          'moves the offset back an hour for summer instead of forward',
        ],
      ],
      facts: { kind: 'offset', zone: z, wall: w },
    })
  }),
  family('working-hours-overlap', (rng) => {
    const a = rng.pick([...US, 'America/Sao_Paulo'] as const)
    const b = rng.pick([...EU, 'Africa/Johannesburg', 'Asia/Dubai'] as const)
    const y = rng.pick(YEARS)
    const m = rng.int(1, 12)
    const d = rng.int(1, 28)
    const noon = at(y, m, d, 12)
    const diff = offsetAt(b, toUtc(b, noon)) - offsetAt(a, toUtc(a, noon)) // minutes b is ahead of a
    const window = (dd: number) => {
      const s = Math.max(9 * 60, 9 * 60 - dd)
      const e = Math.min(17 * 60, 17 * 60 - dd)
      return e > s ? `${hm(s)}–${hm(e)}` : 'No overlap'
    }
    const key = window(diff)
    if (key === 'No overlap') throw new VariantError('no overlap')
    return choose(rng, {
      stem: `${cap2(exec(rng))} in ${city(a)} (${a}) wants a call with the team in ${city(b)} (${b}) on ${longDate(noon)}. Both sides work 09:00–17:00 local time. In which window on ${city(a)} time can the call start and end within both sides’ hours?`,
      key,
      wrong: [
        [
          window(stdOffset(b) - stdOffset(a)),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
        [window(-diff), 'applies the time difference in the wrong direction'],
        [
          `${hm(9 * 60 - diff)}–${hm(17 * 60 - diff)}`,
          'converts the team’s hours but does not intersect them with the executive’s',
        ],
        [window(diff + 60), 'shifts daylight saving by an hour the wrong way'],
        ['09:00–17:00', 'gives the executive’s own hours without converting the team’s'],
        [window(diff - 60), 'adds a daylight-saving hour the date does not have'],
      ],
      facts: { kind: 'overlap', a, b, date: noon },
    })
  }),
  family('overnight-hours-across-spring-forward', (rng) => {
    const z = rng.pick([...US, ...EU] as const)
    const y = rng.pick(YEARS)
    const eu = (EU as readonly string[]).includes(z)
    const d = eu ? nth(y, 3, 0, -1) : nth(y, 3, 0, 2)
    const start = at(y, 3, d - 1, rng.pick([20, 21, 22, 23]))
    const end = at(y, 3, d, rng.pick([5, 6, 7, 8]))
    const real = toUtc(z, end) - toUtc(z, start)
    const wallSpan = end - start
    return choose(rng, {
      stem: `${cap2(exec(rng))} in ${city(z)} (${z}) has a support line staffed overnight from ${hm(start)} on ${longDate(start)} to ${hm(end)} the next morning, local time. How many hours does the cover person actually work?`,
      key: dur(real),
      wrong: [
        [dur(wallSpan), 'subtracts the clock times, missing that the clocks go forward that night'],
        [dur(wallSpan + 60), 'adds the daylight-saving hour instead of losing it'],
        [dur(wallSpan - 120), 'takes two hours off for the change instead of one'],
        [
          dur(24 * 60 - wallSpan),
          'counts the hours outside the shift, from the morning to the evening',
        ],
      ],
      facts: { kind: 'elapsed', zone: z, start, end },
    })
  }),
  family('overnight-hours-across-fall-back', (rng) => {
    const z = rng.pick([...US, ...EU] as const)
    const y = rng.pick(YEARS)
    const eu = (EU as readonly string[]).includes(z)
    const [m, d] = eu ? [10, nth(y, 10, 0, -1)] : [11, nth(y, 11, 0, 1)]
    if (d === 1) throw new VariantError('the evening falls in the previous month')
    const start = at(y, m, d - 1, rng.pick([20, 21, 22, 23]))
    const end = at(y, m, d, rng.pick([5, 6, 7, 8]))
    const real = toUtc(z, end) - toUtc(z, start)
    const wallSpan = end - start
    return choose(rng, {
      stem: `${cap2(exec(rng))} in ${city(z)} (${z}) books an overnight data migration with a contractor billed by the hour, from ${hm(start)} on ${longDate(start)} to ${hm(end)} the next morning, local time. How many hours will the invoice show?`,
      key: dur(real),
      wrong: [
        [dur(wallSpan), 'subtracts the clock times, missing that the clocks go back that night'],
        [dur(wallSpan - 60), 'takes the daylight-saving hour off instead of adding it'],
        [dur(wallSpan + 120), 'adds the hour twice'],
        [
          dur(24 * 60 - wallSpan),
          'counts the hours outside the job, from the morning to the evening',
        ],
      ],
      facts: { kind: 'elapsed', zone: z, start, end },
    })
  }),
]

function cap2(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
function dur(mins: number): string {
  const h = Math.floor(mins / 60)
  const mm = mins % 60
  return mm ? `${h} h ${mm} min` : `${h} hours`
}
