import { useState } from 'react'
import { messageOf } from '../../api/api-error.js'

/**
 * Runs one user action at a time, keeping its error to show; a second click while one runs is
 * ignored, so a double click never sends a move twice.
 */
export function useAction(): {
  readonly busy: boolean
  readonly error: string | null
  run(action: () => Promise<unknown>): Promise<void>
} {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return {
    busy,
    error,
    async run(action) {
      if (busy) return
      setBusy(true)
      setError(null)
      try {
        await action()
      } catch (caught) {
        setError(messageOf(caught))
      } finally {
        setBusy(false)
      }
    },
  }
}
