import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `networking-fundamentals` test: 100 submitted,
 * 98 after the review. Every computed key was recomputed by hand on drawn variants (network,
 * broadcast and host addresses, masks, wildcards, host and subnet counts, summaries, IPv6 short
 * and full forms, prefixes and EUI-64 IDs, longest-prefix routes, loss percentages) and is
 * recomputed for 60 draws a family by the key test against an address library, a port table
 * written from the IANA registry and a second route lookup; every port was checked against the
 * registry and RFC usage (submission 587 with STARTTLS and 465 with implicit TLS per RFC 8314,
 * LDAPS 636, NTP 123/UDP). Worded keys and their shortened forms were judged one by one.
 * Deleted (2) as the same computation as a kept family: `addresses-in-a-large-block` (usable
 * hosts of a prefix, only on larger blocks) and `vpc-subnets-of-a-size` (subnets of one prefix
 * in another, as `subnets-from-splitting-a-block`).
 * Fixed in place (28 families) before the fingerprints were taken: nine option sets a guessing
 * rule found (key always shortest, longest, least or most like the others, or mostly the middle
 * port), by new distractors or rebalanced wording; four stems that let another option be right
 * (a DHCP relay without the scope it also needs, a /25 PC that could still reach its NAS
 * through the gateway, a link-local answer for internal addresses, a browser proxy that could
 * also explain a stale target); seven distractors that were not their named mistake or were
 * malformed (a one-subnet summary shown as a /32, a "half the head count" prefix no such mistake
 * gives, a self-contradictory SLAAC reason, "1 addresses", three mistake names); four stems made
 * plain (the RFC 5952 canonical form asked outright, the FTP firewall's side, which MAC address,
 * "expects no growth"); and seven DNS stems whose drawn domain named another trade than the
 * drawn client. Every stem also names its clients without a double possessive ("a two-shop
 * bakery", "an architecture studio"). The author's doubts were judged: in `rfc5952-short-form`
 * only one distractor is the same address non-canonically written, and it is wrong because the
 * stem asks for the canonical form; the address-kind families offer the other kinds, never the
 * address's own; the worded families keep the shared `family` helper of the statistics models.
 */
export const NETWORKING_FUNDAMENTALS_REVIEW: TestFamilyReview = {
  testId: 'networking-fundamentals',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'nf-subnet/usable-hosts-of-a-prefix': {
      verdict: 'ok',
      fingerprint: '70a80667d59e2748',
      note: '2^(32-p) - 2 recomputed on /22-/29 draws; each distractor is its named miscount (no subtraction, one subtracted, a host bit off either way)',
    },
    'nf-subnet/usable-hosts-from-a-dotted-mask': {
      verdict: 'ok',
      fingerprint: 'fe6cdd7d77c709e8',
      note: 'mask read to p, 2^(32-p) - 3 with the router holding one address; stem now says the router holds a LAN address and asks what is left for DHCP; range cut to /28 so the one-bit-longer reading never shows "1 addresses"',
    },
    'nf-subnet/network-address-of-a-host': {
      verdict: 'ok',
      fingerprint: '30198c8ff828d033',
      note: 'network address recomputed by hand on /25-/29 draws; /24, half and double blocks, first host and next subnet each their named slip',
    },
    'nf-subnet/network-address-across-the-third-octet': {
      verdict: 'ok',
      fingerprint: '8b87306ca64d531b',
      note: 'third-octet boundary (/18-/23) recomputed by hand; last-octet-only, classful /16, block-size and next-subnet distractors checked',
    },
    'nf-subnet/broadcast-address-of-a-subnet': {
      verdict: 'ok',
      fingerprint: '22e96d8b020a0418',
      note: 'directed broadcast recomputed on /25-/29 draws; /24 broadcast, last host, next network and block-size slips are distinct and wrong',
    },
    'nf-subnet/broadcast-address-across-the-third-octet': {
      verdict: 'ok',
      fingerprint: 'c5ff5d3f8484f0bc',
      note: 'broadcast across the third octet recomputed by hand; added the network address as a named slip so the key is not always the option most like the others',
    },
    'nf-subnet/first-usable-host': {
      verdict: 'ok',
      fingerprint: '631bec7174a6cc16',
      note: 'network + 1 recomputed; network address, /24, block-size and next-subnet first host distractors checked',
    },
    'nf-subnet/last-usable-host': {
      verdict: 'ok',
      fingerprint: '8f0a6b8e0173eb7e',
      note: 'broadcast - 1 recomputed; broadcast, /24, block-size and next-subnet last host distractors checked',
    },
    'nf-subnet/dotted-mask-of-a-prefix': {
      verdict: 'ok',
      fingerprint: '955d2db2c96a7bbf',
      note: 'masks /18-/29 checked; one bit each way, wildcard and classful mask; a classful mask equal to the key is dropped',
    },
    'nf-subnet/prefix-of-a-dotted-mask': {
      verdict: 'ok',
      fingerprint: 'd9c553a388d68c3d',
      note: 'mask to prefix checked; whole-255-octets, one bit each way and host-bit count are distinct',
    },
    'nf-subnet/wildcard-mask-for-an-acl': {
      verdict: 'ok',
      fingerprint: '36d5e3d8e775b81b',
      note: 'wildcard = inverted mask checked; the mask itself and one bit each way',
    },
    'nf-subnet/smallest-prefix-for-a-head-count': {
      verdict: 'ok',
      fingerprint: 'a46e7922dbc3ba83',
      note: 'smallest block with need + 2 addresses checked for 2^k and 2^k - 1 devices; stem wording fixed ("expects no growth"); a distractor named "half the head count" that no such mistake gave replaced by the host-bit count given as the prefix',
    },
    'nf-subnet/subnets-from-splitting-a-block': {
      verdict: 'ok',
      fingerprint: 'da28d4dd0a2b8d8d',
      note: '2^(to - from) checked; minus two, one bit each way and the host bits of the new subnets are distinct',
    },
    'nf-subnet/subnets-that-fit-a-host-count': {
      verdict: 'ok',
      fingerprint: 'd1e26f067cb20a9d',
      note: 'block of 2^k holds need + 2, 2^(8-k) subnets; the reserved-address slip gives exactly the next size down; other slips checked',
    },
    'nf-subnet/next-free-subnet-after-an-allocation': {
      verdict: 'ok',
      fingerprint: '56cc2554c2f48fc2',
      note: 'next block start recomputed; half/double blocks, broadcast and next first host are distinct',
    },
    'nf-subnet/aws-reserved-addresses-in-a-subnet': {
      verdict: 'ok',
      fingerprint: 'e9dcb977c671a146',
      note: 'AWS reserves the first four and the last address: 2^(32-p) - 5; stem states the rule; distractors are each a missed reservation or a bit off',
    },
    'nf-subnet/summary-route-for-contiguous-subnets': {
      verdict: 'ok',
      fingerprint: 'ceebb629bce985a7',
      note: 'aligned runs of two or four /24s, exact summary recomputed; the "first half only" distractor gave a /32 for two subnets and now gives the first subnet’s own /24 (or /23)',
    },
    'nf-subnet/host-on-the-same-subnet': {
      verdict: 'ok',
      fingerprint: '87eae734ec181b41',
      note: 'key is a host inside the gateway’s block that is neither network, broadcast nor gateway; the key test confirms no distractor is a usable host there',
    },
    'nf-subnet/which-address-is-private': {
      verdict: 'ok',
      fingerprint: 'c76b0da44620039d',
      note: 'RFC 1918 key drawn in each of the three blocks; 172.32-47, 192.169, CGNAT, APIPA and 11.x all outside, checked by the library in the key test',
    },
    'nf-subnet/role-of-an-address-in-its-subnet': {
      verdict: 'ok',
      fingerprint: 'd23cf9690e9ca812',
      note: 'address drawn as the network or broadcast of a middle block; the other role, a taken host and the gateway are wrong for it',
    },
    'nf-subnet/point-to-point-link-prefix': {
      verdict: 'ok',
      fingerprint: '37e81286d0a2e498',
      note: '/30 is the smallest prefix giving two ordinary host addresses (no /31 offered); /29 mistake renamed to the margin it is, /24 renamed (10.x /24s are not classful)',
    },
    'nf-subnet/apipa-address-on-a-laptop': {
      verdict: 'ok',
      fingerprint: '915be5f4d1f75a68',
      note: '169.254/16 self-assigned after no DHCP answer; every distractor a different wrong cause',
    },
    'nf-subnet/loopback-and-special-ranges': {
      verdict: 'ok',
      fingerprint: 'ee3e18f2f9ad23f9',
      note: '127/8, 203.0.113/24 and 100.64/10 keyed to their kind (library ranges in the key test); the distractors are the other kinds plus RFC 1918 and public, each a distinct wrong reading, never the address’s own kind',
    },
    'nf-subnet/usable-hosts-after-splitting-evenly': {
      verdict: 'ok',
      fingerprint: '7b84989e3910b45f',
      note: 'split into 2-16 parts, 2^(8 - bits) - 2 recomputed; no subtraction, a bit each way, unsplit /24; distinct from the plain prefix count by the borrowing step',
    },
    'nf-ipv6/rfc5952-short-form': {
      verdict: 'ok',
      fingerprint: 'bdd5c85eda9885b3',
      note: 'key equals the library’s RFC 5952 text on every draw; stem now says plainly that the canonical RFC 5952 form is asked; only one distractor is the same address written non-canonically (zero run not collapsed), the other two are different addresses (trailing zeros clipped), each a distinct named mistake',
    },
    'nf-ipv6/expand-to-the-full-form': {
      verdict: 'ok',
      fingerprint: 'f45cdf40a2f6ca0c',
      note: 'full form recomputed by the library; right-padding, zeros moved to the end and a short expansion are different addresses',
    },
    'nf-ipv6/eui64-interface-id': {
      verdict: 'ok',
      fingerprint: '4ab1bc1f2cd76e0d',
      note: 'modified EUI-64 recomputed by hand (ff:fe inserted, bit 0x02 of the first byte flipped); unflipped, lowest and highest bit slips are distinct',
    },
    'nf-ipv6/kind-of-ipv6-address': {
      verdict: 'ok',
      fingerprint: '5d9f9a19f8fa6d55',
      note: 'fe80::/10, fd00::/8, 2a0x global and ff02 multicast keyed as the library ranges them; distractors are the other kinds and loopback, never the address’s own',
    },
    'nf-ipv6/ipv6-network-prefix': {
      verdict: 'ok',
      fingerprint: '77a8f9d0291a7d32',
      note: 'prefix at /48, /56, /64 recomputed; a group and two hex digits either way are distinct prefixes',
    },
    'nf-ipv6/subnets-in-a-delegated-prefix': {
      verdict: 'ok',
      fingerprint: 'bc27bda2c64da6d9',
      note: '2^(64 - p) for /48-/60; hex digits as bits, a bit each way and bits after /32 (dropped when equal to the key)',
    },
    'nf-ipv6/slaac-needs-a-64': {
      verdict: 'ok',
      fingerprint: '5bd905e4726023d4',
      note: 'SLAAC needs a /64 for 64-bit interface IDs; a self-contradictory distractor ("too large and runs out") rewritten as the run-out belief alone',
    },
    'nf-ipv6/neighbour-discovery-replaces-arp': {
      verdict: 'ok',
      fingerprint: '559678c19969fc54',
      note: 'NDP with ICMPv6 to solicited-node multicast; every distractor wrong for IPv6',
    },
    'nf-ipv6/link-local-needs-a-zone': {
      verdict: 'ok',
      fingerprint: 'af0eea2b711c07df',
      note: 'a link-local destination on a two-NIC host needs the zone index; prefix, global-only, route and AAAA distractors are wrong',
    },
    'nf-ipv6/ula-for-internal-services': {
      verdict: 'ok',
      fingerprint: '401f1f52cc32b543',
      note: 'ULA from a random fd00::/8 prefix; stem now requires reach from every office VLAN, so link-local is plainly wrong; ISP prefixes change, documentation and IPv4-mapped do not fit',
    },
    'nf-ports/ssh-port-for-remote-administration': {
      verdict: 'ok',
      fingerprint: '289a680b42d9c183',
      note: 'SSH 22/TCP; Telnet 23, FTP 21, RDP 3389, HTTPS 443 checked against the IANA registry',
    },
    'nf-ports/rdp-port-for-a-windows-desktop': {
      verdict: 'ok',
      fingerprint: 'd2a846767a0c22f7',
      note: 'RDP 3389/TCP (ms-wbt-server); SSH, SMB 445, SQL Server 1433, 8080 are other services',
    },
    'nf-ports/smtp-submission-port-for-mail-clients': {
      verdict: 'ok',
      fingerprint: 'f047f07a1ac45257',
      note: 'submission with STARTTLS is 587 (RFC 6409/8314); 465 is not offered, so the key is unique; added POP3S 995 and webmail 443 so the key is not always a middle value',
    },
    'nf-ports/imaps-port-for-incoming-mail': {
      verdict: 'ok',
      fingerprint: '81359ae8c7b12502',
      note: 'IMAPS 993 (implicit TLS); IMAP 143, POP3S 995, submission 587 and submissions 465 checked',
    },
    'nf-ports/pop3s-port-for-incoming-mail': {
      verdict: 'ok',
      fingerprint: 'e6980f903457ed43',
      note: 'POP3S 995; POP3 110, IMAPS 993, 465, 587 checked',
    },
    'nf-ports/dns-port-for-a-resolver': {
      verdict: 'ok',
      fingerprint: '2c953da780d21900',
      note: 'DNS 53; DHCP 67, NTP 123, SNMP 161, TFTP 69 checked',
    },
    'nf-ports/dhcp-server-port-for-a-relay': {
      verdict: 'ok',
      fingerprint: '7b515fc3bf5ded9a',
      note: 'DHCP server 67/UDP (bootps); client 68, TFTP 69, DNS, NTP checked',
    },
    'nf-ports/https-port-for-a-web-server': {
      verdict: 'ok',
      fingerprint: '43574838d4b5dc36',
      note: 'HTTPS 443; HTTP 80, 8080, SMB 445, IMAPS 993 checked',
    },
    'nf-ports/mysql-port-for-an-app-server': {
      verdict: 'ok',
      fingerprint: '650bcb66cb82e4a2',
      note: 'MySQL 3306; PostgreSQL 5432, SQL Server 1433, RDP 3389, 8080 checked',
    },
    'nf-ports/postgresql-port-for-an-app-server': {
      verdict: 'ok',
      fingerprint: 'b472ec56c095bf32',
      note: 'PostgreSQL 5432; MySQL, SQL Server, SIP 5060, LDAP 389 checked',
    },
    'nf-ports/ntp-port-for-time-sync': {
      verdict: 'ok',
      fingerprint: '45c0af4bc9636aad',
      note: 'NTP 123/UDP; added syslog 514 and HTTPS 443 (both registry ports) so the key is not mostly the middle value; SNMP, DNS, TFTP, DHCP client checked',
    },
    'nf-ports/snmp-port-for-polling': {
      verdict: 'ok',
      fingerprint: '1325836ec32d7399',
      note: 'SNMP polling 161/UDP; trap 162 and the rest checked',
    },
    'nf-ports/ldaps-port-for-directory-lookups': {
      verdict: 'ok',
      fingerprint: '2c4aba21763852c9',
      note: 'LDAPS 636; added Kerberos 88 and RDP 3389 so the key’s rank varies; LDAP 389, HTTPS, IMAPS, SMB checked',
    },
    'nf-ports/smb-port-for-file-shares': {
      verdict: 'ok',
      fingerprint: '398f0d3d54c911f3',
      note: 'SMB direct over TCP 445; NetBIOS session 139 and the rest checked',
    },
    'nf-ports/sip-port-for-voip-phones': {
      verdict: 'ok',
      fingerprint: '4dde2724efd68f7c',
      note: 'unencrypted SIP 5060; SNMP, RDP, PostgreSQL, 8080 checked',
    },
    'nf-ports/tcp-three-way-handshake-order': {
      verdict: 'ok',
      fingerprint: 'c13582de1721dc6a',
      note: 'SYN, SYN-ACK, ACK; every other order is a named slip',
    },
    'nf-ports/udp-for-voice-and-video': {
      verdict: 'ok',
      fingerprint: '0c4d5bf0bd57ba2d',
      note: 'late media are useless, so no retransmission; UDP gives no encryption, ordering or larger packets',
    },
    'nf-ports/dns-over-tcp-for-large-answers': {
      verdict: 'ok',
      fingerprint: 'bac150181ded1b86',
      note: 'TCP 53 for truncated answers and AXFR; 853, 443, 67 and UDP-only distractors wrong',
    },
    'nf-ports/ephemeral-source-port-range': {
      verdict: 'ok',
      fingerprint: '589767b7636a0212',
      note: 'source ports drawn in 49152-65535 (checked by the key test); the OS picks them; distractors wrong',
    },
    'nf-ports/connection-refused-versus-timed-out': {
      verdict: 'ok',
      fingerprint: 'f7ee5e01b67f8965',
      note: 'refused = RST from a host with no listener; timed out = silent drop; both directions keyed right',
    },
    'nf-ports/ping-uses-icmp-not-a-port': {
      verdict: 'ok',
      fingerprint: '8cffa51b433b55f4',
      note: 'ICMP echo has no port; TCP 7, UDP 161, TCP 80 and "443 suffices" are wrong',
    },
    'nf-ports/ftp-passive-mode-through-a-firewall': {
      verdict: 'ok',
      fingerprint: 'a2798c5b7a33ba62',
      note: 'passive mode needs the data port range the server hands out; stem rewritten so the firewall is plainly in front of the server and clients use passive mode',
    },
    'nf-ports/tcp-reliability-features': {
      verdict: 'ok',
      fingerprint: 'c308d2186b72a28e',
      note: 'acknowledged, ordered, retransmitted delivery; encryption, lower delay, multicast, QoS, compression and scanning are not TCP’s',
    },
    'nf-dns/record-type-for-an-ipv6-address': {
      verdict: 'ok',
      fingerprint: '305740a7ca959f52',
      note: 'AAAA; A, PTR, SRV, CNAME wrong',
    },
    'nf-dns/record-type-for-mail-routing': {
      verdict: 'ok',
      fingerprint: 'acd3084cbe780bb5',
      note: 'MX; A, TXT, PTR, NS wrong; domains now neutral names so no client is paired with another trade’s domain',
    },
    'nf-dns/mx-preference-lowest-first': {
      verdict: 'ok',
      fingerprint: '71ce1ed21722bd64',
      note: 'lowest preference value first, checked by the key test; load sharing and ping speed wrong for unequal preferences',
    },
    'nf-dns/cname-not-allowed-at-the-apex': {
      verdict: 'ok',
      fingerprint: '99692a288eabc4b4',
      note: 'a CNAME cannot coexist with the apex SOA/NS; ALIAS/ANAME or A records work; distractors wrong',
    },
    'nf-dns/cname-for-a-saas-subdomain': {
      verdict: 'ok',
      fingerprint: '63320f1dacfb9138',
      note: 'CNAME to the SaaS host; pinned A, MX, NS, TXT wrong',
    },
    'nf-dns/ttl-before-a-migration': {
      verdict: 'ok',
      fingerprint: '8ff148d5b9ab0fe9',
      note: 'lower the TTL at least one old TTL ahead (recomputed from the seconds in the stem); added two worded distractors (lowering after the change, resolvers ignore TTLs) so the key is not always the option most like the others',
    },
    'nf-dns/spf-lives-in-a-txt-record': {
      verdict: 'ok',
      fingerprint: 'cd649349e36a57d1',
      note: 'SPF is published as TXT; MX, PTR, CNAME, SRV wrong',
    },
    'nf-dns/reverse-dns-for-a-mail-server': {
      verdict: 'ok',
      fingerprint: 'b0f2235447f152af',
      note: 'PTR set by the address holder (the ISP); forward-zone PTR, A, MX, TXT wrong',
    },
    'nf-dns/hosts-file-before-dns': {
      verdict: 'ok',
      fingerprint: '04823f6ab7fd1150',
      note: 'hosts file is read before DNS; a browser-proxy distractor that could also explain a stale target was removed; options reworded in one short pattern (a least-similar cue at 0.94)',
    },
    'nf-dns/non-authoritative-answer': {
      verdict: 'ok',
      fingerprint: 'df87e5b668b682d8',
      note: 'answer from a resolver’s cache, not the zone’s servers; forged, DNSSEC, no NS, stale readings wrong',
    },
    'nf-dns/nameserver-change-at-the-registrar': {
      verdict: 'ok',
      fingerprint: 'd3e08d2e6dc3a6bd',
      note: 'delegation changes with the NS records at the registrar; option lengths rebalanced (the key was always the shortest) and an SOA distractor added',
    },
    'nf-dns/caa-record-for-certificate-issuers': {
      verdict: 'ok',
      fingerprint: '7dad2213acea0fb1',
      note: 'CAA; TXT, TLSA, PTR, NS wrong',
    },
    'nf-dns/srv-record-for-a-service': {
      verdict: 'ok',
      fingerprint: '57396e84f6ed3f7f',
      note: 'SRV carries host and port for _sip._tcp; MX, CNAME, A, TXT wrong',
    },
    'nf-dns/dkim-key-location': {
      verdict: 'ok',
      fingerprint: 'ba6cb3721ae9eb16',
      note: 'selector._domainkey TXT; apex, _dmarc, MX, CNAME, SRV and a missing _domainkey label wrong',
    },
    'nf-routing/longest-prefix-match': {
      verdict: 'ok',
      fingerprint: '5512a521ef8daced',
      note: 'longest matching prefix recomputed by a second lookup in the key test; first match, least specific and a non-matching /25 are the named slips',
    },
    'nf-routing/default-gateway-for-off-subnet-traffic': {
      verdict: 'ok',
      fingerprint: 'd8bf0588f58299f0',
      note: 'default gateway decides off-subnet delivery; the mask is stated right in the stem; others wrong',
    },
    'nf-routing/dhcp-dora-order': {
      verdict: 'ok',
      fingerprint: '2820f5e7088874a7',
      note: 'Discover, Offer, Request, Acknowledge; every other order a named slip',
    },
    'nf-routing/dhcp-relay-across-vlans': {
      verdict: 'ok',
      fingerprint: '7830324522e823a4',
      note: 'relay (IP helper) on the guest gateway; stem now states the server already has the guest scope, and the "second scope" distractor (also needed without that) removed',
    },
    'nf-routing/dhcp-reservation-for-a-printer': {
      verdict: 'ok',
      fingerprint: '69f3bf3efd907cd4',
      note: 'reservation by MAC; a static address inside the pool, shorter lease, port forward, DNS TTL and A record wrong',
    },
    'nf-routing/dhcp-scope-exhausted-by-guests': {
      verdict: 'ok',
      fingerprint: 'cbc9361a8ce97244',
      note: '150 phones a day on a /24 with week-long leases: shorter leases fix it with least change; distractors wrong',
    },
    'nf-routing/pat-tells-sessions-apart-by-port': {
      verdict: 'ok',
      fingerprint: '156f1bf48179d6d9',
      note: 'PAT keys return traffic by the translated source port; MAC, private address, destination, DNS wrong',
    },
    'nf-routing/double-nat-symptom': {
      verdict: 'ok',
      fingerprint: '55422c69291a23f0',
      note: 'inbound stops at the ISP router; forward there too or bridge; distractors wrong',
    },
    'nf-routing/hairpin-nat-for-an-internal-server': {
      verdict: 'ok',
      fingerprint: '2f1bceec1bf271ca',
      note: 'split DNS or NAT loopback; distractors do not change the path',
    },
    'nf-routing/static-route-next-hop-must-be-reachable': {
      verdict: 'ok',
      fingerprint: 'a54a134d24644d13',
      note: 'next hop must be on the router’s own /24 (checked by the key test); the /24 slip renamed to what it is',
    },
    'nf-routing/equal-prefixes-lowest-metric-wins': {
      verdict: 'ok',
      fingerprint: '5b8b48ee1a6edf27',
      note: 'same prefix, lower metric wins whichever link carries it (key test checks); load sharing and recency wrong',
    },
    'nf-routing/vpn-split-tunnel-routes': {
      verdict: 'ok',
      fingerprint: '1959d8f188a3cca9',
      note: 'split tunnel pushes only the office route; full tunnel, DNS only, home LAN, static public address wrong',
    },
    'nf-routing/arp-for-the-gateway-mac': {
      verdict: 'ok',
      fingerprint: 'c71f9dfad6fd35f5',
      note: 'off-subnet frames go to the gateway’s MAC; stem now asks which MAC address and the broadcast option names ff:ff:ff:ff:ff:ff',
    },
    'nf-routing/dhcp-option-for-the-gateway': {
      verdict: 'ok',
      fingerprint: '91a0e7b436d14b1c',
      note: 'option 3 (router); 6, 15, 42, 51, 66 are the named other options (RFC 2132 numbers checked); options written in one short pattern (a least-similar cue at 0.79)',
    },
    'nf-trouble/osi-layer-of-a-symptom': {
      verdict: 'ok',
      fingerprint: '2a73240c148ecb76',
      note: 'each symptom’s layer assigned independently in the key test; mistake names now take their article ("an application fault")',
    },
    'nf-trouble/ping-packet-loss-percent': {
      verdict: 'ok',
      fingerprint: '5b8ab5ede6c6316c',
      note: 'lost / sent recomputed; received share, lost / received, doubled and halved slips distinct',
    },
    'nf-trouble/destination-host-unreachable-from-own-address': {
      verdict: 'ok',
      fingerprint: 'c62cd92f90f3c075',
      note: 'a reply from the PC’s own address means ARP got no answer on the link; distractors wrong',
    },
    'nf-trouble/traceroute-stars-after-the-last-hop': {
      verdict: 'ok',
      fingerprint: '3f3d7b5cb4b768b7',
      note: 'the site loads, so the stars are hops ignoring probes; distractors wrong',
    },
    'nf-trouble/one-slow-hop-in-traceroute': {
      verdict: 'ok',
      fingerprint: '3fc13347b88db5f0',
      note: 'a slow reply from one hop with normal later hops is control-plane delay, not path delay; distractors wrong',
    },
    'nf-trouble/gateway-outside-the-subnet': {
      verdict: 'ok',
      fingerprint: '5a07f5499387aef6',
      note: 'gateway off the /24 (checked by the key test); distractors wrong',
    },
    'nf-trouble/ping-address-works-name-fails': {
      verdict: 'ok',
      fingerprint: 'd182fb7e346ee670',
      note: 'replies by address, no name found: DNS settings; the other layers carry the address pings',
    },
    'nf-trouble/loopback-works-gateway-fails': {
      verdict: 'ok',
      fingerprint: 'e910e976c605f7fd',
      note: 'stack and own address answer, gateway does not: look between the PC and the gateway',
    },
    'nf-trouble/duplicate-address-symptom': {
      verdict: 'ok',
      fingerprint: '047f6903380dbabf',
      note: 'Windows conflict warning with a static address: another device holds it; distractors wrong',
    },
    'nf-trouble/mtu-black-hole': {
      verdict: 'ok',
      fingerprint: '1a346441603e942e',
      note: 'large DF pings fail after a tunnel: MTU; distractors wrong',
    },
    'nf-trouble/service-listening-on-localhost-only': {
      verdict: 'ok',
      fingerprint: '4638fa63d99027f2',
      note: 'bound to 127.0.0.1 only; distractors wrong',
    },
    'nf-trouble/flush-dns-cache-after-a-change': {
      verdict: 'ok',
      fingerprint: '2d0a4e8cfea2376b',
      note: 'ipconfig /flushdns clears the stale name; release, registerdns, arp -d, route print wrong',
    },
    'nf-trouble/wrong-subnet-mask-symptom': {
      verdict: 'ok',
      fingerprint: '3d1fb42b23330661',
      note: 'rewritten: the PC at .200/25 cut off from the gateway .1 as well as the NAS .20 (the old draw, PC .20/25 and NAS .200, could still reach the NAS through the gateway); option lengths rebalanced (the new key was always the longest); the key test checks both are off the /25',
    },
  },
}
