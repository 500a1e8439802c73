import type { TestFamilyReview } from '../family-review.js'

export const ADOBE_PHOTOSHOP_REVIEW: TestFamilyReview = {
  testId: 'adobe-photoshop',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {},
}
