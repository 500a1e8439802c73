import { type CatalogRow, row } from './catalog-row.js'

/** Venture capital as a freelance venture analyst or start-up finance adviser does it. */
export const VENTURE_CAPITAL_ROW: CatalogRow = row(
  'venture-capital',
  'Venture capital',
  'Finance',
  6,
  25,
  [
    ['vcpRound', 20],
    ['vcpConvert', 20],
    ['vcpWaterfall', 20],
    ['vcpProtect', 20],
    ['vcpFund', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance venture analyst or start-up finance adviser (hired by seed and early-stage ' +
      'funds, angel syndicates and founders raising a round) models rounds, conversions, exits ' +
      'and fund returns from term sheets, SAFEs, notes and fund agreements. Priced rounds and ' +
      'the cap table: pre- and post-money valuations, price per share on a stated fully diluted ' +
      'basis, new shares, ownership, the option pool enlarged before the round and the ' +
      'effective pre-money it leaves: 20 %. SAFEs and convertible notes: post-money and ' +
      'pre-money SAFEs with caps and discounts, notes with accrued interest, the conversion ' +
      'price that applies and the shares and ownership that result: 20 %. Liquidation ' +
      'preferences and exit waterfalls: non-participating preferences and conversion, ' +
      'participating preferred with and without caps, seniority and pari passu stacks, ' +
      'cumulative dividends and carve-outs: 20 %. Anti-dilution and vesting: broad- and ' +
      'narrow-based weighted average and full ratchet adjustments, vesting with cliffs and ' +
      'acceleration, option exercise: 20 %. Fund economics and returns: management fees, ' +
      'carried interest under a whole-fund waterfall with a preferred return and catch-up, DPI, ' +
      'RVPI, TVPI and multiples, and the venture capital method with later dilution: 20 %. ' +
      'Every item states the terms, bases and conventions its key relies on. Not tested: ' +
      'securities law and the drafting of term sheets, tax on founders and funds, sourcing and ' +
      'judging start-ups, and valuation by discounted cash flow or trading multiples (corporate ' +
      'finance and financial modelling are tests of their own). A 25-item form gives each of ' +
      'the five domains five items.',
    scoredItems: 25,
  },
)
