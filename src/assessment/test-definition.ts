import type { Category } from './category.js'

/** European Qualifications Framework level. */
export type EqfLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

/** A skill as the labour market names it; `escoUri` only where an ESCO skill truly fits. */
export interface Skill {
  readonly label: string
  readonly escoUri?: string
}

/** One content domain of a blueprint; weights of a blueprint sum to 1. */
export interface BlueprintDomain {
  readonly id: string
  readonly title: string
  readonly weight: number
  /** Item models that generate operational variants for this domain (an unlimited pool). */
  readonly itemModelIds: readonly string[]
}

export interface FormSpec {
  readonly scoredItems: number
  readonly maxPretestItems: number
  readonly secondsPerItem: number
}

/**
 * How a score becomes a pass. `percent-cut`: percent correct at or above the cut on any form.
 * `ability-cut`: the candidate's ability reaches `cutTheta`, i.e. their raw score reaches the
 * expected raw score at `cutTheta` on the form they took (its test characteristic curve; the raw
 * score is sufficient for ability under the Rasch model), so a harder form needs fewer right.
 */
export type PassRule =
  | { readonly kind: 'percent-cut'; readonly cutPercent: number }
  | {
      readonly kind: 'ability-cut'
      /** The cut on the ability scale, in logits, from the test's cut-score record. */
      readonly cutTheta: number
      /**
       * The borderline candidate's expected percent on a blueprint form: the raw cut of every form
       * while the scale is provisional, and the pass mark of an average form once calibrated.
       */
      readonly cutPercent: number
      readonly method: 'modified-angoff'
      readonly scale: 'calibrated' | 'provisional'
    }

export interface RetakePolicy {
  /** Wait after the 1st, 2nd, 3rd+ failure. */
  readonly waitDays: readonly number[]
  readonly maxAttemptsPerWindow: number
  readonly windowDays: number
  readonly renewalWindowDays: number
}

/** A skill test as the catalog offers it. */
export interface TestDefinition {
  /** Stable slug, e.g. `javascript`. */
  readonly id: string
  readonly title: string
  readonly skill: Skill
  readonly category: Category
  readonly description: string
  /** 2–5 statements of what a pass certifies. */
  readonly learningOutcomes: readonly string[]
  /** Notional learning a pass certifies, in hours (≥ 1 for a microcredential). */
  readonly workloadHours: number
  readonly eqfLevel: EqfLevel
  readonly blueprint: readonly BlueprintDomain[]
  /**
   * What a freelancer in the role does and how much of the work each domain is: the written
   * job-task analysis the blueprint's weights come from, where one was done.
   */
  readonly jobTaskAnalysis?: string
  readonly form: FormSpec
  /** Whole-form limit in seconds: every delivered item (scored and pretest) times seconds per item. */
  readonly timeLimitSeconds: number
  readonly passRule: PassRule
  /**
   * How the cut was set and on what scale, in words (the cut-score record's statement): what the
   * credential's quality-assurance text says was done for this test.
   */
  readonly standardSetting?: string
  readonly retakePolicy: RetakePolicy
  readonly validityMonths: number
  /** Bumped when the blueprint or pass rule changes; certifications name the version they passed. */
  readonly version: number
}
