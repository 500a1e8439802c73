import type { WorkerState } from '../timeline/worker-state.js'
import { float64Column, int32Column } from './growable-column.js'
import { type EventFacts, PanelBuilder } from './panel-builder.js'
import type { PeriodPanel } from './panel-columns.js'
import type { ScoreScale } from './score-scale.js'

/** Appends period-panel rows (one per event and period). */
export class PeriodPanelBuilder extends PanelBuilder {
  /** `scored`: the panel has a `score_z` column (the main panel; the dynamic one has none). */
  constructor(private readonly scored: boolean) {
    super()
  }

  private readonly k = int32Column()
  private readonly periodStart = float64Column()
  private readonly nProjects = int32Column()
  private readonly anyProject = int32Column()
  private readonly earnings = float64Column()

  push(
    event: EventFacts,
    k: number,
    periodStart: number,
    state: WorkerState,
    nProjects: number,
    earnings: number,
  ): void {
    this.pushBase(event, k >= 0 ? 1 : 0, state)
    this.k.push(k)
    this.periodStart.push(periodStart)
    this.nProjects.push(nProjects)
    this.anyProject.push(nProjects > 0 ? 1 : 0)
    this.earnings.push(earnings)
  }

  finish(scale: ScoreScale): PeriodPanel {
    return {
      kind: 'period',
      ...this.finishBase(),
      ...(this.scored ? { score_z: this.scoreZ(scale) } : {}),
      k: this.k.finish(),
      period_start: this.periodStart.finish(),
      n_projects: this.nProjects.finish(),
      any_project: this.anyProject.finish(),
      earnings: this.earnings.finish(),
    }
  }
}
