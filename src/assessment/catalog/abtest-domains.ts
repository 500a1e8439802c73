import type { ModelDomain } from './model-domains.js'

/** The A/B testing test's domains, each served by one scenario model of its own families. */
export const ABTEST_DOMAINS = {
  abtDesign: {
    id: 'abt-design',
    title: 'Test design and sample size',
    itemModelIds: ['abt-design'],
    outcome:
      'Size a test from stated z-values, work the minimum detectable effect and the days it must run, and adjust for unequal splits, ramps, clustering and dilution',
  },
  abtSignificance: {
    id: 'abt-significance',
    title: 'Significance tests and confidence intervals',
    itemModelIds: ['abt-significance'],
    outcome:
      'Compute pooled and unpooled z-statistics, p-values from a stated table and intervals of the difference and of relative lift',
  },
  abtPitfalls: {
    id: 'abt-pitfalls',
    title: 'Pitfalls and validity checks',
    itemModelIds: ['abt-pitfalls'],
    outcome:
      'Check sample ratio mismatch, adjust for multiple comparisons and correct for mix, novelty, the winner’s curse and lost traffic',
  },
  abtMetrics: {
    id: 'abt-metrics',
    title: 'Metrics, lift and the value of a rollout',
    itemModelIds: ['abt-metrics'],
    outcome:
      'Tell relative from absolute lift, compute revenue and ratio metrics, apply CUPED with a stated θ and value a rollout or a guardrail bound',
  },
  abtBayes: {
    id: 'abt-bayes',
    title: 'Bayesian and sequential basics',
    itemModelIds: ['abt-bayes'],
    outcome:
      'Update Beta and normal posteriors, read the probability of being better and expected loss, and apply SPRT and group-sequential boundaries',
  },
} as const satisfies Record<string, ModelDomain>
