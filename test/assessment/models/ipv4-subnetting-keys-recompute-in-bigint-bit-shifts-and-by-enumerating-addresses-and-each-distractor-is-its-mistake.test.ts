import { afterAll, expect } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { DESIGN_FAMILIES } from '../../../src/assessment/models/ip4/design-families.js'
import { IP4_MODELS } from '../../../src/assessment/models/ip4/ip4-models.js'
import type { Ip4Scenario } from '../../../src/assessment/models/ip4/ip4-text.js'
import { MASK_FAMILIES } from '../../../src/assessment/models/ip4/masks-families.js'
import { ROUTE_FAMILIES } from '../../../src/assessment/models/ip4/routes-families.js'
import { SPECIAL_FAMILIES } from '../../../src/assessment/models/ip4/special-families.js'
import { TROUBLE_FAMILIES } from '../../../src/assessment/models/ip4/trouble-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...MASK_FAMILIES,
  ...DESIGN_FAMILIES,
  ...ROUTE_FAMILIES,
  ...SPECIAL_FAMILIES,
  ...TROUBLE_FAMILIES,
]
const DRAWS = 100
const DRAWN = drawFamilies<Ip4Scenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- A second route: addresses as BigInt, masks built by shifting bits (the families work by
// division and remainders), small blocks checked by walking their addresses one by one.
const B = BigInt
const ALL = (1n << 32n) - 1n
const ip = (s: string | number): bigint =>
  String(s)
    .split('.')
    .reduce((v, o) => (v << 8n) | B(o), 0n)
const d = (v: bigint): string => [24n, 16n, 8n, 0n].map((k) => String((v >> k) & 255n)).join('.')
const blk = (p: number): bigint => 1n << B(32 - p)
const mask = (p: number): bigint => (ALL << B(32 - p)) & ALL
const wild = (p: number): bigint => ALL ^ mask(p)
const net = (a: bigint, p: number): bigint => a & mask(p)
const bc = (a: bigint, p: number): bigint => a | wild(p)
const c = (v: bigint | number): string => B(v).toLocaleString('en-US')
const pre = (p: number | bigint) => `/${p}`
const cidr = (n: bigint, p: number) => `${d(n)}/${p}`
/** Bits needed so that 2^b ≥ n, by doubling. */
const bits = (n: bigint): number => {
  let b = 0
  while (1n << B(b) < n) b++
  return b
}
/** Host bits so that 2^h − 2 ≥ n. */
const hbits = (n: bigint): number => {
  let h = 2
  while ((1n << B(h)) - 2n < n) h++
  return h
}
/** ⌊log₂ n⌋ by halving. */
const lg = (n: bigint): number => {
  let b = -1
  for (let x = n; x > 0n; x >>= 1n) b++
  return b
}
/** The mask of p with its partial octet set to v. */
const partial = (p: number, v: bigint) =>
  mask(8 * Math.floor(p / 8)) | (v << B(8 * (3 - Math.floor(p / 8))))
const mOct = (p: number) => (mask(p) >> B(8 * (3 - Math.floor(p / 8)))) & 255n
const wo = (p: number) => (p >= 16 ? p - 8 : p + 8)
/** The longest prefix holding both, by walking prefixes down. */
const common = (a: bigint, b: bigint) => {
  for (let p = 32; ; p--) if (net(a, p) === net(b, p)) return p
}

type F = Readonly<Record<string, number | string>>
type W = { readonly key: string; readonly wrong?: readonly string[] }
const n = (f: F, k: string) => Number(f[k])
const a = (f: F, k = 'a') => ip(String(f[k]))
const w = (key: string, ...wrong: string[]): W => ({ key, wrong })

const MASKS: Readonly<Record<string, (f: F) => W>> = {
  'prefix-to-dotted-mask': (f) => {
    const p = n(f, 'p')
    const m = mOct(p)
    return w(
      d(mask(p)),
      d(wild(p)),
      d(partial(p, 256n - m)),
      d(partial(p, 255n - m)),
      d(mask(wo(p))),
      d(mask(8 * Math.floor(p / 8))),
      d(partial(p, 256n - (1n << B(p % 8)))),
    )
  },
  'dotted-mask-to-prefix': (f) => {
    const p = n(f, 'p')
    const full = Math.floor(p / 8)
    return w(
      pre(p),
      pre(32 - p),
      pre(8 * full),
      pre(8 * full + 8 - (p % 8)),
      pre(8 * full + 8),
      pre(24 + (p % 8)),
    )
  },
  'wildcard-for-prefix': (f) => {
    const p = n(f, 'p')
    const i = B(8 * (3 - Math.floor(p / 8)))
    return w(
      d(wild(p)),
      d(mask(p)),
      d(wild(wo(p))),
      d(wild(p) + (1n << i)),
      d(partial(p, 255n - mOct(p))),
    )
  },
  'wildcard-to-prefix': (f) => {
    const p = n(f, 'p')
    const full = Math.floor(p / 8)
    return w(pre(p), pre(32 - p), pre(8 * full + 8), pre(8 * full), pre(8 * full + 8 - (p % 8)))
  },
  'network-address': (f) => {
    const [x, p] = [a(f), n(f, 'p')]
    return w(
      d(net(x, p)),
      d(bc(x, p)),
      d(net(x, 24)),
      d(net(x, wo(p))),
      d(net(x, p) + 1n),
      d(net(x, p + 1)),
    )
  },
  'broadcast-address': (f) => {
    const [x, p] = [a(f), n(f, 'p')]
    return w(
      d(bc(x, p)),
      d(net(x, p)),
      d(bc(x, p) - 1n),
      d(bc(x, 24)),
      d(net(x, p) + blk(p)),
      d(bc(x, wo(p))),
    )
  },
  'first-usable-host': (f) => {
    const [x, p] = [a(f), n(f, 'p')]
    const s = net(x, p)
    return w(
      d(s + 1n),
      d(s),
      d(net(x, 24) + 1n),
      d(bc(x, p) - 1n),
      d(s + blk(p) + 1n),
      d(net(x, wo(p)) + 1n),
    )
  },
  'last-usable-host': (f) => {
    const [x, p] = [a(f), n(f, 'p')]
    const b = bc(x, p)
    return w(d(b - 1n), d(b), d(b + 1n), d(bc(x, 24) - 1n), d(net(x, p) + 1n), d(bc(x, wo(p)) - 1n))
  },
  'usable-hosts-for-prefix': (f) => {
    const p = n(f, 'p')
    const h = 32 - p
    const t = (e: number) => 1n << B(e)
    return w(
      c(t(h) - 2n),
      c(t(h)),
      c(t(h) - 1n),
      c(t(h % 8) - 2n),
      c(t(8 - (p % 8))),
      c(t(h - 1) - 2n),
      c(t(h + 1) - 2n),
      c(t(p) - 2n),
    )
  },
  'address-in-same-subnet': (f) => {
    const [x, p, k] = [a(f), n(f, 'p'), a(f, 'inside')]
    // Enumerate the subnet's usable addresses and find the key among them.
    const usable: bigint[] = []
    for (let v = net(x, p) + 1n; v < bc(x, p); v++) usable.push(v)
    expect(usable.includes(k) && k !== x).toBe(true)
    return { key: d(k) }
  },
  'block-size-in-partial-octet': (f) => {
    const p = n(f, 'p')
    const m = mOct(p)
    return w(c(256n - m), c(m), c(255n - m), c(1n << B(p % 8)), c(p % 8))
  },
  'host-range-of-subnet': (f) => {
    const [x, p] = [a(f), n(f, 'p')]
    const [s, b] = [net(x, p), bc(x, p)]
    const r = (u: bigint, v: bigint) => `${d(u)} to ${d(v)}`
    return w(
      r(s + 1n, b - 1n),
      r(s, b),
      r(s + 1n, b),
      r(s, b - 1n),
      r(net(x, 24) + 1n, bc(x, 24) - 1n),
      r(s + 1n, s + 2n * blk(p) - 2n),
    )
  },
  'integer-to-dotted': (f) => {
    const v = B(n(f, 'a'))
    const o = [24n, 16n, 8n, 0n].map((k) => (v >> k) & 255n)
    const q = (...i: number[]) => i.map((j) => String(o[j])).join('.')
    // Base 255 by repeated division; the decimal digits cut into threes from the right.
    const b255: bigint[] = []
    for (let x = v, i = 0; i < 4; i++, x /= 255n) b255.unshift(x % 255n)
    const digits = String(v)
    const groups: string[] = []
    for (let e = digits.length; e > 0; e -= 3) groups.unshift(digits.slice(Math.max(0, e - 3), e))
    const grouped =
      groups.length === 4 && groups.every((g) => Number(g) <= 255)
        ? [groups.map(Number).join('.')]
        : []
    return w(d(v), q(3, 2, 1, 0), b255.join('.'), q(2, 3, 0, 1), q(1, 0, 3, 2), ...grouped)
  },
  'usable-hosts-from-dotted-mask': (f) => {
    const p = n(f, 'p')
    const h = 32 - p
    const m = mOct(p)
    return w(
      c((1n << B(h)) - 2n),
      c(1n << B(h)),
      c(256n - m - 2n),
      c(255n - m),
      c((1n << B(h + 1)) - 2n),
      c((256n - m) * 256n ** B(3 - Math.floor(p / 8)) - 1n),
    )
  },
  'network-from-dotted-mask': (f) => {
    const [x, p] = [a(f), n(f, 'p')]
    return w(
      d(net(x, p)),
      d(net(x, 24)),
      d(bc(x, p)),
      d(net(x, wo(p))),
      d(net(x, p) + blk(p)),
      d(x & wild(p)),
    )
  },
  'dotted-to-integer': (f) => {
    const o = String(f.a)
    const v = B(Number(f.a))
    const oc = [24n, 16n, 8n, 0n].map((k) => (v >> k) & 255n) as [bigint, bigint, bigint, bigint]
    expect(o).toBe(String(Number(f.a)))
    return w(
      c(v),
      c(((oc[3] * 256n + oc[2]) * 256n + oc[1]) * 256n + oc[0]),
      c(((oc[0] * 255n + oc[1]) * 255n + oc[2]) * 255n + oc[3]),
      c(v - oc[3]),
      c(oc[0] * 65536n + oc[1] * 256n + oc[2] + oc[3] * 16777216n),
    )
  },
}

/** Places blocks in order, each at the next address that is a multiple of its size. */
const place = (base: bigint, sizes: readonly bigint[]): bigint[] => {
  let at = base
  return sizes.map((z) => {
    while ((at - base) % z !== 0n) at++
    const s = at
    at += z
    return s
  })
}
/** Networks by department, blocks placed largest first (stable for equal blocks). */
const bigFirst = (base: bigint, sizes: readonly bigint[]): bigint[] => {
  const order = sizes.map((z, i) => ({ z, i })).sort((x, y) => (y.z > x.z ? 1 : y.z < x.z ? -1 : 0))
  const nets = place(
    base,
    order.map((o) => o.z),
  )
  const out: bigint[] = []
  order.forEach((o, k) => {
    out[o.i] = nets[k]!
  })
  return out
}
const needsOf = (f: F) =>
  String(f.needs)
    .split(',')
    .map((x) => B(x))
const blockFor = (h: bigint) => 1n << B(hbits(h))

const DESIGN: Readonly<Record<string, (f: F) => W>> = {
  'smallest-prefix-for-hosts': (f) => {
    const k = B(n(f, 'n'))
    const t = (e: number) => 1n << B(e)
    const h = hbits(k + 1n)
    return w(
      c(t(h) - 2n),
      c(t(bits(k + 1n)) - 2n),
      c(t(hbits(k)) - 2n),
      c(t(h)),
      c(t(lg(k + 1n)) - 2n),
      c(k + 3n),
      c(t(h + 1) - 2n),
    )
  },
  'smallest-prefix-for-subnet-count': (f) => {
    const [q, s] = [n(f, 'q'), B(n(f, 's'))]
    const b = bits(s)
    let old = 0
    while ((1n << B(old)) - 2n < s) old++
    return w(
      d(mask(q + b)),
      d(mask(q + lg(s))),
      d(mask(q + old)),
      d(mask(32 - b)),
      d(mask(q - b)),
      d(wild(q + b)),
    )
  },
  'nth-subnet-network': (f) => {
    const [s, q, p, k] = [a(f, 'base'), n(f, 'q'), n(f, 'p'), B(n(f, 'n'))]
    const z = blk(p)
    return w(
      d(s + (k - 1n) * z),
      d(s + k * z),
      d(s + (k - 1n) * (z - 2n)),
      d(s + (k - 1n) * blk(wo(p))),
      d(s + (k - 1n) * z + 1n),
      d(s + (k - 1n) * (1n << B(p - q))),
    )
  },
  'nth-subnet-broadcast': (f) => {
    const [s, p, k] = [a(f, 'base'), n(f, 'p'), B(n(f, 'n'))]
    const z = blk(p)
    return w(
      d(s + k * z - 1n),
      d(s + k * z),
      d(s + (k + 1n) * z - 1n),
      d(s + k * z - 2n),
      d(s + (k - 1n) * z),
      d(s + k * blk(wo(p)) - 1n),
    )
  },
  'subnet-count-from-split': (f) => {
    const [q, p] = [n(f, 'q'), n(f, 'p')]
    const t = (e: number) => 1n << B(e)
    return w(
      c(t(p - q)),
      c(t(p - q) - 2n),
      c(t(32 - p)),
      c(p - q),
      c(t(32 - p) - 2n),
      c(t(p - q + 1)),
      c(t(p - q - 1)),
    )
  },
  'hosts-per-subnet-after-split': (f) => {
    const [q, s] = [n(f, 'q'), B(n(f, 's'))]
    const b = bits(s)
    const z = blk(q)
    const t = (e: number) => 1n << B(e)
    return w(
      c(t(32 - q - b) - 2n),
      c(z / s - 2n),
      c(t(32 - q - b + 1) - 2n),
      c(t(32 - q - b)),
      c((z - 2n) / s),
      c(t(32 - q - b - 1) - 2n),
    )
  },
  'vlsm-network-of-department': (f) => {
    const [s, x] = [a(f, 'base'), n(f, 'x')]
    const need = needsOf(f)
    const key = bigFirst(s, need.map(blockFor))[x]!
    const asc = need
      .map((h, i) => ({ z: blockFor(h), i }))
      .sort((u, v) => (u.z > v.z ? 1 : u.z < v.z ? -1 : 0))
    const small = place(
      s,
      asc.map((o) => o.z),
    )
    const exact = need
      .map((h, i) => ({ h, i }))
      .sort((u, v) => (v.h > u.h ? 1 : v.h < u.h ? -1 : 0))
    let at = s
    const packed: bigint[] = []
    for (const e of exact) {
      packed[e.i] = at
      at += e.h + 2n
    }
    return w(
      d(key),
      d(place(s, need.map(blockFor))[x]!),
      d(
        bigFirst(
          s,
          need.map((h) => 1n << B(bits(h))),
        )[x]!,
      ),
      d(small[asc.findIndex((o) => o.i === x)]!),
      d(key + 1n),
      d(packed[x]!),
    )
  },
  'vlsm-broadcast-of-department': (f) => {
    const [s, x] = [a(f, 'base'), n(f, 'x')]
    const need = needsOf(f)
    const z = blockFor(need[x]!)
    const nt = bigFirst(s, need.map(blockFor))[x]!
    return w(
      d(nt + z - 1n),
      d(place(s, need.map(blockFor))[x]! + z - 1n),
      d(nt + need[x]! + 1n),
      d(nt + z - 2n),
      d(nt + z),
      d(nt + (1n << B(bits(need[x]!))) - 1n),
    )
  },
  'vlsm-first-free-address': (f) => {
    const s = a(f, 'base')
    const need = needsOf(f)
    const sum = (g: (h: bigint) => bigint) => need.reduce((t, h) => t + g(h), 0n)
    const listed = place(s, need.map(blockFor))
    return w(
      d(s + sum(blockFor)),
      d(s + sum((h) => h)),
      d(s + sum((h) => h + 2n)),
      d(s + sum((h) => 1n << B(bits(h)))),
      d(s + sum(blockFor) - 1n),
      d(listed.at(-1)! + blockFor(need.at(-1)!)),
    )
  },
  'point-to-point-links-in-block': (f) => {
    const q = n(f, 'q')
    const z = blk(q)
    return w(
      c(z / 4n),
      c(z / 2n),
      c((z - 2n) / 4n),
      c((z - 2n) / 2n),
      c(z / 4n - 2n),
      c(z - 2n),
      c(30 - q),
    )
  },
  'which-subnet-holds-address': (f) => {
    const [s, p, x] = [a(f, 'base'), n(f, 'p'), a(f)]
    const z = blk(p)
    const off = x - s
    // Walk the subnets one by one until the address falls inside.
    let i = 1n
    while (!(s + (i - 1n) * z <= x && x < s + i * z)) i++
    const lo = x & 255n
    return w(
      c(i),
      c(i - 1n),
      c(off / (z - 2n) + 1n),
      c(off / blk(p - 1) + 1n),
      c(lo / (z < 256n ? z : 256n) + 1n),
      c(off / blk(p + 1) + 1n),
    )
  },
  'room-to-grow-in-subnet': (f) => {
    const [z, u] = [blk(n(f, 'p')), B(n(f, 'used'))]
    const out = [c(z - 3n - u), c(z - u), c(z - 2n - u), c(z - 1n - u), c(2n * z - 3n - u)]
    if (z / 2n - 3n - u > 0n) out.push(c(z / 2n - 3n - u))
    return w(out[0]!, ...out.slice(1))
  },
  'mask-for-host-count': (f) => {
    const k = B(n(f, 'n'))
    const h = hbits(k)
    return w(
      d(mask(32 - h)),
      d(mask(32 - bits(k))),
      d(wild(32 - h)),
      d(mask(32 - lg(k))),
      d(mask(32 - h - 1)),
      d(mask(h)),
    )
  },
  'block-to-hold-vlsm-plan': (f) => {
    const need = needsOf(f)
    const sum = (g: (h: bigint) => bigint) => need.reduce((t, h) => t + g(h), 0n)
    const all = bits(sum(blockFor))
    const big = [...need].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0))[0]!
    return w(
      d(mask(32 - all)),
      d(mask(32 - bits(sum((h) => h)))),
      d(mask(32 - hbits(big))),
      d(wild(32 - all)),
      d(mask(32 - bits(sum((h) => 1n << B(bits(h)))))),
      d(mask(all)),
    )
  },
  'split-second-half-again': (f) => {
    const [s, q, k] = [a(f, 'base'), n(f, 'q'), B(n(f, 'k'))]
    const [h, qt] = [blk(q + 1), blk(q + 3)]
    return w(
      d(s + h + (k - 1n) * qt),
      d(s + (k - 1n) * qt),
      d(s + h + k * qt),
      d(s + h + (k - 1n) * blk(q + 2)),
      d(s + (k - 1n) * blk(q + 2)),
      d(s + h + (k - 1n) * blk(q + 4)),
    )
  },
  'subnets-left-after-allocation': (f) => {
    const [q, p, r, u] = [n(f, 'q'), n(f, 'p'), n(f, 'r'), B(n(f, 'used'))]
    const left = blk(q) - u * blk(p)
    return w(
      c(left / blk(r)),
      c(blk(q) / blk(r) - u),
      c(blk(q) / blk(r)),
      c(left / (blk(r) - 2n)),
      c((u * blk(p)) / blk(r)),
      c((1n << B(r - p)) - u),
      c(left / blk(p)),
      c((left - 2n) / blk(r)),
      c(left),
    )
  },
}

/** The usable hosts of the size-z networks of a summary that are not among the listed ones. */
const extraHosts = (sum: bigint, cp: number, listed: readonly bigint[], z: bigint) => {
  let hosts = 0n
  for (let x = sum; x < sum + blk(cp); x += z) if (!listed.includes(x)) hosts += z - 2n
  return hosts
}
const run = (first: bigint, p: number, k: number) =>
  Array.from({ length: k }, (_, i) => first + B(i) * blk(p))
/** The table's routes from their names, and the one whose prefix is longest among those holding x. */
const table = (f: F) =>
  String(f.table)
    .split(' ')
    .map((r) => {
      const [s, p] = r.split('/') as [string, string]
      return { name: r, net: ip(s), p: Number(p) }
    })
const longest = (f: F, x: bigint) =>
  table(f)
    .filter((r) => net(x, r.p) === r.net)
    .sort((u, v) => v.p - u.p)[0]!

const ROUTES: Readonly<Record<string, (f: F) => W>> = {
  'summary-of-aligned-networks': (f) => {
    const [s, p, k] = [a(f, 'base'), n(f, 'p'), n(f, 'k')]
    const nets = run(s, p, 2 ** k)
    const sp = common(nets[0]!, nets.at(-1)!)
    expect(sp).toBe(p - k)
    return w(
      cidr(s, sp),
      cidr(s, p - 2 ** k),
      cidr(nets.at(-1)!, p - k),
      cidr(net(s, 16), 16),
      cidr(s, p + k),
      cidr(s, p),
    )
  },
  'smallest-summary-of-unaligned-networks': (f) => {
    const [s, p, k] = [a(f, 'first'), n(f, 'p'), n(f, 'n')]
    const last = run(s, p, k).at(-1)!
    const cp = common(s, last)
    const kb = lg(B(k))
    return w(
      cidr(net(s, cp), cp),
      cidr(s, p - kb),
      cidr(net(s, p - kb), p - kb),
      cidr(net(s, 16), 16),
      cidr(net(last, p - kb), p - kb),
      cidr(net(s, cp - 1), cp - 1),
    )
  },
  'extra-addresses-in-summary': (f) => {
    const [s, p, k] = [a(f, 'first'), n(f, 'p'), n(f, 'n')]
    const cp = common(s, run(s, p, k).at(-1)!)
    const z = blk(p)
    const kk = B(k)
    return w(
      c(blk(cp) - kk * z),
      c(blk(cp)),
      c(kk * z),
      c((blk(cp) - kk * z) / z),
      c(blk(cp) - kk * (z - 2n)),
      c((1n << B(bits(kk))) * z - kk * z),
      c(blk(cp) - 2n),
      c(extraHosts(net(s, cp), cp, run(s, p, k), z)),
    )
  },
  'longest-prefix-match-route': (f) => ({ key: longest(f, a(f, 'dest')).name }),
  'destination-using-a-route': (f) => {
    expect(longest(f, a(f, 'dest')).p).toBe(20)
    return { key: String(f.dest) }
  },
  'proposed-network-overlap': (f) => {
    const [e, p] = [a(f, 'e'), n(f, 'p')]
    const [ks, kp] = String(f.key).split('/') as [string, string]
    const [x, q] = [ip(ks), Number(kp)]
    // Overlap: one range's start lies inside the other.
    expect((x >= e && x <= bc(e, p)) || (e >= x && e <= bc(x, q))).toBe(true)
    return { key: String(f.key) }
  },
  'address-covered-by-summary': (f) => {
    const [s, q, x] = [a(f, 's'), n(f, 'q'), a(f, 'dest')]
    expect(net(x, q)).toBe(s)
    return { key: d(x) }
  },
  'acl-wildcard-match': (f) => {
    const [s, p, x] = [a(f, 'n'), n(f, 'p'), a(f, 'src')]
    // The wildcard's zero bits must agree: (x AND NOT wildcard) = (n AND NOT wildcard).
    expect(x & ~wild(p) & ALL).toBe(s & ~wild(p) & ALL)
    return { key: d(x) }
  },
  'first-address-after-summary': (f) => {
    const [s, q] = [a(f, 's'), n(f, 'q')]
    return w(
      d(bc(s, q) + 1n),
      d(bc(s, q)),
      d(s + blk(q + 1)),
      d(bc(s, q) + 2n),
      d(s + blk(q - 1)),
      d(s + ((1n << B(q % 8)) << B(8 * (3 - Math.floor(q / 8))))),
    )
  },
  'route-for-address-range': (f) => {
    const [s, p] = [a(f, 'n'), n(f, 'p')]
    const r = (x: bigint, q: number) => `${d(x)} ${d(mask(q))}`
    return w(
      r(s, p),
      `${d(s)} ${d(wild(p))}`,
      r(s, p + 1),
      r(s, p - 1),
      p < 24 ? r(net(s, 16), 16) : r(net(s, 24), 24),
      r(bc(s, p), p),
      r(s, 32 - p),
    )
  },
  'summary-of-two-networks': (f) => {
    const [s, p, g] = [a(f), n(f, 'p'), n(f, 'gap')]
    const cp = common(s, s + B(g) * blk(p))
    return w(
      cidr(net(s, cp), cp),
      cidr(s, p - 1),
      cidr(net(s, cp + 1), cp + 1),
      cidr(net(s, 16), 16),
      cidr(s, p - bits(B(g + 1))),
      cidr(net(s, cp - 1), cp - 1),
    )
  },
  'slash-24s-in-summary': (f) => {
    const q = n(f, 'q')
    return w(
      c(1n << B(24 - q)),
      c((1n << B(24 - q)) - 2n),
      c(24 - q),
      c(blk(q) / 254n),
      c(1n << B(25 - q)),
      c(blk(q)),
    )
  },
  'address-range-of-summary': (f) => {
    const [s, q] = [a(f, 's'), n(f, 'q')]
    const r = (x: bigint, y: bigint) => `${d(x)} to ${d(y)}`
    return w(
      r(s, bc(s, q)),
      r(s, bc(s, q) + 1n),
      r(s, s + blk(q + 1) - 1n),
      r(s, s + blk(q - 1) - 1n),
      r(s + 1n, bc(s, q) - 1n),
      r(s, s + blk(q + 8) - 1n),
    )
  },
  'wildcard-for-summary-acl': (f) => {
    const [s, p, k] = [a(f, 'base'), n(f, 'p'), n(f, 'k')]
    const sp = common(s, run(s, p, 2 ** k).at(-1)!)
    const o = 8 * Math.floor(sp / 8)
    return w(
      d(wild(sp)),
      d(mask(sp)),
      d(wild(p)),
      d(wild(p) + B(2 ** k - 1) * blk(p)),
      d(wild(sp - 1)),
      d(mask(o) | (wild(sp) ^ wild(o + 8))),
    )
  },
  'vpc-cidr-that-can-peer': (f) => {
    const [v, p] = [a(f, 'v'), n(f, 'p')]
    const x = bc(v, p) + 1n
    expect(x > bc(v, p)).toBe(true)
    return w(
      cidr(x, p),
      cidr(v + blk(p + 1), p + 1),
      cidr(net(v, p - 1), p - 1),
      cidr(bc(v, p) + 1n - 256n, 24),
      cidr(net(v, 8), 8),
    )
  },
  'routes-covered-by-summary': (f) => {
    const [s, q] = [a(f, 's'), n(f, 'q')]
    const nets = String(f.nets).split(' ').map(ip)
    const inQ = (r: number) => nets.filter((x) => net(x, r) === net(s, r)).length
    return w(
      c(inQ(q)),
      c(nets.filter((x) => net(x, q + 1) === s).length),
      c(inQ(16)),
      c(nets.length - inQ(q)),
      c(1n << B(24 - q)),
      c(inQ(q - 1)),
    )
  },
}

/** The special-use table as the stems state it, checked most specific first. */
const SPECIAL: readonly [string, string][] = [
  ['192.0.2.0/24', 'Documentation only (RFC 5737)'],
  ['198.51.100.0/24', 'Documentation only (RFC 5737)'],
  ['203.0.113.0/24', 'Documentation only (RFC 5737)'],
  ['169.254.0.0/16', 'Link-local (self-assigned)'],
  ['192.168.0.0/16', 'Private (RFC 1918)'],
  ['172.16.0.0/12', 'Private (RFC 1918)'],
  ['100.64.0.0/10', 'Shared address space for carrier-grade NAT (RFC 6598)'],
  ['10.0.0.0/8', 'Private (RFC 1918)'],
  ['127.0.0.0/8', 'Loopback'],
  ['224.0.0.0/4', 'Multicast'],
  ['240.0.0.0/4', 'Reserved for future use'],
]
const kind = (x: bigint): string => {
  for (const [r, k] of SPECIAL) {
    const [s, p] = r.split('/') as [string, string]
    if (net(x, Number(p)) === ip(s)) return k
  }
  return 'Public unicast'
}
const kindKey = (f: F): W => ({ key: kind(a(f)) })

const SPECIALS: Readonly<Record<string, (f: F) => W>> = {
  'kind-of-172-address': kindKey,
  'kind-of-100-address': kindKey,
  'kind-of-169-address': kindKey,
  'kind-of-192-address': kindKey,
  'kind-of-198-or-203-address': kindKey,
  'kind-of-high-address': kindKey,
  'kind-of-127-or-neighbour': kindKey,
  'which-address-is-private': (f) => {
    expect(kind(a(f, 'key'))).toBe('Private (RFC 1918)')
    return { key: String(f.key) }
  },
  'which-address-is-for-documentation': (f) => {
    expect(kind(a(f, 'key'))).toBe('Documentation only (RFC 5737)')
    return { key: String(f.key) }
  },
  'slash-31-links-in-block': (f) => {
    const z = blk(n(f, 'q'))
    return w(
      c(z / 2n),
      c(z / 4n),
      c(z - 2n),
      c(z / 2n - 1n),
      c(z),
      c(31 - n(f, 'q')),
      c(z / 2n - 2n),
      c(blk(wo(n(f, 'q'))) / 2n),
    )
  },
  'slash-31-link-addresses': (f) => {
    const x = net(a(f, 'end'), 31)
    const pr = (y: bigint) => `${d(y)} and ${d(y + 1n)}`
    return w(pr(x), pr(x + 1n), pr(x + 2n), pr(x - 1n), pr(net(x, 30) + 1n))
  },
  'cloud-subnet-usable-addresses': (f) => {
    const z = blk(n(f, 'p'))
    // Enumerate the subnet's offsets and drop the first four and the last.
    let usable = 0n
    for (let i = 0n; i < z; i++) if (i > 3n && i < z - 1n) usable++
    return w(c(usable), c(z - 2n), c(z - 4n), c(z), c(z / 2n - 5n), c(z - 1n), c(z - 7n))
  },
  'cloud-first-assignable-address': (f) => {
    const [s, p] = [a(f, 'n'), n(f, 'p')]
    return w(d(s + 4n), d(s + 1n), d(s + 5n), d(s + 3n), d(s), d(bc(s, p) - 4n))
  },
  'cloud-reserved-address': (f) => {
    const [s, p, r] = [a(f, 'n'), n(f, 'p'), a(f, 'r')]
    expect([s + 1n, s + 2n, s + 3n, bc(s, p)]).toContain(r)
    return { key: d(r) }
  },
  'gcp-style-usable-addresses': (f) => {
    const z = blk(n(f, 'p'))
    return w(c(z - 4n), c(z - 2n), c(z - 5n), c(z), c(z - 3n), c(2n * z - 4n))
  },
  'cgnat-subscribers-in-shared-space': (f) => {
    const p = n(f, 'p')
    const t = (e: number) => 1n << B(e)
    // The shared space is 100.64.0.0 to 100.127.255.255: its size by subtraction.
    const space = ip('100.127.255.255') - ip('100.64.0.0') + 1n
    return w(
      c(t(p - 10)),
      c(t(p - 8)),
      c(t(p - 12)),
      c(t(p - 10) - 2n),
      c(t(32 - p)),
      c(p - 10),
      c(space),
      c(space / (t(32 - p) - 2n)),
    )
  },
}

const TROUBLE: Readonly<Record<string, (f: F) => W>> = {
  'dhcp-pool-size-with-exclusions': (f) => {
    const [z, k] = [blk(n(f, 'p')), B(n(f, 'k'))]
    const out = [c(z - 3n - k), c(z - 1n - k), c(z - 2n - k), c(z - 3n), c(2n * z - 3n - k)]
    if (z / 2n - 3n - k > 0n) out.push(c(z / 2n - 3n - k))
    return w(out[0]!, ...out.slice(1))
  },
  'dhcp-range-address-count': (f) => {
    const [s, e] = [a(f, 's'), a(f, 'e')]
    let k = 0n
    for (let x = s; x <= e; x++) k++
    const lo = (e & 255n) > (s & 255n) ? (e & 255n) - (s & 255n) : (s & 255n) - (e & 255n)
    return w(
      c(k),
      c(k - 1n),
      c(k - 2n),
      c(lo + 1n),
      c(k - 2n),
      c(((e >> 8n) - (s >> 8n) + 1n) * 254n),
    )
  },
  'valid-gateway-for-host': (f) => {
    const [x, p, g] = [a(f), n(f, 'p'), a(f, 'g')]
    expect(net(g, p)).toBe(net(x, p))
    expect(g !== net(x, p) && g !== bc(x, p) && g !== x).toBe(true)
    return { key: d(g) }
  },
  'host-configuration-fault': (f) => {
    const [x, p, g] = [a(f), n(f, 'p'), a(f, 'g')]
    const key =
      x === net(x, p)
        ? 'The host address is its subnet’s network address'
        : x === bc(x, p)
          ? 'The host address is its subnet’s broadcast address'
          : net(g, p) !== net(x, p)
            ? 'The gateway is not on the host’s subnet'
            : 'Nothing: the address, mask and gateway fit together'
    return { key }
  },
  'address-resolved-by-arp': (f) => {
    const [x, p, g, t] = [a(f), n(f, 'p'), a(f, 'g'), a(f, 'd')]
    return { key: d(net(t, p) === net(x, p) ? t : g) }
  },
  'hosts-with-mismatched-masks': (f) => {
    const [x, pa, y, pb] = [a(f), n(f, 'pa'), a(f, 'b'), n(f, 'pb')]
    const ab = net(y, pa) === net(x, pa)
    const ba = net(x, pb) === net(y, pb)
    const OUT = [
      'Each sends straight to the other on the link',
      'A sends straight to B; B sends its replies through its gateway',
      'B sends straight to A; A sends through its gateway',
      'Each sends to the other through its gateway',
    ]
    return { key: OUT[ab ? (ba ? 0 : 1) : ba ? 2 : 3]! }
  },
  'addresses-off-link-after-wrong-mask': (f) => {
    const [s, p, x, q] = [a(f, 'n'), n(f, 'p'), a(f), n(f, 'q')]
    // Walk the LAN's usable addresses and count those outside the PC's mistaken subnet.
    let off = 0n
    let on = 0n
    for (let y = s + 1n; y < bc(s, p); y++) {
      if (y === x) continue
      if (net(y, q) === net(x, q)) on++
      else off++
    }
    const z = blk(p)
    const small = blk(q)
    return w(
      c(off),
      c(z - small),
      c(z - small),
      c(on),
      c(z - 3n),
      c(small - 2n),
      c(z - 2n),
      c(2n * z - small),
      c((z - small) / 2n),
    )
  },
  'self-assigned-address-diagnosis': (f) => {
    expect(kind(a(f))).toBe('Link-local (self-assigned)')
    return { key: 'DHCP failed, so it gave itself a link-local address' }
  },
  'static-address-outside-pool': (f) => {
    const [s, e, k] = [n(f, 's'), n(f, 'e'), n(f, 'free')]
    expect(k > 1 && k < 255 && (k < s || k > e)).toBe(true)
    return { key: d(a(f, 'n') + B(k)) }
  },
  'last-address-of-pool': (f) => {
    const [s, k] = [a(f, 's'), B(n(f, 'k'))]
    return w(
      d(s + k - 1n),
      d(s + k),
      d(s + k - 2n),
      d(((s >> 8n) << 8n) | (((s & 255n) + k - 1n) & 255n)),
      d(s + k + 1n),
    )
  },
  'relay-scope-for-interface': (f) => {
    const [x, p] = [a(f, 'gi'), n(f, 'p')]
    return w(
      cidr(net(x, p), p),
      cidr(net(x, 24), 24),
      `${d(x)}/${p}`,
      `${d(net(x, wo(p)))}/${p}`,
      cidr(bc(x, p) + 1n, p),
    )
  },
  'free-leases-in-pool': (f) => {
    const [s, e, u] = [a(f, 's'), a(f, 'e'), B(n(f, 'used'))]
    const size = e - s + 1n
    const lo = (e & 255n) > (s & 255n) ? (e & 255n) - (s & 255n) : (s & 255n) - (e & 255n)
    return w(c(size - u), c(size - 1n - u), c(size), c(lo + 1n), c(size - 2n - u), c(u))
  },
  'broadcast-used-with-wrong-mask': (f) => {
    const [x, p, q] = [a(f), n(f, 'p'), n(f, 'q')]
    return w(
      d(bc(x, q)),
      d(bc(x, p)),
      d(net(x, q)),
      d(bc(x, 24)),
      d(bc(x, q) - 1n),
      d(bc(x, wo(q))),
    )
  },
  'longest-prefix-keeping-gateway-on-link': (f) => {
    const [x, g] = [a(f), a(f, 'g')]
    // Try every prefix from /32 down; the first where both are usable hosts of one subnet wins.
    let best = 0
    for (let p = 30; p >= 1 && best === 0; p--)
      if (
        net(x, p) === net(g, p) &&
        ![net(x, p), bc(x, p)].includes(x) &&
        ![net(g, p), bc(g, p)].includes(g)
      )
        best = p
    const gap = x > g ? x - g : g - x
    const hs = (p: number) => c(blk(p) - 2n)
    return w(
      hs(best),
      hs(best + 1),
      hs(Math.min(30, 24 + bits(gap + 1n))),
      hs(32 - bits(gap + 1n)),
      hs(best - 2),
      hs(24),
      c(gap + 1n),
    )
  },
  'device-outside-vlan-subnet': (f) => {
    const [s, p, o] = [a(f, 'n'), n(f, 'p'), a(f, 'out')]
    expect(net(o, p) === s).toBe(false)
    return { key: d(o) }
  },
  'first-address-handed-out-after-exclusion': (f) => {
    const [s, p, k] = [a(f, 'n'), n(f, 'p'), B(n(f, 'k'))]
    return w(d(s + k + 1n), d(s + k), d(s + k + 2n), d(s + 1n), d(bc(s, p) - k))
  },
}

const SECOND: Readonly<Record<string, (f: F) => W>> = {
  ...MASKS,
  ...DESIGN,
  ...ROUTES,
  ...SPECIALS,
  ...TROUBLE,
}

describeEngineIndependent('IPv4 addressing and subnetting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'BigInt bit shifts and by enumerating addresses',
    digest: (t) => t,
    models: IP4_MODELS,
    engines,
  })
})
