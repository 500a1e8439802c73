import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { AttemptReport, DomainStanding } from '../api/types.js'
import { Loading, Notice } from '../components/notice.js'
import { formatDate, formatPercent, ordinal } from '../format.js'
import { Link } from '../router.js'
import { useLoad } from '../use-load.js'
import { nextAttemptText } from './next-attempt.js'

const STANDING_TEXT: Readonly<Record<DomainStanding, string>> = {
  strength: 'Strength',
  adequate: 'Adequate',
  gap: 'Worth studying',
}

/** A scored attempt: the score against the cut, where it stands among takers, and per domain. */
export function ResultPage({ attemptId }: { readonly attemptId: string }) {
  const [state] = useLoad(async () => {
    const { report } = await api.result(attemptId)
    const test = await api.test(report.testId).then(
      (r) => r.test,
      () => null,
    )
    return { report, title: test?.title ?? report.testId }
  }, [attemptId])
  if (state.kind === 'loading') return <Loading label="Loading your result…" />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  return <Report report={state.value.report} title={state.value.title} />
}

function Report({ report, title }: { readonly report: AttemptReport; readonly title: string }) {
  // A pass needs no retake; one rejected on review counts as a failure.
  const failed = !report.passed || report.integrityReview?.status === 'rejected'
  const nextAttempt = failed ? nextAttemptText(report) : null
  return (
    <article className="result">
      <header className={report.passed ? 'result-hero result-pass' : 'result-hero result-fail'}>
        <p className="eyebrow">{title}</p>
        <h1>{report.passed ? 'You passed' : 'Not passed this time'}</h1>
        <div className="score">
          <span className="score-value">{Math.round(report.percentScore)}</span>
          <span className="score-unit">%</span>
        </div>
        <p>
          {report.rawScore} of {report.scoredItems} scored questions right; the pass mark is{' '}
          {formatPercent(report.cutPercent)}.
          {report.endedBy === 'expiry'
            ? ' The time ran out, so your answers were scored as they stood.'
            : ''}
        </p>
        {report.percentile !== null ? (
          <p className="percentile">
            {ordinal(report.percentile)} percentile: you scored higher than{' '}
            {Math.round(report.percentile)} % of recent takers.
          </p>
        ) : (
          <p className="percentile muted">Too few recent takers yet for a percentile.</p>
        )}
        {nextAttempt ? <p className="next-attempt">{nextAttempt}</p> : null}
      </header>
      {report.certification ? (
        <Notice tone="success">
          Your credential is issued, valid until {formatDate(report.certification.validUntil)}.{' '}
          <Link to="/my-credentials">See it in My credentials</Link>
        </Notice>
      ) : report.integrityReview?.status === 'held' ? (
        <Notice tone="info">
          Your pass is being reviewed before its credential is issued, as some passes are. The
          credential appears in <Link to="/my-credentials">My credentials</Link> once the review is
          done.
        </Notice>
      ) : report.integrityReview?.status === 'rejected' ? (
        <Notice tone="error">
          After review this pass was not accepted, so it earns no credential. You can take the test
          again under the usual waiting periods.
        </Notice>
      ) : null}
      <section aria-labelledby="domains-title">
        <h2 id="domains-title">Feedback by content area</h2>
        <ul className="domains">
          {report.domains.map((d) => (
            <li key={d.domain} className={`domain domain-${d.standing}`}>
              <div className="domain-head">
                <span className="domain-title">{d.title}</span>
                <span className={`pill pill-${d.standing}`}>{STANDING_TEXT[d.standing]}</span>
              </div>
              <span className="bar" role="img" aria-label={`${d.correct} of ${d.scored} right`}>
                <span style={{ width: `${Math.round(d.percent)}%` }} />
              </span>
              <span className="muted small">
                {d.correct} of {d.scored} right ({formatPercent(d.percent)})
              </span>
            </li>
          ))}
        </ul>
      </section>
      <p className="result-links">
        <Link className="button" to={`/tests/${encodeURIComponent(report.testId)}`}>
          About this test
        </Link>
        <Link className="button" to="/tests">
          More tests
        </Link>
      </p>
    </article>
  )
}
