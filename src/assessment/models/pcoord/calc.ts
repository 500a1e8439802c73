import { VariantError } from '../assemble-variant.js'
import {
  distinctWrongs,
  type Scenario,
  type ScenarioFamily,
  type Wrong,
} from '../scenario/scenario-model.js'
import {
  type EvCalc,
  type EvRuleCalc,
  type EvStatusCalc,
  readEv,
  readEvRule,
  readEvStatus,
} from './earned-value.js'
import { type RuleCalc, readRule } from './rules.js'
import { readSchedule, type ScheduleCalc } from './schedule.js'

/** Any computed reading of a stem's figures: a schedule, earned value, or a stated rule. */
export type Calc = ScheduleCalc | EvCalc | EvRuleCalc | EvStatusCalc | RuleCalc

export function read(c: Calc): string {
  switch (c.op) {
    case 'schedule':
      return readSchedule(c)
    case 'ev':
      return readEv(c)
    case 'evRule':
      return readEvRule(c)
    case 'evStatus':
      return readEvStatus(c)
    case 'rule':
      return readRule(c)
  }
}

/** A scenario whose key and wrong answers are readings the key test recomputes on its own. */
export interface CalcScenario extends Scenario {
  readonly calcs: {
    readonly key: Calc
    readonly wrong: readonly (readonly [Calc, string])[]
  }
}

/**
 * The scenario of a stem and its readings: the key's text and each mistake's text are what the
 * readings give. A reading the drawn figures cannot give (no single critical path) redraws.
 */
export function computed(
  stem: string,
  key: Calc,
  wrong: readonly (readonly [Calc, string])[],
): CalcScenario {
  try {
    const wrongs: Wrong[] = wrong.map(([c, m]) => [read(c), m])
    return { stem, key: read(key), wrong: wrongs, calcs: { key, wrong } }
  } catch (error) {
    throw new VariantError(`a draw the readings cannot answer: ${(error as Error).message}`)
  }
}

/**
 * A family that draws again, inside itself, until its figures give a single answer and three
 * distinct wrong ones: ties between paths or mistakes that land on the key are common in small
 * networks, and a family should not fail the model for them.
 */
export function retrying(family: ScenarioFamily): ScenarioFamily {
  return {
    id: family.id,
    draw(rng) {
      for (let i = 0; i < 60; i++) {
        try {
          const s = family.draw(rng)
          if (distinctWrongs(s).length >= 3) return s
        } catch (error) {
          if (!(error instanceof VariantError)) throw error
        }
      }
      throw new VariantError(`${family.id}: no draw with a single answer and three distractors`)
    },
  }
}
