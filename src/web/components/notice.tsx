import type { ReactNode } from 'react'
import { messageOf } from '../api/api-error.js'
import type { Loaded } from '../use-load.js'

type Tone = 'error' | 'info' | 'success'

/** A message box; errors are announced to screen readers as they appear. */
export function Notice({ tone, children }: { readonly tone: Tone; readonly children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}

export function Loading({ label = 'Loading…' }: { readonly label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  )
}

/** What a page shows while its data loads or after the load failed; nothing once it is ready. */
export function LoadStatus({
  state,
  label,
}: {
  readonly state: Loaded<unknown>
  readonly label?: string
}) {
  if (state.kind === 'loading') return <Loading label={label} />
  if (state.kind === 'failed') return <Notice tone="error">{messageOf(state.error)}</Notice>
  return null
}
