import { type CatalogRow, row } from './catalog-row.js'

/** Cost accounting as a freelance cost accountant works it for small manufacturers and contractors. */
export const COST_ACCOUNTING_ROW: CatalogRow = row(
  'cost-accounting',
  'Cost accounting',
  'Finance',
  5,
  30,
  [
    ['cacOverheads', 20],
    ['cacJobs', 20],
    ['cacProcess', 20],
    ['cacInventory', 20],
    ['cacVariances', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance cost accountant keeps the cost records of small manufacturers, workshops, ' +
      'food producers and contractors: they price material issues and value inventory, cost ' +
      'labour, share overheads between departments and absorb them into products, cost jobs, ' +
      'batches, contracts and processes, and compare actual costs with standards each month so the ' +
      'owner can see where money went. Overhead apportionment and absorption: apportioning shared ' +
      'costs on a stated basis, reapportioning service departments by the direct, step-down and ' +
      'reciprocal methods, departmental and machine-hour rates set on the budget, activity-based ' +
      'rates, over- and under-absorption and the absorption against marginal profit difference: ' +
      '20 %. Job, batch and contract costing: building up a job’s cost from materials, labour and ' +
      'absorbed overhead, pricing it at a mark-up or margin, batch cost per unit with spoilage and ' +
      'set-up, and a contract’s percentage complete, attributable profit, foreseeable loss and ' +
      'retention: 20 %. Process costing: normal and abnormal losses and gains with their scrap ' +
      'value, equivalent units by the weighted-average and FIFO methods, and joint costs shared by ' +
      'physical units, sales value at split-off or net realisable value, with by-product proceeds ' +
      'taken off the joint cost: 20 %. Material and labour costing: FIFO and weighted-average issue ' +
      'pricing and closing inventory, the economic order quantity, reorder, maximum and minimum ' +
      'levels, overtime premium, idle time, piecework and time-saved bonus schemes, and labour ' +
      'turnover: 20 %. Standard costing and variance analysis: material price and usage, with ' +
      'usage split into mix and yield, labour rate, efficiency and idle time, variable overhead ' +
      'expenditure and efficiency, fixed overhead expenditure and volume, with volume split into ' +
      'capacity and efficiency, and sales price and volume variances, with volume split into mix ' +
      'and quantity, each labelled favourable or ' +
      'adverse, and the reconciliation of standard with actual cost: 20 %. Every item states the ' +
      'figures, the method and the rounding its key depends on. Not tested: cost-volume-profit and ' +
      'breakeven analysis, budget preparation, a particular costing package or spreadsheet, ' +
      'financial reporting standards for inventory and contracts beyond the rule an item states, ' +
      'and tax. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
