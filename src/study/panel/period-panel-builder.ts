import type { WorkerState } from '../timeline/worker-state.js'
import { float64Column, int32Column } from './growable-column.js'
import { type EventFacts, PanelBuilder } from './panel-builder.js'
import type { PeriodPanel } from './panel-columns.js'

/** Appends period-panel rows (one per event and period). */
export class PeriodPanelBuilder extends PanelBuilder {
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

  finish(): PeriodPanel {
    return {
      kind: 'period',
      ...this.finishBase(),
      k: this.k.finish(),
      period_start: this.periodStart.finish(),
      n_projects: this.nProjects.finish(),
      any_project: this.anyProject.finish(),
      earnings: this.earnings.finish(),
    }
  }
}
