import type { ModelDomain } from './model-domains.js'

/**
 * The treasury management test's domains, each served by one scenario model of its own families.
 */
export const TSY_DOMAINS = {
  tsyCash: {
    id: 'tsy-cash',
    title: 'Cash positioning and pooling',
    itemModelIds: ['tsy-cash'],
    outcome:
      'Position and concentrate a company’s cash: the daily cash position and target balances, zero-balancing and notional pools with their interest, multilateral netting, and collection and disbursement float',
  },
  tsyMoney: {
    id: 'tsy-money',
    title: 'Short-term investment',
    itemModelIds: ['tsy-money'],
    outcome:
      'Invest surplus cash under a policy: Treasury bill prices and yields on their day counts, commercial paper, certificates of deposit, repos and money market funds, and the policy’s limits on issuer, tenor and rating',
  },
  tsyFx: {
    id: 'tsy-fx',
    title: 'Foreign exchange risk',
    itemModelIds: ['tsy-fx'],
    outcome:
      'Measure and hedge currency exposure: cross rates and spreads, forward rates from interest rate parity, forward and non-deliverable forward settlements, option hedges with their premium, and net exposures by currency',
  },
  tsyRate: {
    id: 'tsy-rate',
    title: 'Interest rate risk',
    itemModelIds: ['tsy-rate'],
    outcome:
      'Manage the interest rate risk of a company’s debt and deposits: forward rate agreement settlements, swap net payments, caps and collars, compounded overnight rates and the fixed and floating mix of the debt',
  },
  tsyFunding: {
    id: 'tsy-funding',
    title: 'Funding and bank facilities',
    itemModelIds: ['tsy-funding'],
    outcome:
      'Fund the company and run its bank facilities: revolving credit commitment, utilisation and drawn costs, the all-in cost of commercial paper and term loans, covenant headroom, letters of credit, borrowing bases and supply chain finance',
  },
} as const satisfies Record<string, ModelDomain>
