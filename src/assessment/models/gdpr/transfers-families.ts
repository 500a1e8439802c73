import { cap, choose, client, euros, family, type GdprFamily } from './gdpr-text.js'

/** Countries with a Commission adequacy decision under Art. 45 (as of 2025). */
const ADEQUATE = [
  'Japan',
  'Switzerland',
  'the United Kingdom',
  'South Korea',
  'New Zealand',
  'Israel',
  'Uruguay',
  'Argentina',
] as const
/** Countries without one. */
const NOT_ADEQUATE = [
  'India',
  'the Philippines',
  'Vietnam',
  'South Africa',
  'Mexico',
  'Indonesia',
] as const

/**
 * Transfers outside the EEA (Chapter V), cookies and e-marketing under the ePrivacy Directive
 * (Art. 5(3), 13) and the fines of GDPR Art. 83. The fine cap is the fixed sum or the share of
 * worldwide turnover, whichever is higher; the named mistakes take the lower, the other tier,
 * or add linked infringements together.
 */
export const TRANSFER_FAMILIES: readonly GdprFamily[] = [
  family('transfer-adequate-country', (rng) => {
    const to = rng.pick(ADEQUATE)
    return choose(rng, {
      stem: `${cap(client(rng))} wants to use a booking-system provider based in ${to}, which has a Commission adequacy decision. Under GDPR Art. 45(1), what transfer mechanism is needed besides the usual processor contract?`,
      key: 'None: adequacy alone is enough',
      wrong: [
        ['SCCs in every case', 'adds safeguards an adequacy decision makes unnecessary'],
        [
          'Each customer’s explicit consent to the transfer',
          'treats consent as the only transfer route',
        ],
        ['Prior authorisation by the authority', 'invents an authorisation step'],
        ['Binding corporate rules', 'applies an intra-group tool to a supplier'],
      ],
      facts: { article: 'Art. 45(1)' },
    })
  }),
  family('transfer-sccs-processor', (rng) => {
    const to = rng.pick(NOT_ADEQUATE)
    return choose(rng, {
      stem: `${cap(client(rng))} (a controller in the EU) hires a customer-support provider in ${to}, which has no adequacy decision, as its processor. Which module of the Commission’s 2021 standard contractual clauses (GDPR Art. 46(2)(c)) fits?`,
      key: 'Controller to processor',
      wrong: [
        ['Controller to controller', 'treats the provider as a controller'],
        ['Processor to processor', 'treats the client as a processor'],
        ['Processor to controller', 'reverses the roles'],
        [
          'None: an Art. 28 processor contract alone is enough',
          'misses that Chapter V applies too',
        ],
      ],
      facts: { article: 'Art. 46(2)' },
    })
  }),
  family('transfer-impact-assessment', (rng) => {
    const to = rng.pick(NOT_ADEQUATE)
    return choose(rng, {
      stem: `${cap(client(rng))} signs standard contractual clauses with an IT provider in ${to}, which has no adequacy decision. After the CJEU’s Schrems II ruling (C-311/18) and GDPR Art. 46(1), what else must it do?`,
      key: 'Assess local law, add measures if needed',
      wrong: [
        ['Nothing: signed clauses always suffice', 'treats the clauses as self-executing'],
        [
          'Assess only the provider’s security, not local law',
          'checks the importer but not the destination’s law',
        ],
        ['Every customer’s consent too', 'treats consent as the only transfer route'],
        [
          'Renegotiate the clauses’ wording with the provider to fit',
          'misses that the clauses may not be altered',
        ],
      ],
      facts: { article: 'Art. 46(1)' },
    })
  }),
  family('transfer-remote-access', (rng) => {
    const to = rng.pick(NOT_ADEQUATE)
    return choose(rng, {
      stem: `${cap(client(rng))} stores its customer database in the EU; a freelance developer in ${to} logs in remotely to fix it. Is that a transfer under GDPR Chapter V (Art. 44), as the EDPB reads it?`,
      key: 'Yes: remote access from there counts',
      wrong: [
        [
          'No: the data never leaves the EU servers it is stored on',
          'ties transfers to storage location',
        ],
        [
          'No: freelancers are exempt from Chapter V as individuals',
          'invents a freelancer exemption',
        ],
        ['Only on download', 'limits transfers to downloads'],
        [
          'No, if the developer signs an NDA',
          'takes a confidentiality promise for a transfer tool',
        ],
        ['Only if over 1,000 records are viewed', 'invents a size threshold'],
      ],
      facts: { article: 'Art. 44' },
    })
  }),
  family('transfer-occasional-derogation', (rng) => {
    const to = rng.pick(NOT_ADEQUATE)
    return choose(rng, {
      stem: `A travel agent books one client’s hotel stay in ${to}, sending the hotel the client’s name and dates. No adequacy decision or safeguards apply. Under GDPR Art. 49(1)(b), may the agent transfer the data?`,
      key: 'Yes: it is necessary to perform the client’s contract',
      wrong: [
        ['No: only adequacy or safeguards allow transfers', 'misses the Art. 49 derogations'],
        [
          'Yes, and the agent may now send all bookings systematically',
          'stretches an occasional derogation to routine use',
        ],
        ['Only with the authority’s prior approval', 'invents an authorisation step'],
        [
          'Only if the hotel signs binding corporate rules',
          'applies an intra-group tool to a supplier',
        ],
      ],
      facts: { article: 'Art. 49(1)' },
    })
  }),
  family('transfer-group-bcr', (rng) => {
    return choose(rng, {
      stem: `A group of companies wants one approved framework for routine HR data transfers among its own entities worldwide. Which GDPR tool (Art. 47) is designed for that?`,
      key: 'Binding corporate rules for the group',
      wrong: [
        [
          'A code of conduct written by the group’s own legal team',
          'confuses an industry code with group rules',
        ],
        ['Each employee’s explicit consent', 'treats consent as the only transfer route'],
        ['Adequacy', 'thinks adequacy can cover a company'],
        ['The contract derogation', 'stretches an occasional derogation to routine use'],
      ],
      facts: { article: 'Art. 47' },
    })
  }),
  family('transfer-foreign-order', (rng) => {
    const to = rng.pick(NOT_ADEQUATE)
    return choose(rng, {
      stem: `A court in ${to} orders ${client(rng)} (EU only) to hand over customer data. There is no treaty between ${to} and the EU or its member state. Under GDPR Art. 48, what is the status of the order?`,
      key: 'Alone, it is no ground to transfer',
      wrong: [
        [
          'It must be obeyed within 72 hours of service on the client',
          'confuses it with the breach deadline',
        ],
        [
          'It is a valid ground to transfer in itself',
          'takes a foreign order for a transfer ground',
        ],
        [
          'It overrides the GDPR as a legal obligation of the client',
          'takes a foreign law for an EU legal obligation',
        ],
        ['Obey it once customers are told', 'treats notice as a transfer ground'],
      ],
      facts: { article: 'Art. 48' },
    })
  }),
  family('cookies-analytics-consent', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} wants to set third-party analytics cookies on its site. The ePrivacy Directive, Art. 5(3), applies. What is needed before the cookies are set?`,
      key: 'The visitor’s prior consent',
      wrong: [
        [
          'Nothing: analytics cookies are strictly necessary for any website',
          'stretches the strictly-necessary exemption',
        ],
        [
          'A legitimate-interests test under GDPR Art. 6 documented by the client',
          'applies a GDPR basis to device access',
        ],
        ['A browsing notice', 'takes silence for consent'],
        ['Consent once they are set', 'allows consent after the fact'],
      ],
      facts: { article: 'Art. 5(3)' },
    })
  }),
  family('cookies-strictly-necessary', (rng) => {
    const what = rng.pick([
      'the shopping-basket cookie',
      'the login session cookie',
      'the load-balancing cookie',
    ])
    return choose(rng, {
      stem: `Which cookie may ${rng.pick(['an online bicycle shop', 'a handmade-goods marketplace', 'a meal-kit delivery start-up'])}’s website set without consent under ePrivacy Directive Art. 5(3)?`,
      key: `${cap(what)} the visitor’s request needs`,
      wrong: [
        ['A statistics cookie', 'stretches the strictly-necessary exemption to analytics'],
        [
          'An advertising cookie that funds the site and keeps it free to read',
          'treats commercial need as strict necessity',
        ],
        [
          'A social-media cookie set by the share buttons on every page',
          'treats third-party features as necessary',
        ],
        ['A tracking cookie', 'treats tracking as necessary'],
      ],
      facts: { article: 'Art. 5(3)' },
    })
  }),
  family('cookies-pre-ticked', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))}’s cookie banner shows the marketing-cookie box already ticked; visitors must untick it to refuse. After the CJEU’s Planet49 ruling (C-673/17), read with ePrivacy Art. 5(3), is that consent?`,
      key: 'No: a pre-ticked box is not an active consent',
      wrong: [
        [
          'Yes, if the box can be unticked at any time',
          'lets later withdrawal cure a passive consent',
        ],
        ['Yes, because the box is clearly visible', 'takes visibility for active consent'],
        ['Only for cookies that hold no personal data', 'limits Art. 5(3) to personal data'],
        [
          'Yes, if the privacy notice explains the cookies',
          'confuses being informed with consenting',
        ],
      ],
      facts: { article: 'Art. 5(3)' },
    })
  }),
  family('cookies-reject-button', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))}’s cookie banner has an “Accept all” button, while refusing needs three clicks through settings. Under GDPR Art. 7(3) and the EDPB’s banner guidance, what is wrong?`,
      key: 'Refusing must be as easy as accepting all',
      wrong: [
        ['Nothing', 'accepts a harder refusal'],
        ['Banners may be shown only once a year', 'invents a display rule'],
        ['Accept must be hidden', 'reverses the design fault'],
        [
          'Only the colours of the two buttons are regulated, nothing else',
          'reduces the rule to styling',
        ],
      ],
      facts: { article: 'Art. 7(3)' },
    })
  }),
  family('email-soft-opt-in', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} got customers’ emails when they bought from it and wants to email them offers for similar products. Under ePrivacy Directive Art. 13(2), what does it need?`,
      key: 'An opt-out at collection and in each email',
      wrong: [
        [
          'Fresh opt-in consent from every customer before the first email',
          'misses the existing-customer exception',
        ],
        [
          'Nothing: past customers can be emailed freely about anything',
          'drops the opt-out condition',
        ],
        ['A yearly opt-out', 'limits the opt-out to a yearly message'],
        ['The authority’s approval', 'invents an authorisation step'],
      ],
      facts: { article: 'Art. 13(2)' },
    })
  }),
  family('email-cold-consumers', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} buys a list of consumers’ personal email addresses to send them offers. They have never dealt with the client. Under ePrivacy Directive Art. 13(1), what is needed first?`,
      key: 'Each person’s prior consent to receive the emails',
      wrong: [
        [
          'Nothing, if the list seller had consent for itself',
          'assumes consent to one sender covers others',
        ],
        ['An unsubscribe link in every email suffices', 'applies the soft opt-in to strangers'],
        [
          'The client’s legitimate-interests test alone',
          'applies a GDPR basis where ePrivacy asks consent',
        ],
        ['Notice to the supervisory authority', 'invents a notification duty'],
      ],
      facts: { article: 'Art. 13(1)' },
    })
  }),
  family('fine-upper-tier-cap', (rng) => {
    const turnover = rng.int(2, 300) * 10_000_000
    const profit = Math.round(turnover * rng.pick([0.05, 0.08, 0.12]))
    const upper = Math.max(20_000_000, turnover * 0.04)
    return choose(rng, {
      stem: `A platform processed data with no lawful basis (GDPR Art. 6). Its worldwide annual turnover last year was ${euros(turnover)} and its profit ${euros(profit)}. What is the most it can be fined under Art. 83(5)?`,
      key: euros(upper),
      wrong: [
        [euros(Math.max(10_000_000, turnover * 0.02)), 'applies the lower tier of Art. 83(4)'],
        [euros(Math.min(20_000_000, turnover * 0.04)), 'takes the lower of the two caps'],
        [
          euros(Math.max(20_000_000, Math.round(profit * 0.04))),
          'applies 4 % to profit, not turnover',
        ],
        [euros(turnover * 0.04 + 20_000_000), 'adds the two caps together'],
      ],
      facts: { article: 'Art. 83(5)', turnover },
    })
  }),
  family('fine-lower-tier-cap', (rng) => {
    const turnover = rng.int(2, 300) * 10_000_000
    const what = rng.pick([
      'notify a breach (Art. 33)',
      'keep records of processing (Art. 30)',
      'put a processor contract in place (Art. 28)',
    ])
    return choose(rng, {
      stem: `A retailer with worldwide annual turnover of ${euros(turnover)} failed to ${what}. What is the most it can be fined under GDPR Art. 83(4)?`,
      key: euros(Math.max(10_000_000, turnover * 0.02)),
      wrong: [
        [euros(Math.max(20_000_000, turnover * 0.04)), 'applies the upper tier of Art. 83(5)'],
        [euros(Math.min(10_000_000, turnover * 0.02)), 'takes the lower of the two caps'],
        [euros(turnover * 0.02 + 10_000_000), 'adds the two caps together'],
        [euros(Math.max(10_000_000, turnover * 0.04)), 'mixes the lower sum with the upper share'],
      ],
      facts: { article: 'Art. 83(4)', turnover },
    })
  }),
  family('fine-linked-infringements', (rng) => {
    const turnover = rng.int(60, 400) * 10_000_000
    return choose(rng, {
      stem: `In one linked set of operations, a company with worldwide turnover of ${euros(turnover)} breached both the lawfulness rules (Art. 6, upper tier) and security (Art. 32, lower tier). Under GDPR Art. 83(3), what caps the total fine?`,
      key: euros(Math.max(20_000_000, turnover * 0.04)),
      wrong: [
        [
          euros(Math.max(20_000_000, turnover * 0.04) + Math.max(10_000_000, turnover * 0.02)),
          'adds the caps of the two infringements',
        ],
        [euros(Math.max(10_000_000, turnover * 0.02)), 'caps it by the lesser infringement'],
        [euros(Math.min(20_000_000, turnover * 0.04)), 'takes the lower of the two caps'],
        [euros(turnover * 0.06), 'adds the two turnover shares'],
      ],
      facts: { article: 'Art. 83(3)', turnover },
    })
  }),
  family('fine-tier-by-article', (rng) => {
    const pick = rng.pick([
      ['ignoring access requests (Art. 15)', 'upper', 15],
      ['transferring data abroad without safeguards (Art. 44)', 'upper', 44],
      ['processing health data without an Art. 9 condition', 'upper', 9],
      ['failing to appoint a required DPO (Art. 37)', 'lower', 37],
      ['skipping a required DPIA (Art. 35)', 'lower', 35],
      ['weak security measures (Art. 32)', 'lower', 32],
    ] as const)
    const upper = 'EUR 20 million or 4 % of turnover, if higher'
    const lower = 'EUR 10 million or 2 % of turnover, if higher'
    const key = pick[1] === 'upper' ? upper : lower
    return choose(rng, {
      stem: `Under GDPR Art. 83(4)–(5), which fine ceiling applies to an undertaking for ${pick[0]}?`,
      key,
      wrong: [
        pick[1] === 'upper'
          ? [lower, 'files a rights or principles breach in the lower tier']
          : [upper, 'files an accountability breach in the upper tier'],
        [
          'Whatever each member state’s law sets, no EU cap',
          'thinks national law sets the ceiling',
        ],
        [
          pick[1] === 'upper'
            ? 'A flat EUR 20 million, whatever the turnover'
            : 'A flat EUR 10 million, whatever the turnover',
          'drops the turnover share of the cap',
        ],
        ['Up to 4 % of EU turnover only', 'counts EU turnover, not worldwide'],
      ],
      facts: { article: 'Art. 83', breached: pick[2] },
    })
  }),
  family('transfer-us-framework', (rng) => {
    const certified = rng.next() < 0.5
    return choose(rng, {
      stem: `${cap(client(rng))} will use a US email platform that ${certified ? 'is' : 'is not'} certified under the EU-US Data Privacy Framework. Under GDPR Art. 45–46, with the Commission’s July 2023 adequacy decision for the framework in force, what does the transfer need?`,
      key: certified
        ? 'No extra tool: certification suffices'
        : 'SCCs or another Art. 46 safeguard',
      wrong: [
        certified
          ? [
              'SCCs or another Art. 46 safeguard',
              'misses the framework’s adequacy for certified firms',
            ]
          : ['No extra tool: the framework suffices', 'extends the framework to uncertified firms'],
        ['Impossible: Schrems II banned all US transfers', 'reads Schrems II as a permanent ban'],
        [
          'Each user’s explicit consent, for every email',
          'stretches an occasional derogation to routine use',
        ],
        ['Storing a copy of the data in the EU as well', 'ties transfers to storage location'],
      ],
      facts: { article: 'Art. 45', certified },
    })
  }),
  family('fine-factors', (rng) => {
    return choose(rng, {
      stem: `A client fined by a supervisory authority asks what the authority had to weigh. Which does GDPR Art. 83(2) list?`,
      key: 'The nature, gravity and duration of the infringement',
      wrong: [
        ['Only the firm’s turnover', 'reads the cap as the measure of the fine'],
        ['The number of complaints the authority received that year', 'invents a workload factor'],
        ['Whether the firm is established in the EU', 'invents a location factor'],
        ['Only whether a breach was notified', 'narrows the factors to one'],
      ],
      facts: { article: 'Art. 83(2)' },
    })
  }),
]
