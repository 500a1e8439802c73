import { messageOf } from '../../api/api-error.js'
import { market } from '../../api/market-endpoints.js'
import { Loading, Notice } from '../../components/notice.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { formatCents } from './money.js'

/** Both sides of one account: balances, notifications, contracts, proposals, posted jobs. */
export function MyWorkPage() {
  const [state] = useLoad(
    () =>
      Promise.all([
        market.balances(),
        market.notifications(),
        market.myContracts(),
        market.myProposals(),
        market.myJobs(),
      ]),
    [],
  )
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const [{ balances }, inbox, { contracts }, { proposals }, { jobs }] = state.value
  return (
    <div className="market">
      <h1>My work</h1>
      <section aria-labelledby="balances-title">
        <h2 id="balances-title">Balances</h2>
        <p>
          Earned, not yet paid out:{' '}
          <strong className="balance-payable">{formatCents(balances.payableCents)}</strong> · in
          escrow on your jobs: {formatCents(balances.escrowAsClientCents)} · paid out:{' '}
          {formatCents(balances.paidOutCents)}
        </p>
      </section>
      <section aria-labelledby="inbox-title">
        <h2 id="inbox-title">
          Notifications <span className="pill">{inbox.unread} unread</span>
        </h2>
        <ul>
          {inbox.notifications.slice(0, 10).map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contracts-title">
        <h2 id="contracts-title">Contracts</h2>
        <ul>
          {contracts.map((c) => (
            <li key={c.id}>
              <Link to={`/market/contracts/${c.id}`}>
                {formatCents(c.amountCents)} · {c.status.replace('_', ' ')}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="proposals-title">
        <h2 id="proposals-title">My proposals</h2>
        <ul>
          {proposals.map((p) => (
            <li key={p.id}>
              <Link to={`/market/proposals/${p.id}`}>
                {formatCents(p.bidCents)} · {p.status}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title">Jobs I posted</h2>
        <ul>
          {jobs.map((j) => (
            <li key={j.id}>
              <Link to={`/market/jobs/${j.id}`}>
                {j.title} · {j.status}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
