import { type NamedMisreading, snippetModel } from './snippet-model.js'

/*
 * Each distractor is what the code logs when closures and loop bindings behave as a named
 * misconception says (a var loop variable bound afresh each turn, a let one shared, closures
 * seeing the last turn's value, the update run before the body, a counter's variable reset or
 * shared), never the loop with its bound edited by one.
 */

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
      const src = (kw: string, opts: { start?: number; after?: string } = {}) =>
        `const fns = []\nfor (${kw} i = ${opts.start ?? 0}; i < ${n + (opts.start ?? 0)}; i++) {\n  fns.push(() => i * ${m})\n}\n${opts.after ?? ''}console.log(fns.map((f) => f()))`
      // The closures all read one variable holding the last turn's value, not the one that ended the loop.
      const lastTurn = `const fns = []\nlet i = 0\nfor (; i < ${n - 1}; i++) {\n  fns.push(() => i * ${m})\n}\nfns.push(() => i * ${m})\nconsole.log(fns.map((f) => f()))`
      const mistakes: NamedMisreading[] =
        keyword === 'var'
          ? [
              {
                source: src('let'),
                mistake: 'thinks each loop turn gets its own binding of a var loop variable',
              },
              {
                source: lastTurn,
                mistake:
                  'thinks closures made in a var loop see the value i had in the last turn, not the value that ended the loop',
              },
              {
                source: src('let', { start: 1 }),
                mistake:
                  'thinks each loop turn gets its own binding + thinks the update i++ runs before the first turn',
              },
            ]
          : [
              {
                source: src('var'),
                mistake: 'thinks closures made in a let loop all share one binding, as with var',
              },
              {
                source: lastTurn,
                mistake: 'thinks closures made in a loop all see the value i had in its last turn',
              },
              {
                source: src('let', { start: 1 }),
                mistake: 'thinks the update i++ of a for loop runs before the first turn',
              },
            ]
      return { source: src(keyword), mistakes }
    }
    const start = rng.int(0, 9)
    const step = rng.int(2, 5)
    const calls = rng.int(2, 4)
    const src = (update: string, second = 'makeCounter') =>
      `function makeCounter(start) {\n  let n = start\n  return () => ${update}\n}\nconst a = makeCounter(${start})\nconst b = ${second}(${start})\n${'a()\n'.repeat(calls)}console.log(a(), b())`
    return {
      source: src(`(n += ${step})`),
      mistakes: [
        {
          source: src(`n + ${step}`),
          mistake:
            "thinks a closure's variable starts afresh on each call, so the count never grows",
        },
        {
          source: src(`(n += ${step}, n - ${step})`),
          mistake: 'thinks an assignment n += step gives the value n had before it, as n++ does',
        },
        {
          source: src(`(n += ${step})`, '((s) => a)'),
          mistake: 'thinks counters made by the same function share one variable',
        },
      ],
    }
  },
})
