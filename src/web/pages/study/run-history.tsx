import { messageOf } from '../../api/api-error.js'
import { api } from '../../api/endpoints.js'
import { Loading, Notice } from '../../components/notice.js'
import { formatDate } from '../../format.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { describeSource, STATUS_TEXT } from './run-words.js'

/** The caller's runs, newest first; `version` changes when a run starts or finishes. */
export function RunHistory({
  currentRunId,
  version,
}: {
  readonly currentRunId: string | null
  readonly version: number
}) {
  const [state] = useLoad(() => api.studyRuns().then((r) => r.runs), [version])
  return (
    <section className="card study-history" aria-labelledby="history-title">
      <h2 id="history-title">Your runs</h2>
      {state.kind === 'loading' ? (
        <Loading label="Loading your runs…" />
      ) : state.kind === 'failed' ? (
        <Notice tone="error">{messageOf(state.error)}</Notice>
      ) : state.value.length === 0 ? (
        <p className="muted">No runs yet: start one and it appears here.</p>
      ) : (
        <ul className="study-runs">
          {state.value.map((run) => (
            <li key={run.id}>
              <Link
                to={`/analysis/runs/${encodeURIComponent(run.id)}`}
                aria-current={run.id === currentRunId ? 'page' : undefined}
              >
                {describeSource(run.source)}
              </Link>
              <span className="muted small">
                {' '}
                {formatDate(run.createdAt)} · periods of {run.settings.windowDays} days
              </span>{' '}
              <span className={`pill pill-run-${run.status}`}>{STATUS_TEXT[run.status]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
