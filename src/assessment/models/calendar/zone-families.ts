import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type CalcScenario, computed } from './calc.js'
import { at, changeDays, clock, january, july, weekdayIn, year, ymd } from './draws.js'
import { DAY, longDay, naive } from './zone-rules.js'

const family = (id: string, draw: (rng: Rng) => CalcScenario): ScenarioFamily => ({ id, draw })

const FLIP = 'applied the difference between the two offsets with the wrong sign'
const UTC_ONLY = 'converted to UTC and stopped there, without the destination offset'

/** Conversions of one meeting time between IANA zones, daylight saving time included. */
export const ZONE_FAMILIES: readonly ScenarioFamily[] = [
  family('us-changed-europe-not-yet', (rng) => {
    const y = year(rng)
    const c = changeDays(y)
    const from = rng.pick(['America/New_York', 'America/Chicago', 'America/Toronto'])
    const to = rng.pick(['Europe/Berlin', 'Europe/Paris', 'Europe/Athens'])
    const local = at(weekdayIn(rng, c.usSpring + DAY, c.euSpring), ...clock(rng, 8, 12))
    return computed(
      `An executive in ${from} books a call for ${longDay(naive(local))} at ${local.slice(11)} her time. What does the invite show for the attendee in ${to}?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, toAt: july(local), show: 'dayhm' },
          'assumed Europe had moved its clocks on the same Sunday as North America',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
      ],
    )
  }),
  family('europe-back-us-not-yet', (rng) => {
    const y = year(rng)
    const c = changeDays(y)
    const from = rng.pick(['Europe/London', 'Europe/Madrid', 'Europe/Warsaw'])
    const to = rng.pick(['America/New_York', 'America/Los_Angeles', 'America/Denver'])
    const local = at(weekdayIn(rng, c.euAutumn + DAY, c.usAutumn), ...clock(rng, 14, 17))
    return computed(
      `A client in ${from} proposes ${longDay(naive(local))} at ${local.slice(11)} local time. When is that in ${to}?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, toAt: january(local), show: 'dayhm' },
          'assumed the US had left daylight time on the same Sunday as Europe',
        ],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
      ],
    )
  }),
  family('day-after-eu-spring-change-to-no-dst-zone', (rng) => {
    const c = changeDays(year(rng))
    const from = rng.pick(['Europe/Berlin', 'Europe/London', 'Europe/Helsinki'])
    const to = rng.pick(['Asia/Tokyo', 'Asia/Singapore', 'Asia/Dubai', 'Africa/Nairobi'])
    const local = at(c.euSpring + DAY, ...clock(rng, 9, 16))
    return computed(
      `Your client in ${from} sets a call for ${longDay(naive(local))} at ${local.slice(11)}; ${to} does not observe daylight saving time. What time is it there?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, fromAt: january(local), show: 'dayhm' },
          'used the winter offset, missing the change the day before',
        ],
        [
          {
            op: 'convert',
            from,
            local,
            to,
            toAt: january(local),
            fromAt: january(local),
            flip: true,
            show: 'dayhm',
          },
          'used the winter offset and applied the difference with the wrong sign',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
      ],
    )
  }),
  family('day-after-us-autumn-change-to-half-hour-zone', (rng) => {
    const c = changeDays(year(rng))
    const from = rng.pick(['America/Los_Angeles', 'America/New_York', 'America/Chicago'])
    const to = 'Asia/Kolkata'
    const local = at(c.usAutumn + DAY, ...clock(rng, 17, 21))
    return computed(
      `On ${longDay(naive(local))} a founder in ${from} wants to call the development team in ${to} at ${local.slice(11)} her time. What time is that for the team?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, fromAt: july(local), show: 'dayhm' },
          'kept the summer offset after the US fell back the day before',
        ],
        [
          { op: 'convert', from, local, to, add: 30, show: 'dayhm' },
          'rounded India’s UTC+05:30 up to UTC+06:00',
        ],
        [
          { op: 'convert', from, local, to, add: -30, show: 'dayhm' },
          'dropped the half hour of India’s UTC+05:30',
        ],
        [
          { op: 'convert', from, local, to, add: -24 * 60, show: 'dayhm' },
          'got the clock time right but kept the US date',
        ],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
      ],
    )
  }),
  family('sydney-summer-to-london-winter', (rng) => {
    const y = year(rng)
    const to = rng.pick(['Europe/Berlin', 'Europe/Paris'])
    const from = rng.pick(['Australia/Sydney', 'Australia/Melbourne'])
    const local = at(weekdayIn(rng, ymd(y, 1, 12), ymd(y, 2, 27)), ...clock(rng, 16, 20))
    return computed(
      `In ${from} it is southern-hemisphere summer. A manager there proposes ${longDay(naive(local))} at ${local.slice(11)}. When is that in ${to}?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, fromAt: july(local), show: 'dayhm' },
          'put the Australian city on standard time in its summer, as if its seasons were northern',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
      ],
    )
  }),
  family('adelaide-half-hour-and-southern-dst', (rng) => {
    const y = year(rng)
    const from = 'Australia/Adelaide'
    const to = rng.pick(['Asia/Singapore', 'Asia/Tokyo', 'Australia/Brisbane'])
    const summer = rng.next() < 0.5
    const date = summer
      ? weekdayIn(rng, ymd(y, 1, 12), ymd(y, 3, 20))
      : weekdayIn(rng, ymd(y, 5, 4), ymd(y, 8, 28))
    const local = at(date, ...clock(rng, 9, 16))
    return computed(
      `An Adelaide client (${from}) asks for ${longDay(naive(local))} at ${local.slice(11)} local time. What time is it then in ${to}?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          {
            op: 'convert',
            from,
            local,
            to,
            fromAt: summer ? july(local) : january(local),
            show: 'dayhm',
          },
          summer
            ? 'forgot Adelaide keeps daylight time in January'
            : 'gave Adelaide daylight time in the southern winter',
        ],
        [
          { op: 'convert', from, local, to, add: 30, show: 'dayhm' },
          'dropped the half hour of Adelaide’s offset',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
      ],
    )
  }),
  family('kathmandu-quarter-hour', (rng) => {
    const y = year(rng)
    const from = rng.pick(['Europe/London', 'Europe/Berlin'])
    const to = 'Asia/Kathmandu'
    const local = at(weekdayIn(rng, ymd(y, 6, 1), ymd(y, 8, 31)), ...clock(rng, 8, 12))
    return computed(
      `A designer in ${to} (Nepal keeps one offset all year) is invited by a client in ${from} for ${longDay(naive(local))} at ${local.slice(11)} client time. When is that in Kathmandu?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to: 'Asia/Kolkata', show: 'dayhm' },
          'used India’s UTC+05:30 for Nepal',
        ],
        [
          { op: 'convert', from, local, to, fromAt: january(local), show: 'dayhm' },
          'gave the European city its winter offset in summer',
        ],
        [
          { op: 'convert', from, local, to, add: 15, show: 'dayhm' },
          'rounded Nepal’s UTC+05:45 up to UTC+06:00',
        ],
        [
          { op: 'convert', from, local, to, add: -45, show: 'dayhm' },
          'dropped the 45 minutes of Nepal’s offset, using UTC+05:00',
        ],
        [
          { op: 'convert', from: 'UTC', local, to, show: 'dayhm' },
          'added 05:45 to the client’s clock time as if it were UTC',
        ],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
      ],
    )
  }),
  family('phoenix-keeps-standard-time', (rng) => {
    const y = year(rng)
    const from = 'America/Phoenix'
    const to = rng.pick(['America/Chicago', 'America/Denver', 'America/New_York'])
    const local = at(weekdayIn(rng, ymd(y, 5, 1), ymd(y, 9, 30)), ...clock(rng, 9, 15))
    return computed(
      `A contractor in Arizona (${from}, which stays on Mountain Standard Time all year) schedules a call on ${longDay(naive(local))} at ${local.slice(11)} her time. What time is it in ${to}?`,
      { op: 'convert', from, local, to, show: 'hm' },
      [
        [
          { op: 'convert', from: 'America/Denver', local, to, show: 'hm' },
          'gave Phoenix daylight time like the rest of the Mountain zone',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'hm' }, FLIP],
        [{ op: 'convert', from, local, to: 'UTC', show: 'hm' }, UTC_ONLY],
      ],
    )
  }),
  family('brisbane-versus-sydney-in-summer', (rng) => {
    const y = year(rng)
    const from = 'Australia/Brisbane'
    const to = rng.pick(['Australia/Sydney', 'Australia/Melbourne'])
    const local = at(weekdayIn(rng, ymd(y, 1, 12), ymd(y, 3, 27)), ...clock(rng, 9, 15))
    return computed(
      `Queensland (${from}) has no daylight saving time. A Brisbane client books ${longDay(naive(local))} at ${local.slice(11)}. What time does the attendee in ${to} see?`,
      { op: 'convert', from, local, to, show: 'hm' },
      [
        [
          { op: 'convert', from, local, to, toAt: july(local), show: 'hm' },
          'treated the two east-coast cities as always on the same time',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'hm' }, FLIP],
        [{ op: 'convert', from, local, to: 'UTC', show: 'hm' }, UTC_ONLY],
      ],
    )
  }),
  family('auckland-monday-is-us-sunday', (rng) => {
    const y = year(rng)
    const from = 'Pacific/Auckland'
    const to = rng.pick(['America/Los_Angeles', 'America/Chicago', 'America/New_York'])
    const monday =
      ymd(y, 6, 1) + ((8 - new Date(ymd(y, 6, 1)).getUTCDay()) % 7) * DAY + 7 * DAY * rng.int(0, 6)
    const local = at(monday, ...clock(rng, 8, 10))
    return computed(
      `A New Zealand client (${from}) wants a kickoff on ${longDay(naive(local))} at ${local.slice(11)} their time (New Zealand winter). When is that for the team in ${to}?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, add: 24 * 60, show: 'dayhm' },
          'got the clock time right but kept the New Zealand date',
        ],
        [{ op: 'convert', from, local, to: 'UTC', show: 'dayhm' }, UTC_ONLY],
        [
          { op: 'convert', from, local, to, fromAt: january(local), show: 'dayhm' },
          'gave New Zealand its summer offset in June',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
      ],
    )
  }),
  family('us-afternoon-is-tokyo-next-day', (rng) => {
    const y = year(rng)
    const from = rng.pick(['America/Los_Angeles', 'America/Denver'])
    const to = rng.pick(['Asia/Tokyo', 'Asia/Seoul'])
    const local = at(weekdayIn(rng, ymd(y, 4, 1), ymd(y, 10, 20)), ...clock(rng, 16, 19))
    return computed(
      `An executive in ${from} offers ${longDay(naive(local))} at ${local.slice(11)} for a call with a partner in ${to}. When is that for the partner?`,
      { op: 'convert', from, local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to, add: -24 * 60, show: 'dayhm' },
          'got the clock time right but kept the US date',
        ],
        [
          { op: 'convert', from, local, to, fromAt: january(local), show: 'dayhm' },
          'used Pacific or Mountain standard time in summer',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'dayhm' }, FLIP],
      ],
    )
  }),
  family('utc-offset-of-a-zone-on-a-date', (rng) => {
    const y = year(rng)
    const zone = rng.pick([
      'Europe/London',
      'America/New_York',
      'Australia/Sydney',
      'Pacific/Auckland',
      'America/Los_Angeles',
      'Europe/Athens',
    ])
    const month = rng.pick([1, 2, 7, 8])
    const local = at(weekdayIn(rng, ymd(y, month, 1), ymd(y, month, 26)), 12)
    const other = local.slice(5, 7) <= '02' ? july(local) : january(local)
    return computed(
      `What is the UTC offset of ${zone} at noon local time on ${longDay(naive(local))}?`,
      { op: 'offset', zone, local, show: 'utc' },
      [
        [{ op: 'offset', zone, local: other, show: 'utc' }, 'gave the offset of the other season'],
        [
          { op: 'offset', zone: 'UTC', local, show: 'utc' },
          'took a zone named after a city as plain UTC',
        ],
        [
          { op: 'offset', zone, local, flip: true, show: 'utc' },
          'wrote the sign the wrong way round, as how far UTC is from the local clock',
        ],
        [
          { op: 'offset', zone, local: other, flip: true, show: 'utc' },
          'gave the other season’s offset with the wrong sign',
        ],
      ],
    )
  }),
  family('sao-paulo-has-no-dst-since-2019', (rng) => {
    const y = year(rng)
    const from = 'America/Sao_Paulo'
    const to = rng.pick(['America/New_York', 'Europe/Lisbon', 'Europe/Madrid'])
    const local = at(weekdayIn(rng, ymd(y, 1, 12), ymd(y, 2, 13)), ...clock(rng, 9, 16))
    return computed(
      `Brazil abolished daylight saving time in 2019. A São Paulo client (${from}) proposes ${longDay(naive(local))} at ${local.slice(11)}. What time is that in ${to}?`,
      { op: 'convert', from, local, to, show: 'hm' },
      [
        [
          { op: 'convert', from: 'America/Sao_Paulo', local, to, add: -60, show: 'hm' },
          'gave São Paulo the summer time it kept until 2019',
        ],
        [
          { op: 'convert', from, local, to, toAt: july(local), show: 'hm' },
          'put the northern city on summer time in January',
        ],
        [{ op: 'convert', from, local, to, flip: true, show: 'hm' }, FLIP],
      ],
    )
  }),
  family('mexico-city-has-no-dst-since-2022', (rng) => {
    const y = year(rng)
    const from = 'America/Mexico_City'
    const to = rng.pick(['America/Chicago', 'America/New_York', 'America/Los_Angeles'])
    const local = at(weekdayIn(rng, ymd(y, 4, 13), ymd(y, 10, 16)), ...clock(rng, 9, 16))
    return computed(
      `Mexico ended daylight saving time in 2022 (${from} is UTC-06:00 all year). A client there books ${longDay(naive(local))} at ${local.slice(11)}. When is that in ${to}?`,
      { op: 'convert', from, local, to, show: 'hm' },
      [
        [
          { op: 'convert', from: 'America/Chicago', local, to, show: 'hm' },
          'gave Mexico City summer time as it had before 2022',
        ],
        [{ op: 'convert', from, local, to: 'UTC', show: 'hm' }, UTC_ONLY],
        [{ op: 'convert', from, local, to, flip: true, show: 'hm' }, FLIP],
      ],
    )
  }),
  family('utc-z-time-to-local', (rng) => {
    const y = year(rng)
    const to = rng.pick([
      'Europe/Berlin',
      'America/New_York',
      'America/Los_Angeles',
      'Australia/Sydney',
    ])
    const month = rng.pick([1, 6, 7, 11])
    const local = at(weekdayIn(rng, ymd(y, month, 3), ymd(y, month, 27)), ...clock(rng, 6, 20))
    const stamp = `${local.replace(/[-:]/g, '')}00Z`
    return computed(
      `An .ics file gives DTSTART:${stamp}; the trailing Z marks UTC (RFC 5545 §3.3.5). What does a calendar set to ${to} show?`,
      { op: 'convert', from: 'UTC', local, to, show: 'dayhm' },
      [
        [
          { op: 'convert', from: 'UTC', local, to: 'UTC', show: 'dayhm' },
          'read the time as already local',
        ],
        [
          { op: 'convert', from: 'UTC', local, to, flip: true, show: 'dayhm' },
          'subtracted the zone’s offset instead of adding it',
        ],
        [
          {
            op: 'convert',
            from: 'UTC',
            local,
            to,
            toAt:
              local.slice(5, 7) === '01' || local.slice(5, 7) === '11'
                ? july(local)
                : january(local),
            show: 'dayhm',
          },
          'used the zone’s offset of the other season',
        ],
      ],
    )
  }),
  family('offset-stamp-to-utc', (rng) => {
    const y = year(rng)
    const from = rng.pick([
      'America/Chicago',
      'Europe/Paris',
      'Europe/Athens',
      'America/Los_Angeles',
    ])
    const local = at(weekdayIn(rng, ymd(y, 7, 1), ymd(y, 8, 28)), ...clock(rng, 7, 22))
    return computed(
      `A booking confirmation gives a meeting in ${from} on ${longDay(naive(local))} at ${local.slice(11)} local time. What is that instant in UTC?`,
      { op: 'convert', from, local, to: 'UTC', show: 'dayhm' },
      [
        [
          { op: 'convert', from, local, to: 'UTC', flip: true, show: 'dayhm' },
          'added the offset to get UTC instead of subtracting it',
        ],
        [
          { op: 'convert', from, local, to: 'UTC', fromAt: january(local), show: 'dayhm' },
          'used the zone’s winter offset',
        ],
        [
          { op: 'convert', from: 'UTC', local, to: 'UTC', show: 'dayhm' },
          'took the local time as UTC',
        ],
      ],
    )
  }),
  family('call-across-spring-forward-night', (rng) => {
    const y = year(rng)
    const c = changeDays(y)
    const eu = rng.next() < 0.5
    const zone = eu
      ? rng.pick(['Europe/Berlin', 'Europe/London'])
      : rng.pick(['America/New_York', 'America/Chicago'])
    const day = eu ? c.euSpring : c.usSpring
    const startH = rng.int(22, 23)
    const local = at(day - DAY, startH)
    const endH = rng.int(5, 7)
    const toLocal = at(day, endH)
    return computed(
      `A support shift in ${zone} runs from ${local.slice(11)} on ${longDay(naive(local))} to ${toLocal.slice(11)} the next morning, the night the clocks go forward. How long is the shift?`,
      { op: 'elapsed', from: zone, local, to: zone, toLocal, show: 'span' },
      [
        [
          {
            op: 'elapsed',
            from: zone,
            local,
            to: zone,
            toLocal,
            toAt: january(toLocal),
            show: 'span',
          },
          'counted clock hours, ignoring the skipped hour',
        ],
        [
          {
            op: 'elapsed',
            from: zone,
            local,
            to: zone,
            toLocal,
            fromAt: july(local),
            toAt: january(toLocal),
            show: 'span',
          },
          'added the changed hour instead of removing it',
        ],
        [
          { op: 'elapsed', from: zone, local: at(day, 0), to: zone, toLocal, show: 'span' },
          'counted only from midnight',
        ],
      ],
    )
  }),
  family('call-across-fall-back-night', (rng) => {
    const y = year(rng)
    const c = changeDays(y)
    const eu = rng.next() < 0.5
    const zone = eu
      ? rng.pick(['Europe/Paris', 'Europe/London'])
      : rng.pick(['America/Denver', 'America/Los_Angeles'])
    const day = eu ? c.euAutumn : c.usAutumn
    const local = at(day - DAY, rng.int(20, 21))
    const toLocal = at(day, rng.int(5, 8))
    return computed(
      `An on-call shift in ${zone} runs from ${local.slice(11)} on ${longDay(naive(local))} to ${toLocal.slice(11)} the next morning, the night the clocks go back. How long is the shift?`,
      { op: 'elapsed', from: zone, local, to: zone, toLocal, show: 'span' },
      [
        [
          {
            op: 'elapsed',
            from: zone,
            local,
            to: zone,
            toLocal,
            fromAt: january(local),
            show: 'span',
          },
          'counted clock hours, ignoring the repeated hour',
        ],
        [
          {
            op: 'elapsed',
            from: zone,
            local,
            to: zone,
            toLocal,
            fromAt: january(local),
            toAt: july(toLocal),
            show: 'span',
          },
          'took away an hour instead of adding it',
        ],
        [
          { op: 'elapsed', from: zone, local: at(day, 0), to: zone, toLocal, show: 'span' },
          'counted only from midnight',
        ],
      ],
    )
  }),
  family('nonexistent-local-time-rfc5545', (rng) => {
    const y = year(rng)
    const c = changeDays(y)
    const zone = rng.pick(['America/New_York', 'America/Chicago', 'America/Los_Angeles'])
    const minute = rng.pick([0, 15, 30, 45])
    const local = at(c.usSpring, 2, minute)
    const before = at(c.usSpring, 1, minute)
    return computed(
      `A recurring event in ${zone} is set for ${local.slice(11)}, a time that does not exist on ${longDay(c.usSpring)}. RFC 5545 §3.3.5 says to read a non-existent local time with the UTC offset before the gap. What does it show on that day in UTC?`,
      { op: 'convert', from: zone, local: before, add: 60, to: 'UTC', show: 'hm' },
      [
        [
          { op: 'convert', from: zone, local: before, to: 'UTC', show: 'hm' },
          'read it with the daylight offset after the gap',
        ],
        [
          { op: 'convert', from: 'UTC', local, to: 'UTC', show: 'hm' },
          'took the local time as UTC',
        ],
        [
          { op: 'convert', from: zone, local: before, add: 60, to: 'UTC', flip: true, show: 'hm' },
          'added the UTC offset instead of subtracting it',
        ],
      ],
    )
  }),
  family('ambiguous-local-time-rfc5545', (rng) => {
    const y = year(rng)
    const c = changeDays(y)
    const zone = rng.pick(['America/New_York', 'America/Denver', 'America/Toronto'])
    const local = at(c.usAutumn, 1, rng.pick([0, 15, 30, 45]))
    return computed(
      `A call in ${zone} is set for ${local.slice(11)} on ${longDay(c.usAutumn)}, a time that occurs twice as the clocks go back. RFC 5545 §3.3.5 says an ambiguous local time means its first occurrence. What is that in UTC?`,
      { op: 'convert', from: zone, local, to: 'UTC', show: 'hm' },
      [
        [
          { op: 'convert', from: zone, local, fromAt: january(local), to: 'UTC', show: 'hm' },
          'took the second occurrence, on standard time',
        ],
        [
          { op: 'convert', from: zone, local, to: 'UTC', flip: true, show: 'hm' },
          'added the UTC offset instead of subtracting it',
        ],
        [
          { op: 'convert', from: 'UTC', local, to: 'UTC', show: 'hm' },
          'took the local time as UTC',
        ],
      ],
    )
  }),
]
