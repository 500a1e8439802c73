import { useState } from 'react'
import { messageOf } from '../../api/api-error.js'
import { market } from '../../api/market-endpoints.js'
import type { Contract, Milestone } from '../../api/types.js'
import { Loading, Notice } from '../../components/notice.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatCents } from './money.js'
import { TimeLogForm } from './time-log-form.js'
import { useAction } from './use-action.js'

type Move =
  | { readonly kind: 'money'; readonly action: 'fund' | 'release' | 'refund' }
  | { readonly kind: 'work'; readonly action: 'submit' | 'request-changes' | 'approve' }

/** The buttons each side sees for a milestone in each state. */
const MOVES: Record<'client' | 'freelancer', Record<string, readonly [string, Move][]>> = {
  client: {
    proposed: [['Fund', { kind: 'money', action: 'fund' }]],
    funded: [['Refund', { kind: 'money', action: 'refund' }]],
    submitted: [
      ['Approve', { kind: 'work', action: 'approve' }],
      ['Request changes', { kind: 'work', action: 'request-changes' }],
    ],
    approved: [['Release payment', { kind: 'money', action: 'release' }]],
  },
  freelancer: {
    funded: [['Submit work', { kind: 'work', action: 'submit' }]],
    changes_requested: [['Submit work', { kind: 'work', action: 'submit' }]],
  },
}

/** A contract: its milestones, the money in escrow, each side's next moves, and the reviews. */
export function ContractPage({ contractId }: { readonly contractId: string }) {
  const { state: session } = useSession()
  const [state, reload] = useLoad(() => market.contract(contractId), [contractId])
  const action = useAction()
  if (state.kind === 'loading' || session.kind !== 'signed-in') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { contract } = state.value
  const side = session.account.id === contract.clientId ? 'client' : 'freelancer'
  const move = (milestone: Milestone, m: Move) =>
    action.run(async () => {
      if (m.kind === 'money') await market.moveMoney(milestone.id, m.action)
      else await market.work(milestone.id, m.action)
      reload()
    })
  return (
    <div className="market">
      <header className="page-header">
        <h1>Contract</h1>
        <p className="muted">
          <span className="contract-status">{contract.status.replace('_', ' ')}</span> · total{' '}
          {formatCents(contract.amountCents)}
          {contract.hourlyRateCents !== null
            ? ` · ${formatCents(contract.hourlyRateCents)} an hour, invoiced weekly`
            : ''}{' '}
          · in escrow <span className="contract-escrow">{formatCents(contract.escrowCents)}</span>
        </p>
      </header>
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      <ol className="market-milestones">
        {contract.milestones.map((milestone) => (
          <li key={milestone.id} className="card">
            <strong>{milestone.title}</strong> · {formatCents(milestone.amountCents)} ·{' '}
            <span className="milestone-status">{milestone.status.replace('_', ' ')}</span>{' '}
            {(MOVES[side][milestone.status] ?? []).map(([label, m]) => (
              <button
                key={label}
                type="button"
                className="button button-small"
                disabled={action.busy}
                onClick={() => move(milestone, m)}
              >
                {label}
              </button>
            ))}
          </li>
        ))}
      </ol>
      {contract.hourlyRateCents !== null && side === 'freelancer' && contract.status !== 'ended' ? (
        <TimeLogForm contractId={contract.id} />
      ) : null}
      {contract.status === 'ended' ? <ReviewForm contract={contract} /> : null}
    </div>
  )
}

function ReviewForm({ contract }: { readonly contract: Contract }) {
  const [rating, setRating] = useState(5)
  const [text, setText] = useState('')
  const [sent, setSent] = useState(false)
  const action = useAction()
  if (sent) {
    return (
      <Notice tone="success">
        Review sent. It is published when both sides have reviewed, or 14 days after the end.
      </Notice>
    )
  }
  return (
    <form
      className="form"
      aria-label="Review"
      onSubmit={(event) => {
        event.preventDefault()
        void action.run(async () => {
          await market.review(contract.id, { rating, body: text })
          setSent(true)
        })
      }}
    >
      <h2>Review</h2>
      <div className="field">
        <label htmlFor="review-rating">Rating</label>
        <select
          id="review-rating"
          value={rating}
          onChange={(e) => setRating(Number(e.target.value))}
        >
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="review-text">Your review</label>
        <textarea id="review-text" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      <button className="button button-primary" type="submit" disabled={action.busy}>
        Send the review
      </button>
    </form>
  )
}
