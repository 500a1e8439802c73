import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  type Account,
  accountForToken,
  type Role,
  SESSION_LIFETIME_SECONDS,
} from '../accounts/index.js'
import { DomainError } from '../shared/index.js'

/**
 * The `__Host-` prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/,
 * so a sibling subdomain cannot plant or read it.
 */
export const SESSION_COOKIE = '__Host-skillsignal_session'

/** Resolves `request.account` from the bearer token, else the session cookie. */
export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest('account', null)
  app.decorateRequest('sessionToken', null)
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request) ?? request.cookies[SESSION_COOKIE] ?? null
    if (!token || token.length > 100) return
    const account = await accountForToken(app.platform.db, token)
    if (account) {
      request.account = account
      request.sessionToken = token
    }
  })
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1] ?? null
}

/** The signed-in account, or a 401. */
export function requireAccount(request: FastifyRequest): Account {
  if (!request.account) {
    throw new DomainError(
      'unauthenticated',
      'sign_in_required',
      'sign in first (session cookie or bearer token)',
    )
  }
  return request.account
}

/** The signed-in account if it has one of `roles`, or a 401/403. */
export function requireRole(request: FastifyRequest, ...roles: readonly Role[]): Account {
  const account = requireAccount(request)
  if (!roles.includes(account.role)) {
    throw new DomainError('forbidden', 'role_required', `this needs the role ${roles.join(' or ')}`)
  }
  return account
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    maxAge: SESSION_LIFETIME_SECONDS.cookie,
  })
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
  })
}
