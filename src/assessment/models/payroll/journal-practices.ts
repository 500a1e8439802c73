import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './payroll-text.js'

// Payroll entries in double entry, as the key test’s table of documented rules states them:
// withholdings are liabilities of the employer until remitted, never its expense; the employer’s
// own taxes are an expense; remittance clears the liability against cash; accruals are reversed
// when the period’s payroll is recorded in full.

const JOURNAL_PRACTICES: readonly Practice[] = [
  {
    id: 'entry-recording-gross-and-withholdings',
    stems: [
      'Which entry records a payroll’s gross wages, the employees’ withholdings and the net pay sent by direct deposit?',
      'How is a paid payroll (gross wages, withholdings, net pay by direct deposit) recorded?',
    ],
    keys: [
      'Debit wages expense for gross; credit withholdings payable and cash',
      'Dr Wages expense (gross); Cr withholdings payable, Cr Cash (net)',
      'Wages expense debited at gross; withholdings payable and cash credited',
    ],
    wrong: [
      [
        'Debit wages expense for net pay; credit cash for net pay only',
        'records net pay only, leaving the withheld taxes unrecorded',
      ],
      [
        'Debit payroll tax expense for withholdings; credit cash for gross',
        'expenses the employees’ withholdings as the employer’s tax',
      ],
      [
        'Debit withholdings payable and cash; credit wages expense for gross',
        'reverses debits and credits',
      ],
      [
        'Debit wages expense for gross; credit wages revenue for withholdings',
        'credits withholdings to an income account',
      ],
      [
        'Debit cash for net pay; credit wages payable for the gross wages',
        'debits cash when paying it out',
      ],
    ],
  },
  {
    id: 'entry-recording-employer-taxes',
    stems: [
      'Which entry records the employer’s matching FICA, FUTA and state unemployment tax on a payroll?',
      'How do you record the employer’s own payroll taxes on this period’s wages before they are paid?',
    ],
    keys: [
      'Debit payroll tax expense; credit FICA, FUTA, SUTA payable',
      'Dr Payroll tax expense; Cr FICA, FUTA and SUTA payable',
      'Payroll tax expense debited; each tax payable credited',
    ],
    wrong: [
      [
        'Debit wages expense; credit the employees’ withholding accounts',
        'treats the employer’s taxes as withheld from the employees',
      ],
      [
        'Debit FICA, FUTA and SUTA payable; credit payroll tax expense',
        'reverses debits and credits',
      ],
      [
        'Debit payroll tax expense; credit cash when the payroll is run',
        'skips the liability and pays taxes before they are due',
      ],
      ['No entry until the taxes are deposited', 'uses cash accounting for an accrued liability'],
      [
        'Debit prepaid taxes; credit FICA, FUTA and SUTA payable',
        'records an expense incurred as an asset',
      ],
    ],
  },
  {
    id: 'entry-remitting-withheld-taxes',
    stems: [
      'Which entry records the EFTPS deposit of withheld income tax and both shares of FICA?',
      'You deposit last month’s federal income tax withheld and FICA (both shares). What is the entry?',
    ],
    keys: [
      'Debit the tax payables; credit cash for the deposit',
      'Dr income tax and FICA payable; Cr Cash',
      'The payable accounts are debited and cash credited',
    ],
    wrong: [
      [
        'Debit payroll tax expense; credit cash for the deposit',
        'expenses the taxes a second time when paid',
      ],
      [
        'Debit wages expense; credit cash for the deposit made',
        'records the withheld tax as more wages',
      ],
      ['Debit cash; credit the tax payable accounts', 'reverses debits and credits'],
      [
        'Debit the payable accounts; credit payroll tax expense',
        'credits an expense instead of cash',
      ],
      [
        'No entry, as the taxes were expensed when withheld',
        'leaves the liability and cash unchanged after paying',
      ],
    ],
  },
  {
    id: 'withheld-fica-is-not-employer-expense',
    stems: [
      'A client asks why the 7.65 % FICA withheld from employees does not appear in payroll tax expense. What do you tell them?',
      'The owner thinks payroll tax expense should include the Social Security and Medicare withheld from staff. What is right?',
    ],
    keys: [
      'It is the employees’ tax, a liability until deposited',
      'Withheld FICA is part of wages, owed as a liability',
      'It is wages expense and a payable, not tax expense',
    ],
    wrong: [
      [
        'It is part of payroll tax expense along with the employer share',
        'treats the employees’ tax as the employer’s expense',
      ],
      [
        'It is a prepaid asset until the quarterly return is filed',
        'books a liability as an asset',
      ],
      [
        'It is income of the business until it is deposited',
        'treats money held for others as income',
      ],
      [
        'It is left out of the books until the W-2s are issued',
        'ignores a liability that exists at withholding',
      ],
      [
        'It is an expense only in the quarter the Form 941 is filed',
        'ties the expense to the return date',
      ],
    ],
  },
  {
    id: 'reversing-a-wage-accrual',
    stems: [
      'You accrued wages at month end. Next month the full biweekly payroll is recorded to wages expense when paid. What keeps expense right?',
      'Month-end accrued wages were booked. The accounting system records each full payroll when paid. How do you avoid double counting?',
    ],
    keys: [
      'Reverse the accrual on the first day of the new month',
      'Post a reversing entry at the start of the next month',
      'Reverse the month-end accrual when the new month opens',
    ],
    wrong: [
      [
        'Leave the accrual in place until the year-end audit',
        'double counts the accrued days in expense',
      ],
      [
        'Reverse it only if the payroll comes in above the accrual',
        'ties the reversal to the amount paid',
      ],
      [
        'Expense the accrual again when the payroll is paid',
        'double counts the accrued days in expense',
      ],
      [
        'Delete the original accrual entry from the closed month',
        'alters a closed period instead of reversing',
      ],
      [
        'Credit cash for the accrual on the first day of the month',
        'pays wages that were paid with the payroll',
      ],
    ],
  },
  {
    id: 'remitting-401k-deferrals',
    stems: [
      'Employees’ 401(k) deferrals from the last payroll are sent to the plan’s recordkeeper. What is the entry?',
      'You remit withheld 401(k) deferrals to the plan trustee. How is it recorded?',
    ],
    keys: [
      'Debit 401(k) deferrals payable; credit cash',
      'Dr 401(k) deferrals payable; Cr Cash (remittance)',
      'The 401(k) payable is debited and cash credited',
    ],
    wrong: [
      [
        'Debit employee benefits expense; credit cash',
        'expenses the employees’ own deferrals again',
      ],
      [
        'Debit wages expense; credit 401(k) deferrals payable',
        'records the deferral a second time',
      ],
      ['Debit cash; credit 401(k) deferrals payable', 'reverses debits and credits'],
      [
        'Debit 401(k) deferrals payable; credit wages expense',
        'credits an expense instead of cash',
      ],
      [
        'Debit retirement plan assets; credit cash',
        'records the plan’s assets on the employer’s books',
      ],
    ],
  },
  {
    id: 'paying-net-pay-from-wages-payable',
    stems: [
      'Payroll was recorded on the period end date with net pay credited to wages payable; the direct deposit goes out three days later. What is the entry then?',
      'Net pay was credited to accrued wages payable when the payroll was recorded. What do you post on payday?',
    ],
    keys: [
      'Debit wages payable; credit cash for net pay',
      'Dr Wages payable; Cr Cash, for the net pay sent',
      'Wages payable debited and cash credited at net',
    ],
    wrong: [
      ['Debit wages expense; credit cash for net pay', 'expenses the wages twice'],
      ['Debit wages payable; credit cash for gross pay', 'pays the withholdings to employees'],
      ['Debit cash; credit wages payable for net pay', 'reverses debits and credits'],
      ['Debit wages expense; credit wages payable at gross', 'records the payroll again'],
      ['No entry; the payable clears at the quarter end', 'leaves a paid liability open'],
    ],
  },
]

export const JOURNAL_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  JOURNAL_PRACTICES.map(practiceFamily)
