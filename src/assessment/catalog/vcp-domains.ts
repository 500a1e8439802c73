import type { ModelDomain } from './model-domains.js'

/**
 * The venture capital test’s domains, each served by one scenario model of its own families.
 */
export const VCP_DOMAINS = {
  vcpRound: {
    id: 'vcp-round',
    title: 'Priced rounds and the cap table',
    itemModelIds: ['vcp-round'],
    outcome:
      'Model a priced round on the cap table: pre- and post-money valuations, the price per ' +
      'share on a stated fully diluted basis, new shares issued, ownership after the round, an ' +
      'option pool enlarged before the money comes in, and the effective pre-money valuation ' +
      'that leaves',
  },
  vcpConvert: {
    id: 'vcp-convert',
    title: 'SAFEs and convertible notes',
    itemModelIds: ['vcp-convert'],
    outcome:
      'Convert early instruments into a priced round: post-money and pre-money SAFEs with caps ' +
      'and discounts, convertible notes with their accrued interest, the conversion price that ' +
      'applies, the shares each holder receives, and the ownership that results',
  },
  vcpWaterfall: {
    id: 'vcp-waterfall',
    title: 'Liquidation preferences and exit waterfalls',
    itemModelIds: ['vcp-waterfall'],
    outcome:
      'Split exit proceeds by the terms: non-participating preferences and the choice to ' +
      'convert, participating preferred with and without a cap, senior and pari passu stacks ' +
      'across series, cumulative dividends, carve-outs, and what each class or holder receives',
  },
  vcpProtect: {
    id: 'vcp-protect',
    title: 'Anti-dilution and vesting',
    itemModelIds: ['vcp-protect'],
    outcome:
      'Apply the protective and employee terms: broad- and narrow-based weighted average and ' +
      'full ratchet anti-dilution, the new conversion price and shares, founder and employee ' +
      'vesting with cliffs and acceleration, option exercise costs and the shares outstanding ' +
      'when they vest',
  },
  vcpFund: {
    id: 'vcp-fund',
    title: 'Fund economics and returns',
    itemModelIds: ['vcp-fund'],
    outcome:
      'Work a venture fund’s economics: management fees over the fund’s life, carried interest ' +
      'by a whole-fund waterfall with a preferred return and catch-up, DPI, RVPI, TVPI and ' +
      'multiples, the venture capital method of valuation with later dilution, and the ' +
      'ownership a target return requires',
  },
} as const satisfies Record<string, ModelDomain>
