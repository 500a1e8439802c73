import { useState } from 'react'
import { messageOf } from '../../api/api-error.js'
import { market } from '../../api/market-endpoints.js'
import type { Proposal } from '../../api/types.js'
import { Field } from '../../components/field.js'
import { Loading, Notice } from '../../components/notice.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { CertificationList, RecordSummary } from './certification-list.js'
import { MessageThread } from './message-thread.js'
import { formatCents, parseDollars } from './money.js'
import { useAction } from './use-action.js'

/** One proposal: the interview thread, the client's offer, the freelancer's acceptance. */
export function ProposalPage({ proposalId }: { readonly proposalId: string }) {
  const { state: session } = useSession()
  const [state, reload] = useLoad(() => market.proposal(proposalId), [proposalId])
  const action = useAction()
  if (state.kind === 'loading' || session.kind !== 'signed-in') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { proposal } = state.value
  const isClient = session.account.id === proposal.clientId
  return (
    <div className="market">
      <header className="page-header">
        <h1>Proposal</h1>
        <p className="muted">
          <Link to={`/market/jobs/${proposal.jobId}`}>The job</Link> · bid{' '}
          {formatCents(proposal.bidCents)} ·{' '}
          <span className="proposal-status">{proposal.status}</span>
        </p>
      </header>
      <p>{proposal.coverLetter}</p>
      <CertificationList record={proposal.snapshot} />
      <RecordSummary record={proposal.snapshot} />
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      {proposal.contractId ? (
        <p>
          <Link className="button button-primary" to={`/market/contracts/${proposal.contractId}`}>
            Open the contract
          </Link>
        </p>
      ) : null}
      {!isClient && proposal.status === 'offered' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={action.busy}
          onClick={() =>
            action.run(async () => {
              const { contractId } = await market.moveProposal(proposal.id, 'accept')
              navigate(`/market/contracts/${contractId}`)
            })
          }
        >
          Accept the offer ({formatCents(offerTotal(proposal))})
        </button>
      ) : null}
      {isClient && ['shortlisted', 'interviewing'].includes(proposal.status) ? (
        <OfferForm proposal={proposal} onOffered={reload} />
      ) : null}
      {proposal.status !== 'submitted' ? (
        <MessageThread proposalId={proposal.id} viewerId={session.account.id} />
      ) : (
        <p className="muted">Messages open when the client shortlists this proposal.</p>
      )}
    </div>
  )
}

function offerTotal(proposal: Proposal): number {
  return proposal.offer?.milestones.reduce((sum, m) => sum + m.amountCents, 0) ?? 0
}

function OfferForm({ proposal, onOffered }: { proposal: Proposal; onOffered: () => void }) {
  const [title, setTitle] = useState('The whole job')
  const [amount, setAmount] = useState((proposal.bidCents / 100).toFixed(2))
  const action = useAction()
  return (
    <form
      className="form"
      aria-label="Offer"
      onSubmit={(event) => {
        event.preventDefault()
        void action.run(async () => {
          const amountCents = parseDollars(amount)
          if (!amountCents) throw new Error('give the amount in dollars, like 450')
          await market.offer(proposal.id, [{ title, amountCents }])
          onOffered()
        })
      }}
    >
      <h2>Hire: make an offer</h2>
      <Field label="Milestone" value={title} onChange={(e) => setTitle(e.target.value)} />
      <Field label="Amount (USD)" value={amount} onChange={(e) => setAmount(e.target.value)} />
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      <button className="button button-primary" type="submit" disabled={action.busy}>
        Send the offer
      </button>
    </form>
  )
}
