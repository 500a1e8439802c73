import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { Client, client, family, three } from './draws.js'

/** A moment in 2026 as an HTTP date (IMF-fixdate). */
const httpDate = (ms: number) => new Date(ms).toUTCString()
const base = (rng: Rng) =>
  Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(6, 20), rng.int(0, 59), 0)
const secs = (n: number) => `${n} seconds`
/** A span in seconds with the GMT clock time it runs to from `from`. */
const until = (n: number, from: number) =>
  `${n} s, until ${new Date(from + n * 1000).toISOString().slice(11, 19)} GMT`
const TAG = (rng: Rng) =>
  `"${rng.pick(['a', 'b', 'c', 'd', 'e', 'f'])}${rng.int(10, 99)}${rng.pick(['x', 'k', 'q'])}${rng.int(1, 9)}"`

/** Caching: freshness and age by RFC 9111, Cache-Control choices and conditional requests. */
export const CACHING_FAMILIES = [
  family('current-age-from-age-header', (rng) => {
    const t0 = base(rng)
    const delay = rng.int(1, 4)
    const age = rng.int(30, 400)
    const resident = rng.int(20, 600)
    const skew = rng.int(5, 60)
    const date = t0 - skew * 1000
    const corrected = Math.max(skew + delay, age + delay)
    const key = corrected + resident
    return three(rng, {
      stem: `${Client(rng)}’s browser sent a request at ${httpDate(t0)} and got the response ${delay} s later with Date: ${httpDate(date)} and Age: ${age}. By RFC 9111 (apparent age from Date, Age corrected by the response delay, the larger of the two, plus time held), what is the response’s current age ${resident} s after it arrived?`,
      key: secs(key),
      wrong: [
        [secs(age + resident), 'left out the response delay'],
        [secs(skew + delay + resident), 'ignored the Age header'],
        [secs(corrected), 'left out the time the browser held it'],
        [
          secs(age + delay + skew + delay + resident),
          'added the two ages instead of taking the larger',
        ],
        [secs(resident), 'counted only the time since it arrived'],
      ],
      facts: {
        check: 'fresh',
        ask: 'age',
        requestTime: t0,
        responseTime: t0 + delay * 1000,
        date,
        age,
        now: t0 + (delay + resident) * 1000,
      },
    })
  }),
  family('remaining-freshness-after-a-cdn', (rng) => {
    const maxAge = rng.pick([300, 600, 900, 1800, 3600])
    const age = rng.int(1, Math.floor(maxAge / 3))
    const held = rng.int(1, Math.floor(maxAge / 3))
    const t0 = base(rng)
    const now = t0 + held * 1000
    return three(rng, {
      stem: `${Client(rng)}’s CDN hands the browser a response with Cache-Control: max-age=${maxAge}, Age: ${age} and Date: ${httpDate(t0)}, the moment it arrived (no delay). The browser has now held it ${held} s. How much longer is it fresh, and until when?`,
      key: until(maxAge - age - held, now),
      wrong: [
        [until(maxAge - held, now), 'ignored the Age header'],
        [until(maxAge - age, now), 'forgot the time the browser has held it'],
        [until(maxAge, now), 'took max-age as the time left'],
        [until(maxAge + age - held, now), 'added the Age instead of subtracting it'],
        [until(Math.max(1, maxAge - 2 * age - held), now), 'subtracted the Age twice'],
      ],
      facts: {
        check: 'fresh',
        ask: 'remaining',
        requestTime: t0,
        responseTime: t0,
        date: t0,
        age,
        maxAge,
        now: t0 + held * 1000,
      },
    })
  }),
  family('max-age-beats-expires', (rng) => {
    const t0 = base(rng)
    const maxAge = rng.pick([120, 600, 3600, 86400, 604800])
    const expiresIn = rng.pick([86400, 7200, 1800, 60, 1209600])
    return three(rng, {
      stem: `A response from ${client(rng)} carries Date: ${httpDate(t0)}, Expires: ${httpDate(t0 + expiresIn * 1000)} and Cache-Control: max-age=${maxAge}. What is its freshness lifetime in a browser cache by RFC 9111?`,
      key: secs(maxAge),
      wrong: [
        [secs(expiresIn), 'let Expires win over max-age'],
        [secs(Math.min(maxAge, expiresIn)), 'took the shorter of the two'],
        [secs(maxAge + expiresIn), 'added the two lifetimes'],
        ['0 seconds: the two headers conflict', 'thought conflicting headers forbid caching'],
      ],
      facts: {
        check: 'fresh',
        ask: 'lifetime',
        date: t0,
        expires: t0 + expiresIn * 1000,
        maxAge,
        shared: false,
      },
    })
  }),
  family('s-maxage-for-shared-caches', (rng) => {
    const shared = rng.int(0, 1) === 1
    const maxAge = rng.pick([60, 120, 300])
    const sMax = rng.pick([600, 3600, 86400])
    return three(rng, {
      stem: `${Client(rng)}’s API sends Cache-Control: public, max-age=${maxAge}, s-maxage=${sMax}. What freshness lifetime does ${shared ? 'the CDN (a shared cache)' : 'a visitor’s browser (a private cache)'} give it?`,
      key: secs(shared ? sMax : maxAge),
      wrong: [
        [
          secs(shared ? maxAge : sMax),
          shared ? 'let a shared cache ignore s-maxage' : 'applied s-maxage to a private cache',
        ],
        [secs(maxAge + sMax), 'added the two values'],
        ['0 seconds: two ages conflict, so nothing is stored', 'thought two ages forbid caching'],
        ['No lifetime: it must revalidate every time', 'read s-maxage as a revalidation order'],
      ],
      facts: { check: 'fresh', ask: 'lifetime', maxAge, sMaxAge: sMax, shared },
    })
  }),
  family('expires-minus-date-not-local-clock', (rng) => {
    const t0 = base(rng)
    const life = rng.pick([600, 1800, 3600, 7200])
    const skew = rng.int(2, 9) * 60
    return three(rng, {
      stem: `A response from ${client(rng)} has Date: ${httpDate(t0)} and Expires: ${httpDate(t0 + life * 1000)}, and no Cache-Control. The visitor’s computer clock is ${skew / 60} minutes fast. What is the freshness lifetime by RFC 9111?`,
      key: until(life, t0),
      wrong: [
        [until(life - skew, t0), 'measured Expires against the local clock'],
        [until(life + skew, t0), 'added the clock error'],
        [until(Math.round(life / 10), t0), 'took a heuristic tenth though Expires is given'],
        ['0 s: without max-age nothing is fresh', 'thought Expires alone is ignored'],
      ],
      facts: {
        check: 'fresh',
        ask: 'lifetime',
        date: t0,
        expires: t0 + life * 1000,
        shared: false,
      },
    })
  }),
  family('heuristic-freshness-from-last-modified', (rng) => {
    const t0 = base(rng)
    const days = rng.pick([2, 5, 10, 20, 30])
    const lm = t0 - days * 86400_000
    return three(rng, {
      stem: `${Client(rng)}’s image response has Date: ${httpDate(t0)} and Last-Modified: ${httpDate(lm)}, no Cache-Control or Expires. The browser’s heuristic, as RFC 9111 suggests, is 10 % of the time since Last-Modified. What lifetime does it give the image?`,
      key: `${days * 2.4} hours`,
      wrong: [
        [`${days * 24} hours`, 'took the whole time since Last-Modified'],
        [`${days * 0.24} hours`, 'took 1 % instead of 10 %'],
        [
          '0 hours: without Cache-Control nothing is cached',
          'thought heuristic freshness does not exist',
        ],
        [`${days} hours`, 'took an hour per day since the change'],
      ],
      facts: { check: 'fresh', ask: 'lifetime-hours', date: t0, lastModified: lm, shared: false },
    })
  }),
  family('stale-while-revalidate-window', (rng) => {
    const maxAge = rng.pick([60, 300, 600])
    const swr = rng.pick([30, 120, 600])
    const band = rng.int(0, 2)
    const age =
      band === 0
        ? rng.int(1, maxAge - 1)
        : band === 1
          ? maxAge + rng.int(1, swr - 1)
          : maxAge + swr + rng.int(1, 300)
    const SERVE = 'Served from cache, no request'
    const BG = 'Served stale at once, revalidated in the background'
    const WAIT = 'Revalidated first; the visitor waits for it'
    const key = band === 0 ? SERVE : band === 1 ? BG : WAIT
    return three(rng, {
      stem: `${Client(rng)}’s page has Cache-Control: max-age=${maxAge}, stale-while-revalidate=${swr}; the browser’s copy is ${age} s old. What happens on the next visit?`,
      key,
      wrong: [
        ...[SERVE, BG, WAIT]
          .filter((t) => t !== key)
          .map(
            (t) =>
              [
                t,
                t === SERVE
                  ? 'thought the copy is still fresh'
                  : t === BG
                    ? 'misplaced the age against the two windows'
                    : 'thought stale copies are never served',
              ] as const,
          ),
        ['Fetched again in full, ignoring the copy', 'thought a stale copy cannot be revalidated'],
        [
          'Served from cache, revalidated on the next visit after',
          'delayed the revalidation a visit',
        ],
      ],
      facts: { check: 'swr', maxAge, swr, age },
    })
  }),
  family('no-cache-versus-no-store', (rng) => {
    const need = rng.int(0, 1) === 1
    return three(rng, {
      stem: need
        ? `${Client(rng)}’s price list may be kept by caches but must be checked with the server (revalidated) before every use. Which directive states that?`
        : `${Client(rng)}’s account statements must never be written to any cache, the browser’s included. Which directive states that?`,
      key: need ? 'Cache-Control: no-cache' : 'Cache-Control: no-store',
      wrong: [
        [
          need ? 'Cache-Control: no-store' : 'Cache-Control: no-cache',
          'mixed up no-cache and no-store',
        ],
        ['Cache-Control: max-age=3600', 'gave it an hour without any check'],
        ['Cache-Control: private', 'thought private means not stored'],
        ['Pragma: public', 'used a header that has no such meaning'],
      ],
    })
  }),
  family('private-for-personal-pages', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s /account page shows the signed-in customer’s name and orders; it may sit in that customer’s browser cache for ${rng.int(1, 10)} minutes but never in the CDN. Which header fits?`,
      key: 'Cache-Control: private, max-age=…',
      wrong: [
        ['Cache-Control: public, max-age=…', 'let the CDN serve one customer’s page to others'],
        ['Cache-Control: no-store', 'forbade the browser copy the brief allows'],
        ['Cache-Control: s-maxage=…', 'gave a lifetime only shared caches use'],
        ['Vary: Cookie with no Cache-Control', 'relied on Vary where a directive is needed'],
      ],
    }),
  ),
  family('fingerprinted-assets-immutable', (rng) => {
    const hash = rng.int(0x10000, 0xfffff).toString(16)
    return three(rng, {
      stem: `${Client(rng)}’s build names its bundle app.${hash}.js; a new build gets a new name, so a file at a given URL never changes. Which header suits it?`,
      key: 'Cache-Control: max-age=31536000, immutable',
      wrong: [
        ['Cache-Control: no-cache', 'revalidated a file that never changes'],
        ['Cache-Control: max-age=60, immutable', 'gave a file that never changes a minute'],
        [
          'Cache-Control: max-age=31536000, immutable, no-cache, must-revalidate',
          'added revalidation to a file that never changes',
        ],
        ['Expires: 0', 'marked it already expired'],
        ['Cache-Control: no-store, max-age=31536000', 'forbade storing the file it gives a year'],
      ],
    })
  }),
  family('html-entry-revalidates', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s index.html names the current bundles; after a deploy visitors must get the new page on their next visit, but unchanged pages should cost only a 304. Which setup fits index.html?`,
      key: 'Cache-Control: no-cache, with an ETag',
      wrong: [
        ['Cache-Control: max-age=31536000, immutable', 'froze the page that names each release'],
        ['Cache-Control: no-store', 'gave up the cheap 304'],
        ['Cache-Control: max-age=86400, with an ETag', 'kept old pages for a day after a deploy'],
        ['An ETag alone, with no Cache-Control', 'left the browser to guess a lifetime'],
        ['Cache-Control: no-store, with an ETag', 'forbade the copy a 304 refreshes'],
      ],
    }),
  ),
  family('if-none-match-weak-comparison', (rng) => {
    const tag = TAG(rng)
    const weakStored = rng.int(0, 1) === 1
    const weakSent = rng.int(0, 1) === 1
    const other = TAG(rng)
    const matches = rng.int(0, 2) > 0
    const sent = `${weakSent ? 'W/' : ''}${matches ? tag : other}`
    const etag = `${weakStored ? 'W/' : ''}${tag}`
    if (!matches && other === tag) throw new VariantError('two equal tags')
    return three(rng, {
      stem: `GET /api/menu on ${client(rng)}’s site has ETag: ${etag}. A request arrives with If-None-Match: ${sent}. If-None-Match uses the weak comparison (W/ is ignored, the quoted tags must be equal). What does the server send?`,
      key: matches ? '304 Not Modified, no body' : '200 OK with the full body',
      wrong: [
        [
          matches ? '200 OK with the full body' : '304 Not Modified, no body',
          matches ? 'compared strongly, so W/ broke the match' : 'matched tags that differ',
        ],
        ['412 Precondition Failed', 'took If-None-Match on a GET for a failed write condition'],
        ['409 Conflict', 'took a tag mismatch for a conflict'],
        ['204 No Content', 'took not modified for no content'],
        ['206 Partial Content with the changed bytes', 'thought only changed bytes are sent'],
        [
          matches ? '304 Not Modified with the full body' : '200 OK with no body',
          matches ? 'sent a body with a 304' : 'left the body out of a 200',
        ],
      ],
      facts: { check: 'conditional', method: 'GET', etag, ifNoneMatch: sent },
    })
  }),
  family('if-match-strong-comparison', (rng) => {
    const tag = TAG(rng)
    const weak = rng.int(0, 1) === 1
    return three(rng, {
      stem: `${Client(rng)}’s PUT /api/pages/${rng.int(10, 99)} has current ETag: ${weak ? 'W/' : ''}${tag}. The request sends If-Match: ${weak ? 'W/' : ''}${tag}. If-Match uses the strong comparison (both tags strong and equal). What does the server do?`,
      key: weak ? '412 Precondition Failed' : '204 No Content (applied)',
      wrong: [
        [
          weak ? '204 No Content (applied)' : '412 Precondition Failed',
          weak ? 'compared weak tags as if strong' : 'refused tags that match strongly',
        ],
        ['304 Not Modified', 'answered a write as a cache check'],
        ['409 Conflict', 'took the precondition for a conflict'],
        ['428 Precondition Required', 'said no condition was sent'],
        ['201 Created (applied)', 'thought a met condition creates a new page'],
        ['423 Locked', 'took a changed page for a locked one'],
      ],
      facts: {
        check: 'conditional',
        method: 'PUT',
        etag: `${weak ? 'W/' : ''}${tag}`,
        ifMatch: `${weak ? 'W/' : ''}${tag}`,
      },
    })
  }),
  family('if-modified-since', (rng) => {
    const lm = base(rng)
    const diff = rng.pick([-3, -1, 0, 2, 5]) * 3600_000
    const ims = lm + diff
    const notModified = ims >= lm
    return three(rng, {
      stem: `${Client(rng)}’s /feed.xml has Last-Modified: ${httpDate(lm)} and no ETag. A GET arrives with If-Modified-Since: ${httpDate(ims)}. What does the server send?`,
      key: notModified ? '304 Not Modified' : '200 OK with the feed',
      wrong: [
        [
          notModified ? '200 OK with the feed' : '304 Not Modified',
          notModified
            ? 'thought only a later date gives 304'
            : 'compared the dates the wrong way round',
        ],
        ['412 Precondition Failed', 'took a cache check for a failed write condition'],
        ['206 Partial Content', 'thought only the changes are sent'],
        ['400 Bad Request: dates must match exactly', 'thought the dates must be equal'],
      ],
      facts: { check: 'conditional', method: 'GET', lastModified: lm, ifModifiedSince: ims },
    })
  }),
  family('if-none-match-overrides-if-modified-since', (rng) => {
    const lm = base(rng)
    const tag = TAG(rng)
    const old = TAG(rng)
    if (old === tag) throw new VariantError('two equal tags')
    return three(rng, {
      stem: `${Client(rng)}’s /api/stock has ETag: ${tag} and Last-Modified: ${httpDate(lm)}. A GET sends If-None-Match: ${old} and If-Modified-Since: ${httpDate(lm + 3600_000)}. By RFC 9110 a server that has If-None-Match ignores If-Modified-Since. What does it send?`,
      key: '200 OK, with the full body',
      wrong: [
        ['400 Bad Request, as the conditions disagree', 'thought two conditions may not disagree'],
        ['204 No Content, as the body is unchanged', 'took not modified for no content'],
        ['304 Not Modified', 'let the date decide though If-None-Match is present'],
        ['412 Precondition Failed', 'took a cache check for a write condition'],
      ],
      facts: {
        check: 'conditional',
        method: 'GET',
        etag: tag,
        lastModified: lm,
        ifNoneMatch: old,
        ifModifiedSince: lm + 3600_000,
      },
    })
  }),
  family('what-a-304-carries', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s server answers a revalidation of /api/menu with 304 Not Modified. What should that response carry?`,
      key: 'No body; the headers a 200 would send, e.g. ETag',
      wrong: [
        [
          'The full body again, so the cache can compare it with its copy',
          'thought a 304 repeats the body',
        ],
        ['A JSON error saying nothing changed', 'treated 304 as an error'],
        ['Only a Location header', 'took 304 for a redirect'],
        ['No headers at all', 'dropped the headers that refresh the copy'],
        [
          'The body gzip-compressed, with Content-Encoding and a new ETag',
          'thought a 304 sends a smaller body',
        ],
      ],
    }),
  ),
  family('must-revalidate-when-origin-down', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s CDN holds a stale copy of /api/prices with Cache-Control: max-age=${rng.pick([60, 300, 600])}, must-revalidate. The origin is down when a request comes. What does the CDN send?`,
      key: 'A 504 Gateway Timeout error',
      wrong: [
        ['The stale copy, with a warning header', 'ignored must-revalidate'],
        ['The stale copy, silently', 'took must-revalidate as a hint'],
        ['An empty 200 OK', 'invented an empty success'],
        [
          'A 304 Not Modified, as if the origin had confirmed it',
          'answered as if the origin had confirmed the copy',
        ],
        ['A 302 redirect to the origin’s address', 'sent the browser around the CDN'],
      ],
    }),
  ),
  family('set-cookie-on-a-cached-page', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s CDN caches every HTML page for ${rng.int(2, 15)} minutes; the login page’s response sets a session cookie. Visitors start sharing sessions. What is the fix on that response?`,
      key: 'Cache-Control: private (or no-store)',
      wrong: [
        ['Add HttpOnly to the cookie', 'guarded scripts, not caches'],
        [
          'Lower the CDN lifetime for that page to 30 seconds',
          'shrank the leak instead of closing it',
        ],
        ['Add SameSite=Strict to the session cookie', 'guarded cross-site requests, not caches'],
        ['Add an ETag', 'added a validator that keeps it shared'],
        ['Cache-Control: public, must-revalidate', 'kept the page shared with revalidation'],
      ],
    }),
  ),
  family('fresh-or-stale', (rng) => {
    const t0 = base(rng)
    const maxAge = rng.pick([300, 600, 1200, 3600])
    const age = rng.int(0, Math.floor(maxAge / 2))
    const held = rng.int(60, maxAge)
    const fresh = age + held < maxAge
    if (age + held === maxAge) throw new VariantError('exactly at the limit')
    const left = Math.abs(maxAge - age - held)
    return three(rng, {
      stem: `${Client(rng)}’s browser got /api/menu with Cache-Control: max-age=${maxAge} and Age: ${age}, Date equal to its arrival, no delay. ${held} s later the page needs it again. What is the copy’s state?`,
      key: fresh ? `Fresh, for ${left} more seconds` : `Stale, by ${left} seconds`,
      wrong: [
        [
          fresh ? `Stale, by ${left} seconds` : `Fresh, for ${left} more seconds`,
          'compared age and lifetime the wrong way round',
        ],
        [
          maxAge - held > 0
            ? `Fresh, for ${maxAge - held} more seconds`
            : `Stale, by ${held - maxAge} seconds`,
          'ignored the Age header',
        ],
        [
          `Fresh, for ${maxAge + age - held > 0 ? maxAge + age - held : age} more seconds`,
          'added the Age to the lifetime',
        ],
        [`Stale, by ${age + held} seconds`, 'counted the whole age as staleness'],
      ],
      facts: {
        check: 'fresh',
        ask: 'state',
        requestTime: t0,
        responseTime: t0,
        date: t0,
        age,
        maxAge,
        now: t0 + held * 1000,
      },
    })
  }),
  family('vary-for-compressed-responses', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s server sends /app.css gzip-compressed to browsers whose Accept-Encoding lists gzip and plain to others; the CDN then serves a gzip copy to a client that cannot decode it. Which response header was missing?`,
      key: 'Vary: Accept-Encoding',
      wrong: [
        ['Content-Encoding: identity', 'labelled the compressed copy as plain'],
        ['Transfer-Encoding: gzip', 'took hop-by-hop encoding for the cache key'],
        ['Cache-Control: no-transform', 'forbade proxies to change the body, not the key'],
        ['Vary: User-Agent', 'keyed on the browser, not its encodings'],
        ['Vary: *', 'made every request a cache miss'],
      ],
    }),
  ),
]
