import { scenarioModel } from '../scenario/scenario-model.js'
import { ACCESS_FAMILIES } from './access-families.js'
import { CHARACTER_FAMILIES } from './character-families.js'
import { CLASS_FAMILIES } from './class-families.js'
import { COMPUTED_FAMILIES } from './computed-families.js'
import { CSS_RULE_FAMILIES } from './css-rule-families.js'
import {
  MORE_ACCESS_FAMILIES,
  MORE_FEATURE_FAMILIES,
  MORE_SETTING_FAMILIES,
} from './extra-families.js'
import { FALLBACK_FAMILIES } from './fallback-families.js'
import { METRIC_FAMILIES } from './metric-families.js'
import { OPENTYPE_FAMILIES } from './opentype-families.js'
import { RHYTHM_FAMILIES } from './rhythm-families.js'
import { MEASURE_FAMILIES, SCALE_FAMILIES } from './scale-families.js'
import { SETTING_FAMILIES } from './setting-families.js'
import type { TypoFamily } from './typo-text.js'
import { UNIT_FAMILIES, WEIGHT_FAMILIES } from './units-families.js'
import { WEBFONT_FAMILIES } from './webfont-families.js'

const byId = (families: readonly TypoFamily[], ids: readonly string[]) =>
  families.filter((f) => ids.includes(f.id.replace(/^typo-/, '')))
const without = (families: readonly TypoFamily[], ids: readonly string[]) =>
  families.filter((f) => !ids.includes(f.id.replace(/^typo-/, '')))

const SETTING_IN_SCALE = [
  'measure-range',
  'leading-against-size',
  'letterspacing-capitals',
  'paragraph-marking',
]
const CSS_IN_FACES = ['widows-and-orphans', 'hyphenation-and-rivers']
const METRIC_IN_OTHERS = [
  'copyfit-pages',
  'print-leading-to-css-pixels',
  'optical-size-auto-value',
  'oblique-angle-to-slnt',
]
const TEXT_SPACING = ['wcag-text-spacing-values']
const FACES_IN_UNITS = ['weight-class-names', 'font-stretch-keywords']

export const TYPO_SCALE_FAMILIES: readonly TypoFamily[] = [
  ...SCALE_FAMILIES,
  ...MEASURE_FAMILIES,
  ...RHYTHM_FAMILIES,
  ...byId(SETTING_FAMILIES, SETTING_IN_SCALE),
  ...byId(METRIC_FAMILIES, ['copyfit-pages']),
]
export const TYPO_CSS_FAMILIES: readonly TypoFamily[] = [
  ...UNIT_FAMILIES,
  ...WEIGHT_FAMILIES,
  ...without(COMPUTED_FAMILIES, TEXT_SPACING),
  ...without(CSS_RULE_FAMILIES, CSS_IN_FACES),
  ...byId(CLASS_FAMILIES, FACES_IN_UNITS),
  ...byId(METRIC_FAMILIES, ['print-leading-to-css-pixels']),
]
export const TYPO_FACE_FAMILIES: readonly TypoFamily[] = [
  ...without(CLASS_FAMILIES, FACES_IN_UNITS),
  ...without(SETTING_FAMILIES, SETTING_IN_SCALE),
  ...byId(CSS_RULE_FAMILIES, CSS_IN_FACES),
  ...without(METRIC_FAMILIES, METRIC_IN_OTHERS),
  ...MORE_SETTING_FAMILIES,
]
export const TYPO_FEATURE_FAMILIES: readonly TypoFamily[] = [
  ...OPENTYPE_FAMILIES,
  ...CHARACTER_FAMILIES,
  ...byId(METRIC_FAMILIES, ['optical-size-auto-value', 'oblique-angle-to-slnt']),
  ...MORE_FEATURE_FAMILIES,
  ...byId(FALLBACK_FAMILIES, ['language-and-kerning-controls']),
]
export const TYPO_WEB_FAMILIES: readonly TypoFamily[] = [
  ...WEBFONT_FAMILIES,
  ...ACCESS_FAMILIES,
  ...byId(COMPUTED_FAMILIES, TEXT_SPACING),
  ...without(FALLBACK_FAMILIES, ['language-and-kerning-controls']),
  ...MORE_ACCESS_FAMILIES,
]

export const typoScaleModel = scenarioModel({
  id: 'typo-scale-rhythm',
  title: 'Typography: type scales, measure and vertical rhythm',
  families: TYPO_SCALE_FAMILIES,
})

export const typoCssModel = scenarioModel({
  id: 'typo-units-css',
  title: 'Typography: units and computed font properties',
  families: TYPO_CSS_FAMILIES,
})

export const typoFacesModel = scenarioModel({
  id: 'typo-faces-setting',
  title: 'Typography: classification, pairing, metrics and setting',
  families: TYPO_FACE_FAMILIES,
})

export const typoFeaturesModel = scenarioModel({
  id: 'typo-features-characters',
  title: 'Typography: OpenType features and characters',
  families: TYPO_FEATURE_FAMILIES,
})

export const typoWebModel = scenarioModel({
  id: 'typo-webfonts-access',
  title: 'Typography: web font loading and accessible type',
  families: TYPO_WEB_FAMILIES,
})

/** The typography test's item models, one per blueprint domain. */
export const TYPO_MODELS = [
  typoScaleModel,
  typoCssModel,
  typoFacesModel,
  typoFeaturesModel,
  typoWebModel,
] as const
