import type { ModelDomain } from './model-domains.js'

/** The business-analysis test's domains, each served by one scenario model of its own families. */
export const BA_DOMAINS = {
  baRequirements: {
    id: 'ba-requirements',
    title: 'Requirements, user stories and acceptance criteria',
    itemModelIds: ['ba-requirements'],
    outcome:
      'Classify requirements, word them so they can be tested, write user stories that meet INVEST and Given/When/Then criteria from a rule, and derive boundary values and expected results',
  },
  baDecisions: {
    id: 'ba-decisions',
    title: 'Decision tables and business rules',
    itemModelIds: ['ba-decisions'],
    outcome:
      'Size, complete and contract decision tables, find their gaps and contradictions, read them under DMN hit policies, and tell definitional from behavioural rules',
  },
  baProcess: {
    id: 'ba-process',
    title: 'BPMN process models',
    itemModelIds: ['ba-process'],
    outcome:
      'Trace tokens through exclusive, parallel and inclusive gateways, loops and boundary timers, work out elapsed and expected times and handoffs, and choose the right connector and gateway',
  },
  baData: {
    id: 'ba-data',
    title: 'Data modelling',
    itemModelIds: ['ba-data'],
    outcome:
      'Set multiplicities from business rules, place keys and link tables, find normal-form breaches and candidate keys, and find gaps in a CRUD matrix',
  },
  baPriority: {
    id: 'ba-priority',
    title: 'Prioritisation and traceability',
    itemModelIds: ['ba-priority'],
    outcome:
      'Prioritise by MoSCoW, weighted scoring, the Kano model, cumulative voting and value/effort, and find coverage gaps and change impact in a traceability matrix',
  },
  baValue: {
    id: 'ba-value',
    title: 'Stakeholders, business case and root causes',
    itemModelIds: ['ba-value'],
    outcome:
      'Classify stakeholders by power/interest and salience, check a RACI matrix, work out NPV, payback, benefit–cost ratio and ROI, and find root causes by Pareto, 5 whys and fishbone',
  },
  baTechniques: {
    id: 'ba-techniques',
    title: 'BABOK v3 techniques',
    itemModelIds: ['ba-techniques'],
    outcome: 'Choose the BABOK v3 technique that fits an elicitation, analysis or modelling need',
  },
} as const satisfies Record<string, ModelDomain>
