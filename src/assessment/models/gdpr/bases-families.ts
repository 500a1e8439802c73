import { cap, choose, client, family, type GdprFamily, PEOPLE, STATES } from './gdpr-text.js'

/**
 * Lawful bases (Art. 6), consent's conditions (Art. 7, 8) and special categories (Art. 9, 10):
 * which basis a client's purpose rests on and what that basis then requires. The named
 * mistakes are the ones practitioners make: consent as the only or safest basis, legitimate
 * interests for everything, ordinary consent where Art. 9 asks for explicit consent.
 */
export const BASES_FAMILIES: readonly GdprFamily[] = [
  family('tax-records-basis', (rng) => {
    const who = client(rng)
    const years = rng.pick([6, 7, 8, 10])
    return choose(rng, {
      stem: `${cap(who)} keeps customers’ names and addresses on its sales invoices for ${years} years because national tax law requires it. Which lawful basis in GDPR Art. 6(1) does that retention rest on?`,
      key: 'A legal obligation on the controller',
      wrong: [
        ['Customer consent', 'treats consent as the only lawful basis'],
        [
          'The controller’s legitimate interests in its records',
          'uses legitimate interests where a law imposes the duty',
        ],
        [
          'Performance of the sales contract with the customer',
          'stretches the contract past its performance',
        ],
        [
          'A task carried out in the public interest',
          'applies the public-task basis to a private firm',
        ],
      ],
      facts: { article: 'Art. 6(1)' },
    })
  }),
  family('delivery-address-basis', (rng) => {
    const who = rng.pick([
      'an online bicycle shop',
      'a meal-kit delivery start-up',
      'a handmade-goods marketplace',
    ])
    return choose(rng, {
      stem: `${cap(who)} needs each buyer’s delivery address to send the goods they ordered. Which lawful basis in GDPR Art. 6(1) fits best?`,
      key: 'Necessary to perform the contract with the buyer',
      wrong: [
        [
          'The buyer’s consent, with a tick box at checkout',
          'treats consent as the only lawful basis',
        ],
        [
          'The shop’s legitimate interest in delivering',
          'reaches for legitimate interests before the contract',
        ],
        [
          'A legal obligation under consumer law to deliver',
          'takes a contractual duty for a legal obligation',
        ],
        [
          'The buyer’s vital interests in receiving goods',
          'stretches vital interests beyond life or health',
        ],
      ],
      facts: { article: 'Art. 6(1)' },
    })
  }),
  family('vital-interests-basis', (rng) => {
    const where = rng.pick(['a gym', 'a coworking space', 'a yoga studio', 'a language school'])
    return choose(rng, {
      stem: `A member collapses at ${where}; staff give the paramedics the member’s name, age and known allergies from the membership file while the member is unconscious. Which lawful basis in GDPR Art. 6(1) covers the disclosure?`,
      key: 'Vital interests: protecting life',
      wrong: [
        ['Consent given on joining', 'relies on consent given for another purpose'],
        ['The membership contract', 'stretches the contract to an emergency'],
        [
          'Its legitimate interest in members’ safety',
          'reaches for legitimate interests in an emergency',
        ],
        ['None: it may only be shared with consent now', 'treats consent as the only lawful basis'],
      ],
      facts: { article: 'Art. 6(1)' },
    })
  }),
  family('fraud-prevention-basis', (rng) => {
    const who = rng.pick([
      'an online bicycle shop',
      'a handmade-goods marketplace',
      'a meal-kit delivery start-up',
    ])
    return choose(rng, {
      stem: `${cap(who)} screens orders for signs of card fraud (mismatched addresses, repeated failed payments) before shipping. No law requires it. Which lawful basis in GDPR Art. 6(1) usually fits, after a balancing test?`,
      key: 'The controller’s legitimate interests',
      wrong: [
        [
          'Consent, with a box the buyer must tick to order',
          'makes consent a condition of the sale',
        ],
        ['A legal duty to stop fraud', 'invents a legal duty where none is stated'],
        ['The public-interest task basis', 'applies the public-task basis to a private firm'],
        ['The buyer’s vital interests', 'stretches vital interests beyond life or health'],
      ],
      facts: { article: 'Art. 6(1)' },
    })
  }),
  family('public-authority-legitimate-interests', (rng) => {
    const body = rng.pick([
      'a municipal library service',
      'a city parking authority',
      'a public school board',
    ])
    return choose(rng, {
      stem: `A freelance consultant drafts the privacy notice for ${body}. For the processing it does to carry out its official tasks, may it rely on legitimate interests (GDPR Art. 6(1), last subparagraph)?`,
      key: 'No: its tasks rest on public task or law',
      wrong: [
        ['Yes, after a balancing test', 'misses that authorities cannot use it for their tasks'],
        [
          'Yes, for any processing that is not special-category data',
          'confuses the bar with the special-category rules',
        ],
        ['No: its tasks rest on consent alone', 'treats consent as the only lawful basis'],
        ['Yes, if its DPO approves', 'makes the officer a source of lawful basis'],
      ],
      facts: { article: 'Art. 6(1)' },
    })
  }),
  family('consent-condition-of-service', (rng) => {
    const who = rng.pick([
      'A recipe app',
      'A fitness tracker app',
      'A local news site',
      'A budgeting app',
    ])
    return choose(rng, {
      stem: `${who} will only let users sign up if they agree to their data being sold to advertising partners, which the service does not need. Is that consent valid under GDPR Art. 7(4)?`,
      key: 'No: tied to the service, it is not free',
      wrong: [
        [
          'Yes, because the user can always choose another app instead',
          'takes market choice for freely given consent',
        ],
        ['Yes, if the terms are accepted', 'treats any affirmative act as valid consent'],
        [
          'No: selling data can never rest on consent',
          'reads a sale of data as never open to consent',
        ],
        ['Yes, as it can be withdrawn', 'lets later withdrawal cure a forced consent'],
      ],
      facts: { article: 'Art. 7(4)' },
    })
  }),
  family('consent-proof', (rng) => {
    const who = client(rng)
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${cap(who)} sends its newsletter on the basis of consent. ${p} complains never to have signed up. Under GDPR Art. 7(1), who must show that consent was given?`,
      key: 'The controller must be able to demonstrate it',
      wrong: [
        [
          `${p} must prove the sign-up never happened`,
          'puts the burden of proof on the data subject',
        ],
        [
          'The email platform, as processor, must show it',
          'passes the controller’s duty to the processor',
        ],
        [
          'Nobody: a newsletter needs no proof of consent',
          'treats marketing consent as self-evident',
        ],
        [
          'The supervisory authority, after an inquiry',
          'passes the controller’s duty to the regulator',
        ],
      ],
      facts: { article: 'Art. 7(1)' },
    })
  }),
  family('consent-bundled-in-terms', (rng) => {
    const who = client(rng)
    return choose(rng, {
      stem: `${cap(who)} wants marketing consent inside its general terms and conditions, accepted with one “I agree” button. What does GDPR Art. 7(2) require of a written consent request that also covers other matters?`,
      key: 'It must stand out clearly from the rest',
      wrong: [
        ['Nothing more, if the terms mention marketing at all', 'accepts consent buried in terms'],
        ['It must be signed by hand', 'invents a wet-signature requirement'],
        ['It must be renewed yearly', 'invents a fixed renewal period'],
        [
          'It must be approved by the supervisory authority',
          'invents prior approval of consent wording',
        ],
      ],
      facts: { article: 'Art. 7(2)' },
    })
  }),
  family('employee-consent', (rng) => {
    const who = client(rng)
    const what = rng.pick([
      'fingerprint time clocks',
      'GPS tracking of staff phones',
      'recording of staff calls',
    ])
    return choose(rng, {
      stem: `${cap(who)} plans to introduce ${what} and asks staff to sign consent forms. Why is consent a weak basis here, read with GDPR Art. 7 and Recital 43?`,
      key: 'Staff can rarely refuse their employer freely',
      wrong: [
        ['Staff are not data subjects', 'takes staff outside the Regulation'],
        ['Forms are valid only if notarised', 'invents a formality for consent'],
        [
          'Only trade unions may consent on behalf of employees',
          'invents a collective-consent rule',
        ],
        [
          'Consent cannot be given in writing, only through an online form',
          'invents a form requirement',
        ],
      ],
      facts: { article: 'Art. 7' },
    })
  }),
  family('child-consent-age', (rng) => {
    const state = rng.pick(STATES)
    const age = rng.pick([13, 14, 15, 16])
    const child = rng.int(12, 17)
    const needs = child < age
    const app = rng.pick(['a homework-help app', 'a music-sharing app', 'a game with chat'])
    return choose(rng, {
      stem: `${cap(app)} offered directly to children relies on consent. ${state} has set the age in GDPR Art. 8(1) at ${age}. A user aged ${child} signs up there. Whose consent is needed?`,
      key: needs
        ? 'Given or authorised by a parent or guardian'
        : 'The child’s own consent is enough',
      wrong: [
        needs
          ? ['The child’s own consent is enough', 'lets a child under the state’s age consent']
          : [
              'Given or authorised by a parent or guardian',
              child < 16
                ? 'applies the default 16 over the state’s own age'
                : 'asks a parent whenever the user is a minor',
            ],
        ['The child’s school must agree as well as the child', 'invents a school consent'],
        [
          'None: apps for children may never rely on consent at all',
          'reads Art. 8 as a ban on consent',
        ],
        ['The supervisory authority’s', 'invents approval by the regulator'],
      ],
      facts: { article: 'Art. 8(1)', age, child },
    })
  }),
  family('explicit-consent-health', (rng) => {
    const who = rng.pick(['A fitness coach', 'A nutrition app', 'A sleep-tracking service'])
    const data = rng.pick(['blood pressure readings', 'diagnosed conditions', 'medication lists'])
    return choose(rng, {
      stem: `${who} (not a health professional) wants to collect clients’ ${data} to tailor plans, relying on consent. What does GDPR Art. 9(2)(a) require on top of an Art. 6 basis?`,
      key: 'Explicit consent for specified purposes',
      wrong: [
        [
          'Ordinary consent, the same as for any other personal data',
          'applies Art. 6 consent to special category data',
        ],
        ['Nothing more', 'misses the Art. 9 condition'],
        ['A court order', 'invents judicial authorisation'],
        ['Written approval from each client’s own doctor', 'invents a medical sign-off'],
      ],
      facts: { article: 'Art. 9(2)(a)' },
    })
  }),
  family('special-category-identify', (rng) => {
    const field = rng.pick([
      ['trade union membership shown on a form', 'special'],
      ['meal choices that reveal religion', 'special'],
      ['fingerprints used to open the door', 'special'],
    ] as const)
    const who = client(rng)
    return choose(rng, {
      stem: `A form at ${who} asks for several fields. Which of them is a special category of personal data under GDPR Art. 9(1)?`,
      key: cap(field[0]),
      wrong: [
        [
          'Bank account number and sort code, kept for refunds',
          'takes financially sensitive data for special category',
        ],
        ['Date of birth and home address', 'takes identity data for special category'],
        ['Criminal convictions', 'files Art. 10 data under Art. 9'],
        [
          'Salary and pension contributions of each employee',
          'takes confidential data for special category',
        ],
        ['Passport number', 'takes official identifiers for special category'],
      ],
      facts: { article: 'Art. 9(1)' },
    })
  }),
  family('employment-law-condition', (rng) => {
    const who = client(rng)
    return choose(rng, {
      stem: `${cap(who)} records staff sickness absence to pay statutory sick pay under national employment law. Which GDPR Art. 9(2) condition fits the health data?`,
      key: 'Duties under employment and social security law',
      wrong: [
        [
          'Explicit consent from each employee (9(2)(a))',
          'treats consent as the only Art. 9 condition',
        ],
        [
          'The employer’s legitimate interests',
          'confuses an Art. 6 basis with an Art. 9 condition',
        ],
        [
          'Data manifestly made public by the employee (9(2)(e))',
          'applies the made-public condition to a sick note',
        ],
        ['Vital interests', 'stretches vital interests to payroll'],
      ],
      facts: { article: 'Art. 9(2)' },
    })
  }),
  family('made-public-condition', (rng) => {
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `A campaign group’s volunteer coordinator wants to note that ${p}, a local councillor, is a member of a named political party, as ${p} states on an official public profile. Which GDPR Art. 9(2) condition can apply to that political opinion?`,
      key: 'Manifestly made public by the councillor',
      wrong: [
        ['None: political opinions can never be processed', 'reads Art. 9(1) as an absolute ban'],
        [
          'The group’s legitimate interests alone',
          'confuses an Art. 6 basis with an Art. 9 condition',
        ],
        [
          'Explicit consent is the only possible condition',
          'treats consent as the only Art. 9 condition',
        ],
        [
          'Public task, since the councillor holds public office',
          'applies the authority’s basis to a private group',
        ],
      ],
      facts: { article: 'Art. 9(2)' },
    })
  }),
  family('criminal-data-check', (rng) => {
    const who = rng.pick([
      'a recruitment agency',
      'a private tutoring service',
      'a cleaning company',
    ])
    return choose(rng, {
      stem: `${cap(who)} wants to keep its own register of candidates’ criminal convictions. What does GDPR Art. 10 require?`,
      key: 'Official control or a law authorising it',
      wrong: [
        [
          'The candidate’s explicit consent, given in a signed form',
          'applies an Art. 9 condition to criminal data',
        ],
        ['Only an Art. 6 basis', 'misses the Art. 10 restriction'],
        [
          'A legitimate interest in safe hiring, recorded in a balancing test',
          'confuses an Art. 6 basis with Art. 10',
        ],
        ['Deletion after 72 hours', 'confuses it with the breach deadline'],
      ],
      facts: { article: 'Art. 10' },
    })
  }),
  family('compatible-further-use', (rng) => {
    const who = client(rng)
    return choose(rng, {
      stem: `${cap(who)} collected customers’ emails to send order confirmations and now wants to use them to train a sales-prediction model. What must it do first under GDPR Art. 6(4), if it does not ask for consent?`,
      key: 'Assess compatibility with the original purpose',
      wrong: [
        ['Nothing: held data may be reused freely', 'ignores purpose limitation'],
        ['Delete and re-collect the data', 'overstates what a new purpose requires'],
        [
          'Record the new purpose in its notice only',
          'takes telling customers for the compatibility test',
        ],
        [
          'Nothing, as long as the model is only used internally',
          'invents an internal-use exemption',
        ],
      ],
      facts: { article: 'Art. 6(4)' },
    })
  }),
  family('withdraw-then-other-basis', (rng) => {
    const who = client(rng)
    const p = rng.pick(PEOPLE)
    return choose(rng, {
      stem: `${cap(who)} told ${p} it processed ${p}’s data on consent. ${p} withdraws consent, and the client now wants to carry on under legitimate interests instead. Under GDPR Art. 6 and 7(3), as the EDPB’s consent guidelines read them, what is the position?`,
      key: 'It cannot swap bases now; processing stops',
      wrong: [
        [
          'It may switch, as long as it records a legitimate-interests balancing test',
          'swaps the basis retroactively',
        ],
        ['It may continue to year end', 'invents a run-off period'],
        ['Withdrawal stops only marketing', 'limits withdrawal to marketing'],
        [
          'It may continue once the data has been pseudonymised by its IT team',
          'treats pseudonymised data as anonymous',
        ],
      ],
      facts: { article: 'Art. 6' },
    })
  }),
  family('legitimate-interests-test', (rng) => {
    const what = rng.pick([
      'network security logging',
      'CCTV in its stockroom',
      'a customer satisfaction survey',
    ])
    return choose(rng, {
      stem: `${cap(client(rng))} wants to rely on legitimate interests (GDPR Art. 6(1)(f)) for ${what}. What must its assessment show?`,
      key: 'A real purpose, necessity and a balance in its favour',
      wrong: [
        ['A real purpose alone, with no balancing', 'stops at the purpose test'],
        ['That customers ticked a box agreeing to it', 'treats consent as the only lawful basis'],
        ['That no law forbids the processing', 'reads legality alone as a legitimate interest'],
        [
          'That the supervisory authority has approved it in advance',
          'invents an authorisation step',
        ],
      ],
      facts: { article: 'Art. 6(1)' },
    })
  }),
  family('health-care-condition', (rng) => {
    const who = rng.pick(['a dental clinic', 'a physiotherapy practice', 'a GP surgery'])
    return choose(rng, {
      stem: `${cap(who)} keeps patients’ treatment notes to treat them, written by professionals bound by secrecy. Which GDPR Art. 9(2) condition fits?`,
      key: 'Provision of health care (9(2)(h))',
      wrong: [
        [
          'Explicit consent of each patient for every note',
          'treats consent as the only Art. 9 condition',
        ],
        ['Vital interests, as health is at stake', 'stretches vital interests to routine care'],
        [
          'Its own legitimate interests in good records',
          'confuses an Art. 6 basis with an Art. 9 condition',
        ],
        ['Made public by the patient', 'applies the made-public condition to a record'],
      ],
      facts: { article: 'Art. 9(2)' },
    })
  }),
]
