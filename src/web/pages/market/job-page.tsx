import { useState } from 'react'
import { messageOf } from '../../api/api-error.js'
import { market } from '../../api/market-endpoints.js'
import type { Job } from '../../api/types.js'
import { Field } from '../../components/field.js'
import { Loading, Notice } from '../../components/notice.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { ApplicantsTable } from './applicants-table.js'
import { formatCents, parseDollars } from './money.js'
import { useAction } from './use-action.js'

/** A job: its client compares applicants; anyone else may apply. */
export function JobPage({ jobId }: { readonly jobId: string }) {
  const { state: session } = useSession()
  const [state] = useLoad(() => market.job(jobId), [jobId])
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { job } = state.value
  const mine = session.kind === 'signed-in' && session.account.id === job.clientId
  return (
    <div className="market">
      <header className="page-header">
        <h1>{job.title}</h1>
        <p className="muted">
          {job.category} · {job.status} · budget {formatCents(job.budgetCents)}
          {job.requiredTests.length > 0 ? ` · requires ${job.requiredTests.join(', ')}` : ''}
        </p>
      </header>
      <p className="market-description">{job.description}</p>
      {mine ? (
        <ApplicantsTable jobId={job.id} />
      ) : session.kind === 'signed-in' ? (
        <ApplyForm job={job} />
      ) : (
        <Notice tone="info">
          <Link to={`/signin?next=/market/jobs/${job.id}`}>Sign in</Link> to apply.
        </Notice>
      )}
    </div>
  )
}

function ApplyForm({ job }: { readonly job: Job }) {
  const [coverLetter, setCoverLetter] = useState('')
  const [bid, setBid] = useState('')
  const action = useAction()
  return (
    <form
      className="form"
      aria-label="Apply"
      onSubmit={(event) => {
        event.preventDefault()
        void action.run(async () => {
          const bidCents = parseDollars(bid)
          if (!bidCents) throw new Error('give your bid in dollars, like 450')
          const { proposal } = await market.apply(job.id, { coverLetter, bidCents })
          navigate(`/market/proposals/${proposal.id}`)
        })
      }}
    >
      <h2>Apply</h2>
      <div className="field">
        <label htmlFor="cover-letter">Cover letter</label>
        <textarea
          id="cover-letter"
          value={coverLetter}
          onChange={(e) => setCoverLetter(e.target.value)}
          required
        />
      </div>
      <Field label="Your bid (USD)" value={bid} onChange={(e) => setBid(e.target.value)} />
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
      <button className="button button-primary" type="submit" disabled={action.busy}>
        Send proposal
      </button>
    </form>
  )
}
