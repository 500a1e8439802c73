import { type FormEvent, useState } from 'react'
import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import { Field } from './field.js'

/**
 * The learner's wallet DID setting: once saved, the credentials they download carry it as their
 * subject, so a verifier can ask the wallet to prove it holds them.
 */
export function HolderDidSetting({ saved }: { readonly saved: string | null }) {
  const [did, setDid] = useState(saved)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const change = async (action: () => Promise<{ did: string | null }>) => {
    setBusy(true)
    setError(null)
    try {
      setDid((await action()).did)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get('holderDid') ?? '').trim()
    void change(() => api.saveHolderDid(value))
  }
  return (
    <section className="card holder-did" aria-labelledby="holder-did-title">
      <h2 id="holder-did-title">Your wallet's DID</h2>
      <p className="muted small" data-testid="holder-did-state">
        {did
          ? `Credentials you download are bound to ${did}.`
          : 'Credentials you download are not bound to a DID.'}
      </p>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="did:key of your wallet"
          name="holderDid"
          defaultValue={did ?? ''}
          key={did ?? ''}
          placeholder="did:key:z6Mk…"
          spellCheck={false}
          autoComplete="off"
          hint="Your wallet shows it. Downloads carry it as the credential's subject."
          error={error ?? undefined}
        />
        <div className="actions">
          <button className="button button-primary" type="submit" disabled={busy}>
            Save DID
          </button>
          {did ? (
            <button
              className="button"
              type="button"
              disabled={busy}
              onClick={() => change(() => api.forgetHolderDid())}
            >
              Forget it
            </button>
          ) : null}
        </div>
      </form>
    </section>
  )
}
