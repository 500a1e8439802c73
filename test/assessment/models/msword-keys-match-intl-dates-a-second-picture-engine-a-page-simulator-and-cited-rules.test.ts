import { expect, it } from 'vitest'
import {
  WORD_FIELD_FAMILIES,
  WORD_LAYOUT_FAMILIES,
  WORD_MERGE_FAMILIES,
  WORD_REFERENCE_FAMILIES,
  WORD_REVIEW_FAMILIES,
  WORD_STYLE_FAMILIES,
} from '../../../src/assessment/models/msword/msword-models.js'
import type { WordScenario } from '../../../src/assessment/models/msword/msword-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...WORD_STYLE_FAMILIES,
  ...WORD_LAYOUT_FAMILIES,
  ...WORD_FIELD_FAMILIES,
  ...WORD_MERGE_FAMILIES,
  ...WORD_REVIEW_FAMILIES,
  ...WORD_REFERENCE_FAMILIES,
]
const DRAWS = 30

// biome-ignore lint/suspicious/noExplicitAny: drawn inputs of many shapes, read by each twin
type In = any
type Twin = (x: In) => string

// ---- A second date-time picture engine: names from Intl (en-US, UTC), tokens by one regular
// expression, after "Format field results" (Microsoft Support) and ECMA-376 Part 1 (field switches).
const intl = (opts: Intl.DateTimeFormatOptions, t: In) =>
  new Intl.DateTimeFormat('en-US', { ...opts, timeZone: 'UTC' }).format(
    new Date(Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi)),
  )
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`)
/** What each picture token shows, by token. */
const TOKENS: Record<string, (t: In) => string> = {
  M: (t) => `${t.mo}`,
  MM: (t) => two(t.mo),
  MMM: (t) => intl({ month: 'short' }, t),
  MMMM: (t) => intl({ month: 'long' }, t),
  d: (t) => `${t.d}`,
  dd: (t) => two(t.d),
  ddd: (t) => intl({ weekday: 'short' }, t),
  dddd: (t) => intl({ weekday: 'long' }, t),
  yy: (t) => two(t.y % 100),
  yyyy: (t) => `${t.y}`,
  h: (t) => `${((t.h + 11) % 12) + 1}`,
  hh: (t) => two(((t.h + 11) % 12) + 1),
  H: (t) => `${t.h}`,
  HH: (t) => two(t.h),
  m: (t) => `${t.mi}`,
  mm: (t) => two(t.mi),
  'AM/PM': (t) => (t.h < 12 ? 'AM' : 'PM'),
  'am/pm': (t) => (t.h < 12 ? 'am' : 'pm'),
}
function dateTwin(pic: string, t: In): string {
  return pic.replace(
    /'[^']*'|AM\/PM|am\/pm|M{1,4}|d{1,4}|y{4}|y{2}|h{1,2}|H{1,2}|m{1,2}/g,
    (tok) => (tok.startsWith("'") ? tok.slice(1, -1) : TOKENS[tok]!(t)),
  )
}

// ---- A second numeric picture engine on Intl.NumberFormat: a picture is split into text before
// the first digit placeholder, the placeholders, and text after; the 0s before the point give the
// minimum integer digits, the placeholders after it the decimals, a comma turns grouping on.
function numberTwin(pic: string, v: number): string {
  const [pos, neg] = pic.split(';') as [string, string | undefined]
  const part = v < 0 && neg !== undefined ? neg : pos
  const first = part.search(/[0#]/)
  let last = first
  while (last < part.length && /[0#,.]/.test(part[last]!)) last++
  const body = part.slice(first, last)
  const point = body.indexOf('.')
  const intPart = point < 0 ? body : body.slice(0, point)
  const decimals = point < 0 ? 0 : body.length - point - 1
  const text = new Intl.NumberFormat('en-US', {
    minimumIntegerDigits: Math.max(1, (intPart.match(/0/g) ?? []).length),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: intPart.includes(','),
  }).format(Math.abs(v))
  const shown = intPart.includes('0') || Math.abs(v) >= 1 ? text : text.replace(/^0/, '')
  return `${part.slice(0, first)}${shown}${part.slice(last)}`
}
const pictureOf = (code: string) => /\\@ "([^"]*)"/.exec(code)?.[1]
const numberPictureOf = (code: string) => /\\# "([^"]*)"/.exec(code)?.[1]

// ---- Pages walked one by one: each physical page gets its section and the number Word prints.
interface Section {
  pages: number
  restart?: number
}
function walk(sections: Section[]): { section: number; number: number }[] {
  const out: { section: number; number: number }[] = []
  let n = 0
  sections.forEach((s, i) => {
    if (s.restart !== undefined) n = s.restart - 1
    for (let p = 0; p < s.pages; p++) out.push({ section: i, number: ++n })
  })
  return out
}
/** Lower-case roman numerals digit by digit, from tables of the tens and the units. */
const UNITS = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix']
const TENS = ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc']
const romanOf = (n: number) => `${TENS[Math.floor(n / 10)]}${UNITS[n % 10]}`
const joined = (xs: number[]) => (xs.length === 0 ? 'none' : xs.join(', '))

// ---- A style resolver: walk the based-on chain for each property until a style sets it.
interface Style {
  base?: Style
  font?: string
  size?: number
}
const prop = <K extends 'font' | 'size'>(s: Style | undefined, k: K): Style[K] =>
  s === undefined ? undefined : (s[k] ?? prop(s.base, k))
const fontSize = (s: Style) => `${prop(s, 'font')}, ${prop(s, 'size')} pt`

/** Heading numbers by counting, for each heading, the earlier headings back to its parent. */
function headingNumber(ls: number[], at: number): string {
  const parts: number[] = []
  for (let level = 1; level <= ls[at]!; level++) {
    let count = 0
    for (let i = at; i >= 0; i--) {
      if (ls[i]! < level) break
      if (ls[i] === level) count++
    }
    parts.push(count)
  }
  return parts.join('.')
}

const count = <T>(xs: T[], f: (x: T) => boolean) => xs.reduce((n, x) => n + (f(x) ? 1 : 0), 0)
const TWINS_FROM_READINGS: Record<string, Record<string, Twin>> = {}
/**
 * How each misreading of a date picture rewrites it; two slips made together are both rewrites,
 * one after the other.
 */
const READINGS: Record<string, Record<string, (pic: string) => string>> = {
  'date-result-minutes-for-month': {
    asMonth: (p) => p.replace('mm', 'MM'),
    noPad: (p) => p.replace('dd', 'd').replace('mm', 'm'),
    asHour: (p) => p.replace('mm', 'HH'),
    usOrder: (p) => p.replace(/^dd\/mm/, 'MM/dd'),
  },
  'date-result-abbreviated-weekday': {
    fullDay: (p) => p.replace('ddd', 'dddd'),
    dayNum: (p) => p.replace('ddd', 'dd'),
    fullMonth: (p) => p.replace('MMM', 'MMMM'),
    longYear: (p) => p.replace(/yy$/, 'yyyy'),
  },
  'date-result-12-hour-clock': {
    as24: (p) => p.replace(/^h/, 'H'),
    pad: (p) => p.replace(/^h/, 'hh'),
    monthMin: (p) => p.replace('mm', 'MM'),
    noMeridiem: (p) => p.replace(' AM/PM', ''),
  },
  'date-result-literal-text': {
    noQuotes: (p) => p.replace(' d ', ' dd '),
    abbrev: (p) => p.replace('MMMM', 'MMM'),
    usOrder: (p) => p.replace('d MMMM', 'MMMM d'),
    weekday: (p) => p.replace(' d ', ' dddd '),
  },
}
for (const [family, readings] of Object.entries(READINGS)) {
  const twin: Record<string, Twin> = { key: (x) => dateTwin(x.pic, x.t) }
  const slips = Object.keys(readings)
  slips.forEach((a, i) => {
    twin[a] = (x) => dateTwin(readings[a]!(x.pic), x.t)
    for (const b of slips.slice(i + 1))
      twin[`${a}+${b}`] = (x) => dateTwin(readings[b]!(readings[a]!(x.pic)), x.t)
  })
  TWINS_FROM_READINGS[family] = twin
}

const joinOf =
  (join: string) =>
  (a: boolean, b: boolean): boolean =>
    join === 'And' ? a && b : a || b

/** Each computed family's answers worked out again, slip by slip. */
const TWINS: Record<string, Record<string, Twin>> = {
  ...TWINS_FROM_READINGS,
  'numeric-picture-rounds-whole': {
    key: (x) => numberTwin(x.pic, x.v),
    truncate: (x) => numberTwin(x.pic, Math.trunc(x.v)),
    raw: (x) => `${x.v}`,
    noGroup: (x) => numberTwin('0', x.v),
    keepCents: (x) => numberTwin('#,##0.00', x.v),
    roundUp: (x) => numberTwin(x.pic, Math.ceil(x.v)),
  },
  'numeric-picture-negative-section': {
    key: (x) => numberTwin(x.pic, x.v),
    minus: (x) => `-${numberTwin('$#,##0.00', -x.v)}`,
    both: (x) => `(-${numberTwin('$#,##0.00', -x.v)})`,
    positive: (x) => numberTwin('$#,##0.00', -x.v),
    minusInside: (x) => `$-${numberTwin('#,##0.00', -x.v)}`,
  },
  'numeric-picture-percent-not-scaled': {
    key: (x) => numberTwin(x.pic, x.v),
    scaled: (x) => numberTwin('0.0%', x.v * 100),
    raw: (x) => `${x.v}`,
    excel: (x) => `${Math.round(x.v * 100)}%`,
    unrounded: (x) => `${x.v}%`,
    noLeadingZero: (x) => numberTwin(x.pic, x.v).replace(/^0/, ''),
  },
  'numeric-picture-zero-padding': {
    key: (x) => numberTwin(x.pic, x.v),
    raw: (x) => `${x.v}`,
    trailing: (x) => `${x.v}`.padEnd(x.pic.length, '0'),
    extra: (x) => `${x.pic}${x.v}`,
    short: (x) => numberTwin(x.pic.slice(1), x.v),
    'trailing+short': (x) => `${x.v}`.padEnd(x.pic.length - 1, '0'),
    hash: (x) => `${x.v}`.padStart(x.pic.length, '#'),
  },
  'numeric-picture-signed-variance': {
    key: (x) => numberTwin(x.pic, x.v),
    unsigned: (x) => numberTwin('0.0', Math.abs(x.v)),
    flipped: (x) => numberTwin(x.pic, -x.v),
    twoDp: (x) => numberTwin('+0.00;-0.00', x.v),
    truncated: (x) => numberTwin(x.pic, Math.trunc(x.v * 10) / 10),
    roundedWhole: (x) => numberTwin('+0;-0', x.v),
  },
  'style-based-on-normal-change': {
    key: (x) => fontSize({ base: { font: x.f2, size: x.s1 }, size: x.s2 }),
    copied: (x) => fontSize({ base: { font: x.f1, size: x.s1 }, size: x.s2 }),
    allFollow: (x) => fontSize({ font: x.f2, size: x.s1 }),
    unchanged: (x) => fontSize({ font: x.f1, size: x.s1 }),
  },
  'style-based-on-chain': {
    key: (x) => fontSize({ base: { base: { font: x.f1, size: x.s1 }, size: x.s3 }, font: x.f2 }),
    oldSize: (x) =>
      fontSize({ base: { base: { font: x.f1, size: x.s1 }, size: x.s2 }, font: x.f2 }),
    normalSize: (x) => fontSize({ base: { font: x.f1, size: x.s1 }, font: x.f2 }),
    normalFont: (x) => fontSize({ font: x.f1, size: x.s3 }),
    normalBoth: (x) => fontSize({ font: x.f1, size: x.s1 }),
  },
  'style-precedence-word': {
    // Layers from the bottom: Normal, the paragraph style, a character style, direct formatting.
    key: (x) => {
      const layers = [
        x.fn,
        x.fp,
        x.ask === 'plain' ? undefined : x.fc,
        x.ask === 'both' ? x.fd : undefined,
      ]
      return layers.filter((f) => f !== undefined).at(-1)
    },
    paragraphWins: (x) => x.fp,
    charWins: (x) => x.fc,
    charSpreads: (x) => x.fc,
    directSpreads: (x) => x.fd,
    normal: (x) => x.fn,
  },
  'style-multilevel-heading-number': {
    key: (x) => headingNumber(x.ls, x.at),
    noRestart: (x) =>
      Array.from({ length: x.ls[x.at] }, (_, k) =>
        count(x.ls.slice(0, x.at + 1), (l: number) => l === k + 1),
      ).join('.'),
    sequence: (x) => `${x.at + 1}`,
    levelCount: (x) => `${count(x.ls.slice(0, x.at + 1), (l: number) => l === x.ls[x.at])}`,
    parentOnly: (x) =>
      headingNumber(
        x.ls,
        x.ls.slice(0, x.at).findLastIndex((l: number) => l < x.ls[x.at]),
      ),
    before: (x) => headingNumber(x.ls, x.at - 1),
    after: (x) => (x.at + 1 < x.ls.length ? headingNumber(x.ls, x.at + 1) : ''),
    fullDepth: (x) => `${headingNumber(x.ls, x.at)}${'.0'.repeat(4 - x.ls[x.at])}`,
  },
  'page-number-restart-then-continue': {
    key: (x) =>
      `${walk([{ pages: x.a }, { pages: x.b, restart: 1 }, { pages: x.c }])[x.p - 1]!.number}`,
    physical: (x) => `${x.p}`,
    restartAgain: (x) =>
      `${walk([{ pages: x.a }, { pages: x.b, restart: 1 }, { pages: x.c, restart: 1 }])[x.p - 1]!.number}`,
    romanCarry: (x) =>
      romanOf(walk([{ pages: x.a }, { pages: x.b, restart: 1 }, { pages: x.c }])[x.p - 1]!.number),
    offByBreak: (x) =>
      `${walk([{ pages: x.a }, { pages: x.b, restart: 1 }, { pages: x.c }])[x.p - 1]!.number + 1}`,
  },
  'page-number-front-matter-roman': {
    key: (x) => romanOf(walk([{ pages: x.a, restart: 1 }])[x.p - 1]!.number),
    coverSkipped: (x) => romanOf(x.p - 1),
    arabic: (x) => `${x.p}`,
    upper: (x) => romanOf(x.p).toUpperCase(),
    arabicSkip: (x) => `${x.p - 1}`,
  },
  'page-number-odd-page-break': {
    // Walk forward from the page after the last to the first odd one.
    key: (x) => {
      let p = x.n + 1
      while (p % 2 === 0) p++
      return `${p}`
    },
    nextPage: (x) => `${x.n + 1}`,
    alwaysBlank: (x) => `${x.n + 2}`,
    continuous: (x) => `${x.n}`,
    evenBreak: (x) => {
      let p = x.n + 1
      while (p % 2 === 1) p++
      return `${p}`
    },
    restart: () => '1',
  },
  'page-x-of-numpages-after-restart': {
    key: (x) => `Page ${x.k} of ${x.a + x.b + x.c}`,
    sectionTotal: (x) => `Page ${x.k} of ${x.b}`,
    physical: (x) => `Page ${x.a + x.k} of ${x.a + x.b + x.c}`,
    numbered: (x) => `Page ${x.k} of ${x.b + x.c}`,
    both: (x) => `Page ${x.a + x.k} of ${x.b}`,
  },
  'page-x-of-sectionpages': {
    key: (x) => {
      const pages = walk([{ pages: x.a }, { pages: x.b, restart: 1 }, { pages: x.c, restart: 1 }])
      const mine = pages.filter((p) => p.section === 2)
      return `Page ${mine[x.k - 1]!.number} of ${mine.length}`
    },
    docTotal: (x) => `Page ${x.k} of ${x.a + x.b + x.c}`,
    continued: (x) => `Page ${x.b + x.k} of ${x.c}`,
    numbered: (x) => `Page ${x.k} of ${x.b + x.c}`,
    physical: (x) => `Page ${x.a + x.b + x.k} of ${x.c}`,
    sections: (x) => `Page ${x.k} of 3`,
    sectionNumber: (x) => `Page 3 of ${x.c}`,
  },
  'header-link-to-previous-edit': {
    // The header text each section shows: follow links back to a section that owns one.
    key: (x) => {
      const owner = (s: number): number => (s > 1 && x.linked[s] ? owner(s - 1) : s)
      const all = Array.from({ length: x.n }, (_, i) => i + 1)
      return joined(all.filter((s) => owner(s) === owner(x.k)))
    },
    onlyThis: (x) => joined([x.k]),
    forward: (x) => {
      const owner = (s: number): number => (s > 1 && x.linked[s] ? owner(s - 1) : s)
      const all = Array.from({ length: x.n }, (_, i) => i + 1)
      return joined(all.filter((s) => s >= x.k && owner(s) === owner(x.k)))
    },
    toEnd: (x) => {
      const owner = (s: number): number => (s > 1 && x.linked[s] ? owner(s - 1) : s)
      const all = Array.from({ length: x.n }, (_, i) => i + 1)
      return joined(all.filter((s) => s >= owner(x.k)))
    },
    everywhere: (x) => joined(Array.from({ length: x.n }, (_, i) => i + 1)),
  },
  'merge-filter-and-or': {
    // Records the filter keeps, by its join; each slip changes one reading of the conditions.
    key: (x) => `${count(x.rs, (r: In) => joinOf(x.rule)(r.city === x.city, r.amount > x.min))}`,
    otherJoin: (x) =>
      `${count(x.rs, (r: In) => joinOf(x.rule === 'And' ? 'Or' : 'And')(r.city === x.city, r.amount > x.min))}`,
    cityOnly: (x) => `${count(x.rs, (r: In) => r.city === x.city)}`,
    amountOnly: (x) => `${count(x.rs, (r: In) => r.amount > x.min)}`,
    atLeast: (x) =>
      `${count(x.rs, (r: In) => joinOf(x.rule)(r.city === x.city, r.amount >= x.min))}`,
    excluded: (x) =>
      `${count(x.rs, (r: In) => !joinOf(x.rule)(r.city === x.city, r.amount > x.min))}`,
    countedTwice: (x) =>
      `${count(x.rs, (r: In) => r.city === x.city) + count(x.rs, (r: In) => r.amount > x.min)}`,
  },
  'track-accept-shown-by-reviewer': {
    // Only the shown reviewer's changes are accepted; the hidden reviewers' changes, formatting
    // ones included, remain, and comments are not tracked changes.
    key: (x) => `${x.nb + x.nc}`,
    acceptedAll: () => '0',
    inverse: (x) => `${x.na}`,
    noFormatting: (x) => `${x.nb + x.nc - x.fb}`,
    onlyFirstHidden: (x) => `${x.nb}`,
    withComments: (x) => `${x.nb + x.nc + x.com}`,
    nothing: (x) => `${x.na + x.nb + x.nc}`,
    'acceptedAll+withComments': (x) => `${x.com}`,
    'inverse+withComments': (x) => `${x.na + x.com}`,
    'nothing+withComments': (x) => `${x.na + x.nb + x.nc + x.com}`,
  },
  'caption-cross-reference-after-insert': {
    // Figures after the insertion point move up one, but only once fields are updated.
    key: (x) => `see Figure ${x.updated && x.m >= x.k ? x.m + 1 : x.m}`,
    stale: (x) => `see Figure ${x.m}`,
    autoUpdate: (x) => `see Figure ${x.m >= x.k ? x.m + 1 : x.m}`,
    newOne: (x) => `see Figure ${x.k}`,
    shiftDown: (x) => `see Figure ${Math.max(1, x.m - 1)}`,
    last: (x) => `see Figure ${x.n + 1}`,
    error: () => 'see Error! Reference source not found.',
  },
  'footnote-numbering-restart': {
    key: (x) => `${x.mode === 'section' ? x.k : x.a + x.k}`,
    continuous: (x) => `${x.a + x.k}`,
    restart: (x) => `${x.k}`,
    offByOne: () => '',
    sectionCount: (x) => `${x.a}`,
    roman: (x) => romanOf(x.mode === 'section' ? x.k : x.a + x.k) ?? '',
  },
}
// Counting slips whose value the twin cannot know without the drawn rows: checked for range.
const LOOSE = new Set(['footnote-numbering-restart/offByOne'])

/**
 * The documented behaviour each rule family keys, in this file's own words: every key must state
 * it and no distractor may. Sources are cited beside each family in the models; here the table
 * names the Microsoft Support article it follows.
 */
const RULES: Record<string, RegExp> = {
  // Insert, edit, and view fields in Word
  'field-update-key': /^(Press F9|F9,|Select them and press F9)/,
  'field-toggle-codes': /Alt\+F9/,
  'field-braces-typed': /Ctrl\+F9/,
  'field-unlink-to-text': /^(Ctrl\+Shift\+F9|Unlink|Press Ctrl\+Shift\+F9)/,
  'field-lock': /Ctrl\+F11/,
  // Field codes: CreateDate, SectionPages, Ref, Seq, IF; Format field results
  'field-date-vs-createdate': /CREATEDATE/,
  'field-numpages-vs-sectionpages': /^(The )?SECTIONPAGES/,
  'field-ref-bookmark': /^(REF|A REF|\{ REF)/,
  'field-mergeformat': /MERGEFORMAT/,
  'field-if-text-results': /^\{ IF "?\{ MERGEFIELD Title \}"? = "Ms" "Dear Ms" "Dear Mr" \}$/,
  'field-seq-numbering': /SEQ/,
  // Styles articles
  'style-linked-applies-to-selection': /(selected words|selection alone|character style)/,
  'style-following-paragraph': /following paragraph/,
  'style-modify-scope-template': /New documents based on this template/,
  'style-normal-template': /Normal\.dotm/,
  'style-update-to-match': /Match Selection/,
  'style-reveal-formatting': /Reveal Formatting/,
  'style-toggle-bold': /(Not bold|Regular weight)/,
  'style-organizer-copy': /Organizer/,
  // Sections and layout articles
  'layout-landscape-one-page': /(Next Page|Selected text)/,
  'layout-delete-section-break': /(that followed|section after|following section)/,
  'layout-columns-mid-page': /Continuous/,
  'layout-new-header-unlink':
    /(Turn off|Clear|Unlink).*(new section|that section|previous section’s header)/,
  'layout-mirror-margins-gutter': /Mirror/,
  'layout-vertical-centre-cover': /(own section|Section break after)/,
  'layout-heading-new-page': /Page break before/,
  'layout-keep-with-next': /Keep with next/,
  'layout-page-break-vs-section': /(page break|Page Break)/,
  // Mail merge articles
  'merge-directory-type': /Directory/,
  'merge-postcode-leading-zero': /(Text|text)/,
  'merge-excel-header-row': /(headings|header row)/,
  'merge-match-fields': /Match Fields/,
  'merge-email-requirements': /Outlook/,
  'merge-fill-in-ask-once': /Fill-in(,| rule set to)? (with )?Ask once|Fill-in, Ask once/,
  'merge-edit-individual': /Edit Individual Documents/,
  'merge-next-record-vs-skip': /(same page|same sheet|without starting a new page)/,
  'merge-excel-decimals': /(stored value|raw value|not carried)/,
  'merge-labels-update': /Update Labels/,
  'merge-if-then-else-rule': /If\.\.\.Then\.\.\.Else/,
  'merge-sort-records': /Sort.*[Rr]ecipient [Ll]ist|[Rr]ecipient [Ll]ist > Sort/,
  // Review articles
  'review-compare-vs-combine': /Combine/,
  'review-compare-untracked': /^(Compare the|Review > Compare > Compare|Compare:)/,
  'review-restrict-tracked-changes': /(Tracked changes|Lock Tracking)/,
  'review-restrict-comments-only': /Comments/,
  'review-document-inspector': /Inspect/,
  'review-accept-keeps-comments': /(Delete All Comments|delete them separately)/,
  'review-markup-views': /No Markup/,
  'review-author-name': /Options > General/,
  'review-mark-as-final': /(Edit Anyway|not security)/,
  'review-co-authoring-location': /OneDrive or SharePoint/,
  'review-restrict-exceptions': /(Read only|Start Enforcing)/,
  'review-resolve-comment': /Resolve/,
  'review-revisions-inline': /Inline/,
  // References articles
  'toc-update-entire-table': /entire table/,
  'toc-add-text-level': /Add Text/,
  'footnote-vs-endnote': /^Endnotes/,
  'citation-style-switch': /Style/,
  'index-mark-entry': /XE/,
  'table-of-figures-source': /Insert Caption|Word captions/,
  'bookmark-name-rules': /^[A-Za-z][A-Za-z0-9_]*$/,
  'caption-chapter-numbers': /(list|numbering)/,
  'cross-reference-page-number': /Page number/,
  'toc-page-numbers-only': /(page numbers only|Only the page numbers)/,
}

const agrees = (shown: string, want: string) => shown === want

describeEngineIndependent('Microsoft Word', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: WordScenario }[]

  it('draws every family, and each draw offers three distinct distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('writes every date-time picture key that an Intl-based engine formats to the result asked for, and no distractor does', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (s.calc?.kind !== 'date-code') continue
      checked++
      const { t, target } = s.calc.in as In
      const key = pictureOf(s.key)
      if (key === undefined || dateTwin(key, t) !== target)
        problems.push(`${family}: key ${s.key} gives ${key && dateTwin(key, t)}, not ${target}`)
      for (const [text] of s.wrong) {
        const pic = pictureOf(text)
        // A code with no \@ switch shows the value unformatted (\# has no effect on a date).
        if (pic !== undefined && dateTwin(pic, t) === target)
          problems.push(`${family}: distractor ${text} also gives ${target}`)
      }
    }
    // Eight date-code families, 23 other computed families and 63 rule families.
    expect(checked).toBeGreaterThanOrEqual(8 * DRAWS)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('writes the currency picture key that a second numeric engine formats as asked, and no distractor does', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (s.calc?.kind !== 'number-code') continue
      const { v, target } = s.calc.in as In
      const key = numberPictureOf(s.key)
      if (key === undefined || numberTwin(key, v) !== target)
        problems.push(`${family}: key ${s.key} gives ${key && numberTwin(key, v)}`)
      for (const [text] of s.wrong) {
        const pic = numberPictureOf(text)
        const shows = pic === undefined ? `${v}` : numberTwin(pic, v)
        if (shows === target) problems.push(`${family}: distractor ${text} also gives ${target}`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('works out every other computed answer again: the key is the rule’s, each distractor its named slip’s', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc || s.calc.kind === 'date-code' || s.calc.kind === 'number-code') continue
      const twins = TWINS[family]
      if (!twins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      checked++
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]
        if (slip === undefined || twins[slip] === undefined) {
          problems.push(`${family}: answer ${text} has no known slip (${slip})`)
          continue
        }
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
        if (LOOSE.has(`${family}/${slip}`)) continue
        const want = twins[slip]!(s.calc.in)
        if (!agrees(text, want))
          problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        if (slip !== 'key' && want === twins.key!(s.calc.in))
          problems.push(`${family}/${slip}: ${text} is the key's value`)
      }
    }
    // 23 computed families; a draw the family refuses (too few distinct mistakes) is skipped.
    expect(checked).toBeGreaterThanOrEqual(22 * DRAWS)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every rule family to its documented behaviour, which no distractor states', () => {
    const problems: string[] = []
    const ruled = FAMILIES.filter((f) => drawn.some((d) => d.family === f.id && d.s.rule))
    for (const f of ruled) if (!RULES[f.id]) problems.push(`${f.id}: not in the rule table`)
    for (const { family, s } of drawn) {
      if (!s.rule) continue
      const rule = RULES[s.rule]
      if (!rule) continue
      if (!rule.test(s.key)) problems.push(`${family}: key ${s.key} does not state the rule`)
      for (const [t] of s.wrong)
        if (rule.test(t)) problems.push(`${family}: distractor ${t} states it`)
    }
    expect(ruled.length).toBeGreaterThanOrEqual(63)
    expect(problems.slice(0, 16)).toEqual([])
  })
})
