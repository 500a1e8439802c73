import { DAY, naive } from './zone-rules.js'

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

/**
 * The dates (naive ms) of an RFC 5545 §3.3.10 recurrence rule from a start date that itself
 * matches the rule: FREQ DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT, UNTIL, BYDAY
 * (with an ordinal under MONTHLY), BYMONTHDAY (negative from the month's end), BYMONTH and
 * BYSETPOS; weeks start on Monday. A date a rule names that a month lacks (the 31st of April)
 * is no occurrence, as §3.3.10 says of invalid dates. Unbounded rules stop after ten years.
 */
export function expand(start: string, rule: string): number[] {
  const parts = new Map(rule.split(';').map((p) => p.split('=') as [string, string]))
  const freq = parts.get('FREQ')
  const interval = Number(parts.get('INTERVAL') ?? 1)
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : Number.POSITIVE_INFINITY
  const until = parts.has('UNTIL')
    ? naive(parts.get('UNTIL')!.replace(/^(\d{4})(\d{2})(\d{2}).*$/, '$1-$2-$3'))
    : Number.POSITIVE_INFINITY
  const byDay = parts
    .get('BYDAY')
    ?.split(',')
    .map((d) => ({
      n: d.length > 2 ? Number(d.slice(0, -2)) : 0,
      day: WEEKDAYS.indexOf(d.slice(-2)),
    }))
  const byMonthDay = parts.get('BYMONTHDAY')?.split(',').map(Number)
  const byMonth = parts.get('BYMONTH')?.split(',').map(Number)
  const setPos = parts.has('BYSETPOS') ? Number(parts.get('BYSETPOS')) : undefined
  const t0 = naive(start)
  const d0 = new Date(t0)
  const stop = Date.UTC(d0.getUTCFullYear() + 10, 0, 1)

  // The days of each period (a day, a Monday-first week, a month, a year) the rule keeps.
  const keeps = (t: number, first: number, last: number): boolean => {
    const d = new Date(t)
    const dow = d.getUTCDay()
    if (byMonth && !byMonth.includes(d.getUTCMonth() + 1)) return false
    if (byMonthDay) {
      const monthEnd = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
      const ok = byMonthDay.some((m) =>
        m > 0 ? d.getUTCDate() === m : d.getUTCDate() === monthEnd + 1 + m,
      )
      if (!ok) return false
    }
    if (byDay) {
      const ok = byDay.some(({ n, day }) => {
        if (day !== dow) return false
        if (n === 0) return true
        // The ordinal counts that weekday within the period (the month under MONTHLY).
        return n > 0
          ? Math.floor((t - first) / (7 * DAY)) === n - 1
          : Math.floor((last - t) / (7 * DAY)) === -n - 1
      })
      if (!ok) return false
    }
    return true
  }

  const out: number[] = []
  for (let k = 0; out.length < count; k += interval) {
    let first: number
    let last: number
    if (freq === 'DAILY') {
      first = t0 + k * DAY
      last = first
    } else if (freq === 'WEEKLY') {
      first = t0 - ((d0.getUTCDay() + 6) % 7) * DAY + k * 7 * DAY
      last = first + 6 * DAY
    } else if (freq === 'MONTHLY') {
      first = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + k, 1)
      const f = new Date(first)
      last = Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, 0)
    } else if (freq === 'YEARLY') {
      first = Date.UTC(d0.getUTCFullYear() + k, 0, 1)
      last = Date.UTC(d0.getUTCFullYear() + k, 11, 31)
    } else throw new RangeError(`unsupported FREQ in ${rule}`)
    if (first > until || first >= stop) break
    // Without BY parts a rule repeats the start's weekday, day of month or date.
    const defaults = (t: number) => {
      const d = new Date(t)
      if (freq === 'WEEKLY' && !byDay) return d.getUTCDay() === d0.getUTCDay()
      if (freq === 'MONTHLY' && !byDay && !byMonthDay) return d.getUTCDate() === d0.getUTCDate()
      if (freq === 'YEARLY' && !byDay && !byMonthDay && !byMonth) {
        return d.getUTCDate() === d0.getUTCDate() && d.getUTCMonth() === d0.getUTCMonth()
      }
      return true
    }
    // Under YEARLY with BYMONTH an ordinal BYDAY counts within the month.
    const days: number[] = []
    for (let t = first; t <= last; t += DAY) {
      let f = first
      let l = last
      if (freq === 'YEARLY' && byMonth) {
        const d = new Date(t)
        f = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
        l = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)
      }
      if (keeps(t, f, l) && defaults(t)) days.push(t)
    }
    const chosen =
      setPos === undefined
        ? days
        : [days[setPos > 0 ? setPos - 1 : days.length + setPos]].filter((t) => t !== undefined)
    for (const t of chosen) {
      if (t < t0 || t > until || out.length >= count) continue
      out.push(t)
    }
  }
  return out
}
