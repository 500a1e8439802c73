import { z } from 'zod'
import type { TestCalibration, TestDefinition, TestStatistics } from '../../assessment/index.js'

/** A test as the catalog shows it: everything but its item models and items. */
export const testView = z.object({
  id: z.string(),
  title: z.string(),
  skill: z.object({ label: z.string(), escoUri: z.string().nullable() }),
  category: z.string(),
  description: z.string(),
  learningOutcomes: z.array(z.string()),
  workloadHours: z.number(),
  eqfLevel: z.number().int(),
  blueprint: z.array(z.object({ id: z.string(), title: z.string(), weight: z.number() })),
  form: z.object({
    scoredItems: z.number().int(),
    maxPretestItems: z.number().int(),
    secondsPerItem: z.number(),
  }),
  timeLimitSeconds: z.number(),
  /** The pass mark in percent, to one decimal (an Angoff cut is rarely a whole number). */
  cutPercent: z.number(),
  /** How the cut was set: a fixed percentage, or modified Angoff mapped to the ability scale. */
  cutMethod: z.enum(['fixed-percent', 'modified-angoff']),
  /** The cut-score record in words (panel, ratings, calibrated or not); null for a fixed cut. */
  standardSetting: z.string().nullable(),
  retakePolicy: z.object({
    waitDays: z.array(z.number()),
    maxAttemptsPerWindow: z.number().int(),
    windowDays: z.number(),
    renewalWindowDays: z.number(),
  }),
  validityMonths: z.number().int(),
  version: z.number().int(),
})

export function presentTest(test: TestDefinition): z.infer<typeof testView> {
  return {
    id: test.id,
    title: test.title,
    skill: { label: test.skill.label, escoUri: test.skill.escoUri ?? null },
    category: test.category,
    description: test.description,
    learningOutcomes: [...test.learningOutcomes],
    workloadHours: test.workloadHours,
    eqfLevel: test.eqfLevel,
    blueprint: test.blueprint.map((d) => ({ id: d.id, title: d.title, weight: d.weight })),
    form: {
      scoredItems: test.form.scoredItems,
      maxPretestItems: test.form.maxPretestItems,
      secondsPerItem: test.form.secondsPerItem,
    },
    timeLimitSeconds: test.timeLimitSeconds,
    cutPercent: Math.round(test.passRule.cutPercent * 10) / 10,
    cutMethod: test.passRule.kind === 'ability-cut' ? test.passRule.method : 'fixed-percent',
    standardSetting: test.standardSetting ?? null,
    retakePolicy: {
      waitDays: [...test.retakePolicy.waitDays],
      maxAttemptsPerWindow: test.retakePolicy.maxAttemptsPerWindow,
      windowDays: test.retakePolicy.windowDays,
      renewalWindowDays: test.retakePolicy.renewalWindowDays,
    },
    validityMonths: test.validityMonths,
    version: test.version,
  }
}

/** NaN (no variance, no responses) leaves as null: JSON has no NaN. */
const statistic = z.number().nullable()
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null)

/** Item statistics for a test's owners: psychometrics only, never an item's key or text. */
export const statisticsView = z.object({
  testId: z.string(),
  attempts: z.number().int(),
  reliability: z.object({ kr20: statistic, sem: statistic, scoreVariance: statistic }).nullable(),
  items: z.array(
    z.object({
      itemId: z.string(),
      source: z.enum(['item', 'model']),
      responses: z.number().int(),
      facility: statistic,
      correctedPointBiserial: statistic,
      omitShare: statistic,
      exposureRate: statistic,
      medianTimeMs: statistic,
      pulled: z.boolean(),
      flags: z.array(z.object({ kind: z.string() }).passthrough()),
      leakSignals: z.array(z.object({ kind: z.string() }).passthrough()),
      options: z.array(
        z.object({
          optionId: z.string(),
          isKey: z.boolean(),
          chosenShare: statistic,
          meanRestScore: statistic,
          pointBiserial: statistic,
        }),
      ),
    }),
  ),
  integritySignals: z.array(z.object({ kind: z.string() }).passthrough()),
})

export function presentStatistics(s: TestStatistics): z.infer<typeof statisticsView> {
  return {
    testId: s.testId,
    attempts: s.attempts,
    reliability: s.reliability
      ? {
          kr20: finite(s.reliability.kr20),
          sem: finite(s.reliability.sem),
          scoreVariance: finite(s.reliability.scoreVariance),
        }
      : null,
    items: s.items.map((item) => ({
      itemId: item.itemId,
      source: item.source,
      responses: item.responses,
      facility: finite(item.facility),
      correctedPointBiserial: finite(item.correctedPointBiserial),
      omitShare: finite(item.omitShare),
      exposureRate: finite(item.exposureRate),
      medianTimeMs: item.medianTimeMs,
      pulled: item.pulled,
      flags: item.flags.map((f) => ({ ...f })),
      leakSignals: item.leakSignals.map((l) => ({ ...l })),
      options: item.options.map((o) => ({
        optionId: o.optionId,
        isKey: o.isKey,
        chosenShare: finite(o.chosenShare),
        meanRestScore: finite(o.meanRestScore),
        pointBiserial: finite(o.pointBiserial),
      })),
    })),
    integritySignals: s.integritySignals.map((signal) => ({ ...signal })),
  }
}

/** A calibration: the Rasch difficulty of each item, and whether it now delivers adaptively. */
export const calibrationView = z.object({
  testId: z.string(),
  attempts: z.number().int(),
  abilitySd: z.number(),
  converged: z.boolean(),
  adaptive: z.boolean(),
  items: z.array(
    z.object({
      itemRef: z.string(),
      difficulty: z.number(),
      standardError: z.number().nullable(),
      responses: z.number().int(),
      exposureParameter: z.number(),
    }),
  ),
})

export function presentCalibration(c: TestCalibration): z.infer<typeof calibrationView> {
  return {
    testId: c.testId,
    attempts: c.attempts,
    abilitySd: c.abilitySd,
    converged: c.converged,
    adaptive: c.adaptive,
    items: c.items.map((i) => ({
      itemRef: i.itemRef,
      difficulty: i.difficulty,
      standardError: Number.isFinite(i.standardError) ? i.standardError : null,
      responses: i.responses,
      exposureParameter: i.exposureParameter,
    })),
  }
}
