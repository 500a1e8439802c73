import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import { scriptedModel } from './scripted-model.js'

const ZONES = [
  ['New York', 'America/New_York'],
  ['London', 'Europe/London'],
  ['Berlin', 'Europe/Berlin'],
  ['Manila', 'Asia/Manila'],
  ['Kolkata', 'Asia/Kolkata'],
  ['Tokyo', 'Asia/Tokyo'],
  ['Sydney', 'Australia/Sydney'],
  ['Los Angeles', 'America/Los_Angeles'],
  ['São Paulo', 'America/Sao_Paulo'],
  ['Lagos', 'Africa/Lagos'],
  ['Nairobi', 'Africa/Nairobi'],
  ['Dubai', 'Asia/Dubai'],
] as const

// Finds the instant at which the wall clock of `zone` shows the given time, using Intl's offsets.
const CONVERT = `
function instantOf(y, mo, d, h, mi, zone) {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
  const wall = Date.UTC(y, mo - 1, d, h, mi)
  let t = wall
  for (let i = 0; i < 3; i++) {
    const p = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, Number(x.value)]))
    t += wall - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  }
  return t
}
function show(t, zone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t)
}`

function pair(rng: Rng): [(typeof ZONES)[number], (typeof ZONES)[number]] {
  const [a, b] = rng.shuffle(ZONES)
  return [a!, b!]
}

/** Meeting times across time zones, daylight saving time included. */
export const timeZonesModel = scriptedModel({
  id: 'dates-time-zones',
  title: 'Scheduling across time zones',
  build: (rng) => {
    const [[fromCity, fromZone], [toCity, toZone]] = pair(rng)
    const y = rng.int(2025, 2028)
    const mo = rng.int(1, 12)
    const d = rng.int(1, 28)
    const h = rng.int(6, 22)
    const mi = rng.pick([0, 15, 30, 45])
    const src = (args: string, target: string, from = fromZone) =>
      `${CONVERT}\nconsole.log(show(instantOf(${args}, '${from}'), '${target}'))`
    const other = ((mo + 5) % 12) + 1
    return {
      stem: `A client in ${fromCity} books a call for ${d} ${MONTH_NAMES[mo - 1]} ${y} at ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')} their local time. What are the day and time for you in ${toCity}?`,
      source: src(`${y}, ${mo}, ${d}, ${h}, ${mi}`, toZone),
      mistakes: [
        // Using this offset difference from the other half of the year: daylight saving ignored.
        `${CONVERT}\nconst shift = instantOf(${y}, ${other}, ${d}, ${h}, ${mi}, '${fromZone}') - Date.UTC(${y}, ${other - 1}, ${d}, ${h}, ${mi}) - (instantOf(${y}, ${other}, ${d}, ${h}, ${mi}, '${toZone}') - Date.UTC(${y}, ${other - 1}, ${d}, ${h}, ${mi}))\nconsole.log(show(instantOf(${y}, ${mo}, ${d}, ${h}, ${mi}, '${toZone}') + shift, '${toZone}'))`,
        // Applying the offset difference the wrong way round.
        `${CONVERT}\nconst t = instantOf(${y}, ${mo}, ${d}, ${h}, ${mi}, '${fromZone}')\nconst back = instantOf(${y}, ${mo}, ${d}, ${h}, ${mi}, '${toZone}')\nconsole.log(show(2 * back - t, '${toZone}'))`,
        src(`${y}, ${mo}, ${d}, ${h}, ${mi}`, fromZone, toZone),
        // Stopping at UTC: the source offset removed, the target's never added.
        src(`${y}, ${mo}, ${d}, ${h}, ${mi}`, 'UTC'),
        // No conversion at all: the client's wall-clock time taken as the local one.
        `${CONVERT}\nconsole.log(show(Date.UTC(${y}, ${mo - 1}, ${d}, ${h}, ${mi}), 'UTC'))`,
        // Reading the 24-hour time as a 12-hour one: twelve hours out.
        `${CONVERT}\nconsole.log(show(instantOf(${y}, ${mo}, ${d}, ${h}, ${mi}, '${fromZone}') + 43200000, '${toZone}'))`,
      ],
    }
  },
})
