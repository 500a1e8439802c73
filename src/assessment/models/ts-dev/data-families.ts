import { family, type TsFamily, type Verdict, verdicts } from './probe.js'

// Typing data and APIs as the handbook and the TypeScript 4.9, 5.0 and 5.5 release notes state
// them: unknown against any, satisfies, const assertions, enums, declaration merging, branded
// types, inferred type predicates, Object.keys and declaration (.d.ts) files.

const fam = (
  id: string,
  before: string,
  pool: readonly Verdict[],
  files?: Readonly<Record<string, string>>,
): TsFamily => family(id, (rng) => verdicts(rng, { before, pool, ...(files ? { files } : {}) }))

/** Typing APIs and data: which lines tsc rejects. */
export const DATA_FAMILIES: readonly TsFamily[] = [
  fam('unknown-versus-any', 'declare const fromAny: any\ndeclare const fromUnknown: unknown', [
    ['fromAny.user.name.toUpperCase()', false, 'believes any still has its members checked'],
    ['fromUnknown.user', true, 'believes unknown allows property reads as any does'],
    [
      'const s: string = fromUnknown as string',
      false,
      'believes unknown cannot be asserted to a type',
    ],
    ['const t: string = fromUnknown', true, 'believes unknown is assignable to string as any is'],
    ['const v: unknown = fromAny', false, 'believes any cannot be assigned to unknown'],
  ]),
  fam(
    'json-parse-results',
    'interface Order { id: number; total: number }\ndeclare const text: string',
    [
      [
        'const a = JSON.parse(text); a.anything.at.all',
        false,
        'believes JSON.parse returns unknown, so its result must be narrowed',
      ],
      [
        'const b: Order = JSON.parse(text)',
        false,
        'believes an any result needs an assertion before it is annotated',
      ],
      [
        'const c: unknown = JSON.parse(text); c.id',
        true,
        'believes annotating a parse result as unknown still allows property reads',
      ],
      [
        'const d = JSON.parse(text) as Order; d.customer',
        true,
        'believes an asserted type still allows unlisted properties',
      ],
      [
        'const e: Order = JSON.parse(text) satisfies Order',
        false,
        'believes satisfies rejects an any value',
      ],
    ],
  ),
  fam(
    'satisfies-versus-annotation',
    'type Color = string | [number, number, number]\nconst palette = { red: [255, 0, 0], brand: "#0af" } satisfies Record<string, Color>\nconst typed: Record<string, Color> = { red: [255, 0, 0], brand: "#0af" }',
    [
      [
        'palette.brand.toUpperCase()',
        false,
        'believes satisfies widens each property to the union',
      ],
      [
        'typed.brand.toUpperCase()',
        true,
        'believes an annotation keeps each property narrow as satisfies does',
      ],
      [
        'const p = { red: [255, 0] } satisfies Record<string, Color>',
        true,
        'believes satisfies does not check the values',
      ],
      ['palette.green', true, 'believes satisfies lets any record key be read'],
      ['palette.red.map((c) => c * 2)', false, 'believes satisfies leaves red typed as the union'],
    ],
  ),
  fam(
    'const-assertions',
    'const config = { env: "prod", ports: [80, 443] } as const\nconst ROLES = ["admin", "editor"] as const\ntype Role = (typeof ROLES)[number]',
    [
      [
        'config.env = "dev"',
        true,
        'believes as const only narrows types and leaves properties writable',
      ],
      ['config.ports.push(8080)', true, 'believes as const freezes only the top level'],
      [
        'const r: Role = "editor"',
        false,
        'believes indexing a readonly tuple with number gives string',
      ],
      ['const s: Role = "viewer"', true, 'believes the derived union is plain string'],
      ['const t: "prod" = config.env', false, 'believes as const widens string values'],
    ],
  ),
  fam(
    'enum-kinds',
    'enum Dir { Up = 1, Down }\nenum Level { Low = "low", High = "high" }\nconst enum Flag { On = 1 }',
    [
      ['const a: string = Dir[1]', false, 'believes numeric enums have no reverse mapping'],
      ['const b = Level["low"]', true, 'believes string enums have a reverse mapping'],
      [
        'const c: Level = Level.High',
        false,
        'believes an enum member cannot be used as its enum type',
      ],
      [
        'const d: 2 = Dir.Down',
        false,
        'believes a numeric enum member after an initialiser has no fixed value',
      ],
      [
        'const e: Level = "high" as Level',
        false,
        'believes a string cannot be asserted to a string enum',
      ],
    ],
  ),
  fam(
    'declaration-file-modules',
    'import { charge, type Receipt } from "./payments"',
    [
      [
        'charge(500).then((r) => r.id)',
        false,
        'believes declarations in a .d.ts file have no types until implemented',
      ],
      ['charge("500")', true, 'believes a declaration file does not check argument types'],
      [
        'const r: Receipt = { id: "x", cents: 5 }',
        false,
        'believes interfaces from a declaration file cannot be used as annotations',
      ],
      [
        'charge(500, "eur")',
        false,
        'believes an optional parameter in a declaration file is required',
      ],
      ['charge(500).id', true, 'believes a declared Promise result can be read without awaiting'],
    ],
    {
      'payments.d.ts':
        'export interface Receipt { id: string; cents: number }\nexport declare function charge(cents: number, currency?: string): Promise<Receipt>',
    },
  ),
  fam(
    'ambient-declarations',
    'declare const API_URL: string\ndeclare function track(event: string, data?: Record<string, number>): void\ndeclare let build: number',
    [
      [
        'track("open", { ms: 5 })',
        false,
        'believes an ambient function cannot be called without an implementation in the project',
      ],
      ['track("open", { ms: "5" })', true, 'believes ambient declarations are not type-checked'],
      ['API_URL = "x"', true, 'believes a declared const can be reassigned'],
      ['build = 2', false, 'believes a declared let is read-only'],
      ['const u: number = API_URL.length', false, 'believes an ambient const has no members'],
    ],
  ),
  fam(
    'inferred-type-predicates',
    'declare const raw: (string | null)[]\ndeclare const mixed: (string | number)[]',
    [
      [
        'const a: string[] = raw.filter((x) => x !== null)',
        false,
        'believes filter never narrows the element type without a written predicate',
      ],
      [
        'const b: string[] = mixed.filter((x) => typeof x === "string")',
        false,
        'believes a typeof filter callback is not inferred as a predicate',
      ],
      [
        'const c: string[] = raw.filter((x) => !!x)',
        true,
        'believes a truthiness filter is inferred as a predicate though it also drops empty strings',
      ],
      [
        'const d: number[] = mixed.filter((x) => typeof x === "string")',
        true,
        'believes filter keeps the type of the members it removes',
      ],
      [
        'const e: string[] = raw.filter((x): x is string => x !== null)',
        false,
        'believes a written type predicate is not allowed on a filter callback',
      ],
    ],
  ),
  fam(
    'declaration-merging',
    'interface Settings { theme: string }\ninterface Settings { size: number }\nfunction makeId() { return 1 }\nnamespace makeId { export const prefix = "id-" }',
    [
      [
        'const s: Settings = { theme: "dark" }',
        true,
        'believes a second interface declaration replaces the first',
      ],
      [
        'const t: Settings = { theme: "dark", size: 2 }',
        false,
        'believes interfaces with the same name conflict',
      ],
      [
        'type Alias = { a: number }; type Alias = { b: number }',
        true,
        'believes type aliases merge as interfaces do',
      ],
      ['makeId.prefix.toUpperCase()', false, 'believes a namespace cannot merge with a function'],
      [
        'interface Settings { theme: number }',
        true,
        'believes a merged interface may redeclare a property with another type',
      ],
    ],
  ),
  fam(
    'object-keys-and-entries',
    'const prices = { apple: 1, pear: 2 }\ntype Fruit = keyof typeof prices',
    [
      [
        'Object.keys(prices).forEach((k) => prices[k])',
        true,
        'believes Object.keys returns the object key union',
      ],
      [
        'const keys = Object.keys(prices) as Fruit[]; keys.forEach((k) => prices[k])',
        false,
        'believes asserting the keys array is rejected',
      ],
      [
        'for (const k in prices) prices[k as Fruit]',
        false,
        'believes a for...in key cannot be asserted to the key union',
      ],
      [
        'const v: number[] = Object.values(prices)',
        false,
        'believes Object.values returns unknown values',
      ],
      [
        'const k: Fruit[] = Object.keys(prices)',
        true,
        'believes Object.keys is typed with the object keys',
      ],
    ],
  ),
  fam(
    'branded-types',
    'type Cents = number & { readonly __brand: "Cents" }\nconst cents = (n: number) => n as Cents\ndeclare function pay(amount: Cents): void',
    [
      ['pay(cents(500))', false, 'believes a branded value cannot be made without a class'],
      ['pay(500)', true, 'believes a plain number is accepted for a branded number'],
      ['const n: number = cents(5)', false, 'believes a branded number cannot be used as a number'],
      ['pay(cents(5) + cents(5))', true, 'believes arithmetic on branded numbers keeps the brand'],
    ],
  ),
  fam(
    'implements-clauses',
    'interface Store { get(key: string): string | undefined; set(key: string, value: string): void }',
    [
      [
        'class A implements Store { get(key: string) { return undefined } set(key: string, value: string) {} }',
        false,
        'believes implementing methods must repeat the declared return type',
      ],
      [
        'class B implements Store { get(key: string) { return key } }',
        true,
        'believes implements only checks the members the class declares',
      ],
      [
        'class C implements Store { get(key: number) { return "" } set(key: string, value: string) {} }',
        true,
        'believes method parameters of an implementation are not checked',
      ],
      [
        'class D implements Store { get(key: string) { return key } set(key: string, value: string) {} extra() {} }',
        false,
        'believes a class may not add members beyond the interface',
      ],
    ],
  ),
  fam(
    'readonly-array-apis',
    'declare const ids: readonly number[]\ndeclare function total(xs: number[]): number\ndeclare function sum(xs: readonly number[]): number',
    [
      [
        'ids.map((i) => i * 2).push(1)',
        false,
        'believes map on a readonly array returns a readonly array',
      ],
      ['ids.sort()', true, 'believes sort is available on a readonly array'],
      ['total(ids)', true, 'believes a readonly array can be given to a mutable array parameter'],
      [
        'sum([1, 2])',
        false,
        'believes a mutable array literal cannot be given to a readonly parameter',
      ],
      [
        'const copy = [...ids]; copy.sort()',
        false,
        'believes a spread copy of a readonly array is still readonly',
      ],
    ],
  ),
  fam(
    'this-parameters-and-methods',
    'interface Counter { count: number; inc(this: Counter): void }\ndeclare const c: Counter',
    [
      ['c.inc()', false, 'believes a declared this parameter must be passed as an argument'],
      ['const f = c.inc; f()', true, 'believes a detached method keeps its this binding'],
      ['c.inc.call(c)', false, 'believes call cannot supply a typed this'],
      ['c.inc.call({})', true, 'believes call with any object satisfies the this type'],
    ],
  ),
  fam(
    'abstract-classes',
    'abstract class Report { abstract title(): string; print() { return this.title() } }',
    [
      ['new Report()', true, 'believes an abstract class can be instantiated'],
      [
        'class Sales extends Report { title() { return "Sales" } }',
        false,
        'believes a subclass must also implement the concrete methods',
      ],
      [
        'class Empty extends Report {}',
        true,
        'believes a concrete subclass may leave abstract members out',
      ],
      [
        'abstract class Draft extends Report {}',
        false,
        'believes an abstract subclass must implement the abstract members',
      ],
      [
        'const make = (R: new () => Report) => new R()',
        false,
        'believes a constructor type of an abstract class cannot be called',
      ],
    ],
  ),
  fam(
    'index-signature-versus-record-keys',
    'type Sizes = Record<"S" | "M", number>\ntype Open = Record<string, number>\ndeclare const open: Open',
    [
      [
        'const a: Sizes = { S: 1, M: 2 }',
        false,
        'believes a Record of literal keys accepts any subset',
      ],
      ['const b: Sizes = { S: 1 }', true, 'believes every key of a literal Record is optional'],
      [
        'const c: Sizes = { S: 1, M: 2, L: 3 }',
        true,
        'believes extra keys are allowed in a Record of literal keys',
      ],
      [
        'const d: number = open.anything',
        false,
        'believes an open record rejects a dotted read of an unlisted key',
      ],
      ['const e: Open = { S: 1, M: "2" }', true, 'believes a Record does not check value types'],
    ],
  ),
]
