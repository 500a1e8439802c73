import type { Rng } from '../../rng.js'
import { type Choice, Client, client, family, pickOne, three } from './draws.js'

/** A cross-origin request as the families describe it: method and request headers. */
export interface Req {
  readonly method: string
  readonly headers: Readonly<Record<string, string>>
}

const SITES = ['https://shop.example.com', 'https://app.example.net', 'https://www.example.org']
const APIS = ['https://api.example.com', 'https://data.example.net', 'https://cdn.example.org']
const site = (rng: Rng) => rng.pick(SITES)
const api = (rng: Rng) => rng.pick(APIS)

const describe = (r: Req) =>
  `${r.method}${
    Object.entries(r.headers)
      .map(([k, v]) => `, ${k}: ${v}`)
      .join('') || ', no extra headers'
  }`

/** Requests that a browser sends at once, and those it preflights, each with the slip behind it. */
const SIMPLE: readonly [Req, string][] = [
  [{ method: 'GET', headers: {} }, 'thought every cross-origin request is preflighted'],
  [
    { method: 'POST', headers: { 'Content-Type': 'text/plain' } },
    'thought every POST is preflighted',
  ],
  [
    { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    'thought a form-encoded POST is preflighted',
  ],
  [
    { method: 'GET', headers: { 'Accept-Language': 'de' } },
    'thought any added header needs a preflight',
  ],
  [{ method: 'HEAD', headers: {} }, 'thought HEAD is preflighted'],
  [
    { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x1' } },
    'thought a multipart upload is preflighted',
  ],
]
const PREFLIGHTED: readonly [Req, string][] = [
  [
    { method: 'POST', headers: { 'Content-Type': 'application/json' } },
    'thought a JSON POST is a simple request',
  ],
  [{ method: 'PUT', headers: {} }, 'thought PUT is a simple method'],
  [{ method: 'DELETE', headers: {} }, 'thought DELETE is a simple method'],
  [
    { method: 'GET', headers: { Authorization: 'Bearer t0k' } },
    'thought Authorization is a safelisted header',
  ],
  [
    { method: 'GET', headers: { 'X-Api-Key': 'k9' } },
    'thought a custom header is allowed without asking',
  ],
  [{ method: 'PATCH', headers: {} }, 'thought PATCH is a simple method'],
]

const reqChoices = (
  okSet: readonly [Req, string][],
  wrongSet: readonly [Req, string][],
): Choice<Req>[] => [
  ...okSet.map(([r]) => ({ text: describe(r), spec: r, ok: true })),
  ...wrongSet.map(([r, mistake]) => ({ text: describe(r), spec: r, ok: false, mistake })),
]

type Acao = Readonly<Record<string, string>>

/** CORS: simple and preflighted requests, and the response headers that allow each thing. */
export const CORS_FAMILIES = [
  family('which-request-is-preflighted', (rng) =>
    pickOne(rng, {
      stem: `A script on ${site(rng)} calls fetch() to ${api(rng)}. By the Fetch standard, a request is preflighted unless its method is GET, HEAD or POST and its headers are all CORS-safelisted (Content-Type only form, multipart or text/plain). Which request is preflighted?`,
      choices: reqChoices(PREFLIGHTED, SIMPLE),
      facts: { check: 'preflight', want: true },
    }),
  ),
  family('which-request-goes-without-preflight', (rng) =>
    pickOne(rng, {
      stem: `A script on ${site(rng)} calls fetch() to ${api(rng)}. By the Fetch standard, a request is preflighted unless its method is GET, HEAD or POST and its headers are all CORS-safelisted (Content-Type only form, multipart or text/plain). Which request is sent with no preflight?`,
      choices: reqChoices(SIMPLE, PREFLIGHTED),
      facts: { check: 'preflight', want: false },
    }),
  ),
  family('credentialed-response-headers', (rng) => {
    const origin = site(rng)
    const other = SITES.find((x) => x !== origin)!
    const hdr = (o: string, c: string | undefined, mistake?: string): Choice<Acao> => ({
      text: `Allow-Origin: ${o}${c === undefined ? '' : `; Allow-Credentials: ${c}`}`,
      spec: {
        'access-control-allow-origin': o,
        ...(c === undefined ? {} : { 'access-control-allow-credentials': c }),
      },
      ok: mistake === undefined,
      ...(mistake === undefined ? {} : { mistake }),
    })
    return pickOne(rng, {
      stem: `${Client(rng)}’s page at ${origin} calls fetch(url, {credentials: 'include'}) to ${api(rng)}, sending the session cookie. Which Access-Control- response headers (prefix left out below) let the script read the reply?`,
      choices: [
        hdr(origin, 'true'),
        hdr('*', 'true', 'used the wildcard with credentials'),
        hdr(origin, undefined, 'left out Allow-Credentials'),
        hdr(other, 'true', 'allowed another of the client’s sites'),
        hdr('*', undefined, 'thought the wildcard covers credentialed calls'),
        hdr(`${origin}/`, 'true', 'added a path slash to the origin'),
        hdr(other, undefined, 'allowed another site and left out Allow-Credentials'),
      ],
      facts: { check: 'cors-read', origin, credentials: true },
    })
  }),

  family('allow-origin-must-match-exactly', (rng) => {
    const host = rng.pick(['shop.example.com', 'app.example.net', 'www.example.org'])
    const origin = `https://${host}`
    const mk = (v: string, ok: boolean, mistake?: string): Choice<Acao> => ({
      text: `Access-Control-Allow-Origin: ${v}`,
      spec: { 'access-control-allow-origin': v },
      ok,
      ...(mistake ? { mistake } : {}),
    })
    return pickOne(rng, {
      stem: `${Client(rng)}’s page at ${origin} fetches ${api(rng)}/v1/items without credentials. The API echoes one origin value. Which response header lets the script read the reply?`,
      choices: [
        mk(origin, true),
        mk('null', false, 'allowed the null origin'),
        mk(`http://${host}:8443`, false, 'changed both scheme and port'),
        mk(`http://${host}/`, false, 'used HTTP and a path slash'),
        mk(`https://www.${host}`, false, 'added www to the host'),
        mk(`http://${host}`, false, 'ignored the scheme'),
        mk(`${origin}:8443`, false, 'added a port the page does not use'),
        mk(`${origin}/`, false, 'added a path slash to the origin'),
        mk(
          `https://*.${host.split('.').slice(1).join('.')}`,
          false,
          'used a subdomain wildcard, which CORS lacks',
        ),
        mk(`${origin}, https://admin.example.com`, false, 'listed two origins in one header'),
      ],
      facts: { check: 'cors-read', origin, credentials: false },
    })
  }),
  family('same-origin-or-not', (rng) => {
    const host = rng.pick(['shop.example.com', 'app.example.net'])
    const page = `https://${host}/checkout`
    const mk = (u: string, ok: boolean, mistake?: string): Choice<string> => ({
      text: u,
      spec: u,
      ok,
      ...(mistake ? { mistake } : {}),
    })
    return pickOne(rng, {
      stem: `${Client(rng)}’s page is ${page}. An origin is the scheme, host and port. Which URL can its scripts fetch without CORS, being same-origin?`,
      choices: [
        mk(`https://${host}:443/api/cart`, true),
        mk(`https://${host}/api/cart?id=${rng.int(1, 99)}`, true),
        mk(`http://${host}/api/cart`, false, 'ignored the scheme'),
        mk(`https://${host}:8443/api/cart`, false, 'ignored the port'),
        mk(
          `https://api.${host.split('.').slice(1).join('.')}/cart`,
          false,
          'took a sibling subdomain as the same origin',
        ),
        mk(`https://www.${host}/api/cart`, false, 'took a subdomain as the same origin'),
        mk(`https://${host}.cdn.example.io/api/cart`, false, 'matched the host by its start'),
      ],
      facts: { check: 'same-origin', page },
    })
  }),
  family('readable-response-header', (rng) => {
    const mk = (h: string, ok: boolean, mistake?: string): Choice<string> => ({
      text: h,
      spec: h,
      ok,
      ...(mistake ? { mistake } : {}),
    })
    return pickOne(rng, {
      stem: `${Client(rng)}’s API answers a cross-origin fetch with Access-Control-Allow-Origin set and no Access-Control-Expose-Headers. The Fetch standard lets scripts read only the CORS-safelisted response headers then. Which can the script read?`,
      choices: [
        mk('Content-Type', true),
        mk('Cache-Control', true),
        mk('Content-Language', true),
        mk('Last-Modified', true),
        mk('X-Total-Count', false, 'thought any header is readable once the origin is allowed'),
        mk('ETag', false, 'thought validators are safelisted'),
        mk('Link', false, 'thought pagination links are safelisted'),
        mk('Set-Cookie', false, 'thought cookies are readable by scripts'),
        mk('X-Request-Id', false, 'thought custom headers are readable'),
        mk('Expires', true),
        mk('Pragma', true),
        mk('Access-Control-Allow-Origin', false, 'thought the CORS header itself is readable'),
        mk('Content-Disposition', false, 'thought every Content- header is safelisted'),
        mk('Strict-Transport-Security', false, 'thought security headers are readable'),
      ],
      facts: { check: 'exposed' },
    })
  }),
  family('preflight-response-that-allows', (rng) => {
    const origin = site(rng)
    const method = rng.pick(['PUT', 'DELETE', 'PATCH'])
    const mk = (m: string, h: string, ok: boolean, mistake?: string): Choice<Acao> => ({
      text: `Allow-Methods: ${m}; Allow-Headers: ${h}`,
      spec: { 'access-control-allow-methods': m, 'access-control-allow-headers': h },
      ok,
      ...(mistake ? { mistake } : {}),
    })
    return pickOne(rng, {
      stem: `A script on ${origin} sends ${method} with Content-Type: application/json and X-Api-Key to ${api(rng)}, without credentials. The preflight reply carries Access-Control-Allow-Origin: ${origin} and which pair of Access-Control-… headers lets the request go?`,
      choices: [
        mk(`GET, POST, ${method}`, 'Content-Type, X-Api-Key', true),
        mk(`${method}, OPTIONS`, 'X-Api-Key, Content-Type', true),
        mk('GET, POST', 'Content-Type, X-Api-Key', false, `left ${method} out of the methods`),
        mk(
          `GET, POST, ${method}`,
          'X-Api-Key',
          false,
          'thought a JSON Content-Type needs no allowing',
        ),
        mk(`GET, POST, ${method}`, 'Content-Type', false, 'forgot the custom header'),
        mk('GET, POST, HEAD', 'Content-Type, X-Api-Key', false, 'allowed only the simple methods'),
        mk(`${method}`, 'Authorization', false, 'allowed a header the request does not send'),
        mk(
          'OPTIONS',
          'Content-Type, X-Api-Key',
          false,
          'allowed the preflight’s method, not the request’s',
        ),
      ],
      facts: { check: 'preflight-reply', method, headers: ['content-type', 'x-api-key'] },
    })
  }),
  family('preflight-request-shape', (rng) => {
    const method = rng.pick(['PUT', 'DELETE', 'PATCH'])
    return three(rng, {
      stem: `A script on ${site(rng)} sends fetch() with method ${method} and header X-Api-Key to ${api(rng)}. What does the browser send first?`,
      key: `OPTIONS, Access-Control-Request-Method: ${method}, Access-Control-Request-Headers: x-api-key`,
      wrong: [
        [
          `${method} with an Origin header, then reads the reply’s CORS headers`,
          'left out the preflight',
        ],
        [
          `OPTIONS with Access-Control-Allow-Methods: ${method} and Access-Control-Allow-Headers: x-api-key`,
          'sent response headers in the request',
        ],
        [`HEAD, Access-Control-Request-Method: ${method}`, 'preflighted with HEAD'],
        [
          'OPTIONS with X-Api-Key and the request body',
          'sent the real header and body in the preflight',
        ],
        [
          `${method} with Access-Control-Request-Method: ${method} and Access-Control-Request-Headers: x-api-key`,
          'put preflight headers on the real request',
        ],
        ['GET with Origin only', 'took a simple GET for the preflight'],
      ],
    })
  }),
  family('preflight-blocked-by-auth-middleware', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s API requires a bearer token on every route; cross-origin PUTs fail, and the browser shows the preflight got 401. The API’s CORS headers are right. What is the fix?`,
      key: 'Let OPTIONS pass the auth check and answer 204',
      wrong: [
        [
          'Send the bearer token in the preflight too, from the script',
          'thought scripts can add headers to a preflight',
        ],
        ['Return 403 instead of 401 to OPTIONS', 'changed the failing status to another failure'],
        [
          'Add Access-Control-Allow-Credentials: true to the 401',
          'added a header to a failing preflight',
        ],
        ['Switch the PUT to a POST with a JSON body', 'kept a request that is still preflighted'],
        ['Raise Access-Control-Max-Age', 'cached a preflight that never passes'],
      ],
    }),
  ),
  family('cors-is-enforced-by-browsers', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s developer says curl and Postman reach the API fine, yet the page at ${site(rng)} gets a CORS error. Why?`,
      key: 'Only browsers enforce CORS',
      wrong: [
        ['The API blocks browsers by their User-Agent string', 'blamed a filter CORS does not use'],
        ['The page must use HTTP/2 for CORS', 'blamed the protocol version'],
        ['curl sends an Origin header that browsers leave out', 'reversed who sends Origin'],
        ['CORS applies only to requests with cookies', 'thought CORS is about cookies only'],
        ['A browser bug', 'blamed the browser’s code'],
        ['The API needs HTTPS', 'blamed the scheme'],
      ],
    }),
  ),
  family('vary-origin-when-echoing', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s API echoes the request’s Origin into Access-Control-Allow-Origin for ${rng.int(2, 6)} allowed sites, and its CDN caches replies. Site B now gets site A’s header and fails. What was missing?`,
      key: 'Vary: Origin',
      wrong: [
        ['Access-Control-Allow-Origin: * with the echo', 'sent two values'],
        ['Access-Control-Max-Age: 0', 'changed the preflight cache, not the CDN key'],
        ['Cache-Control: public', 'made it more cacheable, not keyed by origin'],
        ['Access-Control-Expose-Headers: Origin', 'exposed a header instead of keying on it'],
        ['Vary: *', 'made every request a cache miss'],
        ['Vary: Host', 'keyed on the API host, the same for all'],
      ],
    }),
  ),
  family('credentials-include-for-cookies', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s page at ${site(rng)} calls fetch('${api(rng)}/me'); the API allows that origin with credentials, but the session cookie never arrives. What is missing on the client?`,
      key: "credentials: 'include'",
      wrong: [
        ["mode: 'no-cors'", 'made the reply unreadable'],
        ['A Cookie header set by the script', 'thought scripts may set Cookie'],
        ["credentials: 'same-origin' (the default)", 'kept the default that leaves cookies out'],
        [
          'Access-Control-Allow-Credentials: true on the request',
          'put a response header on the request',
        ],
        ["mode: 'same-origin'", 'forbade the cross-origin call'],
        ["cache: 'no-store'", 'took cookies for a cache matter'],
      ],
    }),
  ),
  family('no-cors-gives-opaque', (rng) =>
    three(rng, {
      stem: `To silence a CORS error, ${client(rng)}’s developer adds mode: 'no-cors' to a fetch of ${api(rng)}/prices. What does the script get?`,
      key: 'An opaque response it cannot read',
      wrong: [
        ['The JSON, as CORS checks are skipped in that mode', 'thought no-cors lifts the check'],
        ['A 403 error response made by the browser itself', 'thought the browser forges a status'],
        ['The headers but no body', 'thought only the body is hidden'],
        ['A preflight first, then the JSON once it is allowed', 'thought no-cors preflights'],
        ['A TypeError', 'thought no-cors throws'],
      ],
    }),
  ),
  family('expose-a-custom-header', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s paginated API sends X-Total-Count: ${rng.int(50, 900)}; the cross-origin script reads null for it although Access-Control-Allow-Origin is right. Which response header fixes it?`,
      key: 'Access-Control-Expose-Headers: X-Total-Count',
      wrong: [
        ['Access-Control-Allow-Headers: X-Total-Count', 'used the preflight’s request-header list'],
        ['Vary: X-Total-Count', 'keyed caches on it'],
        ['Access-Control-Allow-Credentials: true', 'allowed cookies, not headers'],
        ['Cache-Control: public', 'made it cacheable, not readable'],
        ['Access-Control-Request-Headers: X-Total-Count', 'used the preflight request header'],
        ['Timing-Allow-Origin: *', 'exposed timing data, not headers'],
      ],
    }),
  ),
  family('preflight-cache-max-age', (rng) => {
    const n = rng.pick([600, 3600, 7200])
    return three(rng, {
      stem: `${Client(rng)}’s app makes ${rng.int(20, 90)} PUTs a minute across origins, each preceded by an OPTIONS preflight. Which header lets the browser reuse a preflight answer for ${n} s (within its own cap)?`,
      key: `Access-Control-Max-Age: ${n}`,
      wrong: [
        [`Cache-Control: max-age=${n}`, 'cached the response, not the preflight result'],
        [`Keep-Alive: timeout=${n}`, 'kept the connection, not the result'],
        [`Retry-After: ${n}`, 'told clients to wait'],
        [`Age: ${n}`, 'stated an age instead of a lifetime'],
        [`Strict-Transport-Security: max-age=${n}`, 'used the HTTPS-pinning header'],
        [
          `Cache-Control: public, max-age=${n}, immutable`,
          'cached the response for good, not the preflight',
        ],
      ],
    })
  }),
  family('simple-post-still-reaches-the-server', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s API refuses other origins by sending no Access-Control-Allow-Origin. A form-encoded POST from a hostile site to /api/transfer ${rng.pick(['still moves money', 'still changes the email'])}. Why?`,
      key: 'CORS blocks reading the reply, not sending',
      wrong: [
        ['The hostile site forged a preflight reply', 'thought the attacker answers preflights'],
        ['CORS applies only to GET', 'thought CORS skips POST'],
        ['Form posts bypass the same-origin policy only over plain HTTP', 'tied it to the scheme'],
        [
          'The API needs Access-Control-Allow-Methods: GET to block POST',
          'thought listing methods blocks sending',
        ],
        ['A CDN cached the POST', 'blamed caching'],
      ],
    }),
  ),
]
