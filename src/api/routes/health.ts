import { sql } from 'kysely'
import { z } from 'zod'
import type { Router } from './router.js'

export const healthRoutes: Router = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Liveness and database check',
        tags: ['platform'],
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
          503: z.object({ status: z.literal('unavailable'), database: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(app.platform.db)
        return { status: 'ok' as const, database: 'ok' as const }
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: 'unreachable' })
      }
    },
  )
}
