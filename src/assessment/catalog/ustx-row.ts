import { type CatalogRow, row } from './catalog-row.js'

/** US individual tax preparation as a freelance or seasonal preparer does it. */
export const US_TAX_PREPARATION_ROW: CatalogRow = row(
  'tax-preparation-us',
  'US individual tax preparation',
  'Finance',
  5,
  30,
  [
    ['ustxStatus', 20],
    ['ustxIncome', 20],
    ['ustxDeduction', 20],
    ['ustxCredit', 20],
    ['ustxComputation', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance or seasonal tax preparer (often hired through a freelancing marketplace or ' +
      'a storefront practice in filing season) prepares Form 1040 returns for tax year 2025 for ' +
      'employees, retirees and sole proprietors: settles filing status and dependents, reports ' +
      'income from W-2s, 1099s and Schedule C, takes the adjustments and the larger of the ' +
      'standard and itemised deductions, claims the credits, computes the tax and tells the ' +
      'client the refund or balance due and what to pay in estimated tax. Filing status and ' +
      'dependents: the head-of-household cost-of-home test, the qualifying relative gross ' +
      'income and support tests, the standard deduction by status with the additional amounts ' +
      'for age and blindness, a dependent’s standard deduction and the 2025 senior deduction ' +
      'and its phase-out: 20 %. Income: wages in box 1, taxable interest, ordinary and ' +
      'qualified dividends, capital gain and loss netting with the $3,000 limit and ' +
      'carryover, basis, the home sale exclusion, taxable Social Security at both tiers, ' +
      'canceled debt and insolvency, and Schedule C gross receipts, net profit, car and home ' +
      'office expenses: 20 %. Adjustments and deductions: self-employment tax on 92.35 % and ' +
      'its deductible half, self-employed health insurance, HSA, IRA and SEP limits, the ' +
      'student loan interest phase-out, the QBI deduction, and itemised deductions with the ' +
      '2025 SALT cap and its phase-down, the 7.5 % medical floor, charitable rules, mortgage ' +
      'and investment interest limits and gambling losses: 20 %. Credits: the 2025 child tax ' +
      'credit and credit for other dependents with their phase-out, the additional child tax ' +
      'credit, the American opportunity and lifetime learning credits, the child and ' +
      'dependent care credit and excluded care benefits, the saver’s credit, the earned ' +
      'income credit and the home energy credits: 20 %. Tax computation and payments: the ' +
      'brackets, the qualified dividend and capital gain worksheet at 0/15/20 %, the net ' +
      'investment income tax, the additional Medicare tax, the 10 % additional tax on early ' +
      'distributions, total tax, refund or balance due, excess social security, estimated-tax ' +
      'safe harbours at 90/100/110 %, withholding and the late filing and payment penalties: ' +
      '20 %. Every item names tax year 2025 and states the brackets, deductions, thresholds, ' +
      'rates and limits its key relies on. Not tested: state returns, business entities ' +
      '(partnerships, S and C corporations), depreciation schedules, the alternative minimum ' +
      'tax, international returns, audits and representation, any particular tax software, ' +
      'and a freelancer’s own tax set-aside budgeting. A 25-item form gives each of the five ' +
      'domains five items.',
    scoredItems: 25,
  },
)
