import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `ipv4-subnetting` test's 80 families, 16 per domain (masks,
 * wildcards, network, broadcast and host ranges; fixed-size and VLSM subnet plans; summary routes,
 * longest-prefix match and overlaps; private, shared, special-use ranges and cloud reserved
 * addresses; wrong masks and gateways, reachability and DHCP pools), read as a network technician
 * and as a guessing candidate, under a short deadline.
 *
 * What was drawn: every one of the 80 families once in full (stem, key, every declared named
 * mistake, one seed) with the key of that draw worked by hand on scratch paper (block sizes and
 * boundaries by the octet that holds the partial bits, VLSM plans by sizing and placing each
 * department, summaries by the common leading bits, DHCP ranges by counting whole /24s and the
 * ends); every changed family drawn again two or three times after its change and worked again.
 * The seven address-classification families were drawn 20,000 times each by a scratch script and
 * every drawn address checked against the IANA special-purpose registry typed in by hand (0/8,
 * 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24, 192.31.196/24,
 * 192.52.193/24, 192.88.99/24, 192.168/16, 192.175.48/24, 198.18/15, 198.51.100/24,
 * 203.0.113/24, 224/4, 240/4): every key "Public unicast" falls in none of them and every other
 * key in its own (the public draws are 172.10–15 and 172.32–40, 100.50–63 and 100.128–140,
 * 169.200–253 and 169.255, 192.100–167 and 192.169, 198.51.101–120 and 203.0.114–130, 200–223,
 * 126 and 128). The key test re-derives every key and declared mistake in BigInt bit shifts and
 * by enumerating addresses, and was changed with each mistake added, replaced or removed. The
 * named mistakes were read once per family, not each worked for several draws.
 *
 * Wrong keys found: none in the draws worked. No stem found ambiguous: the VLSM stems state
 * largest first with ties in listed order, aligned blocks and usable = block less network and
 * broadcast; the split stems state that every subnet number is used; the cloud stems state the
 * provider's reserved addresses rather than leaving them to memory.
 *
 * Cue repair (the four families over 0.50): slash-31-links-in-block had only two mistakes above
 * its power-of-two key, so it could never be the smallest option; it gained the old rule that
 * loses the first and last subnet (two below) and the block size worked in the wrong octet
 * (above). cgnat-subscribers-in-shared-space gained the shared space's 4,194,304 addresses given
 * as subscribers and the space divided by each subscriber's usable hosts (both above).
 * subnets-left-after-allocation gained the addresses left given as the count of subnets (above).
 * route-for-address-range, most like the others because every mistake edits one half of the key,
 * gained the host bits written as the prefix (a mask unlike the key's). extra-addresses-in-summary,
 * at 0.50, gained the summary's usable hosts (above) and only the extra networks' usable hosts
 * (below).
 *
 * Named mistakes judged weak and changed: dotted-mask-to-prefix lost `/p%8` ("counts only the
 * partial octet's bits"), which no one answers for a mask with 255 octets before it (five
 * mistakes remain). integer-to-dotted lost "swaps the middle two octets" (no reading gives it);
 * it gained division by 255 instead of 256 and, where every group is an octet, the decimal
 * digits read in their thousands groups; kept: little-endian host order (the forgotten ntohl),
 * each 16-bit half byte-swapped (ntohs where ntohl was meant) and the word swap, the last
 * judged thin but real for word-swapped exports. host-configuration-fault lost "The mask is not a
 * valid subnet mask" (every /p the stem gives is a valid mask) for two real wrong blames: the /24
 * taken for the only right LAN mask (offered when the mask is not /24) and the classful default
 * mask of the address's first octet (when it differs); a /24 class C draw, with neither to
 * offer, is refused. hosts-with-mismatched-masks keeps "Neither can send to the other at all",
 * relabelled as what it is, the common belief that hosts with different masks are cut off from
 * each other whatever their gateways (it was "forgets the gateways").
 *
 * Cue rates at 300 draws a family (scripts/family-cue-rates.ts): before, four over 0.50 —
 * slash-31-links-in-block 0.59, subnets-left-after-allocation 0.54 (middle value),
 * route-for-address-range 0.53 (most similar), cgnat-subscribers-in-shared-space 0.51 (middle
 * value) — extra-addresses-in-summary 0.50, and 11 over 0.45 (rule means: middle value 0.29,
 * most similar 0.25, longest 0.22). After: none over 0.48; six over 0.45 (0.48
 * prefix-to-dotted-mask longest, slash-31-link-addresses and broadcast-used-with-wrong-mask most
 * similar; 0.46 which-subnet-holds-address middle value, summary-of-aligned-networks and
 * mask-for-host-count most similar); the repaired five at 0.39, 0.37, 0.44, 0.34 and 0.35 in the
 * order above (rule means 0.28, 0.25, 0.21).
 *
 * Facts confirmed against published sources: AWS reserves the first four and the last IPv4
 * address of each subnet's CIDR block (the EC2 API reference for CreateSubnet,
 * docs.amazonaws.cn); the roles of the four (network, VPC router at +1, DNS at +2, future use at
 * +3, and the broadcast address AWS does not support) match the VPC user guide as quoted in
 * several study pages, not read on AWS's own page here. Google Cloud reserves four addresses in a
 * subnet's primary IPv4 range: network, default gateway (second address), second-to-last (future
 * use) and broadcast — confirmed only in third-party pages (the BlueCat Cloud Discovery &
 * Visibility guide, prefixbench.com; one stored version of subnettool.com says the third address
 * instead), Google's own page not found in the store; the stem states the rule, so the key
 * follows from the stem. The special ranges against the IANA IPv4 Special-Purpose Address
 * Registry (iana.org XML and a copy): 10/8, 172.16/12, 192.168/16 private-use (RFC 1918),
 * 100.64/10 shared address space (RFC 6598), 127/8 loopback, 169.254/16 link local (RFC 3927),
 * 192.0.2/24, 198.51.100/24, 203.0.113/24 documentation (RFC 5737), 240/4 reserved (RFC 1112);
 * 224/4 multicast (RFC 5771) from a secondary page. Not looked up (known to the reviewer): RFC
 * 3021's /31 with both addresses usable; each stem states it.
 *
 * Left as it is: several families keep a mistake that coincides with the key or another mistake
 * in some draws (dotted-mask-to-prefix at a /28, the wrong-octet mistakes on an octet boundary);
 * the family keeps the distinct ones and the item shows three, as every family of this helper
 * does.
 */
export const IPV4_SUBNETTING_REVIEW: TestFamilyReview = {
  testId: 'ipv4-subnetting',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'ip4-masks/prefix-to-dotted-mask': { verdict: 'ok', fingerprint: 'eb3f2926541c580b' },
    'ip4-masks/dotted-mask-to-prefix': { verdict: 'ok', fingerprint: '0f243e1af8e96a17' },
    'ip4-masks/wildcard-for-prefix': { verdict: 'ok', fingerprint: '85dd36647fb9fa74' },
    'ip4-masks/wildcard-to-prefix': { verdict: 'ok', fingerprint: 'e2e2ccf080afd211' },
    'ip4-masks/network-address': { verdict: 'ok', fingerprint: '0fc9366712983668' },
    'ip4-masks/broadcast-address': { verdict: 'ok', fingerprint: '243deb8b951ed6ce' },
    'ip4-masks/first-usable-host': { verdict: 'ok', fingerprint: 'b339506695fabc1d' },
    'ip4-masks/last-usable-host': { verdict: 'ok', fingerprint: '6f79306cd6642f0f' },
    'ip4-masks/usable-hosts-for-prefix': { verdict: 'ok', fingerprint: '7417fc4f148f2d37' },
    'ip4-masks/address-in-same-subnet': { verdict: 'ok', fingerprint: '2b50ebb7d827af05' },
    'ip4-masks/block-size-in-partial-octet': { verdict: 'ok', fingerprint: '291006887ec4a0f7' },
    'ip4-masks/host-range-of-subnet': { verdict: 'ok', fingerprint: '97ea08befdbdc918' },
    'ip4-masks/integer-to-dotted': { verdict: 'ok', fingerprint: 'ab16d364069a7a3b' },
    'ip4-masks/usable-hosts-from-dotted-mask': { verdict: 'ok', fingerprint: 'c975fa7097bdb58b' },
    'ip4-masks/network-from-dotted-mask': { verdict: 'ok', fingerprint: 'de8e5d3faf2a68f7' },
    'ip4-masks/dotted-to-integer': { verdict: 'ok', fingerprint: '75f80563bf358e48' },
    'ip4-design/smallest-prefix-for-hosts': { verdict: 'ok', fingerprint: '44e796124d07d496' },
    'ip4-design/smallest-prefix-for-subnet-count': {
      verdict: 'ok',
      fingerprint: '708abf7c7850bdda',
    },
    'ip4-design/nth-subnet-network': { verdict: 'ok', fingerprint: '4fabff680201ab0a' },
    'ip4-design/nth-subnet-broadcast': { verdict: 'ok', fingerprint: '17a86d1c24efbe13' },
    'ip4-design/subnet-count-from-split': { verdict: 'ok', fingerprint: '734cf21fdb53b129' },
    'ip4-design/hosts-per-subnet-after-split': { verdict: 'ok', fingerprint: '2ff430f8339cca22' },
    'ip4-design/vlsm-network-of-department': { verdict: 'ok', fingerprint: '14419039de0859b6' },
    'ip4-design/vlsm-broadcast-of-department': { verdict: 'ok', fingerprint: '8d99c0c7f1866a4f' },
    'ip4-design/vlsm-first-free-address': { verdict: 'ok', fingerprint: 'ef8bc95eb27c2a0c' },
    'ip4-design/point-to-point-links-in-block': { verdict: 'ok', fingerprint: 'fe0638dd7212a768' },
    'ip4-design/which-subnet-holds-address': { verdict: 'ok', fingerprint: 'c9ffb94348b95047' },
    'ip4-design/room-to-grow-in-subnet': { verdict: 'ok', fingerprint: 'f266448b500d0ff6' },
    'ip4-design/mask-for-host-count': { verdict: 'ok', fingerprint: '9e1147f6447168bc' },
    'ip4-design/block-to-hold-vlsm-plan': { verdict: 'ok', fingerprint: '8aa582d9eda83fdf' },
    'ip4-design/split-second-half-again': { verdict: 'ok', fingerprint: '4694374e0a523127' },
    'ip4-design/subnets-left-after-allocation': { verdict: 'ok', fingerprint: '01b2567e3905df20' },
    'ip4-routes/summary-of-aligned-networks': { verdict: 'ok', fingerprint: 'c69cb0d05e29578c' },
    'ip4-routes/smallest-summary-of-unaligned-networks': {
      verdict: 'ok',
      fingerprint: '4a50531b914eb8ab',
    },
    'ip4-routes/extra-addresses-in-summary': { verdict: 'ok', fingerprint: 'b04ceb61594c4d9f' },
    'ip4-routes/longest-prefix-match-route': { verdict: 'ok', fingerprint: '1217f2eb41798e9e' },
    'ip4-routes/destination-using-a-route': { verdict: 'ok', fingerprint: 'd7aa410549ab6c56' },
    'ip4-routes/proposed-network-overlap': { verdict: 'ok', fingerprint: '86d6cdbd677bfb2a' },
    'ip4-routes/address-covered-by-summary': { verdict: 'ok', fingerprint: '886eac823839d834' },
    'ip4-routes/acl-wildcard-match': { verdict: 'ok', fingerprint: 'afb2e9867149eba4' },
    'ip4-routes/first-address-after-summary': { verdict: 'ok', fingerprint: '65daa37433b2695d' },
    'ip4-routes/route-for-address-range': { verdict: 'ok', fingerprint: '93c9b2f42eab7067' },
    'ip4-routes/summary-of-two-networks': { verdict: 'ok', fingerprint: '7e2cfa996d4a49b0' },
    'ip4-routes/slash-24s-in-summary': { verdict: 'ok', fingerprint: 'be60d2af64967b95' },
    'ip4-routes/address-range-of-summary': { verdict: 'ok', fingerprint: '0547a2839b9bb725' },
    'ip4-routes/wildcard-for-summary-acl': { verdict: 'ok', fingerprint: '554a0610bee97887' },
    'ip4-routes/vpc-cidr-that-can-peer': { verdict: 'ok', fingerprint: '1f662ee4a70ccec0' },
    'ip4-routes/routes-covered-by-summary': { verdict: 'ok', fingerprint: '2f9632f333072192' },
    'ip4-special/kind-of-172-address': { verdict: 'ok', fingerprint: '854793774b324428' },
    'ip4-special/kind-of-100-address': { verdict: 'ok', fingerprint: '7cce74d5f108af4a' },
    'ip4-special/kind-of-169-address': { verdict: 'ok', fingerprint: '73858569d195d239' },
    'ip4-special/kind-of-192-address': { verdict: 'ok', fingerprint: '23ecadf473ee1486' },
    'ip4-special/kind-of-198-or-203-address': { verdict: 'ok', fingerprint: '472b193c24f04169' },
    'ip4-special/kind-of-high-address': { verdict: 'ok', fingerprint: 'a2d030c32b59630c' },
    'ip4-special/kind-of-127-or-neighbour': { verdict: 'ok', fingerprint: '3f0bc54ca0c6094d' },
    'ip4-special/which-address-is-private': { verdict: 'ok', fingerprint: 'c2b1b12f12c686f6' },
    'ip4-special/which-address-is-for-documentation': {
      verdict: 'ok',
      fingerprint: '2459b0da8f28ef41',
    },
    'ip4-special/slash-31-links-in-block': { verdict: 'ok', fingerprint: 'a662a057233a9e82' },
    'ip4-special/slash-31-link-addresses': { verdict: 'ok', fingerprint: '122788a37c948b32' },
    'ip4-special/cloud-subnet-usable-addresses': { verdict: 'ok', fingerprint: 'd01d2b9268981781' },
    'ip4-special/cloud-first-assignable-address': {
      verdict: 'ok',
      fingerprint: 'bbc93c398df38ad9',
    },
    'ip4-special/cloud-reserved-address': { verdict: 'ok', fingerprint: '7f9a44e7c17fe937' },
    'ip4-special/gcp-style-usable-addresses': { verdict: 'ok', fingerprint: '802e8d4b7ccd2a3e' },
    'ip4-special/cgnat-subscribers-in-shared-space': {
      verdict: 'ok',
      fingerprint: 'c1297527181dda38',
    },
    'ip4-trouble/dhcp-pool-size-with-exclusions': {
      verdict: 'ok',
      fingerprint: '5120a1545da5051a',
    },
    'ip4-trouble/dhcp-range-address-count': { verdict: 'ok', fingerprint: 'd7e451b082938549' },
    'ip4-trouble/valid-gateway-for-host': { verdict: 'ok', fingerprint: 'a3cf9f60d7f6cb49' },
    'ip4-trouble/host-configuration-fault': { verdict: 'ok', fingerprint: '883fac6a7b788d93' },
    'ip4-trouble/address-resolved-by-arp': { verdict: 'ok', fingerprint: '61643104b75d012a' },
    'ip4-trouble/hosts-with-mismatched-masks': { verdict: 'ok', fingerprint: '0bd180c6efb7a7ef' },
    'ip4-trouble/addresses-off-link-after-wrong-mask': {
      verdict: 'ok',
      fingerprint: 'fb459e7e9dcd5413',
    },
    'ip4-trouble/self-assigned-address-diagnosis': {
      verdict: 'ok',
      fingerprint: '0de9b2c2128bb37f',
    },
    'ip4-trouble/static-address-outside-pool': { verdict: 'ok', fingerprint: 'a717d834e27d9121' },
    'ip4-trouble/last-address-of-pool': { verdict: 'ok', fingerprint: '105cd65e1bfee451' },
    'ip4-trouble/relay-scope-for-interface': { verdict: 'ok', fingerprint: 'e70b45b1164e8ea6' },
    'ip4-trouble/free-leases-in-pool': { verdict: 'ok', fingerprint: '3d3d66c8b3cdd922' },
    'ip4-trouble/broadcast-used-with-wrong-mask': {
      verdict: 'ok',
      fingerprint: '01453d31b3423212',
    },
    'ip4-trouble/longest-prefix-keeping-gateway-on-link': {
      verdict: 'ok',
      fingerprint: 'e98017fb01028a54',
    },
    'ip4-trouble/device-outside-vlan-subnet': { verdict: 'ok', fingerprint: '5b025187896e3c7c' },
    'ip4-trouble/first-address-handed-out-after-exclusion': {
      verdict: 'ok',
      fingerprint: '003bc5534d8c0de9',
    },
  },
}
