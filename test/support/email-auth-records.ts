/**
 * SPF and DMARC records judged the way RFC 7208 and RFC 7489 define them, written for the email
 * marketing key test from the RFCs and sharing nothing with the families: grammar, the 10-lookup
 * limit, evaluation in a zone the stem states (never the network), and DMARC's effective policy.
 */
import type { RecordExpectation } from '../../src/assessment/models/email/email-family.js'

// ---------------------------------------------------------------------------------------------
// SPF (RFC 7208), written here from the RFC and not shared with the families: the record's
// grammar (section 4.6.1 and 12), the lookup limit (4.6.4), left-to-right evaluation (4.6.2),
// include (5.2), redirect (6.1) and the CIDR matching of ip4 (5.6).

type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'permerror' | 'none'
export type Zone = Extract<RecordExpectation, { kind: 'spf' }>

const QUALIFIER: Record<string, SpfResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
}
const TOPLABEL = /^(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i
const LABEL = /^[\x21-\x24\x26-\x2d\x2f-\x7e]+$/

/** RFC 7208 domain-spec without macros: labels, the last a toplabel holding a letter. */
function isDomainSpec(text: string): boolean {
  const labels = text.replace(/\.$/, '').split('.')
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TOPLABEL.test(labels.at(-1)!)
}
function ip4ToNumber(ip: string): number | undefined {
  const parts = ip.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) {
    return undefined
  }
  return parts.reduce((n, p) => n * 256 + Number(p), 0)
}
function inNetwork(ip: string, network: string): boolean {
  const [base, bits = '32'] = network.split('/')
  const a = ip4ToNumber(ip)
  const b = ip4ToNumber(base!)
  if (a === undefined || b === undefined) return false
  const size = 2 ** (32 - Number(bits))
  return Math.floor(a / size) === Math.floor(b / size)
}

export interface Term {
  readonly qualifier: SpfResult
  readonly name: string
  readonly value?: string
}

/** The terms of a record, or `undefined` when it breaks the grammar (a permerror). */
export function parseSpf(record: string): Term[] | 'none' | undefined {
  const [version, ...rest] = record.split(' ')
  if (version !== 'v=spf1') return 'none'
  const terms: Term[] = []
  for (const raw of rest) {
    const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(raw)
    if (modifier) {
      const [, name, value] = modifier
      if ((name === 'redirect' || name === 'exp') && !isDomainSpec(value!)) return undefined
      terms.push({ qualifier: 'pass', name: `${name!.toLowerCase()}=`, value: value! })
      continue
    }
    const q = raw[0]! in QUALIFIER ? raw[0]! : ''
    const body = raw.slice(q.length)
    const m = /^([a-z0-9]+)(?::(.*))?$/i.exec(body)
    if (!m) return undefined
    const name = m[1]!.toLowerCase()
    const value = m[2]
    const qualifier = QUALIFIER[q || '+']!
    switch (name) {
      case 'all':
        if (value !== undefined) return undefined
        break
      case 'include':
      case 'exists':
        if (value === undefined || !isDomainSpec(value)) return undefined
        break
      case 'a':
      case 'mx':
      case 'ptr':
        if (value !== undefined && !isDomainSpec(value.replace(/\/\d+$/, ''))) return undefined
        break
      case 'ip4': {
        const [base, bits, extra] = (value ?? '').split('/')
        if (extra !== undefined || ip4ToNumber(base!) === undefined) return undefined
        if (bits !== undefined && !(/^\d{1,2}$/.test(bits) && Number(bits) <= 32)) return undefined
        break
      }
      case 'ip6': {
        const [base, bits] = (value ?? '').split('/')
        if (!/^[0-9a-f:]+$/i.test(base!) || !base!.includes(':')) return undefined
        if (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= 128)) return undefined
        break
      }
      default:
        return undefined
    }
    terms.push({ qualifier, name, ...(value === undefined ? {} : { value }) })
  }
  return terms
}

/** DNS lookups a record needs: its own querying terms plus every include's stated nested ones. */
export function lookups(terms: readonly Term[], zone: Zone['includes']): number {
  let n = 0
  for (const t of terms) {
    if (['include', 'a', 'mx', 'ptr', 'exists', 'redirect='].includes(t.name)) n++
    if ((t.name === 'include' || t.name === 'redirect=') && zone[t.value!]) {
      n += zone[t.value!]!.nestedLookups
    }
  }
  return n
}

/** The record an include domain publishes in the stated zone: its addresses, then -all. */
const zoneRecord = (domain: string, zone: Zone) =>
  zone.includes[domain] &&
  `v=spf1 ${zone.includes[domain]!.ip4.map((r) => `ip4:${r}`).join(' ')} -all`

/** check_host() for one client address against a record, in the stated zone only. */
export function checkHost(
  record: string | undefined,
  ip: string,
  zone: Zone,
  ownDomain = true,
): SpfResult {
  if (record === undefined) return 'none'
  const terms = parseSpf(record)
  if (terms === undefined) return 'permerror'
  if (terms === 'none') return 'none'
  if (lookups(terms, zone.includes) > 10) return 'permerror'
  const hosts = ownDomain ? zone.hosts : undefined
  for (const t of terms) {
    let match = false
    switch (t.name) {
      case 'all':
        match = true
        break
      case 'ip4':
        match = inNetwork(ip, t.value!)
        break
      case 'a':
        match = t.value === undefined && (hosts?.a ?? []).some((h) => inNetwork(ip, h))
        break
      case 'mx':
        match = t.value === undefined && (hosts?.mx ?? []).some((h) => inNetwork(ip, h))
        break
      case 'include': {
        const inner = checkHost(zoneRecord(t.value!, zone), ip, zone, false)
        if (inner === 'permerror' || inner === 'none') return 'permerror'
        match = inner === 'pass'
        break
      }
      default:
        // ip6, ptr and exists: the stated zone has no IPv6 client, PTR or exists names.
        match = false
    }
    if (match) return t.qualifier
  }
  const redirect = terms.find((t) => t.name === 'redirect=')
  if (redirect) {
    const target = checkHost(zoneRecord(redirect.value!, zone), ip, zone, false)
    return target === 'none' ? 'permerror' : target
  }
  return 'neutral'
}

/** Whether a record does what the family's stem asks: every listed sender passes or fails. */
export function meetsSpf(record: string, zone: Zone): boolean {
  return (
    zone.pass.every((ip) => checkHost(record, ip, zone) === 'pass') &&
    zone.fail.every((ip) => checkHost(record, ip, zone) === 'fail')
  )
}

// ---------------------------------------------------------------------------------------------
// DMARC (RFC 7489): the tag list (6.3, 6.4; DKIM's tag=value syntax, no duplicate tags), v first
// and p next, the defined values, and the defaults that make the effective policy.

export type Dmarc = Extract<RecordExpectation, { kind: 'dmarc' }>
const POLICY = new Set(['none', 'quarantine', 'reject'])

export function parseDmarc(record: string): Required<Omit<Dmarc, 'kind'>> | undefined {
  const tags = record
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t !== '')
  const pairs = tags.map((t) => {
    const at = t.indexOf('=')
    return at < 0 ? undefined : ([t.slice(0, at).trim(), t.slice(at + 1).trim()] as const)
  })
  if (pairs.some((p) => p === undefined)) return undefined
  const map = new Map<string, string>()
  for (const [k, v] of pairs as (readonly [string, string])[]) {
    if (map.has(k)) return undefined
    map.set(k, v)
  }
  const names = [...map.keys()]
  if (names[0] !== 'v' || map.get('v') !== 'DMARC1' || names[1] !== 'p') return undefined
  const p = map.get('p')!
  const sp = map.get('sp') ?? p
  const pct = map.get('pct') ?? '100'
  const adkim = map.get('adkim') ?? 'r'
  const aspf = map.get('aspf') ?? 'r'
  if (!POLICY.has(p) || !POLICY.has(sp)) return undefined
  if (!/^\d{1,3}$/.test(pct) || Number(pct) > 100) return undefined
  if (!['r', 's'].includes(adkim) || !['r', 's'].includes(aspf)) return undefined
  const uris = (tag: string) => (map.get(tag) ?? '').split(',').filter((u) => u !== '')
  for (const u of [...uris('rua'), ...uris('ruf')]) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(u)) return undefined
  }
  return {
    p: p as Dmarc['p'],
    sp: sp as Dmarc['p'],
    pct: Number(pct),
    adkim: adkim as 'r' | 's',
    aspf: aspf as 'r' | 's',
    rua: uris('rua'),
  }
}

export function meetsDmarc(record: string, want: Dmarc): boolean {
  const got = parseDmarc(record)
  if (!got) return false
  return (
    got.p === want.p &&
    got.sp === (want.sp ?? want.p) &&
    got.pct === (want.pct ?? 100) &&
    got.adkim === (want.adkim ?? 'r') &&
    got.aspf === (want.aspf ?? 'r') &&
    got.rua.join(',') === (want.rua ?? []).join(',')
  )
}
