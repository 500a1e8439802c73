import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  anyHost,
  bcastOf,
  cap,
  client,
  count,
  dot,
  family,
  netOf,
  sizeOf,
  wrongOctet,
} from './ip4-text.js'
import { commonPrefix } from './routes-families.js'

// Troubleshooting from configuration: a host treats a destination as on its own link when the
// destination is inside its own address-and-mask subnet and sends everything else to its gateway;
// DHCP pools count both ends of a range; usable addresses leave out network and broadcast.

/** A host address under `p` that is neither network nor broadcast. */
function hostIn(rng: Rng, p: number): number {
  for (;;) {
    const a = anyHost(rng)
    if (a !== netOf(a, p) && a !== bcastOf(a, p)) return a
  }
}
/** Usable addresses of a prefix. */
const hosts = (p: number): string => count(sizeOf(p) - 2)
const onLink = (a: number, p: number, d: number) => netOf(a, p) === netOf(d, p)

export const TROUBLE_FAMILIES = [
  family('dhcp-pool-size-with-exclusions', (rng) => {
    const p = rng.int(21, 27)
    const z = sizeOf(p)
    const k = rng.int(2, Math.min(40, z / 4))
    const wrong: [string, string][] = [
      [count(z - 1 - k), 'forgets the network and broadcast addresses'],
      [count(z - 2 - k), 'forgets the gateway'],
      [count(z - 3), 'forgets the static exclusions'],
      [count(2 * z - 3 - k), 'counts one host bit too many'],
    ]
    if (z / 2 - 3 - k > 0) wrong.push([count(z / 2 - 3 - k), 'counts one host bit too few'])
    return {
      stem: `${cap(client(rng))}'s /${p} VLAN has its gateway on one address and ${k} printers and cameras on fixed addresses excluded from DHCP. How many addresses can the DHCP pool hand out? (Usable addresses leave out network and broadcast.)`,
      key: count(z - 3 - k),
      wrong,
      figures: { p, k },
    }
  }),
  family('dhcp-range-address-count', (rng) => {
    const p = rng.int(20, 22)
    const n = netOf(anyHost(rng), p)
    const z = sizeOf(p)
    const s = n + rng.int(2, 200)
    const e = s + rng.int(300, z - 260)
    return {
      stem: `A DHCP scope on ${client(rng)}'s ${dot(n)}/${p} network hands out ${dot(s)} to ${dot(e)}, both ends included. How many addresses is that?`,
      key: count(e - s + 1),
      wrong: [
        [count(e - s), 'leaves out one end of the range'],
        [count(e - s - 1), 'leaves out both ends of the range'],
        [count(Math.abs((e % 256) - (s % 256)) + 1), 'counts only the last octet'],
        [count(e - s + 1 - 2), 'takes network and broadcast off a range that holds neither'],
        [
          count((Math.floor(e / 256) - Math.floor(s / 256) + 1) * 254),
          'counts whole /24s of 254 hosts',
        ],
      ],
      figures: { s: dot(s), e: dot(e) },
    }
  }),
  family('valid-gateway-for-host', (rng) => {
    const p = rng.int(20, 23)
    const a = hostIn(rng, p)
    const n = netOf(a, p)
    const z = sizeOf(p)
    let g = n + rng.int(1, z - 2)
    if (netOf(g, 24) === netOf(a, 24)) g = n + ((g - n + 256) % (z - 2)) + 1
    if (g === a) throw new VariantError('the gateway drawn is the host')
    return {
      stem: `A server at ${client(rng)} is ${dot(a)}/${p}. Which of these addresses could be its default gateway, that is a usable address on its own subnet?`,
      key: dot(g),
      wrong: [
        [dot(n + z + 1), 'takes the first host of the next subnet'],
        [dot(n), 'takes the subnet’s network address'],
        [dot(bcastOf(a, p)), 'takes the subnet’s broadcast address'],
        [dot(n - z + 1), 'takes the first host of the subnet before'],
        [
          dot(netOf(a, 24) + 256 * (1 + Math.floor(z / 256)) + 1),
          'takes the /24 after the subnet ends',
        ],
      ],
      figures: { a: dot(a), p, g: dot(g) },
    }
  }),
  family('host-configuration-fault', (rng) => {
    const p = rng.int(22, 29)
    const a0 = hostIn(rng, p)
    const n = netOf(a0, p)
    const b = bcastOf(a0, p)
    const z = sizeOf(p)
    const fault = rng.int(0, 3)
    const a = fault === 1 ? n : fault === 2 ? b : a0
    let g = n + 1 === a ? b - 1 : n + 1
    if (fault === 0) g = rng.next() < 0.5 ? n + z + 1 : n - z + 1
    if (maskSlips(a, p).length === 0) {
      throw new VariantError('a /24 class C host leaves no mask slip to offer')
    }
    const FAULTS = [
      'The gateway is not on the host’s subnet',
      'The host address is its subnet’s network address',
      'The host address is its subnet’s broadcast address',
      'Nothing: the address, mask and gateway fit together',
    ]
    const slips = [
      'misses that the gateway lies in another block',
      'misses that the host sits on the block’s first address',
      'misses that the host sits on the block’s last address',
      'reads a valid configuration as faulty',
    ]
    return {
      stem: `A device at ${client(rng)} will not talk to anything. Its settings: address ${dot(a)}, mask /${p}, gateway ${dot(g)}. What is wrong?`,
      key: FAULTS[fault]!,
      wrong: [
        ...FAULTS.map((f, i) => [f, slips[i]!] as [string, string]).filter((_, i) => i !== fault),
        ...maskSlips(a, p),
      ],
      figures: { a: dot(a), p, g: dot(g), fault },
    }
  }),
  family('address-resolved-by-arp', (rng) => {
    const p = rng.int(20, 28)
    const a = hostIn(rng, p)
    const n = netOf(a, p)
    const z = sizeOf(p)
    const g = n + 1 === a ? n + 2 : n + 1
    const local = rng.next() < 0.5
    const d = local ? n + rng.int(3, z - 2) : n + z + rng.int(1, Math.min(z - 2, 200))
    if (d === a || d === g) throw new VariantError('the destination drawn is the host or gateway')
    return {
      stem: `A laptop is ${dot(a)}/${p} with gateway ${dot(g)}. It pings ${dot(d)}, which it has not talked to before. Whose MAC address does it ask for with ARP?`,
      key: dot(local ? d : g),
      wrong: [
        [
          dot(local ? g : d),
          local
            ? 'sends a local destination to the gateway'
            : 'ARPs for a destination outside its subnet',
        ],
        [dot(bcastOf(a, p)), 'asks for the subnet broadcast address'],
        [dot(netOf(d, 24) + 1), 'assumes the destination’s /24 has its router on .1'],
        [dot(n), 'asks for the subnet’s network address'],
      ],
      figures: { a: dot(a), p, g: dot(g), d: dot(d) },
    }
  }),
  family('hosts-with-mismatched-masks', (rng) => {
    const pa = rng.int(22, 27)
    const pb = pa + rng.pick([-2, -1, 1, 2])
    const a = hostIn(rng, Math.min(pa, pb) - 1 > 0 ? 28 : 28)
    const wide = netOf(a, Math.min(pa, pb))
    const b = wide + rng.int(1, sizeOf(Math.min(pa, pb)) - 2)
    if (b === a) throw new VariantError('the two hosts drawn are one')
    const aSees = onLink(a, pa, b)
    const bSees = onLink(b, pb, a)
    const OUT = [
      'Each sends straight to the other on the link',
      'A sends straight to B; B sends its replies through its gateway',
      'B sends straight to A; A sends through its gateway',
      'Each sends to the other through its gateway',
    ]
    const at = (x: boolean, y: boolean) => (x ? (y ? 0 : 1) : y ? 2 : 3)
    const key = at(aSees, bSees)
    const flips: [number, string][] = [
      [at(!aSees, bSees), 'misjudges A’s view of B'],
      [at(aSees, !bSees), 'misjudges B’s view of A'],
      [at(!aSees, !bSees), 'judges both hosts by the other’s mask'],
    ]
    return {
      stem: `On one switch at ${client(rng)}, host A is ${dot(a)}/${pa} and host B is ${dot(b)}/${pb}; both have a working gateway. A host sends straight to an address inside its own subnet and through its gateway otherwise. How do A and B send to each other?`,
      key: OUT[key]!,
      wrong: [
        ...flips.map(([i, why]) => [OUT[i]!, why] as [string, string]),
        [
          'Neither can send to the other at all',
          'takes hosts with different masks to be cut off from each other, gateways or not',
        ],
      ],
      figures: { a: dot(a), pa, b: dot(b), pb },
    }
  }),
  family('addresses-off-link-after-wrong-mask', (rng) => {
    const p = rng.int(22, 25)
    const q = p + rng.int(2, 4)
    const a = hostIn(rng, q)
    const n = netOf(a, p)
    const z = sizeOf(p)
    const small = sizeOf(q)
    const s = netOf(a, q)
    const inside = small - (s === n ? 1 : 0) - (s + small - 1 === n + z - 1 ? 1 : 0)
    return {
      stem: `${cap(client(rng))}'s LAN is ${dot(n)}/${p}, but one PC was set to ${dot(a)}/${q} by mistake. How many of the LAN's other usable addresses (leaving out network and broadcast) does the PC treat as off its link, sending to them through the gateway?`,
      key: count(z - 2 - inside),
      wrong: [
        [count(z - small), 'ignores the network, broadcast and its own address'],
        [count(z - 2 - (small - 2)), 'takes both ends off the small block as well'],
        [count(inside - 1), 'gives the addresses it still reaches directly'],
        [count(z - 3), 'counts every other usable address'],
        [count(sizeOf(q) - 2), 'gives the usable hosts of the mistaken mask'],
        [count(z - 2), 'counts all the LAN’s usable addresses'],
        [count(2 * z - small), 'takes the LAN as one bit wider'],
        [count((z - small) / 2), 'counts only the half of the LAN beyond the PC’s block'],
      ],
      figures: { n: dot(n), p, a: dot(a), q },
    }
  }),
  family('self-assigned-address-diagnosis', (rng) => {
    const a = ((169 * 256 + 254) * 256 + rng.int(1, 254)) * 256 + rng.int(1, 254)
    return {
      stem: `A PC at ${client(rng)} shows the address ${dot(a)}/16 and no gateway. What does that address tell the technician?`,
      key: 'DHCP failed, so it gave itself a link-local address',
      wrong: [
        ['Its address clashes with another device', 'reads the odd range as a conflict'],
        [
          'The ISP’s router has handed it a public address from the provider’s own block',
          'takes 169.254.0.0/16 for a public block',
        ],
        [
          'A rogue DHCP server has handed it an address',
          'reads the self-assigned range as a lease',
        ],
        [
          'It has a static address typed in the wrong range',
          'reads the self-assigned range as a typo',
        ],
        [
          'It is on the carrier-grade NAT range of the ISP',
          'confuses link-local with RFC 6598 shared space',
        ],
        ['It is using its loopback address', 'confuses link-local with loopback'],
      ],
      figures: { a: dot(a) },
    }
  }),
  family('static-address-outside-pool', (rng) => {
    const n = netOf(anyHost(rng), 24)
    const s = rng.int(20, 100)
    const e = s + rng.int(50, 120)
    const free = rng.pick([rng.int(2, s - 1), rng.int(e + 1, 254)])
    return {
      stem: `${cap(client(rng))}'s network is ${dot(n)}/24 with the gateway on ${dot(n + 1)} and a DHCP pool of ${dot(n + s)} to ${dot(n + e)}, both ends included. Which address can a new printer be given by hand without clashing?`,
      key: dot(n + free),
      wrong: [
        [dot(n + e), 'takes the end of the pool as outside it'],
        [dot(n + s), 'takes the start of the pool as outside it'],
        [dot(n + 255), 'takes the broadcast address'],
        [dot(n + 1), 'takes the gateway’s address'],
        [dot(n + rng.int(s + 1, e - 1)), 'picks an address inside the pool'],
      ],
      figures: { n: dot(n), s, e, free },
    }
  }),
  family('last-address-of-pool', (rng) => {
    const n = netOf(anyHost(rng), 22)
    const s = n + rng.int(10, 250)
    const k = rng.int(100, 500)
    return {
      stem: `A technician sets a DHCP pool of ${count(k)} addresses starting at ${dot(s)}, both ends included. What is the pool's last address?`,
      key: dot(s + k - 1),
      wrong: [
        [dot(s + k), 'adds the count to the start without taking one off'],
        [dot(s + k - 2), 'takes one off for each end'],
        [
          dot(s - (s % 256) + (((s % 256) + k - 1) % 256)),
          'wraps the last octet without carrying into the third',
        ],
        [dot(s + k + 1), 'adds room for network and broadcast'],
      ],
      figures: { s: dot(s), k },
    }
  }),
  family('relay-scope-for-interface', (rng) => {
    const p = rng.int(20, 27)
    const gi = hostIn(rng, p)
    return {
      stem: `A router interface ${dot(gi)}/${p} relays DHCP requests to a central server, which picks the scope whose network holds the relay address. Which scope network must exist on the server?`,
      key: `${dot(netOf(gi, p))}/${p}`,
      wrong: [
        [`${dot(netOf(gi, 24))}/24`, 'assumes a /24 around the relay address'],
        [`${dot(gi)}/${p}`, 'uses the interface address as the network'],
        [`${dot(netOf(gi, wrongOctet(p)))}/${p}`, 'works the block size in the wrong octet'],
        [`${dot(netOf(gi, p) + sizeOf(p))}/${p}`, 'rounds up to the next block'],
      ],
      figures: { gi: dot(gi), p },
    }
  }),
  family('free-leases-in-pool', (rng) => {
    const n = netOf(anyHost(rng), 22)
    const s = n + rng.int(10, 250)
    const e = s + rng.int(300, 700)
    const size = e - s + 1
    const used = rng.int(Math.floor(size / 3), size - 20)
    return {
      stem: `${cap(client(rng))}'s DHCP pool runs from ${dot(s)} to ${dot(e)}, both ends included, and ${count(used)} leases are active. How many more clients can get a lease?`,
      key: count(size - used),
      wrong: [
        [count(size - 1 - used), 'leaves out one end of the range'],
        [count(size), 'forgets the active leases'],
        [count(Math.abs((e % 256) - (s % 256)) + 1), 'counts only the last octet of the range'],
        [count(size - 2 - used), 'takes network and broadcast off a range that holds neither'],
        [count(used), 'gives the active leases'],
      ],
      figures: { s: dot(s), e: dot(e), used },
    }
  }),
  family('broadcast-used-with-wrong-mask', (rng) => {
    const p = rng.int(20, 26)
    const q = p + rng.pick([-2, -1, 1, 2, 3])
    const a = hostIn(rng, Math.max(p, q))
    return {
      stem: `${cap(client(rng))}'s LAN is /${p}, but a PC was set to ${dot(a)} with a /${q} mask. Which broadcast address will that PC send its subnet broadcasts to?`,
      key: dot(bcastOf(a, q)),
      wrong: [
        [dot(bcastOf(a, p)), 'works from the LAN’s mask, not the PC’s'],
        [dot(netOf(a, q)), 'gives the network address'],
        [dot(bcastOf(a, 24)), 'assumes a /24'],
        [dot(bcastOf(a, q) - 1), 'gives the last usable host'],
        [dot(bcastOf(a, wrongOctet(q))), 'works the block size in the wrong octet'],
      ],
      figures: { a: dot(a), p, q },
    }
  }),
  family('longest-prefix-keeping-gateway-on-link', (rng) => {
    const a = anyHost(rng)
    const g = netOf(a, 24) + rng.int(1, 254)
    const c = commonPrefix(a, g)
    if (c > 30 || c < 24 || a === g) throw new VariantError('the pair leaves no usable prefix')
    if (a === netOf(a, c) || a === bcastOf(a, c) || g === netOf(g, c) || g === bcastOf(g, c))
      throw new VariantError('an end would be a network or broadcast address')
    return {
      stem: `A technician wants to shrink ${client(rng)}'s subnet. A server is ${dot(a)} and must keep its gateway ${dot(g)} on its own subnet, neither being the network or broadcast address. Taking the longest prefix that allows it, how many usable addresses (leaving out network and broadcast) will the subnet have?`,
      key: hosts(c),
      wrong: [
        [hosts(c + 1), 'takes one more shared bit than the two addresses have'],
        [
          hosts(Math.min(30, 24 + Math.ceil(Math.log2(Math.abs(g - a) + 1)))),
          'counts the bits of the gap between the addresses',
        ],
        [
          hosts(32 - Math.ceil(Math.log2(Math.abs(g - a) + 1))),
          'sizes the block from the gap between the addresses',
        ],
        [hosts(c - 2), 'leaves two spare bits'],
        [hosts(24), 'keeps the /24'],
        [count(Math.abs(g - a) + 1), 'counts the addresses from the server to the gateway'],
      ],
      figures: { a: dot(a), g: dot(g) },
    }
  }),
  family('device-outside-vlan-subnet', (rng) => {
    const p = rng.int(23, 28)
    const n = netOf(anyHost(rng), p)
    const z = sizeOf(p)
    const out = rng.pick([n + z + rng.int(0, Math.min(z - 2, 20)), n - rng.int(1, Math.min(z, 20))])
    return {
      stem: `${cap(client(rng))}'s camera VLAN is ${dot(n)}/${p}. Four cameras were set up by hand; which camera's address is outside the VLAN's subnet?`,
      key: dot(out),
      wrong: [
        [dot(n + z - 2), 'takes the last usable host as past the end'],
        [dot(n + 1), 'takes the first usable host as the network address'],
        [
          dot(n + Math.floor(z / 2) + rng.int(0, 3)),
          'takes the second half of the block as another subnet',
        ],
        [dot(n + rng.int(2, Math.floor(z / 2) - 1)), 'misreads an address inside the block'],
      ],
      figures: { n: dot(n), p, out: dot(out) },
    }
  }),
  family('first-address-handed-out-after-exclusion', (rng) => {
    const p = rng.int(21, 26)
    const n = netOf(anyHost(rng), p)
    const k = rng.int(5, Math.min(60, sizeOf(p) / 4))
    return {
      stem: `On ${dot(n)}/${p}, ${client(rng)} excludes the first ${k} usable addresses (gateway, switches and printers) from DHCP. Which is the first address the pool hands out?`,
      key: dot(n + k + 1),
      wrong: [
        [dot(n + k), 'counts the network address as the first excluded'],
        [dot(n + k + 2), 'skips the address after the exclusions as well'],
        [dot(n + 1), 'ignores the exclusions'],
        [dot(n + sizeOf(p) - 1 - k), 'excludes from the end of the subnet'],
      ],
      figures: { n: dot(n), p, k },
    }
  }),
] as const

/**
 * The wrong masks a technician blames when a host will not talk: the /24 taken for the only LAN
 * mask, and the old classful default (/8 below 128, /16 below 192, /24 below 224) for the
 * address's class; each only where it differs from the mask given.
 */
function maskSlips(a: number, p: number): [string, string][] {
  const first = Math.floor(a / 2 ** 24)
  const classful = first < 128 ? 8 : first < 192 ? 16 : 24
  const out: [string, string][] = []
  if (p !== 24) {
    out.push([
      'The mask is wrong: a LAN’s address and gateway need a /24',
      'takes /24 for the only right mask of a LAN',
    ])
  }
  if (p !== classful && classful !== 24) {
    out.push([
      `The mask is wrong: the address’s class needs a /${classful}`,
      'applies the classful default mask of the address’s first octet',
    ])
  }
  return out
}
