import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './hrm-text.js'

// Definitions behind the workforce metrics, as the key test's rule table states them: SHRM,
// “How to calculate turnover” (separations from the organisation, voluntary and involuntary,
// over average headcount; moves inside the organisation are not separations); SHRM
// talent-acquisition benchmarking (time to fill runs from requisition approval to offer
// acceptance); ANSI/SHRM 06001.2012 Cost-Per-Hire (external and internal costs over total hires);
// US BLS, Current Population Survey (absence counts scheduled work missed, not vacation or
// holidays); headcount versus FTE as payroll analytics defines them.

const METRIC_RULES: readonly Practice[] = [
  {
    id: 'turnover-counts-separations-not-transfers',
    stems: [
      'When you count separations for the annual turnover rate, how do you treat an employee who transferred from the warehouse to the office team?',
      'For the turnover rate, which of these events do you leave out of the separations count?',
    ],
    keys: [
      'Leave out internal transfers; count resignations and dismissals',
      'Internal transfers are not separations; leavers of all kinds are',
      'Exclude moves inside the firm, include voluntary and involuntary exits',
    ],
    wrong: [
      [
        'Count the transfer, as the employee left their old team',
        'counts moves inside the firm as separations',
      ],
      [
        'Count only resignations; dismissals are not turnover',
        'drops involuntary separations from total turnover',
      ],
      [
        'Count only dismissals, as resignations are the employee’s choice',
        'drops voluntary separations from total turnover',
      ],
      [
        'Leave out anyone who left within their probation period',
        'drops early leavers, who are separations',
      ],
      [
        'Count transfers and promotions, as both change the job held',
        'counts internal moves as turnover',
      ],
      [
        'Count the transfer as a separation and a hire, as both teams’ headcounts changed that month',
        'counts an internal move as a leaver and a hire',
      ],
      [
        'Count only people who left in the first year, since later leavers are normal attrition',
        'narrows turnover to first-year leavers',
      ],
    ],
  },
  {
    id: 'time-to-fill-start-and-stop',
    stems: [
      'A client asks when the time-to-fill clock starts and stops in the usual SHRM benchmark definition.',
      'Which two events bound time to fill as SHRM’s benchmarking defines it?',
    ],
    keys: [
      'From requisition approval to the candidate’s offer acceptance',
      'It runs from the approved requisition to the accepted offer',
      'Requisition approved to offer accepted, in calendar days',
    ],
    wrong: [
      ['From the job posting to the new hire’s first day at work', 'uses posting and start dates'],
      [
        'From the first application received to the offer being made',
        'uses the applicant’s time to hire',
      ],
      [
        'From requisition approval to the new hire’s first day at work',
        'stops the clock at the start date',
      ],
      ['From the first interview to the signed employment contract', 'starts at interviewing'],
      [
        'From the vacancy arising to the end of the new hire’s probation',
        'stretches both ends of the measure',
      ],
      [
        'From the day the manager first mentions the vacancy to the day the new hire signs the contract',
        'uses informal start and end points',
      ],
      [
        'From the requisition’s approval to the end of the new hire’s first week, so onboarding counts',
        'stretches the measure into onboarding',
      ],
    ],
  },
  {
    id: 'cost-per-hire-internal-and-external-costs',
    stems: [
      'Under the ANSI/SHRM 06001.2012 cost-per-hire standard, what goes over the total number of hires?',
      'A client’s cost per hire counts only agency invoices. What does the ANSI/SHRM cost-per-hire standard divide by hires?',
    ],
    keys: [
      'External costs plus internal recruiting costs, summed',
      'The sum of external and internal recruiting costs',
      'External spend together with internal recruiting costs',
    ],
    wrong: [
      [
        'External costs only: ads, agencies and travel',
        'leaves out internal costs such as recruiter time',
      ],
      ['Internal recruiter pay only, as ads are overheads', 'leaves out external costs'],
      [
        'Recruiting costs plus the new hires’ first-year pay',
        'counts the hires’ own salaries as hiring costs',
      ],
      ['Agency fees only, as the costs that vary with hires', 'counts one external cost alone'],
      ['The HR department’s whole annual budget', 'counts non-recruiting HR costs'],
      [
        'Only the costs invoiced by outside suppliers, since staff time is already paid for',
        'leaves out internal costs such as recruiter time',
      ],
      [
        'The year’s advertising spend only, because the other costs would be incurred anyway',
        'counts one external cost alone',
      ],
    ],
  },
  {
    id: 'headcount-versus-fte',
    stems: [
      'A client has 20 full-timers on 40 hours and 10 part-timers on 20 hours. How do its headcount and FTE compare?',
      'What is the difference between headcount and full-time equivalents (FTE) when a client reports its staff?',
    ],
    keys: [
      'Headcount counts people; FTE weighs each by hours over a full week',
      'Each employee is one head; FTE is paid hours over the full-time week',
      'Headcount is people on payroll; FTE is hours over a full-time week',
    ],
    wrong: [
      [
        'Headcount includes contractors; FTE counts only employees',
        'counts contractors in headcount',
      ],
      [
        'They are the same figure once part-timers are left out',
        'drops part-timers from headcount',
      ],
      [
        'FTE counts each part-timer as one half, whatever the hours',
        'uses a fixed half for part-timers',
      ],
      [
        'Headcount is the year’s average; FTE is the count at year end',
        'confuses the measures with averaging periods',
      ],
      [
        'FTE counts only full-time staff; headcount counts everyone on site',
        'drops part-timers from FTE',
      ],
      [
        'Headcount counts everyone working on site, contractors and agency temps included, while FTE counts only employees',
        'counts contractors in headcount',
      ],
      [
        'FTE is headcount less anyone on leave, since people on leave are not working hours at present',
        'confuses FTE with people at work',
      ],
    ],
  },
  {
    id: 'absence-rate-what-counts',
    stems: [
      'For the absence rate, which days count as absence?',
      'A client wants its quarterly absence rate. What goes in the numerator?',
    ],
    keys: [
      'Scheduled work days lost to unplanned absence such as sickness',
      'Days of scheduled work missed without prior approval, sickness included',
      'Unscheduled absence from days the employee was due to work',
    ],
    wrong: [
      [
        'All days away, approved vacation and public holidays included',
        'counts planned leave as absence',
      ],
      ['Only absences longer than a week, as short spells are noise', 'drops short-term absence'],
      [
        'Only days without a doctor’s note, as certified sickness is excused',
        'drops certified sickness',
      ],
      [
        'Calendar days away, weekends inside a spell included',
        'counts days not scheduled for work',
      ],
      ['Vacation days taken, as time not worked', 'counts approved leave as absence'],
      [
        'Every day an employee was not at work, approved vacation, public holidays and training days included',
        'counts planned time away as absence',
      ],
      [
        'Only sickness absence that lasted more than three days, as shorter spells are self-certified',
        'drops short-term absence',
      ],
    ],
  },
]

export const METRIC_PRACTICES: readonly ScenarioFamily[] = METRIC_RULES.map(practiceFamily)
