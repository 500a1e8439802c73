import type { SimulationParameters } from './parameters.js'
import type { Random } from './random.js'
import { SECONDS_PER_DAY } from './time.js'

/** How a project ends and is paid, drawn when it starts; times may fall after obs_end. */
export interface ProjectOutcome {
  /** When the work stops: completion, or abandonment when not completed. */
  readonly endsAt: number
  readonly completed: boolean
  /** The review employers read after completion: skill plus noise of precision τ_h. */
  readonly review: number
  /** 1–5, or null when the client left no rating (or the project was not completed). */
  readonly rating: number | null
  /** Payments tied to the project: instants and cents, in time order. */
  readonly paidAt: readonly number[]
  readonly paidCents: readonly number[]
  /** A bonus after completion, not tied to the project (0 cents: none). */
  readonly bonusAt: number
  readonly bonusCents: number
}

/** Fixed-price projects are paid at completion or in a few milestones; hourly ones weekly. */
export type ContractKind = 'fixed' | 'hourly'

/** Hourly contracts are billed once a week, as on the large platforms. */
export const HOURLY_BILLING_DAYS = 7

export function drawProjectOutcome(
  kind: ContractKind,
  startedAt: number,
  valueCents: number,
  skill: number,
  params: SimulationParameters,
  random: Random,
): ProjectOutcome {
  const median = kind === 'hourly' ? params.hourlyDurationMedianDays : params.durationMedianDays
  const days = median * Math.exp(params.durationSd * random.normal())
  const duration = Math.max(3600, Math.round(days * SECONDS_PER_DAY))
  const odds = params.completionLogOdds + params.completionSkillEffect * skill
  const completed = random.uniform() < 1 / (1 + Math.exp(-odds))
  const endsAt = completed
    ? startedAt + duration
    : startedAt + Math.floor(duration * random.uniform())
  const review = skill + random.normal() / Math.sqrt(params.historyPrecision)
  const rated = completed && random.chance(params.ratedShare)
  const stars = Math.round(params.ratingCentre + params.ratingScale * review)
  const rating = rated ? Math.min(5, Math.max(1, stars)) : null
  // The platform holds earnings for a clearing period before the worker has them.
  const clearing = Math.round(params.paymentClearingDays * SECONDS_PER_DAY)
  const paidAt: number[] = []
  const paidCents: number[] = []
  const instalments = random.chance(params.instalmentShare)
  if (kind === 'hourly' || instalments) {
    const weeks = Math.ceil(duration / (HOURLY_BILLING_DAYS * SECONDS_PER_DAY))
    const n = kind === 'hourly' ? weeks : 2 + random.below(params.maxInstalments - 1)
    const share = Math.floor(valueCents / n)
    for (let j = 1; j <= n; j++) {
      const at = startedAt + Math.round((duration * j) / n)
      if (at > endsAt) break
      // The last instalment carries the odd cents so the instalments sum to the value.
      paidAt.push(at + clearing)
      paidCents.push(j === n ? valueCents - share * (n - 1) : share)
    }
  } else if (completed) {
    paidAt.push(endsAt + clearing)
    paidCents.push(valueCents)
  }
  const bonus = completed && random.chance(params.bonusShare)
  const bonusAt =
    endsAt + clearing + Math.round(params.bonusDelayDays * SECONDS_PER_DAY * random.uniform())
  const bonusCents = bonus ? Math.max(1, Math.round(valueCents * params.bonusFraction)) : 0
  return { endsAt, completed, review, rating, paidAt, paidCents, bonusAt, bonusCents }
}
