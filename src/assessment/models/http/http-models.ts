import { scenarioModel } from '../scenario/scenario-model.js'
import { CACHING_FAMILIES } from './caching-families.js'
import { COOKIE_FAMILIES } from './cookie-families.js'
import { CORS_FAMILIES } from './cors-families.js'
import { HEADER_FAMILIES } from './header-families.js'
import { METHOD_FAMILIES } from './method-families.js'
import { STATUS_FAMILIES } from './status-families.js'

export const httpMethodsModel = scenarioModel({
  id: 'http-methods',
  title: 'HTTP: request methods and their semantics',
  families: METHOD_FAMILIES,
})

export const httpStatusModel = scenarioModel({
  id: 'http-status',
  title: 'HTTP: status codes and redirects',
  families: STATUS_FAMILIES,
  aimNumericRank: true,
})

export const httpCachingModel = scenarioModel({
  id: 'http-caching',
  title: 'HTTP: caching and conditional requests',
  families: CACHING_FAMILIES,
})

export const httpHeadersModel = scenarioModel({
  id: 'http-headers',
  title: 'HTTP: content negotiation, representation headers and ranges',
  families: HEADER_FAMILIES,
})

export const httpCorsModel = scenarioModel({
  id: 'http-cors',
  title: 'HTTP: cross-origin requests (CORS)',
  families: CORS_FAMILIES,
})

export const httpCookiesModel = scenarioModel({
  id: 'http-cookies',
  title: 'HTTP: cookies and their scope',
  families: COOKIE_FAMILIES,
})

/** The HTTP test's item models, one per blueprint domain. */
export const HTTP_MODELS = [
  httpMethodsModel,
  httpStatusModel,
  httpCachingModel,
  httpHeadersModel,
  httpCorsModel,
  httpCookiesModel,
] as const
