import { scenarioModel } from '../scenario/scenario-model.js'
import { BLEND_FAMILIES } from './blend-families.js'
import { COLOUR_FAMILIES } from './colour-families.js'
import { EXPORT_FAMILIES } from './export-families.js'
import { LAYER_FAMILIES } from './layer-families.js'
import type { PsFamily } from './ps-text.js'
import { SIZE_FAMILIES } from './size-families.js'

export const PS_SIZE_FAMILIES: readonly PsFamily[] = SIZE_FAMILIES
export const PS_BLEND_FAMILIES: readonly PsFamily[] = BLEND_FAMILIES
export const PS_LAYER_FAMILIES: readonly PsFamily[] = LAYER_FAMILIES
export const PS_COLOUR_FAMILIES: readonly PsFamily[] = COLOUR_FAMILIES
export const PS_EXPORT_FAMILIES: readonly PsFamily[] = EXPORT_FAMILIES

export const psSizeModel = scenarioModel({
  id: 'ps-image-size',
  title: 'Photoshop: image size, resolution, resampling and canvas',
  families: PS_SIZE_FAMILIES,
  aimKeyPlaces: true,
})

export const psBlendModel = scenarioModel({
  id: 'ps-blend-modes',
  title: 'Photoshop: blend modes, opacity and fill',
  families: PS_BLEND_FAMILIES,
  aimKeyPlaces: true,
})

export const psLayerModel = scenarioModel({
  id: 'ps-layers-masks',
  title: 'Photoshop: masks, adjustment layers, smart objects, selections and history',
  families: PS_LAYER_FAMILIES,
  aimKeyPlaces: true,
})

export const psColourModel = scenarioModel({
  id: 'ps-colour-modes',
  title: 'Photoshop: colour modes, bit depth and colour profiles',
  families: PS_COLOUR_FAMILIES,
  aimKeyPlaces: true,
})

export const psExportModel = scenarioModel({
  id: 'ps-export',
  title: 'Photoshop: saving and exporting for web and print',
  families: PS_EXPORT_FAMILIES,
  aimKeyPlaces: true,
})

/** The Photoshop test's item models, one per blueprint domain. */
export const PS_MODELS = [
  psSizeModel,
  psBlendModel,
  psLayerModel,
  psColourModel,
  psExportModel,
] as const
