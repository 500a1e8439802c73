import { z } from 'zod'
import {
  accountRecords,
  authenticate,
  beginTwoFactor,
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  endAllSessions,
  endSession,
  endSessionById,
  eraseAccount,
  listSessions,
  requestEmailVerification,
  requestPasswordReset,
  resetPassword,
  signUp,
  startSession,
  verifyEmail,
} from '../../accounts/index.js'
import {
  forgetHolderDidOnErasure,
  learnerCredentials,
  savedHolderDid,
} from '../../credentials/index.js'
import { DomainError } from '../../shared/index.js'
import { clearSessionCookie, requireAccount, setSessionCookie } from '../auth.js'
import { accountView, presentAccount } from '../presenters/account-presenter.js'
import { commonErrors, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

const credentials = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
})
const signIn = credentials.extend({
  code: z.string().max(10).optional().describe('the authenticator code, when two-factor is on'),
})
const totpCode = z.string().max(10)
const sessionView = z.object({
  id: z.string(),
  kind: z.enum(['cookie', 'bearer']),
  createdAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
})

/** Sign-ups per client address: enough for a household or an office, not for a script. */
export const REGISTRATION_RATE_LIMIT = { max: 20, timeWindow: '10 minutes' } as const
/** Reset mails per client address: a forgetful person needs two or three. */
export const RESET_RATE_LIMIT = { max: 5, timeWindow: '10 minutes' } as const

/**
 * Where mailed links point: the public URL when configured; in development the request's own
 * origin, but only a loopback one, so a forged Host header cannot send links elsewhere.
 */
function linkOrigin(publicUrl: string | null, host: string): string {
  if (publicUrl) return publicUrl
  return /^(localhost|127\.0\.0\.1|\[::1\])(:[0-9]{1,5})?$/.test(host)
    ? `http://${host}`
    : 'http://localhost'
}

export const accountRoutes: Router = async (app) => {
  const { db, attempts } = app.platform
  const tags = ['accounts']

  app.post(
    '/auth/register',
    {
      config: { access: 'public', rateLimit: REGISTRATION_RATE_LIMIT },
      schema: {
        summary:
          'Sign up (freelancer and client in one): a link to confirm the address is mailed; the same answer whether or not the address has an account',
        tags,
        body: credentials.extend({ displayName: z.string().min(1).max(100) }),
        response: {
          202: z.object({
            email: z.string().describe('where the mail went'),
            next: z.literal('confirm_email').describe('open the mailed link, then sign in'),
          }),
          429: errorSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      // No session and no account in the answer: either would tell a taken address from a new one.
      const receipt = await signUp(
        db,
        request.body,
        linkOrigin(app.platform.publicUrl, request.host),
      )
      return reply.status(202).send({ email: receipt.email, next: 'confirm_email' as const })
    },
  )

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in with email and password (and code); sets the session cookie',
        tags,
        body: signIn,
        response: { 200: z.object({ account: accountView }), 429: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = await authenticate(db, request.body, request.ip)
      const session = await startSession(db, account.id, 'cookie')
      setSessionCookie(reply, session.token)
      return { account: presentAccount(account) }
    },
  )

  app.post(
    '/auth/tokens',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Exchange email and password (and code) for a bearer token (API clients)',
        tags,
        body: signIn,
        response: {
          201: z.object({ token: z.string(), expiresAt: z.string(), account: accountView }),
          429: errorSchema,
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const account = await authenticate(db, request.body, request.ip)
      const session = await startSession(db, account.id, 'bearer')
      return reply.status(201).send({
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        account: presentAccount(account),
      })
    },
  )

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        summary: 'End this session or revoke this token',
        tags,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (request.sessionToken) await endSession(db, request.sessionToken)
      clearSessionCookie(reply)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/me',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'The signed-in account',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        response: { 200: z.object({ account: accountView }), ...commonErrors },
      },
    },
    async (request) => ({ account: presentAccount(requireAccount(request)) }),
  )

  // The app asks this on every page; a visitor is an answer, not an error, so no 401 is logged.
  app.get(
    '/auth/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Who is signed in on this session, or null for a visitor',
        tags,
        response: { 200: z.object({ account: accountView.nullable() }), ...commonErrors },
      },
    },
    async (request) => ({
      account: request.account ? presentAccount(request.account) : null,
    }),
  )

  const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]

  app.get(
    '/me/sessions',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: "The account's live sessions and tokens; `current` marks this one",
        tags,
        security,
        response: { 200: z.object({ sessions: z.array(sessionView) }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const sessions = await listSessions(db, account.id, request.sessionToken)
      return {
        sessions: sessions.map((session) => ({
          ...session,
          createdAt: session.createdAt.toISOString(),
          expiresAt: session.expiresAt.toISOString(),
        })),
      }
    },
  )

  app.delete(
    '/me/sessions/:sessionId',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Sign one session or token out',
        tags,
        security,
        params: z.object({ sessionId: z.string().max(64) }),
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      if (!(await endSessionById(db, account.id, request.params.sessionId))) {
        throw new DomainError('not_found', 'session_not_found', 'there is no such live session')
      }
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/me/sessions/sign-out-everywhere',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'End every session and token of the account, this one included',
        tags,
        security,
        response: { 200: z.object({ sessionsEnded: z.number() }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const sessionsEnded = await endAllSessions(db, account.id)
      clearSessionCookie(reply)
      return { sessionsEnded }
    },
  )

  app.put(
    '/me/password',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Change the password; every other session and token is signed out',
        tags,
        security,
        body: z.object({
          currentPassword: z.string().min(1).max(1024),
          newPassword: z.string().min(1).max(1024),
        }),
        response: { 200: z.object({ sessionsEnded: z.number() }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return changePassword(db, account.id, request.body, request.sessionToken)
    },
  )

  app.post(
    '/me/two-factor',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Start two-factor set-up: a TOTP secret and its otpauth URI for an app',
        tags,
        security,
        response: { 201: z.object({ secret: z.string(), uri: z.string() }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      return reply.status(201).send(await beginTwoFactor(db, account.id))
    },
  )

  app.post(
    '/me/two-factor/confirmation',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Turn two-factor sign-in on with a first code from the app',
        tags,
        security,
        body: z.object({ code: totpCode }),
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await confirmTwoFactor(db, requireAccount(request).id, request.body.code)
      return reply.status(204).send(null)
    },
  )

  app.delete(
    '/me/two-factor',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Turn two-factor sign-in off (password and a current code)',
        tags,
        security,
        body: z.object({ password: z.string().min(1).max(1024), code: totpCode }),
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await disableTwoFactor(db, requireAccount(request).id, request.body)
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/me/export',
    {
      config: { access: 'signed_in' },
      schema: {
        summary:
          'Your account, sessions, account events, certifications and credentials as JSON (GDPR access and portability)',
        tags,
        security,
        response: { 200: z.record(z.string(), z.unknown()), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const records = {
        ...(await accountRecords(db, account.id, request.sessionToken)),
        certifications: await attempts.listCertifications(db, account.id),
        credentials: await learnerCredentials(db, account.id),
        credentialHolderDid: await savedHolderDid(db, account.id),
      }
      return reply
        .header('content-disposition', 'attachment; filename="skillsignal-account.json"')
        .send(JSON.parse(JSON.stringify(records)))
    },
  )

  app.delete(
    '/me',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Erase the account (password required); every session ends',
        tags,
        security,
        body: z.object({ password: z.string().min(1).max(1024) }),
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await eraseAccount(db, requireAccount(request).id, request.body.password, [
        forgetHolderDidOnErasure,
      ])
      clearSessionCookie(reply)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/me/email-verification',
    {
      config: { access: 'signed_in', rateLimit: RESET_RATE_LIMIT },
      schema: {
        summary: 'Mail a new link that proves the account email (nothing when proven already)',
        tags,
        security,
        response: { 202: z.null(), 429: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const origin = linkOrigin(app.platform.publicUrl, request.host)
      await requestEmailVerification(db, requireAccount(request).id, origin)
      return reply.status(202).send(null)
    },
  )

  app.post(
    '/auth/email-verification',
    {
      config: { access: 'public' },
      schema: {
        summary: "Prove the account's email with the token of the mailed link",
        tags,
        body: z.object({ token: z.string().min(1).max(100) }),
        response: { 200: z.object({ account: accountView }), ...commonErrors },
      },
    },
    async (request) => ({ account: presentAccount(await verifyEmail(db, request.body.token)) }),
  )

  app.post(
    '/auth/password-reset',
    {
      config: { access: 'public', rateLimit: RESET_RATE_LIMIT },
      schema: {
        summary: 'Mail a password reset link, if the email has an account (same answer either way)',
        tags,
        body: z.object({ email: z.string().min(1).max(320) }),
        response: { 202: z.null(), 429: errorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      const origin = linkOrigin(app.platform.publicUrl, request.host)
      await requestPasswordReset(db, request.body.email, origin)
      return reply.status(202).send(null)
    },
  )

  app.post(
    '/auth/password-reset/confirmation',
    {
      config: { access: 'public' },
      schema: {
        summary: "Set a new password with the reset link's token; every session is signed out",
        tags,
        body: z.object({
          token: z.string().min(1).max(100),
          newPassword: z.string().min(1).max(1024),
        }),
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      await resetPassword(db, request.body.token, request.body.newPassword)
      return reply.status(204).send(null)
    },
  )
}
