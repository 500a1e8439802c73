import type { Rng } from '../../rng.js'
import { type EmailFamily, eachWithThreeMistakes, ruled } from './email-family.js'

const GMAIL =
  'Under Gmail’s email sender guidelines (bulk-sender requirements in force since February 2024),'
const GMAIL_SRC =
  'Google, Email sender guidelines (requirements for sending more than 5,000 messages a day, from February 2024)'
const YAHOO = 'Under Yahoo’s sender requirements for bulk senders (from February 2024),'
const YAHOO_SRC = 'Yahoo, Sender Best Practices (bulk-sender requirements, from February 2024)'
const RFC8058 = 'Under RFC 8058 (one-click unsubscribe),'
const SMTP = 'Under SMTP (RFC 5321) and its enhanced status codes (RFC 3463),'

/**
 * Getting a client’s campaigns delivered: the bulk-sender rules Gmail and Yahoo enforce from
 * February 2024, one-click unsubscribe as RFC 8058 specifies it, bounces read from SMTP reply
 * and enhanced status codes, and warming a new IP or domain. Each stem names the rule it is read
 * from; computed families derive their key from the drawn figures.
 */
export const DELIVERABILITY_FAMILIES: readonly EmailFamily[] = eachWithThreeMistakes([
  ruled(
    'gmail-bulk-threshold',
    `${GMAIL_SRC}: a bulk sender sends close to 5,000 or more messages to personal Gmail accounts within 24 hours`,
    `${GMAIL} what volume makes a client a bulk sender?`,
    'About 5,000 or more a day to personal Gmail accounts',
    [
      [
        'More than 5,000 subscribers on the client’s list, wherever they are',
        'counts list size instead of daily volume to Gmail',
      ],
      ['More than 50,000 messages a month to any provider', 'invents a monthly threshold'],
      [
        'Any volume, once the client uses an email service provider',
        'ties the status to the platform',
      ],
      ['500 messages an hour to Gmail or Google Workspace', 'invents an hourly threshold'],
    ],
  ),
  ruled(
    'gmail-spam-rate-ceiling',
    `${GMAIL_SRC}: keep the spam rate reported in Postmaster Tools below 0.1 % and never let it reach 0.3 %`,
    `${GMAIL} what spam rate, as Postmaster Tools reports it, is the ceiling a bulk sender must never reach (not the lower rate Google asks it to stay under)?`,
    '0.3 %',
    [
      ['3 %', 'takes a tenfold ceiling'],
      ['2 %', 'confuses the spam rate with a bounce-rate rule of thumb'],
      ['0.03 %', 'reads the ceiling ten times stricter'],
      ['5 %', 'confuses the spam rate with an unsubscribe-rate benchmark'],
      ['0.1 %', 'takes the lower rate Google asks senders to stay under for the ceiling'],
    ],
  ),
  ruled(
    'gmail-dmarc-minimum',
    `${GMAIL_SRC}: bulk senders publish a DMARC record, whose policy may be none`,
    `${GMAIL} what DMARC policy must a bulk sender’s domain publish at minimum?`,
    'A DMARC record, even at p=none',
    [
      [
        'Enforcement: p=reject on every sending domain',
        'takes the strictest policy for the minimum',
      ],
      ['None, as long as SPF and DKIM both pass', 'thinks SPF and DKIM replace DMARC'],
      ['p=quarantine with pct=100', 'takes a recommended policy for the minimum'],
      ['Records only for the subdomains that send mail', 'moves the requirement to subdomains'],
    ],
  ),
  ruled(
    'gmail-from-alignment',
    `${GMAIL_SRC}: the From domain must align with the SPF or the DKIM domain`,
    `${GMAIL} how must a bulk sender’s From domain relate to its authentication?`,
    'It must align with the domain of SPF or of DKIM',
    [
      [
        'It must align with both the SPF and the DKIM domains',
        'requires both where either suffices',
      ],
      ['It must be a Gmail address', 'confuses alignment with the mailbox provider'],
      [
        'It must match the reverse DNS name of the sending IP',
        'confuses alignment with PTR records',
      ],
      [
        'It need not relate, as long as DKIM verifies for the sending provider',
        'drops alignment altogether',
      ],
    ],
  ),
  ruled(
    'gmail-both-spf-and-dkim',
    `${GMAIL_SRC}: all senders set up SPF or DKIM; bulk senders set up SPF and DKIM`,
    `${GMAIL} which authentication must a bulk sender set up for its sending domain?`,
    'SPF and DKIM, with a DMARC record',
    [
      ['SPF or DKIM, with no DMARC record', 'applies the rule for all senders to bulk senders'],
      ['DKIM only, since SPF breaks on forwarding', 'drops SPF for a known weakness'],
      ['A DMARC record only', 'forgets DMARC needs SPF or DKIM beneath it'],
      ['SPF, DKIM and a BIMI logo', 'adds an optional brand indicator as a requirement'],
    ],
  ),
  ruled(
    'gmail-ptr-records',
    `${GMAIL_SRC}: sending domains or IPs have valid forward and reverse DNS (PTR) records`,
    `${GMAIL} what must hold for a client’s dedicated sending IP address?`,
    'A PTR record that resolves back to it',
    [
      ['It appears in the client’s DMARC record', 'puts an address where the policy lives'],
      ['It is the same address as the client’s website', 'mixes the web host into sending'],
      [
        'It is listed in an MX record of the From domain',
        'confuses sending with receiving servers',
      ],
      ['It has sent to Gmail for at least 30 days first', 'invents a probation period'],
    ],
  ),
  ruled(
    'gmail-one-click-scope',
    `${GMAIL_SRC}: marketing and subscribed messages support one-click unsubscribe and show a clearly visible unsubscribe link`,
    `${GMAIL} which of a bulk sender’s messages must support one-click unsubscribe?`,
    'Marketing and subscribed messages',
    [
      ['Every message, password resets included', 'extends it to transactional mail'],
      [
        'Only messages sent to more than 5,000 people at once',
        'confuses the bulk threshold with the message scope',
      ],
      ['Only messages to recipients who complained before', 'ties it to past complaints'],
      ['None, if the body has an unsubscribe link', 'thinks a body link replaces the header'],
    ],
  ),
  ruled(
    'bulk-unsubscribe-two-days',
    `${YAHOO_SRC}: honor unsubscribes within 2 days; ${GMAIL_SRC}, likewise`,
    `${YAHOO} within how long must a client honour an unsubscribe request?`,
    '2 days',
    [
      ['10 business days', 'applies the CAN-SPAM deadline as the provider rule'],
      ['30 days', 'takes the time the opt-out link must keep working'],
      ['1 month, as for a GDPR request', 'confuses it with a data subject request'],
      ['By the next scheduled campaign', 'ties it to the sending calendar'],
    ],
  ),
  ruled(
    'rfc8058-headers',
    'RFC 8058, 3.1 (List-Unsubscribe holds one HTTPS URI; List-Unsubscribe-Post holds List-Unsubscribe=One-Click)',
    `${RFC8058} which header pair does a client’s campaign carry?`,
    'List-Unsubscribe: <https://u.example/x7Q2> and List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    [
      ['List-Unsubscribe: <mailto:leave@northwind.example> alone', 'offers only a mailto URI'],
      [
        'List-Unsubscribe: <https://u.example/x7Q2> and List-Unsubscribe-Post: One-Click',
        'drops the key of the key/value pair',
      ],
      ['Unsubscribe: <https://u.example/x7Q2>', 'invents a header name'],
      ['List-Unsubscribe-Post: <https://u.example/x7Q2>', 'puts the URI in the Post header'],
      [
        'List-Unsubscribe: <mailto:leave@u.example> and List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        'pairs the one-click header with only a mailto URI',
      ],
    ],
  ),
  ruled(
    'rfc8058-no-redirect',
    'RFC 8058, 3 (the sender must not return an HTTPS redirect to the POST)',
    `${RFC8058} how must the client’s unsubscribe endpoint answer the one-click POST?`,
    'Unsubscribe the recipient and answer directly, with no redirect',
    [
      [
        'With a redirect to a preference page for the recipient to confirm',
        'redirects a POST, which clients handle unreliably',
      ],
      ['With a login page, to verify the recipient', 'adds a step one-click forbids'],
      ['By sending a confirmation email that must be clicked', 'adds a second step'],
      ['By queuing the request until the recipient visits the site', 'delays the removal'],
    ],
  ),
  ruled(
    'rfc8058-dkim-covers-headers',
    'RFC 8058, 4 (a valid DKIM signature must cover List-Unsubscribe and List-Unsubscribe-Post)',
    `${RFC8058} what must the message’s DKIM signature cover for the one-click header to be honoured?`,
    'List-Unsubscribe and List-Unsubscribe-Post',
    [
      [
        'Only the From and Subject header fields, as usual',
        'leaves the unsubscribe headers unsigned',
      ],
      ['Nothing: SPF authorises the headers', 'confuses SPF with a signature over headers'],
      ['The unsubscribe page’s TLS certificate', 'confuses message signing with web security'],
      [
        'Only List-Unsubscribe, since the Post header is fixed text',
        'leaves one of the two headers unsigned',
      ],
    ],
  ),
  ruled(
    'rfc8058-opaque-token',
    'RFC 8058, 3 (the POST carries no cookies or authorization; the URI should hold a hard-to-forge identifier)',
    `${RFC8058} the receiver’s POST carries no cookies or login. How does the endpoint know whom to remove?`,
    'From a hard-to-forge token in the URI itself',
    [
      ['From the recipient’s session cookie', 'expects cookies the POST does not send'],
      ['From the recipient’s email address, asked on a web form', 'adds a form step'],
      [
        'From the IP address the request comes from',
        'reads the mailbox provider’s server as the recipient',
      ],
      ['From a plain recipient number in the URI, such as ?id=1042', 'uses a guessable identifier'],
    ],
  ),
  ruled(
    'bounce-permanent-5xx',
    'RFC 5321, 4.2.1 (5yz: permanent negative completion) and RFC 3463, 3.2 (X.1.1 bad destination mailbox address)',
    `${SMTP} a send gets “550 5.1.1 The email account that you tried to reach does not exist”. What should the client’s list do with the address?`,
    'Suppress it at once: it is a permanent failure (a hard bounce)',
    [
      ['Retry it for 72 hours, then keep it on the list', 'reads a 5yz code as transient'],
      [
        'Keep it and resend next campaign, since the mailbox may be full',
        'confuses 5.1.1 with a full mailbox',
      ],
      ['Mark it as a spam complaint', 'confuses a bounce with a complaint'],
      ['Move it to a less frequent segment', 'treats a dead address as a disengaged one'],
    ],
  ),
  ruled(
    'bounce-transient-4xx',
    'RFC 5321, 4.2.1 (4yz: transient negative completion) and RFC 3463, 3.3 (X.2.2 mailbox full)',
    `${SMTP} a send gets “452 4.2.2 Mailbox full”. How is it classed?`,
    'A soft bounce: retry, suppress only if it persists',
    [
      ['A hard bounce: suppress the address before the next send', 'reads every bounce as hard'],
      ['A delivery, since the server answered', 'reads any reply as success'],
      [
        'A block of the client’s whole sending domain by the provider',
        'reads a mailbox condition as a domain block',
      ],
      ['A spam complaint by the recipient', 'confuses a bounce with a complaint'],
    ],
  ),
  ruled(
    'bounce-policy-block',
    'RFC 3463, 3.8 (X.7.1: delivery not authorized, message refused) and RFC 5321, 4.2.1',
    `${SMTP} many sends to one provider get “550 5.7.1 Message rejected due to policy”. What does that point to?`,
    'A policy refusal, such as for reputation or authentication',
    [
      [
        'The addresses no longer exist, so the whole batch should be suppressed',
        'reads the security class 7 as a mailbox class 1',
      ],
      ['The mailboxes are full', 'reads a policy refusal as a full mailbox'],
      [
        'A network timeout that will clear itself if the client simply retries',
        'reads a 5yz code as transient',
      ],
      ['The recipients unsubscribed', 'reads a rejection as an opt-out'],
    ],
  ),
  {
    id: 'warm-up-days',
    source: `${GMAIL_SRC}: increase sending volume slowly on a new IP or domain; the days are computed from the drawn schedule`,
    draw: (rng: Rng) => {
      const start = rng.pick([200, 250, 500, 1000])
      const target = start * rng.pick([40, 60, 100, 150, 300])
      // Day n sends start × 2^(n−1): the first day at or above the target.
      const doubling = 1 + Math.ceil(Math.log2(target / start))
      const linear = target / start
      return {
        stem: `Following Gmail’s email sender guidelines, which say to raise volume slowly on a new IP, a client warms a new IP by sending ${start.toLocaleString('en-US')} messages on day 1 and doubling the volume every day. On which day does it first send at least ${target.toLocaleString('en-US')}?`,
        key: `Day ${doubling}`,
        wrong: [
          [`Day ${linear}`, 'adds the first day’s volume each day instead of doubling'],
          [
            `Day ${Math.ceil((target - start) / (2 * start)) + 1}`,
            'adds twice the first day’s volume each day',
          ],
          [`Day ${Math.ceil(linear / 2)}`, 'halves the ratio of target to start'],
          ['Day 1', 'skips warming and sends the full volume at once'],
        ],
        figures: { start, target },
      }
    },
  },
  ruled(
    'warm-up-new-domain',
    `${GMAIL_SRC}: when starting to send from a new domain or IP, increase volume slowly`,
    `${GMAIL} a client moves its campaigns to a new domain and dedicated IP. How should the first weeks go?`,
    'Raise the volume gradually over days or weeks',
    [
      ['Send to the whole list on day one to establish volume', 'skips warming altogether'],
      [
        'Start with the oldest, least active addresses to clean them first',
        'warms with the riskiest recipients',
      ],
      [
        'Spread the sends over many new IPs at full volume',
        'spreads an unwarmed volume instead of raising it',
      ],
      [
        'Add a purchased list to build volume faster in the first week',
        'adds addresses that never opted in',
      ],
    ],
  ),
  ruled(
    'gmail-no-gmail-from',
    `${GMAIL_SRC}: don’t impersonate Gmail From headers`,
    `${GMAIL} a client wants to send its newsletter through an email service provider with a From address at gmail.com. What should the freelancer advise?`,
    'A From address at the client’s own authenticated domain',
    [
      [
        'Keep it: Gmail trusts mail sent from its own gmail.com domain',
        'ignores that gmail.com mail from other servers fails DMARC',
      ],
      [
        'Add include:_spf.google.com to the client’s SPF record first',
        'thinks a client record can authorise gmail.com',
      ],
      ['Ask the provider for a dedicated IP address', 'thinks an IP fixes a DMARC failure'],
      ['Send from the provider’s shared domain instead', 'drops the client’s brand and alignment'],
    ],
  ),
  ruled(
    'yahoo-complaint-ceiling',
    `${YAHOO_SRC}: keep spam complaint rates below 0.3 %`,
    `${YAHOO} what spam complaint rate must a bulk sender stay below?`,
    '0.3 %',
    [
      ['1 %', 'takes a common bounce benchmark for the complaint ceiling'],
      ['0.03 %', 'reads the ceiling ten times stricter'],
      ['3 %', 'misplaces the decimal point'],
      ['10 %', 'confuses complaints with unsubscribes'],
    ],
  ),
])
