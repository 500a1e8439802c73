import type { ModelDomain } from './model-domains.js'

/** The B2B sales test's domains, each served by one scenario model of its own families. */
export const B2B_DOMAINS = {
  b2bProspecting: {
    id: 'b2b-prospecting',
    title: 'Prospecting and funnel arithmetic',
    itemModelIds: ['b2b-prospecting'],
    outcome:
      'Work out the dials, contacts, invites and meetings a target needs from stage conversion rates, and the yield and cost of prospecting activity',
  },
  b2bQualification: {
    id: 'b2b-qualification',
    title: 'Qualifying accounts with BANT and MEDDPICC',
    itemModelIds: ['b2b-qualification'],
    outcome:
      'Read discovery notes against BANT and MEDDPICC, find the element still open and the question that closes it, tell a champion from a coach and score a lead',
  },
  b2bPipeline: {
    id: 'b2b-pipeline',
    title: 'Pipeline, velocity and forecast',
    itemModelIds: ['b2b-pipeline'],
    outcome:
      'Weight a pipeline by stage probability, measure coverage, sales velocity, win rate and cycle length, and build a forecast call and its error',
  },
  b2bPricing: {
    id: 'b2b-pricing',
    title: 'Quotes, contract value and commission',
    itemModelIds: ['b2b-pricing'],
    outcome:
      'Price quotes with stacked discounts and volume tiers, compute ACV, TCV, ARR and retention, margin after discount, and tiered commission with clawbacks',
  },
  b2bNegotiation: {
    id: 'b2b-negotiation',
    title: 'Negotiation and contract terms',
    itemModelIds: ['b2b-negotiation'],
    outcome:
      'Set walk-away prices from BATNAs, size the ZOPA, trade concessions give-for-get, and cost payment terms, early-payment discounts and late interest',
  },
} as const satisfies Record<string, ModelDomain>
