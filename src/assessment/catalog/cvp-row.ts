import { type CatalogRow, row } from './catalog-row.js'

/** Cost-volume-profit analysis as a freelance management accountant does it for a small business. */
export const COST_VOLUME_PROFIT_ROW: CatalogRow = row(
  'cost-volume-profit',
  'Cost-volume-profit analysis',
  'Finance',
  5,
  12,
  [
    ['cvpBreakEven', 25],
    ['cvpLeverage', 20],
    ['cvpMix', 15],
    ['cvpCost', 20],
    ['cvpDecisions', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance management accountant or FP&A analyst advising a small business (a bakery, a ' +
      'pottery, a print shop, a furniture maker) answers the owner’s questions about volume, ' +
      'price and cost from the client’s own figures, and must get the number right to the unit ' +
      'and the cent. Contribution, break-even and target profit: contribution per unit and ' +
      'ratio with commissions and absorbed overhead kept apart, break-even units rounded up and ' +
      'exact break-even revenue, units and revenue for a profit before and after tax or as a ' +
      'share of sales, margin of safety in units, revenue and per cent, and the price a target ' +
      'needs: 25 %. Operating leverage and sensitivity: the degree of operating leverage at a ' +
      'volume, the profit effect of changes in volume, price, variable and fixed cost, the ' +
      'volume that holds profit after a price cut or cost rise, and the indifference point ' +
      'between two cost structures or between salary and commission: 20 %. Sales mix: weighted ' +
      'contribution per unit and weighted ratio from a unit or revenue mix, break-even and ' +
      'target units of each product in whole batches, and the effect of a mix shift: 15 %. Cost ' +
      'behaviour: the high-low method on the highest and lowest activity (not cost), with a ' +
      'step removed, semi-variable tariffs, step-fixed supervision and capacity, flexed ' +
      'budgets, average cost across the relevant range, and marginal against absorption ' +
      'profit and under- or over-absorbed overhead: 20 %. Short-term decisions: ranking by ' +
      'contribution per unit of a scarce resource, the best whole-unit plan and the value of ' +
      'one more hour, special orders with spare, short or full capacity, make or buy, dropping ' +
      'a product, further processing and the relevant cost of materials: 20 %. Every item ' +
      'states the figures, tax rate and rounding its key depends on (volumes rounded up to a ' +
      'whole unit unless stated). Not tested: a spreadsheet’s or planning tool’s screens, ' +
      'standard costing variances, capital budgeting and discounting, tax law, and financial ' +
      'reporting standards. A 25-item form gives each of the five domains at least three items.',
    scoredItems: 25,
  },
)
