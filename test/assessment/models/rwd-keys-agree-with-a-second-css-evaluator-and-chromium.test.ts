import type { CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  RWD_IMAGE_FAMILIES,
  RWD_LAYOUT_FAMILIES,
  RWD_MEDIA_FAMILIES,
  RWD_TARGET_FAMILIES,
  RWD_UNIT_FAMILIES,
} from '../../../src/assessment/models/rwd/rwd-models.js'
import type { RwdScenario } from '../../../src/assessment/models/rwd/rwd-text.js'
import {
  type Drawn,
  drawFamilies,
  familiesNeverDrawn,
  optionSetProblems,
} from '../../support/draw-families.js'
import { describeEngineIndependent, describeInBrowser } from '../../support/engine-independent.js'
import { type Chromium, launchChromium } from '../../web/support/chromium.js'

const FAMILIES = [
  ...RWD_MEDIA_FAMILIES,
  ...RWD_UNIT_FAMILIES,
  ...RWD_LAYOUT_FAMILIES,
  ...RWD_IMAGE_FAMILIES,
  ...RWD_TARGET_FAMILIES,
]
const DRAWS = 50
const DRAWN = drawFamilies<RwdScenario>(FAMILIES, DRAWS, 2026_12_05)

// ---- A second CSS evaluator, written from the specifications, never the families' helpers.

/** A length in CSS px: `Npx`, or `Nem` at the em size media queries use (Media Queries 4, §1.3). */
function lengthPx(text: string, em: number): number {
  const m = /^(-?[\d.]+)(px|em)$/.exec(text.trim())
  if (!m) throw new Error(`not a length: ${text}`)
  return Number(m[1]) * (m[2] === 'em' ? em : 1)
}

interface Viewport {
  readonly width: number
  readonly height: number
  /** The initial font-size ems in queries use: the user's default text size. */
  readonly em?: number
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
}

/** One media feature in brackets' contents: width ranges (§2.4.3), min-/max-width, orientation. */
function feature(text: string, v: Viewport): boolean {
  const em = v.em ?? 16
  const colon = /^([a-z-]+)\s*:\s*(.+)$/.exec(text.trim())
  if (colon) {
    const [, name, value] = colon
    if (name === 'min-width') return v.width >= lengthPx(value!, em)
    if (name === 'max-width') return v.width <= lengthPx(value!, em)
    if (name === 'orientation' && (value === 'portrait' || value === 'landscape'))
      return (v.height >= v.width ? 'portrait' : 'landscape') === value
    throw new Error(`feature not modelled: ${text}`)
  }
  const parts = text.trim().split(/\s*(<=|>=|<|>)\s*/)
  if (parts.length !== 3 && parts.length !== 5) throw new Error(`not a range: ${text}`)
  const value = (t: string) => (t === 'width' ? v.width : lengthPx(t, em))
  if (!parts.includes('width')) throw new Error(`range without width: ${text}`)
  for (let i = 0; i + 2 < parts.length; i += 2) {
    if (!COMPARE[parts[i + 1]!]!(value(parts[i]!), value(parts[i + 2]!))) return false
  }
  return true
}

/** A media query list as Media Queries 4 reads it: commas are or, `and` joins, `not` negates all. */
function mediaMatches(text: string, v: Viewport): boolean {
  const list = text.replace(/^@media\s+/, '').trim()
  return list.split(/\s*,\s*/).some((query) => {
    let q = query
    let negate = false
    if (q.startsWith('not ')) {
      negate = true
      q = q.slice(4)
    }
    if (q.startsWith('all and ')) q = q.slice(8)
    const ok = q.split(/\s+and\s+/).every((c) => {
      const inner = /^\((.*)\)$/.exec(c.trim())
      if (!inner) throw new Error(`condition without brackets: ${c}`)
      return feature(inner[1]!, v)
    })
    return negate ? !ok : ok
  })
}

/** Whether a query text is valid and matches: invalid text matches nothing (§3.2). */
const matchesOrInvalid = (text: string, v: Viewport) => {
  try {
    return mediaMatches(text, v)
  } catch {
    return 'invalid' as const
  }
}

const px = (t: string) => {
  const m = /^(-?[\d.]+)px\b/.exec(t)
  if (!m) throw new Error(`no px value: ${t}`)
  return Number(m[1])
}
const near = (a: number, b: number, tolerance = 0.01) => Math.abs(a - b) <= tolerance

/** A `sizes` length: px, vw, or calc(Nvw - Mpx), at a viewport width. */
function sizeLength(text: string, width: number): number {
  const t = text.trim()
  const calc = /^calc\(([\d.]+)vw - ([\d.]+)px\)$/.exec(t)
  if (calc) return (Number(calc[1]) * width) / 100 - Number(calc[2])
  if (t.endsWith('vw')) return (Number(t.slice(0, -2)) * width) / 100
  return lengthPx(t, 16)
}

/** HTML §4.8.4.3.10: the first entry whose condition matches; no sizes attribute means 100vw. */
function sourceSize(sizes: string | undefined, width: number): number {
  if (sizes === undefined) return width
  for (const entry of sizes.split(/,\s*(?![^(]*\))/)) {
    const m = /^(\(.*?\))\s+(.+)$/.exec(entry.trim())
    if (!m) return sizeLength(entry, width)
    if (mediaMatches(m[1]!, { width, height: 800 })) return sizeLength(m[2]!, width)
  }
  return width
}

/** Candidates of a srcset attribute with their densities for a slot (HTML §4.8.4.3.9–4.8.4.3.11). */
function candidates(srcset: string, slot: number): { url: string; density: number }[] {
  return srcset
    .split(/,\s+/)
    .map((c) => {
      const [url, d] = c.trim().split(/\s+/) as [string, string]
      const n = Number(d.slice(0, -1))
      return { url, density: d.endsWith('w') ? n / slot : n }
    })
    .sort((a, b) => a.density - b.density)
}

/** The stems' convention: the least density not below the ratio, else the densest. */
const stated = (list: { url: string; density: number }[], dpr: number) =>
  (list.find((c) => c.density >= dpr) ?? list[list.length - 1]!).url

/**
 * Chromium's choice, as its source reads: between the neighbours around the ratio it keeps the
 * lower unless the ratio reaches their geometric mean (at ratios up to 1, any density above).
 */
function chromiumChoice(list: { url: string; density: number }[], dpr: number): string {
  const upper = list.findIndex((c) => c.density >= dpr)
  if (upper <= 0) return (upper === 0 ? list[0]! : list[list.length - 1]!).url
  const lo = list[upper - 1]!
  const hi = list[upper]!
  if (dpr <= 1) return hi.url
  return dpr >= Math.sqrt(lo.density * hi.density) ? hi.url : lo.url
}

const attr = (html: string, name: string) =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(html)?.[1] ?? undefined

/** Flex items on one line after §9.7: grow shares free space; shrink weighs by factor × basis. */
function resolveLine(
  items: readonly { grow: number; shrink: number; basis: number }[],
  width: number,
  gap: number,
): number[] {
  const sizes = items.map((i) => i.basis)
  const frozen = items.map(() => false)
  for (let round = 0; round < items.length + 1; round++) {
    const used = sizes.reduce((a, b) => a + b, 0) + gap * (items.length - 1)
    const free =
      width -
      gap * (items.length - 1) -
      items.reduce((a, item, i) => a + (frozen[i] ? sizes[i]! : item.basis), 0)
    if (round === 0 && near(used, width)) return sizes
    const open = items.map((_, i) => i).filter((i) => !frozen[i])
    if (free >= 0) {
      const total = open.reduce((a, i) => a + items[i]!.grow, 0)
      for (const i of open)
        sizes[i] = items[i]!.basis + (total ? (free * items[i]!.grow) / total : 0)
      return sizes
    }
    const weight = open.reduce((a, i) => a + items[i]!.shrink * items[i]!.basis, 0)
    let clamped = false
    for (const i of open) {
      const size = items[i]!.basis + (free * items[i]!.shrink * items[i]!.basis) / (weight || 1)
      sizes[i] = Math.max(0, size)
      if (size < 0) {
        frozen[i] = true
        clamped = true
      }
    }
    if (!clamped) return sizes
  }
  return sizes
}

/** Items per line of a wrapping flex container: as many hypothetical sizes as fit with gaps. */
function lines(count: number, basis: number, width: number, gap: number): number[] {
  const out: number[] = []
  let left = count
  while (left > 0) {
    let n = 1
    while (n < left && (n + 1) * basis + n * gap <= width) n++
    out.push(n)
    left -= n
  }
  return out
}

/** Repetitions of auto-fill/auto-fit (CSS Grid 2, §7.2.3.2): the most that fit, at least one. */
function repetitions(width: number, min: number, gap: number): number {
  let n = 1
  while ((n + 1) * min + n * gap <= width) n++
  return n
}

/** `N columns at Wpx, M at W2px` and the like: the counts in order. */
const counts = (t: string) =>
  [...t.matchAll(/(\d+)(?: columns?)? (?:at|in)/g)].map((m) => Number(m[1]))

/** Evaluates a font-size value of rem, vw, min(), max() and clamp() at a width (root 16px). */
function cssMath(value: string, width: number): number {
  const js = value
    .replace(/font-size:\s*/, '')
    .replace(/([\d.]+)rem/g, '($1*16)')
    .replace(/([\d.]+)vw/g, `($1*${width}/100)`)
    .replace(/clamp\(/g, 'CLAMP(')
    .replace(/\bmin\(/g, 'Math.min(')
    .replace(/\bmax\(/g, 'Math.max(')
  // CSS Values 4, §10.2: clamp(MIN, VAL, MAX) = max(MIN, min(VAL, MAX)).
  const CLAMP = (lo: number, v: number, hi: number) => Math.max(lo, Math.min(v, hi))
  return new Function('CLAMP', `return ${js}`)(CLAMP) as number
}

/** Drawn inputs of many shapes, read by kind. */
// biome-ignore lint/suspicious/noExplicitAny: each kind reads its own fields, checked by the draws
type Facts = Record<string, any>

/** The answer each computed family's key must give, from its facts and stem; undefined if none. */
function problems({ family, s }: Drawn<RwdScenario>): string[] | undefined {
  const f = s.facts as Facts
  const out: string[] = []
  const texts = s.wrong.map(([t]) => t)
  const expectPx = (value: number, tolerance = 0.01) => {
    if (!near(px(s.key), value, tolerance)) out.push(`${family}: key ${s.key}, expected ${value}px`)
    for (const t of texts) {
      if (/^-?[\d.]+px$/.test(t) && near(px(t), value, tolerance))
        out.push(`${family}: distractor ${t} is right`)
    }
  }
  const expectCounts = (values: number[]) => {
    if (counts(s.key).join() !== values.join())
      out.push(`${family}: key ${s.key}, expected ${values.join(', ')}`)
    for (const t of texts)
      if (counts(t).join() === values.join()) out.push(`${family}: distractor ${t} is right`)
  }
  switch (f.kind) {
    case 'media-cascade': {
      const rules = f.rules as unknown as [string, number][]
      const at = (w: number) =>
        rules.reduce((v, [q, n]) => (mediaMatches(q, { width: w, height: 800 }) ? n : v), f.base)
      expectCounts((f.widths as unknown as number[]).map((w) => at(w)))
      return out
    }
    case 'range-query': {
      const from = f.from as number
      const to = f.to as number | undefined
      const inside = (w: number) =>
        (f.fromOpen ? w > from : w >= from) && (to === undefined || w < to)
      const probes = [
        from - 1,
        from - 0.5,
        from,
        from + 0.5,
        ...(to ? [to - 1, to - 0.5, to, to + 0.5] : [from + 400]),
      ]
      const exact = (q: string) =>
        probes.every((w) => matchesOrInvalid(q, { width: w, height: 800 }) === inside(w))
      if (!exact(s.key)) out.push(`${family}: key ${s.key} does not match the range`)
      for (const t of texts) if (exact(t)) out.push(`${family}: distractor ${t} matches the range`)
      return out
    }
    case 'range-equivalent': {
      const range = `(${f.range as string})`.replace(/^\(\(/, '(').replace(/\)\)$/, ')')
      const bound = f.bound as number
      const probes = [bound - 1, bound - 0.5, bound - 0.01, bound, bound + 0.5, bound + 100]
      const same = (q: string) =>
        probes.every(
          (w) =>
            matchesOrInvalid(q, { width: w, height: 800 }) ===
            mediaMatches(range, { width: w, height: 800 }),
        )
      if (!same(s.key)) out.push(`${family}: key ${s.key} differs from ${range}`)
      for (const t of texts) if (same(t)) out.push(`${family}: distractor ${t} equals ${range}`)
      return out
    }
    case 'query-viewport': {
      const query = f.query as string
      const wanted = !f.negate
      const at = (t: string) => {
        const [w, h] = t.split(' × ').map((n) => Number.parseInt(n, 10)) as [number, number]
        return mediaMatches(query, { width: w, height: h })
      }
      if (at(s.key) !== wanted) out.push(`${family}: key ${s.key}`)
      for (const t of texts) if (at(t) === wanted) out.push(`${family}: distractor ${t} is right`)
      return out
    }
    case 'query-applies-both': {
      const w = f.width as number
      const got = (f.queries as unknown as string[]).map((q) =>
        mediaMatches(q, { width: w, height: 800 }),
      )
      if (got.some(Boolean) || !/^No block/.test(s.key)) out.push(`${family}: ${got.join()}`)
      return out
    }
    case 'em-query': {
      // The user's default text size when the stem names one, else 16px; never the page's root.
      const user = (f.user as number | undefined) ?? 16
      const em = f.em as number
      const from = [...Array(4000).keys()].find((w) =>
        mediaMatches(`(min-width: ${em}em)`, { width: w, height: 800, em: user }),
      )
      expectPx(from!)
      return out
    }
    case 'device-width': {
      const css = (f.device as number) / (f.dpr as number)
      expectPx(Math.max(...(f.breakpoints as unknown as number[]).filter((b) => b <= css)))
      return out
    }
    case 'clamp': {
      const value = `clamp(${f.min}rem, ${f.base}rem + ${f.slope}vw, ${f.max}rem)`
      expectPx(cssMath(value, f.width as number))
      return out
    }
    case 'clamp-reach': {
      const value = `clamp(${f.min}rem, ${f.base}rem + ${f.slope}vw, ${f.max}rem)`
      const w = px(s.key)
      // Capped from that width on, and still growing just below it.
      if (
        !near(cssMath(value, w), (f.max as number) * 16) ||
        cssMath(value, w - 1) >= (f.max as number) * 16
      )
        out.push(`${family}: key ${s.key} is not where ${value} reaches its maximum`)
      for (const t of texts) if (near(px(t), w)) out.push(`${family}: distractor ${t} is right`)
      return out
    }
    case 'fluid-line': {
      const ok = (t: string) =>
        near(cssMath(t, f.w1 as number), f.s1 as number, 0.05) &&
        near(cssMath(t, f.w2 as number), f.s2 as number, 0.05) &&
        near(cssMath(t, (f.w1 as number) - 100), f.s1 as number, 0.05) &&
        near(cssMath(t, (f.w2 as number) + 100), f.s2 as number, 0.05)
      if (!ok(s.key)) out.push(`${family}: key ${s.key} misses the two points`)
      for (const t of texts) if (ok(t)) out.push(`${family}: distractor ${t} meets both points`)
      return out
    }
    case 'clamp-equivalent': {
      const value = `clamp(${f.min}rem, ${f.base}rem + ${f.slope}vw, ${f.max}rem)`
      const widths = [200, 320, 480, 640, 800, 1024, 1280, 1600, 2000, 2560, 3200, 4000]
      const same = (t: string) => widths.every((w) => near(cssMath(t, w), cssMath(value, w)))
      if (!same(s.key)) out.push(`${family}: key ${s.key} differs from ${value}`)
      for (const t of texts) if (same(t)) out.push(`${family}: distractor ${t} equals ${value}`)
      return out
    }
    case 'rem':
      expectPx(((f.root as number) / 100) * 16 * (f.n as number))
      return out
    case 'em-chain':
      expectPx((f.factors as unknown as number[]).reduce((size, k) => size * k, 16))
      return out
    case 'em-own':
      expectPx((f.parent as number) * (f.own as number) * (f.pad as number))
      return out
    case 'percent-font':
      expectPx(((f.parent as number) * (f.pct as number)) / 100)
      return out
    case 'percent-padding':
      expectPx(((f.w as number) * (f.pct as number)) / 100)
      return out
    case 'viewport-unit': {
      const side = f.unit === 'vmin' ? Math.min(f.w, f.h) : Math.max(f.w, f.h)
      expectPx(((f.n as number) * side) / 100)
      return out
    }
    case 'needed-width':
      expectPx((f.slot as number) * (f.dpr as number))
      return out
    case 'grid-narrowest': {
      const w = px(s.key)
      const n = f.n as number
      const fits = (width: number) =>
        /grid/.test(s.stem) ? repetitions(width, f.min, f.gap) : lines(n, f.min, width, f.gap)[0]!
      if (fits(w) !== n || fits(w - 1) !== n - 1)
        out.push(`${family}: ${n} columns do not start at ${w}px`)
      for (const t of texts)
        if (fits(px(t)) === n && fits(px(t) - 1) === n - 1) out.push(`${family}: ${t}`)
      return out
    }
    case 'grid-width': {
      const reps = repetitions(f.width, f.min, f.gap)
      const used = f.fit ? Math.min(reps, f.items) : reps
      expectPx((f.width - (used - 1) * f.gap) / used)
      return out
    }
    case 'fr': {
      const frs = f.fr as unknown as number[]
      const leftover = f.width - f.fixed - f.gap * frs.length
      expectPx((leftover * frs[f.ask]!) / frs.reduce((a, b) => a + b, 0))
      return out
    }
    case 'percent-tracks': {
      const overflow = (f.n - 1) * f.gap
      if (!s.key.endsWith(`by ${overflow}px`)) out.push(`${family}: key ${s.key}`)
      return out
    }
    case 'flex-grow':
    case 'flex-shrink': {
      const items = (f.items as unknown as [number, number][]).map(([k, basis]) =>
        f.kind === 'flex-grow' ? { grow: k, shrink: 1, basis } : { grow: 0, shrink: k, basis },
      )
      expectPx(resolveLine(items, f.width, 0)[0]!)
      return out
    }
    case 'flex-last-row': {
      const per = lines(f.items, f.basis, f.width, f.gap)
      const last = per[per.length - 1]!
      const item = { grow: 1, shrink: 1, basis: f.basis }
      expectPx(resolveLine(Array(last).fill(item), f.width, f.gap)[0]!)
      return out
    }
    case 'flex-nowrap': {
      const overflow = f.n * f.w + (f.n - 1) * f.gap - f.width
      if (!s.key.endsWith(`overflowing by ${overflow}px`)) out.push(`${family}: key ${s.key}`)
      return out
    }
    case 'flex-basis':
      if (px(s.key) !== f.basis) out.push(`${family}: key ${s.key}`)
      return out
    case 'srcset':
    case 'srcset-x': {
      const img = /<img [^>]*>/.exec(s.stem)![0]
      const width = Number(/viewport is (\d+) CSS px/.exec(s.stem)?.[1] ?? 1280)
      const dpr = Number(/pixel ratio (?:of |is )?(\d+(?:\.\d+)?)/.exec(s.stem)![1])
      const slot = sourceSize(attr(img, 'sizes'), width)
      const list = candidates(attr(img, 'srcset')!, slot)
      const pick = stated(list, dpr)
      if (pick !== chromiumChoice(list, dpr)) out.push(`${family}: Chromium would pick otherwise`)
      if (s.key !== pick) out.push(`${family}: key ${s.key}, expected ${pick}`)
      if (texts.includes(pick)) out.push(`${family}: a distractor is ${pick}`)
      return out
    }
    case 'sizes': {
      const sizes = attr(s.stem, 'sizes')!
      const want = (f.widths as unknown as number[]).map(
        (w) => `${Math.round(sourceSize(sizes, w) * 100) / 100}px at ${w}px`,
      )
      if (s.key !== want.join(', '))
        out.push(`${family}: key ${s.key}, expected ${want.join(', ')}`)
      return out
    }
    case 'picture': {
      const sources = [...s.stem.matchAll(/<source media="([^"]+)" srcset="([^"]+)">/g)]
      const fallback = /<img src="([^"]+)"/.exec(s.stem)![1]!
      const want = (f.widths as unknown as number[])
        .map((w) => {
          const hit = sources.find(([, m]) => mediaMatches(m!, { width: w, height: 800 }))
          return `${hit ? hit[2] : fallback} at ${w}px`
        })
        .join(', ')
      if (s.key !== want) out.push(`${family}: key ${s.key}, expected ${want}`)
      if (texts.includes(want)) out.push(`${family}: a distractor is ${want}`)
      return out
    }
    case 'ratio': {
      const [a, b] = f.ratio as unknown as [number, number]
      expectPx((f.width * b) / a)
      return out
    }
    case 'img-attributes':
      if (px(s.key) !== f.height) out.push(`${family}: key ${s.key}`)
      return out
    case 'container-cascade': {
      const [a, b] = f.bps as unknown as [number, number]
      const at = (w: number) =>
        [
          [`(min-width: ${a}px)`, 2],
          [`(min-width: ${b}px)`, 3],
        ].reduce(
          (v, [q, n]) => (mediaMatches(q as string, { width: w, height: 800 }) ? (n as number) : v),
          1,
        )
      expectCounts([at(f.sidebar), at(f.main)])
      return out
    }
    case 'cqi':
      expectPx(((f.n as number) * (f.width as number)) / 100)
      return out
    case 'target-gap': {
      // WCAG 2.2 SC 2.5.8 spacing: 24px circles centred on each undersized target must not
      // meet another target or another circle. Searched by geometry, in quarter pixels.
      const size = f.size as number
      const passes = (gap: number) => {
        const centres = size + gap
        const circleToTarget = centres - size / 2
        return centres >= 24 && circleToTarget >= 12
      }
      let gap = 0
      while (!passes(gap)) gap += 0.25
      expectPx(gap)
      return out
    }
    case 'target-padding': {
      const size = f.size as number
      const pad = Number(/^([\d.]+)px padding on each side$/.exec(s.key)?.[1])
      if (size + 2 * pad !== 44) out.push(`${family}: key ${s.key}`)
      return out
    }
    case 'button-height':
      expectPx((f.f as number) * (f.lh as number) + 2 * (f.pad as number))
      return out
    default:
      return undefined
  }
}

/**
 * Families whose key is a documented rule: the words the key must carry and no distractor may,
 * each with the source the family cites.
 */
const RULE: Record<string, RegExp> = {
  // Media Queries 4, §5.1–5.2: hover and pointer describe the primary input.
  'hover-capable-query': /\(hover: hover\) and \(pointer: fine\)$/,
  // CSS Viewport 1, §2; WCAG 2.2 SC 1.4.4: device width, zoom left on.
  'viewport-meta': /content="width=device-width, initial-scale=1"/,
  // MDN, Viewport meta tag: a 980px virtual viewport without it.
  'no-viewport-meta-width': /^980px$/,
  // Media Queries 5, §12.3: the values are no-preference, less, more, custom.
  'prefers-contrast-query': /\(prefers-contrast: more\)/,
  // Media Queries 4, §5.3 with CSS Values 4 resolution units.
  'resolution-query': /\(min-resolution: 2dppx\)/,
  'device-width-deprecated': /deprecated/,
  // HTML §4.2.4: a non-matching media attribute makes the sheet non-render-blocking.
  'link-media-still-downloads': /low priority but does not apply/,
  'zoom-blocking-viewport': /^Decline: blocking zoom fails WCAG 1\.4\.4$/,
  'vw-only-type-zoom': /^Zoom cannot enlarge it/,
  'rem-over-px-reason': /visitor’s text size setting/,
  // CSS Values 4, §6.1.2.1: dynamic, small and large viewport units.
  'dynamic-viewport-unit': /100dvh/,
  'small-viewport-unit': /100svh/,
  'vw-includes-scrollbar': /^100vw includes the \d+px scrollbar$/,
  'ch-unit': /“0” glyph/,
  'fr-minimum-auto': /minmax\(0, 1fr\)/,
  'min-inside-minmax': /^No overflow below/,
  'order-reading-sequence': /source order/,
  'gap-not-margins': /^gap: /,
  'flex-min-width-auto': /^min-width: 0$/,
  'width-height-why': /ratio, reserving space/,
  'object-fit-crop': /^object-fit: cover$/,
  'hero-image-loading': /fetchpriority="high", without loading="lazy"/,
  'art-direction-or-resolution': /^<picture> with <source media>$/,
  'css-background-resolution': /^image-set\("[\w.]+" 1x, "[\w@.]+" 2x\)$/,
  'alt-on-the-img': /^On the img/,
  'target-size-aa': /^24 × 24 CSS px$/,
  'target-size-aaa': /^44 × 44 CSS px$/,
  'inline-link-exception': /^They pass: targets in a sentence/,
  'hover-on-touch': /open it on tap/,
  'breakpoints-by-content': /content’s layout/,
  'mobile-first-base': /^The narrowest screens/,
  'container-self-query': /cannot query itself/,
  'container-type-choice': /^container-type: inline-size$/,
  'named-container': /^@container page \(min-width: 900px\)/,
  'container-or-media': /^Container queries/,
  // HTML §2.5.7: loading=lazy defers an img; Media Queries 4, §5.1: a finger is a coarse pointer.
  'lazy-offscreen-images': /^loading="lazy"$/,
  'coarse-pointer-targets': /^@media \(pointer: coarse\)$/,
  // Families checked by rendering in Chromium below, with the gist of their keys here.
  'reduced-motion-query': /\(prefers-reduced-motion: reduce\)$/,
  'motion-only-when-allowed': /^@media \(prefers-reduced-motion: no-preference\)$/,
  'dark-scheme-query': /\(prefers-color-scheme: dark\)$/,
  'stack-then-row':
    /flex-direction: column \} @media \(min-width: \d+px\) \{ \.header \{ flex-direction: row/,
  'span-full-row': /^grid-column: 1 \/ -1$/,
}

/** Which of the two preference families' picture types a browser supporting them would load. */
function pictureTypeKey(stem: string): string {
  const name = /srcset="([a-z]+)\.avif"/.exec(stem)![1]
  if (/supports WebP but not AVIF/.test(stem)) return `${name}.webp`
  if (/supports both AVIF and WebP/.test(stem)) return `${name}.avif`
  return `${name}.jpg`
}

describeEngineIndependent('responsive web design keys', () => {
  it('draws every family, each with three distinct named mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
  })

  it('computed keys agree with a second evaluator written from the specifications, and no distractor does', () => {
    const found: string[] = []
    const checked = new Set<string>()
    for (const drawn of DRAWN) {
      const result = problems(drawn)
      if (result === undefined) continue
      checked.add(drawn.family)
      found.push(...result)
    }
    expect([...new Set(found)].slice(0, 12)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(45)
  })

  it('rule keys carry the rule the cited source states, and no distractor does', () => {
    const ruleFamilies = DRAWN.filter((d) => d.s.facts.kind === 'rule').map((d) => d.family)
    const checkedApart = ['picture-type-fallback', 'fixed-size-logo-srcset']
    for (const id of new Set(ruleFamilies)) {
      if (!checkedApart.includes(id)) expect(RULE[id], id).toBeDefined()
    }
    for (const { family, s } of DRAWN) {
      const gist = RULE[family]
      if (!gist) continue
      expect.soft(s.key, family).toMatch(gist)
      for (const [t] of s.wrong) expect.soft(t, `${family}: ${t}`).not.toMatch(gist)
    }
    for (const { family, s } of DRAWN) {
      let right: string | undefined
      // HTML §4.8.4.3: the first source whose type the browser supports, else the img.
      if (family === 'picture-type-fallback') right = pictureTypeKey(s.stem)
      // HTML §4.8.4.2: 1x is the file at the displayed width, 2x the one twice as wide; w
      // descriptors give the same densities only with a sizes stating the fixed slot.
      if (family === 'fixed-size-logo-srcset') {
        const w = Number(/displays at (\d+) CSS px/.exec(s.stem)![1])
        const serves = (t: string) => logoDensities(t) === `logo-${w}.png@1 logo-${w * 2}.png@2`
        expect(serves(s.key), `${family}: ${s.key}`).toBe(true)
        for (const [t] of s.wrong) expect(serves(t), `${family}: ${t}`).toBe(false)
        continue
      }
      if (right === undefined) continue
      expect(s.key, family).toBe(right)
      expect(
        s.wrong.map(([t]) => t),
        family,
      ).not.toContain(right)
    }
  })
})

/**
 * The files a srcset (and sizes) offers at each density, parsed apart from the models: x
 * descriptors give the density, w descriptors the width over a px sizes (without sizes the slot
 * is 100vw, not the logo's width, so such candidates count as no answer); a candidate without a
 * descriptor is 1x; any other descriptor drops the candidate (HTML §4.8.4.3). Empty when two
 * candidates claim one density or a density is not positive.
 */
function logoDensities(attrs: string): string {
  const srcset = /srcset="([^"]*)"/.exec(attrs)?.[1] ?? ''
  const sizes = /sizes="(\d+)px"/.exec(attrs)?.[1]
  const out = new Map<number, string>()
  for (const part of srcset.split(',')) {
    const [url, desc] = part.trim().split(/\s+/)
    let d: number | undefined
    if (desc === undefined) d = 1
    else if (/^[\d.]+x$/.test(desc)) d = Number(desc.slice(0, -1))
    else if (/^\d+w$/.test(desc) && sizes !== undefined)
      d = Number(desc.slice(0, -1)) / Number(sizes)
    if (d === undefined || !(d > 0) || !url) continue
    if (out.has(d)) return ''
    out.set(d, url)
  }
  return [...out]
    .sort((a, b) => a[0] - b[0])
    .map(([d, u]) => `${u}@${d}`)
    .join(' ')
}

// ---- Chromium: a sample of draws of the computed families, rendered and measured.

let chromium: Chromium
let page: Page
const SAMPLE = 3

const fixture = (style: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="https://fixture.invalid/"><title>Fixture</title><style>html { font-size: 16px } body { margin: 0; font: 16px/1.25 sans-serif } ${style}</style></head><body>${body}</body></html>`

let cdp: CDPSession
async function at(width: number, height = 800, dpr = 1) {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: dpr,
    mobile: false,
  })
}

const measure = (selector: string, what: 'width' | 'height' = 'width') =>
  page.evaluate(([sel, w]) => document.querySelector(sel!)!.getBoundingClientRect()[w as 'width'], [
    selector,
    what,
  ] as const)
const matchMedia = (q: string) =>
  page.evaluate((query) => window.matchMedia(query).matches, q.replace(/^@media\s+/, ''))

/** What Chromium shows for a drawn case, as the key must state it; undefined for other kinds. */
async function rendered({ s }: Drawn<RwdScenario>): Promise<string | undefined> {
  const f = s.facts as Facts
  switch (f.kind) {
    case 'media-cascade': {
      const css = /the stylesheet holds, in this order: (.*)\. How many columns/.exec(s.stem)![1]!
      await page.setContent(
        fixture(
          `${css} ${f.component} { display: grid }`,
          `<div class="${(f.component as string).slice(1)}"></div>`,
        ),
      )
      const out: number[] = []
      for (const w of f.widths as unknown as number[]) {
        await at(w)
        out.push(
          await page.evaluate(
            (sel) =>
              getComputedStyle(document.querySelector(sel)!).gridTemplateColumns.split(' ').length,
            f.component as string,
          ),
          w,
        )
      }
      return out.join()
    }
    case 'clamp': {
      await at(f.width)
      await page.setContent(
        fixture(
          '',
          `<h1 style="margin:0;font-size: clamp(${f.min}rem, ${f.base}rem + ${f.slope}vw, ${f.max}rem)">A</h1>`,
        ),
      )
      return `${await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize))}`
    }
    case 'css-width': {
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<div style="width:${f.container}px"><div id="x" style="${f.css}">x</div></div>`,
        ),
      )
      return `${await measure('#x')}`
    }
    case 'grid-width': {
      const items = Math.min(f.items as number, 30)
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<div style="display:grid;width:${f.width}px;grid-template-columns:repeat(${f.fit === false ? 'auto-fill' : 'auto-fit'}, minmax(${f.min}px, 1fr));column-gap:${f.gap}px">${'<i style="display:block">x</i>'.repeat(items)}</div>`,
        ),
      )
      return `${await measure('i')}`
    }
    case 'flex-grow':
    case 'flex-shrink': {
      const [[a1, b1], [a2, b2]] = f.items as [[number, number], [number, number]]
      const flex = (k: number, b: number) =>
        f.kind === 'flex-grow' ? `${k} 1 ${b}px` : `0 ${k} ${b}px`
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<div style="display:flex;width:${f.width}px"><i id="a" style="flex:${flex(a1, b1)}"></i><i style="flex:${flex(a2, b2)}"></i></div>`,
        ),
      )
      return `${await measure('#a')}`
    }
    case 'flex-last-row': {
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<div style="display:flex;flex-wrap:wrap;gap:${f.gap}px;width:${f.width}px">${`<i style="flex:1 1 ${f.basis}px"></i>`.repeat(f.items)}</div>`,
        ),
      )
      return `${await page.evaluate(() => [...document.querySelectorAll('i')].at(-1)!.getBoundingClientRect().width)}`
    }
    case 'container-cascade': {
      const [a, b] = f.bps as unknown as [number, number]
      const list = (id: string) =>
        `<div style="container-type:inline-size;width:${id === 's' ? f.sidebar : f.main}px"><div class="list" id="${id}"></div></div>`
      await at(f.viewport)
      await page.setContent(
        fixture(
          `.list { display: grid; grid-template-columns: 1fr } @container (min-width: ${a}px) { .list { grid-template-columns: repeat(2, 1fr) } } @container (min-width: ${b}px) { .list { grid-template-columns: repeat(3, 1fr) } }`,
          list('s') + list('m'),
        ),
      )
      const n = (id: string) =>
        page.evaluate(
          (i) =>
            getComputedStyle(document.getElementById(i)!).gridTemplateColumns.split(' ').length,
          id,
        )
      return `${await n('s')},${await n('m')}`
    }
    case 'cqi': {
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<div style="container-type:inline-size;width:${f.width}px"><p id="t" style="font-size:${f.n}cqi">T</p></div>`,
        ),
      )
      return `${await page.evaluate(() => Number.parseFloat(getComputedStyle(document.getElementById('t')!).fontSize))}`
    }
    case 'button-height': {
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<button id="b" style="display:inline-block;font-size:${f.f}px;line-height:${f.lh};padding:${f.pad}px 12px;border:0;box-sizing:border-box">Go</button>`,
        ),
      )
      return `${await measure('#b', 'height')}`
    }
    case 'ratio': {
      await at(1600)
      const [a, b] = f.ratio as unknown as [number, number]
      await page.setContent(
        fixture(
          '',
          `<div style="width:${f.width}px"><div id="r" style="width:100%;aspect-ratio:${a} / ${b}"></div></div>`,
        ),
      )
      return `${await measure('#r', 'height')}`
    }
    case 'flex-basis': {
      await at(1600)
      await page.setContent(
        fixture(
          '',
          `<div style="display:flex;width:1200px"><i id="x" style="width:${f.width}px;flex:0 0 ${f.basis}px"></i></div>`,
        ),
      )
      return `${await measure('#x')}`
    }
    case 'srcset':
    case 'srcset-x': {
      const img = /<img [^>]*>/.exec(s.stem)![0]
      const width = Number(/viewport is (\d+) CSS px/.exec(s.stem)?.[1] ?? 1280)
      const dpr = Number(/pixel ratio (?:of |is )?(\d+(?:\.\d+)?)/.exec(s.stem)![1])
      await at(width, 800, dpr)
      await page.setContent(fixture('', img.replace('<img ', '<img id="i" ')))
      return page.evaluate(
        () => (document.getElementById('i') as HTMLImageElement).currentSrc.split('/').pop()!,
      )
    }
    case 'picture': {
      const markup = /<picture>.*<\/picture>/.exec(s.stem)![0]
      const out: string[] = []
      for (const w of f.widths as unknown as number[]) {
        await at(w)
        await page.setContent(fixture('', markup))
        out.push(
          `${await page.evaluate(() => document.querySelector('img')!.currentSrc.split('/').pop()!)} at ${w}px`,
        )
      }
      return out.join(', ')
    }
    case 'range-query':
    case 'range-equivalent': {
      const b = (f.bound ?? f.from) as number
      const wanted: boolean[] = []
      const got: boolean[] = []
      for (const w of [b - 1, b, b + 1, ...(f.to ? [(f.to as number) - 1, f.to as number] : [])]) {
        await at(w)
        await page.setContent(fixture('', ''))
        got.push(await matchMedia(s.key))
        wanted.push(
          f.kind === 'range-equivalent'
            ? await matchMedia(f.range as string)
            : (f.fromOpen ? w > (f.from as number) : w >= (f.from as number)) &&
                (!f.to || w < (f.to as number)),
        )
      }
      return got.join() === wanted.join() ? 'matches' : `${got.join()} vs ${wanted.join()}`
    }
    case 'preference-query': {
      const feature = f.feature as 'reducedMotion' | 'colorScheme'
      const pairs = { reducedMotion: ['reduce', 'no-preference'], colorScheme: ['dark', 'light'] }
      const other = pairs[feature].find((v) => v !== f.value)!
      const seen: string[] = []
      for (const value of [f.value as string, other]) {
        await page.emulateMedia({ [feature]: value })
        await page.setContent(fixture('', ''))
        const key = await matchMedia(s.key)
        const wrong = await Promise.all(s.wrong.map(([t]) => matchMedia(t)))
        seen.push(`${key ? 1 : 0}${wrong.some(Boolean) ? 1 : 0}`)
      }
      await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' })
      // Only the first half matters for distractors: under the other value one may match.
      return seen.join(' ').slice(0, 4)
    }
    default:
      return undefined
  }
}

/** Reads what a key states in the form `rendered` returns it. */
function keyAsRendered({ s }: Drawn<RwdScenario>): string {
  const f = s.facts
  switch (f.kind) {
    case 'media-cascade':
      return counts(s.key)
        .flatMap((n, i) => [n, (f.widths as number[])[i]])
        .join()
    case 'container-cascade':
      return counts(s.key).join()
    case 'srcset':
    case 'srcset-x':
    case 'picture':
      return s.key
    case 'range-query':
    case 'range-equivalent':
      return 'matches'
    case 'preference-query':
      // Under the drawn value the key alone matches; under the other, nothing the options hold.
      // The key matches under the drawn preference, no distractor does; the key does not match
      // under the other value.
      return '10 0'
    default:
      return `${px(s.key)}`
  }
}

describeInBrowser('responsive web design keys, rendered in Chromium', () => {
  beforeAll(async () => {
    chromium = await launchChromium()
    page = await chromium.context.newPage()
    cdp = await page.context().newCDPSession(page)
    // Image candidates name URLs; none may leave the machine.
    await page.route('**/*', (route) => route.abort())
  }, 60_000)
  afterAll(async () => {
    await chromium?.close()
  })

  it('a sample of every rendered kind shows what the key states', async () => {
    const taken = new Map<string, number>()
    const wrong: string[] = []
    let checked = 0
    for (const drawn of DRAWN) {
      if ((taken.get(drawn.family) ?? 0) >= SAMPLE) continue
      const shown = await rendered(drawn)
      if (shown === undefined) continue
      taken.set(drawn.family, (taken.get(drawn.family) ?? 0) + 1)
      checked++
      const want = keyAsRendered(drawn)
      const same = /^-?[\d.]+$/.test(want)
        ? near(Number(shown), Number(want), 0.05)
        : shown === want
      if (!same) wrong.push(`${drawn.family}: Chromium ${shown}, key ${want} (${drawn.s.key})`)
    }
    expect(wrong).toEqual([])
    expect(taken.size).toBeGreaterThanOrEqual(20)
    expect(checked).toBeGreaterThan(60)
  }, 60_000)
})
