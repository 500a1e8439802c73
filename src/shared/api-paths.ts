/** API paths that are not in the OpenAPI document (the documentation itself). */
export const UNDOCUMENTED_API_SEGMENTS: readonly string[] = ['docs', 'openapi.json']

/** `/credentials/x/page?download=1` → `credentials`. */
export function firstPathSegment(url: string): string {
  return url.split('?')[0]!.split('/')[1] ?? ''
}

/**
 * The first path segments that belong to the API: those of every path its OpenAPI document lists,
 * and the documentation's. The server answers pages outside them with the browser app, and the
 * app's development server passes requests inside them to the API.
 *
 * @example apiPathSegments(Object.keys(document.paths)).has('catalog') // true
 */
export function apiPathSegments(documentedPaths: Iterable<string>): ReadonlySet<string> {
  return new Set([...[...documentedPaths].map(firstPathSegment), ...UNDOCUMENTED_API_SEGMENTS])
}
