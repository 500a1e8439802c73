import { type CatalogRow, row } from './catalog-row.js'

/** Personal financial planning as a freelance planner or money coach works a household’s numbers. */
export const PERSONAL_FINANCIAL_PLANNING_ROW: CatalogRow = row(
  'personal-financial-planning',
  'Personal financial planning',
  'Finance',
  4,
  20,
  [
    ['pfpCashflow', 20],
    ['pfpDebt', 20],
    ['pfpInvest', 20],
    ['pfpGoals', 20],
    ['pfpTax', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance financial planner or money coach works with households on their budgets, ' +
      'debts, savings, investments and goals: they build a cash-flow statement from pay slips ' +
      'and bills, say how large an emergency fund should be, cost a debt and the order to repay ' +
      'it in, show what compounding, inflation and fees do to savings, and size the saving a ' +
      'retirement or college goal needs, with the income tax each choice changes. Budgets, cash ' +
      'flow and net worth: monthly surpluses with annual bills spread, pay frequencies, the ' +
      '50/30/20 split, emergency-fund months and shortfalls, savings rates, debt-to-income ratios ' +
      'and net worth from balances: 20 %. Debt and borrowing: card interest by average daily ' +
      'balance, minimum payments, level loan payments and amortisation, interest in a year, APR ' +
      'against APY, avalanche and snowball order, and the saving from refinancing: 20 %. Investing ' +
      'and growth: compound growth at a stated compounding, real returns after inflation, the ' +
      'drag of fees, weighted portfolio returns, dollar-cost averaging, rebalancing to a target ' +
      'mix and the rule of 72 as stated: 20 %. Goals and retirement: a retirement target from a ' +
      'stated withdrawal rate, the future value of regular savings, the saving a goal needs, the ' +
      'time to reach it, and college costs that grow: 20 %. Income tax in planning: tax under ' +
      'progressive brackets the item states, marginal against effective rates, pre-tax against ' +
      'after-tax contributions, tax-advantaged accounts, and deductions against credits: 20 %. ' +
      'Every item states the rates, brackets, conventions and rounding its key depends on. Not ' +
      'tested: the tax law of any one country beyond what an item states, choosing securities ' +
      'or products, insurance underwriting, estate law, and the regulation of advice. A 25-item ' +
      'form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
