import { useEffect, useState } from 'react'
import { messageOf } from '../../api/api-error.js'
import { api } from '../../api/endpoints.js'
import type { StudyRun } from '../../api/types.js'
import { Loading, Notice } from '../../components/notice.js'
import { formatDate } from '../../format.js'
import { RunReport } from './run-report.js'
import { describeSource, STATUS_TEXT } from './run-words.js'
import { formatCount } from './study-format.js'

/** How often a running study is asked for its progress. */
export const STUDY_POLL_MS = 1000

/** The stages a run passes through, as the server names them, with what each does. */
const STAGES = [
  ['queued', 'Waiting for the runs before it'],
  ['panels', "Reading the records and building each worker's periods"],
  ['estimates', 'Estimating the models'],
  ['done', 'Done'],
] as const

/** One run: follows it while it runs (with a way to cancel), then shows its report. */
export function RunView({
  runId,
  onChange,
}: {
  readonly runId: string
  /** Called when the run's status changes, so the list of runs can follow. */
  readonly onChange: (status: StudyRun['status']) => void
}) {
  const [run, setRun] = useState<StudyRun | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [cancelling, setCancelling] = useState(false)
  useEffect(() => {
    let timer = 0
    let live = true
    const poll = () =>
      api.studyRun(runId).then(
        ({ run }) => {
          if (!live) return
          setRun(run)
          if (run.status === 'queued' || run.status === 'running') {
            timer = window.setTimeout(poll, STUDY_POLL_MS)
          }
        },
        (caught: unknown) => live && setError(messageOf(caught)),
      )
    void poll()
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [runId])
  const status = run?.status
  useEffect(() => {
    if (status) onChange(status)
  }, [status, onChange])
  if (error) return <Notice tone="error">{error}</Notice>
  if (!run) return <Loading label="Loading the run…" />
  const active = run.status === 'queued' || run.status === 'running'
  const cancel = async () => {
    setCancelling(true)
    try {
      const { run: cancelled } = await api.cancelStudyRun(run.id)
      setRun(cancelled)
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setCancelling(false)
    }
  }
  const current = STAGES.findIndex(([stage]) => stage === run.progress.stage)
  return (
    <section className="card study-run" aria-labelledby="run-title">
      <div className="credential-head">
        <h2 id="run-title">Run of {formatDate(run.createdAt)}</h2>
        <span className={`pill pill-run-${run.status}`}>{run.status}</span>
      </div>
      <p className="muted small">
        {describeSource(run.source)} · {run.settings.obsStart.slice(0, 10)} to{' '}
        {run.settings.obsEnd.slice(0, 10)} · periods of {run.settings.windowDays} days
      </p>
      {active ? (
        <div className="study-progress">
          <p role="status" aria-live="polite">
            {STATUS_TEXT[run.status]}: {STAGES[Math.max(current, 0)]?.[1] ?? run.progress.stage}
            {run.progress.workers > 0
              ? ` (${formatCount(run.progress.workers)} workers so far)`
              : ''}
            .
          </p>
          <ol className="study-stages">
            {STAGES.map(([stage, text], i) => (
              <li
                key={stage}
                className={i < current ? 'stage-done' : i === current ? 'stage-current' : undefined}
                aria-current={i === current ? 'step' : undefined}
              >
                {text}
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button-danger"
            onClick={cancel}
            disabled={cancelling}
          >
            {cancelling ? 'Cancelling…' : 'Cancel this run'}
          </button>
        </div>
      ) : null}
      {run.failure ? (
        <Notice tone={run.status === 'cancelled' ? 'info' : 'error'}>
          {run.status === 'cancelled' ? 'Cancelled: ' : 'The run failed: '}
          {run.failure.message}
        </Notice>
      ) : null}
      {run.report ? (
        <RunReport runId={run.id} report={run.report} />
      ) : run.headline.length > 0 ? (
        <ul className="headline">
          {run.headline.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
