import type { ItemModel } from '../item-model.js'
import { ADJUSTMENT_FAMILIES } from '../models/bookkeeping/adjustment-families.js'
import {
  adjustmentsModel,
  reconciliationModel,
  recordingModel,
  reportsModel,
  salesTaxModel,
} from '../models/bookkeeping/bookkeeping-models.js'
import { RECONCILIATION_FAMILIES } from '../models/bookkeeping/reconciliation-families.js'
import { RECORDING_FAMILIES } from '../models/bookkeeping/recording-families.js'
import { REPORTS_FAMILIES } from '../models/bookkeeping/reports-families.js'
import { SALES_TAX_FAMILIES } from '../models/bookkeeping/sales-tax-families.js'
import { AUDIENCE_FAMILIES } from '../models/copywriting/audience-families.js'
import { CLAIMS_FAMILIES } from '../models/copywriting/claims-families.js'
import { CLARITY_FAMILIES } from '../models/copywriting/clarity-families.js'
import {
  copyAudienceModel,
  copyClaimsModel,
  copyClarityModel,
  copyHeadlinesCtasModel,
  copyTestingModel,
} from '../models/copywriting/copywriting-models.js'
import { HEADLINE_CTA_FAMILIES } from '../models/copywriting/headline-cta-families.js'
import { TESTING_FAMILIES } from '../models/copywriting/testing-families.js'
import { COLOUR_ACCESS_FAMILIES } from '../models/design/colour-access-families.js'
import { FIGMA_FAMILIES } from '../models/design/figma-families.js'
import { LAYOUT_FAMILIES } from '../models/design/layout-families.js'
import { PATTERN_FAMILIES } from '../models/design/pattern-families.js'
import { TYPOGRAPHY_FAMILIES } from '../models/design/typography-families.js'
import {
  uiColourAccessModel,
  uiFigmaModel,
  uiLayoutModel,
  uiPatternsModel,
  uiTypographyModel,
} from '../models/design/ui-design-models.js'
import { DATA_TOOL_FAMILIES } from '../models/office/data-tool-families.js'
import { DOCUMENT_FAMILIES } from '../models/office/document-families.js'
import { FORMULA_FAMILIES } from '../models/office/formula-families.js'
import {
  documentsModel,
  presentationsModel,
  sheetFormulasModel,
  sheetToolsModel,
} from '../models/office/office-models.js'
import { PRESENTATION_FAMILIES } from '../models/office/presentation-families.js'
import { INDEXING_FAMILIES } from '../models/seo/indexing-families.js'
import { ON_PAGE_FAMILIES } from '../models/seo/on-page-families.js'
import { ROBOTS_FAMILIES } from '../models/seo/robots-families.js'
import { SEARCH_CONSOLE_FAMILIES } from '../models/seo/search-console-families.js'
import {
  seoCrawlIndexModel,
  seoOnPageModel,
  seoSearchConsoleModel,
  seoStructuredDataModel,
} from '../models/seo/seo-models.js'
import { STRUCTURED_DATA_FAMILIES } from '../models/seo/structured-data-families.js'
import { FR_CONVENTIONS_FAMILIES } from '../models/translation/french/fr-conventions-families.js'
import { FR_GRAMMAR_FAMILIES } from '../models/translation/french/fr-grammar-families.js'
import { FR_LEXIS_FAMILIES } from '../models/translation/french/fr-lexis-families.js'
import {
  frConventionsModel,
  frGrammarModel,
  frLexisModel,
  frRegisterModel,
} from '../models/translation/french/fr-models.js'
import { FR_REGISTER_FAMILIES } from '../models/translation/french/fr-register-families.js'
import { DE_CONVENTIONS_FAMILIES } from '../models/translation/german/de-conventions-families.js'
import { DE_GRAMMAR_FAMILIES } from '../models/translation/german/de-grammar-families.js'
import { DE_LEXIS_FAMILIES } from '../models/translation/german/de-lexis-families.js'
import {
  deConventionsModel,
  deGrammarModel,
  deLexisModel,
  deRegisterModel,
} from '../models/translation/german/de-models.js'
import { DE_REGISTER_FAMILIES } from '../models/translation/german/de-register-families.js'
import { IT_CONVENTIONS_FAMILIES } from '../models/translation/italian/it-conventions-families.js'
import { IT_GRAMMAR_FAMILIES } from '../models/translation/italian/it-grammar-families.js'
import { IT_LEXIS_FAMILIES } from '../models/translation/italian/it-lexis-families.js'
import {
  itConventionsModel,
  itGrammarModel,
  itLexisModel,
  itRegisterModel,
} from '../models/translation/italian/it-models.js'
import { IT_REGISTER_FAMILIES } from '../models/translation/italian/it-register-families.js'
import { ES_CONVENTIONS_FAMILIES } from '../models/translation/spanish/es-conventions-families.js'
import { ES_GRAMMAR_FAMILIES } from '../models/translation/spanish/es-grammar-families.js'
import { ES_LEXIS_FAMILIES } from '../models/translation/spanish/es-lexis-families.js'
import {
  esConventionsModel,
  esGrammarModel,
  esLexisModel,
  esRegisterModel,
} from '../models/translation/spanish/es-models.js'
import { ES_REGISTER_FAMILIES } from '../models/translation/spanish/es-register-families.js'
import type { FamilySource } from './family-review.js'

/** Each reviewed item model with the families it draws from, as their authors wrote them. */
const MODEL_SOURCES: readonly (readonly [ItemModel, readonly FamilySource[]])[] = [
  [recordingModel, RECORDING_FAMILIES],
  [adjustmentsModel, ADJUSTMENT_FAMILIES],
  [reconciliationModel, RECONCILIATION_FAMILIES],
  [salesTaxModel, SALES_TAX_FAMILIES],
  [reportsModel, REPORTS_FAMILIES],
  [sheetFormulasModel, FORMULA_FAMILIES],
  [sheetToolsModel, DATA_TOOL_FAMILIES],
  [documentsModel, DOCUMENT_FAMILIES],
  [presentationsModel, PRESENTATION_FAMILIES],
  [seoCrawlIndexModel, [...ROBOTS_FAMILIES, ...INDEXING_FAMILIES]],
  [seoOnPageModel, ON_PAGE_FAMILIES],
  [seoStructuredDataModel, STRUCTURED_DATA_FAMILIES],
  [seoSearchConsoleModel, SEARCH_CONSOLE_FAMILIES],
  [copyHeadlinesCtasModel, HEADLINE_CTA_FAMILIES],
  [copyClarityModel, CLARITY_FAMILIES],
  [copyAudienceModel, AUDIENCE_FAMILIES],
  [copyTestingModel, TESTING_FAMILIES],
  [copyClaimsModel, CLAIMS_FAMILIES],
  [uiTypographyModel, TYPOGRAPHY_FAMILIES],
  [uiLayoutModel, LAYOUT_FAMILIES],
  [uiColourAccessModel, COLOUR_ACCESS_FAMILIES],
  [uiFigmaModel, FIGMA_FAMILIES],
  [uiPatternsModel, PATTERN_FAMILIES],
  [esGrammarModel, ES_GRAMMAR_FAMILIES],
  [esLexisModel, ES_LEXIS_FAMILIES],
  [esRegisterModel, ES_REGISTER_FAMILIES],
  [esConventionsModel, ES_CONVENTIONS_FAMILIES],
  [deGrammarModel, DE_GRAMMAR_FAMILIES],
  [deLexisModel, DE_LEXIS_FAMILIES],
  [deRegisterModel, DE_REGISTER_FAMILIES],
  [deConventionsModel, DE_CONVENTIONS_FAMILIES],
  [frGrammarModel, FR_GRAMMAR_FAMILIES],
  [frLexisModel, FR_LEXIS_FAMILIES],
  [frRegisterModel, FR_REGISTER_FAMILIES],
  [frConventionsModel, FR_CONVENTIONS_FAMILIES],
  [itGrammarModel, IT_GRAMMAR_FAMILIES],
  [itLexisModel, IT_LEXIS_FAMILIES],
  [itRegisterModel, IT_REGISTER_FAMILIES],
  [itConventionsModel, IT_CONVENTIONS_FAMILIES],
]

/**
 * Every reviewed family's source by the family id its item model reports
 * (`model-id/family-id`), so a family's current text can be fingerprinted against its review.
 */
export const REVIEWED_FAMILY_SOURCES: ReadonlyMap<string, FamilySource> = new Map(
  MODEL_SOURCES.flatMap(([model, families]) =>
    families.map((f) => [`${model.id}/${f.id}`, f] as const),
  ),
)
