import { type FormEvent, useState } from 'react'
import { ApiError, messageOf } from '../api/api-error.js'
import type { Account } from '../api/types.js'
import { Field } from '../components/field.js'
import { Notice } from '../components/notice.js'
import { Link, navigate, useLocation } from '../router.js'
import { useSession } from '../session.js'

type Mode = 'register' | 'sign-in'

interface Errors {
  readonly form?: string
  readonly fields: Readonly<Record<string, string>>
}

/** Only in-app paths are followed after signing in, so a crafted link cannot send you away. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/tests'
}

/** Register and sign in share one form: same fields, errors shown beside the field they concern. */
export function AuthForm({
  mode,
  submit,
}: {
  readonly mode: Mode
  readonly submit: (
    values: Record<string, string>,
  ) => Promise<{ readonly account: Account } | { readonly email: string }>
}) {
  const { signedIn } = useSession()
  const { query } = useLocation()
  const [errors, setErrors] = useState<Errors>({ fields: {} })
  const [busy, setBusy] = useState(false)
  const [mailedTo, setMailedTo] = useState<string | null>(null)
  const next = safeNext(query.get('next'))

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const values = Object.fromEntries(
      [...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)]),
    )
    setBusy(true)
    try {
      const answer = await submit(values)
      if ('account' in answer) {
        signedIn(answer.account)
        navigate(next, { replace: true })
      } else {
        setMailedTo(answer.email)
        setBusy(false)
      }
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldMessages() : {}
      const form = Object.keys(fields).length ? undefined : messageOf(error)
      setErrors(form ? { form, fields } : { fields })
      setBusy(false)
    }
  }

  const register = mode === 'register'
  const nextQuery = next === '/tests' ? '' : `?next=${encodeURIComponent(next)}`
  const other = `${register ? '/signin' : '/register'}${nextQuery}`
  if (mailedTo !== null) {
    // The same words whether the address was new or taken: the mail itself tells its owner which.
    return (
      <section className="auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">Check your email</h1>
        <Notice tone="success">
          We sent a message to <strong>{mailedTo}</strong>. Open the link in it to confirm your
          address; you need a confirmed address to earn credentials.
        </Notice>
        <p className="auth-switch">
          Then <Link to={`/signin${nextQuery}`}>sign in</Link>.
        </p>
      </section>
    )
  }
  return (
    <section className="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">{register ? 'Create your account' : 'Sign in'}</h1>
      <p className="muted">
        {register
          ? 'Earn verifiable skill credentials and show them to clients.'
          : 'Welcome back. Pick up where you left off.'}
      </p>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <form onSubmit={onSubmit} noValidate>
        {register ? (
          <Field
            label="Your name"
            name="displayName"
            autoComplete="name"
            required
            error={errors.fields.displayName}
          />
        ) : null}
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={errors.fields.email}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete={register ? 'new-password' : 'current-password'}
          required
          hint={register ? 'At least 10 characters.' : undefined}
          error={errors.fields.password}
        />
        <button className="button button-primary button-wide" type="submit" disabled={busy}>
          {busy ? 'Please wait…' : register ? 'Create account' : 'Sign in'}
        </button>
      </form>
      {register ? null : (
        <p className="auth-switch">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      )}
      <p className="auth-switch">
        {register ? 'Already have an account? ' : 'New to SkillSignal? '}
        <Link to={other}>{register ? 'Sign in' : 'Create an account'}</Link>
      </p>
    </section>
  )
}
