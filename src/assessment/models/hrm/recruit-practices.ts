import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Practice, practiceFamily } from './hrm-text.js'

// Selection rules as the key test's rule table states them: the ADA’s ban on pre-offer
// disability inquiries and its allowance of questions about ability to perform job functions
// (42 U.S.C. 12112(d)(2); EEOC, Enforcement Guidance on Preemployment Disability-Related
// Questions); the Equality Act 2010 s.60 (no pre-offer health questions, except e.g. about
// adjustments for the assessment, s.60(6)(a), or a function intrinsic to the work, s.60(6)(b));
// California’s salary-history ban (Labor Code §432.3) and Fair Chance Act (Government Code
// §12952: no conviction history inquiry before a conditional offer); the four-fifths rule
// (29 CFR 1607.4(D)); essential functions evidence (29 CFR 1630.2(n)(3)); structured
// interviewing (the same job-related questions for every candidate, anchored rating scales,
// independent ratings before discussion; US OPM, Structured Interviews guide); job analysis
// yielding a job description and person specification (CIPD, job analysis factsheet).

const RECRUIT_RULES: readonly Practice[] = [
  {
    id: 'ada-pre-offer-question',
    stems: [
      'Before any offer, which interview question may a US employer covered by the ADA (42 U.S.C. 12112(d)(2)) ask an applicant for a delivery driver job?',
      'Which question is lawful at a pre-offer interview under the ADA, 42 U.S.C. 12112(d)(2), for a warehouse picker role?',
    ],
    keys: [
      'Can you do the job’s essential functions, with or without accommodation?',
      'Can you perform the duties described, with or without accommodation?',
    ],
    wrong: [
      [
        'Do you have any disability that could affect your attendance?',
        'asks about disability before an offer',
      ],
      [
        'How many sick days did you take in your last job?',
        'asks a disability-related question before an offer',
      ],
      [
        'What prescription medications are you currently taking?',
        'asks about medication before an offer',
      ],
      [
        'Have you ever filed a workers’ compensation claim?',
        'asks about past injuries before an offer',
      ],
      [
        'Have you ever been treated for a mental health condition?',
        'asks about impairments before an offer',
      ],
      [
        'Do you have any disability or medical condition that could affect your attendance or your ability to drive long shifts?',
        'asks about disability before an offer',
      ],
      [
        'Have you ever been treated for a back injury or filed a workers’ compensation claim with a previous employer?',
        'asks about past injuries before an offer',
      ],
      ['Any illnesses?', 'asks a general health question before an offer'],
    ],
  },
  {
    id: 'equality-act-s60-pre-offer-health-question',
    stems: [
      'Under section 60 of the UK Equality Act 2010, which question may be asked before a job offer?',
      'A UK client’s application form asks health questions. Which one does section 60 of the Equality Act 2010 allow before an offer?',
    ],
    keys: [
      'Do you need any adjustments for the interview or the written test?',
      'Is there anything we should adjust so you can take the assessment?',
      'Do you need any reasonable adjustments so that you can take part in the interview and the written test?',
    ],
    wrong: [
      [
        'How many days were you off sick in the last two years?',
        'asks about sickness absence before an offer',
      ],
      [
        'Do you have any health conditions we should know about?',
        'asks a general health question before an offer',
      ],
      [
        'Are you receiving treatment for any illness at present?',
        'asks about treatment before an offer',
      ],
      [
        'Please complete this health questionnaire with your application',
        'puts a health questionnaire before the offer',
      ],
      [
        'Have you ever had a back problem or a mental health condition?',
        'asks about past conditions before an offer',
      ],
      [
        'How many days were you off sick in the last two years, and what were the reasons for each absence?',
        'asks about sickness absence before an offer',
      ],
      [
        'Please complete the attached health questionnaire and return it with your application form and CV',
        'puts a health questionnaire before the offer',
      ],
    ],
  },
  {
    id: 'california-salary-history-ban',
    stems: [
      'Your California client wants to ask candidates what they earn now. Under Labor Code §432.3, what may it do?',
      'Under California Labor Code §432.3, how may a California employer handle pay in the hiring process?',
    ],
    keys: [
      'Ask about pay expectations, not salary history',
      'Discuss expected pay; never seek salary history',
      'Ask what pay they expect, not what they earned',
    ],
    wrong: [
      [
        'Ask for the current salary once the first interview is passed',
        'thinks the ban lifts after a first interview',
      ],
      [
        'Ask for salary history if it is used only to set the offer',
        'lets the purpose excuse the inquiry',
      ],
      [
        'Ask the previous employer for the salary instead of the candidate',
        'routes the inquiry through an agent',
      ],
      [
        'Ask salary history of external candidates but not internal ones',
        'reverses the internal-candidate rule',
      ],
      ['Require a payslip with the application', 'seeks salary history in writing'],
      [
        'Ask for the current salary once the first interview is passed, as the ban covers only screening',
        'thinks the ban lifts after a first interview',
      ],
      [
        'Ask the previous employer to confirm the candidate’s salary instead of asking the candidate',
        'routes the inquiry through an agent',
      ],
    ],
  },
  {
    id: 'california-fair-chance-timing',
    stems: [
      'A California client with 20 staff wants to ask about criminal convictions. Under Government Code §12952 (Fair Chance Act), when may it first ask?',
      'Under California’s Fair Chance Act, Government Code §12952, at what point may an employer of five or more first inquire into conviction history?',
    ],
    keys: [
      'Only after making a conditional offer of employment',
      'After a conditional job offer, not on the application',
      'Once a conditional offer has been made, and not before',
    ],
    wrong: [
      ['On the application form, with a tick box', 'puts the question before any offer'],
      ['At the first interview, if asked of every candidate', 'asks before a conditional offer'],
      [
        'Never: conviction history may not be considered at all',
        'confuses timing with a total ban',
      ],
      ['Only after the employee has passed probation', 'delays the inquiry past the offer stage'],
      ['At the final interview, before the offer is made', 'asks before the offer'],
      [
        'At the first interview, provided the same question is asked of every candidate for the role',
        'asks before a conditional offer',
      ],
      [
        'On the application form, with a tick box that the candidate may leave blank if they prefer',
        'puts the question before any offer',
      ],
    ],
  },
  {
    id: 'four-fifths-rule-meaning',
    stems: [
      'What does a selection rate below four-fifths of the highest group’s rate mean under 29 CFR 1607.4(D) (US Uniform Guidelines)?',
      'A client’s hiring test gives one group 70% of the highest group’s selection rate. How does 29 CFR 1607.4(D) treat that?',
    ],
    keys: [
      'It is generally regarded as evidence of adverse impact',
      'Generally taken as evidence of adverse impact, to be looked into',
      'It generally counts as evidence of adverse impact',
    ],
    wrong: [
      ['It proves unlawful discrimination by the employer', 'treats the rule of thumb as proof'],
      ['It is lawful as long as the group is under 20% of applicants', 'invents a size exemption'],
      ['It matters only when the rate is under half the highest rate', 'halves the threshold'],
      [
        'It requires hiring the group until the rates are equal',
        'turns the guideline into a quota',
      ],
      [
        'It counts only if the difference is over 20 percentage points',
        'subtracts rates instead of dividing',
      ],
      [
        'It proves unlawful discrimination, so the employer must stop using the test and compensate applicants',
        'treats the rule of thumb as proof',
      ],
      [
        'It counts only if the two selection rates differ by more than 20 percentage points',
        'subtracts rates instead of dividing',
      ],
    ],
  },
  {
    id: 'ada-essential-functions-evidence',
    stems: [
      'Under 29 CFR 1630.2(n)(3) (US ADA), which is evidence that a job function is essential?',
      'A client is writing a job description under the ADA. Which counts as evidence of an essential function under 29 CFR 1630.2(n)(3)?',
    ],
    keys: [
      'A written job description prepared before advertising the job',
      'The employer’s written description made before interviewing applicants',
      'A job description written before the job was advertised',
    ],
    wrong: [
      [
        'Any task listed in a description written after a complaint',
        'relies on a description written after the fact',
      ],
      ['Whatever the current jobholder likes doing most', 'uses preference, not the job’s needs'],
      ['Tasks done once a year by whoever is available', 'treats marginal tasks as essential'],
      [
        'Any duty the manager adds after an applicant discloses a disability',
        'relies on a description written after the fact',
      ],
      ['The pay grade of the job alone', 'uses pay as evidence of function'],
      [
        'A description the manager writes after an applicant with a disability has asked for an accommodation',
        'relies on a description written after the fact',
      ],
      [
        'Whatever the current jobholder says they spend the most time enjoying, whether or not the job needs it',
        'uses preference, not the job’s needs',
      ],
    ],
  },
  {
    id: 'structured-interview-practice',
    stems: [
      'A client wants its interviews to be structured. Which practice makes them so?',
      'Which practice belongs to a structured interview as the US OPM structured interview guide describes it?',
    ],
    keys: [
      'The same job-related questions for all, on anchored scales',
      'Ask every candidate the same job-related questions and rate each answer on an anchored scale',
      'Same job-related questions for everyone, each answer rated on anchored scales',
    ],
    wrong: [
      [
        'Let each interviewer pick questions to suit the candidate',
        'makes the questions vary by candidate',
      ],
      [
        'Agree a panel score by discussion before anyone rates',
        'rates by consensus before independent ratings',
      ],
      [
        'Rate overall fit at the end instead of each answer',
        'replaces criterion ratings with a global one',
      ],
      ['Start with the CV and follow up on whatever stands out', 'runs an unstructured interview'],
      [
        'Score candidates against each other rather than a scale',
        'compares candidates without anchors',
      ],
      [
        'Let each interviewer choose questions to suit the candidate’s CV, then agree a score together',
        'makes the questions vary by candidate',
      ],
      [
        'Agree the panel’s score by open discussion before anyone writes down their own rating',
        'rates by consensus before independent ratings',
      ],
    ],
  },
  {
    id: 'job-analysis-outputs',
    stems: [
      'You run a job analysis for a new operations role. What does it produce for recruitment?',
      'What are the outputs of a job analysis that recruitment uses?',
    ],
    keys: [
      'A job description and a person specification',
      'The duties and the requirements of the role',
      'Job description and person specification',
    ],
    wrong: [
      ['A salary offer for the preferred candidate', 'confuses analysis with offer-making'],
      ['A list of the current jobholder’s personality traits', 'describes the person, not the job'],
      ['A shortlist of candidates ranked by CV', 'confuses analysis with screening'],
      [
        'An advert copied from a competitor’s similar role',
        'skips the analysis of the role itself',
      ],
      ['The manager’s opinion of the ideal hire’s background', 'uses preference, not job evidence'],
      [
        'A ranked shortlist of candidates drawn from the CVs received so far, with interview dates',
        'confuses analysis with screening',
      ],
      [
        'The manager’s description of the ideal hire’s background, schools and previous employers',
        'uses preference, not job evidence',
      ],
    ],
  },
]

export const RECRUIT_PRACTICES: readonly ScenarioFamily[] = RECRUIT_RULES.map(practiceFamily)
