import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { isConnectionLost, isRetryable, sqlState } from '../db/index.js'
import { DomainError, type DomainErrorKind } from '../shared/index.js'

/** The one error body every failure has. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details: unknown }
}

const STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
}

/** Fastify's own request errors, by code: what the client did wrong, in words. */
const FRAMEWORK_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'the request body is larger than the server accepts',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'the request body must be JSON (Content-Type: application/json)',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'the request says it carries JSON but the body is empty',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'the request body is not valid JSON',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'uri_too_long',
    message: 'a path parameter is longer than the server accepts',
  },
  FST_ERR_BAD_URL: { status: 400, code: 'bad_url', message: 'the URL is not well formed' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_content_length',
    message: 'the Content-Length header does not match the body',
  },
}

export function describeError(error: unknown): {
  status: number
  body: ErrorBody
  headers?: Record<string, string>
} {
  if (error instanceof DomainError) {
    const retry = error.details.retryAfterSeconds
    return {
      status: STATUS[error.kind],
      body: wrap(error.code, error.message, error.details),
      ...(typeof retry === 'number' ? { headers: { 'retry-after': String(retry) } } : {}),
    }
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
      message: issue.message ?? 'is invalid',
    }))
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ')
    return {
      status: 400,
      body: wrap('invalid_request', `the request is invalid: ${summary}`, { issues }),
    }
  }
  const fastifyError = error as Partial<FastifyError>
  const known = fastifyError.code ? FRAMEWORK_ERRORS[fastifyError.code] : undefined
  if (known) return { status: known.status, body: wrap(known.code, known.message, {}) }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return {
      status: 400,
      body: wrap('invalid_json', `the request body is not valid JSON: ${error.message}`, {}),
    }
  }
  const state = sqlState(error)
  if (state?.startsWith('22')) {
    return {
      status: 400,
      body: wrap('invalid_value', 'a value is out of range or not representable', {
        sqlState: state,
      }),
    }
  }
  if (state?.startsWith('23')) {
    return {
      status: 409,
      body: wrap('conflict', 'the change clashes with existing data', { sqlState: state }),
    }
  }
  // Class 53, insufficient resources: the disk is full (53100), memory ran out (53200) or the
  // server has no session left (53300). Nothing the client sent is at fault and the failed
  // transaction kept nothing, but an operator must act first: a 500 would say the platform broke.
  if (state?.startsWith('53')) {
    return {
      status: 503,
      body: wrap(
        'unavailable',
        'the database is out of disk space, memory or sessions; try again later',
        {},
      ),
      headers: { 'retry-after': '60' },
    }
  }
  if (isRetryable(error) || isConnectionLost(error)) {
    return {
      status: 503,
      body: wrap('busy', 'the database was busy; try again', {}),
      headers: { 'retry-after': '1' },
    }
  }
  const status = fastifyError.statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code =
      status === 429 ? 'rate_limited' : (fastifyError.code ?? 'bad_request').toLowerCase()
    return { status, body: wrap(code, fastifyError.message ?? 'bad request', {}) }
  }
  return { status: 500, body: wrap('internal_error', 'something went wrong on our side', {}) }
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body, headers } = describeError(error)
  if (status >= 500) request.log.error({ err: error }, 'request failed')
  // A body refused before or while it was read (anonymous, too large) would keep the connection
  // busy for as long as the client goes on sending: the answer closes it instead.
  if (request.raw.complete === false) void reply.header('connection', 'close')
  void reply
    .status(status)
    .headers(headers ?? {})
    .send({
      error: {
        ...body.error,
        details: { ...(body.error.details as object), requestId: request.id },
      },
    })
}

function wrap(code: string, message: string, details: unknown): ErrorBody {
  return { error: { code, message, details } }
}
