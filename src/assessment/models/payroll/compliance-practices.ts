import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './payroll-text.js'

// Deposit, filing, record and classification rules as the key test’s table of documented rules
// states them: IRS Publication 15 (2026) sections 1, 2, 11 and 12, the Instructions for Forms 940,
// 941-X and W-2/W-3, Publication 15-A (common-law control), Form SS-8, IRC 6672 (trust fund
// recovery penalty), 42 U.S.C. 653a (new-hire reporting) and the Form I-9 instructions (USCIS).

const COMPLIANCE_PRACTICES: readonly Practice[] = [
  {
    id: 'next-day-deposit-at-100000',
    stems: [
      'A monthly depositor runs a large bonus payroll and accumulates $104,000 of employment taxes on one day. When must it deposit?',
      'What happens when a client accumulates $100,000 or more of employment taxes on a single day?',
    ],
    keys: [
      'Next business day; semiweekly from then on',
      'By the next business day, then semiweekly',
      'Next business day, and semiweekly from then',
    ],
    wrong: [
      [
        'Deposit by the 15th of next month, as a monthly depositor',
        'ignores the $100,000 next-day rule',
      ],
      ['Deposit by the following Wednesday or Friday', 'applies only the semiweekly rule'],
      ['Pay it with the quarterly Form 941', 'applies the $2,500 rule to a large liability'],
      ['Deposit within three business days, then stay monthly', 'invents a three-day rule'],
      ['Deposit the same day, before the payroll is paid', 'invents a same-day rule'],
    ],
  },
  {
    id: 'lookback-period-for-2026',
    stems: [
      'To decide a client’s 2026 deposit schedule, which lookback period for Form 941 taxes do you total?',
      'Which quarters make up the lookback period for a Form 941 filer’s 2026 deposit schedule?',
    ],
    keys: [
      'July 1, 2024 through June 30, 2025',
      'From July 1, 2024 to June 30, 2025',
      'Quarters from July 2024 through June 2025',
    ],
    wrong: [
      ['January 1 through December 31, 2025', 'uses the prior calendar year'],
      ['July 1, 2025 through June 30, 2026', 'uses a period that ends in the current year'],
      ['October 1, 2024 through September 30, 2025', 'uses the federal fiscal year'],
      ['January 1, 2024 through December 31, 2024', 'uses the year two years back'],
      ['April 1, 2025 through March 31, 2026', 'ends the period in the current year'],
    ],
  },
  {
    id: 'monthly-depositor-threshold',
    stems: [
      'A client reported $46,800 of Form 941 taxes in its lookback period. Which deposit schedule applies for the year?',
      'The lookback period shows $38,200 of total Form 941 taxes. What is the client’s deposit schedule?',
    ],
    keys: [
      'Monthly: lookback taxes were $50,000 or less',
      'The monthly schedule, being at or under $50,000',
      'Monthly, as the total is not over $50,000',
    ],
    wrong: [
      ['Semiweekly: every employer with staff deposits semiweekly', 'ignores the lookback test'],
      ['Quarterly with Form 941, being under $50,000', 'confuses it with the $2,500 rule'],
      ['Annual, with Form 944, being under $50,000', 'confuses it with Form 944 filers'],
      ['Semiweekly: the lookback total is over $2,500', 'uses the wrong threshold'],
      ['Next-day, since taxes were over $1,000 a month', 'invents a next-day threshold'],
    ],
  },
  {
    id: 'small-liability-paid-with-return',
    stems: [
      'A tiny client’s Form 941 taxes are $1,900 for the quarter and were $2,100 last quarter, with no $100,000 day. How can it pay?',
      'When may a Form 941 filer pay the quarter’s taxes with the return instead of depositing them?',
    ],
    keys: [
      'With the return: the quarter’s tax is under $2,500',
      'With the timely filed return, being under $2,500',
      'Under $2,500 for the quarter, so with the return',
    ],
    wrong: [
      [
        'Never: every payroll tax must be deposited by EFT before filing',
        'ignores the $2,500 rule',
      ],
      ['Only if the total is under $500, as for FUTA', 'confuses it with the FUTA threshold'],
      ['Only if under $50,000 in the lookback period', 'confuses it with the monthly threshold'],
      ['By check to the IRS within 10 days of payday', 'invents a ten-day rule'],
      ['With the annual Form 940 in January', 'uses the FUTA return'],
    ],
  },
  {
    id: 'form-940-due-january-31',
    stems: [
      'When is the 2026 Form 940 (annual FUTA return) due?',
      'A client asks when its annual federal unemployment return for 2026 must be filed.',
    ],
    keys: [
      'January 31 next year; February 10 if all deposited',
      'By January 31 (February 10 if fully deposited on time)',
      'January 31 of the next year, or February 10 if paid up',
    ],
    wrong: [
      [
        'April 15 of the next year, with the owner’s income tax return',
        'uses the income tax return date',
      ],
      ['The last day of the month after each quarter', 'confuses it with Form 941'],
      [
        'March 15 of the next year, with the business’s own return',
        'uses the partnership or S-corporation date',
      ],
      ['December 31 of the same year, before the year closes', 'files before the year closes'],
      [
        'January 31 next year, or February 28 if filed on paper',
        'confuses it with the paper information-return date',
      ],
    ],
  },
  {
    id: 'forms-w2-due-january-31',
    stems: [
      'By when must 2026 Forms W-2 reach employees and the Social Security Administration?',
      'What is the deadline for giving employees their 2026 Forms W-2 and filing Copy A with SSA?',
    ],
    keys: [
      'January 31 next year, for employees and SSA',
      'By January 31 for employees and for SSA',
      'January 31 of the next year, to each of them',
    ],
    wrong: [
      ['Employees by January 31; SSA by March 31', 'uses the old electronic filing date'],
      ['February 15 of the next year, for both', 'uses the Form 1099-B date'],
      ['April 15 of the next year, with the tax returns', 'uses the return due date'],
      ['Employees by February 28; SSA by January 31', 'reverses the dates'],
      ['With the fourth-quarter Form 941, on February 10', 'ties them to Form 941'],
    ],
  },
  {
    id: 'keep-employment-tax-records-four-years',
    stems: [
      'How long should a client keep its employment tax records under IRS rules?',
      'A client wants to shred old payroll registers and Forms W-4. What is the IRS minimum period?',
    ],
    keys: [
      'At least 4 years after tax is due or paid',
      'Four years from the later of due date and payment',
      'A minimum of 4 years after due or paid',
    ],
    wrong: [
      ['One year after the Form W-2 is issued', 'keeps records too briefly'],
      ['Until the employee leaves, then destroy them', 'ties retention to employment'],
      ['Three years, the limitation period for income tax returns', 'uses the income tax period'],
      ['Seven years from hire, then shred them', 'invents a hire-date rule'],
      ['Two years, as for FLSA timecards', 'confuses IRS and FLSA periods'],
    ],
  },
  {
    id: 'common-law-control-makes-an-employee',
    stems: [
      'A client pays a “contractor” who works set hours at its office, uses its tools, follows its manager’s instructions and has no other clients. How should the worker be paid?',
      'A worker is told when, where and how to do the job, is trained by the client and cannot profit or lose on the work. How is the worker classified?',
    ],
    keys: [
      'As an employee: the business controls the work',
      'On payroll, since the client has the right to control',
      'As an employee; control lies with the business',
    ],
    wrong: [
      [
        'As a contractor, because the worker signed a contractor agreement',
        'lets the contract label decide',
      ],
      [
        'As a contractor, since the worker asked to be paid on Form 1099',
        'lets the worker’s preference decide',
      ],
      [
        'As a contractor if paid under $600 in the year',
        'confuses a reporting threshold with status',
      ],
      ['As an employee only after 1,000 hours in a year', 'invents an hours test'],
      ['As a contractor, since the job is temporary', 'treats a short engagement as decisive'],
    ],
  },
  {
    id: 'form-ss8-for-status-determination',
    stems: [
      'A client cannot decide whether a worker is an employee or contractor and wants the IRS to decide. Which form is used?',
      'Which form asks the IRS for a determination of a worker’s status for employment taxes?',
    ],
    keys: [
      'Form SS-8, for an IRS status determination',
      'Form SS-8, Determination of Worker Status',
      'An IRS Form SS-8 status request',
    ],
    wrong: [
      ['Form W-9, the taxpayer identification request', 'uses the TIN form'],
      ['Form SS-4, the EIN application', 'uses the EIN form'],
      ['Form 8832, entity classification', 'uses the entity election'],
      ['Form W-4, which the worker signs as employee', 'uses the withholding form'],
      ['Form 1099-NEC, filed with a status note', 'uses the payment report'],
    ],
  },
  {
    id: 'trust-fund-recovery-penalty',
    stems: [
      'A struggling client used withheld income tax and FICA to pay suppliers. Who can the IRS hold personally liable?',
      'What is the risk to the owner when a company does not deposit the taxes it withheld from employees?',
    ],
    keys: [
      'Responsible persons acting wilfully, 100 % personally',
      'The trust fund recovery penalty, on responsible persons',
      'A personal 100 % penalty on those responsible',
    ],
    wrong: [
      ['Only the company; a corporation shields its owners', 'forgets the personal penalty'],
      [
        'The employees, who must pay the tax again on their returns',
        'shifts the tax back to employees',
      ],
      ['The payroll provider alone, whatever the owner did', 'blames the provider by default'],
      ['Nobody, if the company files Form 941 on time', 'treats filing as payment'],
      ['Only the suppliers who were paid with the money', 'blames the recipients'],
    ],
  },
  {
    id: 'form-941x-corrects-a-filed-941',
    stems: [
      'After filing Form 941 you find wages were under-reported in that quarter. How do you correct it?',
      'A filed Form 941 overstated Social Security wages. What is the correction?',
    ],
    keys: [
      'File Form 941-X for that quarter',
      'Form 941-X, the adjusted return',
      'An adjusted Form 941-X for the quarter',
    ],
    wrong: [
      ['File a second Form 941 marked “amended”', 'files a duplicate return'],
      ['Adjust the next quarter’s Form 941 quietly', 'hides the correction in another quarter'],
      ['File Form W-2c only', 'corrects employee forms but not the return'],
      ['Write to the IRS and wait for a notice', 'waits instead of correcting'],
      ['Correct it on the annual Form 940', 'uses the FUTA return'],
    ],
  },
  {
    id: 'form-w2c-corrects-a-w2',
    stems: [
      'A Form W-2 issued to an employee shows the wrong box 1 wages. What do you file?',
      'After Forms W-2 went out you find an error in one employee’s wages. How is it corrected?',
    ],
    keys: [
      'Form W-2c to the employee and SSA, with W-3c',
      'A Form W-2c, sent to SSA with Form W-3c',
      'W-2c for the employee and SSA, on W-3c',
    ],
    wrong: [
      ['A new Form W-2 marked “corrected”', 'reissues the original form'],
      ['Form 941-X only, as the return covers it', 'corrects the return but not the employee form'],
      ['Nothing; the employee fixes it on their return', 'leaves the error to the employee'],
      ['Form 1099-NEC for the difference', 'uses a contractor form'],
      ['A letter to the employee explaining the error', 'informs without correcting'],
    ],
  },
  {
    id: 'new-hire-report-within-20-days',
    stems: [
      'A client hires a new employee. What federal rule applies to reporting the hire?',
      'When must a newly hired employee be reported to the state directory of new hires under federal law?',
    ],
    keys: [
      'To the state new-hire directory within 20 days',
      'Within 20 days of hire, to the state directory',
      'State new-hire registry, within 20 days of hire',
    ],
    wrong: [
      ['Report to the IRS by sending the Form W-4 within 10 days', 'sends the W-4 to the IRS'],
      ['No report; the first Form 941 shows the new hire', 'relies on the quarterly return'],
      ['Report at year end on Form W-2', 'relies on the annual form'],
      ['Report to USCIS with Form I-9 within 3 days', 'confuses I-9 with new-hire reporting'],
      ['Report only employees paid over $600 in the year', 'uses a contractor threshold'],
    ],
  },
  {
    id: 'form-w4-kept-by-employer',
    stems: [
      'What does your client do with each employee’s signed Form W-4?',
      'An owner asks whether completed Forms W-4 must be mailed to the IRS.',
    ],
    keys: [
      'Keep it on file; the IRS gets it only if asked',
      'Keep it in the records unless the IRS asks',
      'File it with payroll records; send it on request',
    ],
    wrong: [
      ['Mail every Form W-4 to the IRS within 30 days of hire', 'sends all forms to the IRS'],
      ['Attach them to the quarterly Form 941', 'files them with the return'],
      ['Send them to SSA with the Forms W-2', 'files them with SSA'],
      ['Give it back to the employee once withholding is set up', 'keeps no record'],
      ['Destroy it once withholding is set up', 'keeps no record'],
    ],
  },
  {
    id: 'form-i9-proves-work-eligibility',
    stems: [
      'Which form does a new employee complete to verify identity and eligibility to work in the United States?',
      'A client asks which new-hire form is about employment eligibility, not tax withholding.',
    ],
    keys: [
      'Form I-9, kept by the employer, not filed with the IRS',
      'Form I-9 from USCIS, kept on file by the employer',
      'The USCIS Form I-9, retained by the employer',
    ],
    wrong: [
      [
        'Form W-4, which sets withholding and proves eligibility',
        'confuses withholding with eligibility',
      ],
      ['Form W-9, which certifies the taxpayer number', 'uses the contractor TIN form'],
      ['Form SS-5, the Social Security card application', 'uses the SSN application'],
      ['Form SS-8, filed with the IRS', 'uses the status determination form'],
      ['Form W-2, given to the employee at hire', 'uses the annual wage statement'],
    ],
  },
  {
    id: 'deposits-by-electronic-funds-transfer',
    stems: [
      'How must a client make its federal employment tax deposits?',
      'A client wants to mail a check with a coupon for its monthly 941 deposit. What do you tell them?',
    ],
    keys: [
      'By electronic funds transfer, usually EFTPS',
      'Electronically, generally via EFTPS',
      'Through EFTPS or another electronic transfer',
    ],
    wrong: [
      ['By check with a Form 8109 coupon at a local bank', 'uses the retired coupon system'],
      ['By check mailed along with each Form 941', 'pays with the return instead of depositing'],
      ['In cash at an IRS office once each month', 'invents a cash method'],
      ['By card payment through the SSA website', 'sends deposits to SSA'],
      [
        'Electronically, through SSA’s Business Services Online',
        'sends deposits to SSA’s wage-report site',
      ],
    ],
  },
]

export const COMPLIANCE_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  COMPLIANCE_PRACTICES.map(practiceFamily)
