import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { AUDIO_FAMILIES } from './audio-families.js'
import { DELIVERY_FAMILIES } from './delivery-families.js'
import { EDIT_FAMILIES } from './edit-families.js'
import { LOGISTICS_FAMILIES } from './logistics-families.js'
import { TIMECODE_FAMILIES } from './timecode-families.js'

/** Each domain's families, for the models and the key test. */
export const VIDEO_TIMECODE_FAMILIES: readonly ScenarioFamily[] = TIMECODE_FAMILIES
export const VIDEO_EDIT_FAMILIES: readonly ScenarioFamily[] = EDIT_FAMILIES
export const VIDEO_DELIVERY_FAMILIES: readonly ScenarioFamily[] = DELIVERY_FAMILIES
export const VIDEO_AUDIO_FAMILIES: readonly ScenarioFamily[] = AUDIO_FAMILIES
export const VIDEO_LOGISTICS_FAMILIES: readonly ScenarioFamily[] = LOGISTICS_FAMILIES

// Answers are timecodes or numbers with a unit. Number sets are aimed by rank (each family's
// named mistakes fall on both sides of its key in most draws); timecode sets, which state several
// numbers each, fall back to aiming the key's place by length and likeness.
export const videoTimecodeModel = scenarioModel({
  id: 'vid-timecode',
  title: 'Video editing: timecode, drop-frame, frame rates, retiming and pulldown',
  families: VIDEO_TIMECODE_FAMILIES,
  aimNumericRank: true,
})
export const videoEditModel = scenarioModel({
  id: 'vid-edit',
  title: 'Video editing: ripple, roll, slip, slide, three-point and split edits on the timeline',
  families: VIDEO_EDIT_FAMILIES,
  aimNumericRank: true,
})
export const videoDeliveryModel = scenarioModel({
  id: 'vid-delivery',
  title: 'Video editing: delivery specs, bit-rate budgets, frame geometry and pixel aspect',
  families: VIDEO_DELIVERY_FAMILIES,
  aimNumericRank: true,
})
export const videoAudioModel = scenarioModel({
  id: 'vid-audio',
  title: 'Video editing: audio levels, loudness targets, PCM data and sync offsets',
  families: VIDEO_AUDIO_FAMILIES,
  aimNumericRank: true,
})
export const videoLogisticsModel = scenarioModel({
  id: 'vid-logistics',
  title: 'Video editing: storage, transfer and render time, billing and subtitle timing',
  families: VIDEO_LOGISTICS_FAMILIES,
  aimNumericRank: true,
})

/** The video editing test's item models, one per blueprint domain. */
export const VIDEO_MODELS = [
  videoTimecodeModel,
  videoEditModel,
  videoDeliveryModel,
  videoAudioModel,
  videoLogisticsModel,
] as const
