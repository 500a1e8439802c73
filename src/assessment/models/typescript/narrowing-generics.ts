import { snippetModel } from '../javascript/snippet-model.js'

/** Discriminated unions narrowed by a switch, generics, optional chaining and `??` versus `||`. */
export const narrowingGenericsModel = snippetModel({
  id: 'ts-narrowing-generics',
  title: 'TypeScript narrowing, generics and nullish operators',
  language: 'typescript',
  build: (rng) => {
    if (rng.next() < 0.5) {
      const w = rng.int(2, 9)
      const h = rng.int(2, 9)
      const r = rng.int(1, 5)
      const shapes = rng.shuffle([
        `{ kind: 'square', side: ${w} }`,
        `{ kind: 'rect', w: ${w}, h: ${h} }`,
        `{ kind: 'circle', r: ${r} }`,
      ])
      const src = (sq: string, rect: string, circle: string) =>
        `type Shape =\n  | { kind: 'square'; side: number }\n  | { kind: 'rect'; w: number; h: number }\n  | { kind: 'circle'; r: number }\n\nfunction area(s: Shape): number {\n  switch (s.kind) {\n    case 'square':\n      return ${sq}\n    case 'rect':\n      return ${rect}\n    case 'circle':\n      return ${circle}\n  }\n}\nconst shapes: Shape[] = [${shapes.join(', ')}]\nconsole.log(shapes.map(area).map(Math.round))`
      return {
        source: src('s.side ** 2', 's.w * s.h', 'Math.PI * s.r ** 2'),
        mistakes: [
          src('s.side * 4', 's.w * s.h', 'Math.PI * s.r ** 2'),
          src('s.side ** 2', '2 * (s.w + s.h)', 'Math.PI * s.r ** 2'),
          src('s.side ** 2', 's.w * s.h', '2 * Math.PI * s.r'),
        ],
      }
    }
    const values = rng
      .shuffle(['0', "''", 'null', 'undefined', String(rng.int(1, 9)), "'x'"])
      .slice(0, 4)
    const fallback = rng.int(10, 99)
    const src = (op: string) =>
      `function firstOr<T>(xs: (T | null | undefined)[], fallback: T): T[] {\n  return xs.map((x) => x ${op} fallback)\n}\nconsole.log(firstOr<number | string>([${values.join(', ')}], ${fallback}))`
    const op = rng.pick(['??', '||'])
    return {
      source: src(op),
      mistakes: [src(op === '??' ? '||' : '??'), src('&&'), `console.log([${values.join(', ')}])`],
    }
  },
})
