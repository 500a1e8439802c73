import { useState } from 'react'
import { market } from '../../api/market-endpoints.js'
import { LoadStatus, Notice } from '../../components/notice.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatCents } from './money.js'

/** The job board: open jobs, searched by text. */
export function MarketPage() {
  const { state: session } = useSession()
  const [query, setQuery] = useState('')
  const [submitted, setSubmitted] = useState('')
  const [state] = useLoad(() => market.jobs(submitted), [submitted])
  return (
    <div className="market">
      <header className="page-header">
        <h1>Find work</h1>
        {session.kind === 'signed-in' ? (
          <p>
            <Link className="button button-primary" to="/market/post">
              Post a job
            </Link>{' '}
            <Link className="button" to="/market/me">
              My work
            </Link>
          </p>
        ) : null}
      </header>
      <form
        className="market-search"
        onSubmit={(event) => {
          event.preventDefault()
          setSubmitted(query)
        }}
      >
        <label htmlFor="job-search">Search jobs</label>
        <input id="job-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <LoadStatus state={state} />
      {state.kind === 'ready' ? (
        <ul className="market-list">
          {state.value.jobs.map((job) => (
            <li key={job.id} className="card">
              <h2>
                <Link to={`/market/jobs/${job.id}`}>{job.title}</Link>
              </h2>
              <p className="muted">
                {job.category} · {job.kind} · budget {formatCents(job.budgetCents)}
                {job.requiredTests.length > 0 ? ` · requires ${job.requiredTests.join(', ')}` : ''}
              </p>
            </li>
          ))}
          {state.value.jobs.length === 0 ? <Notice tone="info">No open jobs match.</Notice> : null}
        </ul>
      ) : null}
    </div>
  )
}
