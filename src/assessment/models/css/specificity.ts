import { compareSpecificity, specificity } from '../../engines/css-specificity.js'
import type { ItemModel } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { code, codeCandidate, singleAnswer, VariantError } from '../assemble-variant.js'

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

function selector(rng: Rng): string {
  const length = rng.int(1, 3)
  const parts = Array.from({ length }, (_, i) => compound(rng, i === length - 1))
  return parts.join(rng.pick([' ', ' > ', ' + ', ' ~ ']))
}

const show = (t: readonly number[]) => `(${t.join(', ')})`

/** Which selector wins the cascade, or the specificity of one selector. */
export const specificityModel: ItemModel = {
  id: 'css-specificity',
  title: 'CSS selector specificity',
  engine: 'css-specificity',
  kind: 'single',
  async generate(rng) {
    if (rng.next() < 0.5) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const selectors = [...new Set(Array.from({ length: 4 }, () => selector(rng)))]
        if (selectors.length < 4) continue
        const ranked = selectors
          .map((s) => ({ s, v: specificity(s) }))
          .sort((x, y) => compareSpecificity(y.v, x.v))
        if (compareSpecificity(ranked[0]!.v, ranked[1]!.v) === 0) continue
        return singleAnswer({
          modelId: this.id,
          stem: 'All four rules set `color` on the same element. Which selector has the highest specificity?',
          task: { kind: 'css-specificity', selectors, ask: 'winner' },
          key: codeCandidate(ranked[0]!.s),
          distractors: ranked.slice(1).map((r) => codeCandidate(r.s)),
          rng,
        })
      }
      throw new VariantError(`${this.id}: no selectors with a unique winner`)
    }
    const s = selector(rng)
    const [a, b, c] = specificity(s)
    const naive = specificity(s.replace(/:where\(([^)]*)\)/g, ':is($1)').replace(/::/g, ':x-'))
    return singleAnswer({
      modelId: this.id,
      stem: `What is the specificity (ids, classes/attributes/pseudo-classes, types/pseudo-elements) of ${code(s)}?`,
      task: { kind: 'css-specificity', selectors: [s], ask: 'triple' },
      key: { value: show([a, b, c]) },
      distractors: [naive, [a, b + c, 0], [a, b, c + 1], [a + 1, b, c], [0, a + b, c]].map((t) => ({
        value: show(t),
      })),
      rng,
      fallback: (i) => ({ value: show([a, b + 1 + i, c]) }),
    })
  },
}
