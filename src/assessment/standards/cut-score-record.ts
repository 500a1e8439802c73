import { domainQuotas } from '../attempts/domain-quotas.js'
import {
  abilityForExpectedScore,
  type FamilyParameters,
  type FormFamily,
} from '../psychometrics/family-ability.js'
import type { TestDefinition } from '../test-definition.js'
import type { PanelKind, RatingRound } from './rating-round.js'

/** One blueprint domain's standard: the rating that applies and where it came from. */
export interface DomainStandard {
  readonly domain: string
  readonly items: number
  readonly probability: number
  readonly rationale: string
  /** The round whose rating applies. */
  readonly round: string
  /** True when the round gave its default judgment, not a rating of this domain. */
  readonly defaulted: boolean
}

/** Family parameters from a calibration, per blueprint domain, with how much data they rest on. */
export interface FamilyCalibrationInput {
  readonly attempts: number
  readonly byDomain: ReadonlyMap<string, readonly FamilyParameters[]>
}

/** A test's cut score and how it was set: the record every offered test has. */
export interface CutScoreRecord {
  readonly testId: string
  readonly testVersion: number
  readonly method: 'modified-angoff'
  readonly panels: readonly {
    readonly round: string
    readonly panel: PanelKind
    readonly raters: readonly string[]
    readonly ratedOn: string
  }[]
  readonly domains: readonly DomainStandard[]
  /** Expected raw score of the minimally competent candidate on a form built to the blueprint. */
  readonly borderlineRawScore: number
  readonly scoredItems: number
  /** The borderline raw score as a percent of the form: the cut shown to candidates. */
  readonly cutPercent: number
  /**
   * `calibrated`: family parameters from responses place the cut; `provisional`: no calibration
   * yet, family difficulties are the ones the ratings imply and the borderline candidate is θ = 0.
   */
  readonly scale: 'calibrated' | 'provisional'
  /** The cut on the ability scale, in logits. */
  readonly cutTheta: number
  /** Attempts the calibration rests on (0 on the provisional scale). */
  readonly calibrationAttempts: number
  /** Blueprint domains with calibrated families; the scale is calibrated when all of them have. */
  readonly calibratedDomains: number
  /** The record in words, for the catalog and the credential's quality-assurance statement. */
  readonly statement: string
}

/**
 * Sets a test's cut by modified Angoff. Each blueprint domain takes the rating of the first round
 * that rates it, in the order given (a test's own rounds and newer rounds first, see
 * `roundsInPrecedence`), else that order's first default judgment. The borderline candidate's
 * expected raw score on a blueprint form, Σ items_d · p_d, is mapped to the ability scale through
 * the blueprint's test characteristic curve Σ items_d · mean_f P_f(θ) when every domain has
 * calibrated families; otherwise each domain's items sit at the difficulty −logit(p_d) its rating
 * implies, which puts the borderline candidate at θ = 0 on a provisional scale.
 *
 * @example cutScoreRecord(catalogTest('bookkeeping')!, [PLATFORM_ROUND]).cutPercent
 */
export function cutScoreRecord(
  test: TestDefinition,
  rounds: readonly RatingRound[],
  calibration?: FamilyCalibrationInput,
): CutScoreRecord {
  const quotas = domainQuotas(test.blueprint, test.form.scoredItems)
  const domains = test.blueprint.map((d): DomainStandard => {
    const items = quotas.get(d.id) ?? 0
    for (const round of rounds) {
      const rating = round.ratings.find((r) => r.domain === d.id)
      if (rating) {
        const { probability, rationale } = rating
        return { domain: d.id, items, probability, rationale, round: round.id, defaulted: false }
      }
    }
    const fallback = rounds.find((r) => r.defaultRating)
    if (!fallback?.defaultRating)
      throw new RangeError(`no round rates domain ${d.id} of ${test.id}`)
    return {
      domain: d.id,
      items,
      ...fallback.defaultRating,
      round: fallback.id,
      defaulted: true,
    }
  })
  const used = new Set(domains.map((d) => d.round))
  const panels = rounds
    .filter((r) => used.has(r.id))
    .map((r) => ({ round: r.id, panel: r.panel, raters: r.raters, ratedOn: r.ratedOn }))
  const borderlineRawScore = domains.reduce((sum, d) => sum + d.items * d.probability, 0)
  const scoredItems = test.form.scoredItems
  const calibrated =
    calibration !== undefined &&
    domains.every((d) => (calibration.byDomain.get(d.domain)?.length ?? 0) > 0)
  const curve: FormFamily[] = calibrated
    ? domains.flatMap((d) => {
        const families = calibration.byDomain.get(d.domain)!
        return families.map((f) => ({ ...f, weight: d.items / families.length }))
      })
    : []
  const cutTheta = calibrated ? abilityForExpectedScore(borderlineRawScore, curve) : 0
  const record = {
    testId: test.id,
    testVersion: test.version,
    method: 'modified-angoff' as const,
    panels,
    domains,
    borderlineRawScore,
    scoredItems,
    cutPercent: (100 * borderlineRawScore) / scoredItems,
    scale: calibrated ? ('calibrated' as const) : ('provisional' as const),
    cutTheta,
    calibrationAttempts: calibrated ? calibration.attempts : 0,
    calibratedDomains: domains.filter((d) => (calibration?.byDomain.get(d.domain)?.length ?? 0) > 0)
      .length,
  }
  return { ...record, statement: describeRecord(record) }
}

/**
 * Rounds in the order their ratings apply to `testId`: rounds held for this test before rounds
 * across tests, external panels before the platform's own authors, newer before older.
 */
export function roundsInPrecedence(testId: string, rounds: readonly RatingRound[]): RatingRound[] {
  return rounds
    .filter((r) => r.testId === undefined || r.testId === testId)
    .sort(
      (a, b) =>
        Number(b.testId === testId) - Number(a.testId === testId) ||
        Number(b.panel === 'external') - Number(a.panel === 'external') ||
        b.ratedOn.localeCompare(a.ratedOn),
    )
}

const PANEL_WORDS: Record<PanelKind, string> = {
  'platform-content-authors': "the platform's own content authors (not an independent panel)",
  external: 'an external panel of practitioners',
}

function describeRecord(record: Omit<CutScoreRecord, 'statement'>): string {
  const who = record.panels
    .map((p) => `${PANEL_WORDS[p.panel]} in round ${p.round} on ${p.ratedOn}`)
    .join('; ')
  const rated = record.domains.filter((d) => !d.defaulted).length
  const coverage =
    rated === record.domains.length
      ? `each of its ${rated} content domains rated individually`
      : `${rated} of ${record.domains.length} content domains rated individually, the others at the panel's default judgment`
  const borderline = `${round1(record.borderlineRawScore)} of ${record.scoredItems} (${round1(record.cutPercent)} %)`
  const scale =
    record.scale === 'calibrated'
      ? `Item families are calibrated with a random-item Rasch model from ${record.calibrationAttempts} attempts; the cut is θ = ${record.cutTheta.toFixed(2)} and each form's own characteristic curve turns it into that form's raw cut.`
      : `${record.calibratedDomains === 0 ? 'No item family of this test is calibrated yet' : `Only ${record.calibratedDomains} of ${record.domains.length} content domains have calibrated item families`}: family difficulties are the ones the ratings imply, the cut is θ = 0 on that provisional scale, and it is the same raw score on every form until response data calibrate the families of every domain.`
  return (
    `Cut score set by modified Angoff: ${who} judged the chance that a minimally competent ` +
    `freelancer answers correctly, ${coverage}. The borderline candidate's expected score is ` +
    `${borderline}. ${scale}`
  )
}

function round1(x: number): string {
  return (Math.round(x * 10) / 10).toString()
}
