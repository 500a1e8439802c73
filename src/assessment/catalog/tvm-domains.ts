import type { ModelDomain } from './model-domains.js'

/** The time-value-of-money test's domains, each served by one scenario model of its own families. */
export const TVM_DOMAINS = {
  tvmLumpSums: {
    id: 'tvm-lump-sums',
    title: 'Present and future values of single sums',
    itemModelIds: ['tvm-lump-sums'],
    outcome:
      'Compound and discount single sums at any compounding frequency or continuously, find growth rates and periods, and carry amounts between dates',
  },
  tvmRates: {
    id: 'tvm-rates',
    title: 'Nominal, periodic, effective and real rates',
    itemModelIds: ['tvm-rates'],
    outcome:
      'Convert between nominal, periodic, effective and continuously compounded rates, tell APR from EAR, and take inflation out of a return',
  },
  tvmAnnuities: {
    id: 'tvm-annuities',
    title: 'Annuities and perpetuities',
    itemModelIds: ['tvm-annuities'],
    outcome:
      'Value ordinary annuities and annuities due, sinking funds, deferred and growing annuities, level and growing perpetuities',
  },
  tvmLoans: {
    id: 'tvm-loans',
    title: 'Loan payments and amortisation',
    itemModelIds: ['tvm-loans'],
    outcome:
      'Work out loan payments and a schedule’s interest, principal and balance in any period, rounded to the cent as lenders do',
  },
  tvmNpvIrr: {
    id: 'tvm-npv-irr',
    title: 'NPV, IRR and payback',
    itemModelIds: ['tvm-npv-irr'],
    outcome:
      'Discount small sets of cash flows to an NPV, find their IRR, profitability index and payback, and value a business with a growing terminal value',
  },
} as const satisfies Record<string, ModelDomain>
