import { VariantError } from '../assemble-variant.js'
import { family, type JsFamily, NAMES, predict, several, throws } from './probe.js'
import { type Row, tableLine } from './table.js'

// The rules below are ECMAScript 2024's: IsLooselyEqual (§7.2.14), ToNumber on strings
// (§7.1.4.1.1), the addition operator (§13.15.3), typeof (§13.5.3) and IsLessThan (§7.2.13).

const LOOSE: readonly Row[] = [
  ["0 == ''", 'true', 'false', 'believes loose equality compares a number and a string as text'],
  ["'0' == false", 'true', 'false', 'believes a non-empty string is loosely equal only to true'],
  ['null == 0', 'false', 'true', 'believes null converts to 0 for loose equality'],
  ['null == undefined', 'true', 'false', 'believes null and undefined are loosely unequal'],
  ['undefined == 0', 'false', 'true', 'believes undefined converts to 0 for loose equality'],
  ['NaN == NaN', 'false', 'true', 'believes NaN equals itself'],
  ["'1' == 1", 'true', 'false', 'treats loose equality as strict equality'],
  ["'' == false", 'true', 'false', 'believes an empty string is compared to false as text'],
  ["[] == ''", 'true', 'false', 'believes an array is never loosely equal to a string'],
  ["'1,2' == [1, 2]", 'true', 'false', 'believes an array is never loosely equal to a string'],
  ["' ' == 0", 'true', 'false', 'believes a blank string converts to NaN, not 0'],
]

const STRICT: readonly Row[] = [
  ["'1' === 1", 'false', 'true', 'believes strict equality converts the string to a number'],
  ['null === undefined', 'false', 'true', 'believes null and undefined are strictly equal'],
  ['NaN === NaN', 'false', 'true', 'believes NaN equals itself'],
  ['[1] === [1]', 'false', 'true', 'believes equal arrays are the same object'],
  ['({}) === ({})', 'false', 'true', 'believes two empty objects are the same object'],
  ['0 === -0', 'true', 'false', 'believes strict equality tells 0 from -0, as Object.is does'],
  [
    'Object.is(0, -0)',
    'false',
    'true',
    'believes Object.is treats 0 and -0 as strict equality does',
  ],
  ['Object.is(NaN, NaN)', 'true', 'false', 'believes Object.is says NaN differs from NaN'],
]

const TYPEOF: readonly Row[] = [
  ['typeof null', 'object', 'null', 'believes typeof reports null as its own type'],
  ['typeof []', 'object', 'array', 'believes typeof reports arrays as array'],
  ['typeof NaN', 'number', 'NaN', 'believes NaN has a type of its own'],
  ['typeof undefined', 'undefined', 'object', 'believes undefined is an object, as null is'],
  ['typeof (() => 1)', 'function', 'object', 'believes functions report as object'],
  ['typeof 10n', 'bigint', 'number', 'believes a BigInt literal is a number'],
  ["typeof new String('a')", 'object', 'string', 'believes a String object reports as string'],
  ['typeof Symbol()', 'symbol', 'string', 'believes a symbol is a kind of string'],
  ['typeof [].length', 'number', 'integer', 'believes typeof reports whole numbers as integer'],
  ['typeof Promise.resolve()', 'object', 'promise', 'believes typeof reports promises as promise'],
  ['typeof 0.5', 'number', 'float', 'believes typeof reports fractions as float'],
]

const TO_NUMBER: readonly Row[] = [
  ["Number('12px')", 'NaN', '12', 'believes Number reads a leading number as parseInt does'],
  ["parseInt('12px')", '12', 'NaN', 'believes parseInt rejects trailing text as Number does'],
  ["Number('')", '0', 'NaN', 'believes an empty string converts to NaN'],
  ["parseInt('')", 'NaN', '0', 'believes parseInt reads an empty string as 0, as Number does'],
  ["parseInt('1e3')", '1', '1000', 'believes parseInt reads exponent notation'],
  ["Number('1e3')", '1000', '1', 'believes Number stops at the letter e'],
  ["parseInt('0.9')", '0', '1', 'believes parseInt rounds to the nearest integer'],
  ["parseFloat('3.5kg')", '3.5', 'NaN', 'believes parseFloat rejects trailing text'],
  ["Number('0x1A')", '26', 'NaN', 'believes Number cannot read hexadecimal'],
  ['Number(null)', '0', 'NaN', 'believes null converts to NaN, as undefined does'],
  ['Number(undefined)', 'NaN', '0', 'believes undefined converts to 0, as null does'],
  ["Number('08')", '8', 'NaN', 'believes a leading zero makes the string invalid'],
  ["Number(' 42 ')", '42', 'NaN', 'believes surrounding blanks make the string invalid'],
]

const NAN_CHECKS: readonly Row[] = [
  ["isNaN('abc')", 'true', 'false', 'believes the global isNaN does not convert its argument'],
  ["Number.isNaN('abc')", 'false', 'true', 'believes Number.isNaN converts its argument first'],
  ['[NaN].includes(NaN)', 'true', 'false', 'believes includes compares with strict equality'],
  ['[NaN].indexOf(NaN)', '-1', '0', 'believes indexOf finds NaN, as includes does'],
  ['NaN === NaN', 'false', 'true', 'believes NaN equals itself'],
  ["isNaN('')", 'false', 'true', 'believes an empty string converts to NaN'],
  ['Number.isNaN(0 / 0)', 'true', 'false', 'believes zero divided by zero is Infinity'],
]

const COMPARE: readonly Row[] = [
  ["'10' < '9'", 'true', 'false', 'believes two numeric strings compare as numbers'],
  ["'10' < 9", 'false', 'true', 'believes a string and a number compare as text'],
  ['[10] < [9]', 'true', 'false', 'believes one-element arrays compare as the numbers they hold'],
  ["'a' < 'B'", 'false', 'true', 'believes string comparison ignores letter case'],
  [
    'null >= 0',
    'true',
    'false',
    'believes relational comparison treats null as loose equality does',
  ],
  ['undefined < 1', 'false', 'true', 'believes undefined converts to 0 when compared'],
  ['[2] > 1', 'true', 'false', 'believes an array cannot be compared with a number'],
]

/** Value semantics: equality, coercion, numbers and dates. */
export const VALUE_FAMILIES: readonly JsFamily[] = [
  family('loose-equality-table', (rng) => tableLine(rng, LOOSE, 4)),
  family('strict-equality-and-object-is', (rng) => tableLine(rng, STRICT, 4)),
  family('typeof-results', (rng) => tableLine(rng, TYPEOF, 4)),
  family('number-vs-parseint', (rng) => tableLine(rng, TO_NUMBER, 4)),
  family('nan-checks', (rng) => tableLine(rng, NAN_CHECKS, 4)),
  family('relational-comparison', (rng) => tableLine(rng, COMPARE, 4)),
  family('plus-concatenates-left-to-right', (rng) => {
    const [a, b, c] = several(rng, [2, 3, 4, 5, 6, 7, 8], 3)
    const form = rng.int(0, 2)
    const [code, key, wrong] =
      form === 0
        ? [
            `'${a}' + ${b} + ${c}`,
            `${a}${b}${c}`,
            [
              [`${a}${b + c}`, 'believes the numbers are added first, then joined to the string'],
              [String(a + b + c), 'believes the string converts to a number for the addition'],
              [`${a}${b}`, 'believes only the first number joins the string'],
              ['NaN', 'believes a string cannot be added to a number'],
            ],
          ]
        : form === 1
          ? [
              `${a} + ${b} + '${c}'`,
              `${a + b}${c}`,
              [
                [`${a}${b}${c}`, 'believes one string operand makes the whole sum a string'],
                [String(a + b + c), 'believes the string converts to a number for the addition'],
                [`${a}${b + c}`, 'believes addition groups from the right'],
                ['NaN', 'believes a string cannot be added to a number'],
              ],
            ]
          : [
              `'${a}${b}' - ${c} + '${a}'`,
              `${a * 10 + b - c}${a}`,
              [
                [
                  String(a * 10 + b - c + a),
                  'believes subtraction makes the rest of the line numeric',
                ],
                [`NaN`, 'believes a string cannot be subtracted from'],
                [`${a}${b}${c}${a}`, 'believes the minus sign is read as part of the text'],
                [`${a}${b}${a}`, 'believes subtracting from a string removes characters'],
              ],
            ]
    const v = rng.pick(['total', 'label', 'code', 'ref'])
    return predict({
      code: `const ${v} = ${code}\nconsole.log(${v})`,
      key,
      wrong: wrong as [string, string][],
      combine: false,
    })
  }),
  family('or-default-vs-nullish', (rng) => {
    const d = rng.int(5, 50)
    const v = rng.pick(['retries', 'discount', 'quantity', 'offset'])
    const zero = '0'
    const shows = '0'
    return predict({
      code: `const settings = { ${v}: ${zero}, label: null }\nconst a = settings.${v} || ${d}\nconst b = settings.${v} ?? ${d}\nconst c = settings.label ?? 'none'\nconsole.log(a, b, c)`,
      key: `${d} ${shows} none`,
      wrong: [
        [
          `${shows} ${shows} none`,
          'believes the OR operator falls back only when the value is missing',
        ],
        [`${d} ${d} none`, 'believes nullish coalescing falls back on any falsy value'],
        [`${d} ${shows} null`, 'believes nullish coalescing keeps an explicit null'],
        [`${shows} ${d} none`, 'swaps what the OR and nullish coalescing operators test'],
      ],
      apart: [
        ['OR operator falls', 'swaps'],
        ['coalescing falls back', 'swaps'],
      ],
    })
  }),
  family('float-sum-and-tofixed', (rng) => {
    const [x, y] = rng.pick([
      [0.1, 0.2],
      [0.1, 0.7],
      [0.2, 0.4],
      [1.1, 2.2],
      [0.3, 0.6],
      [4.35, 0.1],
    ] as const)
    const sum = x + y
    const exact = (Math.round(x * 100) + Math.round(y * 100)) / 100
    if (sum === exact) throw new VariantError('the sum is exact')
    const v = rng.pick(['total', 'amount', 'balance', 'price'])
    return predict({
      code: `const ${v} = ${x} + ${y}\nconsole.log(${v}, ${v} === ${exact}, ${v}.toFixed(2) === '${exact.toFixed(2)}')`,
      key: `${sum} false true`,
      wrong: [
        [`${exact} true true`, 'believes decimal fractions add exactly in binary floating point'],
        [`${exact} false true`, 'believes console.log rounds the number it shows'],
        [`${sum} false false`, 'believes toFixed shows the stored binary error'],
        [`${sum} true true`, 'believes strict equality compares numbers within a tolerance'],
      ],
    })
  }),
  family('remainder-sign', (rng) => {
    const b = rng.pick([3, 4, 5, 7])
    let a = rng.int(8, 30)
    if (a % b === 0) a += 1
    const r = -a % b
    const floorMod = ((-a % b) + b) % b
    return predict({
      code: `const n = -${a}\nconsole.log(n % ${b}, Math.floor(n / ${b}), Math.trunc(n / ${b}))`,
      key: `${r} ${Math.floor(-a / b)} ${Math.trunc(-a / b)}`,
      wrong: [
        [
          `${floorMod} ${Math.floor(-a / b)} ${Math.trunc(-a / b)}`,
          'believes the remainder takes the divisor’s sign, as in Python',
        ],
        [
          `${r} ${Math.trunc(-a / b)} ${Math.trunc(-a / b)}`,
          'believes Math.floor rounds toward zero',
        ],
        [
          `${r} ${Math.floor(-a / b)} ${Math.floor(-a / b)}`,
          'believes Math.trunc rounds down, as Math.floor does',
        ],
        [
          `${a % b} ${Math.floor(-a / b)} ${Math.trunc(-a / b)}`,
          'believes the remainder is always positive',
        ],
      ],
      apart: [['divisor’s sign', 'always positive']],
    })
  }),
  family('math-round-halves', (rng) => {
    const [a, b] = several(rng, [1, 2, 3, 4, 5, 6, 7], 2)
    const away = (v: number) => Math.sign(v) * Math.round(Math.abs(v))
    const even = (v: number) => {
      const f = Math.floor(v)
      return v - f === 0.5 ? (f % 2 === 0 ? f : f + 1) : Math.round(v)
    }
    const vals = [a + 0.5, -(b + 0.5)]
    const show = (f: (v: number) => number) =>
      vals.map((v) => String(f(v) === 0 ? 0 : f(v))).join(' ')
    return predict({
      code: `console.log(Math.round(${vals[0]}), Math.round(${vals[1]}))`,
      key: show(Math.round),
      wrong: [
        [show(away), 'believes Math.round rounds halves away from zero'],
        [show(even), 'believes Math.round rounds halves to the even neighbour'],
        [show(Math.trunc), 'believes Math.round drops the fraction'],
        [show(Math.floor), 'believes Math.round rounds down, as Math.floor does'],
      ],
      combine: false,
    })
  }),
  family('unsafe-integer-ids', (rng) => {
    const k = rng.pick([1, 3, 5, 7])
    const big = 2n ** 53n + BigInt(k)
    const id = rng.pick(['orderId', 'userId', 'accountId', 'tweetId'])
    const shown = String(Number(big))
    return predict({
      code: `const row = JSON.parse('{"${id}": ${big}}')\nconsole.log(row.${id}, Number.isSafeInteger(row.${id}))`,
      key: `${shown} false`,
      wrong: [
        [`${big} false`, 'believes JSON.parse keeps every digit, only flagging the number unsafe'],
        [`${big} true`, 'believes every integer JSON holds is exact in a JavaScript number'],
        [`${big}n false`, 'believes JSON.parse turns large integers into BigInt'],
        [`${shown} true`, 'believes a rounded integer still counts as safe'],
      ],
      combine: false,
    })
  }),
  family('truthy-filter-kept', (rng) => {
    // Each element: its source, how JSON.stringify writes it, and the belief that misjudges it.
    const truthy = several(
      rng,
      [
        ["'0'", '"0"', "believes the string '0' is falsy"],
        ['[]', '[]', 'believes an empty array is falsy'],
        ['{}', '{}', 'believes an empty object is falsy'],
        ["'false'", '"false"', "believes the string 'false' is falsy"],
        ["' '", '" "', 'believes a string holding a blank is falsy'],
        ['-1', '-1', 'believes negative numbers are falsy'],
      ] as const,
      3,
    )
    const falsy = several(
      rng,
      [
        ['0', '0'],
        ["''", '""'],
        ['null', 'null'],
      ] as const,
      2,
    )
    const items = rng.shuffle([...truthy, ...falsy])
    const keep = (drop: readonly string[], add: readonly string[] = []) =>
      `[${items
        .filter((x) => (truthy.includes(x as never) && !drop.includes(x[0])) || add.includes(x[0]))
        .map((x) => x[1])
        .join(',')}]`
    const name = rng.pick(NAMES)
    return predict({
      code: `const ${name} = [${items.map((x) => x[0]).join(', ')}]\nconsole.log(JSON.stringify(${name}.filter(Boolean)))`,
      key: keep([]),
      wrong: [
        ...truthy.map((t) => [keep([t[0]]), t[2]] as const),
        [
          keep([truthy[0][0], truthy[1][0]]),
          `${truthy[0][2]}, and also ${truthy[1][2].replace(/^believes /, 'that ')}`,
        ],
        [
          keep(
            [],
            falsy.map((f) => f[0]),
          ),
          'believes filter(Boolean) keeps every element that exists',
        ],
        [keep([], [falsy[0][0]]), `believes ${falsy[0][0]} is truthy because it is a value`],
        ['[]', 'believes filter(Boolean) keeps only elements that are the boolean true'],
      ],
      combine: false,
    })
  }),
  family('optional-chaining-stops', (rng) => {
    const [obj, prop, sub] = rng.pick([
      ['user', 'address', 'city'],
      ['order', 'shipping', 'carrier'],
      ['invoice', 'customer', 'email'],
    ] as const)
    const guarded = rng.next() < 0.5
    const code = `const ${obj} = { id: 7 }\nconsole.log(${obj}?.${prop}?.${sub}, ${obj}.${prop}${guarded ? '?.' : '.'}${sub})`
    return guarded
      ? predict({
          code,
          key: 'undefined undefined',
          wrong: [
            [throws('TypeError'), 'believes reading a missing nested property always throws'],
            ['null undefined', 'believes optional chaining returns null when it stops'],
            ['undefined null', 'believes a missing property reads as null'],
            [
              throws('ReferenceError'),
              'believes optional chaining on a missing property is an undeclared-name error',
            ],
          ],
        })
      : predict({
          code,
          key: throws('TypeError'),
          wrong: [
            ['undefined undefined', 'believes reading through a missing property gives undefined'],
            ['undefined', 'believes the failing argument is dropped and the rest is logged'],
            [throws('ReferenceError'), 'believes a missing property is an undeclared variable'],
            [
              `undefined ${throws('TypeError')}`,
              'believes the first argument is logged before the second throws',
            ],
          ],
        })
  }),
  family('date-month-overflow', (rng) => {
    const y = rng.pick([2025, 2026, 2027])
    const d = rng.pick([29, 30, 31])
    const dt = new Date(Date.UTC(y, 1, d))
    const m = dt.getUTCMonth()
    const day = dt.getUTCDate()
    return predict({
      ask: 'what does this code print? (The machine’s time zone is UTC.)',
      code: `const due = new Date(${y}, 1, ${d})\nconsole.log(due.getMonth(), due.getDate())`,
      key: `${m} ${day}`,
      wrong: [
        [`1 ${d}`, 'believes the Date constructor keeps an impossible day as given'],
        ['1 1', 'believes an impossible day falls back to the first of the month'],
        [`1 28`, 'believes an overflowing day is clamped to the month’s last day'],
        [`${m + 1} ${day}`, 'believes getMonth counts from 1'],
      ],
      apart: [['clamped', 'counts from 1']],
    })
  }),
  family('setmonth-end-of-month', (rng) => {
    const y = rng.pick([2025, 2026, 2027, 2028])
    const start = rng.pick([
      [0, 31],
      [2, 31],
      [4, 31],
      [7, 31],
      [9, 31],
    ] as const)
    const dt = new Date(Date.UTC(y, start[0], start[1]))
    dt.setUTCMonth(dt.getUTCMonth() + 1)
    const last = new Date(Date.UTC(y, start[0] + 2, 0)).getUTCDate()
    const iso = (mm: number, dd: number) => new Date(Date.UTC(y, mm, dd)).toISOString().slice(0, 10)
    return predict({
      code: `const d = new Date(Date.UTC(${y}, ${start[0]}, ${start[1]}))\nd.setUTCMonth(d.getUTCMonth() + 1)\nconsole.log(d.toISOString().slice(0, 10))`,
      key: dt.toISOString().slice(0, 10),
      wrong: [
        [iso(start[0] + 1, last), 'believes setMonth clamps to the last day of the shorter month'],
        [iso(start[0] + 1, 1), 'believes an overflowing date resets to the first of the month'],
        [iso(start[0], start[1] + 30), 'believes adding a month adds 30 days'],
        [
          iso(start[0], start[1]),
          'believes setUTCMonth counts months from 1, so adding 1 keeps the month',
        ],
      ],
    })
  }),
  family('tofixed-is-a-string', (rng) => {
    const [a, b] = several(rng, [1.5, 2.25, 3.75, 4.5, 9.99, 12.5], 2)
    const s = a.toFixed(2)
    return predict({
      code: `const price = ${a}\nconst shown = price.toFixed(2)\nconsole.log(shown + ${b}, typeof shown)`,
      key: `${s}${b} string`,
      wrong: [
        [`${(a + b).toFixed(2)} string`, 'believes the plus operator adds a numeric string'],
        [`${a + b} number`, 'believes toFixed returns a number'],
        [`${s}${b} number`, 'believes toFixed returns a number that prints with its zeros'],
        [`${(a + b).toFixed(2)} number`, 'believes toFixed returns a rounded number'],
        ['NaN string', 'believes adding a number to a formatted string gives NaN'],
        [
          `${s}${b.toFixed(2)} string`,
          'believes the appended number is formatted as toFixed formatted the first',
        ],
        [`${(a + b).toFixed(2)} object`, 'believes toFixed returns a Number wrapper object'],
      ],
      combine: false,
    })
  }),
]
