/**
 * Every parameter of the simulated market, with its calibrated default. `docs/simulation.md`
 * gives the equation each one enters; `skillsignal simulate --calibrate` re-derives the four
 * marked "calibrated" from the paper's figures. Times are epoch seconds, money US dollars, rates
 * per day; skill is measured in standard deviations of the worker population.
 */
export interface SimulationParameters {
  readonly seed: number
  readonly workers: number
  /** First observed instant (2015-01-01T00:00:00Z). */
  readonly obsStart: number
  /** End of the observed span (2018-01-01T00:00:00Z): nothing at or after it is recorded. */
  readonly obsEnd: number
  /** 'informative': employers learn from credentials; 'placebo': credentials carry no information. */
  readonly credentials: CredentialMode
  /** Workers register uniformly from obsStart − this many days … */
  readonly registrationLeadDays: number
  /** … to obsEnd − this many days. */
  readonly registrationTailDays: number
  /** Calibrated: project arrivals per day for a worker of average activity and neutral belief. */
  readonly baseProjectsPerDay: number
  /** Spread (sd of the log) of workers' activity: availability, network, hours. */
  readonly activitySd: number
  /** Spread (sd of the log) of a worker's going rate, visible to employers, unrelated to skill. */
  readonly rateTraitSd: number
  /** Spread (sd of the log) of one project's value around the worker's expected value. */
  readonly projectValueSd: number
  /** Multiplies every category's median project value. */
  readonly valueScale: number
  /** Smallest project value in US dollars (platform minimum). */
  readonly minProjectUsd: number
  /** Calibrated: log project value per unit of the employers' mean belief about skill (β). */
  readonly valueBeliefWeight: number
  /** Calibrated: log project value lost per unit of the employers' posterior variance (γ). */
  readonly valueUncertaintyCost: number
  /** Calibrated: how strongly the arrival rate follows the same belief index as value (ψ < 1). */
  readonly rateResponse: number
  /** Precision a pass at the pass mark adds to the employers' belief (τ_c). */
  readonly credentialPrecision: number
  /** Extra precision at a perfect score, relative to a pass at the mark (ρ). */
  readonly highScoreBonus: number
  /** Calibrated: precision one completed project (its review, the portfolio) adds (τ_h). */
  readonly historyPrecision: number
  /** Share of projects that are hourly contracts (billed weekly) rather than fixed-price. */
  readonly hourlyShare: number
  /** Median duration in days of a fixed-price project, and of an hourly contract. */
  readonly durationMedianDays: number
  readonly hourlyDurationMedianDays: number
  /** Spread (sd of the log) of durations. */
  readonly durationSd: number
  /** Log-odds of completing a project for a worker of average skill. */
  readonly completionLogOdds: number
  /** Change in those log-odds per skill standard deviation (what skill does do). */
  readonly completionSkillEffect: number
  /** Share of completed projects that get a star rating. */
  readonly ratedShare: number
  /** Stars = round(ratingCentre + ratingScale · review signal), clamped to 1–5. */
  readonly ratingCentre: number
  readonly ratingScale: number
  /** Share of projects paid in instalments (2 … maxInstalments) rather than once at completion. */
  readonly instalmentShare: number
  readonly maxInstalments: number
  /** Days the platform holds a payment before the worker has it (paid_at = billing + this). */
  readonly paymentClearingDays: number
  /** Share of completed projects followed by a bonus not tied to the project, and its size. */
  readonly bonusShare: number
  readonly bonusFraction: number
  readonly bonusDelayDays: number
  /** Employers per worker in the market, and the chance a project comes from a past employer. */
  readonly employersPerWorker: number
  readonly repeatEmployerShare: number
  /** Test attempts per day for an average worker (h₀). */
  readonly testAttemptsPerDay: number
  /** Negative selection: attempts scale by exp(−κ · activity), weaker workers try more (κ). */
  readonly testSelection: number
  /** New entrants try more: attempts × (1 + boost · exp(−age / decay)). */
  readonly newEntrantTestBoost: number
  readonly newEntrantTestDecayDays: number
  /** No attempt before this many days after registration (see docs: the pre-period must exist). */
  readonly testDelayDays: number
  /** Chance an attempt is in the worker's own category rather than any other. */
  readonly ownCategoryTestShare: number
  /** Score = round(scoreCentre + scoreScale · (skill − difficulty + noise)), clamped to 0–100. */
  readonly scoreCentre: number
  readonly scoreScale: number
  /** Sd of a test's measurement noise, in skill units. */
  readonly scoreNoiseSd: number
  /** Lowest passing score; only passes are awarded (and visible). */
  readonly passMark: number
}

export type CredentialMode = 'informative' | 'placebo'

/** 2015-01-01T00:00:00Z and 2018-01-01T00:00:00Z, the paper's and the fixtures' span. */
export const DEFAULT_OBS_START = 1_420_070_400
export const DEFAULT_OBS_END = 1_514_764_800
/** The paper's platform: 46,791 workers. */
export const DEFAULT_WORKERS = 46_791
export const DEFAULT_SEED = 1

export const DEFAULT_PARAMETERS: SimulationParameters = {
  seed: DEFAULT_SEED,
  workers: DEFAULT_WORKERS,
  obsStart: DEFAULT_OBS_START,
  obsEnd: DEFAULT_OBS_END,
  credentials: 'informative',
  registrationLeadDays: 365,
  registrationTailDays: 30,
  baseProjectsPerDay: 0.004441947943920136,
  activitySd: 1.5,
  rateTraitSd: 0.5,
  projectValueSd: 0.9,
  valueScale: 1,
  minProjectUsd: 5,
  valueBeliefWeight: 0.6594074160928167,
  valueUncertaintyCost: 0.32970370804640836,
  rateResponse: 0.7492192558316187,
  credentialPrecision: 0.25,
  highScoreBonus: 1,
  historyPrecision: 0.032565134071299386,
  hourlyShare: 0.6,
  durationMedianDays: 30,
  hourlyDurationMedianDays: 120,
  durationSd: 0.8,
  completionLogOdds: 2.2,
  completionSkillEffect: 0.4,
  ratedShare: 0.8,
  ratingCentre: 4.4,
  ratingScale: 0.15,
  instalmentShare: 0.5,
  maxInstalments: 4,
  paymentClearingDays: 10,
  bonusShare: 0.03,
  bonusFraction: 0.1,
  bonusDelayDays: 3,
  employersPerWorker: 0.6,
  repeatEmployerShare: 0.3,
  testAttemptsPerDay: 0.006,
  testSelection: 0.2,
  newEntrantTestBoost: 0,
  newEntrantTestDecayDays: 90,
  testDelayDays: 90,
  ownCategoryTestShare: 0.85,
  scoreCentre: 62,
  scoreScale: 12,
  scoreNoiseSd: 1,
  passMark: 60,
}
