import ipaddr from 'ipaddr.js'
import { expect, it } from 'vitest'
import type { Arg, NetCalc, NetScenario } from '../../../src/assessment/models/netfund/calc.js'
import { DNS_FAMILIES } from '../../../src/assessment/models/netfund/dns-families.js'
import { IPV6_FAMILIES } from '../../../src/assessment/models/netfund/ipv6-families.js'
import { PORT_FAMILIES } from '../../../src/assessment/models/netfund/port-families.js'
import { ROUTING_FAMILIES } from '../../../src/assessment/models/netfund/routing-families.js'
import { SUBNET_FAMILIES } from '../../../src/assessment/models/netfund/subnet-families.js'
import { TRANSPORT_FAMILIES } from '../../../src/assessment/models/netfund/transport-families.js'
import { TROUBLE_FAMILIES } from '../../../src/assessment/models/netfund/trouble-families.js'
import type { Scenario } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...SUBNET_FAMILIES,
  ...IPV6_FAMILIES,
  ...PORT_FAMILIES,
  ...TRANSPORT_FAMILIES,
  ...DNS_FAMILIES,
  ...ROUTING_FAMILIES,
  ...TROUBLE_FAMILIES,
]
const DRAWS = 60

/**
 * Service ports as the IANA service name and port number registry lists them, written here
 * from the registry and not from the families' table.
 */
const IANA: Readonly<Record<string, number>> = {
  'FTP control': 21, // ftp
  SSH: 22, // ssh
  Telnet: 23, // telnet
  SMTP: 25, // smtp
  DNS: 53, // domain
  'DHCP server': 67, // bootps
  'DHCP client': 68, // bootpc
  TFTP: 69, // tftp
  HTTP: 80, // http
  POP3: 110, // pop3
  NTP: 123, // ntp
  'NetBIOS session': 139, // netbios-ssn
  IMAP: 143, // imap
  SNMP: 161, // snmp
  SNMPTRAP: 162, // snmptrap
  LDAP: 389, // ldap
  HTTPS: 443, // https
  SMB: 445, // microsoft-ds
  SMTPS: 465, // submissions
  'SMTP submission': 587, // submission
  LDAPS: 636, // ldaps
  IMAPS: 993, // imaps
  POP3S: 995, // pop3s
  'Microsoft SQL Server': 1433, // ms-sql-s
  MySQL: 3306, // mysql
  RDP: 3389, // ms-wbt-server
  SIP: 5060, // sip
  PostgreSQL: 5432, // postgresql
  'HTTP alternate': 8080, // http-alt
  Kerberos: 88, // kerberos
  Syslog: 514, // syslog
}

// ---- A second implementation: the address library for every address fact, and a route lookup
// ---- that sorts the table by prefix length instead of reducing over it.

const v4 = (text: Arg) => ipaddr.IPv4.parse(String(text))
const asNumber = (a: ipaddr.IPv4) => a.octets.reduce((n, o) => n * 256 + o, 0)
const fromNumber = (n: number) =>
  ipaddr.fromByteArray([24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256)).toString()
const networkOf = (a: Arg, p: Arg) => ipaddr.IPv4.networkAddressFromCIDR(`${a}/${p}`)
const thousands = (n: number) => n.toLocaleString('en-US')

type Table = [net: ipaddr.IPv4, len: number, via: string][]
const table = (flat: readonly Arg[]): Table =>
  Array.from({ length: flat.length / 2 }, (_, i) => {
    const [net, len] = ipaddr.IPv4.parseCIDR(String(flat[2 * i]))
    return [net, len, String(flat[2 * i + 1])]
  })
const matching = (dest: Arg, routes: Table) => routes.filter(([n, l]) => v4(dest).match(n, l))

function recompute(op: NetCalc['op'], args: readonly Arg[]): string {
  const [a = 0, b = 0, c = 0] = args
  switch (op) {
    case 'network':
      return networkOf(a, b).toString()
    case 'broadcast':
      return ipaddr.IPv4.broadcastAddressFromCIDR(`${a}/${b}`).toString()
    case 'firstHost':
      return fromNumber(asNumber(networkOf(a, b)) + 1)
    case 'lastHost':
      return fromNumber(asNumber(ipaddr.IPv4.broadcastAddressFromCIDR(`${a}/${b}`)) - 1)
    case 'hostAt':
      return fromNumber(asNumber(networkOf(a, b)) + Number(c))
    case 'next':
      return fromNumber(asNumber(ipaddr.IPv4.broadcastAddressFromCIDR(`${a}/${b}`)) + 1)
    case 'mask':
      return ipaddr.IPv4.subnetMaskFromPrefixLength(Number(a)).toString()
    case 'wildcard':
      return ipaddr.IPv4.subnetMaskFromPrefixLength(Number(a))
        .octets.map((o) => 255 - o)
        .join('.')
    case 'prefixOfMask':
      return `/${v4(a).prefixLengthFromSubnetMask()}`
    case 'prefix':
      return `/${a}`
    case 'count':
      return thousands(2 ** (32 - Number(a)) - Number(b))
    case 'power':
      return thousands(2 ** Number(a))
    case 'percent':
      return String(Math.round((100 * Number(a)) / Number(b)))
    case 'prefixFor':
      return `/${32 - Math.ceil(Math.log2(Number(a) + Number(b)))}`
    case 'summary': {
      for (let len = 32; len >= 0; len--) {
        const net = networkOf(a, len)
        if (args.every((x) => v4(x).match(net, len))) return `${net}/${len}`
      }
      throw new Error('no summary')
    }
    case 'v6short':
      return ipaddr.IPv6.parse(String(a)).toRFC5952String()
    case 'v6network':
      return `${ipaddr.IPv6.networkAddressFromCIDR(`${a}/${b}`).toRFC5952String()}/${b}`
    case 'eui64': {
      const mac = String(a)
        .split(':')
        .map((h) => Number.parseInt(h, 16))
      mac[0] = mac[0]! ^ 0b10
      const bytes = [...mac.slice(0, 3), 0xff, 0xfe, ...mac.slice(3)]
      const v6 = ipaddr.fromByteArray([...Array<number>(8).fill(0), ...bytes]) as ipaddr.IPv6
      return v6.parts
        .slice(4)
        .map((p) => p.toString(16))
        .join(':')
    }
    case 'lpm':
      return matching(a, table(args.slice(1))).sort((x, y) => y[1] - x[1])[0]![2]
    case 'shortestMatch':
      return matching(a, table(args.slice(1))).sort((x, y) => x[1] - y[1])[0]![2]
    case 'firstMatch':
      return matching(a, table(args.slice(1)))[0]![2]
    case 'port':
      return String(IANA[String(a)])
  }
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_04)
const computed = DRAWN.filter((d) => 'calcs' in d.s) as { family: string; s: NetScenario }[]
const worded = DRAWN.filter((d) => !('calcs' in d.s))

const wordedOf = (id: string) => worded.filter((d) => d.family === id).map((d) => d.s)
const v6Of = (s: Scenario) => (s as Scenario & { v6: { full: string } }).v6.full

describeEngineIndependent('networking-fundamentals scenarios', () => {
  it('are at least 90 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have computed keys the address library, the port registry and a second route lookup give', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      const again = recompute(s.calcs.key.op, s.calcs.key.args)
      if (again !== s.calcs.key.shows)
        wrong.push(`${family}: key ${again}, shown ${s.calcs.key.shows}`)
      if (!s.key.includes(again)) wrong.push(`${family}: ${s.key} hides ${again}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(new Set(computed.map((d) => d.family)).size).toBeGreaterThanOrEqual(35)
  })

  it('have computed distractors that are exactly their named mistakes and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      expect(s.wrong.length).toBe(s.calcs.wrong.length)
      s.calcs.wrong.forEach(([calc, mistake], i) => {
        const [text, named] = s.wrong[i]!
        const again = recompute(calc.op, calc.args)
        if (again !== calc.shows) wrong.push(`${family}: ${mistake}: ${again}, shown ${calc.shows}`)
        if (named !== mistake || !text.includes(again))
          wrong.push(`${family}: ${mistake} as ${text}`)
        if (again === s.calcs.key.shows) wrong.push(`${family}: ${mistake} gives the key`)
      })
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('show only well-formed addresses: every IPv4 option parses, every IPv6 option is valid', () => {
    const bad: string[] = []
    for (const { family, s } of DRAWN) {
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        for (const dotted of text.match(/\b\d+\.\d+\.\d+\.\d+\b/g) ?? [])
          if (!ipaddr.IPv4.isValidFourPartDecimal(dotted)) bad.push(`${family}: ${dotted}`)
      }
    }
    for (const id of ['rfc5952-short-form', 'expand-to-the-full-form'])
      for (const s of wordedOf(id))
        for (const text of [s.key, ...s.wrong.map(([t]) => t)])
          if (!ipaddr.IPv6.isValid(text)) bad.push(`${id}: ${text}`)
    expect(bad).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    expect(optionSetProblems(DRAWN)).toEqual([])
    expect(worded.length).toBeGreaterThan(0)
  })

  it('write IPv6 keys as the library writes them, and distractors as other text or addresses', () => {
    const problems: string[] = []
    for (const s of wordedOf('rfc5952-short-form')) {
      const key = ipaddr.IPv6.parse(v6Of(s)).toRFC5952String()
      if (s.key !== key) problems.push(`short form ${s.key}, library ${key}`)
    }
    for (const s of wordedOf('expand-to-the-full-form')) {
      const short = s.stem.match(/What is (\S+) written/)![1]!
      const full = ipaddr.IPv6.parse(short)
        .parts.map((g) => g.toString(16).padStart(4, '0'))
        .join(':')
      if (s.key !== full) problems.push(`full form ${s.key}, library ${full}`)
      // Each wrong expansion is another address, not the same one written differently.
      for (const [t] of s.wrong)
        if (ipaddr.IPv6.parse(t).toRFC5952String() === short) problems.push(`same address ${t}`)
    }
    const KINDS: Record<string, string> = {
      linkLocal: 'Link-local',
      uniqueLocal: 'Unique local',
      unicast: 'Global unicast',
      multicast: 'Multicast',
    }
    for (const s of wordedOf('kind-of-ipv6-address')) {
      const kind = KINDS[ipaddr.IPv6.parse(v6Of(s)).range()]
      if (!kind || !s.key.startsWith(kind)) problems.push(`${v6Of(s)}: ${s.key}`)
    }
    expect(problems).toEqual([])
  })

  it('key IPv4 worded answers to the ranges and subnets the library finds', () => {
    const problems: string[] = []
    for (const s of wordedOf('which-address-is-private')) {
      if (v4(s.key).range() !== 'private') problems.push(`not private: ${s.key}`)
      for (const [t] of s.wrong) if (v4(t).range() === 'private') problems.push(`private: ${t}`)
    }
    const SPECIAL: Record<string, string> = {
      loopback: 'A loopback',
      reserved: 'A documentation',
      carrierGradeNat: 'A carrier-grade NAT',
    }
    for (const s of wordedOf('loopback-and-special-ranges')) {
      const addr = s.stem.match(/mentions (\S+)\. /)![1]!
      if (!s.key.startsWith(SPECIAL[v4(addr).range()] ?? '?')) problems.push(`${addr}: ${s.key}`)
    }
    for (const s of wordedOf('role-of-an-address-in-its-subnet')) {
      const [, addr, len] = s.stem.match(/give a camera (\S+)\/(\d+)/)!
      const isNetwork = networkOf(addr!, len!).toString() === addr
      const isBroadcast = ipaddr.IPv4.broadcastAddressFromCIDR(`${addr}/${len}`).toString() === addr
      const expected = isNetwork
        ? 'The network address'
        : isBroadcast
          ? 'The broadcast address'
          : '?'
      if (!s.key.startsWith(expected)) problems.push(`${addr}/${len}: ${s.key}`)
    }
    for (const { family, s } of computed.filter((d) => d.family === 'host-on-the-same-subnet')) {
      const [, gw, len] = s.stem.match(/gateway is (\S+)\/(\d+)/)!
      const subnet = ipaddr.IPv4.parseCIDR(`${gw}/${len}`)
      const host = (t: string) =>
        v4(t).match(subnet) &&
        t !== networkOf(gw!, len!).toString() &&
        t !== ipaddr.IPv4.broadcastAddressFromCIDR(`${gw}/${len}`).toString()
      if (!host(s.key)) problems.push(`${family}: ${s.key} not a host of ${gw}/${len}`)
      for (const [t] of s.wrong) if (host(t)) problems.push(`${family}: ${t} is a host too`)
    }
    for (const s of wordedOf('gateway-outside-the-subnet')) {
      const [, ip, gw] = s.stem.match(/IPv4 (\S+), mask 255\.255\.255\.0, gateway (\S+)\. /)!
      if (v4(gw!).match(ipaddr.IPv4.parseCIDR(`${ip}/24`))) problems.push(`gateway on subnet ${gw}`)
    }
    for (const s of wordedOf('wrong-subnet-mask-symptom')) {
      const [, gw, ip, nas] = s.stem.match(
        /gateway at (\S+)\. .* address (\S+) with mask 255\.255\.255\.128\. It cannot reach the NAS at (\S+)\. /,
      )!
      if (v4(nas!).match(ipaddr.IPv4.parseCIDR(`${ip}/25`))) problems.push(`NAS on /25 ${nas}`)
      if (v4(gw!).match(ipaddr.IPv4.parseCIDR(`${ip}/25`))) problems.push(`gateway on /25 ${gw}`)
      if (!v4(nas!).match(ipaddr.IPv4.parseCIDR(`${ip}/24`))) problems.push(`NAS off /24 ${nas}`)
    }
    for (const s of wordedOf('static-route-next-hop-must-be-reachable')) {
      const [, lan] = s.stem.match(/\((\S+\/24)\)/)!
      const hop = s.key.split(' via ')[1]!
      if (!v4(hop).match(ipaddr.IPv4.parseCIDR(lan!))) problems.push(`hop ${hop} off ${lan}`)
    }
    for (const s of wordedOf('ephemeral-source-port-range')) {
      const port = Number(s.stem.match(/source port (\d+)/)![1])
      if (port < 49152 || port > 65535) problems.push(`port ${port} is not dynamic`)
    }
    expect(problems).toEqual([])
  })

  it('key worded answers whose figures or names come from the stem to those figures', () => {
    const problems: string[] = []
    for (const s of wordedOf('mx-preference-lowest-first')) {
      const mx = [...s.stem.matchAll(/MX (\d+) (\S+?)”/g)].map(
        (m) => [Number(m[1]), m[2]!] as const,
      )
      const first = [...mx].sort((a, b) => a[0] - b[0])[0]![1]
      if (!s.key.startsWith(first)) problems.push(`MX ${s.key}, lowest ${first}`)
    }
    for (const s of wordedOf('equal-prefixes-lowest-metric-wins')) {
      const routes = [...s.stem.matchAll(/via (the [\w ]+?) with metric (\d+)/g)].map(
        (m) => [m[1]!, Number(m[2])] as const,
      )
      const best = [...routes].sort((a, b) => a[1] - b[1])[0]![0]
      if (!s.key.toLowerCase().startsWith(best.toLowerCase()))
        problems.push(`metric ${s.key}, best ${best}`)
    }
    for (const s of wordedOf('ttl-before-a-migration')) {
      const ttl = Number(s.stem.match(/TTL of (\d+) seconds/)![1])
      if (!s.key.includes(`${ttl / 3600} hours`)) problems.push(`TTL ${ttl}: ${s.key}`)
    }
    // The OSI layer of each symptom, assigned here from the symptom's own description.
    const LAYER: [RegExp, string][] = [
      [/link light|cable run/, 'Layer 1'],
      [/VLAN|MAC address/, 'Layer 2'],
      [/default gateway/, 'Layer 3'],
      [/firewall rule drops TCP/, 'Layer 4'],
      [/HTTP 500/, 'Layer 7'],
    ]
    for (const s of wordedOf('osi-layer-of-a-symptom')) {
      const layer = LAYER.find(([re]) => re.test(s.stem))?.[1]
      if (!layer || !s.key.startsWith(layer)) problems.push(`${s.stem}: ${s.key}`)
    }
    expect(problems).toEqual([])
  })
})
