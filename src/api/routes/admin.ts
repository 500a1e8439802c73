import { z } from 'zod'
import { changeRole, listAccounts, MAX_ACCOUNTS_PAGE } from '../../accounts/index.js'
import {
  credentialStatus,
  credentialStatusEvents,
  learnerCredentials,
} from '../../credentials/index.js'
import { requireAccount } from '../auth.js'
import { accountView, presentAccount } from '../presenters/account-presenter.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]

const statusEventView = z.object({
  action: z.string(),
  reason: z.string(),
  at: z.string(),
})

const adminCredentialView = z.object({
  id: z.string(),
  kind: z.enum(['open-badge', 'clr']),
  testId: z.string().nullable(),
  pathwayId: z.string().nullable(),
  issuedAt: z.string(),
  status: z.enum(['active', 'revoked', 'suspended']),
  /** Every status change with the reason given, oldest first: why a credential is as it is. */
  history: z.array(statusEventView),
})

/** What the administrators' console reads: accounts, and each account's credentials with reasons. */
export const adminRoutes: Router = async (app) => {
  const { db } = app.platform
  const tags = ['administration']

  app.get(
    '/admin/users',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Accounts newest first, optionally those whose name or email contains q (administrators)',
        tags,
        security,
        querystring: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(MAX_ACCOUNTS_PAGE).default(50),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: {
          200: z.object({ users: z.array(accountView), total: z.number().int() }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const found = await listAccounts(db, request.query)
      return { users: found.accounts.map(presentAccount), total: found.total }
    },
  )

  app.get(
    '/admin/users/:userId/credentials',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          "An account's credentials with their status and every status change's reason (administrators)",
        tags,
        security,
        params: z.object({ userId: z.string().min(1).max(64) }),
        response: {
          200: z.object({ credentials: z.array(adminCredentialView) }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const records = await learnerCredentials(db, request.params.userId)
      const credentials = await Promise.all(
        records.map(async (record) => ({
          id: record.id,
          kind: record.kind,
          testId: record.testId,
          pathwayId: record.pathwayId,
          issuedAt: record.issuedAt.toISOString(),
          status: credentialStatus(record),
          history: (await credentialStatusEvents(db, record.id)).map((event) => ({
            action: event.action,
            reason: event.reason,
            at: new Date(event.at).toISOString(),
          })),
        })),
      )
      return { credentials }
    },
  )

  app.put(
    '/admin/users/:userId/role',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          "Give another account a role (administrators; never one's own, so an administrator remains)",
        tags,
        security,
        params: z.object({ userId: z.string().min(1).max(64) }),
        body: z.object({ role: z.enum(['member', 'analyst', 'administrator']) }),
        response: { 200: z.object({ user: accountView }), ...commonErrors },
      },
    },
    async (request) => {
      const user = await changeRole(db, {
        actorId: requireAccount(request).id,
        userId: request.params.userId,
        role: request.body.role,
      })
      return { user: presentAccount(user) }
    },
  )
}
