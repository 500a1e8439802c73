import { scenarioModel } from '../scenario/scenario-model.js'
import { BRIEF_FAMILIES } from './brief-families.js'
import { CITATION_FAMILIES } from './citation-families.js'
import { CONSISTENCY_FAMILIES } from './consistency-families.js'
import { LANGUAGE_FAMILIES } from './language-families.js'
import { NUMBER_FAMILIES } from './number-families.js'
import { MERGE_FAMILY, NUMBERING_FAMILIES } from './numbering-families.js'
import { CHECK_FAMILIES, ORDER_FAMILIES } from './range-families.js'
import { SHEET_FAMILIES } from './sheet-families.js'
import { TRACK_FAMILIES } from './track-families.js'

/** Applying a stated house style sheet: numbers, serial comma, title case, abbreviations. */
export const COPYEDIT_STYLE_FAMILIES = [...NUMBER_FAMILIES, ...SHEET_FAMILIES]
/** Consistency and fact checks worked out before a query: calendar, totals, shares, ranks. */
export const COPYEDIT_CHECK_FAMILIES = [...CONSISTENCY_FAMILIES, ...CHECK_FAMILIES]
/** Numbering, cross-references, headings, ranges and index order. */
export const COPYEDIT_NUMBERING_FAMILIES = [...NUMBERING_FAMILIES, MERGE_FAMILY, ...ORDER_FAMILIES]
/** Plain and bias-free language, recasting, and tracked changes. */
export const COPYEDIT_LANGUAGE_FAMILIES = [...LANGUAGE_FAMILIES, ...TRACK_FAMILIES]

export const copyeditStyleModel = scenarioModel({
  id: 'copyed-style',
  title: 'Copy editing: applying a house style sheet',
  families: COPYEDIT_STYLE_FAMILIES,
  aimKeyPlaces: true,
})
export const copyeditChecksModel = scenarioModel({
  id: 'copyed-checks',
  title: 'Copy editing: consistency and fact checks',
  families: COPYEDIT_CHECK_FAMILIES,
})
export const copyeditNumberingModel = scenarioModel({
  id: 'copyed-numbering',
  title: 'Copy editing: numbering, cross-references and ordering',
  families: COPYEDIT_NUMBERING_FAMILIES,
})
export const copyeditCitationsModel = scenarioModel({
  id: 'copyed-citations',
  title: 'Copy editing: author–date citations and the reference list',
  families: CITATION_FAMILIES,
  aimKeyPlaces: true,
})
export const copyeditQueriesModel = scenarioModel({
  id: 'copyed-queries',
  title: 'Copy editing: querying the author or fixing by the brief',
  families: BRIEF_FAMILIES,
})
export const copyeditLanguageModel = scenarioModel({
  id: 'copyed-language',
  title: 'Copy editing: plain and bias-free language, recasting and tracked changes',
  families: COPYEDIT_LANGUAGE_FAMILIES,
  aimKeyPlaces: true,
})

/** The copy-editing test's item models, one per blueprint domain. */
export const COPYEDIT_MODELS = [
  copyeditStyleModel,
  copyeditChecksModel,
  copyeditNumberingModel,
  copyeditCitationsModel,
  copyeditQueriesModel,
  copyeditLanguageModel,
] as const
