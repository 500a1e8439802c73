import { type KeyboardEvent, useRef, useState } from 'react'
import type { AttemptItem } from '../api/types.js'

/**
 * Numbered buttons to jump between questions, marking the answered ones. The map is one Tab
 * stop (the current question's button); arrow keys, Home and End move along it, so thirty
 * buttons never stand between the keyboard and the next answer.
 */
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
  const [focused, setFocused] = useState<number | null>(null)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const stop = focused ?? current ?? 0
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index))
    setFocused(next)
    buttons.current[next]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
    }
    const target = step[event.key]
    if (target === undefined) return
    event.preventDefault()
    moveTo(target)
  }
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
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            tabIndex={index === stop ? 0 : -1}
            className={classes.filter(Boolean).join(' ')}
            aria-current={current === index ? 'step' : undefined}
            aria-label={`Question ${item.position}${notSaved ? ', not saved' : answered ? ', answered' : ''}`}
            onKeyDown={(event) => onKeyDown(event, index)}
            onFocus={() => setFocused(index)}
            onClick={() => go(index)}
          >
            {item.position}
          </button>
        )
      })}
    </nav>
  )
}
