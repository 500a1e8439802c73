import type { ModelDomain } from './model-domains.js'

/** The UK self assessment test's domains, each served by one scenario model of its own families. */
export const UKSA_DOMAINS = {
  uksaTrade: {
    id: 'uksa-trade',
    title: 'Trading profit',
    itemModelIds: ['uksa-trade'],
    outcome:
      'Adjust a sole trader’s accounts to a taxable trading profit: disallowable and private-use costs, simplified expenses, the trading allowance, cash basis and accruals, capital allowances and losses',
  },
  uksaIncome: {
    id: 'uksa-income',
    title: 'The income tax computation',
    itemModelIds: ['uksa-income'],
    outcome:
      'Work the income tax on a return: the tapered personal allowance, the bands, non-savings, savings and dividends in order with their allowances, band extensions, PAYE credit and the child benefit charge',
  },
  uksaNic: {
    id: 'uksa-nic',
    title: 'Class 4 National Insurance and student loans',
    itemModelIds: ['uksa-nic'],
    outcome:
      'Work Class 4 National Insurance on trading profits and the student loan repayments a return collects under each plan',
  },
  uksaProperty: {
    id: 'uksa-property',
    title: 'Property income',
    itemModelIds: ['uksa-property'],
    outcome:
      'Work a landlord’s rental profit and the finance-cost tax reduction, with the property allowance, replacement of domestic items, rent-a-room relief, joint ownership, losses and lease premiums',
  },
  uksaPay: {
    id: 'uksa-pay',
    title: 'Payments, deadlines and penalties',
    itemModelIds: ['uksa-pay'],
    outcome:
      'Work the balancing payment and payments on account, and the penalties and interest for late filing, late payment and careless errors',
  },
} as const satisfies Record<string, ModelDomain>
