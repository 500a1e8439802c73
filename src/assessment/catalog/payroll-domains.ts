import type { ModelDomain } from './model-domains.js'

/** The payroll test's domains, each served by one scenario model of its own families. */
export const PAYROLL_DOMAINS = {
  payGross: {
    id: 'payroll-gross',
    title: 'Gross pay and FLSA overtime',
    itemModelIds: ['payroll-gross'],
    outcome:
      'Work out gross pay for hourly, piece-rate and salaried non-exempt employees, with overtime at one and one-half times a regular rate that includes shift differentials and non-discretionary bonuses, counted per workweek, and convert salaries between pay frequencies',
  },
  payDeductions: {
    id: 'payroll-deductions',
    title: 'Pre-tax and after-tax deductions and garnishments',
    itemModelIds: ['payroll-deductions'],
    outcome:
      'Find income tax and FICA wages after 401(k), section 125 and Roth deductions, net pay, imputed group-term life income, garnishment limits on disposable earnings and the elective-deferral limit',
  },
  payEmployeeTax: {
    id: 'payroll-employee-tax',
    title: 'Employee tax withholding',
    itemModelIds: ['payroll-employee-tax'],
    outcome:
      'Withhold Social Security to the wage base, Medicare and Additional Medicare Tax, supplemental wages at the flat and mandatory rates, gross-ups and percentage-method rows, and apply Form W-4 and tip-reporting rules',
  },
  payEmployerTax: {
    id: 'payroll-employer-tax',
    title: 'Employer FICA, FUTA and state unemployment tax',
    itemModelIds: ['payroll-employer-tax'],
    outcome:
      'Work out the employer’s FICA match, FUTA with the state credit and any credit reduction, state unemployment tax at a stated rate and base, FUTA deposits, 401(k) matches and Form 941 total taxes',
  },
  payJournal: {
    id: 'payroll-journal',
    title: 'Payroll journal entries and accruals',
    itemModelIds: ['payroll-journal'],
    outcome:
      'Record payrolls, employer taxes, remittances and net pay in double entry, and accrue wages, employer taxes and vacation across a period end',
  },
  payCompliance: {
    id: 'payroll-compliance',
    title: 'Deposits, filings, forms and worker classification',
    itemModelIds: ['payroll-compliance'],
    outcome:
      'Date semiweekly and monthly deposits and Form 941, 940 and W-2 filings, fill Form W-2 wage boxes, correct returns and forms, keep records, report new hires and classify workers as employees or contractors',
  },
} as const satisfies Record<string, ModelDomain>
