import type { StudyPanels } from '../estimate/study-estimates.js'
import type { WorkerHistory } from '../records.js'
import type { StudySettings } from '../settings.js'
import { batchOfHistories, type HistoryBatch } from '../timeline/history-batch.js'
import { timelineOf } from '../timeline/worker-timeline.js'
import { PeriodPanelBuilder } from './period-panel-builder.js'
import { ProjectPanelBuilder } from './project-panel-builder.js'
import { appendWorkerRows, type PanelBuilders } from './worker-panel-rows.js'

/** Histories converted to columns at a time when building panels from objects. */
const HISTORIES_PER_BATCH = 256

/** Builds panels worker by worker; only one worker's timeline is alive at a time. */
export class StudyPanelsBuilder {
  private readonly builders: PanelBuilders = {
    periods: new PeriodPanelBuilder(),
    periodsDynamic: new PeriodPanelBuilder(),
    projects: new ProjectPanelBuilder(),
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

  finish(): StudyPanels {
    return {
      project: this.builders.projects.finish(),
      period: this.builders.periods.finish(),
      periodDynamic: this.builders.periodsDynamic.finish(),
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
