// How numbers and dates read in the app; one place so every page says them alike.

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}

// Interview times are read in the reader's own time zone, so the zone is named beside them.
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
})

/** `2026-12-07T09:00:00Z` → `Mon 7 Dec, 10:00 CET` in the reader's zone. */
export function formatDateTime(iso: string): string {
  return timeFormat.format(new Date(iso))
}

/** `90` → `1 h 30 min`, `45` → `45 min`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes)
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** A countdown as `m:ss` (or `h:mm:ss` past an hour). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = String(s % 60).padStart(2, '0')
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`
}

export function formatPercent(value: number, digits = 0): string {
  return `${value.toFixed(digits)} %`
}

/** English ordinal: 1st, 2nd, 3rd, 11th, 92nd. */
export function ordinal(n: number): string {
  const r = Math.round(n)
  const tens = r % 100
  if (tens >= 11 && tens <= 13) return `${r}th`
  return `${r}${['th', 'st', 'nd', 'rd'][r % 10] ?? 'th'}`
}
