import { useState } from 'react'
import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import { Notice } from '../components/notice.js'
import { Link, useLocation } from '../router.js'

type State =
  | { readonly kind: 'waiting' | 'busy' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'confirmed'; readonly email: string }

/**
 * Where the mailed confirmation link lands. The token is spent by a click, not on load, so a mail
 * scanner that opens links ahead of the reader cannot use it up.
 */
export function VerifyEmailPage() {
  const { query } = useLocation()
  const token = query.get('token') ?? ''
  const [state, setState] = useState<State>({ kind: 'waiting' })
  const confirm = async () => {
    setState({ kind: 'busy' })
    try {
      const { account } = await api.verifyEmail(token)
      setState({ kind: 'confirmed', email: account.email })
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) })
    }
  }
  return (
    <section className="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">Confirm your email</h1>
      {state.kind === 'confirmed' ? (
        <Notice tone="success">
          {state.email} is confirmed. <Link to="/signin">Sign in</Link> to take tests and earn
          credentials.
        </Notice>
      ) : (
        <>
          {state.kind === 'failed' ? <Notice tone="error">{state.message}</Notice> : null}
          <button
            className="button button-primary button-wide"
            type="button"
            disabled={state.kind === 'busy' || token === ''}
            onClick={confirm}
          >
            {state.kind === 'busy' ? 'Please wait…' : 'Confirm my address'}
          </button>
        </>
      )}
    </section>
  )
}
