import { snippetModel } from './snippet-model.js'

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
    const otherOps = OPERATORS.filter((o) => o !== op)
    // Each mistake is a way of converting the operands wrongly, never a fixed odd answer
    // (a lone `NaN` or `undefined` is crossed out by a candidate who knows nothing).
    return {
      source: src(a, op, b),
      question: 'What does this code log? (`show` prints strings with their quotes.)',
      mistakes: [
        src(`Number(${a})`, op, `Number(${b})`),
        src(`String(${a})`, op, `String(${b})`),
        src(a, rng.pick(otherOps), b),
        // Conversion by truthiness, by parseInt, or operands taken in the other order.
        src(`Boolean(${a})`, op, `Boolean(${b})`),
        src(`parseInt(${a})`, op, `parseInt(${b})`),
        src(b, op, a),
      ],
    }
  },
})
