import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalAt, isoSecondsAt } from '../../src/study/records/byte-fields.js'

const bytesOf = (text: string) => Buffer.from(text, 'latin1')

describe('decoding fields from bytes', () => {
  it('reads every plain decimal to the same double as Number()', () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,17}$/),
        fc.option(fc.stringMatching(/^\d{0,12}$/)),
      )
      .map(
        ([negative, whole, fraction]) =>
          `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`,
      )
    fc.assert(
      fc.property(decimal, (text) => {
        const fast = decimalAt(bytesOf(text), 0, text.length)
        // NaN means "not handled here": the caller then uses Number() itself.
        if (!Number.isNaN(fast)) expect(fast).toBe(Number(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads money amounts such as 279.9 and 0.1 exactly as Number() does', () => {
    for (const text of ['279.9', '0.1', '1618.95', '-15.07', '0', '123456789.123456']) {
      expect(decimalAt(bytesOf(text), 0, text.length)).toBe(Number(text))
    }
  })

  it('reads every instant of 1900–2100 to the second as Date does', () => {
    const instant = fc.integer({ min: -2_208_988_800, max: 4_102_444_799 })
    fc.assert(
      fc.property(instant, (seconds) => {
        const text = new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
        expect(isoSecondsAt(bytesOf(text), 0, text.length)).toBe(seconds)
      }),
      { numRuns: 2000 },
    )
  })
})
