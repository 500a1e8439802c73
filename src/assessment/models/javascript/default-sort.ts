import { type NamedMisreading, snippetModel } from './snippet-model.js'

/*
 * Each distractor is what the code logs when sort behaves as a named misconception says: the
 * default order read as numeric, the numbers turned into strings in the array, sort returning a
 * sorted copy, a comparator's sign read the other way, numbers compared as strings whatever the
 * comparator; never an order no belief about sort predicts.
 */

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
    const list = `[${xs.join(', ')}]`
    const src = (c: string) => `const xs = ${list}\nxs.sort(${c})\nconsole.log(xs)`
    const copy: NamedMisreading = {
      source: `const xs = ${list}\nconst sorted = xs.toSorted(${comparator})\nconsole.log(xs)`,
      mistake: 'thinks sort returns a sorted copy and leaves the array itself as it was',
    }
    const byDefault: NamedMisreading[] = [
      {
        source: src('(a, b) => a - b'),
        mistake: 'thinks sort with no comparator orders numbers by their value',
      },
      copy,
      {
        source: `const xs = ${list}.map(String)\nxs.sort()\nconsole.log(xs)`,
        mistake:
          'thinks sort turns the numbers into strings in the array, not only to compare them',
      },
    ]
    const ascending = comparator === '(a, b) => a - b'
    const withComparator: NamedMisreading[] = [
      {
        source: src(ascending ? '(a, b) => b - a' : '(a, b) => a - b'),
        mistake: ascending
          ? 'thinks a comparator returning a - b sorts from largest to smallest'
          : 'thinks a comparator returning b - a sorts from smallest to largest',
      },
      copy,
      {
        source: src(''),
        mistake: 'thinks sort compares numbers as strings even when given a comparator',
      },
    ]
    return {
      source: src(comparator),
      mistakes: comparator === '' ? byDefault : withComparator,
    }
  },
})
