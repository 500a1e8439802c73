import type { AttemptItem } from '../api/types.js'

/** Numbered buttons to jump between questions, marking the answered ones. */
export function QuestionMap({
  items,
  answers,
  current,
  unsaved,
  go,
}: {
  readonly items: readonly AttemptItem[]
  readonly answers: Readonly<Record<number, readonly string[]>>
  readonly current: number | null
  readonly unsaved: readonly number[]
  readonly go: (index: number) => void
}) {
  return (
    <nav className="question-map" aria-label="Questions">
      {items.map((item, index) => {
        const answered = (answers[item.position] ?? []).length > 0
        const notSaved = unsaved.includes(item.position)
        const classes = [
          'map-cell',
          answered ? 'map-answered' : '',
          notSaved ? 'map-unsaved' : '',
          current === index ? 'map-current' : '',
        ]
        return (
          <button
            key={item.position}
            type="button"
            className={classes.filter(Boolean).join(' ')}
            aria-current={current === index ? 'step' : undefined}
            aria-label={`Question ${item.position}${notSaved ? ', not saved' : answered ? ', answered' : ''}`}
            onClick={() => go(index)}
          >
            {item.position}
          </button>
        )
      })}
    </nav>
  )
}
