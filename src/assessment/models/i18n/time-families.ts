import type { Rng } from '../../rng.js'
import { cap, family, product } from './i18n-text.js'
import { DAY, MIN, offsetAt, sunday, wall, ZONES } from './zone-rules.js'

const HOUR = 60 * MIN

// Time zones and calendars in 2026. Instants are shown as `YYYY-MM-DD HH:MM` (24-hour clock);
// each stem names the IANA zone, and the zone's rules are those in zone-rules.ts.

const DST_ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
]

/** A UTC instant in 2026 near a daylight change of `zone`, or in mid-season. */
function nearChange(rng: Rng, zone: string): number {
  const z = ZONES[zone]!
  const [a, b] = z.span!(2026)
  const around = rng.pick([a, b, a, b, Date.UTC(2026, rng.pick([0, 6]), 15)])
  return around + rng.int(-10, 10) * DAY + rng.int(0, 95) * 15 * MIN
}

/** The other half of the year's offset: standard for daylight and back. */
const flip = (zone: string, off: number) => {
  const z = ZONES[zone]!
  return off === z.std ? z.dst! : z.std
}
/** The offset `zone` would have under the other hemisphere's or continent's change dates. */
function otherRules(zone: string, t: number): number {
  const z = ZONES[zone]!
  const proxy = zone.startsWith('America')
    ? 'Europe/London'
    : zone.startsWith('Europe')
      ? 'America/New_York'
      : 'Europe/London'
  const inDst = offsetAt(proxy, t) === ZONES[proxy]!.dst
  return inDst ? z.dst! : z.std
}

export const TIME_FAMILIES = [
  family('utc-to-local-dst', (rng) => {
    const zone = rng.pick(DST_ZONES)
    const t = nearChange(rng, zone)
    const off = offsetAt(zone, t)
    return {
      stem: `A booking is stored as the UTC instant ${wall(t, 0)}. ${cap(product(rng))} shows it in ${zone} with \`Intl.DateTimeFormat\` and \`timeZone: '${zone}'\`. What local date and time shows (24-hour clock)?`,
      key: wall(t, off),
      wrong: [
        [
          wall(t, flip(zone, off)),
          off === ZONES[zone]!.std
            ? 'applies daylight time out of season'
            : 'ignores daylight saving time',
        ],
        [wall(t, -off), 'applies the offset with the wrong sign'],
        [wall(t, otherRules(zone, t)), 'uses another region’s change dates'],
        [wall(t, 0), 'shows the UTC time as local'],
        [
          wall(t, off + (off === ZONES[zone]!.std ? -60 : 60)),
          'shifts daylight time the wrong way',
        ],
      ],
      figures: { zone, t },
    }
  }),
  family('local-to-utc-dst', (rng) => {
    const zone = rng.pick(DST_ZONES)
    let t = nearChange(rng, zone)
    // Keep clear of the hour either side of a change, where local times repeat or do not exist.
    const [a, b] = ZONES[zone]!.span!(2026)
    if (Math.abs(t - a) < 3 * 3600_000 || Math.abs(t - b) < 3 * 3600_000) t += 6 * 3600_000
    const off = offsetAt(zone, t)
    return {
      stem: `A client in ${zone} books a call for ${wall(t, off)} local time. The API stores instants in UTC. Which UTC date and time should be stored?`,
      key: wall(t, 0),
      wrong: [
        [
          wall(t, off - flip(zone, off)),
          off === ZONES[zone]!.std
            ? 'applies daylight time out of season'
            : 'ignores daylight saving time',
        ],
        [wall(t, 2 * off), 'adds the offset instead of subtracting it'],
        [wall(t, off - otherRules(zone, t)), 'uses another region’s change dates'],
        [wall(t, off), 'stores the local time as UTC'],
      ],
      figures: { zone, t },
    }
  }),
  family('meeting-across-zones', (rng) => {
    const [from, to] = rng.pick([
      ['America/New_York', 'Europe/London'],
      ['America/Los_Angeles', 'Europe/Berlin'],
      ['Europe/London', 'America/Chicago'],
      ['Europe/Paris', 'America/New_York'],
    ] as const)
    // The weeks when US and EU clocks have changed on different dates, or the same season.
    const gap = rng.pick([
      Date.UTC(2026, 2, rng.int(9, 27)),
      Date.UTC(2026, 9, rng.int(26, 31)),
      Date.UTC(2026, rng.pick([0, 5, 6]), rng.int(2, 26)),
    ])
    const hour = rng.int(8, 17)
    // The UTC instant of `hour`:00 local in `from` on that day.
    let t = gap + hour * 3600_000 - ZONES[from]!.std * MIN
    t -= (offsetAt(from, t) - ZONES[from]!.std) * MIN
    const [fo, to2] = [offsetAt(from, t), offsetAt(to, t)]
    const usual = (ZONES[to]!.std - ZONES[from]!.std) * MIN
    return {
      stem: `A consultant in ${from} schedules a call for ${wall(t, fo)} local time. What is the local date and time for the client in ${to}?`,
      key: wall(t, to2),
      wrong: [
        [wall(t, fo + usual / MIN), 'assumes the usual winter gap between the zones'],
        [wall(t, fo - (to2 - fo)), 'applies the difference in the wrong direction'],
        [
          wall(t, to2 + (to2 === ZONES[to]!.std ? 60 : -60)),
          'changes the client’s clock on the wrong date',
        ],
        [wall(t, fo), 'gives the same wall-clock time'],
        [wall(t, 0), 'converts to UTC only'],
      ],
      figures: { to, t },
    }
  }),
  family('nonexistent-local-time', (rng) => {
    const zone = rng.pick(['America/New_York', 'America/Chicago', 'America/Los_Angeles'])
    const d = sunday(2026, 3, 2)
    const mm = rng.pick([0, 15, 30, 45])
    const std = ZONES[zone]!.std
    // 02:mm does not exist; JavaScript and Temporal's default read it with the offset before the gap.
    const t = Date.UTC(2026, 2, d, 2, mm) - std * MIN
    const hm = (h: number) =>
      `2026-03-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:${String(mm).padStart(2, '0')}`
    return {
      stem: `On 2026-03-${String(d).padStart(2, '0')}, clocks in ${zone} jump from 02:00 to 03:00. A recurring reminder is set for 02:${String(mm).padStart(2, '0')} local. Temporal's default ('compatible') disambiguation, like JavaScript's Date, reads a skipped time with the offset in force before the jump. What local time does the reminder fire at?`,
      key: hm(3),
      wrong: [
        [hm(2), 'expects the skipped time to exist'],
        [hm(1), 'moves the reminder back an hour'],
        [`2026-03-${String(d).padStart(2, '0')} 03:00`, 'snaps to the start of the new hour'],
        [hm(4), 'adds the hour twice'],
      ],
      figures: { zone, t },
    }
  }),
  family('night-shift-across-dst', (rng) => {
    const zone = rng.pick(DST_ZONES)
    const change = rng.pick(ZONES[zone]!.span!(2026))
    // Every zone here changes between 01:00 and 03:00 local, inside the shift.
    const [before, after] = [offsetAt(zone, change - 3 * HOUR), offsetAt(zone, change + 3 * HOUR)]
    const day = new Date(change + 3 * HOUR + after * MIN).toISOString().slice(0, 10)
    const prev = new Date(Date.parse(`${day}T00:00Z`) - DAY).toISOString().slice(0, 10)
    const [start, end] = [rng.int(21, 23), rng.int(5, 7)]
    const clock = 24 - start + end
    const shift = (before - after) / 60
    const hours = clock + shift
    return {
      stem: `A hospital rota in ${zone} has a night shift from ${start}:00 local time on ${prev} to 0${end}:00 local time on ${day}. Payroll pays the elapsed time. How many hours does the shift pay?`,
      key: String(hours),
      wrong: [
        [String(clock), 'counts the wall-clock hours, ignoring the clock change that night'],
        [String(clock - shift), 'gets the direction of the clock change wrong'],
        [String(clock + 2 * shift), 'counts the clock change twice'],
        [String(start - end), 'subtracts the clock times without crossing midnight'],
      ],
      figures: { zone, prev, day, start, end },
    }
  }),
]

export const MORE_TIME_FAMILIES = [
  family('zone-difference-hours', (rng) => {
    const [a, b] = rng.pick([
      ['Europe/London', 'Australia/Sydney'],
      ['America/New_York', 'Australia/Sydney'],
      ['Europe/Berlin', 'Australia/Sydney'],
      ['America/Chicago', 'Australia/Sydney'],
    ] as const)
    const t = Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), 12)
    const diff = (offsetAt(b, t) - offsetAt(a, t)) / 60
    const [za, zb] = [ZONES[a]!, ZONES[b]!]
    return {
      stem: `A support rota compares ${a} and ${b} on ${wall(t, 0).slice(0, 10)}. By how many hours is ${b} ahead of ${a} at noon UTC that day?`,
      key: String(diff),
      wrong: [
        [String((zb.std - za.std) / 60), 'uses both zones’ standard offsets'],
        [
          String(((zb.dst ?? zb.std) - (za.dst ?? za.std)) / 60),
          'puts both zones on daylight time together',
        ],
        [String(((zb.dst ?? zb.std) - za.std) / 60), 'gives the later zone daylight time all year'],
        [
          String((zb.std - (za.dst ?? za.std)) / 60),
          'gives the earlier zone daylight time all year',
        ],
        [String(24 - diff), 'measures the gap the other way round the clock'],
      ],
      figures: { a, b, t },
    }
  }),
  family('add-24-hours-across-dst', (rng) => {
    const zone = rng.pick(['America/New_York', 'Europe/Berlin', 'Europe/London', 'America/Chicago'])
    const [start, end] = ZONES[zone]!.span!(2026)
    const change = rng.pick([start, end])
    const h = rng.int(8, 20)
    // The day before the change, at h:00 local.
    const before = change - DAY
    const off0 = offsetAt(zone, before)
    const dayBefore = new Date(before + off0 * MIN).toISOString().slice(0, 10)
    const t = Date.parse(`${dayBefore}T${String(h).padStart(2, '0')}:00Z`) - off0 * MIN
    const plus = t + DAY
    const off1 = offsetAt(zone, plus)
    return {
      stem: `A parking session in ${zone} starts at ${wall(t, off0)} local time, the day before the clocks change, and runs for exactly 24 elapsed hours. At what local time does it end?`,
      key: wall(plus, off1),
      wrong: [
        [wall(plus, off0), 'adds a calendar day, keeping the wall-clock time'],
        [wall(plus, 2 * off1 - off0), 'shifts the hour the wrong way'],
        [wall(plus, 0), 'gives the end in UTC'],
        [wall(plus - (off1 - off0) * MIN, off0), 'adds the change to the duration, not the clock'],
      ],
      figures: { zone, t },
    }
  }),
]
