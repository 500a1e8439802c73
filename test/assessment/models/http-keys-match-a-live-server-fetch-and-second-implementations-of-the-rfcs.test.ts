import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { negotiate } from '@fastify/accept-negotiator'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { DataScenario } from '../../../src/assessment/models/dataentry/records.js'
import { CACHING_FAMILIES } from '../../../src/assessment/models/http/caching-families.js'
import { COOKIE_FAMILIES } from '../../../src/assessment/models/http/cookie-families.js'
import { CORS_FAMILIES } from '../../../src/assessment/models/http/cors-families.js'
import { HEADER_FAMILIES } from '../../../src/assessment/models/http/header-families.js'
import { METHOD_FAMILIES } from '../../../src/assessment/models/http/method-families.js'
import { STATUS_FAMILIES } from '../../../src/assessment/models/http/status-families.js'
import {
  distinctWrongs,
  scenarioFrame,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...METHOD_FAMILIES,
  ...STATUS_FAMILIES,
  ...CACHING_FAMILIES,
  ...HEADER_FAMILIES,
  ...CORS_FAMILIES,
  ...COOKIE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<DataScenario>(FAMILIES, DRAWS, 2026_12_04)
// biome-ignore lint/suspicious/noExplicitAny: facts are each family's own drawn record
type Facts = Record<string, any>
const computed = DRAWN.filter((d) => d.s.facts !== undefined)
const ofCheck = (check: string) => computed.filter((d) => (d.s.facts as Facts).check === check)
/** Every option a drawn case shows (key and distractors), with whether it is the key. */
const shown = (s: DataScenario) => [
  [s.key, true] as const,
  ...s.wrong.map(([t]) => [t, false] as const),
]

// ---- Tables written here from the sources, never from the families' own tables.

/** RFC 9110 §9.2 and §9.3: safe, idempotent, cacheable, and whether request content has defined semantics. */
const METHODS: Readonly<
  Record<string, { safe: boolean; idem: boolean; cache: boolean; body: boolean }>
> = {
  GET: { safe: true, idem: true, cache: true, body: false },
  HEAD: { safe: true, idem: true, cache: true, body: false },
  OPTIONS: { safe: true, idem: true, cache: false, body: true },
  TRACE: { safe: true, idem: true, cache: false, body: false },
  POST: { safe: false, idem: false, cache: false, body: true },
  PUT: { safe: false, idem: true, cache: false, body: true },
  DELETE: { safe: false, idem: true, cache: false, body: false },
  PATCH: { safe: false, idem: false, cache: false, body: true },
}
const METHOD_RULE: Record<string, (m: (typeof METHODS)[string]) => boolean> = {
  safe: (m) => m.safe,
  'idempotent-unsafe': (m) => m.idem && !m.safe,
  'not-idempotent': (m) => !m.idem,
  cacheable: (m) => m.cache,
  body: (m) => m.body,
}

/** Reason phrases as the IANA HTTP Status Code Registry lists them. */
const IANA: Readonly<Record<number, string>> = {
  100: 'Continue',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Content',
  423: 'Locked',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  511: 'Network Authentication Required',
}

/** The code RFC 9110 §15 (and RFC 6585) defines for each situation a status family draws. */
const SITUATION: Readonly<Record<string, number>> = {
  created: 201,
  queued: 202,
  'deleted-nothing-to-return': 204,
  'malformed-syntax': 400,
  'semantic-validation': 422,
  'no-credentials': 401,
  'authenticated-not-allowed': 403,
  'removed-for-good': 410,
  'method-not-supported': 405,
  'conflict-with-state': 409,
  'precondition-failed': 412,
  'unsupported-body-type': 415,
  'no-acceptable-representation': 406,
  'rate-limited': 429,
  'temporarily-unavailable': 503,
  'upstream-timeout': 504,
  'upstream-bad-reply': 502,
  'post-redirect-get': 303,
  'permanent-keep-method': 308,
}
/** Statuses a client may repeat unchanged later: a timeout, a rate limit, an overload or gateway fault. */
const RETRYABLE = new Set([408, 429, 502, 503, 504])

// ---- Second implementations, from RFC 9111, RFC 9110 §13, RFC 7396, RFC 6265 and the Fetch standard.

/** RFC 9111 §4.2.1 (lifetime) and §4.2.3 (age); heuristic: 10 % of Date − Last-Modified. */
function freshness(f: Facts): { lifetime: number; age: number } {
  const shared = f.shared ?? false
  let lifetime: number
  if (shared && f.sMaxAge !== undefined) lifetime = f.sMaxAge
  else if (f.maxAge !== undefined) lifetime = f.maxAge
  else if (f.expires !== undefined) lifetime = (f.expires - f.date) / 1000
  else lifetime = (0.1 * (f.date - f.lastModified)) / 1000
  let age = 0
  if (f.now !== undefined) {
    const apparent = Math.max(0, (f.responseTime - f.date) / 1000)
    const delay = (f.responseTime - f.requestTime) / 1000
    const correctedAgeValue = (f.age ?? 0) + delay
    const initial = Math.max(apparent, correctedAgeValue)
    age = initial + (f.now - f.responseTime) / 1000
  }
  return { lifetime, age }
}
const firstNumber = (text: string) => Number(text.match(/\d+(?:\.\d+)?/)![0])

/** RFC 9110 §8.8.3.2: strong and weak comparison of entity tags. */
const opaque = (t: string) => t.replace(/^W\//, '')
const weakEq = (a: string, b: string) => opaque(a) === opaque(b)
const strongEq = (a: string, b: string) => !a.startsWith('W/') && !b.startsWith('W/') && a === b
/** RFC 9110 §13.2.2: the order preconditions are evaluated in, and the status each gives. */
function precondition(f: Facts): number {
  const read = f.method === 'GET' || f.method === 'HEAD'
  if (f.ifMatch !== undefined && !strongEq(f.ifMatch, f.etag)) return 412
  if (f.ifNoneMatch !== undefined) {
    if (weakEq(f.ifNoneMatch, f.etag)) return read ? 304 : 412
  } else if (f.ifModifiedSince !== undefined && read) {
    if (f.lastModified <= f.ifModifiedSince) return 304
  }
  return read ? 200 : 204
}

/** RFC 7396 §2 MergePatch. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch
  const out: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {}
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete out[name]
    else out[name] = mergePatch(out[name], value)
  }
  return out
}

/** RFC 9110 §12.5.1: the offered type with the highest q of its most specific matching range. */
function chooseMediaType(header: string, offered: readonly string[]): string | null {
  const ranges = header.split(',').map((part) => {
    const [range, ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return { range: range!.trim(), q: q ? Number(q.slice(2)) : 1 }
  })
  const score = (type: string) => {
    const [main] = type.split('/')
    const exact = ranges.find((r) => r.range === type)
    const partial = ranges.find((r) => r.range === `${main}/*`)
    const any = ranges.find((r) => r.range === '*/*')
    return (exact ?? partial ?? any)?.q ?? 0
  }
  let best: string | null = null
  let bestQ = 0
  for (const t of offered) {
    if (score(t) > bestQ) {
      best = t
      bestQ = score(t)
    }
  }
  return best
}

/** Fetch standard: CORS-safelisted methods, request headers and response header names. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'POST'])
const SAFE_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
])
function safelistedRequestHeader(name: string, value: string): boolean {
  const n = name.toLowerCase()
  if (n === 'accept' || n === 'accept-language' || n === 'content-language') return true
  if (n === 'content-type') return SAFE_TYPES.has(value.split(';')[0]!.trim().toLowerCase())
  return false
}
const needsPreflight = (r: { method: string; headers: Record<string, string> }) =>
  !SAFE_METHODS.has(r.method) ||
  Object.entries(r.headers).some(([n, v]) => !safelistedRequestHeader(n, v))
const SAFE_RESPONSE_HEADERS = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
])
/** Fetch standard §4.10 CORS check. */
function corsCheck(h: Record<string, string>, origin: string, credentials: boolean): boolean {
  const acao = h['access-control-allow-origin']
  if (acao === undefined) return false
  if (!credentials && acao === '*') return true
  if (acao !== origin) return false
  return !credentials || h['access-control-allow-credentials'] === 'true'
}
/** Fetch standard CORS-preflight fetch: the method and every non-safelisted header listed. */
function preflightAllows(h: Record<string, string>, method: string, headers: readonly string[]) {
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
  const methods = list(h['access-control-allow-methods'])
  const names = list(h['access-control-allow-headers']).map((x) => x.toLowerCase())
  const methodOk = SAFE_METHODS.has(method) || methods.includes(method) || methods.includes('*')
  const headersOk = headers.every((n) => names.includes(n.toLowerCase()) || names.includes('*'))
  return methodOk && headersOk
}

/** RFC 6265 §5: a cookie's scope, and whether a request carries it. */
interface Cookie {
  domain: string
  hostOnly: boolean
  path: string
  secure: boolean
  sameSite: string
}
function parseSetCookie(setUrl: string, header: string): Cookie {
  const u = new URL(setUrl)
  const attrs = header
    .split(';')
    .slice(1)
    .map((a) => a.trim())
  const get = (n: string) =>
    attrs.find((a) => a.toLowerCase().startsWith(`${n.toLowerCase()}=`))?.split('=')[1]
  const has = (n: string) => attrs.some((a) => a.toLowerCase() === n.toLowerCase())
  const domainAttr = get('Domain')?.replace(/^\./, '').toLowerCase()
  const pathAttr = get('Path')
  const lastSlash = u.pathname.lastIndexOf('/')
  const defaultPath = lastSlash <= 0 ? '/' : u.pathname.slice(0, lastSlash)
  return {
    domain: domainAttr ?? u.hostname,
    hostOnly: domainAttr === undefined,
    path: pathAttr?.startsWith('/') ? pathAttr : defaultPath,
    secure: has('Secure'),
    sameSite: (get('SameSite') ?? 'Lax').toLowerCase(),
  }
}
const domainMatch = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`)
const pathMatch = (path: string, cookiePath: string) =>
  path === cookiePath ||
  (path.startsWith(cookiePath) && (cookiePath.endsWith('/') || path[cookiePath.length] === '/'))
/** A site: the scheme and the registrable domain (the last two labels of these reserved names). */
const siteOf = (url: string) => {
  const u = new URL(url)
  return `${u.protocol}//${u.hostname.split('.').slice(-2).join('.')}`
}
function sends(c: Cookie, req: { url: string; from: string; kind: string }): boolean {
  const u = new URL(req.url)
  if (c.hostOnly ? u.hostname !== c.domain : !domainMatch(u.hostname, c.domain)) return false
  if (!pathMatch(u.pathname, c.path)) return false
  if (c.secure && u.protocol !== 'https:') return false
  const sameSite = siteOf(req.from) === siteOf(req.url)
  if (c.sameSite === 'strict') return sameSite
  if (c.sameSite === 'lax') return sameSite || req.kind === 'nav-get'
  return true
}
/** RFC 6265bis cookie name prefixes: __Host- needs Secure, Path=/ and no Domain. */
function hostPrefixOk(header: string): boolean {
  const attrs = header
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase())
  return (
    attrs.includes('secure') &&
    attrs.includes('path=/') &&
    !attrs.some((a) => a.startsWith('domain='))
  )
}

// ---- A live server for what a real client does: redirects (node:http and fetch), byte ranges
// ---- (@fastify/static), and relative Location resolution.

let server: Server
let base = ''
let pending: { path: string; location: string; done: boolean } | undefined
let fileServer: FastifyInstance
let fileBase = ''
const dir = mkdtempSync(join(tmpdir(), 'http-keys-'))

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x')
      if (url.pathname === '/start') {
        res.writeHead(Number(url.searchParams.get('code')), { Location: '/next' }).end()
      } else if (pending && !pending.done && req.url === pending.path) {
        pending.done = true
        res.writeHead(301, { Location: pending.location }).end()
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end(
          JSON.stringify({
            method: req.method,
            body: Buffer.concat(chunks).toString(),
            url: req.url,
          }),
        )
      }
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const lens = new Set(ofCheck('range').map((d) => (d.s.facts as Facts).len as number))
  for (const len of lens) writeFileSync(join(dir, `f${len}.bin`), Buffer.alloc(len, 0x61))
  fileServer = Fastify()
  await fileServer.register(fastifyStatic, { root: dir })
  fileBase = await fileServer.listen({ port: 0, host: '127.0.0.1' })
})

afterAll(async () => {
  await new Promise((r) => server.close(r))
  await fileServer.close()
  rmSync(dir, { recursive: true, force: true })
})

describeEngineIndependent('HTTP scenarios', () => {
  it('are at least 95 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('key the redirect a browser’s fetch follows to what a live node:http server receives', async () => {
    const problems: string[] = []
    const cases = ofCheck('redirect')
    for (const { family, s } of cases) {
      const { code, method } = s.facts as Facts
      const res = await fetch(`${base}/start?code=${code}`, { method, body: 'payload' })
      const got = (await res.json()) as { method: string; body: string }
      const text = `${got.method} to the new URL, ${got.body === 'payload' ? 'with the same body' : 'with no body'}`
      if (text !== s.key)
        problems.push(`${family} ${code} ${method}: key ${s.key}, server saw ${text}`)
      for (const [t] of s.wrong)
        if (t === text) problems.push(`${family}: distractor ${t} is right`)
    }
    expect(problems).toEqual([])
    expect(cases.length).toBeGreaterThan(20)
  })

  it('key relative Location resolution to the path a live server is asked for next', async () => {
    const problems: string[] = []
    for (const { family, s } of ofCheck('location')) {
      const start = new URL((s.facts as Facts).base as string)
      pending = { path: start.pathname, location: (s.facts as Facts).location, done: false }
      const got = (await (await fetch(`${base}${start.pathname}`)).json()) as { url: string }
      const key = new URL(s.key)
      if (key.pathname + key.search !== got.url)
        problems.push(`${family}: key ${s.key}, server ${got.url}`)
      for (const [t] of s.wrong) {
        const w = new URL(t)
        if (w.pathname + w.search === got.url) problems.push(`${family}: distractor ${t} is right`)
      }
    }
    pending = undefined
    expect(problems).toEqual([])
  })

  it('key byte ranges to the status and Content-Range a live @fastify/static server sends', async () => {
    const problems: string[] = []
    for (const { family, s } of ofCheck('range')) {
      const { len, range } = s.facts as Facts
      const res = await fetch(`${fileBase}/f${len}.bin`, { headers: { Range: range } })
      await res.arrayBuffer()
      const text = `${res.status}, Content-Range: ${res.headers.get('content-range')}`
      if (text !== s.key)
        problems.push(`${family} ${range} of ${len}: key ${s.key}, server ${text}`)
      for (const [t] of s.wrong)
        if (t === text) problems.push(`${family}: distractor ${t} is right`)
    }
    expect(problems).toEqual([])
  })

  it('key computed answers to second implementations of RFC 9110, 9111, 7396, 6265 and Fetch', () => {
    const problems: string[] = []
    const say = (family: string, what: string) => problems.push(`${family}: ${what}`)
    for (const { family, s } of computed) {
      const f = s.facts as Facts
      switch (f.check) {
        case 'method':
        case 'retryable':
        case 'preflight':
        case 'cors-read':
        case 'same-origin':
        case 'exposed':
        case 'preflight-reply':
        case 'cookie':
        case 'prefix': {
          const rule = pickRule(f)
          for (const [text, isKey] of shown(s)) {
            const spec = f.options[text]
            if (spec === undefined) say(family, `no case for ${text}`)
            else if (rule(spec) !== isKey)
              say(family, `${isKey ? 'key' : 'distractor'} ${text} judged ${!isKey}`)
          }
          break
        }
        case 'status':
          if (!s.key.startsWith(`${SITUATION[f.situation]} `))
            say(family, `${f.situation}: ${s.key}`)
          for (const [t] of s.wrong)
            if (t.startsWith(`${SITUATION[f.situation]} `)) say(family, `distractor ${t}`)
          break
        case 'merge-patch': {
          const again = JSON.stringify(mergePatch(f.target, f.patch))
          if (again !== s.key) say(family, `key ${s.key}, RFC 7396 gives ${again}`)
          break
        }
        case 'fresh': {
          const { lifetime, age } = freshness(f)
          const expected =
            f.ask === 'age'
              ? age
              : f.ask === 'remaining'
                ? lifetime - age
                : f.ask === 'lifetime-hours'
                  ? lifetime / 3600
                  : f.ask === 'state'
                    ? Math.abs(lifetime - age)
                    : lifetime
          if (Math.abs(firstNumber(s.key) - expected) > 1e-9)
            say(family, `key ${s.key}, RFC 9111 gives ${expected}`)
          if (f.ask === 'state' && !s.key.startsWith(age < lifetime ? 'Fresh' : 'Stale'))
            say(family, `key ${s.key}, age ${age} of ${lifetime}`)
          break
        }
        case 'swr': {
          const start =
            f.age < f.maxAge
              ? 'Served from cache'
              : f.age < f.maxAge + f.swr
                ? 'Served stale'
                : 'Revalidated first'
          if (!s.key.startsWith(start)) say(family, `age ${f.age}: key ${s.key}`)
          break
        }
        case 'conditional': {
          const code = precondition(f)
          const keyCode = firstNumber(s.key)
          const ok =
            code === 204 ? keyCode >= 200 && keyCode < 300 && keyCode !== 201 : keyCode === code
          if (!ok) say(family, `key ${s.key}, RFC 9110 gives ${code}`)
          break
        }
        case 'accept': {
          const again = chooseMediaType(f.header, f.offered)
          if (again !== s.key) say(family, `${f.header}: key ${s.key}, negotiation gives ${again}`)
          break
        }
        case 'encoding': {
          const again = `Content-Encoding: ${negotiate(f.header, f.offered)}`
          if (again !== s.key)
            say(family, `${f.header}: key ${s.key}, @fastify/accept-negotiator gives ${again}`)
          break
        }
        case 'bytes':
          if (String(Buffer.byteLength(f.body, 'utf8')) !== s.key)
            say(family, `key ${s.key} for ${f.body}`)
          break
        case 'basic':
          if (s.key !== `Authorization: Basic ${btoa(`${f.user}:${f.pass}`)}`) say(family, s.key)
          break
        case 'cookie-expiry': {
          const expiry = f.set + f.maxAge * 1000
          if (Date.parse(s.key) !== expiry)
            say(family, `key ${s.key}, Max-Age gives ${new Date(expiry).toISOString()}`)
          break
        }
        case 'cookie-order': {
          const sorted = [...(f.cookies as [string, string][])]
            .map(([v, p], i) => ({ v, p, i }))
            .filter((c) => pathMatch(f.path, c.p))
            .sort((a, b) => b.p.length - a.p.length || a.i - b.i)
          const again = `Cookie: ${sorted.map((c) => `pref=${c.v}`).join('; ')}`
          if (again !== s.key) say(family, `key ${s.key}, RFC 6265 order gives ${again}`)
          break
        }
        case 'redirect':
        case 'location':
        case 'range':
          break // judged against the live servers above
        default:
          say(family, `no judge for ${f.check}`)
      }
    }
    expect([...new Set(problems)].slice(0, 10)).toEqual([])
    expect(new Set(computed.map((d) => d.family)).size).toBeGreaterThanOrEqual(55)
  })

  it('show status lines only with the reason phrase the IANA registry gives their code', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      for (const [text] of shown(s)) {
        const m = text.match(/^(\d{3}) ([A-Z][\w-]*(?: [A-Z][\w-]*)*)/)
        if (!m) continue
        const reason = IANA[Number(m[1])]
        if (reason === undefined || !m[2]!.startsWith(reason)) problems.push(`${family}: ${text}`)
      }
    }
    expect([...new Set(problems)]).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      const wrong = distinctWrongs(s)
      if (wrong.length !== 3) problems.push(`${family}: ${wrong.length} distinct distractors`)
      if (wrong.some(([, m]) => m.trim().length < 10)) problems.push(`${family}: unnamed mistake`)
      if (!/^(?:[A-Z0-9]|https:\/\/)/.test(s.stem))
        problems.push(`${family}: stem opens in lower case`)
      try {
        scenarioFrame(s)
      } catch (error) {
        problems.push(`${family}: ${(error as Error).message}`)
      }
    }
    expect([...new Set(problems)].slice(0, 8)).toEqual([])
  })
})

/** The rule a pick-one family's cases are judged by: true for the key's case only. */
function pickRule(f: Facts): (spec: Facts[string]) => boolean {
  switch (f.check) {
    case 'method':
      return ((m: string) => METHOD_RULE[f.prop]!(METHODS[m]!)) as never
    case 'retryable':
      return ((c: number) => RETRYABLE.has(c)) as never
    case 'preflight':
      return ((r: { method: string; headers: Record<string, string> }) =>
        needsPreflight(r) === f.want) as never
    case 'cors-read':
      return ((h: Record<string, string>) => corsCheck(h, f.origin, f.credentials)) as never
    case 'same-origin':
      return ((u: string) => new URL(u).origin === new URL(f.page).origin) as never
    case 'exposed':
      return ((h: string) => SAFE_RESPONSE_HEADERS.has(h.toLowerCase())) as never
    case 'preflight-reply':
      return ((h: Record<string, string>) => preflightAllows(h, f.method, f.headers)) as never
    case 'cookie': {
      const c = parseSetCookie(f.setUrl, f.setCookie)
      return ((r: { url: string; from: string; kind: string }) => sends(c, r)) as never
    }
    case 'prefix':
      return ((h: string) => hostPrefixOk(h)) as never
  }
  throw new Error(f.check)
}
