import type { WorkerState } from '../timeline/worker-state.js'
import { float64Column } from './growable-column.js'
import { type EventFacts, PanelBuilder } from './panel-builder.js'
import type { ProjectPanel } from './panel-columns.js'
import type { ScoreScale } from './score-scale.js'

/** Appends project-panel rows (one per main event and nearby project). */
export class ProjectPanelBuilder extends PanelBuilder {
  private readonly projectIds: string[] = []
  private readonly startedAt = float64Column()
  private readonly logValue = float64Column()

  push(
    event: EventFacts,
    projectId: string,
    startedAt: number,
    post: number,
    state: WorkerState,
    valueUsd: number,
  ): void {
    this.pushBase(event, post, state)
    this.projectIds.push(projectId)
    this.startedAt.push(startedAt)
    this.logValue.push(Math.log(valueUsd))
  }

  finish(scale: ScoreScale): ProjectPanel {
    return {
      kind: 'project',
      ...this.finishBase(),
      score_z: this.scoreZ(scale),
      project_id: this.projectIds,
      started_at: this.startedAt.finish(),
      log_value: this.logValue.finish(),
    }
  }
}
