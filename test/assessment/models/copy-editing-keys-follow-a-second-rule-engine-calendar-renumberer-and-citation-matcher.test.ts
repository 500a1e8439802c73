import { expect, it } from 'vitest'
import { BRIEF_FAMILIES } from '../../../src/assessment/models/copyedit/brief-families.js'
import { CITATION_FAMILIES } from '../../../src/assessment/models/copyedit/citation-families.js'
import {
  COPYEDIT_CHECK_FAMILIES,
  COPYEDIT_LANGUAGE_FAMILIES,
  COPYEDIT_NUMBERING_FAMILIES,
  COPYEDIT_STYLE_FAMILIES,
} from '../../../src/assessment/models/copyedit/copyedit-models.js'
import type { CeScenario } from '../../../src/assessment/models/copyedit/copyedit-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...COPYEDIT_STYLE_FAMILIES,
  ...COPYEDIT_CHECK_FAMILIES,
  ...COPYEDIT_NUMBERING_FAMILIES,
  ...CITATION_FAMILIES,
  ...BRIEF_FAMILIES,
  ...COPYEDIT_LANGUAGE_FAMILIES,
]
const DRAWS = 40
// biome-ignore lint/suspicious/noExplicitAny: the drawn facts are read per family, as each stores them
type In = any

// ---- A calendar of our own: days from 1 March of year 0 (proleptic Gregorian), no Date object.
const DAY_NAMES = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']
const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ')
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (m + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
function civil(z0: number): [number, number, number] {
  const z = z0 + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}
const dayName = (n: number) => DAY_NAMES[((n % 7) + 7) % 7]!
const weekdayOf = (y: number, m: number, d: number) => dayName(daysFromCivil(y, m, d))
const spelled = (n: number) => {
  const [y, m, d] = civil(n)
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`
}

// ---- Number words and the sheet's number rules, written as a decision per slot.
const SMALL =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  )
const DECADES: Record<number, string> = {
  2: 'twenty',
  3: 'thirty',
  4: 'forty',
  5: 'fifty',
  6: 'sixty',
  7: 'seventy',
  8: 'eighty',
  9: 'ninety',
}
const say = (n: number, join = '-') =>
  n < 20
    ? SMALL[n]!
    : n % 10
      ? `${DECADES[Math.floor(n / 10)]}${join}${SMALL[n % 10]}`
      : DECADES[n / 10]!
const ORDINAL_OF: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
}
const sayOrdinal = (n: number, join = '-') => {
  const words = say(n, join)
  const cut = Math.max(words.lastIndexOf('-'), words.lastIndexOf(' ')) + 1
  const last = words.slice(cut)
  return (
    words.slice(0, cut) +
    (ORDINAL_OF[last] ?? (last.endsWith('ty') ? `${last.slice(0, -1)}ieth` : `${last}th`))
  )
}
const suffixed = (n: number) =>
  `${n}${[11, 12, 13].includes(n % 100) ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')}`

/** Distractors that make two of the sheet's slips at once, by the slips they combine. */
const COMBINED_SLIPS: Record<string, string[]> = {
  otherThresholdUnits: ['otherThreshold', 'unitWords'],
  otherThresholdPct: ['otherThreshold', 'pctWords'],
  noHyphenPct: ['noHyphen', 'pctWords'],
}

function sheetNumbers(x: In, slip: string): string {
  const slips = COMBINED_SLIPS[slip] ?? [slip]
  const has = (name: string) => slips.includes(name)
  const T = has('otherThreshold') ? 110 - x.T : x.T
  const below = (n: number) => (has('inclusive') ? n <= T : n < T)
  const join = has('noHyphen') ? ' ' : '-'
  const counts = x.parts.filter((p: In) => typeof p !== 'string' && p.kind === 'count')
  const sameKindFigures =
    x.consistent && !has('ignoreConsistency') && counts.some((c: In) => !below(c.n))
  return x.parts
    .map((p: In) => {
      if (typeof p === 'string') return p
      const asWords =
        (has('allWords') && p.n < 100) ||
        (!has('allFigures') && below(p.n) && !(p.kind === 'count' && sameKindFigures))
      if (p.kind === 'count' && p.start && !has('startFigure') && !has('allFigures')) {
        const w = say(p.n, join)
        return w[0]!.toUpperCase() + w.slice(1)
      }
      if (p.kind === 'count') return asWords ? say(p.n, join) : String(p.n)
      if (p.kind === 'unit')
        return (has('unitWords') || has('allWords')) && below(p.n)
          ? `${say(p.n, join)} ${p.unit}`
          : `${p.n} ${p.unit}`
      if (p.kind === 'pct')
        return (has('pctWords') || has('allWords')) && below(p.n)
          ? `${say(p.n, join)} per cent`
          : x.consistent && !has('pctSign')
            ? `${p.n} per cent`
            : `${p.n}%`
      return !has('allFigures') && ((has('allWords') && p.n < 100) || below(p.n))
        ? sayOrdinal(p.n, join)
        : suffixed(p.n)
    })
    .join('')
}

// ---- Headline capitalisation by the two stated rules, decided per word from its class.
function headline(title: [string, string][], rule: string): string {
  const words = title.filter(([w]) => w !== ':')
  const colonBefore = new Set<number>()
  let seen = 0
  for (const [w] of title) {
    if (w === ':') colonBefore.add(seen)
    else seen++
  }
  return words
    .map(([w, cls], i) => {
      const minor = cls !== 'major' && (rule === 'anyLength' || cls === 'article' || w.length <= 3)
      const forced =
        i === 0 || colonBefore.has(i) || (rule === 'anyLength' && i === words.length - 1)
      const out = forced || !minor ? w[0]!.toUpperCase() + w.slice(1) : w
      return colonBefore.has(i + 1) ? `${out}:` : out
    })
    .join(' ')
}

// ---- Author–date citations and their matching.
interface Work {
  authors: string[]
  year: number
}
const citeOf = (w: Work) =>
  `(${w.authors.length >= 3 ? `${w.authors[0]} et al.` : w.authors.join(' and ')} ${w.year})`
const entryOf = (w: Work) => `${w.authors.join(', ')} (${w.year})`
const sameWork = (a: Work, b: Work) => a.authors[0] === b.authors[0] && a.year === b.year

// ---- Page-range elision as the stem quotes it (the rule the stem quotes, Chicago's).
function elide(a: number, b: number): string {
  if (a < 100 || a % 100 === 0) return `${a}–${b}`
  const first = String(a)
  const second = String(b)
  let k = 0
  while (first[k] === second[k]) k++
  const changed = second.slice(k)
  if (a % 100 <= 9) return `${a}–${changed}`
  return `${a}–${changed.length < 2 ? second.slice(-2) : changed}`
}
/** Roman numerals by place: a table for each of hundreds, tens and units. */
function romanByPlace(n: number): string {
  const H = ['', 'c', 'cc', 'ccc', 'cd', 'd', 'dc', 'dcc', 'dccc', 'cm']
  const T = ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc']
  const U = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix']
  return H[Math.floor(n / 100) % 10]! + T[Math.floor(n / 10) % 10]! + U[n % 10]!
}
/** Index order: word by word compares word lists; letter by letter drops the spaces. */
function indexOrder(terms: string[], rule: string): string[] {
  const key = (t: string) => t.toLowerCase()
  const cmpWords = (a: string, b: string) => {
    const x = key(a).split(' ')
    const y = key(b).split(' ')
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1
    }
    return x.length - y.length
  }
  const cmpLetters = (a: string, b: string) => {
    const x = key(a).replaceAll(' ', '')
    const y = key(b).replaceAll(' ', '')
    return x < y ? -1 : x > y ? 1 : 0
  }
  return [...terms].sort(rule === 'word' ? cmpWords : cmpLetters)
}

// ---- Tracked changes read back from the marked text by a character scanner.
function readMarked(text: string, keep: (kind: 'ins' | 'del', nth: number) => boolean): string {
  let out = ''
  let nth = 0
  for (let i = 0; i < text.length; ) {
    const open = text.slice(i, i + 2)
    if (open === '{+' || open === '[-') {
      const kind = open === '{+' ? 'ins' : 'del'
      const end = text.indexOf(kind === 'ins' ? '+}' : '-]', i + 2)
      if (keep(kind, nth++)) out += text.slice(i + 2, end)
      i = end + 2
    } else out += text[i++]
  }
  return out.replace(/ {2,}/g, ' ')
}
const markedIn = (stem: string) => /“([^”]*[{[][^”]*)”/.exec(stem)![1]!

const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',')
const oneDp = (v: number) => (Math.round(v * 10 + 1e-9) / 10).toFixed(1)
const LETTER = 'ABCDEFGH'
const up = (s: string) => s[0]!.toUpperCase() + s.slice(1)

/** Each family's key worked out again from its drawn facts (and, where a list is printed, its stem). */
const KEYS: Record<string, (x: In, stem: string) => string> = {
  // Style sheet
  'serial-comma-before-and': (x) => serialSentence(x),
  'serial-comma-before-or': (x) => serialSentence(x),
  'serial-comma-only-where-an-item-has-and': (x) => serialSentence(x),
  'title-case-prepositions-lower-at-any-length': (x) => headline(x.title, x.rule),
  'title-case-words-of-four-letters-capitalised': (x) => headline(x.title, x.rule),
  'title-case-last-word-capitalised': (x) => headline(x.title, x.rule),
  'title-case-first-word-after-a-colon': (x) => headline(x.title, x.rule),
  'abbreviation-defined-at-first-mention': (x) =>
    x.frames
      .map((f: string, i: number) => f.replace('@', i === 0 ? `${x.full} (${x.abbr})` : x.abbr))
      .join(' '),
  'abbreviation-for-a-term-mentioned-once': (x) =>
    [
      x.frames[0].replace('@', `${x.f1} (${x.a1})`),
      x.frames[1].replace('@', x.f2),
      x.frames[2].replace('@', x.a1),
    ].join(' '),
  'abbreviation-defined-again-in-each-chapter': (x) => {
    const [f, g] = x.frames as string[]
    const def = `${x.full} (${x.abbr})`
    return `Chapter 1: ${f!.replace('@', def)} ${g!.replace('@', x.abbr)} Chapter 2: ${f!.replace('@', def).replace('The', 'Later, the')} ${g!.replace('@', x.abbr)}`
  },
  'compound-modifier-hyphenated-before-a-noun': (x) =>
    `It was a ${x.a}-${x.b} ${x.noun} of a ${x.adv} ${x.part} district; the ${x.noun} itself was ${x.a} ${x.b}.`,
  // Checks
  'weekday-of-a-numeric-date': (x) => weekdayOf(x.y, x.m, x.d),
  'date-of-the-following-weekday': (x) => {
    let n = daysFromCivil(x.y, x.m, x.d) + 1
    while (
      dayName(n) !==
      ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][x.target]
    )
      n++
    return spelled(n)
  },
  'days-between-two-dates-inclusive': (x) =>
    `${daysFromCivil(x.y, x.m2, x.d2) - daysFromCivil(x.y, x.m1, x.d1) + 1} days`,
  'date-a-stated-number-of-days-later': (x) => spelled(daysFromCivil(x.y, x.m, x.d) + x.k),
  'table-column-total-to-query': (x) => grouped(x.rows.reduce((a: number, b: number) => a + b, 0)),
  'percentage-of-respondents-in-text': (x) => `${oneDp((100 * x.yes) / (x.total - x.none))}%`,
  'percentage-change-stated-in-text': (x) => {
    const v = (100 * (x.b - x.a)) / x.a
    return `${v < 0 ? '−' : ''}${oneDp(Math.abs(v))}%`
  },
  'percentage-points-or-per-cent': (x) => `${x.r2 - x.r1} percentage points`,
  'mean-stated-in-text': (x) =>
    oneDp(x.xs.reduce((a: number, b: number) => a + b, 0) / x.xs.length),
  'unit-conversion-in-parentheses': (x) => `${grouped(x.miles * 1.609)} km`,
  'name-spellings-to-change-after-the-author-answers': (x) => String(x.b1 + x.b2),
  'quoted-sum-of-money-in-text': (x) =>
    `£${grouped(x.items.reduce((a: number, b: number) => a + b, 0) * (1 + x.vat))}`,
  'span-across-bce-and-ce': (x) => `${x.a + x.b - 1} years`,
  'rounded-shares-that-should-total-100': (x) => {
    const t = x.shares.reduce((a: number, b: number) => a + b, 0)
    return `${Math.abs(t - 100) <= 1 ? 'No query' : 'Query'}: the shares total ${t}%`
  },
  'rank-stated-in-the-text': (x) => {
    const order = x.sites
      .map((s: string, i: number) => [s, x.vals[i]])
      .sort((a: In, b: In) => b[1] - a[1])
    return order[x.rank - 1][0]
  },
  'letter-date-and-its-weekday': (x) => {
    const real = weekdayOf(x.y, x.m, x.d)
    const date = `${x.d} ${MONTH_NAMES[x.m - 1]} ${x.y}`
    return real === x.said
      ? `No query: ${date} was a ${real}`
      : `Query: ${date} was a ${real}, not a ${x.said}`
  },
  // Numbering
  'table-reference-after-an-insertion': (x) => `Table ${x.k > x.after ? x.k + 1 : x.k}`,
  'note-number-after-two-deletions': (x) =>
    String(x.k - [x.d1, x.d2].filter((d) => d < x.k).length),
  'chapter-numbered-figure-after-a-deletion': (x) =>
    `Figure ${x.other}.${x.other === x.ch && x.k > x.del ? x.k - 1 : x.k}`,
  'figure-numbered-by-first-mention': (x) => `Figure ${x.labels.indexOf(x.target) + 1}`,
  'figure-range-after-a-deletion': (x) => `Figures ${x.a} and ${x.b - 1}`,
  'appendix-letter-after-a-deletion': (x) => `Appendix ${LETTER[x.k > x.del ? x.k - 1 : x.k]}`,
  'references-to-update-after-a-deletion': (x) =>
    String(x.refs.filter((r: number) => r > x.del).length),
  'decimal-section-after-a-deletion': (x) => `${x.ch}.${x.k > x.del ? x.k - 1 : x.k}.${x.sub}`,
  'decimal-section-after-promoting-a-subsection': (x) => `${x.ch}.${x.s + 2}`,
  'heading-that-skips-a-level': (_x, stem) => {
    const hs = [...stem.matchAll(/“([^”]+)” \(level (\d)\)/g)].map(
      (m) => [m[1]!, Number(m[2])] as const,
    )
    const bad = hs.findIndex(([, l], i) => i > 0 && l > hs[i - 1]![1] + 1)
    return `“${hs[bad]![0]}”`
  },
  'level-for-a-new-heading': (x) =>
    `Level ${x.prev + ({ sub: 1, sibling: 0, parent: -1 } as Record<string, number>)[x.kind]!}`,
  'table-reference-after-merging-two-tables': (x) => `Table ${x.k > x.a ? x.k - 1 : x.k}`,
  'page-range-elided-by-the-stated-rule': (x) => elide(x.a, x.b),
  'year-range-elided-within-a-century': (x) =>
    Math.floor((x.a - 1) / 100) === Math.floor((x.b - 1) / 100) &&
    Math.floor(x.a / 100) === Math.floor(x.b / 100)
      ? `${x.a}–${String(x.b).slice(2)}`
      : `${x.a}–${x.b}`,
  'roman-folio-for-a-prelims-page': (x) => romanByPlace(x.n),
  'step-number-after-a-step-moves': (x) => {
    const steps: number[] = []
    for (let i = 1; i <= x.n; i++) if (i !== x.from) steps.push(i)
    steps.splice(x.to - 1, 0, x.from)
    return `step ${steps.indexOf(x.k) + 1}`
  },
  'index-order-word-by-word': (x) => indexOrder(x.terms, 'word').join('; '),
  'index-order-letter-by-letter': (x) => indexOrder(x.terms, 'letter').join('; '),
  // Citations
  'citation-with-no-reference-entry': (x) => {
    const listed = x.works.slice(0, x.listed)
    return citeOf(x.works.find((w: Work) => !listed.some((l: Work) => sameWork(l, w))))
  },
  'citation-whose-year-disagrees': (x) =>
    citeOf(x.cited.find((c: Work) => !x.works.some((w: Work) => sameWork(w, c)))),
  'reference-never-cited': (x) =>
    entryOf(x.works.find((w: Work) => !x.cited.some((c: Work) => sameWork(c, w)))),
  'in-text-form-for-three-or-more-authors': (x) => citeOf(x.w),
  'two-authors-in-parentheses-and-in-the-sentence': (x) =>
    x.narrative ? `${x.a} and ${x.b} (${x.y}) argue` : `(${x.a} & ${x.b}, ${x.y})`,
  'year-suffix-for-one-author-three-times-in-a-year': (x) => {
    const bare = (t: string) => t.replace(/^(A|An|The) /, '').toLowerCase()
    const sorted = [...x.titles].sort((p: string, q: string) => (bare(p) < bare(q) ? -1 : 1))
    return `(${x.a} ${x.y}${'abc'[sorted.indexOf(x.target)]})`
  },
  'reference-list-position': (x) => {
    const sorted = [...x.all].sort((p: Work, q: Work) =>
      p.authors[0] === q.authors[0]
        ? p.year - q.year
        : p.authors[0]!.localeCompare(q.authors[0]!, 'en'),
    )
    return entryOf(sorted[x.pos - 1])
  },
  'order-of-works-in-one-parenthesis': (x) => {
    const sorted = [...x.works].sort((p: Work, q: Work) =>
      x.chrono ? p.year - q.year : p.authors[0]!.localeCompare(q.authors[0]!, 'en'),
    )
    return `(${sorted.map((w: Work) => `${w.authors[0]} ${w.year}`).join('; ')})`
  },
  'citations-to-query-in-a-chapter': (x) =>
    String(x.cited.filter((c: Work) => !x.listed.some((l: Work) => sameWork(l, c))).length),
  'initials-for-first-authors-sharing-a-surname': (x) => `(${x.i2} ${x.s} ${x.y2})`,
  'quotation-citation-without-a-page': (x) => {
    const bad = x.items.find((i: In) => i.q && !/, \d+\)$/.test(i.text))
    return bad.text.slice(bad.text.indexOf('('))
  },
  // Language and tracked changes
  'nominalisation-turned-back-into-a-verb': (x) => `${up(x.actor)} ${x.verb} ${x.obj} ${x.day}.`,
  'passive-turned-active-with-its-actor': (x) =>
    x.front
      ? `${up(x.day)}, ${x.actor} ${x.verb} ${x.thing}.`
      : `${up(x.actor)} ${x.verb} ${x.thing} ${x.day}.`,
  'there-are-opening-cut': (x) => `${up(x.k)} ${x.who} check ${x.obj}.`,
  'it-is-that-cleft-cut': (x) => `${up(x.cause)} causes ${x.effect}.`,
  'dangling-participle-recast': (x) => `${up(x.doing)}, ${x.who} found ${x.found}.`,
  'only-placed-next-to-what-it-limits': (x) => `${x.who} ${x.verb} only ${x.k} ${x.obj} ${x.when}.`,
  'text-after-accepting-every-change': (_x, stem) => readMarked(markedIn(stem), (k) => k === 'ins'),
  'text-after-rejecting-every-change': (_x, stem) => readMarked(markedIn(stem), (k) => k === 'del'),
  'text-after-accepting-only-the-first-change': (_x, stem) =>
    readMarked(markedIn(stem), (k, nth) => (nth === 0 ? k === 'ins' : k === 'del')),
  'number-of-revisions-a-reviewer-sees': (_x, stem) =>
    String((markedIn(stem).match(/\{\+|\[-/g) ?? []).length),
  'markup-for-a-replaced-word': (x) => `${x.before} [-${x.old}-]{+${x.neu}+} ${x.after}`,
  'quotation-long-enough-to-set-as-a-block': (x) =>
    x.words > x.limit
      ? 'Set it as an indented block, without quotation marks'
      : 'Run it into the paragraph, inside quotation marks',
}

function serialSentence(x: In): string {
  const [p1, p2] = x.pair
  const needsSerial = x.rule === 'serial' || x.items.slice(-2).some((i: string) => / and /.test(i))
  const list = `${x.items.slice(0, -1).join(', ')}${needsSerial ? ',' : ''} ${x.conj} ${x.items.at(-1)}`
  return `The archive ${x.verb} ${list}; readers ${x.conj === 'and' ? 'may also see' : 'may see'} ${p1} ${x.conj} ${p2}.`
}

KEYS['figure-reference-after-a-deletion'] = (x, stem) =>
  `${/deletes (\w+) \d/.exec(stem)![1]} ${x.k > x.del ? x.k - 1 : x.k}`

/**
 * The editorial brief each query family's cases fall under, as a table of documented practice:
 * what a copy-editor settles alone and what goes to the author or publisher.
 */
const BRIEF_TABLE: Record<string, { action: string; source: string }> = {
  'spelling-slip-in-running-text': {
    action: 'fix',
    source: 'the brief quoted in the stem: mechanical corrections made without query',
  },
  'house-style-departure': {
    action: 'fix',
    source: 'the brief; CIEP copy-editing guidance: apply house style silently',
  },
  'grammar-slip-changing-no-meaning': {
    action: 'fix',
    source: 'the brief quoted in the stem: errors of grammar corrected when meaning is unaffected',
  },
  'repeated-word-typo': {
    action: 'fix',
    source: 'the brief quoted in the stem: typographical errors corrected silently',
  },
  'suspected-wrong-fact': {
    action: 'query',
    source: 'Chicago Manual of Style on queries: factual doubts queried, not changed',
  },
  'suspected-misquotation': {
    action: 'query',
    source: 'the brief quoted in the stem: quotations reproduced exactly; discrepancies queried',
  },
  'sentence-with-two-readings': {
    action: 'query',
    source: 'the brief quoted in the stem: ambiguity queried, the author chooses the meaning',
  },
  'figures-that-disagree-between-chapters': {
    action: 'query',
    source: 'the brief quoted in the stem: inconsistencies of fact queried',
  },
  'statistic-that-may-be-out-of-date': {
    action: 'query',
    source: 'the brief quoted in the stem: doubtful or dated facts queried',
  },
  'possibly-defamatory-statement': {
    action: 'refer',
    source: 'publishers’ briefs: libel risk referred to the publisher',
  },
  'reproduced-material-without-permission': {
    action: 'refer',
    source: 'publishers’ briefs: permissions are the publisher’s and author’s matter',
  },
  'passage-matching-another-published-book': {
    action: 'refer',
    source: 'the brief quoted in the stem: unattributed copyrighted text referred to the publisher',
  },
  'preference-on-the-authors-style-sheet': {
    action: 'leave',
    source:
      'Chicago Manual of Style on style sheets: the author’s recorded preferences are followed',
  },
  'non-standard-speech-in-dialogue': {
    action: 'leave',
    source:
      'the brief and usual editorial practice: dialect in dialogue and verbatim transcripts kept',
  },
}
/** What an answer tells the editor to do, read from its own wording. */
function actionOf(text: string): string {
  if (/^(Refer|Flag it to the publisher)/.test(text)) return 'refer'
  if (/^(Rewrite|Change it to)/.test(text)) return 'fixUnasked'
  if (/^(Leave it as written|Leave it alone|Make no change and no query)/.test(text)) return 'leave'
  if (
    /^(Query the author|Leave the words and ask|Leave the text unchanged and raise a query)/.test(
      text,
    )
  )
    return 'query'
  if (/^(Correct it|Make the correction)/.test(text)) return 'fix'
  return `unread: ${text}`
}

/** The language guides' rules as checks: what each guide forbids and what the edit must keep. */
const GUIDES: Record<string, (t: string, x: In) => boolean> = {
  'gender-neutral-job-titles': (t, x) =>
    !/(chair|fire|police|spokes|fore)(wo)?man|chairperson|fire person|police person|spokes-speaker|foreperson/.test(
      t,
    ) && x.neutral.every((n: string) => t.includes(n)),
  'singular-they-for-an-unknown-person': (t, x) =>
    !/\b(he|she|his|her|its|it)\b|\//.test(t) &&
    t.includes(`their copy of ${x.obj}`) &&
    t.includes('they sign'),
  'person-first-language-for-a-condition': (t, x) =>
    t.includes(`${x.k} ${x.key}`) && !/suffer|victim|afflicted|\b\w+ics\b|\w+ic people/.test(t),
  'no-irrelevant-personal-detail': (t, x) =>
    !t.includes(x.detail) && t.includes(x.who) && t.includes(x.act),
  'age-terms-by-the-guide': (t, x) =>
    !/elderly|senior citizens|old folk|OAPs/.test(t) &&
    /older people|older adults|aged over 65/.test(t) &&
    t.includes(x.place),
  'plain-words-for-formal-ones': (t, x) =>
    !/utilise|commence|endeavour|purchase|terminate|ascertain|request/.test(t) &&
    t === `Staff should ${x.plain[0]} ${x.obj} and ${x.plain[1]} what is missing.`,
}

const NUMBER_FAMILY =
  /numbers-|number-opening|measurements-|counts-of-one-kind|percentages-in-figures|ordinals-/

describeEngineIndependent('copy-editing keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: CeScenario }[]

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

  it('renders every number answer again by a second reading of the stated sheet, each distractor by its slip', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn.filter((d) => NUMBER_FAMILY.test(d.family))) {
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.ce.slips[text]!
        const want =
          slip === 'asWritten' ? s.ce.in.raw : sheetNumbers(s.ce.in, slip === 'key' ? '' : slip)
        checked++
        if (want !== text) problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        if (slip !== 'key' && text === s.key) problems.push(`${family}/${slip} is the key`)
      }
    }
    expect(checked).toBeGreaterThan(500)
    expect(problems.slice(0, 10)).toEqual([])
  })

  it('works every other key out again by its own engine, and no distractor gives the same answer', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (NUMBER_FAMILY.test(family) || BRIEF_TABLE[family] || GUIDES[family]) continue
      const twin = KEYS[family]
      if (!twin) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      const want = twin(s.ce.in, s.stem)
      // The rise in points is worded two ways; any wording stating it is the answer.
      const says = (t: string) =>
        family === 'percentage-points-or-per-cent'
          ? new RegExp(`(^|\\s)${want}`).test(t)
          : t === want
      if (!says(s.key)) problems.push(`${family}: key ${s.key}, works out ${want}`)
      for (const [t] of s.wrong)
        if (says(t)) problems.push(`${family}: distractor ${t} is the answer`)
    }
    expect([...new Set(problems)].slice(0, 12)).toEqual([])
  })

  it('keys each query case to the action the documented brief gives, and no distractor to it', () => {
    const problems: string[] = []
    expect(Object.keys(BRIEF_TABLE).sort()).toEqual(BRIEF_FAMILIES.map((f) => f.id).sort())
    for (const { family, s } of drawn.filter((d) => BRIEF_TABLE[d.family])) {
      const want = BRIEF_TABLE[family]!.action
      if (actionOf(s.key) !== want) problems.push(`${family}: key ${s.key} is not ${want}`)
      if (s.ce.in.action !== want) problems.push(`${family}: case tagged ${s.ce.in.action}`)
      for (const [t] of s.wrong) {
        const a = actionOf(t)
        if (a === want || a.startsWith('unread'))
          problems.push(`${family}: distractor ${t} reads ${a}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('passes every language key through the guide’s own checks, and every distractor fails them', () => {
    const problems: string[] = []
    for (const { family, s } of drawn.filter((d) => GUIDES[d.family])) {
      const ok = GUIDES[family]!
      if (!ok(s.key, s.ce.in)) problems.push(`${family}: key fails: ${s.key}`)
      for (const [t] of s.wrong)
        if (ok(t, s.ce.in)) problems.push(`${family}: distractor passes: ${t}`)
    }
    expect([...new Set(problems)].slice(0, 12)).toEqual([])
  })
})
