import {
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useSyncExternalStore,
} from 'react'

// A history router small enough to read: the path is the state, links push it, back/forward pop it.

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const snapshot = () => window.location.pathname + window.location.search

/** Goes to an in-app path without reloading the page. */
export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  window.scrollTo(0, 0)
  for (const listener of listeners) listener()
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { readonly path: string; readonly query: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot)
  const [path = '/', search = ''] = current.split('?')
  return { path, query: new URLSearchParams(search) }
}

/** Redirects once mounted (a render must not navigate). */
export function Redirect({ to }: { readonly to: string }): null {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  readonly to: string
  readonly children: ReactNode
}

/** An anchor that navigates in-app on a plain left click and behaves natively otherwise. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  )
}
