import { snippetModel } from './snippet-model.js'

/** `Array.prototype.sort` compares strings unless given a comparator. */
export const defaultSortModel = snippetModel({
  id: 'js-default-sort',
  title: 'JavaScript sort order and comparators',
  language: 'javascript',
  build: (rng) => {
    const xs = rng.shuffle([
      rng.int(1, 9),
      rng.int(10, 99),
      rng.int(100, 999),
      rng.int(1, 9) * 10,
      rng.int(2, 9) * 100 + rng.int(0, 9),
    ])
    const comparators = ['', '(a, b) => a - b', '(a, b) => b - a']
    const comparator = rng.pick(comparators)
    const src = (c: string) => `const xs = [${xs.join(', ')}]\nxs.sort(${c})\nconsole.log(xs)`
    return {
      source: src(comparator),
      mistakes: [
        ...comparators.filter((c) => c !== comparator).map(src),
        `console.log([${xs.join(', ')}])`,
        src('(a, b) => String(b).localeCompare(String(a))'),
      ],
    }
  },
})
