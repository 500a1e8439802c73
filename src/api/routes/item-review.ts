import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import {
  advanceItem,
  attemptItemAsset,
  ITEM_LIFECYCLES,
  MAX_REVIEW_NOTE,
  MAX_REVIEW_PAGE,
  REVIEW_STAGES,
  reviewQueue,
} from '../../assessment/index.js'
import { DomainError } from '../../shared/index.js'
import { requireAccount, requireRole } from '../auth.js'
import { commonErrors, decimalInteger } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]
const itemParams = z.object({ itemId: z.string().min(1).max(200) })

const reviewItemView = z.object({
  id: z.string(),
  testId: z.string(),
  domain: z.string(),
  kind: z.enum(['single', 'multiple']),
  lifecycle: z.enum(ITEM_LIFECYCLES),
  stem: z.string(),
  options: z.array(z.object({ id: z.string(), markdown: z.string() })),
  /** Null for drafts: their reviewer finds the key without being shown it. */
  keys: z.array(z.string()).nullable(),
  authorId: z.string().nullable(),
  lastStep: z
    .object({ to: z.string(), actorId: z.string(), note: z.string(), at: z.string() })
    .nullable(),
})

/** The review workflow: items waiting at a stage, and the steps that move them (administrators). */
export const itemReviewRoutes: Router = async (app) => {
  const { db } = app.platform
  const tags = ['item review']

  app.get(
    '/admin/items',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Items waiting at one review stage, oldest change first; drafts without their key (administrators)',
        tags,
        security,
        querystring: z.object({
          stage: z.enum(REVIEW_STAGES).default('draft'),
          testId: z.string().min(1).max(200).optional(),
          limit: decimalInteger(1, MAX_REVIEW_PAGE).default(20),
          offset: decimalInteger(0, 1_000_000).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(reviewItemView),
            total: z.number().int(),
            unassigned: z.number().int(),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const queue = await reviewQueue(db, request.query)
      return {
        total: queue.total,
        unassigned: queue.unassigned,
        items: queue.items.map(({ item, authorId, lastStep }) => ({
          id: item.id,
          testId: item.testId,
          domain: item.domain,
          kind: item.kind,
          lifecycle: item.lifecycle,
          stem: item.stem,
          options: item.options.map((o) => ({ id: o.id, markdown: o.markdown })),
          keys: item.lifecycle === 'draft' ? null : [...item.keys],
          authorId,
          lastStep: lastStep ? { ...lastStep, at: lastStep.at.toISOString() } : null,
        })),
      }
    },
  )

  app.post(
    '/admin/items/:itemId/steps',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Move an item one step: draft → review (by someone other than its author, who states the key), review → pretest (options fit for delivery), pretest → operational (enough responses, facility and discrimination), back to draft, or retired (administrators)',
        tags,
        security,
        params: itemParams,
        body: z.object({
          to: z.enum(ITEM_LIFECYCLES),
          note: z.string().max(MAX_REVIEW_NOTE),
          key: z.array(z.string().min(1).max(8)).max(26).optional(),
        }),
        response: {
          200: z.object({
            step: z.object({
              itemId: z.string(),
              step: z.number().int(),
              from: z.string(),
              to: z.string(),
              at: z.string(),
            }),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const reviewer = requireRole(request, 'administrator')
      const step = await advanceItem(
        db,
        { itemId: request.params.itemId, actorId: reviewer.id, ...request.body },
        new Date(),
      )
      return {
        step: {
          itemId: step.itemId,
          step: step.step,
          from: step.from,
          to: step.to,
          at: step.at.toISOString(),
        },
      }
    },
  )

  app.get(
    '/admin/items/:itemId/assets/*',
    {
      config: { access: 'administrator' },
      schema: {
        summary: 'An image an item shows, under the path its Markdown uses (administrators)',
        tags,
        security,
        params: itemParams.extend({ '*': z.string().min(1).max(500) }),
      },
    },
    async (request, reply) => {
      const asset = await db
        .selectFrom('assessment_item_assets')
        .select(['media_type', 'bytes'])
        .where('item_id', '=', request.params.itemId)
        .where('path', '=', request.params['*'])
        .executeTakeFirst()
      if (!asset)
        throw new DomainError(
          'not_found',
          'asset_not_found',
          `item ${request.params.itemId} shows no image ${request.params['*']}`,
        )
      return sendImage(reply, asset.media_type, asset.bytes)
    },
  )

  app.get(
    '/attempts/:attemptId/items/:position/assets/*',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'An image a question of your attempt shows, under the path its Markdown uses',
        tags: ['attempts'],
        security,
        params: z.object({
          attemptId: z.string().min(1).max(64),
          position: decimalInteger(1, 1000),
          '*': z.string().min(1).max(500),
        }),
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const asset = await attemptItemAsset(db, {
        attemptId: request.params.attemptId,
        candidateId: account.id,
        position: request.params.position,
        path: request.params['*'],
      })
      return sendImage(reply, asset.mediaType, asset.bytes)
    },
  )
}

function sendImage(reply: FastifyReply, mediaType: string, bytes: Uint8Array) {
  return (
    reply
      .header('content-type', mediaType)
      .header('x-content-type-options', 'nosniff')
      // An imported SVG may hold script: opened on its own it runs nothing.
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
      .send(Buffer.from(bytes))
  )
}
