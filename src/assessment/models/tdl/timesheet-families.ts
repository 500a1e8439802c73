import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  at,
  family,
  hm,
  instantOf,
  isoMinute,
  LONDON,
  LOS_ANGELES,
  MIN,
  NEW_YORK,
  offsetAt,
  offsetText,
  PARIS,
  SYDNEY,
  TOKYO,
  utcText,
  when,
  year,
} from './tdl-text.js'

// Elapsed time, timesheets and billing: spans that cross midnight or two zones, hours and
// minutes against decimal hours, and the rounding and break rules a client's policy states.
// Money is worked in whole cents and shown to the cent; hours in whole minutes.

const pad = (n: number) => String(n).padStart(2, '0')
const hhmm = (mins: number) => `${pad(Math.floor(mins / 60) % 24)}:${pad(mins % 60)}`
/** Whole cents as `€1,234.50`. */
const eur = (cents: number) =>
  `€${Math.floor(cents / 100).toLocaleString('en-US')}.${pad(Math.round(cents) % 100)}`
/** Hours to two decimal places from whole minutes (exact for the quarter hours drawn). */
const dec = (mins: number) => `${(Math.round((mins * 100) / 60) / 100).toFixed(2)} h`
/** `rate` euros an hour for `mins` minutes, rounded half up to the cent. */
const pay = (rate: number, mins: number) => Math.round((rate * 100 * mins) / 60)

const quarter = (rng: Rng) => rng.pick([0, 15, 30, 45])
const shift = (rng: Rng) =>
  [rng.int(6, 10) * 60 + quarter(rng), rng.int(15, 19) * 60 + quarter(rng)] as const

export const TIMESHEET_FAMILIES = [
  family('overnight-shift-with-an-unpaid-break', (rng) => {
    const start = rng.int(20, 23) * 60 + quarter(rng)
    const end = rng.int(4, 7) * 60 + quarter(rng)
    const brk = rng.pick([30, 45, 60])
    const span = end + 1440 - start
    return {
      stem: `A freelance support agent logs a night shift from ${hhmm(start)} to ${hhmm(end)} the next morning, with an unpaid ${brk}-minute break. How long is the paid time?`,
      key: hm(span - brk),
      wrong: [
        [hm(span), 'forgets to take off the break'],
        [hm(start - end - brk), 'subtracts the end time from the start time'],
        [hm(span + brk), 'adds the break instead of taking it off'],
      ],
      figures: { start, end, brk },
    }
  }),
  family('hours-and-minutes-billed-at-an-hourly-rate', (rng) => {
    const h = rng.int(3, 12)
    const m = rng.pick([10, 15, 20, 40, 45, 50])
    const rate = rng.int(35, 95)
    const mins = h * 60 + m
    return {
      stem: `A virtual assistant’s timer shows ${h} h ${pad(m)} min on a task billed at €${rate} an hour, exact minutes billed. What is the charge, to the cent (half a cent rounded up)?`,
      key: eur(pay(rate, mins)),
      wrong: [
        [
          eur(Math.round(rate * 100 * (h + m / 100))),
          `reads ${h} h ${pad(m)} min as ${h}.${pad(m)} hours`,
        ],
        [eur(rate * 100 * h), 'bills the whole hours only'],
        [eur(rate * 100 * (h + 1)), 'bills every part hour as a whole hour'],
        [
          eur(Math.round(rate * 100 * (h + Math.round(m / 30) / 2))),
          'rounds to the nearest half hour',
        ],
      ],
      figures: { h, m, rate },
    }
  }),
  family('weekly-timesheet-total-in-decimal-hours', (rng) => {
    const days = Array.from({ length: 5 }, () => [rng.int(5, 9), quarter(rng)] as const)
    const total = days.reduce((s, [h, m]) => s + h * 60 + m, 0)
    const asDecimals = days.reduce((s, [h, m]) => s + h * 100 + m, 0)
    return {
      stem: `A contractor’s week reads ${days.map(([h, m]) => `${h}:${pad(m)}`).join(', ')} (hours:minutes). The client’s portal wants the week’s total in decimal hours to two places. What should be entered?`,
      key: dec(total),
      wrong: [
        [`${(asDecimals / 100).toFixed(2)} h`, 'adds the entries as if they were decimal numbers'],
        [`${(total / 100).toFixed(2)} h`, 'divides the total minutes by 100'],
        [
          `${Math.floor(total / 60)}.${pad(total % 60)} h`,
          'writes the hours:minutes total with a point',
        ],
        [dec(days.reduce((s, [h]) => s + h * 60, 0)), 'drops the minutes'],
      ],
      figures: { days: days.map(([h, m]) => `${h}:${m}`).join(' ') },
    }
  }),
  family('decimal-hours-to-hours-and-minutes', (rng) => {
    const h = rng.int(2, 11)
    const hundredths = rng.pick([15, 20, 35, 40, 45, 55])
    const mins = h * 60 + Math.round((hundredths * 60) / 100)
    return {
      stem: `A client’s report shows ${h}.${hundredths} h of work, in decimal hours. How much is that in hours and minutes, for a timesheet kept in hours and minutes?`,
      key: hm(mins),
      wrong: [
        [hm(h * 60 + hundredths), 'reads the decimals as minutes'],
        [
          hm(h * 60 + Math.round(hundredths / 0.6)),
          'divides the decimal part by 0.6 instead of multiplying',
        ],
        [
          hm(h * 60 + Math.round((hundredths * 60) / 100 / 15) * 15),
          'rounds the minutes to the nearest quarter hour',
        ],
        [hm(h * 60), 'drops the decimal part'],
      ],
      figures: { h, hundredths },
    }
  }),
  family('clock-times-rounded-to-the-quarter-hour', (rng) => {
    const inn = rng.int(7, 10) * 60 + rng.int(1, 14) + 15 * rng.int(0, 3)
    const out = rng.int(15, 18) * 60 + rng.int(1, 14) + 15 * rng.int(0, 3)
    const r = (t: number) => Math.floor((t + 7) / 15) * 15
    const down = (t: number) => Math.floor(t / 15) * 15
    const up = (t: number) => Math.ceil(t / 15) * 15
    return {
      stem: `A client’s policy rounds each clock-in and clock-out to the nearest quarter hour: 7 minutes or less past a quarter rounds down, 8 or more rounds up. A freelancer clocks in at ${hhmm(inn)} and out at ${hhmm(out)}. What time is paid?`,
      key: hm(r(out) - r(inn)),
      wrong: [
        [hm(out - inn), 'pays the exact minutes'],
        [hm(r(out - inn)), 'rounds the total instead of each punch'],
        [hm(down(out) - down(inn)), 'rounds both punches down'],
        [hm(up(out) - down(inn)), 'rounds in the worker’s favour, in down and out up'],
        [hm(down(out) - up(inn)), 'rounds in the client’s favour, in up and out down'],
      ],
      figures: { inn, out },
    }
  }),
  family('flight-time-from-local-departure-and-arrival', (rng) => {
    const [a, b] = rng.pick([
      [LONDON, NEW_YORK],
      [PARIS, LOS_ANGELES],
      [LONDON, LOS_ANGELES],
    ] as const)
    const y = year(rng)
    const dep = at(y, rng.int(6, 8), rng.int(1, 28), rng.int(9, 14), rng.pick([0, 15, 30, 45]))
    const t0 = instantOf(a, dep)
    const flight = rng.int(7 * 12, 12 * 12) * 5
    const t1 = t0 + flight * MIN
    const arr = t1 + offsetAt(b, t1) * MIN
    const gap = offsetAt(a, t0) - offsetAt(b, t1)
    const wall = (arr - dep) / MIN
    return {
      stem: `A consultant flies from ${a.city}, leaving ${when(dep)} local time, and lands in ${b.city} at ${when(arr)} local time. On those dates ${a.city} is on ${utcText(offsetAt(a, t0))} and ${b.city} on ${utcText(offsetAt(b, t1))}. How long is the flight, for the travel-time claim?`,
      key: hm(flight),
      wrong: [
        [hm(wall), 'subtracts the local times, ignoring the zones'],
        [hm(wall + gap + 60), 'adds an hour for summer time on top of the gap'],
        [hm(wall - gap + 1440), 'subtracts the gap, then adds a day to make it positive'],
      ],
      figures: { a: a.id, b: b.id, dep: isoMinute(dep), arr: isoMinute(arr) },
    }
  }),
  family('tasks-billed-in-six-minute-units', (rng) => {
    const tasks = Array.from({ length: 4 }, () => rng.int(4, 58))
    const units = (m: number) => Math.ceil(m / 6)
    const total = tasks.reduce((s, m) => s + m, 0)
    const h = (tenths: number) => `${(tenths / 10).toFixed(2)} h`
    return {
      stem: `A freelance bookkeeper bills in tenths of an hour (6-minute units), rounding each task up to the next whole unit. This week’s tasks took ${tasks.join(', ')} minutes. How many hours are billed?`,
      key: h(tasks.reduce((s, m) => s + units(m), 0)),
      wrong: [
        [h(Math.ceil(total / 6)), 'rounds the week’s total up instead of each task'],
        [
          h(tasks.reduce((s, m) => s + Math.round(m / 6), 0)),
          'rounds each task to the nearest unit',
        ],
        [
          h(tasks.reduce((s, m) => s + Math.ceil(m / 15) * 2.5, 0)),
          'rounds each task up to a quarter hour',
        ],
        [h(Math.round((total * 10) / 60)), 'bills the exact total, to the nearest tenth'],
        [h(tasks.reduce((s, m) => s + Math.floor(m / 6), 0)), 'rounds each task down'],
        [h(10 * Math.ceil(total / 60)), 'rounds the week up to whole hours'],
        [
          h(tasks.reduce((s, m) => s + Math.ceil(m / 30) * 5, 0)),
          'rounds each task up to a half hour',
        ],
      ],
      figures: { tasks: tasks.join(' ') },
    }
  }),
  family('weekly-overtime-over-40-hours', (rng) => {
    const days = Array.from({ length: 5 }, () => rng.int(8, 10) * 60 + quarter(rng))
    const total = days.reduce((s, m) => s + m, 0)
    const rate = rng.int(18, 40)
    const over = Math.max(0, total - 2400)
    const base = Math.min(total, 2400)
    return {
      stem: `A contractor is paid €${rate} an hour, and 1.5 times that for hours over 40 in a week (not by the day). This week’s days were ${days.map(hm).join(', ')}. What is the week’s pay, to the cent (half a cent rounded up)?`,
      key: eur(pay(rate, base) + pay(rate * 1.5, over)),
      wrong: [
        [eur(pay(rate, total)), 'pays every hour at the basic rate'],
        [eur(pay(rate, base) + pay(rate * 0.5, over)), 'pays the overtime hours at the half only'],
        [eur(pay(rate * 1.5, total)), 'pays the whole week at time and a half'],
        [eur(pay(rate, base) + pay(rate * 2, over)), 'pays the overtime at double time'],
        [eur(pay(rate, base)), 'pays the first 40 hours and leaves out the overtime'],
        [
          eur(
            days.reduce(
              (s, m) => s + pay(rate, Math.min(m, 480)) + pay(rate * 1.5, Math.max(0, m - 480)),
              0,
            ),
          ),
          'counts overtime day by day over 8 hours',
        ],
      ],
      figures: { days: days.join(' '), rate },
    }
  }),
  family('break-deducted-only-from-long-shifts', (rng) => {
    const days = Array.from({ length: 5 }, () => {
      const [a, b] = shift(rng)
      return [a, Math.min(b, a + rng.int(4, 9) * 60 + quarter(rng))] as const
    })
    const len = days.map(([a, b]) => b - a)
    const paid = len.reduce((s, l) => s + (l > 360 ? l - 30 : l), 0)
    return {
      stem: `A client’s rule: shifts longer than 6 hours have an unpaid 30-minute break deducted; shorter shifts have none. A freelancer’s shifts this week: ${days.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`).join(', ')}. What is the paid total?`,
      key: hm(paid),
      wrong: [
        [hm(len.reduce((s, l) => s + l - 30, 0)), 'deducts the break from every shift'],
        [hm(len.reduce((s, l) => s + l, 0)), 'deducts no breaks'],
        [
          hm(len.reduce((s, l) => s + (l > 360 ? l - 60 : l), 0)),
          'deducts an hour from each long shift',
        ],
        [
          hm(len.reduce((s, l) => s + (l >= 360 ? l - 30 : l), 0)),
          'reads “longer than 6 hours” as “6 hours or more”, deducting the break from a 6-hour shift',
        ],
      ],
      figures: { days: days.map(([a, b]) => `${a}-${b}`).join(' ') },
    }
  }),
  family('elapsed-time-between-offset-timestamps', (rng) => {
    const o1 = rng.pick([-300, -240, 0, 60, 330])
    const o2 = rng.pick([-420, 120, 540, 600])
    const t1 = at(year(rng), rng.int(1, 12), rng.int(1, 27), rng.int(8, 18), quarter(rng))
    const t2 = t1 + rng.int(4 * 4, 30 * 4) * 15 * MIN
    const w1 = t1 + o1 * MIN
    const w2 = t2 + o2 * MIN
    const stamp = (w: number, o: number) => `${isoMinute(w)}${offsetText(o).replace('−', '-')}`
    const wallDiff = (w2 - w1) / MIN
    const diff = (t2 - t1) / MIN
    // A slip that runs the reply before the sending shows no duration anyone would write down.
    if (Math.min(wallDiff, wallDiff + (o2 - o1), diff - o1, diff + o2) <= 0)
      throw new VariantError('a slip gives no positive duration')
    return {
      stem: `A file was sent at ${stamp(w1, o1)} and its reply arrived at ${stamp(w2, o2)} (ISO 8601 local times with their UTC offsets). How long did the reply take?`,
      key: hm((t2 - t1) / MIN),
      wrong: [
        [hm(wallDiff), 'subtracts the local times, ignoring the offsets'],
        [hm(wallDiff + (o2 - o1)), 'applies the offsets the wrong way'],
        [hm(diff - o1), 'converts only the reply to UTC'],
        [hm(diff + o2), 'converts only the first time to UTC'],
      ],
      figures: { w1: isoMinute(w1), o1, w2: isoMinute(w2), o2 },
    }
  }),
  family('video-clip-durations-in-minutes-and-seconds', (rng) => {
    const clips = Array.from({ length: 4 }, () => [rng.int(1, 9), rng.int(5, 55)] as const)
    const secs = clips.reduce((s, [m, x]) => s + m * 60 + x, 0)
    const ms = (n: number) => `${Math.floor(n / 60)} min ${pad(n % 60)} s`
    const asDec = clips.reduce((s, [m, x]) => s + m * 100 + x, 0)
    const minutes = clips.reduce((s, [m]) => s + m, 0)
    const seconds = clips.reduce((s, [, x]) => s + x, 0)
    return {
      stem: `A freelance video editor’s four clips run ${clips.map(([m, x]) => `${m}:${pad(x)}`).join(', ')} (minutes:seconds). What is their total running time?`,
      key: ms(secs),
      wrong: [
        [
          ms(Math.round((asDec * 60) / 100)),
          'adds them as decimal minutes and converts the fraction to seconds',
        ],
        [
          ms(minutes * 60 + Math.floor(seconds / 100) * 60 + (seconds % 100)),
          'carries a minute for every 100 seconds',
        ],
        [ms(minutes * 60), 'drops the seconds'],
        [
          ms(clips.reduce((s, [m, x]) => s + Math.round((m * 60 + x) / 60) * 60, 0)),
          'rounds each clip to the nearest minute first',
        ],
      ],
      figures: { clips: clips.map(([m, x]) => `${m}:${x}`).join(' ') },
    }
  }),
  family('hours-left-before-an-anywhere-on-earth-deadline', (rng) => {
    const y = year(rng)
    const d = at(y, rng.int(6, 8), rng.int(5, 25))
    const zone = rng.pick([LONDON, PARIS, TOKYO, SYDNEY])
    const deadline = d + (23 * 60 + 59 + 720) * MIN // 23:59 at UTC−12:00, as an instant
    const nowInstant = deadline - (rng.int(26, 44) * 60 + quarter(rng)) * MIN
    const off = offsetAt(zone, nowInstant)
    const now = nowInstant + off * MIN
    const mins = (deadline - nowInstant) / MIN
    return {
      stem: `A grant portal closes at 23:59 on ${when(d).slice(0, -7)} Anywhere on Earth (UTC−12:00). A freelancer in ${zone.city} (${utcText(off)} that day) checks at ${when(now)} local time. How long is left?`,
      key: hm(mins),
      wrong: [
        [hm(mins - 720), 'reads AoE as UTC'],
        [hm(mins - 720 - off), 'reads the deadline as 23:59 local time'],
        [hm(mins - 1440), 'reads AoE as UTC+12:00'],
        [hm(mins + off), 'adds the local offset again'],
      ],
      figures: {
        zone: zone.id,
        now: isoMinute(now),
        deadline: isoMinute(d + (23 * 60 + 59) * MIN),
      },
    }
  }),
  family('days-billed-at-a-day-rate-from-hours', (rng) => {
    const dayLen = rng.pick([450, 480])
    const mins = rng.int(20, 60) * 60 + quarter(rng)
    const rate = rng.int(300, 700)
    const cents = Math.round((rate * 100 * mins) / dayLen)
    return {
      stem: `A consultant’s day rate is €${rate} for a ${hm(dayLen)} day, pro rata by the minute. This month’s timesheet totals ${hm(mins)}. What is the charge, to the cent (half a cent rounded up)?`,
      key: eur(cents),
      wrong: [
        [
          eur(Math.round((rate * 100 * mins) / (dayLen === 450 ? 480 : 450))),
          `divides by ${dayLen === 450 ? 'an 8' : 'a 7.5'}-hour day`,
        ],
        [
          eur(Math.round((rate * 100 * (Math.floor(mins / 60) * 60 + (mins % 60) * 0.6)) / dayLen)),
          'reads the minutes as hundredths of an hour',
        ],
        [eur(Math.round((rate * 100 * mins) / 1440)), 'divides by a 24-hour day'],
        [eur(rate * 100 * Math.ceil(mins / dayLen)), 'bills every part day as a whole day'],
      ],
      figures: { dayLen, mins, rate },
    }
  }),
  family('overlap-of-two-working-days', (rng) => {
    const [a, b] = rng.pick([
      [NEW_YORK, LONDON],
      [LOS_ANGELES, LONDON],
      [NEW_YORK, PARIS],
      [LOS_ANGELES, PARIS],
    ] as const)
    const y = year(rng)
    const d = at(y, rng.int(6, 8), rng.int(1, 28))
    const [oa, ob] = [offsetAt(a, d), offsetAt(b, d)]
    const [sa, ea] = [rng.int(8, 10) * 60, rng.int(17, 19) * 60]
    const [sb, eb] = [rng.int(8, 10) * 60, rng.int(17, 19) * 60]
    // Working days as minutes of the UTC day, which may run past its midnight.
    const lap = (s1: number, e1: number, s2: number, e2: number) => {
      let best = 0
      for (const k of [-1440, 0, 1440])
        best = Math.max(best, Math.min(e1, e2 + k) - Math.max(s1, s2 + k))
      return best
    }
    const key = lap(sa - oa, ea - oa, sb - ob, eb - ob)
    if (key <= 0) throw new VariantError('no overlap to ask about')
    return {
      stem: `A virtual assistant in ${a.city} works ${hhmm(sa)}–${hhmm(ea)} local time and the client in ${b.city} ${hhmm(sb)}–${hhmm(eb)} local time. On ${when(d).slice(0, -7)} ${y}, ${a.city} is on ${utcText(oa)} and ${b.city} on ${utcText(ob)}. How long do their working days overlap?`,
      key: hm(key),
      wrong: [
        [hm(Math.min(ea, eb) - Math.max(sa, sb)), 'compares the local hours, ignoring the zones'],
        [
          hm(lap(sa + oa - 2 * ob, ea + oa - 2 * ob, sb - ob, eb - ob)),
          'applies the offset difference the wrong way',
        ],
        [
          hm(lap(sa - oa + 60, ea - oa + 60, sb - ob, eb - ob)),
          `takes ${a.city} on its winter offset`,
        ],
        [
          hm(lap(sa - oa, ea - oa, sb - ob + 60, eb - ob + 60)),
          `takes ${b.city} on its winter offset`,
        ],
      ],
      figures: { a: a.id, b: b.id, day: isoMinute(d), sa, ea, sb, eb },
    }
  }),
  family('day-shift-across-noon-on-the-12-hour-clock', (rng) => {
    const start = rng.int(7, 10) * 60 + quarter(rng)
    const end = rng.int(1, 6) * 60 + quarter(rng)
    const lunch = rng.pick([30, 45, 60])
    const t12 = (mins: number, pm: boolean) =>
      `${Math.floor(mins / 60)}:${pad(mins % 60)} ${pm ? 'PM' : 'AM'}`
    const key = end + 720 - start - lunch
    return {
      stem: `A US client’s timesheet shows ${t12(start, false)} to ${t12(end, true)} with a ${lunch}-minute unpaid lunch (12-hour clock). How much paid time is that?`,
      key: hm(key),
      wrong: [
        [hm(Math.abs(end - start) - lunch), 'subtracts the clock figures, ignoring AM and PM'],
        [hm(key + lunch), 'forgets the lunch'],
        [hm(key + 2 * lunch), 'adds the lunch instead of taking it off'],
        [hm(1440 - Math.abs(end - start) - lunch), 'subtracts the clock figures from 24 hours'],
      ],
      figures: { start, end, lunch },
    }
  }),
  family('average-handling-time-per-call', (rng) => {
    const calls = Array.from({ length: 4 }, () => rng.int(2, 9) * 60 + rng.int(5, 55))
    const total = calls.reduce((s, x) => s + x, 0)
    const ms = (n: number) => `${Math.floor(n / 60)} min ${pad(n % 60)} s`
    const asDec = calls.reduce((s, x) => s + Math.floor(x / 60) * 100 + (x % 60), 0)
    return {
      stem: `A freelance support agent’s four calls lasted ${calls.map((x) => `${Math.floor(x / 60)}:${pad(x % 60)}`).join(', ')} (minutes:seconds). What is the average call length, to the nearest second (half a second rounded up)?`,
      key: ms(Math.round(total / 4)),
      wrong: [
        [
          ms(Math.round((asDec / 4 / 100) * 60)),
          'averages the times as decimal minutes, then converts',
        ],
        [
          ms(calls.reduce((s, x) => s + Math.floor(x / 60), 0) * 15),
          'drops the seconds, then averages',
        ],
        [ms(Math.round(total / 4 / 60) * 60), 'rounds the average to the nearest minute'],
      ],
      figures: { calls: calls.join(' ') },
    }
  }),
]
