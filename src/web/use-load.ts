import { type DependencyList, useCallback, useEffect, useState } from 'react'

export type Loaded<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'ready'; readonly value: T }

/** Runs `load` when `deps` change, ignoring answers that arrive after a newer request. */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): [Loaded<T>, () => void, (value: T) => void] {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' })
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide reloads
  useEffect(() => {
    let current = true
    setState({ kind: 'loading' })
    load().then(
      (value) => current && setState({ kind: 'ready', value }),
      (error: unknown) => current && setState({ kind: 'failed', error }),
    )
    return () => {
      current = false
    }
  }, [...deps, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  const set = useCallback((value: T) => setState({ kind: 'ready', value }), [])
  return [state, reload, set]
}
