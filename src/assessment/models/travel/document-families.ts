import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, person, worked } from './travel-text.js'

// Entry rules as each stem states them: the Schengen 90/180-day rule (Regulation (EU) 2016/399,
// Art. 6(1): any 180-day period ending on a day of stay, entry and exit days counted), and
// passport validity beyond departure or arrival. Days are counted here on a day-number line.

const DAY = 86_400_000
const BASE = Date.UTC(2027, 0, 1)
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Day number (0 = 1 January 2027) as `12 Mar 2027`. */
const date = (n: number) => {
  const d = new Date(BASE + n * DAY)
  return `${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
const days = (k: number) => `${k} day${k === 1 ? '' : 's'}`

type Stay = readonly [entry: number, exit: number]
/** Earlier stays: two or three, the last ending before `before`. */
function stays(rng: Rng, before: number): Stay[] {
  // One stay straddling the start of the 180-day window, one inside it that rolls out during
  // the next stay, and sometimes a short one in between.
  const a = before - rng.int(188, 200)
  const out: Stay[] = [[a, a + rng.int(20, 35) - 1]]
  if (rng.next() < 0.5) {
    const m = before - rng.int(140, 145)
    out.push([m, m + rng.int(3, 8) - 1])
  }
  const b = before - rng.int(70, 110)
  out.push([b, b + rng.int(15, 35) - 1])
  if (out.at(-1)![1] >= before - 3) throw new VariantError('stays run into the new trip')
  return out
}
const usedIn = (ss: readonly Stay[], from: number, to: number) =>
  ss.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, to) - Math.max(a, from) + 1), 0)
const listed = (ss: readonly Stay[]) => ss.map(([a, b]) => `${date(a)} – ${date(b)}`).join('; ')
const stayIn = (ss: readonly Stay[]) =>
  Object.fromEntries(
    ss.flatMap(([a, b], k) => [
      [`a${k}`, a],
      [`b${k}`, b],
    ]),
  )

const daysUsed = family('schengen-days-used-in-the-180-day-window', (rng) => {
  const on = rng.int(420, 600)
  const ss = stays(rng, on)
  const key = usedIn(ss, on - 179, on - 1)
  const jan = (Date.UTC(new Date(BASE + on * DAY).getUTCFullYear(), 0, 1) - BASE) / DAY
  return worked(rng, {
    stem: `${person(rng)}, a visa-exempt visitor, was in the Schengen area ${listed(ss)} (entry and exit dates). Planning to enter again on ${date(on)}, how many days of the 180-day period ending that day have already been used, not counting the new entry day?`,
    in: { on, ...stayIn(ss) },
    key: days(key),
    wrong: [
      [
        'allStays',
        days(usedIn(ss, -10_000, on - 1)),
        'counts every earlier stay, not only the rolling 180 days',
      ],
      [
        'nights',
        days(
          ss.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, on - 1) - Math.max(a, on - 179)), 0),
        ),
        'counts nights, leaving out one end of each stay',
      ],
      [
        'calendarYear',
        days(usedIn(ss, jan, on - 1)),
        'counts from 1 January instead of the rolling window',
      ],
      [
        'sixMonths',
        days(usedIn(ss, monthsBefore(on, 6), on - 1)),
        'looks back six calendar months instead of 180 days',
      ],
    ],
  })
})

/** The last day of a stay from `entry` that keeps every day within 90 in its 180-day window. */
function lastDay(ss: readonly Stay[], entry: number): number {
  let d = entry
  for (;;) {
    const next = d + 1
    const used = usedIn([...ss, [entry, next]], next - 179, next)
    if (used > 90) return d
    d = next
  }
}
const latestExit = family('schengen-latest-exit-date-on-the-rolling-rule', (rng) => {
  const entry = rng.int(420, 600)
  const ss = stays(rng, entry)
  const key = lastDay(ss, entry)
  const before = usedIn(ss, entry - 179, entry - 1)
  if (key < entry) throw new VariantError('no day left')
  return worked(rng, {
    stem: `${person(rng)}, a visa-exempt visitor, was in the Schengen area ${listed(ss)} (entry and exit dates). They enter again on ${date(entry)} and want to stay as long as the 90/180-day rule allows (entry and exit days count). What is the last day they may still be in the area?`,
    in: { entry, ...stayIn(ss) },
    key: date(key),
    wrong: [
      ['fresh90', date(entry + 89), 'gives a fresh 90 days, ignoring earlier stays'],
      [
        'noRollOff',
        date(entry + 90 - before - 1),
        'subtracts the days used before entry, ignoring days that roll out of the window',
      ],
      [
        'allStays',
        date(entry + 90 - usedIn(ss, -10_000, entry - 1) - 1),
        'subtracts every earlier stay, even those outside 180 days',
      ],
    ],
  })
})

/** The same day `m` months earlier (clamped to the month's end). */
function monthsBefore(n: number, m: number): number {
  const d = new Date(BASE + n * DAY)
  const y = d.getUTCFullYear()
  const mo = d.getUTCMonth() - m
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate()
  return (Date.UTC(y, mo, Math.min(d.getUTCDate(), last)) - BASE) / DAY
}

const threeMonths = family('passport-valid-three-months-after-leaving-schengen', (rng) => {
  const expiry = rng.int(200, 500)
  return worked(rng, {
    stem: `${person(rng)}’s passport expires on ${date(expiry)}. Under the Schengen Borders Code it must be valid for at least three months after the intended date of departure from the Schengen area. What is the latest departure date it allows?`,
    in: { expiry },
    key: date(monthsBefore(expiry, 3)),
    wrong: [
      ['sixMonths', date(monthsBefore(expiry, 6)), 'applies a six-month rule'],
      ['expiry', date(expiry), 'allows travel up to the expiry date'],
      ['ninetyDays', date(expiry - 90), 'reads three months as 90 days'],
      ['forward', date(monthsBefore(expiry, -3)), 'adds the three months after the expiry date'],
    ],
  })
})

const sixMonths = family('passport-six-months-beyond-arrival-as-stated', (rng) => {
  const expiry = rng.int(250, 520)
  const trip = rng.int(5, 20)
  return worked(rng, {
    stem: `The destination’s rule, as its embassy states it: passports must be valid for six months beyond the date of arrival. ${person(rng)}’s passport expires on ${date(expiry)}, and the trip lasts ${trip} days. What is the latest arrival date the passport allows?`,
    in: { expiry, trip },
    key: date(monthsBefore(expiry, 6)),
    wrong: [
      ['threeMonths', date(monthsBefore(expiry, 3)), 'applies the Schengen three-month rule'],
      [
        'fromReturn',
        date(monthsBefore(expiry, 6) - trip),
        'counts the six months from the return date',
      ],
      ['days180', date(expiry - 180), 'reads six months as 180 days'],
      [
        'days180FromReturn',
        date(expiry - 180 - trip),
        'reads six months as 180 days and counts them from the return',
      ],
      ['forward', date(monthsBefore(expiry, -6)), 'adds the six months after the expiry date'],
    ],
  })
})

export const DOCUMENT_FAMILIES: readonly ScenarioFamily[] = [
  daysUsed,
  latestExit,
  threeMonths,
  sixMonths,
]
