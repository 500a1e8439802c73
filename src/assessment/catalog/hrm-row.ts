import { type CatalogRow, row } from './catalog-row.js'

/** Human resources management as a freelance HR generalist or consultant does it for small employers. */
export const HRM_ROW: CatalogRow = row(
  'human-resources',
  'Human resources management',
  'Other',
  5,
  30,
  [
    ['hrmMetrics', 20],
    ['hrmLeave', 22],
    ['hrmRecruitment', 20],
    ['hrmCompensation', 20],
    ['hrmRelations', 18],
  ],
  {
    jobTaskAnalysis:
      'A freelance HR generalist or consultant serves small employers that have no HR department ' +
      'of their own, in the US and the UK: reports the workforce numbers owners ask for, keeps ' +
      'leave and hours within policy and the law, runs fair hiring, sets and reviews pay, and ' +
      'handles discipline, notice and compliance deadlines. Workforce metrics (turnover and ' +
      'voluntary turnover on average headcount, annualised and first-year turnover, retention of ' +
      'starting staff, time to fill, cost per hire under the ANSI/SHRM standard, absence rate, ' +
      'Bradford scores, headcount versus FTE, revenue per FTE): 20 %. Leave and working time ' +
      '(accrual per pay period and per hours worked by the stated policy or statute, pro-rating ' +
      'for part-timers and part years, UK statutory holiday of 5.6 weeks capped at 28 days and ' +
      'holiday on leaving, daily rest and the 48-hour average, FMLA eligibility and hours, FLSA ' +
      'overtime at one and one-half times a regular rate that includes non-discretionary bonuses, ' +
      'two rates and piece work, vacation payouts): 22 %. Recruitment and selection (adverse ' +
      'impact by the four-fifths rule from applicant counts, hiring funnels, offer acceptance and ' +
      'time to hire, structured interview scoring, job analysis and essential functions, agency ' +
      'refunds and sign-on clawbacks, lawful and unlawful pre-offer questions under the ADA, the ' +
      'Equality Act 2010 s.60 and California law): 20 %. Compensation (compa-ratio, range ' +
      'penetration, spread and midpoint progression, merit matrices, caps and lump sums, ' +
      'promotions, part-month and part-time pro-rating, merit budgets, UK gender pay gaps, the ' +
      'Equal Pay Act and FLSA salary level): 20 %. Employee relations and compliance (UK ' +
      'statutory notice and redundancy pay, the ACAS Code’s disciplinary steps and letters, the ' +
      'right to be accompanied, written statements, right-to-work and Form I-9 timing and ' +
      'retention, EEOC charge, COBRA, WARN and OWBPA deadlines, final pay): 18 %. Every law-based ' +
      'item names the jurisdiction and the statute or section its key follows; amounts are ' +
      'worked in whole cents and durations in whole days or minutes. Benefits plan design, ' +
      'payroll tax withholding, immigration sponsorship, litigation strategy and laws of other ' +
      'jurisdictions are not tested.',
  },
)
