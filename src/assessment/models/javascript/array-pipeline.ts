import type { Rng } from '../../rng.js'
import { type Snippet, snippetModel } from './snippet-model.js'

/*
 * Each distractor is what the chain logs when an array method behaves as a named misconception
 * says it does (filter dropping what its test accepts, reduce ignoring its initial value, find
 * and findIndex swapped, a map index counted in the original array), never the chain with a
 * comparison or a number edited.
 */

function numbers(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.int(1, 20))
}

const FILTER_DROPS = 'reads filter as dropping the items its test accepts, not keeping them'

/** Per search method, what it is mistaken for: the expression the mistaken reader evaluates. */
const SEARCH_MISREADINGS: Readonly<
  Record<string, readonly { readonly call: (test: string) => string; readonly mistake: string }[]>
> = {
  find: [
    {
      call: (t) => `xs.findIndex(${t})`,
      mistake: 'confuses find with findIndex, expecting the position of the match',
    },
    {
      call: (t) => `xs.filter(${t})`,
      mistake: 'expects find to return every match, as filter does',
    },
    {
      call: (t) => `xs.some(${t})`,
      mistake: 'expects find to say whether an item matches, as some does',
    },
  ],
  findIndex: [
    {
      call: (t) => `xs.find(${t})`,
      mistake: 'confuses findIndex with find, expecting the matching item itself',
    },
    {
      call: (t) => `xs.flatMap((x, i) => (${t})(x) ? [i] : [])`,
      mistake: 'expects findIndex to list the positions of every match',
    },
    {
      call: (t) => `((i) => (i < 0 ? i : i + 1))(xs.findIndex(${t}))`,
      mistake: 'counts array positions from 1, not 0',
    },
  ],
  findLast: [
    {
      call: (t) => `xs.findLastIndex(${t})`,
      mistake: 'confuses findLast with findLastIndex, expecting the position of the match',
    },
    {
      call: (t) => `xs.filter(${t})`,
      mistake: 'expects findLast to return every match, as filter does',
    },
    {
      call: (t) => `[xs.at(-1)].find(${t})`,
      mistake: "thinks findLast tests only the array's last item",
    },
    {
      call: (t) => `xs.some(${t})`,
      mistake: 'expects findLast to say whether an item matches, as some does',
    },
  ],
  some: [
    {
      call: (t) => `xs.filter(${t})`,
      mistake: 'expects some to return the items that pass, as filter does',
    },
    {
      call: (t) => `xs.every(${t})`,
      mistake: 'thinks some is true only when every item passes',
    },
    { call: (t) => `xs.find(${t})`, mistake: 'expects some to return the first item that passes' },
    {
      call: (t) => `xs.filter(${t}).length`,
      mistake: 'expects some to count the items that pass',
    },
  ],
  every: [
    {
      call: (t) => `xs.filter(${t})`,
      mistake: 'expects every to return the items that pass, as filter does',
    },
    {
      call: (t) => `xs.some(${t})`,
      mistake: 'thinks every is true when any item passes, as some is',
    },
    {
      call: (t) => `xs.filter(${t}).length`,
      mistake: 'expects every to count the items that pass',
    },
    {
      call: (t) => `xs.find((x) => !(${t})(x))`,
      mistake: 'expects every to return the first item that fails its test',
    },
  ],
}

const PIPELINES: readonly ((rng: Rng) => Snippet)[] = [
  (rng) => {
    const xs = numbers(rng, rng.int(5, 7))
    const k = rng.int(2, 5)
    const start = rng.int(0, 10)
    const src = (keep: string, seed: string, map = `x * ${k}`) =>
      `const xs = [${xs.join(', ')}]\nconst total = xs\n  .filter((x) => ${keep})\n  .map((x) => ${map})\n  .reduce((sum, x) => sum + x${seed})\nconsole.log(total)`
    const values = xs.join(', ')
    return {
      source: src('x % 2 === 0', `, ${start}`),
      mistakes: [
        { source: src('x % 2 !== 0', `, ${start}`), mistake: FILTER_DROPS },
        {
          source: src('x % 2 === 0', ''),
          mistake:
            "thinks reduce's second argument is not the starting total, the sum starting from the first item",
        },
        {
          source: `const xs = [${values}]\nconsole.log(xs.filter((x, i) => i % 2 === 0).map((x) => x * ${k}).reduce((sum, x) => sum + x, ${start}))`,
          mistake:
            "thinks filter's callback gets each item's position first, so x % 2 tests the position",
        },
        {
          source: src('x % 2 === 0', `, ${start}`, 'x'),
          mistake:
            "thinks map passes the items on unchanged, its callback's results discarded as forEach's are",
        },
      ],
    }
  },
  (rng) => {
    const xs = numbers(rng, rng.int(5, 7))
    const limit = rng.int(5, 15)
    const fn = rng.pick(['findIndex', 'find', 'findLast', 'some', 'every'])
    const test = `(x) => x > ${limit}`
    const src = (expr: string) => `const xs = [${xs.join(', ')}]\nconsole.log(${expr})`
    return {
      source: src(`xs.${fn}((x) => x > ${limit})`),
      mistakes: SEARCH_MISREADINGS[fn]!.map((m) => ({
        source: src(m.call(test)),
        mistake: m.mistake,
      })),
    }
  },
  (rng) => {
    const xs = numbers(rng, rng.int(4, 6))
    const size = rng.int(2, 3)
    const src = (body: string) =>
      `const xs = [${xs.join(', ')}]\nconst out = xs.slice(${size}).${body}\nconsole.log(out)`
    return {
      source: src('map((x, i) => x + i)'),
      mistakes: [
        {
          source: `const xs = [${xs.join(', ')}]\nconst out = xs.slice(0, ${size}).map((x, i) => x + i)\nconsole.log(out)`,
          mistake: 'reads slice(n) as taking the first n items',
        },
        {
          source: src(`map((x, i) => x + i + ${size})`),
          mistake:
            "thinks map's index counts positions in the original array, not in the sliced copy",
        },
        {
          source: src('map((x, i) => x + i + 1)'),
          mistake: "counts map's index from 1, not 0",
        },
        {
          source: `const xs = [${xs.join(', ')}]\nconst out = xs.slice(0, -${size}).map((x, i) => x + i)\nconsole.log(out)`,
          mistake: 'reads slice(n) as dropping n items from the end',
        },
      ],
    }
  },
  (rng) => {
    const words = rng.shuffle(['ant', 'bee', 'cat', 'dog', 'eel', 'fox', 'gnu', 'hen']).slice(0, 5)
    const src = (body: string) => `const words = ${JSON.stringify(words)}\nconsole.log(${body})`
    const n = rng.int(1, 3)
    return {
      source: src(
        `words.flatMap((w) => w.split('')).filter((c) => 'aeiou'.includes(c)).length + ${n}`,
      ),
      mistakes: [
        {
          source: src(
            `words.map((w) => w.split('')).filter((c) => 'aeiou'.includes(c)).length + ${n}`,
          ),
          mistake: 'thinks flatMap leaves one array per word, as map does',
        },
        {
          source: src(
            `words.flatMap((w) => w.split('')).filter((c) => !'aeiou'.includes(c)).length + ${n}`,
          ),
          mistake: FILTER_DROPS,
        },
        {
          source: src(
            `words.flatMap((w) => w.split('')).map((c) => 'aeiou'.includes(c)).length + ${n}`,
          ),
          mistake: 'expects filter to return a true or false for every item, as map would',
        },
        {
          source: src(`words.filter((w) => /[aeiou]/.test(w)).length + ${n}`),
          mistake:
            'thinks flatMap yields one item per word, so the filter keeps the words that hold a vowel',
        },
      ],
    }
  },
]

/** map / filter / reduce / find chains over random arrays. */
export const arrayPipelineModel = snippetModel({
  id: 'js-array-pipeline',
  title: 'JavaScript array methods: filter, map, reduce, find',
  language: 'javascript',
  build: (rng) => rng.pick(PIPELINES)(rng),
})
