import { ApiError } from './api-error.js'
import { noteServerDate } from './server-clock.js'

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * One JSON call to the API on this origin. The session cookie rides along by itself (same
 * origin, HttpOnly); a non-2xx answer throws an `ApiError` carrying the API's error body.
 */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  // Files go as multipart form data, the browser writing its boundary into the content type.
  const form = body instanceof FormData
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body === undefined || form ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? null : form ? body : JSON.stringify(body),
  })
  noteServerDate(response.headers.get('date'))
  if (response.status === 204) return undefined as T
  const text = await response.text()
  const json: unknown = text ? safeParse(text) : null
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; details?: unknown } })
      ?.error
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? `the server answered ${response.status}`,
      error?.details ?? null,
    )
  }
  return json as T
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
