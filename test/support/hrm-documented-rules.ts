/**
 * The rule each human-resources rule family keys to, with its source: the answer a key must
 * state and no distractor may. Written from the sources, not from the families' texts.
 */
export const HRM_PRACTICE_RULES: Readonly<
  Record<string, readonly [source: string, answer: RegExp]>
> = {
  'turnover-counts-separations-not-transfers': [
    'SHRM, How to calculate turnover: separations from the organisation, voluntary and involuntary; internal moves are not separations',
    /^(Leave out internal transfers|Internal transfers are not separations|Exclude moves inside the firm)/,
  ],
  'time-to-fill-start-and-stop': [
    'SHRM talent-acquisition benchmarking: requisition approval to offer acceptance',
    /^(From requisition approval to the candidate’s offer acceptance|It runs from the approved requisition to the accepted offer|Requisition approved to offer accepted)/,
  ],
  'cost-per-hire-internal-and-external-costs': [
    'ANSI/SHRM 06001.2012: (external costs + internal costs) ÷ total hires',
    /external (costs )?(plus|and) internal|external spend together with internal/i,
  ],
  'headcount-versus-fte': [
    'Headcount counts employees; FTE = paid hours ÷ full-time hours',
    /^(Headcount counts people; FTE weighs|Each employee is one head; FTE is paid hours|Headcount is people on payroll; FTE is hours)/,
  ],
  'absence-rate-what-counts': [
    'US BLS CPS absence: scheduled work missed, not vacation or holidays',
    /^(Scheduled work days lost to unplanned|Days of scheduled work missed without prior approval|Unscheduled absence from days)/,
  ],
  'fmla-employee-eligibility': [
    '29 CFR 825.110: 12 months, 1,250 hours, 50 employees within 75 miles',
    /^(?=.*12 months|.*year of service)(?=.*1,250 hours)(?=.*50 (staff|employees) (with)?in 75 miles)/,
  ],
  'fmla-leave-entitlement': [
    '29 CFR 825.200: 12 workweeks in a 12-month period, unpaid unless substituted',
    /^(12 workweeks in a 12-month period, which may be unpaid|Up to 12 workweeks of unpaid leave in 12 months|Twelve workweeks, possibly unpaid, in 12 months)$/,
  ],
  'flsa-workweek-definition': [
    '29 CFR 778.103–778.104: a fixed, recurring 168-hour period; each workweek stands alone',
    /^(A fixed, recurring 168 hours|Seven fixed consecutive 24-hour periods|Each fixed 168-hour period alone)/,
  ],
  'uk-rest-break-length': [
    'Working Time Regulations 1998 reg 12: 20 uninterrupted minutes when the day exceeds six hours',
    /^(20 minutes uninterrupted|An uninterrupted 20-minute break|At least 20 uninterrupted minutes)/,
  ],
  'uk-pay-in-lieu-of-statutory-leave': [
    'Working Time Regulations 1998 reg 13(9)(b): no payment in lieu except on termination',
    /^(No: statutory leave is paid out only when employment ends|Only on termination|Not while employed)/,
  ],
  'uk-bank-holidays-and-the-5-6-weeks': [
    'Working Time Regulations 1998 regs 13, 13A: no statutory right to bank holidays on top of 5.6 weeks',
    /^(No: bank holidays may count toward|Not by statute; the 28 days may include|No statutory extra)/,
  ],
  'ada-pre-offer-question': [
    '42 U.S.C. 12112(d)(2): pre-offer questions about ability to perform job functions are allowed',
    /with or without accommodation\?$/,
  ],
  'equality-act-s60-pre-offer-health-question': [
    'Equality Act 2010 s.60(6)(a): questions about adjustments for the assessment are allowed',
    /^(Do you need any adjustments for the interview or the written test\?|Is there anything we should adjust so you can take the assessment\?|Do you need any reasonable adjustments so that you can take part in the interview and the written test\?)$/,
  ],
  'california-salary-history-ban': [
    'California Labor Code §432.3: no salary history inquiry; salary expectations may be asked',
    /^(Ask about pay expectations, not salary history|Discuss expected pay; never seek salary history|Ask what pay they expect, not what they earned)$/,
  ],
  'california-fair-chance-timing': [
    'California Government Code §12952: no conviction history inquiry before a conditional offer',
    /^(Only after making a conditional offer|After a conditional job offer|Once a conditional offer has been made)/,
  ],
  'four-fifths-rule-meaning': [
    '29 CFR 1607.4(D): generally regarded as evidence of adverse impact',
    /generally (regarded as|taken as|counts as) evidence of adverse impact/i,
  ],
  'ada-essential-functions-evidence': [
    '29 CFR 1630.2(n)(3)(ii): a written job description prepared before advertising or interviewing',
    /^(A written job description prepared before advertising|The employer’s written description made before interviewing|A job description written before the job was advertised)/,
  ],
  'structured-interview-practice': [
    'US OPM Structured Interviews: the same job-related questions, rated on anchored scales',
    /^(The same job-related questions for all, on anchored scales|Ask every candidate the same job-related questions and rate each answer on an anchored scale|Same job-related questions for everyone, each answer rated on anchored scales)$/,
  ],
  'job-analysis-outputs': [
    'Job analysis yields a job description and a person specification',
    /^(A job description and a person specification|The duties and the requirements of the role|Job description and person specification)$/,
  ],
  'equal-pay-act-exceptions': [
    '29 U.S.C. 206(d)(1): seniority, merit, quantity or quality of production, factor other than sex',
    /^The man (has more service under a bona fide seniority system|scored higher under the firm’s established merit pay system|produced more units under a piece-rate pay system)$/,
  ],
  'uk-equal-work-comparisons': [
    'Equality Act 2010 s.65: like work, work rated as equivalent, work of equal value',
    /^When (her work is like his, rated as equivalent to his, or of equal value|it is like work, work rated as equivalent, or work of equal value|the work is like, rated as equivalent, or of equal value)$/,
  ],
  'flsa-exempt-salary-level': [
    '29 CFR 541.600: $684 a week, as enforced after the 2024 rule was vacated',
    /^(At least )?\$684 a week/,
  ],
  'red-circle-rate': [
    'WorldatWork: red-circled pay is above range maximum and is held',
    /^(Red-circled: base held|Over the range maximum; base frozen|Above maximum; base rises stop)/,
  ],
  'compa-ratio-meaning': [
    'Compa-ratio = salary ÷ midpoint; 100 % is pay at the midpoint',
    /^(Their pay equals the midpoint|They are paid exactly at their range midpoint|Pay sits at the range midpoint)/,
  ],
  'uk-written-statement-by-day-one': [
    'Employment Rights Act 1996 s.1, s.2(6): on or before the first day of employment (from 6 April 2020)',
    /^(On or before the first day of employment|No later than the day their employment begins|By the start of employment, on day one at the latest)$/,
  ],
  'acas-first-disciplinary-step': [
    'ACAS Code of Practice paras 5–8: establish the facts by investigation first',
    /establish the facts/i,
  ],
  'acas-invitation-letter-contents': [
    'ACAS Code of Practice para 9: the alleged misconduct, possible consequences, evidence, time and place',
    /^(The allegation, its possible outcome, the evidence, time and place|What is alleged and what could follow, with evidence and venue|The case and evidence, possible consequences, when and where)$/,
  ],
  'uk-companion-at-a-disciplinary-hearing': [
    'Employment Relations Act 1999 s.10(3): a fellow worker or a trade union official',
    /^(A fellow worker or a trade union representative|A colleague or a union official or representative|Another worker, or a certified union official)$/,
  ],
  'acas-written-warning-contents': [
    'ACAS Code of Practice paras 19–22: the problem, the improvement and timescale, how long it lasts, consequences',
    /^(The problem, the change needed by when, its duration|What must change by when, how long it lasts, what next|The misconduct, the improvement and timescale, its life)$/,
  ],
  'uk-acas-code-tribunal-adjustment': [
    'TULRCA 1992 s.207A: increase (or reduce) an award by up to 25 %',
    /up to (25%|a quarter)|no more than 25%/,
  ],
  'uk-right-to-work-check-timing': [
    'Immigration, Asylum and Nationality Act 2006 s.15; Home Office guide: before employment starts',
    /^(Before employment starts|Before the person starts work|Prior to day one)/,
  ],
  'california-final-pay-timing': [
    'California Labor Code §201: wages due immediately on discharge',
    /^(Immediately, at the time of discharge|At once, on the day of discharge|Right away, when the discharge happens)$/,
  ],
  'i9-section-1-timing': [
    '8 CFR 274a.2(b)(1)(i)(A): Section 1 by the end of the first day of employment',
    /^(By the end of their first day of work for pay|No later than the close of the first work day|On day one of work, by the end of that day)$/,
  ],
}
