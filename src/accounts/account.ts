/** Members act as freelancers and clients; analysts also run studies; administrators run the platform. */
export type Role = 'member' | 'analyst' | 'administrator'

export interface Account {
  readonly id: string
  readonly email: string
  readonly displayName: string
  readonly role: Role
  readonly createdAt: Date
}

export function toAccount(row: {
  id: string
  email: string
  display_name: string
  role: Role
  created_at: Date
}): Account {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
  }
}
