import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import { CONSENT_FAMILIES } from './consent-families.js'
import { type EmailFamily, eachWithThreeMistakes, ruled } from './email-family.js'

const CAN_SPAM =
  'Under the US CAN-SPAM Act (as the FTC’s Compliance Guide for Business explains it),'
const GUIDE =
  'CAN-SPAM Act, 15 U.S.C. 7701–7713; FTC, CAN-SPAM Act: A Compliance Guide for Business'

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const show = (d: Date) =>
  `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`
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
 * recipients, then the EU and UK consent rules (GDPR, the ePrivacy Directive's Article 13, PECR
 * regulation 22). Each stem names the law; each distractor a misreading of it.
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
    `${CAN_SPAM} does a client need a US recipient’s prior consent before sending commercial email to their ordinary email address (not a wireless carrier’s domain, for which the FCC’s rule under the Act requires it)?`,
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
  ...CONSENT_FAMILIES,
])
