import { type CatalogRow, row } from './catalog-row.js'

/** US payroll administration as a freelance payroll specialist or bookkeeper runs it for small employers. */
export const PAYROLL_ROW: CatalogRow = row(
  'payroll',
  'Payroll administration',
  'Finance',
  4,
  20,
  [
    ['payGross', 24],
    ['payDeductions', 14],
    ['payEmployeeTax', 18],
    ['payEmployerTax', 12],
    ['payJournal', 12],
    ['payCompliance', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance payroll specialist or bookkeeper runs payroll for small US employers: turns ' +
      'timecards and salaries into gross pay, applies pre-tax and after-tax deductions and ' +
      'garnishments, withholds employee taxes, works out the employer’s own taxes, posts the ' +
      'payroll journals and month-end accruals, and keeps the client’s deposits, returns and ' +
      'forms on time. Gross pay under the FLSA (overtime at one and one-half times the regular ' +
      'rate in each workweek, with shift differentials, non-discretionary bonuses, piece rates, ' +
      'two rates, fluctuating-workweek and salaried non-exempt pay, minimum-wage make-up, holiday hours, ' +
      'retro pay and salary conversion between pay frequencies), the most frequent task and the ' +
      'one behind most wage claims: 24 %. Deductions (which wages a traditional 401(k), a ' +
      'section 125 premium and a Roth deferral reduce, net pay, group-term life over $50,000, ' +
      'garnishment limits on disposable earnings, the deferral limit): 14 %. Employee tax ' +
      'withholding (Social Security to the wage base, Medicare and Additional Medicare over ' +
      '$200,000 per employer, supplemental flat rates and the $1 million rule, gross-ups, ' +
      'percentage-method rows and Form W-4 rules, tips): 18 %. Employer taxes (FICA match, FUTA ' +
      'with the credit, credit reduction and deposit threshold, state unemployment at a stated ' +
      'rate and base, 401(k) match, Form 941 totals): 12 %. Journal entries and accruals (net ' +
      'pay, liabilities, payroll tax expense, accrued wages and taxes across a period end, ' +
      'vacation liability, remittances): 12 %. Compliance (semiweekly and monthly deposit dates, ' +
      'the lookback period and the $100,000 and $2,500 rules, Forms 941, 940, W-2 boxes 1, 3 ' +
      'and 5, W-2c and 941-X, record keeping, new-hire reporting, I-9 and W-4 handling, worker ' +
      'classification and the trust fund recovery penalty), where a missed date costs the ' +
      'client penalties: 20 %. Every rate, wage base, table row and rounding rule an item uses ' +
      'is stated in it, with cents rounded half up per tax. Not tested: state income tax and ' +
      'state wage-and-hour rules (daily overtime, final-pay deadlines), any one payroll ' +
      'package’s screens, benefits plan design, multi-state nexus, and the income tax ' +
      'withholding tables themselves.',
  },
)
