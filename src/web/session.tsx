import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'
import { api } from './api/endpoints.js'
import type { Account } from './api/types.js'

export type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly account: Account }

interface Session {
  readonly state: SessionState
  readonly signedIn: (account: Account) => void
  readonly signOut: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

/** Who is signed in, asked of `/auth/session` once at start; the cookie itself stays HttpOnly. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' })
  useEffect(() => {
    api.session().then(
      ({ account }) => setState(account ? { kind: 'signed-in', account } : { kind: 'signed-out' }),
      (error: unknown) => {
        console.warn(error)
        setState({ kind: 'signed-out' })
      },
    )
  }, [])
  const signedIn = useCallback((account: Account) => setState({ kind: 'signed-in', account }), [])
  const signOut = useCallback(async () => {
    await api.logout()
    setState({ kind: 'signed-out' })
  }, [])
  return (
    <SessionContext.Provider value={{ state, signedIn, signOut }}>
      {children}
    </SessionContext.Provider>
  )
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession needs a SessionProvider above it')
  return session
}
