import type { ClusterScores } from '../estimate/cluster-scores.js'
import type { LevelTotals } from '../estimate/level-totals.js'
import type { Solution } from '../estimate/solve.js'
import type { StudyPanels } from '../estimate/study-estimates.js'
import type { ScoreSamples, ScoreScale } from '../panel/score-scale.js'
import type { StudySettings } from '../settings.js'
import type { HistoryBatch } from '../timeline/history-batch.js'
import type { PartitionPass1 } from './study-partition.js'

/** Data a partition thread starts with. */
export interface PartitionThreadData {
  readonly settings: StudySettings
}

/** Requests to a partition thread; each gets exactly one reply, in order. */
export type PartitionRequest =
  | { readonly type: 'add'; readonly batch: HistoryBatch }
  | { readonly type: 'scores' }
  | { readonly type: 'levels'; readonly scale: ScoreScale }
  | { readonly type: 'pass1'; readonly totals: readonly (LevelTotals | null)[] }
  | { readonly type: 'pass2'; readonly solutions: readonly (readonly Solution[])[] }
  | { readonly type: 'panels' }

export type PartitionReply =
  | { readonly type: 'add' }
  | { readonly type: 'scores'; readonly samples: ScoreSamples }
  | { readonly type: 'levels'; readonly totals: (LevelTotals | null)[] }
  | { readonly type: 'pass1'; readonly result: PartitionPass1 }
  | { readonly type: 'pass2'; readonly scores: ClusterScores[][] }
  | { readonly type: 'panels'; readonly panels: StudyPanels }
  | { readonly type: 'error'; readonly message: string; readonly stack: string }

/** The typed arrays of some panels, to transfer rather than copy them across threads. */
export function panelBuffers(panels: StudyPanels): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = []
  for (const panel of [panels.project, panels.period, panels.periodDynamic]) {
    for (const column of Object.values(panel)) {
      if (column instanceof Int32Array || column instanceof Float64Array) {
        buffers.push(column.buffer as ArrayBuffer)
      }
    }
  }
  return buffers
}
