import type { FastifyInstance } from 'fastify'
import type { Role } from '../accounts/index.js'
import { requireAccount, requireRole } from './auth.js'

/**
 * Who may call a route, declared on the route (`config: { access }`) and enforced before the body
 * is validated, so an anonymous caller learns nothing about a route's schema. Ownership (my
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

export function registerAccessControl(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
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
