import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError, messageOf } from '../api/api-error.js'
import { api } from '../api/endpoints.js'
import type { Attempt } from '../api/types.js'
import type { SaveState } from '../components/question.js'
import { navigate } from '../router.js'
import { unsavedMessage } from './unsaved-answers.js'

export type Finishing = 'no' | 'submitting' | 'expired'

export const resultPath = (id: string) => `/results/${encodeURIComponent(id)}`

/** Waits between tries of one answer after a failure; the last repeats until it goes through. */
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000] as const
/** What ended a wait between tries: its timer, the browser coming back online, or a submit. */
type Wake = 'timer' | 'online' | 'asked'
/** How long a submit waits for answers still on their way before it names the missing ones. */
const SUBMIT_WAIT_MS = 8_000

/** A refusal the same request would get again (bad choice, signed out); anything else is retried. */
const isFinal = (caught: unknown) =>
  caught instanceof ApiError &&
  caught.status < 500 &&
  caught.status !== 408 &&
  caught.status !== 429

const sameChoice = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a !== undefined && b !== undefined && a.join('\n') === b.join('\n')

/**
 * The candidate's answers to one attempt, each saved as it is chosen and retried with growing
 * waits (at once when the browser comes back online) until the server has it, and the way out:
 * a submit, which first waits for every answer to be saved, or the deadline. One save loop runs
 * per item and always sends that item's latest choice, so the server ends with the latest.
 */
export function useAttemptAnswers(attempt: Attempt) {
  const [answers, setAnswers] = useState<Readonly<Record<number, readonly string[]>>>(() =>
    Object.fromEntries(attempt.items.map((item) => [item.position, item.chosenOptionIds ?? []])),
  )
  const [saves, setSaves] = useState<Readonly<Record<number, SaveState>>>({})
  const [finishing, setFinishing] = useState<Finishing>('no')
  const [error, setError] = useState<string | null>(null)
  /** What each item should hold on the server, and what the server is known to hold. */
  const wanted = useRef(new Map<number, readonly string[]>())
  const stored = useRef(
    new Map<number, readonly string[]>(
      attempt.items.flatMap((i) =>
        i.chosenOptionIds?.length ? [[i.position, i.chosenOptionIds]] : [],
      ),
    ),
  )
  const loops = useRef(new Map<number, Promise<void>>())
  /** Waiting retries, woken early when the browser is back online or a submit asks for them. */
  const wakers = useRef(new Set<(why: Wake) => void>())
  const finishingRef = useRef(false)
  const gone = useRef(false)

  const wakeAll = useCallback((why: Wake = 'asked') => {
    for (const wake of [...wakers.current]) wake(why)
  }, [])

  useEffect(() => {
    gone.current = false
    const backOnline = () => wakeAll('online')
    window.addEventListener('online', backOnline)
    return () => {
      gone.current = true
      window.removeEventListener('online', backOnline)
      wakeAll()
    }
  }, [wakeAll])

  const unsavedPositions = useCallback(
    () =>
      [...wanted.current]
        .filter(([position, ids]) => !sameChoice(ids, stored.current.get(position)))
        .map(([position]) => position)
        .sort((a, b) => a - b),
    [],
  )

  // Leaving the page with answers the server does not have asks the browser to warn first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsavedPositions().length > 0 && !finishingRef.current) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsavedPositions])

  const pause = (ms: number) =>
    new Promise<Wake>((resolve) => {
      const done = (why: Wake) => {
        clearTimeout(timer)
        wakers.current.delete(done)
        resolve(why)
      }
      const timer = setTimeout(() => done('timer'), ms)
      wakers.current.add(done)
    })

  const finishRef = useRef<(reason: Exclude<Finishing, 'no'>) => Promise<void>>(async () => {})

  const saveLoop = async (position: number, show: (state: SaveState) => void) => {
    let failures = 0
    for (;;) {
      const ids = wanted.current.get(position)
      if (gone.current || ids === undefined) return
      if (sameChoice(ids, stored.current.get(position))) return show({ kind: 'saved' })
      if (failures === 0) show({ kind: 'saving' })
      try {
        await api.answer(attempt.id, position, ids)
        stored.current.set(position, ids)
        failures = 0
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 410) {
          void finishRef.current('expired')
          return
        }
        if (isFinal(caught)) {
          wanted.current.delete(position)
          return show({ kind: 'failed', message: messageOf(caught) })
        }
        const offline = typeof navigator !== 'undefined' && navigator.onLine === false
        show({
          kind: 'unsaved',
          message: offline
            ? 'you are offline; it is saved as soon as the connection is back'
            : 'the server could not be reached; trying again',
        })
        const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!
        failures += 1
        // Chromium can fire "online" a moment before requests get through, so the try it wakes
        // may fail again; the waits start short again rather than where the outage left them.
        if ((await pause(delay)) === 'online') failures = 0
      }
    }
  }

  const ensureLoop = (position: number) => {
    if (loops.current.has(position)) return
    const show = (state: SaveState) => {
      if (!gone.current) setSaves((s) => ({ ...s, [position]: state }))
    }
    const loop = saveLoop(position, show).finally(() => {
      loops.current.delete(position)
      // A choice made while the last request was answered is picked up by a fresh loop.
      const ids = wanted.current.get(position)
      if (!gone.current && ids && !sameChoice(ids, stored.current.get(position))) {
        ensureLoop(position)
      }
    })
    loops.current.set(position, loop)
  }

  /** Resolves when every loop is done, or after `ms`, whichever is first. */
  const settle = useCallback(
    async (ms: number) => {
      const deadline = Date.now() + ms
      while (loops.current.size > 0 && Date.now() < deadline) {
        wakeAll()
        await Promise.race([
          Promise.allSettled([...loops.current.values()]),
          new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, deadline - Date.now())))),
        ])
      }
    },
    [wakeAll],
  )

  const finish = useCallback(
    async (reason: Exclude<Finishing, 'no'>) => {
      // A double click, or the deadline passing during a submit, must not submit twice.
      if (finishingRef.current) return
      finishingRef.current = true
      setFinishing(reason)
      setError(null)
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false
      // At the deadline the server scores what it has; otherwise nothing is lost by waiting.
      await settle(reason === 'expired' || offline ? 1_000 : SUBMIT_WAIT_MS)
      const unsaved = unsavedPositions()
      if (reason === 'submitting' && unsaved.length > 0) {
        setError(unsavedMessage(unsaved, offline))
        setFinishing('no')
        finishingRef.current = false
        return
      }
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
    [attempt.id, unsavedPositions, settle],
  )
  finishRef.current = finish

  const choose = (position: number, optionIds: readonly string[]) => {
    setAnswers((a) => ({ ...a, [position]: optionIds }))
    // The API takes at least one option: an emptied multiple-answer item waits for a choice.
    if (optionIds.length === 0) {
      wanted.current.delete(position)
      setSaves((s) => ({ ...s, [position]: { kind: 'idle' } }))
      return
    }
    wanted.current.set(position, optionIds)
    ensureLoop(position)
  }

  const unsaved = Object.entries(saves)
    .filter(([, s]) => s.kind === 'unsaved' || s.kind === 'failed')
    .map(([p]) => Number(p))
    .sort((a, b) => a - b)

  return { answers, saves, unsaved, finishing, error, choose, finish }
}
