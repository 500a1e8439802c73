import { useCallback, useEffect, useRef, useState } from 'react'
import { messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { Attempt } from '../api/types.js'
import { Countdown } from '../components/countdown.js'
import { Loading, Notice } from '../components/notice.js'
import { Question } from '../components/question.js'
import { QuestionMap } from '../components/question-map.js'
import { ItemImages } from '../markdown.js'
import { usePageTitle } from '../page-title.js'
import { Redirect } from '../router.js'
import { useLoad } from '../use-load.js'
import { resultPath, useAttemptAnswers } from './use-attempt-answers.js'

type Layout = 'one' | 'all'

/** Taking a test: answers are saved as they are chosen; the server's deadline ends it. */
export function AttemptPage({ attemptId }: { readonly attemptId: string }) {
  const [state] = useLoad(() => api.attempt(attemptId), [attemptId])
  if (state.kind === 'loading') return <Loading label="Loading your test…" />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  const { attempt } = state.value
  if (attempt.status === 'scored') return <Redirect to={resultPath(attempt.id)} />
  return <AttemptForm attempt={attempt} />
}

function AttemptForm({ attempt }: { readonly attempt: Attempt }) {
  const [title] = useLoad(() => api.test(attempt.testId), [attempt.testId])
  usePageTitle(title.kind === 'ready' ? `Taking ${title.value.test.title}` : null)
  const { answers, saves, unsaved, finishing, error, choose, finish } = useAttemptAnswers(attempt)
  const [layout, setLayout] = useState<Layout>('one')
  const [current, setCurrent] = useState(0)
  const [confirming, setConfirming] = useState(false)
  const onExpire = useCallback(() => void finish('expired'), [finish])

  // Moving to another question puts focus on it (for keyboards and screen readers) and its top
  // just below the sticky bars; the first render leaves focus, and the scroll, where it starts.
  const moved = useRef(false)
  useEffect(() => {
    if (!moved.current) {
      moved.current = true
      return
    }
    if (layout === 'one') showQuestion(current)
  }, [current, layout])

  // The confirmation takes focus as it opens, so it is read out and on screen.
  const confirmRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!confirming) return
    const dialog = confirmRef.current
    if (!dialog) return
    dialog.focus({ preventScroll: true })
    dialog.scrollIntoView({ block: 'center' })
  }, [confirming])

  const total = attempt.items.length
  const answered = attempt.items.filter((i) => (answers[i.position] ?? []).length > 0).length
  const shown = layout === 'all' ? attempt.items : attempt.items.slice(current, current + 1)
  const locked = finishing !== 'no'

  return (
    <div className="attempt">
      <header className="attempt-bar">
        <div>
          <p className="eyebrow">Skill test</p>
          <h1 className="attempt-title">
            {title.kind === 'ready' ? title.value.test.title : attempt.testId}
          </h1>
          <p className="muted small" aria-live="polite">
            {answered} of {total} answered
          </p>
          {unsaved.length > 0 ? (
            <p className="unsaved-count" role="alert">
              {unsaved.length === 1
                ? `Question ${unsaved[0]} is not saved`
                : `${unsaved.length} answers are not saved`}
            </p>
          ) : null}
        </div>
        <Countdown deadline={attempt.deadline} onExpire={onExpire} />
      </header>
      {finishing === 'expired' ? (
        <Notice tone="info">Time is up: your answers are being scored as they stand.</Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <fieldset className="layout-switch">
        <legend className="visually-hidden">Show questions</legend>
        <button type="button" aria-pressed={layout === 'one'} onClick={() => setLayout('one')}>
          One at a time
        </button>
        <button type="button" aria-pressed={layout === 'all'} onClick={() => setLayout('all')}>
          All questions
        </button>
      </fieldset>
      {shown.map((item) => (
        <ItemImages.Provider
          key={item.position}
          value={questionImageAddress(attempt.id, item.position)}
        >
          <Question
            item={item}
            total={total}
            chosen={answers[item.position] ?? []}
            save={saves[item.position] ?? { kind: 'idle' }}
            disabled={locked}
            onChange={(ids) => choose(item.position, ids)}
          />
        </ItemImages.Provider>
      ))}
      <div className="attempt-actions">
        {layout === 'one' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={current === 0}
              onClick={() => setCurrent((c) => c - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={current === total - 1}
              onClick={() => setCurrent((c) => c + 1)}
            >
              Next
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          disabled={locked}
          onClick={() => (answered < total ? setConfirming(true) : void finish('submitting'))}
        >
          {finishing === 'submitting' ? 'Scoring…' : 'Submit answers'}
        </button>
      </div>
      {confirming && !locked ? (
        <div
          ref={confirmRef}
          className="confirm"
          role="alertdialog"
          aria-labelledby="confirm-text"
          tabIndex={-1}
        >
          <p id="confirm-text">
            {total - answered} of {total} questions have no answer. Unanswered questions score
            nothing. Submit anyway?
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => finish('submitting')}
          >
            Submit now
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep answering
          </button>
        </div>
      ) : null}
      <h2 className="map-title" id="map-title">
        Jump to a question
      </h2>
      <QuestionMap
        items={attempt.items}
        answers={answers}
        current={layout === 'one' ? current : null}
        unsaved={unsaved}
        go={(index) => {
          if (layout === 'one') setCurrent(index)
          else showQuestion(index)
        }}
      />
    </div>
  )
}

/**
 * Scrolls question `index` (0-based) so its top sits just under the sticky header and timer,
 * whatever their height on this screen, and focuses it without a second scroll.
 */
function showQuestion(index: number): void {
  const question = document.getElementById(`question-${index + 1}`)
  if (!question) return
  const bars = [...document.querySelectorAll('.site-header, .attempt-bar')]
  const covered = Math.max(0, ...bars.map((bar) => bar.getBoundingClientRect().bottom))
  const top = question.getBoundingClientRect().top + window.scrollY - covered - 12
  window.scrollTo({ top: Math.max(0, top) })
  question.focus({ preventScroll: true })
}

/** Where a question of this attempt finds the images its Markdown names (stored with the item). */
function questionImageAddress(attemptId: string, position: number) {
  return (path: string): string | null =>
    /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')
      ? null
      : `/attempts/${encodeURIComponent(attemptId)}/items/${position}/assets/${path.split('/').map(encodeURIComponent).join('/')}`
}
