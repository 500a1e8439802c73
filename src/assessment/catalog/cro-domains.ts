import type { ModelDomain } from './model-domains.js'

/** The conversion rate optimisation test's domains, each served by one scenario model. */
export const CRO_DOMAINS = {
  croMetrics: {
    id: 'cro-metrics',
    title: 'Funnel and metric definitions',
    itemModelIds: ['cro-metrics'],
    outcome:
      'Work out conversion rates per session or per user, revenue per visitor, AOV and funnel step rates by the stated definition, and choose primary and guardrail metrics',
  },
  croResearch: {
    id: 'cro-research',
    title: 'Research and evidence',
    itemModelIds: ['cro-research'],
    outcome:
      'Match research methods to questions and evidence to the hypotheses it supports, and size the opportunity segments and funnel data show',
  },
  croPrioritise: {
    id: 'cro-prioritise',
    title: 'Hypotheses and prioritisation',
    itemModelIds: ['cro-prioritise'],
    outcome:
      'Write testable hypotheses and rank a backlog by ICE, PIE, RICE or expected value computed from the stated scores',
  },
  croDesign: {
    id: 'cro-design',
    title: 'Experiment design',
    itemModelIds: ['cro-design'],
    outcome:
      'Size a test per arm from baseline, MDE, α and power, set its duration in whole weeks from traffic and allocation, and choose the randomisation unit and stopping rule',
  },
  croAnalysis: {
    id: 'cro-analysis',
    title: 'Analysing test results',
    itemModelIds: ['cro-analysis'],
    outcome:
      'Report absolute and relative lift, z-test p-values and confidence intervals, check sample ratio, correct for multiple comparisons and read segments and revenue outliers soundly',
  },
  croUx: {
    id: 'cro-ux',
    title: 'Landing-page and form practice',
    itemModelIds: ['cro-ux'],
    outcome:
      'Apply the stated guidelines on CTAs, headlines, form fields, errors, trust signals and cost disclosure to a page',
  },
} as const satisfies Record<string, ModelDomain>
