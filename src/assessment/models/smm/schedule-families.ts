import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, client, family, worked } from './smm-text.js'
import {
  hours,
  instantOf,
  localText,
  offset,
  wallText,
  type Zone,
  zone,
  zoneIndex,
} from './zones.js'

// Scheduling posts for an audience's local time when the scheduling tool runs in another zone:
// the offset on the post's date (daylight saving included), the direction of the shift, and the
// date that shifts with it. Each family draws the zone pair its situation is about.

const DAY = 86_400_000
/** A 2026 date between the given day-of-year bounds (0 = 1 January). */
function dateIn(rng: Rng, from: number, to: number) {
  const d = new Date(Date.UTC(2026, 0, 1) + rng.int(from, to) * DAY)
  return { y: 2026, mo: d.getUTCMonth() + 1, d: d.getUTCDate() }
}
const dateText = (x: { mo: number; d: number }) => `${x.d} ${MONTH_NAMES[x.mo - 1]} 2026`
const clock = (h: number, m = 0) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`

/**
 * The answers for "the audience in `a` should see it at this wall time; what do you enter in a
 * tool set to `b`?": the key, and the slips practitioners make (standard offsets only, the shift
 * applied the wrong way, the audience's clock typed in unchanged, the audience's date kept).
 */
function convert(
  rng: Rng,
  stem: string,
  a: Zone,
  b: Zone,
  when: { y: number; mo: number; d: number; h: number; mi?: number },
) {
  const t = instantOf(a, when.y, when.mo, when.d, when.h, when.mi ?? 0)
  const diff = offset(b, t) - offset(a, t)
  const key = localText(b, t)
  const audienceDate = localText(a, t).split(',')[0]
  const keyTime = key.split(', ')[1]
  return worked(rng, {
    stem,
    in: { t, a: zoneIndex(a), b: zoneIndex(b) },
    key,
    wrong: [
      [
        'std',
        localText(a, t, b.std - a.std),
        'uses the standard (winter) offsets, forgetting daylight saving on that date',
      ],
      ['reverse', localText(a, t, -diff), 'shifts the clock the wrong way between the zones'],
      ['unchanged', localText(a, t), 'types the audience’s local time into the tool unchanged'],
      ['sameDay', `${audienceDate}, ${keyTime}`, 'converts the hour but keeps the audience’s date'],
      ['utc', wallText(t), 'enters the time in UTC though the tool is set to a local zone'],
    ],
  })
}

type Pair = readonly [audience: string, tool: string]
/** A conversion family: its situation's zone pairs, date window and posting hours. */
const conversion = (
  id: string,
  pairs: readonly Pair[],
  window: readonly [number, number],
  hoursFrom: readonly number[],
  say: (x: { who: string; a: Zone; b: Zone; date: string; at: string }) => string,
): ScenarioFamily =>
  family(id, (rng) => {
    const [ai, bi] = rng.pick(pairs)
    const a = zone(ai)
    const b = zone(bi)
    const date = dateIn(rng, window[0], window[1])
    const h = rng.pick(hoursFrom)
    const mi = rng.pick([0, 0, 30])
    const stem = say({ who: client(rng), a, b, date: dateText(date), at: clock(h, mi) })
    return convert(rng, stem, a, b, { ...date, h, mi })
  })

const NY = 'America/New_York'
const LA = 'America/Los_Angeles'
const CHI = 'America/Chicago'
const LON = 'Europe/London'
const BER = 'Europe/Berlin'
const ATH = 'Europe/Athens'
const SYD = 'Australia/Sydney'
const TYO = 'Asia/Tokyo'
const BOM = 'Asia/Kolkata'
const SIN = 'Asia/Singapore'
const DXB = 'Asia/Dubai'
const SAO = 'America/Sao_Paulo'

export const SCHEDULE_FAMILIES: readonly ScenarioFamily[] = [
  conversion(
    'audience-time-in-scheduler-zone',
    [
      [NY, LON],
      [LA, BER],
      [CHI, LON],
      [LON, NY],
      [BER, LA],
      [ATH, CHI],
    ],
    [100, 280],
    [8, 9, 12, 17, 19],
    (x) =>
      `You schedule posts for ${x.who} in a tool set to ${x.b.city} time. The audience is in ${x.a.city} and the post should go live at ${x.at} there on ${x.date}. What do you enter in the tool?`,
  ),
  conversion(
    'us-eu-daylight-saving-gap',
    [
      [NY, LON],
      [LA, LON],
      [NY, BER],
      [CHI, BER],
      [LON, NY],
      [BER, CHI],
    ],
    [67, 86],
    [8, 9, 11, 13, 18],
    (x) =>
      `On ${x.date} (after the US has moved its clocks forward, before Europe does) ${x.who} wants a post live at ${x.at} ${x.a.city} time. Your scheduling tool runs on ${x.b.city} time. What do you enter?`,
  ),
  conversion(
    'autumn-daylight-saving-gap',
    [
      [NY, LON],
      [LA, BER],
      [LON, NY],
      [BER, NY],
      [CHI, ATH],
    ],
    [298, 302],
    [8, 10, 12, 16, 20],
    (x) =>
      `${x.date}: Europe has put its clocks back but the US has not yet. A post for ${x.who} must go live at ${x.at} in ${x.a.city}; the tool is set to ${x.b.city}. What time and day do you enter?`,
  ),
  conversion(
    'southern-hemisphere-summer',
    [
      [SYD, LON],
      [SYD, NY],
      [LON, SYD],
      [SYD, BER],
      [LA, SYD],
    ],
    [5, 60],
    [7, 8, 12, 18, 20],
    (x) =>
      `${x.who[0]!.toUpperCase()}${x.who.slice(1)} targets an audience in ${x.a.city}; the post should appear at ${x.at} local time there on ${x.date}. Your tool is set to ${x.b.city}. What do you enter?`,
  ),
  conversion(
    'southern-hemisphere-winter',
    [
      [SYD, LON],
      [SYD, NY],
      [LON, SYD],
      [SYD, BER],
      [SYD, LA],
    ],
    [160, 240],
    [7, 9, 12, 17, 21],
    (x) =>
      `It is mid-year (${x.date}). An audience in ${x.a.city} should see ${x.who}’s post at ${x.at} their time. With the scheduler on ${x.b.city} time, what do you enter?`,
  ),
  conversion(
    'half-hour-offset-zone',
    [
      [BOM, LON],
      [BOM, NY],
      [BOM, BER],
      [LON, BOM],
      [BOM, SIN],
      [DXB, BOM],
    ],
    [0, 364],
    [8, 10, 13, 18, 21],
    (x) =>
      `A campaign for ${x.who} goes live for followers in ${x.a.city} at ${x.at} their time on ${x.date}. You schedule in ${x.b.city} time. What do you enter?`,
  ),
  conversion(
    'across-the-date-line',
    [
      [TYO, LA],
      [SYD, LA],
      [TYO, NY],
      [SIN, LA],
      [SYD, CHI],
    ],
    [0, 364],
    [7, 8, 9, 10],
    (x) =>
      `Morning posts for ${x.who}’s followers in ${x.a.city} go out at ${x.at} local time. For the post on ${x.date} (${x.a.city} date), what day and time do you enter in a tool set to ${x.b.city}?`,
  ),
  conversion(
    'zone-without-daylight-saving',
    [
      [SAO, NY],
      [TYO, LON],
      [DXB, LON],
      [SIN, BER],
      [SAO, LON],
      [DXB, NY],
    ],
    [100, 280],
    [9, 12, 18, 20],
    (x) =>
      `${x.a.city} keeps the same offset all year. ${x.who[0]!.toUpperCase()}${x.who.slice(1)} wants a post up at ${x.at} there on ${x.date}; your tool is on ${x.b.city} time. What do you enter?`,
  ),
  conversion(
    'launch-embargo-other-zone',
    [
      [LA, LON],
      [LA, BER],
      [NY, BER],
      [LON, SIN],
      [NY, TYO],
    ],
    [0, 364],
    [6, 9, 10],
    (x) =>
      `A product launch is embargoed until ${x.at} ${x.a.city} time on ${x.date}, and the launch post must not go out a minute earlier. You schedule from ${x.b.city}. What time do you set?`,
  ),
]

/** The offset between two zones on a date, as a freelancer plans a weekly slot. */
const gap = (
  id: string,
  pairs: readonly Pair[],
  window: readonly [number, number],
  say: (x: { a: Zone; b: Zone; date: string }) => string,
): ScenarioFamily =>
  family(id, (rng) => {
    const [ai, bi] = rng.pick(pairs)
    const a = zone(ai)
    const b = zone(bi)
    const date = dateIn(rng, window[0], window[1])
    const t = instantOf(a, date.y, date.mo, date.d, 12)
    const diff = offset(a, t) - offset(b, t)
    if (diff === a.std - b.std) throw new VariantError('no daylight saving difference that day')
    return worked(rng, {
      stem: say({ a, b, date: dateText(date) }),
      in: { t, a: zoneIndex(a), b: zoneIndex(b) },
      key: hours(diff),
      wrong: [
        ['std', hours(a.std - b.std), 'uses the standard offsets, as in winter'],
        ['reverse', hours(-diff), 'takes the difference the wrong way round'],
        [
          'bothSummer',
          hours(a.std - b.std + (a.rule ? 60 : 0) - (b.rule ? 60 : 0)),
          'assumes both zones are on summer time',
        ],
        ['reverseStd', hours(b.std - a.std), 'uses winter offsets and the wrong direction'],
        ['aOnly', hours(offset(a, t)), `gives ${a.city}’s offset from UTC, not from ${b.city}`],
        ['bOnly', hours(-offset(b, t)), `gives ${b.city}’s offset from UTC with its sign flipped`],
      ],
    })
  })

export const OFFSET_FAMILIES: readonly ScenarioFamily[] = [
  gap(
    'offset-in-us-eu-gap',
    [
      [LON, NY],
      [BER, NY],
      [LON, CHI],
      [BER, LA],
      [ATH, NY],
    ],
    [67, 86],
    (x) =>
      `On ${x.date} the US is already on daylight saving time and Europe is not. How many hours is ${x.a.city} ahead of ${x.b.city} that day (negative if behind)?`,
  ),
  gap(
    'offset-southern-summer',
    [
      [SYD, LON],
      [SYD, TYO],
      [SYD, SIN],
      [SYD, BER],
      [SYD, DXB],
    ],
    [0, 60],
    (x) =>
      `For a weekly live session on ${x.date}, how many hours is ${x.a.city} ahead of ${x.b.city} (negative if behind)?`,
  ),
  gap(
    'offset-northern-summer-vs-fixed',
    [
      [LON, TYO],
      [BER, SIN],
      [NY, SAO],
      [LON, DXB],
      [CHI, TYO],
      [LA, BOM],
    ],
    [130, 250],
    (x) =>
      `${x.b.city} has no daylight saving. On ${x.date}, how many hours is ${x.a.city} ahead of ${x.b.city} (negative if behind)?`,
  ),
]

export const CALENDAR_ZONE_FAMILIES: readonly ScenarioFamily[] = [
  family('reminder-before-live-event', (rng) => {
    const [ai, bi] = rng.pick([
      [NY, LON],
      [LON, NY],
      [BER, LA],
      [SYD, LON],
      [LA, BER],
    ] as const)
    const a = zone(ai)
    const b = zone(bi)
    const date = dateIn(rng, 0, 364)
    const h = rng.pick([9, 10, 11, 14, 15])
    const lead = rng.pick([1, 2, 3])
    const event = instantOf(a, date.y, date.mo, date.d, h)
    const t = event - lead * 3600_000
    const diff = offset(b, t) - offset(a, t)
    return worked(rng, {
      stem: `${Client(rng)} hosts a live stream at ${clock(h)} ${a.city} time on ${dateText(date)}. A reminder post must go out ${lead} hour${lead > 1 ? 's' : ''} before it starts. Your scheduler is on ${b.city} time; what do you enter?`,
      in: { t, a: zoneIndex(a), b: zoneIndex(b), lead },
      key: localText(b, t),
      wrong: [
        ['atEvent', localText(b, event), 'schedules the reminder at the start time itself'],
        [
          'after',
          localText(b, event + lead * 3600_000),
          'adds the lead time instead of subtracting it',
        ],
        ['reverse', localText(a, t, -diff), 'shifts the clock the wrong way between the zones'],
        ['unchanged', localText(a, t), 'enters the audience’s local reminder time unchanged'],
        [
          'std',
          localText(a, t, b.std - a.std),
          'uses standard offsets, forgetting daylight saving',
        ],
      ],
    })
  }),
  family('utc-scheduler-entry', (rng) => {
    const a = zone(rng.pick([NY, LA, LON, BER, SYD, BOM, TYO]))
    const date = dateIn(rng, 0, 364)
    const h = rng.pick([7, 8, 12, 17, 19, 21])
    const t = instantOf(a, date.y, date.mo, date.d, h)
    const off = offset(a, t)
    return worked(rng, {
      stem: `An API-based scheduler takes times in UTC only. ${Client(rng)}’s followers are in ${a.city}; the post should go live at ${clock(h)} their time on ${dateText(date)}. What UTC time do you enter?`,
      in: { t, a: zoneIndex(a) },
      key: wallText(t),
      wrong: [
        [
          'addOffset',
          wallText(t + 2 * off * 60_000),
          'adds the zone’s offset instead of subtracting it',
        ],
        [
          'std',
          wallText(t + (off - a.std) * 60_000),
          'uses the standard offset, forgetting daylight saving',
        ],
        ['unchanged', localText(a, t), 'enters the local time as if it were UTC'],
        ['hourOnly', wallText(t + (off % 60) * 60_000), 'drops the half-hour of the offset'],
      ],
    })
  }),
]
