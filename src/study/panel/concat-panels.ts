import type { StudyPanels } from '../estimate/study-estimates.js'
import type { Panel } from './panel-columns.js'

/**
 * Panels of several partitions, one after another. Dense event and worker codes are shifted so
 * they stay dense and contiguous across the whole; every other column is copied as it is.
 */
export function concatPanels<P extends Panel>(parts: readonly P[]): P {
  if (parts.length === 1) return parts[0]!
  const first = parts[0]!
  const out: Record<string, unknown> = { kind: first.kind, rows: 0 }
  const rows = parts.reduce((sum, part) => sum + part.rows, 0)
  out.rows = rows
  for (const [key, column] of Object.entries(first)) {
    if (column instanceof Int32Array || column instanceof Float64Array) {
      const joined = column instanceof Int32Array ? new Int32Array(rows) : new Float64Array(rows)
      let at = 0
      let shift = 0
      for (const part of parts) {
        const piece = (part as unknown as Record<string, Int32Array | Float64Array>)[key]!
        joined.set(piece, at)
        if (key === 'event_index' || key === 'worker_index') {
          for (let i = at; i < at + piece.length; i++) joined[i] = joined[i]! + shift
          shift += piece.length > 0 ? piece[piece.length - 1]! + 1 : 0
        }
        at += piece.length
      }
      out[key] = joined
    } else if (Array.isArray(column)) {
      out[key] = parts.flatMap((part) => (part as unknown as Record<string, string[]>)[key]!)
    }
  }
  return out as unknown as P
}

/** The three panels of several partitions, concatenated in partition order. */
export function concatStudyPanels(parts: readonly StudyPanels[]): StudyPanels {
  return {
    project: concatPanels(parts.map((p) => p.project)),
    period: concatPanels(parts.map((p) => p.period)),
    periodDynamic: concatPanels(parts.map((p) => p.periodDynamic)),
  }
}
