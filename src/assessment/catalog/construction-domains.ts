import type { ModelDomain } from './model-domains.js'

/** The construction estimating test's domains, each served by one scenario model of its own families. */
export const CONSTRUCTION_DOMAINS = {
  cestConcrete: {
    id: 'cest-concrete',
    title: 'Concrete, earthwork and reinforcement',
    itemModelIds: ['cest-concrete'],
    outcome:
      'Take off concrete, fill, spoil and reinforcement with stated waste, swell, shrinkage, laps and order increments',
  },
  cestFraming: {
    id: 'cest-framing',
    title: 'Masonry, framing, lumber and drywall',
    itemModelIds: ['cest-framing'],
    outcome:
      'Count blocks, bricks, studs, plates, boards and sheets with openings deducted, and work board feet and lumber prices',
  },
  cestFinish: {
    id: 'cest-finish',
    title: 'Finishes and roofing',
    itemModelIds: ['cest-finish'],
    outcome:
      'Quantify paint, flooring, tile, wallpaper, trim and roofing with coats, waste, pitch factors and pack rounding',
  },
  cestPricing: {
    id: 'cest-pricing',
    title: 'Labour, plant and unit-rate pricing',
    itemModelIds: ['cest-pricing'],
    outcome:
      'Price work from productivity, crew rates, overtime, burden and plant hire, and convert unit rates between systems',
  },
  cestBid: {
    id: 'cest-bid',
    title: 'Markup, bids and contract payments',
    itemModelIds: ['cest-bid'],
    outcome:
      'Apply markup or margin, overhead, contingency, escalation and bonds, tabulate bids, price change orders and retainage',
  },
} as const satisfies Record<string, ModelDomain>
