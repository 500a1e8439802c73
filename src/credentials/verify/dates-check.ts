import type { Check } from './report.js'

/**
 * Leeway, in seconds, for clocks that disagree: the same 300 s the VC libraries allow, so a
 * credential issued a moment ago on a fast clock is not "not yet valid".
 */
export const MAX_CLOCK_SKEW_SECONDS = 300

/** Validity window (VC 2.0 validFrom/validUntil, or VC 1.1 issuanceDate/expirationDate) at `now`. */
export function datesCheck(
  credential: Record<string, unknown>,
  now: Date,
): { check: Check; expired: boolean; notYetValid: boolean } {
  const from = dateField(credential, 'validFrom') ?? dateField(credential, 'issuanceDate')
  const until = dateField(credential, 'validUntil') ?? dateField(credential, 'expirationDate')
  const skew = MAX_CLOCK_SKEW_SECONDS * 1000
  if (until && now.getTime() - skew > until.getTime()) {
    return {
      check: {
        check: 'validity-dates',
        outcome: 'failed',
        message: `expired on ${until.toISOString()}`,
      },
      expired: true,
      notYetValid: false,
    }
  }
  if (from && now.getTime() + skew < from.getTime()) {
    return {
      check: {
        check: 'validity-dates',
        outcome: 'failed',
        message: `not valid before ${from.toISOString()}`,
      },
      expired: false,
      notYetValid: true,
    }
  }
  const window = `${from?.toISOString() ?? 'always'} to ${until?.toISOString() ?? 'no end'}`
  return {
    check: { check: 'validity-dates', outcome: 'passed', message: `valid from ${window}` },
    expired: false,
    notYetValid: false,
  }
}

function dateField(credential: Record<string, unknown>, field: string): Date | undefined {
  const value = credential[field]
  if (typeof value !== 'string') return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time)
}
