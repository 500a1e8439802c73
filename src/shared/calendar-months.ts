/**
 * `date` plus whole calendar months (UTC), clamped to the month's last day: 31 January plus one
 * month is 28 or 29 February, not 2 or 3 March. Certifications and their credentials both expire
 * by this rule, so they never disagree by a day.
 *
 * @example addMonthsUtc(new Date('2026-01-31T00:00:00Z'), 1) // 2026-02-28
 */
export function addMonthsUtc(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}
