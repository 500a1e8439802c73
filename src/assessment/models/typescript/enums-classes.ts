import { snippetModel } from '../javascript/snippet-model.js'

/** Numeric enums (auto-increment, reverse mapping), parameter properties and getters. */
export const enumsClassesModel = snippetModel({
  id: 'ts-enums-classes',
  title: 'TypeScript enums and classes',
  language: 'typescript',
  build: (rng) => {
    if (rng.next() < 0.5) {
      const start = rng.int(0, 5)
      const jump = rng.int(start + 3, 20)
      const names = rng
        .shuffle(['Draft', 'Review', 'Pretest', 'Live', 'Retired', 'Archived'])
        .slice(0, 4)
      const [n0, n1, n2, n3] = names as [string, string, string, string]
      const src = (s: number, j: number, pick: string) =>
        `enum Stage {\n  ${n0} = ${s},\n  ${n1},\n  ${n2} = ${j},\n  ${n3},\n}\nconst s: Stage = Stage.${pick}\nconsole.log(s, Stage[s + 1] ?? 'none')`
      const pick = rng.pick([n1, n3, n0])
      return {
        source: src(start, jump, pick),
        mistakes: [
          src(start, jump - 1, pick),
          src(start + 1, jump, pick),
          src(0, jump, pick),
          src(start, jump + 1, pick),
        ],
      }
    }
    const rate = rng.int(5, 25)
    const qty = rng.int(2, 9)
    const price = rng.int(3, 40)
    const src = (body: string, total = 'this.price * this.qty') =>
      `class Line {\n  constructor(\n    readonly price: number,\n    public qty: number,\n  ) {}\n  get total(): number {\n    return ${total}\n  }\n}\nconst line = new Line(${price}, ${qty})\n${body}\nconsole.log(line.total)`
    const bodies = [
      'line.qty += 1',
      'line.qty = line.qty * 2',
      `line.qty -= ${Math.min(qty - 1, 2)}`,
    ]
    const body = rng.pick(bodies)
    return {
      source: src(body, `Math.round(this.price * this.qty * ${100 + rate}) / 100`),
      mistakes: [
        src(body),
        src('', `Math.round(this.price * this.qty * ${100 + rate}) / 100`),
        src(body, `Math.round(this.price * this.qty * ${100 - rate}) / 100`),
        src(body, `Math.round(this.price * this.qty * ${rate}) / 100`),
      ],
    }
  },
})
