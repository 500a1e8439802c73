import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { client, family, worked } from './copyedit-text.js'

// Cross-references and numbering after the author cuts, adds or moves material: figures, tables,
// notes, appendices and decimal section numbers are renumbered in sequence, and every reference
// to them follows; headings may not skip a level. The renumbering rules are stated in the stems.

/** The new number of old item `k` after deleting old item `del` (null: the item itself went). */
export const afterDeletion = (k: number, del: number): number | null =>
  k === del ? null : k > del ? k - 1 : k

const THINGS = [
  ['Figure', 'figures'],
  ['Table', 'tables'],
  ['Map', 'maps'],
  ['Plate', 'plates'],
] as const

const LETTERS = 'ABCDEFGH'

export const NUMBERING_FAMILIES: readonly ScenarioFamily[] = [
  family('figure-reference-after-a-deletion', (rng) => {
    const [Thing, things] = rng.pick(THINGS)
    const n = rng.int(6, 12)
    const del = rng.int(2, n - 2)
    const k = rng.int(del + 1, n)
    return worked(rng, {
      stem: `A book for ${client(rng)} numbers its ${things} 1 to ${n} in one sequence. The author deletes ${Thing} ${del}, and the rest are renumbered to close the gap. What does a cross-reference to the old ${Thing} ${k} become?`,
      in: { n, del, k },
      key: `${Thing} ${k - 1}`,
      wrong: [
        ['forward', `${Thing} ${k + 1}`, 'shifts the number up, as after an insertion'],
        ['unchanged', `${Thing} ${k}`, 'leaves the cross-reference as it was'],
        ['fromEnd', `${Thing} ${n - 1}`, 'points it at the last number of the shortened sequence'],
        ['deletedNumber', `${Thing} ${del}`, 'gives it the deleted item’s number'],
      ],
    })
  }),
  family('table-reference-after-an-insertion', (rng) => {
    const n = rng.int(5, 10)
    const after = rng.int(1, n - 2)
    const k = rng.int(after + 1, n)
    return worked(rng, {
      stem: `A report for ${client(rng)} has Tables 1 to ${n}. The author inserts a new table straight after Table ${after}, and all tables are renumbered in order. What does a reference to the old Table ${k} become?`,
      in: { n, after, k },
      key: `Table ${k + 1}`,
      wrong: [
        ['unchanged', `Table ${k}`, 'leaves every reference as it was'],
        ['newOne', `Table ${after + 1}`, 'gives it the new table’s number'],
        ['shiftDown', `Table ${k - 1}`, 'shifts the numbers the wrong way, as for a deletion'],
      ],
    })
  }),
  family('note-number-after-two-deletions', (rng) => {
    const n = rng.int(20, 40)
    const d1 = rng.int(3, 10)
    const d2 = rng.int(d1 + 2, n - 6)
    const k = rng.int(d2 + 1, n)
    return worked(rng, {
      stem: `A chapter for ${client(rng)} has notes 1 to ${n}, numbered through the chapter. Notes ${d1} and ${d2} are cut, and the remaining notes renumbered. What is the new number of the old note ${k}?`,
      in: { n, d1, d2, k },
      key: `${k - 2}`,
      wrong: [
        ['oneCut', `${k - 1}`, 'takes only one of the two cuts into account'],
        ['unchanged', `${k}`, 'leaves the note numbers as they were'],
        ['lastNote', `${n - 2}`, 'gives the new number of the last note'],
        [
          'secondOnlyBase',
          `${k - d1}`,
          'subtracts the first cut note’s number instead of counting cuts',
        ],
      ],
    })
  }),
  family('chapter-numbered-figure-after-a-deletion', (rng) => {
    const ch = rng.int(2, 6)
    const del = rng.int(1, 4)
    const other = rng.pick([ch, ch + 1])
    const k = other === ch ? rng.int(del + 1, 7) : rng.int(2, 7)
    const key = other === ch ? `Figure ${ch}.${k - 1}` : `Figure ${other}.${k}`
    return worked(rng, {
      stem: `A textbook for ${client(rng)} numbers figures by chapter (Figure 3.1, 3.2 … restarting in each chapter). Figure ${ch}.${del} is deleted and the figures renumbered. What does a reference to the old Figure ${other}.${k} become?`,
      in: { ch, del, other, k },
      key,
      wrong: [
        [
          'acrossChapters',
          `Figure ${other}.${k - 1}`,
          'renumbers figures in later chapters too, as if the book ran one sequence',
        ],
        ['unchanged', `Figure ${other}.${k}`, 'leaves the reference as it was'],
        [
          'chapterShift',
          `Figure ${other - 1}.${k}`,
          'changes the chapter part of the number instead of the figure part',
        ],
        ['deleted', `Figure ${ch}.${del}`, 'gives it the deleted figure’s number'],
      ],
    })
  }),
  family('figure-numbered-by-first-mention', (rng) => {
    const labels = rng.shuffle(['river', 'mill', 'bridge', 'chapel', 'quay'])
    const placed = rng.shuffle(labels)
    const target = rng.pick(labels)
    const pos = (xs: string[]) => xs.indexOf(target) + 1
    const last = [...labels].reverse()
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} says figures are numbered in the order the text first mentions them. The text first mentions the photographs in this order: ${labels.join(', ')}; the designer has placed them in this order: ${placed.join(', ')}. What number does the ${target} photograph take?`,
      in: { labels, placed, target },
      key: `Figure ${pos(labels)}`,
      wrong: [
        ['placement', `Figure ${pos(placed)}`, 'numbers by where the figures sit in the layout'],
        ['reverse', `Figure ${pos(last)}`, 'numbers from the last mention backwards'],
        [
          'alphabet',
          `Figure ${pos([...labels].sort())}`,
          'numbers the figures alphabetically by subject',
        ],
        ['zeroBased', `Figure ${pos(labels) - 1}`, 'counts the first mention as Figure 0'],
      ].filter(([, t]) => t !== 'Figure 0') as [string, string, string][],
    })
  }),
  family('figure-range-after-a-deletion', (rng) => {
    const a = rng.int(2, 8)
    const b = a + 2
    const mid = a + 1
    return worked(rng, {
      stem: `A guide for ${client(rng)} refers to “Figures ${a}–${b}”. Figure ${mid} is deleted and the figures after it are renumbered. What should the reference read now?`,
      in: { a, b, mid },
      key: `Figures ${a} and ${a + 1}`,
      wrong: [
        ['rangeKept', `Figures ${a}–${b - 1}`, 'keeps an en-dash range for two figures only'],
        ['unchanged', `Figures ${a}–${b}`, 'leaves the range as it was'],
        [
          'gap',
          `Figures ${a} and ${b}`,
          'drops the deleted figure but forgets to renumber the one after it',
        ],
        [
          'shiftAll',
          `Figures ${a - 1} and ${b - 1}`,
          'renumbers the figure before the deletion as well',
        ],
      ],
    })
  }),
  family('appendix-letter-after-a-deletion', (rng) => {
    const n = rng.int(4, 7)
    const del = rng.int(1, n - 2)
    const k = rng.int(del + 1, n - 1)
    return worked(rng, {
      stem: `A thesis for ${client(rng)} has Appendices A to ${LETTERS[n - 1]}. Appendix ${LETTERS[del]} is removed and the later appendices relettered. What does a reference to the old Appendix ${LETTERS[k]} become?`,
      in: { n, del, k },
      key: `Appendix ${LETTERS[k - 1]}`,
      wrong: [
        ['unchanged', `Appendix ${LETTERS[k]}`, 'leaves the letter as it was'],
        ['removed', `Appendix ${LETTERS[del]}`, 'gives it the removed appendix’s letter'],
        [
          'twoBack',
          `Appendix ${LETTERS[k - 2]}`,
          'moves the letter back twice, counting the removed appendix again',
        ],
      ],
    })
  }),
  family('references-to-update-after-a-deletion', (rng) => {
    const n = 8
    const del = rng.int(2, 6)
    const cited = Array.from({ length: n }, (_, i) => i + 1).filter((r) => r !== del)
    const refs = Array.from({ length: 6 }, () => rng.pick(cited))
    const above = refs.filter((r) => r > del).length
    const below = refs.length - above
    if (above === 0 || below === 0) throw new VariantError('all on one side')
    return worked(rng, {
      stem: `In a chapter for ${client(rng)} the text cites figures in this order: ${refs.map((r) => `Figure ${r}`).join(', ')}. The author deletes Figure ${del} (which is cited nowhere) and the figures are renumbered. How many of those citations must the editor change?`,
      in: { del, refs },
      key: `${above}`,
      wrong: [
        ['all', `${refs.length}`, 'changes every citation in the chapter'],
        ['below', `${below}`, 'changes the citations before the deleted figure instead of after'],
        [
          'distinct',
          `${new Set(refs.filter((r) => r > del)).size}`,
          'counts the figures affected, not the citations',
        ],
        [
          'fromBefore',
          `${refs.filter((r) => r >= del - 1).length}`,
          'also changes the citations of the figure just before the deleted one',
        ],
      ],
    })
  }),
  family('decimal-section-after-a-deletion', (rng) => {
    const ch = rng.int(1, 6)
    const del = rng.int(1, 3)
    const k = rng.int(del + 1, 5)
    const sub = rng.int(1, 3)
    return worked(rng, {
      stem: `A manual for ${client(rng)} numbers sections decimally (${ch}.1, ${ch}.2, with subsections ${ch}.2.1 …). Section ${ch}.${del} and its subsections are deleted and the rest renumbered. What does subsection ${ch}.${k}.${sub} become?`,
      in: { ch, del, k, sub },
      key: `${ch}.${k - 1}.${sub}`,
      wrong: [
        [
          'subToo',
          `${ch}.${k - 1}.${sub > 1 ? sub - 1 : sub + 1}`,
          'renumbers the subsection digit as well as the section',
        ],
        ['unchanged', `${ch}.${k}.${sub}`, 'leaves the number as it was'],
        ['sectionOnly', `${ch}.${k - 1}`, 'drops the subsection level from the reference'],
        ['deletedNumber', `${ch}.${del}.${sub}`, 'gives it the deleted section’s number'],
        [
          'subInstead',
          `${ch}.${k}.${sub > 1 ? sub - 1 : sub + 1}`,
          'shifts the subsection digit instead of the section’s',
        ],
        [
          'oldSectionOnly',
          `${ch}.${k}`,
          'drops the subsection level and keeps the old section number',
        ],
      ],
    })
  }),
  family('decimal-section-after-promoting-a-subsection', (rng) => {
    const ch = rng.int(1, 6)
    const s = rng.int(1, 3)
    const n = rng.int(s + 1, 5)
    return worked(rng, {
      stem: `In a report for ${client(rng)}, chapter ${ch} has sections ${ch}.1 to ${ch}.${n}. The author promotes the last subsection of section ${ch}.${s} to a section of its own, placed straight after ${ch}.${s}. Sections are numbered in order. What number does the old section ${ch}.${s + 1} take?`,
      in: { ch, s, n },
      key: `${ch}.${s + 2}`,
      wrong: [
        ['unchanged', `${ch}.${s + 1}`, 'leaves the later sections’ numbers as they were'],
        [
          'promotedNumber',
          `${ch}.${s}.${1}`,
          'gives it a subsection number, as if it had been demoted',
        ],
        ['end', `${ch}.${n + 1}`, 'puts the new section at the end of the chapter’s numbering'],
        ['down', `${ch}.${s}`, 'shifts it down, as after a deletion'],
      ],
    })
  }),
  family('heading-that-skips-a-level', (rng) => {
    const levels = [1, 2, 3, 2, 3, 3, 2]
    const at = rng.int(2, levels.length - 1)
    const broken = [...levels]
    broken[at] = broken[at - 1]! + 2
    if (broken[at] === levels[at]) throw new VariantError('no skip')
    const names = rng.shuffle([
      'Sources',
      'Method',
      'Findings',
      'Sites',
      'Costs',
      'Limits',
      'Staff',
      'Notes',
    ])
    const label = (i: number) => `“${names[i]}”`
    const others = broken.map((_, i) => i).filter((i) => i !== at && i > 0)
    const deep = others.filter((i) => broken[i] === 3)
    const upward = others.filter((i) => broken[i]! < broken[i - 1]!)
    return worked(rng, {
      stem: `The style sheet of ${client(rng)} says a heading may go any number of levels up but only one level down from the heading before it. The headings of a chapter run: ${broken.map((_, i) => `${label(i)} (level ${broken[i]})`).join(', ')}. Which heading breaks the rule?`,
      in: { broken, at },
      key: label(at),
      wrong: [
        [
          'deepest',
          label(deep.find((i) => i !== at) ?? others[0]!),
          'takes any third-level heading as too deep',
        ],
        [
          'upward',
          label(upward[0] ?? others[1]!),
          'flags a heading that goes back up a level, which the rule allows',
        ],
        [
          'next',
          label(at + 1 < broken.length ? at + 1 : at - 1),
          'flags the heading after the skip instead of the skip itself',
        ],
        ['first', label(1), 'flags the first subheading of the chapter'],
      ],
    })
  }),
  family('level-for-a-new-heading', (rng) => {
    const kind = rng.pick(['sub', 'sibling', 'parent'] as const)
    // A parent-level topic needs a parent below the chapter title, so the heading before is at 3 or 4.
    const prev = kind === 'parent' ? rng.int(3, 4) : rng.int(2, 3)
    const key = kind === 'sub' ? prev + 1 : kind === 'sibling' ? prev : prev - 1
    const what = {
      sub: 'a part of the topic under that heading',
      sibling: 'a topic parallel to the one under that heading',
      parent: 'a topic parallel to the higher-level section that contains that heading',
    }[kind]
    const l = (n: number) => `Level ${n}`
    return worked(rng, {
      stem: `In a manual for ${client(rng)}, the heading before a new one is at level ${prev} (level 1 is a chapter title; higher numbers are deeper). The new heading introduces ${what}. At what level should it be set?`,
      in: { prev, kind },
      key: l(key),
      wrong: [
        ['sameAlways', l(prev), 'sets every new heading at the level of the one before'],
        ['deeper', l(prev + 1), 'sets it below the heading before, as if it were a part of it'],
        ['skip', l(prev + 2), 'drops two levels at once'],
        ['chapter', l(1), 'sets it as a chapter title'],
        ['up', l(prev - 1), 'sets it a level up, as if it closed the section'],
      ],
    })
  }),
]

/** Two tables merged into one: the later one's number goes, and those after it close up. */
export const MERGE_FAMILY: ScenarioFamily = family(
  'table-reference-after-merging-two-tables',
  (rng) => {
    const n = rng.int(6, 10)
    const a = rng.int(2, n - 3)
    const k = rng.pick([a + 1, rng.int(a + 2, n)])
    const key = k === a + 1 ? a : k - 1
    return worked(rng, {
      stem: `A report for ${client(rng)} has Tables 1 to ${n}. The author merges Table ${a + 1} into Table ${a}, which keeps its number, and the later tables are renumbered. What does a reference to the old Table ${k} become?`,
      in: { n, a, k },
      key: `Table ${key}`,
      wrong: [
        ['unchanged', `Table ${k}`, 'leaves the reference as it was'],
        [
          'mergedKeeps',
          `Table ${k === a + 1 ? a + 1 : k}`,
          'keeps the merged table’s old number alive',
        ],
        ['twoBack', `Table ${k - 2}`, 'closes up by two, counting both merged tables as removed'],
        ['newLast', `Table ${n - 1}`, 'points it at the new last table'],
      ],
    })
  },
)
