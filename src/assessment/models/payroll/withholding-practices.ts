import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './payroll-text.js'

// Withholding rules of IRS Publication 15 (2026) — section 7 (supplemental wages), section 9
// (Form W-4, Social Security and Medicare, Additional Medicare Tax), section 6 (tips) and section
// 14 (FUTA) — as the key test’s table of documented rules states them.

const WITHHOLDING_PRACTICES: readonly Practice[] = [
  {
    id: 'additional-medicare-ignores-filing-status',
    stems: [
      'A married employee says their spouse earns little, so their combined income is under $250,000, and asks you to stop the 0.9 % Additional Medicare Tax past $200,000. What do you do?',
      'An employee filing jointly asks why Additional Medicare Tax started at $200,000 of wages when their return threshold is $250,000. What is right?',
    ],
    keys: [
      'Keep withholding over $200,000 whatever the status',
      'Withhold past $200,000; filing status is irrelevant',
      'Withhold on wages over $200,000 regardless',
    ],
    wrong: [
      [
        'Stop until their wages pass $250,000, the joint-filer threshold',
        'applies the return threshold to withholding',
      ],
      ['Stop if they give a new Form W-4 claiming married', 'thinks Form W-4 controls it'],
      ['Stop, and have the employer pay the 0.9 % instead', 'shifts the tax to the employer'],
      ['Withhold only from supplemental wages over $200,000', 'limits it to supplemental wages'],
      ['Withhold from the first dollar once they are married', 'misreads the threshold'],
    ],
  },
  {
    id: 'additional-medicare-has-no-employer-share',
    stems: [
      'An employee is past $200,000 of wages and has the 0.9 % Additional Medicare Tax withheld. What does the employer owe on the same wages?',
      'What employer match applies to the Additional Medicare Tax withheld from a highly paid employee?',
    ],
    keys: [
      'No match; it pays only its own 1.45 % Medicare',
      'Nothing beyond its own 1.45 % Medicare tax',
      'Its regular 1.45 % Medicare, with no 0.9 % match',
    ],
    wrong: [
      ['A 0.9 % match, like the regular Medicare share', 'assumes every FICA tax is matched'],
      [
        'A 0.45 % share, half of the Additional Medicare rate',
        'splits the tax between the parties',
      ],
      ['Nothing at all, not even the 1.45 % Medicare', 'drops the regular employer Medicare too'],
      ['A 2.35 % share, matching the employee total', 'matches the employee’s total Medicare'],
      ['A 0.9 % FUTA surcharge on the same wages', 'confuses it with FUTA'],
    ],
  },
  {
    id: 'wage-base-applies-per-employer',
    stems: [
      'A new hire already reached the Social Security wage base at an unrelated previous employer this year. What do you withhold?',
      'An employee shows pay stubs proving their earlier employer this year withheld Social Security up to the wage base. What does your client do?',
    ],
    keys: [
      'Withhold as usual; each employer applies the base',
      'Withhold from the first dollar of your client’s pay',
      'Start Social Security again; the base is per employer',
    ],
    wrong: [
      [
        'Withhold no Social Security for the rest of the year',
        'counts another employer’s wages toward your base',
      ],
      [
        'Withhold only Medicare and the employer share of Social Security',
        'drops the employee share alone',
      ],
      ['Withhold at half rate until the year ends', 'invents a reduced rate'],
      [
        'Refund the earlier employer’s excess through your payroll',
        'refunds tax your client did not withhold',
      ],
      ['Ask the IRS for a waiver before the first payday', 'invents a waiver process'],
    ],
  },
  {
    id: 'supplemental-flat-rate-conditions',
    stems: [
      'When may your client use the optional 22 % flat rate on a bonus?',
      'A bonus is paid. What must hold before the optional flat-rate method can be used for income tax withholding?',
    ],
    keys: [
      'Tax withheld from regular pay; bonus shown apart',
      'Regular wages had withholding; bonus stated separately',
      'Bonus separately identified, regular wages withheld on',
    ],
    wrong: [
      ['Any time, for any employee and any bonus', 'ignores the conditions'],
      ['Only if the bonus is over $1 million for the year', 'confuses it with the mandatory rate'],
      ['Only if the employee asks for it on Form W-4', 'thinks the employee chooses the method'],
      [
        'Only when the bonus is paid with regular wages, not shown apart',
        'reverses the separate-identification condition',
      ],
      [
        'Only for employees who claimed exemption from withholding',
        'reverses the condition on prior withholding',
      ],
    ],
  },
  {
    id: 'mandatory-37-percent-over-one-million',
    stems: [
      'An executive’s supplemental wages for the year pass $1 million. How is income tax withheld on the part over $1 million?',
      'What withholding applies to supplemental wages above $1 million paid by one employer in a year?',
    ],
    keys: [
      'The mandatory 37 %, whatever the Form W-4 says',
      '37 %, required regardless of the Form W-4',
      'A required 37 % flat rate, ignoring Form W-4',
    ],
    wrong: [
      [
        'The optional 22 % rate, if the employer chooses it',
        'keeps the optional rate past $1 million',
      ],
      [
        'The aggregate method using the employee’s Form W-4',
        'uses the W-4 where the law sets the rate',
      ],
      ['No withholding; the executive pays with their return', 'skips mandatory withholding'],
      ['24 %, the backup-withholding rate', 'uses the backup-withholding rate'],
      ['The employer and employee split the 37 % equally', 'treats income tax as shared'],
    ],
  },
  {
    id: 'no-form-w4-means-single-no-adjustments',
    stems: [
      'A new employee has not turned in a Form W-4 by the first payday. How do you withhold income tax?',
      'An employee hired after 2019 never gave you a Form W-4. What withholding do you apply?',
    ],
    keys: [
      'As single or married filing separately',
      'Single, with no entries in Steps 2 to 4',
      'Single or MFS, with no other entries',
    ],
    wrong: [
      [
        'No income tax at all until a signed Form W-4 is received',
        'withholds nothing without a form',
      ],
      ['Married filing jointly with two dependents', 'assumes a favourable status'],
      ['At the flat 22 % supplemental rate', 'uses the supplemental rate on regular wages'],
      ['At the 24 % backup-withholding rate', 'uses the backup-withholding rate'],
      ['As head of household, the default status', 'invents a default status'],
    ],
  },
  {
    id: 'exempt-form-w4-expires-february-15',
    stems: [
      'An employee claimed exemption from income tax withholding on Form W-4 last year. What happens this year?',
      'How long does a Form W-4 claiming exemption from withholding stay in effect?',
    ],
    keys: [
      'A new Form W-4 is due by February 15 next year',
      'It lapses unless renewed by February 15',
      'Without a new form by February 15, it ends',
    ],
    wrong: [
      [
        'It stays in effect until the employee revokes it in writing',
        'treats the exemption as permanent',
      ],
      ['It lapses on December 31 and cannot be renewed', 'misses the renewal'],
      ['It lapses on January 31, when Forms W-2 are due', 'ties it to the Form W-2 date'],
      ['It lasts three years, like the record period', 'invents a three-year life'],
      ['It expires on April 15, the return due date', 'uses the return due date'],
      ['The IRS renews it unless the employer objects', 'invents an automatic IRS renewal'],
    ],
  },
  {
    id: 'new-form-w4-effective-date',
    stems: [
      'An employee hands in a new Form W-4 mid-year. By when must your client put it into effect?',
      'How soon must a revised Form W-4 from a current employee change the withholding?',
    ],
    keys: [
      'Start of the first period ending on or after day 30',
      'First payroll period ending 30 or more days after receipt',
      'By the first payroll period ending on or after day 30',
    ],
    wrong: [
      [
        'From January 1 of the next year, when the new tables apply',
        'defers the change to the next year',
      ],
      ['Only after the IRS reviews and approves the new form', 'invents an IRS approval'],
      [
        'Retroactively, from the first payday of the year it was signed',
        'applies the form backwards',
      ],
      ['Within 10 days of receipt, or a penalty applies', 'invents a ten-day deadline'],
      ['At the next quarter end, when Form 941 is filed', 'ties it to the return'],
    ],
  },
  {
    id: 'tips-reported-by-the-tenth',
    stems: [
      'A server receives cash tips. When must they report them to the employer?',
      'What is the federal rule for employees reporting cash tips to their employer?',
    ],
    keys: [
      'By the 10th of the next month, if $20 or more',
      '$20 or more in a month, by the next month’s 10th',
      'Monthly tips of $20 or more, by the following 10th',
    ],
    wrong: [
      [
        'At year end on the employee’s Form W-4, with any other income',
        'uses the wrong form and timing',
      ],
      ['Only if tips exceed $600 in a year', 'uses a contractor reporting threshold'],
      ['Daily, before leaving each shift, whatever the amount', 'invents a daily rule'],
      ['Never; the employer estimates tips at 8 %', 'confuses reporting with tip allocation'],
      ['By the 15th of the next quarter, if over $100', 'invents a quarterly rule'],
    ],
  },
]

export const WITHHOLDING_PRACTICE_FAMILIES: readonly ScenarioFamily[] =
  WITHHOLDING_PRACTICES.map(practiceFamily)
