import type { Rng } from '../../rng.js'
import { client, document, family, redrawn, type WordFamily, worked } from './msword-text.js'

// Style resolution as documented in Microsoft Support (Word): "Customize or create new styles"
// (a style based on another takes every setting it does not set itself from that style, so a
// change to the base style flows to it); "Apply a style" and "What is the difference between
// paragraph, character and linked styles" (character formatting applied directly overrides a
// character style, which overrides the paragraph style; ECMA-376 Part 1, style
// hierarchy: document defaults, then paragraph, then run (character) styles, then direct
// formatting); "Number your headings" (a multilevel list linked to Heading 1-4; a lower level
// restarts after a higher one, 1, 1.1, 1.1.1).

const FONTS = ['Calibri', 'Arial', 'Georgia', 'Garamond', 'Verdana', 'Cambria', 'Aptos'] as const
const fontsDrawn = (rng: Rng, n: number) => rng.shuffle(FONTS).slice(0, n)
const SIZES = [10, 10.5, 11, 12, 13, 14] as const
const sizesDrawn = (rng: Rng, n: number) => rng.shuffle(SIZES).slice(0, n)
const fs = (f: string, s: number) => `${f}, ${s} pt`

/** A run of heading levels (1-4), opening with a level 1. */
const levels = (rng: Rng, n: number): number[] => {
  const out = [1]
  while (out.length < n) {
    const last = out[out.length - 1]!
    out.push(rng.int(1, Math.min(4, last + 1)))
  }
  return out
}

/** The multilevel number of each heading: lower levels restart after a higher one. */
function outlineNumbers(ls: readonly number[], restart = true): string[] {
  const c = [0, 0, 0, 0, 0]
  return ls.map((l) => {
    c[l]!++
    if (restart) for (let k = l + 1; k < c.length; k++) c[k] = 0
    return c.slice(1, l + 1).join('.')
  })
}

export const STYLE_FAMILIES: readonly WordFamily[] = [
  family('style-based-on-normal-change', (rng) => {
    const [f1, f2] = fontsDrawn(rng, 2) as [string, string]
    const [s1, s2] = sizesDrawn(rng, 2) as [number, number]
    return worked(rng, {
      stem: `In ${client(rng)}’s template, Normal is ${fs(f1, s1)}. The style Client Body is based on Normal and sets only its size, ${s2} pt, and spacing. The assistant modifies Normal to ${f2}. What do Client Body paragraphs now show?`,
      kind: 'style-chain',
      in: { f1, f2, s1, s2 },
      key: fs(f2, s2),
      wrong: [
        ['copied', fs(f1, s2), 'thinks a based-on style copied Normal’s font when it was made'],
        [
          'allFollow',
          fs(f2, s1),
          'thinks the change to Normal also overrides the size Client Body sets',
        ],
        ['unchanged', fs(f1, s1), 'thinks neither its own size nor Normal’s new font applies'],
      ],
    })
  }),
  family('style-based-on-chain', (rng) => {
    const [f1, f2] = fontsDrawn(rng, 2) as [string, string]
    const [s1, s2, s3] = sizesDrawn(rng, 3) as [number, number, number]
    return worked(rng, {
      stem: `In ${client(rng)}’s ${document(rng)}, Normal is ${fs(f1, s1)}. Body Text is based on Normal and sets ${s2} pt. Pull Quote is based on Body Text and sets only ${f2} and italic. The assistant changes Body Text to ${s3} pt. What font and size does Pull Quote text show?`,
      kind: 'style-chain',
      in: { f1, f2, s1, s2, s3 },
      key: fs(f2, s3),
      wrong: [
        ['oldSize', fs(f2, s2), 'thinks Pull Quote kept Body Text’s size from when it was made'],
        ['normalSize', fs(f2, s1), 'skips a link and takes the size from Normal'],
        ['normalFont', fs(f1, s3), 'takes the font from Normal though Pull Quote sets its own'],
        ['normalBoth', fs(f1, s1), 'thinks every style inherits straight from Normal'],
      ],
    })
  }),
  family('style-precedence-word', (rng) => {
    const [fp, fc, fd, fn] = fontsDrawn(rng, 4) as [string, string, string, string]
    const ask = rng.pick(['plain', 'char', 'both'] as const)
    const word = {
      plain: 'the word “budget”',
      char: 'the word “deadline”',
      both: 'the word “urgent”',
    }[ask]
    const key = { plain: fp, char: fc, both: fd }[ask]
    const mistakes: Record<string, readonly (readonly [string, string, string])[]> = {
      plain: [
        ['charSpreads', fc, 'thinks a character style on two words reaches the whole paragraph'],
        ['directSpreads', fd, 'thinks direct formatting on one word changes the whole paragraph'],
        ['normal', fn, 'thinks unformatted text shows Normal’s font whatever its paragraph style'],
      ],
      char: [
        ['paragraphWins', fp, 'thinks the paragraph style overrides a character style'],
        ['directSpreads', fd, 'thinks direct formatting on “urgent” reaches the other word'],
        ['normal', fn, 'thinks a character style falls back to Normal’s font'],
      ],
      both: [
        ['paragraphWins', fp, 'thinks the paragraph style overrides everything on top of it'],
        ['charWins', fc, 'thinks a character style overrides direct formatting'],
        ['normal', fn, 'thinks layered formatting cancels back to Normal’s font'],
      ],
    }
    return worked(rng, {
      stem: `In ${client(rng)}’s ${document(rng)}, Normal is set in ${fn}. A paragraph uses a paragraph style set in ${fp}. The words “deadline” and “urgent” have a character style set in ${fc}, and “urgent” was then also given ${fd} directly from the Home tab. In which font does ${word} appear?`,
      kind: 'style-precedence',
      in: { fp, fc, fd, fn, ask },
      key,
      wrong: mistakes[ask]!,
    })
  }),
  redrawn('style-multilevel-heading-number', (rng) => {
    const ls = levels(rng, rng.int(7, 11))
    const at = rng.int(3, ls.length - 1)
    const nums = outlineNumbers(ls)
    const flat = outlineNumbers(ls, false)
    const listed = ls.map((l) => `H${l}`).join(', ')
    return worked(rng, {
      stem: `A multilevel list (1, 1.1, 1.1.1, 1.1.1.1) is linked to Heading 1 to Heading 4 in ${client(rng)}’s ${document(rng)}, restarting each level after a higher one as Word does by default. The headings run ${listed}. What number does heading ${at + 1} in that order carry?`,
      kind: 'outline-number',
      in: { ls, at },
      key: nums[at]!,
      wrong: [
        ['noRestart', flat[at]!, 'lets lower levels carry on counting after a higher heading'],
        ['sequence', String(at + 1), 'numbers every heading in one flat sequence'],
        [
          'levelCount',
          String(ls.slice(0, at + 1).filter((l) => l === ls[at]).length),
          'counts only headings of its level, without the parent numbers',
        ],
        [
          'parentOnly',
          nums[at]!.split('.').slice(0, -1).join('.'),
          'gives the parent heading’s number',
        ],
        [
          'before',
          nums[at - 1]!,
          'counts the headings from zero, so reads the number of the one before',
        ],
        [
          'after',
          nums[at + 1] ?? '',
          'counts the listed headings from the second, so reads the number of the one after',
        ],
        [
          'fullDepth',
          `${nums[at]!}${'.0'.repeat(4 - ls[at]!)}`,
          'writes every level of the list, a zero for each level below the heading’s own',
        ],
      ],
    })
  }),
]
