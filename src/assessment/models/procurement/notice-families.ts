import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, client, family, supplier, worked } from './pro-text.js'
import { dated } from './rfq-families.js'

// Dates a buyer diarises from a tender or contract: when clarification questions close, the
// earliest end of a contract terminated on notice, and the last day to stop an automatic renewal.

const DAY = 86_400_000
const later = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
const monthsOn = (iso: string, n: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10)
}
const drawDay = (rng: { int(a: number, b: number): number }) => later('2026-01-01', rng.int(0, 700))

export const NOTICE_FAMILIES: readonly ScenarioFamily[] = [
  family('clarification-questions-close', (rng) => {
    const deadline = drawDay(rng)
    const days = rng.pick([5, 7, 10, 14])
    const issued = later(deadline, -rng.int(25, 45))
    return worked(rng, {
      stem: `${Client(rng)}'s tender closes on ${dated(deadline)} and was issued on ${dated(issued)}. Clarification questions must be received no later than ${days} calendar days before the closing date. What is the last day a question can be received?`,
      in: { deadline, issued, days },
      key: dated(later(deadline, -days)),
      wrong: [
        ['afterIssue', dated(later(issued, days)), 'counts from the issue date'],
        ['afterDeadline', dated(later(deadline, days)), 'counts forward from the closing date'],
        [
          'oneDayShort',
          dated(later(deadline, -days + 1)),
          'counts the closing date as one of the days',
        ],
        ['weeks', dated(later(deadline, -7 * days)), 'reads the days as weeks'],
      ],
    })
  }),
  family('earliest-end-after-termination-notice', (rng) => {
    const served = drawDay(rng)
    const months = rng.pick([1, 3, 6])
    const received = later(served, rng.int(2, 5))
    return worked(rng, {
      stem: `A services contract lets either party terminate on ${months > 1 ? `${months} months'` : "1 month's"} written notice, running from the day notice is received; a period of months ends on the same day of the month, or the month's last day if it has none. ${Client(rng)} posts notice to ${supplier(rng)} on ${dated(served)}; it is received on ${dated(received)}. On what date can the contract end at the earliest?`,
      in: { served, received, months },
      key: dated(monthsOn(received, months)),
      wrong: [
        ['fromPosting', dated(monthsOn(served, months)), 'runs notice from the day it was posted'],
        ['thirtyDayMonths', dated(later(received, 30 * months)), 'counts each month as 30 days'],
        ['monthEnd', dated(endOfMonth(monthsOn(received, months))), 'runs to the end of the month'],
        [
          'extraMonth',
          dated(monthsOn(received, months + 1)),
          'adds a month for the month notice is given in',
        ],
        ['fourWeekMonths', dated(later(received, 28 * months)), 'counts each month as four weeks'],
      ],
    })
  }),
  family('last-day-to-stop-auto-renewal', (rng) => {
    const end = drawDay(rng)
    const days = rng.pick([30, 60, 90])
    return worked(rng, {
      stem: `A software subscription for ${client(rng)} renews automatically for another year on ${dated(end)} unless notice is received at least ${days} days before that date (the notice day and the renewal day not counted). What is the last day notice can be received?`,
      in: { end, days },
      key: dated(later(end, -days - 1)),
      wrong: [
        ['countsOneEnd', dated(later(end, -days)), 'counts the notice day as one of the days'],
        ['months', dated(monthsOn(end, -Math.round(days / 30))), 'counts months instead of days'],
        ['afterRenewal', dated(later(end, days)), 'counts forward from the renewal date'],
        ['renewalDate', dated(end), 'takes the renewal date itself'],
      ],
    })
  }),
]

/** The last day of the month `iso` falls in. */
function endOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}
