import { z } from 'zod'
import { requireAccount } from '../auth.js'
import { commonErrors, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]

/** Time logged on hourly contracts; the weekly invoice bills it. */
export const marketplaceTimeLogRoutes: Router = async (app) => {
  const marketplace = app.platform.marketplace
  if (!marketplace) return
  const tags = ['marketplace']

  const timeLogView = z.object({
    id: z.string(),
    contractId: z.string(),
    workDate: z.string(),
    minutes: z.number().int(),
    note: z.string(),
    invoiceMilestoneId: z.string().nullable(),
  })
  const contractParams = z.object({ contractId: z.string().min(1).max(64) })

  app.post(
    '/contracts/:contractId/time-logs',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Log time on an hourly contract (the freelancer); invoiced with its week',
        tags,
        security,
        params: contractParams,
        body: z.object({
          workDate: z.iso.date(),
          minutes: z.number().int().min(1).max(1440),
          note: z.string().trim().max(2_000).default(''),
        }),
        response: { 201: z.object({ timeLog: timeLogView }), ...commonErrors, 422: errorSchema },
      },
    },
    async (request, reply) => {
      const timeLog = await marketplace.logTime(
        requireAccount(request).id,
        request.params.contractId,
        request.body,
      )
      return reply.status(201).send({ timeLog })
    },
  )

  app.get(
    '/contracts/:contractId/time-logs',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: "An hourly contract's time logs, each with the invoice that billed it",
        tags,
        security,
        params: contractParams,
        response: { 200: z.object({ timeLogs: z.array(timeLogView) }), ...commonErrors },
      },
    },
    async (request) => ({
      timeLogs: await marketplace.timeLogsOf(requireAccount(request).id, request.params.contractId),
    }),
  )
}
