import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  TYPO_CSS_FAMILIES,
  TYPO_FACE_FAMILIES,
  TYPO_FEATURE_FAMILIES,
  TYPO_SCALE_FAMILIES,
  TYPO_WEB_FAMILIES,
} from '../../../src/assessment/models/typography/typo-models.js'
import type { TypoScenario } from '../../../src/assessment/models/typography/typo-text.js'
import {
  type Drawn,
  drawFamilies,
  familiesNeverDrawn,
  optionSetProblems,
} from '../../support/draw-families.js'
import { describeEngineIndependent, describeInBrowser } from '../../support/engine-independent.js'
import { type Chromium, launchChromium } from '../../web/support/chromium.js'

const FAMILIES = [
  ...TYPO_SCALE_FAMILIES,
  ...TYPO_CSS_FAMILIES,
  ...TYPO_FACE_FAMILIES,
  ...TYPO_FEATURE_FAMILIES,
  ...TYPO_WEB_FAMILIES,
]
const DRAWN = drawFamilies<TypoScenario>(FAMILIES, 40, 2026_12_05)

// ---- A second evaluator, written from the sources, never the families' helpers.

// biome-ignore lint/suspicious/noExplicitAny: each kind reads its own drawn figures
type Facts = Record<string, any>

/** An option read as a number and its unit: `12.5px` → [12.5, 'px']; undefined if none. */
function reading(text: string): [number, string] | undefined {
  const m = /^(-?\d+(?:\.\d+)?)\s*([a-z%]*)/.exec(text.trim())
  return m ? [Number(m[1]), m[2]!] : undefined
}

/** Interval ratios as just intonation and geometry define them (type-scale calculators round). */
const INTERVALS: Record<string, number> = {
  'minor second': 16 / 15,
  'major second': 9 / 8,
  'minor third': 6 / 5,
  'major third': 5 / 4,
  'perfect fourth': 4 / 3,
  'augmented fourth': Math.SQRT2,
  'perfect fifth': 3 / 2,
  'golden ratio': (1 + Math.sqrt(5)) / 2,
}

/** CSS Fonts 4, §2.2: the bolder/lighter table as rows of [from, to, bolder, lighter]. */
const RELATIVE: readonly [number, number, number, number][] = [
  [100, 350, 400, 100],
  [350, 550, 700, 100],
  [550, 750, 900, 400],
  [750, 900, 900, 700],
  [900, 1001, 900, 700],
]

/** CSS Fonts 4, §5.2 step 4, written as an ordering of the available weights. */
function fallbackWeight(want: number, have: readonly number[]): number {
  const rank = (w: number): number[] => {
    if (w === want) return [0, 0]
    if (want >= 400 && want <= 500) {
      if (w > want && w <= 500) return [1, w]
      if (w < want) return [2, -w]
      return [3, w]
    }
    if (want < 400) return w < want ? [1, -w] : [2, w]
    return w > want ? [1, w] : [2, -w]
  }
  return [...have].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)]
    return x[0]! - y[0]! || x[1]! - y[1]!
  })[0]!
}

/** WCAG 2.2 SC 1.4.12 multipliers of the font size. */
const TEXT_SPACING: Record<string, number> = {
  'line-height': 1.5,
  'paragraph spacing': 2,
  'letter-spacing': 0.12,
  'word-spacing': 0.16,
}

/** unicode-range parsed apart from the model: U+hex, U+hex-hex, U+hex?? wildcards. */
function inRange(cp: number, range: string): boolean {
  return range.split(',').some((part) => {
    const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim())!
    const lo = Number.parseInt(m[1]!.replaceAll('?', '0'), 16)
    const hi = m[2] ? Number.parseInt(m[2], 16) : Number.parseInt(m[1]!.replaceAll('?', 'F'), 16)
    return cp >= lo && cp <= hi
  })
}

/** The value the key must state for a computed case, with its unit; undefined for rule kinds. */
function expected(s: TypoScenario): [number, string] | string | undefined {
  const f = s.facts as unknown as Facts
  switch (f.kind) {
    case 'scale':
      return [f.b * Math.exp(f.n * Math.log(f.r)), f.unit === 'rem' ? 'rem' : 'px']
    case 'ratio':
      return [(f.top / f.b) ** (1 / f.n), '']
    case 'interval':
      return [Math.round(INTERVALS[f.name]! * 1000) / 1000, '']
    case 'chars':
      return [Math.round(f.w / f.f / f.a), '']
    case 'width':
      return [f.c * f.a * f.f, 'px']
    case 'ch':
      return [f.zero * f.f * f.n, 'px']
    case 'em-width':
      return [f.own * f.n, 'px']
    case 'slash':
      return [f.line / f.size, '']
    case 'half-leading':
      return [(f.f * (f.lh - 1)) / 2, 'px']
    case 'grid-line': {
      let k = 1
      while (k * f.g < f.h * f.factor - 1e-9) k++
      return [k * f.g, 'px']
    }
    case 'margin-em':
      return [f.line / f.h, 'em']
    case 'lines': {
      let k = 0
      while ((k + 1) * f.f * f.lh <= f.height + 1e-9) k++
      return [k, '']
    }
    case 'grid-unit':
      return [(f.f * f.lh) / f.div, 'px']
    case 'pt-px':
      return [(f.pt / 72) * f.dpi, 'px']
    case 'px-pt':
      return [f.p * 0.75, 'pt']
    case 'pica':
      return f.mm ? [(f.picas * 12 * 25.4) / 72, 'mm'] : [(f.picas * 12) / 72, 'in']
    case 'pt-mm':
      return [(f.pt / 72) * 25.4, 'mm']
    case 'px-rem':
      return [f.p / 16, 'rem']
    case 'em-power': {
      let size = 16
      for (let i = 0; i < f.depth; i++) size *= f.k
      return [size, 'px']
    }
    case 'relative-weight': {
      const row = RELATIVE.find(([lo, hi]) => f.w >= lo && f.w < hi)!
      return [f.dir === 'bolder' ? row[2] : row[3], '']
    }
    case 'weight-match':
      return [fallbackWeight(f.want, f.have as unknown as number[]), '']
    case 'line-height':
      // CSS Fonts 4 / CSS 2.1 §10.8.1: a number inherits as a factor, em and % as a length.
      return [f.form === 'unitless' ? f.child * f.n : f.f * f.n, 'px']
    case 'letter-spacing':
      return [f.ls * f.f, 'px']
    case 'shorthand-lh':
      return [f.size * 16 * f.lh, 'px']
    case 'size-adjust':
      return [(f.adjust / f.aspect) * f.f, 'px']
    case 'x-match':
      return [(f.body / f.other) * f.f, 'px']
    case 'text-spacing':
      return [TEXT_SPACING[f.prop]! * f.f, 'px']
    case 'contrast': {
      const pt = f.size * 0.75
      const large = pt >= 18 || (f.weight >= 700 && pt >= 14)
      const ratio = f.level === 'AA' ? (large ? 3 : 4.5) : large ? 4.5 : 7
      return `${ratio}:1`
    }
    case 'upm':
      return [(f.units * f.f) / f.upm, 'px']
    case 'part-height':
      return [f.ratio * f.f, 'px']
    case 'tracking':
      return [f.t / 1000, 'em']
    case 'figma-spacing':
      return [(f.p * f.f) / 100, 'px']
    case 'quad':
      return [f.quad === 'em' ? f.f : f.f / 2, 'px']
    case 'drop-cap':
      // The cap of the initial spans (n − 1) line advances plus one body cap height.
      return [(((f.n - 1) * f.f * f.lh) / (f.cap * f.f)) * f.f + f.f, 'px']
    case 'copyfit':
      return [Math.ceil(f.chars / f.cpl / f.lines), '']
    case 'print-leading':
      return [(f.line / 72) * 96, 'px']
    case 'opsz':
      return [f.rem * 16, '']
    case 'slnt':
      return [-f.deg, '']
    case 'ascent':
      return [(100 * f.asc) / f.upm, '%']
    case 'size-adjust-percent':
      return [(100 * f.web) / f.fb, '%']
    case 'face-count':
      return [f.weights * f.styles, '']
    case 'user-size':
      // CSS Values 4, §6.1.1: rem follows the initial font-size, which the text-size setting sets.
      return [f.unit === 'rem' ? f.v * f.user : f.v * 16, 'px']
    case 'unicode-range': {
      const subsets = f.subsets as unknown as [string, string][]
      const chars = [...(f.text as string)].map((c) => c.codePointAt(0)!)
      return subsets
        .filter(([, range]) => chars.some((cp) => inRange(cp, range)))
        .map(([file]) => file)
        .join(' and ')
    }
    default:
      return undefined
  }
}

/** What is wrong with a computed case: a key off the second evaluator, or a distractor on it. */
function computedProblems({ family, s }: Drawn<TypoScenario>): string[] | undefined {
  const want = expected(s)
  if (want === undefined) return undefined
  const out: string[] = []
  if (typeof want === 'string') {
    if (s.key !== want) out.push(`${family}: key ${s.key}, expected ${want}`)
    for (const [t] of s.wrong) if (t === want) out.push(`${family}: distractor ${t} is right`)
    return out
  }
  const [value, unit] = want
  const tolerance = s.facts.kind === 'ratio' ? 0.002 : 0.006
  const same = (t: string) => {
    const r = reading(t)
    return r !== undefined && r[1] === unit && Math.abs(r[0] - value) <= tolerance
  }
  if (!same(s.key)) out.push(`${family}: key ${s.key}, expected ${value}${unit}`)
  for (const [t] of s.wrong) if (same(t)) out.push(`${family}: distractor ${t} equals the key`)
  return out
}

// ---- Documented rules: for each family and case, what the key must say, with its source.

const RULES: Record<string, Record<string, RegExp>> = {
  // Vox-ATypI classification and the specimens of each face.
  'typo-classify-serif-face': {
    garamond: /^Old-style/,
    baskerville: /^Transitional/,
    bodoni: /^Didone/,
    rockwell: /^Slab/,
  },
  'typo-classify-sans-face': {
    'sans-helvetica': /^Neo-grotesque/,
    'sans-futura': /^Geometric/,
    'sans-gill': /^Humanist/,
  },
  'typo-classify-by-stress-and-contrast': {
    'stress-diagonal': /^Old-style/,
    'stress-vertical-extreme': /^Didone/,
    'stress-low-contrast-heavy-serifs': /^Slab/,
  },
  // Type anatomy glossaries (x-height, counter, aperture, descender).
  'typo-anatomy-term': {
    'x-height': /lowercase letters like x/,
    counter: /^Enclosed white inside/,
    aperture: /How open the gaps/,
    descender: /below the baseline$/,
  },
  // Bringhurst §§3.3, 8.5: true italics are cursive; scaled capitals are too light.
  'typo-italic-oblique-small-caps': {
    'true-italic': /redrawn with cursive/,
    'true-small-caps': /look too light$/,
  },
  // OS/2 usWeightClass names; CSS Fonts 4, §2.2.
  'typo-weight-class-names': {
    w300: /^300$/,
    w500: /^500$/,
    w600: /^600$/,
    w900: /^900$/,
    w200: /^200$/,
    n500: /^Medium$/,
    n800: /^Extra Bold$/,
  },
  // CSS Fonts 4, §2.4 keyword table.
  'typo-font-stretch-keywords': {
    's-condensed': /^75%$/,
    's-semi-expanded': /^112\.5%$/,
    's-extra-condensed': /^62\.5%$/,
    's-ultra-expanded': /^200%$/,
  },
  // Williams: concordant, conflicting, contrasting.
  'typo-pairing-relationship': {
    conflict: /^Conflicting/,
    contrast: /^Contrasting/,
    concord: /^Concordant/,
  },
  'typo-pairing-metric-to-match': {
    'match-x-height': /^The lowercase x-height$/,
    'size-from-x-height': /x-heights differ/,
  },
  // Bringhurst §2.1.2 (45–75, 66; 40–50 for columns); WCAG 2.2 SC 1.4.8 (80).
  'typo-measure-range': {
    'single-column': /^45 to 75, ideally about 66$/,
    'wcag-ceiling': /^No more than 80$/,
    'multi-column': /^About 40 to 50$/,
  },
  // Bringhurst §2.2: less leading for display sizes, more for long lines and large x-heights.
  'typo-leading-against-size': {
    'display-tighter': /^Less/,
    'long-measure-more': /^Increase/,
    'large-x-more': /^Open it up/,
  },
  'typo-spacing-terms': { kerning: /^Kerning$/, tracking: /^Tracking/, leading: /^Leading$/ },
  // Bringhurst §§2.1.6–2.1.8.
  'typo-letterspacing-capitals': {
    'caps-track-open': /^Slightly positive/,
    'lowercase-no-track': /designed spacing/,
  },
  // Bringhurst §§2.3.1–2.3.2.
  'typo-paragraph-marking': {
    'indent-or-space': /^None/,
    'no-indent-after-heading': /^Flush left/,
  },
  // Bringhurst §§3.2.1, 4.3.1.
  'typo-figure-style-choice': {
    'table-figures': /^Tabular lining/,
    'text-figures': /old-style \(text\)/,
    'caps-figures': /^Lining/,
  },
  // CSS Fonts 4, §2.7 shorthand grammar and resets.
  'typo-font-shorthand-order': {
    'order-italic-bold': /^font: italic 700 18px\/1\.5 Georgia, serif$/,
    'order-needs-family': /^font: 600 1rem\/1\.4 system-ui$/,
    'order-small-caps': /^font: small-caps 14px "EB Garamond", serif$/,
  },
  'typo-font-shorthand-resets': {
    'reset-line-height': /^normal/,
    'reset-weight': /^normal \(400\)/,
    'reset-features': /^They revert/,
  },
  // CSS Fonts 4, §2.1.3: generics unquoted and last.
  'typo-generic-family-in-stacks': {
    'generic-last-unquoted': /Georgia, serif$/,
    'generic-code': /, monospace$/,
  },
  // CSS Fonts 4, §2.8.
  'typo-font-synthesis': {
    'faux-bold': /^A synthesised bold/,
    'stop-faux': /^font-synthesis: none$/,
  },
  // CSS Fragmentation 3, §3.3.
  'typo-widows-and-orphans': {
    orphans: /stay at the bottom of the first page$/,
    widows: /start the next page$/,
  },
  // CSS Text 3, §5.4: hyphens: auto needs the content language.
  'typo-hyphenation-and-rivers': {
    'hyphens-need-lang': /^lang=/,
    'ragged-narrow': /^text-align: start/,
  },
  'typo-monospace-and-tabular-use': {
    code: /^A monospaced face$/,
    'table-numbers': /^No: tabular/,
  },
  // Bringhurst §4.1.1; CSS Text 4, hanging-punctuation.
  'typo-hanging-punctuation': {
    'hang-quote': /^Hang the mark/,
    'hang-css': /^hanging-punctuation: first$/,
  },
  'typo-reversed-type': { 'reverse-weight': /heavier weight/, 'reverse-serif': /^Ink spread/ },
  // OpenType feature registry.
  'typo-feature-tag-figures': {
    tnum: /^"tnum"$/,
    onum: /^"onum"$/,
    lnum: /^"lnum"$/,
    zero: /^"zero"$/,
  },
  'typo-feature-tag-caps': { smcp: /^"smcp"$/, c2sc: /^"c2sc"$/, case: /^"case"$/ },
  'typo-feature-tag-ligatures-and-more': {
    dlig: /^"dlig"$/,
    frac: /^"frac"$/,
    ordn: /^"ordn"$/,
    ss01: /^"ss01"$/,
  },
  // CSS Fonts 4, §6 feature mappings.
  'typo-variant-keyword-to-feature': {
    'v-tabular': /^font-variant-numeric: tabular-nums$/,
    'v-all-small-caps': /^font-variant-caps: all-small-caps$/,
    'v-diagonal': /^font-variant-numeric: diagonal-fractions$/,
    'v-dlig': /^font-variant-ligatures: discretionary-ligatures$/,
  },
  // CSS Fonts 4, §7.1.
  'typo-feature-settings-syntax': {
    'syntax-two-tags': /^font-feature-settings: "tnum" 1, "lnum" 1$/,
    'syntax-off': /^font-feature-settings: "liga" 0$/,
  },
  'typo-feature-settings-override': {
    'override-list': /^Small caps, default figures$/,
    'use-variant': /^font-variant-caps: small-caps/,
  },
  // CSS Fonts 4, §7.1 default features; CSS Text 3, §8.2 optional ligatures and spacing.
  'typo-default-on-features': {
    'default-kern-liga': /^kern, liga, clig and calt/,
    'need-switch': /^smcp/,
    'ligatures-spacing': /letter-spacing is not zero$/,
  },
  // OpenType registered axes; CSS Fonts 4.
  'typo-variation-axis-to-property': {
    wght: /^font-weight$/,
    wdth: /^font-stretch$/,
    opsz: /^font-optical-sizing: auto$/,
    slnt: /^font-style: oblique 10deg$/,
  },
  'typo-alternate-set-ranges': { 'ss-max': /ss01 to ss20/, 'cv-one-char': /alters one glyph/ },
  // CSS Fonts 4, §6.3: designed glyphs, synthesised when any is missing.
  'typo-position-variant': {
    sups: /designed superior glyphs$/,
    'synthesise-missing': /^Synthesises/,
  },
  'typo-language-and-kerning-controls': {
    'locl-lang': /^lang="bg"$/,
    'font-kerning': /^font-kerning: none$/,
  },
  'typo-break-control-characters': { 'nb-hyphen': /U\+2011$/, zwsp: /U\+200B$/ },
  // CSS Fonts 4, §4.9 font-display.
  'typo-font-display-choice': {
    swap: /^swap$/,
    optional: /^optional$/,
    block: /^block$/,
    fallback: /^fallback$/,
  },
  'typo-fout-foit': { foit: /^FOIT.*from block$/, fout: /^FOUT/ },
  // CSS Fonts 4, §4.3: the first supported source wins.
  'typo-font-face-src-order': {
    'woff2-first':
      /^src: url\(brand\.woff2\) format\("woff2"\), url\(brand\.woff\) format\("woff"\)$/,
    'local-first': /^src: local\("Inter"\), url/,
  },
  // HTML preload with CORS for fonts; RFC 8081 font/woff2.
  'typo-font-preload': { 'preload-crossorigin': /^crossorigin$/, mime: /^font\/woff2$/ },
  // WOFF 2.0 Recommendation (Brotli); CSS Fonts 4, §4.5; variable weight ranges.
  'typo-woff2-and-subsetting': {
    'woff2-brotli': /Brotli/,
    'subset-effect': /accents fall back/,
    'variable-range': /^font-weight: 100 900$/,
  },
  'typo-font-loading-decisions': {
    'cache-partition': /split per site/,
    'fonts-ready': /^document\.fonts\.ready$/,
  },
  'typo-hosted-font-display': {
    'display-param': /&display=swap/,
    preconnect: /rel="preconnect" href="https:\/\/fonts\.gstatic\.com" crossorigin/,
  },
  // WCAG 2.2 SC 1.4.12, 1.4.4, 1.4.8, 1.4.5.
  'typo-text-spacing-failures': {
    clip: /^No: content must not be lost/,
    level: /^AA$/,
    important: /stop user styles/,
  },
  'typo-resize-text': { 'resize-200': /^200%$/, 'vw-only': /^Zoom barely enlarges/ },
  'typo-visual-presentation': {
    justify: /must not be justified/,
    paragraph: /1\.5 times the line spacing/,
    'images-of-text': /^SC 1\.4\.5/,
  },
}

/** The characters each code-point case names, typed as the characters themselves. */
const CHARACTERS: Record<string, string> = {
  'en-dash': '–',
  'em-dash': '—',
  minus: '−',
  apostrophe: '’',
  prime: '′',
  'double-prime': '″',
  'left-double': '“',
  nbsp: '\u00a0',
  'narrow-nbsp': '\u202f',
  ellipsis: '…',
}
/** The characters each named-reference case must decode to (HTML named character references). */
const ENTITY_CHARACTERS: Record<string, string> = {
  ndash: '–',
  rsquo: '’',
  nbsp: '\u00a0',
  hellip: '…',
  shy: '\u00ad',
}
const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

describeEngineIndependent('typography keys', () => {
  it('draws every family, each with three distinct named mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
  })

  it('computed keys agree with a second evaluator written from the sources, and no distractor does', () => {
    const found: string[] = []
    const checked = new Set<string>()
    for (const drawn of DRAWN) {
      const result = computedProblems(drawn)
      if (result === undefined) continue
      checked.add(drawn.family)
      found.push(...result)
    }
    expect([...new Set(found)].slice(0, 12)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(40)
  })

  it('rule keys carry what the cited source states, and no distractor does', () => {
    const missing: string[] = []
    for (const { family, s } of DRAWN) {
      if (s.facts.kind !== 'rule') continue
      const rule = s.facts.rule as string
      expect(typeof s.facts.source, family).toBe('string')
      if (family === 'typo-code-point-for-dash' || family.startsWith('typo-code-point-for')) {
        const right = codePoint(CHARACTERS[rule]!)
        expect(s.key, `${family}/${rule}`).toBe(right)
        for (const [t] of s.wrong) expect(t, `${family}/${rule}`).not.toBe(right)
        continue
      }
      if (family === 'typo-named-character-reference') {
        expect(ENTITY_CHARACTERS[rule], rule).toBeDefined()
        continue
      }
      const gist = RULES[family]?.[rule]
      if (!gist) {
        missing.push(`${family}/${rule}`)
        continue
      }
      expect.soft(s.key, `${family}/${rule}`).toMatch(gist)
      for (const [t] of s.wrong) expect.soft(t, `${family}/${rule}: ${t}`).not.toMatch(gist)
    }
    expect([...new Set(missing)]).toEqual([])
  })
})

// ---- Chromium: named references decoded and a sample of computed font values rendered.

let chromium: Chromium
let page: Page
const SAMPLE = 4

describeInBrowser('typography keys in Chromium', () => {
  beforeAll(async () => {
    chromium = await launchChromium()
    page = await chromium.context.newPage()
  }, 60_000)
  afterAll(async () => {
    await chromium?.close()
  })

  it('decodes each named-reference key to the mark it names, and no distractor to it', async () => {
    const decode = (refs: string[]) =>
      page.evaluate((list) => {
        const el = document.createElement('div')
        return list.map((r) => {
          el.innerHTML = r
          return el.textContent ?? ''
        })
      }, refs)
    for (const { family, s } of DRAWN.filter(
      (d) => d.family === 'typo-named-character-reference',
    )) {
      const right = ENTITY_CHARACTERS[s.facts.rule as string]!
      const [key, ...wrong] = await decode([s.key, ...s.wrong.map(([t]) => t)])
      expect(key, `${family}: ${s.key}`).toBe(right)
      for (const w of wrong) expect(w, family).not.toBe(right)
    }
  }, 60_000)

  it('computes inherited line-height, letter-spacing, relative weights and shorthand line-heights as the keys state', async () => {
    await page.setContent(
      '<!doctype html><html><head><style>html{font-size:16px}</style></head><body><div id="p"><span id="c">Ag</span></div></body></html>',
    )
    const kinds = ['line-height', 'letter-spacing', 'relative-weight', 'shorthand-lh', 'em-power']
    for (const kind of kinds) {
      const draws = DRAWN.filter((d) => d.s.facts.kind === kind).slice(0, SAMPLE)
      expect(draws.length, kind).toBeGreaterThan(0)
      for (const { family, s } of draws) {
        const f = s.facts as unknown as Facts
        const [parent, child, prop] = ((): [string, string, string] => {
          if (kind === 'line-height') {
            const lh =
              f.form === 'unitless' ? `${f.n}` : f.form === 'em' ? `${f.n}em` : `${f.n * 100}%`
            return [
              `font-size:${f.f}px;line-height:${lh}`,
              `display:block;font-size:${f.child}px`,
              'lineHeight',
            ]
          }
          if (kind === 'letter-spacing')
            return [
              `font-size:${f.f}px;letter-spacing:${f.ls}em`,
              `font-size:${f.child}px`,
              'letterSpacing',
            ]
          if (kind === 'relative-weight')
            return [`font-weight:${f.w}`, `font-weight:${f.dir}`, 'fontWeight']
          if (kind === 'em-power') {
            return [`font-size:16px`, `font-size:${f.k ** f.depth}em`, 'fontSize']
          }
          return ['', `font:700 ${f.size}rem/${f.lh} Georgia, serif`, 'lineHeight']
        })()
        const value = await page.evaluate(
          ([p, c, name]) => {
            document.getElementById('p')!.setAttribute('style', p!)
            document.getElementById('c')!.setAttribute('style', c!)
            return getComputedStyle(document.getElementById('c')!)[name as 'lineHeight']
          },
          [parent, child, prop] as const,
        )
        const shown = Number.parseFloat(value)
        const key = reading(s.key)![0]
        expect(Math.abs(shown - key), `${family}: Chromium ${value}, key ${s.key}`).toBeLessThan(
          0.01,
        )
      }
    }
  }, 60_000)

  it('accepts every font shorthand key as valid CSS', async () => {
    for (const { s } of DRAWN.filter((d) => d.family === 'typo-font-shorthand-order')) {
      const value = s.key.replace(/^font:\s*/, '')
      expect(await page.evaluate((v) => CSS.supports('font', v), value), s.key).toBe(true)
    }
  }, 60_000)
})
