import { type CatalogRow, row } from './catalog-row.js'

/** Pricing strategy as a freelance pricing consultant works it for small businesses and SaaS or e-commerce clients. */
export const PRICING_STRATEGY_ROW: CatalogRow = row(
  'pricing-strategy',
  'Pricing strategy',
  'Sales & Marketing',
  5,
  20,
  [
    ['prcCost', 20],
    ['prcElastic', 20],
    ['prcTiers', 20],
    ['prcPromo', 20],
    ['prcValue', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance pricing consultant helps small businesses, online shops and SaaS start-ups set ' +
      'and change prices: they take the client’s costs, sales history, test results and survey ' +
      'answers, work out what each option does to revenue and gross profit, and recommend a price, ' +
      'a tier set or a promotion with the figures behind it. Costs, markup and margin: converting ' +
      'markup to margin and back, cost-plus and full-cost quotes, prices for a target margin after ' +
      'VAT, marketplace and card fees, markup chains, blended margins, break-even volume and ' +
      'revenue, and the volume a price cut or rise needs to keep gross profit: 20 %. Price ' +
      'elasticity and demand: arc (midpoint) and point elasticity, cross-price elasticity, the ' +
      'revenue and volume effect of a price change by the linear approximation or constant ' +
      'elasticity, linear demand read from two prices, the profit-maximising price and the ' +
      'inverse-elasticity rule: 20 %. Tiers, bundles and price discrimination, worked from a stated ' +
      'willingness-to-pay table: which tier each segment buys and the revenue of a tier set, decoy ' +
      'tiers, pure and mixed bundling, versioning and the incentive to trade down, graduated and ' +
      'volume quantity schedules, and segment discounts: 20 %. Promotions, discounts and price ' +
      'presentation: multi-buy and BOGO effective discounts, stacked and ordered discounts, coupon ' +
      'and rebate costs with redemption and cannibalisation, promotion break-even, the EU prior-price ' +
      'rule for a reduction, charm-price endings and compare-at anchors as stated rules, and trade ' +
      'promotion pass-through: 20 %. Value-based, competitive and subscription pricing and price ' +
      'tests: economic value to the customer (reference value plus differentiation value), value ' +
      'capture, annual against monthly plans, per-seat against usage break-even, upgrade proration, ' +
      'price-rise churn, MRR and revenue per visitor in a price test: 20 %. Every item states the ' +
      'rule, rate and rounding its key depends on. Not tested: a particular pricing tool or ' +
      'e-commerce platform’s screens, survey design and conjoint estimation, competition and ' +
      'consumer-protection law beyond the rules an item states, sales-tax registration and ' +
      'negotiation skills. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
