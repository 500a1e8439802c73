import { z } from 'zod'
import type { Account } from '../../accounts/index.js'

/** The fields of an account that leave the server: never the password hash or lock counters. */
export const accountView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['member', 'analyst', 'administrator']),
  createdAt: z.string(),
})

export function presentAccount(account: Account): z.infer<typeof accountView> {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    createdAt: account.createdAt.toISOString(),
  }
}
