import { family, type JsFamily, predict, several, throws } from './probe.js'

// Scoping follows ECMAScript 2024: var is function-scoped and hoisted as undefined (§14.3.2),
// let/const are block-scoped with a temporal dead zone (§14.3.1), a for-let loop copies its
// binding per iteration (CreatePerIterationEnvironment, §14.7.4.4), class bodies are strict
// code (§11.2.2), arrow functions take this from their surrounding scope (§15.3).

const list = (xs: readonly number[]): string => xs.join(' ')

/** Scope, hoisting, closures and this. */
export const SCOPE_FAMILIES: readonly JsFamily[] = [
  family('var-vs-let-loop-timers', (rng) => {
    const n = rng.int(3, 4)
    const k = rng.int(1, 5)
    const decl = rng.pick(['var', 'let'] as const)
    const each = Array.from({ length: n }, (_, i) => i * k)
    const past = Array.from({ length: n }, () => n * k)
    const last = Array.from({ length: n }, () => (n - 1) * k)
    const code = `for (${decl} i = 0; i < ${n}; i++) {\n  setTimeout(() => console.log(i * ${k}), 0)\n}`
    return decl === 'var'
      ? predict({
          lines: true,
          code,
          key: list(past),
          wrong: [
            [list(each), 'believes each timer callback keeps the value var had when it was made'],
            [list(last), 'believes the loop variable stops at its last value inside the bound'],
            [list([...each].reverse()), 'believes zero-delay timers run last-scheduled first'],
          ],
        })
      : predict({
          lines: true,
          code,
          key: list(each),
          wrong: [
            [list(past), 'believes a let loop variable is one binding shared by every callback'],
            [list(last), 'believes the callbacks see the last value the loop body used'],
            [list([...each].reverse()), 'believes zero-delay timers run last-scheduled first'],
          ],
        })
  }),
  family('tdz-vs-var-hoisting', (rng) => {
    const v = rng.pick(['rate', 'limit', 'total', 'config'])
    const n = rng.int(2, 99)
    const decl = rng.pick(['var', 'let', 'const'] as const)
    const code = `console.log(${v})\n${decl} ${v} = ${n}`
    return decl === 'var'
      ? predict({
          code,
          key: 'undefined',
          wrong: [
            [String(n), 'believes hoisting moves the assignment up with the declaration'],
            [throws('ReferenceError'), 'believes a var cannot be read before its line'],
            [throws('TypeError'), 'believes reading a var before its assignment is a type error'],
            ['0', 'believes a hoisted var starts as 0'],
            ['null', 'believes a hoisted var starts as null'],
          ],
        })
      : predict({
          code,
          key: throws('ReferenceError'),
          wrong: [
            ['undefined', `believes ${decl} is hoisted and starts as undefined, as var is`],
            [String(n), 'believes hoisting moves the assignment up with the declaration'],
            [throws('TypeError'), 'believes reading before the declaration is a type error'],
            ['null', `believes a ${decl} variable starts as null before its line`],
            [
              throws('SyntaxError'),
              'believes using a name above its declaration is rejected when the script is parsed',
            ],
          ],
        })
  }),
  family('function-declaration-vs-expression', (rng) => {
    const f = rng.pick(['formatPrice', 'loadUser', 'saveDraft', 'sendMail'])
    const form = rng.pick(['declaration', 'var', 'const'] as const)
    const n = rng.int(2, 9)
    const def =
      form === 'declaration'
        ? `function ${f}() {\n  return ${n}\n}`
        : `${form} ${f} = function () {\n  return ${n}\n}`
    const code = `console.log(${f}())\n${def}`
    if (form === 'declaration')
      return predict({
        code,
        key: String(n),
        wrong: [
          [throws('ReferenceError'), 'believes a function must be declared before it is called'],
          [throws('TypeError'), 'believes a declared function is undefined until its line runs'],
          ['undefined', 'believes the hoisted function has no body until its line'],
        ],
      })
    return form === 'var'
      ? predict({
          code,
          key: throws('TypeError'),
          wrong: [
            [String(n), 'believes a function expression is hoisted as a declaration is'],
            [throws('ReferenceError'), 'believes the var name is in a dead zone before its line'],
            ['undefined', 'believes calling undefined returns undefined'],
          ],
        })
      : predict({
          code,
          key: throws('ReferenceError'),
          wrong: [
            [String(n), 'believes a function expression is hoisted as a declaration is'],
            [throws('TypeError'), 'believes a const name is undefined before its line, as var is'],
            ['undefined', 'believes calling undefined returns undefined'],
          ],
        })
  }),
  family('var-shadowed-in-function', (rng) => {
    const v = rng.pick(['status', 'mode', 'level', 'theme'])
    const [a, b] = several(rng, ['draft', 'live', 'dark', 'light', 'debug', 'quiet'], 2)
    return predict({
      lines: true,
      code: `var ${v} = '${a}'\nfunction show() {\n  console.log(${v})\n  var ${v} = '${b}'\n  console.log(${v})\n}\nshow()\nconsole.log(${v})`,
      key: `undefined ${b} ${a}`,
      wrong: [
        [`${a} ${b} ${a}`, 'believes the outer variable is read until the inner var line runs'],
        [`${a} ${b} ${b}`, 'believes var inside a function assigns the outer variable'],
        [`undefined ${b} ${b}`, 'believes the hoisted var is shared with the outer scope'],
        [`${throws('ReferenceError')}`, 'believes the inner var is in a dead zone before its line'],
      ],
    })
  }),
  family('block-scoped-let-shadow', (rng) => {
    const v = rng.pick(['count', 'price', 'step', 'score'])
    const [a, b] = several(rng, [1, 5, 10, 20, 50], 2)
    const inner = rng.pick(['let', 'const'] as const)
    return predict({
      lines: true,
      code: `let ${v} = ${a}\nif (true) {\n  ${inner} ${v} = ${b}\n  console.log(${v})\n}\nconsole.log(${v})`,
      key: `${b} ${a}`,
      wrong: [
        [`${b} ${b}`, `believes ${inner} inside an if block changes the variable outside it`],
        [throws('SyntaxError'), 'believes a name cannot be declared again in an inner block'],
        [`${a} ${a}`, 'believes an if block reads the outer variable, ignoring its own'],
      ],
    })
  }),
  family('closure-counters-independent', (rng) => {
    const [x, y] = several(rng, [0, 10, 20, 100, 50], 2)
    const s = rng.int(2, 5)
    return predict({
      code: `function makeCounter(start) {\n  let count = start\n  return () => {\n    count += ${s}\n    return count\n  }\n}\nconst a = makeCounter(${x})\nconst b = makeCounter(${y})\na()\na()\nb()\nconsole.log(a(), b())`,
      key: `${x + 3 * s} ${y + 2 * s}`,
      wrong: [
        [`${x + s} ${y + s}`, 'believes the count goes back to its start on every call'],
        [`${y + 4 * s} ${y + 5 * s}`, 'believes every counter shares one count'],
        [`${x + 2 * s} ${y + s}`, 'believes each call returns the count from before it adds'],
      ],
    })
  }),
  family('closure-reads-variable-not-value', (rng) => {
    const v = rng.pick(['rate', 'tax', 'fee', 'factor'])
    const [a, b] = several(rng, [12, 15, 20, 25], 2)
    const n = rng.int(4, 9)
    return predict({
      code: `let ${v} = ${a}\nconst apply = (x) => x * ${v}\n${v} = ${b}\nconsole.log(apply(${n}))`,
      key: String(n * b),
      wrong: [
        [String(n * a), 'believes an arrow function captures the value its variable had when made'],
        [throws('TypeError'), 'believes a variable a closure uses cannot be reassigned'],
        ['NaN', 'believes the closure cannot see a variable declared outside it'],
        ['undefined', 'believes an arrow function returns nothing without a return statement'],
      ],
    })
  }),
  family('default-parameter-fresh-each-call', (rng) => {
    const [w1, w2] = several(rng, ['red', 'blue', 'green', 'gold', 'grey'], 2)
    return predict({
      code: `function addTag(tag, tags = []) {\n  tags.push(tag)\n  return tags\n}\naddTag('${w1}')\nconsole.log(addTag('${w2}').length)`,
      key: '1',
      wrong: [
        ['2', 'carries over from Python that a default array is made once and shared by calls'],
        ['0', 'believes push returns a new array, leaving the default empty'],
        [throws('TypeError'), 'believes a default parameter is read-only'],
      ],
    })
  }),
  family('extracted-method-loses-this', (rng) => {
    const [cls, field, m] = rng.pick([
      ['Cart', 'items', 'count'],
      ['Queue', 'jobs', 'size'],
      ['Inbox', 'messages', 'unread'],
    ] as const)
    const n = rng.int(2, 6)
    const bound = rng.next() < 0.5
    const code = `class ${cls} {\n  ${field} = [${Array.from({ length: n }, (_, i) => i + 1).join(', ')}]\n  ${m}() {\n    return this.${field}.length\n  }\n}\nconst box = new ${cls}()\nconst ${m} = ${bound ? `box.${m}.bind(box)` : `box.${m}`}\nconsole.log(${m}())`
    return bound
      ? predict({
          code,
          key: String(n),
          wrong: [
            [throws('TypeError'), 'believes bind cannot fix this for a class method'],
            ['undefined', 'believes bind leaves this unset, so the field reads as undefined'],
            ['0', 'believes bind makes a fresh instance with empty fields'],
          ],
        })
      : predict({
          code,
          key: throws('TypeError'),
          wrong: [
            [String(n), 'believes a method remembers the object it was read from'],
            [
              'undefined',
              'believes a method called on its own reads the missing field as undefined, not an error',
            ],
            [throws('ReferenceError'), 'believes a missing this is an undeclared variable'],
          ],
        })
  }),
  family('arrow-vs-function-callback-this', (rng) => {
    const [a, b, c] = several(rng, [2, 3, 5, 7, 11], 3)
    const arrow = rng.next() < 0.5
    const cb = arrow
      ? '(x) => {\n      this.total += x\n    }'
      : 'function (x) {\n      this.total += x\n    }'
    const code = `class Tally {\n  total = 0\n  addAll(xs) {\n    xs.forEach(${cb})\n    return this.total\n  }\n}\nconsole.log(new Tally().addAll([${a}, ${b}, ${c}]))`
    return arrow
      ? predict({
          code,
          key: String(a + b + c),
          wrong: [
            [throws('TypeError'), 'believes an arrow callback gets its own undefined this'],
            ['0', 'believes the callback adds to a copy of the field'],
            [
              'NaN',
              'believes the field is not yet set when the callback runs, so each addition is NaN',
            ],
          ],
        })
      : predict({
          code,
          key: throws('TypeError'),
          wrong: [
            [String(a + b + c), 'believes a function callback shares the method’s this'],
            ['0', 'believes the callback adds to the global object and leaves the field'],
            [
              'NaN',
              'believes the field is not yet set when the callback runs, so each addition is NaN',
            ],
          ],
        })
  }),
  family('bind-is-final', (rng) => {
    const [a, b] = several(rng, ['Ana', 'Ben', 'Chloe', 'Dev', 'Eve'], 2)
    return predict({
      code: `function greet() {\n  return 'Hi ' + this.name\n}\nconst first = greet.bind({ name: '${a}' })\nconst second = first.bind({ name: '${b}' })\nconsole.log(second(), first.call({ name: '${b}' }))`,
      key: `Hi ${a} Hi ${a}`,
      wrong: [
        [`Hi ${b} Hi ${b}`, 'believes a later bind or call replaces the bound this'],
        [`Hi ${b} Hi ${a}`, 'believes binding again replaces the first bind'],
        [`Hi ${a} Hi ${b}`, 'believes call overrides a bound this'],
        ['Hi undefined Hi undefined', 'believes bind on a bound function clears this'],
        [`Hi ${a} Hi undefined`, 'believes call on a bound function drops this'],
      ],
      combine: false,
    })
  }),
  family('const-object-mutable', (rng) => {
    const [obj, key] = rng.pick([
      ['config', 'retries'],
      ['cart', 'count'],
      ['stats', 'hits'],
    ] as const)
    const n = rng.int(1, 9)
    const reassign = rng.next() < 0.5
    const code = reassign
      ? `const ${obj} = { ${key}: ${n} }\n${obj}.${key}++\nconsole.log(${obj}.${key})\n${obj} = { ${key}: 0 }\nconsole.log(${obj}.${key})`
      : `const ${obj} = { ${key}: ${n} }\n${obj}.${key}++\n${obj}.extra = true\nconsole.log(${obj}.${key}, Object.keys(${obj}).length)`
    return reassign
      ? predict({
          lines: true,
          code,
          key: `${n + 1} ${throws('TypeError')}`,
          wrong: [
            [throws('TypeError'), 'believes const makes the object’s properties read-only'],
            [`${n + 1} 0`, 'believes a const name can be given a new object'],
            [`${n + 1} ${n + 1}`, 'believes reassigning a const is silently ignored'],
          ],
          combine: false,
        })
      : predict({
          code,
          key: `${n + 1} 2`,
          wrong: [
            [throws('TypeError'), 'believes const makes the object’s properties read-only'],
            [`${n} 1`, 'believes changes to a const object are silently ignored'],
            [
              `${n + 1} 1`,
              'believes const lets existing properties change but not new ones be added',
            ],
          ],
        })
  }),
  family('loop-variable-declared-outside', (rng) => {
    const n = rng.int(3, 4)
    const inside = rng.next() < 0.5
    const code = inside
      ? `const fns = []\nfor (let i = 0; i < ${n}; i++) {\n  fns.push(() => i)\n}\nconsole.log(fns.map((f) => f()).join(','))`
      : `const fns = []\nlet i\nfor (i = 0; i < ${n}; i++) {\n  fns.push(() => i)\n}\nconsole.log(fns.map((f) => f()).join(','))`
    const each = Array.from({ length: n }, (_, i) => i).join(',')
    const past = Array.from({ length: n }, () => n).join(',')
    const last = Array.from({ length: n }, () => n - 1).join(',')
    return predict({
      code,
      key: inside ? each : past,
      wrong: inside
        ? [
            [past, 'believes every closure shares one loop variable'],
            [last, 'believes the closures see the last value the body used'],
            [
              Array.from({ length: n }, (_, i) => i + 1).join(','),
              'believes i is incremented before the body runs',
            ],
          ]
        : [
            [each, 'believes any for loop gives each iteration its own copy of a let variable'],
            [last, 'believes the closures see the last value the body used'],
            [
              Array.from({ length: n }, (_, i) => i + 1).join(','),
              'believes i is incremented before the body runs',
            ],
          ],
    })
  }),
  family('private-state-via-closure', (rng) => {
    const n = rng.int(2, 9)
    const d = rng.int(1, 4)
    return predict({
      code: `'use strict'\nfunction createWallet(balance) {\n  return {\n    spend(x) { balance -= x },\n    get balance() { return balance },\n  }\n}\nconst w = createWallet(${n * 10})\nw.spend(${d})\nw.balance = 0\nconsole.log(w.balance)`,
      key: throws('TypeError'),
      wrong: [
        ['0', 'believes assigning to a getter-only property replaces its value'],
        [
          String(n * 10 - d),
          'believes assigning to a getter-only property is ignored in strict mode too',
        ],
        [String(n * 10), 'believes the method changes a copy of the parameter'],
        [
          throws('ReferenceError'),
          'believes balance is out of scope once createWallet has returned',
        ],
        ['undefined', 'believes assigning to a getter-only property deletes the getter'],
      ],
    })
  }),
  family('arrow-in-object-literal-this', (rng) => {
    const [obj, label] = rng.pick([
      ['shop', 'Corner'],
      ['team', 'Blue'],
      ['site', 'Main'],
    ] as const)
    return predict({
      code: `'use strict'\nconst ${obj} = {\n  label: '${label}',\n  title: () => this.label,\n  heading() { return this.label },\n}\nconsole.log(${obj}.title(), ${obj}.heading())`,
      key: `undefined ${label}`,
      wrong: [
        [
          `${label} ${label}`,
          'believes an arrow function in an object literal takes the object as this',
        ],
        [
          `${throws('TypeError')}`,
          'believes this at the top of a script is undefined, so reading label throws',
        ],
        [`undefined undefined`, 'believes method shorthand binds this as arrows do'],
        [`${label} undefined`, 'believes arrows take the object as this and methods do not'],
        [throws('ReferenceError'), 'believes this outside a function is an undeclared name'],
      ],
    })
  }),
]
