import { z } from 'zod'
import { authenticate, endSession, registerAccount, startSession } from '../../accounts/index.js'
import { clearSessionCookie, requireAccount, setSessionCookie } from '../auth.js'
import { accountView, presentAccount } from '../presenters/account-presenter.js'
import { commonErrors, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

const credentials = z.object({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(1024),
})

export const accountRoutes: Router = async (app) => {
  const { db } = app.platform
  const tags = ['accounts']

  app.post(
    '/auth/register',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Create an account (freelancer and client in one) and sign in',
        tags,
        body: credentials.extend({ displayName: z.string().min(1).max(100) }),
        response: { 201: z.object({ account: accountView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = await registerAccount(db, request.body)
      const session = await startSession(db, account.id, 'cookie')
      setSessionCookie(reply, session.token)
      return reply.status(201).send({ account: presentAccount(account) })
    },
  )

  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in with email and password; sets the session cookie',
        tags,
        body: credentials,
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
        summary: 'Exchange email and password for a bearer token (API clients)',
        tags,
        body: credentials,
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
}
