import type { ModelDomain } from './model-domains.js'

/** The fixed asset accounting test's domains, each served by one scenario model of its own families. */
export const FA_DOMAINS = {
  faCost: {
    id: 'fa-cost',
    title: 'Capitalisation and cost',
    itemModelIds: ['fa-cost'],
    outcome:
      'Measure an asset’s cost: what to capitalise and what to expense, dismantling provisions, borrowing costs, deferred terms, exchanges and foreign-currency purchases',
  },
  faDepreciation: {
    id: 'fa-depreciation',
    title: 'Depreciation methods',
    itemModelIds: ['fa-depreciation'],
    outcome:
      'Depreciate by straight line, declining balance, sum-of-the-years’-digits and units of production, with part-year conventions, components and changes in estimate',
  },
  faDisposal: {
    id: 'fa-disposal-revaluation',
    title: 'Disposals and revaluation',
    itemModelIds: ['fa-disposal-revaluation'],
    outcome:
      'Work out gains and losses on disposal, part-exchange and scrapping, and account for revaluations, the revaluation surplus and its transfers',
  },
  faImpairment: {
    id: 'fa-impairment',
    title: 'Impairment',
    itemModelIds: ['fa-impairment'],
    outcome:
      'Find recoverable amount and value in use, measure and allocate impairment losses and reversals, and measure assets held for sale',
  },
  faTax: {
    id: 'fa-register-tax',
    title: 'The register and tax depreciation',
    itemModelIds: ['fa-register-tax'],
    outcome:
      'Keep the register in step with the ledger and work MACRS deductions, UK capital allowances and the deferred tax on plant',
  },
} as const satisfies Record<string, ModelDomain>
