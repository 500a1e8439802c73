import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  type EmailFamily,
  type EmailScenario,
  eachWithThreeMistakes,
  ruled,
} from './email-family.js'

const SPF = 'Under SPF (RFC 7208),'
const DKIM = 'Under DKIM (RFC 6376),'

/** Mechanisms that cost a DNS lookup (RFC 7208, 4.6.4), with the nested lookups an include's own record makes. */
const INCLUDE_POOL = [
  ['spf.esp-mail.example', 2],
  ['_spf.crm-suite.example', 3],
  ['servers.newsletter-tool.example', 1],
  ['spf.helpdesk-app.example', 4],
  ['mail.invoicing.example', 0],
] as const

/** One drawn record, its lookup count and each named miscount. */
function lookupCase(rng: Rng): EmailScenario {
  const includes = rng.shuffle(INCLUDE_POOL).slice(0, rng.int(2, 3))
  const extra = rng.shuffle(['a', 'mx', 'ip4:203.0.113.7', 'ip6:2001:db8::25']).slice(0, 2)
  const terms = rng.shuffle([...includes.map(([d]) => `include:${d}`), ...extra])
  const record = `v=spf1 ${terms.join(' ')} -all`
  const nested = includes.reduce((sum, [, n]) => sum + n, 0)
  const direct = terms.filter((t) => /^(include:|a$|mx$)/.test(t)).length
  const told = includes.map(([d, n]) => `${d} makes ${n} more`).join(', ')
  const wrong: Wrong[] = [
    [String(direct), 'counts the record’s own lookups but not the includes’ nested ones'],
    [String(terms.length + 1 + nested), 'counts every term, ip4, ip6 and all included'],
    [String(includes.length), 'counts only the include mechanisms'],
    [String(nested), 'counts only the lookups inside the includes'],
  ]
  return {
    stem: `${SPF} how many DNS lookups towards the limit of 10 does this record need? Of its includes, ${told}. Record: ${record}`,
    key: String(direct + nested),
    wrong,
    figures: { record, ...Object.fromEntries(includes) },
  }
}

/**
 * SPF records and DKIM signatures as a freelancer publishes them for a client domain. Record
 * families state every include's authorised addresses and nested lookups in the stem, and the
 * tests evaluate each option against RFC 7208's grammar and the 10-lookup limit with that stated
 * zone, never the network. Addresses are the RFC 5737 documentation ranges.
 */
export const SPF_DKIM_FAMILIES: readonly EmailFamily[] = eachWithThreeMistakes([
  ruled(
    'spf-office-and-esp',
    'RFC 7208, 4.6.2 (mechanisms evaluated left to right, first match wins) and 5.1 (all)',
    `${SPF} mail from northwind.example comes from an email service provider whose include domain spf.esp-mail.example authorises 198.51.100.0/24, and from the office server 203.0.113.7. Every other sender must fail. Which record does that?`,
    'v=spf1 ip4:203.0.113.7 include:spf.esp-mail.example -all',
    // Two distractors share the whole-office-network slip and two the misplaced all, so the key
    // is not the one option every other option was edited from.
    [
      [
        'v=spf1 -all include:spf.esp-mail.example ip4:203.0.113.7',
        'puts all first, so nothing after it is ever reached',
      ],
      ['v=spf1 +all', 'uses +all, which passes every sender on the internet'],
      [
        'v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.0/24 -all',
        'authorises the office’s whole network instead of its one server',
      ],
      [
        'v=spf1 ip4:203.0.113.0/24 include:spf.esp-mail.example -all',
        'authorises the office’s whole network instead of its one server',
      ],
      [
        'v=spf1 ip4:203.0.113.7 include:198.51.100.0/24 -all',
        'gives include an address range where it takes a domain name',
      ],
      [
        'v=spf1 ip4:203.0.113.7 -all include:spf.esp-mail.example',
        'puts the provider’s include after all, where it is never reached',
      ],
    ],
    {
      kind: 'spf',
      includes: { 'spf.esp-mail.example': { nestedLookups: 0, ip4: ['198.51.100.0/24'] } },
      pass: ['203.0.113.7', '198.51.100.25'],
      fail: ['192.0.2.55', '203.0.113.8'],
    },
  ),
  ruled(
    'spf-ten-lookup-limit',
    'RFC 7208, 4.6.4 (at most 10 terms that cause DNS queries; more is a permerror)',
    `${SPF} northwind.example’s web and mail host is 203.0.113.7 (its A and MX records point there). It also sends through _spf.crm-suite.example, whose record makes 3 more DNS lookups and authorises 198.51.100.0/25, and spf.helpdesk-app.example, which makes 4 more and authorises 198.51.100.128/25. Which record authorises all three and stays within the lookup limit?`,
    'v=spf1 ip4:203.0.113.7 include:_spf.crm-suite.example include:spf.helpdesk-app.example -all',
    [
      [
        'v=spf1 a mx ip4:203.0.113.7 include:_spf.crm-suite.example include:spf.helpdesk-app.example -all',
        'keeps a and mx beside the address, and each costs a lookup, reaching 11',
      ],
      [
        'v=spf1 a mx ptr include:_spf.crm-suite.example -all',
        'drops a provider to save lookups and adds ptr, which RFC 7208 says not to use',
      ],
      [
        'v=spf1 ip4:203.0.113.7 include:_spf.crm-suite.example -all',
        'leaves out the help-desk provider',
      ],
      [
        'v=spf1 ip4:203.0.113.7 ip4:198.51.100.0/25 ip4:198.51.100.128/25 ?all',
        'flattens the includes but ends with a neutral all',
      ],
    ],
    {
      kind: 'spf',
      includes: {
        '_spf.crm-suite.example': { nestedLookups: 3, ip4: ['198.51.100.0/25'] },
        'spf.helpdesk-app.example': { nestedLookups: 4, ip4: ['198.51.100.128/25'] },
      },
      hosts: { a: ['203.0.113.7'], mx: ['203.0.113.7'] },
      pass: ['203.0.113.7', '198.51.100.10', '198.51.100.200'],
      fail: ['192.0.2.1'],
    },
  ),
  ruled(
    'spf-cidr-range',
    'RFC 7208, 5.6 (ip4 with an optional CIDR prefix; none means a single address)',
    `${SPF} a client’s own mail servers use every address from 203.0.113.0 to 203.0.113.15, and no others may pass. Which record does that?`,
    'v=spf1 ip4:203.0.113.0/28 -all',
    [
      ['v=spf1 ip4:203.0.113.0/24 -all', 'a /24 also passes the 240 neighbouring addresses'],
      [
        'v=spf1 ip4:203.0.113.0 ip4:203.0.113.15 -all',
        'lists the two ends of the range, which authorises only those two',
      ],
      [
        'v=spf1 ip4:203.0.113.0-203.0.113.15 -all',
        'writes a dash range, which the SPF grammar does not accept',
      ],
      ['v=spf1 ip6:2001:db8::/28 -all', 'publishes an IPv6 range for IPv4 servers'],
      ['v=spf1 ip4:203.0.113.0/16 -all', 'a /16 passes a whole block of other networks'],
    ],
    {
      kind: 'spf',
      includes: {},
      pass: ['203.0.113.0', '203.0.113.9', '203.0.113.15'],
      fail: ['203.0.113.16', '203.0.113.200'],
    },
  ),
  ruled(
    'spf-redirect-shared-policy',
    'RFC 7208, 6.1 (redirect replaces the record’s result and is ignored when all is present) and 4.7 (no match gives neutral)',
    `${SPF} news.northwind.example must use exactly the policy published at _spf.northwind.example, which authorises 198.51.100.0/24 and fails all other senders. Which record for news.northwind.example does that?`,
    'v=spf1 redirect=_spf.northwind.example',
    [
      [
        'v=spf1 include:_spf.northwind.example',
        'an include with no all leaves other senders neutral, not failed',
      ],
      [
        'v=spf1 -all redirect=_spf.northwind.example',
        'a redirect is ignored when the record has an all',
      ],
      [
        'v=spf1 exp=_spf.northwind.example -all',
        'exp names an explanation text and authorises no one',
      ],
      [
        'v=spf1 a:_spf.northwind.example -all',
        'the a mechanism reads the name’s address records, not its SPF policy',
      ],
    ],
    {
      kind: 'spf',
      includes: { '_spf.northwind.example': { nestedLookups: 0, ip4: ['198.51.100.0/24'] } },
      pass: ['198.51.100.9'],
      fail: ['192.0.2.9', '203.0.113.9'],
    },
  ),
  {
    id: 'spf-count-lookups',
    source:
      'RFC 7208, 4.6.4 (include, a, mx, ptr, exists and redirect count; ip4, ip6 and all do not); computed from the drawn record',
    draw: lookupCase,
  },
  ruled(
    'spf-one-record',
    'RFC 7208, 3.2 (a domain must not have multiple SPF records) and 4.5 (more than one is a permerror)',
    `${SPF} a client adds a second TXT record starting “v=spf1” for a new provider, next to the existing one. What happens?`,
    'Every SPF check of the domain ends in permerror',
    [
      ['Receivers merge the two records into one', 'assumes receivers combine records'],
      [
        'The newer record replaces the older one once DNS updates',
        'assumes the latest record wins',
      ],
      ['Each provider’s mail passes against its own record', 'assumes a record per provider'],
      ['Nothing, as long as both end in -all', 'thinks matching endings make duplicates harmless'],
    ],
  ),
  ruled(
    'spf-checks-mail-from',
    'RFC 7208, 2.3 (the HELO identity) and 2.4 (the MAIL FROM identity)',
    `${SPF} which identity of a message does an SPF check authorise?`,
    'The envelope sender (MAIL FROM) and the HELO name',
    [
      [
        'The From address the recipient sees in their mail client',
        'confuses SPF with DMARC alignment, which reads the From domain',
      ],
      ['The domain in the DKIM signature’s d= tag on the message', 'confuses SPF with DKIM'],
      ['The Reply-To address', 'picks a header SPF never reads'],
      ['Every link domain in the body', 'confuses SPF with content filtering'],
    ],
  ),
  ruled(
    'spf-txt-record-type',
    'RFC 7208, 3.1 (SPF records are published as DNS TXT records only)',
    `${SPF} in which DNS record type must a client’s SPF policy be published?`,
    'TXT',
    [
      ['SPF (type 99)', 'uses the record type RFC 7208 retired'],
      ['MX', 'confuses the policy with the mail exchanger records'],
      ['CNAME to the provider’s record', 'points the name away instead of publishing a policy'],
      ['PTR', 'confuses SPF with reverse DNS'],
    ],
  ),
  ruled(
    'dkim-key-location',
    'RFC 6376, 3.6.2.1 (keys are published at selector._domainkey.domain)',
    `${DKIM} a client’s provider signs with selector s1 for d=northwind.example. Where is the public key published?`,
    'A TXT record at s1._domainkey.northwind.example',
    [
      [
        'A TXT record at _domainkey.s1.northwind.example',
        'puts the selector after the _domainkey label',
      ],
      ['A TXT record at _dmarc.northwind.example', 'confuses the DKIM key with the DMARC policy'],
      [
        'A TXT record at northwind.example, inside the SPF record',
        'merges the key into the SPF policy',
      ],
      ['An MX record at s1.northwind.example', 'publishes a key as a mail exchanger'],
    ],
  ),
  ruled(
    'dkim-from-signed',
    'RFC 6376, 5.4 (the From header field MUST be signed)',
    `${DKIM} which header field must every signature’s h= list include?`,
    'From',
    [
      ['Subject', 'takes a recommended field for the required one'],
      ['Return-Path', 'names a field added on delivery, which signers cannot sign'],
      ['DKIM-Signature', 'lists the signature itself, which is signed implicitly'],
      ['Received', 'names a trace field that changes in transit'],
    ],
  ),
  ruled(
    'dkim-empty-key-revoked',
    'RFC 6376, 3.6.1 (an empty p= value means the key has been revoked)',
    `${DKIM} a selector’s key record reads “v=DKIM1; k=rsa; p=”. What does the empty p= mean?`,
    'The key has been revoked; its signatures fail',
    [
      ['The domain is testing DKIM and nothing is enforced', 'confuses it with the testing flag'],
      ['Any key may be used with this selector', 'reads an empty key as a wildcard'],
      ['The default key of the domain applies', 'invents a default key'],
      ['The record is waiting to propagate through DNS', 'reads a revocation as a delay'],
    ],
  ),
  ruled(
    'dkim-testing-flag',
    'RFC 6376, 3.6.1 (t=y: verifiers must not treat such mail differently from unsigned mail)',
    `${DKIM} a key record carries t=y. How must verifiers treat mail signed with that key?`,
    'Like unsigned mail, even if the signature fails',
    [
      ['As spam whenever the signature fails', 'ignores what testing mode tells verifiers'],
      ['As trusted, since the domain is testing its setup', 'reads testing mode as a pass'],
      [
        'By rejecting it until the testing flag is removed from DNS',
        'reads testing mode as a block',
      ],
      ['As signed by the parent domain', 'confuses testing mode with the subdomain flag'],
    ],
  ),
  ruled(
    'dkim-body-length-tag',
    'RFC 6376, 8.2 (the l= body length tag lets content be appended to a signed message)',
    `${DKIM} why is the l= (body length) tag a risk for a client’s signed campaigns?`,
    'Text appended after the signed length still verifies',
    [
      ['It makes signatures fail when a message exceeds 100 KB', 'invents a size limit'],
      ['It exposes the private key length', 'confuses body length with key length'],
      ['It stops the signature covering the headers', 'confuses the body with the header fields'],
      [
        'It forces simple canonicalization of the whole message body',
        'confuses the length tag with canonicalization',
      ],
    ],
  ),
  ruled(
    'dkim-key-size',
    'RFC 8301, 3.1–3.2 (rsa-sha1 must not be used for signing; signers must use RSA keys of at least 1024 bits and should use 2048)',
    'Under RFC 8301, which updates DKIM’s cryptography, which key and algorithm should a client’s new DKIM setup use?',
    'An RSA key of 2048 bits, signing with rsa-sha256',
    [
      ['An RSA key of 512 bits, signing with rsa-sha256', 'uses a key below the 1024-bit minimum'],
      [
        'An RSA key of 2048 bits, signing with rsa-sha1',
        'signs with the algorithm RFC 8301 forbids',
      ],
      [
        'An RSA key of 768 bits, signing with rsa-sha1',
        'uses both a short key and the forbidden algorithm',
      ],
      [
        'No key, since the sending provider’s domain signs instead',
        'confuses a provider signature with the client’s own',
      ],
    ],
  ),
  ruled(
    'dkim-default-canonicalization',
    'RFC 6376, 3.5 (c= defaults to simple/simple)',
    `${DKIM} a signature has no c= tag. Which canonicalization applies to header and body?`,
    'simple/simple',
    [
      ['relaxed/relaxed', 'takes what most signers choose for the default'],
      ['relaxed/simple', 'takes the common explicit setting for the default'],
      [
        'None at all: the message must match byte for byte, headers unfolded',
        'reads simple as no canonicalization at all',
      ],
      ['Whatever the verifier prefers', 'thinks the verifier picks the algorithm'],
    ],
  ),
])
