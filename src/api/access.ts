import type { FastifyInstance } from 'fastify'
import type { Role } from '../accounts/index.js'
import { requireAccount, requireRole } from './auth.js'

/**
 * Who may call a route, declared on the route (`config: { access }`) and enforced as soon as the
 * request's session is known, before any of its body is read: an anonymous caller learns nothing
 * about a route's schema and cannot make the server read, parse or walk an upload. Ownership (my
 * attempt, my credential) is the handler's business on top of this.
 */
export type Access = 'public' | 'signed_in' | Extract<Role, 'analyst' | 'administrator'>

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
}

/** Analysts run studies; administrators may do everything analysts may. */
const ROLES_FOR: Record<Exclude<Access, 'public' | 'signed_in'>, readonly Role[]> = {
  analyst: ['analyst', 'administrator'],
  administrator: ['administrator'],
}

/** Registered after `registerAuthentication`, whose onRequest hook runs first and finds the account. */
export function registerAccessControl(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access
    switch (access) {
      case undefined:
      case 'public':
        return
      case 'signed_in':
        requireAccount(request)
        return
      case 'analyst':
      case 'administrator':
        requireRole(request, ...ROLES_FOR[access])
        return
    }
  })
}
