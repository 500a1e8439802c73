import { RELATIVE_TOLERANCE } from './fixture-files.js'

/**
 * Differences between two estimates.json-shaped values: integers must be equal, other numbers
 * within `relative` (relative to the larger magnitude), strings and keys identical.
 * Returns a list of "path: got …, want …" lines; empty when they agree.
 */
export function estimateDifferences(
  got: unknown,
  want: unknown,
  relative = RELATIVE_TOLERANCE,
  path = '',
): string[] {
  if (typeof want === 'number') {
    if (typeof got !== 'number') return [`${path}: got ${String(got)}, want ${want}`]
    // An estimate undefined on both sides (a constant outcome's t statistic) agrees.
    if (Number.isNaN(got) && Number.isNaN(want)) return []
    const scale = Math.max(Math.abs(got), Math.abs(want))
    const close =
      Number.isInteger(want) && Number.isInteger(got)
        ? got === want
        : Math.abs(got - want) <= relative * scale
    return close ? [] : [`${path}: got ${got}, want ${want}`]
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) {
      return [`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`]
    }
    return want.flatMap((w, i) => estimateDifferences(got[i], w, relative, `${path}[${i}]`))
  }
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object') return [`${path}: missing`]
    const g = got as Record<string, unknown>
    const keys = Object.keys(want)
    const extra = Object.keys(g).filter((k) => !keys.includes(k))
    return [
      ...extra.map((k) => `${path}.${k}: not expected`),
      ...keys.flatMap((k) =>
        estimateDifferences(g[k], (want as Record<string, unknown>)[k], relative, `${path}.${k}`),
      ),
    ]
  }
  return got === want ? [] : [`${path}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`]
}
