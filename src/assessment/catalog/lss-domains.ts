import type { ModelDomain } from './model-domains.js'

/** The Lean Six Sigma test's domains, each served by one scenario model of its own families. */
export const LSS_DOMAINS = {
  lssDefine: {
    id: 'lss-define',
    title: 'DMAIC and project definition',
    itemModelIds: ['lss-define'],
    outcome:
      'Place project activities in their DMAIC phase, fill in charter sections, write problem and goal statements, build a SIPOC, classify costs of quality and work out COPQ, and sort requirements by the Kano model',
  },
  lssMeasure: {
    id: 'lss-measure',
    title: 'Measurement, yield and capability',
    itemModelIds: ['lss-measure'],
    outcome:
      'Work out DPU, DPO, DPMO, first-pass and rolled throughput yield, sigma level with the 1.5-sigma shift, Cp, Cpk and Ppk, and %GRR, and name measurement-system properties and data scales',
  },
  lssSpc: {
    id: 'lss-spc',
    title: 'Statistical process control',
    itemModelIds: ['lss-spc'],
    outcome:
      'Choose the control chart for the data, compute limits with stated constants, apply run rules to a series, and respond correctly to special and common causes',
  },
  lssAnalyze: {
    id: 'lss-analyze',
    title: 'Root-cause analysis and hypothesis tests',
    itemModelIds: ['lss-analyze'],
    outcome:
      'Find the vital few with a Pareto cut, sort causes on a 6M fishbone, choose a hypothesis test by the data, read p-values, correlation and regression, and compute a confidence interval',
  },
  lssLean: {
    id: 'lss-lean',
    title: 'Lean flow, waste and set-up reduction',
    itemModelIds: ['lss-lean'],
    outcome:
      'Work out takt, lead time by Little’s law, process cycle efficiency, OEE, kanban count, staffing, bottleneck output and line balance, apply SMED, and recognise the eight wastes, the 5S steps and named lean practices',
  },
  lssControl: {
    id: 'lss-control',
    title: 'Improve and control',
    itemModelIds: ['lss-control'],
    outcome:
      'Prioritise failure modes by RPN and a stated rule, classify poka-yoke methods, design a pilot, write a control plan’s reaction plan and hand the process over',
  },
} as const satisfies Record<string, ModelDomain>
