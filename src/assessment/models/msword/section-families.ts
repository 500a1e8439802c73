import type { Rng } from '../../rng.js'
import {
  client,
  document,
  family,
  ordinal,
  redrawn,
  type WordFamily,
  worked,
} from './msword-text.js'

// Sections and page numbers as documented in Microsoft Support (Word): "Insert a section break"
// (Next Page starts the new section on the next page; Continuous on the same page; Odd Page on
// the next odd-numbered page, leaving a blank even page when needed); "Start page numbering
// later in your document" and "Add different page numbers or number formats to different
// sections" (Format Page Numbers: Start at, or Continue from previous section; number format
// i, ii, iii); "Different first page header or footer" (set per section: each section with it
// ticked shows the first-page header and footer on its first page); "Link to Previous" ("Add
// different headers and footers to different sections": a section linked to the previous one
// shows, and edits, the same header as that section); "Field codes: NumPages field" (pages in
// the document) and "Field codes: SectionPages field" (pages in the section).

const roman = (n: number): string => {
  const table: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let out = ''
  let r = n
  for (const [v, s] of table) {
    while (r >= v) {
      out += s
      r -= v
    }
  }
  return out
}

const Client = (rng: Rng) => client(rng).replace(/^./, (c) => c.toUpperCase())

/** Front matter, a body restarting at 1, and an appendix continuing from the body. */
const threeSections = (rng: Rng) => {
  const a = rng.int(3, 6)
  const b = rng.int(12, 40)
  const c = rng.int(4, 12)
  return { a, b, c, total: a + b + c }
}

export const SECTION_FAMILIES: readonly WordFamily[] = [
  family('page-number-restart-then-continue', (rng) => {
    const { a, b, c } = threeSections(rng)
    const p = a + b + rng.int(1, c)
    return worked(rng, {
      stem: `${Client(rng)}’s ${document(rng)} has three sections split by Next Page breaks: ${a} pages of front matter numbered i, ii, iii…; a body of ${b} pages whose numbering is set to Start at 1 in 1, 2, 3 format; and appendices of ${c} pages set to Continue from previous section. What page number shows on the ${ordinal(p)} physical page?`,
      kind: 'page-number',
      in: { a, b, c, p },
      key: String(p - a),
      wrong: [
        ['physical', String(p), 'counts physical pages, ignoring the restart at the body'],
        ['restartAgain', String(p - a - b), 'restarts the appendices at 1 as well'],
        ['romanCarry', roman(p - a), 'carries the front matter’s roman format into the appendices'],
        ['offByBreak', String(p - a + 1), 'counts the section break as a page of its own'],
      ],
    })
  }),
  family('page-number-front-matter-roman', (rng) => {
    const a = rng.int(5, 9)
    const p = rng.int(2, a)
    return worked(rng, {
      stem: `Section 1 of ${client(rng)}’s ${document(rng)} is ${a} pages of front matter, numbered i, ii, iii… starting at i, with Different First Page ticked so the cover shows no number. What number shows on physical page ${p}?`,
      kind: 'page-number',
      in: { a, p },
      key: roman(p),
      wrong: [
        ['coverSkipped', roman(p - 1), 'thinks a page that hides its number is not counted'],
        ['arabic', String(p), 'gives the number in 1, 2, 3 format'],
        ['upper', roman(p).toUpperCase(), 'gives upper-case numerals, a different format'],
        ['arabicSkip', String(p - 1), 'skips the cover and uses 1, 2, 3 format'],
      ],
    })
  }),
  family('page-number-odd-page-break', (rng) => {
    const n = rng.int(5, 40)
    const next = n % 2 === 1 ? n + 2 : n + 1
    return worked(rng, {
      stem: `Chapter 1 of ${client(rng)}’s ${document(rng)} ends on page ${n}, numbered continuously from 1. Chapter 2 follows after an Odd Page section break, numbering continuing. On which page number does Chapter 2 start?`,
      kind: 'odd-break',
      in: { n },
      key: String(next),
      wrong: [
        [
          'nextPage',
          String(n + 1),
          n % 2 === 1
            ? 'treats it as a Next Page break, ignoring that the next page is even'
            : 'treats it like a Next Page break',
        ],
        ['alwaysBlank', String(n + 2), 'thinks an Odd Page break always leaves a blank page'],
        ['continuous', String(n), 'treats it as a Continuous break, on the same page'],
        [
          'evenBreak',
          String(n % 2 === 0 ? n + 2 : n + 1),
          'starts on the next even page, as an Even Page break does',
        ],
        ['restart', '1', 'thinks a section break restarts the numbering at 1'],
      ],
    })
  }),
  family('page-x-of-numpages-after-restart', (rng) => {
    const { a, b, c, total } = threeSections(rng)
    const k = rng.int(2, b - 1)
    return worked(rng, {
      stem: `${Client(rng)}’s ${document(rng)} has ${a} pages of front matter, then a body section of ${b} pages whose numbering restarts at 1, then ${c} pages of appendices continuing the body’s numbering. The body footer reads Page { PAGE } of { NUMPAGES }. What does it show on the body’s ${ordinal(k)} page?`,
      kind: 'page-of',
      in: { a, b, c, k, field: 'NUMPAGES' },
      key: `Page ${k} of ${total}`,
      wrong: [
        [
          'sectionTotal',
          `Page ${k} of ${b}`,
          'thinks NUMPAGES counts only the section, as SECTIONPAGES does',
        ],
        ['physical', `Page ${a + k} of ${total}`, 'ignores the restart for PAGE'],
        [
          'numbered',
          `Page ${k} of ${b + c}`,
          'thinks NUMPAGES counts only the pages numbered in arabic',
        ],
        ['both', `Page ${a + k} of ${b}`, 'ignores the restart and counts only the section'],
      ],
    })
  }),
  family('page-x-of-sectionpages', (rng) => {
    // Appendices of ten pages or more, so the key is not the shortest wording by its figures.
    const { a, b, total: t0, c: c0 } = threeSections(rng)
    const c = rng.int(10, 16)
    const total = t0 - c0 + c
    const k = rng.int(2, 9)
    return worked(rng, {
      stem: `${Client(rng)}’s ${document(rng)}: ${a} pages of front matter (section 1), a body of ${b} pages (section 2, restarting at 1) and an appendix of ${c} pages (section 3) whose numbering restarts at 1. The appendix footer reads Page { PAGE } of { SECTIONPAGES }. What does it show on the appendix’s ${ordinal(k)} page?`,
      kind: 'page-of',
      in: { a, b, c, k, field: 'SECTIONPAGES' },
      key: `Page ${k} of ${c}`,
      wrong: [
        [
          'docTotal',
          `Page ${k} of ${total}`,
          'thinks SECTIONPAGES counts the whole document, as NUMPAGES does',
        ],
        [
          'continued',
          `Page ${b + k} of ${c}`,
          'continues the body’s numbering though the appendix restarts',
        ],
        ['numbered', `Page ${k} of ${b + c}`, 'counts every page numbered in arabic'],
        ['physical', `Page ${a + b + k} of ${c}`, 'counts physical pages for PAGE'],
        ['sections', `Page ${k} of 3`, 'takes SECTIONPAGES for the number of sections'],
        ['sectionNumber', `Page 3 of ${c}`, 'takes PAGE for the number of the section'],
      ],
    })
  }),
  redrawn('header-link-to-previous-edit', (rng) => {
    const n = rng.int(4, 6)
    // linked[s] for s ≥ 2: whether section s has Link to Previous on; section 1 has no previous.
    const linked = [false, false, ...Array.from({ length: n - 1 }, () => rng.next() < 0.6)]
    const k = rng.int(2, n)
    const source = (s: number) => {
      let t = s
      while (t > 1 && linked[t]) t--
      return t
    }
    const src = source(k)
    const list = (xs: number[]) => (xs.length === 0 ? 'none' : xs.join(', '))
    const all = Array.from({ length: n }, (_, i) => i + 1)
    const key = all.filter((s) => source(s) === src)
    if (key.length < 2) linked[k] = true
    const key2 = all.filter((s) => source(s) === source(k))
    const settings = all
      .slice(1)
      .map((s) => `section ${s} ${linked[s] ? 'linked' : 'not linked'}`)
      .join(', ')
    return worked(rng, {
      stem: `${Client(rng)}’s ${document(rng)} has ${n} sections with one header each (no first-page or odd/even headers). Link to Previous: ${settings}. The assistant clicks into the header of section ${k} and types “DRAFT”. In which sections does DRAFT appear?`,
      kind: 'link-to-previous',
      in: { n, linked, k },
      key: list(key2),
      wrong: [
        [
          'onlyThis',
          list([k]),
          'thinks the edit stays in the section typed in though it is linked',
        ],
        [
          'forward',
          list(all.filter((s) => s >= k && source(s) === source(k))),
          'thinks links pass changes forward only',
        ],
        [
          'toEnd',
          list(all.filter((s) => s >= source(k))),
          'thinks the change runs to the end regardless of unlinked sections',
        ],
        ['everywhere', list(all), 'thinks headers are one per document'],
      ],
    })
  }),
]
export { roman }
