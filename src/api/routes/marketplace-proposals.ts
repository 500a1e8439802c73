import { z } from 'zod'
import { MAX_MOVEMENT_CENTS } from '../../marketplace/index.js'
import { requireAccount } from '../auth.js'
import {
  messageView,
  presentMessage,
  presentProposal,
  proposalView,
} from '../presenters/marketplace-presenter.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]
const params = z.object({ proposalId: z.string().min(1).max(64) })
const proposalAnswer = { 200: z.object({ proposal: proposalView }), ...commonErrors }

/** A proposal's life: shortlist, decline, withdraw, interview messages, offer, accept. */
export const marketplaceProposalRoutes: Router = async (app) => {
  const marketplace = app.platform.marketplace
  if (!marketplace) return
  const tags = ['marketplace']

  app.get(
    '/me/proposals',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Your proposals, newest first',
        tags,
        security,
        response: { 200: z.object({ proposals: z.array(proposalView) }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return { proposals: (await marketplace.myProposals(account.id)).map(presentProposal) }
    },
  )

  app.get(
    '/proposals/:proposalId',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'A proposal, to its freelancer or the job’s client',
        tags,
        security,
        params,
        response: proposalAnswer,
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return {
        proposal: presentProposal(
          await marketplace.viewProposal(account.id, request.params.proposalId),
        ),
      }
    },
  )

  const moves = {
    shortlist: 'Shortlist an applicant (the client); opens the interview thread',
    decline: 'Decline an applicant (the client)',
    withdraw: 'Withdraw your proposal (the freelancer)',
  } as const
  for (const [action, summary] of Object.entries(moves) as [keyof typeof moves, string][]) {
    app.post(
      `/proposals/:proposalId/${action}`,
      {
        config: { access: 'signed_in' },
        schema: { summary, tags, security, params, response: proposalAnswer },
      },
      async (request) => {
        const account = requireAccount(request)
        return {
          proposal: presentProposal(
            await marketplace.changeProposal(account.id, request.params.proposalId, action),
          ),
        }
      },
    )
  }

  app.post(
    '/proposals/:proposalId/offer',
    {
      config: { access: 'signed_in' },
      schema: {
        summary:
          'Offer a contract to a shortlisted applicant: milestones and amounts (fixed price) or an hourly rate (hourly)',
        tags,
        security,
        params,
        body: z.object({
          milestones: z
            .array(
              z.object({
                title: z.string().trim().min(1).max(200),
                amountCents: z.number().int().min(1).max(MAX_MOVEMENT_CENTS),
              }),
            )
            .max(50)
            .default([]),
          hourlyRateCents: z.number().int().min(1).max(MAX_MOVEMENT_CENTS).optional(),
        }),
        response: proposalAnswer,
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return {
        proposal: presentProposal(
          await marketplace.offerContract(account.id, request.params.proposalId, request.body),
        ),
      }
    },
  )

  app.post(
    '/proposals/:proposalId/accept',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Accept the offer (the freelancer): the contract starts, waiting for funding',
        tags,
        security,
        params,
        response: {
          200: z.object({ proposal: proposalView, contractId: z.string() }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const { proposal, contractId } = await marketplace.acceptOffer(
        account.id,
        request.params.proposalId,
      )
      return { proposal: presentProposal(proposal), contractId }
    },
  )

  app.get(
    '/proposals/:proposalId/messages',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'The interview thread; `after` (a message id) returns only newer messages',
        tags,
        security,
        params,
        querystring: z.object({ after: z.string().min(1).max(64).optional() }),
        response: { 200: z.object({ messages: z.array(messageView) }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const messages = await marketplace.listMessages(
        account.id,
        request.params.proposalId,
        request.query.after,
      )
      return { messages: messages.map(presentMessage) }
    },
  )

  app.post(
    '/proposals/:proposalId/messages',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Write in the interview thread, optionally proposing time slots',
        tags,
        security,
        params,
        body: z.object({
          body: z.string().trim().min(1).max(10_000),
          slots: z
            .array(z.iso.datetime({ offset: true }))
            .max(10)
            .default([]),
        }),
        response: { 201: z.object({ message: messageView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const message = await marketplace.postMessage(
        account.id,
        request.params.proposalId,
        request.body,
      )
      return reply.status(201).send({ message: presentMessage(message) })
    },
  )
}
