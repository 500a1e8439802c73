import { useState } from 'react'
import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { Credential } from '../api/types.js'
import { STATUS_TEXT, shownStatus } from '../credential-status.js'
import { formatDate } from '../format.js'
import { Notice } from './notice.js'
import { WalletOffer } from './wallet-offer.js'

/** One credential with what its owner can do with it. */
export function CredentialCard({
  credential,
  onChange,
}: {
  readonly credential: Credential
  readonly onChange: (credential: Credential) => void
}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const status = shownStatus(credential.status, credential.validUntil, Date.now())
  // Same-origin paths for what the owner opens here; the public links are the API's, for sharing.
  const base = `/credentials/${encodeURIComponent(credential.id)}`
  const changeShare = async (share: boolean, showName?: boolean) => {
    setBusy(true)
    setError(null)
    try {
      const answer = await api.share(credential.id, share, showName)
      onChange({
        ...credential,
        shared: answer.shared,
        showName: answer.showName,
        links: answer.links,
      })
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <li className="card credential-card">
      <img
        className="badge-image"
        src={`${base}/badge.png`}
        alt={`Badge for ${credential.name}`}
        width={96}
        height={96}
      />
      <div className="credential-body">
        <div className="credential-head">
          <h3>{credential.name}</h3>
          <span className={`pill pill-${status}`}>{STATUS_TEXT[status]}</span>
        </div>
        <p className="muted small">
          {credential.kind === 'ClrCredential' ? 'Comprehensive learner record' : 'Open Badge'} ·
          issued {formatDate(credential.issuedAt)}
          {credential.validUntil ? ` · valid until ${formatDate(credential.validUntil)}` : ''}
        </p>
        {credential.shared ? (
          <p className="share-link">
            Public link:{' '}
            <a href={credential.links.page} target="_blank" rel="noopener noreferrer">
              {credential.links.page}
            </a>
          </p>
        ) : (
          <p className="muted small">Private: only you can see it.</p>
        )}
        {credential.shared ? (
          <label className="small show-name">
            <input
              type="checkbox"
              checked={credential.showName}
              disabled={busy}
              onChange={(event) => changeShare(true, event.target.checked)}
            />{' '}
            Show my name on the public page
          </label>
        ) : null}
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => changeShare(!credential.shared)}
            disabled={busy}
          >
            {credential.shared ? 'Stop sharing' : 'Share a public link'}
          </button>
          <a className="button" href={`${base}?download=1`} download>
            Download JSON
          </a>
          <a className="button" href={`${base}/badge.png`} download>
            Badge PNG
          </a>
          {credential.kind === 'ClrCredential' ? null : (
            <a
              className="button"
              href={`${base}/elm`}
              download={`credential-${credential.id}-elm.json`}
              title="Unsigned European Learning Model document, for an issuer that seals with eIDAS"
            >
              European Learning Model
            </a>
          )}
          <a
            className="button button-linkedin"
            href={credential.links.linkedIn}
            target="_blank"
            rel="noopener noreferrer"
          >
            Add to LinkedIn
          </a>
        </div>
        {credential.status === 'active' ? (
          <WalletOffer credentialId={credential.id} name={credential.name} />
        ) : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
      </div>
    </li>
  )
}
