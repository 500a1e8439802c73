import { useState } from 'react'
import { ApiError, messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { SkillTest } from '../api/types.js'
import { Loading, Notice } from '../components/notice.js'
import { formatDate, formatMinutes } from '../format.js'
import { usePageTitle } from '../page-title.js'
import { Link, navigate } from '../router.js'
import { useSession } from '../session.js'
import { useLoad } from '../use-load.js'

/** What a test certifies and its rules, with the way in: "Start the test". */
export function TestPage({ testId }: { readonly testId: string }) {
  const [state] = useLoad(() => api.test(testId), [testId])
  usePageTitle(state.kind === 'ready' ? state.value.test.title : null)
  if (state.kind === 'loading') return <Loading />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { test } = state.value
  return (
    <article className="test-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/tests">Skill tests</Link>
        <span aria-hidden="true"> / </span>
        <Link to={`/tests?category=${encodeURIComponent(test.category)}`}>{test.category}</Link>
      </nav>
      <div className="test-layout">
        <div>
          <header className="page-header">
            <p className="eyebrow">Skill test · version {test.version}</p>
            <h1>{test.title}</h1>
            <p className="lead">{test.description}</p>
          </header>
          <section aria-labelledby="skill-title">
            <h2 id="skill-title">Skill certified</h2>
            <p>
              {test.skill.escoUri ? (
                <a href={test.skill.escoUri} rel="noreferrer noopener" target="_blank">
                  {test.skill.label}
                </a>
              ) : (
                test.skill.label
              )}
              {test.skill.escoUri ? <span className="muted"> (ESCO skill)</span> : null}
            </p>
          </section>
          <section aria-labelledby="outcomes-title">
            <h2 id="outcomes-title">Learning outcomes</h2>
            <ul className="checklist">
              {test.learningOutcomes.map((outcome) => (
                <li key={outcome}>{outcome}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="blueprint-title">
            <h2 id="blueprint-title">What the questions cover</h2>
            <ul className="blueprint">
              {test.blueprint.map((domain) => (
                <li key={domain.id}>
                  <span>{domain.title}</span>
                  <span className="bar" aria-hidden="true">
                    <span style={{ width: `${Math.round(domain.weight * 100)}%` }} />
                  </span>
                  <span className="muted">{Math.round(domain.weight * 100)} %</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="card test-facts" aria-labelledby="facts-title">
          <h2 id="facts-title">The test</h2>
          <TestFacts test={test} />
          <StartButton test={test} />
        </aside>
      </div>
    </article>
  )
}

function TestFacts({ test }: { readonly test: SkillTest }) {
  const waits = test.retakePolicy.waitDays.join(', then ')
  return (
    <dl className="fact-list">
      <dt>Workload</dt>
      <dd>{test.workloadHours} hours of learning</dd>
      <dt>EQF level</dt>
      <dd>{test.eqfLevel}</dd>
      <dt>Form length</dt>
      <dd>
        {test.form.scoredItems} scored questions
        {test.form.maxPretestItems > 0 ? ` + up to ${test.form.maxPretestItems} unscored` : ''}
      </dd>
      <dt>Time limit</dt>
      <dd>{formatMinutes(test.timeLimitSeconds / 60)}</dd>
      <dt>Pass rule</dt>
      <dd>{test.cutPercent} % or more correct</dd>
      {test.standardSetting ? (
        <>
          <dt>How the pass mark was set</dt>
          <dd>{test.standardSetting}</dd>
        </>
      ) : null}
      <dt>Retakes</dt>
      <dd>
        Wait {waits} days between attempts; at most {test.retakePolicy.maxAttemptsPerWindow} in{' '}
        {test.retakePolicy.windowDays} days
      </dd>
      <dt>Valid for</dt>
      <dd>
        {test.validityMonths} months, renewable in the last {test.retakePolicy.renewalWindowDays}{' '}
        days
      </dd>
    </dl>
  )
}

function StartButton({ test }: { readonly test: SkillTest }) {
  const { state } = useSession()
  const [error, setError] = useState<ApiError | Error | null>(null)
  const [busy, setBusy] = useState(false)
  if (!test.startable) {
    return (
      <div className="start">
        <Notice tone="info">{test.reason ?? 'This test cannot be started yet.'}</Notice>
        <p className="muted small">
          <Link to="/tests">Browse the tests you can take</Link>.
        </p>
      </div>
    )
  }
  if (state.kind !== 'signed-in') {
    const next = encodeURIComponent(`/tests/${test.id}`)
    return (
      <div className="start">
        <Link className="button button-primary button-wide" to={`/signin?next=${next}`}>
          Sign in to start
        </Link>
        <p className="muted small">
          No account yet? <Link to={`/register?next=${next}`}>Create one</Link>.
        </p>
      </div>
    )
  }
  const start = async () => {
    setBusy(true)
    setError(null)
    try {
      const { attempt } = await api.startAttempt(test.id)
      navigate(`/take/${encodeURIComponent(attempt.id)}`)
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(messageOf(caught)))
      setBusy(false)
    }
  }
  const running = error instanceof ApiError ? runningAttempt(error) : null
  return (
    <div className="start">
      <button
        className="button button-primary button-wide"
        type="button"
        onClick={start}
        disabled={busy}
      >
        {busy ? 'Preparing your form…' : 'Start the test'}
      </button>
      <p className="muted small">
        The clock starts at once and runs on our server: {formatMinutes(test.timeLimitSeconds / 60)}
        .
      </p>
      {error ? (
        <Notice tone="error">
          {retakeMessage(error)}{' '}
          {running ? <Link to={`/take/${encodeURIComponent(running)}`}>Resume it</Link> : null}
        </Notice>
      ) : null}
    </div>
  )
}

function runningAttempt(error: ApiError): string | null {
  const details = error.details as { attemptId?: unknown } | null
  return typeof details?.attemptId === 'string' ? details.attemptId : null
}

function retakeMessage(error: Error): string {
  if (!(error instanceof ApiError) || error.code !== 'retake_not_allowed') return error.message
  const notBefore = (error.details as { notBefore?: unknown } | null)?.notBefore
  return typeof notBefore === 'string'
    ? `You can take this test again from ${formatDate(notBefore)}.`
    : error.message
}
