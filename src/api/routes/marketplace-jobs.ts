import { z } from 'zod'
import { CATEGORIES } from '../../assessment/index.js'
import { MAX_MOVEMENT_CENTS } from '../../marketplace/index.js'
import { requireAccount } from '../auth.js'
import {
  jobView,
  presentJob,
  presentProfile,
  presentProposal,
  profileView,
  proposalView,
} from '../presenters/marketplace-presenter.js'
import { commonErrors } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]
const id = z.string().min(1).max(64)
const cents = z.number().int().min(1).max(MAX_MOVEMENT_CENTS)
const label = z.string().trim().min(1).max(80)

const newJob = z.object({
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().min(1).max(20_000),
  category: z.enum(CATEGORIES as unknown as [string, ...string[]]),
  skills: z.array(label).max(30).default([]),
  requiredTests: z.array(z.string().min(1).max(200)).max(10).default([]),
  kind: z.enum(['fixed', 'hourly']),
  budgetCents: cents,
  visibility: z.enum(['public', 'unlisted']).default('public'),
  open: z.boolean().default(true),
})

/** Profiles, jobs and applying to them. */
export const marketplaceJobRoutes: Router = async (app) => {
  const marketplace = app.platform.marketplace
  if (!marketplace) return
  const tags = ['marketplace']

  app.put(
    '/me/profile',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Write your marketplace profile (one account acts as freelancer and client)',
        tags,
        security,
        body: z.object({
          headline: z.string().trim().max(200).default(''),
          hourlyRateCents: cents.nullable().default(null),
          skills: z.array(label).max(30).default([]),
          organisation: z.string().trim().min(1).max(200).nullable().default(null),
        }),
        response: { 200: z.object({ profile: profileView }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return { profile: presentProfile(await marketplace.saveProfile(account.id, request.body)) }
    },
  )

  app.get(
    '/profiles/:userId',
    {
      config: { access: 'public' },
      schema: {
        summary: 'A public profile: headline, rate, skills, verified certifications, record',
        tags,
        params: z.object({ userId: id }),
        response: { 200: z.object({ profile: profileView }), ...commonErrors },
      },
    },
    async (request) => ({
      profile: presentProfile(await marketplace.viewProfile(request.params.userId)),
    }),
  )

  app.post(
    '/jobs',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Post a job (opened at once unless `open` is false, which keeps a draft)',
        tags,
        security,
        body: newJob,
        response: { 201: z.object({ job: jobView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const job = await marketplace.createJob(account.id, request.body)
      return reply.status(201).send({ job: presentJob(job) })
    },
  )

  app.get(
    '/jobs',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Search open jobs by text, category, skill and budget, one page at a time',
        tags,
        querystring: z.object({
          q: z.string().max(200).optional(),
          category: z.string().max(80).optional(),
          skill: z.string().max(80).optional(),
          minBudgetCents: z.coerce.number().int().min(0).max(MAX_MOVEMENT_CENTS).optional(),
          maxBudgetCents: z.coerce.number().int().min(0).max(MAX_MOVEMENT_CENTS).optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({ jobs: z.array(jobView), total: z.number().int() }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const { q, ...rest } = request.query
      const found = await marketplace.searchJobs({ ...rest, text: q })
      return { jobs: found.jobs.map(presentJob), total: found.total }
    },
  )

  app.get(
    '/me/jobs',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'The jobs you posted, drafts and closed ones included',
        tags,
        security,
        response: {
          200: z.object({ jobs: z.array(jobView), total: z.number().int() }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const found = await marketplace.searchJobs({ clientId: account.id, page: 1, pageSize: 100 })
      return { jobs: found.jobs.map(presentJob), total: found.total }
    },
  )

  app.get(
    '/jobs/:jobId',
    {
      config: { access: 'public' },
      schema: {
        summary: 'A job (a draft only to its client)',
        tags,
        params: z.object({ jobId: id }),
        response: { 200: z.object({ job: jobView }), ...commonErrors },
      },
    },
    async (request) => ({
      job: presentJob(await marketplace.viewJob(request.params.jobId, request.account?.id ?? null)),
    }),
  )

  for (const action of ['open', 'close', 'cancel'] as const) {
    app.post(
      `/jobs/:jobId/${action}`,
      {
        config: { access: 'signed_in' },
        schema: {
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} your job`,
          tags,
          security,
          params: z.object({ jobId: id }),
          response: { 200: z.object({ job: jobView }), ...commonErrors },
        },
      },
      async (request) => {
        const account = requireAccount(request)
        return {
          job: presentJob(
            await marketplace.changeJobStatus(account.id, request.params.jobId, action),
          ),
        }
      },
    )
  }

  app.post(
    '/jobs/:jobId/proposals',
    {
      config: { access: 'signed_in' },
      schema: {
        summary:
          'Apply to an open job; its required certifications must be held now. Your record is kept with the proposal',
        tags,
        security,
        params: z.object({ jobId: id }),
        body: z.object({ coverLetter: z.string().trim().min(1).max(10_000), bidCents: cents }),
        response: { 201: z.object({ proposal: proposalView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const proposal = await marketplace.applyToJob(account.id, request.params.jobId, request.body)
      return reply.status(201).send({ proposal: presentProposal(proposal) })
    },
  )

  app.get(
    '/jobs/:jobId/proposals',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: "Your job's applicants side by side, each with the record they applied with",
        tags,
        security,
        params: z.object({ jobId: id }),
        response: { 200: z.object({ proposals: z.array(proposalView) }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const proposals = await marketplace.proposalsForJob(account.id, request.params.jobId)
      return { proposals: proposals.map(presentProposal) }
    },
  )
}
