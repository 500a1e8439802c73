import { useCallback, useRef, useState } from 'react'
import { ApiError, messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { Attempt } from '../api/types.js'
import type { SaveState } from '../components/question.js'
import { navigate } from '../router.js'

export type Finishing = 'no' | 'submitting' | 'expired'

export const resultPath = (id: string) => `/results/${encodeURIComponent(id)}`

/**
 * The candidate's answers to one attempt, each saved as it is chosen, and the way out: a submit,
 * or the deadline. Answers to one item go out one after another, so the server keeps the latest
 * choice, and only the latest says whether it is saved.
 */
export function useAttemptAnswers(attempt: Attempt) {
  const [answers, setAnswers] = useState<Readonly<Record<number, readonly string[]>>>(() =>
    Object.fromEntries(attempt.items.map((item) => [item.position, item.chosenOptionIds ?? []])),
  )
  const [saves, setSaves] = useState<Readonly<Record<number, SaveState>>>({})
  const [finishing, setFinishing] = useState<Finishing>('no')
  const [error, setError] = useState<string | null>(null)
  const chains = useRef(new Map<number, Promise<unknown>>())
  const latest = useRef(new Map<number, number>())
  const finishingRef = useRef(false)

  const finish = useCallback(
    async (reason: Exclude<Finishing, 'no'>) => {
      // A double click, or the deadline passing during a submit, must not submit twice.
      if (finishingRef.current) return
      finishingRef.current = true
      setFinishing(reason)
      await Promise.allSettled(chains.current.values())
      try {
        await api.submit(attempt.id)
      } catch (caught) {
        // Already scored (the deadline passed on the server first): its result is what counts.
        if (!(caught instanceof ApiError && caught.status < 500)) {
          setError(messageOf(caught))
          setFinishing('no')
          finishingRef.current = false
          return
        }
      }
      navigate(resultPath(attempt.id), { replace: true })
    },
    [attempt.id],
  )

  const choose = (position: number, optionIds: readonly string[]) => {
    setAnswers((a) => ({ ...a, [position]: optionIds }))
    const turn = (latest.current.get(position) ?? 0) + 1
    latest.current.set(position, turn)
    const show = (state: SaveState) => {
      if (latest.current.get(position) === turn) setSaves((s) => ({ ...s, [position]: state }))
    }
    // The API takes at least one option: an emptied multiple-answer item waits for a choice.
    if (optionIds.length === 0) return show({ kind: 'idle' })
    show({ kind: 'saving' })
    const previous = chains.current.get(position) ?? Promise.resolve()
    const next = previous.then(() =>
      api.answer(attempt.id, position, optionIds).then(
        () => show({ kind: 'saved' }),
        (caught: unknown) => {
          if (caught instanceof ApiError && caught.status === 410) return void finish('expired')
          show({ kind: 'failed', message: messageOf(caught) })
        },
      ),
    )
    chains.current.set(position, next)
  }

  return { answers, saves, finishing, error, choose, finish }
}
