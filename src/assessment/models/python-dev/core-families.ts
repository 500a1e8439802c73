import { VariantError } from '../assemble-variant.js'
import { family, NAMES, type PyFamily, predict, raises, several, WORDS } from './probe.js'

const list = (xs: readonly unknown[]): string =>
  `[${xs.map((x) => (typeof x === 'string' ? `'${x}'` : String(x))).join(', ')}]`

/**
 * Core semantics: names bound to objects, mutability, truthiness, scope and closures. Each wrong
 * answer is what the code prints as its mistake reads it.
 */
export const CORE_FAMILIES: readonly PyFamily[] = [
  family('alias-append-then-rebind', (rng) => {
    const [n1, n2, n3, n4] = several(rng, [3, 4, 5, 6, 7, 8, 9], 4)
    const [a, b] = rng.pick([
      ['totals', 'view'],
      ['queue', 'pending'],
      ['ids', 'batch'],
    ] as const)
    return predict({
      code: `${a} = [${n1}, ${n2}]\n${b} = ${a}\n${b}.append(${n3})\n${b} = ${b} + [${n4}]\nprint(${a}, ${b})`,
      key: `${list([n1, n2, n3])} ${list([n1, n2, n3, n4])}`,
      wrong: [
        [
          `${list([n1, n2])} ${list([n1, n2, n3, n4])}`,
          'believes assigning a list to a second name copies it',
        ],
        [
          `${list([n1, n2, n3, n4])} ${list([n1, n2, n3, n4])}`,
          'believes rebinding the second name to a concatenation extends the shared list in place',
        ],
        [
          `${list([n3, n1, n2])} ${list([n3, n1, n2, n4])}`,
          'believes append adds the item at the front',
        ],
        [
          `${list([n1, n2, n3])} ${list([n1, n2, n3])}`,
          'believes a concatenation not written as an augmented assignment leaves the name as it was',
        ],
        [
          `${list([n1, n2])} ${list([n1, n2, n4])}`,
          'believes append returns a new list, so a call whose result is not kept changes nothing',
        ],
      ],
    })
  }),
  family('int-and-list-arguments', (rng) => {
    const c = rng.int(2, 9)
    const w = rng.pick(WORDS)
    return predict({
      code: `def record(count, seen, item):\n    count += 1\n    seen.append(item)\n\ncount, seen = ${c}, []\nrecord(count, seen, '${w}')\nprint(count, seen)`,
      key: `${c} ['${w}']`,
      wrong: [
        [`${c + 1} ['${w}']`, 'believes adding to an int parameter changes the caller’s variable'],
        [`${c} []`, 'believes a list argument is copied into the function'],
        [`${c + 1} []`, 'believes ints are passed by reference and lists by copy'],
      ],
    })
  }),
  family('truthy-values-kept', (rng) => {
    const pool = [
      ["' '", "' '", 'believes a string holding a blank is falsy'],
      ["'0'", "'0'", 'believes the string of a zero digit is falsy'],
      ['[0]', '[0]', 'believes a list holding only a zero is falsy'],
      ["'False'", "'False'", 'believes the string False is falsy'],
    ] as const
    const truthy = several(rng, pool, 3)
    const falsy = several(rng, ["''", '0', 'None', '[]', '0.0', '{}'], 2)
    const items = rng.shuffle([...truthy.map((t) => t[0]), ...falsy])
    const keep = (drop: readonly string[] = [], add?: string) =>
      `[${items.filter((i) => (!falsy.includes(i) || i === add) && !drop.includes(i)).join(', ')}]`
    return predict({
      code: `values = [${items.join(', ')}]\nprint([v for v in values if v])`,
      key: keep(),
      wrong: [
        ...truthy.map((t) => [keep([t[0]]), t[2]] as const),
        ...falsy.map(
          (f) =>
            [keep([], f), `believes ${f} is truthy because it is a value, not nothing`] as const,
        ),
        [
          keep(truthy.slice(0, 2).map((t) => t[0])),
          `${truthy[0][2]}, and also ${truthy[1][2].replace(/^believes /, 'that ')}`,
        ],
        [raises('TypeError'), 'carries over from Java that a condition must be a bool'],
      ],
    })
  }),
  family('equality-and-identity', (rng) => {
    const [a, b, c] = several(rng, ['left', 'right', 'alias', 'first', 'other', 'same'], 3)
    const value = rng.pick(['[1, 2]', "['x', 'y']", "{'k': 1}", '[0.5]'])
    return predict({
      code: `${a} = ${value}\n${b} = ${value}\n${c} = ${a}\nprint(${a} == ${b}, ${a} is ${b}, ${a} is ${c})`,
      key: 'True False True',
      wrong: [
        ['True True True', 'believes two equal containers are the same object'],
        ['False False True', 'believes the equality operator compares identity for containers'],
        ['True False False', 'believes assigning to a second name makes a copy'],
      ],
      apart: [['the same object', 'compares identity']],
    })
  }),
  family('floor-division-negative', (rng) => {
    const b = rng.pick([2, 3, 4, 5])
    let a = rng.int(7, 23)
    if (a % b === 0) a += 1
    const q = Math.floor(-a / b)
    const r = -a - q * b
    const t = Math.trunc(-a / b)
    return predict({
      code: `print(-${a} // ${b}, -${a} % ${b})`,
      key: `${q} ${r}`,
      wrong: [
        [`${t} ${-a - t * b}`, 'truncates toward zero as C and Java do'],
        [`${q} ${-a - t * b}`, 'floors the quotient but gives the remainder the dividend’s sign'],
        [`${t} ${r}`, 'truncates the quotient but keeps a positive remainder'],
      ],
    })
  }),
  family('float-sum-compare', (rng) => {
    const pairs = [
      [0.1, 0.2, '0.3'],
      [0.1, 0.7, '0.8'],
      [0.2, 0.4, '0.6'],
      [1.1, 2.2, '3.3'],
      [0.3, 0.6, '0.9'],
      [0.7, 0.1, '0.8'],
      [4.35, 0.1, '4.45'],
    ] as const
    const [x, y, z] = rng.pick(pairs)
    const sum = x + y
    if (String(sum) === z) throw new VariantError('the sum is exact')
    const v = rng.pick(['total', 'amount', 'balance'])
    return predict({
      code: `${v} = ${x} + ${y}\nprint(${v}, ${v} == ${z})`,
      key: `${sum} False`,
      wrong: [
        [`${z} True`, 'believes decimal fractions add exactly in binary floats'],
        [`${z} False`, 'believes print rounds the float it shows'],
        [`${sum} True`, 'believes the equality operator compares floats within a tolerance'],
        [
          `${Number(z).toPrecision(17)} False`,
          'believes print shows every digit of the double nearest the decimal',
        ],
        [
          `${Number(z).toPrecision(17)} True`,
          'believes print shows every digit of the stored double, which then equals the decimal',
        ],
      ],
    })
  }),
  family('global-rebind-in-function', (rng) => {
    const n = rng.int(2, 40)
    const s = rng.int(2, 9)
    const v = rng.pick(['count', 'total', 'hits', 'calls'])
    const declared = rng.next() < 0.5
    const code = `${v} = ${n}\n\ndef bump():\n${declared ? `    global ${v}\n` : ''}    ${v} += ${s}\n    return ${v}\n\nprint(bump(), ${v})`
    return declared
      ? predict({
          code,
          key: `${n + s} ${n + s}`,
          wrong: [
            [`${n + s} ${n}`, 'believes global gives the function a copy of the variable'],
            [raises('UnboundLocalError'), 'believes a global statement does not allow assignment'],
            [`${s} ${n}`, 'believes the name inside the function starts from zero'],
          ],
        })
      : predict({
          code,
          key: raises('UnboundLocalError'),
          wrong: [
            [`${n + s} ${n + s}`, 'believes a function can rebind a global name without global'],
            [
              `${n + s} ${n}`,
              'believes the augmented assignment works on a local copy of the global',
            ],
            [raises('NameError'), 'believes a function cannot see module names at all'],
          ],
        })
  }),
  family('late-binding-closures', (rng) => {
    const n = rng.int(3, 4)
    const k = rng.int(2, 9)
    const bound = rng.next() < 0.5
    const each = Array.from({ length: n }, (_, i) => i * k)
    const last = Array.from({ length: n }, () => (n - 1) * k)
    const past = Array.from({ length: n }, () => n * k)
    const code = `handlers = [lambda${bound ? ' i=i' : ''}: i * ${k} for i in range(${n})]\nprint([h() for h in handlers])`
    return bound
      ? predict({
          code,
          key: list(each),
          wrong: [
            [list(last), 'believes a default argument is looked up when the lambda runs'],
            [list(Array.from({ length: n }, (_, i) => (i + 1) * k)), 'believes range starts at 1'],
            [list(past), 'believes the loop variable ends one past the last value'],
          ],
        })
      : predict({
          code,
          key: list(last),
          wrong: [
            [list(each), 'believes a lambda captures the loop value when it is made'],
            [list(past), 'believes the loop variable ends one past the last value'],
            [raises('NameError'), 'believes the comprehension variable is gone when they run'],
          ],
        })
  }),
  family('nonlocal-counters', (rng) => {
    const [x, y] = several(rng, [0, 10, 20, 100, 50], 2)
    const s = rng.int(2, 5)
    return predict({
      code: `def make_counter(start):\n    count = start\n    def step():\n        nonlocal count\n        count += ${s}\n        return count\n    return step\n\na = make_counter(${x})\nb = make_counter(${y})\na()\na()\nb()\nprint(a(), b())`,
      key: `${x + 3 * s} ${y + 2 * s}`,
      wrong: [
        [`${x + s} ${y + s}`, 'believes the count goes back to its start on every call'],
        [`${y + 4 * s} ${y + 5 * s}`, 'believes every counter shares one count'],
        [`${x + 2 * s} ${y + s}`, 'believes each call returns the count from before it adds'],
      ],
    })
  }),
  family('and-or-return-operands', (rng) => {
    const a = rng.int(2, 99)
    const [p, q] = several(rng, ['limit', 'quota', 'size', 'given', 'stock'], 2)
    return predict({
      code: `${p} = ${a}\n${q} = 0\nprint(${p} or ${q}, ${p} and ${q}, ${q} or ${p}, ${q} and ${p})`,
      key: `${a} 0 ${a} 0`,
      wrong: [
        ['True False True False', 'believes and and or always return a bool'],
        [`${a} ${a} ${a} ${a}`, 'believes and returns its truthy operand, as or does'],
        [`0 0 ${a} 0`, 'believes or returns its last operand'],
        [`${a} 0 0 0`, 'believes or returns its first operand'],
      ],
      apart: [['or returns its last', 'or returns its first']],
    })
  }),
  family('tuple-assignment-step', (rng) => {
    const x = rng.int(1, 3)
    const y = rng.int(2, 5)
    const n = rng.int(2, 3)
    const run = (times: number, seq: boolean) => {
      let [a, b] = [x, y]
      for (let i = 0; i < times; i++) {
        if (seq) {
          a = b
          b = a + b
        } else [a, b] = [b, a + b]
      }
      return `${a} ${b}`
    }
    return predict({
      code: `a, b = ${x}, ${y}\nfor _ in range(${n}):\n    a, b = b, a + b\nprint(a, b)`,
      key: run(n, false),
      wrong: [
        [run(n, true), 'believes the targets are assigned one by one, b seeing the new a'],
        [run(n + 1, false), 'believes range(n) runs one extra time, counting its end'],
        [run(n - 1, false), 'believes range(n) stops before its last step'],
      ],
    })
  }),
  family('grid-rows-shared-or-not', (rng) => {
    const w = rng.int(2, 3)
    const h = rng.int(2, 3)
    const r = rng.int(0, h - 1)
    const c = rng.int(0, w - 1)
    const v = rng.int(1, 9)
    const grid = (f: (i: number, j: number) => number) =>
      `[${Array.from({ length: h }, (_, i) => `[${Array.from({ length: w }, (_, j) => f(i, j)).join(', ')}]`).join(', ')}]`
    const oneRow = grid((i, j) => (i === r && j === c ? v : 0))
    const allRows = grid((_, j) => (j === c ? v : 0))
    const wholeRow = grid((i) => (i === r ? v : 0))
    const everything = grid(() => v)
    if (rng.next() < 0.5)
      return predict({
        code: `grid = [[0] * ${w}] * ${h}\ngrid[${r}][${c}] = ${v}\nprint(grid)`,
        key: allRows,
        wrong: [
          [oneRow, 'believes * makes a separate copy of the inner list for each row'],
          [everything, 'believes [0] * w also repeats one shared zero along each row'],
          [
            wholeRow,
            'believes * copies the inner list for each row but [0] * w shares one zero along it',
          ],
        ],
        combine: false,
      })
    return predict({
      code: `grid = [[0] * ${w} for _ in range(${h})]\ngrid[${r}][${c}] = ${v}\nprint(grid)`,
      key: oneRow,
      wrong: [
        [allRows, 'believes the comprehension repeats one shared row'],
        [
          everything,
          'believes the comprehension repeats one shared row and [0] * w one shared zero',
        ],
        [wholeRow, 'believes [0] * w repeats one shared zero along the row'],
      ],
      combine: false,
    })
  }),
  family('shallow-and-deep-copy', (rng) => {
    const [n, m] = several(rng, ['Ada', 'Lin', 'Omar', 'Zoe', 'Ravi'], 2)
    const [t1, t2, t3] = several(rng, WORDS, 3)
    const d = (name: string, tags: string[]) => `{'name': '${name}', 'tags': ${list(tags)}}`
    return predict({
      code: `import copy\n\nprofile = ${d(n, [t1])}\na = copy.copy(profile)\nb = copy.deepcopy(profile)\na['tags'].append('${t2}')\nb['tags'].append('${t3}')\na['name'] = '${m}'\nprint(profile)`,
      key: d(n, [t1, t2]),
      wrong: [
        [d(n, [t1]), 'believes a shallow copy copies the nested list too'],
        [d(m, [t1, t2]), 'believes copy.copy returns the same dict'],
        [d(n, [t1, t2, t3]), 'believes deepcopy still shares the nested list'],
        [d(m, [t1, t2, t3]), 'believes neither copy is independent of the original'],
        [d(n, [t1, t3]), 'mixes up which of copy and deepcopy is the deep one'],
      ],
      combine: false,
    })
  }),
  family('sort-returns-none', (rng) => {
    const ws = several(rng, WORDS, 3)
    const v = rng.pick(NAMES)
    const sorted = [...ws].sort()
    if (list(sorted) === list(ws)) throw new VariantError('already sorted')
    return predict({
      code: `${v} = ${list(ws)}\nordered = ${v}.sort()\nprint(ordered, ${v})`,
      key: `None ${list(sorted)}`,
      wrong: [
        [`${list(sorted)} ${list(sorted)}`, 'believes list.sort returns the sorted list'],
        [`${list(sorted)} ${list(ws)}`, 'confuses list.sort with sorted, which leaves the list'],
        [`None ${list(ws)}`, 'believes sort works on a copy of the list'],
        ['None []', 'believes sort moves the items into its result and leaves the list empty'],
      ],
    })
  }),
  family('parenthesised-value-is-not-tuple', (rng) => {
    const [v, t] = rng.pick([
      ["'EUR'", 'str'],
      ['42', 'int'],
      ['2.5', 'float'],
    ] as const)
    return predict({
      code: `codes = (${v})\npair = (${v},)\nprint(type(codes).__name__, type(pair).__name__, len(pair))`,
      key: `${t} tuple 1`,
      wrong: [
        ['tuple tuple 1', 'believes parentheses alone make a tuple'],
        [`${t} ${t} 1`, 'believes a trailing comma is ignored'],
        ['tuple tuple 2', 'believes a trailing comma adds an empty second element'],
      ],
      combine: false,
    })
  }),
]
