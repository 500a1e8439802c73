import { middleValues } from '../../lint/option-cues.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario } from '../scenario/scenario-model.js'

/**
 * One computation of a networking scenario, as data: the key's is the technician's, each wrong
 * answer's the same question answered with its named mistake (a classful mask for a CIDR one, a
 * block size off by a bit, the first matching route for the longest). The families compute these
 * with the bit arithmetic below; the key test computes them again with an address library, a
 * second route lookup and a port table of its own.
 */
export type NetOp =
  | 'network'
  | 'broadcast'
  | 'firstHost'
  | 'lastHost'
  | 'mask'
  | 'wildcard'
  | 'prefixOfMask'
  | 'count'
  | 'prefixFor'
  | 'summary'
  | 'power'
  | 'v6short'
  | 'v6network'
  | 'eui64'
  | 'lpm'
  | 'firstMatch'
  | 'port'
  | 'hostAt'
  | 'next'
  | 'prefix'
  | 'shortestMatch'
  | 'percent'

export type Arg = string | number
export type Step = readonly [op: NetOp, args: readonly Arg[]]

export interface NetCalc {
  readonly op: NetOp
  readonly args: readonly Arg[]
  /** The answer as the option states it. */
  readonly shows: string
}

export interface NetScenario extends Scenario {
  readonly calcs: {
    readonly key: NetCalc
    readonly wrong: readonly (readonly [NetCalc, string])[]
  }
}

// ---- IPv4 as unsigned 32-bit numbers.

export const toInt = (dotted: string) =>
  dotted.split('.').reduce((n, octet) => n * 256 + Number(octet), 0)

export const toDotted = (n: number) =>
  [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.')

/** The mask of a prefix length as a number: `prefix` one bits then zeros. */
export const maskInt = (prefix: number) => 2 ** 32 - 2 ** (32 - prefix)

const size = (prefix: number) => 2 ** (32 - prefix)
const networkInt = (addr: string, prefix: number) => toInt(addr) - (toInt(addr) % size(prefix))

/** The well-known TCP/UDP ports a technician opens, forwards and filters. */
export const PORTS: Readonly<Record<string, number>> = {
  'FTP control': 21,
  SSH: 22,
  Telnet: 23,
  SMTP: 25,
  DNS: 53,
  'DHCP server': 67,
  'DHCP client': 68,
  TFTP: 69,
  HTTP: 80,
  POP3: 110,
  NTP: 123,
  IMAP: 143,
  SNMP: 161,
  LDAP: 389,
  HTTPS: 443,
  SMB: 445,
  'SMTP submission': 587,
  LDAPS: 636,
  IMAPS: 993,
  POP3S: 995,
  'Microsoft SQL Server': 1433,
  MySQL: 3306,
  RDP: 3389,
  PostgreSQL: 5432,
  SIP: 5060,
  'HTTP alternate': 8080,
  'NetBIOS session': 139,
  SNMPTRAP: 162,
  SMTPS: 465,
  Kerberos: 88,
  Syslog: 514,
}

// ---- IPv6 as eight 16-bit groups.

export function v6groups(addr: string): number[] {
  const [head, tail] = addr.includes('::') ? addr.split('::') : [addr, undefined]
  const left = head ? head.split(':').map((g) => Number.parseInt(g, 16)) : []
  if (tail === undefined) return left
  const right = tail ? tail.split(':').map((g) => Number.parseInt(g, 16)) : []
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}

/** RFC 5952 text: lower case, no leading zeros, the longest run (first if tied) of two or more zero groups as `::`. */
export function v6text(groups: readonly number[]): string {
  let best = -1
  let bestLen = 1
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLen) {
      best = i
      bestLen = j - i
    }
    i = j
  }
  const hex = (gs: readonly number[]) => gs.map((g) => g.toString(16)).join(':')
  if (best < 0) return hex(groups)
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`
}

/** All eight groups written out with four digits each, as a firewall export shows them. */
export const v6full = (groups: readonly number[]) =>
  groups.map((g) => g.toString(16).padStart(4, '0')).join(':')

// ---- Routes: "prefix/len" strings with a next hop.

export type Route = readonly [cidr: string, via: string]

const matches = (dest: string, cidr: string) => {
  const [net, len] = cidr.split('/')
  return networkInt(dest, Number(len)) === toInt(net!)
}

/** The value each operation gives, computed by bit arithmetic. */
export function evaluate(op: NetOp, args: readonly Arg[]): string {
  const [a, b] = args
  switch (op) {
    case 'network':
      return toDotted(networkInt(String(a), Number(b)))
    case 'broadcast':
      return toDotted(networkInt(String(a), Number(b)) + size(Number(b)) - 1)
    case 'firstHost':
      return toDotted(networkInt(String(a), Number(b)) + 1)
    case 'lastHost':
      return toDotted(networkInt(String(a), Number(b)) + size(Number(b)) - 2)
    case 'mask':
      return toDotted(maskInt(Number(a)))
    case 'wildcard':
      return toDotted(size(Number(a)) - 1)
    case 'prefixOfMask':
      return `/${32 - Math.log2(2 ** 32 - toInt(String(a)))}`
    case 'count':
      return group(size(Number(a)) - Number(b))
    case 'prefixFor': {
      let prefix = 30
      while (size(prefix) - Number(b) < Number(a)) prefix--
      return `/${prefix}`
    }
    case 'summary': {
      const ints = args.map((x) => toInt(String(x)))
      let prefix = 32
      while (new Set(ints.map((n) => n - (n % size(prefix)))).size > 1) prefix--
      return `${toDotted(ints[0]! - (ints[0]! % size(prefix)))}/${prefix}`
    }
    case 'power':
      return group(2 ** Number(a))
    case 'v6short':
      return v6text(v6groups(String(a)))
    case 'v6network': {
      const gs = v6groups(String(a))
      const keep = Number(b)
      const masked = gs.map((g, i) => {
        const bits = Math.max(0, Math.min(16, keep - 16 * i))
        return g & (0xffff << (16 - bits)) & 0xffff
      })
      return `${v6text(masked)}/${keep}`
    }
    case 'eui64': {
      const bytes = String(a)
        .split(/[:-]/)
        .map((h) => Number.parseInt(h, 16))
      const id = [
        bytes[0]! ^ 0x02,
        bytes[1]!,
        bytes[2]!,
        0xff,
        0xfe,
        bytes[3]!,
        bytes[4]!,
        bytes[5]!,
      ]
      return [0, 2, 4, 6].map((i) => ((id[i]! << 8) | id[i + 1]!).toString(16)).join(':')
    }
    case 'lpm':
    case 'shortestMatch':
    case 'firstMatch': {
      const routes = routesOf(args.slice(1))
      const hits = routes.filter(([cidr]) => matches(String(a), cidr))
      if (op === 'firstMatch') return hits[0]![1]
      const len = (cidr: string) => Number(cidr.split('/')[1])
      const longer = (r: Route, best: Route) =>
        op === 'lpm' ? len(r[0]) > len(best[0]) : len(r[0]) < len(best[0])
      return hits.reduce((best, r) => (longer(r, best) ? r : best))[1]
    }
    case 'port':
      return String(PORTS[String(a)])
    case 'hostAt':
      return toDotted(networkInt(String(a), Number(b)) + Number(args[2]))
    case 'next':
      return toDotted(networkInt(String(a), Number(b)) + size(Number(b)))
    case 'prefix':
      return `/${a}`
    case 'percent':
      return String(Math.round((Number(a) / Number(b)) * 100))
  }
}

/** Routes flattened into step arguments as "cidr via hop" pairs, and read back. */
export const routeArgs = (routes: readonly Route[]) => routes.flat()
const routesOf = (flat: readonly Arg[]): Route[] =>
  Array.from({ length: flat.length / 2 }, (_, i) => [String(flat[2 * i]), String(flat[2 * i + 1])])

/** A count with thousands separators, as a client reads it. */
export const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

export const calc = (step: Step): NetCalc => ({
  op: step[0],
  args: step[1],
  shows: evaluate(step[0], step[1]),
})

/**
 * A scenario whose answers are computed: the key's step and each mistake's step are evaluated
 * and written by `show`. Mistakes that give the key's answer (or each other's) with these figures
 * are dropped; three are chosen, and when the answers are numbers, chosen so the key is the
 * smallest, a middle or the largest about equally often (a key always in the middle would be
 * found by guessing the middle value).
 */
export function computed(
  rng: Rng,
  spec: {
    readonly stem: string
    readonly key: Step
    readonly wrong: readonly (readonly [Step, string])[]
    readonly show?: (answer: string) => string
  },
): NetScenario {
  const show = spec.show ?? ((a: string) => a)
  const key = calc(spec.key)
  const seen = new Set([key.shows])
  const all = spec.wrong
    .map(([step, m]) => [calc(step), m] as const)
    .filter(([c]) => !seen.has(c.shows) && seen.add(c.shows))
  if (all.length < 3) throw new VariantError('fewer than three distinct mistakes for these figures')
  const sets: (readonly (readonly [NetCalc, string])[])[] = []
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      for (let k = j + 1; k < all.length; k++) sets.push([all[i]!, all[j]!, all[k]!])
  const texts = (set: readonly (readonly [NetCalc, string])[]) => [
    show(key.shows),
    ...set.map(([c]) => show(c.shows)),
  ]
  const numeric = middleValues(texts(sets[0]!)) !== undefined
  let chosen = rng.pick(sets)
  if (numeric) {
    const value = (t: string) => Number(t.replace(/[^\d.]/g, ''))
    const above = (set: (typeof sets)[number]) =>
      set.filter(([c]) => value(c.shows) > value(key.shows)).length
    const target = rng.pick([0, 0, 0, 1, 2, 3, 3, 3])
    const distance = (set: (typeof sets)[number]) => Math.abs(above(set) - target)
    const best = Math.min(...sets.map(distance))
    chosen = rng.pick(sets.filter((s) => distance(s) === best))
  }
  return {
    stem: spec.stem,
    key: show(key.shows),
    wrong: chosen.map(([c, m]) => [show(c.shows), m] as const),
    calcs: { key, wrong: chosen },
  }
}
