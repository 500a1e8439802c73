import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerHistory,
} from '../study/index.js'
import { type CategoryName, MARKET_CATEGORIES } from './categories.js'
import { credentialPrecision, credentialSignal, EmployerBelief } from './employer-belief.js'
import type { MarketIds } from './market-ids.js'
import type { SimulationParameters } from './parameters.js'
import { drawProjectOutcome } from './project-outcome.js'
import type { Random } from './random.js'
import { drawPasses } from './test-attempts.js'
import type { TestCatalog } from './test-catalog.js'
import { SECONDS_PER_DAY } from './time.js'
import { drawWorkerTraits } from './worker-traits.js'

/** A worker's records plus the specialisation the study does not read (for shares and demos). */
export interface SimulatedHistory extends WorkerHistory {
  readonly category: CategoryName
}

/** What a worker needs from the market around it. */
export interface MarketContext {
  readonly params: SimulationParameters
  readonly catalog: TestCatalog
  readonly ids: MarketIds
  readonly employers: number
}

/** A payment before ids are given: its project's sequence number and its slot in the project. */
interface UnorderedPayment extends PaymentRecord {
  readonly project: number
  readonly slot: number
}

interface PendingReview {
  readonly at: number
  readonly review: number
}

/**
 * One worker's whole history, simulated in continuous time from registration to obs_end. The
 * project arrival rate is constant between the moments the belief changes (a pass, a completed
 * project), so after each change the next arrival is redrawn: exact for a piecewise-constant rate
 * because exponential waiting times have no memory.
 */
export function simulateWorker(
  index: number,
  random: Random,
  market: MarketContext,
): SimulatedHistory {
  const { params, catalog, ids } = market
  const traits = drawWorkerTraits(random, params)
  const workerId = ids.worker(index)
  const passes = drawPasses(traits, catalog, params, random)
  const awards: CredentialAwardRecord[] = passes.map((pass) => ({
    awardId: ids.nextAward(),
    workerId,
    testId: catalog.tests[pass.test]!.id,
    awardedAt: pass.at,
    score: pass.score,
  }))
  const belief = new EmployerBelief()
  const pending: PendingReview[] = []
  const projects: ProjectRecord[] = []
  const payments: UnorderedPayment[] = []
  const pastEmployers: number[] = []
  const median = MARKET_CATEGORIES[traits.category]!.medianValueUsd * params.valueScale
  const logBase = Math.log(median) + traits.rateTrait
  const baseRate = (params.baseProjectsPerDay * Math.exp(traits.activity)) / SECONDS_PER_DAY
  let nextPass = 0
  let t = traits.registeredAt
  for (;;) {
    const price = belief.priceIndex(params)
    const arrival = t + random.exponential(baseRate * Math.exp(params.rateResponse * price))
    const passAt = passes[nextPass]?.at ?? Number.POSITIVE_INFINITY
    const reviewAt = pending[0]?.at ?? Number.POSITIVE_INFINITY
    const next = Math.min(arrival, passAt, reviewAt)
    if (next >= params.obsEnd) break
    t = next
    if (next === passAt) {
      const pass = passes[nextPass++]!
      const difficulty = catalog.tests[pass.test]!.difficulty
      const precision = credentialPrecision(pass.score, params)
      belief.observe(credentialSignal(pass.score, difficulty, params), precision)
    } else if (next === reviewAt) {
      belief.observe(pending.shift()!.review, params.historyPrecision)
    } else {
      const startedAt = Math.floor(t)
      const logValue = logBase + price + params.projectValueSd * random.normal()
      const valueCents = Math.max(params.minProjectUsd * 100, Math.round(Math.exp(logValue) * 100))
      const repeat = pastEmployers.length > 0 && random.chance(params.repeatEmployerShare)
      const employer = repeat
        ? pastEmployers[random.below(pastEmployers.length)]!
        : random.below(market.employers)
      if (!repeat) pastEmployers.push(employer)
      const kind = random.chance(params.hourlyShare) ? 'hourly' : 'fixed'
      const outcome = drawProjectOutcome(kind, startedAt, valueCents, traits.skill, params, random)
      const projectId = ids.nextProject()
      const completedAt =
        outcome.completed && outcome.endsAt < params.obsEnd ? outcome.endsAt : null
      projects.push({
        projectId,
        workerId,
        employerId: ids.employer(employer),
        startedAt,
        completedAt,
        valueUsd: valueCents / 100,
        rating: completedAt === null ? null : outcome.rating,
      })
      if (completedAt !== null) insertReview(pending, { at: completedAt, review: outcome.review })
      outcome.paidAt.forEach((at, j) => {
        const cents = outcome.paidCents[j]!
        payments.push(payment(projectId, workerId, at, cents, projects.length, j))
      })
      if (outcome.bonusCents > 0) {
        const last = outcome.paidAt.length
        payments.push(
          payment(null, workerId, outcome.bonusAt, outcome.bonusCents, projects.length, last),
        )
      }
    }
  }
  const observed = payments
    .filter((p) => p.paidAt < params.obsEnd)
    // Ids follow payment time; ties go by project, then by instalment (a bonus comes last).
    .sort((x, y) => x.paidAt - y.paidAt || x.project - y.project || x.slot - y.slot)
    .map(({ project: _project, slot: _slot, ...p }) => ({ ...p, paymentId: ids.nextPayment() }))
  return {
    category: MARKET_CATEGORIES[traits.category]!.name,
    worker: { workerId, registeredAt: traits.registeredAt },
    awards,
    projects,
    payments: observed,
  }
}

function payment(
  projectId: string | null,
  workerId: string,
  paidAt: number,
  cents: number,
  project: number,
  slot: number,
) {
  return { paymentId: '', projectId, workerId, paidAt, amountUsd: cents / 100, project, slot }
}

/** Keeps pending reviews in time order (a handful at most, so insertion is cheapest). */
function insertReview(pending: PendingReview[], review: PendingReview): void {
  let i = pending.length
  while (i > 0 && pending[i - 1]!.at > review.at) i--
  pending.splice(i, 0, review)
}
