import type { ModelDomain } from './model-domains.js'

/** The investment appraisal test's domains, each served by one scenario model of its own families. */
export const IVA_DOMAINS = {
  ivaTvm: {
    id: 'iva-tvm',
    title: 'Time value of money and discounting',
    itemModelIds: ['iva-tvm'],
    outcome:
      'Discount and compound single sums, annuities, perpetuities and growing streams, and convert nominal rates to effective ones',
  },
  ivaNpv: {
    id: 'iva-npv',
    title: 'Net present value and the profitability index',
    itemModelIds: ['iva-npv'],
    outcome:
      'Build a project’s incremental after-tax cash flows with depreciation, working capital and salvage, and work its NPV and profitability index',
  },
  ivaIrr: {
    id: 'iva-irr',
    title: 'IRR, MIRR, payback and their decision rules',
    itemModelIds: ['iva-irr'],
    outcome:
      'Work IRR, MIRR, payback and discounted payback and apply each decision rule, including ranking conflicts and multiple IRRs',
  },
  ivaCapital: {
    id: 'iva-capital',
    title: 'Cost of capital',
    itemModelIds: ['iva-capital'],
    outcome:
      'Set a discount rate from CAPM, the after-tax cost of debt, market-value WACC and a project’s own risk',
  },
  ivaRisk: {
    id: 'iva-risk',
    title: 'Risk, unequal lives and capital rationing',
    itemModelIds: ['iva-risk'],
    outcome:
      'Test an NPV’s sensitivity and break-even, weight scenarios, compare unequal lives by equivalent annual figures and ration capital by profitability index',
  },
} as const satisfies Record<string, ModelDomain>
