import type { EventPeriods, StudySettings } from '../settings.js'
import { emptyState, stateAt } from '../timeline/worker-state.js'
import { countBelow, type WorkerTimeline } from '../timeline/worker-timeline.js'
import type { EventFacts } from './panel-builder.js'
import type { PeriodPanelBuilder } from './period-panel-builder.js'
import type { ProjectPanelBuilder } from './project-panel-builder.js'
import { addScoreSample, type ScoreSamples } from './score-scale.js'

/** The three panels being built for one partition of workers, and its main events' scores. */
export interface PanelBuilders {
  readonly periods: PeriodPanelBuilder
  readonly periodsDynamic: PeriodPanelBuilder
  readonly projects: ProjectPanelBuilder
  readonly mainScores: ScoreSamples
}

const state = emptyState()

/** Appends one worker's rows to the three panels, events in award_id order. */
export function appendWorkerRows(
  timeline: WorkerTimeline,
  settings: StudySettings,
  builders: PanelBuilders,
): void {
  const w = settings.windowSeconds
  timeline.awardIds.forEach((eventId, e) => {
    const t = timeline.awardTimes[e]!
    const completed = countBelow(timeline.completionTimes, t)
    const event: EventFacts = {
      eventId,
      workerId: timeline.workerId,
      testId: timeline.testIds[e]!,
      score: timeline.awardScores[e]!,
      newEntrant: completed === 0 ? 1 : 0,
      experience: Math.log(1 + completed),
    }
    if (observed(t, settings.main, settings)) {
      addScoreSample(builders.mainScores, event.testId, event.score)
      appendPeriods(timeline, event, t, settings.main, w, builders.periods)
      appendProjects(timeline, event, t, w, builders.projects)
    }
    if (observed(t, settings.dynamic, settings)) {
      appendPeriods(timeline, event, t, settings.dynamic, w, builders.periodsDynamic)
    }
  })
}

/** The whole window of the event lies in the observed span. */
function observed(t: number, periods: EventPeriods, settings: StudySettings): boolean {
  const w = settings.windowSeconds
  return t - periods.pre * w >= settings.obsStart && t + periods.post * w <= settings.obsEnd
}

function appendPeriods(
  timeline: WorkerTimeline,
  event: EventFacts,
  t: number,
  periods: EventPeriods,
  w: number,
  builder: PeriodPanelBuilder,
): void {
  for (let k = -periods.pre; k < periods.post; k++) {
    const start = t + k * w
    const end = start + w
    const nProjects =
      countBelow(timeline.projectStarts, end) - countBelow(timeline.projectStarts, start)
    const last = countBelow(timeline.paymentTimes, end)
    let earnings = 0
    for (let i = countBelow(timeline.paymentTimes, start); i < last; i++) {
      earnings += timeline.paymentAmounts[i]!
    }
    builder.push(event, k, start, stateAt(timeline, start, state), nProjects, earnings)
  }
}

function appendProjects(
  timeline: WorkerTimeline,
  event: EventFacts,
  t: number,
  w: number,
  builder: ProjectPanelBuilder,
): void {
  const last = countBelow(timeline.projectStarts, t + w)
  for (let i = countBelow(timeline.projectStarts, t - w); i < last; i++) {
    const startedAt = timeline.projectStarts[i]!
    builder.push(
      event,
      timeline.projectIds[i]!,
      startedAt,
      startedAt >= t ? 1 : 0,
      stateAt(timeline, startedAt, state),
      timeline.projectValues[i]!,
    )
  }
}
