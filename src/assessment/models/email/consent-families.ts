import { type EmailFamily, ruled } from './email-family.js'

const GDPR = 'Under the EU General Data Protection Regulation (GDPR),'
const EPRIVACY = 'Under Article 13 of the EU ePrivacy Directive (2002/58/EC),'
const PECR =
  'Under regulation 22 of the UK Privacy and Electronic Communications Regulations 2003 (PECR),'

/**
 * Consent for marketing email in the EU and UK: the GDPR's conditions for consent and the right
 * to object, the ePrivacy Directive's Article 13 (consent, the soft opt-in, the sender's
 * identity) and PECR regulation 22. Each stem names the instrument.
 */
export const CONSENT_FAMILIES: readonly EmailFamily[] = [
  ruled(
    'gdpr-pre-ticked-box',
    'GDPR Art. 4(11) and Recital 32 (silence, pre-ticked boxes or inactivity are not consent)',
    `${GDPR} a sign-up form has a box, ticked in advance, saying “Send me offers”. Is the newsletter consent valid for those who leave it ticked?`,
    'No: leaving a box ticked is not consent',
    [
      ['Yes, since they could have unticked it before submitting', 'reads inactivity as consent'],
      [
        'Yes, if the privacy policy mentions the offers',
        'lets a notice replace the affirmative act',
      ],
      ['Yes, for 12 months from the sign-up', 'invents a time-limited consent'],
      ['Only for recipients aged 16 or over', 'mixes in the child-consent age'],
    ],
  ),
  ruled(
    'gdpr-demonstrate-consent',
    'GDPR Art. 7(1) (the controller shall be able to demonstrate consent)',
    `${GDPR} a subscriber denies ever agreeing to a client’s newsletter. Who must be able to show that they consented?`,
    'The client, as the controller relying on consent',
    [
      ['The subscriber, who must prove they never agreed', 'reverses the burden'],
      ['The supervisory authority, after an inspection', 'hands the duty to the regulator'],
      [
        'Nobody, once the subscriber has been on the list for 2 years',
        'invents a lapse of the duty',
      ],
      ['The email service provider that hosts the list', 'takes the processor for the controller'],
    ],
  ),
  ruled(
    'gdpr-withdraw-as-easy',
    'GDPR Art. 7(3) (withdrawing consent shall be as easy as giving it)',
    `${GDPR} subscribers joined with one tick box. Which way of withdrawing consent meets Article 7(3)?`,
    'A one-click unsubscribe link',
    [
      ['A signed letter to the client’s office', 'makes withdrawing harder than giving consent'],
      [
        'An email to support, answered within 30 days',
        'confuses withdrawal with a data subject request',
      ],
      ['No withdrawal until the end of the subscription year', 'invents a lock-in period'],
      [
        'A login to an account created only for unsubscribing',
        'adds steps giving consent never needed',
      ],
    ],
  ),
  ruled(
    'gdpr-consent-bundled',
    'GDPR Art. 7(2) and 7(4) (a consent request distinguishable from other matters; consent not a condition of an unrelated service)',
    `${GDPR} a checkout says “By buying you accept our terms and agree to marketing emails”. What is the marketing consent?`,
    'Invalid: bundled with the terms',
    [
      [
        'Valid, since buying is a clear affirmative act',
        'takes the purchase for consent to marketing',
      ],
      [
        'Valid, if the terms are linked from the checkout',
        'lets linked terms replace a separate request',
      ],
      ['Valid for customers, invalid for guests', 'invents a split by account type'],
      ['Valid, since consent need not be specific', 'drops the specific-consent condition'],
    ],
  ),
  ruled(
    'gdpr-object-to-direct-marketing',
    'GDPR Art. 21(2)–(3) (the right to object to direct marketing; processing for it shall stop)',
    `${GDPR} a customer whose data a client uses for direct marketing on the basis of legitimate interests objects. What must happen?`,
    'The data must no longer be processed for direct marketing',
    [
      [
        'The client may weigh its interests against the objection first',
        'applies the general balancing test to marketing',
      ],
      ['Marketing may continue until the next consent renewal', 'invents a renewal cycle'],
      [
        'The customer’s whole account must be deleted',
        'confuses objection with erasure of all data',
      ],
      ['Only email stops; post may go on', 'splits the objection by channel'],
    ],
  ),
  ruled(
    'eprivacy-soft-opt-in',
    'ePrivacy Directive 2002/58/EC, Art. 13(2) (existing customers, own similar products, chance to object)',
    `${EPRIVACY} which contacts may a client email about its products without their prior consent?`,
    'Own customers from a sale, about similar own products, opt-out offered',
    [
      ['Anyone whose address is published on a public website', 'takes publication for consent'],
      ['Its customers, about any partner’s products', 'extends the exception to others’ products'],
      [
        'Visitors who browsed the site or read its blog, about any product it sells',
        'drops the sale requirement',
      ],
      [
        'Contacts on a list rented from a broker whose members agreed to receive offers',
        'extends the exception to third-party lists',
      ],
    ],
  ),
  ruled(
    'eprivacy-concealed-sender',
    'ePrivacy Directive 2002/58/EC, Art. 13(4) (no disguised sender; a valid address for opt-out requests)',
    `${EPRIVACY} what is prohibited in a direct-marketing email?`,
    'Disguising or concealing the sender’s identity',
    [
      ['Sending it to business addresses', 'reads a ban on B2B email into the Article'],
      [
        'Sending from an email service provider’s servers',
        'takes a provider for a concealed sender',
      ],
      ['Including images or tracking links', 'confuses Article 13 with the cookie rule'],
      ['Sending more than one message a week to a subscriber', 'invents a frequency cap'],
    ],
  ),
  ruled(
    'pecr-individual-subscribers',
    'PECR 2003, reg. 22(1)–(2) (applies to individual subscribers, sole traders and some partnerships included)',
    `${PECR} to which recipients does the consent rule for marketing email apply?`,
    'Individual subscribers, sole traders included',
    [
      ['Every recipient, companies included', 'extends regulation 22 to corporate subscribers'],
      ['Only recipients who are UK citizens living in the UK', 'invents a nationality test'],
      [
        'Only consumers with a personal address such as gmail.com',
        'judges the recipient by its mailbox domain',
      ],
      ['Only recipients under 18', 'mixes in a child-protection rule'],
    ],
  ),
  ruled(
    'pecr-soft-opt-in-source',
    'PECR 2003, reg. 22(3) (details obtained in the course of a sale or negotiations for a sale)',
    `${PECR} may a client rely on the soft opt-in for people who gave their address to download a free guide, without buying or asking about buying anything?`,
    'No: the address must come from a sale or negotiations for a sale',
    [
      ['Yes, since the download was the client’s own service', 'treats any sign-up as a sale'],
      ['Yes, if the guide mentions the products', 'stretches negotiations to marketing content'],
      ['Yes, for the first three emails only', 'invents a message allowance'],
      [
        'Yes, once the client has confirmed the address with a confirmation email',
        'takes address confirmation for consent',
      ],
    ],
  ),
  ruled(
    'pecr-consent-to-the-sender',
    'PECR 2003, reg. 22(2) (consent to communications sent by, or at the instigation of, the sender)',
    `${PECR} a client buys a list of individuals who “agreed to hear from selected partners”. May it email them?`,
    'No: they never consented to the client itself',
    [
      [
        'Yes, since the broker collected their consent for partners',
        'takes consent to partners for consent to the sender',
      ],
      ['Yes, under the soft opt-in', 'applies the soft opt-in to non-customers'],
      [
        'Yes, if the first email offers a clear unsubscribe link',
        'lets an opt-out replace prior consent',
      ],
      ['Yes, if the list was bought from a UK broker', 'invents a UK-source exemption'],
    ],
  ),
]
