import type { TestFamilyReview } from '../family-review.js'

export const GOOGLE_ADS_REVIEW: TestFamilyReview = {
  testId: 'google-ads',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {},
}
