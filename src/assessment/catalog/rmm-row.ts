import { type CatalogRow, row } from './catalog-row.js'

/** Retail merchandising mathematics as a buyer, merchandiser, planner or allocator works it. */
export const RETAIL_MERCHANDISING_ROW: CatalogRow = row(
  'retail-merchandising',
  'Retail merchandising mathematics',
  'Sales & Marketing',
  4,
  20,
  [
    ['rmmMarkup', 20],
    ['rmmMarkdown', 20],
    ['rmmPlanning', 20],
    ['rmmPerformance', 20],
    ['rmmSpace', 20],
  ],
  {
    jobTaskAnalysis:
      'A retail buyer, merchandiser, planner or allocator, in a chain or as a freelance ' +
      'consultant to independent shops, prices ranges, plans and controls stock, and reports how ' +
      'the merchandise performed, working each figure from the cost, retail and sales data the ' +
      'business holds and rounding as its rule says. Markup and pricing: markup on retail against ' +
      'markup on cost, tickets that include VAT, landed cost with freight and duty, chain trade ' +
      'discounts, initial markup from the plan, maintained and cumulative markup, the markup the ' +
      'rest of a season’s purchases must carry, and price endings set by a stated rule: 20 %. ' +
      'Markdowns and promotions: markdown percentages on the original ticket and of net sales, ' +
      'markdown cancellations and point-of-sale markdowns, retail reductions, promotional margin, ' +
      'break-even lift with supplier funding, incremental gross profit after baseline and ' +
      'cannibalisation, and clearance prices that reach a margin: 20 %. Inventory planning: ' +
      'open-to-buy at retail and at cost, stock-to-sales ratios, the basic stock, percentage ' +
      'variation and weeks-of-supply methods, forward weeks of cover, planned purchases, monthly ' +
      'sales plans, and the conventional retail method of valuing stock: 20 %. Productivity and ' +
      'performance: sell-through, stock turn at retail and at cost with a stated average-stock ' +
      'convention, GMROI, shrinkage, sales per square foot, like-for-like growth, transaction ' +
      'value, conversion and rate of sale: 20 %. Assortment, allocation and space: colour and ' +
      'size splits, ratio packs, allocation by store grade and by sales share in inner packs, ' +
      'minimum presentation stock, facings, shelf capacity, linear space by margin, buy depth and ' +
      'average unit retail: 20 %. Every item states the conventions and rounding its key depends ' +
      'on. Not tested: a particular merchandise-planning system, trend and product judgement, ' +
      'negotiation, visual merchandising, demand forecasting models and accounting standards. A ' +
      '25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
