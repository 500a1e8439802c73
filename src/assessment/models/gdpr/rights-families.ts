import {
  addMonths,
  addWorkingDays,
  cap,
  choose,
  client,
  dated,
  drawDayDue,
  family,
  type GdprFamily,
  PEOPLE,
} from './gdpr-text.js'

/**
 * Transparency (Art. 12–14) and the data subject’s rights (Art. 15–22): what a client must tell
 * people, what a request entitles them to, its exceptions, and by when the client must answer.
 * Periods in months are counted as Regulation 1182/71 and the EDPB count them: to the same date
 * of the later month (the month’s last day when it has no such date), from the day of receipt.
 */
export const RIGHTS_FAMILIES: readonly GdprFamily[] = [
  family('access-reply-date', (rng) => {
    const received = drawDayDue(rng, (d) => addMonths(d, 1))
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${cap(client(rng))} receives ${p}’s access request on ${dated(received)}. It is neither complex nor one of many. Counting a month as the EDPB does (to the same date of the next month, or that month’s last day), by what date must the client answer under GDPR Art. 12(3)?`,
      key: dated(addMonths(received, 1)),
      wrong: [
        [dated(received + 30), 'counts one month as 30 days'],
        [dated(received + 28), 'counts one month as four weeks'],
        [dated(received + 40), 'applies a repealed 40-day national period'],
        [dated(addWorkingDays(received, 20)), 'counts 20 working days as for a records request'],
      ],
      facts: { article: 'Art. 12(3)', from: received },
    })
  }),
  family('access-extended-date', (rng) => {
    const received = drawDayDue(rng, (d) => addMonths(d, 3))
    return choose(rng, {
      stem: `${cap(client(rng))} receives a complex access request on ${dated(received)} along with many others, and tells the requester within the first month, with reasons, that it is extending the period to the maximum GDPR Art. 12(3) allows. Counting months as the EDPB does (same date of the later month, or its last day), what is the final date to answer?`,
      key: dated(addMonths(received, 3)),
      wrong: [
        [dated(addMonths(received, 2)), 'takes two months as the whole period, not added to one'],
        [dated(addMonths(received, 1) + 60), 'adds the two months as 60 days'],
        [dated(received + 90), 'counts the three months as 90 days'],
        [dated(received + 60), 'takes the two-month extension, in days, as the whole period'],
      ],
      facts: { article: 'Art. 12(3)', from: received },
    })
  }),
  family('extension-notice-date', (rng) => {
    const received = drawDayDue(rng, (d) => addMonths(d, 1))
    return choose(rng, {
      stem: `A request reaches ${client(rng)} on ${dated(received)} and will need the extra time GDPR Art. 12(3) permits. Counting a month as the EDPB does (same date of the next month, or its last day), by what date must it tell the requester of the extension and why?`,
      key: dated(addMonths(received, 1)),
      wrong: [
        [dated(addMonths(received, 3)), 'allows the notice until the extended deadline'],
        [dated(received + 30), 'counts one month as 30 days'],
        [dated(received + 28), 'counts one month as four weeks'],
        [dated(received + 90), 'allows the notice until a 90-day extended deadline'],
        [dated(received + 60), 'takes the extension’s 60 days as the notice period'],
        [dated(addWorkingDays(received, 20)), 'counts 20 working days as for a records request'],
      ],
      facts: { article: 'Art. 12(3)', from: received },
    })
  }),
  family('refusal-notice-date', (rng) => {
    const received = drawDayDue(rng, (d) => addMonths(d, 1))
    return choose(rng, {
      stem: `${cap(client(rng))} decides not to act on an erasure request received on ${dated(received)}. Counting a month as the EDPB does (same date of the next month, or its last day), by what date at the latest must it tell the requester why, and that they may complain to a supervisory authority (GDPR Art. 12(4))?`,
      key: dated(addMonths(received, 1)),
      wrong: [
        [dated(received + 28), 'counts one month as four weeks'],
        [dated(received + 30), 'counts one month as 30 days'],
        [dated(addWorkingDays(received, 10)), 'invents a ten-working-day refusal period'],
        [dated(received + 31), 'counts one month as 31 days'],
      ],
      facts: { article: 'Art. 12(4)', from: received },
    })
  }),
  family('indirect-notice-date', (rng) => {
    const obtained = drawDayDue(rng, (d) => addMonths(d, 1))
    const contact = obtained + rng.int(5, 45)
    const month = addMonths(obtained, 1)
    const key = Math.min(month, contact)
    const other = key === month ? contact : month
    return choose(rng, {
      stem: `On ${dated(obtained)} ${client(rng)} buys a list of trade contacts from a directory (data not obtained from the people themselves). It plans to email them first on ${dated(contact)}. Counting a month as the EDPB does (same date of the next month, or its last day), by what date at the latest must it give them the GDPR Art. 14 information?`,
      key: dated(key),
      wrong: [
        [
          dated(other),
          key === month
            ? 'waits for the first email past the one-month cap'
            : 'ignores the earlier first communication',
        ],
        [dated(obtained + 30), 'counts one month as 30 days'],
        [dated(addMonths(contact, 1)), 'counts the month from the first email'],
        [dated(addMonths(obtained, 3)), 'applies the extended request period'],
      ],
      facts: { article: 'Art. 14', from: obtained, contact },
    })
  }),
  family('manifestly-excessive', (rng) => {
    const p = rng.pick(PEOPLE)
    const n = rng.int(6, 14)
    return choose(rng, {
      stem: `${p} has sent ${client(rng)} ${n} identical access requests in three weeks, each answered in full. Under GDPR Art. 12(5), what may the client do with the next one?`,
      key: 'Charge a fair fee or refuse, showing why',
      wrong: [
        [
          'Nothing: every request must be answered in full and free of charge',
          'misses the manifestly excessive exception',
        ],
        ['Ignore it silently', 'skips the duty to explain a refusal'],
        ['Report the requester to the authority', 'invents a reporting route'],
        [
          'Charge whatever it likes without having to justify it',
          'drops the controller’s burden of proof',
        ],
      ],
      facts: { article: 'Art. 12(5)' },
    })
  }),
  family('identity-doubt', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `An access request signed “${p}” arrives at ${client(rng)} from an email address the client has never seen. Under GDPR Art. 12(6), what may the client do?`,
      key: 'Ask for what it needs to confirm identity',
      wrong: [
        ['Refuse outright', 'refuses where it may only ask for confirmation'],
        ['Send the data at once', 'ignores reasonable doubts about identity'],
        [
          'Demand a notarised passport copy from every requester',
          'asks for more than is necessary',
        ],
        [
          'Ignore it until a second request arrives from the same person',
          'invents a confirmation by repetition',
        ],
      ],
      facts: { article: 'Art. 12(6)' },
    })
  }),
  family('further-copies-fee', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} received a free copy of their data from ${client(rng)} last week and now asks for two more paper copies. What may the client charge under GDPR Art. 15(3)?`,
      key: 'A fee reflecting administrative costs',
      wrong: [
        ['Nothing', 'extends the free first copy to all copies'],
        ['Any fee the client sets, as further copies are extras', 'drops the reasonableness limit'],
        [
          'A fee for the first copy too, charged now retroactively',
          'charges for the free first copy',
        ],
        ['It must refuse', 'invents a one-copy limit'],
      ],
      facts: { article: 'Art. 15(3)' },
    })
  }),
  family('access-content', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${cap(client(rng))} is answering ${p}’s access request. Besides a copy of the data, what does GDPR Art. 15(1) require it to give?`,
      key: 'Purposes, recipients, retention and more',
      wrong: [
        [
          'Nothing: a copy of the data itself is all that is owed',
          'drops the information duties of Art. 15',
        ],
        [
          'Its internal security policies and audit reports in full',
          'confuses access with an audit',
        ],
        ['Its processor contracts', 'confuses access with contract disclosure'],
        ['Staff names', 'invents a staff-disclosure duty'],
      ],
      facts: { article: 'Art. 15(1)' },
    })
  }),
  family('access-third-party-data', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} asks a ${rng.pick(['recruitment agency', 'coworking space', 'language school'])} for a copy of their data. The file includes emails naming other customers. What does GDPR Art. 15(4) require?`,
      key: 'Give the copy with others’ data redacted',
      wrong: [
        [
          'Refuse the whole request to protect the other customers named',
          'reads Art. 15(4) as a ground to refuse entirely',
        ],
        [
          'Send everything, other customers’ details included, unredacted',
          'ignores others’ rights and freedoms',
        ],
        ['Ask the others to consent', 'invents a consent step'],
        ['Send a summary only', 'replaces the copy with a summary'],
      ],
      facts: { article: 'Art. 15(4)' },
    })
  }),
  family('erasure-versus-tax-law', (rng) => {
    const p = rng.pick(PEOPLE)
    const years = rng.pick([6, 7, 10])
    return choose(rng, {
      stem: `${p}, a former customer, asks ${client(rng)} to erase everything. The client must keep sales invoices for ${years} years under tax law. What does GDPR Art. 17 mean for the invoices?`,
      key: 'Keep the invoices: tax law requires them',
      wrong: [
        [
          'Erase them at once: the right to erasure overrides tax law',
          'misses the legal-obligation exception',
        ],
        ['Keep the invoices only with consent', 'treats consent as the only lawful basis'],
        [
          'Erase them, then ask the tax office to keep copies of them instead',
          'invents a hand-over to the authority',
        ],
        ['Keep everything on the customer', 'stretches the exception past what the law requires'],
      ],
      facts: { article: 'Art. 17' },
    })
  }),
  family('erasure-after-withdrawal', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} withdraws consent to ${client(rng)} keeping their photo in a public gallery and asks for erasure. There is no other basis. Under GDPR Art. 17(1)–(2), what must the client do?`,
      key: 'Erase it and inform sites that copied it',
      wrong: [
        [
          'Keep it: withdrawing consent only stops future new uses of the photo',
          'reads withdrawal as prospective only',
        ],
        ['Erase it only after a 30-day cooling-off period has passed', 'invents a waiting period'],
        ['Erase its own copy', 'misses the duty when data was made public'],
        ['Archive it offline', 'takes archiving for erasure'],
      ],
      facts: { article: 'Art. 17(1)' },
    })
  }),
  family('restriction-while-contested', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} says the balance ${client(rng)} holds for ${p} is wrong and, while the client checks, asks it not to use the record. Under GDPR Art. 18(1)(a), what applies during the check?`,
      key: 'Restriction: store it, do not use it',
      wrong: [
        [
          'Erase the record until the accuracy check has ended',
          'confuses restriction with erasure',
        ],
        [
          'Carry on as normal until the customer proves it wrong',
          'ignores the right to restriction',
        ],
        ['Correct it at once', 'skips the accuracy check'],
        ['Hand it to the authority', 'invents a referral'],
      ],
      facts: { article: 'Art. 18(1)' },
    })
  }),
  family('notify-recipients', (rng) => {
    const n = rng.int(2, 5)
    return choose(rng, {
      stem: `${cap(client(rng))} corrects a customer’s wrong address; it had shared the address with ${n} delivery firms. Under GDPR Art. 19, what must it do?`,
      key: 'Tell each recipient, unless impossible',
      wrong: [
        ['Nothing: the recipients answer for themselves', 'misses the notification duty'],
        [
          'Tell each recipient, but only if the customer asks',
          'makes the duty depend on a request',
        ],
        ['Tell the supervisory authority', 'confuses it with breach notification'],
        [
          'Ask the customer to write to each of the delivery firms',
          'shifts the duty onto the data subject',
        ],
      ],
      facts: { article: 'Art. 19' },
    })
  }),
  family('portability-basis', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} asks ${client(rng)} to port the data it holds on ${p} under legitimate interests (for CCTV at its entrance) to another firm. Does GDPR Art. 20 give that right?`,
      key: 'No: only consent or contract data is covered',
      wrong: [
        [
          'Yes: portability covers all personal data the client holds on anyone',
          'forgets the basis condition of Art. 20',
        ],
        ['Yes, if the other firm is also established in the EU', 'invents a location condition'],
        ['No: only health data', 'invents a data-type limit'],
        ['Yes, on paper', 'forgets the basis condition and the machine-readable format'],
      ],
      facts: { article: 'Art. 20' },
    })
  }),
  family('portability-format', (rng) => {
    const p = rng.pick(PEOPLE)
    const kind = rng.pick(['workout history', 'order history', 'playlist and listening history'])
    return choose(rng, {
      stem: `${p} asks an app, which relies on their consent, to port ${p}’s ${kind}. In what form does GDPR Art. 20(1) require it?`,
      key: 'Structured, common and machine-readable',
      wrong: [
        [
          'A PDF print of each screen of the app, one page per screen',
          'gives a human-readable but not machine-readable copy',
        ],
        [
          'The app’s own proprietary backup file, readable only by the app',
          'gives a format others cannot commonly read',
        ],
        ['On paper', 'gives a copy with no electronic form'],
        ['Any format', 'drops the format requirement'],
      ],
      facts: { article: 'Art. 20(1)' },
    })
  }),
  family('objection-legitimate-interests', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} objects to ${client(rng)} using ${p}’s data for customer-behaviour analytics run on legitimate interests (not direct marketing). Under GDPR Art. 21(1), what follows?`,
      key: 'Stop, unless it has compelling grounds',
      wrong: [
        [
          'Stop at once, with no room to show any grounds of its own',
          'applies the direct-marketing rule to all objections',
        ],
        [
          'Carry on: objection applies only to processing based on consent',
          'confuses objection with withdrawal of consent',
        ],
        ['Carry on if pseudonymised', 'treats pseudonymised data as anonymous'],
        ['Ask the authority', 'invents a referral'],
      ],
      facts: { article: 'Art. 21(1)' },
    })
  }),
  family('automated-decision', (rng) => {
    const what = rng.pick([
      'rejects loan applications',
      'declines rental applicants',
      'rejects job applicants',
    ])
    return choose(rng, {
      stem: `A platform’s software automatically ${what} with no human review, based on a score. Where that is allowed (contract or explicit consent), what must GDPR Art. 22(3) give the applicant at least?`,
      key: 'A human review, a hearing and a way to contest',
      wrong: [
        ['Nothing, once the automated decision itself is lawful', 'misses the safeguards'],
        [
          'The software’s full source code and model weights, on request',
          'overstates the safeguards',
        ],
        ['A fee refund', 'invents a compensation right'],
        ['A second automated review', 'replaces a human with more automation'],
      ],
      facts: { article: 'Art. 22(3)' },
    })
  }),
  family('notice-at-collection', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} collects data directly from customers through a sign-up form. When must it give the GDPR Art. 13 information?`,
      key: 'At the time the data is obtained',
      wrong: [
        ['Within one month of collecting it', 'applies the Art. 14 indirect-collection period'],
        ['Only when a customer asks for it', 'makes transparency depend on a request'],
        ['Within 72 hours of collection', 'confuses it with breach notification'],
        ['At the first marketing email', 'applies the Art. 14 first-contact rule'],
      ],
      facts: { article: 'Art. 13' },
    })
  }),
  family('notice-retention-item', (rng) => {
    return choose(rng, {
      stem: `A consultant reviews the privacy notice of ${client(rng)}. Which of these must a GDPR Art. 13(2) notice state?`,
      key: 'How long data is kept, or the criteria',
      wrong: [
        ['The names of all staff who can see the customers’ data', 'invents a staff-list duty'],
        [
          'The client’s annual turnover and profit for the last year',
          'confuses it with the fine calculation',
        ],
        ['Server IP addresses', 'invents a technical disclosure'],
        ['The processor contracts', 'confuses it with contract disclosure'],
      ],
      facts: { article: 'Art. 13(2)' },
    })
  }),
  family('indirect-disproportionate', (rng) => {
    return choose(rng, {
      stem: `A historian hired by ${rng.pick(['a town archive', 'a family foundation', 'a museum'])} uses old registers naming thousands of people, most untraceable, for research under safeguards. Under GDPR Art. 14(5)(b), must each be given Art. 14 information?`,
      key: 'No, where disproportionate; publish it instead',
      wrong: [
        [
          'Yes, each person must be traced and written to individually',
          'misses the disproportionate-effort exception',
        ],
        ['No: Art. 14 never applies to any research at all', 'overstates the research exemption'],
        ['No, as it was not emailed', 'invents a channel condition'],
        ['Yes, within 72 hours', 'confuses it with breach notification'],
      ],
      facts: { article: 'Art. 14(5)' },
    })
  }),
  family('reply-by-email', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} makes an access request to ${client(rng)} by email and says nothing about format. Under GDPR Art. 12(3), how should the answer be provided where possible?`,
      key: 'By electronic means',
      wrong: [
        ['On paper by registered post to the home address', 'ignores the electronic-request rule'],
        ['Only in person', 'invents an in-person requirement'],
        ['By phone', 'replaces the copy with oral information'],
        ['By fax', 'invents a channel preference'],
      ],
      facts: { article: 'Art. 12(3)' },
    })
  }),
  family('rectification-timing', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${p} tells ${client(rng)} that their date of birth on file is wrong and shows proof. Under GDPR Art. 16, when must the client correct it?`,
      key: 'Without undue delay',
      wrong: [
        ['Within three months, like a complex request', 'applies the extended request period'],
        ['Yearly, at review', 'waits for a routine review'],
        ['Only once the supervisory authority confirms it', 'invents a referral'],
        ['Within 72 hours', 'confuses it with breach notification'],
      ],
      facts: { article: 'Art. 16' },
    })
  }),
  family('objection-brought-to-attention', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} processes customer data on legitimate interests. Under GDPR Art. 21(4), how must it tell people of their right to object?`,
      key: 'Explicitly and separately, by first contact',
      wrong: [
        ['Only if a customer asks about it', 'makes transparency depend on a request'],
        ['In the terms and conditions, with everything else', 'buries the right among other terms'],
        ['Only once a year, by letter', 'invents a yearly reminder'],
        [
          'It need not: objection applies only to consent',
          'confuses objection with withdrawal of consent',
        ],
      ],
      facts: { article: 'Art. 21(4)' },
    })
  }),
]
