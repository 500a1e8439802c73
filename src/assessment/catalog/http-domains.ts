import type { ModelDomain } from './model-domains.js'

/** The HTTP test's domains, each served by one scenario model of its own families. */
export const HTTP_DOMAINS = {
  httpMethods: {
    id: 'http-methods',
    title: 'Request methods and their semantics',
    itemModelIds: ['http-methods'],
    outcome:
      'Choose the method a request needs, and tell which methods are safe, idempotent or cacheable and which carry a body with defined meaning',
  },
  httpStatus: {
    id: 'http-status',
    title: 'Status codes and redirects',
    itemModelIds: ['http-status'],
    outcome:
      'Send the status code a situation calls for, read codes as a client, and predict the request a client makes after each kind of redirect',
  },
  httpCaching: {
    id: 'http-caching',
    title: 'Caching and conditional requests',
    itemModelIds: ['http-caching'],
    outcome:
      'Compute freshness lifetimes and ages by RFC 9111, choose Cache-Control directives, and answer conditional requests with ETags and dates',
  },
  httpHeaders: {
    id: 'http-headers',
    title: 'Content negotiation, headers and ranges',
    itemModelIds: ['http-headers'],
    outcome:
      'Negotiate media types, encodings and languages, set representation headers, and answer byte-range requests',
  },
  httpCors: {
    id: 'http-cors',
    title: 'Cross-origin requests (CORS)',
    itemModelIds: ['http-cors'],
    outcome:
      'Tell simple from preflighted requests and set the CORS response headers that let a cross-origin script send and read what it needs',
  },
  httpCookies: {
    id: 'http-cookies',
    title: 'Cookies and their scope',
    itemModelIds: ['http-cookies'],
    outcome:
      'Predict which requests carry a cookie by its Domain, Path, Secure and SameSite attributes, and set, expire and protect cookies',
  },
} as const satisfies Record<string, ModelDomain>
