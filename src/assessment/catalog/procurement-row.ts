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
      'their weight, the most economically advantageous tender, pass/fail compliance before ' +
      'price, and whole-life cost (service, consumables, energy, resale, discounted costs): 25 %. ' +
      'Purchase orders: quantities under pack sizes, minimums and all-units or incremental price ' +
      'breaks, over-delivery tolerances, back-orders after rejections, open commitments, ' +
      'cancellation charges and MRP net requirements: 20 %. Contracts: liquidated and delay ' +
      'damages as written, index-linked and threshold price adjustment, retention and advance ' +
      'recovery, service credits, and what a quote costs delivered under each Incoterms 2020 ' +
      'rule: 25 %. Cost and price analysis before negotiating: should-cost, the rise a cost ' +
      'breakdown justifies, learning curves, make-or-buy, tooling, incentive fees and rebates: ' +
      '15 %. Supplier performance and savings: defect ppm, savings and cost avoidance by the ' +
      'client’s stated policy, spend concentration, off-contract spend, price variance and ' +
      'e-auction savings: 15 %. Every item states the formula, terms, policy and rounding its ' +
      'key depends on. Inventory policy (EOQ, safety stock, reorder points), freight and ' +
      'Incoterms risk points are left to the supply-chain test; public-procurement statutes and ' +
      'thresholds, negotiation tactics and a particular e-sourcing tool’s screens are not tested.',
  },
)
