import { useEffect, useState } from 'react'
import { market } from '../../api/market-endpoints.js'
import type { Message } from '../../api/types.js'
import { Notice } from '../../components/notice.js'
import { useAction } from './use-action.js'

/** How often an open thread asks for new messages, so they appear without a reload. */
export const THREAD_POLL_MS = 2000

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
          </li>
        ))}
      </ol>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void action.run(async () => {
            await market.send(proposalId, draft)
            setDraft('')
          })
        }}
      >
        <label htmlFor="message-draft">Your message</label>
        <textarea id="message-draft" value={draft} onChange={(e) => setDraft(e.target.value)} />
        {action.error ? <Notice tone="error">{action.error}</Notice> : null}
        <button className="button" type="submit" disabled={action.busy || !draft.trim()}>
          Send
        </button>
      </form>
    </section>
  )
}
