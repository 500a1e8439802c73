import { useState } from 'react'
import { messageOf } from '../../api/api-error.js'
import { market } from '../../api/market-endpoints.js'
import type { Contract, Job, Proposal } from '../../api/types.js'
import { Loading, Notice } from '../../components/notice.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { RecordSummary } from './certification-list.js'
import { formatCents } from './money.js'

/** The most posted jobs whose applicants are counted at once; older ones are a click away. */
const JOBS_COUNTED = 20

const STAGE_TEXT: Record<string, string> = {
  submitted: 'New',
  shortlisted: 'Shortlisted',
  interviewing: 'Interviewing',
  offered: 'Offer sent',
}

/**
 * The client's side of the marketplace on one screen: the jobs they posted and who applied,
 * the shortlist being interviewed, contracts to fund and pay, and a search for freelancers.
 */
export function HiringPage() {
  const { state: session } = useSession()
  const [state] = useLoad(async () => {
    const [{ jobs }, { contracts }, { balances }] = await Promise.all([
      market.myJobs(),
      market.myContracts(),
      market.balances(),
    ])
    const applicants = await Promise.all(
      jobs
        .slice(0, JOBS_COUNTED)
        .map((job) =>
          market.applicants(job.id).then(({ proposals }) => [job.id, proposals] as const),
        ),
    )
    return { jobs, contracts, balances, applicants: new Map(applicants) }
  }, [])
  if (state.kind === 'loading' || session.kind !== 'signed-in') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { jobs, balances, applicants } = state.value
  const contracts = state.value.contracts.filter((c) => c.clientId === session.account.id)
  const shortlist = [...applicants.values()]
    .flat()
    .filter((p) => ['shortlisted', 'interviewing', 'offered'].includes(p.status))
  return (
    <div className="market hiring">
      <header className="page-header">
        <h1>Hire</h1>
        <p className="muted">In escrow on your jobs: {formatCents(balances.escrowAsClientCents)}</p>
        <p>
          <Link className="button button-primary" to="/market/post">
            Post a job
          </Link>
        </p>
      </header>
      <section aria-labelledby="posted-title">
        <h2 id="posted-title">Your jobs</h2>
        {jobs.length === 0 ? (
          <p className="muted">You have not posted a job yet.</p>
        ) : (
          <ul className="market-list">
            {jobs.map((job) => (
              <PostedJob key={job.id} job={job} proposals={applicants.get(job.id)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="shortlist-title">
        <h2 id="shortlist-title">Shortlist and interviews</h2>
        {shortlist.length === 0 ? (
          <p className="muted">Shortlist applicants on a job to talk with them here.</p>
        ) : (
          <ul>
            {shortlist.map((p) => (
              <li key={p.id}>
                <Link to={`/market/proposals/${p.id}`}>
                  {jobs.find((j) => j.id === p.jobId)?.title ?? 'Job'}: bid{' '}
                  {formatCents(p.bidCents)}
                </Link>{' '}
                · {STAGE_TEXT[p.status] ?? p.status}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="client-contracts-title">
        <h2 id="client-contracts-title">Contracts and payments</h2>
        {contracts.length === 0 ? (
          <p className="muted">A contract starts when a freelancer accepts your offer.</p>
        ) : (
          <ul>
            {contracts.map((c) => (
              <ClientContract key={c.id} contract={c} job={jobs.find((j) => j.id === c.jobId)} />
            ))}
          </ul>
        )}
      </section>
      <FindFreelancers />
    </div>
  )
}

function PostedJob({
  job,
  proposals,
}: {
  readonly job: Job
  readonly proposals?: readonly Proposal[]
}) {
  const fresh = proposals?.filter((p) => p.status === 'submitted').length ?? 0
  return (
    <li className="card">
      <h3>
        <Link to={`/market/jobs/${job.id}`}>{job.title}</Link>
      </h3>
      <p className="muted">
        {job.status} · budget {formatCents(job.budgetCents)}
        {proposals
          ? ` · ${proposals.length} ${proposals.length === 1 ? 'applicant' : 'applicants'}, ${fresh} new`
          : ''}
      </p>
    </li>
  )
}

/** What the client owes a contract next: funding a milestone, or approving and paying work. */
function nextPayment(contract: Contract): string {
  if (contract.status === 'ended') return 'ended'
  if (contract.milestones.some((m) => m.status === 'proposed')) return 'a milestone to fund'
  if (contract.milestones.some((m) => m.status === 'submitted')) return 'work to review'
  if (contract.milestones.some((m) => m.status === 'approved')) return 'a payment to release'
  return 'nothing due'
}

function ClientContract({ contract, job }: { readonly contract: Contract; readonly job?: Job }) {
  return (
    <li>
      <Link to={`/market/contracts/${contract.id}`}>
        {job?.title ?? 'Contract'}: {formatCents(contract.amountCents)}
      </Link>{' '}
      · {formatCents(contract.escrowCents)} in escrow · {nextPayment(contract)}
    </li>
  )
}

function FindFreelancers() {
  const [skill, setSkill] = useState('')
  const [testId, setTestId] = useState('')
  const [search, setSearch] = useState<{ skill?: string; testId?: string } | null>(null)
  const [state] = useLoad(
    () => (search === null ? Promise.resolve(null) : market.freelancers(search)),
    [search],
  )
  return (
    <section aria-labelledby="find-title">
      <h2 id="find-title">Find freelancers</h2>
      <form
        className="market-search"
        onSubmit={(event) => {
          event.preventDefault()
          setSearch({ skill: skill.trim(), testId: testId.trim() })
        }}
      >
        <label htmlFor="freelancer-skill">Skill</label>
        <input id="freelancer-skill" value={skill} onChange={(e) => setSkill(e.target.value)} />
        <label htmlFor="freelancer-test">Holds the certification (test id)</label>
        <input id="freelancer-test" value={testId} onChange={(e) => setTestId(e.target.value)} />
        <button className="button" type="submit">
          Find
        </button>
      </form>
      {state.kind === 'loading' && search !== null ? <Loading /> : null}
      {state.kind === 'failed' ? <Notice tone="error">{messageOf(state.error)}</Notice> : null}
      {state.kind === 'ready' && state.value ? (
        state.value.freelancers.length === 0 ? (
          <Notice tone="info">No freelancer matches.</Notice>
        ) : (
          <ul className="market-list">
            {state.value.freelancers.map((f) => (
              <li key={f.userId} className="card">
                <h3>
                  <Link to={`/people/${encodeURIComponent(f.userId)}`}>{f.displayName}</Link>
                </h3>
                {f.headline ? <p>{f.headline}</p> : null}
                <RecordSummary record={f.record} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  )
}
