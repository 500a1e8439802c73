import type { Rng } from '../../rng.js'
import { type EmailFamily, eachWithThreeMistakes, ruled } from './email-family.js'

const CAN_SPAM =
  'Under the US CAN-SPAM Act (as the FTC’s Compliance Guide for Business explains it),'
const GUIDE =
  'CAN-SPAM Act, 15 U.S.C. 7701–7713; FTC, CAN-SPAM Act: A Compliance Guide for Business'
const GDPR = 'Under the EU General Data Protection Regulation (GDPR),'
const EPRIVACY = 'Under Article 13 of the EU ePrivacy Directive (2002/58/EC),'
const PECR =
  'Under regulation 22 of the UK Privacy and Electronic Communications Regulations 2003 (PECR),'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const show = (d: Date) =>
  `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)
/** The day `n` weekdays after `d` (weekends skipped; the stem sets public holidays aside). */
const plusWeekdays = (d: Date, n: number) => {
  let at = d
  for (let left = n; left > 0; ) {
    at = plusDays(at, 1)
    if (at.getUTCDay() !== 0 && at.getUTCDay() !== 6) left--
  }
  return at
}

/**
 * Commercial email law as a freelance email marketer applies it for clients: CAN-SPAM for US
 * recipients, GDPR consent and the ePrivacy Directive's Article 13 in the EU, PECR regulation 22
 * in the UK. Each stem names the law; each distractor a misreading of it.
 */
export const COMPLIANCE_FAMILIES: readonly EmailFamily[] = eachWithThreeMistakes([
  {
    id: 'can-spam-opt-out-deadline',
    source: `${GUIDE} (honor opt-out requests within 10 business days); computed from the drawn date`,
    draw: (rng: Rng) => {
      // A weekday in 2026, so the request date itself is a business day.
      let asked = plusDays(new Date(Date.UTC(2026, 0, 1)), rng.int(0, 330))
      while (asked.getUTCDay() === 0 || asked.getUTCDay() === 6) asked = plusDays(asked, 1)
      return {
        stem: `${CAN_SPAM} a recipient opts out of a client’s promotional emails on ${show(asked)}. Setting public holidays aside, by when at the latest must the client stop sending them commercial email?`,
        key: show(plusWeekdays(asked, 10)),
        wrong: [
          [show(plusDays(asked, 10)), 'counts calendar days, not business days'],
          [show(plusDays(asked, 30)), 'takes the 30 days the opt-out link must keep working'],
          [show(plusDays(asked, 2)), 'applies a mailbox provider’s two-day expectation as the law'],
          [show(plusWeekdays(asked, 5)), 'halves the period to five business days'],
        ],
        figures: { asked: asked.toISOString().slice(0, 10) },
      }
    },
  },
  ruled(
    'can-spam-postal-address',
    `${GUIDE} (tell recipients where you’re located)`,
    `${CAN_SPAM} which sender location must a client’s commercial email show?`,
    'A valid physical postal address',
    [
      ['The web address of the client’s site', 'takes a website for a postal location'],
      ['A customer-service phone number', 'takes a phone number for a postal location'],
      [
        'None, if every subscriber opted in before they were sent anything',
        'invents an opt-in exemption',
      ],
      [
        'The postal address of the email service provider that sent it, not the client’s',
        'names the sending platform instead of the sender',
      ],
    ],
  ),
  ruled(
    'can-spam-misleading-header',
    `${GUIDE} (don’t use false or misleading header information)`,
    `${CAN_SPAM} which From line breaks the header rule for a client’s promotional email?`,
    'A From name of a well-known bank that has no part in the offer',
    [
      [
        'The client’s brand name with an address at the client’s own domain',
        'reads an accurate From line as misleading',
      ],
      [
        'A named employee of the client, such as “Ana at Northwind”',
        'reads a real sender’s name as misleading',
      ],
      [
        'The client’s name, sent through an email service provider’s servers',
        'reads sending through a provider as false routing',
      ],
      [
        'A no-reply address at the client’s own domain',
        'reads a no-reply address as false header information',
      ],
    ],
  ),
  ruled(
    'can-spam-deceptive-subject',
    `${GUIDE} (don’t use deceptive subject lines)`,
    `${CAN_SPAM} a client wants the subject “Re: your order” on a promotion sent to people who never ordered. What is it?`,
    'Deceptive: the subject misleads about what the message is',
    [
      [
        'Allowed, since the Act regulates only the body of the message',
        'leaves subject lines out of the Act',
      ],
      [
        'Allowed, once the body says that the message is an advertisement',
        'lets a body disclosure cure a deceptive subject',
      ],
      ['Allowed for a list of fewer than 5,000 recipients', 'invents a small-sender exemption'],
      ['Allowed if the recipients opted in', 'lets consent excuse deception'],
    ],
  ),
  ruled(
    'can-spam-identify-as-ad',
    `${GUIDE} (identify the message as an ad)`,
    `${CAN_SPAM} how must a commercial email say that it is an advertisement?`,
    'Clearly and conspicuously, in a way the sender may choose',
    [
      ['With “ADV” at the start of every subject line', 'invents a mandatory subject label'],
      [
        'It need not, if the recipient is an existing customer',
        'invents an existing-customer exemption',
      ],
      [
        'In a footer paragraph set in type no larger than the legal text',
        'takes small print for a conspicuous notice',
      ],
      [
        'With the word “Advertisement” as the sender name',
        'turns the disclosure into a false From line',
      ],
    ],
  ),
  ruled(
    'can-spam-opt-out-keeps-working',
    `${GUIDE} (tell recipients how to opt out; honor opt-out requests promptly)`,
    `${CAN_SPAM} for how long after a campaign is sent must its opt-out mechanism be able to process requests?`,
    'At least 30 days',
    [
      ['At least 10 business days', 'confuses it with the deadline for honoring a request'],
      ['Until the next campaign goes out', 'ties the mechanism to the sending schedule'],
      ['At least 48 hours after the send', 'applies a mailbox provider’s timing as the law'],
      ['At least one full year', 'invents a longer period'],
    ],
  ),
  ruled(
    'can-spam-opt-out-steps',
    `${GUIDE} (honor opt-out requests promptly: no fee, no information beyond the email address, no step beyond a reply or one web page)`,
    `${CAN_SPAM} which unsubscribe process may a client use?`,
    'One web page confirming the address to remove',
    [
      [
        'A login to the recipient’s account, then a preferences page',
        'requires steps beyond one web page',
      ],
      [
        'A form asking for name, postal address and the reason for leaving',
        'asks for more than the email address',
      ],
      ['A small processing fee paid by card', 'charges for opting out'],
      [
        'A phone call to the client’s office during business hours',
        'replaces the email or web request with a call',
      ],
    ],
  ),
  ruled(
    'can-spam-no-transfer-after-opt-out',
    `${GUIDE} (honor opt-out requests promptly: no selling or transferring the addresses)`,
    `${CAN_SPAM} may a client sell or transfer the addresses of people who opted out?`,
    'No, except to a company hired to help it comply',
    [
      ['Yes, once the 10 business days have passed', 'reads the deadline as the end of the duty'],
      [
        'Yes, to a partner company whose products are similar',
        'invents a similar-products exemption',
      ],
      ['Yes, if the buyer agrees to honour the opt-out itself', 'passes the duty to the buyer'],
      ['Yes, as part of a mailing list sold whole', 'lets a list sale carry opted-out addresses'],
    ],
  ),
  ruled(
    'can-spam-b2b',
    `${GUIDE} (the law makes no exception for business-to-business email)`,
    `${CAN_SPAM} does the Act apply to a client’s promotional email sent to business addresses?`,
    'Yes: it has no business-to-business exception',
    [
      ['No: it covers consumers only', 'invents a consumer-only scope'],
      ['Only when the business has fewer than 50 staff', 'invents a company-size test'],
      [
        'No, if the address is generic, such as sales@ or info@',
        'invents a role-address exemption',
      ],
      [
        'Only for email sent to a personal address at the business',
        'invents a personal-address test',
      ],
    ],
  ),
  ruled(
    'can-spam-transactional',
    `${GUIDE} (transactional or relationship messages: exempt from most provisions, not from the header rule)`,
    `${CAN_SPAM} which rule still applies to a pure order confirmation (a transactional message)?`,
    'No false or misleading routing information',
    [
      [
        'It must include a working opt-out link in the footer',
        'extends the opt-out rule to transactional mail',
      ],
      ['It must be identified as an advertisement', 'treats a transactional message as commercial'],
      [
        'It needs the recipient’s prior consent to be sent at all',
        'invents a consent rule the Act does not have',
      ],
      [
        'It must show the sender’s postal address',
        'extends the address rule to transactional mail',
      ],
    ],
  ),
  ruled(
    'can-spam-primary-purpose',
    `${GUIDE} (messages with both kinds of content: the primary purpose decides)`,
    `${CAN_SPAM} an order confirmation opens with three paragraphs of promotion and gives the order details only at the end. How is it treated?`,
    'Commercial: the transactional part does not come first',
    [
      ['As transactional, since it confirms an order', 'ignores the primary purpose test'],
      [
        'As exempt, since the recipient bought from the client',
        'invents an existing-customer exemption',
      ],
      [
        'As transactional, unless its subject line mentions a sale or discount',
        'tests the subject line alone',
      ],
      ['As half of each, with half of the rules applying', 'invents a split treatment'],
    ],
  ),
  ruled(
    'can-spam-who-is-liable',
    `${GUIDE} (monitor what others are doing on your behalf)`,
    `${CAN_SPAM} a freelancer sends a client’s promotion that breaks the Act. Who may be held legally responsible?`,
    'The client and the sender, each of them',
    [
      ['Only the freelancer who pressed send', 'lets the client shift liability to its contractor'],
      ['Only the client, since the freelancer followed instructions', 'exempts the sender'],
      ['Only the email service provider whose servers carried it', 'blames the platform'],
      ['No one, if the list was bought from a broker', 'invents a bought-list exemption'],
    ],
  ),
  ruled(
    'can-spam-no-prior-consent',
    `${GUIDE} (the Act’s requirements: honest headers and subjects, identification, address, opt-out)`,
    `${CAN_SPAM} does a client need a US recipient’s prior consent before sending them commercial email?`,
    'No: it requires a working opt-out instead',
    [
      [
        'Yes: express prior consent for every commercial email',
        'applies the EU consent rule to US law',
      ],
      ['Yes: a confirmed double opt-in', 'takes a good practice for a legal requirement'],
      ['Only for recipients in California', 'invents a state-level consent rule under the Act'],
      ['No, and no opt-out is needed for the first message', 'drops the opt-out requirement'],
    ],
  ),
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
])
