import type { Rng } from '../../rng.js'
import { anyHost, cap, client, count, dot, family, netOf, sizeOf, wrongOctet } from './ip4-text.js'

// Special and private ranges: RFC 1918 private blocks (10.0.0.0/8, 172.16.0.0/12,
// 192.168.0.0/16), RFC 6598 shared address space (100.64.0.0/10), loopback (127.0.0.0/8),
// link-local (169.254.0.0/16), multicast (224.0.0.0/4), reserved (240.0.0.0/4), the three
// documentation blocks of RFC 5737 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), /31 links
// under RFC 3021 and a cloud provider's reserved addresses, which every stem states as the
// provider's rule rather than leaving to memory.

const KIND = {
  private: 'Private (RFC 1918)',
  shared: 'Shared address space for carrier-grade NAT (RFC 6598)',
  loopback: 'Loopback',
  linkLocal: 'Link-local (self-assigned)',
  multicast: 'Multicast',
  reserved: 'Reserved for future use',
  documentation: 'Documentation only (RFC 5737)',
  public: 'Public unicast',
} as const
type Kind = keyof typeof KIND

/** The kind of an address, worked from the ranges above (the 0/8 and broadcast are not drawn). */
export function kindOf(a: number): Kind {
  const within = (n: string, p: number) => netOf(a, p) === ip(n)
  if (within('10.0.0.0', 8) || within('172.16.0.0', 12) || within('192.168.0.0', 16))
    return 'private'
  if (within('100.64.0.0', 10)) return 'shared'
  if (within('127.0.0.0', 8)) return 'loopback'
  if (within('169.254.0.0', 16)) return 'linkLocal'
  if (within('224.0.0.0', 4)) return 'multicast'
  if (within('240.0.0.0', 4)) return 'reserved'
  if (within('192.0.2.0', 24) || within('198.51.100.0', 24) || within('203.0.113.0', 24))
    return 'documentation'
  return 'public'
}
const ip = (s: string): number => s.split('.').reduce((v, o) => v * 256 + Number(o), 0)
const at = (rng: Rng, a: number, b: number, c?: number) =>
  ((a * 256 + b) * 256 + (c ?? rng.int(0, 255))) * 256 + rng.int(1, 254)

/**
 * A classification family: the key is the address's kind; each listed wrong kind carries the
 * slip that gives it, and the kind the address really has is never offered as a mistake.
 */
const classify = (
  id: string,
  draw: (rng: Rng) => number,
  slips: Partial<Record<Kind, string>>,
  ask: string,
) =>
  family(id, (rng) => {
    const a = draw(rng)
    const kind = kindOf(a)
    return {
      stem: ask.replace('{a}', dot(a)).replace('{client}', client(rng)),
      key: KIND[kind],
      wrong: (Object.entries(slips) as [Kind, string][])
        .filter(([k]) => k !== kind)
        .map(([k, why]) => [KIND[k], why] as [string, string]),
      figures: { a: dot(a) },
    }
  })

export const SPECIAL_FAMILIES = [
  classify(
    'kind-of-172-address',
    (rng) => at(rng, 172, rng.pick([rng.int(16, 31), rng.int(10, 15), rng.int(32, 40)])),
    {
      private: 'takes all of 172.0.0.0/8 as private',
      public: 'forgets that 172.16.0.0/12 runs to 172.31.255.255',
      shared: 'confuses the /12 private block with the /10 shared block',
      documentation: 'takes an unfamiliar range for documentation space',
      linkLocal: 'takes an unfamiliar private range for self-assigned',
    },
    'A log at {client} shows traffic from {a}. Which kind of address is it?',
  ),
  classify(
    'kind-of-100-address',
    (rng) =>
      at(
        rng,
        100,
        rng.pick([rng.int(64, 127), rng.int(64, 127), rng.int(50, 63), rng.int(128, 140)]),
      ),
    {
      shared: 'takes all of 100.0.0.0/8 as shared space',
      public: 'forgets that 100.64.0.0/10 runs to 100.127.255.255',
      private: 'takes carrier-grade NAT space for RFC 1918 space',
      documentation: 'takes an unfamiliar range for documentation space',
      reserved: 'takes an unfamiliar range for reserved space',
      loopback: 'takes an address the router reports about itself for loopback',
    },
    'A shop router behind a mobile broadband link reports its WAN address as {a}. Which kind of address is it?',
  ),
  classify(
    'kind-of-169-address',
    (rng) => at(rng, 169, rng.pick([254, 254, rng.int(200, 253), 255])),
    {
      linkLocal: 'takes all of 169.0.0.0/8 as self-assigned',
      public: 'forgets that 169.254.0.0/16 is self-assigned',
      private: 'takes the self-assigned range for RFC 1918 space',
      loopback: 'takes a host-only address for loopback',
      shared: 'takes an unfamiliar range for carrier-grade NAT space',
    },
    'A laptop at {client} shows the address {a}. Which kind of address is it?',
  ),
  classify(
    'kind-of-192-address',
    (rng) =>
      rng.pick([
        at(rng, 192, 168),
        at(rng, 192, 0, 2),
        at(rng, 192, 169),
        at(rng, 192, rng.int(100, 167)),
      ]),
    {
      private: 'takes every 192 address as private',
      documentation: 'takes any 192.0 or 192.x address for TEST-NET-1',
      public: 'forgets the private or documentation block it falls in',
      shared: 'takes an unfamiliar range for carrier-grade NAT space',
      linkLocal: 'takes an unfamiliar range for self-assigned space',
    },
    'A technician reviewing a firewall rule sees {a}. Which kind of address is it?',
  ),
  classify(
    'kind-of-198-or-203-address',
    (rng) =>
      rng.pick([
        at(rng, 198, 51, 100),
        at(rng, 203, 0, 113),
        at(rng, 198, 51, rng.int(101, 120)),
        at(rng, 203, 0, rng.int(114, 130)),
      ]),
    {
      documentation: 'takes the whole /16 around a documentation /24 as documentation space',
      public: 'does not know the RFC 5737 documentation blocks',
      private: 'takes an address that looks internal for private space',
      reserved: 'takes an unfamiliar range for reserved space',
      shared: 'takes an unfamiliar range for carrier-grade NAT space',
    },
    'A vendor’s example configuration, copied into {client}’s router, uses {a}. Which kind of address is it?',
  ),
  classify(
    'kind-of-high-address',
    (rng) =>
      at(rng, rng.pick([rng.int(224, 239), rng.int(240, 254), rng.int(200, 223)]), rng.int(0, 255)),
    {
      multicast: 'takes every address from 224 upwards as multicast',
      reserved: 'takes the multicast block for reserved space',
      public: 'forgets that addresses from 224 upwards are not unicast',
      documentation: 'takes an unfamiliar range for documentation space',
      loopback: 'takes an unfamiliar range for host-only space',
    },
    'A switch at {client} logs a packet to {a}. Which kind of destination address is it?',
  ),
  classify(
    'kind-of-127-or-neighbour',
    (rng) => at(rng, rng.pick([127, 127, 126, 128]), rng.int(0, 255)),
    {
      loopback: 'takes any address near 127 as loopback',
      public: 'forgets that all of 127.0.0.0/8 is loopback, not only 127.0.0.1',
      private: 'takes a host-only address for private space',
      linkLocal: 'takes a host-only address for self-assigned space',
      reserved: 'takes an unfamiliar address for reserved space',
    },
    'A service at {client} is bound to {a}. Which kind of address is it?',
  ),
  family('which-address-is-private', (rng) => {
    const key = rng.pick([
      at(rng, 10, rng.int(0, 255)),
      at(rng, 172, rng.int(16, 31)),
      at(rng, 192, 168),
    ])
    return {
      stem: `${cap(client(rng))} wants its internal servers on RFC 1918 private addresses (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16). Which of these addresses qualifies?`,
      key: dot(key),
      wrong: [
        [dot(at(rng, 172, rng.int(32, 40))), 'takes 172.16.0.0/12 to run past 172.31'],
        [dot(at(rng, 192, 169)), 'takes 192.168.0.0/16 to run into 192.169'],
        [dot(at(rng, 100, rng.int(64, 127))), 'takes carrier-grade NAT space for RFC 1918 space'],
        [dot(at(rng, 169, 254)), 'takes link-local space for RFC 1918 space'],
        [dot(at(rng, 11, rng.int(0, 255))), 'takes 10.0.0.0/8 to run into 11'],
        [dot(at(rng, 172, rng.int(1, 15))), 'takes all of 172.0.0.0/8 as private'],
      ],
      figures: { key: dot(key) },
    }
  }),
  family('which-address-is-for-documentation', (rng) => {
    const key = rng.pick([at(rng, 192, 0, 2), at(rng, 198, 51, 100), at(rng, 203, 0, 113)])
    return {
      stem: `A technician writing ${client(rng)}'s network guide must use addresses reserved for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24). Which of these may appear in the guide?`,
      key: dot(key),
      wrong: [
        [dot(at(rng, 192, 168, 2)), 'uses private space, which may be someone’s real network'],
        [
          dot(at(rng, 198, 51, rng.int(101, 200))),
          'takes the whole 198.51.0.0/16 as documentation space',
        ],
        [
          dot(at(rng, 203, 0, rng.int(114, 200))),
          'takes the whole 203.0.0.0/16 as documentation space',
        ],
        [dot(at(rng, 192, 0, rng.int(3, 30))), 'takes all of 192.0.0.0/16 as documentation space'],
        [
          dot(at(rng, 10, 0, rng.int(0, 9))),
          'uses private space, which may be someone’s real network',
        ],
      ],
      figures: { key: dot(key) },
    }
  }),
  family('slash-31-links-in-block', (rng) => {
    const q = rng.int(22, 28)
    return {
      stem: `${cap(client(rng))}'s routers use /31 point-to-point links, where both addresses are usable (RFC 3021). How many such links fit in a /${q}?`,
      key: count(2 ** (31 - q)),
      wrong: [
        [count(2 ** (30 - q)), 'sizes each link as a /30'],
        [count(2 ** (32 - q) - 2), 'gives the block’s usable hosts'],
        [count(2 ** (31 - q) - 1), 'loses the block’s network and broadcast addresses'],
        [count(2 ** (32 - q)), 'gives the block’s addresses'],
        [count(31 - q), 'gives the bits between the prefixes'],
        [count(2 ** (31 - q) - 2), 'applies the old rule that loses the first and last subnet'],
        [count(2 ** (31 - wrongOctet(q))), 'works the block size in the wrong octet'],
      ],
      figures: { q },
    }
  }),
  family('slash-31-link-addresses', (rng) => {
    const n = netOf(anyHost(rng), 31)
    const end = n + rng.int(0, 1)
    const pair = (x: number) => `${dot(x)} and ${dot(x + 1)}`
    return {
      stem: `A router-to-router link at ${client(rng)} is a /31 (RFC 3021: both addresses are usable, there is no network or broadcast address). One end is ${dot(end)}/31. Which two addresses do the two ends use?`,
      key: pair(n),
      wrong: [
        [pair(n + 1), 'takes the /30 host pair, after a network address'],
        [pair(n + 2), 'starts the link at the next pair'],
        [pair(n - 1), 'pairs the address with the one before it'],
        [pair(netOf(n, 30) + 1), 'applies /30 rules to the link'],
      ],
      figures: { end: dot(end) },
    }
  }),
  family('cloud-subnet-usable-addresses', (rng) => {
    const p = rng.int(20, 28)
    const z = sizeOf(p)
    return {
      stem: `In AWS, each subnet has five addresses reserved: the first four and the last. How many addresses can instances use in a /${p} subnet of ${client(rng)}'s VPC?`,
      key: count(z - 5),
      wrong: [
        [count(z - 2), 'applies the on-premises rule of network and broadcast'],
        [count(z - 4), 'reserves only the first four'],
        [count(z), 'reserves none'],
        [count(z / 2 - 5), 'counts one host bit too few'],
        [count(z - 1), 'reserves only the last'],
        [count(z - 7), 'takes network and broadcast off as well as the five'],
      ],
      figures: { p },
    }
  }),
  family('cloud-first-assignable-address', (rng) => {
    const p = rng.int(20, 28)
    const n = netOf(anyHost(rng), p)
    return {
      stem: `The cloud provider ${client(rng)} uses reserves the first four addresses and the last address of every subnet. What is the first address an instance can be given in ${dot(n)}/${p}?`,
      key: dot(n + 4),
      wrong: [
        [dot(n + 1), 'applies the on-premises rule of the first usable host'],
        [dot(n + 5), 'reserves five addresses at the start'],
        [dot(n + 3), 'counts the network address as one of the four'],
        [dot(n), 'gives the network address'],
        [dot(n + sizeOf(p) - 5), 'takes the reserved addresses from the end'],
      ],
      figures: { n: dot(n), p },
    }
  }),
  family('cloud-reserved-address', (rng) => {
    const p = rng.int(22, 28)
    const n = netOf(anyHost(rng), p)
    const z = sizeOf(p)
    const r = rng.pick([n + 1, n + 2, n + 3, n + z - 1])
    return {
      stem: `${cap(client(rng))}'s cloud provider reserves, in every subnet, the network address, the next three (router, DNS and one for future use) and the last address. In ${dot(n)}/${p}, which of these addresses is reserved?`,
      key: dot(r),
      wrong: [
        [dot(n + 4), 'counts the network address as one of the next three'],
        [dot(n + z - 2), 'takes the last usable host for the last address'],
        [dot(n + z), 'takes the next subnet’s network address for the last address'],
        [dot(n + 5), 'reserves five addresses at the start'],
        [dot(n + z - 5), 'takes the reserved addresses from the end'],
      ],
      figures: { n: dot(n), p, r: dot(r) },
    }
  }),
  family('gcp-style-usable-addresses', (rng) => {
    const p = rng.int(20, 29)
    const z = sizeOf(p)
    return {
      stem: `${cap(client(rng))}'s cloud provider reserves four addresses in every subnet: the network, the default gateway (the first host), the second-to-last and the broadcast. How many addresses can VMs use in a /${p}?`,
      key: count(z - 4),
      wrong: [
        [count(z - 2), 'applies the on-premises rule of network and broadcast'],
        [count(z - 5), 'applies another provider’s rule of five'],
        [count(z), 'reserves none'],
        [count(z - 3), 'forgets the second-to-last address'],
        [count(2 * z - 4), 'counts one host bit too many'],
      ],
      figures: { p },
    }
  }),
  family('cgnat-subscribers-in-shared-space', (rng) => {
    const p = rng.int(20, 28)
    return {
      stem: `An ISP gives each subscriber a /${p} from the RFC 6598 shared address space 100.64.0.0/10. How many subscribers can it number from that block?`,
      key: count(2 ** (p - 10)),
      wrong: [
        [count(2 ** (p - 8)), 'takes the shared space as a /8'],
        [count(2 ** (p - 12)), 'takes the shared space as a /12 like 172.16.0.0/12'],
        [count(2 ** (p - 10) - 2), 'applies the old rule that loses the first and last subnet'],
        [count(2 ** (32 - p)), 'gives each subscriber’s addresses'],
        [count(p - 10), 'gives the bits between the prefixes'],
        [count(2 ** 22), 'gives the shared space’s addresses, not subscribers'],
        [
          count(Math.floor(2 ** 22 / (2 ** (32 - p) - 2))),
          'divides the space by each subscriber’s usable hosts, not its block',
        ],
      ],
      figures: { p },
    }
  }),
] as const
