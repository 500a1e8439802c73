import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes } from '../scenario/scenario-text.js'
import { family, type GadsFamily, type GadsScenario } from './gads-text.js'

// Negative keyword matching, as "About negative keywords" (support.google.com/google-ads/answer/2453972)
// documents it: a negative broad match keyword blocks a search that contains all its terms in
// any order; a negative phrase match keyword blocks a search that contains its terms in the same
// order, with other words allowed around them; a negative exact match keyword blocks a search of
// exactly its terms in the same order, with no extra words. Negative keywords don't match close
// variants or other expansions: a negative "flowers" still lets "red flower" show the ad.

export type NegativeType = 'broad' | 'phrase' | 'exact'

/**
 * Two-word negatives, with the close variant (singular or plural) of the second word, each with
 * a client who would exclude it: searches for something the client does not sell.
 */
const NEGATIVES = [
  ['running', 'shoes', 'shoe', 'a formal shoe shop'],
  ['wedding', 'flowers', 'flower', 'a funeral florist'],
  ['free', 'templates', 'template', 'a premium template shop'],
  ['used', 'cars', 'car', 'a new-car dealership'],
  ['cheap', 'flights', 'flight', 'a luxury holiday company'],
  ['dog', 'beds', 'bed', 'a cat supplies shop'],
  ['yoga', 'mats', 'mat', 'a yoga studio'],
  ['oak', 'tables', 'table', 'a pine furniture shop'],
] as const
const EXTRAS = ['near me', 'online', 'best', 'sale', 'reviews', 'uk', 'buy', 'local'] as const

/** Whether a negative keyword of `type` blocks the search, word by word, as the help page says. */
export function negativeBlocks(type: NegativeType, negative: readonly string[], search: string) {
  const words = search.split(' ')
  if (type === 'broad') return negative.every((w) => words.includes(w))
  if (type === 'exact') return words.join(' ') === negative.join(' ')
  for (let i = 0; i + negative.length <= words.length; i++) {
    if (negative.every((w, j) => words[i + j] === w)) return true
  }
  return false
}

/** How the negative is written in the keyword list. */
export const written = (type: NegativeType, negative: readonly string[]): string => {
  const k = negative.join(' ')
  return type === 'broad' ? k : type === 'phrase' ? `"${k}"` : `[${k}]`
}

interface Searches {
  readonly client: string
  readonly neg: readonly [string, string]
  readonly variant: string
  readonly bare: string
  readonly before: string
  readonly after: string
  readonly reordered: string
  readonly reorderedExtra: string
  readonly split: string
  readonly firstOnly: string
  readonly lastOnly: string
  readonly variantExtra: string
  readonly firstExtras: string
  readonly lastExtras: string
}

function searches(rng: Rng): Searches {
  const [a, b, bv, client] = rng.pick(NEGATIVES)
  const [x, y] = rng.shuffle(EXTRAS)
  return {
    client,
    neg: [a, b],
    variant: `${a} ${bv}`,
    bare: `${a} ${b}`,
    before: `${x} ${a} ${b}`,
    after: `${a} ${b} ${y}`,
    reordered: `${b} ${a}`,
    reorderedExtra: `${b} ${a} ${y}`,
    split: `${a} ${x} ${b}`,
    firstOnly: `${a} ${y}`,
    lastOnly: `${x} ${b}`,
    variantExtra: `${x} ${a} ${bv}`,
    firstExtras: `${x} ${a} ${y}`,
    lastExtras: `${x} ${y} ${b}`,
  }
}

const NAMES: Record<NegativeType, string> = {
  broad: 'negative broad match keyword',
  phrase: 'negative phrase match keyword',
  exact: 'negative exact match keyword',
}

function ask(
  id: string,
  type: NegativeType,
  want: 'blocked' | 'shows',
  pick: (s: Searches, rng: Rng) => { key: string; wrong: readonly Wrong[] },
): GadsFamily {
  return family(id, (rng): GadsScenario => {
    const s = searches(rng)
    const { key, wrong } = pick(s, rng)
    const c = s.client
    const stem =
      want === 'blocked'
        ? `In ${c}’s Search campaign you add ${written(type, s.neg)} as a ${NAMES[type]}. Which of these searches does it stop the campaign’s ads from showing on?`
        : `In ${c}’s Search campaign you add ${written(type, s.neg)} as a ${NAMES[type]}. Which of these searches can the campaign’s ads still show on?`
    const shown = distinctMistakes(key, wrong)
    return {
      stem,
      key,
      wrong: rng.shuffle(shown),
      facts: { kind: 'match', type, want, negative: s.neg, shown: [key, ...shown.map(([t]) => t)] },
    }
  })
}

const VARIANT = 'thinks negative keywords block close variants such as plurals'

export const NEGATIVE_FAMILIES: readonly GadsFamily[] = [
  ask('negative-broad-blocks-any-order', 'broad', 'blocked', (s, rng) => ({
    key: rng.pick([s.reorderedExtra, s.split, s.before, s.reordered]),
    wrong: [
      [s.variant, VARIANT],
      [s.firstOnly, 'thinks a negative broad keyword blocks a search with any one of its words'],
      [s.lastOnly, 'blocks on the last word of the negative alone'],
      [s.variantExtra, 'thinks a negative matches a singular or plural form as a keyword does'],
      [s.firstExtras, 'thinks one of its words with others around it is enough'],
      [s.lastExtras, 'thinks its last word with other words around it is enough'],
    ],
  })),
  ask('negative-broad-lets-through', 'broad', 'shows', (s, rng) => ({
    key: rng.pick([s.variant, s.firstOnly, s.lastOnly, s.variantExtra]),
    wrong: [
      [s.reorderedExtra, 'thinks a negative broad keyword needs its words in its own order'],
      [s.split, 'thinks a negative broad keyword needs its words side by side'],
      [s.before, 'thinks extra words in a search get it past a negative'],
      [s.reordered, 'thinks reordering the words gets past a negative broad keyword'],
    ],
  })),
  ask('negative-phrase-blocks-with-extra-words', 'phrase', 'blocked', (s, rng) => ({
    key: rng.pick([s.before, s.after]),
    wrong: [
      [s.reorderedExtra, 'thinks a negative phrase keyword ignores word order'],
      [s.variantExtra, VARIANT],
      [s.firstOnly, 'thinks a negative phrase keyword blocks a search with one of its words'],
      [s.reordered, 'reads the negative phrase keyword as negative broad'],
    ],
  })),
  ask('negative-phrase-lets-through', 'phrase', 'shows', (s, rng) => ({
    key: rng.pick([s.reorderedExtra, s.variant, s.variantExtra]),
    wrong: [
      [s.before, 'thinks words before the phrase get a search past the negative'],
      [s.after, 'thinks words after the phrase get a search past the negative'],
      [s.bare, 'thinks a negative phrase keyword blocks only longer searches'],
    ],
  })),
  ask('negative-exact-blocks-only-that-search', 'exact', 'blocked', (s) => ({
    key: s.bare,
    wrong: [
      [s.before, 'reads the negative exact keyword as negative phrase'],
      [s.after, 'thinks a negative exact keyword blocks searches that contain it'],
      [s.reordered, 'thinks a negative exact keyword ignores word order'],
      [s.variant, VARIANT],
      [s.split, 'reads the negative exact keyword as negative broad'],
      [s.firstOnly, 'thinks any one of its words is enough'],
    ],
  })),
]
