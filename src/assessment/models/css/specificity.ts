import { compareSpecificity, specificity } from '../../engines/css-specificity.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { code, codeCandidate, singleAnswer, VariantError } from '../assemble-variant.js'
import { acceptedVariant } from '../batched-generation.js'

const TAGS = ['div', 'ul', 'li', 'a', 'nav', 'p', 'span', 'button', 'section', 'header']
const CLASSES = ['.card', '.active', '.menu', '.item', '.btn', '.title', '.dark', '.open']
const IDS = ['#main', '#nav', '#app', '#footer']
const PSEUDO = [
  ':hover',
  ':first-child',
  ':focus',
  ':not(.open)',
  ':is(#app, .menu)',
  ':where(#nav)',
  '::before',
  ':nth-child(2)',
  '[type="text"]',
  '[disabled]',
]

/**
 * A pseudo-element may only end the last compound of a selector: `li::before > a` is invalid
 * and a browser drops the whole rule, so earlier compounds never get one.
 */
function compound(rng: Rng, last: boolean): string {
  let s = rng.next() < 0.7 ? rng.pick(TAGS) : ''
  if (rng.next() < 0.25) s += rng.pick(IDS)
  for (let i = rng.int(0, 2); i > 0; i--) s += rng.pick(CLASSES)
  if (rng.next() < 0.4) s += rng.pick(last ? PSEUDO : PSEUDO.filter((p) => !p.startsWith('::')))
  return s === '' ? rng.pick(CLASSES) : s
}

function selector(rng: Rng, shortest = 1): string {
  const length = rng.int(shortest, 3)
  const parts = Array.from({ length }, (_, i) => compound(rng, i === length - 1))
  return parts.join(rng.pick([' ', ' > ', ' + ', ' ~ ']))
}

const show = (t: readonly number[]) => `(${t.join(', ')})`

type Triple = readonly [number, number, number]

/**
 * How candidates miscount specificity, each as the specificity they would compute for a
 * selector. Rewriting the selector and counting it again keeps each reading exact.
 */
const MISCOUNTS: readonly { readonly name: string; readonly count: (s: string) => Triple }[] = [
  {
    name: ':where() counted like :is()',
    count: (s) => specificity(s.replace(/:where\(/g, ':is(')),
  },
  {
    name: 'a pseudo-element counted as a pseudo-class',
    count: (s) => specificity(s.replace(/::([\w-]+)/g, ':x-$1')),
  },
  {
    name: 'attribute selectors not counted',
    count: (s) => specificity(s.replace(/\[[^\]]*\]/g, '')),
  },
  {
    name: ':is() and :not() counted as a pseudo-class on top of their argument',
    count: (s) => {
      const [a, b, c] = specificity(s)
      return [a, b + (s.match(/:(?:is|not)\(/g)?.length ?? 0), c]
    },
  },
  {
    name: 'the arguments of :is() added up instead of the most specific taken',
    count: (s) =>
      specificity(
        s.replace(/:is\(([^)]*)\)/g, (_, list: string) =>
          list
            .split(',')
            .map((part) => part.trim())
            .sort((x, y) => (/^[a-z]/.test(y) ? 1 : 0) - (/^[a-z]/.test(x) ? 1 : 0))
            .join(''),
        ),
      ),
  },
  {
    name: 'type selectors counted with classes',
    count: (s) => {
      const [a, b, c] = specificity(s)
      return [a, b + c, 0]
    },
  },
  {
    name: 'ids counted with classes',
    count: (s) => {
      const [a, b, c] = specificity(s)
      return [0, a + b, c]
    },
  },
]

/** Readings that rank selectors wrongly: a miscount, or a comparison that is not id-first. */
const MISRANKINGS: readonly { readonly name: string; readonly rank: (s: string) => number }[] = [
  ...MISCOUNTS.map((m) => ({
    name: m.name,
    rank: (s: string) => {
      const [a, b, c] = m.count(s)
      return a * 10_000 + b * 100 + c
    },
  })),
  {
    name: 'components added up regardless of their weight',
    rank: (s) => specificity(s).reduce((x, y) => x + y, 0),
  },
  { name: 'the longest selector taken as the most specific', rank: (s) => s.length },
]

/** Which selector wins the cascade, or the specificity of one selector. */
export const specificityModel: ItemModel = {
  id: 'css-specificity',
  title: 'CSS selector specificity',
  engine: 'css-specificity',
  kind: 'single',
  generate(rng) {
    return acceptedVariant(async () => (rng.next() < 0.5 ? winner(rng) : triple(rng)))
  },
}

/**
 * Four selectors, one winning: each of the others is offered only when a named misranking
 * puts it above the winner, so every distractor is a mistake someone makes.
 */
function winner(rng: Rng): ItemVariant {
  const drawn = [...new Set(Array.from({ length: 8 }, () => selector(rng)))]
  const ranked = drawn
    .map((s) => ({ s, v: specificity(s) }))
    .sort((x, y) => compareSpecificity(y.v, x.v))
  if (compareSpecificity(ranked[0]!.v, ranked[1]!.v) === 0) {
    throw new VariantError('css-specificity: no unique winner')
  }
  const key = ranked[0]!.s
  const misranked = ranked.slice(1).flatMap(({ s }) => {
    const reading = MISRANKINGS.find((m) => m.rank(s) > m.rank(key))
    return reading ? [{ ...codeCandidate(s), mistake: reading.name }] : []
  })
  // The four shown are the four the task ranks, so the three distractors are fixed here.
  const distractors = rng.shuffle(misranked).slice(0, 3)
  return singleAnswer({
    modelId: specificityModel.id,
    stem: 'All four rules set `color` on the same element. Which selector has the highest specificity?',
    task: {
      kind: 'css-specificity',
      selectors: [key, ...distractors.map((d) => d.value)],
      ask: 'winner',
    },
    key: codeCandidate(key),
    distractors,
    rng,
  })
}

function triple(rng: Rng): ItemVariant {
  // Two or three compounds: a lone `.card` is counted the same under every miscount.
  const s = selector(rng, 2)
  return singleAnswer({
    modelId: specificityModel.id,
    stem: `What is the specificity (ids, classes/attributes/pseudo-classes, types/pseudo-elements) of ${code(s)}?`,
    task: { kind: 'css-specificity', selectors: [s], ask: 'triple' },
    key: { value: show(specificity(s)) },
    distractors: MISCOUNTS.map((m) => ({ value: show(m.count(s)), mistake: m.name })),
    rng,
  })
}
