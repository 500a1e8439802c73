import type { StudyPanels } from '../estimate/study-estimates.js'
import type { WorkerHistory } from '../records.js'
import type { StudySettings } from '../settings.js'
import { buildTimeline } from '../timeline/worker-timeline.js'
import { PeriodPanelBuilder } from './period-panel-builder.js'
import { ProjectPanelBuilder } from './project-panel-builder.js'
import { appendWorkerRows, type PanelBuilders } from './worker-panel-rows.js'

/** Builds panels worker by worker; only one worker's timeline is alive at a time. */
export class StudyPanelsBuilder {
  private readonly builders: PanelBuilders = {
    periods: new PeriodPanelBuilder(),
    periodsDynamic: new PeriodPanelBuilder(),
    projects: new ProjectPanelBuilder(),
  }

  constructor(private readonly settings: StudySettings) {}

  add(history: WorkerHistory): void {
    // A worker without awards has no events, hence no rows.
    if (history.awards.length === 0) return
    appendWorkerRows(buildTimeline(history), this.settings, this.builders)
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
  for await (const history of histories) builder.add(history)
  return builder.finish()
}
