import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { computed, v6full, v6text } from './calc.js'
import { client } from './draws.js'

/** A group with trailing zero digits (a00, 1200, db80), the kind a careless shortening clips. */
const clippable = (rng: Rng) => rng.int(1, 0xff) * 16 ** rng.int(1, 2)

/** An address in the documentation prefix with one run of zero groups and clippable groups. */
function drawGroups(rng: Rng): number[] {
  const start = rng.int(2, 4)
  const run = rng.int(2, 3)
  const groups = [0x2001, 0xdb8]
  while (groups.length < 8) {
    const i = groups.length
    groups.push(
      i >= start && i < start + run ? 0 : i === start + run ? clippable(rng) : rng.int(1, 0xfff),
    )
  }
  return groups
}

/** The groups with trailing zero digits cut off, as someone does who reads 0 as droppable anywhere. */
const clipTrailing = (groups: readonly number[]) =>
  groups.map((g) => (g === 0 ? 0 : Number.parseInt(g.toString(16).replace(/0+$/, ''), 16)))

/** IPv6: writing addresses, prefixes, interface IDs and which kind of address a host shows. */
export const IPV6_FAMILIES: readonly ScenarioFamily[] = [
  family('rfc5952-short-form', (rng) => {
    const groups = drawGroups(rng)
    const full = v6full(groups)
    const key = v6text(groups)
    const hex = (gs: readonly number[]) => gs.map((g) => g.toString(16)).join(':')
    return {
      stem: `${client(rng)}’s firewall export lists ${full}. The documentation must use the canonical short form that RFC 5952 prescribes. How is the address written in it?`,
      key,
      wrong: [
        [
          v6text(clipTrailing(groups)),
          'dropped trailing zeros inside a group as well as leading ones',
        ],
        [hex(groups), 'dropped leading zeros but did not collapse the zero run'],
        // The two mistakes together, so the key is not the one option each other differs from
        // by a single change.
        [hex(clipTrailing(groups)), 'dropped trailing zeros in groups and left the zero run'],
      ],
      v6: { full, kind: 'short' },
    }
  }),
  family('expand-to-the-full-form', (rng) => {
    const groups = drawGroups(rng)
    const short = v6text(groups)
    const run = groups.indexOf(0)
    const zeros = groups.filter((g) => g === 0).length
    const movedRun = [
      ...groups.slice(0, run),
      ...groups.slice(run + zeros),
      ...Array<number>(zeros).fill(0),
    ]
    const padRight = groups.map((g) => Number.parseInt(g.toString(16).padEnd(4, '0'), 16))
    const oneShort = [...groups.slice(0, run), ...groups.slice(run + 1), 0x0]
    return {
      stem: `A cloud firewall at ${client(rng)} wants addresses with all eight groups of four digits. What is ${short} written that way?`,
      key: v6full(groups),
      wrong: [
        [v6full(padRight), 'padded the groups with zeros on the right'],
        [v6full(movedRun), 'put the zero groups of “::” at the end'],
        [v6full(oneShort), 'expanded “::” one group short and padded the end'],
      ],
      v6: { full: v6full(groups), kind: 'full' },
    }
  }),
  family('eui64-interface-id', (rng) => {
    const bytes = [rng.int(0, 63) * 4, ...Array.from({ length: 5 }, () => rng.int(0, 255))]
    const mac = bytes.map((b) => b.toString(16).padStart(2, '0')).join(':')
    return computed(rng, {
      stem: `A printer at ${client(rng)} with MAC ${mac} forms its IPv6 interface ID by modified EUI-64. What is the interface ID?`,
      key: ['eui64', [mac]],
      wrong: [
        [
          [
            'eui64',
            [bytes.map((b, i) => (i === 0 ? b ^ 2 : b).toString(16).padStart(2, '0')).join(':')],
          ],
          'forgot to flip the universal/local bit',
        ],
        [
          [
            'eui64',
            [bytes.map((b, i) => (i === 0 ? b ^ 3 : b).toString(16).padStart(2, '0')).join(':')],
          ],
          'flipped the lowest bit of the first byte instead',
        ],
        [
          [
            'eui64',
            [bytes.map((b, i) => (i === 0 ? b ^ 0x82 : b).toString(16).padStart(2, '0')).join(':')],
          ],
          'flipped the highest bit of the first byte instead',
        ],
      ],
    })
  }),
  family('kind-of-ipv6-address', (rng) => {
    const h = () => rng.int(1, 0xffff).toString(16)
    const cases = [
      [`fe80::${h()}:${h()}:${h()}:${h()}`, 'Link-local: valid only on that link'],
      [
        `fd${rng.int(0, 255).toString(16).padStart(2, '0')}:${h()}:${h()}::${h()}`,
        'Unique local: private to the site',
      ],
      [`2a0${rng.int(0, 9)}:${h()}:${h()}::${h()}`, 'Global unicast: routed on the internet'],
      [`ff02::${rng.pick(['1', '2', '1:2'])}`, 'Multicast: a group of hosts'],
    ] as const
    const [addr, key] = rng.pick(cases)
    const labels = [
      ['Link-local: valid only on that link', 'mistook the prefix for fe80::/10 link-local'],
      ['Unique local: private to the site', 'mistook the prefix for fc00::/7 unique local'],
      ['Global unicast: routed on the internet', 'mistook the prefix for 2000::/3 global unicast'],
      ['Multicast: a group of hosts', 'mistook the prefix for ff00::/8 multicast'],
      ['Loopback: the host itself', 'mistook the address for the ::1 loopback'],
    ] as const
    return {
      stem: `${client(rng)}’s server shows the IPv6 address ${addr}. What kind of address is it?`,
      key,
      wrong: labels.filter(([text]) => text !== key),
      v6: { full: addr, kind: 'kind' },
    }
  }),
  family('ipv6-network-prefix', (rng) => {
    const groups = [
      0x2001,
      0xdb8,
      rng.int(1, 0xfff),
      rng.int(1, 0xfff) * 16,
      rng.int(1, 0xffff),
      rng.int(1, 0xffff),
      rng.int(1, 0xffff),
      rng.int(1, 0xffff),
    ]
    const addr = v6text(groups)
    const p = rng.pick([48, 56, 64])
    return computed(rng, {
      stem: `A VM at ${client(rng)} has ${addr}/${p}. What is the network prefix it sits in?`,
      key: ['v6network', [addr, p]],
      wrong: [
        [['v6network', [addr, p - 16]], 'kept one group too few'],
        [['v6network', [addr, p + 16]], 'kept one group too many'],
        [['v6network', [addr, p - 8]], 'cut two hex digits more than the prefix covers'],
        [['v6network', [addr, p + 8]], 'kept two more hex digits than the prefix covers'],
      ],
    })
  }),
  family('subnets-in-a-delegated-prefix', (rng) => {
    const p = rng.pick([48, 52, 56, 60])
    return computed(rng, {
      stem: `${client(rng)}’s ISP delegates a /${p} IPv6 prefix. How many /64 LAN subnets can the office make from it?`,
      key: ['power', [64 - p]],
      wrong: [
        [['power', [(64 - p) / 4]], 'counted hex digits of the subnet ID as bits'],
        [['power', [64 - p + 1]], 'counted one subnet bit too many'],
        [['power', [64 - p - 1]], 'counted one subnet bit too few'],
        [['power', [p - 32]], 'counted the bits after a /32 instead'],
      ],
      show: (n) => `${n} subnets`,
    })
  }),
  family('slaac-needs-a-64', (rng) => ({
    stem: `${client(rng)}’s router advertises a /72 on the LAN with SLAAC on, and no device forms an address from it. Why?`,
    key: 'SLAAC forms 64-bit interface IDs, so the LAN prefix must be a /64',
    wrong: [
      ['SLAAC needs a DHCPv6 server to hand out the prefix', 'took DHCPv6 for a need of SLAAC'],
      [
        'A /72 holds too few addresses for the LAN’s devices',
        'thought a /72 runs out of addresses',
      ],
      ['SLAAC works only with link-local addresses', 'confused SLAAC with link-local forming'],
      ['The router must send broadcasts for SLAAC to work', 'gave IPv6 a broadcast'],
    ],
  })),
  family('neighbour-discovery-replaces-arp', (rng) => ({
    stem: `A technician at ${client(rng)} looks for ARP traffic in an IPv6-only capture and finds none. How do IPv6 hosts find a neighbour’s MAC address?`,
    key: 'Neighbour Discovery, with ICMPv6 to solicited-node multicast',
    wrong: [
      ['ARP over IPv6, carried in UDP', 'assumed ARP survives in IPv6'],
      ['Broadcasts to ff:ff:ff:ff:ff:ff, as in IPv4', 'gave IPv6 a broadcast'],
      ['DHCPv6, which hands out the MAC addresses', 'took addressing for neighbour discovery'],
      ['DNS AAAA lookups of each neighbour', 'took name lookups for link-layer discovery'],
      [
        'Gratuitous ARP replies that every IPv6 router sends out on a timer',
        'kept ARP in IPv6 under another name',
      ],
      [
        'The switch’s MAC table, which hosts read over LLDP before sending',
        'took a switch feature for host discovery',
      ],
    ],
  })),
  family('link-local-needs-a-zone', (rng) => ({
    stem: `On a server at ${client(rng)} with two NICs, “ping fe80::1” fails while the router is on the first NIC’s link. What is needed?`,
    key: 'The interface (zone), e.g. fe80::1%eth0',
    wrong: [
      ['A /64 prefix length, e.g. fe80::1/64', 'gave a prefix where a zone is needed'],
      ['A global address, since fe80 is not pingable', 'thought link-local cannot be pinged'],
      ['A default route through fe80::1', 'added routing where the link is unknown'],
      ['An AAAA record for fe80::1', 'took names for an interface choice'],
    ],
  })),
  family('ula-for-internal-services', (rng) => ({
    stem: `${client(rng)} wants stable internal IPv6 addresses for its NAS and printers, reachable from every office VLAN and never changing with the ISP prefix. Which addresses fit?`,
    key: 'Unique local addresses from a random fd00::/8 prefix',
    wrong: [
      ['Link-local addresses from fe80::/10', 'chose addresses valid on one link only'],
      ['Documentation addresses from 2001:db8::/32', 'used the documentation prefix'],
      ['Global addresses from the ISP’s prefix', 'chose what changes with the ISP'],
      ['IPv4-mapped addresses from ::ffff:0:0/96', 'chose an IPv4 transition form'],
      [
        'Global addresses from the ISP prefix, with DHCPv6 reservations for each',
        'pinned addresses that still change with the ISP prefix',
      ],
      [
        'Private IPv4 addresses, because IPv6 has no range for internal use',
        'thought IPv6 has no private range',
      ],
    ],
  })),
]
