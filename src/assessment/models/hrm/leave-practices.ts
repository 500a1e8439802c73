import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './hrm-text.js'

// Leave and working-time rules as the key test's rule table states them: US FMLA eligibility
// (29 U.S.C. 2611(2); 29 CFR 825.110: 12 months of employment, 1,250 hours in the 12 months
// before leave, 50 employees within 75 miles) and entitlement (29 CFR 825.200: 12 workweeks in a
// 12-month period; 26 workweeks of military caregiver leave); the FLSA workweek (29 CFR 778.103:
// a fixed, regularly recurring period of 168 hours, seven consecutive 24-hour periods); UK rest
// breaks (Working Time Regulations 1998 reg 12: 20 minutes when the working day is more than six
// hours; 30 minutes over four and a half hours for young workers), pay in lieu of statutory leave
// (reg 13(9)(b): only on termination) and bank holidays (no statutory right to them on top of the
// 5.6 weeks of regs 13 and 13A).

const LEAVE_RULES: readonly Practice[] = [
  {
    id: 'fmla-employee-eligibility',
    stems: [
      'Under 29 CFR 825.110 (US Family and Medical Leave Act), which employee of a covered employer is eligible for FMLA leave?',
      'A covered US employer asks which of its staff the FMLA (29 CFR 825.110) makes eligible for leave.',
    ],
    keys: [
      '12 months’ service, 1,250 hours, 50 staff within 75 miles',
      'A year of service, 1,250 hours, 50 employees in 75 miles',
      '1,250 hours, 12 months’ service, 50 staff within 75 miles',
    ],
    wrong: [
      [
        'Anyone employed 90 days, whatever their hours or site',
        'uses a probation period as the test',
      ],
      [
        '12 months’ service and 1,000 hours, at any site of the employer',
        'uses the pension plan’s 1,000 hours and drops the site test',
      ],
      [
        'Full-time employees only, after six months of service',
        'makes eligibility a matter of full-time status',
      ],
      [
        '12 months’ service, 1,250 hours, 15 staff within 75 miles',
        'uses the Title VII employee count',
      ],
      [
        '1,250 hours in the past 12 months, 50 staff within 50 miles',
        'shortens the 75-mile radius',
      ],
      [
        'Anyone who has worked 1,250 hours in the past 12 months, whatever the number of staff at or near their site',
        'drops the 50-employee site test',
      ],
      [
        'Employees with 12 months’ service and 1,250 hours, at any site, once the employer has 15 or more employees in total',
        'uses the Title VII employee count',
      ],
    ],
  },
  {
    id: 'fmla-leave-entitlement',
    stems: [
      'How much job-protected leave may an eligible employee take for their own serious health condition under 29 CFR 825.200 (US FMLA)?',
      'Under 29 CFR 825.200 (US FMLA), what is an eligible employee’s basic leave entitlement?',
    ],
    keys: [
      '12 workweeks in a 12-month period, which may be unpaid',
      'Up to 12 workweeks of unpaid leave in 12 months',
      'Twelve workweeks, possibly unpaid, in 12 months',
    ],
    wrong: [
      [
        '26 workweeks in a 12-month period, unpaid',
        'applies the military caregiver entitlement to all leave',
      ],
      ['12 weeks of leave at full pay from the employer', 'makes FMLA leave paid'],
      ['6 workweeks a year, after which the job is not protected', 'halves the entitlement'],
      ['12 working days a year, paid at the regular rate', 'confuses weeks with days'],
      [
        '12 workweeks per separate serious health condition, without limit',
        'drops the 12-month cap',
      ],
      [
        '26 workweeks in a 12-month period, the same as for a servicemember caregiver, and unpaid',
        'applies the military caregiver entitlement to all leave',
      ],
      [
        '12 workweeks for each separate serious health condition, with no overall limit in the year',
        'drops the 12-month cap',
      ],
    ],
  },
  {
    id: 'flsa-workweek-definition',
    stems: [
      'A client wants to count overtime per pay period of two weeks. What does 29 CFR 778.103 (US FLSA) say a workweek is?',
      'Under 29 CFR 778.103–778.104 (US FLSA), over which period is overtime worked out?',
    ],
    keys: [
      'A fixed, recurring 168 hours, each week standing alone',
      'Seven fixed consecutive 24-hour periods, never averaged',
      'Each fixed 168-hour period alone, not averaged',
    ],
    wrong: [
      ['The pay period, so two weeks’ hours are averaged', 'averages hours across workweeks'],
      ['Monday to Friday, with weekend hours paid as overtime', 'ties the workweek to weekdays'],
      [
        'Any 40 hours worked, however many days they span',
        'confuses the threshold with the period',
      ],
      ['The calendar month, pro-rated to 173.33 hours', 'uses the monthly salary conversion'],
      [
        'Each workday, with hours over eight paid as overtime',
        'uses a daily rule the FLSA does not have',
      ],
      [
        'The whole pay period, so hours in a short week offset the extra hours of a long week before overtime is due',
        'averages hours across workweeks',
      ],
      [
        'Any run of seven days the employer picks after the fact, so it can choose the week with the fewest hours',
        'lets the employer shift the workweek to avoid overtime',
      ],
    ],
  },
  {
    id: 'uk-rest-break-length',
    stems: [
      'Under regulation 12 of the UK Working Time Regulations 1998, what rest break must an adult worker on a seven-hour day be allowed?',
      'A UK client’s adult shop staff work 6½-hour days. What break does regulation 12 of the Working Time Regulations 1998 require?',
    ],
    keys: [
      '20 minutes uninterrupted, during the working day',
      'An uninterrupted 20-minute break mid-shift',
      'At least 20 uninterrupted minutes, not at the end',
    ],
    wrong: [
      ['30 minutes after four and a half hours of work', 'applies the young worker’s break'],
      ['A paid one-hour lunch break after five hours', 'invents a paid lunch right'],
      ['15 minutes every four hours, paid', 'confuses the break with a common contract term'],
      ['20 minutes that may be taken at the end of the shift', 'lets the break end the day'],
      ['No break: breaks are needed only over eight hours', 'raises the six-hour threshold'],
      [
        'A 30-minute break after four and a half hours, the same rule that applies to young workers',
        'applies the young worker’s break',
      ],
      [
        'A paid one-hour lunch break after five hours, plus a further 15 minutes for each extra two hours',
        'invents a paid lunch right',
      ],
    ],
  },
  {
    id: 'uk-pay-in-lieu-of-statutory-leave',
    stems: [
      'A UK employee asks to be paid for five days of statutory holiday instead of taking them, while staying employed. Under regulation 13(9) of the Working Time Regulations 1998, what do you advise?',
      'May a UK employer buy out a continuing worker’s statutory annual leave? Apply regulation 13(9) of the Working Time Regulations 1998.',
    ],
    keys: [
      'No: statutory leave is paid out only when employment ends',
      'Only on termination may untaken statutory leave be paid',
      'Not while employed; only leave due on leaving is paid',
    ],
    wrong: [
      ['Yes, if the worker agrees in writing', 'lets agreement override the regulation'],
      [
        'Yes, for any leave beyond the first four weeks',
        'applies a contractual carry-over rule to pay in lieu',
      ],
      ['Yes, at the end of each leave year for days untaken', 'pays off untaken leave each year'],
      ['Yes, at double pay for each day not taken', 'invents a double-pay buy-out'],
      [
        'Only if the employer cannot spare the worker that week',
        'makes business need an exception',
      ],
      [
        'Yes, provided the worker agrees in writing and the payment is shown separately on the payslip',
        'lets agreement override the regulation',
      ],
      [
        'Yes, at the end of each leave year for any days the worker did not manage to take',
        'pays off untaken leave each year',
      ],
    ],
  },
  {
    id: 'uk-bank-holidays-and-the-5-6-weeks',
    stems: [
      'A UK full-time employee on 28 days’ statutory leave asks whether the eight bank holidays come on top. Under regulations 13 and 13A of the Working Time Regulations 1998, what is the answer?',
      'Do UK workers have a statutory right to bank holidays off in addition to the 5.6 weeks of regulations 13 and 13A (Working Time Regulations 1998)?',
    ],
    keys: [
      'No: bank holidays may count toward the 5.6 weeks',
      'Not by statute; the 28 days may include them',
      'No statutory extra; they can be part of the 28 days',
    ],
    wrong: [
      [
        'Yes: bank holidays are always on top, making 36 days',
        'adds bank holidays to the statutory minimum',
      ],
      ['Yes, but only for full-time workers', 'treats part-timers differently'],
      [
        'No, and bank holidays worked need not be paid at all',
        'confuses leave with pay for hours worked',
      ],
      ['Yes: bank holidays must be paid at double time', 'invents a holiday premium'],
      [
        'No: bank holidays come out of the 4 weeks, never the 1.6',
        'invents a split of the entitlement',
      ],
      [
        'Yes: bank holidays are always on top of the 5.6 weeks, so a full-timer has 36 days in all',
        'adds bank holidays to the statutory minimum',
      ],
      [
        'Yes, but only full-time workers get them on top; part-timers must take them from the 5.6 weeks',
        'treats part-timers differently',
      ],
    ],
  },
]

export const LEAVE_PRACTICES: readonly ScenarioFamily[] = LEAVE_RULES.map(practiceFamily)
