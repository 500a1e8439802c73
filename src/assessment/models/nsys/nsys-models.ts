import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BASES_FAMILIES } from './bases-families.js'
import { BITS_FAMILIES } from './bits-families.js'
import { BYTES_FAMILIES } from './bytes-families.js'
import { FLOAT_FAMILIES } from './float-families.js'
import { SIGNED_FAMILIES } from './signed-families.js'

/** Each domain's families, for the models and the key test. */
export const NSYS_BASES_FAMILIES: readonly ScenarioFamily[] = BASES_FAMILIES
export const NSYS_SIGNED_FAMILIES: readonly ScenarioFamily[] = SIGNED_FAMILIES
export const NSYS_BITS_FAMILIES: readonly ScenarioFamily[] = BITS_FAMILIES
export const NSYS_BYTES_FAMILIES: readonly ScenarioFamily[] = BYTES_FAMILIES
export const NSYS_FLOAT_FAMILIES: readonly ScenarioFamily[] = FLOAT_FAMILIES

// Many answers are decimal values whose named slips (a byte order, a bias, a place value) fall
// on both sides of the key, so the key's rank among numeric options is aimed; hex, binary and
// text answers are aimed by length and likeness instead, which the same setting implies.
export const nsysBasesModel = scenarioModel({
  id: 'nsys-bases',
  title: 'Number systems: bases and conversions',
  families: NSYS_BASES_FAMILIES,
  aimNumericRank: true,
})
export const nsysSignedModel = scenarioModel({
  id: 'nsys-signed',
  title: 'Number systems: signed integers and overflow',
  families: NSYS_SIGNED_FAMILIES,
  aimNumericRank: true,
})
export const nsysBitsModel = scenarioModel({
  id: 'nsys-bits',
  title: 'Number systems: bitwise operations and masks',
  families: NSYS_BITS_FAMILIES,
  aimNumericRank: true,
})
export const nsysBytesModel = scenarioModel({
  id: 'nsys-bytes',
  title: 'Number systems: byte order and text encodings',
  families: NSYS_BYTES_FAMILIES,
  aimNumericRank: true,
})
export const nsysFloatModel = scenarioModel({
  id: 'nsys-float',
  title: 'Number systems: floating point and fixed point',
  families: NSYS_FLOAT_FAMILIES,
  aimNumericRank: true,
})

/** The number systems test's item models, one per blueprint domain. */
export const NSYS_MODELS = [
  nsysBasesModel,
  nsysSignedModel,
  nsysBitsModel,
  nsysBytesModel,
  nsysFloatModel,
] as const
