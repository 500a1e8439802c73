import type { Rng } from '../../rng.js'
import { type Snippet, snippetModel } from '../javascript/snippet-model.js'

/*
 * Numeric enums (auto-increment after an initialiser, reverse mapping) and classes (parameter
 * properties, getters). Each distractor is what a program prints when it behaves the way a named
 * misconception says TypeScript behaves, run in the same sandbox as the key; a misconception that
 * predicts the key's own output in a draw is dropped, never replaced by a near number.
 */

function enumSnippet(rng: Rng): Snippet {
  const start = rng.int(0, 5)
  const jump = rng.int(start + 3, 20)
  const names = rng
    .shuffle(['Draft', 'Review', 'Pretest', 'Live', 'Retired', 'Archived'])
    .slice(0, 4)
  const [n0, n1, n2, n3] = names as [string, string, string, string]
  // An implicit member follows the member before it, so the one after an explicit initialiser
  // counts on from that initialiser; only the first member of an enum without one starts at 0.
  const body = (after1 = '', after3 = '') =>
    `enum Stage {\n  ${n0} = ${start},\n  ${n1}${after1},\n  ${n2} = ${jump},\n  ${n3}${after3},\n}`
  const pick = rng.pick([n1, n3])
  const before = `Stage[Stage.${pick} - 1] ?? 'none'`
  const log = (first: string, second = before) => `console.log(${first}, ${second})`
  const program = (enumBody: string, line: string) => `${enumBody}\n${line}`
  return {
    source: program(body(), log(`Stage.${pick}`)),
    mistakes: [
      {
        source: program(body(' = 1', ' = 3'), log(`Stage.${pick}`)),
        mistake:
          'numbers an implicit member by its position in the enum, ignoring the initialiser before it',
      },
      {
        source: program(body('', ` = ${start + 2}`), log(`Stage.${pick}`)),
        mistake: 'continues the count of the earlier implicit members past the explicit one',
      },
      {
        source: program(body(), log(`Stage[Stage.${pick}]`)),
        mistake: 'expects a numeric enum member to log as its name, as C# and Java print enums',
      },
      {
        source: program(body(), log(`'Stage.' + Stage[Stage.${pick}]`)),
        mistake: 'expects a numeric enum member to log qualified by its enum, as Python prints one',
      },
      {
        source: program(body(), log(`Stage.${pick}`, `'none'`)),
        mistake: 'thinks a numeric enum has no reverse mapping from value to name',
      },
    ],
  }
}

function classSnippet(rng: Rng): Snippet {
  const rate = rng.int(5, 25)
  const qty = rng.int(2, 9)
  const price = rng.int(3, 40)
  const change = rng.pick([
    'line.qty += 1',
    'line.qty = line.qty * 2',
    `line.qty -= ${Math.min(qty - 1, 2)}`,
  ])
  const total = `Math.round(this.price * this.qty * ${100 + rate}) / 100`
  const fields = `  constructor(\n    readonly price: number,\n    public qty: number,\n  ) {}`
  const program = (opts: { fields?: string; getter?: string; body?: string; log?: string }) =>
    `class Line {\n${opts.fields ?? fields}\n  get total(): number {\n    return ${opts.getter ?? total}\n  }\n}\nconst line = new Line(${price}, ${qty})\n${opts.body ?? change}\nconsole.log(${opts.log ?? 'line.total'})`
  return {
    source: program({}),
    mistakes: [
      {
        // Evaluated before the change, which is what a value fixed at construction would hold.
        source: program({ body: `const atStart = line.total\n${change}`, log: 'atStart' }),
        mistake: 'thinks a getter works its value out once, when the object is built',
      },
      {
        source: program({
          fields: '  price!: number\n  qty!: number\n  constructor(price: number, qty: number) {}',
        }),
        mistake:
          'thinks constructor parameters marked readonly or public are not stored on the instance unless assigned in the body',
      },
      {
        source: program({ getter: `Math.round((this.price * this.qty * ${100 + rate}) / 100)` }),
        mistake: 'reads Math.round(x) / 100 as rounding to a whole amount, not to hundredths',
      },
      {
        source: program({ log: "Object.getOwnPropertyDescriptor(Line.prototype, 'total')?.get" }),
        mistake: 'thinks reading a getter without parentheses gives the function, not its value',
      },
    ],
  }
}

/** Numeric enums (auto-increment, reverse mapping), parameter properties and getters. */
export const enumsClassesModel = snippetModel({
  id: 'ts-enums-classes',
  title: 'TypeScript enums and classes',
  language: 'typescript',
  build: (rng) => (rng.next() < 0.5 ? enumSnippet(rng) : classSnippet(rng)),
})
