import type { ModelDomain } from './model-domains.js'

/** The market-research test's domains, each served by one scenario model of its own families. */
export const MRES_DOMAINS = {
  mresDesign: {
    id: 'mres-design',
    title: 'Research design and method choice',
    itemModelIds: ['mres-design'],
    outcome:
      'Choose between exploratory, descriptive and causal designs, desk research, focus groups, depth interviews, observation, diaries, panels, trackers, omnibus surveys, product tests and pricing methods for a client’s question',
  },
  mresQuestionnaire: {
    id: 'mres-questionnaire',
    title: 'Questionnaire wording and question formats',
    itemModelIds: ['mres-questionnaire'],
    outcome:
      'Find double-barrelled, leading and presumptive questions, unbalanced scales, overlapping or incomplete answer lists, vague, negative, technical and memory-taxing wording, and name Likert, semantic differential, constant sum, MaxDiff, ranking and open formats',
  },
  mresSampling: {
    id: 'mres-sampling',
    title: 'Sampling, fieldwork and response rates',
    itemModelIds: ['mres-sampling'],
    outcome:
      'Size samples for a proportion or a mean with the finite population correction and design effects, allocate strata and quotas, select systematically, plan invitations and cost from incidence and response, and compute AAPOR response, cooperation, refusal and contact rates',
  },
  mresAnalysis: {
    id: 'mres-analysis',
    title: 'Margins of error, weighting and cross-tabs',
    itemModelIds: ['mres-analysis'],
    outcome:
      'Report margins of error and confidence intervals, weight by post-stratification and judge the effective base, read column percentages, compute chi-square and its degrees of freedom, and score NPS, top-2-box, mean scores, index scores and point changes',
  },
  mresSizing: {
    id: 'mres-sizing',
    title: 'Market sizing and growth',
    itemModelIds: ['mres-sizing'],
    outcome:
      'Size markets top-down (TAM, SAM, SOM) and bottom-up (buyers × frequency × price), calibrate stated purchase intent, estimate trial and repeat volume, and compute market share, CAGR and projections',
  },
  mresEthics: {
    id: 'mres-ethics',
    title: 'Codes of conduct, data protection and reporting',
    itemModelIds: ['mres-ethics'],
    outcome:
      'Apply the ICC/ESOMAR Code, MRS and AAPOR standards and the GDPR to selling under the guise of research, consent, children, observation, breaches, processors and retention, and report small bases, significance and opt-in samples honestly',
  },
} as const satisfies Record<string, ModelDomain>
