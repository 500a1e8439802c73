import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { client } from './draws.js'

// Neutral names, so that no drawn client is paired with a domain that names another trade.
const DOMAINS = ['northfield.co.uk', 'harbourlane.com', 'oakway.eu', 'millbrook.net']

/** DNS: record types, TTLs, where names resolve and how mail is routed. */
export const DNS_FAMILIES: readonly ScenarioFamily[] = [
  family('record-type-for-an-ipv6-address', (rng) => ({
    stem: `${client(rng)}’s new host gives its site the address 2001:db8:${rng.int(1, 4095).toString(16)}::${rng.int(2, 250).toString(16)}. Which record makes the site reachable by that address?`,
    key: 'An AAAA record',
    wrong: [
      ['An A record', 'used the IPv4 address record'],
      ['A PTR record', 'used the reverse lookup record'],
      ['An SRV record', 'used the service location record'],
      ['A CNAME record', 'used an alias, which must point to a name'],
    ],
  })),
  family('record-type-for-mail-routing', (rng) => ({
    stem: `${client(rng)} switches its email to a hosted provider. Which records tell other mail servers where to deliver mail for ${rng.pick(DOMAINS)}?`,
    key: 'MX records',
    wrong: [
      ['A records', 'pointed the domain’s web address at the mail host'],
      ['TXT records', 'took the SPF text record for routing'],
      ['PTR records', 'took reverse DNS for routing'],
      ['NS records', 'delegated the zone instead'],
    ],
  })),
  family('mx-preference-lowest-first', (rng) => {
    const low = rng.pick([5, 10, 20])
    const high = low + rng.pick([5, 10, 40])
    const [lowName, highName] = rng.shuffle(['mx1.mailhost.example', 'relay.backupmx.example'])
    const records = rng.shuffle([`MX ${low} ${lowName}`, `MX ${high} ${highName}`])
    return {
      stem: `${client(rng)}’s zone has “${records[0]}” and “${records[1]}”. Which server do sending servers try first?`,
      key: `${lowName}, always first`,
      wrong: [
        [`${highName}, always first`, 'took the higher number for the higher priority'],
        ['Either one, chosen at random', 'thought different preferences share the load'],
        ['Whichever answers a ping faster', 'thought senders pick the fastest server'],
      ],
    }
  }),
  family('cname-not-allowed-at-the-apex', (rng) => ({
    stem: `${client(rng)}’s site builder says “point ${rng.pick(DOMAINS)} (the bare domain) to sites.builder.example with a CNAME”. The DNS panel refuses. Why, and what works?`,
    key: 'A CNAME cannot sit beside the apex’s SOA and NS: use ALIAS or A records',
    wrong: [
      [
        'CNAME targets must be IP addresses; enter the builder’s IP',
        'thought a CNAME points at an address',
      ],
      ['The TTL is too low for a CNAME; raise it to a day', 'blamed the TTL'],
      ['CNAMEs need an MX record first; add one', 'invented a dependency on MX'],
      ['The panel needs a PTR at the apex; add one', 'took reverse DNS for the fix'],
    ],
  })),
  family('cname-for-a-saas-subdomain', (rng) => ({
    stem: `${client(rng)}’s help-desk SaaS asks for support.${rng.pick(DOMAINS)} to follow its host name, whose addresses change. Which record do you create?`,
    key: 'A CNAME to the SaaS host name, so its address changes follow',
    wrong: [
      ['An A record to the SaaS’s current address', 'pinned an address that the SaaS changes'],
      ['An MX record to the SaaS host name', 'used the mail routing record'],
      [
        'An NS record to the SaaS host name',
        'delegated the subdomain to a host that is no DNS server',
      ],
      ['A TXT record holding the SaaS host name', 'used a text record, which resolves nothing'],
    ],
  })),
  family('ttl-before-a-migration', (rng) => {
    const hours = rng.pick([4, 8, 12, 24, 48])
    return {
      stem: `${client(rng)}’s A record has a TTL of ${hours * 3600} seconds. You will change the address on Friday and want resolvers to switch within minutes. When must the TTL be lowered?`,
      key: `At least ${hours} hours before the change`,
      wrong: [
        [
          'At the moment of the change, with the new address',
          'forgot that caches keep the old TTL',
        ],
        ['Five minutes before the change', 'took the new TTL for the wait'],
        [`At least ${hours * 60} hours before the change`, 'read the TTL’s seconds as minutes'],
        [`At least ${hours * 2} hours before the change`, 'doubled the TTL for safety as a rule'],
        [
          'Right after the change, which makes caches fetch the record again',
          'thought a new TTL reaches caches that hold the old one',
        ],
        [
          'It need not be lowered: resolvers check records every few minutes anyway',
          'thought resolvers ignore the TTL',
        ],
      ],
    }
  }),
  family('spf-lives-in-a-txt-record', (rng) => ({
    stem: `${client(rng)}’s newsletters land in spam; the provider says to publish “v=spf1 include:mail.example ~all” for ${rng.pick(DOMAINS)}. Which record type holds it?`,
    key: 'TXT',
    wrong: [
      ['MX', 'put the sender policy into the mail routing record'],
      ['PTR', 'put it into reverse DNS'],
      ['CNAME', 'aliased the domain to the provider'],
      ['SRV', 'put it into a service location record'],
    ],
  })),
  family('reverse-dns-for-a-mail-server', (rng) => ({
    stem: `${client(rng)} runs its own mail server on 198.51.100.${rng.int(2, 250)}; big providers reject its mail for lacking reverse DNS. What is needed, and who sets it?`,
    key: 'A PTR record: set by whoever holds the address block, the ISP',
    wrong: [
      ['An A record for the server, set in the client’s own zone', 'took forward DNS for reverse'],
      [
        'A PTR record in the client’s own domain zone',
        'put the reverse record in the forward zone',
      ],
      ['An MX record pointing at the address', 'thought MX records give reverse lookups'],
      ['A TXT record with the address, set at the registrar', 'took a text record for reverse DNS'],
    ],
  })),
  family('hosts-file-before-dns', (rng) => ({
    stem: `One PC at ${client(rng)} keeps reaching the old intranet server although DNS returns the new address and the DNS cache was flushed. What should you check first?`,
    key: 'The hosts file on the PC',
    wrong: [
      ['The TTL of the record on the DNS server', 'blamed a cache already flushed'],
      ['The PTR record of the new server', 'took reverse DNS for forward lookups'],
      ['The DHCP lease on the PC', 'blamed addressing for name resolution'],
      ['The default gateway on the PC', 'blamed routing for a name that resolves wrongly'],
      ['The ARP cache on the PC', 'took the MAC address cache for names'],
      ['The MX record of the domain', 'took mail routing for host lookup'],
    ],
  })),
  family('non-authoritative-answer', (rng) => ({
    stem: `A technician at ${client(rng)} runs nslookup for www.${rng.pick(DOMAINS)} and sees “Non-authoritative answer”. What does that mean?`,
    key: 'It came from a cache: the zone’s own servers were not asked',
    wrong: [
      ['The record is forged and should not be trusted', 'read non-authoritative as false'],
      ['The domain has no DNSSEC signatures', 'took it for a DNSSEC warning'],
      ['The zone has no NS records', 'took it for a broken delegation'],
      ['The answer is out of date and must be flushed', 'read cached as stale'],
    ],
  })),
  family('nameserver-change-at-the-registrar', (rng) => ({
    stem: `${client(rng)} moves DNS hosting to a new provider and has rebuilt the zone there. What makes the internet use the new provider’s servers?`,
    key: 'Changing the NS records at the registrar',
    wrong: [
      [
        'Changing the A record of the domain at the old provider',
        'took address records for delegation',
      ],
      ['Lowering every TTL in the new zone', 'took a cache setting for the switch'],
      ['Adding a CNAME from the domain to the new provider', 'aliased instead of delegating'],
      ['Changing the MX records', 'took mail routing for delegation'],
      ['Adding the new servers’ addresses to the SOA', 'took the zone’s own record for delegation'],
    ],
  })),
  family('caa-record-for-certificate-issuers', (rng) => ({
    stem: `${client(rng)}’s security audit says only its chosen certificate authority may issue certificates for ${rng.pick(DOMAINS)}. Which DNS record states that?`,
    key: 'CAA',
    wrong: [
      ['TXT', 'used a free-text record no CA must honour'],
      ['TLSA', 'used the DANE record that pins certificates for clients'],
      ['PTR', 'used reverse DNS'],
      ['NS', 'used the delegation record'],
    ],
  })),
  family('srv-record-for-a-service', (rng) => ({
    stem: `${client(rng)}’s hosted phone system asks for a record telling SIP clients which host and port serve _sip._tcp for the domain. Which record type is it?`,
    key: 'SRV',
    wrong: [
      ['MX', 'used the mail server record'],
      ['CNAME', 'used an alias, which cannot carry a port'],
      ['A', 'used an address record, which cannot carry a port'],
      ['TXT', 'used a free-text record no client reads for this'],
    ],
  })),
  family('dkim-key-location', (rng) => ({
    stem: `${client(rng)}’s mail provider signs mail with DKIM selector “s1”. Where is the public key published for ${rng.pick(DOMAINS)}?`,
    key: 'A TXT record at s1._domainkey under the domain',
    wrong: [
      ['A TXT record at the domain’s apex', 'put the key where SPF lives'],
      ['An MX record at s1 under the domain', 'put the key into mail routing'],
      ['A TXT record at _dmarc under the domain', 'put the key where DMARC lives'],
      ['A CNAME at the apex to the provider', 'aliased the domain instead'],
      [
        'A TXT record at s1 under the domain, next to the web records',
        'left out the _domainkey label',
      ],
      [
        'An SRV record at _dkim._tcp under the domain, holding the key',
        'took a service record for a key record',
      ],
    ],
  })),
]
