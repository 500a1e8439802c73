import { type CatalogRow, row } from './catalog-row.js'

/** HTTP as a freelance web or back-end developer meets it when building and fixing sites and APIs. */
export const HTTP_ROW: CatalogRow = row(
  'http-protocol',
  'HTTP for web and back-end developers',
  'Technology & IT',
  4,
  12,
  [
    ['httpMethods', 15],
    ['httpStatus', 20],
    ['httpCaching', 20],
    ['httpHeaders', 15],
    ['httpCors', 15],
    ['httpCookies', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance web or back-end developer is hired by small businesses and agencies to build ' +
      'APIs and sites, wire front ends to them, and fix what breaks between browser, CDN and ' +
      'server. Much of that work is reading and setting HTTP by hand. Choosing what a server ' +
      'sends (the status code for each outcome, redirects that keep or drop a POST and its body) ' +
      'and reading codes as a client that retries or reports: 20 %. Caching, the commonest ' +
      'source of “the site shows old content” and of leaked pages: Cache-Control choices, ' +
      'freshness and age by RFC 9111, ETags and dates in conditional requests: 20 %. Picking ' +
      'methods by their semantics (safe, idempotent, cacheable, with a body) for routes, retries ' +
      'and forms: 15 %. Content negotiation and representation headers (Accept and q-values, ' +
      'Vary, Content-Type and encodings, byte ranges and 206): 15 %. Cross-origin calls from a ' +
      'front end to an API, the daily CORS error: simple and preflighted requests and the ' +
      'headers that allow each: 15 %. Sessions and preferences in cookies: scope by Domain and ' +
      'Path, Secure, HttpOnly, SameSite, prefixes and expiry: 15 %. TLS configuration and ' +
      'certificates, HTTP/2 and HTTP/3 framing, authentication protocols (OAuth, OpenID ' +
      'Connect) and any one framework’s API are not tested.',
  },
)
