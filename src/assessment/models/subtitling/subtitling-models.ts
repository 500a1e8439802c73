import { scenarioModel } from '../scenario/scenario-model.js'
import {
  EXTRA_FORMAT_FAMILIES,
  EXTRA_READING_FAMILIES,
  EXTRA_SDH_FAMILIES,
  EXTRA_TIMING_FAMILIES,
} from './extra-families.js'
import { FORMAT_FAMILIES } from './format-families.js'
import { QC_FAMILIES, SHOT_CHANGE_FAMILIES } from './qc-families.js'
import { READING_FAMILIES } from './reading-families.js'
import { READING_MORE_FAMILIES } from './reading-more-families.js'
import { SDH_FAMILIES } from './sdh-families.js'
import { SEGMENT_FAMILIES } from './segment-families.js'
import { TIMING_FAMILIES } from './timing-families.js'

/** Timecode arithmetic and the spotting rules a stated guide gives. */
export const SUB_TIMING_FAMILIES = [
  ...TIMING_FAMILIES,
  ...SHOT_CHANGE_FAMILIES,
  ...EXTRA_TIMING_FAMILIES,
]
export const SUB_READING_FAMILIES = [
  ...READING_FAMILIES,
  ...EXTRA_READING_FAMILIES,
  ...READING_MORE_FAMILIES,
]
export const SUB_FORMAT_FAMILIES = [...FORMAT_FAMILIES, ...EXTRA_FORMAT_FAMILIES]
export const SUB_SDH_FAMILIES = [...SDH_FAMILIES, ...EXTRA_SDH_FAMILIES]
export const subtitlingTimingModel = scenarioModel({
  id: 'subtitling-timing',
  title: 'Subtitling: timecode, durations, gaps and shot changes',
  families: SUB_TIMING_FAMILIES,
  aimKeyPlaces: true,
})

export const subtitlingReadingModel = scenarioModel({
  id: 'subtitling-reading',
  title: 'Subtitling: reading speed and character limits',
  families: SUB_READING_FAMILIES,
  aimKeyPlaces: true,
})

export const subtitlingSegmentationModel = scenarioModel({
  id: 'subtitling-segmentation',
  title: 'Subtitling: line breaks and condensation',
  families: SEGMENT_FAMILIES,
  aimKeyPlaces: true,
})

export const subtitlingFormatsModel = scenarioModel({
  id: 'subtitling-formats',
  title: 'Subtitling: SRT, WebVTT and TTML files',
  families: SUB_FORMAT_FAMILIES,
  aimKeyPlaces: true,
})

export const subtitlingSdhModel = scenarioModel({
  id: 'subtitling-sdh',
  title: 'Subtitling: SDH, caption kinds and FCC quality standards',
  families: SUB_SDH_FAMILIES,
  aimKeyPlaces: true,
})

export const subtitlingQcModel = scenarioModel({
  id: 'subtitling-qc',
  title: 'Subtitling: quality control and delivery',
  families: QC_FAMILIES,
  aimKeyPlaces: true,
})

/** The subtitling test's item models, one per blueprint domain. */
export const SUBTITLING_MODELS = [
  subtitlingTimingModel,
  subtitlingReadingModel,
  subtitlingSegmentationModel,
  subtitlingFormatsModel,
  subtitlingSdhModel,
  subtitlingQcModel,
] as const
