import type { ModelDomain } from './model-domains.js'

/** The project-management test's domains, each served by one scenario model of its own families. */
export const PJM_DOMAINS = {
  pjmSchedule: {
    id: 'pjm-schedule',
    title: 'Schedule: critical path, PERT and resources',
    itemModelIds: ['pjm-schedule'],
    outcome:
      'Work out early and late dates, total and free float, the critical path and the effect of a delay on a small network, PERT estimates and their spread, linked activities with leads and lags, and what levelling and compression do to the end date',
  },
  pjmCost: {
    id: 'pjm-cost',
    title: 'Cost: earned value and reserves',
    itemModelIds: ['pjm-cost'],
    outcome:
      'Compute and read earned value, variances, performance indices, EAC under each stated assumption, ETC, VAC and TCPI, and build the cost baseline and budget from estimates and reserves',
  },
  pjmRisk: {
    id: 'pjm-risk',
    title: 'Risk: register, expected value and responses',
    itemModelIds: ['pjm-risk'],
    outcome:
      'Size reserves by expected monetary value, choose between options with a decision tree, rank risks by probability and impact, and name the PMBOK response a situation calls for',
  },
  pjmGovern: {
    id: 'pjm-govern',
    title: 'Governance: RACI, scope, baselines and change control',
    itemModelIds: ['pjm-govern'],
    outcome:
      'Keep a RACI chart valid, route change through integrated change control, and say what the scope and performance measurement baselines hold and how they change',
  },
  pjmDeal: {
    id: 'pjm-deal',
    title: 'Stakeholder communication and contracts',
    itemModelIds: ['pjm-deal'],
    outcome:
      'Count communication channels, choose push, pull or interactive communication, and pick contract types and work out what each pays and who bears the cost risk',
  },
} as const satisfies Record<string, ModelDomain>
