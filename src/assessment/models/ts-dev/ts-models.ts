import { scenarioModel } from '../scenario/scenario-model.js'
import { ASSIGNABILITY_FAMILIES } from './assignability-families.js'
import { DATA_FAMILIES } from './data-families.js'
import { GENERIC_FAMILIES } from './generic-families.js'
import { NARROWING_FAMILIES } from './narrowing-families.js'
import type { TsFamily } from './probe.js'
import { STRICT_FLAG_FAMILIES } from './strict-flag-families.js'
import { TYPE_OPERATOR_FAMILIES } from './type-operator-families.js'

/** Every TypeScript model's families by model id, for the test that compiles each option with tsc. */
export const TS_FAMILIES_BY_MODEL: ReadonlyMap<string, readonly TsFamily[]> = new Map([
  ['ts-dev-assignability', ASSIGNABILITY_FAMILIES],
  ['ts-dev-narrowing', NARROWING_FAMILIES],
  ['ts-dev-generics', GENERIC_FAMILIES],
  ['ts-dev-type-operators', TYPE_OPERATOR_FAMILIES],
  ['ts-dev-strict-flags', STRICT_FLAG_FAMILIES],
  ['ts-dev-data', DATA_FAMILIES],
])

export const tsAssignabilityModel = scenarioModel({
  id: 'ts-dev-assignability',
  title: 'TypeScript: reading type errors and assignability',
  families: ASSIGNABILITY_FAMILIES,
  aimKeyPlaces: true,
})

export const tsNarrowingModel = scenarioModel({
  id: 'ts-dev-narrowing',
  title: 'TypeScript: narrowing and control flow analysis',
  families: NARROWING_FAMILIES,
  aimKeyPlaces: true,
})

export const tsGenericsModel = scenarioModel({
  id: 'ts-dev-generics',
  title: 'TypeScript: generics and constraints',
  families: GENERIC_FAMILIES,
  aimKeyPlaces: true,
})

export const tsTypeOperatorsModel = scenarioModel({
  id: 'ts-dev-type-operators',
  title: 'TypeScript: utility, mapped and conditional types',
  families: TYPE_OPERATOR_FAMILIES,
  aimKeyPlaces: true,
})

export const tsStrictFlagsModel = scenarioModel({
  id: 'ts-dev-strict-flags',
  title: 'TypeScript: strict-mode and checking flags',
  families: STRICT_FLAG_FAMILIES,
  aimKeyPlaces: true,
})

export const tsDataModel = scenarioModel({
  id: 'ts-dev-data',
  title: 'TypeScript: typing APIs, data and declaration files',
  families: DATA_FAMILIES,
  aimKeyPlaces: true,
})

/** The TypeScript test's item models, one per blueprint domain. */
export const TS_DEV_MODELS = [
  tsAssignabilityModel,
  tsNarrowingModel,
  tsGenericsModel,
  tsTypeOperatorsModel,
  tsStrictFlagsModel,
  tsDataModel,
] as const
