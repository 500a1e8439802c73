import { type CatalogRow, row } from './catalog-row.js'

/** Management accounting as a freelance management accountant works it for small and mid-size clients. */
export const MANAGEMENT_ACCOUNTING_ROW: CatalogRow = row(
  'management-accounting',
  'Management accounting',
  'Finance',
  5,
  40,
  [
    ['mgaCvp', 20],
    ['mgaCosting', 20],
    ['mgaBudgeting', 20],
    ['mgaVariances', 20],
    ['mgaDecisions', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance management accountant who serves several small and mid-size clients works out ' +
      'what a product really costs, where the break-even point lies, what next quarter’s budgets ' +
      'and cash look like, why actual results differ from standard, and which of two courses ' +
      'leaves the client better off. Cost behaviour and break-even: unit and total contribution, ' +
      'the contribution margin ratio, break-even and target-profit volumes and revenue, margin of ' +
      'safety, operating leverage, high-low cost estimation and multi-product break-even in a ' +
      'stated sales mix: 20 %. Product costing: overhead absorption rates on a stated basis, under- ' +
      'and over-absorption, absorption against variable costing profit, activity-based costing, ' +
      'job costs with a stated mark-up and process costing with equivalent units on the stated ' +
      'method: 20 %. Budgeting: sales, production and materials purchases budgets with stated ' +
      'opening and closing inventory, cash receipts and payments on stated collection patterns, ' +
      'flexible budgets and closing cash: 20 %. Variance analysis: materials price and usage, ' +
      'labour rate, efficiency and idle time, variable and fixed overhead variances and sales ' +
      'price and volume variances, each with the stated quantity basis and whether it is ' +
      'favourable or adverse: 20 %. Decision-making: relevant costs with sunk and committed costs ' +
      'left out, make or buy, ranking by contribution per unit of a limiting factor, special ' +
      'orders, shutting a segment, minimum transfer prices, return on investment and residual ' +
      'income: 20 %. Every item states the costing method, basis, convention and rounding its key ' +
      'depends on. Not tested: financial reporting standards and double entry (see bookkeeping), ' +
      'tax, discounted cash flow appraisal (see corporate finance), spreadsheet software and ' +
      'strategic judgement. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
