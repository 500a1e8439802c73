import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  anyHost,
  cap,
  client,
  count,
  dot,
  family,
  maskOf,
  netOf,
  sizeOf,
  wildOf,
} from './ip4-text.js'

// Summarisation and route selection: the summary of listed networks, longest-prefix match in a
// stated table, overlapping ranges and wildcard matches. A summary is one network (address and
// prefix) that covers every listed network; a router picks the matching route with the longest
// prefix, as the stems say.

/** A network of prefix `p` in a private range. */
const aligned = (rng: Rng, p: number): number => netOf(anyHost(rng), p)
const cidr = (n: number, p: number): string => `${dot(n)}/${p}`
/** The longest prefix whose network holds both `a` and `b`. */
export function commonPrefix(a: number, b: number): number {
  let p = 32
  while (netOf(a, p) !== netOf(b, p)) p--
  return p
}

/** Contiguous networks of prefix `p`, `n` of them from `first`. */
const listed = (first: number, p: number, n: number) =>
  Array.from({ length: n }, (_, i) => cidr(first + i * sizeOf(p), p)).join(', ')

export const ROUTE_FAMILIES = [
  family('summary-of-aligned-networks', (rng) => {
    const p = rng.int(20, 28)
    const k = rng.int(1, 3)
    const base = aligned(rng, p - k)
    const n = 2 ** k
    const last = base + (n - 1) * sizeOf(p)
    return {
      stem: `A branch router of ${client(rng)} advertises ${listed(base, p, n)}. Which single summary route covers exactly these networks?`,
      key: cidr(base, p - k),
      wrong: [
        [cidr(base, p - n), 'takes the network count, not its bits, off the prefix'],
        [cidr(last, p - k), 'starts the summary at the last network'],
        [cidr(netOf(base, 16), 16), 'falls back to a /16'],
        [cidr(base, p + k), 'adds the bits instead of taking them off'],
        [cidr(base, p), 'keeps the networks’ own prefix'],
      ],
      figures: { base: dot(base), p, k },
    }
  }),
  family('smallest-summary-of-unaligned-networks', (rng) => {
    const p = rng.int(22, 27)
    const k = rng.int(1, 2)
    const n = 2 ** k
    const first = aligned(rng, p - k) + sizeOf(p) * rng.int(1, n - 1)
    const last = first + (n - 1) * sizeOf(p)
    const c = commonPrefix(first, last)
    return {
      stem: `${cap(client(rng))} has ${listed(first, p, n)}. What is the smallest single network (address and prefix) that covers all of them?`,
      key: cidr(netOf(first, c), c),
      wrong: [
        [cidr(first, p - k), 'takes the bits of the network count off the prefix without aligning'],
        [cidr(netOf(first, p - k), p - k), 'aligns down and leaves out the last network'],
        [cidr(netOf(first, 16), 16), 'falls back to a /16'],
        [cidr(netOf(last, p - k), p - k), 'aligns the last network and leaves out the first'],
        [cidr(netOf(first, c - 1), c - 1), 'takes one bit more than the common bits'],
      ],
      figures: { first: dot(first), p, n },
    }
  }),
  family('extra-addresses-in-summary', (rng) => {
    const p = rng.int(22, 27)
    const n = rng.int(2, 5)
    const first = aligned(rng, p - 3) + sizeOf(p) * rng.int(1, 3)
    const last = first + (n - 1) * sizeOf(p)
    const c = commonPrefix(first, last)
    const z = sizeOf(p)
    return {
      stem: `A technician summarises ${listed(first, p, n)} as the smallest single network that covers them all. How many addresses does that summary take in beyond the listed networks?`,
      key: count(sizeOf(c) - n * z),
      wrong: [
        [count(sizeOf(c)), 'gives every address in the summary'],
        [count(n * z), 'gives the listed networks’ addresses'],
        [count((sizeOf(c) - n * z) / z), 'counts the extra networks, not addresses'],
        [count(sizeOf(c) - n * (z - 2)), 'counts the listed networks’ usable hosts only'],
        [
          count(2 ** Math.ceil(Math.log2(n)) * z - n * z),
          'assumes the networks start on a boundary',
        ],
        [count(sizeOf(c) - 2), 'gives the summary’s usable hosts'],
        [
          count(((sizeOf(c) - n * z) / z) * (z - 2)),
          'counts only the usable hosts of the extra networks',
        ],
      ],
      figures: { first: dot(first), p, n },
    }
  }),
  family('longest-prefix-match-route', (rng) => {
    const t = routeTable(rng)
    const at = rng.int(0, 4)
    const dest = destIn(rng, t, at)
    const key = t.routes[4 - at]!
    return {
      stem: `A router's table holds ${t.text}. Which route does it use for a packet to ${dot(dest)}? (The matching route with the longest prefix wins.)`,
      key: key.name,
      wrong: t.routes
        .filter((r) => r !== key)
        .map((r) => [r.name, slip(r, key, dest)] as [string, string]),
      figures: { table: t.routes.map((r) => r.name).join(' '), dest: dot(dest) },
    }
  }),
  family('destination-using-a-route', (rng) => {
    const t = routeTable(rng)
    const y = t.routes[2]!
    const dest = destIn(rng, t, 2)
    return {
      stem: `A router's table holds ${t.text}. The matching route with the longest prefix wins. Which destination does the router forward by the route ${y.name}?`,
      key: dot(dest),
      wrong: [
        [dot(destIn(rng, t, 1)), 'forgets that the /24 inside it is more specific'],
        [dot(destIn(rng, t, 3)), 'takes an address the /20 does not hold, only its /16'],
        [dot(destIn(rng, t, 0)), 'forgets that the /26 inside it is more specific'],
        [dot(destIn(rng, t, 4)), 'takes an address outside every listed network'],
      ],
      figures: { table: t.routes.map((r) => r.name).join(' '), dest: dot(dest) },
    }
  }),
  family('proposed-network-overlap', (rng) => {
    const p = rng.int(18, 26)
    const e = aligned(rng, p)
    const z = sizeOf(p)
    const inside = e + z / 2
    const key = rng.next() < 0.5 ? cidr(inside, p + 1) : cidr(netOf(e, p - 1), p - 1)
    return {
      stem: `${cap(client(rng))} already uses ${cidr(e, p)}. A new VLAN is proposed; which of these candidates overlaps the existing network?`,
      key,
      wrong: [
        [cidr(e + z, p), 'takes the next block for part of the existing one'],
        [cidr(e - z, p), 'takes the block before for part of the existing one'],
        [cidr(e + z, p + 1), 'takes the first half of the next block for part of the existing one'],
        [
          cidr(e + z + z / 2, p + 1),
          'takes the second half of the next block for part of the existing one',
        ],
      ],
      figures: { e: dot(e), p, key },
    }
  }),
  family('address-covered-by-summary', (rng) => {
    const q = rng.int(17, 23)
    const s = aligned(rng, q)
    const z = sizeOf(q)
    const dest = s + rng.int(z / 2, z - 2)
    return {
      stem: `The summary route ${cidr(s, q)} is advertised to ${client(rng)}'s branch. Which destination does that summary cover?`,
      key: dot(dest),
      wrong: [
        [dot(s + z + rng.int(1, 254)), 'reads the block as one network wider'],
        [dot(s - rng.int(1, 254) - 1), 'reads the block as starting one network early'],
        [dot(s + z * 2 + rng.int(1, 254)), 'takes the block as twice its size'],
        [
          dot(netOf(s, q - 8) + ((s + z * rng.int(3, 255)) % sizeOf(q - 8)) + rng.int(1, 254)),
          'works the block size in the wrong octet',
        ],
      ],
      figures: { s: dot(s), q, dest: dot(dest) },
    }
  }),
  family('acl-wildcard-match', (rng) => {
    const p = rng.int(19, 28)
    const n = aligned(rng, p)
    const z = sizeOf(p)
    const w = wildOf(p)
    const src = n + rng.int(1, z - 1)
    return {
      stem: `An access list on ${client(rng)}'s router reads \`permit ${dot(n)} ${dot(w)}\` (a wildcard mask: 1 bits may vary). Which source address does the entry match?`,
      key: dot(src),
      wrong: [
        [dot(n + z + rng.int(0, z - 1)), 'matches the next block as well'],
        [dot(n - rng.int(1, z)), 'matches the block before'],
        [dot(n + 2 * z + rng.int(0, z - 1)), 'reads the wildcard octet as a count of blocks'],
        [
          dot(n + 3 * z + rng.int(0, z - 1)),
          'reads the wildcard as a mask and matches a block further on',
        ],
      ],
      figures: { n: dot(n), p, src: dot(src) },
    }
  }),
  family('first-address-after-summary', (rng) => {
    const q = rng.int(14, 26)
    const s = aligned(rng, q)
    return {
      stem: `${cap(client(rng))}'s cloud team owns ${cidr(s, q)}. What is the first address after that block, where the next allocation can start?`,
      key: dot(s + sizeOf(q)),
      wrong: [
        [dot(s + sizeOf(q) - 1), 'gives the block’s broadcast address'],
        [dot(s + sizeOf(q + 1)), 'steps by half the block'],
        [dot(s + sizeOf(q) + 1), 'gives the first host of the next block'],
        [dot(s + sizeOf(q - 1)), 'steps by twice the block'],
        [
          dot(s + 2 ** (q % 8) * 256 ** (3 - Math.floor(q / 8))),
          'steps by the network bits of the partial octet',
        ],
      ],
      figures: { s: dot(s), q },
    }
  }),
  family('route-for-address-range', (rng) => {
    const p = rng.int(18, 28)
    const n = aligned(rng, p)
    const z = sizeOf(p)
    const route = (a: number, q: number) => `${dot(a)} ${dot(maskOf(q))}`
    return {
      stem: `A static route must send every address from ${dot(n)} to ${dot(n + z - 1)} to the branch. Which network and mask should the route use?`,
      key: route(n, p),
      wrong: [
        [`${dot(n)} ${dot(wildOf(p))}`, 'writes the wildcard as the mask'],
        [route(n, p + 1), 'covers only the first half'],
        [route(n, p - 1), 'takes a block twice the size'],
        [
          p < 24 ? route(netOf(n, 16), 16) : route(netOf(n, 24), 24),
          'rounds out to an octet boundary',
        ],
        [route(n + z - 1, p), 'names the last address as the network'],
        [route(n, 32 - p), 'writes the host bits as the prefix'],
      ],
      figures: { n: dot(n), p },
    }
  }),
  family('summary-of-two-networks', (rng) => {
    const p = rng.int(23, 27)
    const a = aligned(rng, p)
    const gap = rng.int(2, 9)
    const b = a + gap * sizeOf(p)
    const c = commonPrefix(a, b)
    return {
      stem: `${cap(client(rng))} wants one route for ${cidr(a, p)} and ${cidr(b, p)}. What is the smallest single network that covers both?`,
      key: cidr(netOf(a, c), c),
      wrong: [
        [cidr(a, p - 1), 'treats the two as a contiguous pair'],
        [cidr(netOf(a, c + 1), c + 1), 'takes one common bit too many, missing one network'],
        [cidr(netOf(a, 16), 16), 'falls back to a /16'],
        [cidr(a, p - Math.ceil(Math.log2(gap + 1))), 'keeps the first address without aligning it'],
        [cidr(netOf(a, c - 1), c - 1), 'takes one common bit too few'],
      ],
      figures: { a: dot(a), p, gap },
    }
  }),
  family('slash-24s-in-summary', (rng) => {
    const q = rng.int(12, 23)
    return {
      stem: `An ISP hands ${client(rng)} a /${q}. How many /24 networks does it hold?`,
      key: count(2 ** (24 - q)),
      wrong: [
        [count(2 ** (24 - q) - 2), 'applies the old rule that loses the first and last subnet'],
        [count(24 - q), 'gives the bits between the prefixes'],
        [count(Math.floor(2 ** (32 - q) / 254)), 'divides the addresses by a /24’s usable hosts'],
        [count(2 ** (25 - q)), 'counts one bit too many'],
        [count(2 ** (32 - q)), 'gives the addresses, not the /24s'],
      ],
      figures: { q },
    }
  }),
  family('address-range-of-summary', (rng) => {
    const q = rng.int(13, 23)
    const s = aligned(rng, q)
    const z = sizeOf(q)
    const range = (x: number, y: number) => `${dot(x)} to ${dot(y)}`
    return {
      stem: `A firewall object must list, as a range, every address the route ${cidr(s, q)} covers. Which range is it?`,
      key: range(s, s + z - 1),
      wrong: [
        [range(s, s + z), 'runs on to the next block’s network address'],
        [range(s, s + sizeOf(q + 1) - 1), 'covers only half the block'],
        [range(s, s + sizeOf(q - 1) - 1), 'covers twice the block'],
        [range(s + 1, s + z - 2), 'gives the usable hosts only'],
        [range(s, s + sizeOf(q + 8) - 1), 'works the block size in the wrong octet'],
      ],
      figures: { s: dot(s), q },
    }
  }),
  family('wildcard-for-summary-acl', (rng) => {
    const p = rng.int(22, 28)
    const k = rng.int(1, 3)
    const base = aligned(rng, p - k)
    const n = 2 ** k
    return {
      stem: `One access-list entry must match all of ${listed(base, p, n)} with a wildcard mask (1 bits may vary). Which wildcard mask does it take with ${dot(base)}?`,
      key: dot(wildOf(p - k)),
      wrong: [
        [dot(maskOf(p - k)), 'gives the summary’s subnet mask'],
        [dot(wildOf(p)), 'matches only the first network'],
        [
          dot(wildOf(p) + n * sizeOf(p) - sizeOf(p)),
          'adds the network count, not the count less one, to the wildcard',
        ],
        [dot(wildOf(p - k - 1)), 'takes one bit too many off the prefix'],
        [
          dot(
            maskOf(8 * Math.floor((p - k) / 8)) +
              wildOf(p - k) -
              wildOf(8 * Math.floor((p - k) / 8) + 8),
          ),
          'inverts only the partial octet of the mask',
        ],
      ],
      figures: { base: dot(base), p, k },
    }
  }),
  family('vpc-cidr-that-can-peer', (rng) => {
    const p = rng.int(16, 20)
    const v = aligned(rng, p)
    const z = sizeOf(p)
    return {
      stem: `Two cloud VPCs can only be peered if their address ranges do not overlap. ${cap(client(rng))}'s VPC is ${cidr(v, p)}. Which CIDR can the new VPC use?`,
      key: cidr(v + z, p),
      wrong: [
        [cidr(v + z / 2, p + 1), 'reads the second half of the VPC as free'],
        [cidr(netOf(v, p - 1), p - 1), 'takes a larger block that holds the VPC as separate'],
        [cidr(v + z - sizeOf(24), 24), 'reads a /24 at the end of the VPC as free'],
        [cidr(netOf(v, 8), 8), 'takes the whole first octet’s block as separate'],
      ],
      figures: { v: dot(v), p },
    }
  }),
  family('routes-covered-by-summary', (rng) => {
    const q = rng.int(18, 22)
    const s = aligned(rng, q)
    const z = sizeOf(q)
    const nets = Array.from({ length: 6 }, () =>
      rng.next() < 0.5
        ? s + sizeOf(24) * rng.int(0, z / 256 - 1)
        : s + z + sizeOf(24) * rng.int(0, z / 256 - 1),
    )
    const uniq = [...new Set(nets)].sort((a, b) => a - b)
    if (uniq.length < 5) throw new VariantError('too few distinct routes drawn')
    const inside = uniq.filter((n) => netOf(n, q) === s).length
    const inHalf = uniq.filter((n) => netOf(n, q + 1) === s).length
    const sameOctets = uniq.filter((n) => netOf(n, 16) === netOf(s, 16)).length
    return {
      stem: `A technician replaces some of the routes ${uniq.map((n) => cidr(n, 24)).join(', ')} with the summary ${cidr(s, q)}. How many of those /24 routes does the summary cover?`,
      key: count(inside),
      wrong: [
        [count(inHalf), 'reads the summary as half its size'],
        [count(sameOctets), 'counts every route that shares the first two octets'],
        [count(uniq.length - inside), 'counts the routes outside it'],
        [count(2 ** (24 - q)), 'counts the /24s the summary could hold'],
        [
          count(uniq.filter((n) => netOf(n, q - 1) === netOf(s, q - 1)).length),
          'reads the summary as twice its size',
        ],
      ],
      figures: { s: dot(s), q, nets: uniq.map(dot).join(' ') },
    }
  }),
] as const

/** A default route and four nested networks /16 ⊃ /20 ⊃ /24 ⊃ /26, listed in shuffled order. */
interface Route {
  readonly name: string
  readonly net: number
  readonly p: number
}
function routeTable(rng: Rng) {
  const x = aligned(rng, 16)
  const y = x + sizeOf(20) * rng.int(1, 15)
  const z = y + sizeOf(24) * rng.int(1, 15)
  const w = z + sizeOf(26) * rng.int(1, 3)
  const routes: Route[] = [
    { net: 0, p: 0 },
    { net: x, p: 16 },
    { net: y, p: 20 },
    { net: z, p: 24 },
    { net: w, p: 26 },
  ].map((r) => ({ ...r, name: cidr(r.net, r.p) }))
  const hops = rng.shuffle(['R1', 'R2', 'R3', 'R4', 'ISP'])
  const text = rng
    .shuffle(routes)
    .map((r, i) => `${r.name} via ${hops[i]}`)
    .join('; ')
  return { routes, text }
}
/**
 * An address whose longest match is route 4 − `at` (0: in the /26; 1: in the /24 outside the
 * /26; 2: in the /20 outside the /24; 3: in the /16 outside the /20; 4: outside the /16).
 */
function destIn(rng: Rng, t: { routes: readonly Route[] }, at: number): number {
  for (;;) {
    const outer = at === 4 ? { net: netOf(anyHost(rng), 16), p: 16 } : t.routes[4 - at]!
    const a = outer.net + rng.int(1, sizeOf(outer.p) - 2)
    const inner = t.routes[5 - at]
    if (at === 4 && netOf(a, 16) === t.routes[1]!.net) continue
    if (inner === undefined || netOf(a, inner.p) !== inner.net) return a
  }
}
/** Why a candidate would pick route `r` instead of `key` for `dest`. */
function slip(r: Route, key: Route, dest: number): string {
  if (r.p === 0) return 'sends it by the default route'
  if (netOf(dest, r.p) === r.net)
    return r.p < key.p ? `takes the shorter /${r.p} match` : 'never: a longer match'
  return `takes the /${r.p} though it does not hold the address`
}
