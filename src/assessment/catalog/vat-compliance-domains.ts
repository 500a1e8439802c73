import type { ModelDomain } from './model-domains.js'

/** The VAT and sales tax compliance test's domains, each served by one scenario model. */
export const VAT_COMPLIANCE_DOMAINS = {
  vatcReturn: {
    id: 'vatc-return',
    title: 'UK VAT return boxes',
    itemModelIds: ['vatc-return'],
    outcome:
      'Fill boxes 1 to 7 of a UK VAT return from a quarter’s sales, purchases, imports, reverse charges and corrections',
  },
  vatcRates: {
    id: 'vatc-rates',
    title: 'VAT arithmetic and rates',
    itemModelIds: ['vatc-rates'],
    outcome:
      'Work VAT from net and gross figures at stated rates, with discounts, rounding, mixed supplies, imports and EU destination rates',
  },
  vatcSchemes: {
    id: 'vatc-schemes',
    title: 'Schemes, reliefs and penalties',
    itemModelIds: ['vatc-schemes'],
    outcome:
      'Apply the flat rate, cash and annual accounting schemes, partial exemption, bad debt relief and late payment penalties as stated',
  },
  vatcSalesTax: {
    id: 'vatc-sales-tax',
    title: 'US sales and use tax',
    itemModelIds: ['vatc-sales-tax'],
    outcome:
      'Charge, return and self-assess US sales and use tax at stated combined rates, sourcing rules, exemptions and credits',
  },
  vatcSupply: {
    id: 'vatc-supply',
    title: 'Liability, place of supply and deadlines',
    itemModelIds: ['vatc-supply'],
    outcome:
      'Classify supplies, place services under the EU rules, test nexus and scheme limits, and date returns, tax points and claims',
  },
} as const satisfies Record<string, ModelDomain>
