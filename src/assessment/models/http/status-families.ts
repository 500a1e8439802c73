import type { Rng } from '../../rng.js'
import { Client, client, family, pickOne, three } from './draws.js'

const id = (rng: Rng) => rng.int(100, 9999)

/**
 * The follow-up request a browser's fetch makes after a redirect, worded as the redirect
 * families state it: the method, and whether the first request's body goes with it.
 */
export const followUp = (method: string, body: boolean) =>
  `${method} to the new URL, ${body ? 'with the same body' : 'with no body'}`

/** What the Fetch standard's redirect steps send on: the families' own reading of them. */
function fetchFollows(code: number, method: string): [string, boolean] {
  if (((code === 301 || code === 302) && method === 'POST') || (code === 303 && method !== 'HEAD'))
    return ['GET', false]
  return [method, method !== 'GET' && method !== 'HEAD']
}

/** A status code with the reason phrase the IANA registry gives it. */
const S: Readonly<Record<number, string>> = {
  200: '200 OK',
  201: '201 Created',
  202: '202 Accepted',
  204: '204 No Content',
  205: '205 Reset Content',
  301: '301 Moved Permanently',
  302: '302 Found',
  303: '303 See Other',
  304: '304 Not Modified',
  307: '307 Temporary Redirect',
  308: '308 Permanent Redirect',
  400: '400 Bad Request',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  404: '404 Not Found',
  405: '405 Method Not Allowed',
  407: '407 Proxy Authentication Required',
  406: '406 Not Acceptable',
  408: '408 Request Timeout',
  413: '413 Content Too Large',
  431: '431 Request Header Fields Too Large',
  409: '409 Conflict',
  410: '410 Gone',
  412: '412 Precondition Failed',
  415: '415 Unsupported Media Type',
  422: '422 Unprocessable Content',
  428: '428 Precondition Required',
  429: '429 Too Many Requests',
  500: '500 Internal Server Error',
  501: '501 Not Implemented',
  502: '502 Bad Gateway',
  503: '503 Service Unavailable',
  504: '504 Gateway Timeout',
  511: '511 Network Authentication Required',
}

/** A status family: the situation names the rule, the key its code, each wrong code a mistake. */
function status(
  rng: Rng,
  situation: string,
  stem: string,
  key: number,
  wrong: readonly (readonly [number, string])[],
  extra = '',
) {
  return three(rng, {
    stem,
    key: S[key]! + extra,
    wrong: wrong.map(([c, m]) => [S[c]! + extra, m] as const),
    facts: { check: 'status', situation },
  })
}

/** Status codes as servers should send them and clients read them, and redirects. */
export const STATUS_FAMILIES = [
  family('created-with-location', (rng) =>
    status(
      rng,
      'created',
      `${Client(rng)}’s POST /api/orders has just stored order ${id(rng)}, which has its own URL now. Which status does the response send, with a Location header?`,
      201,
      [
        [200, 'sent the generic success for a new resource'],
        [202, 'took a stored order for one still queued'],
        [204, 'sent no-content though the order is returned'],
        [302, 'redirected instead of reporting the creation'],
      ],
    ),
  ),
  family('accepted-for-queued-work', (rng) =>
    status(
      rng,
      'queued',
      `${Client(rng)}’s POST /api/reports queues a ${rng.int(5, 40)}-minute export and returns a link where the job’s progress can be polled. Which status fits?`,
      202,
      [
        [201, 'reported the export as already made'],
        [200, 'reported the work as done'],
        [204, 'sent no body though it returns a link'],
        [303, 'redirected before the job exists'],
      ],
    ),
  ),
  family('no-content-after-delete', (rng) =>
    status(
      rng,
      'deleted-nothing-to-return',
      `DELETE /api/bookings/${id(rng)} on ${client(rng)}’s API succeeds, and the API returns no body at all. Which status fits?`,
      204,
      [
        [200, 'sent OK, which says a body follows'],
        [202, 'said the deletion is only queued'],
        [410, 'answered the DELETE itself with Gone'],
        [404, 'reported the resource missing after deleting it'],
        [304, 'took nothing to return for not modified'],
        [205, 'told the client to reset its view'],
        [405, 'thought DELETE needs enabling first'],
      ],
    ),
  ),
  family('malformed-json-is-bad-request', (rng) =>
    status(
      rng,
      'malformed-syntax',
      `A client posts to ${client(rng)}’s API a body that ends after ${rng.int(40, 900)} bytes in the middle of a JSON string, so it cannot be parsed. Which status does the API send?`,
      400,
      [
        [422, 'took unparseable syntax for invalid content'],
        [415, 'blamed the media type, which was JSON'],
        [500, 'reported its own parser’s refusal as a server fault'],
        [409, 'took a syntax error for a state conflict'],
      ],
    ),
  ),
  family('valid-json-failing-rules-is-422', (rng) =>
    status(
      rng,
      'semantic-validation',
      `${Client(rng)}’s API receives well-formed JSON with Content-Type application/json, but its "quantity" is ${-rng.int(1, 9)}, which the business rules forbid. The API distinguishes syntax errors from content it cannot process. Which status does it send?`,
      422,
      [
        [400, 'treated valid syntax as malformed'],
        [415, 'blamed the media type'],
        [409, 'took a rule breach for a state conflict'],
        [500, 'reported the client’s data as a server fault'],
        [200, 'accepted the rule-breaking quantity'],
        [201, 'stored the rule-breaking order'],
      ],
    ),
  ),
  family('no-credentials-is-401', (rng) =>
    status(
      rng,
      'no-credentials',
      `A request reaches ${client(rng)}’s /api/account without any Authorization header. Which status does the API send, with a WWW-Authenticate challenge?`,
      401,
      [
        [403, 'refused as if the caller were known'],
        [404, 'hid the resource instead of asking for credentials'],
        [400, 'treated missing credentials as bad syntax'],
        [302, 'redirected an API call to a login page'],
        [407, 'asked for proxy credentials'],
        [511, 'took it for a network login portal'],
      ],
    ),
  ),
  family('known-user-without-rights-is-403', (rng) =>
    status(
      rng,
      'authenticated-not-allowed',
      `A customer with a valid session token asks ${client(rng)}’s API for invoice ${id(rng)}, which belongs to another customer. The API does not hide that the invoice exists. Which status does it send?`,
      403,
      [
        [401, 'asked for credentials that are already valid'],
        [400, 'treated a permissions refusal as bad syntax'],
        [409, 'took a permissions refusal for a conflict'],
        [405, 'blamed the method'],
      ],
    ),
  ),
  family('permanently-removed-is-410', (rng) =>
    status(
      rng,
      'removed-for-good',
      `${Client(rng)} removed product page /p/${id(rng)} for good and wants search engines to drop it sooner than for a missing page. Which status does the old URL send?`,
      410,
      [
        [404, 'sent the status that does not say the removal is permanent'],
        [301, 'redirected to a page that is not its replacement'],
        [204, 'sent an empty success'],
        [403, 'refused access to a page that is gone'],
        [200, 'served a not-found page with 200'],
      ],
    ),
  ),
  family('wrong-method-is-405-with-allow', (rng) =>
    status(
      rng,
      'method-not-supported',
      `${Client(rng)}’s /api/invoices/${id(rng)} supports GET and PUT only; a client sends DELETE. Which status does the API send, listing GET and PUT in an Allow header?`,
      405,
      [
        [403, 'refused the caller instead of the method'],
        [404, 'said the resource does not exist'],
        [400, 'treated a method the resource lacks as bad syntax'],
        [501, 'said the server knows no DELETE at all'],
        [415, 'blamed the body’s media type'],
        [422, 'took the method for invalid content'],
      ].filter(([c]) => S[c as number] !== undefined) as [number, string][],
    ),
  ),
  family('taken-username-is-409', (rng) =>
    status(
      rng,
      'conflict-with-state',
      `On ${client(rng)}’s site, POST /api/users with username “${rng.pick(['ana', 'ben', 'chloe', 'dev'])}${id(rng)}” fails because that username was taken a moment ago by another sign-up. The request is well-formed and valid. Which status does the API send?`,
      409,
      [
        [400, 'treated a valid request as malformed'],
        [403, 'treated a state clash as a permissions refusal'],
        [422, 'took a clash with current state for invalid content'],
        [500, 'reported a foreseeable clash as a server fault'],
        [200, 'reported the failure inside a 200'],
        [302, 'redirected to the taken profile'],
      ],
    ),
  ),
  family('stale-if-match-is-412', (rng) =>
    status(
      rng,
      'precondition-failed',
      `${Client(rng)}’s editor sends PUT /api/pages/${id(rng)} with If-Match: "v${rng.int(2, 40)}", but the page has been saved since and its ETag changed. Which status does the API send?`,
      412,
      [
        [409, 'sent the general conflict though a precondition failed'],
        [304, 'answered a write with not-modified'],
        [400, 'treated a failed condition as bad syntax'],
        [428, 'said a condition was missing though one was sent'],
        [422, 'took the stale tag for invalid content'],
      ].filter(([c]) => S[c as number] !== undefined) as [number, string][],
    ),
  ),
  family('xml-to-a-json-api-is-415', (rng) =>
    status(
      rng,
      'unsupported-body-type',
      `${Client(rng)}’s API accepts JSON only; a partner posts a body with Content-Type application/xml. Which status does the API send?`,
      415,
      [
        [406, 'mixed up the request body type with the Accept header'],
        [400, 'treated a well-formed XML body as malformed'],
        [200, 'accepted a body it cannot read'],
        [431, 'blamed the size of the headers'],
        [405, 'blamed the method'],
      ],
    ),
  ),
  family('accept-nothing-offered-is-406', (rng) =>
    status(
      rng,
      'no-acceptable-representation',
      `${Client(rng)}’s API can only produce application/json; a client sends Accept: ${rng.pick(['application/xml', 'text/csv', 'image/png'])} with no wildcard, and the API refuses rather than ignore the header. Which status does it send?`,
      406,
      [
        [415, 'took the response type for the request body type'],
        [400, 'treated a valid Accept header as malformed'],
        [404, 'said the resource does not exist'],
        [422, 'took it for invalid content'],
      ],
    ),
  ),
  family('rate-limit-is-429', (rng) =>
    status(
      rng,
      'rate-limited',
      `A script sends ${rng.int(200, 900)} requests a minute to ${client(rng)}’s API, over the limit of 120. Which status does the API send, with Retry-After?`,
      429,
      [
        [503, 'blamed the whole server for one client’s excess'],
        [403, 'refused the client for good'],
        [400, 'treated valid requests as malformed'],
        [409, 'took a limit for a state conflict'],
        [500, 'reported a client’s excess as a server fault'],
      ],
      `, Retry-After: ${rng.pick([30, 60, 120])}`,
    ),
  ),
  family('maintenance-is-503', (rng) => {
    const who = Client(rng)
    const minutes = rng.int(10, 90)
    return status(
      rng,
      'temporarily-unavailable',
      `${who}’s site is down for a planned ${minutes}-minute database upgrade and must tell clients and crawlers to come back later. Which status does it send?`,
      503,
      [
        [500, 'reported a planned pause as an unexpected fault'],
        [404, 'said every page is missing'],
        [302, 'redirected crawlers to a page they will index'],
        [429, 'blamed the client for sending too many requests'],
        [504, 'reported the site as a gateway that timed out'],
      ],
      `, Retry-After: ${minutes * 60}`,
    )
  }),
  family('gateway-errors', (rng) => {
    const timeout = rng.int(0, 1) === 1
    return status(
      rng,
      timeout ? 'upstream-timeout' : 'upstream-bad-reply',
      timeout
        ? `${Client(rng)}’s nginx proxy waited ${rng.int(30, 120)} seconds for the app server, which never answered. Which status does nginx send to the browser?`
        : `${Client(rng)}’s nginx proxy got a reply from the app server that is not valid HTTP (the app crashed mid-write). Which status does nginx send to the browser?`,
      timeout ? 504 : 502,
      [
        [timeout ? 502 : 504, 'mixed up a bad reply and no reply from upstream'],
        [500, 'reported the proxy’s own fault'],
        [503, 'said the proxy itself is paused'],
        [408, 'blamed the browser for being slow'],
      ].filter(([c]) => S[c as number] !== undefined) as [number, string][],
    )
  }),
  family('retryable-status', (rng) =>
    pickOne(rng, {
      stem: `${Client(rng)}’s API client retries a failed GET later only when the status says the same request may succeed unchanged (a temporary condition). Which response does it retry?`,
      choices: [
        ...[503, 429, 504].map((c) => ({ text: S[c]!, spec: c, ok: true })),
        ...(
          [
            [400, 'retried a malformed request unchanged'],
            [404, 'retried a missing resource'],
            [422, 'retried content the rules reject'],
            [401, 'retried without new credentials'],
            [405, 'retried a method the resource lacks'],
          ] as const
        ).map(([c, mistake]) => ({ text: S[c]!, spec: c, ok: false, mistake })),
      ],
      facts: { check: 'retryable' },
    }),
  ),
  family('redirect-after-post', (rng) => {
    const code = rng.pick([301, 302, 303, 307, 308])
    const [m, body] = fetchFollows(code, 'POST')
    return three(rng, {
      stem: `A script on ${client(rng)}’s site sends fetch('/api/signup', {method: 'POST', body}) and gets ${S[code]} with a Location header. The browser’s fetch follows the redirect as the Fetch standard says. What is the second request?`,
      key: followUp(m, body),
      wrong: [
        [
          followUp(m === 'GET' ? 'POST' : 'GET', !body),
          m === 'GET'
            ? 'thought every redirect keeps the method'
            : 'thought every redirect turns POST into GET',
        ],
        [followUp('POST', false), 'kept the method but dropped the body'],
        [followUp('GET', true), 'changed the method but kept the body'],
        ['None: fetch never follows a redirect of a POST', 'thought POST redirects stop fetch'],
      ],
      facts: { check: 'redirect', code, method: 'POST' },
    })
  }),
  family('redirect-of-put-or-delete', (rng) => {
    const code = rng.pick([301, 302, 303, 307, 308])
    const method = rng.pick(['PUT', 'DELETE'])
    const [m, body] = fetchFollows(code, method)
    return three(rng, {
      stem: `${Client(rng)}’s app sends fetch('/api/items/${id(rng)}', {method: '${method}', body}) and gets ${S[code]}. The browser’s fetch follows the redirect as the Fetch standard says (it changes a method only for 303, or for POST on 301 and 302). What is the second request?`,
      key: followUp(m, body),
      wrong: [
        [
          followUp(m === 'GET' ? method : 'GET', !body),
          m === 'GET' ? 'kept the method on a 303' : 'changed a method only POST loses',
        ],
        [followUp(method, false), 'kept the method but dropped the body'],
        [followUp('GET', true), 'changed the method but kept the body'],
        [followUp('POST', true), 'thought redirects turn writes into POST'],
      ],
      facts: { check: 'redirect', code, method },
    })
  }),
  family('post-redirect-get', (rng) =>
    three(rng, {
      stem: `After ${client(rng)}’s HTML contact form is posted, refreshing the thank-you page resubmits the form. The handler should redirect to /thanks so the browser fetches it with GET whatever the old method. Which status does it send?`,
      key: S[303]!,
      wrong: [
        [S[307]!, 'kept the method, so the POST repeats'],
        [S[308]!, 'made a permanent redirect that keeps the method'],
        [S[200]!, 'rendered the page in the POST response itself'],
        [S[301]!, 'made the form URL move for good'],
      ],
      facts: { check: 'status', situation: 'post-redirect-get' },
    }),
  ),
  family('permanent-move-keeping-post', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s webhook endpoint moved for good from /hooks/v1 to /hooks/v2; partners’ POSTs must arrive there with their bodies, and links should update. Which status does /hooks/v1 send?`,
      key: S[308]!,
      wrong: [
        [S[301]!, 'used a permanent redirect that may turn POST into GET'],
        [S[307]!, 'used a temporary redirect for a permanent move'],
        [S[302]!, 'used a temporary redirect that may turn POST into GET'],
        [S[303]!, 'sent the redirect that always turns into GET'],
        [S[410]!, 'said the endpoint is gone rather than moved'],
        [S[404]!, 'let partners see the old URL as missing'],
        [S[200]!, 'answered at the old URL as if nothing moved'],
        [S[503]!, 'answered as if the endpoint were paused'],
      ],
      facts: { check: 'status', situation: 'permanent-keep-method' },
    }),
  ),
  family('location-resolves-against-the-request', (rng) => {
    const host = rng.pick(['shop.example.com', 'www.example.org', 'app.example.net'])
    const dir = rng.pick(['blog', 'shop', 'docs'])
    const page = rng.pick(['spring', 'offers', 'guide'])
    const base = `https://${host}/${dir}/2025/${page}`
    const location = rng.pick([`../${page}-new`, `${page}-new`, `/${page}-new`, `?v=2`])
    const resolved = new URL(location, base).href
    return three(rng, {
      stem: `A request for ${base} gets 301 with Location: ${location}. A relative Location is resolved against the request’s URL as links are. Which URL does the client fetch next?`,
      key: resolved,
      wrong: [
        [
          `https://${host}/${location.replace(/^\.\.\/|^\//, '')}`,
          'resolved against the site root',
        ],
        [
          `${base}/${location.replace(/^\.\.\/|^\//, '')}`,
          'appended to the page as if it were a folder',
        ],
        [new URL(location, `https://${host}/${dir}/`).href, 'resolved against the wrong folder'],
        [new URL(location.replace(/^\.\.\//, ''), base).href, 'ignored the ../'],
        [
          new URL(`../${location.replace(/^\.\.\/|^\//, '')}`, base).href,
          'climbed one folder too few or many',
        ],
        [resolved.replace(`/${dir}/`, '/'), 'dropped the section folder'],
        [resolved.replace('/2025/', '/'), 'dropped the year folder'],
      ],
      facts: { check: 'location', base, location },
    })
  }),
]
