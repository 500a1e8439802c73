import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PERIOD_PANEL_HEADER, type PeriodPanel } from '../../src/study/panel/panel-columns.js'
import {
  CSV_SIGNIFICANT_DIGITS,
  formatCsvNumber,
  writePanelCsv,
} from '../../src/study/panel/panel-csv.js'
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
    // Every scale, and the edges of the plain-digit range where rounding can reach the next power.
    const scales = fc
      .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: -10, max: 18 }))
      .map(([m, e]) => m * 10 ** e)
    fc.assert(
      fc.property(scales, (value) => {
        expect(formatCsvNumber(value)).toBe(viaPrecision(value))
      }),
      { numRuns: 20_000 },
    )
    for (const edge of [1e-6, 1e15, 1e15 - 0.125, 1e14 - 1 / 64]) {
      for (const value of [edge, -edge, edge * (1 - 2 ** -52), edge * (1 + 2 ** -52)]) {
        expect(formatCsvNumber(value)).toBe(viaPrecision(value))
      }
    }
    expect(formatCsvNumber(Math.asinh(921.5))).toBe(viaPrecision(Math.asinh(921.5)))
  })

  it('write a panel’s file with those texts, ids quoted when they must be', async () => {
    const rows = 3000
    const instants = fc.sample(fc.integer({ min: 0, max: 253_402_300_799 }), rows)
    const doubles = fc.sample(
      fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(Number.NaN)),
      rows,
    )
    const integers = fc.sample(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), rows)
    const wholes = fc.sample(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), rows)
    // Ids with a comma, a quote, non-ASCII text, and one longer than the writer's chunk.
    const ids = ['w1', 'w,2', 'w"3"', 'wörker']
    const id = (i: number) => (i === 7 ? 'w'.repeat(3_000_000) : ids[i % ids.length]!)
    const floats = (f: (i: number) => number) => Float64Array.from({ length: rows }, (_, i) => f(i))
    const ints = () => Int32Array.from(integers)
    const panel: PeriodPanel = {
      kind: 'period',
      rows,
      event_id: Array.from({ length: rows }, (_, i) => `e${String(i).padStart(5, '0')}`),
      worker_id: Array.from({ length: rows }, (_, i) => id(i)),
      test_id: Array.from({ length: rows }, (_, i) => id(i + 1)),
      event_index: new Int32Array(rows),
      worker_index: new Int32Array(rows),
      k: ints(),
      post: ints(),
      period_start: floats((i) => instants[i]!),
      year: ints(),
      n_creds: ints(),
      avg_rating: floats((i) => doubles[i]!),
      no_rating: ints(),
      cum_earnings_asinh: floats((i) => wholes[i]!),
      cum_completed: ints(),
      new_entrant: ints(),
      experience: floats((i) => doubles[(i + 7) % rows]!),
      n_projects: ints(),
      any_project: ints(),
      earnings: floats((i) => (i % 2 === 0 ? wholes[i]! / 100 : doubles[i]!)),
      score_z: floats((i) => doubles[(i + 1) % rows]!),
    }
    const path = join(mkdtempSync(join(tmpdir(), 'panel-csv-')), 'periods.csv')
    await writePanelCsv(panel, path)
    const quoted = (text: string) => (/[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
    const expected = Array.from({ length: rows }, (_, i) =>
      PERIOD_PANEL_HEADER.map((name) => {
        const column = panel[name]!
        if (name === 'period_start') return viaDate(panel.period_start[i]!)
        if (Array.isArray(column)) return quoted(column[i]!)
        return viaPrecision((column as Float64Array | Int32Array)[i]!)
      }).join(','),
    )
    const text = readFileSync(path, 'utf8')
    // The first rows shown when they differ; then the whole file, long id included.
    expect(text.split('\n').slice(0, 7)).toEqual([
      PERIOD_PANEL_HEADER.join(','),
      ...expected.slice(0, 6),
    ])
    expect(text === `${[PERIOD_PANEL_HEADER.join(','), ...expected].join('\n')}\n`).toBe(true)
  })
})
