import { useEffect, useState } from 'react'
import { market } from '../../api/market-endpoints.js'
import type { Message } from '../../api/types.js'
import { Notice } from '../../components/notice.js'
import { formatDateTime } from '../../format.js'
import { useAction } from './use-action.js'

/** How often an open thread asks for new messages, so they appear without a reload. */
export const THREAD_POLL_MS = 2000

/** The API takes up to ten proposed times a message; three keep the form short on a phone. */
const MAX_SLOTS = 3

/**
 * A `datetime-local` value is the writer's wall-clock time without a zone; the browser's own zone
 * turns it into one instant, which the other side reads in theirs.
 */
function slotInstant(local: string): string {
  return new Date(local).toISOString()
}

/** The interview thread of a proposal, polled for new messages while it is on screen. */
export function MessageThread({
  proposalId,
  viewerId,
}: {
  readonly proposalId: string
  readonly viewerId: string
}) {
  const [messages, setMessages] = useState<readonly Message[]>([])
  const [draft, setDraft] = useState('')
  const [slots, setSlots] = useState<readonly string[]>([])
  const action = useAction()
  useEffect(() => {
    let last: string | undefined
    let stopped = false
    const poll = async () => {
      try {
        const { messages: fresh } = await market.messages(proposalId, last)
        if (stopped || fresh.length === 0) return
        last = fresh.at(-1)!.id
        setMessages((known) => [
          ...known,
          ...fresh.filter((m) => !known.some((k) => k.id === m.id)),
        ])
      } catch {
        // The next poll tries again; a closed thread simply stays as it is.
      }
    }
    void poll()
    const timer = setInterval(poll, THREAD_POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [proposalId])
  return (
    <section aria-labelledby="thread-title" className="market-thread">
      <h2 id="thread-title">Messages</h2>
      <ol aria-label="Messages">
        {messages.map((m) => (
          <li key={m.id} className={m.authorId === viewerId ? 'mine' : 'theirs'}>
            {m.body}
            {m.slots.length > 0 ? (
              <ul aria-label="Proposed interview times" className="market-slots">
                {m.slots.map((slot) => (
                  <li key={slot}>
                    <time dateTime={slot}>{formatDateTime(slot)}</time>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void action.run(async () => {
            await market.send(
              proposalId,
              draft,
              slots.filter((slot) => slot !== '').map(slotInstant),
            )
            setDraft('')
            setSlots([])
          })
        }}
      >
        <label htmlFor="message-draft">Your message</label>
        <textarea id="message-draft" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <fieldset className="market-slot-picker">
          <legend>Propose interview times (your time zone)</legend>
          {slots.map((slot, index) => (
            // Slots have no identity but their place in this short list.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows and empties
            <div key={index}>
              <label htmlFor={`slot-${index}`}>Time {index + 1}</label>
              <input
                id={`slot-${index}`}
                type="datetime-local"
                value={slot}
                onChange={(e) =>
                  setSlots(slots.map((old, i) => (i === index ? e.target.value : old)))
                }
              />
            </div>
          ))}
          {slots.length < MAX_SLOTS ? (
            <button
              className="button button-small"
              type="button"
              onClick={() => setSlots([...slots, ''])}
            >
              Add a time
            </button>
          ) : null}
        </fieldset>
        {action.error ? <Notice tone="error">{action.error}</Notice> : null}
        <button className="button" type="submit" disabled={action.busy || !draft.trim()}>
          Send
        </button>
      </form>
    </section>
  )
}
