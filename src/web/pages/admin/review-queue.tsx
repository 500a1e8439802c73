import { useState } from 'react'
import {
  admin,
  itemImageAddress,
  type ReviewItem,
  type ReviewStage,
} from '../../api/admin-endpoints.js'
import { LoadStatus, Notice } from '../../components/notice.js'
import { ItemImages, Markdown } from '../../markdown.js'
import { useLoad } from '../../use-load.js'
import { useAction } from '../market/use-action.js'

const STAGES: readonly { stage: ReviewStage; label: string }[] = [
  { stage: 'draft', label: 'Drafts' },
  { stage: 'review', label: 'Reviewed' },
  { stage: 'pretest', label: 'In pretest' },
]

/** The step forward from each stage, as its button says it. */
const NEXT: Record<ReviewStage, { to: 'review' | 'pretest' | 'operational'; label: string }> = {
  draft: { to: 'review', label: 'Pass review' },
  review: { to: 'pretest', label: 'Start pretest' },
  pretest: { to: 'operational', label: 'Make operational' },
}

/**
 * The review workflow: items at one stage, shown as candidates see them. A draft's key is not
 * shown; its reviewer ticks the options they find correct, and the server compares.
 */
export function ReviewQueue() {
  const [stage, setStage] = useState<ReviewStage>('draft')
  const [state, reload] = useLoad(() => admin.reviewQueue(stage), [stage])
  return (
    <section aria-labelledby="queue-title" className="console-section">
      <h2 id="queue-title">Review queue</h2>
      <p className="muted">
        Imported and authored items move draft → reviewed (by someone other than their author, who
        finds the key) → pretest → operational (once their responses discriminate).
      </p>
      <fieldset className="review-stages">
        <legend>Stage</legend>
        {STAGES.map((s) => (
          <label key={s.stage}>
            <input
              type="radio"
              name="review-stage"
              checked={stage === s.stage}
              onChange={() => setStage(s.stage)}
            />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      <LoadStatus state={state} />
      {state.kind === 'ready' ? (
        <>
          <p className="result-count">
            {state.value.total} at this stage · {state.value.unassigned} unassigned drafts
          </p>
          {state.value.items.length === 0 ? (
            <p className="muted">No item waits at this stage.</p>
          ) : null}
          {state.value.items.map((item) => (
            <QueuedItem key={item.id} item={item} stage={stage} onMoved={reload} />
          ))}
        </>
      ) : null}
    </section>
  )
}

function QueuedItem({
  item,
  stage,
  onMoved,
}: {
  readonly item: ReviewItem
  readonly stage: ReviewStage
  readonly onMoved: () => void
}) {
  const [key, setKey] = useState<readonly string[]>([])
  const [note, setNote] = useState('')
  const action = useAction()
  const next = NEXT[stage]
  const move = (to: 'review' | 'pretest' | 'operational' | 'draft') =>
    action.run(async () => {
      await admin.reviewStep(item.id, { to, note, ...(to === 'review' ? { key: [...key] } : {}) })
      onMoved()
    })
  return (
    <article className="console-review-item" aria-label={`Item ${item.id}`}>
      <p className="muted">
        {item.id} · {item.testId} / {item.domain}
      </p>
      <ItemImages.Provider value={itemImageAddress(item.id)}>
        <Markdown source={item.stem} />
        <ul className="review-options">
          {item.options.map((option) => {
            const text = (
              <>
                <span className="option-id">{option.id}.</span>{' '}
                <span className="option-text">
                  <Markdown source={option.markdown} inline />
                </span>
                {item.keys?.includes(option.id) ? <strong> (key)</strong> : null}
              </>
            )
            return (
              <li key={option.id}>
                {stage === 'draft' ? (
                  <label>
                    <input
                      type="checkbox"
                      checked={key.includes(option.id)}
                      onChange={(e) =>
                        setKey((k) =>
                          e.target.checked ? [...k, option.id] : k.filter((x) => x !== option.id),
                        )
                      }
                    />{' '}
                    {text}
                  </label>
                ) : (
                  text
                )}
              </li>
            )
          })}
        </ul>
      </ItemImages.Provider>
      <label htmlFor={`note-${item.id}`}>Note on {item.id}</label>
      <input id={`note-${item.id}`} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="actions">
        <button
          className="button"
          type="button"
          disabled={action.busy}
          onClick={() => move(next.to)}
        >
          {next.label}
        </button>
        {stage !== 'draft' ? (
          <button
            className="button button-secondary"
            type="button"
            disabled={action.busy}
            onClick={() => move('draft')}
          >
            Return to draft
          </button>
        ) : null}
      </div>
      {action.error ? <Notice tone="error">{action.error}</Notice> : null}
    </article>
  )
}
