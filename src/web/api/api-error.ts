import { plainMessage } from './plain-words.js'

/** The API's error body `{ error: { code, message, details } }`, thrown by `request`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(plainMessage(message))
    this.name = 'ApiError'
  }

  /**
   * Messages keyed by the request field they are about (`email`, `password`…), from zod's
   * issues (`body.email`) or a domain error's `details.field`.
   */
  fieldMessages(): Readonly<Record<string, string>> {
    const details = (this.details ?? {}) as {
      readonly field?: unknown
      readonly issues?: readonly { readonly path?: unknown; readonly message?: unknown }[]
    }
    const out: Record<string, string> = {}
    if (typeof details.field === 'string') out[details.field] = this.message
    for (const issue of details.issues ?? []) {
      if (typeof issue.path !== 'string' || typeof issue.message !== 'string') continue
      const field = issue.path.replace(/^(body|query|params)\./, '')
      out[field] ??= plainMessage(issue.message)
    }
    return out
  }
}

/** A message for any thrown value, for a banner. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message
  return 'something went wrong'
}
