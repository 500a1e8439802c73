import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_SIGNIFICANT_DIGITS, formatCsvNumber } from '../../src/study/panel/panel-csv.js'
import { formatIsoSeconds } from '../../src/study/records/iso-time.js'

/** What the panel files wrote before the hand-written formatters: Date and toPrecision. */
const viaDate = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
const viaPrecision = (value: number) =>
  Number.isNaN(value)
    ? ''
    : Number.isInteger(value)
      ? String(value)
      : String(Number(value.toPrecision(CSV_SIGNIFICANT_DIGITS)))

describe('the panel files’ formatters', () => {
  it('write every instant from 1970 to 9999 as Date’s ISO text without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799 }), (seconds) => {
        expect(formatIsoSeconds(seconds)).toBe(viaDate(seconds))
      }),
      { numRuns: 2000 },
    )
    // Leap days, the turn of centuries, and the edges of the plain four-digit form.
    for (const seconds of [0, 86_399, 951_782_400, 951_868_800, 4_107_542_400, 253_402_300_799]) {
      expect(formatIsoSeconds(seconds)).toBe(viaDate(seconds))
    }
    expect(formatIsoSeconds(1_420_070_400)).toBe('2015-01-01T00:00:00Z')
  })

  it('write every number to 15 significant digits exactly as toPrecision does', () => {
    const amounts = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((cents) => cents / 100)
    const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true })
    fc.assert(
      fc.property(fc.oneof(amounts, anyDouble, fc.double({ min: 0, max: 20 })), (value) => {
        expect(formatCsvNumber(value)).toBe(viaPrecision(value))
      }),
      { numRuns: 2000 },
    )
    expect(formatCsvNumber(Math.asinh(921.5))).toBe(viaPrecision(Math.asinh(921.5)))
  })
})
