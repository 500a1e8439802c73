import type { ModelDomain } from './model-domains.js'

/** The logistics and shipping calculations test's domains, each served by one scenario model of its own families. */
export const LGC_DOMAINS = {
  lgcWeight: {
    id: 'lgc-weight',
    title: 'Chargeable weight',
    itemModelIds: ['lgc-weight'],
    outcome:
      'Work chargeable weight by the stated divisor or ratio for air, express, road and sea, comparing actual and volumetric weight at the level and with the rounding the carrier states',
  },
  lgcLoad: {
    id: 'lgc-load',
    title: 'Load planning',
    itemModelIds: ['lgc-load'],
    outcome:
      'Fit whole cartons on pallets and pallets in trailers and containers within height, payload and cube limits, and report volume, stowage factor and cube utilisation',
  },
  lgcCost: {
    id: 'lgc-cost',
    title: 'Freight cost and surcharges',
    itemModelIds: ['lgc-cost'],
    outcome:
      'Price freight from weight-break tariffs, minimums, surcharges on their stated base, accessorials, demurrage and storage, and express it per unit, per TEU or per tonne-kilometre',
  },
  lgcLanded: {
    id: 'lgc-landed',
    title: 'Landed cost and customs value',
    itemModelIds: ['lgc-landed'],
    outcome:
      'Build customs value on the stated basis, charge duty and then import VAT on the duty-inclusive value, convert at the stated rate, and split costs between buyer and seller under Incoterms 2020',
  },
  lgcService: {
    id: 'lgc-service',
    title: 'Transit and service',
    itemModelIds: ['lgc-service'],
    outcome:
      'Work transit times with breaks, rests, cut-offs and time zones, and service measures (on-time, perfect order, fill and empty running) pooled the right way, and the pickers and trucks a day needs',
  },
} as const satisfies Record<string, ModelDomain>
