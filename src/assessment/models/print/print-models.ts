import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COLOUR_FAMILIES } from './colour-families.js'
import { IMPOSE_FAMILIES } from './impose-families.js'
import { PAPER_FAMILIES } from './paper-families.js'
import { QUOTE_FAMILIES } from './quote-families.js'
import { SETUP_FAMILIES } from './setup-families.js'

/** Each domain's families, for the models and the key test. */
export const PRINT_SETUP_FAMILIES: readonly ScenarioFamily[] = SETUP_FAMILIES
export const PRINT_IMPOSE_FAMILIES: readonly ScenarioFamily[] = IMPOSE_FAMILIES
export const PRINT_PAPER_FAMILIES: readonly ScenarioFamily[] = PAPER_FAMILIES
export const PRINT_COLOUR_FAMILIES: readonly ScenarioFamily[] = COLOUR_FAMILIES
export const PRINT_QUOTE_FAMILIES: readonly ScenarioFamily[] = QUOTE_FAMILIES

// Most answers are one number with its unit, so the key's rank among the values is aimed; the
// few answers that are calls in words (a binding, an ink choice, a PDF/X standard) fall back to
// aiming the key's place by length and likeness.
export const printSetupModel = scenarioModel({
  id: 'prp-setup',
  title: 'Print production: document size, bleed, safe area and image resolution',
  families: PRINT_SETUP_FAMILIES,
  aimNumericRank: true,
})
export const printImposeModel = scenarioModel({
  id: 'prp-impose',
  title: 'Print production: imposition, sheets and overs, signatures and creep',
  families: PRINT_IMPOSE_FAMILIES,
  aimNumericRank: true,
})
export const printPaperModel = scenarioModel({
  id: 'prp-paper',
  title: 'Print production: paper weights, spine, postage weight, folds and binding',
  families: PRINT_PAPER_FAMILIES,
  aimNumericRank: true,
})
export const printColourModel = scenarioModel({
  id: 'prp-colour',
  title: 'Print production: ink coverage, blacks, spot colour, overprint and PDF/X',
  families: PRINT_COLOUR_FAMILIES,
  aimNumericRank: true,
})
export const printQuoteModel = scenarioModel({
  id: 'prp-quote',
  title: 'Print production: quotes, unit costs, break-even and markup',
  families: PRINT_QUOTE_FAMILIES,
  aimNumericRank: true,
})

/** The print production test's item models, one per blueprint domain. */
export const PRINT_MODELS = [
  printSetupModel,
  printImposeModel,
  printPaperModel,
  printColourModel,
  printQuoteModel,
] as const
