import { family, type TsFamily, type Verdict, verdicts } from './probe.js'

// Generics as the handbook's "Generics" chapter states them: inference from arguments, extends
// constraints, keyof constraints, defaults, const type parameters and generic classes.

const fam = (id: string, before: string, pool: readonly Verdict[]): TsFamily =>
  family(id, (rng) => verdicts(rng, { before, pool }))

/** Generics and constraints: which calls and declarations tsc accepts. */
export const GENERIC_FAMILIES: readonly TsFamily[] = [
  fam(
    'extends-constraints',
    'function longest<T extends { length: number }>(a: T, b: T): T {\n  return a.length >= b.length ? a : b\n}',
    [
      ['longest("ab", "c")', false, 'believes a string does not satisfy a length constraint'],
      ['longest([1, 2], [3])', false, 'believes an array does not satisfy a length constraint'],
      ['longest(10, 20)', true, 'believes numbers have a length property'],
      ['longest("ab", [1])', true, 'believes a string and an array infer one shared T'],
      [
        'const s: string = longest("a", "bc")',
        false,
        'believes the return type widens to the constraint',
      ],
    ],
  ),
  fam(
    'keyof-constraints',
    'function get<T, K extends keyof T>(obj: T, key: K): T[K] {\n  return obj[key]\n}\nconst user = { id: 1, name: "Ann" }',
    [
      ['get(user, "name")', false, 'believes a literal key must be cast to keyof'],
      ['get(user, "email")', true, 'believes any string key is accepted'],
      [
        'const n: number = get(user, "id")',
        false,
        'believes T[K] gives the union of all property types',
      ],
      ['const m: number = get(user, "name")', true, 'believes T[K] is any'],
      [
        'function bad<T>(obj: T, key: string) { return obj[key] }',
        true,
        'believes a plain string can index a generic T',
      ],
    ],
  ),
  fam('unconstrained-type-parameter', '', [
    [
      'function a<T>(x: T) { return x.length }',
      true,
      'believes an unconstrained type parameter has the members of its future arguments',
    ],
    [
      'function b<T extends string>(x: T) { return x.length }',
      false,
      'believes a constraint does not give its members to T',
    ],
    [
      'function c<T>(x: T): T { return x }',
      false,
      'believes an identity function needs a constraint',
    ],
    [
      'function d<T>(x: T): string { return x }',
      true,
      'believes an unconstrained T is assignable to string',
    ],
    [
      'function e<T>(x: T[]) { return x.length }',
      false,
      'believes an array of T lacks length without a constraint',
    ],
  ]),
  fam(
    'generic-return-inference',
    'function first<T>(items: T[]): T | undefined {\n  return items[0]\n}\nfunction wrap<T>(value: T): { value: T } {\n  return { value }\n}',
    [
      [
        'const a: number | undefined = first([1, 2])',
        false,
        'believes T is inferred as unknown from an array literal',
      ],
      [
        'const b: number = first([1, 2])',
        true,
        'believes the declared undefined disappears when the array is not empty',
      ],
      [
        'const c: { value: string } = wrap("x")',
        false,
        'believes T is inferred as the literal and is not assignable to string',
      ],
      [
        'const d: { value: number } = wrap("x")',
        true,
        'believes inferred generics adapt to the annotation',
      ],
      [
        'first<string>([1])',
        true,
        'believes an explicit type argument is overridden by the argument types',
      ],
    ],
  ),
  fam('generic-defaults', 'interface Box<T = string> { value: T }\ntype Pair<A, B = A> = [A, B]', [
    [
      'const a: Box = { value: "x" }',
      false,
      'believes a generic interface always needs a type argument',
    ],
    ['const b: Box = { value: 1 }', true, 'believes a default type argument is any'],
    [
      'const c: Pair<number> = [1, 2]',
      false,
      'believes a later default cannot refer to an earlier parameter',
    ],
    [
      'const d: Pair<number> = [1, "2"]',
      true,
      'believes an omitted type argument defaults to unknown',
    ],
    [
      'const e: Box<number> = { value: 1 }',
      false,
      'believes a default type argument cannot be overridden',
    ],
  ]),
  fam(
    'const-type-parameters',
    'function tags<const T extends readonly string[]>(t: T): T {\n  return t\n}\nfunction plain<T extends readonly string[]>(t: T): T {\n  return t\n}',
    [
      [
        'const a: readonly ["x", "y"] = tags(["x", "y"])',
        false,
        'believes a const type parameter still widens literals to string',
      ],
      [
        'const b = plain(["x", "y"]); const bb: readonly ["x", "y"] = b',
        true,
        'believes every generic infers a readonly tuple of literals',
      ],
      [
        'const c = plain(["x", "y"]); const cc: string[] = c',
        false,
        'believes a plain type parameter infers a readonly tuple',
      ],
      [
        'const d: readonly ["x"] = tags(["x", "y"])',
        true,
        'believes a tuple may be given to a shorter tuple type',
      ],
    ],
  ),
  fam(
    'generic-classes',
    'class Stack<T> {\n  private items: T[] = []\n  push(item: T) { this.items.push(item) }\n  pop(): T | undefined { return this.items.pop() }\n}\nconst s = new Stack<number>()\nconst loose = new Stack()',
    [
      ['s.push(1)', false, 'believes a generic class method needs its own type argument'],
      ['s.push("1")', true, 'believes a generic class accepts any value once created'],
      ['const n: number = s.pop()', true, 'believes pop on a typed stack cannot return undefined'],
      [
        'loose.push("x")',
        false,
        'believes a class created without a type argument rejects every push',
      ],
      ['s.items.length', true, 'believes private members can be read from outside the class'],
    ],
  ),
  fam(
    'inference-from-multiple-arguments',
    'function same<T>(a: T, b: T): T {\n  return a\n}\nfunction merge<A, B>(a: A, b: B): A & B {\n  return { ...a, ...b }\n}',
    [
      ['same(1, 2)', false, 'believes two literals infer two different T'],
      ['same(1, "2")', true, 'believes T is inferred as a union of both arguments'],
      [
        'same<string | number>(1, "2")',
        false,
        'believes an explicit union type argument is still rejected',
      ],
      [
        'const m: { a: number; b: string } = merge({ a: 1 }, { b: "x" })',
        false,
        'believes the intersection lacks the second object members',
      ],
      [
        'const n: { a: number } = merge({ a: "1" }, { b: 2 })',
        true,
        'believes the intersection coerces property types',
      ],
    ],
  ),
  fam(
    'generic-constraints-on-objects',
    'function withId<T extends { id: number }>(row: T): T {\n  return row\n}',
    [
      [
        'withId({ id: 1, name: "a" })',
        false,
        'believes extra properties fail a generic constraint as they fail an annotation',
      ],
      ['withId({ id: "1" })', true, 'believes the constraint only requires the key, not its type'],
      ['withId({ name: "a" })', true, 'believes a constraint property is optional'],
      [
        'const r: { id: number; name: string } = withId({ id: 1, name: "a" })',
        false,
        'believes the result is narrowed back to the constraint',
      ],
    ],
  ),
  fam(
    'generic-callbacks-and-map',
    'function mapAll<T, U>(items: T[], fn: (item: T) => U): U[] {\n  return items.map(fn)\n}',
    [
      [
        'const a: string[] = mapAll([1, 2], (n) => n.toFixed())',
        false,
        'believes the callback parameter is not inferred from the array',
      ],
      [
        'const b: number[] = mapAll([1, 2], (n) => n.toFixed())',
        true,
        'believes the result element type follows the input element type',
      ],
      ['mapAll(["a"], (s) => s.toFixed())', true, 'believes the callback parameter is any'],
      [
        'const c = mapAll([1], String); const d: string[] = c',
        false,
        'believes a built-in function cannot be used as the callback',
      ],
    ],
  ),
  fam('promise-generics', 'async function load(): Promise<number> {\n  return 1\n}', [
    [
      'const a: number = load()',
      true,
      'believes an async function result can be used without await',
    ],
    [
      'async function f() { const b: number = await load() }',
      false,
      'believes await does not unwrap the promise type',
    ],
    [
      'async function g(): Promise<string> { return 1 }',
      true,
      'believes an async function may return any type',
    ],
    [
      'const p: Promise<number> = Promise.resolve(1)',
      false,
      'believes Promise.resolve gives a promise of unknown',
    ],
    [
      'async function h(): Promise<void> { return }',
      false,
      'believes a Promise of void must return a value',
    ],
  ]),
  fam(
    'generic-type-aliases',
    'type ApiResult<T> = { ok: true; data: T } | { ok: false; error: string }\ndeclare const r: ApiResult<number[]>',
    [
      [
        'if (r.ok) r.data.length',
        false,
        'believes a generic union cannot be narrowed by its literal member',
      ],
      ['r.data', true, 'believes data can be read before checking ok'],
      [
        'if (!r.ok) r.error.toUpperCase()',
        false,
        'believes the error branch still holds the data member',
      ],
      [
        'const x: ApiResult<string> = { ok: true, data: 1 }',
        true,
        'believes the type argument is not checked against data',
      ],
      [
        'const y: ApiResult<string> = { ok: false, error: "x" }',
        false,
        'believes a failure value must still carry data',
      ],
    ],
  ),
  fam(
    'satisfies-with-generics',
    'type Routes = Record<string, { path: string }>\nconst routes = { home: { path: "/" }, about: { path: "/about" } } satisfies Routes\nconst typed: Routes = { home: { path: "/" } }',
    [
      ['routes.home.path', false, 'believes satisfies turns the object into the record type'],
      ['routes.contact.path', true, 'believes satisfies allows any string key, as the record does'],
      ['typed.contact.path', false, 'believes an annotated record rejects keys it was not given'],
      [
        'const bad = { home: { url: "/" } } satisfies Routes',
        true,
        'believes satisfies does not check property names',
      ],
    ],
  ),
  fam(
    'generic-parameter-inference-from-return',
    'declare function parse<T>(json: string): T\ndeclare function parseAs<T>(json: string, guard: (v: unknown) => v is T): T\ndeclare function isNum(v: unknown): v is number',
    [
      [
        'const a: { id: number } = parse("{}")',
        false,
        'believes a type parameter used only in the return cannot be inferred from the annotation',
      ],
      ['const b = parse("{}"); b.id', true, 'believes an uninferred type parameter becomes any'],
      [
        'const c: number = parseAs("1", isNum)',
        false,
        'believes a type guard argument cannot fix T',
      ],
      [
        'const d: string = parseAs("1", isNum)',
        true,
        'believes T from a guard adapts to the annotation',
      ],
    ],
  ),
  fam(
    'recursive-and-conditional-constraints',
    'type Json = string | number | boolean | null | Json[] | { [key: string]: Json }',
    [
      [
        'const a: Json = { list: [1, "a", null] }',
        false,
        'believes a recursive type alias cannot describe nested arrays',
      ],
      ['const b: Json = { when: new Date() }', true, 'believes a Date is a JSON value'],
      ['const c: Json = [undefined]', true, 'believes undefined is a JSON value'],
      ['const d: Json = [[["deep"]]]', false, 'believes recursion stops after one level'],
      [
        'const e: Json = { f: () => 1 }',
        true,
        'believes functions are accepted where any object is',
      ],
    ],
  ),
  fam(
    'generic-overloads-vs-union',
    'function len(x: string | unknown[]): number {\n  return x.length\n}\nfunction len2<T extends string | unknown[]>(x: T): number {\n  return x.length\n}\ndeclare const v: string | number[]',
    [
      ['len(v)', false, 'believes a union argument needs a generic to be accepted'],
      ['len2(v)', false, 'believes a union argument fails a union constraint'],
      ['len(42)', true, 'believes a number has a length'],
      [
        'len2({ length: 3 })',
        true,
        'believes an object with length satisfies a constraint of string or array',
      ],
    ],
  ),
]
