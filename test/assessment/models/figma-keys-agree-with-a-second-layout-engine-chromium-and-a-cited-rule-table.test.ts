import type { CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  FIGMA_COMPONENT_FAMILIES,
  FIGMA_CONSTRAINT_FAMILIES,
  FIGMA_EXPORT_FAMILIES,
  FIGMA_LAYOUT_FAMILIES,
  FIGMA_PROTOTYPE_FAMILIES,
  FIGMA_VARIABLE_FAMILIES,
} from '../../../src/assessment/models/figma/figma-models.js'
import type { FigmaScenario } from '../../../src/assessment/models/figma/figma-text.js'
import {
  type Drawn,
  drawFamilies,
  familiesNeverDrawn,
  optionSetProblems,
} from '../../support/draw-families.js'
import { describeEngineIndependent, describeInBrowser } from '../../support/engine-independent.js'
import { type Chromium, launchChromium } from '../../web/support/chromium.js'

const FAMILIES = [
  ...FIGMA_LAYOUT_FAMILIES,
  ...FIGMA_CONSTRAINT_FAMILIES,
  ...FIGMA_COMPONENT_FAMILIES,
  ...FIGMA_VARIABLE_FAMILIES,
  ...FIGMA_EXPORT_FAMILIES,
  ...FIGMA_PROTOTYPE_FAMILIES,
]
const DRAWN = drawFamilies<FigmaScenario>(FAMILIES, 40, 2026_12_05)

// ---- A second layout engine, written from help.figma.com's descriptions, never the families'.

// biome-ignore lint/suspicious/noExplicitAny: each kind's facts are read field by field, as the families write them
type Facts = Record<string, any>
const num = (t: string) => {
  const m = /^(-?[\d.]+) px$/.exec(t)
  return m ? Number(m[1]) : Number.NaN
}
const near = (a: number, b: number) => Math.abs(a - b) <= 0.006
/** Chromium lays boxes out in 1/64 px units, and the keys round to 0.01 px. */
const nearLayout = (a: number, b: number) => Math.abs(a - b) <= 1 / 64 + 0.006

/**
 * Auto layout by walking the children: each in-flow child takes its fixed size or, when it fills,
 * an equal part of what fixed children, padding and spacing leave; Auto spacing is the leftover
 * space over the gaps; wrapped lines break when the next child would pass the inner edge.
 */
function autoLayout(f: Facts): number {
  const row = f.dir === 'row'
  const [t, r, b, l] = f.pad as [number, number, number, number]
  const before = row ? l : t
  const after = row ? r : b
  const flow = (f.kids as Facts[]).filter((k) => k.out === undefined)
  const fixedTotal = flow.reduce((a, k) => a + (k.main === 'fill' ? 0 : k.main), 0)
  const fills = flow.filter((k) => k.main === 'fill').length
  let spacing = typeof f.gap === 'number' ? f.gap : 0
  let hugged = before + after + fixedTotal
  for (let i = 1; i < flow.length; i++) hugged += spacing
  const main = f.main ?? Math.max(hugged, f.minMain ?? 0)
  if (f.gap === 'auto') spacing = (main - before - after - fixedTotal) / (flow.length - 1)
  const fillSize = fills
    ? (main - before - after - fixedTotal - spacing * (flow.length - 1)) / fills
    : 0
  const sizes: number[] = flow.map((k) => (k.main === 'fill' ? fillSize : (k.main as number)))
  const starts: number[] = []
  let cursor = before
  for (const s of sizes) {
    starts.push(cursor)
    cursor += s + spacing
  }
  const ask = f.ask
  if (ask === 'frame-main') return main
  if (ask === 'gap') return spacing
  if (ask === 'first-line-count') {
    let used = before
    let count = 0
    for (const s of sizes) {
      const next = used + (count ? spacing : 0) + s
      if (next > main - after + 1e-9) break
      used = next
      count++
    }
    return count
  }
  if (ask === 'frame-cross') {
    let lines = 1
    let used = before
    let onLine = 0
    for (const s of sizes) {
      if (onLine && used + spacing + s > main - after + 1e-9) {
        lines++
        used = before + s
        onLine = 1
      } else {
        used += (onLine ? spacing : 0) + s
        onLine++
      }
    }
    const h = flow[0]!.cross as number
    return t + b + lines * h + (lines - 1) * f.wrap.lineGap
  }
  if ('kidMain' in ask) return sizes[ask.kidMain]!
  if ('kidAt' in ask) return starts[ask.kidAt]!
  const cross = f.cross as number
  return t + (cross - t - b - flow[ask.kidCrossAt]!.cross) / 2
}

/** A constraint by the distances it keeps (help.figma.com, Apply constraints). */
function constraint(f: Facts): number {
  const leftGap = f.at
  const rightGap = f.from - f.at - f.size
  const centreOffset = f.at + f.size / 2 - f.from / 2
  const ratio = f.to / f.from
  const box: Record<string, [number, number]> = {
    start: [leftGap, f.size],
    end: [f.to - rightGap - f.size, f.size],
    both: [leftGap, f.to - leftGap - rightGap],
    center: [f.to / 2 + centreOffset - f.size / 2, f.size],
    scale: [f.at * ratio, f.size * ratio],
  }
  const [at, size] = box[f.constraint]!
  return f.ask === 'position' ? at : size
}

/** Grid geometry: a Stretch grid spans the frame less both margins; a Center grid is centred. */
function grid(f: Facts): number {
  if (f.type === 'center') {
    let span = 0
    for (let i = 0; i < f.count; i++) span += f.width + (i ? f.gutter : 0)
    return (f.W - span) / 2
  }
  const columns = (f.W - 2 * f.margin - f.gutter * (f.count - 1)) / f.count
  const lefts = Array.from({ length: f.count }, (_, i) => f.margin + i * (columns + f.gutter))
  if (f.ask === 'column') return columns
  if ('columnX' in f.ask) return lefts[f.ask.columnX - 1]!
  return lefts[f.ask.span - 1]! + columns - lefts[0]!
}

/** Every combination of the properties' values, enumerated (not multiplied). */
function combinations(values: readonly number[]): number {
  let combos: number[][] = [[]]
  for (const n of values)
    combos = combos.flatMap((c) => Array.from({ length: n }, (_, v) => [...c, v]))
  return combos.length
}

/** A variable resolved from the innermost frame outwards, each collection in its own mode. */
function resolveVariable(f: Facts, name: string): string {
  const v = f.vars[name]
  const inner = [...f.chain].reverse().find((set: Record<string, string>) => v.collection in set)
  const mode = inner ? inner[v.collection] : f.modes[v.collection][0]
  const value: string = v.values[mode]
  return value.startsWith('{') ? resolveVariable(f, value.slice(1, -1)) : value
}

/** Figma's variant layer name: Property=Value pairs joined by commas. */
function variantPairs(name: string): Record<string, string> | undefined {
  const pairs = name.split(', ')
  const out: Record<string, string> = {}
  for (const p of pairs) {
    const m = /^([A-Za-z][\w -]*)=([^=,/]+)$/.exec(p)
    if (!m) return undefined
    out[m[1]!] = m[2]!
  }
  return out
}

/** The answer the second implementation gives, and whether a text states it. */
function expected(d: Drawn<FigmaScenario>): ((text: string) => boolean) | undefined {
  const f = d.s.facts as Facts
  switch (f.kind) {
    case 'auto-layout': {
      if (f.ask === 'first-line-count') {
        // The key is the narrowest width fitting the count: k fit there, k - 1 one px narrower.
        const k = (f.kids as Facts[]).length - 2
        return (t) =>
          autoLayout({ ...f, main: num(t) }) === k &&
          autoLayout({ ...f, main: num(t) - 1 }) === k - 1
      }
      const want = autoLayout(f)
      return (t) => near(num(t), want)
    }
    case 'nested-hug': {
      const row = f.icon + f.inner + f.label
      return (t) => near(num(t), f.outer + row + f.outer)
    }
    case 'constraint':
      return (t) => near(num(t), constraint(f))
    case 'grid':
      return (t) => near(num(t), grid(f))
    case 'export':
    case 'export-width': {
      const scale = f.kind === 'export' ? f.scale : f.target / f.w
      const dims = [f.w * scale, f.h * scale]
      return (t) => {
        const m = /^([\d.]+) × ([\d.]+) px$/.exec(t)
        return !!m && near(Number(m[1]), dims[0]!) && near(Number(m[2]), dims[1]!)
      }
    }
    case 'variant-count':
      return (t) => Number(t) === combinations(f.values)
    case 'variant-name':
      return (t) => {
        const pairs = variantPairs(t)
        return (
          !!pairs && pairs[f.p1] === f.v1 && pairs[f.p2] === f.v2 && Object.keys(pairs).length === 2
        )
      }
    case 'variable':
      return (t) => t === resolveVariable(f, f.bound)
    case 'smart-animate': {
      const inB = new Set(f.b as string[])
      const matched = (f.a as string[]).filter((x) => inB.has(x)).sort()
      return (t) => t === (matched.length ? matched.join(', ') : 'none of them')
    }
    default:
      return undefined
  }
}

// ---- Rule families: the gist of each documented answer, from the cited help.figma.com article.
const RULE: Record<string, RegExp> = {
  'Hug contents': /Hug contents/,
  'Fill container': /Fill container/,
  'Fixed size': /Fixed/i,
  'Auto spacing': /Auto|Space between/,
  'Absolute position': /absolute/i,
  Wrap: /^(Direction: )?Wrap\b/,
  'Max width': /max width/i,
  'Canvas stacking': /first on top/i,
  Right: /^(Horizontal: )?Right\b/,
  'Left and right': /Left and right/,
  Center: /^(Horizontal: )?Center\b/,
  Scale: /^(Horizontal: )?Scale\b/,
  Bottom: /^(Vertical: )?Bottom\b/,
  'Top and bottom': /Top and bottom/,
  'a boolean property': /boolean/i,
  'a text property': /text (component )?property/i,
  'an instance swap property': /^(An )?instance swap/i,
  'a variant property': /variant property/i,
  'preferred values': /preferred/i,
  'exposed nested instances': /nested instances/i,
  'Detach instance': /Detach/,
  'Reset all changes': /Reset/,
  'Push changes to main component': /Push/,
  'Go to main component': /Go to|Show the main/,
  'Create component': /Create (a )?component/,
  'Combine as variants': /Combine/,
  'a colour variable': /colou?r variable/i,
  'a number variable': /number variable/i,
  'a string variable': /string variable/i,
  'a boolean variable': /boolean variable|true\/false variable/i,
  'a color style': /colou?r style/i,
  'a text style': /text style/i,
  'an effect style': /effect style/i,
  'variable scoping': /scop/i,
  SVG: /^(An )?SVG/,
  PNG: /^(A )?PNG/,
  JPG: /^(A )?JPG/,
  PDF: /^(A )?PDF/,
  'Stretch columns': /Stretch/,
  'Center columns': /Center/,
  'Left columns': /Left/,
  'Top rows': /Top/,
  'Square grid': /Grid, size 8|square grid|Square grid/,
  'On click': /On click/,
  'On drag': /On drag/,
  'While hovering': /While hovering/,
  'While pressing': /While pressing/,
  'After delay': /After delay/,
  'Key/Gamepad': /Key\/Gamepad/,
  'Open overlay': /Open overlay/,
  'Swap overlay': /Swap overlay/,
  Back: /^(Action: )?Back\b/,
  'Scroll to': /Scroll to/,
  'Change to': /Change to/,
  'Fixed position': /Fixed|Fix position/,
  'Sticky position': /Sticky/,
  'Vertical scrolling': /Vertical/,
  'Set variable': /Set variable/,
}

describeEngineIndependent('Figma keys', () => {
  it('draws every family, each with at least three distinct named mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    expect(DRAWN.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = DRAWN.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = DRAWN.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('computed keys agree with a second layout engine, resolver and enumerator, and no distractor does', () => {
    const found: string[] = []
    const checked = new Set<string>()
    for (const d of DRAWN) {
      const states = expected(d)
      if (!states) continue
      checked.add(d.family)
      if (!states(d.s.key)) found.push(`${d.family}: key ${d.s.key}`)
      for (const [t] of d.s.wrong) if (states(t)) found.push(`${d.family}: distractor ${t}`)
    }
    expect([...new Set(found)].slice(0, 12)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(35)
  })

  it('rule keys name the setting the cited article gives, and no distractor does', () => {
    const found: string[] = []
    for (const { family, s } of DRAWN) {
      const f = s.facts as Facts
      if (f.kind !== 'rule') continue
      expect(f.source, family).toMatch(/help\.figma\.com/)
      if (f.setting === undefined) continue
      const gist = RULE[f.setting]
      if (!gist) {
        found.push(`${family}: no rule for ${f.setting}`)
        continue
      }
      if (!gist.test(s.key)) found.push(`${family}: key ${s.key}`)
      for (const [t] of s.wrong) if (gist.test(t)) found.push(`${family}: distractor ${t}`)
    }
    expect([...new Set(found)].slice(0, 12)).toEqual([])
  })
})

// ---- Each distractor of a computed family, worked again from its named mistake: the mistake is
// applied to the facts (padding or spacing dropped, another constraint, another factor) and the
// second engine above runs on them, or, where the slip is a step no setting makes (an extra
// spacing, an end for a start), the slip is applied to the second engine's true answer.

type Slip = readonly [RegExp, (f: Facts) => number | readonly [number, number]]
const AL = (f: Facts, patch: Facts = {}) => autoLayout({ ...f, ...patch })
const padWith = (f: Facts, i: number, v: number) =>
  (f.pad as number[]).map((p: number, j: number) => (j === i ? v : p))
const allFill = (f: Facts) => (f.kids as Facts[]).map((k) => ({ ...k, main: 'fill' }))
const inFlow = (f: Facts) => (f.kids as Facts[]).map(({ out: _, ...k }) => k)
const flowKids = (f: Facts) => (f.kids as Facts[]).filter((k) => k.out === undefined)
/** The narrowest frame width at which `k` children fit on a wrapped frame's first line. */
const narrowest = (f: Facts, k: number): number => {
  for (let w = 1; w < 5000; w++) if (AL({ ...f, main: w, ask: 'first-line-count' }) >= k) return w
  return Number.NaN
}
const NO_PAD = [0, 0, 0, 0]
const COMMON: Slip[] = [
  [
    /^(leaves the padding out|forgets the padding|ignores the padding)$/,
    (f) => AL(f, { pad: NO_PAD }),
  ],
  [
    /^(leaves the spacing between items out|forgets the spacing between items)$/,
    (f) => AL(f, { gap: 0 }),
  ],
  [/^counts spacing after the last item too$/, (f) => AL(f) + f.gap],
]
const SLIPS: Record<string, Slip[]> = {
  'hug-row-width': [
    [/one spacing fewer/, (f) => AL(f) - f.gap],
    [/before the first and after the last/, (f) => AL(f) + 2 * f.gap],
    [/top and bottom padding to the width/, (f) => AL(f) + f.pad[0] + f.pad[2]],
    [/horizontal padding on one side only/, (f) => AL(f, { pad: padWith(f, 3, 0) })],
  ],
  'hug-column-height': [
    [/left and right padding instead/, (f) => AL(f, { pad: [f.pad[1], 0, f.pad[3], 0] })],
    [/top padding only/, (f) => AL(f, { pad: padWith(f, 2, 0) })],
    [/layers alone/, (f) => AL(f, { pad: NO_PAD, gap: 0 })],
  ],
  'fill-one-child': [
    [/left padding only/, (f) => AL(f, { pad: padWith(f, 1, 0) })],
    [/equally among all the children/, (f) => AL(f, { kids: allFill(f), gap: 0 })],
    [/one spacing more/, (f) => AL(f) - f.gap],
  ],
  'fill-two-children': [
    [/all of the remaining space/, (f) => 2 * AL(f)],
    [/all three children/, (f) => AL(f, { kids: allFill(f) })],
    [/one gap where there are two/, (f) => AL(f) + f.gap / 2],
  ],
  'auto-spacing-gap': [
    [/number of tabs, not the gaps/, (f) => (AL(f) * (f.kids.length - 1)) / f.kids.length],
    [/space-evenly/, (f) => (AL(f) * (f.kids.length - 1)) / (f.kids.length + 1)],
    [/space-around/, (f) => (AL(f) * (f.kids.length - 1)) / (2 * f.kids.length)],
    [/left padding only/, (f) => AL(f, { pad: padWith(f, 1, 0) })],
    [/tabs’ own widths/, (f) => AL(f, { kids: f.kids.map((k: Facts) => ({ ...k, main: 0 })) })],
  ],
  'absolute-child-out-of-flow': [
    [/in the flow with its spacing/, (f) => AL(f, { kids: inFlow(f) })],
    [/badge’s width to the flow/, (f) => AL(f, { kids: inFlow(f) }) - f.gap],
    [/a spacing for the badge/, (f) => AL(f) + f.gap],
    [/horizontal padding on one side only/, (f) => AL(f, { pad: padWith(f, 3, 0) })],
  ],
  'hidden-child-out-of-flow': [
    [/in the flow with its spacing/, (f) => AL(f, { kids: inFlow(f) })],
    [/hidden layer’s spacing/, (f) => AL(f) + f.gap],
    [/hidden layer’s height/, (f) => AL(f, { kids: inFlow(f) }) - f.gap],
  ],
  'child-x-position': [
    [/ends, not where it starts/, (f) => AL(f) + f.kids[f.ask.kidAt].main],
    [/up to and including/, (f) => AL(f) + f.gap],
    [/one spacing fewer/, (f) => AL(f) - f.gap],
    [/forgets the left padding/, (f) => AL(f, { pad: padWith(f, 3, 0) })],
    [/both sides’ padding/, (f) => AL(f, { pad: padWith(f, 3, f.pad[3] + f.pad[1]) })],
  ],
  'cross-axis-center': [
    [/whole frame/, (f) => AL(f, { pad: [0, 8, 0, 8] })],
    [/swaps the top and bottom/, (f) => AL(f, { pad: [f.pad[2], 8, f.pad[0], 8] })],
    [/leaves the top padding off the Y/, (f) => AL(f) - f.pad[0]],
    [/forgets the bottom padding/, (f) => AL(f, { pad: padWith(f, 2, 0) })],
    [/top alignment/, (f) => f.pad[0]],
    [/bottom alignment/, (f) => f.cross - f.pad[2] - f.kids[0].cross],
    [/centre line/, (f) => f.cross / 2],
  ],
  'min-width-on-hug': [
    [/padding out of the hugged width/, (f) => AL(f, { pad: NO_PAD, minMain: undefined })],
    [/on top of the min width/, (f) => f.minMain + f.pad[1] + f.pad[3]],
    [/always uses the min width/, (f) => f.minMain],
    [/ignores the min width/, (f) => AL(f, { minMain: undefined })],
    [/min width with the label alone/, (f) => AL(f, { pad: NO_PAD })],
  ],
  'wrap-narrowest-width': [
    [/ignores the spacing between tags/, (f) => narrowest({ ...f, gap: 0 }, f.kids.length - 2)],
    [/ignores the padding/, (f) => narrowest({ ...f, pad: NO_PAD }, f.kids.length - 2)],
    [/one side only/, (f) => narrowest({ ...f, pad: padWith(f, 3, 0) }, f.kids.length - 2)],
    [/room for one more/, (f) => narrowest(f, f.kids.length - 1)],
    [/spacing after the last tag/, (f) => narrowest(f, f.kids.length - 2) + f.gap],
  ],
  'wrap-hug-height': [
    [/horizontal spacing between lines/, (f) => AL(f, { wrap: { lineGap: f.gap } })],
    [/spacing between lines out/, (f) => AL(f, { wrap: { lineGap: 0 } })],
    [/every chip on its own line/, (f) => AL(f, { main: f.pad[1] + f.pad[3] + f.kids[0].main })],
    [/leaves the padding out/, (f) => AL(f, { pad: [0, f.pad[1], 0, f.pad[3]] })],
    [/after the last line/, (f) => AL(f) + f.wrap.lineGap],
  ],
  'negative-spacing-overlap': [
    [/as positive/, (f) => AL(f, { gap: -f.gap })],
    [/ignores the negative spacing/, (f) => AL(f, { gap: 0 })],
    [/the first one too/, (f) => AL(f) + f.gap],
  ],
  'fill-height-in-column': [
    [/before the first and after the last/, (f) => AL(f) - 2 * f.gap],
    [/equally among the three/, (f) => AL(f, { kids: allFill(f), gap: 0 })],
    [/one spacing where there are two/, (f) => AL(f) + f.gap],
    [/top padding only/, (f) => AL(f, { pad: padWith(f, 2, 0) })],
    [/left and right padding off the height/, (f) => AL(f) - f.pad[1] - f.pad[3]],
  ],
  'space-between-last-x': [
    [/packs the layers to the left/, (f) => AL(f, { gap: 0 })],
    [/left padding off too/, (f) => AL(f) - f.pad[3]],
    [/forgets the right padding/, (f) => AL(f, { pad: padWith(f, 1, 0) })],
    [/where the last layer ends/, (f) => AL(f) + flowKids(f).at(-1)!.main],
  ],
}
const NESTED: Slip[] = [
  [/row’s spacing/, (f) => 2 * f.outer + f.icon + f.label],
  [/one side only/, (f) => f.outer + f.icon + f.inner + f.label],
  [/leaves out the chip’s padding/, (f) => f.icon + f.inner + f.label],
  [/inner spacing again/, (f) => 2 * f.outer + f.icon + 2 * f.inner + f.label],
]
const CONSTRAINT_BY_NAME: Record<string, string> = {
  Left: 'start',
  Top: 'start',
  Right: 'end',
  Bottom: 'end',
  'Left and right': 'both',
  'Top and bottom': 'both',
  Center: 'center',
  Scale: 'scale',
}
const CONSTRAINT_SLIPS: Slip[] = [
  [/half the change in frame size/, (f) => f.size + (f.to - f.from) / 2],
  [/centres the layer in the new frame/, (f) => (f.to - f.size) / 2],
  [/half the change the wrong way/, (f) => f.at - (f.to - f.from) / 2],
  [/edge on the new centre line/, (f) => f.to / 2],
  [/inverse of the frame’s ratio/, (f) => constraint({ ...f, to: (f.from * f.from) / f.to })],
  [/centre position but keeps its size/, (f) => ((f.at + f.size / 2) * f.to) / f.from - f.size / 2],
  [/whole change in frame size/, (f) => f.at + (f.to - f.from)],
  [/scaled X, not the scaled width/, (f) => constraint({ ...f, ask: 'position' })],
]
const col = (f: Facts) => grid({ ...f, ask: 'column' })
const GRID_SLIPS: Record<string, Slip[]> = {
  'stretch-column-width': [
    [/forgets the gutters/, (f) => grid({ ...f, gutter: 0 })],
    [/margin off one side only/, (f) => grid({ ...f, margin: f.margin / 2 })],
    [/outside the first and last/, (f) => col(f) - (2 * f.gutter) / f.count],
    [/every gutter twice/, (f) => grid({ ...f, gutter: 2 * f.gutter })],
    [/margin value between columns/, (f) => grid({ ...f, gutter: f.margin })],
    [/forgets the margins/, (f) => grid({ ...f, margin: 0 })],
    [/a gutter for every column/, (f) => col(f) - f.gutter / f.count],
  ],
  'stretch-column-x': [
    [/forgets the gutters/, (f) => f.margin + (f.ask.columnX - 1) * col(f)],
    [/gutter before the first column/, (f) => grid(f) + f.gutter],
    [/equal twelfths/, (f) => grid({ ...f, gutter: 0 })],
    [/forgets the margin/, (f) => grid(f) - f.margin],
    [/ends$/, (f) => grid(f) + col(f)],
    [/itself before its start/, (f) => grid({ ...f, ask: { columnX: f.ask.columnX + 1 } })],
  ],
  'span-of-columns': [
    [/leaves out the gutters inside/, (f) => f.ask.span * col(f)],
    [/gutter for every column, the last one too/, (f) => grid(f) + f.gutter],
    [/subtracts the gutters/, (f) => f.ask.span * col(f) - (f.ask.span - 1) * f.gutter],
    [/between the margins evenly/, (f) => grid({ ...f, gutter: 0 })],
    [/start of the last column/, (f) => grid(f) - col(f)],
    [/full frame width/, (f) => grid({ ...f, margin: 0, gutter: 0 })],
  ],
  'center-grid-offset': [
    [/as a Right grid would/, (f) => 2 * grid(f)],
    [/gutter for every column, the last one too/, (f) => grid(f) - f.gutter / 2],
    [/gutters out of the grid’s width/, (f) => grid({ ...f, gutter: 0 })],
    [/uses the margin, which/, (f) => f.margin],
    [/margin off both sides/, (f) => grid(f) - f.margin],
    [/adds the margin to/, (f) => grid(f) + f.margin],
  ],
}
const sized = (f: Facts, s: number) => [f.w * s, f.h * s] as const
const EXPORT_SLIPS: Slip[] = [
  [/added padding/, (f) => [f.w + 10 * f.scale, f.h + 10 * f.scale]],
  [/only the file’s density|exports at 1x|mdpi size for every folder/, (f) => sized(f, 1)],
  [/scales the width only/, (f) => [f.w * f.scale, f.h]],
  [/divides by the scale/, (f) => sized(f, 1 / f.scale)],
  [/square of the factor|scales twice/, (f) => sized(f, f.scale * f.scale)],
  [/other iOS scale/, (f) => sized(f, f.scale === 2 ? 3 : 2)],
  [/xxxhdpi factor/, (f) => sized(f, 4)],
  [/makes the export square/, (f) => [f.target, f.target]],
  [/reads w as the height/, (f) => sized(f, f.target / f.h)],
  [/keeps the original height/, (f) => [f.target, f.h]],
  [/exports at 2x whatever/, (f) => sized(f, 2)],
]

/** The value a named mistake gives, worked again; undefined when no slip names it. */
function slipValue(
  family: string,
  f: Facts,
  mistake: string,
): number | readonly [number, number] | undefined {
  if (f.kind === 'constraint') {
    const named = /^applies (.+) as if/.exec(mistake)
    if (named) return constraint({ ...f, constraint: CONSTRAINT_BY_NAME[named[1]!] })
  }
  if (f.kind === 'export') {
    const factor = /factor of ([\d.]+)x/.exec(mistake)
    if (factor) return sized(f, Number(factor[1]))
  }
  if (f.kind === 'export-width') f = { ...f, scale: f.target / f.w }
  const slips =
    f.kind === 'auto-layout'
      ? [...(SLIPS[family] ?? []), ...COMMON]
      : f.kind === 'nested-hug'
        ? NESTED
        : f.kind === 'constraint'
          ? CONSTRAINT_SLIPS
          : f.kind === 'grid'
            ? (GRID_SLIPS[family] ?? [])
            : f.kind === 'export' || f.kind === 'export-width'
              ? EXPORT_SLIPS
              : undefined
  if (!slips) return undefined
  const slip = slips.find(([re]) => re.test(mistake))
  return slip ? slip[1](f) : Number.NaN
}

describeEngineIndependent('Figma distractors', () => {
  it('each distractor of a computed family is what its named mistake gives, worked again', () => {
    const found: string[] = []
    let checked = 0
    for (const { family, s } of DRAWN) {
      const f = s.facts as Facts
      for (const [text, mistake] of s.wrong) {
        const want = slipValue(family, f, mistake)
        if (want === undefined) continue
        checked++
        const ok =
          typeof want === 'number'
            ? near(num(text), Math.round(want * 100) / 100)
            : (() => {
                const m = /^([\d.-]+) × ([\d.-]+) px$/.exec(text)
                return (
                  !!m &&
                  near(Number(m[1]), Math.round(want[0] * 100) / 100) &&
                  near(Number(m[2]), Math.round(want[1] * 100) / 100)
                )
              })()
        if (!ok) found.push(`${family}: “${text}” for “${mistake}”, worked again ${String(want)}`)
      }
    }
    expect([...new Set(found)].slice(0, 12)).toEqual([])
    expect(checked).toBeGreaterThan(1000)
  })
})

// ---- Chromium: auto layout as flexbox, constraints as absolute positioning, CSS as parsed.

let chromium: Chromium
let page: Page
let cdp: CDPSession
const SAMPLE = 3

/**
 * The frame as flexbox: Hug is max-content, Fill is flex 1 1 0 with no automatic minimum (Dev
 * Mode writes Fill as flex: 1 0 0), Auto spacing is space-between, negative spacing is a negative
 * margin (CSS gap cannot be negative), absolute children are absolutely positioned, hidden ones
 * are not displayed.
 */
function flexHtml(f: Facts): string {
  const row = f.dir === 'row'
  const [t, r, b, l] = f.pad as [number, number, number, number]
  const negative = typeof f.gap === 'number' && f.gap < 0
  const frame = [
    'display:flex',
    `flex-direction:${f.dir}`,
    'box-sizing:border-box',
    'position:relative',
    `padding:${t}px ${r}px ${b}px ${l}px`,
    f.gap === 'auto' ? 'justify-content:space-between' : `gap:${negative ? 0 : f.gap}px`,
    `align-items:${f.align === 'center' ? 'center' : 'flex-start'}`,
    f.wrap
      ? `flex-wrap:wrap;align-content:flex-start;column-gap:${f.gap}px;row-gap:${f.wrap.lineGap}px`
      : '',
    f.main === undefined
      ? `${row ? 'width' : 'height'}:max-content`
      : `${row ? 'width' : 'height'}:${f.main}px`,
    f.cross === undefined
      ? `${row ? 'height' : 'width'}:max-content`
      : `${row ? 'height' : 'width'}:${f.cross}px`,
    f.minMain === undefined ? '' : `min-${row ? 'width' : 'height'}:${f.minMain}px`,
  ]
  const kids = (f.kids as Facts[]).map((k, i) => {
    const cross = `${row ? 'height' : 'width'}:${k.cross}px`
    const size =
      k.main === 'fill' ? `flex:1 1 0;min-${row ? 'width' : 'height'}:0` : `flex:0 0 ${k.main}px`
    const out =
      k.out === 'absolute'
        ? ';position:absolute;top:0;right:0'
        : k.out === 'hidden'
          ? ';display:none'
          : ''
    const overlap = negative && i > 0 ? `;margin-${row ? 'left' : 'top'}:${f.gap}px` : ''
    return `<i id="k${i}" style="display:block;${size};${cross}${out}${overlap}"></i>`
  })
  return `<!doctype html><html><body style="margin:0"><div id="f" style="${frame.filter(Boolean).join(';')}">${kids.join('')}</div></body></html>`
}

async function rect(id: string) {
  return page.evaluate((sel) => {
    const r = document.getElementById(sel)!.getBoundingClientRect()
    return { x: r.x, y: r.y, w: r.width, h: r.height }
  }, id)
}

async function chromiumAutoLayout(f: Facts): Promise<number> {
  await page.setContent(flexHtml(f))
  const row = f.dir === 'row'
  const frame = await rect('f')
  const ask = f.ask
  if (ask === 'frame-main') return row ? frame.w : frame.h
  if (ask === 'frame-cross') return row ? frame.h : frame.w
  if (ask === 'gap') {
    const [a, b] = [await rect('k0'), await rect('k1')]
    return b.x - (a.x + a.w)
  }
  if (ask === 'first-line-count') {
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll('#f > i')].map((e) => e.getBoundingClientRect().y),
    )
    return tops.filter((y) => y === tops[0]).length
  }
  if ('kidMain' in ask) {
    const k = await rect(`k${ask.kidMain}`)
    return row ? k.w : k.h
  }
  if ('kidAt' in ask) {
    const k = await rect(`k${ask.kidAt}`)
    return row ? k.x - frame.x : k.y - frame.y
  }
  const k = await rect(`k${ask.kidCrossAt}`)
  return k.y - frame.y
}

/** A constraint as CSS absolute positioning, measured after the frame is resized. */
async function chromiumConstraint(f: Facts): Promise<number> {
  const far = f.from - f.at - f.size
  const css: Record<string, string> = {
    start: `left:${f.at}px;width:${f.size}px`,
    end: `right:${far}px;width:${f.size}px`,
    both: `left:${f.at}px;right:${far}px`,
    center: `left:calc(50% + ${f.at - f.from / 2}px);width:${f.size}px`,
    scale: `left:${(f.at / f.from) * 100}%;width:${(f.size / f.from) * 100}%`,
  }
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div id="f" style="position:relative;width:${f.from}px;height:50px"><i id="k" style="display:block;position:absolute;top:0;height:10px;${css[f.constraint]}"></i></div></body></html>`,
  )
  await page.evaluate((w) => {
    document.getElementById('f')!.style.width = `${w}px`
  }, f.to)
  const k = await rect('k')
  return f.ask === 'position' ? k.x : k.w
}

describeInBrowser('Figma keys in Chromium', () => {
  beforeAll(async () => {
    chromium = await launchChromium()
    page = await chromium.context.newPage()
    cdp = await chromium.context.newCDPSession(page)
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 2400,
      height: 1600,
      deviceScaleFactor: 1,
      mobile: false,
    })
  }, 60_000)
  afterAll(async () => {
    await chromium?.close()
  })

  it('auto layout keys are what Chromium lays out as flexbox, and constraints as absolute boxes', async () => {
    const found: string[] = []
    const seen = new Map<string, number>()
    for (const d of DRAWN) {
      const f = d.s.facts as Facts
      if (f.kind !== 'auto-layout' && f.kind !== 'constraint') continue
      const n = seen.get(d.family) ?? 0
      if (n >= SAMPLE) continue
      seen.set(d.family, n + 1)
      if (f.kind === 'constraint') {
        const got = await chromiumConstraint(f)
        if (!nearLayout(got, num(d.s.key)))
          found.push(`${d.family}: Chromium ${got}, key ${d.s.key}`)
        continue
      }
      if (f.ask === 'first-line-count') {
        const k = (f.kids as Facts[]).length - 2
        const at = await chromiumAutoLayout({ ...f, main: num(d.s.key) })
        const narrower = await chromiumAutoLayout({ ...f, main: num(d.s.key) - 1 })
        if (at !== k || narrower !== k - 1) found.push(`${d.family}: Chromium ${at}/${narrower}`)
        continue
      }
      const got = await chromiumAutoLayout(f)
      if (!nearLayout(got, num(d.s.key))) found.push(`${d.family}: Chromium ${got}, key ${d.s.key}`)
    }
    expect(found.slice(0, 12)).toEqual([])
    expect(seen.size).toBeGreaterThanOrEqual(20)
  }, 60_000)

  it('the CSS keys parse to the padding and shadow the stem gives, and no distractor does', async () => {
    await page.setContent('<!doctype html><html><body><div id="x"></div></body></html>')
    const found: string[] = []
    for (const d of DRAWN) {
      const f = d.s.facts as Facts
      if (f.kind !== 'css-padding' && f.kind !== 'css-shadow') continue
      const want =
        f.kind === 'css-padding'
          ? `${f.t}px ${f.r}px ${f.b}px ${f.l}px`
          : `rgba(0, 0, 0, ${f.a}) ${f.x}px ${f.y}px ${f.blur}px ${f.spread}px`
      const read = (css: string) =>
        page.evaluate(
          ([decl, kind]) => {
            const x = document.getElementById('x')!
            x.setAttribute('style', decl!)
            const s = getComputedStyle(x)
            return kind === 'css-padding'
              ? `${s.paddingTop} ${s.paddingRight} ${s.paddingBottom} ${s.paddingLeft}`
              : s.boxShadow
          },
          [css, f.kind] as const,
        )
      if ((await read(d.s.key)) !== want) found.push(`${d.family}: key ${d.s.key}`)
      for (const [t] of d.s.wrong) if ((await read(t)) === want) found.push(`${d.family}: ${t}`)
    }
    expect(found.slice(0, 12)).toEqual([])
  }, 60_000)
})
