import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { Client, client, family, three } from './draws.js'

const size = (rng: Rng) => rng.int(2, 90) * 1000 + rng.int(0, 999)

/** The Content-Range a server sends for a single byte range of a `len`-byte file. */
const cr = (a: number, b: number, len: number) => `206, Content-Range: bytes ${a}-${b}/${len}`

/** Content negotiation, representation headers and byte ranges. */
export const HEADER_FAMILIES = [
  family('accept-q-values', (rng) => {
    const offered = rng.shuffle(['application/json', 'text/html', 'text/csv']).slice(0, 2)
    const [a, b] = offered as [string, string]
    const qa = rng.pick([0.2, 0.5, 0.8])
    const qb = rng.pick([0.3, 0.6, 0.9])
    if (qa === qb) throw new VariantError('equal weights')
    const header = `${a};q=${qa}, ${b};q=${qb}, */*;q=0.1`
    const best = qa > qb ? a : b
    const other = best === a ? b : a
    return three(rng, {
      stem: `${Client(rng)}’s endpoint can send ${offered.join(' or ')}. A request has Accept: ${header}. Which does the server send, choosing the highest q-value?`,
      key: best,
      wrong: [
        [other, 'took the first listed type, not the highest weight'],
        ['application/xml', 'sent a type the endpoint does not offer'],
        ['406 Not Acceptable', 'thought the wildcard makes nothing acceptable'],
        ['text/plain', 'fell back to plain text'],
      ],
      facts: { check: 'accept', header, offered },
    })
  }),
  family('accept-encoding-choice', (rng) => {
    const [x, y] = rng.shuffle(['br', 'gzip']) as [string, string]
    const qx = rng.pick([0.4, 0.7, 1])
    const qy = rng.pick([0.3, 0.5, 0.9])
    if (qx === qy) throw new VariantError('equal weights')
    const header = `${x};q=${qx}, ${y};q=${qy}, deflate;q=0`
    return three(rng, {
      stem: `${Client(rng)}’s CDN can compress with br or gzip. A browser sends Accept-Encoding: ${header}. Which Content-Encoding does the CDN use, by the highest q-value?`,
      key: `Content-Encoding: ${qx > qy ? x : y}`,
      wrong: [
        [`Content-Encoding: ${qx > qy ? y : x}`, 'took the other weight as the higher'],
        ['Content-Encoding: deflate', 'read a zero weight as a preference'],
        ['No Content-Encoding: q below 1 refuses', 'read any q below 1 as a refusal'],
        ['Content-Encoding: compress', 'picked an encoding not offered'],
        [`Content-Encoding: ${x}, ${y}`, 'applied both encodings'],
      ],
      facts: { check: 'encoding', header, offered: ['br', 'gzip'] },
    })
  }),
  family('range-first-bytes', (rng) => {
    const len = size(rng)
    const end = rng.pick([499, 999, 1023, 4095])
    return three(rng, {
      stem: `${Client(rng)}’s ${len}-byte file is requested with Range: bytes=0-${end}. Byte positions are inclusive and start at 0. What does a server that supports ranges send?`,
      key: cr(0, end, len),
      wrong: [
        [cr(0, end - 1, len), 'treated the last position as exclusive'],
        [cr(1, end + 1, len), 'counted positions from 1'],
        [
          `206, Content-Range: bytes 0-${end}/${end + 1}`,
          'put the part’s length where the file’s goes',
        ],
        [`200, Content-Length: ${len}`, 'ignored a range the server supports'],
        [`206, Content-Length: ${end + 1}`, 'sent the part’s length with no range'],
        [`416, Content-Range: bytes */${len}`, 'thought a range must end at the last byte'],
      ],
      facts: { check: 'range', len, range: `bytes=0-${end}` },
    })
  }),
  family('range-suffix', (rng) => {
    const len = size(rng)
    const n = rng.pick([100, 500, 1000])
    return three(rng, {
      stem: `A video player asks ${client(rng)}’s ${len}-byte file for Range: bytes=-${n}. What Content-Range comes back?`,
      key: cr(len - n, len - 1, len),
      wrong: [
        [cr(0, n - 1, len), 'read -n as the first n bytes'],
        [cr(len - n, len, len), 'ended past the last byte'],
        [`416, Content-Range: bytes */${len}`, 'thought a range may not start with -'],
        [`206, Content-Range: bytes -${n}/${len}`, 'echoed the request’s form'],
        [`200, Content-Length: ${n}`, 'sent the part as a whole response'],
        [`200, Content-Length: ${len}`, 'ignored the range'],
        [
          `206, Content-Range: bytes ${len - n}-${len - 1}/${n}, Content-Length: ${len}`,
          'swapped the part’s and the file’s lengths',
        ],
      ],
      facts: { check: 'range', len, range: `bytes=-${n}` },
    })
  }),
  family('range-open-ended', (rng) => {
    const len = size(rng)
    const from = rng.int(1, 9) * 1000
    if (from >= len) throw new VariantError('start past the end')
    return three(rng, {
      stem: `A download manager resumes ${client(rng)}’s ${len}-byte file with Range: bytes=${from}-. What Content-Range comes back?`,
      key: cr(from, len - 1, len),
      wrong: [
        [cr(from, len, len), 'ended past the last byte'],
        [cr(from + 1, len, len), 'counted positions from 1'],
        [
          `206, Content-Range: bytes ${from}-${len - 1}/${len - from}`,
          'gave the part’s length as the total',
        ],
        [
          `206, Content-Range: bytes 0-${len - from - 1}/${len - from}`,
          'renumbered the part from 0',
        ],
        [cr(0, from, len), 'sent the bytes before the position'],
        [`200, Content-Length: ${len - from}`, 'sent the rest as a whole response'],
      ],
      facts: { check: 'range', len, range: `bytes=${from}-` },
    })
  }),
  family('range-not-satisfiable', (rng) => {
    const len = size(rng)
    const from = len + rng.int(0, 500)
    return three(rng, {
      stem: `A client asks ${client(rng)}’s ${len}-byte file for Range: bytes=${from}-${from + 999}. What does the server send?`,
      key: `416, Content-Range: bytes */${len}`,
      wrong: [
        [`206, Content-Range: bytes ${from}-${from + 999}/${len}`, 'served bytes the file lacks'],
        [`200, Content-Length: ${len}`, 'ignored a range it could not meet'],
        ['404 Not Found', 'said the file is missing'],
        [
          `206, Content-Range: bytes ${len - 1000}-${len - 1}/${len}`,
          'moved the range into the file',
        ],
      ],
      facts: { check: 'range', len, range: `bytes=${from}-${from + 999}` },
    })
  }),
  family('if-range-with-a-changed-file', (rng) => {
    const len = size(rng)
    const changed = rng.int(0, 1) === 1
    return three(rng, {
      stem: `A download of ${client(rng)}’s ${len}-byte file resumes with Range: bytes=1000- and If-Range: "v${rng.int(1, 8)}"; the file’s ETag ${changed ? 'has changed since' : 'is still that value'}. What does the server send?`,
      key: changed ? `200 with the whole file` : cr(1000, len - 1, len),
      wrong: [
        [
          changed ? cr(1000, len - 1, len) : `200 with the whole file`,
          changed ? 'resumed from a file that changed' : 'restarted though the file is unchanged',
        ],
        ['412 Precondition Failed', 'took If-Range for If-Match'],
        ['304 Not Modified', 'took If-Range for a cache check'],
        [`416, Content-Range: bytes */${len}`, 'treated the condition as an unsatisfiable range'],
      ],
    })
  }),
  family('content-length-counts-bytes', (rng) => {
    const word = rng.pick(['Crème brûlée', 'Café', 'Smørrebrød', 'Piñata', 'Żurek'])
    const n = rng.int(2, 9)
    const body = `{"item":"${word}","qty":${n}}`
    const bytes = new TextEncoder().encode(body).length
    const accents = bytes - body.length
    return three(rng, {
      stem: `${Client(rng)}’s API sends the body ${body} encoded as UTF-8 (accented letters take two bytes). What Content-Length must it send?`,
      key: String(bytes),
      wrong: [
        [String(body.length), 'counted characters, not bytes'],
        [String(body.length - accents), 'left the accented letters out'],
        [String(bytes - 1), 'counted from zero'],
        [String(body.length - 1), 'counted characters from zero'],
      ],
      facts: { check: 'bytes', body },
    })
  }),
  family('basic-auth-header', (rng) => {
    const user = rng.pick(['ana', 'tom', 'kai', 'mo'])
    const pass = `${rng.pick(['green', 'river', 'stone'])}${rng.int(10, 99)}`
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
    return three(rng, {
      stem: `${Client(rng)}’s staging site uses Basic authentication; the user is ${user}, the password ${pass}. Which header does the client send?`,
      key: `Authorization: Basic ${b64(`${user}:${pass}`)}`,
      wrong: [
        [`Authorization: Basic ${b64(`${user}${pass}`)}`, 'left out the colon'],
        [`Authorization: Basic ${user}:${pass}`, 'sent the pair unencoded'],
        [`Authorization: Bearer ${b64(`${user}:${pass}`)}`, 'used the token scheme'],
        [`Authorization: Bearer ${pass}`, 'sent the password as a bearer token'],
        [`WWW-Authenticate: Basic realm=${user}`, 'used the server’s challenge header'],
        [`Authorization: Basic ${b64(`${pass}:${user}`)}`, 'put the password first'],
      ],
      facts: { check: 'basic', user, pass },
    })
  }),
  family('charset-for-html', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s HTML pages are stored in UTF-8, but browsers show “Ã©” where “é” belongs because the header names no encoding. Which Content-Type should the server send?`,
      key: 'text/html; charset=utf-8',
      wrong: [
        ['text/html', 'left the encoding for the browser to guess'],
        ['application/html; charset=utf-8', 'used a media type that does not exist'],
        ['text/html; encoding=utf-8', 'named the parameter wrongly'],
        ['text/utf-8', 'wrote the encoding as the subtype'],
        ['application/xhtml+xml', 'served HTML as XHTML'],
        ['application/octet-stream', 'served the page as raw bytes'],
      ],
    }),
  ),
  family('multipart-boundary-from-formdata', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s upload form sends fetch(url, {method: 'POST', body: formData, headers: {'Content-Type': 'multipart/form-data'}}) and the server cannot split the ${rng.int(2, 5)} parts. What is wrong?`,
      key: 'The hand-set header lacks the boundary: omit it',
      wrong: [
        [
          'Files need application/octet-stream as the request’s Content-Type',
          'took a part’s type for the request’s',
        ],
        ['FormData must be sent with PUT', 'blamed the method'],
        [
          'The body must be JSON.stringify(formData) with Content-Type application/json',
          'serialised the form as JSON',
        ],
        ['multipart needs Transfer-Encoding: chunked', 'blamed the framing'],
        ['It must say multipart/mixed', 'picked another multipart subtype'],
      ],
    }),
  ),
  family('content-disposition-download', (rng) => {
    const name = `invoice-${rng.int(1000, 9999)}.pdf`
    return three(rng, {
      stem: `${Client(rng)} wants its PDF link to save the file as ${name} instead of opening it in the tab. Which response header does that?`,
      key: `Content-Disposition: attachment; filename="${name}"`,
      wrong: [
        [`Content-Disposition: inline; filename="${name}"`, 'asked for display in the tab'],
        [`Content-Type: application/download; name="${name}"`, 'made up a media type'],
        [`Location: ${name}`, 'used the redirect header'],
        [`Content-Location: ${name}`, 'named the representation’s URL, not a download'],
        [
          `Content-Type: application/octet-stream; filename="${name}"`,
          'put the file name on the media type',
        ],
        [
          `Content-Disposition: form-data; name="file"; filename="${name}"`,
          'used the multipart part header',
        ],
      ],
    })
  }),
  family('content-encoding-versus-transfer', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s server gzips a ${rng.int(80, 900)} KB JSON response end to end, so caches store the compressed copy. Which header marks that?`,
      key: 'Content-Encoding: gzip',
      wrong: [
        ['Transfer-Encoding: gzip', 'used the hop-by-hop framing header'],
        ['Content-Type: application/gzip', 'relabelled the JSON as a gzip file'],
        ['Accept-Encoding: gzip', 'put a request header on the response'],
        ['Content-Transfer-Encoding: gzip', 'used an email MIME header'],
        ['Transfer-Encoding: chunked', 'took chunked framing for compression'],
      ],
    }),
  ),
  family('forwarded-proto-behind-a-proxy', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s app sits behind a load balancer that ends TLS and forwards plain HTTP; the app’s redirects now point to http:// URLs. Which request header tells the app the original scheme?`,
      key: 'X-Forwarded-Proto',
      wrong: [
        ['Host', 'took the host name for the scheme'],
        ['Referer', 'took the linking page for the scheme'],
        ['Upgrade-Insecure-Requests', 'took a browser preference for the proxy’s report'],
        ['Origin', 'took the caller’s origin for this request’s scheme'],
        ['X-Forwarded-For', 'took the client address header for the scheme'],
        ['Strict-Transport-Security', 'used a response header'],
      ],
    }),
  ),
  family('accept-language-negotiation', (rng) => {
    const [l1, l2] = rng.shuffle(['de', 'fr', 'es']) as [string, string]
    const q = rng.pick([0.5, 0.7, 0.9])
    const region = ({ de: 'AT', fr: 'CA', es: 'MX' } as Record<string, string>)[l2]!
    return three(rng, {
      stem: `${Client(rng)}’s site has en, ${l1} and ${l2} pages. A browser sends Accept-Language: ${l2}-${region};q=${q}, ${l1}, en;q=0.3, where a language tag also matches its base language. Which page does the site serve?`,
      key: l1,
      wrong: [
        [l2, 'took the first tag listed'],
        ['en', 'served the default though better matches exist'],
        [`406 Not Acceptable, as there is no ${l2}-${region} page`, 'required the region to match'],
        [`${l2}-${region}`, 'served a page the site does not have'],
        [`${l1}-${l1.toUpperCase()}`, 'served a regional page the site lacks'],
      ],
    })
  }),
  family('vary-for-a-negotiated-response', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s /api/menu returns JSON or CSV by the Accept header; the CDN has begun serving CSV to the app. What must the response carry?`,
      key: 'Vary: Accept',
      wrong: [
        ['Vary: Content-Type', 'keyed on a response header'],
        ['Accept: application/json', 'put a request header on the response'],
        ['Cache-Control: public', 'made it more cacheable, not keyed'],
        ['Content-Location: /api/menu', 'named one URL for both forms'],
        ['Vary: *', 'made every request a cache miss'],
      ],
    }),
  ),
]
