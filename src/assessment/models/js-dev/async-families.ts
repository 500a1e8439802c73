import { family, type JsFamily, predict, several, throws } from './probe.js'

// Ordering follows the HTML event loop as Node implements it: a script runs to the end, then
// every queued microtask (promise reactions, queueMicrotask, await continuations) before the
// next timer (ECMAScript 2024 §9.5 jobs, §27.2 promises; Node's timers docs). Promise
// combinators follow §27.2.4 (all, allSettled, any, race).

const LABELS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K', 'M', 'P', 'R', 'S', 'T']

const delay = 'const wait = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms))\n'

/** Promises, async functions and the event loop. */
export const ASYNC_FAMILIES: readonly JsFamily[] = [
  family('sync-microtask-timer-order', (rng) => {
    const [a, b, c, d] = several(rng, LABELS, 4)
    return predict({
      lines: true,
      code: `console.log('${a}')\nsetTimeout(() => console.log('${b}'), 0)\nPromise.resolve().then(() => console.log('${c}'))\nconsole.log('${d}')`,
      key: `${a} ${d} ${c} ${b}`,
      wrong: [
        [`${a} ${b} ${c} ${d}`, 'believes callbacks run as soon as they are scheduled'],
        [
          `${a} ${d} ${b} ${c}`,
          'believes timers run in the order scheduled, before promise callbacks',
        ],
        [`${a} ${c} ${d} ${b}`, 'believes an already resolved promise runs its callback at once'],
        [
          `${a} ${c} ${b} ${d}`,
          'believes promise callbacks and timers run before the next line of the script',
        ],
      ],
      combine: false,
    })
  }),
  family('async-runs-until-first-await', (rng) => {
    const [a, b, c, d] = several(rng, LABELS, 4)
    const f = rng.pick(['load', 'sync', 'save', 'init'])
    return predict({
      lines: true,
      code: `async function ${f}() {\n  console.log('${a}')\n  await null\n  console.log('${b}')\n}\nconsole.log('${c}')\n${f}()\nconsole.log('${d}')`,
      key: `${c} ${a} ${d} ${b}`,
      wrong: [
        [`${c} ${a} ${b} ${d}`, 'believes awaiting a value that is not a promise does not pause'],
        [
          `${c} ${d} ${a} ${b}`,
          'believes an async function’s body starts only after the caller finishes',
        ],
        [`${a} ${b} ${c} ${d}`, 'believes async functions run when they are declared'],
      ],
      combine: false,
    })
  }),
  family('promise-executor-is-synchronous', (rng) => {
    const [a, b, c, d] = several(rng, LABELS, 4)
    return predict({
      lines: true,
      code: `const p = new Promise((resolve) => {\n  console.log('${a}')\n  resolve('${b}')\n  console.log('${c}')\n})\np.then((v) => console.log(v))\nconsole.log('${d}')`,
      key: `${a} ${c} ${d} ${b}`,
      wrong: [
        [`${d} ${a} ${c} ${b}`, 'believes the executor runs later, as a then callback does'],
        [`${a} ${b} ${c} ${d}`, 'believes resolve runs the then callbacks at once'],
        [`${a} ${d} ${b}`, 'believes resolve returns from the executor, so later lines do not run'],
        [`${a} ${c} ${b} ${d}`, 'believes then callbacks on a settled promise run at once'],
        [
          `${a} ${d} ${c} ${b}`,
          'believes the lines after resolve are deferred until the script ends',
        ],
        [`${a} ${c} ${d}`, 'believes a then added after resolve has already missed the value'],
      ],
      combine: false,
    })
  }),
  family('foreach-async-does-not-wait', (rng) => {
    const xs = several(rng, [2, 3, 4, 5, 6, 7], 3)
    const sum = xs.reduce((s, x) => s + x, 0)
    const useFor = rng.next() < 0.5
    const loop = useFor
      ? `  for (const x of amounts) {\n    total += await wait(5, x)\n  }`
      : `  amounts.forEach(async (x) => {\n    total += await wait(5, x)\n  })`
    const code = `${delay}async function main() {\n  const amounts = [${xs.join(', ')}]\n  let total = 0\n${loop}\n  console.log(total)\n}\nmain()`
    return useFor
      ? predict({
          code,
          key: String(sum),
          wrong: [
            ['0', 'believes a for-of loop does not wait for an await in its body'],
            [String(xs[0]), 'believes the loop stops after its first await'],
            ['[object Promise]0', 'believes an awaited value stays a promise'],
            [throws('SyntaxError'), 'believes await is not allowed in the body of a for-of loop'],
            ['NaN', 'believes the total is undefined inside the loop body'],
          ],
        })
      : predict({
          code,
          key: '0',
          wrong: [
            [String(sum), 'believes forEach waits for each async callback to finish'],
            [String(xs[0]), 'believes forEach waits for the first callback only'],
            [String(xs[2]), 'believes the callbacks overwrite the total instead of adding'],
            [throws('SyntaxError'), 'believes await cannot be used inside a forEach callback'],
            ['NaN', 'believes the total is undefined inside the async callbacks'],
          ],
        })
  }),
  family('promise-all-keeps-input-order', (rng) => {
    const [a, b, c] = several(rng, ['north', 'south', 'east', 'west', 'hub', 'depot'], 3)
    const [da, db, dc] = rng.shuffle([5, 20, 40]) as [number, number, number]
    const order = [
      [a, da],
      [b, db],
      [c, dc],
    ] as const
    const byTime = [...order].sort((x, y) => x[1] - y[1]).map((x) => x[0])
    return predict({
      code: `${delay}Promise.all([wait(${da}, '${a}'), wait(${db}, '${b}'), wait(${dc}, '${c}')])\n  .then((names) => console.log(names.join(',')))`,
      key: `${a},${b},${c}`,
      wrong: [
        [byTime.join(','), 'believes Promise.all lists results in the order they settle'],
        [byTime[0]!, 'believes Promise.all gives only the first result to settle'],
        [byTime[2]!, 'believes Promise.all gives the last result to settle'],
      ],
    })
  }),
  family('promise-all-rejects-fast', (rng) => {
    const [a, b] = several(rng, ['prices', 'stock', 'users', 'rates', 'orders'], 2)
    const settled = rng.next() < 0.5
    const code = settled
      ? `const load = [Promise.resolve('${a}'), Promise.reject(new Error('${b} down'))]\nPromise.allSettled(load).then((rs) => console.log(rs.map((r) => r.status).join(',')))`
      : `const load = [Promise.resolve('${a}'), Promise.reject(new Error('${b} down'))]\nPromise.all(load)\n  .then((vs) => console.log(vs.join(',')))\n  .catch((e) => console.log(e.message))`
    return settled
      ? predict({
          code,
          key: 'fulfilled,rejected',
          wrong: [
            [`${b} down`, 'believes allSettled rejects on the first failure, as Promise.all does'],
            ['resolved,rejected', 'believes a fulfilled result’s status reads resolved'],
            ['fulfilled,fulfilled', 'believes allSettled turns a rejection into a fulfilment'],
            ['rejected,fulfilled', 'believes allSettled lists rejections first'],
            [`${a},${b} down`, 'believes allSettled gives the values and error messages'],
          ],
        })
      : predict({
          code,
          key: `${b} down`,
          wrong: [
            [`${a},`, 'believes Promise.all fills a failed slot with an empty value'],
            [`${a},Error: ${b} down`, 'believes Promise.all returns a rejection as a value'],
            [`${a}`, 'believes Promise.all drops the failed promise and keeps the rest'],
            [`Error: ${b} down`, 'believes catch receives the error as text with its class'],
            [`${a},undefined`, 'believes a failed promise gives undefined in its slot'],
          ],
        })
  }),
  family('race-and-any', (rng) => {
    const [fast, slow] = [rng.int(2, 8), rng.int(20, 40)]
    const [a, b] = several(rng, ['cache', 'primary', 'mirror', 'backup', 'edge'], 2)
    const useAny = rng.next() < 0.5
    const fail = `new Promise((_, no) => setTimeout(() => no(new Error('${a} failed')), ${fast}))`
    const code = `${delay}Promise.${useAny ? 'any' : 'race'}([${fail}, wait(${slow}, '${b}')])\n  .then((v) => console.log('ok ' + v))\n  .catch((e) => console.log('error ' + e.message))`
    return useAny
      ? predict({
          code,
          key: `ok ${b}`,
          wrong: [
            [
              `error ${a} failed`,
              'believes Promise.any settles with the first promise to settle, as race does',
            ],
            [
              `error All promises were rejected`,
              'believes Promise.any rejects when any promise rejects',
            ],
            [
              `ok undefined`,
              'believes Promise.any fulfils with the rejected promise’s missing value',
            ],
          ],
          combine: false,
        })
      : predict({
          code,
          key: `error ${a} failed`,
          wrong: [
            [`ok ${b}`, 'believes Promise.race waits for the first promise to fulfil'],
            [
              `error All promises were rejected`,
              'believes a race won by a rejection rejects with the AggregateError that any uses',
            ],
            [`ok undefined`, 'believes a rejection that wins the race is passed to then'],
          ],
          combine: false,
        })
  }),
  family('then-without-return', (rng) => {
    const n = rng.int(2, 20)
    const m = rng.int(2, 5)
    return predict({
      code: `Promise.resolve(${n})\n  .then((x) => { x * ${m} })\n  .then((x) => console.log(x))`,
      key: 'undefined',
      wrong: [
        [
          String(n * m),
          'believes an arrow function with a braced body returns its last expression',
        ],
        [String(n), 'believes a then callback that returns nothing passes its input on'],
        ['null', 'believes a callback without a return value passes null'],
        [throws('TypeError'), 'believes a then callback must return a value'],
        ['[object Promise]', 'believes the next then receives the promise itself'],
      ],
    })
  }),
  family('catch-recovers-the-chain', (rng) => {
    const [a, b] = several(rng, ['fallback', 'cached', 'default', 'offline'], 2)
    return predict({
      lines: true,
      code: `Promise.reject(new Error('timeout'))\n  .then(() => console.log('loaded'))\n  .catch((e) => '${a}')\n  .then((v) => console.log('then ' + v))\n  .finally(() => console.log('${b}'))`,
      key: `then ${a} ${b}`,
      wrong: [
        [`loaded then ${a} ${b}`, 'believes a then callback runs even when the promise rejected'],
        [b, 'believes the chain stays rejected after catch, skipping the next then'],
        [`then undefined ${b}`, 'believes catch passes nothing on to the next then'],
        [`then ${a}`, 'believes finally runs only when an error happened'],
        [`${b} then ${a}`, 'believes finally runs as soon as the error is caught'],
        [`then Error: timeout ${b}`, 'believes catch passes the error on, not its return value'],
        [`loaded ${b}`, 'believes then runs on a rejected promise and catch is then skipped'],
        [
          `loaded then undefined ${b}`,
          'believes a then callback runs on a rejection and passes nothing on',
        ],
      ],
      combine: false,
    })
  }),
  family('return-vs-return-await-in-try', (rng) => {
    const awaited = rng.next() < 0.5
    const [a, b] = several(rng, ['recovered', 'fallback', 'cached', 'retried'], 2)
    const code = `const fail = () => Promise.reject(new Error('${b}'))\nasync function load() {\n  try {\n    return ${awaited ? 'await ' : ''}fail()\n  } catch {\n    return '${a}'\n  }\n}\nload().then((v) => console.log('got ' + v), (e) => console.log('lost ' + e.message))`
    return awaited
      ? predict({
          code,
          key: `got ${a}`,
          wrong: [
            [`lost ${b}`, 'believes a try block cannot catch a rejected promise'],
            [`got ${b}`, 'believes await turns a rejection into its error as a value'],
            [`got undefined`, 'believes the catch block’s return is lost'],
          ],
        })
      : predict({
          code,
          key: `lost ${b}`,
          wrong: [
            [`got ${a}`, 'believes returning a promise inside try lets catch see its rejection'],
            [
              `got [object Promise]`,
              'believes an async function returns a returned promise as a value',
            ],
            [`got undefined`, 'believes a returned rejection resolves to undefined'],
          ],
        })
  }),
  family('finally-keeps-the-value', (rng) => {
    const n = rng.int(20, 400)
    const m = rng.int(2, 19)
    return predict({
      code: `Promise.resolve(${n})\n  .finally(() => ${m})\n  .then((v) => console.log(v))`,
      key: String(n),
      wrong: [
        [String(m), 'believes finally’s return value replaces the result'],
        ['undefined', 'believes finally passes nothing on'],
        [String(n + m), 'believes finally’s callback receives and changes the value'],
        [throws('TypeError'), 'believes a finally callback must pass the value on itself'],
      ],
    })
  }),
  family('two-chains-interleave', (rng) => {
    const [a, b, c, d] = several(rng, LABELS, 4)
    return predict({
      lines: true,
      code: `Promise.resolve()\n  .then(() => console.log('${a}'))\n  .then(() => console.log('${b}'))\nPromise.resolve()\n  .then(() => console.log('${c}'))\n  .then(() => console.log('${d}'))`,
      key: `${a} ${c} ${b} ${d}`,
      wrong: [
        [
          `${a} ${b} ${c} ${d}`,
          'believes a promise chain runs to its end before another chain starts',
        ],
        [`${c} ${d} ${a} ${b}`, 'believes the last chain made runs first'],
        [`${c} ${a} ${d} ${b}`, 'believes microtasks run newest first'],
      ],
      combine: false,
    })
  }),
  family('timer-delays-order', (rng) => {
    const [a, b, c, d] = several(rng, LABELS, 4)
    const [x, y] = [rng.int(20, 40), rng.int(1, 8)]
    return predict({
      lines: true,
      code: `setTimeout(() => console.log('${a}'), ${x})\nsetTimeout(() => {\n  console.log('${b}')\n  Promise.resolve().then(() => console.log('${c}'))\n}, ${y})\nsetTimeout(() => console.log('${d}'), ${y})`,
      key: `${b} ${c} ${d} ${a}`,
      wrong: [
        [`${a} ${b} ${c} ${d}`, 'believes timers run in the order set, whatever their delay'],
        [`${b} ${d} ${c} ${a}`, 'believes a promise callback waits until the due timers have run'],
        [
          `${b} ${d} ${a} ${c}`,
          'believes promise callbacks queued in a timer run after all timers',
        ],
        [`${d} ${b} ${c} ${a}`, 'believes timers of equal delay run last-set first'],
        [
          `${a} ${b} ${d} ${c}`,
          'believes timers run in the order set and promise callbacks after all timers',
        ],
        [
          `${c} ${b} ${d} ${a}`,
          'believes a promise callback made inside a timer runs before that timer’s own lines',
        ],
      ],
      combine: false,
    })
  }),
  family('async-returns-a-promise', (rng) => {
    const n = rng.int(2, 99)
    const f = rng.pick(['getTotal', 'fetchCount', 'readLimit'])
    return predict({
      code: `async function ${f}() {\n  return ${n}\n}\nconst v = ${f}()\nconsole.log(v === ${n}, v instanceof Promise, typeof v)`,
      key: 'false true object',
      wrong: [
        [
          'true false number',
          'believes an async function without await returns its value directly',
        ],
        ['false true promise', 'believes typeof reports promise for a promise'],
        [
          'false false function',
          'believes calling an async function returns a function to run later',
        ],
        ['true true object', 'believes a promise equals the value it resolves to'],
        ['false false object', 'believes an async function returns a plain wrapper object'],
      ],
      combine: false,
    })
  }),
  family('map-async-gives-promises', (rng) => {
    const xs = several(rng, [1, 2, 3, 4, 5, 6], 3)
    const m = rng.int(2, 5)
    const awaited = rng.next() < 0.5
    const code = `async function main() {\n  const doubled = ${awaited ? 'await Promise.all(' : ''}[${xs.join(', ')}].map(async (x) => x * ${m})${awaited ? ')' : ''}\n  console.log(doubled[0] === ${xs[0]! * m}, doubled.length)\n}\nmain()`
    return awaited
      ? predict({
          code,
          key: 'true 3',
          wrong: [
            ['false 3', 'believes Promise.all still gives promises, not their values'],
            ['true 1', 'believes Promise.all returns only the first value'],
            ['false 1', 'believes Promise.all gives one promise for the whole array'],
          ],
        })
      : predict({
          code,
          key: 'false 3',
          wrong: [
            ['true 3', 'believes map with an async callback gives the values'],
            ['false 1', 'believes map with an async callback gives one promise for the array'],
            ['true 1', 'believes map with an async callback waits and keeps only the first value'],
          ],
        })
  }),
  family('settled-promise-ignores-later-calls', (rng) => {
    const [a, b] = several(rng, ['paid', 'sent', 'saved', 'shipped', 'done'], 2)
    return predict({
      code: `new Promise((resolve, reject) => {\n  resolve('${a}')\n  reject(new Error('late'))\n  resolve('${b}')\n}).then((v) => console.log('ok ' + v), (e) => console.log('error ' + e.message))`,
      key: `ok ${a}`,
      wrong: [
        [`ok ${b}`, 'believes the last resolve call sets the value'],
        ['error late', 'believes a later reject overrides the resolve'],
        [throws('Error'), 'believes rejecting a settled promise throws'],
      ],
    })
  }),
  family('error-in-timer-escapes-try', (rng) => {
    const [a, b] = several(rng, ['caught', 'handled', 'logged'], 2)
    const msg = rng.pick(['bad row', 'no token', 'disk full'])
    return predict({
      lines: true,
      code: `try {\n  setTimeout(() => {\n    throw new Error('${msg}')\n  }, 0)\n  console.log('scheduled')\n} catch (e) {\n  console.log('${a}')\n}\nconsole.log('${b}')`,
      key: `scheduled ${b} ${throws('Error')}`,
      wrong: [
        [
          `scheduled ${a} ${b}`,
          'believes try catches errors thrown later in a callback it scheduled',
        ],
        [`${a} ${b}`, 'believes the callback throws before setTimeout returns'],
        [`scheduled ${b}`, 'believes an error in a timer callback is silently dropped'],
        [
          `scheduled ${a} ${b} ${throws('Error')}`,
          'believes catch runs and the error still escapes',
        ],
        [`scheduled ${b} ${a}`, 'believes catch runs later, when the callback throws'],
      ],
      combine: false,
    })
  }),
  family('queue-microtask-before-timer', (rng) => {
    const [a, b, c] = several(rng, LABELS, 3)
    return predict({
      lines: true,
      code: `setTimeout(() => console.log('${a}'), 0)\nqueueMicrotask(() => console.log('${b}'))\nconsole.log('${c}')`,
      key: `${c} ${b} ${a}`,
      wrong: [
        [`${a} ${b} ${c}`, 'believes callbacks run as soon as they are scheduled'],
        [`${c} ${a} ${b}`, 'believes a zero-delay timer runs before a microtask queued after it'],
        [`${b} ${c} ${a}`, 'believes queueMicrotask runs its callback at once'],
        [`${b} ${a} ${c}`, 'believes scheduled callbacks run before the rest of the script'],
        [
          `${a} ${c} ${b}`,
          'believes a zero-delay timer runs at once and a microtask after the script',
        ],
      ],
      combine: false,
    })
  }),
]
