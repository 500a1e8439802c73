import type { ModelDomain } from './model-domains.js'

/** The financial modelling test's domains, each served by one scenario model of its own families. */
export const FINMODEL_DOMAINS = {
  fmStructure: {
    id: 'fm-structure',
    title: 'Model structure, conventions and circularity',
    itemModelIds: ['fm-structure'],
    outcome:
      'Lay a model out as inputs, calculations and outputs with one formula per row, consistent signs and units, timing flags and escalation, and recognise and control the circularity interest on average balances creates',
  },
  fmTimeValue: {
    id: 'fm-time-value',
    title: 'Discounting, returns and payments',
    itemModelIds: ['fm-time-value'],
    outcome:
      'Discount with NPV and its one-period offset, XNPV and XIRR on dated flows, read IRR and its pitfalls, and work level payments in arrears or in advance at the period’s rate',
  },
  fmStatements: {
    id: 'fm-statements',
    title: 'Three-statement links',
    itemModelIds: ['fm-statements'],
    outcome:
      'Link depreciation, working-capital days, debt and equity roll-forwards and cash from changes in balances so the three statements tie and the balance check holds',
  },
  fmValuation: {
    id: 'fm-valuation',
    title: 'DCF valuation',
    itemModelIds: ['fm-valuation'],
    outcome:
      'Build free cash flow to the firm, a terminal value by growth or exit multiple discounted from the right year, a WACC on market weights, and the bridge from enterprise to equity value',
  },
  fmScenarios: {
    id: 'fm-scenarios',
    title: 'Scenarios, sensitivities and checks',
    itemModelIds: ['fm-scenarios'],
    outcome:
      'Drive cases with CHOOSE or INDEX switches, build sensitivity grids, data tables and goal seeks, and trap errors with checks that survive inserted rows',
  },
} as const satisfies Record<string, ModelDomain>
