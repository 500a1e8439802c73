import { useState } from 'react'
import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import { Notice } from './notice.js'

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })

type Offer = Awaited<ReturnType<typeof api.walletOffer>>

/**
 * "Send to a wallet": an OpenID4VCI offer as a QR code for the wallet's camera, the link for a
 * wallet on this device, and the transaction code the wallet asks for.
 */
export function WalletOffer({
  credentialId,
  name,
}: {
  readonly credentialId: string
  readonly name: string
}) {
  const [offer, setOffer] = useState<Offer | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const makeOffer = async () => {
    setBusy(true)
    setError(null)
    try {
      setOffer(await api.walletOffer(credentialId))
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="wallet-offer">
      <button type="button" className="button" onClick={makeOffer} disabled={busy}>
        {offer ? 'New wallet code' : 'Send to a wallet'}
      </button>
      {offer ? (
        <figure className="wallet-qr">
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(offer.qrSvg)}`}
            alt={`QR code offering ${name} to a wallet`}
            width={220}
            height={220}
          />
          <figcaption className="small">
            Scan with your wallet app, or <a href={offer.offerUri}>open it on this device</a>.
            {offer.txCode ? (
              <>
                {' '}
                When it asks, type <strong className="tx-code">{offer.txCode}</strong>.
              </>
            ) : null}{' '}
            Works once, until {timeFormat.format(new Date(offer.expiresAt))}.
          </figcaption>
        </figure>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  )
}
