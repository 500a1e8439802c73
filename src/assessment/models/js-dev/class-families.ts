import { family, type JsFamily, predict, several, throws } from './probe.js'

// Classes and errors follow ECMAScript 2024: Error.prototype.name is 'Error' unless a subclass
// sets its own (§20.5.3.3), a derived constructor must call super before using this (§10.2.1.3),
// finally runs after try and catch and its own return wins (§14.15.3), static methods live on
// the constructor (§15.7.14), Error takes a cause option (§20.5.1.1).

const ERRORS = ['ValidationError', 'QuotaError', 'ParseError', 'AuthError'] as const

/** Classes, prototypes and error handling. */
export const CLASS_FAMILIES: readonly JsFamily[] = [
  family('subclass-error-name', (rng) => {
    const cls = rng.pick(ERRORS)
    const msg = rng.pick(['bad email', 'over limit', 'bad token'])
    const setsName = rng.next() < 0.5
    const code = `class ${cls} extends Error {${setsName ? `\n  constructor(message) {\n    super(message)\n    this.name = '${cls}'\n  }\n` : ''}}\ntry {\n  throw new ${cls}('${msg}')\n} catch (e) {\n  console.log(e.name, e instanceof Error, e instanceof ${cls})\n}`
    return setsName
      ? predict({
          code,
          key: `${cls} true true`,
          wrong: [
            [`Error true true`, 'believes setting name in the constructor does not change it'],
            [`${cls} false true`, 'believes a subclass instance is not an instance of Error'],
            [`${cls} true false`, 'believes caught errors lose their class'],
          ],
        })
      : predict({
          code,
          key: 'Error true true',
          wrong: [
            [`${cls} true true`, 'believes an Error subclass takes its class name as its name'],
            [`Error false true`, 'believes a subclass instance is not an instance of Error'],
            [`Error true false`, 'believes caught errors lose their class'],
          ],
        })
  }),
  family('try-catch-finally-order', (rng) => {
    const [a, b, c, d] = several(rng, ['open', 'read', 'close', 'fail', 'done', 'log'], 4)
    const throwsInTry = rng.next() < 0.5
    const code = `function run() {\n  try {\n    console.log('${a}')\n    ${throwsInTry ? "throw new Error('x')" : `return '${d}'`}\n  } catch (e) {\n    console.log('${b}')\n    return '${d}'\n  } finally {\n    console.log('${c}')\n  }\n}\nconsole.log(run() ?? 'nothing')`
    return throwsInTry
      ? predict({
          lines: true,
          code,
          key: `${a} ${b} ${c} ${d}`,
          wrong: [
            [`${a} ${b} ${d}`, 'believes return in catch skips finally'],
            [
              `${a} ${b} ${d} ${c}`,
              'believes finally runs after the caller has the returned value',
            ],
            [`${a} ${c} ${b} ${d}`, 'believes finally runs before catch'],
            [`${a} ${b} ${c} nothing`, 'believes finally discards the value catch returned'],
            [`${a} ${c} ${d}`, 'believes catch is skipped when a finally block is present'],
            [`${b} ${c} ${d}`, 'believes the lines of try before the throw are discarded'],
            [`${a} ${c} ${b} nothing`, 'believes finally runs before catch and discards its value'],
          ],
          combine: false,
        })
      : predict({
          lines: true,
          code,
          key: `${a} ${c} ${d}`,
          wrong: [
            [`${a} ${d}`, 'believes return in try skips finally'],
            [`${a} ${d} ${c}`, 'believes finally runs after the caller has the returned value'],
            [`${a} ${b} ${c} ${d}`, 'believes catch runs whenever try returns early'],
            [`${a} ${c} nothing`, 'believes finally discards the value try returned'],
            [`${a} ${c}`, 'believes a return in try ends the script once finally has run'],
            [`${c} ${a} ${d}`, 'believes finally runs before the try block'],
            [`${a} ${b} ${d}`, 'believes an early return in try runs catch and skips finally'],
            [
              `${a} ${b} ${c} nothing`,
              'believes catch runs on an early return and its value is discarded',
            ],
          ],
          combine: false,
        })
  }),
  family('finally-return-overrides', (rng) => {
    const [a, b] = several(rng, ['saved', 'draft', 'cached', 'fresh', 'stale'], 2)
    const fromCatch = rng.next() < 0.5
    return predict({
      code: `function status() {\n  try {\n    ${fromCatch ? "throw new Error('disk')" : `return '${a}'`}\n  } catch (e) {\n    return e.message\n  } finally {\n    return '${b}'\n  }\n}\nconsole.log(status())`,
      key: b,
      wrong: [
        [fromCatch ? 'disk' : a, 'believes the first return reached is the one that counts'],
        [
          'undefined',
          'believes a return in finally cancels every return, so the call gives undefined',
        ],
        [throws('SyntaxError'), 'believes finally may not contain a return'],
        [
          throws('Error'),
          'believes a return in finally cannot stop an error or return already under way',
        ],
        ['null', 'believes a function with several returns gives null'],
      ],
    })
  }),
  family('super-before-this', (rng) => {
    const [base, child] = rng.pick([
      ['Shape', 'Square'],
      ['Account', 'Savings'],
      ['Vehicle', 'Van'],
    ] as const)
    const n = rng.int(2, 9)
    const first = rng.next() < 0.5
    const body = first ? `    this.size = ${n}\n    super()` : `    super()\n    this.size = ${n}`
    const code = `class ${base} {\n  constructor() {\n    this.kind = '${base.toLowerCase()}'\n  }\n}\nclass ${child} extends ${base} {\n  constructor() {\n${body}\n  }\n}\nconst s = new ${child}()\nconsole.log('kind:', s.kind ?? 'none', 'size:', s.size ?? 'none')`
    return first
      ? predict({
          code,
          key: throws('ReferenceError'),
          wrong: [
            [
              `kind: ${base.toLowerCase()} size: ${n}`,
              'believes this may be used before super is called',
            ],
            [
              `kind: none size: ${n}`,
              'believes skipping super first only leaves the parent’s fields unset',
            ],
            [throws('TypeError'), 'believes using this too early is a type error'],
            [
              `kind: ${base.toLowerCase()} size: none`,
              'believes the field set before super is overwritten by the parent',
            ],
            [
              throws('SyntaxError'),
              'believes this before super is rejected when the class is parsed',
            ],
            [
              `kind: ${child.toLowerCase()} size: ${n}`,
              'believes this may be used before super, and kind takes the subclass name',
            ],
          ],
        })
      : predict({
          code,
          key: `kind: ${base.toLowerCase()} size: ${n}`,
          wrong: [
            [`kind: none size: ${n}`, 'believes super must be given the fields it sets'],
            [throws('ReferenceError'), 'believes a derived class may not set fields of its own'],
            [
              `kind: ${base.toLowerCase()} size: none`,
              'believes the parent constructor replaces the child’s object',
            ],
            [
              'kind: none size: none',
              'believes a derived constructor starts from an empty object the parent never fills',
            ],
            [throws('TypeError'), 'believes super must be called with new'],
          ],
        })
  }),
  family('static-method-on-instance', (rng) => {
    const [cls, m] = rng.pick([
      ['Money', 'fromCents'],
      ['Slug', 'fromTitle'],
      ['Point', 'origin'],
    ] as const)
    const onInstance = rng.next() < 0.5
    const code = `class ${cls} {\n  static ${m}() {\n    return 'made'\n  }\n}\nconst x = new ${cls}()\nconsole.log(${onInstance ? `x.${m}()` : `${cls}.${m}()`}, typeof x.${m})`
    return onInstance
      ? predict({
          code,
          key: throws('TypeError'),
          wrong: [
            ['made function', 'believes an instance can call a static method'],
            ['undefined undefined', 'believes calling a missing method gives undefined'],
            [throws('ReferenceError'), 'believes a missing method is an undeclared name'],
          ],
        })
      : predict({
          code,
          key: 'made undefined',
          wrong: [
            ['made function', 'believes static methods are also on instances'],
            [throws('TypeError'), 'believes a static method needs an instance to run'],
            ['undefined undefined', 'believes a static method is called only through new'],
          ],
        })
  }),
  family('throw-a-string', (rng) => {
    const msg = rng.pick(['not found', 'denied', 'timeout'])
    return predict({
      code: `try {\n  throw '${msg}'\n} catch (e) {\n  console.log(typeof e, e.message, e instanceof Error)\n}`,
      key: 'string undefined false',
      wrong: [
        [`object ${msg} true`, 'believes throw wraps a string in an Error'],
        [`string ${msg} false`, 'believes a thrown string has a message property'],
        ['object undefined false', 'believes typeof reports a thrown value as object'],
        [`string ${msg} true`, 'believes anything thrown becomes an Error with a message'],
        ['string undefined true', 'believes instanceof Error is true for anything thrown'],
        ['undefined undefined false', 'believes catch receives nothing when a string is thrown'],
        [throws('TypeError'), 'believes only Error objects may be thrown'],
      ],
      combine: false,
    })
  }),
  family('json-parse-errors', (rng) => {
    const bad = rng.pick(["{'a': 1}", '{"a": 1,}', '{a: 1}'])
    const fallback = rng.pick(['{}', 'null'])
    return predict({
      code: `function parse(text) {\n  try {\n    return JSON.parse(text)\n  } catch (e) {\n    console.log(e.name)\n    return ${fallback}\n  }\n}\nconsole.log(JSON.stringify(parse(\`${bad}\`)))`,
      lines: true,
      key: `SyntaxError ${fallback}`,
      wrong: [
        [`{"a":1}`, 'believes JSON.parse accepts JavaScript object syntax'],
        [`TypeError ${fallback}`, 'believes bad JSON raises a TypeError'],
        [`JSONError ${fallback}`, 'believes JSON.parse throws an error class of its own'],
        [`Error ${fallback}`, 'believes JSON.parse throws a plain Error'],
        ['undefined', 'believes JSON.parse returns undefined for bad input instead of throwing'],
        [
          `ReferenceError ${fallback}`,
          'believes an unquoted or single-quoted key is read as an undeclared variable',
        ],
      ],
      combine: false,
    })
  }),
  family('error-cause-chain', (rng) => {
    const [outer, inner] = rng.pick([
      ['Could not save order', 'disk full'],
      ['Import failed', 'bad header'],
      ['Sync failed', 'token expired'],
    ] as const)
    return predict({
      code: `try {\n  try {\n    throw new Error('${inner}')\n  } catch (err) {\n    throw new Error('${outer}', { cause: err })\n  }\n} catch (e) {\n  console.log(e.message + ' / ' + e.cause?.message)\n}`,
      key: `${outer} / ${inner}`,
      wrong: [
        [`${outer} / undefined`, 'believes Error ignores a cause option'],
        [`${inner} / undefined`, 'believes the inner error escapes the inner catch'],
        [`${outer}: ${inner} / ${inner}`, 'believes the cause’s message is added to the message'],
        [`${outer} / ${outer}`, 'believes cause points back at the error itself'],
        [
          `${inner} / ${outer}`,
          'believes the first error thrown keeps the message and the new one becomes its cause',
        ],
      ],
      combine: false,
    })
  }),
  family('private-field-access', (rng) => {
    const [cls, f] = rng.pick([
      ['Account', 'balance'],
      ['Token', 'secret'],
      ['Meter', 'reading'],
    ] as const)
    const n = rng.int(10, 99)
    return predict({
      code: `class ${cls} {\n  #${f} = ${n}\n  get ${f}Shown() {\n    return this.#${f}\n  }\n}\nconst a = new ${cls}()\na.${f} = 0\nconsole.log(a.${f}Shown, a.${f}, Object.keys(a).length)`,
      key: `${n} 0 1`,
      wrong: [
        [`0 0 1`, `believes a.${f} writes the private field`],
        [`${n} ${n} 0`, 'believes a private field is also readable as a public property'],
        [`${n} 0 2`, 'believes private fields are listed by Object.keys'],
      ],
    })
  }),
  family('getter-setter-validation', (rng) => {
    const [cls, f] = rng.pick([
      ['Product', 'price'],
      ['Order', 'qty'],
      ['Room', 'capacity'],
    ] as const)
    const [n, bad] = [rng.int(2, 50), -rng.int(1, 9)]
    return predict({
      code: `class ${cls} {\n  #${f} = 0\n  set ${f}(v) {\n    if (v < 0) return\n    this.#${f} = v\n  }\n  get ${f}() {\n    return this.#${f}\n  }\n}\nconst p = new ${cls}()\np.${f} = ${n}\np.${f} = ${bad}\nconsole.log(p.${f})`,
      key: String(n),
      wrong: [
        [String(bad), 'believes a setter’s early return still stores the value'],
        ['0', 'believes a setter’s early return resets the field'],
        [
          throws('RangeError'),
          'believes returning from a setter rejects the assignment with an error',
        ],
      ],
    })
  }),
  family('prototype-method-shared', (rng) => {
    const [cls, m] = rng.pick([
      ['Invoice', 'total'],
      ['Basket', 'count'],
      ['Report', 'render'],
    ] as const)
    const arrow = rng.next() < 0.5
    const def = arrow ? `  ${m} = () => 1\n` : `  ${m}() {\n    return 1\n  }\n`
    const code = `class ${cls} {\n${def}}\nconst a = new ${cls}()\nconst b = new ${cls}()\nconsole.log(a.${m} === b.${m}, Object.keys(a).length)`
    return arrow
      ? predict({
          code,
          key: 'false 1',
          wrong: [
            ['true 0', 'believes an arrow class field is a method on the prototype'],
            ['true 1', 'believes instances share one arrow function stored on each'],
            ['false 0', 'believes class fields are not own properties'],
          ],
        })
      : predict({
          code,
          key: 'true 0',
          wrong: [
            ['false 1', 'believes each instance gets its own copy of a method'],
            ['false 0', 'believes each instance gets a fresh method not listed as a key'],
            ['true 1', 'believes methods are listed among an instance’s own keys'],
          ],
        })
  }),
  family('instanceof-after-json', (rng) => {
    const [cls, f] = rng.pick([
      ['Customer', 'email'],
      ['Ticket', 'code'],
      ['Invoice', 'number'],
    ] as const)
    const v = rng.pick(['a@b.io', 'X-12', 'INV-7'])
    return predict({
      code: `class ${cls} {\n  constructor(${f}) {\n    this.${f} = ${f}\n  }\n  label() {\n    return '#' + this.${f}\n  }\n}\nconst saved = JSON.stringify(new ${cls}('${v}'))\nconst back = JSON.parse(saved)\nconsole.log(back instanceof ${cls}, typeof back.label, back.${f})`,
      key: `false undefined ${v}`,
      wrong: [
        [`true function ${v}`, 'believes JSON.parse restores the class of the object saved'],
        [`false function ${v}`, 'believes JSON keeps methods as functions'],
        [`false undefined undefined`, 'believes JSON.stringify skips fields set in a constructor'],
        [`true undefined ${v}`, 'believes JSON.parse restores the class but not its methods'],
      ],
      combine: false,
    })
  }),
]
