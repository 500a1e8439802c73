import { type NamedMisreading, snippetModel } from '../javascript/snippet-model.js'

/*
 * Each distractor is what the code logs when an operator behaves as a named misconception says
 * (** binding looser than *, Math.round truncating or rounding up, ?? and || swapped, ?? only
 * replacing undefined, || giving a boolean), never the snippet with an operator it does not use
 * or a formula it does not contain.
 */

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
      const src = (sq: string, rect: string, circle: string, round = 'Math.round') =>
        `type Shape =\n  | { kind: 'square'; side: number }\n  | { kind: 'rect'; w: number; h: number }\n  | { kind: 'circle'; r: number }\n\nfunction area(s: Shape): number {\n  switch (s.kind) {\n    case 'square':\n      return ${sq}\n    case 'rect':\n      return ${rect}\n    case 'circle':\n      return ${circle}\n  }\n}\nconst shapes: Shape[] = [${shapes.join(', ')}]\nconsole.log(shapes.map(area).map(${round}))`
      const mistakes: NamedMisreading[] = [
        {
          source: src('s.side ** 2', 's.w * s.h', '(Math.PI * s.r) ** 2'),
          mistake: 'thinks ** binds less tightly than *, so Math.PI * s.r ** 2 squares π·r',
        },
        {
          source: src('s.side ** 2', 's.w * s.h', 'Math.PI * s.r ** 2', 'Math.trunc'),
          mistake: 'thinks Math.round drops the fraction, as Math.trunc does',
        },
        {
          source: src('s.side ** 2', 's.w * s.h', 'Math.PI * s.r ** 2', 'Math.ceil'),
          mistake: 'thinks Math.round always rounds up, as Math.ceil does',
        },
        {
          source: src('s.side * 2', 's.w * s.h', 'Math.PI * s.r * 2'),
          mistake: 'reads x ** 2 as x times 2',
        },
      ]
      return { source: src('s.side ** 2', 's.w * s.h', 'Math.PI * s.r ** 2'), mistakes }
    }
    const values = rng
      .shuffle(['0', "''", 'null', 'undefined', String(rng.int(1, 9)), "'x'"])
      .slice(0, 4)
    const fallback = rng.int(10, 99)
    const src = (body: string) =>
      `function firstOr<T>(xs: (T | null | undefined)[], fallback: T): T[] {\n  return xs.map((x) => ${body})\n}\nconsole.log(firstOr<number | string>([${values.join(', ')}], ${fallback}))`
    const op = rng.pick(['??', '||'])
    const mistakes: NamedMisreading[] =
      op === '??'
        ? [
            {
              source: src('x || fallback'),
              mistake:
                'thinks ?? replaces every falsy value, 0 and the empty string included, as || does',
            },
            {
              source: src('(x === undefined ? fallback : x)'),
              mistake: 'thinks ?? replaces only undefined, as a default parameter does',
            },
            {
              source: src('(x === null ? fallback : x)'),
              mistake:
                "thinks ?? replaces only null, as the name 'nullish' suggests, not undefined",
            },
            {
              source: src("(x === '' ? fallback : x ?? fallback)"),
              mistake: 'thinks ?? also treats an empty string as missing',
            },
          ]
        : [
            {
              source: src('x ?? fallback'),
              mistake:
                'thinks || replaces only null and undefined, keeping 0 and the empty string, as ?? does',
            },
            {
              source: src('Boolean(x || fallback) as unknown as T'),
              mistake: 'thinks || gives true or false, not one of its operands',
            },
            {
              source: src('(x === undefined ? fallback : x)'),
              mistake: 'thinks || falls back only for undefined, as a default parameter does',
            },
          ]
    return { source: src(`x ${op} fallback`), mistakes }
  },
})
