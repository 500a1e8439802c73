import { type FormEvent, useEffect, useState } from 'react'
import { ApiError, messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { StudyRun } from '../api/types.js'
import { Field } from '../components/field.js'
import { Loading, Notice } from '../components/notice.js'
import { formatDate } from '../format.js'
import { navigate } from '../router.js'
import { useSession } from '../session.js'

/** How often a running study is asked for its progress. */
export const STUDY_POLL_MS = 1000

/** Workers in a simulated market unless the analyst asks for another size. */
export const DEFAULT_SIMULATED_WORKERS = 2000

/** Analysts start the impact study on a simulated market or the platform's records, and follow it. */
export function StudyPage({ runId }: { readonly runId: string | null }) {
  const { state } = useSession()
  const role = state.kind === 'signed-in' ? state.account.role : null
  if (role !== 'analyst' && role !== 'administrator') {
    return <Notice tone="info">The impact study is open to analysts and administrators.</Notice>
  }
  return (
    <div className="study">
      <header className="page-header">
        <h1>Impact study</h1>
        <p className="muted">
          A fixed-effects event study of what credentials do for workers' earnings and projects.
        </p>
      </header>
      <StartRun />
      {runId ? <RunStatus key={runId} runId={runId} /> : null}
    </div>
  )
}

function StartRun() {
  const [fields, setFields] = useState<Readonly<Record<string, string>>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    setFields({})
    try {
      const { run } = await api.startStudyRun({
        source: 'simulation',
        workers: Number(form.get('workers')),
        seed: Number(form.get('seed')),
      })
      navigate(`/analysis/runs/${encodeURIComponent(run.id)}`)
    } catch (caught) {
      const byField = caught instanceof ApiError ? caught.fieldMessages() : {}
      setFields(byField)
      if (Object.keys(byField).length === 0) setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="card study-form" onSubmit={onSubmit} noValidate>
      <h2>Run on a simulated market</h2>
      <div className="study-fields">
        <Field
          label="Workers"
          name="workers"
          type="number"
          defaultValue={DEFAULT_SIMULATED_WORKERS}
          error={fields.workers}
        />
        <Field label="Seed" name="seed" type="number" defaultValue={1} error={fields.seed} />
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button className="button button-primary" type="submit" disabled={busy}>
        {busy ? 'Starting…' : 'Start the study'}
      </button>
    </form>
  )
}

function RunStatus({ runId }: { readonly runId: string }) {
  const [run, setRun] = useState<StudyRun | null>(null)
  const [error, setError] = useState<string | null>(null)
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
  if (error) return <Notice tone="error">{error}</Notice>
  if (!run) return <Loading label="Loading the run…" />
  return (
    <section className="card study-run" aria-labelledby="run-title" aria-live="polite">
      <div className="credential-head">
        <h2 id="run-title">Run of {formatDate(run.createdAt)}</h2>
        <span className={`pill pill-run-${run.status}`}>{run.status}</span>
      </div>
      <p className="muted small">
        {describeSource(run.source)} · stage {run.progress.stage} · {run.progress.workers} workers
        processed · window {run.settings.windowDays} days
      </p>
      {run.failure ? <Notice tone="error">{run.failure.message}</Notice> : null}
      {run.headline.length > 0 ? (
        <ul className="headline">
          {run.headline.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}

function describeSource(source: Readonly<Record<string, unknown>>): string {
  switch (source.kind) {
    case 'simulation':
      return `Simulated market of ${String(source.workers)} workers (seed ${String(source.seed)})`
    case 'upload':
      return `Uploaded records of ${String(source.workers)} workers`
    case 'platform':
      return "The platform's records"
    default:
      return 'Records'
  }
}
