import { VariantError } from '../assemble-variant.js'
import { CITIES, family, type PyFamily, predict, raises, several, WORDS } from './probe.js'

/** A Python literal of a value as repr shows it (strings in single quotes). */
const py = (x: unknown): string => {
  if (typeof x === 'string') return `'${x}'`
  if (x === null) return 'None'
  if (Array.isArray(x)) return `[${x.map(py).join(', ')}]`
  return String(x)
}
const tuple = (xs: readonly unknown[]): string => `(${xs.map(py).join(', ')})`
const dict = (entries: readonly (readonly [unknown, unknown])[]): string =>
  `{${entries.map(([k, v]) => `${py(k)}: ${typeof v === 'string' && v.startsWith('[') ? v : py(v)}`).join(', ')}}`

/**
 * Lists, dicts, sets, tuples and comprehensions as scripts use them: counting, grouping,
 * slicing, sorting and unpacking. Each wrong answer is what its mistake prints.
 */
export const COLLECTION_FAMILIES: readonly PyFamily[] = [
  family('count-with-get-default', (rng) => {
    const [a, b, c] = several(rng, WORDS, 3)
    const ws = rng.shuffle([a, a, b, c, a, b])
    const order: string[] = []
    const count = new Map<string, number>()
    for (const w of ws) {
      if (!count.has(w)) order.push(w)
      count.set(w, (count.get(w) ?? 0) + 1)
    }
    const byFirst = order.map((w) => [w, count.get(w)!] as const)
    const sorted = [...byFirst].sort((x, y) => (x[0] < y[0] ? -1 : 1))
    if (dict(sorted) === dict(byFirst)) throw new VariantError('insertion order is sorted')
    return predict({
      code: `counts = {}\nfor word in ${py(ws)}:\n    counts[word] = counts.get(word, 0) + 1\nprint(counts)`,
      key: dict(byFirst),
      wrong: [
        [dict(sorted), 'believes a dict keeps its keys sorted'],
        [
          dict([...byFirst].sort((x, y) => y[1] - x[1])),
          'believes a dict lists its keys by count, as Counter.most_common does',
        ],
        [
          dict(order.map((w) => [w, 1] as const)),
          'believes get always gives its default, even for a key already there',
        ],
        [
          raises('TypeError'),
          'believes get ignores its default and gives None, which cannot be added to',
        ],
        [raises('KeyError'), 'believes get raises KeyError for a missing key, as indexing does'],
      ],
    })
  }),
  family('iterate-dict-gives-keys', (rng) => {
    const cs = several(rng, CITIES, 3)
    const vs = several(rng, [12, 7, 30, 18, 25, 9], 3)
    const sorted = [...cs].sort()
    if (py(sorted) === py(cs)) throw new VariantError('insertion order is sorted')
    return predict({
      code: `fares = ${dict(cs.map((c, i) => [c, vs[i]] as const))}\nprint([f for f in fares])`,
      key: py(cs),
      wrong: [
        [
          `[${cs.map((c, i) => tuple([c, vs[i]])).join(', ')}]`,
          'believes iterating a dict gives key-value pairs',
        ],
        [py(vs), 'believes iterating a dict gives its values'],
        [py(sorted), 'believes a dict yields its keys in sorted order'],
        [raises('TypeError'), 'believes a dict cannot be looped over without keys() or items()'],
        [raises('ValueError'), 'believes a loop over a dict must unpack key and value'],
      ],
    })
  }),
  family('slice-stop-excluded', (rng) => {
    const xs = several(rng, [11, 22, 33, 44, 55, 66, 77, 88], 7)
    const i = rng.int(2, 3)
    const j = rng.int(i + 2, 6)
    const v = rng.pick(['readings', 'scores', 'ids', 'row'])
    return predict({
      code: `${v} = ${py(xs)}\nprint(${v}[${i}:${j}])`,
      key: py(xs.slice(i, j)),
      wrong: [
        [py(xs.slice(i, j + 1)), 'believes the stop index is included'],
        [py(xs.slice(i - 1, j - 1)), 'counts positions from 1'],
        [py(xs.slice(i)), 'believes the slice runs on to the end of the list'],
        [`(${xs.slice(i, j).join(', ')})`, 'believes slicing a list gives a tuple'],
        [py(xs.slice(i, i + j)), 'reads the second number as a length'],
      ],
    })
  }),
  family('set-difference-and-intersection', (rng) => {
    const pool = [2, 3, 5, 7, 11, 13, 17]
    const xs = several(rng, pool, 6)
    const a = xs.slice(0, 4).sort((p, q) => p - q)
    const b = xs.slice(2, 6).sort((p, q) => p - q)
    const minus = a.filter((x) => !b.includes(x))
    const both = a.filter((x) => b.includes(x))
    const rev = b.filter((x) => !a.includes(x))
    const sym = [...minus, ...rev].sort((p, q) => p - q)
    const union = [...new Set([...a, ...b])].sort((p, q) => p - q)
    return predict({
      code: `active = {${a.join(', ')}}\npaid = {${b.join(', ')}}\nprint(sorted(active - paid), sorted(active & paid))`,
      key: `${py(minus)} ${py(both)}`,
      wrong: [
        [`${py(minus)} ${py(union)}`, 'reads & as the union of the sets'],
        [`${py(rev)} ${py(both)}`, 'reads a - b as the items of b missing from a'],
        [`${py(sym)} ${py(both)}`, 'believes a - b keeps the items in exactly one of the sets'],
        [raises('TypeError'), 'believes sorted cannot take a set'],
        [`${py(minus)} []`, 'believes & keeps only the items missing from both sets'],
      ],
    })
  }),
  family('comprehension-filter-then-map', (rng) => {
    const m = rng.pick([2, 3])
    // A multiplier that is itself a multiple, so testing after multiplying keeps every item.
    const k = m === 2 ? rng.pick([10, 4]) : rng.pick([6, 12])
    const nums = several(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], 5).sort((p, q) => p - q)
    const kept = nums.filter((x) => x % m === 0)
    if (kept.length === 0 || kept.length === nums.length) throw new VariantError('no filtering')
    const afterMap = nums.map((x) => x * k).filter((x) => x % m === 0)
    return predict({
      code: `sizes = ${py(nums)}\nprint([s * ${k} for s in sizes if s % ${m} == 0])`,
      key: py(kept.map((x) => x * k)),
      wrong: [
        [py(afterMap), 'believes the condition tests the value after it is multiplied'],
        [
          py(nums.filter((x) => x % m !== 0).map((x) => x * k)),
          'reads the condition as leaving out the multiples',
        ],
        [py(kept), 'believes the output expression is skipped when a condition is given'],
      ],
    })
  }),
  family('enumerate-start-argument', (rng) => {
    const ws = several(rng, WORDS, 4)
    const s = rng.int(2, 5)
    const pairs = (f: (i: number) => string) =>
      `[${ws
        .slice(0, 3)
        .map((_, i) => f(i))
        .join(', ')}]`
    return predict({
      code: `queue = ${py(ws.slice(0, 3))}\nprint(list(enumerate(queue, ${s})))`,
      key: pairs((i) => tuple([i + s, ws[i]])),
      wrong: [
        [pairs((i) => tuple([i, ws[i]])), 'believes enumerate always counts from 0'],
        [pairs((i) => tuple([ws[i], i + s])), 'believes enumerate gives (item, index) pairs'],
        [pairs((i) => tuple([i * s, ws[i]])), 'reads the second argument as a step'],
      ],
    })
  }),
  family('dict-comprehension-repeated-key', (rng) => {
    const four = several(rng, ['pear', 'plum', 'kiwi', 'lime', 'date'], 2)
    const other = several(rng, ['fig', 'yam', 'apple', 'mango', 'peach'], 1)
    const ws = rng.shuffle([...four, ...other])
    const firstWins = new Map<number, string>()
    const lastWins = new Map<number, string>()
    const all = new Map<number, string[]>()
    for (const w of ws) {
      if (!firstWins.has(w.length)) firstWins.set(w.length, w)
      lastWins.set(w.length, w)
      all.set(w.length, [...(all.get(w.length) ?? []), w])
    }
    return predict({
      code: `words = ${py(ws)}\nprint({len(w): w for w in words})`,
      key: dict([...lastWins]),
      wrong: [
        [dict([...firstWins]), 'believes the first value given for a key is kept'],
        [raises('ValueError'), 'believes a repeated key in a comprehension is an error'],
        [
          dict([...all].map(([k, v]) => [k, py(v)] as const)),
          'believes repeated keys collect their values in a list',
        ],
      ],
    })
  }),
  family('remove-while-iterating', (rng) => {
    const t = rng.int(4, 6)
    const nums = Array.from({ length: 6 }, () => rng.int(1, 9))
    const live = [...nums]
    for (let i = 0; i < live.length; i++) {
      const x = live[i]!
      if (x < t) live.splice(live.indexOf(x), 1)
    }
    const clean = nums.filter((x) => x >= t)
    if (py(live) === py(clean)) throw new VariantError('no item is skipped')
    return predict({
      code: `levels = ${py(nums)}\nfor x in levels:\n    if x < ${t}:\n        levels.remove(x)\nprint(levels)`,
      key: py(live),
      wrong: [
        [py(clean), 'believes the loop still visits the item after each removed one'],
        [raises('RuntimeError'), 'believes changing a list in a for loop raises, as a dict does'],
        [py(nums), 'believes the loop works on a copy, so remove has no effect'],
        [raises('IndexError'), 'believes the loop runs past the end once the list is shorter'],
        [
          py(nums.filter((_, i) => i !== nums.findIndex((y) => y < t))),
          'believes the loop stops visiting after the first removal',
        ],
      ],
    })
  }),
  family('sort-reverse-keeps-ties', (rng) => {
    const names = several(rng, ['Ana', 'Ben', 'Cai', 'Dee', 'Eva', 'Finn'], 4)
    const pts = [rng.int(2, 4), rng.int(6, 8)]
    const scores = rng.shuffle([pts[0]!, pts[0]!, pts[1]!, pts[1]!])
    const recs = names.map((n, i) => [n, scores[i]!] as const)
    const stable = (desc: boolean) =>
      recs
        .map((r, i) => [r, i] as const)
        .sort((x, y) => (desc ? y[0][1] - x[0][1] : x[0][1] - y[0][1]) || x[1] - y[1])
        .map(([r]) => r[0])
    const tiesReversed = [...stable(false)].reverse()
    const byName = [...names].sort().reverse()
    if (py(byName) === py(stable(true))) throw new VariantError('name order equals the key')
    return predict({
      code: `results = [${recs.map((r) => tuple(r)).join(', ')}]\nranked = sorted(results, key=lambda r: r[1], reverse=True)\nprint([name for name, _ in ranked])`,
      key: py(stable(true)),
      wrong: [
        [py(tiesReversed), 'believes reverse also turns round the order of equal scores'],
        [py(stable(false)), 'believes reverse applies to the input before an ascending sort'],
        [py(byName), 'believes the key is ignored when tuples are sorted'],
      ],
    })
  }),
  family('defaultdict-grouping', (rng) => {
    const ws = several(rng, ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot'], 4)
    const groups = new Map<string, string[]>()
    for (const w of ws) groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w])
    const asDict = (f: (v: string[]) => string) =>
      `{${[...groups].map(([k, v]) => `'${k}': ${f(v)}`).join(', ')}}`
    return predict({
      code: `from collections import defaultdict\n\ngroups = defaultdict(list)\nfor fruit in ${py(ws)}:\n    groups[fruit[0]].append(fruit)\nprint(dict(groups))`,
      key: asDict(py),
      wrong: [
        [raises('KeyError'), 'believes a missing key raises KeyError, as in a plain dict'],
        [asDict((v) => py([v[v.length - 1]])), 'believes each lookup starts a fresh list'],
        [
          asDict((v) => py([v[0]])),
          'believes a key’s default list is made only once and then frozen',
        ],
        ['{}', 'believes looking up a missing key does not store it'],
        [
          `defaultdict(<class 'list'>, ${asDict(py)})`,
          'believes dict() keeps the defaultdict wrapper in what it prints',
        ],
      ],
    })
  }),
  family('counter-most-common-ties', (rng) => {
    const [a, b, c] = several(rng, ['red', 'blue', 'green', 'amber', 'grey'], 3)
    const ws = [a, b, c, b, a, c, a]
    // a three times, b and c twice each, b seen before c.
    const tieAlpha = [b, c].sort()
    return predict({
      code: `from collections import Counter\n\nclicks = ${py(ws)}\nprint(Counter(clicks).most_common(2))`,
      key: `[${tuple([a, 3])}, ${tuple([b, 2])}]`,
      wrong: [
        tieAlpha[0] === b
          ? [
              `[${tuple([a, 3])}, ${tuple([c, 2])}]`,
              'believes ties are broken by the last one seen',
            ]
          : [`[${tuple([a, 3])}, ${tuple([c, 2])}]`, 'believes ties are broken alphabetically'],
        [`[${tuple([b, 2])}, ${tuple([c, 2])}]`, 'believes most_common lists the rarest first'],
        [`{${py(a)}: 3, ${py(b)}: 2}`, 'believes most_common returns a dict'],
        [
          `[${tuple([a, 3])}, ${tuple([b, 2])}, ${tuple([c, 2])}]`,
          'believes most_common(2) also keeps every item tied with the second',
        ],
        [`[${tuple([a, 3])}]`, 'reads most_common(2) as the items seen more than twice'],
      ],
    })
  }),
  family('append-versus-extend', (rng) => {
    const [x, y, z] = several(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], 3)
    return predict({
      code: `batch = [${x}]\nextra = [${y}, ${z}]\nbatch.append(extra)\nbatch.extend(extra)\nprint(batch, len(batch))`,
      key: `[${x}, [${y}, ${z}], ${y}, ${z}] 4`,
      wrong: [
        [`[${x}, ${y}, ${z}, ${y}, ${z}] 5`, 'believes append adds each item of a list'],
        [`[${x}, [${y}, ${z}], [${y}, ${z}]] 3`, 'believes extend adds the list as one item'],
        [
          `[${x}, [${y}, ${z}], ${y}, ${z}] 5`,
          'believes len counts the items inside a nested list',
        ],
      ],
    })
  }),
  family('starred-unpacking', (rng) => {
    const xs = several(rng, [10, 20, 30, 40, 50, 60], rng.int(4, 5))
    const mid = xs.slice(1, -1)
    return predict({
      code: `first, *middle, last = ${py(xs)}\nprint(first, middle, last)`,
      key: `${xs[0]} ${py(mid)} ${xs[xs.length - 1]}`,
      wrong: [
        [`${xs[0]} ${tuple(mid)} ${xs[xs.length - 1]}`, 'believes a starred name collects a tuple'],
        [
          `${xs[0]} ${py(xs.slice(1))} ${xs[xs.length - 1]}`,
          'believes the starred name takes everything after the first',
        ],
        [raises('ValueError'), 'believes unpacking needs exactly one name per item'],
        [
          `[${xs[0]}] ${py(mid)} [${xs[xs.length - 1]}]`,
          'believes every target of a starred assignment gets a list',
        ],
        [
          `${xs[0]} ${py(xs.slice(1, -1).slice(0, 1))} ${xs[xs.length - 1]}`,
          'believes the starred name takes one item, as the others do',
        ],
        [
          `${xs[0]} ${tuple(xs.slice(1))} ${xs[xs.length - 1]}`,
          'believes a starred name collects a tuple of everything after the first',
        ],
        [xs.join(' '), 'believes the star spreads the items out, as it does in a call'],
      ],
      combine: false,
    })
  }),
  family('dict-merge-later-wins', (rng) => {
    const t = rng.int(10, 60)
    const u = rng.int(61, 120)
    const lvl = rng.pick(['DEBUG', 'WARNING', 'ERROR'])
    return predict({
      code: `defaults = {'timeout': ${t}, 'retries': 3}\noverrides = {'level': '${lvl}', 'timeout': ${u}}\nprint({**defaults, **overrides})`,
      key: `{'timeout': ${u}, 'retries': 3, 'level': '${lvl}'}`,
      wrong: [
        [
          `{'timeout': ${t}, 'retries': 3, 'level': '${lvl}'}`,
          'believes the first mapping’s value wins',
        ],
        [
          `{'level': '${lvl}', 'timeout': ${u}, 'retries': 3}`,
          'believes the later mapping’s keys come first',
        ],
        [raises('TypeError'), 'believes a key repeated in a dict display is an error'],
        [
          `{'timeout': [${t}, ${u}], 'retries': 3, 'level': '${lvl}'}`,
          'believes a repeated key keeps both values in a list',
        ],
        [
          `{'timeout': ${t}, 'retries': 3, 'level': '${lvl}', 'timeout': ${u}}`,
          'believes a dict can hold the same key twice',
        ],
      ],
    })
  }),
  family('membership-in-dict', (rng) => {
    const cs = several(rng, CITIES, 2)
    const codes = several(rng, ['NO', 'PE', 'IT', 'UA', 'FR', 'IN'], 2)
    return predict({
      code: `country = {${cs.map((c, i) => `'${c}': '${codes[i]}'`).join(', ')}}\nprint('${codes[0]}' in country, '${cs[1]}' in country, '${codes[1]}' in country.values())`,
      key: 'False True True',
      wrong: [
        ['True False True', 'believes in searches a dict’s values'],
        ['True True True', 'believes in searches both keys and values'],
        ['False True False', 'believes values() gives keys, as iterating the dict does'],
        ['False False True', 'believes in works only on a dict’s views, not on the dict'],
        [raises('TypeError'), 'believes values() must be made a list before in can search it'],
        ['True False False', 'believes in searches values and values() gives the keys'],
      ],
    })
  }),
]
