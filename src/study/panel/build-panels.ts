import type { WorkerHistory } from '../records.js'
import type { StudySettings } from '../settings.js'
import { buildTimeline } from '../timeline/worker-timeline.js'
import type { PeriodPanel, ProjectPanel } from './panel-columns.js'
import { PeriodPanelBuilder } from './period-panel-builder.js'
import { ProjectPanelBuilder } from './project-panel-builder.js'
import { appendWorkerRows, type PanelBuilders } from './worker-panel-rows.js'

/** The study's three panels (see panel-columns.ts for their columns and row order). */
export interface StudyPanels {
  /** Main sample, k = −pre … post − 1 of `settings.main`. */
  readonly periods: PeriodPanel
  /** Dynamic sample, k = −pre … post − 1 of `settings.dynamic`. */
  readonly periodsDynamic: PeriodPanel
  /** Main-sample events and the projects started within one window of them. */
  readonly projects: ProjectPanel
}

/** Builds panels worker by worker; only one worker's timeline is alive at a time. */
export class StudyPanelsBuilder {
  private readonly builders: PanelBuilders = {
    periods: new PeriodPanelBuilder(),
    periodsDynamic: new PeriodPanelBuilder(),
    projects: new ProjectPanelBuilder(),
  }

  constructor(private readonly settings: StudySettings) {}

  add(history: WorkerHistory): void {
    appendWorkerRows(buildTimeline(history), this.settings, this.builders)
  }

  finish(): StudyPanels {
    return {
      periods: this.builders.periods.finish(),
      periodsDynamic: this.builders.periodsDynamic.finish(),
      projects: this.builders.projects.finish(),
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
