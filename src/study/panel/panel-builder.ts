import type { WorkerState } from '../timeline/worker-state.js'
import { float64Column, int32Column } from './growable-column.js'
import type { PanelColumnsBase } from './panel-columns.js'
import { type ScoreScale, scoreZ } from './score-scale.js'

/** Identity and per-event facts shared by all rows of one event. */
export interface EventFacts {
  readonly eventId: string
  readonly workerId: string
  readonly testId: string
  /** The award's score, NaN when it has none. */
  readonly score: number
  readonly newEntrant: number
  readonly experience: number
}

/** Appends the columns every panel has; subclasses add their own. Rows arrive worker by worker. */
export class PanelBuilder {
  private readonly eventIds: string[] = []
  private readonly workerIds: string[] = []
  private readonly testIds: string[] = []
  private readonly eventIndex = int32Column()
  private readonly workerIndex = int32Column()
  private readonly post = int32Column()
  private readonly year = int32Column()
  private readonly nCreds = int32Column()
  private readonly avgRating = float64Column()
  private readonly noRating = int32Column()
  private readonly cumEarningsAsinh = float64Column()
  private readonly cumCompleted = int32Column()
  private readonly newEntrant = int32Column()
  private readonly experience = float64Column()
  private readonly score = float64Column()
  private lastEvent = ''
  private events = -1
  private lastWorker = ''
  private workers = -1

  get rows(): number {
    return this.eventIds.length
  }

  protected pushBase(event: EventFacts, post: number, state: WorkerState): void {
    if (this.workers < 0 || event.workerId !== this.lastWorker) {
      this.workers++
      this.lastWorker = event.workerId
    }
    if (this.events < 0 || event.eventId !== this.lastEvent) {
      this.events++
      this.lastEvent = event.eventId
    }
    this.eventIds.push(event.eventId)
    this.workerIds.push(event.workerId)
    this.testIds.push(event.testId)
    this.eventIndex.push(this.events)
    this.workerIndex.push(this.workers)
    this.post.push(post)
    this.year.push(state.year)
    this.nCreds.push(state.nCreds)
    this.avgRating.push(state.avgRating)
    this.noRating.push(state.noRating)
    this.cumEarningsAsinh.push(state.cumEarningsAsinh)
    this.cumCompleted.push(state.cumCompleted)
    this.newEntrant.push(event.newEntrant)
    this.experience.push(event.experience)
    this.score.push(event.score)
  }

  /**
   * Each row's `score_z`: its award's standardized score rank within the test, looked up once per
   * event (an event's rows are contiguous).
   */
  protected scoreZ(scale: ScoreScale): Float64Array {
    const scores = this.score.finish()
    const out = new Float64Array(scores.length)
    for (let i = 0; i < out.length; i++) {
      const sameEvent = i > 0 && this.eventIds[i] === this.eventIds[i - 1]
      out[i] = sameEvent ? out[i - 1]! : scoreZ(scale, this.testIds[i]!, scores[i]!)
    }
    return out
  }

  protected finishBase(): PanelColumnsBase {
    return {
      rows: this.rows,
      event_id: this.eventIds,
      worker_id: this.workerIds,
      test_id: this.testIds,
      event_index: this.eventIndex.finish(),
      worker_index: this.workerIndex.finish(),
      post: this.post.finish(),
      year: this.year.finish(),
      n_creds: this.nCreds.finish(),
      avg_rating: this.avgRating.finish(),
      no_rating: this.noRating.finish(),
      cum_earnings_asinh: this.cumEarningsAsinh.finish(),
      cum_completed: this.cumCompleted.finish(),
      new_entrant: this.newEntrant.finish(),
      experience: this.experience.finish(),
    }
  }
}
