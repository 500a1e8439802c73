import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react'

export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly value: T }

const LOADING = { kind: 'loading' } as const

const sameDeps = (a: DependencyList, b: DependencyList): boolean =>
  a.length === b.length && a.every((d, i) => Object.is(d, b[i]))

/**
 * Runs `load` when `deps` change, ignoring answers that arrive after a newer request. Each answer
 * remembers the deps it was asked for: in the render where the deps have changed but the effect
 * has not yet run, the previous answer is not returned as if it answered the new ones.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): [Loaded<T>, () => void, (value: T) => void] {
  const [round, setRound] = useState(0)
  const asked = [...deps, round]
  const latest = useRef(asked)
  latest.current = asked
  const [state, setState] = useState<{
    readonly asked: DependencyList
    readonly loaded: Loaded<T>
  }>({ asked, loaded: LOADING })
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide reloads
  useEffect(() => {
    let current = true
    setState({ asked, loaded: LOADING })
    load().then(
      (value) => current && setState({ asked, loaded: { kind: 'ready', value } }),
      (error: unknown) => current && setState({ asked, loaded: { kind: 'failed', error } }),
    )
    return () => {
      current = false
    }
  }, [...deps, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  const set = useCallback(
    (value: T) => setState({ asked: latest.current, loaded: { kind: 'ready', value } }),
    [],
  )
  return [sameDeps(state.asked, asked) ? state.loaded : LOADING, reload, set]
}
