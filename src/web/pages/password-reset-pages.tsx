import { type FormEvent, useState } from 'react'
import { ApiError, messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import { Field } from '../components/field.js'
import { Notice } from '../components/notice.js'
import { Link, useLocation } from '../router.js'

interface Errors {
  readonly form?: string
  readonly fields: Readonly<Record<string, string>>
}

function errorsOf(error: unknown): Errors {
  const fields = error instanceof ApiError ? error.fieldMessages() : {}
  return Object.keys(fields).length ? { fields } : { form: messageOf(error), fields }
}

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so
 * the page cannot be used to find out who is a member; the mail tells the owner.
 */
export function ForgotPasswordPage() {
  const [errors, setErrors] = useState<Errors>({ fields: {} })
  const [busy, setBusy] = useState(false)
  const [mailedTo, setMailedTo] = useState<string | null>(null)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '')
    setBusy(true)
    try {
      await api.requestPasswordReset(email)
      setMailedTo(email)
    } catch (error) {
      setErrors(errorsOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">Reset your password</h1>
      {mailedTo !== null ? (
        <Notice tone="success">
          If <strong>{mailedTo}</strong> has an account, a message with a reset link is on its way.
          The link works for one hour.
        </Notice>
      ) : (
        <>
          <p className="muted">We will mail you a link to choose a new password.</p>
          {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
          <form onSubmit={onSubmit} noValidate>
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              required
              error={errors.fields.email}
            />
            <button className="button button-primary button-wide" type="submit" disabled={busy}>
              {busy ? 'Please wait…' : 'Mail me a link'}
            </button>
          </form>
        </>
      )}
      <p className="auth-switch">
        Remembered it? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  )
}

/** Where the mailed reset link lands: a new password, then every session is signed out. */
export function ResetPasswordPage() {
  const { query } = useLocation()
  const token = query.get('token') ?? ''
  const [errors, setErrors] = useState<Errors>({ fields: {} })
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const newPassword = String(new FormData(event.currentTarget).get('newPassword') ?? '')
    setBusy(true)
    try {
      await api.confirmPasswordReset({ token, newPassword })
      setDone(true)
    } catch (error) {
      setErrors(errorsOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title">Choose a new password</h1>
      {done ? (
        <Notice tone="success">
          Your password is changed and every session is signed out.{' '}
          <Link to="/signin">Sign in</Link> with the new one.
        </Notice>
      ) : token === '' ? (
        <Notice tone="error">
          This page needs the link from the reset mail.{' '}
          <Link to="/forgot-password">Ask for a new link</Link>.
        </Notice>
      ) : (
        <>
          {errors.form ? (
            <Notice tone="error">
              {errors.form} <Link to="/forgot-password">Ask for a new link</Link>.
            </Notice>
          ) : null}
          <form onSubmit={onSubmit} noValidate>
            <Field
              label="New password"
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              hint="At least 10 characters."
              error={errors.fields.newPassword}
            />
            <button className="button button-primary button-wide" type="submit" disabled={busy}>
              {busy ? 'Please wait…' : 'Set the new password'}
            </button>
          </form>
        </>
      )}
    </section>
  )
}
