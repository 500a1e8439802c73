import { family, type TsFamily, type Verdict, verdicts } from './probe.js'

// Narrowing as the handbook's "Narrowing" chapter describes control flow analysis: typeof,
// truthiness, equality, in, instanceof, type predicates, assertion functions, discriminated
// unions and exhaustiveness with never.

const fam = (id: string, before: string, pool: readonly Verdict[]): TsFamily =>
  family(id, (rng) => verdicts(rng, { before, pool }))

/** Narrowing and control flow: which lines tsc rejects once the code has (or has not) narrowed. */
export const NARROWING_FAMILIES: readonly TsFamily[] = [
  fam('typeof-guards', 'declare const v: string | number | null', [
    [
      'if (typeof v === "string") v.toUpperCase()',
      false,
      'believes typeof checks do not narrow a union',
    ],
    [
      'if (typeof v === "object") v.toFixed()',
      true,
      'believes typeof "object" narrows to the number member',
    ],
    [
      'if (typeof v !== "string" && v !== null) v.toFixed()',
      false,
      'believes two checks joined by && do not narrow together',
    ],
    [
      'if (typeof v === "number") v.toUpperCase()',
      true,
      'believes a typeof check leaves string methods available',
    ],
    ['if (typeof v === "object") v.length', true, 'believes typeof "object" rules null out'],
  ]),
  fam(
    'truthiness-narrowing',
    'declare const name: string | undefined\ndeclare const count: number | null',
    [
      ['if (name) name.trim()', false, 'believes a truthiness check does not remove undefined'],
      ['name.trim()', true, 'believes a possibly undefined string may be used without a check'],
      [
        'if (count) count.toFixed()',
        false,
        'believes a truthiness check cannot narrow out null from a number',
      ],
      ['const n: number = count || 0', false, 'believes the OR default keeps null in the type'],
      ['if (!name) name.trim()', true, 'believes a negated check narrows to the string'],
    ],
  ),
  fam(
    'in-operator-narrowing',
    'type Fish = { swim(): void }\ntype Bird = { fly(): void }\ndeclare const pet: Fish | Bird',
    [
      ['if ("swim" in pet) pet.swim()', false, 'believes the in operator does not narrow unions'],
      [
        'if ("swim" in pet) pet.fly()',
        true,
        'believes the in operator narrows only in the else branch',
      ],
      ['if (!("swim" in pet)) pet.fly()', false, 'believes a negated in check does not narrow'],
      ['pet.swim()', true, 'believes a method of one union member can be called on the union'],
      [
        'if ("fly" in pet) pet.fly()',
        false,
        'believes only the first union member can be tested with in',
      ],
    ],
  ),
  fam(
    'instanceof-narrowing',
    'class ApiError extends Error { status = 500 }\ndeclare const e: Error | string',
    [
      [
        'if (e instanceof ApiError) e.status',
        false,
        'believes instanceof cannot narrow to a subclass',
      ],
      [
        'if (e instanceof Error) e.status',
        true,
        'believes instanceof Error gives the subclass members',
      ],
      [
        'if (e instanceof Error) e.message',
        false,
        'believes instanceof does not narrow a union with string',
      ],
      [
        'if (!(e instanceof Error)) e.toUpperCase()',
        false,
        'believes the negated instanceof branch keeps Error in the type',
      ],
      ['e.message', true, 'believes a property of one union member can be read on the union'],
    ],
  ),
  fam(
    'discriminated-unions',
    'type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number }\ndeclare const s: Shape',
    [
      [
        'if (s.kind === "circle") s.r',
        false,
        'believes a literal kind check does not narrow the union',
      ],
      [
        'if (s.kind === "circle") s.side',
        true,
        'believes the other member is still readable after a kind check',
      ],
      [
        'if (s.kind !== "circle") s.side',
        false,
        'believes only an equality check narrows, not inequality',
      ],
      ['s.r', true, 'believes a property present in only one member can be read on the union'],
      [
        'if (s.kind === "triangle") s',
        true,
        'believes a comparison with a kind no member has is allowed',
      ],
    ],
  ),
  fam('exhaustive-never-check', 'type Status = "open" | "paid" | "void"\ndeclare const t: Status', [
    [
      'function a(s: Status): string { switch (s) { case "open": return "O"; case "paid": return "P" } const x: never = s; return x }',
      true,
      'believes the never check passes while a member is still unhandled',
    ],
    [
      'function b(s: Status): string { switch (s) { case "open": return "O"; case "paid": return "P"; case "void": return "V" } const x: never = s; return x }',
      false,
      'believes a switch over every member does not narrow the rest to never',
    ],
    [
      'function c(s: Status): string { switch (s) { case "open": return "O"; case "paid": return "P" } }',
      true,
      'believes a switch missing a member still returns on every path',
    ],
    [
      'function d(s: Status): string { switch (s) { case "open": return "O"; case "paid": return "P"; case "void": return "V" } }',
      false,
      'believes tsc demands a default case even when every member is handled',
    ],
    ['const y: never = t', true, 'believes a union variable outside any check is never'],
  ]),
  fam(
    'type-predicates',
    'interface User { id: number }\nfunction isUser(x: unknown): x is User {\n  return typeof x === "object" && x !== null && "id" in x\n}\nfunction looksLikeUser(x: unknown): boolean {\n  return typeof x === "object" && x !== null && "id" in x\n}\ndeclare const data: unknown',
    [
      [
        'if (isUser(data)) data.id',
        false,
        'believes a function returning x is User does not narrow its argument',
      ],
      [
        'if (looksLikeUser(data)) data.id',
        true,
        'believes a boolean-returning check narrows like a type predicate',
      ],
      ['data.id', true, 'believes unknown allows property access as any does'],
      [
        'if (!isUser(data)) data.id',
        true,
        'believes the false branch of a type predicate also narrows to the type',
      ],
    ],
  ),
  fam(
    'assertion-functions',
    'function assertString(v: unknown): asserts v is string {\n  if (typeof v !== "string") throw new Error("not a string")\n}\nfunction check(v: unknown): void {\n  if (typeof v !== "string") throw new Error("not a string")\n}\ndeclare const a: unknown\ndeclare const b: unknown\ndeclare const c: unknown',
    [
      [
        'assertString(a); a.toUpperCase()',
        false,
        'believes an assertion function does not narrow the code after it',
      ],
      [
        'check(b); b.toUpperCase()',
        true,
        'believes a throwing void function narrows as an asserts signature does',
      ],
      [
        'const n: number = c as number',
        false,
        'believes a type assertion from unknown needs an earlier check',
      ],
      ['b.toUpperCase()', true, 'believes unknown allows method calls'],
    ],
  ),
  fam('narrowing-lost-in-callbacks', 'declare const names: string[]', [
    [
      'function a(p: string | undefined) { if (p) names.forEach(() => p.length); p = undefined }',
      true,
      'believes narrowing holds in a callback even when the variable is assigned again later',
    ],
    [
      'function b(p: string | undefined) { if (p) names.forEach(() => p.length) }',
      false,
      'believes narrowing is always lost inside a callback',
    ],
    [
      'function c(p: string | undefined) { if (p) { const q = p; names.forEach(() => q.length) } }',
      false,
      'believes copying a narrowed value to a const loses the narrowing',
    ],
    [
      'function d(p: string | undefined) { names.forEach(() => p.length) }',
      true,
      'believes a parameter that may be undefined can be used in a callback without a check',
    ],
    [
      'function e(p: string | undefined) { p = p ?? ""; names.forEach(() => p.length) }',
      false,
      'believes a defaulted parameter still counts as possibly undefined in a callback',
    ],
  ]),
  fam(
    'equality-narrowing',
    'declare const x: string | number\ndeclare const y: string | boolean\ndeclare const m: string | null | undefined',
    [
      [
        'if (x === y) x.toUpperCase()',
        false,
        'believes comparing two unions does not narrow to their common member',
      ],
      [
        'if (m != null) m.trim()',
        false,
        'believes a loose inequality check against null removes only null, not undefined',
      ],
      [
        'if (m !== null) m.trim()',
        true,
        'believes a strict inequality check against null also removes undefined',
      ],
      [
        'if (m == undefined) { const s: string = m }',
        true,
        'believes a loose equality check against undefined narrows to the string',
      ],
    ],
  ),
  fam('array-isarray-narrowing', 'declare const input: string | string[]', [
    [
      'if (Array.isArray(input)) input.join(",")',
      false,
      'believes Array.isArray does not narrow a union',
    ],
    [
      'if (Array.isArray(input)) input.toUpperCase()',
      true,
      'believes string methods stay available after Array.isArray',
    ],
    [
      'const list: string[] = Array.isArray(input) ? input : [input]',
      false,
      'believes the conditional expression branches are not narrowed',
    ],
    [
      'if (typeof input === "object") input.join(",")',
      false,
      'believes typeof "object" cannot narrow to an array',
    ],
    ['input.join(",")', true, 'believes a method of the array member can be called on the union'],
  ]),
  fam(
    'non-null-assertion',
    'declare const el: HTMLElementLike | null\ninterface HTMLElementLike { id: string }\ndeclare const map: Map<string, number>',
    [
      ['el!.id', false, 'believes the non-null assertion is checked by the compiler'],
      ['el.id', true, 'believes a value typed with null can be used without a check'],
      [
        'const n: number = map.get("a")',
        true,
        'believes Map get returns the value type without undefined',
      ],
      [
        'const k: number = map.get("a")!',
        false,
        'believes the non-null assertion cannot remove undefined',
      ],
      ['el?.id.length', false, 'believes optional chaining still reports the null member'],
    ],
  ),
  fam(
    'optional-chaining-types',
    'interface Order { customer?: { email?: string } }\ndeclare const o: Order',
    [
      [
        'const e: string = o.customer?.email',
        true,
        'believes optional chaining gives the property type without undefined',
      ],
      [
        'const f: string | undefined = o.customer?.email',
        false,
        'believes an optional chain result cannot be held in a union with undefined',
      ],
      [
        'const g: string = o.customer?.email ?? "none"',
        false,
        'believes nullish coalescing keeps undefined in the type',
      ],
      [
        'const h: string = o.customer.email ?? "none"',
        true,
        'believes an optional property can be dereferenced without a check',
      ],
    ],
  ),
  fam('control-flow-assignments', 'declare function read(): string | number', [
    [
      'let v = read(); v = "fixed"; v.toUpperCase()',
      false,
      'believes an assignment does not narrow the declared union',
    ],
    ['let w = read(); w.toUpperCase()', true, 'believes the first union member is assumed'],
    [
      'let z: string | number = 5; z.toFixed()',
      false,
      'believes the initialiser does not narrow a declared union',
    ],
    [
      'let q: string | number = 5; q.toUpperCase()',
      true,
      'believes the declared union allows string methods after a number initialiser',
    ],
  ]),
  fam('unknown-narrowing', 'declare const body: unknown', [
    [
      'if (typeof body === "object" && body !== null && "id" in body) body.id',
      false,
      'believes in on an unknown object does not make the property readable',
    ],
    [
      'if (typeof body === "object") body.id',
      true,
      'believes typeof "object" alone makes properties readable',
    ],
    ['if (typeof body === "string") body.length', false, 'believes typeof cannot narrow unknown'],
    ['body.length', true, 'believes unknown allows property access'],
    [
      'if (body instanceof Date) body.getTime()',
      false,
      'believes instanceof cannot narrow unknown',
    ],
  ]),
  fam('switch-true-and-return-narrowing', 'declare const v: string | number', [
    [
      'function f() { if (typeof v === "string") return; v.toFixed() }',
      false,
      'believes an early return does not narrow the code after it',
    ],
    [
      'function g() { if (typeof v === "string") {} v.toFixed() }',
      true,
      'believes an if with an empty body narrows the code after it',
    ],
    [
      'function h() { if (typeof v === "number") throw new Error(); v.toUpperCase() }',
      false,
      'believes a throw does not narrow the code after it',
    ],
    [
      'function k() { if (typeof v !== "string") return; v.toFixed() }',
      true,
      'believes an early return leaves the returned member in the type',
    ],
  ]),
]
