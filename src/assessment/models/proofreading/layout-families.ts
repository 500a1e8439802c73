import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, some, spot } from './spot.js'

/** A word doubled across a line break, which no reader of the typescript saw: never grammatical. */
const DOUBLED = [
  'sent the proofs to the / the printer on time',
  'a full set of / of the corrected pages',
  'the index will be / be ready next week',
  'as shown in / in the second table',
  'signed by the author and / and the editor',
  'returned to / to the typesetter today',
]

/** Repetitions across a line break that the grammar needs, and the reading that flags them. */
const GRAMMATICAL = [
  { text: 'the problem we had / had been fixed', mistake: 'flagged the grammatical “had had”' },
  { text: 'she said that / that chapter was late', mistake: 'flagged the grammatical “that that”' },
  { text: 'what the issue is / is the binding', mistake: 'flagged the grammatical “is is”' },
  {
    text: 'whoever wins / wins the whole print run',
    mistake: 'flagged the grammatical “wins wins”',
  },
  { text: 'the figures she had / had to check', mistake: 'flagged the grammatical “had had”' },
]

/** Line-end breaks that are not at the dictionary's syllables, and that mislead the reader. */
const BAD_BREAKS = [
  'the- / rapist',
  'mans- / laughter',
  'typo- / graphy',
  'not- / hing',
  'coinc- / idence',
  'publ- / ication',
  'analys- / is',
  'pige- / on',
]
/** Breaks at syllables the American dictionary allows (and its hyphenation patterns give). */
const GOOD_BREAKS = [
  'manu- / script',
  'publi- / cation',
  'para- / graph',
  'proof- / reader',
  'correc- / tions',
  'infor- / mation',
  'pagi- / nation',
  'com- / puter',
  'inter- / esting',
]

const TITLES = ['The Long Harbour', 'A Field Guide to Type', 'Letters from Lisbon', 'Small Presses']
const CHAPTERS = ['Early Years', 'The Workshop', 'New Methods', 'After the War']

/** Errors introduced in page make-up, which only reading the pages (not the text) finds. */
export const PROOF_LAYOUT_FAMILIES: readonly ScenarioFamily[] = [
  family('doubled-word-across-a-line-break', (rng) =>
    spot(
      'These lines of a proof each run over a line break (shown as /). Which one has a doubled word to delete?',
      rng.pick(DOUBLED),
      some(rng, GRAMMATICAL, 3),
    ),
  ),
  family('widow-or-orphan', (rng) => {
    const page = rng.int(12, 240)
    const cases = {
      widow: `the last line of a paragraph alone at the top of page ${page + 1}`,
      orphan: `the first line of a paragraph alone at the foot of page ${page}`,
      runt: `a last line of one short word in the middle of page ${page}`,
      heading: `a subheading alone at the foot of page ${page}`,
    }
    const asked = rng.pick(['widow', 'orphan'] as const)
    const other = asked === 'widow' ? 'orphan' : 'widow'
    return spot(
      `In Chicago’s terms, which of these on a page proof is ${asked === 'widow' ? 'a widow' : 'an orphan'}?`,
      cases[asked],
      [
        { text: cases[other], mistake: `swapped Chicago’s widow and orphan` },
        {
          text: cases.runt,
          mistake: `took a short last line (a runt) for ${asked === 'widow' ? 'a widow' : 'an orphan'}`,
        },
        {
          text: cases.heading,
          mistake: `took a stranded heading for ${asked === 'widow' ? 'a widow' : 'an orphan'}`,
        },
      ],
    )
  }),
  family('cross-reference-page-numbers', (rng) => {
    const items = ['Figure 2', 'Figure 3', 'Table 1', 'Table 4', 'Map 2', 'Appendix B']
    const chosen = some(rng, items, 4)
    const final = chosen.map(() => rng.int(20, 300))
    // Make-up moves every element; the manuscript's page is never the final one.
    const manuscript = final.map((p) => p + rng.pick([-3, -2, 2, 4, 5, 7]))
    const table = chosen.map(
      (c, i) => `- ${c}: manuscript page ${manuscript[i]}, final page ${final[i]}`,
    )
    const ref = (i: number, page: number) => `see ${chosen[i]} on page ${page}`
    return spot(
      `The book has been paginated. Where its elements fell:\n\n${table.join('\n')}\n\nWhich cross-reference in the proof must be corrected?`,
      ref(0, manuscript[0]!),
      [1, 2, 3].map((i) => ({
        text: ref(i, final[i]!),
        mistake: 'checked the reference against manuscript pages, not final ones',
      })),
    )
  }),
  family('running-heads-verso-and-recto', (rng) => {
    const title = rng.pick(TITLES)
    const chapter = rng.pick(CHAPTERS)
    const even = () => 2 * rng.int(10, 150)
    const odd = () => 2 * rng.int(10, 150) + 1
    const follow = [
      { text: `page ${even()}: ${title}`, mistake: 'took an even page for a recto' },
      { text: `page ${odd()}: ${chapter}`, mistake: 'took an odd page for a verso' },
      {
        text: `page ${odd()}, opening the chapter: no running head`,
        mistake: 'expected a running head on a chapter-opening page',
      },
    ]
    const breach = [
      { text: `page ${even()}: ${chapter}`, mistake: 'a recto’s head on an even page' },
      { text: `page ${odd()}: ${title}`, mistake: 'a verso’s head on an odd page' },
      {
        text: `page ${odd()}, opening the chapter: ${chapter}`,
        mistake: 'a running head on a chapter-opening page',
      },
    ]
    const at = rng.int(0, 2)
    const stem = `The spec: versos (even pages) carry the book title, “${title}”; rectos (odd pages) carry the chapter title, “${chapter}”; chapter-opening pages carry no running head.`
    if (rng.next() < 0.5) {
      return spot(
        `${stem} Which page of the proof has a wrong running head?`,
        breach[at]!.text,
        follow
          .filter((_, i) => i !== at)
          .concat(follow[at]!)
          .slice(0, 3),
      )
    }
    return spot(
      `${stem} Which page of the proof has the right running head?`,
      follow[at]!.text,
      breach
        .filter((_, i) => i !== at)
        .concat(breach[at]!)
        .slice(0, 3),
    )
  }),
  family('chapters-open-on-a-recto', (rng) => {
    // Each chapter opens on the first odd page after the last page of the one before.
    const lengths = Array.from({ length: 5 }, () => rng.int(9, 31))
    const wrongAt = rng.int(1, 4)
    // The chapter before ends on a recto (an odd length from an odd first page), so the slip shows.
    lengths[wrongAt - 1] = 2 * rng.int(5, 15) + 1
    const opens: number[] = [1]
    for (const n of lengths.slice(0, -1)) {
      const end = opens.at(-1)! + n - 1
      opens.push(end % 2 === 0 ? end + 1 : end + 2)
    }
    const lines = lengths.map((n, i) => `- Chapter ${i + 1}: ${n} pages`)
    const end = opens[wrongAt - 1]! + lengths[wrongAt - 1]! - 1
    // The slip: the chapter set on the very next page, even when that is a verso.
    const slip = end + 1
    const options = [1, 2, 3, 4].filter((i) => i !== wrongAt)
    const tableOfContents = (i: number, page: number) => `Chapter ${i + 1} on page ${page}`
    return spot(
      `Chapters open on a recto (an odd page); chapter 1 opens on page 1, and a chapter ending on a recto is followed by a blank verso. From the page counts:\n\n${lines.join('\n')}\n\nWhich contents entry is wrong?`,
      tableOfContents(wrongAt, slip),
      some(rng, options, 3).map((i) => {
        // Page counts added up with no blank versos: where that misses the entry, it looks wrong.
        const summed = 1 + lengths.slice(0, i).reduce((a, b) => a + b, 0)
        return {
          text: tableOfContents(i, opens[i]!),
          mistake:
            summed === opens[i]
              ? 'misjudged whether the chapter before ends on a verso, so expected a blank page'
              : `added up the page counts without the blank versos, so expected page ${summed}`,
        }
      }),
    )
  }),
  family('line-end-word-breaks', (rng) =>
    spot(
      'The pages follow American dictionary syllables for line-end hyphenation. Which line-end break (shown as /) must be corrected?',
      rng.pick(BAD_BREAKS),
      some(rng, GOOD_BREAKS, 3).map((text) => ({
        text,
        mistake: 'judged the break by the word’s parts, not the dictionary’s syllables',
      })),
    ),
  ),
  family('ladders-of-hyphenated-line-ends', (rng) => {
    const run = (n: number) => {
      const first = rng.int(3, 30)
      return `lines ${first} to ${first + n - 1} of page ${rng.int(10, 200)} end in hyphens`
    }
    return spot(
      'The spec allows at most two hyphenated line ends in a row. Which of these must be reset?',
      run(rng.int(3, 4)),
      [1, 2, 3].map(() => ({
        text: run(2),
        mistake: 'counted two hyphenated line ends in a row as a ladder',
      })),
    )
  }),
  family('folios-recto-and-verso', (rng) => {
    const odd = () => 2 * rng.int(5, 150) + 1
    const even = () => 2 * rng.int(5, 150)
    const right = () =>
      rng.next() < 0.5
        ? {
            text: `a right-hand page numbered ${odd()}`,
            mistake: 'thought rectos carry even numbers',
          }
        : {
            text: `a left-hand page numbered ${even()}`,
            mistake: 'thought versos carry odd numbers',
          }
    const foils = [right(), right(), right()]
    if (new Set(foils.map((f) => f.text)).size < 3) throw new VariantError('folios drawn twice')
    return spot(
      'In the page proofs of a book, which folio is wrong?',
      rng.next() < 0.5
        ? `a right-hand page numbered ${even()}`
        : `a left-hand page numbered ${odd()}`,
      foils,
    )
  }),
  family('short-fragments-at-line-ends', (rng) =>
    spot(
      'The spec: a line-end break leaves at least two letters before the hyphen and three after it. Which break must be corrected?',
      rng.pick([
        'a- / bundance',
        'e- / vening',
        'o- / riginal',
        'publish- / ed',
        'i- / dentical',
        'reprint- / ed',
      ]),
      some(
        rng,
        [
          'manu- / script',
          'para- / graph',
          'pub- / lisher',
          'print- / ers',
          'edi- / tion',
          'cor- / rect',
        ],
        3,
      ).map((text) => ({
        text,
        mistake: 'expected three letters before the break as well as after it',
      })),
    ),
  ),
]
