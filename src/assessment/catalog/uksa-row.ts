import { type CatalogRow, row } from './catalog-row.js'

/** UK self assessment as a freelance bookkeeper or tax assistant prepares the returns. */
export const UK_SELF_ASSESSMENT_ROW: CatalogRow = row(
  'uk-self-assessment',
  'UK self assessment tax',
  'Finance',
  5,
  20,
  [
    ['uksaTrade', 20],
    ['uksaIncome', 20],
    ['uksaNic', 20],
    ['uksaProperty', 20],
    ['uksaPay', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance bookkeeper or tax assistant prepares SA100 returns with their SA103 and ' +
      'SA105 pages for sole traders and landlords: adjusts the accounts to a taxable trading ' +
      'profit, works the income tax computation, adds Class 4 National Insurance and student ' +
      'loan repayments, reports rental income and tells the client what to pay and when. ' +
      'Trading profit: disallowable expenses (entertaining, fines, depreciation), private use ' +
      'of vans, phones and cars, simplified mileage and use-of-home rates, the trading ' +
      'allowance against actual expenses, cash basis and accruals adjustments, goods taken ' +
      'for own use, capital allowances (annual investment allowance, the 18 % main pool and ' +
      '6 % special rate, single asset pools, the small pools allowance), losses carried ' +
      'forward and profits apportioned to the tax year: 20 %. The income tax computation: the ' +
      'personal allowance and its taper, the 20/40/45 % bands, the order non-savings, savings, ' +
      'dividends, the starting rate for savings, the personal savings and dividend ' +
      'allowances, Gift Aid and pension contributions extending the band, the marriage ' +
      'allowance, PAYE already deducted and the high income child benefit charge: 20 %. ' +
      'Class 4 National Insurance and student loans: the 6 % and 2 % Class 4 bands on one or ' +
      'more trades and partnership shares, losses and pension contributions for Class 4, Plan ' +
      '1, 2 and 4 and postgraduate repayments, the £2,000 unearned income rule and payroll ' +
      'deductions already made: 20 %. Property income: rental profit without finance costs, ' +
      'the 20 % finance-cost tax reduction and its limits, unrelieved finance costs, the ' +
      'property allowance, replacement of domestic items, rent-a-room relief, repairs against ' +
      'improvements, jointly owned lets, rent on the accruals basis, property losses and lease ' +
      'premiums: 20 %. Payments, deadlines and penalties: the balancing payment, payments on ' +
      'account and when none are due, reduced payments on account, late filing and late ' +
      'payment penalties, late payment interest and careless inaccuracy penalties: 20 %. Every ' +
      'item names the tax year (2025/26) and states the rates, bands, allowances, thresholds ' +
      'and rounding its key relies on. Not tested: capital gains tax, VAT, PAYE payroll, ' +
      'companies and corporation tax, residence and domicile, Scottish and Welsh income tax ' +
      'rates, filing through any particular software, and advice on tax planning. A 25-item ' +
      'form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
