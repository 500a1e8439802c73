import { family, type JsFamily, predict, throws } from './probe.js'

// Fetch Standard (WHATWG): fetch resolves for any HTTP status and only network failures reject;
// ok is true for statuses 200 to 299; a body is a stream read once; Headers compare names
// case-insensitively; a string body gets Content-Type text/plain;charset=UTF-8 unless one is set.

/** A stand-in for fetch that answers with the Response a server sends, so the code runs offline. */
const stub = (status: number, body: string, headers = "{ 'Content-Type': 'application/json' }") =>
  `// Stands in for fetch so the code runs offline: resolves with the server's response.\nconst fetch = async (url) => new Response(\`${body}\`, { status: ${status}, headers: ${headers} })\n`

/** Fetch responses, bodies and headers. */
export const FETCH_FAMILIES: readonly JsFamily[] = [
  family('fetch-404-does-not-reject', (rng) => {
    const [path, field, msg] = rng.pick([
      ['/api/users/7', 'error', 'missing'],
      ['/api/orders/42', 'error', 'gone'],
      ['/api/cart', 'reason', 'expired'],
    ] as const)
    const status = rng.pick([404, 410, 500, 403])
    return predict({
      code: `${stub(status, `{"${field}":"${msg}"}`)}async function load() {\n  try {\n    const res = await fetch('${path}')\n    const data = await res.json()\n    console.log('loaded', res.ok, data.${field})\n  } catch (e) {\n    console.log('failed')\n  }\n}\nload()`,
      key: `loaded false ${msg}`,
      wrong: [
        ['failed', `believes fetch rejects when the server answers ${status}`],
        [`loaded true ${msg}`, 'believes ok is true whenever the server answers'],
        ['loaded false undefined', 'believes the body of an error response reads as empty'],
        [`loaded false {"${field}":"${msg}"}`, 'believes json() gives the raw body text'],
      ],
    })
  }),
  family('json-not-awaited', (rng) => {
    const [field, v] = rng.pick([
      ['name', 'Ada'],
      ['city', 'Lima'],
      ['plan', 'pro'],
    ] as const)
    const awaited = rng.next() < 0.5
    const code = `${stub(200, `{"${field}":"${v}"}`)}async function show() {\n  const res = await fetch('/api/me')\n  const data = ${awaited ? 'await ' : ''}res.json()\n  console.log(data.${field})\n}\nshow()`
    return awaited
      ? predict({
          code,
          key: v,
          wrong: [
            ['undefined', 'believes an awaited json() gives the text, not the object'],
            [`{"${field}":"${v}"}`, 'believes json() gives the raw body text'],
            [throws('TypeError'), 'believes the body must be read with text() before json()'],
          ],
        })
      : predict({
          code,
          key: 'undefined',
          wrong: [
            [v, 'believes json() returns the parsed object, not a promise'],
            [throws('TypeError'), 'believes reading a property of a promise throws'],
            ['[object Promise]', 'believes reading a property of a promise shows the promise'],
          ],
        })
  }),
  family('body-read-twice', (rng) => {
    const id = rng.int(10, 99)
    return predict({
      lines: true,
      code: `${stub(200, `{"id":${id}}`)}async function debug() {\n  const res = await fetch('/api/item')\n  console.log(await res.text())\n  const data = await res.json()\n  console.log(data.id)\n}\ndebug()`,
      key: `{"id":${id}} ${throws('TypeError')}`,
      wrong: [
        [`{"id":${id}} ${id}`, 'believes a response body can be read more than once'],
        [`{"id":${id}} undefined`, 'believes a second read gives an empty body'],
        [`[object Object] ${id}`, 'believes text() parses the JSON too'],
        [`{"id":${id}} ${throws('SyntaxError')}`, 'believes the second read parses an empty body'],
        [
          `[object Object] ${throws('TypeError')}`,
          'believes text() gives the parsed object, and the second read fails',
        ],
        [`[object Response] ${id}`, 'believes text() gives the response object as text'],
      ],
      combine: false,
    })
  }),
  family('headers-are-case-insensitive', (rng) => {
    const asked = rng.pick(['content-type', 'CONTENT-TYPE', 'Content-type'])
    const missing = rng.pick(['X-Request-Id', 'ETag', 'Retry-After'])
    const byProperty = rng.next() < 0.5
    const second = byProperty ? "res.headers['content-type']" : `res.headers.get('${missing}')`
    const code = `const res = new Response('ok', { headers: { 'Content-Type': 'text/csv' } })\nconsole.log(res.headers.get('${asked}'), ${second}, res.status)`
    // Headers is a class, not a plain object: its entries are read with get, never as properties.
    return byProperty
      ? predict({
          code,
          key: 'text/csv undefined 200',
          wrong: [
            ['null undefined 200', 'believes header names must match in letter case'],
            ['text/csv text/csv 200', 'believes headers can be read as properties of res.headers'],
            ['text/csv null 200', 'believes a property read on Headers answers null, as get does'],
            ['text/csv undefined 0', 'believes a Response made without a status has status 0'],
            [
              'text/plain undefined 200',
              'believes a string body sets its own text/plain type over the one given',
            ],
          ],
        })
      : predict({
          code,
          key: 'text/csv null 200',
          wrong: [
            ['null null 200', 'believes header names must match in letter case'],
            ['text/csv undefined 200', 'believes a missing header reads as undefined'],
            ['text/csv null 0', 'believes a Response made without a status has status 0'],
            ['text/csv null undefined', 'believes status is undefined unless set'],
            [
              'text/plain null 200',
              'believes a string body sets its own text/plain type over the one given',
            ],
            [
              'text/csv undefined undefined',
              'believes a missing header and an unset status read as undefined',
            ],
          ],
        })
  }),
  family('string-body-content-type', (rng) => {
    const withHeader = rng.next() < 0.5
    const [k, v] = rng.pick([
      ['sku', 'A-1'],
      ['email', 'x@y.io'],
      ['qty', '3'],
    ] as const)
    const headers = withHeader ? ", headers: { 'Content-Type': 'application/json' }" : ''
    const code = `const req = new Request('https://api.example.com/orders', {\n  method: 'POST',\n  body: JSON.stringify({ ${k}: '${v}' })${headers},\n})\nconsole.log(req.headers.get('content-type'))`
    return withHeader
      ? predict({
          code,
          key: 'application/json',
          wrong: [
            ['text/plain;charset=UTF-8', 'believes a string body overrides the Content-Type set'],
            ['application/json;charset=UTF-8', 'believes the charset is added to the header set'],
            ['null', 'believes headers set in init are not readable on the request'],
          ],
        })
      : predict({
          code,
          key: 'text/plain;charset=UTF-8',
          wrong: [
            ['application/json', 'believes a JSON.stringify body is sent as JSON'],
            ['null', 'believes no Content-Type is sent without one set'],
            [
              'application/x-www-form-urlencoded',
              'believes a POST body is sent as a form by default',
            ],
          ],
        })
  }),
]
