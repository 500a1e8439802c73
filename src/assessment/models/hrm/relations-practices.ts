import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './hrm-text.js'

// Employee relations and compliance rules as the key test's rule table states them: the UK
// written statement of particulars on or before the first day of employment (Employment Rights
// Act 1996 s.1 and s.2(6), as amended from 6 April 2020); the ACAS Code of Practice on
// Disciplinary and Grievance Procedures (2015): establish the facts first (paras 5–8), tell the
// employee the case in writing with the evidence and the meeting’s time and place and the right
// to be accompanied (para 9), record warnings saying what must change, by when and for how long
// the warning stays current (paras 19–22); the right to be accompanied by a fellow worker or a
// trade union official (Employment Relations Act 1999 s.10(3)); the tribunal’s power to raise or
// cut an award by up to 25 % for unreasonable failure to follow the Code (Trade Union and Labour
// Relations (Consolidation) Act 1992 s.207A); right-to-work checks before employment starts for
// a statutory excuse (Immigration, Asylum and Nationality Act 2006 s.15; Home Office, Employer’s
// guide to right to work checks); California final pay (Labor Code §201 on discharge, §202 on
// quitting); Form I-9 Section 1 by the end of the first day of work (8 CFR 274a.2(b)(1)(i)(A)).

const RELATIONS_RULES: readonly Practice[] = [
  {
    id: 'uk-written-statement-by-day-one',
    stems: [
      'A UK client hires a new employee starting next Monday. Under section 1 of the Employment Rights Act 1996 (as amended in April 2020), when must the written statement of particulars be given?',
      'By when must a UK employee receive their principal written statement of employment particulars under section 1 of the Employment Rights Act 1996?',
    ],
    keys: [
      'On or before the first day of employment',
      'No later than the day their employment begins',
      'By the start of employment, on day one at the latest',
    ],
    wrong: [
      ['Within two months of starting work', 'applies the rule in force before April 2020'],
      ['Within one month of starting work', 'invents a one-month period'],
      ['Once the probation period has been passed', 'ties the statement to probation'],
      ['Only if the employee asks for it in writing', 'makes the statement optional'],
      ['Within 13 weeks, after the qualifying period', 'invents a qualifying period'],
      [
        'Within two months of starting work, as long as the job is expected to last more than a month',
        'applies the rule in force before April 2020',
      ],
      [
        'Only once the probation period has been passed, so that the terms are settled',
        'ties the statement to probation',
      ],
    ],
  },
  {
    id: 'acas-first-disciplinary-step',
    stems: [
      'A manager suspects an employee of falsifying timesheets. Under the ACAS Code of Practice on Disciplinary and Grievance Procedures (UK), what comes first?',
      'Following the UK ACAS Code of Practice on Disciplinary and Grievance Procedures, what is the first step in a misconduct case?',
    ],
    keys: [
      'Investigate without delay to establish the facts',
      'Carry out an investigation to establish the facts',
      'Establish the facts through a prompt investigation',
    ],
    wrong: [
      ['Issue a first written warning to mark the concern', 'sanctions before investigating'],
      [
        'Hold the disciplinary hearing the same day',
        'skips the investigation and the written notice',
      ],
      ['Dismiss if the suspicion is strong enough', 'decides before any process'],
      ['Offer the employee an appeal hearing', 'starts with the last stage of the process'],
      ['Suspend without pay until the employee admits it', 'uses unpaid suspension as a sanction'],
      [
        'Hold the disciplinary hearing the same day, while the facts are fresh in everyone’s mind',
        'skips the investigation and the written notice',
      ],
      [
        'Issue a first written warning at once to mark the concern, then look into it if it happens again',
        'sanctions before investigating',
      ],
    ],
  },
  {
    id: 'acas-invitation-letter-contents',
    stems: [
      'Under paragraph 9 of the UK ACAS Code of Practice on Disciplinary and Grievance Procedures, what must the letter calling an employee to a disciplinary meeting give?',
      'A UK client is inviting an employee to a disciplinary meeting. What must the letter set out under the ACAS Code of Practice (paragraph 9)?',
    ],
    keys: [
      'The allegation, its possible outcome, the evidence, time and place',
      'What is alleged and what could follow, with evidence and venue',
      'The case and evidence, possible consequences, when and where',
    ],
    wrong: [
      [
        'The decision already reached, so the meeting can be brief',
        'decides before hearing the employee',
      ],
      [
        'Only the time and place; the allegations are revealed at the meeting',
        'withholds the case from the employee',
      ],
      ['A note that no companion may attend a first meeting', 'denies the right to be accompanied'],
      [
        'The names of colleagues who complained, and nothing else',
        'gives no allegation or consequences',
      ],
      [
        'An instruction to bring a solicitor, who must speak for them',
        'misstates who may accompany',
      ],
      [
        'Only the time and place of the meeting, since the allegations are best put to the employee face to face so they cannot prepare a story',
        'withholds the case from the employee',
      ],
      [
        'A note that as this is a first meeting no companion may attend, and that a decision will be given on the day',
        'denies the right to be accompanied',
      ],
    ],
  },
  {
    id: 'uk-companion-at-a-disciplinary-hearing',
    stems: [
      'Under section 10(3) of the UK Employment Relations Act 1999, who may a worker choose to accompany them at a disciplinary hearing?',
      'A UK worker asks who they may bring to a disciplinary hearing. What does section 10(3) of the Employment Relations Act 1999 allow?',
    ],
    keys: [
      'A fellow worker or a trade union representative',
      'A colleague or a union official or representative',
      'Another worker, or a certified union official',
    ],
    wrong: [
      ['A solicitor or any legally qualified person', 'extends the statutory right to lawyers'],
      ['A family member of their choosing', 'extends the statutory right to relatives'],
      ['Only their line manager, to keep it internal', 'gives the employer the choice'],
      ['Nobody: the right applies only at appeal hearings', 'limits the right to appeals'],
      ['Any person, as long as they give 24 hours’ notice', 'removes the companion categories'],
      [
        'A solicitor or any other legally qualified person, who may answer questions on the worker’s behalf',
        'extends the statutory right to lawyers',
      ],
      [
        'Any person of their choosing, family members included, as long as they give 24 hours’ notice',
        'removes the companion categories',
      ],
    ],
  },
  {
    id: 'acas-written-warning-contents',
    stems: [
      'Under the UK ACAS Code of Practice on Disciplinary and Grievance Procedures, what should a first written warning for misconduct record?',
      'A UK client issues a written warning. What does the ACAS Code of Practice say it should set out?',
    ],
    keys: [
      'The problem, the change needed by when, its duration',
      'What must change by when, how long it lasts, what next',
      'The misconduct, the improvement and timescale, its life',
    ],
    wrong: [
      [
        'That it stays on file permanently and cannot be appealed',
        'makes warnings permanent and final',
      ],
      ['Only the date and the manager’s signature', 'records nothing about the misconduct'],
      [
        'A promise of dismissal for any further lateness, with no appeal',
        'drops the right of appeal',
      ],
      [
        'The names of witnesses, for the employee to contact',
        'confuses the warning with the evidence pack',
      ],
      ['A pay cut until the conduct improves', 'confuses a warning with a financial penalty'],
      [
        'That the warning stays on file permanently and cannot be appealed, so the employee knows where they stand',
        'makes warnings permanent and final',
      ],
      [
        'A promise of dismissal for any further lateness, with no appeal, signed by the employee',
        'drops the right of appeal',
      ],
    ],
  },
  {
    id: 'uk-acas-code-tribunal-adjustment',
    stems: [
      'A UK employer unreasonably failed to follow the ACAS Code in a dismissal. Under section 207A of the Trade Union and Labour Relations (Consolidation) Act 1992, what may a tribunal do?',
      'What does section 207A of the UK Trade Union and Labour Relations (Consolidation) Act 1992 let a tribunal do if an employer unreasonably ignores the ACAS Code?',
    ],
    keys: [
      'Raise the award by up to 25% if just and equitable',
      'Increase compensation by up to a quarter',
      'Uplift the award by no more than 25%',
    ],
    wrong: [
      ['Double the award automatically', 'invents an automatic doubling'],
      ['Fine the employer up to £5,000 payable to the state', 'confuses the uplift with a penalty'],
      ['Increase the award by up to 50%', 'doubles the statutory maximum'],
      ['Nothing: the Code is guidance with no legal effect', 'ignores section 207A'],
      ['Order reinstatement in every case', 'confuses remedies'],
      [
        'Fine the employer up to £5,000, payable to the Secretary of State rather than to the employee',
        'confuses the uplift with a penalty',
      ],
      [
        'Nothing at all: the ACAS Code is guidance only and tribunals may not take it into account',
        'ignores section 207A',
      ],
    ],
  },
  {
    id: 'uk-right-to-work-check-timing',
    stems: [
      'Under section 15 of the UK Immigration, Asylum and Nationality Act 2006 and the Home Office employer’s guide, when must a right-to-work check be done to give the employer a statutory excuse?',
      'A UK client wants a statutory excuse against a civil penalty for illegal working (Immigration, Asylum and Nationality Act 2006, s.15). When must the right-to-work check be made?',
    ],
    keys: [
      'Before employment starts, with a dated record kept',
      'Before the person starts work, recorded and dated',
      'Prior to day one, with the check copied and dated',
    ],
    wrong: [
      ['Within three working days of the start date', 'applies the US I-9 timing'],
      ['By the end of the probation period', 'ties the check to probation'],
      [
        'Only for applicants who do not look or sound British',
        'checks selectively, which is discriminatory',
      ],
      ['Within 28 days of starting work', 'invents a grace period'],
      ['Only if the Home Office asks for it', 'makes the check reactive'],
      [
        'Within three working days of the start date, as long as the employee signs a declaration on day one',
        'applies the US I-9 timing',
      ],
      [
        'Only for applicants who do not look or sound British, to avoid wasting the others’ time',
        'checks selectively, which is discriminatory',
      ],
    ],
  },
  {
    id: 'california-final-pay-timing',
    stems: [
      'A California client fires an employee this morning. Under Labor Code §201, when are the final wages due?',
      'Under California Labor Code §201, when must an employer pay an employee it discharges?',
    ],
    keys: [
      'Immediately, at the time of discharge',
      'At once, on the day of discharge',
      'Right away, when the discharge happens',
    ],
    wrong: [
      ['Within 72 hours, as for a quit without notice', 'applies §202 to a discharge'],
      ['On the next regular payday', 'uses the ordinary pay schedule'],
      ['Within 30 days, after the last timesheet is approved', 'invents a 30-day period'],
      ['Within 14 days, in the next payroll run', 'invents a two-week period'],
      ['On the last day of the month', 'uses a monthly pay date'],
      [
        'Within 72 hours, the same period that applies when an employee quits without giving notice',
        'applies §202 to a discharge',
      ],
      [
        'On the next regular payday, along with any accrued vacation, as for any other pay period',
        'uses the ordinary pay schedule',
      ],
    ],
  },
  {
    id: 'i9-section-1-timing',
    stems: [
      'Under 8 CFR 274a.2(b)(1)(i)(A), by when must a new US hire complete Section 1 of Form I-9?',
      'A US client asks when a new employee must fill in Section 1 of Form I-9 (8 CFR 274a.2(b)(1)(i)(A)).',
    ],
    keys: [
      'By the end of their first day of work for pay',
      'No later than the close of the first work day',
      'On day one of work, by the end of that day',
    ],
    wrong: [
      ['Within three business days of the first day', 'applies the Section 2 deadline'],
      ['Before the job offer is made', 'requires it before an offer'],
      ['Within 30 days of the hire', 'invents a 30-day period'],
      ['Only once E-Verify has confirmed the hire', 'reverses the order of I-9 and E-Verify'],
      ['At the end of the first pay period', 'ties the form to payroll'],
      [
        'Within three business days of the first day, at the same time as the employer completes Section 2',
        'applies the Section 2 deadline',
      ],
      [
        'Only once E-Verify has confirmed the hire, which may take several days after the start date',
        'reverses the order of I-9 and E-Verify',
      ],
    ],
  },
]

export const RELATIONS_PRACTICES: readonly ScenarioFamily[] = RELATIONS_RULES.map(practiceFamily)
