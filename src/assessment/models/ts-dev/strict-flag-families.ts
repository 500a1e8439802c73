import { family, type Setting, type TsFamily, type Verdict, verdicts } from './probe.js'

// Each family's flag as the TSConfig reference documents it; every stem prints the options
// the code is checked under, and the tests compile it under exactly those.

const fam = (
  id: string,
  setting: Setting,
  before: string,
  pool: readonly Verdict[],
  files?: Readonly<Record<string, string>>,
): TsFamily =>
  family(id, (rng) => verdicts(rng, { setting, before, pool, ...(files ? { files } : {}) }))

/** Strict-mode and checking flags: which lines each setting makes tsc reject. */
export const STRICT_FLAG_FAMILIES: readonly TsFamily[] = [
  fam(
    'strict-null-checks-on',
    'strict',
    'declare const found: string | undefined\ndeclare const items: string[]',
    [
      ['found.length', true, 'believes strict mode still lets undefined through to property reads'],
      [
        'const n: number = items.indexOf("a")',
        false,
        'believes indexOf is typed as possibly undefined',
      ],
      [
        'const f: string = items.find((i) => i === "a")',
        true,
        'believes find returns the element type without undefined',
      ],
      ['let s: string = null', true, 'believes null is assignable to string under strict'],
      [
        'const first: string = items[0]',
        false,
        'believes indexing an array gives undefined in its type without noUncheckedIndexedAccess',
      ],
    ],
  ),
  fam(
    'strict-null-checks-off',
    'noStrictNull',
    'declare const found: string | undefined\ndeclare const items: string[]',
    [
      [
        'found.length',
        false,
        'believes property reads on a possibly undefined value are still checked with strictNullChecks off',
      ],
      [
        'let s: string = null',
        false,
        'believes null is rejected for string with strictNullChecks off',
      ],
      [
        'const f: string = items.find((i) => i === "a")',
        false,
        'believes find still includes undefined with strictNullChecks off',
      ],
      [
        'const n: number = "3"',
        true,
        'believes turning off strictNullChecks relaxes every type check',
      ],
      [
        'let u: undefined = 5',
        true,
        'believes the undefined type accepts anything with strictNullChecks off',
      ],
    ],
  ),
  fam('no-implicit-any', 'implicitAny', 'const rows = [1, 2, 3]', [
    [
      'function total(a, b) { return a + b }',
      true,
      'believes untyped parameters are inferred from the body',
    ],
    [
      'rows.map((r) => r * 2)',
      false,
      'believes callback parameters need annotations under noImplicitAny',
    ],
    [
      'let later; later = 5',
      false,
      'believes a variable declared without a type or value is an implicit any error',
    ],
    [
      'const fn = function (x) { return x }',
      true,
      'believes function expressions are exempt from noImplicitAny',
    ],
    [
      'function id(x: unknown) { return x }',
      false,
      'believes unknown parameters count as implicit any',
    ],
  ]),
  fam('implicit-any-off', 'loose', 'const rows = [1, 2, 3]', [
    [
      'function total(a, b) { return a + b }',
      false,
      'believes untyped parameters are an error without noImplicitAny',
    ],
    [
      'rows.map((r) => r.toUpperCase())',
      true,
      'believes a contextually typed callback parameter is any when strict is off',
    ],
    ['const x: number = "1"', true, 'believes strict false turns off assignability checks'],
    [
      'function f(x) { return x.anything.goes }',
      false,
      'believes an implicit any parameter still has its members checked',
    ],
  ]),
  fam(
    'no-unchecked-indexed-access',
    'indexed',
    'declare const items: string[]\ndeclare const prices: Record<string, number>\ndeclare const pair: [string, number]',
    [
      [
        'const a: string = items[0]',
        true,
        'believes indexed reads on an array stay the element type under noUncheckedIndexedAccess',
      ],
      [
        'const b: number = prices["apple"]',
        true,
        'believes records are exempt from noUncheckedIndexedAccess',
      ],
      [
        'const c: string = pair[0]',
        false,
        'believes tuple elements at known positions also get undefined',
      ],
      [
        'for (const item of items) item.length',
        false,
        'believes for...of elements also get undefined',
      ],
      [
        'const d: string = items[0] ?? ""',
        false,
        'believes a nullish default still leaves undefined in the type',
      ],
    ],
  ),
  fam(
    'exact-optional-property-types',
    'exactOptional',
    'interface Prefs { theme?: "dark" | "light"; size: number | undefined }',
    [
      [
        'const a: Prefs = { theme: undefined, size: 1 }',
        true,
        'believes an optional property still accepts an explicit undefined under exactOptionalPropertyTypes',
      ],
      [
        'const b: Prefs = { size: undefined }',
        false,
        'believes a property typed with undefined may not be given undefined',
      ],
      [
        'const c: Prefs = { theme: "dark" }',
        true,
        'believes a property typed with undefined may be left out',
      ],
      [
        'const d: Prefs = { size: 2 }',
        false,
        'believes exactOptionalPropertyTypes makes optional properties required',
      ],
    ],
  ),
  fam('no-implicit-returns', 'returns', 'declare const n: number', [
    [
      'function a(): string | undefined { if (n > 0) return "pos" }',
      true,
      'believes a declared undefined in the return type lets a path fall off the end under noImplicitReturns',
    ],
    [
      'function b() { if (n > 0) return "pos"; return undefined }',
      false,
      'believes an explicit return undefined is still an implicit return',
    ],
    [
      'function c(): void { if (n > 0) return; n.toFixed() }',
      false,
      'believes a void function must return on every path',
    ],
    [
      'function d() { if (n > 0) return 1 }',
      true,
      'believes an inferred return type lets one path return nothing',
    ],
  ]),
  fam('no-implicit-override', 'override', 'class Base { save() {} load() {} }', [
    [
      'class A extends Base { save() {} }',
      true,
      'believes redefining a base method needs no keyword under noImplicitOverride',
    ],
    [
      'class B extends Base { override load() {} }',
      false,
      'believes override is only allowed on abstract methods',
    ],
    [
      'class C extends Base { override reset() {} }',
      true,
      'believes override may mark a method the base class lacks',
    ],
    [
      'class D extends Base { extra() {} }',
      false,
      'believes a new method in a subclass needs override',
    ],
  ]),
  fam(
    'no-property-access-from-index-signature',
    'indexAccess',
    'interface Env { NODE_ENV: string; [key: string]: string | undefined }\ndeclare const env: Env',
    [
      ['env.NODE_ENV', false, 'believes declared properties must also be read with brackets'],
      ['env.API_KEY', true, 'believes keys from the index signature may be read with a dot'],
      ['env["API_KEY"]', false, 'believes bracket access is rejected for index-signature keys'],
      [
        'const k: string = env["NODE_ENV"]',
        false,
        'believes a declared property read with brackets gets undefined added',
      ],
    ],
  ),
  fam('catch-variable-unknown', 'strict', 'declare function risky(): void', [
    [
      'try { risky() } catch (e) { e.message }',
      true,
      'believes a catch variable is any under strict',
    ],
    [
      'try { risky() } catch (e) { if (e instanceof Error) e.message }',
      false,
      'believes instanceof cannot narrow a catch variable',
    ],
    [
      'try { risky() } catch (e: Error) { e.message }',
      true,
      'believes a catch variable may be annotated with an error class',
    ],
    [
      'try { risky() } catch (e: any) { e.message }',
      false,
      'believes a catch variable may not be annotated as any',
    ],
    ['try { risky() } catch { risky() }', false, 'believes the catch binding is required'],
  ]),
  fam('catch-variable-any', 'catchAny', 'declare function risky(): void', [
    [
      'try { risky() } catch (e) { e.message }',
      false,
      'believes a catch variable is unknown whenever strict is on',
    ],
    [
      'try { risky() } catch (e) { e.whatever.deep }',
      false,
      'believes an any catch variable still has its members checked',
    ],
    [
      'try { risky() } catch (e: unknown) { e.message }',
      true,
      'believes an explicit unknown annotation is ignored when the flag is off',
    ],
    [
      'try { risky() } catch (e: string) { e.length }',
      true,
      'believes a catch variable may be annotated with any type',
    ],
  ]),
  fam('strict-property-initialization', 'strict', '', [
    [
      'class A { name: string }',
      true,
      'believes an uninitialised property is allowed under strict',
    ],
    [
      'class B { name: string; constructor() { this.name = "b" } }',
      false,
      'believes assigning in the constructor does not count as initialising',
    ],
    [
      'class C { name!: string }',
      false,
      'believes the definite assignment assertion is not allowed on properties',
    ],
    [
      'class D { name?: string }',
      false,
      'believes an optional property still needs an initialiser',
    ],
    [
      'class E { name: string; constructor() { this.init() } init() { this.name = "e" } }',
      true,
      'believes assignments in a method the constructor calls count as initialising',
    ],
  ]),
  fam(
    'verbatim-module-syntax',
    'verbatim',
    '',
    [
      [
        'import { User } from "./types"; let u: User',
        true,
        'believes a plain import of a type is elided under verbatimModuleSyntax',
      ],
      [
        'import type { Role } from "./types"; let r: Role',
        false,
        'believes type-only imports are rejected under verbatimModuleSyntax',
      ],
      [
        'import { type Shape, area } from "./types"; let s: Shape = area',
        false,
        'believes an inline type modifier cannot be mixed with value imports',
      ],
      [
        'import { area as size } from "./types"; size.valueOf()',
        false,
        'believes a value import needs the type modifier under verbatimModuleSyntax',
      ],
    ],
    {
      'types.ts':
        'export interface User { id: number }\nexport type Role = "admin" | "guest"\nexport type Shape = number\nexport const area = 1',
    },
  ),
  fam('erasable-syntax-only', 'erasable', '', [
    ['enum Size { S, M }', true, 'believes enums are erased like type annotations'],
    [
      'class P { constructor(public name: string) {} }',
      true,
      'believes parameter properties are erasable',
    ],
    ['type Size2 = "S" | "M"', false, 'believes type aliases need code generation'],
    ['const sizes = ["S", "M"] as const', false, 'believes as const needs code generation'],
    ['namespace Util { export const x = 1 }', true, 'believes a namespace with values is erasable'],
    ['declare enum Ambient { A }', false, 'believes an ambient enum declaration emits code'],
  ]),
  fam(
    'no-fallthrough-cases',
    'fallthrough',
    'declare const code: number\ndeclare function log(s: string): void',
    [
      [
        'switch (code) { case 1: log("one"); case 2: log("two"); break }',
        true,
        'believes a case with statements may fall through under noFallthroughCasesInSwitch',
      ],
      [
        'switch (code) { case 1: case 2: log("low"); break }',
        false,
        'believes an empty case grouped with the next is a fallthrough',
      ],
      [
        'switch (code) { case 1: log("one"); break; default: log("other") }',
        false,
        'believes the last clause needs a break',
      ],
      [
        'function f() { switch (code) { case 1: { log("one"); return } case 2: log("two") } }',
        false,
        'believes a case that ends in return, inside a block, still falls through',
      ],
    ],
  ),
  fam(
    'no-unused-locals-and-parameters',
    'unusedLocals',
    'export function handler(event: string, _context: number) { return event }',
    [
      [
        'export function a(x: number, y: number) { return x }',
        true,
        'believes unused parameters are allowed under noUnusedParameters',
      ],
      [
        'export function b(_x: number, y: number) { return y }',
        false,
        'believes an underscore parameter still counts as unused',
      ],
      [
        'export function c() { const tmp = 1; return 2 }',
        true,
        'believes unused local constants are allowed under noUnusedLocals',
      ],
      [
        'export function d() { const [, second] = [1, 2]; return second }',
        false,
        'believes a skipped destructuring slot counts as unused',
      ],
      [
        'function e() { return 1 }',
        true,
        'believes an unused module-level function is allowed under noUnusedLocals',
      ],
    ],
  ),
]
