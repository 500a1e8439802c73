import type { TestFamilyReview } from '../family-review.js'
import { BOOKKEEPING_REVIEW } from './bookkeeping.js'
import { COPYWRITING_MARKETING_REVIEW } from './copywriting-marketing.js'
import { OFFICE_SOFTWARE_REVIEW } from './office-software.js'
import { SEO_REVIEW } from './seo.js'
import { TRANSLATION_ENGLISH_FRENCH_REVIEW } from './translation-english-french.js'
import { TRANSLATION_ENGLISH_GERMAN_REVIEW } from './translation-english-german.js'
import { TRANSLATION_ENGLISH_ITALIAN_REVIEW } from './translation-english-italian.js'
import { TRANSLATION_ENGLISH_SPANISH_REVIEW } from './translation-english-spanish.js'
import { UI_DESIGN_REVIEW } from './ui-design.js'

/** Each reviewed test's family review record, by test id. */
export const FAMILY_REVIEWS: ReadonlyMap<string, TestFamilyReview> = new Map(
  [
    BOOKKEEPING_REVIEW,
    OFFICE_SOFTWARE_REVIEW,
    SEO_REVIEW,
    COPYWRITING_MARKETING_REVIEW,
    UI_DESIGN_REVIEW,
    TRANSLATION_ENGLISH_SPANISH_REVIEW,
    TRANSLATION_ENGLISH_GERMAN_REVIEW,
    TRANSLATION_ENGLISH_FRENCH_REVIEW,
    TRANSLATION_ENGLISH_ITALIAN_REVIEW,
  ].map((review) => [review.testId, review]),
)
