import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { cap, client, count, dot, family, maskOf, sizeOf, wildOf, wrongOctet } from './ip4-text.js'

// Subnet design: a block the client owns cut into equal subnets or into VLSM subnets largest
// first. A subnet for N hosts is the smallest block whose usable addresses (the block less the
// network and broadcast addresses) hold N, as every stem states.

/** The fewest host bits whose usable addresses (2^h − 2) hold `n` hosts. */
export function hostBits(n: number): number {
  let h = 2
  while (2 ** h - 2 < n) h++
  return h
}
/** The fewest bits whose 2^b is at least `n`. */
export function bitsFor(n: number): number {
  let b = 0
  while (2 ** b < n) b++
  return b
}

/** A block base aligned to prefix `q` in 10/8, 172.16/12 or 192.168/16. */
function blockBase(rng: Rng, q: number): number {
  const start = rng.pick([10 * 2 ** 24, (172 * 256 + 16) * 65536, (192 * 256 + 168) * 65536])
  const span =
    start === 10 * 2 ** 24 ? 2 ** 24 : start === (192 * 256 + 168) * 65536 ? 65536 : 2 ** 20
  const z = sizeOf(q)
  return start + z * rng.int(0, Math.max(0, span / z - 1))
}

/**
 * Allocates blocks of the given sizes in the given order from `base`, each aligned to its own
 * size: the networks, in that order.
 */
function allocate(base: number, sizes: readonly number[]): number[] {
  let next = base
  return sizes.map((z) => {
    const at = Math.ceil((next - base) / z) * z + base
    next = at + z
    return at
  })
}

const DEPTS = ['Sales', 'Office', 'Guest Wi-Fi', 'CCTV', 'Tills', 'Staff Wi-Fi', 'Printers', 'VoIP']

/** Four departments with distinct host needs that fit a /q block allocated largest first. */
function vlsmCase(rng: Rng) {
  const q = rng.int(22, 24)
  const names = rng.shuffle(DEPTS).slice(0, 4)
  for (;;) {
    const needs = names.map(() => rng.int(3, 2 ** (32 - q) / 4))
    if (new Set(needs).size < 4) continue
    const total = needs.reduce((s, n) => s + 2 ** hostBits(n), 0)
    const listed = allocate(
      0,
      needs.map((n) => 2 ** hostBits(n)),
    )
    const end = listed.at(-1)! + 2 ** hostBits(needs.at(-1)!)
    if (total <= sizeOf(q) && end <= sizeOf(q)) return { q, names, needs, base: blockBase(rng, q) }
  }
}

/** Networks of a largest-first VLSM plan, by department index. */
function largestFirst(base: number, needs: readonly number[], size: (n: number) => number) {
  // Largest block first; equal blocks keep the listed order (the sort is stable).
  const order = needs.map((n, i) => [n, i] as const).sort((a, b) => size(b[0]) - size(a[0]))
  const nets = allocate(
    base,
    order.map(([n]) => size(n)),
  )
  const out: number[] = []
  order.forEach(([, i], k) => {
    out[i] = nets[k]!
  })
  return out
}

const plan = (names: readonly string[], needs: readonly number[]) =>
  names.map((d, i) => `${d} ${needs[i]} hosts`).join(', ')

export const DESIGN_FAMILIES = [
  family('smallest-prefix-for-hosts', (rng) => {
    const k = rng.int(3, 11)
    const n = rng.pick([
      2 ** k - 3,
      2 ** k - 2,
      2 ** k - 1,
      2 ** k,
      rng.int(2 ** (k - 1), 2 ** k - 3),
    ])
    const h = hostBits(n + 1)
    return {
      stem: `${cap(client(rng))} needs a subnet for ${count(n)} devices plus the router's own address, and takes the smallest power-of-two block that fits. Usable addresses are the block less its network and broadcast addresses. How many usable addresses will that subnet have?`,
      key: count(2 ** h - 2),
      wrong: [
        [count(2 ** bitsFor(n + 1) - 2), 'sizes the block without the network and broadcast'],
        [count(2 ** hostBits(n) - 2), 'forgets the router’s address'],
        [count(2 ** h), 'gives the block size, not the usable addresses'],
        [count(2 ** Math.floor(Math.log2(n + 1)) - 2), 'rounds the host bits down'],
        [count(n + 3), 'adds network, broadcast and router to the count without rounding'],
        [count(2 ** (h + 1) - 2), 'takes one more host bit than needed'],
      ],
      figures: { n },
    }
  }),
  family('smallest-prefix-for-subnet-count', (rng) => {
    const q = rng.int(16, 24)
    const s = rng.int(3, 2 ** Math.min(6, 30 - q - 1))
    const b = bitsFor(s)
    let old = 0
    while (2 ** old - 2 < s) old++
    const base = blockBase(rng, q)
    return {
      stem: `${cap(client(rng))} owns ${dot(base)}/${q} and needs it cut into ${s} equal subnets, as large as possible; every subnet number may be used, the first and last included. Which subnet mask should each subnet get?`,
      key: dot(maskOf(q + b)),
      wrong: [
        [dot(maskOf(q + Math.floor(Math.log2(s)))), 'rounds the borrowed bits down'],
        [dot(maskOf(q + old)), 'applies the old rule that loses the first and last subnet'],
        [dot(maskOf(32 - b)), 'counts the borrowed bits from the host end'],
        [dot(maskOf(q - b)), 'takes the bits off the prefix instead of adding them'],
        [dot(wildOf(q + b)), 'gives the wildcard mask'],
      ],
      figures: { q, s },
    }
  }),
  family('nth-subnet-network', (rng) => {
    const q = rng.int(16, 24)
    const p = q + rng.int(2, Math.min(8, 30 - q))
    const base = blockBase(rng, q)
    const z = sizeOf(p)
    const n = rng.int(2, Math.min(2 ** (p - q), 40))
    return {
      stem: `A technician splits ${dot(base)}/${q} into equal /${p} subnets, numbered from 1 in address order. What is the network address of subnet ${n}?`,
      key: dot(base + (n - 1) * z),
      wrong: [
        [dot(base + n * z), 'counts the subnets from zero'],
        [dot(base + (n - 1) * (z - 2)), 'steps by the usable host count'],
        [dot(base + (n - 1) * sizeOf(wrongOctet(p))), 'steps by the block size of the wrong octet'],
        [dot(base + (n - 1) * z + 1), 'gives the subnet’s first host'],
        [dot(base + (n - 1) * 2 ** (p - q)), 'steps by the subnet count'],
      ],
      figures: { base: dot(base), q, p, n },
    }
  }),
  family('nth-subnet-broadcast', (rng) => {
    const q = rng.int(16, 24)
    const p = q + rng.int(2, Math.min(8, 30 - q))
    const base = blockBase(rng, q)
    const z = sizeOf(p)
    const n = rng.int(2, Math.min(2 ** (p - q), 40))
    return {
      stem: `${cap(client(rng))}'s block ${dot(base)}/${q} is split into equal /${p} subnets, numbered from 1 in address order. What is the broadcast address of subnet ${n}?`,
      key: dot(base + n * z - 1),
      wrong: [
        [dot(base + n * z), 'gives the next subnet’s network address'],
        [dot(base + (n + 1) * z - 1), 'counts the subnets from zero'],
        [dot(base + n * z - 2), 'gives the last usable host'],
        [dot(base + (n - 1) * z), 'gives the subnet’s network address'],
        [dot(base + n * sizeOf(wrongOctet(p)) - 1), 'steps by the block size of the wrong octet'],
      ],
      figures: { base: dot(base), q, p, n },
    }
  }),
  family('subnet-count-from-split', (rng) => {
    const q = rng.int(16, 26)
    const p = q + rng.int(2, Math.min(8, 30 - q))
    return {
      stem: `How many /${p} subnets does a /${q} block hold, counting every subnet including the first and the last?`,
      key: count(2 ** (p - q)),
      wrong: [
        [count(2 ** (p - q) - 2), 'applies the old rule that loses the first and last subnet'],
        [count(2 ** (32 - p)), 'gives the addresses in each subnet'],
        [count(p - q), 'gives the borrowed bits, not the subnets'],
        [count(2 ** (32 - p) - 2), 'gives the usable hosts in each subnet'],
        [count(2 ** (p - q + 1)), 'counts one borrowed bit too many'],
        [count(2 ** (p - q - 1)), 'counts one borrowed bit too few'],
      ],
      figures: { q, p },
    }
  }),
  family('hosts-per-subnet-after-split', (rng) => {
    const q = rng.int(18, 25)
    let s = rng.int(3, 2 ** Math.min(5, 29 - q))
    if (2 ** bitsFor(s) === s) s += 1
    const b = bitsFor(s)
    if (q + b > 29) throw new VariantError('too many subnets for the block')
    const base = blockBase(rng, q)
    const z = sizeOf(q)
    return {
      stem: `${cap(client(rng))} splits ${dot(base)}/${q} into equal power-of-two subnets, at least ${s} of them, each as large as possible. How many usable hosts (leaving out network and broadcast) does each subnet have?`,
      key: count(2 ** (32 - q - b) - 2),
      wrong: [
        [count(Math.floor(z / s) - 2), 'divides the block by the subnet count'],
        [count(2 ** (32 - q - b + 1) - 2), 'borrows one bit too few'],
        [count(2 ** (32 - q - b)), 'forgets the network and broadcast addresses'],
        [count(Math.floor((z - 2) / s)), 'divides the block’s usable hosts by the subnet count'],
        [count(2 ** (32 - q - b - 1) - 2), 'borrows one bit too many'],
      ],
      figures: { q, s },
    }
  }),
  family('vlsm-network-of-department', (rng) => {
    const { q, names, needs, base } = vlsmCase(rng)
    const x = rng.int(0, 3)
    const block = (n: number) => 2 ** hostBits(n)
    const key = largestFirst(base, needs, block)[x]!
    const smallest = needs.map((n, i) => [n, i] as const).sort((a, b) => block(a[0]) - block(b[0]))
    const sm = allocate(
      base,
      smallest.map(([n]) => block(n)),
    )
    return {
      stem: `A technician plans ${dot(base)}/${q} for ${client(rng)} with VLSM: ${plan(names, needs)}. Each department gets the smallest block whose usable addresses (block less network and broadcast) hold its hosts, allocated from the start of the block, largest block first (ties in listed order), each aligned to its size. What is the ${names[x]} subnet's network address?`,
      key: dot(key),
      wrong: [
        [dot(allocate(base, needs.map(block))[x]!), 'allocates in the listed order'],
        [
          dot(largestFirst(base, needs, (n) => 2 ** bitsFor(n))[x]!),
          'sizes blocks without the network and broadcast',
        ],
        [dot(sm[smallest.findIndex(([, i]) => i === x)]!), 'allocates smallest first'],
        [dot(key + 1), 'gives the first host, not the network'],
        [
          dot(packed(base, needs)[x]!),
          'packs each department’s exact size, largest first, without rounding to blocks',
        ],
      ],
      figures: { base: dot(base), q, needs: needs.join(','), x },
    }
  }),
  family('vlsm-broadcast-of-department', (rng) => {
    const { q, names, needs, base } = vlsmCase(rng)
    const x = rng.int(0, 3)
    const block = (n: number) => 2 ** hostBits(n)
    const net = largestFirst(base, needs, block)[x]!
    return {
      stem: `${dot(base)}/${q} is planned with VLSM: ${plan(names, needs)}. Each department gets the smallest block whose usable addresses (block less network and broadcast) hold its hosts, allocated from the start, largest block first (ties in listed order), each aligned to its size. What is the ${names[x]} subnet's broadcast address?`,
      key: dot(net + block(needs[x]!) - 1),
      wrong: [
        [
          dot(allocate(base, needs.map(block))[x]! + block(needs[x]!) - 1),
          'allocates in the listed order',
        ],
        [dot(net + needs[x]! + 1), 'ends the subnet at the host count, not the block'],
        [dot(net + block(needs[x]!) - 2), 'gives the last usable host'],
        [dot(net + block(needs[x]!)), 'gives the next block’s network address'],
        [
          dot(net + 2 ** bitsFor(needs[x]!) - 1),
          'sizes the block without the network and broadcast',
        ],
      ],
      figures: { base: dot(base), q, needs: needs.join(','), x },
    }
  }),
  family('vlsm-first-free-address', (rng) => {
    const { q, names, needs, base } = vlsmCase(rng)
    const block = (n: number) => 2 ** hostBits(n)
    const total = needs.reduce((s, n) => s + block(n), 0)
    const listed = allocate(base, needs.map(block))
    return {
      stem: `${cap(client(rng))}'s block ${dot(base)}/${q} gets VLSM subnets: ${plan(names, needs)}. Each is the smallest block whose usable addresses (block less network and broadcast) hold its hosts, allocated largest first from the start of the block, each aligned to its size. What is the first address left free after the four subnets?`,
      key: dot(base + total),
      wrong: [
        [dot(base + needs.reduce((s, n) => s + n, 0)), 'adds up the host counts'],
        [
          dot(base + needs.reduce((s, n) => s + n + 2, 0)),
          'adds the host counts plus network and broadcast',
        ],
        [
          dot(base + needs.reduce((s, n) => s + 2 ** bitsFor(n), 0)),
          'sizes blocks without the network and broadcast',
        ],
        [dot(base + total - 1), 'gives the last subnet’s broadcast address'],
        [dot(listed.at(-1)! + block(needs.at(-1)!)), 'allocates in the listed order, leaving gaps'],
      ],
      figures: { base: dot(base), q, needs: needs.join(',') },
    }
  }),
  family('point-to-point-links-in-block', (rng) => {
    const q = rng.int(24, 28)
    const base = blockBase(rng, q)
    return {
      stem: `A technician carves router-to-router links out of ${dot(base)}/${q}, each link a /30 (two usable addresses). How many /30 links does the block hold?`,
      key: count(2 ** (30 - q)),
      wrong: [
        [count(2 ** (31 - q)), 'divides the block by the two usable addresses'],
        [
          count(Math.floor((2 ** (32 - q) - 2) / 4)),
          'takes the block’s network and broadcast off first',
        ],
        [count(Math.floor((2 ** (32 - q) - 2) / 2)), 'divides the block’s usable hosts by two'],
        [count(2 ** (30 - q) - 2), 'applies the old rule that loses the first and last subnet'],
        [count(2 ** (32 - q) - 2), 'gives the block’s usable hosts'],
        [count(30 - q), 'gives the bits borrowed for the links'],
      ],
      figures: { q },
    }
  }),
  family('which-subnet-holds-address', (rng) => {
    const q = rng.int(16, 24)
    const p = q + rng.int(3, Math.min(8, 30 - q))
    const base = blockBase(rng, q)
    const z = sizeOf(p)
    const i = rng.int(2, Math.min(2 ** (p - q), 60) - 1)
    const a = base + (i - 1) * z + rng.int(1, z - 2)
    const off = a - base
    return {
      stem: `${dot(base)}/${q} is split into equal /${p} subnets, numbered from 1 in address order. Which subnet number holds the host ${dot(a)}?`,
      key: count(Math.floor(off / z) + 1),
      wrong: [
        [count(Math.floor(off / z)), 'numbers the subnets from zero'],
        [count(Math.floor(off / (z - 2)) + 1), 'divides by the usable hosts, not the block'],
        [count(Math.floor(off / sizeOf(p - 1)) + 1), 'uses one network bit too few'],
        [count(Math.floor((a % 256) / Math.min(z, 256)) + 1), 'works only the last octet'],
        [count(Math.floor(off / sizeOf(p + 1)) + 1), 'uses one network bit too many'],
      ],
      figures: { base: dot(base), q, p, a: dot(a) },
    }
  }),
  family('room-to-grow-in-subnet', (rng) => {
    const p = rng.int(22, 27)
    const z = sizeOf(p)
    const used = rng.int(Math.floor(z / 4), z - 8)
    const wrong: [string, string][] = [
      [count(z - used), 'forgets the network, broadcast and router addresses'],
      [count(z - 2 - used), 'forgets the router’s address'],
      [count(z - 1 - used), 'takes off only the router’s address'],
      [count(2 * z - 3 - used), 'counts one host bit too many'],
    ]
    if (z / 2 - 3 - used > 0) wrong.push([count(z / 2 - 3 - used), 'counts one host bit too few'])
    return {
      stem: `${cap(client(rng))}'s /${p} subnet has ${count(used)} devices plus the router's address in use. How many more devices can it take? (Usable addresses leave out the network and broadcast addresses.)`,
      key: count(z - 3 - used),
      wrong,
      figures: { p, used },
    }
  }),
  family('mask-for-host-count', (rng) => {
    const k = rng.int(3, 12)
    const n = rng.pick([2 ** k - 2, 2 ** k - 1, 2 ** k, rng.int(2 ** (k - 1) + 1, 2 ** k - 3)])
    const h = hostBits(n)
    return {
      stem: `A shop's new VLAN must hold ${count(n)} hosts. Usable addresses are the block less its network and broadcast. Which dotted mask gives the smallest subnet that fits?`,
      key: dot(maskOf(32 - h)),
      wrong: [
        [dot(maskOf(32 - bitsFor(n))), 'forgets the network and broadcast addresses'],
        [dot(wildOf(32 - h)), 'gives the wildcard mask'],
        [dot(maskOf(32 - Math.floor(Math.log2(n)))), 'rounds the host bits down'],
        [dot(maskOf(32 - h - 1)), 'takes one more host bit than needed'],
        [dot(maskOf(h)), 'writes the host bits as the prefix'],
      ],
      figures: { n },
    }
  }),
  family('block-to-hold-vlsm-plan', (rng) => {
    const { names, needs } = vlsmCase(rng)
    const total = needs.reduce((s, n) => s + 2 ** hostBits(n), 0)
    const all = bitsFor(total)
    return {
      stem: `Before asking the cloud team for address space, a technician sizes one block for: ${plan(names, needs)}. Each department gets the smallest power-of-two block whose usable addresses (block less network and broadcast) hold it. What is the mask of the smallest single block that holds all four subnets?`,
      key: dot(maskOf(32 - all)),
      wrong: [
        [
          dot(maskOf(32 - bitsFor(needs.reduce((s, n) => s + n, 0)))),
          'adds the host counts without rounding each to a block',
        ],
        [dot(maskOf(32 - hostBits(Math.max(...needs)))), 'sizes for the largest department only'],
        [dot(wildOf(32 - all)), 'gives the wildcard mask'],
        [
          dot(maskOf(32 - bitsFor(needs.reduce((s, n) => s + 2 ** bitsFor(n), 0)))),
          'rounds each block without the network and broadcast',
        ],
        [dot(maskOf(all)), 'writes the host bits as the prefix'],
      ],
      figures: { needs: needs.join(',') },
    }
  }),
  family('split-second-half-again', (rng) => {
    const q = rng.int(18, 26)
    const base = blockBase(rng, q)
    const k = rng.int(2, 4)
    const half = sizeOf(q + 1)
    const quarter = sizeOf(q + 3)
    return {
      stem: `${cap(client(rng))} keeps the first half of ${dot(base)}/${q} for staff and splits the second half into four equal subnets, numbered from 1 in address order, for guests. What is the network address of guest subnet ${k}?`,
      key: dot(base + half + (k - 1) * quarter),
      wrong: [
        [dot(base + (k - 1) * quarter), 'splits the first half instead of the second'],
        [dot(base + half + k * quarter), 'counts the guest subnets from zero'],
        [
          dot(base + half + (k - 1) * sizeOf(q + 2)),
          'steps by a quarter of the whole block, not of the half',
        ],
        [dot(base + (k - 1) * sizeOf(q + 2)), 'splits the whole block into four'],
        [dot(base + half + (k - 1) * sizeOf(q + 4)), 'borrows three bits, one too many'],
      ],
      figures: { base: dot(base), q, k },
    }
  }),
  family('subnets-left-after-allocation', (rng) => {
    const q = rng.int(20, 24)
    const p = q + rng.int(1, 3)
    const r = Math.min(30, p + rng.int(2, 4))
    const used = rng.int(1, 2 ** (p - q) - 1)
    const base = blockBase(rng, q)
    const left = sizeOf(q) - used * sizeOf(p)
    return {
      stem: `${dot(base)}/${q} already has ${used} /${p} subnet${used > 1 ? 's' : ''} allocated from its start. How many /${r} subnets can be made from the rest of the block?`,
      key: count(left / sizeOf(r)),
      wrong: [
        [count(sizeOf(q) / sizeOf(r) - used), 'takes off one small subnet per allocated subnet'],
        [count(sizeOf(q) / sizeOf(r)), 'forgets the allocated subnets'],
        [count(Math.floor(left / (sizeOf(r) - 2))), 'divides by the usable hosts of a subnet'],
        [count((used * sizeOf(p)) / sizeOf(r)), 'counts the space already used'],
        [count(2 ** (r - p) - used), 'splits one allocated-size subnet only'],
        [count(left / sizeOf(p)), 'counts the rest in subnets of the allocated size'],
        [
          count(Math.floor((left - 2) / sizeOf(r))),
          'takes the block’s network and broadcast off first',
        ],
        [count(left), 'gives the addresses left, not the subnets'],
      ],
      figures: { q, p, r, used },
    }
  }),
] as const

/** Exact sizes (hosts plus network and broadcast) packed largest first with no alignment. */
function packed(base: number, needs: readonly number[]): number[] {
  const order = needs.map((n, i) => [n, i] as const).sort((a, b) => b[0] - a[0])
  const out: number[] = []
  let at = base
  for (const [n, i] of order) {
    out[i] = at
    at += n + 2
  }
  return out
}
