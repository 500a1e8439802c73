import { family, type JsFamily, predict, several } from './probe.js'

// ECMAScript 2024: JSON.stringify skips undefined and functions and writes NaN as null and a
// Date through its toJSON (§25.5.2); own keys list integer keys first, ascending, then strings
// in insertion order (§10.1.11.1); property keys are strings, while Map and Set compare keys
// with SameValueZero (§24.1, §24.2), so two object literals are two keys.

/** Objects as records: JSON, key order, Map and Set. */
export const OBJECT_FAMILIES: readonly JsFamily[] = [
  family('json-stringify-drops-and-converts', (rng) => {
    const n = rng.int(2, 99)
    const y = rng.pick([2024, 2025, 2026])
    const k = rng.pick(['note', 'ref', 'memo'])
    return predict({
      code: `const row = { qty: ${n}, ${k}: undefined, ratio: NaN, at: new Date(Date.UTC(${y}, 0, 2)), fmt() {} }\nconsole.log(JSON.stringify(row))`,
      key: `{"qty":${n},"ratio":null,"at":"${y}-01-02T00:00:00.000Z"}`,
      wrong: [
        [
          `{"qty":${n},"${k}":null,"ratio":null,"at":"${y}-01-02T00:00:00.000Z"}`,
          'believes undefined properties are written as null',
        ],
        [
          `{"qty":${n},"ratio":NaN,"at":"${y}-01-02T00:00:00.000Z"}`,
          'believes NaN is written as NaN',
        ],
        [`{"qty":${n},"ratio":null,"at":{}}`, 'believes a Date is written as an empty object'],
        [
          `{"qty":${n},"ratio":null,"at":"${y}-01-02T00:00:00.000Z","fmt":{}}`,
          'believes methods are written as empty objects',
        ],
        [
          `{"qty":${n},"ratio":null,"at":"${y}-01-02"}`,
          'believes a Date is written as its calendar date only',
        ],
        [
          `{"qty":${n},"${k}":undefined,"ratio":NaN,"at":"${y}-01-02T00:00:00.000Z"}`,
          'believes JSON.stringify writes every value as JavaScript shows it',
        ],
        [
          `{"qty":${n},"${k}":null,"ratio":NaN,"at":"${y}-01-02T00:00:00.000Z"}`,
          'believes undefined is written as null and NaN as NaN',
        ],
        [
          `{"qty":${n},"${k}":null,"ratio":null,"at":{}}`,
          'believes undefined properties are written as null and a Date as an empty object',
        ],
        [
          `{"qty":${n},"ratio":NaN,"at":{},"fmt":{}}`,
          'believes NaN is written as NaN and Dates and methods as empty objects',
        ],
      ],
      combine: false,
    })
  }),
  family('object-key-order', (rng) => {
    const [a, b] = several(rng, ['name', 'city', 'zip', 'email'], 2)
    const [n1, n2] = several(rng, [2, 10, 7, 30], 2)
    const ordered = [n1, n2].sort((x, y) => x - y)
    return predict({
      code: `const row = {}\nrow.${a} = 1\nrow['${n1}'] = 1\nrow.${b} = 1\nrow['${n2}'] = 1\nconsole.log(Object.keys(row).join(','))`,
      key: `${ordered.join(',')},${a},${b}`,
      wrong: [
        [`${a},${n1},${b},${n2}`, 'believes object keys always keep insertion order'],
        [`${a},${b},${ordered.join(',')}`, 'believes integer-like keys come after the others'],
        [[String(n1), String(n2), a, b].sort().join(','), 'believes keys are sorted as text'],
      ],
      combine: false,
    })
  }),
  family('map-vs-object-keys', (rng) => {
    const n = rng.int(1, 9)
    const [a, b] = several(rng, ['first', 'second', 'one', 'two', 'x', 'y'], 2)
    return predict({
      code: `const obj = {}\nobj[${n}] = '${a}'\nobj['${n}'] = '${b}'\nconst map = new Map()\nmap.set(${n}, '${a}')\nmap.set('${n}', '${b}')\nconsole.log(Object.keys(obj).length, map.size, map.get(${n}))`,
      key: `1 2 ${a}`,
      wrong: [
        [`2 2 ${a}`, 'believes an object keeps number and string keys apart'],
        [`1 1 ${b}`, 'believes a Map converts keys to strings, as objects do'],
        [`1 2 ${b}`, 'believes map.get converts its key to a string'],
      ],
      apart: [['converts keys', 'converts its key']],
    })
  }),
  family('set-of-objects-by-reference', (rng) => {
    const [a, b] = several(rng, [1, 2, 3, 4, 5], 2)
    return predict({
      code: `const seen = new Set([${a}, ${a}, '${a}', { id: ${b} }, { id: ${b} }])\nconsole.log(seen.size, seen.has(${a}), seen.has({ id: ${b} }))`,
      key: '4 true false',
      wrong: [
        ['2 true true', 'believes a Set compares objects and strings by value as loose equality'],
        ['3 true true', 'believes a Set compares objects by their contents'],
        ['5 true false', 'believes a Set keeps duplicate numbers'],
        ['3 true false', 'believes a Set treats the string and the number as one'],
        ['1 false false', 'believes a Set made from an array holds the array as one entry'],
      ],
      combine: false,
    })
  }),
]
