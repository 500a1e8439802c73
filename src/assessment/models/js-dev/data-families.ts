import { VariantError } from '../assemble-variant.js'
import { OBJECT_FAMILIES } from './object-families.js'
import { family, type JsFamily, NAMES, predict, several, throws, WORDS } from './probe.js'

// Array and object behaviour follows ECMAScript 2024: Array.prototype.sort compares strings by
// default (§23.1.3.30), sort and reverse work in place, spread and Object.assign copy one level
// (§13.2.5, §20.1.2.1), property order puts integer keys first (OrdinaryOwnPropertyKeys,
// §10.1.11.1), JSON.stringify skips undefined and functions (§25.5.2).

/** parseInt as map calls it: radix 0 means ten, 1 or over 36 gives NaN, digits must fit the radix. */
function parseIntWithRadix(s: string, radix: number): number {
  const r = radix === 0 ? 10 : radix
  if (r < 2 || r > 36) return Number.NaN
  let out = Number.NaN
  for (const ch of s) {
    const d = Number.parseInt(ch, 36)
    if (Number.isNaN(d) || d >= r) break
    out = (Number.isNaN(out) ? 0 : out) * r + d
  }
  return out
}

/** Arrays, objects, copies and JSON. */
export const DATA_FAMILIES: readonly JsFamily[] = [
  family('default-sort-is-textual', (rng) => {
    const xs = several(rng, [3, 9, 10, 25, 100, 7, 42, 5, 1000, 81], 5)
    const text = [...xs].sort()
    const num = [...xs].sort((a, b) => a - b)
    if (text.join() === num.join()) throw new VariantError('text and number order agree')
    const v = rng.pick(['scores', 'prices', 'ages', 'sizes'])
    return predict({
      code: `const ${v} = [${xs.join(', ')}]\n${v}.sort()\nconsole.log(${v}.join(' '))`,
      key: text.join(' '),
      wrong: [
        [num.join(' '), 'believes sort with no comparator orders numbers by value'],
        [xs.join(' '), 'believes sort returns a sorted copy and leaves the array as it was'],
        [[...num].reverse().join(' '), 'believes sort orders from largest to smallest'],
      ],
      combine: false,
    })
  }),
  family('sort-mutates-and-returns-same-array', (rng) => {
    const xs = several(rng, [4, 8, 15, 16, 23, 42], 4)
    const v = rng.pick(['original', 'input', 'raw'])
    return predict({
      code: `const ${v} = [${xs.join(', ')}]\nconst sorted = ${v}.sort((a, b) => b - a)\nconsole.log(${v}[0], sorted === ${v})`,
      key: `${Math.max(...xs)} true`,
      wrong: [
        [`${xs[0]} false`, 'believes sort returns a new array, leaving the original'],
        [`${Math.max(...xs)} false`, 'believes sort changes the original but returns a copy'],
        [`${Math.min(...xs)} true`, 'believes b minus a sorts in ascending order'],
      ],
    })
  }),
  family('spread-copy-is-shallow', (rng) => {
    const [obj, nested, key] = rng.pick([
      ['settings', 'theme', 'color'],
      ['order', 'address', 'city'],
      ['profile', 'prefs', 'lang'],
    ] as const)
    const [a, b] = several(rng, ['red', 'blue', 'Oslo', 'Lima', 'en', 'fr'], 2)
    const [n, m] = several(rng, [1, 2, 3, 4, 5], 2)
    return predict({
      code: `const ${obj} = { id: ${n}, ${nested}: { ${key}: '${a}' } }\nconst copy = { ...${obj} }\ncopy.id = ${m}\ncopy.${nested}.${key} = '${b}'\nconsole.log(${obj}.id, ${obj}.${nested}.${key})`,
      key: `${n} ${b}`,
      wrong: [
        [`${n} ${a}`, 'believes spread copies nested objects too'],
        [`${m} ${b}`, 'believes spread makes a second name for the same object'],
        [`${m} ${a}`, 'believes spread shares top-level values but copies nested objects'],
      ],
      combine: false,
    })
  }),
  family('spread-order-overrides', (rng) => {
    const [k1, k2] = several(rng, ['mode', 'color', 'size', 'lang'], 2)
    const [a, b, c] = several(rng, ['dark', 'light', 'red', 'blue', 'en', 'de'], 3)
    return predict({
      code: `const defaults = { ${k1}: '${a}', ${k2}: '${b}' }\nconst saved = { ${k1}: '${c}', ${k2}: undefined }\nconst merged = { ...defaults, ...saved }\nconsole.log(merged.${k1}, merged.${k2})`,
      key: `${c} undefined`,
      wrong: [
        [`${a} ${b}`, 'believes the first object spread wins'],
        [`${c} ${b}`, 'believes spread skips properties whose value is undefined'],
        [`${a} undefined`, 'believes later spreads only add keys the earlier lacked'],
      ],
    })
  }),
  family('destructuring-default-only-for-undefined', (rng) => {
    const d = rng.int(10, 50)
    const [p, q, r] = several(rng, ['limit', 'page', 'size', 'offset', 'retries'], 3)
    return predict({
      code: `const { ${p} = ${d}, ${q} = ${d}, ${r} = ${d} } = { ${p}: null, ${q}: 0 }\nconsole.log(${p}, ${q}, ${r})`,
      key: `null 0 ${d}`,
      wrong: [
        [`${d} 0 ${d}`, 'believes a destructuring default also replaces null'],
        [`${d} ${d} ${d}`, 'believes a destructuring default replaces any falsy value'],
        [`null 0 undefined`, 'believes defaults apply only when the object is missing'],
      ],
    })
  }),
  family('map-parseint-radix', (rng) => {
    const xs = several(rng, ['1', '2', '3', '7', '10', '11', '12', '21'], 3)
    const got = xs.map((s, i) => parseIntWithRadix(s, i))
    const want = xs.map((s) => Number.parseInt(s, 10))
    if (got.join() === want.join()) throw new VariantError('index radix changes nothing')
    return predict({
      code: `const ids = [${xs.map((s) => `'${s}'`).join(', ')}].map(parseInt)\nconsole.log(ids.join(' '))`,
      key: got.join(' '),
      wrong: [
        [want.join(' '), 'believes map passes only the element to parseInt'],
        [
          xs.map(() => 'NaN').join(' '),
          'believes parseInt given extra arguments fails on every element',
        ],
        [
          xs.map((s, i) => parseIntWithRadix(s, i + 2)).join(' '),
          'believes the index passed as radix counts from 2',
        ],
        [
          xs.map((s, i) => parseIntWithRadix(s, i + 1)).join(' '),
          'believes the index passed as radix counts from 1',
        ],
        [
          [want[0], 'NaN', 'NaN'].join(' '),
          'believes parseInt fails on any element after the first',
        ],
      ],
      combine: false,
    })
  }),
  family('array-holes-and-length', (rng) => {
    const xs = several(rng, WORDS, 3)
    const at = rng.int(5, 9)
    return predict({
      code: `const list = [${xs.map((w) => `'${w}'`).join(', ')}]\nlist[${at}] = 'extra'\ndelete list[0]\nconsole.log(list.length, list.filter(() => true).length)`,
      key: `${at + 1} ${xs.length}`,
      wrong: [
        [
          `${xs.length + 1} ${xs.length}`,
          'believes assigning past the end appends at the next index',
        ],
        [`${at} ${xs.length}`, 'believes delete shortens the array'],
        [`${at + 1} ${at + 1}`, 'believes filter visits the holes of a sparse array'],
        [`${xs.length} ${xs.length}`, 'believes delete removes the element and closes the gap'],
      ],
      apart: [
        ['appends', 'shortens'],
        ['appends', 'closes the gap'],
      ],
    })
  }),
  family('slice-vs-splice', (rng) => {
    const xs = several(rng, WORDS, 5)
    const useSplice = rng.next() < 0.5
    const [i, n] = [1, 2]
    const method = useSplice ? `splice(${i}, ${n})` : `slice(${i}, ${n})`
    const code = `const fruit = [${xs.map((w) => `'${w}'`).join(', ')}]\nconst part = fruit.${method}\nconsole.log(part.join(','), fruit.length)`
    return useSplice
      ? predict({
          code,
          key: `${xs.slice(1, 3).join(',')} 3`,
          wrong: [
            [`${xs[1]} 5`, 'believes splice takes an end index and leaves the array as it was'],
            [`${xs.slice(1, 3).join(',')} 5`, 'believes splice returns a copy, as slice does'],
            [`${xs[1]} 4`, 'believes the second argument of splice is an end index'],
          ],
          apart: [['end index', 'returns a copy']],
        })
      : predict({
          code,
          key: `${xs[1]} 5`,
          wrong: [
            [`${xs.slice(1, 3).join(',')} 5`, 'believes the second argument of slice is a count'],
            [`${xs[1]} 4`, 'believes slice removes what it returns, as splice does'],
            [`${xs.slice(1, 3).join(',')} 3`, 'confuses slice with splice'],
          ],
          apart: [['is a count', 'removes what it returns']],
        })
  }),
  family('reduce-initial-value', (rng) => {
    const empty = rng.next() < 0.5
    const xs = empty ? [] : several(rng, [{ q: 2 }, { q: 3 }, { q: 5 }, { q: 7 }], 2)
    const sum = xs.reduce((s, x) => s + x.q, 0)
    const withInit = rng.next() < 0.5
    const code = `const lines = [${xs.map((x) => `{ qty: ${x.q} }`).join(', ')}]\nconsole.log(lines.reduce((sum, line) => sum + line.qty${withInit ? ', 0' : ''}))`
    if (withInit)
      return empty
        ? predict({
            code,
            key: '0',
            wrong: [
              [
                throws('TypeError'),
                'believes reduce throws on an empty array even with an initial value',
              ],
              [
                'undefined',
                'believes reduce over an empty array returns undefined, initial value or not',
              ],
              ['NaN', 'believes adding to nothing gives NaN'],
            ],
          })
        : predict({
            code,
            key: String(sum),
            wrong: [
              [
                `[object Object]${xs[1]!.q}`,
                'believes the initial value is ignored and the first element starts the sum',
              ],
              [
                'NaN',
                'believes the initial value is passed as the first line, so its missing qty gives NaN',
              ],
              [
                String(xs[1]!.q),
                'believes the sum starts again from the initial value on each call, so only the last line counts',
              ],
            ],
          })
    return empty
      ? predict({
          code,
          key: throws('TypeError'),
          wrong: [
            ['0', 'believes reduce starts from 0 when no initial value is given'],
            ['undefined', 'believes reduce over an empty array returns undefined'],
            ['NaN', 'believes adding to nothing gives NaN'],
          ],
        })
      : predict({
          code,
          key: `[object Object]${xs[1]!.q}`,
          wrong: [
            [String(sum), 'believes reduce starts from 0 when no initial value is given'],
            ['NaN', 'believes an object plus a number gives NaN'],
            [String(xs[1]!.q), 'believes reduce without an initial value skips the first element'],
          ],
        })
  }),
  ...OBJECT_FAMILIES,
  family('fill-shares-one-object', (rng) => {
    const n = rng.int(3, 4)
    const w = rng.pick(WORDS)
    const useFrom = rng.next() < 0.5
    const make = useFrom ? `Array.from({ length: ${n} }, () => [])` : `new Array(${n}).fill([])`
    return predict({
      code: `const buckets = ${make}\nbuckets[0].push('${w}')\nconsole.log(buckets.map((b) => b.length).join(','))`,
      key: useFrom ? ['1', ...Array(n - 1).fill('0')].join(',') : Array(n).fill('1').join(','),
      wrong: useFrom
        ? [
            [Array(n).fill('1').join(','), 'believes Array.from reuses one array for every slot'],
            [Array(n).fill('0').join(','), 'believes push on an element changes a copy'],
            [throws('TypeError'), 'believes the slots are empty until assigned'],
          ]
        : [
            [
              ['1', ...Array(n - 1).fill('0')].join(','),
              'believes fill puts a separate new array in each slot',
            ],
            [Array(n).fill('0').join(','), 'believes push on an element changes a copy'],
            [throws('TypeError'), 'believes new Array(n) slots stay empty after fill'],
          ],
    })
  }),
  family('for-in-vs-for-of', (rng) => {
    const xs = several(rng, [5, 10, 20, 30, 40], 3)
    const useIn = rng.next() < 0.5
    const code = `const amounts = [${xs.join(', ')}]\nlet total = 0\nfor (const x ${useIn ? 'in' : 'of'} amounts) {\n  total += x\n}\nconsole.log(total)`
    const sum = xs.reduce((s, x) => s + x, 0)
    return useIn
      ? predict({
          code,
          key: '0012',
          wrong: [
            [String(sum), 'believes for-in visits the values of an array'],
            ['3', 'believes for-in gives the indexes as numbers'],
            [`0${xs.join('')}`, 'believes for-in gives the values as strings'],
            ['0', 'believes a const loop variable cannot take each index, so the body never runs'],
            ['NaN', 'believes adding string indexes to a number gives NaN'],
          ],
        })
      : predict({
          code,
          key: String(sum),
          wrong: [
            ['0012', 'believes for-of gives the indexes as strings'],
            ['3', 'believes for-of gives the indexes'],
            [`0${xs.join('')}`, 'believes for-of gives the values as strings'],
            ['0', 'believes a const loop variable cannot take each value, so the body never runs'],
            ['NaN', 'believes adding array elements in a loop gives NaN'],
          ],
        })
  }),
  family('json-round-trip-loses-types', (rng) => {
    const y = rng.pick([2025, 2026])
    const deep = rng.next() < 0.5
    const code = `const job = { due: new Date(Date.UTC(${y}, 5, 1)), tags: new Set(['a']) }\nconst copy = ${deep ? 'structuredClone(job)' : 'JSON.parse(JSON.stringify(job))'}\nconsole.log(typeof copy.due, copy.tags.size)`
    return deep
      ? predict({
          code,
          key: 'object 1',
          wrong: [
            ['string undefined', 'believes structuredClone copies only what JSON can hold'],
            ['string 1', 'believes structuredClone turns Dates into strings, as JSON does'],
            [throws('DataCloneError'), 'believes structuredClone cannot copy a Set'],
          ],
        })
      : predict({
          code,
          key: 'string undefined',
          wrong: [
            ['object undefined', 'believes JSON.parse turns date strings back into Dates'],
            ['object 1', 'believes a JSON round trip keeps Dates and Sets'],
            ['string 1', 'believes a JSON round trip keeps a Set'],
          ],
        })
  }),
  family('freeze-is-shallow', (rng) => {
    const [k, nk] = rng.pick([
      ['plan', 'limits'],
      ['config', 'flags'],
    ] as const)
    const n = rng.int(2, 9)
    const strict = rng.next() < 0.5
    const code = `${strict ? "'use strict'\n" : ''}const ${k} = Object.freeze({ seats: ${n}, ${nk}: { max: ${n} } })\n${k}.${nk}.max = ${n * 10}\n${k}.seats = 0\nconsole.log(${k}.seats, ${k}.${nk}.max)`
    return strict
      ? predict({
          code,
          key: throws('TypeError'),
          wrong: [
            [
              `${n} ${n * 10}`,
              'believes writing a frozen property is silently ignored in strict mode',
            ],
            [`0 ${n * 10}`, 'believes freeze stops only adding properties'],
            [`${n} ${n}`, 'believes freeze is deep and is silently enforced'],
          ],
        })
      : predict({
          code,
          key: `${n} ${n * 10}`,
          wrong: [
            [`${n} ${n}`, 'believes freeze also freezes nested objects'],
            [throws('TypeError'), 'believes writing a frozen property throws outside strict mode'],
            [`0 ${n * 10}`, 'believes freeze stops only adding properties'],
          ],
        })
  }),
  family('find-filter-findindex-misses', (rng) => {
    const xs = several(rng, [12, 18, 25, 31, 40, 47], 4)
    const limit = 100
    return predict({
      code: `const ages = [${xs.join(', ')}]\nconsole.log(ages.find((a) => a > ${limit}), ages.filter((a) => a > ${limit}).length, ages.findIndex((a) => a > ${limit}), ages.indexOf(${limit}))`,
      key: 'undefined 0 -1 -1',
      wrong: [
        ['null 0 -1 -1', 'believes find returns null when nothing matches'],
        ['-1 0 -1 -1', 'believes find returns -1 when nothing matches'],
        ['undefined 0 undefined -1', 'believes findIndex returns undefined when nothing matches'],
        ['undefined undefined -1 -1', 'believes filter returns undefined when nothing matches'],
      ],
    })
  }),
  family('push-returns-length', (rng) => {
    const xs = several(rng, WORDS, 2)
    const w = rng.pick(WORDS.filter((x) => !xs.includes(x)))
    const name = rng.pick(NAMES)
    return predict({
      code: `const ${name} = [${xs.map((x) => `'${x}'`).join(', ')}]\nconst result = ${name}.push('${w}')\nconsole.log(result, ${name}.concat(['x']).length, ${name}.length)`,
      key: `${xs.length + 1} ${xs.length + 2} ${xs.length + 1}`,
      wrong: [
        [
          `${xs.join(',')},${w} ${xs.length + 2} ${xs.length + 1}`,
          'believes push returns the array',
        ],
        [`${w} ${xs.length + 2} ${xs.length + 1}`, 'believes push returns the pushed element'],
        [
          `${xs.length} ${xs.length + 2} ${xs.length + 1}`,
          'believes push returns the length from before the push',
        ],
        [
          `${xs.length + 1} ${xs.length + 2} ${xs.length + 2}`,
          'believes concat adds to the array in place',
        ],
        [
          `${xs.length + 1} ${xs.length + 1} ${xs.length + 1}`,
          'believes concat returns the array unchanged when given an array',
        ],
      ],
    })
  }),
]
