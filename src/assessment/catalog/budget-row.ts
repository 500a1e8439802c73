import { type CatalogRow, row } from './catalog-row.js'

/** Budgeting and forecasting as a freelance FP&A or management accountant works it for small firms. */
export const BUDGETING_AND_FORECASTING_ROW: CatalogRow = row(
  'budgeting-and-forecasting',
  'Budgeting and forecasting',
  'Finance',
  5,
  25,
  [
    ['budOperating', 20],
    ['budCash', 20],
    ['budVariance', 20],
    ['budForecast', 20],
    ['budReview', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance FP&A or management accountant builds and maintains budgets and forecasts for ' +
      'small and medium-sized firms: they turn the owner’s sales plan into operating and cash ' +
      'budgets, flex the budget to actual activity and explain the variances, reforecast the year ' +
      'each month or quarter, and review budget against actual in the board pack. Operating ' +
      'budgets: production from sales and a closing-stock policy, materials purchases and normal ' +
      'loss, direct labour hours and cost with idle time and overtime, headcount for the hours ' +
      'needed, overhead by the high-low split, stepped costs and absorption rates, standard unit ' +
      'costs, and cost of sales and gross profit: 20 %. Cash budgets: receipts from a stated ' +
      'collection pattern with bad debts, early-payment discounts and VAT, payments on stated terms ' +
      'with depreciation left out, quarterly rent and annual insurance, loan instalments, VAT ' +
      'payments, opening and closing balances, overdraft interest, the peak overdraft and the ' +
      'borrowing a minimum balance needs: 20 %. Flexible budgets and variances: flexing costs and ' +
      'profit to actual volume, sales price and volume, materials price and usage, labour rate, ' +
      'efficiency and idle time, variable overhead spending and efficiency, fixed overhead ' +
      'expenditure and volume, the operating statement and the efficiency ratio, each with its ' +
      'favourable or adverse sign: 20 %. Rolling forecasts and reforecasting: full-year outturn ' +
      'from year-to-date actuals and the remaining budget, run rates, trends, moving averages and ' +
      'exponential smoothing, rolling twelve-month totals, seasonal shares, compound growth, ' +
      'incremental and zero-based lines, and headcount costing with start dates, pay rises and ' +
      'on-costs: 20 %. Budget review and analysis: variance percentages, gross-margin points, ' +
      'product segment margins and contribution ratios, capital expenditure phasing, depreciation ' +
      'and book value from the in-service month, accruals and prepayments in a monthly budget, and ' +
      'receivable, payable and inventory days to budgeted balances and the cash cycle: 20 %. Every ' +
      'item states the rule, rate, sign convention and rounding its key depends on. Not tested: ' +
      'break-even and cost-volume-profit analysis (its own test), a particular budgeting or ' +
      'spreadsheet tool’s screens, statistical regression, tax law beyond the rates an item states, ' +
      'and presenting to a board. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
