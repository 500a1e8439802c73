import {
  addMonths,
  addWorkingDays,
  atHour,
  cap,
  choose,
  client,
  dated,
  drawDayDue,
  drawHour,
  family,
  type GdprFamily,
} from './gdpr-text.js'

/** Hours in a working-day count: the same clock time that many weekdays later. */
const workingDaysLater = (hour: number, days: number) =>
  addWorkingDays(Math.floor(hour / 24), days) * 24 + (hour % 24)

/**
 * Security of processing (Art. 32), breach notification to the authority (Art. 33) and to the
 * people affected (Art. 34), impact assessments and prior consultation (Art. 35–36). The clock
 * for the authority runs 72 hours from awareness; the named mistakes: counting from the breach
 * itself or in working days, telling every person of every breach, a DPIA after launch.
 */
export const SECURITY_FAMILIES: readonly GdprFamily[] = [
  family('breach-72-hours', (rng) => {
    const aware = drawHour(rng)
    const occurred = aware - rng.int(20, 70)
    return choose(rng, {
      stem: `A ransomware attack at ${client(rng)} began on ${atHour(occurred)}; the client became aware that customer data was affected on ${atHour(aware)}. The breach is likely to result in a risk to people. By when must it notify the supervisory authority under GDPR Art. 33(1), where feasible?`,
      key: atHour(aware + 72),
      wrong: [
        [atHour(occurred + 72), 'counts from the attack, not from awareness'],
        [atHour(workingDaysLater(aware, 3)), 'counts 72 hours as three working days'],
        [atHour(aware + 24), 'applies a 24-hour deadline'],
        [
          atHour(Math.floor(aware / 24) * 24 + 96),
          'starts the clock at the end of the day of awareness',
        ],
      ],
      facts: { article: 'Art. 33(1)', from: aware, occurred },
    })
  }),
  family('processor-told-controller', (rng) => {
    const told = drawHour(rng)
    const found = told - rng.int(6, 40)
    return choose(rng, {
      stem: `A hosting provider, processor for ${client(rng)}, found a breach of the client’s data on ${atHour(found)} and told the client on ${atHour(told)}. Under GDPR Art. 33(1)–(2), as the EDPB reads them, by when must the client notify the authority, where feasible?`,
      key: atHour(told + 72),
      wrong: [
        [atHour(found + 72), 'starts the controller’s clock when the processor found it'],
        [atHour(told + 24), 'applies a 24-hour deadline'],
        [atHour(workingDaysLater(told, 3)), 'counts 72 hours as three working days'],
        [
          atHour(Math.floor(told / 24) * 24 + 96),
          'starts the clock at the end of the day it was told',
        ],
      ],
      facts: { article: 'Art. 33(1)', from: told, occurred: found },
    })
  }),
  family('late-notification-reasons', (rng) => {
    const hours = rng.int(80, 140)
    return choose(rng, {
      stem: `${cap(client(rng))} could only notify a reportable breach ${hours} hours after becoming aware of it. Under GDPR Art. 33(1), what must go with the late notification?`,
      key: 'The reasons for the delay',
      wrong: [
        ['Nothing: it is too late to file', 'reads the 72 hours as a cut-off'],
        ['A fine paid in advance', 'invents an automatic penalty'],
        ['A court’s permission', 'invents a judicial step'],
        ['Proof that every customer was told first', 'invents an order of notices'],
      ],
      facts: { article: 'Art. 33(1)' },
    })
  }),
  family('phased-notification', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} knows of a reportable breach but, 60 hours later, still does not know how many records were taken. What does GDPR Art. 33(4) allow?`,
      key: 'Notify now, add details in phases',
      wrong: [
        [
          'Wait until the internal investigation is fully complete',
          'waits for certainty the rule does not require',
        ],
        ['Skip it: facts unclear', 'treats uncertainty as no risk'],
        ['Tell customers instead', 'swaps the authority for the subjects'],
        ['Wait for the police', 'waits for another authority'],
      ],
      facts: { article: 'Art. 33(4)' },
    })
  }),
  family('notification-content', (rng) => {
    return choose(rng, {
      stem: `A consultant drafts ${client(rng)}’s breach notification to the authority. Which of these must it contain under GDPR Art. 33(3)?`,
      key: 'Approximate numbers of people and records',
      wrong: [
        [
          'The names and addresses of all affected customers, in full',
          'confuses categories and numbers with a name list',
        ],
        ['The attacker’s identity, confirmed by the police', 'asks for what may never be known'],
        ['A copy of the data', 'repeats the breach to the authority'],
        ['Annual turnover', 'confuses it with the fine calculation'],
      ],
      facts: { article: 'Art. 33(3)' },
    })
  }),
  family('document-every-breach', (rng) => {
    const n = rng.int(1, 3)
    return choose(rng, {
      stem: `An employee at ${client(rng)} emailed ${n === 1 ? 'one customer’s invoice' : `${n} customers’ invoices`} to the wrong customer, who deleted them at once; the client judges the breach unlikely to result in a risk. Under GDPR Art. 33(5), what must it do?`,
      key: 'Log its facts, effects and remedy',
      wrong: [
        ['Notify the authority anyway', 'notifies a breach with no likely risk'],
        ['Tell every customer', 'tells subjects without a high risk'],
        [
          'Nothing: a breach unlikely to harm anyone is not a breach at all',
          'confuses the risk test with the definition',
        ],
        ['Report the employee', 'invents a criminal referral'],
      ],
      facts: { article: 'Art. 33(5)' },
    })
  }),
  family('availability-breach', (rng) => {
    const hours = rng.int(2, 9)
    return choose(rng, {
      stem: `A server failure at ${client(rng)} made its booking records unavailable for ${hours} hours before a backup restored them intact. Is this a personal data breach under GDPR Art. 4(12), as the EDPB reads it?`,
      key: 'Yes: a temporary loss of access counts',
      wrong: [
        ['No: nothing was stolen or seen', 'limits breaches to confidentiality'],
        [
          'No: only an outage lasting over 72 hours would count as one',
          'confuses the notice period with the definition',
        ],
        ['Only if attacked', 'limits breaches to attacks'],
        ['Only if backups failed', 'treats restoration as undoing the breach'],
      ],
      facts: { article: 'Art. 4(12)' },
    })
  }),
  family('tell-subjects-high-risk', (rng) => {
    const what = rng.pick([
      'passwords stored in plain text',
      'card numbers with expiry dates',
      'scanned passports',
    ])
    return choose(rng, {
      stem: `A breach at ${client(rng)} exposed customers’ ${what}. The client judges it likely to result in a high risk. Under GDPR Art. 34(1), what must it do about the customers?`,
      key: 'Tell them without undue delay, in plain language',
      wrong: [
        [
          'Tell them if the authority orders it',
          'treats the authority’s order as the only trigger',
        ],
        ['Tell them within a month', 'confuses it with the request period'],
        ['Tell them within 72 hours', 'applies the authority deadline to subjects'],
        [
          'Only tell the authority; customers never need to be told',
          'misses the duty to data subjects',
        ],
        [
          'Tell them after the investigation, in plain language',
          'waits for certainty the rule does not require',
        ],
      ],
      facts: { article: 'Art. 34(1)' },
    })
  }),
  family('encrypted-device-exception', (rng) => {
    const device = rng.pick(['laptop', 'USB stick', 'phone'])
    return choose(rng, {
      stem: `A ${device} holding ${client(rng)}’s customer files is stolen. It was fully encrypted to current standards and the key was not on it or compromised. Under GDPR Art. 34(3)(a), must the client tell the customers?`,
      key: 'No: the encrypted data is unintelligible',
      wrong: [
        [
          'Yes: every loss of data must be told to those affected',
          'tells subjects of every breach',
        ],
        ['Yes, within 72 hours', 'applies the authority deadline to subjects'],
        [
          'Only if the stolen device itself was worth over EUR 1,000',
          'ties the duty to the device’s value',
        ],
        ['Only if the thief is caught', 'ties the duty to the investigation'],
      ],
      facts: { article: 'Art. 34(3)' },
    })
  }),
  family('public-communication', (rng) => {
    const n = rng.int(20, 90) * 1000
    return choose(rng, {
      stem: `A high-risk breach at ${client(rng)} hit ${n.toLocaleString('en-GB')} past customers, most with no current contact details. Under GDPR Art. 34(3)(c), what is the alternative to telling each one?`,
      key: 'A public notice reaching them as effectively',
      wrong: [
        [
          'Nothing: people who cannot be traced need not be told at all',
          'drops the duty where contact is hard',
        ],
        ['Telling the authority', 'substitutes the authority for the public'],
        [
          'Letters only to the last addresses known from years ago',
          'ignores the effectiveness test',
        ],
        ['Waiting for people to come forward', 'waits for people to come forward'],
      ],
      facts: { article: 'Art. 34(3)' },
    })
  }),
  family('security-measures', (rng) => {
    return choose(rng, {
      stem: `A consultant advises ${client(rng)} on GDPR Art. 32(1). Which measures does the article itself name as examples of appropriate security?`,
      key: 'Pseudonymisation and encryption',
      wrong: [
        ['A certified ISO 27001 programme, in every case', 'turns an option into a mandate'],
        [
          'Storing all data on servers located inside the EU only',
          'ties security to storage location',
        ],
        ['Tests by the authority', 'invents testing by the regulator'],
        ['Deleting data fast', 'confuses storage limitation with security'],
      ],
      facts: { article: 'Art. 32(1)' },
    })
  }),
  family('security-appropriate', (rng) => {
    const who = client(rng)
    return choose(rng, {
      stem: `${cap(who)} asks whether GDPR Art. 32 fixes one list of security measures every business must adopt. What does the article require?`,
      key: 'Measures suited to the risk',
      wrong: [
        [
          'The same fixed list of measures for every business alike',
          'reads a risk-based duty as a checklist',
        ],
        ['Budget-led measures', 'weighs cost alone'],
        ['Its IT supplier’s advice', 'delegates the judgment to a supplier'],
        ['No measures unless special data is held', 'limits security to special categories'],
      ],
      facts: { article: 'Art. 32' },
    })
  }),
  family('dpia-cctv-public', (rng) => {
    const [who, what] = rng.pick([
      ['a shopping-centre operator', 'the public walkways of its centre'],
      ['a city transport company', 'a large transport hub'],
      ['a security firm hired by a town', 'a public square'],
    ] as const)
    return choose(rng, {
      stem: `A freelance consultant is told ${who} will run cameras systematically monitoring ${what} on a large scale. Under GDPR Art. 35(3)(c), what must happen first?`,
      key: 'An impact assessment before starting',
      wrong: [
        [
          'A DPIA within a year of starting to film, once data exists',
          'does the assessment after the processing starts',
        ],
        ['A CCTV sign', 'replaces the assessment with a notice'],
        [
          'Consent from every passer-by, collected at the entrances',
          'treats consent as the only lawful basis',
        ],
        ['A DPIA after a breach', 'ties the DPIA to a breach'],
      ],
      facts: { article: 'Art. 35(3)' },
    })
  }),
  family('dpia-profiling-legal-effect', (rng) => {
    const what = rng.pick([
      'approve or refuse tenancy applications',
      'set credit limits',
      'shortlist job applicants',
    ])
    return choose(rng, {
      stem: `A platform plans software that will profile applicants and automatically ${what}. Under GDPR Art. 35(3)(a), is a DPIA required?`,
      key: 'Yes: profiling with legal or similar effects',
      wrong: [
        ['No: DPIAs are only ever needed for health data', 'limits DPIAs to special categories'],
        [
          'No, if fewer than 250 people work at the platform',
          'applies the records exemption to DPIAs',
        ],
        ['Yes, but only once it is live', 'does the assessment after the processing starts'],
        ['No: consent suffices', 'treats consent as replacing the assessment'],
      ],
      facts: { article: 'Art. 35(3)' },
    })
  }),
  family('dpia-who-does-it', (rng) => {
    const who = rng.pick(['a software house', 'a cloud analytics vendor', 'a freelance developer'])
    return choose(rng, {
      stem: `${cap(client(rng))}, which has a DPO, needs a DPIA for a new system built by ${who} as processor. Under GDPR Art. 35(1)–(2), who is responsible for it?`,
      key: 'The client, with its DPO’s advice',
      wrong: [
        [
          'The processor, which built the system and knows it best',
          'passes the controller’s duty to the processor',
        ],
        [
          'The supervisory authority, on request by the client',
          'passes the controller’s duty to the regulator',
        ],
        ['The DPO alone', 'makes the DPO the decision-maker'],
        ['The customers', 'hands the assessment to data subjects'],
      ],
      facts: { article: 'Art. 35(1)' },
    })
  }),
  family('prior-consultation-reply', (rng) => {
    const extended = rng.next() < 0.5
    const weeks = extended ? 14 : 8
    const sent = drawDayDue(rng, (d) => d + weeks * 7)
    return choose(rng, {
      stem: `A DPIA at ${client(rng)} leaves a high risk it cannot mitigate, so it consults the supervisory authority on ${dated(sent)}. ${extended ? 'The processing is complex and the authority extends its period by the most GDPR Art. 36(2) allows.' : 'The authority does not extend its period.'} By what date should the authority give written advice under Art. 36(2)?`,
      key: dated(sent + weeks * 7),
      wrong: [
        [dated(addMonths(sent, 1)), 'applies the one-month request period'],
        [
          dated(sent + (extended ? 8 : 14) * 7),
          extended ? 'leaves out the six-week extension' : 'adds an extension nobody made',
        ],
        [dated(addMonths(sent, extended ? 3 : 2)), 'rounds the weeks to whole months'],
        [
          dated(sent + (extended ? 12 : 6) * 7),
          extended ? 'extends by four weeks, not six' : 'takes six weeks as the base period',
        ],
      ],
      facts: { article: 'Art. 36(2)', from: sent, extended },
    })
  }),
  family('prior-consultation-trigger', (rng) => {
    return choose(rng, {
      stem: `After a DPIA, ${client(rng)}’s residual risk is low thanks to the measures it adopted. Under GDPR Art. 36(1), must it consult the supervisory authority?`,
      key: 'No: only a high residual risk',
      wrong: [
        ['Yes: every finished DPIA goes to the authority', 'sends every DPIA to the regulator'],
        [
          'Yes, within 72 hours of finishing the assessment',
          'confuses it with breach notification',
        ],
        ['Yes, if over 250 staff', 'applies the records threshold'],
        ['No: only after a breach', 'ties consultation to a breach'],
      ],
      facts: { article: 'Art. 36(1)' },
    })
  }),
  family('staff-act-on-instructions', (rng) => {
    return choose(rng, {
      stem: `A temp at ${client(rng)} browses customers’ files out of curiosity. Which duty under GDPR Art. 32(4) did the client need to secure?`,
      key: 'Staff act only on its instructions',
      wrong: [
        ['Only managers may see files', 'invents a seniority rule'],
        ['Temps must be vetted by the authority', 'invents an authorisation step'],
        ['Staff must sign up as processors', 'confuses staff with processors'],
        ['Staff may view anything', 'drops the instruction duty'],
        ['Staff need each customer’s consent', 'treats consent as the only lawful basis'],
      ],
      facts: { article: 'Art. 32(4)' },
    })
  }),
  family('dpia-review', (rng) => {
    const change = rng.pick([
      'adds facial recognition to its cameras',
      'starts sharing the data with an insurer',
      'moves to a new tracking method',
    ])
    return choose(rng, {
      stem: `${cap(client(rng))} did a DPIA for its system last year and now ${change}. Under GDPR Art. 35(11), what is needed?`,
      key: 'A review of the DPIA, as the risk has changed',
      wrong: [
        ['Nothing: a DPIA is done once and kept on file', 'treats the assessment as a one-off'],
        [
          'A new DPIA only at the three-year anniversary of the first',
          'invents a fixed review cycle',
        ],
        ['Notice to the authority within 72 hours', 'confuses it with breach notification'],
        ['Consent from everyone affected', 'treats consent as replacing the assessment'],
      ],
      facts: { article: 'Art. 35(11)' },
    })
  }),
]
