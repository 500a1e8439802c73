import { type CatalogRow, row } from './catalog-row.js'

/** Procurement as a freelance buyer or purchasing consultant runs it for small organisations. */
export const PROCUREMENT_ROW: CatalogRow = row(
  'procurement',
  'Procurement',
  'Other',
  5,
  20,
  [
    ['proSourcing', 25],
    ['proOrders', 20],
    ['proContracts', 25],
    ['proCost', 15],
    ['proSavings', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance buyer or purchasing consultant runs sourcing and purchasing for organisations ' +
      'too small for a procurement team: runs tenders and requests for quotation, places and ' +
      'chases orders, negotiates and manages contracts, and reports what purchasing saved. ' +
      'Sourcing and tender evaluation, the work clients most often hire for: price points by ' +
      'the formula the tender states (lowest ÷ bid, linear deduction), quality marks scaled to ' +
      'their weight and moderated, quality thresholds and pass/fail compliance before price, ' +
      'the most economically advantageous tender, quotes with set-up and carriage, schedules of ' +
      'rates, quote validity, bonds, and whole-life cost (service, consumables, energy, resale, ' +
      'discounting, payback, switching costs): 25 %. Purchase orders: quantities under pack ' +
      'sizes, minimums and all-units or incremental price breaks, discounts before VAT, carriage ' +
      'thresholds, over-delivery tolerances, back-orders, open commitments, change orders, ' +
      'cancellation charges, consignment stock, framework headroom, split awards, returns and ' +
      'buying ahead of a price rise: 20 %. Contracts: liquidated and delay damages as written, ' +
      'one- and two-index price adjustment, thresholds, caps and collars, exchange-rate bands, ' +
      'retention, service credits, contract value with options, notice, renewal, payment and ' +
      'warranty dates, and what a quote costs delivered under each Incoterms 2020 rule: 25 %. ' +
      'Cost and price analysis before negotiating: should-cost, labour from cycle times, ' +
      'overhead rates, material yield, the rise a cost breakdown justifies, learning curves, ' +
      'make-or-buy, tooling, incentive and fixed fees, rebates, discounts and charge-out ' +
      'rates: 15 %. Supplier performance and savings: defect ppm and reject costs, savings and ' +
      'cost avoidance by the client’s stated policy, spend concentration, tail and off-contract ' +
      'spend, supplier dependence, price variance, benchmarks and index gaps, e-auction ' +
      'savings: 15 %. Every item states the formula, terms, policy and rounding its key depends ' +
      'on. Inventory policy (EOQ, safety stock, reorder points), freight and Incoterms risk ' +
      'points are left to the supply-chain test; public-procurement statutes and thresholds, ' +
      'negotiation tactics and a particular e-sourcing tool’s screens are not tested.',
  },
)
