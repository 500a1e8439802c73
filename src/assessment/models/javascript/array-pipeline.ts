import type { Rng } from '../../rng.js'
import { type Snippet, snippetModel } from './snippet-model.js'

function numbers(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.int(1, 20))
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
        src('x % 2 !== 0', `, ${start}`),
        src('x % 2 === 0', ', 0'),
        src('true', `, ${start}`),
        // The filter read as keeping even positions, or as running after the map.
        `const xs = [${values}]\nconsole.log(xs.filter((x, i) => i % 2 === 0).map((x) => x * ${k}).reduce((sum, x) => sum + x, ${start}))`,
        `const xs = [${values}]\nconsole.log(xs.map((x) => x * ${k}).filter((x) => x % 2 === 0).reduce((sum, x) => sum + x, ${start}))`,
        // The map forgotten: the evens summed as they are.
        src('x % 2 === 0', `, ${start}`, 'x'),
      ],
    }
  },
  (rng) => {
    const xs = numbers(rng, rng.int(5, 7))
    const limit = rng.int(5, 15)
    const src = (cmp: string, fn: string) =>
      `const xs = [${xs.join(', ')}]\nconsole.log(xs.${fn}((x) => x ${cmp} ${limit}))`
    const fn = rng.pick(['findIndex', 'find', 'findLast', 'some', 'every'])
    const other = fn === 'find' ? 'findIndex' : fn === 'findIndex' ? 'find' : 'filter'
    return {
      source: src('>', fn),
      mistakes: [
        src('>=', fn),
        src('<', fn),
        src('>', other),
        src('<=', fn),
        src('>=', other),
        src('<', other),
      ],
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
        `const xs = [${xs.join(', ')}]\nconst out = xs.slice(0, ${size}).map((x, i) => x + i)\nconsole.log(out)`,
        src(`map((x, i) => x + i + ${size})`),
        src('map((x) => x)'),
        // Positions counted from one, or the slice taken as dropping from the end.
        src(`map((x, i) => x + i + 1)`),
        `const xs = [${xs.join(', ')}]\nconst out = xs.slice(0, -${size}).map((x, i) => x + i)\nconsole.log(out)`,
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
        src(`words.map((w) => w.split('')).filter((c) => 'aeiou'.includes(c)).length + ${n}`),
        src(`words.flatMap((w) => w.split('')).filter((c) => !'aeiou'.includes(c)).length + ${n}`),
        src(`words.length + ${n}`),
        // Every letter counted, or the words that hold a vowel.
        src(`words.join('').length + ${n}`),
        src(`words.filter((w) => /[aeiou]/.test(w)).length + ${n}`),
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
