import { snippetModel } from './snippet-model.js'

/** Object spread order, defaults in destructuring and rest properties. */
export const spreadModel = snippetModel({
  id: 'js-spread-destructuring',
  title: 'JavaScript spread, destructuring and defaults',
  language: 'javascript',
  build: (rng) => {
    const a = rng.int(1, 9)
    const b = rng.int(10, 19)
    const c = rng.int(20, 29)
    const bOverride = rng.pick(['undefined', 'null', String(rng.int(30, 39))])
    const fallback = rng.int(40, 49)
    const src = (first: string, second: string, def = `b = ${fallback}`) =>
      `const defaults = { a: ${a}, b: ${b}, c: ${c} }\nconst options = { b: ${bOverride}, d: 0 }\nconst merged = { ...${first}, ...${second} }\nconst { a, ${def}, ...rest } = merged\nconsole.log(a, b, rest)`
    const order = rng.pick([
      ['defaults', 'options'],
      ['options', 'defaults'],
    ])
    return {
      source: src(order[0]!, order[1]!),
      mistakes: [
        src(order[1]!, order[0]!),
        src(order[0]!, order[1]!, 'b'),
        src(order[1]!, order[0]!, 'b'),
        src(order[0]!, order[1]!, `b = ${b}`),
      ],
    }
  },
})
