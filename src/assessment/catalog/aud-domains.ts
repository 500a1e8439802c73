import type { ModelDomain } from './model-domains.js'

/**
 * The auditing test’s domains, each served by one scenario model of its own families.
 */
export const AUD_DOMAINS = {
  audMateriality: {
    id: 'aud-materiality',
    title: 'Materiality and audit risk',
    itemModelIds: ['aud-materiality'],
    outcome:
      'Set and use materiality on an engagement: overall materiality from a stated benchmark ' +
      'and percentage, performance materiality, the clearly trivial threshold, specific ' +
      'materiality, component materiality, and the acceptable detection risk the audit risk ' +
      'model leaves',
  },
  audSampling: {
    id: 'aud-sampling',
    title: 'Substantive sampling',
    itemModelIds: ['aud-sampling'],
    outcome:
      'Size, select and evaluate a substantive sample: monetary unit sample sizes and intervals ' +
      'from stated confidence factors, tolerable and expected misstatement, items selected with ' +
      'certainty, tainting and projected misstatement, and the upper misstatement limit with ' +
      'its allowances',
  },
  audControls: {
    id: 'aud-controls',
    title: 'Tests of controls',
    itemModelIds: ['aud-controls'],
    outcome:
      'Test controls an auditor means to rely on: sample sizes by control frequency and stated ' +
      'tables, deviation rates and their upper limits against the tolerable rate, roll-forward ' +
      'of interim testing, and the reliance a result supports',
  },
  audDetails: {
    id: 'aud-details',
    title: 'Substantive analytics and tests of details',
    itemModelIds: ['aud-details'],
    outcome:
      'Gather substantive evidence: analytical expectations built from independent data with a ' +
      'threshold for investigation, recalculations of depreciation, accruals, interest and ' +
      'allowances, cut-off around the year end, confirmations reconciled, and the search for ' +
      'unrecorded liabilities',
  },
  audEvaluation: {
    id: 'aud-evaluation',
    title: 'Evaluating misstatements',
    itemModelIds: ['aud-evaluation'],
    outcome:
      'Evaluate what the audit found: factual, judgemental and projected misstatements ' +
      'aggregated on a summary of uncorrected misstatements, their effect after tax and on each ' +
      'statement line, prior-year misstatements under the rollover and iron curtain methods, ' +
      'and the room left under materiality',
  },
} as const satisfies Record<string, ModelDomain>
