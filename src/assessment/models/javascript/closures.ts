import { snippetModel } from './snippet-model.js'

/** Loop bindings captured by closures (var versus let) and private counters. */
export const closuresModel = snippetModel({
  id: 'js-closures',
  title: 'JavaScript closures and block scope',
  language: 'javascript',
  build: (rng) => {
    if (rng.next() < 0.5) {
      const n = rng.int(3, 5)
      const m = rng.int(2, 9)
      const keyword = rng.pick(['var', 'let'])
      const src = (kw: string, cmp = '<') =>
        `const fns = []\nfor (${kw} i = 0; i ${cmp} ${n}; i++) {\n  fns.push(() => i * ${m})\n}\nconsole.log(fns.map((f) => f()))`
      return {
        source: src(keyword),
        mistakes: [
          src(keyword === 'var' ? 'let' : 'var'),
          src(keyword, '<='),
          src(keyword === 'var' ? 'let' : 'var', '<='),
        ],
      }
    }
    const start = rng.int(0, 9)
    const step = rng.int(2, 5)
    const calls = rng.int(2, 4)
    const src = (update: string, second = 'makeCounter') =>
      `function makeCounter(start) {\n  let n = start\n  return () => ${update}\n}\nconst a = makeCounter(${start})\nconst b = ${second}(${start})\n${'a()\n'.repeat(calls)}console.log(a(), b())`
    return {
      source: src(`(n += ${step})`),
      mistakes: [
        src(`n + ${step}`),
        src(`(n += ${step}, n - ${step})`),
        src(`(n += ${step})`, '((s) => a)'),
      ],
    }
  },
})
