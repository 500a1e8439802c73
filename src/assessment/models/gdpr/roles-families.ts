import { cap, choose, client, family, type GdprFamily, STATES } from './gdpr-text.js'

/**
 * Who is controller, processor or joint controller (Art. 4, 26, 28), what their contracts must
 * say, records of processing (Art. 30), the data protection officer (Art. 37–39), protection by
 * design (Art. 25) and the representative of a non-EU business (Art. 27). The named mistakes:
 * treating every supplier as a processor, the 250-employee rule as a blanket exemption, a DPO
 * for every business.
 */
export const ROLES_FAMILIES: readonly GdprFamily[] = [
  family('payroll-bureau-role', (rng) => {
    const who = client(rng)
    return choose(rng, {
      stem: `${cap(who)} hires a payroll bureau to run its staff payroll exactly as instructed, using the client’s staff data. Under GDPR Art. 4(7)–(8) and 28, what is the bureau?`,
      key: 'A processor acting for the client',
      wrong: [
        ['A joint controller with the client', 'takes working on data for deciding it jointly'],
        ['A controller in its own right', 'takes handling data for deciding its purposes'],
        ['A third party outside the GDPR', 'puts suppliers outside the Regulation'],
        ['The client’s data protection officer', 'confuses the processor with the DPO'],
      ],
      facts: { article: 'Art. 4(7)' },
    })
  }),
  family('accountant-own-purposes', (rng) => {
    const who = client(rng)
    return choose(rng, {
      stem: `${cap(who)} sends its books to an external accountant, who prepares the statutory accounts under professional rules and decides how to do so. The EDPB’s Guidelines 07/2020 and GDPR Art. 4(7) usually make the accountant what?`,
      key: 'A controller for that work, with its own duties',
      wrong: [
        ['A processor', 'treats every supplier handling data as a processor'],
        ['A joint controller', 'assumes any shared data makes joint controllers'],
        [
          'A sub-processor of the client’s bank, under the bank’s contract',
          'invents a processing chain',
        ],
        [
          'Outside the GDPR, since accountants owe professional secrecy',
          'takes professional secrecy as an exemption',
        ],
      ],
      facts: { article: 'Art. 4(7)' },
    })
  }),
  family('joint-controllers-arrangement', (rng) => {
    const a = rng.pick(['a yoga studio', 'a gym', 'a language school'])
    const b = rng.pick(['a sports-drink brand', 'a travel agency', 'a bookshop'])
    return choose(rng, {
      stem: `${cap(a)} and ${b} jointly decide to run a shared prize draw and jointly decide what data to collect and why. What does GDPR Art. 26 require of them?`,
      key: 'An arrangement setting out who does what',
      wrong: [
        [
          'An Art. 28 processor contract between the two of them',
          'treats joint controllers as controller and processor',
        ],
        ['Nothing', 'misses the arrangement duty'],
        [
          'The authority’s prior approval of the prize draw and its data',
          'invents an authorisation step',
        ],
        ['A shared DPO', 'confuses roles with the DPO'],
      ],
      facts: { article: 'Art. 26' },
    })
  }),
  family('joint-controllers-rights', (rng) => {
    return choose(rng, {
      stem: `Two joint controllers’ arrangement says only the first handles access requests. A customer sends one to the second. Under GDPR Art. 26(3), what is the position?`,
      key: 'Either controller must deal with it',
      wrong: [
        [
          'The second may refuse, citing the arrangement between them',
          'lets the arrangement bind the data subject',
        ],
        [
          'The request is void and must be resent to the first controller',
          'invents a misdirected-request rule',
        ],
        ['The authority forwards it', 'invents a referral'],
        ['It must go to both', 'invents a duty to send it to both'],
      ],
      facts: { article: 'Art. 26(3)' },
    })
  }),
  family('processor-contract-audits', (rng) => {
    const who = rng.pick([
      'a newsletter platform',
      'a cloud bookkeeping service',
      'a booking-system provider',
    ])
    return choose(rng, {
      stem: `A consultant reviews a contract between ${client(rng)} and ${who} acting as processor. Which clause does GDPR Art. 28(3)(h) require?`,
      key: 'Audits and information to show compliance',
      wrong: [
        [
          'Audits only by an auditor the processor picks',
          'lets the processor choose who audits it',
        ],
        ['The processor may use the data for its own analytics', 'lets the processor set purposes'],
        ['A cap on the processor’s fines', 'invents a fine cap by contract'],
        ['EU-only data storage', 'invents a localisation duty'],
      ],
      facts: { article: 'Art. 28(3)' },
    })
  }),
  family('processor-own-purposes', (rng) => {
    const who = rng.pick(['A freelance web developer', 'A mailing house', 'A survey tool provider'])
    return choose(rng, {
      stem: `${who}, engaged as a processor by ${client(rng)}, quietly uses the client’s customer list to market its own services. What does GDPR Art. 28(10) make it for that use?`,
      key: 'A controller for that use',
      wrong: [
        [
          'Still a processor, because the contract with the client says so',
          'lets the label override what it decides',
        ],
        [
          'A joint controller with the client for the marketing',
          'shares the client in the processor’s purpose',
        ],
        ['A sub-processor', 'confuses misuse with sub-processing'],
        ['Exempt, as a small firm', 'invents a size exemption'],
      ],
      facts: { article: 'Art. 28(10)' },
    })
  }),
  family('sub-processor-objection', (rng) => {
    const who = rng.pick(['a hosting company', 'a CRM provider', 'a helpdesk platform'])
    return choose(rng, {
      stem: `${cap(client(rng))} gave ${who} general written authorisation to use sub-processors. The provider adds a new one. Under GDPR Art. 28(2), what must it do?`,
      key: 'Tell the client first, so it can object',
      wrong: [
        [
          'Nothing: general authorisation covers every new one silently',
          'reads general authorisation as blanket consent',
        ],
        ['Seek the authority’s approval', 'invents an authorisation step'],
        ['Sign contracts with customers', 'invents a contract with subjects'],
        [
          'Tell the client within a year of adding the new sub-processor',
          'replaces prior notice with later notice',
        ],
      ],
      facts: { article: 'Art. 28(2)' },
    })
  }),
  family('sub-processor-flow-down', (rng) => {
    return choose(rng, {
      stem: `A processor for ${client(rng)} engages a sub-processor. Under GDPR Art. 28(4), what terms must bind the sub-processor?`,
      key: 'The same duties as the main contract',
      wrong: [
        ['None: only the main processor is bound by anything', 'misses the flow-down duty'],
        [
          'Only a confidentiality clause and nothing about security or deletion',
          'narrows the flow-down to secrecy',
        ],
        ['Its own terms', 'lets the sub-processor set terms'],
        ['A deal with customers', 'invents a contract with subjects'],
      ],
      facts: { article: 'Art. 28(4)' },
    })
  }),
  family('records-small-firm-regular', (rng) => {
    const staff = rng.int(4, 60)
    const what = rng.pick(['its payroll', 'its customer database', 'its staff rota and HR files'])
    return choose(rng, {
      stem: `${cap(client(rng))} has ${staff} employees and processes ${what} every month. Must it keep records of processing under GDPR Art. 30, given the under-250 exemption in Art. 30(5)?`,
      key: 'Yes: regular processing is not exempt',
      wrong: [
        [
          'No: under 250 staff means no records of any kind at all',
          'reads Art. 30(5) as a blanket exemption',
        ],
        ['No, unless a data breach has happened at the business', 'ties records to breaches'],
        ['Yes, from 50 staff', 'invents a lower threshold'],
        ['No: only processors', 'puts the duty on processors alone'],
      ],
      facts: { article: 'Art. 30(5)', staff },
    })
  }),
  family('records-processor-content', (rng) => {
    return choose(rng, {
      stem: `A freelance bookkeeper processes data for ${rng.int(3, 12)} clients as their processor. What must the bookkeeper’s own GDPR Art. 30(2) record list?`,
      key: 'Each controller, the processing, transfers, security',
      wrong: [
        [
          'Nothing: processors keep no records, only their controllers do',
          'puts the duty on controllers alone',
        ],
        [
          'Every data subject by name, with their contact details and data',
          'confuses a record with the data itself',
        ],
        ['The purposes it chose', 'lets the processor set purposes'],
        ['Its fees', 'confuses commercial with statutory terms'],
      ],
      facts: { article: 'Art. 30(2)' },
    })
  }),
  family('records-on-request', (rng) => {
    return choose(rng, {
      stem: `The supervisory authority asks ${client(rng)} for its records of processing. Under GDPR Art. 30(4), what must the client do?`,
      key: 'Make them available on request',
      wrong: [
        [
          'Refuse: records are internal documents for the client’s own use',
          'treats records as confidential',
        ],
        ['Send them only when shown a court order requiring it', 'invents a judicial step'],
        ['Publish them', 'confuses records with a notice'],
        ['Wait for its DPO', 'makes the DPO a gatekeeper'],
      ],
      facts: { article: 'Art. 30(4)' },
    })
  }),
  family('dpo-needed', (rng) => {
    const ok = rng.pick([
      'a clinic chain handling patient records at scale',
      'an app built on large-scale location tracking',
      'a municipal council, as a public authority',
    ])
    return choose(rng, {
      stem: `Leaving aside any national law that requires more (Art. 37(4)), which of these must designate a data protection officer under GDPR Art. 37(1)?`,
      key: cap(ok),
      wrong: [
        ['A bakery with 30 staff', 'makes any business with data appoint a DPO'],
        [
          'A freelance designer with a list of past clients and their emails',
          'makes any business with data appoint a DPO',
        ],
        [
          'An online shop with 260 employees and no monitoring of anyone',
          'confuses the DPO test with the 250-employee rule',
        ],
        ['A single-doctor practice with patient records', 'misses the large-scale condition'],
      ],
      facts: { article: 'Art. 37(1)' },
    })
  }),
  family('dpo-independence', (rng) => {
    return choose(rng, {
      stem: `${cap(client(rng))} wants its head of marketing, who decides how customer data is used, also to be its DPO. What do GDPR Art. 38(3) and (6) say?`,
      key: 'Not here: the roles conflict',
      wrong: [
        [
          'Fine: any senior manager may be the DPO, whatever else they decide',
          'ignores the conflict of interests',
        ],
        [
          'Fine, as long as the DPO reports to the marketing team',
          'ignores reporting to top management',
        ],
        ['Only if the DPO is a lawyer', 'invents a qualification rule'],
        ['Fine, once the DPO has taken a GDPR course', 'takes training for independence'],
        ['Only an outside firm', 'rules out an internal DPO'],
      ],
      facts: { article: 'Art. 38(3)' },
    })
  }),
  family('by-default-settings', (rng) => {
    const app = rng.pick(['a fitness app', 'a social reading app', 'a running club app'])
    return choose(rng, {
      stem: `${cap(app)} makes every new user’s profile public by default. What does GDPR Art. 25(2) require?`,
      key: 'Profiles must not be public by default',
      wrong: [
        [
          'Nothing, as long as users can change the setting themselves',
          'leaves protection to the user',
        ],
        [
          'A warning banner about public profiles shown at sign-up',
          'replaces default settings with a notice',
        ],
        ['Consent in the terms', 'accepts consent buried in terms'],
        ['Adults only', 'invents an age rule'],
      ],
      facts: { article: 'Art. 25(2)' },
    })
  }),
  family('eu-representative', (rng) => {
    const where = rng.pick(['Canada', 'Australia', 'India', 'Brazil'])
    const state = rng.pick(STATES)
    return choose(rng, {
      stem: `A web shop in ${where} with no EU establishment regularly sells to customers in ${state}. What does GDPR Art. 27 usually require of it?`,
      key: 'A representative there, named in writing',
      wrong: [
        ['Nothing: only EU firms are bound', 'ignores the targeting rule of Art. 3(2)'],
        [
          'An EU subsidiary, registered in each country of sale',
          'confuses a representative with an establishment',
        ],
        ['Servers moved into the EU', 'ties compliance to storage location'],
        ['A DPO based in the EU', 'confuses the representative with the DPO'],
        ['Nothing until a complaint arrives', 'waits for enforcement before complying'],
      ],
      facts: { article: 'Art. 27' },
    })
  }),
  family('processor-passes-request', (rng) => {
    const who = rng.pick(['an email platform', 'a payroll bureau', 'a booking-system provider'])
    return choose(rng, {
      stem: `A customer of ${client(rng)} sends an access request straight to ${who} that processes the client’s data as its processor. Under GDPR Art. 28(3)(e), what should the provider do?`,
      key: 'Pass it to the client and help it answer',
      wrong: [
        ['Answer it itself, as it holds the data', 'takes on the controller’s duty'],
        ['Ignore it: processors have no duties to people', 'misses the duty to assist'],
        ['Tell the customer to complain to the authority', 'invents a referral'],
        ['Delete the customer’s data to be safe', 'confuses access with erasure'],
      ],
      facts: { article: 'Art. 28(3)' },
    })
  }),
  family('records-controller-content', (rng) => {
    return choose(rng, {
      stem: `A consultant drafts ${client(rng)}’s record of processing as a controller. Which entry does GDPR Art. 30(1) require, where possible?`,
      key: 'Time limits for erasing each data category',
      wrong: [
        ['Each customer’s name and address', 'confuses a record with the data itself'],
        [
          'The name of every staff user and password policy in full',
          'confuses the record with a security manual',
        ],
        ['Copies of every privacy notice sent', 'confuses the record with notices'],
        ['Time limits for answering each request', 'confuses the record with a request log'],
      ],
      facts: { article: 'Art. 30(1)' },
    })
  }),
]
