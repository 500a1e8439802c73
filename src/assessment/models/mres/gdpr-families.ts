import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { rule } from './ethics-rule.js'
import { client } from './mres-text.js'

// Data-protection rules a freelance researcher applies under the GDPR (Regulation (EU) 2016/679):
// Art. 5(1)(b) purpose limitation and Art. 6(1)(a) consent, Art. 5(1)(c) data minimisation,
// Art. 5(1)(e) storage limitation; Art. 7(3) withdrawing consent as easy as giving it; Art. 9(1)
// and 9(2)(a) explicit consent for health data, and Recital 32, pre-ticked boxes are not
// consent; Recital 26 and Art. 4(5), pseudonymised data is personal data; Art. 28(3) a written
// contract with a processor; Art. 33(1) notify the supervisory authority within 72 hours unless
// the breach is unlikely to result in a risk. Each family has several true wordings of the key
// and more named mistakes than an item shows.

export const GDPR_FAMILIES: readonly ScenarioFamily[] = [
  rule(
    'ethics-passing-names-to-client',
    'GDPR Art. 5(1)(b), Art. 6(1)(a)',
    (rng) =>
      `After a survey of ${client(rng)}'s customers, the client asks for the names and phone numbers of every respondent who was unhappy, so its sales team can call them. What is the right response?`,
    [
      'Pass on only those who agreed to be contacted for that purpose',
      'Share contact details only where respondents consented to it',
      'Release names only for respondents who opted in to a follow-up call',
    ],
    [
      [
        'Pass on all of them, since they are the client’s own customers',
        'assumes a customer relationship allows reuse of research data',
      ],
      [
        'Pass on all of them once the fieldwork has closed',
        'thinks the end of fieldwork lifts the purpose limit',
      ],
      [
        'Pass on names but not phone numbers, which is anonymous enough',
        'treats names alone as anonymous data',
      ],
      [
        'Pass on all of them if the sales team promises not to sell',
        'accepts a promise instead of the respondent’s consent',
      ],
      [
        'Pass on all of them, as satisfaction surveys are exempt',
        'invents an exemption for satisfaction research',
      ],
    ],
  ),
  rule(
    'ethics-health-data-explicit-consent',
    'GDPR Art. 9(1), 9(2)(a); Recital 32',
    (rng) =>
      `An online survey for ${client(rng)} will ask which long-term health conditions respondents have, linked to their email addresses for a follow-up wave. What does the researcher need before asking?`,
    [
      'Explicit consent to the health questions',
      'A clear, specific opt-in to processing their health information',
      'Their explicit agreement to answer the health questions',
    ],
    [
      [
        'Nothing beyond the client’s legitimate interest in holding the data',
        'treats legitimate interests alone as enough for special-category data',
      ],
      [
        'A pre-ticked box saying they agree to the privacy policy',
        'counts a pre-ticked box as consent',
      ],
      [
        'Nothing, since health conditions are not personal data under the GDPR',
        'overlooks that health data is a special category',
      ],
      [
        'Consent only from any respondents under sixteen years old',
        'confuses the rule with the age limit for online services',
      ],
      [
        'A line in the panel’s terms and conditions mentioning surveys',
        'buries consent in general terms instead of asking specifically',
      ],
    ],
  ),
  rule(
    'ethics-withdrawing-consent',
    'GDPR Art. 7(3)',
    (rng) =>
      `A freelance researcher runs a small panel for ${client(rng)}. People join with one click online, but to leave they must post a signed letter. What must change?`,
    [
      'Leaving the panel must be made as easy as joining it was',
      'Withdrawing consent must be as easy as giving it was',
      'Members need a way to leave as simple as the way they joined',
    ],
    [
      [
        'Nothing, as a signed letter proves the member’s identity beyond doubt',
        'puts proof of identity above easy withdrawal',
      ],
      [
        'Nothing, as long as the postal address is shown on the website',
        'thinks publishing the address makes withdrawal easy enough',
      ],
      [
        'Members may leave only after completing their current survey',
        'ties withdrawal to finishing a task',
      ],
      [
        'Leaving should need an email and a phone call to confirm',
        'replaces one obstacle with another',
      ],
      [
        'Joining should also need a signed letter so the two match',
        'makes joining harder instead of leaving easier',
      ],
    ],
  ),
  rule(
    'ethics-data-breach-72-hours',
    'GDPR Art. 33(1)',
    (rng) =>
      `A freelance researcher, the controller of her own survey data for ${client(rng)}, has a laptop stolen holding unencrypted names and answers of 400 respondents. What must she do about the supervisory authority?`,
    [
      'Notify it within 72 hours of becoming aware',
      'Report it without undue delay, within 72 hours',
      'Tell it within 72 hours, giving reasons if she is any later',
      'Notify it within 72 hours of learning of the theft',
    ],
    [
      [
        'Notify it within 30 days, when she has the full facts',
        'confuses the breach deadline with the one-month limit for access requests',
      ],
      [
        'Notify it only if the data is later shown to be misused',
        'waits for proven misuse instead of reporting the risk',
      ],
      [
        'Wait until the police investigation of the theft has ended',
        'lets the police inquiry delay the notification',
      ],
      [
        'Tell the respondents only; the authority need not be told',
        'confuses telling data subjects with notifying the authority',
      ],
      [
        'Nothing, because research data is exempt from the rules',
        'invents a research exemption from breach notification',
      ],
      [
        'Notify it within 72 working hours, not counting the weekend',
        'counts the 72 hours in working days, where the regulation counts clock hours',
      ],
      [
        'Notify it within 72 hours of finishing her own internal investigation',
        'starts the clock when her inquiry ends instead of when she became aware of the breach',
      ],
    ],
  ),
  rule(
    'ethics-pseudonymised-still-personal',
    'GDPR Recital 26, Art. 4(5)',
    (rng) =>
      `${cap(client(rng))} receives a survey file in which names have been replaced by ID numbers; the researcher keeps the list linking IDs to names. Is the file still personal data under the GDPR?`,
    [
      'Yes: pseudonymised data is still personal data',
      'Yes, because the IDs can be linked back to people',
      'Yes; swapping names for codes does not make it anonymous',
      'Yes, because the researcher can still re-identify people',
    ],
    [
      [
        'No: once names are removed the data is anonymous',
        'treats pseudonymised data as anonymous',
      ],
      [
        'No, provided the ID numbers are randomly generated',
        'thinks random codes make re-identification impossible',
      ],
      [
        'No, because the client never sees the linking list',
        'ignores that the linking list still exists',
      ],
      [
        'Only if the file also contains email addresses',
        'thinks only direct contact details make data personal',
      ],
      [
        'No, because survey answers are opinions, not facts',
        'thinks opinions are not personal data',
      ],
      [
        'No, as long as the linking list is kept on a separate encrypted drive',
        'takes keeping the key apart, which is what pseudonymisation is, for anonymisation',
      ],
    ],
  ),
  rule(
    'ethics-processor-contract',
    'GDPR Art. 28(3)',
    (rng) =>
      `A freelance researcher hires a call centre to interview ${client(rng)}'s customers from a list she supplies. What does the GDPR require between her and the call centre?`,
    [
      'A written contract on how it processes the data',
      'A binding data-processing agreement in writing',
      'A written processor contract covering the list',
    ],
    [
      ['Nothing: it only asks questions', 'overlooks that interviewing from a list is processing'],
      ['A verbal agreement at the briefing', 'thinks a verbal agreement is enough'],
      [
        'A contract only if the call centre is based outside the EU',
        'confuses the processor contract with transfer rules',
      ],
      [
        'Only the call centre’s own published privacy policy',
        'relies on the processor’s policy instead of a contract',
      ],
      [
        'A non-disclosure agreement covering the client’s name',
        'confuses confidentiality of the client with data processing terms',
      ],
    ],
  ),
  rule(
    'ethics-storage-limitation',
    'GDPR Art. 5(1)(e)',
    (rng) =>
      `A project for ${client(rng)} has been delivered. The client asks the researcher to keep the respondents' contact list indefinitely "in case it is useful". What should she do?`,
    [
      'Delete or anonymise it once the purpose no longer needs it',
      'Keep it only as long as the stated purpose needs it',
      'Keep it no longer than the retention period stated to respondents at collection',
      'Keep it until the project’s purpose is met, then delete it',
    ],
    [
      [
        'Keep it indefinitely, as it is stored on an encrypted drive',
        'treats security as a reason to keep data for ever',
      ],
      [
        'Keep it indefinitely, because the client has asked her to keep it',
        'lets the client override the retention limit',
      ],
      [
        'Keep it for ten years, the usual retention period for tax records',
        'borrows an unrelated retention period',
      ],
      [
        'Move it to the client, who can then keep it for ever',
        'passes the data on instead of limiting storage',
      ],
      [
        'Keep it until a respondent asks for it to be deleted',
        'waits for erasure requests instead of limiting storage',
      ],
    ],
  ),
  rule(
    'ethics-data-minimisation',
    'GDPR Art. 5(1)(c)',
    (rng) =>
      `A survey for ${client(rng)} reports results only by five age bands. The draft asks for full date of birth and home address. What should the researcher change?`,
    [
      'Ask only the age band, and drop the home address altogether',
      'Collect no more than the age band that the report actually uses',
      'Replace date of birth with the five age bands and drop the address',
    ],
    [
      [
        'Nothing, since more detail allows more analysis later on',
        'collects data for possible future use',
      ],
      [
        'Nothing, as long as the data is stored securely and encrypted',
        'treats security as a licence to over-collect',
      ],
      [
        'Keep both fields but delete them after the report is delivered',
        'limits storage instead of collection',
      ],
      [
        'Add a consent box so that collecting both fields becomes lawful',
        'thinks consent cures excessive collection',
      ],
      [
        'Ask date of birth but make the home address optional',
        'keeps an unneeded field and softens the other',
      ],
    ],
  ),
]

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
