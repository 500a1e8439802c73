import { type NamedMisreading, snippetModel } from './snippet-model.js'

const OPERANDS = [
  "'5'",
  '5',
  '2',
  "'2'",
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '[3]',
  "''",
  "'a'",
]
const OPERATORS = ['+', '-', '*', '==', '===', '<']

const SHOW = '(v) => (typeof v === "string" ? JSON.stringify(v) : String(v))'

/** Implicit type conversion of + − * == === < between mixed operands. */
export const coercionModel = snippetModel({
  id: 'js-type-coercion',
  title: 'JavaScript type coercion',
  language: 'javascript',
  build: (rng) => {
    const a = rng.pick(OPERANDS)
    const b = rng.pick(OPERANDS)
    const op = rng.pick(OPERATORS)
    const src = (left: string, o: string, right: string) =>
      `const show = ${SHOW}\nconsole.log(show(${left} ${o} ${right}))`
    // Each mistake is a named belief about the operator: a rule of conversion applied to both
    // operands, == and === swapped, a result C, Python or SQL would give; never another operator
    // the code does not use, the operands swapped, or a fixed odd answer (a lone `NaN` or
    // `undefined` is crossed out by a candidate who knows nothing).
    const both = (f: (x: string) => string, mistake: string): NamedMisreading => ({
      source: src(f(a), op, f(b)),
      mistake,
    })
    const strictness: NamedMisreading[] =
      op === '=='
        ? [
            {
              source: src(a, '===', b),
              mistake: 'thinks == compares without converting types, as === does',
            },
          ]
        : op === '==='
          ? [
              {
                source: src(a, '==', b),
                mistake: 'thinks === converts its operands before comparing, as == does',
              },
            ]
          : []
    // Beliefs about what one kind of operand becomes as a number, offered where that operand is
    // converted to a number (arithmetic without a string or array, which + joins as text).
    const stringLike = (x: string) => x.startsWith("'") || x.startsWith('[')
    const numeric = op === '-' || op === '*' || (op === '+' && !stringLike(a) && !stringLike(b))
    const asNumber = (
      operands: readonly string[],
      value: string,
      mistake: string,
    ): NamedMisreading[] =>
      numeric && (operands.includes(a) || operands.includes(b))
        ? [both((x) => (operands.includes(x) ? value : x), mistake)]
        : []
    const repeat: NamedMisreading[] =
      op === '*' && stringLike(a) !== stringLike(b) && (a.startsWith("'") || b.startsWith("'"))
        ? [
            {
              source: src(
                `String(${a.startsWith("'") ? a : b}).repeat`,
                '',
                `(Number(${a.startsWith("'") ? b : a}))`,
              ),
              mistake: 'thinks multiplying a string by a number repeats the string, as Python does',
            },
          ]
        : []
    const beliefs = [
      ...asNumber(['undefined'], '0', 'thinks undefined converts to 0, as null does'),
      ...asNumber(['null'], 'NaN', 'thinks null converts to NaN, as undefined does'),
      ...asNumber(["''"], 'NaN', 'thinks an empty string converts to NaN, not 0'),
      ...asNumber(['[]', '[3]'], 'NaN', 'thinks an array converts to NaN in arithmetic'),
      ...asNumber(['true', 'false'], 'NaN', 'thinks a boolean cannot become a number, giving NaN'),
      ...repeat,
      ...(numeric && (a.startsWith("'") || b.startsWith("'"))
        ? [
            {
              source: src(`String(${a}`, op, `${b})`),
              mistake: 'thinks arithmetic with a string operand gives its result as a string',
            },
          ]
        : []),
    ]
    // A comparison has two answers; what else a candidate expects of it is a number, as C gives.
    const comparison = ['==', '===', '<'].includes(op)
    const cStyle: NamedMisreading[] = comparison
      ? [
          {
            source: src(`Number(${a}`, op, `${b})`),
            mistake: 'expects a comparison to give 1 or 0, as it does in C',
          },
          {
            source: src(`Number(Number(${a})`, op, `Number(${b}))`),
            mistake:
              'expects a comparison to give 1 or 0, as in C + thinks the operator converts both operands to numbers first',
          },
          {
            source: src(`Number(String(${a})`, op, `String(${b}))`),
            mistake:
              'expects a comparison to give 1 or 0, as in C + thinks the operator converts both operands to strings first',
          },
        ]
      : []
    const nullish = [a, b].find((x) => x === 'null' || x === 'undefined')
    const sqlNull: NamedMisreading[] =
      comparison && nullish
        ? [
            {
              source: src(`(${a}`, op, `${b}, ${nullish})`),
              mistake:
                'expects a comparison with null or undefined to give that value back, as a comparison with NULL does in SQL',
            },
          ]
        : []
    return {
      source: src(a, op, b),
      question: 'What does this code log? (`show` prints strings with their quotes.)',
      mistakes: [
        both((x) => `Number(${x})`, 'thinks the operator converts both operands to numbers first'),
        both((x) => `String(${x})`, 'thinks the operator converts both operands to strings first'),
        ...strictness,
        both(
          (x) => `Boolean(${x})`,
          'thinks the operator works on the truthiness of its operands, converting both to booleans',
        ),
        both(
          (x) => `parseInt(${x})`,
          "thinks operands convert to numbers as parseInt reads them, so '', null, true and [] give NaN",
        ),
        ...beliefs,
        ...cStyle,
        ...sqlNull,
      ],
    }
  },
})
