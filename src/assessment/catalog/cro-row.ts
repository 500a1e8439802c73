import { type CatalogRow, row } from './catalog-row.js'

/** Conversion rate optimisation as a freelance CRO specialist runs a client's experimentation. */
export const CRO_ROW: CatalogRow = row(
  'conversion-rate-optimisation',
  'Conversion rate optimisation',
  'Sales & Marketing',
  5,
  25,
  [
    ['croMetrics', 15],
    ['croResearch', 10],
    ['croPrioritise', 10],
    ['croDesign', 25],
    ['croAnalysis', 25],
    ['croUx', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance CRO specialist runs a client’s experimentation programme on its site or ' +
      'app: defining what is measured, researching where and why visitors drop out, choosing ' +
      'what to test, planning and reading A/B tests and advising on the pages themselves. ' +
      'Defining funnels and metrics (conversion per session or per user, revenue per ' +
      'visitor, AOV, guardrails): 15 %. Research: which method answers which question and ' +
      'which evidence supports which hypothesis: 10 %. Writing hypotheses and prioritising ' +
      'the backlog by the client’s scoring framework: 10 %. Designing experiments (sample ' +
      'size per arm, duration in whole weeks, allocation, randomisation unit, stopping ' +
      'rules): 25 %, and analysing them (lift, z-test, intervals, sample ratio mismatch, ' +
      'multiple comparisons, segments, outliers): 25 %, since a wrong plan or reading ships ' +
      'losing changes or discards winners. Applying landing-page and form guidelines: 15 %. ' +
      'Every formula, z value, score and guideline an item needs is stated in it; the menus ' +
      'of a particular testing tool, Bayesian and sequential methods, and visual design are ' +
      'not tested.',
  },
)
