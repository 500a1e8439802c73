import { scenarioModel } from '../scenario/scenario-model.js'
import { FIELD_RULE_FAMILIES } from './field-rule-families.js'
import { LAYOUT_RULE_FAMILIES } from './layout-rule-families.js'
import { MERGE_FAMILIES } from './merge-families.js'
import { MERGE_RULE_FAMILIES } from './merge-rule-families.js'
import {
  MORE_LAYOUT_FAMILIES,
  MORE_MERGE_FAMILIES,
  MORE_REFERENCE_FAMILIES,
  MORE_REVIEW_FAMILIES,
} from './more-rule-families.js'
import type { WordFamily } from './msword-text.js'
import { PICTURE_FAMILIES } from './picture-families.js'
import { REFERENCE_FAMILIES } from './reference-families.js'
import { REVIEW_FAMILIES } from './review-families.js'
import { SECTION_FAMILIES } from './section-families.js'
import { STYLE_FAMILIES } from './style-families.js'
import { STYLE_RULE_FAMILIES } from './style-rule-families.js'

export const WORD_STYLE_FAMILIES: readonly WordFamily[] = [
  ...STYLE_FAMILIES,
  ...STYLE_RULE_FAMILIES,
]
export const WORD_LAYOUT_FAMILIES: readonly WordFamily[] = [
  ...SECTION_FAMILIES,
  ...LAYOUT_RULE_FAMILIES,
  ...MORE_LAYOUT_FAMILIES,
]
export const WORD_FIELD_FAMILIES: readonly WordFamily[] = [
  ...PICTURE_FAMILIES,
  ...FIELD_RULE_FAMILIES,
]
export const WORD_MERGE_FAMILIES: readonly WordFamily[] = [
  ...MERGE_FAMILIES,
  ...MERGE_RULE_FAMILIES,
  ...MORE_MERGE_FAMILIES,
]
export const WORD_REVIEW_FAMILIES: readonly WordFamily[] = [
  ...REVIEW_FAMILIES,
  ...MORE_REVIEW_FAMILIES,
]
export const WORD_REFERENCE_FAMILIES: readonly WordFamily[] = [
  ...REFERENCE_FAMILIES,
  ...MORE_REFERENCE_FAMILIES,
]

// Families offer more wrong answers than an item shows, so each model aims the key's place.
export const wordStylesModel = scenarioModel({
  id: 'msword-styles',
  title: 'Microsoft Word: styles and document structure',
  families: WORD_STYLE_FAMILIES,
  aimKeyPlaces: true,
})
export const wordLayoutModel = scenarioModel({
  id: 'msword-layout',
  title: 'Microsoft Word: sections, headers, footers and page numbers',
  families: WORD_LAYOUT_FAMILIES,
  aimKeyPlaces: true,
})
export const wordFieldsModel = scenarioModel({
  id: 'msword-fields',
  title: 'Microsoft Word: fields and their switches',
  families: WORD_FIELD_FAMILIES,
  aimKeyPlaces: true,
})
export const wordMergeModel = scenarioModel({
  id: 'msword-merge',
  title: 'Microsoft Word: mail merge',
  families: WORD_MERGE_FAMILIES,
  aimKeyPlaces: true,
})
export const wordReviewModel = scenarioModel({
  id: 'msword-review',
  title: 'Microsoft Word: review and collaboration',
  families: WORD_REVIEW_FAMILIES,
  aimKeyPlaces: true,
})
export const wordReferencesModel = scenarioModel({
  id: 'msword-references',
  title: 'Microsoft Word: long documents and references',
  families: WORD_REFERENCE_FAMILIES,
  aimKeyPlaces: true,
})

/** The Microsoft Word test's item models, one per blueprint domain. */
export const MSWORD_MODELS = [
  wordStylesModel,
  wordLayoutModel,
  wordFieldsModel,
  wordMergeModel,
  wordReviewModel,
  wordReferencesModel,
] as const
