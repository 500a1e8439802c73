import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './payroll-text.js'

// FLSA and deduction rules as the key test’s table of documented rules states them, each with
// its source there: 29 CFR 778 (regular rate, workweek, bonuses, gifts), 29 CFR 785 (hours
// worked), 29 CFR 541 (exemption), 29 U.S.C. 207(o) (compensatory time only in the public
// sector), IRS Publication 15 and 15-B (2026) for the tax treatment of deductions.

const GROSS_PRACTICES: readonly Practice[] = [
  {
    id: 'workweek-is-a-fixed-168-hours',
    stems: [
      'The client wants to move overtime counting to its semimonthly pay periods. What does the FLSA say a workweek is?',
      'What defines the workweek over which FLSA overtime is counted?',
    ],
    keys: [
      'Seven consecutive 24-hour periods, fixed and recurring',
      'A fixed, recurring 168 hours: seven 24-hour periods',
      'Any fixed run of seven 24-hour days, recurring weekly',
    ],
    wrong: [
      [
        'The pay period, whether weekly, biweekly or semimonthly',
        'counts overtime over the pay period',
      ],
      [
        'Seven consecutive workdays, skipping days off',
        'counts workdays instead of 24-hour periods',
      ],
      [
        'The calendar week, Sunday to Saturday, for every employer alike',
        'treats weekends as outside the workweek',
      ],
      [
        'Any seven days the employer picks each week to cut overtime',
        'lets the employer shift the workweek to evade overtime',
      ],
      ['The five days the employee is scheduled', 'ties the workweek to the schedule'],
      ['Forty scheduled hours; the rest count next week', 'carries hours into the next week'],
    ],
  },
  {
    id: 'promised-bonus-is-nondiscretionary',
    stems: [
      'Staff were told they would get a bonus for every month without an absence. For overtime, how is the bonus treated?',
      'A safety bonus is announced in advance and paid whenever a crew has no incidents. Does it enter the regular rate?',
    ],
    keys: [
      'It was promised in advance, so it is in the regular rate',
      'Include it: a promised bonus is non-discretionary',
      'In the regular rate, as a non-discretionary bonus',
    ],
    wrong: [
      [
        'Exclude it: any bonus is at the employer’s discretion',
        'treats every bonus as discretionary',
      ],
      [
        'Exclude it, since attendance and safety bonuses are treated as gifts',
        'treats a promised attendance bonus as a gift',
      ],
      ['Include it only in weeks with no overtime hours', 'reverses the effect of overtime'],
      [
        'Exclude it because it is paid monthly, not weekly',
        'excludes a bonus for how often it is paid',
      ],
      [
        'Include it only if it is written into an employment contract',
        'requires a contract for a promise to count',
      ],
    ],
  },
  {
    id: 'holiday-gift-excluded-from-regular-rate',
    stems: [
      'At year end the owner gives every employee a $100 holiday gift, not tied to hours, output or efficiency and not promised. How does it affect overtime?',
      'A surprise year-end gift of the same amount for all staff, not measured by hours or production, is paid. Is it in the regular rate?',
    ],
    keys: [
      'Exclude it: a gift not tied to hours, output or efficiency',
      'Exclude it from the regular rate as a true gift',
      'Exclude it; a gift like this is not in the regular rate',
    ],
    wrong: [
      [
        'Include it: all cash paid to employees is in the regular rate',
        'ignores the statutory exclusion for gifts',
      ],
      [
        'Include it because it is paid in cash, not as property',
        'makes the form of payment decide',
      ],
      [
        'Exclude it only for employees who worked no overtime',
        'ties the exclusion to overtime worked',
      ],
      [
        'Include it in the December workweeks as a bonus',
        'treats a gift as a non-discretionary bonus',
      ],
      [
        'Exclude it from straight time but add it for overtime',
        'splits a gift between pay and the overtime rate',
      ],
      [
        'Include it, since it is taxable wages for withholding',
        'confuses tax wages with the FLSA regular rate',
      ],
    ],
  },
  {
    id: 'unauthorized-overtime-must-be-paid',
    stems: [
      'A non-exempt employee worked 4 hours past 40 without approval, against written policy. What do you do on payroll?',
      'The manager says unapproved overtime should not be paid because policy requires approval. What is right?',
    ],
    keys: [
      'Pay the hours at overtime; discipline is the remedy',
      'Pay the hours worked, overtime included, then discipline',
      'Pay the hours: work suffered or permitted is hours worked',
    ],
    wrong: [
      ['Do not pay the hours; they were not authorized', 'withholds pay for hours worked'],
      ['Pay the hours at straight time only, as a penalty', 'denies the overtime premium'],
      [
        'Bank the hours as comp time for a later week',
        'gives private-sector comp time instead of pay',
      ],
      [
        'Pay the hours only once the manager approves them in writing',
        'treats FLSA rights as waivable',
      ],
      ['Move the hours into the next week to stay under 40', 'shifts hours between workweeks'],
    ],
  },
  {
    id: 'no-comp-time-in-private-sector',
    stems: [
      'A private-sector client wants to give non-exempt staff 1.5 hours of paid time off later for each overtime hour instead of paying it. Is that allowed?',
      'Can a private company give hourly staff compensatory time off in place of overtime pay?',
    ],
    keys: [
      'No; comp time in lieu of pay is public-sector only',
      'Not in the private sector; overtime is paid in cash',
      'No: only public agencies may give comp time instead',
    ],
    wrong: [
      [
        'Yes, if the time off is given at 1.5 hours for each overtime hour',
        'thinks the rate makes comp time lawful',
      ],
      ['Yes, if used within the same calendar year', 'invents a use-by condition'],
      [
        'No, unless the employee asks for comp time in writing',
        'thinks a written request makes comp time lawful',
      ],
      ['No, except for salaried non-exempt staff', 'invents an exception for salaried staff'],
      ['Yes, if the employee agrees in writing first', 'treats a written agreement as enough'],
      [
        'Yes, for up to 240 hours banked per employee',
        'applies the public-sector cap to private employers',
      ],
      ['Yes, if the company has fewer than 50 employees', 'invents a small-employer exception'],
    ],
  },
  {
    id: 'exempt-status-needs-duties-and-salary',
    stems: [
      'A client wants to make its new “office coordinator” exempt from overtime by paying a salary. What decides whether the job is exempt?',
      'The owner says everyone on a salary is exempt from overtime. What do you tell them?',
    ],
    keys: [
      'Salary basis, salary level and duties tests together',
      'The duties test and the salary tests, not salary alone',
      'What the job does and the salary paid, tested together',
    ],
    wrong: [
      ['A salary alone makes the job exempt', 'treats salary basis as the whole test'],
      ['The job title decides: managers and coordinators are exempt', 'relies on the title'],
      [
        'The employee’s agreement, signed at hire, to be treated as exempt',
        'treats exemption as waivable by agreement',
      ],
      ['Long hours make a salaried job exempt', 'confuses long hours with exemption'],
      [
        'A salary above the Social Security wage base decides it',
        'mixes a tax threshold into FLSA status',
      ],
    ],
  },
]

const DEDUCTION_PRACTICES: readonly Practice[] = [
  {
    id: 'traditional-401k-reduces-income-tax-wages-only',
    stems: [
      'Which taxes does a traditional 401(k) elective deferral reduce on the paycheck?',
      'An employee asks what their pre-tax 401(k) deferral saves them on each check. Which wages does it reduce?',
    ],
    keys: [
      'Income tax wages only; FICA still applies to it',
      'Income tax wages, not Social Security or Medicare',
      'It lowers income tax wages; FICA still applies',
    ],
    wrong: [
      [
        'Income tax and FICA wages, like a cafeteria plan premium',
        'treats the deferral like a section 125 premium',
      ],
      ['Social Security and Medicare wages, not income tax wages', 'reverses the treatment'],
      ['Neither: the deferral is taken after every tax', 'treats a traditional deferral as Roth'],
      [
        'Income tax wages only up to the Social Security wage base',
        'ties the deferral to the wage base',
      ],
      [
        'Medicare wages only, because Medicare has no wage base',
        'invents a Medicare-only exclusion',
      ],
    ],
  },
  {
    id: 'section-125-premium-reduces-income-tax-and-fica',
    stems: [
      'Health insurance premiums are deducted under the client’s section 125 cafeteria plan. Which wages do they reduce?',
      'How is a pre-tax medical premium paid through a cafeteria plan treated for payroll taxes?',
    ],
    keys: [
      'It comes out before income tax, FICA and FUTA',
      'Income tax, FICA and FUTA wages are each reduced',
      'Income tax, Social Security and Medicare wages',
    ],
    wrong: [
      ['Income tax wages only, as with a 401(k) deferral', 'treats it like a 401(k) deferral'],
      ['FICA wages only; income tax is still withheld on it', 'reverses the income tax treatment'],
      ['Nothing; premiums are always deducted after tax', 'ignores the cafeteria plan'],
      ['Income tax wages, and FICA only above the wage base', 'invents a wage-base condition'],
      ['FUTA wages only, since FUTA follows state law', 'invents a FUTA-only exclusion'],
    ],
  },
  {
    id: 'roth-deferral-reduces-no-taxable-wages',
    stems: [
      'An employee switches from a traditional to a Roth 401(k) deferral. How does that change the taxable wages on their checks?',
      'Which taxable wages does a designated Roth 401(k) deferral reduce?',
    ],
    keys: [
      'None; Roth is taken after every tax',
      'Neither income tax nor FICA wages',
      'No taxable wage goes down; it is after tax',
    ],
    wrong: [
      ['Income tax wages, like a traditional deferral', 'treats Roth like a traditional deferral'],
      ['FICA wages, but not income tax wages', 'invents a FICA exclusion for Roth'],
      [
        'Income tax and FICA wages, like a cafeteria premium',
        'treats Roth as a section 125 deduction',
      ],
      ['Income tax wages up to the annual deferral limit', 'ties the treatment to the limit'],
      ['Medicare wages only, since Roth is a retirement plan', 'invents a Medicare exclusion'],
    ],
  },
  {
    id: 'group-term-life-over-50000-is-fica-wages',
    stems: [
      'An employee has $150,000 of employer-paid group-term life cover. How is the cost of cover over $50,000 treated on payroll?',
      'What payroll tax treatment applies to the imputed cost of employer-paid group-term life insurance above $50,000?',
    ],
    keys: [
      'Social Security and Medicare wages',
      'FICA wages; income tax withholding optional',
      'Wages subject to Social Security and Medicare',
    ],
    wrong: [
      ['It is tax-free, as all group life cover is', 'ignores the $50,000 limit'],
      [
        'Wages for income tax withholding, but exempt from FICA taxes',
        'reverses the FICA treatment',
      ],
      ['It is taxed only when the employee dies', 'confuses the benefit with the cover'],
      ['It is subject to FUTA only', 'invents a FUTA-only treatment'],
      [
        'It is reported on Form 1099-NEC, not in wages',
        'uses the contractor form for an employee benefit',
      ],
    ],
  },
  {
    id: 'after-tax-deductions-do-not-reduce-wages',
    stems: [
      'Union dues and a charity pledge are deducted from an employee’s check. How do they affect the taxable wages?',
      'Which taxable wages do voluntary after-tax deductions such as union dues reduce?',
    ],
    keys: [
      'None; they come out after taxes are worked',
      'No taxable wage; they come out after tax',
      'Taxes are worked before them; nothing is reduced',
      'They reduce none: income tax, Social Security and Medicare wages stay the same',
      'They reduce neither income tax nor FICA wages',
    ],
    wrong: [
      ['They reduce income tax wages, like a 401(k) deferral', 'treats them as pre-tax'],
      [
        'Income tax wages only; Social Security and Medicare are worked on gross',
        'treats them as pre-tax for income tax, like a 401(k) deferral',
      ],
      ['They reduce FICA wages but not income tax wages', 'invents a FICA exclusion'],
      [
        'They reduce all taxable wages, like a cafeteria plan',
        'treats them as section 125 deductions',
      ],
      ['Union dues reduce wages; charity pledges do not', 'treats union dues as pre-tax'],
      ['They reduce state wages only', 'invents a state-only rule'],
    ],
  },
  {
    id: 'disposable-earnings-for-garnishment',
    stems: [
      'For a wage garnishment limit, which deductions come off gross pay to reach disposable earnings?',
      'Working a garnishment, what do you subtract from gross pay to find disposable earnings?',
    ],
    keys: [
      'Only deductions the law requires, such as taxes',
      'Legally required deductions, like taxes, only',
      'Taxes and other amounts the law requires',
    ],
    wrong: [
      ['Every deduction, including health premiums and 401(k)', 'subtracts voluntary deductions'],
      ['Nothing; the limit applies to gross pay', 'applies the limit to gross pay'],
      ['Federal income tax only, not FICA or state tax', 'leaves out other required taxes'],
      ['Taxes plus the employee’s 401(k) deferral', 'subtracts a voluntary deferral'],
      ['All pre-tax deductions, but not the taxes', 'subtracts the wrong set'],
    ],
  },
]

export const GROSS_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  GROSS_PRACTICES.map(practiceFamily)
export const DEDUCTION_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  DEDUCTION_PRACTICES.map(practiceFamily)
