import { z } from 'zod'
import type { Notification, PublishedReview } from '../../marketplace/index.js'
import { requireAccount } from '../auth.js'
import { presentProfile, profileView } from '../presenters/marketplace-presenter.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]

const reviewView = z.object({
  id: z.string(),
  contractId: z.string(),
  authorSide: z.enum(['client', 'freelancer']),
  rating: z.number().int(),
  body: z.string(),
  submittedAt: z.string(),
})

const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  text: z.string(),
  link: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
})

function presentReview(r: Omit<PublishedReview, 'subjectId'>): z.infer<typeof reviewView> {
  return {
    id: r.id,
    contractId: r.contractId,
    authorSide: r.authorSide,
    rating: r.rating,
    body: r.body,
    submittedAt: r.submittedAt.toISOString(),
  }
}

function presentNotification(n: Notification): z.infer<typeof notificationView> {
  return { ...n, createdAt: n.createdAt.toISOString() }
}

/** Finding freelancers, reviews after a contract, and in-app notifications. */
export const marketplacePeopleRoutes: Router = async (app) => {
  const marketplace = app.platform.marketplace
  if (!marketplace) return
  const tags = ['marketplace']

  app.get(
    '/freelancers',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Find freelancers by skill, a certification held now, and a minimum rating',
        tags,
        querystring: z.object({
          skill: z.string().max(80).optional(),
          testId: z.string().max(200).optional(),
          minRating: z.coerce.number().min(1).max(5).optional(),
          page: z.coerce.number().int().min(1).max(1000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({ freelancers: z.array(profileView), total: z.number().int() }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const found = await marketplace.searchFreelancers(request.query)
      return { freelancers: found.freelancers.map(presentProfile), total: found.total }
    },
  )

  app.post(
    '/contracts/:contractId/reviews',
    {
      config: { access: 'signed_in' },
      schema: {
        summary:
          'Review the other side of an ended contract (1–5 and text); hidden until both are in or 14 days pass',
        tags,
        security,
        params: z.object({ contractId: z.string().min(1).max(64) }),
        body: z.object({
          rating: z.number().int().min(1).max(5),
          body: z.string().trim().min(1).max(5_000),
        }),
        response: { 201: z.object({ review: reviewView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const review = await marketplace.submitReview(
        account.id,
        request.params.contractId,
        request.body,
      )
      return reply.status(201).send({ review: presentReview(review) })
    },
  )

  app.get(
    '/profiles/:userId/reviews',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Published reviews of a user, newest first',
        tags,
        params: z.object({ userId: z.string().min(1).max(64) }),
        response: { 200: z.object({ reviews: z.array(reviewView) }), ...commonErrors },
      },
    },
    async (request) => ({
      reviews: (await marketplace.reviewsOf(request.params.userId)).map(presentReview),
    }),
  )

  app.get(
    '/me/notifications',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Your latest notifications and the unread count',
        tags,
        security,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            notifications: z.array(notificationView),
            unread: z.number().int(),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const list = await marketplace.listNotifications(account.id, request.query.limit)
      return { notifications: list.notifications.map(presentNotification), unread: list.unread }
    },
  )

  app.post(
    '/me/notifications/read',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Mark notifications read (all of them when no ids are given)',
        tags,
        security,
        body: z.object({ ids: z.array(z.string().min(1).max(64)).max(200).optional() }),
        response: { 200: z.object({ marked: z.number().int() }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return { marked: await marketplace.markNotificationsRead(account.id, request.body.ids) }
    },
  )
}
