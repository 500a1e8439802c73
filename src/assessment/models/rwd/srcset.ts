/**
 * Image candidate selection as the families state it. The HTML Standard (§4.8.4.3, "select an
 * image source") leaves the choice among candidates to the browser; the stems therefore state the
 * convention "the smallest candidate whose density is at least the device pixel ratio", and the
 * families draw only cases where Chromium's rule (it keeps the smaller of two neighbours unless
 * the ratio reaches their geometric mean) picks the same file, so the key holds in real browsers.
 */

/** One `sizes` entry: a min-width condition in px (or none for the default) and a slot. */
export type SizeEntry = readonly [minWidth: number | undefined, slot: Slot]
/** A slot length: `vw` hundredths of the viewport plus `px` CSS px (negative in a calc()). */
export type Slot = readonly [vw: number, px: number]

export const slotCss = ([vw, p]: Slot): string =>
  vw === 0 ? `${p}px` : p === 0 ? `${vw}vw` : `calc(${vw}vw - ${-p}px)`

export const sizesCss = (sizes: readonly SizeEntry[]): string =>
  sizes
    .map(([m, slot]) => (m === undefined ? slotCss(slot) : `(min-width: ${m}px) ${slotCss(slot)}`))
    .join(', ')

export const slotPx = ([vw, p]: Slot, width: number): number => (vw * width) / 100 + p

/** The first entry whose condition matches (HTML §4.8.4.3.10, parse a sizes attribute). */
export function slotAt(sizes: readonly SizeEntry[], width: number): number {
  const hit = sizes.find(([m]) => m === undefined || width >= m)
  return hit ? slotPx(hit[1], width) : width
}

/** The last matching entry: the CSS-cascade reading of sizes, a named mistake. */
export function lastSlotAt(sizes: readonly SizeEntry[], width: number): number {
  const hits = sizes.filter(([m]) => m === undefined || width >= m)
  return hits.length ? slotPx(hits[hits.length - 1]![1], width) : width
}

/** Index of the smallest density at least `dpr`, else the densest. Densities ascending. */
export function smallestAtLeast(densities: readonly number[], dpr: number): number {
  const i = densities.findIndex((d) => d >= dpr)
  return i < 0 ? densities.length - 1 : i
}

/** Chromium's pick among ascending densities (html_srcset_parser.cc, SelectionLogic). */
export function chromiumPick(densities: readonly number[], dpr: number): number {
  for (let i = 0; i < densities.length - 1; i++) {
    const next = densities[i + 1]!
    if (next < dpr) continue
    const cur = densities[i]!
    if ((dpr <= 1 && dpr > cur) || dpr >= Math.sqrt(cur * next)) return i + 1
    return i
  }
  return densities.length - 1
}

/** The candidate width the convention picks for a slot at a ratio, from ascending widths. */
export const pickWidth = (widths: readonly number[], slot: number, dpr: number): number =>
  widths[
    smallestAtLeast(
      widths.map((w) => w / slot),
      dpr,
    )
  ]!

/** Whether the stated convention and Chromium agree for this slot and ratio. */
export const browsersAgree = (widths: readonly number[], slot: number, dpr: number): boolean => {
  const d = widths.map((w) => w / slot)
  return smallestAtLeast(d, dpr) === chromiumPick(d, dpr)
}
