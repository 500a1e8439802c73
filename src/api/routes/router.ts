import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'

/** A resource's routes: a Fastify plugin typed by its zod schemas. */
export type Router = FastifyPluginAsyncZod
