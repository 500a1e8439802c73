import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { addDays, clock, drawDate, family, showDate, weekday } from './evp-text.js'

// Timelines, run-of-show and time zones: agenda end times with breaks and overruns, the latest
// start a curfew allows, deadlines counted in business days or days before arrival, and a hybrid
// session's local time in another IANA zone, daylight saving included (read through Intl).

/** The zone's offset from UTC, in minutes, at the instant `ms`. */
function offsetAt(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(ms))
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value)
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((local - ms) / 60000)
}
/** The UTC instant of wall time `minutes` on `iso` in `zone` (times away from a change-over). */
function instant(zone: string, iso: string, minutes: number): number {
  const wall = Date.parse(`${iso}T00:00:00Z`) + minutes * 60000
  return wall - offsetAt(zone, wall - offsetAt(zone, wall) * 60000) * 60000
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
/** `Tuesday 3:00 pm`: a wall time `minutes` after midnight UTC-shifted by `offset` minutes. */
function wallAt(ms: number, offset: number): string {
  const d = new Date(ms + offset * 60000)
  return `${WEEKDAYS[d.getUTCDay()]} ${clock(d.getUTCHours() * 60 + d.getUTCMinutes())}`
}
const hours = (min: number) => `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`

const isWorkday = (iso: string) => weekday(iso) > 0 && weekday(iso) < 6
/** The date `n` business days (Monday to Friday, not in `closed`) before `iso`. */
function businessBefore(iso: string, n: number, closed: readonly string[] = []): string {
  let d = iso
  for (let seen = 0; seen < n; ) {
    d = addDays(d, -1)
    if (isWorkday(d) && !closed.includes(d)) seen++
  }
  return d
}
/** A drawn date in 2027, with the weeks around the daylight-saving changes drawn more often. */
function dstDate(rng: Rng): string {
  if (rng.int(0, 1) > 0) return addDays('2027-01-01', rng.int(0, 364))
  const starts = ['2027-03-08', '2027-10-25', '2027-03-29', '2027-10-01']
  return addDays(rng.pick(starts), rng.int(0, 27))
}

interface ZoneCase {
  readonly id: string
  readonly from: string
  readonly fromName: string
  readonly to: string
  readonly toName: string
  /** Standard-time offsets in minutes, for the mistakes that ignore daylight saving. */
  readonly fromStd: number
  readonly toStd: number
}
const ZONE_CASES: readonly ZoneCase[] = [
  {
    id: 'hybrid-new-york-to-london',
    from: 'America/New_York',
    fromName: 'New York',
    to: 'Europe/London',
    toName: 'London',
    fromStd: -300,
    toStd: 0,
  },
  {
    id: 'hybrid-london-to-los-angeles',
    from: 'Europe/London',
    fromName: 'London',
    to: 'America/Los_Angeles',
    toName: 'Los Angeles',
    fromStd: 0,
    toStd: -480,
  },
  {
    id: 'hybrid-chicago-to-sydney',
    from: 'America/Chicago',
    fromName: 'Chicago',
    to: 'Australia/Sydney',
    toName: 'Sydney',
    fromStd: -360,
    toStd: 600,
  },
  {
    id: 'hybrid-berlin-to-tokyo',
    from: 'Europe/Berlin',
    fromName: 'Berlin',
    to: 'Asia/Tokyo',
    toName: 'Tokyo',
    fromStd: 60,
    toStd: 540,
  },
]

const zoneFamily = (z: ZoneCase) =>
  family(z.id, (rng) => {
    const date = dstDate(rng)
    const at = rng.int(16, 38) * 30
    const ms = instant(z.from, date, at)
    const fromOff = offsetAt(z.from, ms)
    const toOff = offsetAt(z.to, ms)
    const key = wallAt(ms, toOff)
    const utcStd = ms + (fromOff - z.fromStd) * 60000
    return {
      stem: `A hybrid event's live session starts at ${clock(at)} ${z.fromName} time on ${showDate(date)}. The remote host is in ${z.toName}. Using the time-zone database rules in force that day (IANA zones ${z.from} and ${z.to}, daylight saving included), at what local day and time must the host go live?`,
      key,
      wrong: [
        [
          wallAt(ms, z.toStd + (fromOff - z.fromStd)),
          'applies the event city’s daylight saving to the host’s zone',
        ],
        [wallAt(utcStd, z.toStd), 'uses standard time in both zones'],
        [wallAt(ms, z.toStd), 'ignores daylight saving in the host’s zone'],
        [wallAt(utcStd, toOff), 'ignores daylight saving in the event city'],
        [wallAt(ms - 2 * (toOff - fromOff) * 60000, toOff), 'shifts the time the wrong way'],
        [wallAt(ms, fromOff), 'keeps the event city’s clock time'],
      ],
      figures: { date, at, zoneFrom: z.from, zoneTo: z.to, fromStd: z.fromStd, toStd: z.toStd },
    }
  })

export const SCHEDULE_FAMILIES = [
  ...ZONE_CASES.map(zoneFamily),
  family('agenda-end-with-breaks-and-lunch', (rng) => {
    const start = rng.int(16, 20) * 30
    const k = rng.int(4, 6)
    const len = rng.pick([40, 45, 50, 60])
    const brk = rng.pick([10, 15])
    const lunch = rng.pick([45, 60])
    const key = start + k * len + (k - 2) * brk + lunch
    return {
      stem: `A one-track programme starts at ${clock(start)}: ${k} sessions of ${len} minutes. Between consecutive sessions there is a ${brk}-minute break, except that the gap after session 2 is a ${lunch}-minute lunch instead of a break. When does the last session end?`,
      key: clock(key),
      wrong: [
        [clock(start + k * len + (k - 1) * brk + lunch), 'adds a break alongside the lunch'],
        [clock(start + k * len + (k - 1) * brk), 'forgets the lunch'],
        [clock(start + k * len + k * brk + lunch), 'puts a break after the last session too'],
        [clock(start + k * len + lunch), 'forgets the breaks'],
        [clock(start + (k - 1) * len + (k - 2) * brk + lunch), 'counts one session fewer'],
      ],
      figures: { start, k, len, brk, lunch },
    }
  }),
  family('overrun-absorbed-by-break', (rng) => {
    const start = rng.int(17, 20) * 30
    const len = rng.pick([45, 60])
    const brk = rng.pick([20, 30])
    const minBrk = 10
    const over = brk - minBrk + rng.int(1, 20)
    const absorb = Math.min(over, brk - minBrk)
    const key = start + len + over + (brk - absorb)
    return {
      stem: `Session 1 is scheduled ${clock(start)} to ${clock(start + len)}, then a ${brk}-minute break before session 2. It overruns by ${over} minutes. The run-of-show rule: shorten the break to absorb an overrun, but never below ${minBrk} minutes; any overrun left over moves session 2 later. When does session 2 now start?`,
      key: clock(key),
      wrong: [
        [clock(start + len + brk), 'keeps session 2 at its scheduled time'],
        [clock(start + len + over + brk), 'keeps the full break after the overrun'],
        [clock(start + len + over), 'drops the break altogether'],
        [
          clock(start + len + brk + over - minBrk),
          'moves session 2 by the overrun less the minimum break',
        ],
        [clock(start + len + minBrk), 'measures the minimum break from the scheduled end'],
      ],
      figures: { start, len, brk, over },
    }
  }),
  family('latest-start-before-curfew', (rng) => {
    const curfew = rng.pick([22 * 60, 22 * 60 + 30, 23 * 60, 23 * 60 + 30])
    const prog = rng.int(5, 10) * 15
    const out = rng.pick([30, 45, 60])
    const egress = rng.pick([15, 20])
    const key = curfew - out - egress - prog
    return {
      stem: `The venue's curfew is ${clock(curfew)}: by then guests must be out and the load-out, which takes ${out} minutes and starts once the guests have gone, must be finished. Guests need ${egress} minutes to leave after the programme ends, and the programme runs ${prog} minutes. What is the latest start time?`,
      key: clock(key),
      wrong: [
        [clock(curfew - prog), 'leaves no time for egress or load-out'],
        [clock(curfew - out - prog), 'forgets guest egress'],
        [clock(curfew - egress - prog), 'forgets the load-out'],
        [clock(curfew - out - egress), 'gives when the programme must end'],
        [clock(curfew - Math.max(out, egress) - prog), 'overlaps egress and load-out'],
      ],
      figures: { curfew, prog, out, egress },
    }
  }),
  family('guarantee-due-business-days', (rng) => {
    const event = drawDate(rng, true)
    const n = rng.pick([3, 5, 7])
    const holiday = businessBefore(event, rng.int(1, n))
    const key = businessBefore(event, n, [holiday])
    for (let d = addDays(key, -3); d < event; d = addDays(d, 1))
      if (d.endsWith('-12-25') || d.endsWith('-01-01'))
        throw new VariantError('Christmas or New Year in the count')
    return {
      stem: `The catering contract: the final guarantee is due ${n} business days before the event, business days being Monday to Friday other than hotel holidays; the event day itself does not count. The event is on ${showDate(event)}, and the hotel's only holiday in those weeks is ${showDate(holiday)}. By what date is the guarantee due?`,
      key: showDate(key),
      wrong: [
        [showDate(businessBefore(event, n)), 'counts the holiday as a business day'],
        [showDate(addDays(event, -n)), 'counts calendar days'],
        [
          showDate(businessBefore(addDays(event, 1), n, [holiday])),
          'counts the event day as the first',
        ],
        [showDate(businessBefore(event, n + 1, [holiday])), 'counts one business day too many'],
        [showDate(addDays(event, -n - 1)), 'counts calendar days and skips the holiday'],
      ],
      figures: { event, n, holiday },
    }
  }),
  family('room-block-cut-off', (rng) => {
    const n = rng.pick([21, 30, 45])
    const sat = addDays('2026-01-03', 7 * rng.int(0, 100))
    const raw = addDays(sat, rng.int(0, 3))
    const arrive = addDays(raw, n)
    let key = raw
    while (!isWorkday(key)) key = addDays(key, -1)
    let after = raw
    while (!isWorkday(after)) after = addDays(after, 1)
    return {
      stem: `Group arrival is ${showDate(arrive)}. The cut-off date is ${n} days before arrival; if that falls on a Saturday or Sunday, the cut-off is the Friday before. After the cut-off, unsold block rooms return to general inventory. What is the cut-off date?`,
      key: showDate(key),
      wrong: [
        [showDate(raw), 'does not move the weekend cut-off'],
        [showDate(after), 'moves it to the Monday after'],
        [showDate(businessBefore(arrive, n)), 'counts business days'],
        [showDate(addDays(raw, -1)), 'counts one day too many'],
        [showDate(addDays(raw, 1)), 'counts one day too few'],
      ],
      figures: { arrive, n },
    }
  }),
  family('sessions-that-fit-a-window', (rng) => {
    const start = rng.int(16, 20) * 30
    const window = rng.int(6, 16) * 15 + 60
    const len = rng.pick([20, 25, 30, 40])
    const gap = rng.pick([5, 10])
    const k = Math.floor((window + gap) / (len + gap))
    if ((window + gap) % (len + gap) === 0) throw new VariantError('exact')
    const end = (rounds: number) => clock(start + rounds * len + (rounds - 1) * gap)
    const k1 = Math.floor(window / (len + gap))
    const k2 = Math.floor(window / (len + 2 * gap))
    return {
      stem: `A speed-networking block runs from ${clock(start)} to ${clock(start + window)}. Each round lasts ${len} minutes with a ${gap}-minute changeover between rounds (none after the last). Only complete rounds are run. When does the last round end?`,
      key: end(k),
      wrong: [
        [clock(start + k1 * (len + gap)), 'fits a changeover after the last round too'],
        [clock(start + Math.floor(window / len) * len), 'forgets the changeovers'],
        [end(k + 1), 'runs a part round to the end'],
        [clock(start + k2 * (len + 2 * gap)), 'puts a changeover before and after each round'],
        [end(k - 1), 'counts the changeovers, not the rounds'],
        [clock(start + window), 'takes the end of the block'],
        [clock(start + k * (len + gap)), 'adds a changeover after the last round'],
      ],
      figures: { start, window, len, gap },
    }
  }),
  family('crew-call-from-run-of-show', (rng) => {
    const keynote = rng.int(16, 22) * 30
    const doors = rng.pick([30, 45, 60])
    const check = rng.pick([30, 45])
    const crew = rng.pick([60, 90, 120])
    const key = keynote - doors - check - crew
    return {
      stem: `Run-of-show: keynote at ${clock(keynote)}; doors open ${doors} minutes before the keynote; the final sound check must end ${check} minutes before doors open; crew call is ${crew} minutes before the final sound check ends. What time is crew call?`,
      key: clock(key),
      wrong: [
        [clock(keynote - crew), 'counts back from the keynote alone'],
        [clock(keynote - doors - crew), 'forgets the sound-check margin'],
        [clock(keynote - check - crew), 'forgets the doors margin'],
        [clock(keynote - doors - check), 'gives the end of the sound check'],
        [clock(keynote + doors - check - crew), 'opens the doors after the keynote'],
      ],
      figures: { keynote, doors, check, crew },
    }
  }),
  family('speaker-arrival-local', (rng) => {
    const dep = rng.int(14, 40) * 15
    const fly = rng.int(9, 22) * 15
    const diff = rng.pick([1, 2, 3])
    const east = rng.pick([true, false])
    const ground = rng.pick([45, 60, 75])
    const arrLocal = dep + fly + (east ? diff : -diff) * 60
    const key = arrLocal + ground
    return {
      stem: `A speaker's flight leaves at ${clock(dep)} local time and is ${hours(fly)} in the air. The destination is ${diff} hour${diff > 1 ? 's' : ''} ${east ? 'ahead of' : 'behind'} the origin all year. The transfer to the venue takes ${ground} minutes from landing. At what destination time does the speaker reach the venue?`,
      key: clock(key),
      wrong: [
        [clock(dep + fly + ground), 'ignores the time difference'],
        [
          clock(dep + fly + (east ? -diff : diff) * 60 + ground),
          'applies the time difference the wrong way',
        ],
        [clock(arrLocal), 'forgets the transfer'],
        [
          clock(dep + fly + (east ? diff : -diff) * 60 * 2 + ground),
          'applies the time difference twice',
        ],
        [clock(dep + ground + (east ? diff : -diff) * 60), 'forgets the flight time'],
      ],
      figures: { dep, fly, diff, east: east ? 1 : 0, ground },
    }
  }),
  family('set-up-finish-from-crew-hours', (rng) => {
    const start = rng.int(12, 18) * 30
    const crewHours = rng.int(12, 48)
    const crew = rng.pick([3, 4, 6])
    const brk = 30
    const work = Math.ceil((crewHours * 60) / crew)
    const key = start + work + (work > 240 ? brk : 0)
    if (work <= 240) throw new VariantError('no meal break')
    return {
      stem: `Set-up needs ${crewHours} crew-hours of work. A crew of ${crew} starts at ${clock(start)} and works together throughout; once they have worked 4 hours they take one ${brk}-minute unpaid meal break. When will set-up finish (to the minute, rounding up)?`,
      key: clock(key),
      wrong: [
        [clock(start + work), 'forgets the meal break'],
        [clock(start + crewHours * 60 + brk), 'gives one person’s time for all the crew-hours'],
        [
          clock(start + Math.ceil((crewHours * 60) / (crew + 1)) + brk),
          'counts one more crew member',
        ],
        [clock(start + work + 2 * brk), 'takes two meal breaks'],
        [
          clock(start + Math.ceil((crewHours * 60) / (crew - 1)) + brk),
          'counts one crew member fewer',
        ],
      ],
      figures: { start, crewHours, crew },
    }
  }),
  family('breakout-rotations-end', (rng) => {
    const start = rng.int(26, 30) * 30
    const rot = rng.int(3, 4)
    const len = rng.pick([25, 30, 40])
    const move = rng.pick([5, 10])
    const key = start + rot * len + (rot - 1) * move
    return {
      stem: `After lunch, delegates rotate through ${rot} breakout rooms, ${len} minutes in each, with ${move} minutes to move between rooms (no move after the last). The first rotation starts at ${clock(start)}. When does the last rotation end?`,
      key: clock(key),
      wrong: [
        [clock(start + rot * (len + move)), 'adds a move after the last rotation'],
        [clock(start + rot * len), 'forgets the moves'],
        [clock(start + (rot - 1) * (len + move)), 'gives when the last rotation starts'],
        [clock(start + (rot + 1) * len + rot * move), 'counts one rotation too many'],
        [clock(start + rot * len + (rot - 1) * move * 2), 'doubles each move'],
      ],
      figures: { start, rot, len, move },
    }
  }),
  family('count-due-hours-before', (rng) => {
    const event = drawDate(rng)
    const at = rng.int(14, 38) * 30
    const h = rng.pick([48, 72, 96])
    const key = addDays(event, -h / 24)
    return {
      stem: `The caterer needs the final count ${h} hours before the start of service. Service starts at ${clock(at)} on ${showDate(event)}. By when is the count due?`,
      key: `${showDate(key)}, ${clock(at)}`,
      wrong: [
        [`${showDate(businessBefore(event, h / 24))}, ${clock(at)}`, 'counts business days'],
        [
          `${showDate(addDays(event, -h / 24 + 1))}, ${clock(at)}`,
          'counts the event day as one of the days',
        ],
        [
          `${showDate(addDays(event, -h / 24))}, 11:59 pm`,
          'takes the end of the day, not the hour',
        ],
        [`${showDate(addDays(event, -h / 24 - 1))}, ${clock(at)}`, 'counts a day too many'],
        [`${showDate(addDays(event, -h / 24))}, 9:00 am`, 'takes the start of the business day'],
        [
          `${showDate(businessBefore(event, h / 24))}, 11:59 pm`,
          'counts business days and takes the end of the day',
        ],
        [
          `${showDate(addDays(event, -h / 24 - 1))}, 9:00 am`,
          'counts a day too many and takes the start of the business day',
        ],
        [
          `${showDate(addDays(event, -h / 24 + 1))}, 11:59 pm`,
          'counts the event day and takes the end of the day',
        ],
      ],
      figures: { event, at, h },
    }
  }),
  family('rsvp-deadline-weeks-before', (rng) => {
    const event = drawDate(rng)
    const w = rng.pick([2, 3, 4])
    const key = addDays(event, -7 * w)
    return {
      stem: `Invitations ask guests to RSVP by ${w} weeks before the event, on the same weekday as the event. The event is on ${showDate(event)}. What RSVP date goes on the invitation?`,
      key: showDate(key),
      wrong: [
        [showDate(addDays(event, -5 * w)), 'counts weeks of business days'],
        [showDate(addDays(event, -7 * w + 1)), 'counts a day too few'],
        [showDate(addDays(event, -7 * (w + 1))), 'counts a week too many'],
        [showDate(addDays(event, -7 * (w - 1))), 'counts a week too few'],
        [showDate(addDays(event, -10 * w)), 'takes a week as ten days'],
      ],
      figures: { event, w },
    }
  }),
]
