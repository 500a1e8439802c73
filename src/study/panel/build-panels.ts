import type { StudyPanels } from '../estimate/study-estimates.js'
import type { WorkerHistory } from '../records.js'
import type { StudySettings } from '../settings.js'
import { batchOfHistories, type HistoryBatch } from '../timeline/history-batch.js'
import { timelineOf } from '../timeline/worker-timeline.js'
import { PeriodPanelBuilder } from './period-panel-builder.js'
import { ProjectPanelBuilder } from './project-panel-builder.js'
import { type ScoreSamples, type ScoreScale, scoreScale } from './score-scale.js'
import { appendWorkerRows, type PanelBuilders } from './worker-panel-rows.js'

/** Histories converted to columns at a time when building panels from objects. */
const HISTORIES_PER_BATCH = 256

/**
 * Builds panels worker by worker; only one worker's timeline is alive at a time. `score_z` ranks a
 * score among every main event of its test, across partitions, so the panels are finished with
 * the scale of all partitions' `mainScores()` together.
 */
export class StudyPanelsBuilder {
  private readonly builders: PanelBuilders = {
    periods: new PeriodPanelBuilder(true),
    periodsDynamic: new PeriodPanelBuilder(false),
    projects: new ProjectPanelBuilder(),
    mainScores: new Map(),
  }

  constructor(private readonly settings: StudySettings) {}

  /** Adds the rows of every worker of a batch, in batch order. */
  addBatch(batch: HistoryBatch): void {
    for (let w = 0; w < batch.workerIds.length; w++) {
      // A worker without awards has no events, hence no rows.
      if (batch.awardStart[w + 1] === batch.awardStart[w]) continue
      appendWorkerRows(timelineOf(batch, w), this.settings, this.builders)
    }
  }

  add(history: WorkerHistory): void {
    this.addBatch(batchOfHistories([history]))
  }

  /** The scores of this partition's main-sample events, by test. */
  mainScores(): ScoreSamples {
    return this.builders.mainScores
  }

  /** The panels, `score_z` from the scale of every partition (this one alone: its own scores). */
  finish(scale: ScoreScale = scoreScale(this.builders.mainScores)): StudyPanels {
    return {
      project: this.builders.projects.finish(scale),
      period: this.builders.periods.finish(scale),
      periodDynamic: this.builders.periodsDynamic.finish(scale),
    }
  }
}

/**
 * The three panels of a set of worker histories, in memory.
 *
 * @example
 * const { periods } = await buildPanels(source.histories(), settings)
 */
export async function buildPanels(
  histories: AsyncIterable<WorkerHistory> | Iterable<WorkerHistory>,
  settings: StudySettings,
): Promise<StudyPanels> {
  const builder = new StudyPanelsBuilder(settings)
  let batch: WorkerHistory[] = []
  for await (const history of histories) {
    batch.push(history)
    if (batch.length === HISTORIES_PER_BATCH) {
      builder.addBatch(batchOfHistories(batch))
      batch = []
    }
  }
  builder.addBatch(batchOfHistories(batch))
  return builder.finish()
}
