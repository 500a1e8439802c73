import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './hrm-text.js'

// Pay rules as the key test's rule table states them: the US Equal Pay Act’s four exceptions
// (29 U.S.C. 206(d)(1): a seniority system, a merit system, a system measuring earnings by
// quantity or quality of production, or a differential based on any other factor other than
// sex); the UK Equality Act 2010 s.65 (equal work is like work, work rated as equivalent or work
// of equal value); the FLSA salary level for the white-collar exemptions, $684 a week
// (29 CFR 541.600 as the Department of Labor enforces it since the 2024 rule was vacated,
// Texas v. U.S. Department of Labor, E.D. Tex., November 15, 2024); red-circle and green-circle
// rates and the compa-ratio’s meaning (WorldatWork, Base pay administration).

const COMP_RULES: readonly Practice[] = [
  {
    id: 'equal-pay-act-exceptions',
    stems: [
      'A US client pays a man more than a woman for equal work. Under 29 U.S.C. 206(d)(1) (Equal Pay Act), which reason can justify the difference?',
      'A US client pays a male employee more than a female colleague doing equal work. Which reason for the difference does the Equal Pay Act, 29 U.S.C. 206(d)(1), accept?',
    ],
    keys: [
      'The man has more service under a bona fide seniority system',
      'The man scored higher under the firm’s established merit pay system',
      'The man produced more units under a piece-rate pay system',
    ],
    wrong: [
      ['The man negotiated harder when he was hired', 'takes negotiation as a defence by itself'],
      [
        'Men in the local market are paid more for such jobs',
        'relies on market rates that reflect sex',
      ],
      ['The woman’s husband also works and earns well', 'uses a factor based on sex'],
      ['The man’s job title differs though the work is the same', 'relies on titles over content'],
      ['The woman agreed in writing to the lower rate', 'treats consent as a defence'],
      [
        'The man negotiated harder when he was hired and the woman accepted the first offer she got',
        'takes negotiation as a defence by itself',
      ],
      [
        'Men in the local labour market are paid more for such jobs, so the employer matches the market',
        'relies on market rates that reflect sex',
      ],
    ],
  },
  {
    id: 'uk-equal-work-comparisons',
    stems: [
      'Under section 65 of the UK Equality Act 2010, when is a woman’s work equal to a male comparator’s?',
      'A UK client asks what counts as “equal work” for an equal pay claim. What does section 65 of the Equality Act 2010 say?',
    ],
    keys: [
      'When her work is like his, rated as equivalent to his, or of equal value',
      'When it is like work, work rated as equivalent, or work of equal value',
      'When the work is like, rated as equivalent, or of equal value',
    ],
    wrong: [
      [
        'Only when the job titles and contracts are identical',
        'narrows equal work to identical jobs',
      ],
      ['When both jobs sit in the same pay grade today', 'takes the grade as the test'],
      ['Only when both work at the same site and shift', 'adds a site test to equal work'],
      ['When the jobs have the same market rate', 'uses market pay as the test'],
      [
        'Only when it is like work, as equal value claims need a union agreement',
        'drops equal value claims',
      ],
      [
        'Only when the two jobs have identical titles, contracts and duties, at the same site and on the same shift',
        'narrows equal work to identical jobs',
      ],
      [
        'When the two jobs sit in the same pay grade today, whatever the work involves',
        'takes the grade as the test',
      ],
    ],
  },
  {
    id: 'flsa-exempt-salary-level',
    stems: [
      'A US client wants to classify an office manager as exempt under the FLSA white-collar rules (29 CFR 541.600). What salary level must be met?',
      'Which weekly salary level does the Department of Labor enforce for the FLSA executive, administrative and professional exemptions (29 CFR 541.600)?',
    ],
    keys: [
      'At least $684 a week, plus the duties test',
      '$684 a week or more, and qualifying duties',
      '$684 a week as salary, with duties met',
    ],
    wrong: [
      ['At least $1,128 a week under the 2024 rule', 'applies the vacated 2024 level'],
      ['At least $455 a week, the 2004 level', 'applies the superseded 2004 level'],
      ['Any salary, as long as the title is “manager”', 'lets the title decide the exemption'],
      ['At least $844 a week, the July 2024 level', 'applies the vacated July 2024 level'],
      [
        'At least the state minimum wage for 40 hours',
        'confuses the salary level with minimum wage',
      ],
      [
        'At least $1,128 a week, the level set for January 2025 by the Department of Labor’s 2024 rule',
        'applies the vacated 2024 level',
      ],
      [
        'Any salary at all, as long as the job title includes “manager” and the person supervises someone',
        'lets the title decide the exemption',
      ],
    ],
  },
  {
    id: 'red-circle-rate',
    stems: [
      'After a new salary structure, an employee’s pay is above the maximum of their new range. What is this called and how is it usually handled?',
      'What is a red-circled employee in a salary structure?',
    ],
    keys: [
      'Red-circled: base held until the range catches up',
      'Over the range maximum; base frozen, lump sums only',
      'Above maximum; base rises stop until the range moves',
    ],
    wrong: [
      [
        'Green-circled: paid under the minimum, to be raised',
        'confuses red circles with green circles',
      ],
      ['Paid at midpoint, so given the standard merit increase', 'describes a compa-ratio of 100%'],
      ['Above maximum, so pay is cut to the maximum at once', 'cuts pay instead of freezing it'],
      ['Flagged for poor performance and a warning', 'confuses pay position with performance'],
      ['Above maximum, so moved straight to the next grade', 'regrades instead of holding pay'],
      [
        'Green-circled: paid under the new minimum, and raised to it over the next review cycle',
        'confuses red circles with green circles',
      ],
      [
        'Above the maximum, so pay is cut to the maximum at once to keep the structure consistent',
        'cuts pay instead of freezing it',
      ],
    ],
  },
  {
    id: 'compa-ratio-meaning',
    stems: [
      'A manager asks what a compa-ratio of 100% means for an employee.',
      'How do you explain an employee’s compa-ratio of 100% to a client?',
    ],
    keys: [
      'Their pay equals the midpoint of their salary range',
      'They are paid exactly at their range midpoint',
      'Pay sits at the range midpoint, the policy rate for the job',
    ],
    wrong: [
      ['They are paid the range maximum', 'confuses compa-ratio with range penetration at the top'],
      ['Their pay is 100% above the range minimum', 'reads the ratio as a rise over the minimum'],
      ['They got a full merit increase this year', 'confuses pay position with increases'],
      [
        'They earn exactly the market average for all jobs',
        'compares with all jobs, not the range',
      ],
      ['They are at the range minimum, fully paid for entry', 'puts 100% at the minimum'],
      [
        'They are paid the range maximum, so they can get no further base increases this year',
        'confuses compa-ratio with range penetration at the top',
      ],
      [
        'They earn exactly the average pay of everyone at the company, whatever their job',
        'compares with all jobs, not the range',
      ],
    ],
  },
]

export const COMP_PRACTICES: readonly ScenarioFamily[] = COMP_RULES.map(practiceFamily)
