import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IdIndex } from '../../src/study/records/id-index.js'
import { ArrayRow } from '../../src/study/records/raw-table.js'

describe('the id index', () => {
  it('finds, adds and refuses ids exactly as a Map does, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8, unit: 'grapheme' }), { maxLength: 6000 }),
        (ids) => {
          const index = new IdIndex()
          const map = new Map<string, number>()
          const row = new ArrayRow()
          row.count = 1
          ids.forEach((id, value) => {
            row.cells = [id]
            expect(index.add(row, 0, value)).toBe(map.get(id) ?? -1)
            if (!map.has(id)) map.set(id, value)
          })
          for (const [id, value] of map) {
            row.cells = [id]
            expect(index.get(row, 0)).toBe(value)
          }
          row.cells = ['\u0000absent']
          expect(index.get(row, 0)).toBe(map.get('\u0000absent') ?? -1)
        },
      ),
      { numRuns: 30 },
    )
  })
})
