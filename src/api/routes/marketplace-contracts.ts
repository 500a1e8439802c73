import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Actor, Contract, IdempotentAnswer } from '../../marketplace/index.js'
import { MAX_IDEMPOTENCY_KEY_LENGTH, MAX_MOVEMENT_CENTS } from '../../marketplace/index.js'
import { requireAccount } from '../auth.js'
import {
  balancesView,
  contractView,
  ledgerReportView,
  milestoneView,
  moneyAnswerView,
  payoutView,
} from '../presenters/marketplace-presenter.js'
import { commonErrors, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]
const milestoneParams = z.object({ milestoneId: z.string().min(1).max(64) })
const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .max(MAX_IDEMPOTENCY_KEY_LENGTH)
    .optional()
    .describe('A unique string per request: the same key and body get the first answer again'),
})
const moneyErrors = { ...commonErrors, 422: errorSchema, 503: errorSchema }

function actorOf(request: FastifyRequest): Exclude<Actor, { kind: 'scheduler' }> {
  const account = requireAccount(request)
  return account.role === 'administrator'
    ? { kind: 'administrator', id: account.id }
    : { kind: 'member', id: account.id }
}

function presentContract(contract: Contract): z.infer<typeof contractView> {
  return { ...contract, milestones: contract.milestones.map((m) => ({ ...m })) }
}

function sendAnswer<T>(reply: FastifyReply, answer: IdempotentAnswer<T>) {
  if (answer.replayed) void reply.header('idempotent-replayed', 'true')
  return reply.status(answer.status as 200).send(answer.body as never)
}

/** Contracts, milestones, escrow money, balances, payouts and the ledger check. */
export const marketplaceContractRoutes: Router = async (app) => {
  const marketplace = app.platform.marketplace
  if (!marketplace) return
  const tags = ['marketplace']

  app.get(
    '/me/contracts',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Contracts where you are the client or the freelancer',
        tags,
        security,
        response: { 200: z.object({ contracts: z.array(contractView) }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return { contracts: (await marketplace.myContracts(account.id)).map(presentContract) }
    },
  )

  app.get(
    '/contracts/:contractId',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'A contract with its milestones and the money in escrow, to its parties',
        tags,
        security,
        params: z.object({ contractId: z.string().min(1).max(64) }),
        response: { 200: z.object({ contract: contractView }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const contract = await marketplace.viewContract(
        { id: account.id, administrator: account.role === 'administrator' },
        request.params.contractId,
      )
      return { contract: presentContract(contract) }
    },
  )

  app.post(
    '/contracts/:contractId/end',
    {
      config: { access: 'signed_in' },
      schema: {
        summary:
          'End a contract with nothing in escrow: cancel before funding, by agreement after (one side asks, the other agrees), or as an administrator',
        tags,
        security,
        params: z.object({ contractId: z.string().min(1).max(64) }),
        response: {
          200: z.object({
            ended: z.boolean(),
            reason: z.enum(['completed', 'cancelled', 'mutual', 'administrator']).optional(),
            waitingFor: z.enum(['client', 'freelancer']).optional(),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return marketplace.endContract(
        { id: account.id, administrator: account.role === 'administrator' },
        request.params.contractId,
      )
    },
  )

  const work = {
    submit: 'Submit the work of a funded milestone (the freelancer)',
    'request-changes': 'Ask for changes to submitted work (the client)',
    approve: 'Approve submitted work (the client); release then pays it',
    dispute: 'Open a dispute on a milestone with money in escrow (either side)',
  } as const
  for (const [path, summary] of Object.entries(work) as [keyof typeof work, string][]) {
    app.post(
      `/milestones/:milestoneId/${path}`,
      {
        config: { access: 'signed_in' },
        schema: {
          summary,
          tags,
          security,
          params: milestoneParams,
          body: z.object({ note: z.string().trim().min(1).max(10_000).optional() }).default({}),
          response: { 200: z.object({ milestone: milestoneView }), ...commonErrors },
        },
      },
      async (request) => {
        const milestone = await marketplace.changeMilestone(
          actorOf(request),
          request.params.milestoneId,
          path === 'request-changes' ? 'request_changes' : path,
          request.body.note ?? null,
        )
        return { milestone }
      },
    )
  }

  const money = {
    fund: [
      'Fund a milestone: its amount goes into escrow through the payment provider',
      marketplace.fundMilestone,
    ],
    release: [
      'Release approved work: escrow to the freelancer, less the platform fee',
      marketplace.releaseMilestone,
    ],
    refund: [
      'Refund escrow to the client (the client before submission; the freelancer any time)',
      marketplace.refundMilestone,
    ],
  } as const
  for (const [path, [summary, move]] of Object.entries(money) as [
    keyof typeof money,
    (typeof money)[keyof typeof money],
  ][]) {
    app.post(
      `/milestones/:milestoneId/${path}`,
      {
        config: { access: 'signed_in' },
        schema: {
          summary: `${summary}. Needs an Idempotency-Key`,
          tags,
          security,
          params: milestoneParams,
          headers: idempotencyHeaders,
          response: { 200: moneyAnswerView, ...moneyErrors },
        },
      },
      async (request, reply) =>
        sendAnswer(
          reply,
          await move({
            actor: actorOf(request),
            milestoneId: request.params.milestoneId,
            idempotencyKey: request.headers['idempotency-key'],
            body: request.body ?? null,
          }),
        ),
    )
  }

  app.post(
    '/milestones/:milestoneId/resolution',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Resolve a dispute (an administrator): release `releaseCents` to the freelancer, refund the rest. Needs an Idempotency-Key',
        tags,
        security,
        params: milestoneParams,
        headers: idempotencyHeaders,
        body: z.object({ releaseCents: z.number().int().min(0).max(MAX_MOVEMENT_CENTS) }),
        response: { 200: moneyAnswerView, ...moneyErrors },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await marketplace.resolveDispute({
          actor: actorOf(request),
          milestoneId: request.params.milestoneId,
          idempotencyKey: request.headers['idempotency-key'],
          body: request.body,
          releaseCents: request.body.releaseCents,
        }),
      ),
  )

  app.get(
    '/me/balances',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Your balances, summed from the ledger',
        tags,
        security,
        response: { 200: z.object({ balances: balancesView }), ...commonErrors },
      },
    },
    async (request) => ({ balances: await marketplace.balancesFor(requireAccount(request).id) }),
  )

  app.post(
    '/me/payouts',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Pay out earned money through the payment provider. Needs an Idempotency-Key',
        tags,
        security,
        headers: idempotencyHeaders,
        body: z.object({ amountCents: z.number().int().min(1).max(MAX_MOVEMENT_CENTS) }),
        response: { 200: payoutView, ...moneyErrors },
      },
    },
    async (request, reply) =>
      sendAnswer(
        reply,
        await marketplace.requestPayout({
          userId: requireAccount(request).id,
          amountCents: request.body.amountCents,
          idempotencyKey: request.headers['idempotency-key'],
          body: request.body,
        }),
      ),
  )

  app.get(
    '/ledger/check',
    {
      config: { access: 'administrator' },
      schema: {
        summary: 'Check every ledger invariant (an administrator)',
        tags,
        security,
        response: { 200: ledgerReportView, ...commonErrors },
      },
    },
    async () => {
      const report = await marketplace.checkLedger()
      return { ...report, violations: [...report.violations] }
    },
  )

  app.post(
    '/marketplace/scheduled-work',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Run the scheduled work now: weekly invoices of hourly time, auto-approval of work left 14 days',
        tags,
        security,
        response: {
          200: z.object({ invoiced: z.number().int(), autoApproved: z.number().int() }),
          ...commonErrors,
        },
      },
    },
    async () => marketplace.runScheduledWork(),
  )
}
