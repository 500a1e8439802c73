import type { AttemptItem } from '../api/types.js'
import { Markdown } from '../markdown.js'

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'unsaved'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }

/** One item: its stem and options (radio or checkbox), and whether the answer is saved. */
export function Question({
  item,
  total,
  chosen,
  save,
  disabled,
  onChange,
}: {
  readonly item: AttemptItem
  readonly total: number
  readonly chosen: readonly string[]
  readonly save: SaveState
  readonly disabled: boolean
  readonly onChange: (optionIds: readonly string[]) => void
}) {
  const multiple = item.kind === 'multiple'
  const name = `item-${item.position}`
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) return onChange([id])
    const next = checked ? [...chosen, id] : chosen.filter((c) => c !== id)
    onChange(item.options.map((o) => o.id).filter((o) => next.includes(o)))
  }
  return (
    <fieldset
      className={
        save.kind === 'unsaved' || save.kind === 'failed' ? 'question question-unsaved' : 'question'
      }
      id={`question-${item.position}`}
      tabIndex={-1}
    >
      <legend>
        <span className="question-number">
          Question {item.position} of {total}
        </span>
        <span className="muted small">
          {multiple ? 'Choose every answer that applies' : 'Choose one answer'}
        </span>
      </legend>
      <div className="stem">
        <Markdown source={item.stem} />
      </div>
      <div className="options">
        {item.options.map((option) => (
          <label key={option.id} className="option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={chosen.includes(option.id)}
              disabled={disabled}
              onChange={(e) => toggle(option.id, e.target.checked)}
            />
            <span className="option-text">
              <Markdown source={option.markdown} inline />
            </span>
          </label>
        ))}
      </div>
      <p className={`save-state save-${save.kind}`} role="status">
        {saveText(save, multiple && chosen.length === 0)}
      </p>
    </fieldset>
  )
}

function saveText(save: SaveState, emptyMultiple: boolean): string {
  switch (save.kind) {
    case 'idle':
      return emptyMultiple ? 'Choose at least one answer to save it' : ''
    case 'saving':
      return 'Saving…'
    case 'saved':
      return 'Answer saved'
    case 'unsaved':
      return `Not saved yet: ${save.message}`
    case 'failed':
      return `Not saved: ${save.message}`
  }
}
