import { type CatalogRow, row } from './catalog-row.js'

/** Affiliate marketing as a freelance affiliate manager runs a merchant's programme. */
export const AFFILIATE_MARKETING_ROW: CatalogRow = row(
  'affiliate-marketing',
  'Affiliate marketing',
  'Sales & Marketing',
  4,
  15,
  [
    ['afmTracking', 20],
    ['afmCommission', 20],
    ['afmPerformance', 20],
    ['afmPayouts', 20],
    ['afmPartners', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance affiliate manager runs affiliate programmes for merchants, or the accounts of ' +
      'a publisher that earns from them: they read tracking reports and credit sales by the ' +
      'programme’s rules, set and check commission, judge which partners and campaigns pay, ' +
      'reconcile what is paid and when, and hold partners to the programme’s terms. Tracking and ' +
      'attribution: cookie windows and how their days are counted, last-click, first-click, ' +
      'position-based, time-decay and last non-direct rules as the item states them, ' +
      'cross-device matches, coupon-code overrides, sub-IDs, filtered clicks and click-to-sale ' +
      'lags: 20 %. Commission structures: percentage commission on a stated net base, tiers ' +
      'applied to the whole month or band by band, bounties and hybrid CPA with revenue share, ' +
      'category and new-customer rates, bonuses, caps, overrides and reversals: 20 %. ' +
      'Performance: EPC, conversion rate, average order value, reversal rates, cost of sale, ' +
      'cost per new or incremental customer and ROI, each on the base the item states, and ' +
      'pooled figures across partners: 20 %. Payouts: thresholds and carried balances, hold ' +
      'periods and payment terms, reserves, clawbacks, currency conversion at a stated rate and ' +
      'spread, withholding, VAT and fees: 20 %. Programme terms and partners: disclosure, ' +
      'trademark-bidding and coupon terms as the item states them, recruiting funnels, ranking, ' +
      'scoring and tiering partners, and flat-fee placements: 20 %. Every item states the rule, ' +
      'rate and rounding its key depends on. Not tested: any network’s or platform’s software, ' +
      'advertising law of a particular country, copywriting and content, paid-search bidding ' +
      '(see performance marketing) and tax advice. A 25-item form gives each of the five ' +
      'domains five items.',
    scoredItems: 25,
  },
)
