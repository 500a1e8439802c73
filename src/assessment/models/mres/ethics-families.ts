import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { rule } from './ethics-rule.js'
import { GDPR_FAMILIES } from './gdpr-families.js'
import { client, drawn, family, statements } from './mres-text.js'

// Ethics and reporting rules a freelance researcher applies, each from its document:
// - ICC/ESOMAR International Code on Market and Social Research (2007), Art. 1(d): research is
//   kept separate from advertising, sales promotion and direct marketing; Art. 3(a): taking part
//   is voluntary at all stages; Art. 4(a): researchers identify themselves and state the purpose.
// - ICC/ESOMAR Code (2007) Art. 6 and the ESOMAR Guideline on Interviewing Children and Young
//   People (1999, reprinted 2009): in a public place, the permission of a parent or of the person
//   the parent has made responsible for the child before a child under 14 is interviewed.
// - MRS Code of Conduct (2019), "Collection and analysis": informed consent given knowing who
//   else takes part (client observers) and what happens to any recording (see the AQR glossary,
//   "Informed consent"), so participants are told at the start if they are observed or recorded.
// - The GDPR's rules are in gdpr-families.ts, with their articles.
// - AAPOR Code of Professional Ethics and Practices (2021), Disclosure Standards: sponsor,
//   fieldwork dates, method, sample size and exact question wording; AAPOR statement "Opt-In
//   Surveys and Margin of Error" (Appendix D of the 2010 Task Force Report on Online Panels):
//   reporting a margin of sampling error for an opt-in sample is misleading, however large the
//   pool and whether or not the data are weighted.
// - ASA Statement on p-Values (Wasserstein & Lazar, 2016), principles 2 and 5: a p-value is not
//   the probability that chance produced the result, and does not measure an effect's size or
//   importance.
// Each family has several true wordings of the key and more named mistakes than an item shows.

export const ETHICS_FAMILIES: readonly ScenarioFamily[] = [
  rule(
    'ethics-research-not-selling',
    'ICC/ESOMAR 2007 Art. 1(d)',
    (rng) =>
      `${cap(client(rng))} asks its freelance researcher to end a satisfaction survey with a discount offer that books a sales call for anyone who accepts. What should the researcher do?`,
    [
      'Keep the offer out: research stays separate from selling',
      'Decline: a survey must not be used to make sales approaches',
      'Run the survey without it; the client can market separately',
    ],
    [
      [
        'Include it, as long as it comes after the very last question of the survey',
        'thinks placing the sales pitch after the questions makes it acceptable',
      ],
      [
        'Add the offer if respondents can tick a box to refuse the sales call',
        'thinks an opt-out makes selling under the guise of research acceptable',
      ],
      [
        'Go ahead, since the client is paying for the fieldwork',
        'lets the client’s payment override the code',
      ],
      [
        'Keep it but call the survey a customer feedback form',
        'relabels the survey instead of separating research from selling',
      ],
      [
        'Show the offer only to respondents who rate the service highly',
        'targets the sales pitch by answer, still mixing research and selling',
      ],
    ],
  ),
  rule(
    'ethics-withdrawal-mid-interview',
    'ICC/ESOMAR 2007 Art. 3(a)',
    (rng) =>
      `Halfway through a telephone interview for ${client(rng)}, a respondent says she wants to stop and asks that her answers not be used. What should the interviewer do?`,
    [
      'Stop at once and delete her answers, as she asked',
      'End the interview and discard what she has said so far',
      'Accept the withdrawal and remove her partial answers',
      'Stop the interview at once and delete everything she has answered so far',
    ],
    [
      [
        'Ask her to finish, since she agreed to take part at the start',
        'treats consent at the start as binding to the end',
      ],
      [
        'Stop, but keep her partial answers for the analysis',
        'ignores her request that her answers not be used',
      ],
      [
        'Offer a larger incentive so that she completes the interview',
        'uses pressure to keep a withdrawing respondent',
      ],
      [
        'Code her as a refusal and call her back the next day',
        'treats a withdrawal as a callback to try again',
      ],
      [
        'Skip to the last question so that the case counts as complete',
        'forces a complete from a withdrawn respondent',
      ],
    ],
  ),
  rule(
    'ethics-interviewing-children',
    'ICC/ESOMAR 2007 Art. 6; ESOMAR Guideline on Interviewing Children and Young People',
    (rng) =>
      `${cap(client(rng))} wants ten-year-olds interviewed about snacks outside a school gate. What must the researcher get before interviewing each child?`,
    [
      'The permission of a parent or responsible adult',
      'A parent’s or guardian’s consent to the interview',
      'Consent from an adult responsible for the child',
    ],
    [
      ['The child’s own spoken agreement is enough', 'treats a child’s agreement as sufficient'],
      [
        'Nothing, if the questions are only about snacks',
        'thinks harmless topics remove the need for permission',
      ],
      [
        'A parent’s signature after the interview is over',
        'asks for permission only after the event',
      ],
      [
        'A small gift for the child in place of consent',
        'treats an incentive as a substitute for permission',
      ],
      [
        'The school caretaker’s permission to stand at the gate',
        'confuses a venue permission with a parent’s',
      ],
    ],
  ),
  rule(
    'ethics-observed-focus-group',
    'MRS Code of Conduct (2019); ESOMAR qualitative research guidance',
    (rng) =>
      `${cap(client(rng))} wants to watch its focus group from behind a one-way mirror and keep a video. What must participants be told, and when?`,
    [
      'At the start, that they are being observed and recorded',
      'Before the group begins, about the viewers and the video',
      'At the outset, that the client watches and it is filmed',
    ],
    [
      [
        'Nothing, as long as the video is only for internal use',
        'thinks internal use removes the duty to tell',
      ],
      [
        'That it was recorded, but only after the session ends',
        'tells participants only after the event',
      ],
      [
        'That it is recorded, but not that the client is watching',
        'discloses the recording but hides the observers',
      ],
      [
        'Nothing, if their faces are blurred in the final video',
        'treats blurring as a substitute for telling',
      ],
      [
        'Only if someone asks whether the mirror is a window',
        'waits to be asked instead of telling',
      ],
    ],
  ),
  family('ethics-small-base-reporting', (rng) => {
    const base = rng.pick([drawn(rng, 12, 29), drawn(rng, 30, 49), drawn(rng, 50, 140)])
    const band = base < 30 ? 'suppress' : base < 50 ? 'flag' : 'report'
    const answers = {
      suppress: 'Show the base but not its percentages, as too small',
      flag: 'Report it, marked as a small base to treat with caution',
      report: 'Report it as normal, with its base shown',
    } as const
    const mistakes = {
      suppress: 'suppresses a base the rule allows to be reported',
      flag: 'only flags a base the rule says to suppress or report normally',
      report: 'reports normally a base the rule says to flag or suppress',
    } as const
    const wrong: Wrong[] = [
      ...(Object.keys(answers) as (keyof typeof answers)[])
        .filter((b) => b !== band)
        .map((b) => [answers[b], mistakes[b]] as const),
      [
        'Weight the segment up to 50 respondents and then report it',
        'thinks weighting up adds real respondents',
      ],
      [
        'Merge it silently into the next segment and report that',
        'combines groups without telling the reader',
      ],
      [
        'Report its percentages without the base so no one worries',
        'hides the base instead of applying the rule',
      ],
    ]
    return statements(
      rng,
      {
        stem: `The agency's reporting rule: percentages on bases under 30 are not shown, bases of 30–49 are flagged as small, and bases of 50 or more are reported as normal. In ${client(rng)}'s cross-tabs, the segment "lapsed customers" has a base of ${base}. What should the report do with it?`,
        key: answers[band],
        wrong,
      },
      band,
    )
  }),
  rule(
    'ethics-significance-vs-importance',
    'ASA Statement on p-Values (2016), principles 2 and 5',
    (rng) =>
      `In a tracker of 20,000 interviews for ${client(rng)}, satisfaction is 71.2% in the North and 70.6% in the South, a difference significant at p < 0.01. How should the researcher report it?`,
    [
      'As a real but very small gap, likely too small to act on',
      'As statistically reliable yet of little practical importance',
      'As a detectable difference too small to matter',
    ],
    [
      [
        'As a large difference, since a p-value that small means a big effect',
        'reads a small p-value as a large effect',
      ],
      [
        'As a 1% chance that the difference arose by chance alone',
        'reads the p-value as the chance the finding is a fluke',
      ],
      [
        'As a 99% probability that the North is truly more satisfied',
        'reads 1 − p as the probability the hypothesis is true',
      ],
      [
        'As no difference, since 0.6 points is inside any margin of error',
        'ignores the test result because the gap looks small',
      ],
      [
        'As proof that regional service causes the difference',
        'reads a significant difference as a causal finding',
      ],
    ],
  ),
  rule(
    'ethics-opt-in-margin-of-error',
    'AAPOR statement, Opt-In Surveys and Margin of Error',
    (rng) =>
      `${cap(client(rng))} publishes results from 1,000 members of an opt-in online panel and asks the researcher to add "margin of error ±3.1%". What should she advise?`,
    [
      'Not to state one: the sample is not random',
      'Avoid the ±3.1% claim, which assumes a probability sample',
      'Drop the margin of error: it does not hold for opt-in samples',
    ],
    [
      [
        'State it, since 1,000 interviews give ±3.1% at 95% confidence',
        'applies the probability-sample formula to an opt-in panel',
      ],
      [
        'Add it once the results have been weighted to the census profile',
        'thinks weighting turns an opt-in sample into a random one',
      ],
      [
        'Quote ±1.6%, half the figure, for a one-sided test',
        'halves the margin for a one-sided reading',
      ],
      [
        'Keep it, as the panel has well over a million members',
        'thinks a large panel makes selection random',
      ],
      [
        'Give it for the headline figure only, never for subgroups',
        'limits the claim instead of withdrawing it',
      ],
    ],
  ),
  rule(
    'ethics-poll-disclosure',
    'AAPOR Code (2021), Disclosure Standards',
    (rng) =>
      `A press release for ${client(rng)} will publish a poll's headline figure. Under the AAPOR Code's disclosure standards, what must be available with it?`,
    [
      'The sponsor, dates, method, sample size and wording',
      'Who paid, when and how, how many answered, what was asked',
      'Sponsor, fieldwork dates, mode, base size and exact questions',
    ],
    [
      [
        'The respondents’ names, so that journalists can check the figures',
        'confuses disclosure with revealing respondents',
      ],
      [
        'The sponsor, the fee paid, the agency and the headline figure',
        'swaps the method details for the fee and the agency',
      ],
      [
        'Respondents’ names, dates, the raw data file and the fee',
        'lists private and commercial details instead of the method',
      ],
      [
        'The raw data file, posted publicly alongside the press release',
        'confuses disclosure of method with publishing data',
      ],
      [
        'Only the sample size; the wording is commercially confidential',
        'withholds the wording the code requires',
      ],
    ],
  ),
  rule(
    'ethics-identify-researcher',
    'ICC/ESOMAR 2007 Art. 4(a)',
    (rng) =>
      `${cap(client(rng))} does not want its name given to respondents, to avoid biasing answers about competitors. What must the interviewer still say when opening each call?`,
    [
      'Who she is and which agency she works for, and the purpose',
      'Her own name and research agency, and why she is calling',
      'Her name, the agency conducting the study and its purpose',
    ],
    [
      [
        'The client’s name, which must always be given at the start',
        'thinks the client must be named, which the code does not require',
      ],
      [
        'That she is calling from the respondent’s bank or supplier',
        'misrepresents who is calling',
      ],
      [
        'Nothing about herself unless the respondent asks for it',
        'waits to be asked instead of identifying herself',
      ],
      [
        'That the study is for a university, to improve cooperation',
        'gives a false sponsor to raise response',
      ],
      [
        'Only the incentive on offer, to keep the respondent on the line',
        'leads with the incentive instead of identity and purpose',
      ],
    ],
  ),
  ...GDPR_FAMILIES,
]

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
