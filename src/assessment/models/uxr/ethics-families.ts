import type { Rng } from '../../rng.js'
import { addDays, drawDate, monthEnd, showDate } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { count, family, figures, Product, product, uxrRule, worked } from './uxr-text.js'

// Research ethics and operations. Sources:
// - GDPR (Regulation (EU) 2016/679): Art. 5(1)(b) purpose limitation, 5(1)(c) data
//   minimisation, 5(1)(e) storage limitation; Art. 4(5) and Recital 26, pseudonymised data are
//   still personal data; Art. 7(3), withdrawal of consent does not undo earlier lawful
//   processing; Art. 9(1)–(2)(a), health data needs explicit consent (or another Art. 9 ground);
//   Art. 17(1)(b), erasure once consent is withdrawn.
// - UXPA Code of Professional Conduct: informed consent, participants may decline any part.
// - Retention periods and their start dates are the client's stated policy in each stem;
//   "n months after" lands on the same day of the month, or the month's last day if it has none.

/** The ISO date `n` calendar months after `iso`, clamped to the target month's last day. */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 10)
  const last = Number(monthEnd(first).slice(8))
  return `${first.slice(0, 8)}${String(Math.min(d, last)).padStart(2, '0')}`
}

const deletionDate = family('recording-deletion-date', (rng) => {
  const session = drawDate(rng)
  const report = addDays(session, rng.int(20, 60))
  const months = rng.pick([3, 6, 12, 18])
  return worked(rng, {
    stem: `Sessions for ${product(rng)} were recorded on ${showDate(session)}; the final report was delivered on ${showDate(report)}. The client's retention policy: recordings are deleted ${months} months after delivery of the final report (same day of the month, or the month's last day if it has none). On what date must they be deleted?`,
    in: { session, report, months },
    key: showDate(addMonths(report, months)),
    wrong: [
      [
        'fromSession',
        showDate(addMonths(session, months)),
        'counts from the recording date, not the report',
      ],
      ['thirtyDays', showDate(addDays(report, 30 * months)), 'counts each month as 30 days'],
      [
        'monthEnd',
        showDate(monthEnd(addMonths(report, months))),
        'moves the date to the end of its month',
      ],
      [
        'monthShort',
        showDate(addMonths(report, months - 1)),
        'counts the report month as the first month',
      ],
      ['weeks', showDate(addDays(report, 28 * months)), 'counts each month as four weeks'],
    ],
  })
})

/** Studies in a research repository: when fieldwork ran and when the final report went out. */
function studies(rng: Rng, audit: string) {
  return Array.from({ length: rng.int(6, 9) }, (_, i) => {
    const report = addDays(audit, -rng.int(120, 900))
    return { name: `S${i + 1}`, fieldwork: addDays(report, -rng.int(20, 90)), report }
  })
}

const dueForDeletion = family('studies-due-for-deletion', (rng) => {
  const audit = drawDate(rng)
  const months = rng.pick([12, 18, 24])
  const list = studies(rng, audit)
  const due = (from: 'report' | 'fieldwork') =>
    list.filter((s) => addMonths(s[from], months) <= audit).length
  return figures(rng, count('studies'), {
    stem: `The research repository for ${product(rng)} must delete a study's recordings ${months} months after its final report. On the audit date, ${showDate(audit)}, the studies are: ${list.map((s) => `${s.name} fieldwork ${showDate(s.fieldwork)}, report ${showDate(s.report)}`).join('; ')}. How many studies' recordings should already be deleted?`,
    in: { audit, months, list },
    key: due('report'),
    wrong: [
      ['fieldwork', due('fieldwork'), 'counts from the fieldwork dates, not the reports'],
      ['kept', list.length - due('report'), 'counts the studies still within retention'],
      [
        'year',
        list.filter((s) => addMonths(s.report, 12) <= audit).length,
        'applies a one-year period whatever the policy says',
      ],
      ['all', list.length, 'deletes every finished study'],
    ],
  })
})

const withdrawal = uxrRule('withdrawal-after-the-session', {
  source: 'GDPR Art. 7(3) and Art. 17(1)(b)',
  answer: 'erase-identifiable-keep-aggregate',
  stem: (rng) =>
    `A week after an interview about ${product(rng)}, a participant who consented to recording emails to withdraw. Their anonymous answers are already merged into a chart of counts. What should the researcher do?`,
  keys: [
    'Delete their recording and notes; keep the counts',
    'Erase their identifiable data; the counts can stay',
    'Remove their recording and notes, not the counts',
  ],
  wrong: [
    [
      'Keep everything, since they consented at the time',
      'ignores that consent can be withdrawn at any time',
    ],
    ['Delete the whole study’s data to be safe', 'destroys other participants’ data without cause'],
    ['Keep the recording but stop quoting them', 'keeps identifiable data without a lawful basis'],
    ['Ask them to give a reason before anything is deleted', 'puts a condition on withdrawal'],
    [
      'Recalculate and reissue every report already sent',
      'treats earlier lawful processing as unlawful',
    ],
    [
      'Keep the recording until the report is signed off, then delete it',
      'delays erasure past the withdrawal',
    ],
    [
      'Mute the voice on the recording, keep the video and carry on',
      'keeps identifiable video after withdrawal',
    ],
  ],
})

const minimisation = uxrRule('screener-data-minimisation', {
  source: 'GDPR Art. 5(1)(c), data minimisation',
  answer: 'age-band-only',
  stem: (rng) =>
    `A study of ${product(rng)} needs participants spread across age groups. The client's draft screener asks for full date of birth, home address and national insurance number. What should the researcher change?`,
  keys: [
    'Ask only for an age band and drop the other fields',
    'Collect the age group alone; remove the rest',
    'Replace all three with one age-band question',
  ],
  wrong: [
    [
      'Keep them but store the screener in an encrypted folder',
      'secures data that should not be collected at all',
    ],
    [
      'Keep them if the consent form mentions each field',
      'uses consent to justify collecting more than needed',
    ],
    [
      'Keep date of birth and drop only the ID number',
      'still collects more than the age band needed',
    ],
    [
      'Make the fields optional so people can skip them',
      'still asks for data the study does not need',
    ],
    [
      'Keep them, since the client may need them later',
      'collects data for an unstated future purpose',
    ],
    [
      'Keep them all, but delete the screener answers as soon as recruiting ends',
      'limits retention but still collects unneeded data',
    ],
  ],
})

const screenShare = uxrRule('personal-data-on-a-shared-screen', {
  source: 'GDPR Art. 5(1)(c) and 5(1)(f); UXPA Code of Professional Conduct',
  answer: 'redact-before-sharing',
  stem: (rng) =>
    `In a remote session on ${product(rng)}, the participant's email inbox with other people's names was visible on screen for a minute. Clips go to the client's design team. What should the researcher do?`,
  keys: [
    'Blur or cut that minute before any clip is shared',
    'Redact the inbox from the recording before sharing',
    'Edit out the visible inbox before clips leave the team',
  ],
  wrong: [
    [
      'Share the clips as they are; it was the participant’s choice',
      'passes third parties’ data on without need',
    ],
    [
      'Delete the whole recording and rerun the session',
      'destroys the session when redaction suffices',
    ],
    ['Ask the client not to look at that minute', 'shares the data and relies on goodwill'],
    [
      'Send the participant a warning and keep the recording',
      'leaves the personal data in shared material',
    ],
    [
      'Share it, since the client signed an NDA',
      'treats a confidentiality contract as minimisation',
    ],
  ],
})

const participantCodes = uxrRule('participant-codes-in-notes', {
  source: 'GDPR Art. 4(5), pseudonymisation; Art. 32(1)(a)',
  answer: 'pseudonymise',
  stem: (rng) =>
    `How should participants be named in the shared notes and transcripts of a study of ${product(rng)}?`,
  keys: [
    'Codes such as P1, P2; the name list kept apart',
    'Participant codes, the key to names stored elsewhere',
    'Codes only, with the name key held separately',
  ],
  wrong: [
    [
      'By first name only, which is anonymous enough',
      'treats a first name in context as anonymous',
    ],
    [
      'By full name, so the client can follow up',
      'spreads identifiable data to everyone with the notes',
    ],
    ['By job title and employer, to give context', 'uses details that can identify a person'],
    [
      'By codes, with the list linking codes to names pasted at the end of the file',
      'stores the key with the data, undoing the protection',
    ],
    [
      'By first name and the initial of their surname, which is anonymous enough',
      'treats a name and initial in context as anonymous',
    ],
    ['By email address, as it is unique', 'uses a direct identifier'],
  ],
})

const pseudonymisedStillPersonal = uxrRule('pseudonymised-data-is-personal-data', {
  source: 'GDPR Recital 26 and Art. 4(5)',
  answer: 'still-personal',
  stem: (rng) =>
    `Transcripts for ${product(rng)} use codes P1–P${rng.int(8, 14)}; the researcher keeps a separate file linking codes to names. A client says the transcripts are "anonymous, so GDPR no longer applies". What is correct?`,
  keys: [
    'They are pseudonymised, still personal data, as the key re-identifies',
    'Still personal data: pseudonymised, not anonymous',
    'GDPR still applies; the key file makes them pseudonymous only',
  ],
  wrong: [
    [
      'They are anonymous, so GDPR no longer applies',
      'confuses pseudonymisation with anonymisation',
    ],
    [
      'They become anonymous once the key file is encrypted',
      'thinks encrypting the key makes data anonymous',
    ],
    [
      'Only the key file is personal data, not the transcripts',
      'ignores that linkable data stays personal',
    ],
    [
      'GDPR applies only to data collected in the EU',
      'misstates the regulation’s territorial scope',
    ],
    [
      'They are anonymous if the client never sees the key',
      'treats who holds the key as what makes data anonymous',
    ],
  ],
})

const healthData = uxrRule('health-data-needs-explicit-consent', {
  source: 'GDPR Art. 9(1) and 9(2)(a)',
  answer: 'explicit-consent',
  stem: (rng) =>
    `Interviews for ${rng.pick(['a diabetes-tracking app', 'a mental-health booking service', 'a fertility app'])} will ask participants about their condition. Consent is the lawful basis. What does that data require?`,
  keys: [
    'Explicit consent covering the health data',
    'Explicit consent under Art. 9 for health data',
    'Explicit, specific consent for their health data',
  ],
  wrong: [
    [
      'Nothing extra; ordinary research consent covers it',
      'misses that health data is special-category data',
    ],
    [
      'The client’s legitimate interests, with no consent needed',
      'relies on a ground Art. 9 does not allow',
    ],
    ['A doctor’s letter confirming the condition', 'asks for more health data, not consent'],
    ['Implied consent, since they chose to take part', 'treats taking part as explicit consent'],
    ['Consent from the app’s terms and conditions', 'bundles research consent into service terms'],
    [
      'A signed NDA from each participant',
      'confuses a confidentiality agreement with a lawful basis',
    ],
  ],
})

const purposeLimitation = uxrRule('recordings-not-reused-for-marketing', {
  source: 'GDPR Art. 5(1)(b), purpose limitation; Art. 6(4)',
  answer: 'not-without-new-consent',
  stem: (rng) =>
    `${Product(rng)}'s marketing team wants to use clips of enthusiastic participants from last month's usability sessions in an advert. Participants consented to recording for research. What should the researcher say?`,
  keys: [
    'Not without each participant’s new consent',
    'Only if each participant agrees to that use',
    'No, unless participants consent to the advert',
  ],
  wrong: [
    ['Yes, since they consented to being recorded', 'stretches research consent to a new purpose'],
    ['Yes, if their faces are shown without names', 'thinks removing names makes a face anonymous'],
    [
      'Yes, as the recordings belong to the client who paid for the sessions',
      'treats payment as permission',
    ],
    [
      'Yes, if participants are told after the advert is published',
      'informs after the fact instead of asking',
    ],
    ['Yes, if the clips are under 30 seconds long', 'invents a length rule'],
    ['Yes, as long as the advert runs only online', 'invents a channel rule'],
  ],
})

const storageLimitation = uxrRule('no-indefinite-retention', {
  source: 'GDPR Art. 5(1)(e), storage limitation',
  answer: 'set-period',
  stem: (rng) =>
    `A client asks to keep all session recordings for ${product(rng)} "forever, in case they are useful one day". What should the researcher advise?`,
  keys: [
    'Set a retention period for the research need',
    'Keep them only as long as the purpose needs',
    'Agree a fixed research period, then delete',
  ],
  wrong: [
    [
      'Keep them forever, as long as they sit in an encrypted, access-controlled folder',
      'treats security as a substitute for a limit',
    ],
    [
      'Keep them forever if participants agreed to recording',
      'treats consent as permission for any period',
    ],
    ['Delete them the day the sessions end', 'deletes data still needed for analysis'],
    ['Keep them until storage runs out', 'ties retention to capacity, not purpose'],
    [
      'Keep them for as long as the client remains a paying customer of the agency',
      'ties retention to the contract, not the purpose',
    ],
  ],
})

const partialConsent = uxrRule('consent-to-session-but-not-video', {
  source: 'UXPA Code of Professional Conduct; GDPR Art. 7 (consent specific to each purpose)',
  answer: 'no-video',
  stem: (rng) =>
    `At the start of a remote session on ${product(rng)}, the participant agrees to take part and to screen recording but declines camera video. What should the moderator do?`,
  keys: [
    'Run it with screen recording and camera video off',
    'Go ahead, recording the screen only, no camera',
    'Continue with the screen recorded and the camera off',
  ],
  wrong: [
    [
      'Cancel the session, as video is part of the protocol',
      'penalises declining one part of consent',
    ],
    ['Record video anyway and delete it afterwards', 'records what the participant refused'],
    [
      'Ask again later in the session once they relax',
      'pressures the participant to change their answer',
    ],
    ['Pay a reduced incentive for the session', 'penalises declining one part of consent'],
    ['Record the camera but not the screen', 'swaps what was agreed for what was refused'],
  ],
})

const assistiveTech = uxrRule('participants-use-their-own-assistive-tech', {
  source: 'W3C WAI, "Involving Users in Evaluating Web Accessibility" (2020)',
  answer: 'own-setup',
  stem: (rng) =>
    `A participant for a test of ${product(rng)} uses a screen reader every day. How should the session be set up?`,
  keys: [
    'On their own device and screen reader, with extra time',
    'With their usual assistive set-up and a longer session',
    'Using their own configured screen reader, allowing extra time',
  ],
  wrong: [
    [
      'On the lab computer with a screen reader installed for them',
      'takes away the set-up they rely on',
    ],
    [
      'With the moderator reading the screen aloud instead',
      'replaces their assistive technology with a person',
    ],
    [
      'Exactly like the other sessions, to keep data comparable',
      'imposes timing that does not fit their use',
    ],
    ['Skip them; screen-reader users are out of scope', 'excludes users the product must serve'],
    ['With the screen reader turned off to test the visuals', 'tests something they never use'],
  ],
})

const secureStorage = uxrRule('recordings-in-access-controlled-storage', {
  source: 'GDPR Art. 32(1) and 5(1)(f), security of processing',
  answer: 'restricted-storage',
  stem: (rng) =>
    `Where should the session recordings of a study of ${product(rng)} be kept during analysis?`,
  keys: [
    'Access-controlled storage for the team only',
    'A restricted, encrypted store for the team',
    'Secured storage only the research team can open',
  ],
  wrong: [
    [
      'On the researcher’s personal laptop desktop for speed',
      'keeps personal data on an unsecured device',
    ],
    [
      'In a public video link so the client can watch easily',
      'exposes recordings to anyone with the link',
    ],
    ['Attached to emails to everyone who might be interested', 'spreads copies beyond control'],
    [
      'On a USB stick handed to the client after each session',
      'moves personal data on an easily lost medium',
    ],
    ['In the company’s shared drive, open to all staff', 'gives access beyond those who need it'],
    ['In a personal cloud account', 'keeps the data outside the organisation’s control'],
    ['On the office’s shared PC', 'leaves recordings open to anyone at that computer'],
  ],
})

const skipAnyQuestion = uxrRule('participants-may-skip-any-question', {
  source: 'UXPA Code of Professional Conduct; GDPR Art. 7(4), freely given consent',
  answer: 'may-skip',
  stem: (rng) =>
    `A participant in an interview about ${product(rng)} says they would rather not answer a question about their income. What should the interviewer do?`,
  keys: [
    'Accept it without pressing and move on to the next question',
    'Move on politely; participants can skip any question they like',
    'Skip that question and carry on with the interview as normal',
  ],
  wrong: [
    [
      'Explain that the question is required for the study',
      'pressures a participant to give up data',
    ],
    ['Ask again at the end, when they feel more relaxed', 'repeats pressure on a refused question'],
    ['End the interview, since data will be incomplete', 'penalises a refusal'],
    [
      'Estimate their income from their job title instead',
      'infers data the participant declined to give',
    ],
    ['Withhold part of the incentive for that question', 'makes refusal cost the participant'],
    [
      'Press gently, explaining that everyone else in the study has answered it',
      'uses social pressure on a refused question',
    ],
    [
      'Reword the question to ask for an income band instead, then ask again',
      're-asks a refused question in another form',
    ],
  ],
})

const processorContract = uxrRule('transcription-service-needs-a-processor-contract', {
  source: 'GDPR Art. 28(3), processing by a processor under a contract',
  answer: 'art-28-contract',
  stem: (rng) =>
    `The researcher wants an outside transcription service to transcribe interview recordings for ${product(rng)}. What must be in place first?`,
  keys: [
    'A data processing agreement meeting Art. 28',
    'An Art. 28 processor contract with the service',
    'A written processing contract with the service under Art. 28',
  ],
  wrong: [
    [
      'Nothing, since the service only types what it hears',
      'overlooks that transcribers process personal data',
    ],
    [
      'A non-disclosure agreement alone',
      'treats confidentiality as the whole of a processor contract',
    ],
    [
      'Each participant’s signature on the service’s terms',
      'shifts the controller’s duty onto participants',
    ],
    [
      'A discount for sending all studies to one service',
      'treats a commercial term as data protection',
    ],
    [
      'The service’s privacy policy link in the report',
      'publishes a policy instead of contracting',
    ],
  ],
})

const plainConsent = uxrRule('consent-form-in-plain-language', {
  source: 'GDPR Art. 7(2) and Art. 12(1); UXPA Code of Professional Conduct',
  answer: 'plain-and-separate',
  stem: (rng) => `How should the consent form for a study of ${product(rng)} be written?`,
  keys: [
    'Plainly, saying what is recorded and why',
    'Plainly: what is collected, why, how to withdraw',
    'Short and clear about each use and the right to stop',
  ],
  wrong: [
    [
      'In full legal wording so it holds up in court',
      'hides the terms in language participants cannot follow',
    ],
    ['As a clause inside the incentive payment terms', 'bundles consent with payment'],
    ['As a pre-ticked box on the sign-up page', 'treats silence or a default as consent'],
    [
      'As a verbal mention after the session has ended',
      'asks for consent after collecting the data',
    ],
    [
      'Only in the client’s general privacy notice',
      'relies on a notice instead of specific consent',
    ],
    [
      'As a long document covering every possible future use, so it need never change',
      'asks for broad consent to unspecified uses',
    ],
    [
      'In the same technical terms the client’s lawyers use in contracts',
      'writes for lawyers, not participants',
    ],
  ],
})

const distress = uxrRule('participant-distress-pause-and-offer-to-stop', {
  source:
    'MRS Best Practice Guide on Research Participant Vulnerability (2020); UXPA Code of Professional Conduct',
  answer: 'pause-offer-stop',
  stem: (rng) =>
    `In an interview about ${product(rng)}, a participant becomes upset while describing a bereavement. What should the researcher do?`,
  keys: [
    'Pause, offer to stop or skip, and point to support',
    'Stop probing, offer a break or an end, share support',
    'Pause and let them choose to stop, with support details',
  ],
  wrong: [
    [
      'Keep going, since emotional moments give the richest data',
      'puts data before the participant’s well-being',
    ],
    ['End the interview and withhold the incentive', 'penalises the participant for being upset'],
    [
      'Ask follow-up questions about the loss while it is fresh',
      'deepens distress for the sake of data',
    ],
    ['Say nothing and move quickly to the next topic', 'ignores the participant’s state'],
    [
      'Switch the recording off but keep asking',
      'hides the session from the record instead of caring for them',
    ],
  ],
})

/** Research ethics and operations: consent, minimisation, retention, sharing, inclusion. */
export const ETHICS_FAMILIES: readonly ScenarioFamily[] = [
  deletionDate,
  dueForDeletion,
  withdrawal,
  minimisation,
  screenShare,
  participantCodes,
  pseudonymisedStillPersonal,
  healthData,
  purposeLimitation,
  storageLimitation,
  partialConsent,
  assistiveTech,
  secureStorage,
  skipAnyQuestion,
  processorContract,
  plainConsent,
  distress,
]
