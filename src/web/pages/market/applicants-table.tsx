import { messageOf } from '../../api/api-error.js'
import { market } from '../../api/market-endpoints.js'
import { Loading, Notice } from '../../components/notice.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { CertificationList, RecordSummary } from './certification-list.js'
import { formatCents } from './money.js'
import { useAction } from './use-action.js'

/**
 * A job's applicants side by side: bid, the certifications, rating and history each applied with
 * (the snapshot the client decides on), and the moves the client can make.
 */
export function ApplicantsTable({ jobId }: { readonly jobId: string }) {
  const [state, reload] = useLoad(() => market.applicants(jobId), [jobId])
  const action = useAction()
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { proposals } = state.value
  return (
    <section aria-labelledby="applicants-title">
      <h2 id="applicants-title">Applicants ({proposals.length})</h2>
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      <div className="market-compare">
        {proposals.map((p, index) => (
          <article key={p.id} className="card" aria-label={`Applicant ${index + 1}`}>
            <p>
              <strong>{formatCents(p.bidCents)}</strong> · {p.status}
            </p>
            <p>{p.coverLetter}</p>
            <CertificationList record={p.snapshot} />
            <RecordSummary record={p.snapshot} />
            <p>
              {p.status === 'submitted' ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={action.busy}
                  onClick={() =>
                    action.run(() => market.moveProposal(p.id, 'shortlist').then(reload))
                  }
                >
                  Shortlist
                </button>
              ) : null}{' '}
              {['submitted', 'shortlisted', 'interviewing'].includes(p.status) ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={action.busy}
                  onClick={() =>
                    action.run(() => market.moveProposal(p.id, 'decline').then(reload))
                  }
                >
                  Decline
                </button>
              ) : null}{' '}
              <Link to={`/market/proposals/${p.id}`}>Open</Link> ·{' '}
              <Link to={`/people/${encodeURIComponent(p.freelancerId)}`}>Profile</Link>
            </p>
          </article>
        ))}
      </div>
    </section>
  )
}
