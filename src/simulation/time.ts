/** One day in seconds (the study's windows count whole days of 86,400 s). */
export const SECONDS_PER_DAY = 86_400

/** `YYYY-MM-DDT` of recent days; formatting millions of instants is the writer's main cost. */
const dayPrefixes = new Map<number, string>()

/** ISO 8601 UTC to the second with `Z`, e.g. 2016-03-01T12:00:00Z. */
export function isoSeconds(epochSeconds: number): string {
  const day = Math.floor(epochSeconds / SECONDS_PER_DAY)
  let prefix = dayPrefixes.get(day)
  if (prefix === undefined) {
    prefix = new Date(day * SECONDS_PER_DAY * 1000).toISOString().slice(0, 11)
    dayPrefixes.set(day, prefix)
  }
  const second = epochSeconds - day * SECONDS_PER_DAY
  const hours = Math.floor(second / 3600)
  const minutes = Math.floor(second / 60) % 60
  return `${prefix}${two(hours)}:${two(minutes)}:${two(second % 60)}Z`
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
