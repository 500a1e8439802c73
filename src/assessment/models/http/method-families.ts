import type { Rng } from '../../rng.js'
import { type Choice, Client, client, family, pickOne, three } from './draws.js'

type M = 'GET' | 'HEAD' | 'OPTIONS' | 'TRACE' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
const PATHS = ['/api/orders', '/api/bookings', '/api/listings', '/api/donations', '/api/courses']
const path = (rng: Rng) => rng.pick(PATHS)
const id = (rng: Rng) => rng.int(100, 9999)

/** Method cases for a pick-one family: the method names an option, the mistake why it was picked. */
const cases = (ok: readonly M[], wrong: readonly (readonly [M, string])[]): Choice<M>[] => [
  ...ok.map((m) => ({ text: m, spec: m, ok: true })),
  ...wrong.map(([m, mistake]) => ({ text: m, spec: m, ok: false, mistake })),
]

/** Request methods: safety, idempotence, cacheability, bodies and the method a task needs. */
export const METHOD_FAMILIES = [
  family('safe-method', (rng) =>
    pickOne(rng, {
      stem: `${Client(rng)} lets a link-prefetching crawler send any request whose method RFC 9110 defines as safe (read-only by its meaning). Which method may the crawler send?`,
      choices: cases(
        ['GET', 'HEAD', 'OPTIONS'],
        [
          ['POST', 'took a form submission for a read'],
          ['PUT', 'took idempotent for safe'],
          ['DELETE', 'took idempotent for safe'],
          ['PATCH', 'took a partial update for a read'],
        ],
      ),
      facts: { check: 'method', prop: 'safe' },
    }),
  ),
  family('idempotent-but-not-safe', (rng) =>
    pickOne(rng, {
      stem: `For ${client(rng)}’s API, you list methods that change server state yet may be repeated with the same effect as sending them once (idempotent, not safe). Which belongs on the list?`,
      choices: cases(
        ['PUT', 'DELETE'],
        [
          ['POST', 'thought every write is idempotent'],
          ['PATCH', 'thought every partial update is idempotent'],
          ['GET', 'picked a method that is safe as well'],
          ['HEAD', 'picked a method that is safe as well'],
        ],
      ),
      facts: { check: 'method', prop: 'idempotent-unsafe' },
    }),
  ),
  family('retry-only-idempotent', (rng) => {
    const p = path(rng)
    const n = id(rng)
    return pickOne(rng, {
      stem: `${Client(rng)}’s HTTP client retries a request automatically after a dropped connection only when RFC 9110 defines its method as idempotent. Which request is NOT retried?`,
      choices: [
        ...(['POST', 'PATCH'] as const).map((m) => ({
          text: rng.pick([`${m} ${p}`, `${m} ${p}/${n}`, `${m} ${p}/${n}/notes`]),
          spec: m,
          ok: true,
        })),
        ...(
          [
            ['PUT', 'thought a write is never idempotent'],
            ['DELETE', 'thought a write is never idempotent'],
            ['GET', 'thought reads are never retried'],
            ['OPTIONS', 'thought OPTIONS is not idempotent'],
            ['HEAD', 'thought HEAD is not idempotent'],
          ] as const
        ).map(([m, mistake]) => ({
          text: rng.pick([`${m} ${p}`, `${m} ${p}/${n}`, `${m} ${p}/${n}/notes`]),
          spec: m,
          ok: false,
          mistake,
        })),
      ],
      facts: { check: 'method', prop: 'not-idempotent' },
    })
  }),
  family('cacheable-by-default', (rng) =>
    pickOne(rng, {
      stem: `${Client(rng)}’s CDN stores a response that has no explicit freshness (no max-age, no Expires) only when RFC 9110 lets a cache store that method’s responses without it. Which method’s responses may it store?`,
      choices: cases(
        ['GET', 'HEAD'],
        [
          ['PUT', 'took idempotent for cacheable'],
          ['DELETE', 'took idempotent for cacheable'],
          ['OPTIONS', 'took safe for cacheable'],
          ['PATCH', 'thought a response with a body is cacheable'],
        ],
      ),
      facts: { check: 'method', prop: 'cacheable' },
    }),
  ),
  family('body-with-defined-meaning', (rng) =>
    pickOne(rng, {
      stem: `${Client(rng)}’s gateway drops request bodies for methods whose request content has no generally defined semantics in RFC 9110. Which method’s body does it pass on?`,
      choices: cases(
        ['POST', 'PUT', 'PATCH'],
        [
          ['GET', 'thought a GET body carries search filters by standard'],
          ['HEAD', 'thought HEAD may carry a body like GET'],
          ['DELETE', 'thought DELETE carries a defined body'],
          ['TRACE', 'thought TRACE echoes a sent body'],
        ],
      ),
      facts: { check: 'method', prop: 'body' },
    }),
  ),
  family('put-replaces-the-whole-resource', (rng) => {
    const n = id(rng)
    return three(rng, {
      stem: `${Client(rng)}’s editor sends the complete customer record ${n} as JSON and must leave the same state if the request is sent twice. Which request fits?`,
      key: `PUT /api/customers/${n} with the whole record`,
      wrong: [
        [`POST /api/customers/${n} with the whole record`, 'used a method that is not idempotent'],
        [
          `PATCH /api/customers/${n} with the changed fields`,
          'sent a partial update for a full replacement',
        ],
        [
          `GET /api/customers/${n}?data=… with the record in the query`,
          'put a write into a safe method',
        ],
        [
          `POST /api/customers with the whole record`,
          'created a new customer instead of replacing one',
        ],
      ],
    })
  }),
  family('post-to-the-collection-creates', (rng) => {
    const thing = rng.pick(['order', 'booking', 'donation', 'listing'])
    return three(rng, {
      stem: `${Client(rng)}’s server assigns the id of each new ${thing}; the client does not know it in advance. Which request creates one?`,
      key: `POST /api/${thing}s`,
      wrong: [
        [`PUT /api/${thing}s`, 'replaced the whole collection'],
        [`PUT /api/${thing}s/new`, 'made up an id the server must assign'],
        [`GET /api/${thing}s/create`, 'put a write into a safe method'],
        [`PATCH /api/${thing}s`, 'patched the collection instead of adding to it'],
        [
          `POST /api/${thing}s/${rng.int(100, 999)}/copy`,
          'posted to a record that does not exist yet',
        ],
        [`PUT /api/${thing}s/{id}`, 'sent an id placeholder the client cannot fill'],
      ],
    })
  }),
  family('head-returns-headers-only', (rng) => {
    const len = rng.int(20, 900) * 1024
    return three(rng, {
      stem: `GET /files/brochure.pdf on ${client(rng)}’s site returns 200 with Content-Length: ${len}. What does HEAD /files/brochure.pdf return?`,
      key: `200, Content-Length: ${len}, no body`,
      wrong: [
        ['200, Content-Length: 0, no body', 'thought the length describes HEAD’s own empty body'],
        [
          `200, Content-Length: ${len}, and the full PDF`,
          'thought HEAD sends the body as GET does',
        ],
        ['204 No Content and no headers', 'took “no body” for a 204'],
        ['405 Method Not Allowed until HEAD is coded', 'thought HEAD needs its own handler'],
      ],
    })
  }),
  family('delete-twice-is-still-idempotent', (rng) => {
    const n = id(rng)
    return three(rng, {
      stem: `On ${client(rng)}’s API, DELETE /api/bookings/${n} returns 204; the same request sent again returns 404. Is DELETE behaving idempotently?`,
      key: 'Yes: the state after both is the same',
      wrong: [
        ['No: the two responses differ', 'judged idempotence by the status codes'],
        ['No: a second DELETE must return 204 again', 'thought idempotence fixes the response'],
        ['Only if the 404 has an empty body', 'judged idempotence by the body'],
        ['No: idempotent methods must be safe', 'took idempotent for safe'],
        ['No: a repeat must be refused with 409 Conflict', 'thought repeats must be refused'],
      ],
    })
  }),
  family('get-must-not-change-state', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s newsletter links to GET /unsubscribe?id=${id(rng)}, which removes the reader at once. Mail scanners now unsubscribe readers who never clicked. What is the fix?`,
      key: 'GET shows a page; its button POSTs the removal',
      wrong: [
        [
          'Add Cache-Control: no-store to the GET',
          'thought caching, not safety, lets scanners act',
        ],
        ['Switch the link to PUT', 'thought a link can send PUT'],
        ['Return 204 from the GET', 'changed the status, not the method'],
        ['Block scanners by User-Agent', 'fought one client, not the unsafe GET'],
        [
          'Keep the GET but give each link a random token so scanners cannot guess it',
          'thought unguessable links stop scanners that follow them',
        ],
        [
          'Add rel="nofollow" to the link so scanners skip it',
          'trusted a hint that scanners ignore',
        ],
      ],
    }),
  ),
  family('html-form-methods', (rng) => {
    const m = rng.pick(['put', 'delete', 'patch'])
    return three(rng, {
      stem: `A template on ${client(rng)}’s site has <form method="${m}" action="/api/items/${id(rng)}">. HTML forms accept only get, post and dialog, and an invalid value falls back to the default, get. What does the browser send on submit?`,
      key: 'GET, with the fields in the query string',
      wrong: [
        [`${m.toUpperCase()}, with the fields in the body`, 'thought forms send any method'],
        ['POST, with the fields in the body', 'took POST for the fallback'],
        ['Nothing: the browser refuses to submit', 'thought an invalid method blocks the form'],
        [`POST with _method=${m} added`, 'took a framework’s override for the browser’s'],
        [
          `${m.toUpperCase()} through fetch, with the fields as JSON in the body`,
          'thought the browser switches to a script request',
        ],
        ['POST, with the fields in both the query string and the body', 'mixed the two encodings'],
      ],
    })
  }),
  family('patch-media-types', (rng) => {
    const ops = rng.int(0, 1) === 1
    const body = ops
      ? `[{"op":"replace","path":"/price","value":${rng.int(5, 90)}}]`
      : `{"price":${rng.int(5, 90)},"note":null}`
    return three(rng, {
      stem: `${Client(rng)}’s API accepts both JSON Patch (RFC 6902, a list of operations) and JSON Merge Patch (RFC 7396, a partial document). A PATCH carries ${body}. Which Content-Type must it send?`,
      key: ops ? 'application/json-patch+json' : 'application/merge-patch+json',
      wrong: [
        [
          ops ? 'application/merge-patch+json' : 'application/json-patch+json',
          'mixed up the two patch formats',
        ],
        ['application/json', 'sent plain JSON that names no patch format'],
        ['application/x-www-form-urlencoded', 'took the form encoding for JSON'],
        ['text/plain; charset=utf-8', 'sent JSON as plain text'],
      ],
    })
  }),
  family('merge-patch-result', (rng) => {
    const price = rng.int(5, 90)
    const newPrice = price + rng.int(1, 20)
    const target = { name: rng.pick(['Tulips', 'Roses', 'Lilies']), price, note: 'gift' }
    const patch = rng.pick([{ price: newPrice, note: null }, { note: null }, { price: newPrice }])
    const apply = (drop: boolean) => {
      const out: Record<string, unknown> = { ...target }
      for (const [k, v] of Object.entries(patch)) {
        if (v === null && drop) delete out[k]
        else out[k] = v
      }
      return JSON.stringify(out)
    }
    return three(rng, {
      stem: `${Client(rng)} stores ${JSON.stringify(target)}. A PATCH with Content-Type application/merge-patch+json (RFC 7396: null removes a member, other members replace) carries ${JSON.stringify(patch)}. What is stored after it?`,
      key: apply(true),
      wrong: [
        [apply(false), 'stored null instead of removing the member'],
        [JSON.stringify(patch), 'replaced the whole document with the patch'],
        [
          JSON.stringify({ name: target.name, price: target.price }),
          'dropped every member the patch did not name',
        ],
        [JSON.stringify(target), 'thought a merge patch leaves named members alone'],
        [JSON.stringify({ ...target, ...patch, note: 'gift' }), 'ignored null in the patch'],
      ],
      facts: { check: 'merge-patch', target, patch },
    })
  }),
  family('options-lists-allowed-methods', (rng) =>
    three(rng, {
      stem: `A partner asks which methods ${client(rng)}’s /api/items/${id(rng)} supports; the API answers OPTIONS requests as RFC 9110 describes. Which response header lists them?`,
      key: 'Allow',
      wrong: [
        ['Access-Control-Allow-Methods', 'took the CORS preflight header for the general one'],
        ['Accept', 'took the media-type request header'],
        ['Vary', 'took the cache-key header'],
        ['Content-Type', 'took the body’s media type'],
      ],
    }),
  ),
  family('idempotency-key-for-payments', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s checkout sends POST /api/payments; on a timeout the app resends it, and some customers are charged twice. What stops the double charge?`,
      key: 'A client-made idempotency key the server checks',
      wrong: [
        ['Sending the payment as GET so it is safe', 'put a write into a safe method'],
        ['Adding Cache-Control: no-store to the POST', 'thought caching causes the repeat'],
        ['Sending PATCH instead, which is idempotent', 'thought PATCH is idempotent'],
        ['Retrying only after a 201 Created arrives', 'retried after a success'],
        [
          'Turning off retries, so a timed-out payment is never sent again',
          'gave up retries, leaving lost payments unknown',
        ],
        [
          'A new random request id on every retry, logged by the server for review',
          'made each retry look new',
        ],
      ],
    }),
  ),
  family('query-strings-for-filters', (rng) => {
    const city = rng.pick(['Leeds', 'Bristol', 'Cork', 'York'])
    return three(rng, {
      stem: `${Client(rng)}’s search must be bookmarkable, cacheable and safe to repeat; it filters listings by city ${city} and up to ${rng.int(2, 5)} bedrooms. How should the request be sent?`,
      key: `GET /api/listings?city=${city}&beds=…`,
      wrong: [
        [
          `POST /api/listings/search with {"city":"${city}"}`,
          'used a method whose responses caches skip',
        ],
        [`GET /api/listings with a JSON body {"city":"${city}"}`, 'put filters in a GET body'],
        [`PUT /api/listings?city=${city}`, 'used a write method for a read'],
        [`DELETE /api/listings?city!=${city}`, 'mixed a deletion into a search'],
      ],
    })
  }),
]
