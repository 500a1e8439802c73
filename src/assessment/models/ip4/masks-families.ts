import type { Rng } from '../../rng.js'
import {
  anyHost,
  bcastOf,
  cap,
  client,
  count,
  dot,
  family,
  inOctet,
  maskOf,
  netOf,
  octetOf,
  offBoundary,
  sizeOf,
  wildOf,
  wrongOctet,
} from './ip4-text.js'

/** The mask of `p` with its partial octet replaced by `v`: the slips that misplace one octet. */
const partialAs = (p: number, v: number): number => maskOf(8 * octetOf(p)) + inOctet(octetOf(p), v)
/** The value of the partial octet of `p`'s mask (192 for /26). */
const maskOctet = (p: number): number => 256 - 2 ** (8 - (p % 8))

// Addresses and masks: prefix and dotted mask, wildcard masks, a subnet's network, broadcast and
// host range, host counts, and whether addresses share a subnet. Usable hosts are the addresses
// between the network and the broadcast address, as every stem says.

export const MASK_FAMILIES = [
  family('prefix-to-dotted-mask', (rng) => {
    const p = offBoundary(rng, 9, 30)
    return {
      stem: `${cap(client(rng))}'s router wants the subnet mask in dotted-decimal form, but the plan says /${p}. What dotted mask should be entered?`,
      key: dot(maskOf(p)),
      wrong: [
        [dot(wildOf(p)), 'gives the wildcard mask'],
        [dot(partialAs(p, 256 - maskOctet(p))), 'writes the block size in place of the mask octet'],
        [dot(partialAs(p, 255 - maskOctet(p))), 'writes the wildcard value in the partial octet'],
        [dot(maskOf(wrongOctet(p))), 'puts the partial octet in the wrong octet'],
        [dot(maskOf(8 * octetOf(p))), 'drops the partial octet'],
        [
          dot(partialAs(p, 256 - 2 ** (p % 8))),
          'sets the host-bit count of ones in the partial octet',
        ],
      ],
      figures: { p },
    }
  }),
  family('dotted-mask-to-prefix', (rng) => {
    const p = offBoundary(rng, 9, 30)
    const full = octetOf(p)
    return {
      stem: `A shop's old switch shows the mask ${dot(maskOf(p))}. What prefix length is that in CIDR notation?`,
      key: `/${p}`,
      wrong: [
        [`/${32 - p}`, 'counts the host bits'],
        [`/${8 * full}`, 'counts only the 255 octets'],
        [`/${8 * full + 8 - (p % 8)}`, 'counts the zero bits of the partial octet'],
        [`/${8 * full + 8}`, 'rounds up to the next octet boundary'],
        [`/${24 + (p % 8)}`, 'adds the partial octet’s bits to 24 whatever octet it is in'],
      ],
      figures: { p },
    }
  }),
  family('wildcard-for-prefix', (rng) => {
    const p = offBoundary(rng, 9, 30)
    const i = octetOf(p)
    const w = wildOf(p)
    return {
      stem: `An access-control list on a Cisco router matches the whole subnet 10.0.0.0/${p} with a wildcard mask (1 bits are the bits that may vary). Which wildcard mask is that?`,
      key: dot(w),
      wrong: [
        [dot(maskOf(p)), 'enters the subnet mask'],
        [dot(wildOf(wrongOctet(p))), 'works the wildcard in the wrong octet'],
        [dot(w + inOctet(i, 1)), 'writes the block size, not the block size less one'],
        [dot(partialAs(p, 255 - maskOctet(p))), 'inverts only the partial octet'],
      ],
      figures: { p },
    }
  }),
  family('wildcard-to-prefix', (rng) => {
    let p = offBoundary(rng, 9, 30)
    if (p % 8 === 4) p += 1
    const full = octetOf(p)
    return {
      stem: `A firewall rule written by a previous contractor reads \`permit ip 10.0.0.0 ${dot(wildOf(p))} any\` (a wildcard mask: 1 bits may vary). Which prefix length does the rule match?`,
      key: `/${p}`,
      wrong: [
        [`/${32 - p}`, 'counts the wildcard’s one bits as the prefix'],
        [`/${8 * full + 8}`, 'ignores the partial octet'],
        [`/${8 * full}`, 'treats the partial octet as fully wild'],
        [`/${8 * full + 8 - (p % 8)}`, 'counts the partial octet’s one bits as network bits'],
      ],
      figures: { p },
    }
  }),
  family('network-address', (rng) => {
    const p = offBoundary(rng, 17, 30)
    const a = anyOf(rng, p)
    const n = netOf(a, p)
    return {
      stem: `A printer at ${client(rng)} is configured as ${dot(a)}/${p}. What is the network address of its subnet?`,
      key: dot(n),
      wrong: [
        [dot(bcastOf(a, p)), 'gives the broadcast address'],
        [dot(netOf(a, 24)), 'zeroes the last octet as if the prefix were /24'],
        [dot(netOf(a, wrongOctet(p))), 'works the block size in the wrong octet'],
        [dot(n + 1), 'gives the first usable host'],
        [dot(netOf(a, p + 1)), 'uses one network bit too many'],
      ],
      figures: { a: dot(a), p },
    }
  }),
  family('broadcast-address', (rng) => {
    const p = offBoundary(rng, 17, 30)
    const a = anyOf(rng, p)
    const b = bcastOf(a, p)
    return {
      stem: `A technician checks the directed broadcast for host ${dot(a)}/${p}. What is the broadcast address of that host's subnet?`,
      key: dot(b),
      wrong: [
        [dot(netOf(a, p)), 'gives the network address'],
        [dot(b - 1), 'gives the last usable host'],
        [dot(bcastOf(a, 24)), 'sets the last octet to 255 as if the prefix were /24'],
        [dot(netOf(a, p) + sizeOf(p)), 'adds the block size without taking one off'],
        [dot(bcastOf(a, wrongOctet(p))), 'works the block size in the wrong octet'],
      ],
      figures: { a: dot(a), p },
    }
  }),
  family('first-usable-host', (rng) => {
    const p = offBoundary(rng, 17, 29)
    const a = anyOf(rng, p)
    const n = netOf(a, p)
    return {
      stem: `${cap(client(rng))} wants its gateway on the first usable address of the subnet that holds ${dot(a)}/${p}. Which address is that?`,
      key: dot(n + 1),
      wrong: [
        [dot(n), 'takes the network address itself'],
        [dot(netOf(a, 24) + 1), 'counts from the /24 boundary'],
        [dot(bcastOf(a, p) - 1), 'gives the last usable host'],
        [dot(n + sizeOf(p) + 1), 'gives the first host of the next subnet'],
        [dot(netOf(a, wrongOctet(p)) + 1), 'works the block size in the wrong octet'],
      ],
      figures: { a: dot(a), p },
    }
  }),
  family('last-usable-host', (rng) => {
    const p = offBoundary(rng, 17, 29)
    const a = anyOf(rng, p)
    const b = bcastOf(a, p)
    return {
      stem: `A network technician reserves the last usable address of the subnet holding ${dot(a)}/${p} for a firewall. Which address is it?`,
      key: dot(b - 1),
      wrong: [
        [dot(b), 'takes the broadcast address'],
        [dot(b + 1), 'takes the next subnet’s network address'],
        [dot(bcastOf(a, 24) - 1), 'ends the subnet at the /24 boundary'],
        [dot(netOf(a, p) + 1), 'gives the first usable host'],
        [dot(bcastOf(a, wrongOctet(p)) - 1), 'works the block size in the wrong octet'],
      ],
      figures: { a: dot(a), p },
    }
  }),
  family('usable-hosts-for-prefix', (rng) => {
    const p = offBoundary(rng, 17, 29)
    const h = 32 - p
    return {
      stem: `How many addresses can be given to hosts on a /${p} subnet, leaving out the network and broadcast addresses?`,
      key: count(2 ** h - 2),
      wrong: [
        [count(2 ** h), 'counts every address in the block'],
        [count(2 ** h - 1), 'takes off only the network address'],
        [count(2 ** (h % 8) - 2), 'counts only the host bits in the last octet'],
        [count(2 ** (8 - (p % 8))), 'gives the block size in the partial octet'],
        [count(2 ** (h - 1) - 2), 'counts one host bit too few'],
        [count(2 ** (h + 1) - 2), 'counts one host bit too many'],
        [count(2 ** p - 2), 'raises 2 to the prefix length, the network bits'],
      ],
      figures: { p },
    }
  }),
  family('address-in-same-subnet', (rng) => {
    const p = rng.int(25, 29)
    const a = anyOf(rng, p)
    const n = netOf(a, p)
    const z = sizeOf(p)
    let inside = n + rng.int(1, z - 2)
    if (inside === a) inside = inside === n + 1 ? n + 2 : n + 1
    const other =
      netOf(a, 24) + (((n % 256) + z * rng.int(1, 256 / z - 1)) % 256) + rng.int(1, z - 2)
    return {
      stem: `A laptop is ${dot(a)}/${p}. Which of these addresses is a usable host on the same subnet, so the laptop reaches it without its gateway?`,
      key: dot(inside),
      wrong: [
        [dot(n + z + rng.int(1, z - 2)), 'counts the block on from the host, not the network'],
        [dot(n - z + rng.int(1, z - 2)), 'takes the block before the network as its own'],
        [dot(bcastOf(a, p)), 'picks the broadcast address, which no host can use'],
        [dot(n), 'picks the network address, which no host can use'],
        [dot(other), 'assumes every address in the /24 is local'],
      ],
      figures: { a: dot(a), p, inside: dot(inside) },
    }
  }),
  family('block-size-in-partial-octet', (rng) => {
    const p = offBoundary(rng, 9, 30)
    const m = maskOctet(p)
    const octet = ['first', 'second', 'third', 'fourth'][octetOf(p)]
    return {
      stem: `With the mask ${dot(maskOf(p))}, subnets step up by a fixed amount in the ${octet} octet. What is that step (the block size)?`,
      key: count(256 - m),
      wrong: [
        [count(m), 'takes the mask octet as the step'],
        [count(255 - m), 'takes the wildcard octet, one short of the block'],
        [count(2 ** (p % 8)), 'counts the subnets the partial octet makes'],
        [count(p % 8), 'takes the number of network bits in the octet'],
      ],
      figures: { p },
    }
  }),
  family('host-range-of-subnet', (rng) => {
    const p = offBoundary(rng, 17, 29)
    const a = anyOf(rng, p)
    const [n, b] = [netOf(a, p), bcastOf(a, p)]
    const range = (x: number, y: number) => `${dot(x)} to ${dot(y)}`
    return {
      stem: `A DHCP server must hand out every usable address of the subnet holding ${dot(a)}/${p}. Which range is that?`,
      key: range(n + 1, b - 1),
      wrong: [
        [range(n, b), 'includes the network and broadcast addresses'],
        [range(n + 1, b), 'includes the broadcast address'],
        [range(n, b - 1), 'includes the network address'],
        [range(netOf(a, 24) + 1, bcastOf(a, 24) - 1), 'assumes a /24'],
        [range(n + 1, n + sizeOf(p) - 2 + sizeOf(p)), 'takes two blocks for one'],
      ],
      figures: { a: dot(a), p },
    }
  }),
  family('integer-to-dotted', (rng) => {
    const a = anyHost(rng)
    const [o0, o1, o2, o3] = [24, 16, 8, 0].map((s) => Math.floor(a / 2 ** s) % 256) as [
      number,
      number,
      number,
      number,
    ]
    return {
      stem: `A flow log exports a client address as the unsigned 32-bit integer ${a}, most significant byte first (network byte order). Which dotted address is that?`,
      key: dot(a),
      wrong: [
        [`${o3}.${o2}.${o1}.${o0}`, 'reads it in little-endian host byte order'],
        [base255(a), 'divides by 255 instead of 256'],
        [`${o2}.${o3}.${o0}.${o1}`, 'reads the two 16-bit words in the wrong order (word-swapped)'],
        [
          `${o1}.${o0}.${o3}.${o2}`,
          'byte-swaps each 16-bit half (ntohs) instead of the whole word',
        ],
        ...thousands(a),
      ],
      figures: { a },
    }
  }),
  family('usable-hosts-from-dotted-mask', (rng) => {
    const p = offBoundary(rng, 17, 29)
    const h = 32 - p
    const m = maskOctet(p)
    return {
      stem: `A shop's VLAN uses the mask ${dot(maskOf(p))}. How many usable host addresses does each subnet have, leaving out the network and broadcast addresses?`,
      key: count(2 ** h - 2),
      wrong: [
        [count(2 ** h), 'counts every address in the block'],
        [count(256 - m - 2), 'counts only the partial octet’s block'],
        [count(255 - m), 'reads the wildcard octet as the host count'],
        [count(2 ** (h + 1) - 2), 'counts one host bit too many'],
        [count((256 - m) * 256 ** (3 - octetOf(p)) - 1), 'takes off only the network address'],
      ],
      figures: { p },
    }
  }),
  family('network-from-dotted-mask', (rng) => {
    const p = offBoundary(rng, 17, 30)
    const a = anyOf(rng, p)
    const n = netOf(a, p)
    return {
      stem: `A NAS is set to ${dot(a)} with mask ${dot(maskOf(p))}. What is its subnet's network address (the address ANDed with the mask)?`,
      key: dot(n),
      wrong: [
        [dot(a - (a % 256)), 'zeroes only the last octet'],
        [dot(bcastOf(a, p)), 'ORs with the wildcard, giving the broadcast'],
        [dot(netOf(a, wrongOctet(p))), 'applies the partial octet to the wrong octet'],
        [dot(n + sizeOf(p)), 'rounds up to the next block boundary'],
        [dot(a % sizeOf(p)), 'ANDs with the wildcard mask, keeping the host bits'],
      ],
      figures: { a: dot(a), p },
    }
  }),
  family('dotted-to-integer', (rng) => {
    const a = anyHost(rng)
    const [o0, o1, o2, o3] = [24, 16, 8, 0].map((s) => Math.floor(a / 2 ** s) % 256) as [
      number,
      number,
      number,
      number,
    ]
    return {
      stem: `A cloud firewall API wants ${dot(a)} as one unsigned 32-bit integer, most significant octet first (octet₁ × 256³ + octet₂ × 256² + octet₃ × 256 + octet₄). Which integer is that?`,
      key: count(a),
      wrong: [
        [count(((o3 * 256 + o2) * 256 + o1) * 256 + o0), 'takes the octets in reverse order'],
        [count(((o0 * 255 + o1) * 255 + o2) * 255 + o3), 'multiplies by 255 instead of 256'],
        [count(o0 * 16777216 + o1 * 65536 + o2 * 256), 'leaves the last octet out'],
        [count(o0 * 65536 + o1 * 256 + o2 + o3 * 16777216), 'puts the last octet first'],
      ],
      figures: { a },
    }
  }),
] as const

/** A host address that is neither the network nor the broadcast address of its /p subnet. */
function anyOf(rng: Rng, p: number): number {
  for (;;) {
    const a = anyHost(rng)
    if (a !== netOf(a, p) && a !== bcastOf(a, p)) return a
  }
}

/** The integer's digits in base 255, the slip of dividing by 255 (all below 255 for the hosts drawn). */
function base255(a: number): string {
  return [3, 2, 1, 0].map((k) => Math.floor(a / 255 ** k) % 255).join('.')
}

/**
 * The integer's decimal digits read in the groups its thousands separators make (3,232,278,243 as
 * 3.232.278.243), offered only when every group is a valid octet.
 */
function thousands(a: number): [string, string][] {
  const groups = a.toLocaleString('en-US').split(',')
  return groups.length === 4 && groups.every((g) => Number(g) <= 255)
    ? [[groups.map(Number).join('.'), 'reads the decimal digits in groups of three as the octets']]
    : []
}
