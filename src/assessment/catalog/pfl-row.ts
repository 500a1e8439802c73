import { type CatalogRow, row } from './catalog-row.js'

/** Personal finance literacy as a freelancer needs it to run their own money. */
export const PERSONAL_FINANCE_LITERACY_ROW: CatalogRow = row(
  'personal-finance-literacy',
  'Personal finance literacy',
  'Other',
  3,
  10,
  [
    ['pflBudget', 20],
    ['pflCredit', 20],
    ['pflSaving', 20],
    ['pflInsurance', 20],
    ['pflTax', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer, on either side of a freelance platform, runs their own money: income that ' +
      'arrives unevenly, no employer to withhold tax or pay into a pension, and everyday decisions ' +
      'about spending, borrowing, saving and cover. Budgeting and irregular income: a monthly budget ' +
      'from uneven months, take-home pay after a platform fee and a stated tax set-aside, an ' +
      'emergency fund and how long it lasts, sinking funds for bills that fall due later, and ' +
      'real price comparisons: 20 %. Borrowing and credit: stated interest against APR with fees, ' +
      'card interest on a stated daily-balance method, minimum payments, the total cost of a loan, ' +
      'buy-now-pay-later and payday fees, and comparing loans with their fees: 20 %. Saving and ' +
      'compounding: compound against simple interest, the rule of 72 as an approximation against ' +
      'the exact figure, inflation and real value, regular saving to a goal and fees that eat ' +
      'returns: 20 %. Insurance and risk: deductibles, coinsurance and caps on a stated claim, ' +
      'premiums against expected cost, diversification in plain numbers and "guaranteed" returns ' +
      'set against a stated market rate: 20 %. Freelance taxes and retirement basics: setting aside ' +
      'a stated share, estimated payments by a stated rule, retirement contributions up to a stated ' +
      'cap, deductions against tax, and marginal against average rates from a stated bracket ' +
      'table: 20 %. Every item states the rule, rate convention and rounding its key depends on; ' +
      'no item relies on any country’s real tax figures. Not tested: professional financial ' +
      'planning (see personal financial planning), business mathematics and corporate finance, ' +
      'choosing products or providers, legal and tax advice, and investment selection. A 25-item ' +
      'form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
