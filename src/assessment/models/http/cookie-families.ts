import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type Choice, Client, client, family, pickOne, three } from './draws.js'

/** A request a cookie may go with: its URL, the page that starts it and how. */
export interface CookieReq {
  readonly url: string
  /** The origin of the page that starts the request. */
  readonly from: string
  /** A top-level navigation by link or form (with its method), or a subresource (fetch, img, iframe). */
  readonly kind: 'nav-get' | 'nav-post' | 'subresource'
}

const NAME = (rng: Rng) => rng.pick(['sid', 'session', 'cart', 'auth', 'prefs'])
const VAL = (rng: Rng) => `${rng.int(1000, 9999)}${rng.pick(['a', 'f', 'z'])}${rng.int(10, 99)}`
const HOSTS = ['shop.example.com', 'app.example.net', 'portal.example.org']

const plain = (url: string): CookieReq => {
  const u = new URL(url)
  return { url, from: u.origin, kind: 'nav-get' }
}
const mk = (text: string, spec: CookieReq, ok: boolean, mistake?: string): Choice<CookieReq> => ({
  text,
  spec,
  ok,
  ...(mistake ? { mistake } : {}),
})
const at = (url: string, ok: boolean, mistake?: string) => mk(url, plain(url), ok, mistake)

/** Cookies: scope by Domain and Path, Secure, HttpOnly, SameSite, prefixes and expiry. */
export const COOKIE_FAMILIES = [
  family('domain-attribute-scope', (rng) => {
    const host = rng.pick(HOSTS)
    const parent = host.split('.').slice(1).join('.')
    const sc = `${NAME(rng)}=${VAL(rng)}; Domain=${parent}; Path=/; Secure`
    return pickOne(rng, {
      stem: `A response from https://${host}/login sets “${sc}”. To which URL does the browser send the cookie?`,
      choices: [
        at(`https://www.${parent}/offers`, true),
        at(`https://${parent}/`, true),
        at(`https://help.${parent}/faq`, true),
        at(
          `https://${parent.replace('example', 'exemple')}/`,
          false,
          'matched a different domain by its look',
        ),
        at(`https://my${parent}/`, false, 'matched a name that only ends with the same letters'),
        at(
          `https://${parent}.cdn.example.io/`,
          false,
          'matched a name that only starts with the domain',
        ),
        at(`http://www.${parent}/offers`, false, 'sent a Secure cookie over HTTP'),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/login`, setCookie: sc },
    })
  }),
  family('host-only-cookie', (rng) => {
    const host = rng.pick(HOSTS)
    const parent = host.split('.').slice(1).join('.')
    const sc = `${NAME(rng)}=${VAL(rng)}; Path=/; Secure; HttpOnly`
    return pickOne(rng, {
      stem: `A response from https://${host}/ sets “${sc}” with no Domain attribute. To which URL does the browser send the cookie?`,
      choices: [
        at(`https://${host}/account`, true),
        at(`https://${host}:443/cart`, true),
        at(`https://www.${parent}/`, false, 'sent a host-only cookie to a sibling'),
        at(`https://${parent}/`, false, 'sent a host-only cookie to the parent domain'),
        at(`https://eu.${host}/`, false, 'sent a host-only cookie to a subdomain'),
        at(`http://${host}/account`, false, 'sent a Secure cookie over plain HTTP'),
        at(`https://eu.${host}/account/settings`, false, 'sent a host-only cookie to a subdomain'),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/`, setCookie: sc },
    })
  }),
  family('path-scope', (rng) => {
    const host = rng.pick(HOSTS)
    const p = rng.pick(['account', 'admin', 'shop'])
    const sc = `${NAME(rng)}=${VAL(rng)}; Path=/${p}; Secure`
    return pickOne(rng, {
      stem: `https://${host}/${p}/login sets “${sc}”. Paths match case-sensitively, at a “/” boundary. To which URL is the cookie sent?`,
      choices: [
        at(`https://${host}/${p}/orders`, true),
        at(`https://${host}/${p}`, true),
        at(`https://${host}/${p}/settings/email`, true),
        at(`https://${host}/${p}s`, false, 'matched a path that only starts with the same letters'),
        at(`https://${host}/`, false, 'sent a path cookie to the site root'),
        at(
          `https://${host}/${p[0]!.toUpperCase()}${p.slice(1)}/orders`,
          false,
          'matched paths without regard to case',
        ),
        at(`https://${host}/help/${p}`, false, 'matched the path anywhere in the URL'),
        at(
          `https://${host}/${p}s/orders`,
          false,
          'matched a path that only starts with the same letters',
        ),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/${p}/login`, setCookie: sc },
    })
  }),
  family('default-path', (rng) => {
    const host = rng.pick(HOSTS)
    const dir = rng.pick(['account/settings', 'shop/cart', 'admin/users'])
    const sc = `${NAME(rng)}=${VAL(rng)}; Secure`
    const top = dir.split('/')[0]!
    return pickOne(rng, {
      stem: `https://${host}/${dir}/save sets “${sc}” with no Path. The default path is the request path up to, not including, its last “/”. To which URL is the cookie sent?`,
      choices: [
        at(`https://${host}/${dir}/view`, true),
        at(`https://${host}/${dir}`, true),
        at(`https://${host}/${top}/home`, false, 'took the first folder as the default path'),
        at(`https://${host}/`, false, 'took / as the default path'),
        at(`https://${host}/other/${dir}`, false, 'matched the path anywhere in the URL'),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/${dir}/save`, setCookie: sc },
    })
  }),
  family('samesite-lax-cross-site', (rng) => {
    const host = rng.pick(HOSTS)
    const other = 'https://blog.partner-site.example'
    const sc = `${NAME(rng)}=${VAL(rng)}; Path=/; Secure; SameSite=Lax`
    const url = `https://${host}/cart`
    return pickOne(rng, {
      stem: `https://${host} set “${sc}”. A visitor on ${other} (another site) triggers a request to ${url}. With SameSite=Lax, in which case is the cookie sent?`,
      choices: [
        mk('A link click, a top-level GET navigation', { url, from: other, kind: 'nav-get' }, true),
        mk(
          'A form that POSTs to it as a top-level navigation',
          { url, from: other, kind: 'nav-post' },
          false,
          'allowed a cross-site POST under Lax',
        ),
        mk(
          'A fetch() from the other site’s script',
          { url, from: other, kind: 'subresource' },
          false,
          'allowed a cross-site subresource under Lax',
        ),
        mk(
          'An <img> on the other site loading it',
          { url, from: other, kind: 'subresource' },
          false,
          'allowed a cross-site image under Lax',
        ),
        mk(
          'An <iframe> on the other site loading it',
          { url, from: other, kind: 'subresource' },
          false,
          'took a framed page for a top-level one',
        ),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/`, setCookie: sc },
    })
  }),
  family('samesite-strict', (rng) => {
    const host = rng.pick(HOSTS)
    const parent = host.split('.').slice(1).join('.')
    const sc = `${NAME(rng)}=${VAL(rng)}; Path=/; Secure; SameSite=Strict`
    const url = `https://${host}/account`
    const same = rng.pick([`https://www.${parent}`, `https://help.${parent}`])
    const KINDS = [
      ['A link click on', 'nav-get', 'allowed a cross-site link under Strict'],
      ['A form POST from', 'nav-post', 'allowed a cross-site POST'],
      ["A fetch() with credentials: 'include' from", 'subresource', 'allowed a cross-site fetch'],
      ['An <img> on', 'subresource', 'allowed a cross-site image'],
    ] as const
    const others = ['https://mail.webmail.example', 'https://www.partner-blog.example']
    return pickOne(rng, {
      stem: `https://${host} set “${sc}”. A site is the scheme and registrable domain (${parent} here). In which case is the cookie sent to ${url}?`,
      choices: [
        ...KINDS.map(([t, kind]) => mk(`${t} ${same}`, { url, from: same, kind }, true)),
        ...KINDS.map(([t, kind, mistake]) => {
          const other = rng.pick(others)
          return mk(`${t} ${other}`, { url, from: other, kind }, false, mistake)
        }),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/`, setCookie: sc },
    })
  }),

  family('secure-cookie-over-http', (rng) => {
    const host = rng.pick(HOSTS)
    const sc = `${NAME(rng)}=${VAL(rng)}; Path=/; Secure`
    return pickOne(rng, {
      stem: `https://${host}/ sets “${sc}”. To which URL is it sent?`,
      choices: [
        at(`https://${host}/basket`, true),
        at(`https://${host}:443/`, true),
        at(`http://${host}/basket`, false, 'sent a Secure cookie over plain HTTP'),
        at(`http://${host}:80/`, false, 'sent a Secure cookie over plain HTTP'),
        at(
          `https://www.${host.split('.').slice(1).join('.')}/`,
          false,
          'sent a host-only cookie to a sibling',
        ),
        at(`http://${host}:443/`, false, 'took port 443 for HTTPS'),
      ],
      facts: { check: 'cookie', setUrl: `https://${host}/`, setCookie: sc },
    })
  }),
  family('samesite-none-needs-secure', (rng) => {
    const n = NAME(rng)
    const v = VAL(rng)
    return three(rng, {
      stem: `${Client(rng)}’s booking widget runs in an <iframe> on partners’ sites and needs its ${n} cookie there. Browsers reject SameSite=None without Secure. Which Set-Cookie works?`,
      key: `${n}=${v}; Path=/; SameSite=None; Secure`,
      wrong: [
        [`${n}=${v}; Path=/; SameSite=None`, 'left out Secure beside SameSite None'],
        [`${n}=${v}; Path=/; SameSite=Lax; Secure`, 'used Lax, which frames do not get'],
        [`${n}=${v}; Path=/; SameSite=Strict; Secure`, 'used Strict, which frames do not get'],
        [`${n}=${v}; Path=/; HttpOnly`, 'thought HttpOnly allows third-party use'],
      ],
    })
  }),
  family('cookie-max-age-beats-expires', (rng) => {
    const t0 = Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), 0, 0)
    const maxAge = rng.pick([3600, 7200, 86400])
    const expires = t0 + rng.pick([1, 3, 30]) * 86400_000 + 3600_000
    const d = (ms: number) => new Date(ms).toUTCString()
    return three(rng, {
      stem: `At ${d(t0)} a response sets “${NAME(rng)}=${VAL(rng)}; Max-Age=${maxAge}; Expires=${d(expires)}”. When does the cookie expire?`,
      key: d(t0 + maxAge * 1000),
      wrong: [
        [d(expires), 'let Expires win over Max-Age'],
        [d(t0 + maxAge * 60_000), 'read Max-Age as minutes'],
        [d(t0 + maxAge * 1000 + (expires - t0)), 'added the two'],
        ['When the browser closes', 'thought two expiry attributes cancel out'],
      ],
      facts: { check: 'cookie-expiry', set: t0, maxAge, expires },
    })
  }),
  family('max-age-expiry-time', (rng) => {
    const t0 = Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59), 0)
    const days = rng.pick([1, 7, 14, 30])
    const maxAge = days * 86400
    const d = (ms: number) => new Date(ms).toUTCString()
    return three(rng, {
      stem: `At ${d(t0)} ${client(rng)}’s server sets “remember=${VAL(rng)}; Max-Age=${maxAge}; Secure”. When does the cookie expire?`,
      key: d(t0 + maxAge * 1000),
      wrong: [
        [d(t0 + maxAge * 60_000), 'read Max-Age as minutes'],
        [d(t0 + days * 3600_000), 'took the days as hours'],
        [d(t0 + maxAge), 'read Max-Age as milliseconds'],
        ['When the browser closes', 'took it for a session cookie'],
      ],
      facts: { check: 'cookie-expiry', set: t0, maxAge },
    })
  }),
  family('deleting-a-cookie', (rng) => {
    const n = NAME(rng)
    const host = rng.pick(HOSTS)
    const parent = host.split('.').slice(1).join('.')
    return three(rng, {
      stem: `${Client(rng)} set “${n}=${VAL(rng)}; Domain=${parent}; Path=/app” and must now remove it on logout. A cookie is replaced only by one with the same name, domain and path. Which header removes it?`,
      key: `Set-Cookie: ${n}=; Domain=${parent}; Path=/app; Max-Age=0`,
      wrong: [
        [`Set-Cookie: ${n}=; Max-Age=0`, 'left out the Domain and Path it was set with'],
        [`Set-Cookie: ${n}=; Domain=${parent}; Path=/; Max-Age=0`, 'used another path'],
        [
          `Set-Cookie: ${n}=deleted; Domain=${parent}; Path=/app`,
          'blanked the value but kept it alive',
        ],
        [`Clear-Site-Data: "${n}"`, 'named a cookie where the header takes data types'],
        [`Set-Cookie: ${n}=; Path=/; Max-Age=0`, 'kept neither the Domain nor the Path'],
        [
          `Set-Cookie: ${n}=; Domain=www.${parent}; Path=/; Max-Age=0`,
          'used another domain and path',
        ],
        [
          `Set-Cookie: ${n}=; Path=/app/logout; Max-Age=0`,
          'used the logout page’s path and no Domain',
        ],
      ],
    })
  }),
  family('host-prefix-rules', (rng) => {
    const v = VAL(rng)
    const host = rng.pick(HOSTS)
    const parent = host.split('.').slice(1).join('.')
    const mk2 = (sc: string, ok: boolean, mistake?: string): Choice<string> => ({
      text: sc,
      spec: sc,
      ok,
      ...(mistake ? { mistake } : {}),
    })
    return pickOne(rng, {
      stem: `https://${host} wants a __Host- cookie. Browsers accept one only with Secure, Path=/ and no Domain. Which Set-Cookie is accepted?`,
      choices: [
        mk2(`__Host-sid=${v}; Secure; Path=/; HttpOnly`, true),
        mk2(`__Host-sid=${v}; Secure; Path=/; SameSite=Lax`, true),
        mk2(`__Host-sid=${v}; Secure; Path=/; Domain=${parent}`, false, 'added a Domain'),
        mk2(`__Host-sid=${v}; Path=/; HttpOnly`, false, 'left out Secure'),
        mk2(`__Host-sid=${v}; Secure; Path=/app`, false, 'used a path other than /'),
        mk2(`__Host-sid=${v}; Secure; HttpOnly`, false, 'left out the root Path'),
      ],
      facts: { check: 'prefix', url: `https://${host}/login` },
    })
  }),
  family('httponly-against-script-theft', (rng) =>
    three(rng, {
      stem: `A pen test shows injected script on ${client(rng)}’s site can read document.cookie and send the session away. Which attribute stops scripts reading the session cookie?`,
      key: 'HttpOnly',
      wrong: [
        ['Secure', 'took HTTPS-only for script-proof'],
        ['SameSite=Strict', 'guarded cross-site requests, not scripts'],
        [`Path=/${rng.pick(['api', 'app'])}`, 'thought a path hides it from scripts'],
        ['Max-Age=0', 'deleted the cookie'],
      ],
    }),
  ),
  family('cookie-request-header-format', (rng) => {
    const a = `${NAME(rng)}=${VAL(rng)}`
    const b = `theme=${rng.pick(['dark', 'light'])}`
    return three(rng, {
      stem: `The browser holds two cookies for ${client(rng)}’s site: “${a}; Path=/; Secure; HttpOnly” and “${b}; Path=/”, set in that order; cookies with equal paths are listed oldest first. What request header does it send?`,
      key: `Cookie: ${a}; ${b}`,
      wrong: [
        [`Cookie: ${a}; Path=/; Secure; HttpOnly; ${b}; Path=/`, 'sent the attributes back'],
        [`Set-Cookie: ${a}; ${b}`, 'used the response header'],
        [`Cookie: ${a}, ${b}`, 'separated cookies with a comma'],
        [`Cookie: ${b}`, 'thought HttpOnly cookies are not sent'],
        [`Cookie: ${b}; ${a}`, 'listed the newer cookie first'],
        [`Cookie: ${b}, ${a}`, 'listed the newer first, comma-separated'],
        [`Set-Cookie: ${b}; ${a}`, 'used the response header, newest first'],
      ],
    })
  }),
  family('public-suffix-domain-rejected', (rng) => {
    const sfx = rng.pick(['co.uk', 'com.au', 'github.io'])
    const host = `shop.${rng.pick(['florist', 'brewery', 'studio'])}.${sfx}`
    return three(rng, {
      stem: `https://${host} sends “sid=${VAL(rng)}; Domain=${sfx}; Secure”, where ${sfx} is on the public suffix list. What does the browser do?`,
      key: 'Rejects the cookie',
      wrong: [
        [`Keeps the cookie for every site under ${sfx}`, 'let one site set cookies for all'],
        [`Keeps the cookie for ${host} only`, 'thought the browser narrows the domain'],
        [
          `Keeps it for ${host.split('.').slice(1).join('.')}`,
          'thought the browser picks the registrable domain',
        ],
        ['Saves it as a session cookie', 'took the domain for an expiry issue'],
        ['Rejects the cookie only over plain HTTP', 'tied the rule to the scheme'],
        ['Accepts it', 'thought any Domain is accepted'],
        [
          'Drops the Domain and keeps a host-only cookie',
          'applied the rule for a host that is itself the suffix',
        ],
      ],
    })
  }),
  family('longer-path-first', (rng) => {
    const host = rng.pick(HOSTS)
    const p = rng.pick(['shop', 'account', 'blog'])
    const general = VAL(rng)
    const specific = VAL(rng)
    if (general === specific) throw new VariantError('equal values')
    return three(rng, {
      stem: `https://${host} set “pref=${general}; Path=/” and later “pref=${specific}; Path=/${p}”. Cookies with longer paths are listed first. What does a request to https://${host}/${p}/items send?`,
      key: `Cookie: pref=${specific}; pref=${general}`,
      wrong: [
        [`Cookie: pref=${general}; pref=${specific}`, 'listed the cookies in the order set'],
        [`Cookie: pref=${specific}`, 'thought the later cookie replaced the first'],
        [`Cookie: pref=${general}`, 'thought the root cookie wins'],
        [`Cookie: pref=${specific},${general}`, 'merged the values into one cookie'],
        [`Cookie: pref=${specific}; Path=/${p}`, 'sent the path with the cookie'],
        [`Cookie: pref=${general}; Path=/`, 'sent the root cookie with its path'],
        [`Cookie: pref=${specific}; Path=/${p}; pref=${general}; Path=/`, 'sent the paths back'],
      ],
      facts: {
        check: 'cookie-order',
        host,
        path: `/${p}/items`,
        cookies: [
          [general, '/'],
          [specific, `/${p}`],
        ],
      },
    })
  }),
]
