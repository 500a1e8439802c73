import { VariantError } from '../assemble-variant.js'
import { family, type PyFamily, predict, raises, several, WORDS } from './probe.js'

const q = (x: string): string => `'${x}'`
const strs = (xs: readonly string[]): string => `[${xs.map(q).join(', ')}]`
const nums = (xs: readonly number[]): string => `[${xs.join(', ')}]`

/**
 * Functions as a maintainer reads them: parameters and defaults, *args and **kwargs,
 * generators and their laziness, decorators, and the built-ins that take functions.
 */
export const FUNCTION_FAMILIES: readonly PyFamily[] = [
  family('mutable-default-shared', (rng) => {
    const [a, b, c] = several(rng, WORDS, 3)
    return predict({
      code: `def add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags\n\nfirst = add_tag('${a}')\nother = add_tag('${b}', [])\nsecond = add_tag('${c}')\nprint(first, second)`,
      key: `${strs([a, c])} ${strs([a, c])}`,
      wrong: [
        [`${strs([a])} ${strs([c])}`, 'believes a default list is made afresh at every call'],
        [
          `${strs([a])} ${strs([a, c])}`,
          'believes a returned list keeps the value it had when returned',
        ],
        [
          `${strs([a, b, c])} ${strs([a, b, c])}`,
          'believes a list passed in replaces the default for later calls',
        ],
      ],
    })
  }),
  family('star-args-and-kwargs', (rng) => {
    const [x, y, z] = several(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], 3)
    const k = rng.pick(['retries', 'timeout', 'verbose', 'limit'])
    const v = rng.int(10, 30)
    return predict({
      code: `def call(first, *args, **kwargs):\n    print(first, args, kwargs)\n\ncall(${x}, ${y}, ${z}, ${k}=${v})`,
      key: `${x} (${y}, ${z}) {'${k}': ${v}}`,
      wrong: [
        [`${x} [${y}, ${z}] {'${k}': ${v}}`, 'believes *args collects a list'],
        [`${x} (${y}, ${z}, ${v}) {}`, 'believes keyword arguments join *args'],
        [
          `(${x}, ${y}, ${z}) () {'${k}': ${v}}`,
          'believes *args also takes the first positional argument',
        ],
        [`${x} (${y}, ${z}) [('${k}', ${v})]`, 'believes **kwargs collects a list of pairs'],
      ],
    })
  }),
  family('keyword-arguments-by-name', (rng) => {
    const net = rng.pick([80, 120, 150, 200, 250])
    const pct = rng.pick([10, 20, 25])
    const fee = rng.int(2, 9)
    const f = (n: number, p: number, e = 0) => n + Math.floor((n * p) / 100) + e
    if (f(pct, net) === f(net, pct)) throw new VariantError('swap makes no difference')
    return predict({
      code: `def total(net, pct, fee=0):\n    return net + net * pct // 100 + fee\n\nprint(total(pct=${pct}, net=${net}), total(${net}, ${pct}, ${fee}))`,
      key: `${f(net, pct)} ${f(net, pct, fee)}`,
      wrong: [
        [
          `${f(pct, net)} ${f(net, pct, fee)}`,
          'believes keyword arguments are taken in the order written',
        ],
        [raises('TypeError'), 'believes keyword arguments must follow the parameter order'],
        [
          raises('SyntaxError'),
          'believes keywords out of parameter order are a syntax error, as positionals after them are',
        ],
        [
          `${f(net, pct)} ${f(net, pct)}`,
          'believes a parameter with a default cannot be given by position',
        ],
        [
          `${f(net, pct, fee)} ${f(net, pct, fee)}`,
          'believes a default keeps the last value passed',
        ],
        [
          `${f(net, pct) + fee} ${f(net, pct, fee)}`,
          'believes a default takes the value passed in another call',
        ],
      ],
      apart: [['cannot be given by position', 'keeps the last value passed']],
    })
  }),
  family('generator-used-twice', (rng) => {
    const xs = several(rng, [1, 2, 3, 4, 5, 6], 3)
    const s = xs.reduce((a, b) => a + b * b, 0)
    const v = rng.pick(['squares', 'costs', 'sizes'])
    return predict({
      code: `${v} = (x * x for x in ${nums(xs)})\nprint(sum(${v}), sum(${v}))`,
      key: `${s} 0`,
      wrong: [
        [`${s} ${s}`, 'believes a generator can be iterated again'],
        [raises('StopIteration'), 'believes summing a spent generator raises'],
        [`${s} None`, 'believes a spent generator sums to None'],
        [`${s} ${s * 2}`, 'believes the second sum adds to the first'],
        ['0 0', 'believes a generator gives nothing until it is turned into a list'],
        [
          `0 ${s}`,
          'believes the first call only starts the generator and the second does the work',
        ],
      ],
      apart: [['adds to the first', 'gives nothing until']],
    })
  }),
  family('generator-body-runs-lazily', (rng) => {
    const [a, b] = rng.pick([
      ['start', 'middle'],
      ['open', 'read'],
      ['connect', 'fetch'],
    ] as const)
    const made = rng.pick(['made', 'ready', 'created'])
    const v = rng.int(1, 9)
    return predict({
      code: `def steps():\n    print('${a}')\n    yield ${v}\n    print('${b}')\n    yield ${v + 1}\n\ngen = steps()\nprint('${made}')\nprint(next(gen))`,
      lines: true,
      key: `${made} ${a} ${v}`,
      wrong: [
        [`${made} ${a} ${v} ${b}`, 'believes next runs on to the following yield'],
        [
          `${a} ${made} ${v}`,
          'believes calling a generator function runs its body up to the first yield',
        ],
        [`${a} ${b} ${made} ${v}`, 'believes calling a generator function runs the whole body'],
        [`${made} ${v}`, 'believes print calls inside a generator are skipped'],
        [
          `${made} ${a} ${b} ${v}`,
          'believes next runs the body to its end before returning the first value',
        ],
        [`${made} ${a} ${v} ${b} ${v + 1}`, 'believes next runs the whole generator'],
      ],
    })
  }),
  family('stacked-decorators-order', (rng) => {
    const [o, i] = several(rng, ['b', 'i', 'em', 'u', 'p', 'li'], 2)
    const w = rng.pick(['hi', 'ok', 'sale', 'new'])
    return predict({
      code: `def tag(name):\n    def wrap(func):\n        def inner():\n            return f'<{name}>' + func() + f'</{name}>'\n        return inner\n    return wrap\n\n@tag('${o}')\n@tag('${i}')\ndef label():\n    return '${w}'\n\nprint(label())`,
      key: `<${o}><${i}>${w}</${i}></${o}>`,
      wrong: [
        [
          `<${i}><${o}>${w}</${o}></${i}>`,
          'believes the lowest decorator is applied last, so it is outermost',
        ],
        [`<${o}>${w}</${o}>`, 'believes only the top decorator applies'],
        [`<${i}>${w}</${i}>`, 'believes only the decorator next to the function applies'],
        [
          `<${o}><${i}>${w}</${o}></${i}>`,
          'believes each decorator closes its tag in the order it was opened',
        ],
      ],
    })
  }),
  family('decorator-name-with-and-without-wraps', (rng) => {
    const fn = rng.pick(['load_orders', 'send_mail', 'resize', 'export_csv'])
    const inner = rng.pick(['wrapper', 'inner', 'timed'])
    const wraps = rng.next() < 0.5
    const code = `import functools\n\ndef logged(func):\n${wraps ? '    @functools.wraps(func)\n' : ''}    def ${inner}(*args, **kwargs):\n        return func(*args, **kwargs)\n    return ${inner}\n\n@logged\ndef ${fn}():\n    pass\n\nprint(${fn}.__name__)`
    return wraps
      ? predict({
          code,
          key: fn,
          wrong: [
            [inner, 'believes functools.wraps only copies the docstring'],
            ['logged', 'believes a decorated function takes the decorator’s name'],
            [`logged.<locals>.${inner}`, 'confuses __name__ with __qualname__'],
          ],
        })
      : predict({
          code,
          key: inner,
          wrong: [
            [fn, 'believes a decorator keeps the function’s name without functools.wraps'],
            ['logged', 'believes a decorated function takes the decorator’s name'],
            [`logged.<locals>.${inner}`, 'confuses __name__ with __qualname__'],
          ],
        })
  }),
  family('sort-key-tuple-descending', (rng) => {
    const names = several(rng, ['Ana', 'Ben', 'Cai', 'Dee', 'Eva'], 4)
    const hi = rng.int(7, 9)
    const lo = rng.int(3, 5)
    const scores = rng.shuffle([hi, hi, lo, lo])
    const people = names.map((n, i) => [n, scores[i]!] as const)
    const order = (cmp: (a: readonly [string, number], b: readonly [string, number]) => number) =>
      strs([...people].sort(cmp).map((p) => p[0]))
    const by = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    return predict({
      code: `people = [${people.map(([n, s]) => `('${n}', ${s})`).join(', ')}]\nranked = sorted(people, key=lambda p: (-p[1], p[0]))\nprint([name for name, _ in ranked])`,
      key: order((a, b) => b[1] - a[1] || by(a[0], b[0])),
      wrong: [
        [
          order((a, b) => a[1] - b[1] || by(a[0], b[0])),
          'believes the minus sign is ignored in a key tuple',
        ],
        [
          order((a, b) => b[1] - a[1] || by(b[0], a[0])),
          'believes negating the first field also reverses the second',
        ],
        [order((a, b) => by(a[0], b[0])), 'believes a tuple key sorts by its last field first'],
      ],
    })
  }),
  family('function-without-return', (rng) => {
    const p = rng.pick([40, 60, 80, 120])
    const d = rng.pick([10, 25, 50])
    const after = (p * (100 - d)) / 100
    const shown = Number.isInteger(after) ? `${after}.0` : String(after)
    // Half the prices are written as floats, so the key is not always the shortest option.
    const given = rng.next() < 0.5 ? `${p}.0` : String(p)
    return predict({
      code: `def apply_discount(price, pct):\n    price = price * (100 - pct) / 100\n\nprice = ${given}\nnew = apply_discount(price, ${d})\nprint(new, price)`,
      key: `None ${given}`,
      wrong: [
        [`${shown} ${given}`, 'believes a function returns the last value it computed'],
        [`None ${shown}`, 'believes assigning to a parameter changes the caller’s variable'],
        [
          `${shown} ${shown}`,
          'believes the function returns its result and also updates the caller’s variable',
        ],
        [
          raises('UnboundLocalError'),
          'believes assigning to a name in a function makes reading it there fail, parameters too',
        ],
      ],
      combine: false,
    })
  }),
  family('yield-from-flattens', (rng) => {
    const rows = [several(rng, [1, 2, 3, 4], 2), several(rng, [5, 6, 7, 8], 2), [9]]
    const plain = rng.next() < 0.5
    const code = `def cells(rows):\n    for row in rows:\n        ${plain ? 'yield row' : 'yield from row'}\n\nprint(list(cells([${rows.map(nums).join(', ')}])))`
    const flat = nums(rows.flat())
    const nested = `[${rows.map(nums).join(', ')}]`
    return plain
      ? predict({
          code,
          key: nested,
          wrong: [
            [flat, 'believes yield of a list yields its items one by one'],
            [
              `[${rows.map((r) => `(${r.join(', ')}${r.length === 1 ? ',' : ''})`).join(', ')}]`,
              'believes a generator yields rows as tuples',
            ],
            [nums(rows[0]!), 'believes a generator stops after its first yield'],
          ],
        })
      : predict({
          code,
          key: flat,
          wrong: [
            [nested, 'believes yield from yields each row whole'],
            [
              nums(rows.map((r) => r[r.length - 1]!)),
              'believes yield from yields only the last item of each row',
            ],
            [nums(rows[0]!), 'believes a generator stops after its first yield from'],
          ],
        })
  }),
  family('partial-int-base', (rng) => {
    const base = rng.pick([2, 8, 16])
    const n = rng.int(base === 2 ? 5 : 9, base === 2 ? 15 : 60)
    const digits = n.toString(base)
    if (!/^\d+$/.test(digits)) throw new VariantError('a hex letter')
    return predict({
      code: `from functools import partial\n\nparse = partial(int, base=${base})\nprint(parse('${digits}'))`,
      key: String(n),
      wrong: [
        [digits, 'reads the text as decimal, whatever the base'],
        [Number(digits).toString(base), 'believes base is the base the number is written out in'],
        [raises('TypeError'), 'believes partial fixes only positional arguments'],
      ],
    })
  }),
  family('all-and-any-of-nothing', (rng) => {
    const v = rng.pick(['errors', 'pending', 'overdue', 'failed'])
    return predict({
      code: `${v} = []\nprint(all(x > 0 for x in ${v}), any(x > 0 for x in ${v}), len(${v}) > 0)`,
      key: 'True False False',
      wrong: [
        ['False False False', 'believes all of nothing is false'],
        ['True True False', 'believes any of nothing is true, as all is'],
        ['False True False', 'mixes up what all and any give for nothing'],
        ['True False True', 'reads len(x) > 0 as testing that the list exists'],
        ['None False False', 'believes all of nothing has no answer and gives None'],
      ],
    })
  }),
  family('max-with-key-ties', (rng) => {
    const long = several(rng, ['mango', 'lemon', 'grape', 'peach', 'melon'], 2)
    const short = several(rng, ['fig', 'kiwi', 'pear', 'plum', 'lime'], 2)
    const ws = rng.shuffle([...long, ...short])
    const first = ws.find((w) => w.length === 5)!
    const last = [...ws].reverse().find((w) => w.length === 5)!
    const alpha = [...ws].sort().at(-1)!
    if (alpha === first) throw new VariantError('alphabetical max is the key')
    return predict({
      code: `names = ${strs(ws)}\nprint(max(names, key=len))`,
      key: first,
      wrong: [
        [last, 'believes max returns the last of equal maxima'],
        [alpha, 'believes the key is ignored for strings'],
        ['5', 'believes max with a key returns the key’s value'],
        [`${first}, ${last}`, 'believes max returns every item tied for the largest'],
      ],
    })
  }),
]
