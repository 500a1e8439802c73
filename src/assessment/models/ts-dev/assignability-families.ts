import { family, type TsFamily, type Verdict, verdicts } from './probe.js'

// Assignability as the TypeScript handbook states it: structural typing, excess property checks
// on fresh object literals, readonly, literal widening, tuples and function parameter types.

const fam = (id: string, before: string, pool: readonly Verdict[]): TsFamily =>
  family(id, (rng) => verdicts(rng, { before, pool }))

/** Reading assignability errors: which lines tsc rejects, and why a practitioner misjudges them. */
export const ASSIGNABILITY_FAMILIES: readonly TsFamily[] = [
  fam(
    'ts-dev-excess-property-checks',
    'interface Point { x: number; y: number }\nconst extra = { x: 1, y: 2, z: 3 }',
    [
      [
        'const a: Point = { x: 1, y: 2, z: 3 }',
        true,
        'believes extra properties on an object literal are allowed, as they are on a variable',
      ],
      [
        'const b: Point = extra',
        false,
        'believes a variable with an extra property is rejected as a fresh literal is',
      ],
      [
        'const c: Point = { x: 1 }',
        true,
        'believes a missing required property is filled with undefined',
      ],
      [
        'const d: Point = { ...extra }',
        false,
        'believes a spread object literal gets the excess property check',
      ],
      [
        'const e: Point = { x: 1, y: 2 } as Point',
        false,
        'believes a type assertion is checked as an annotation is',
      ],
    ],
  ),
  fam(
    'ts-dev-structural-typing',
    'class Euro { constructor(public amount: number) {} }\nclass Dollar { constructor(public amount: number) {} }\nclass Secret { #id = 1 }\nclass Secret2 { #id = 1 }',
    [
      [
        'const a: Euro = new Dollar(5)',
        false,
        'believes class types are compared by name, not by shape',
      ],
      [
        'const b: Euro = { amount: 5 }',
        false,
        'believes only an instance made with new can have a class type',
      ],
      [
        'const c: Secret = new Secret2()',
        true,
        'believes private fields are ignored when comparing class shapes',
      ],
      [
        'const d: Dollar = { amount: "5" }',
        true,
        'believes a string is accepted where a number property is declared',
      ],
      [
        'const e: { amount: number } = new Euro(5)',
        false,
        'believes a class instance is not assignable to an object type',
      ],
    ],
  ),
  fam(
    'ts-dev-readonly-properties',
    'interface Config { readonly url: string; tags: readonly string[] }\ndeclare const cfg: Config\ndeclare const list: string[]',
    [
      ['cfg.url = "x"', true, 'believes readonly is only a comment for readers'],
      ['cfg.tags.push("x")', true, 'believes a readonly array still has push'],
      [
        'cfg.tags = ["x"]',
        false,
        'believes readonly on the element array also freezes the property',
      ],
      [
        'const t: readonly string[] = list',
        false,
        'believes a mutable array cannot be given to a readonly array type',
      ],
      [
        'const m: string[] = cfg.tags',
        true,
        'believes a readonly array can be given to a mutable array type',
      ],
    ],
  ),
  fam(
    'ts-dev-literal-widening',
    'let mode = "dark"\nconst fixed = "dark"\ntype Theme = "dark" | "light"',
    [
      [
        'const a: Theme = mode',
        true,
        'believes a let initialised with a literal keeps the literal type',
      ],
      ['const b: Theme = fixed', false, 'believes a const string widens to string'],
      [
        'const c: Theme = "dark"',
        false,
        'believes a string literal must be cast to a union of literals',
      ],
      ['const d: Theme = "Dark"', true, 'believes literal types ignore letter case'],
      ['mode = "blue"', false, 'believes a let may only be given its initial string again'],
    ],
  ),
  fam(
    'ts-dev-tuple-assignability',
    'declare const pair: [string, number]\ndeclare const arr: (string | number)[]',
    [
      [
        'const a: [string, number] = arr',
        true,
        'believes an array of the union is assignable to a tuple',
      ],
      ['const b: (string | number)[] = pair', false, 'believes a tuple is not an array'],
      ['const c: [string, number] = ["a", 1, 2]', true, 'believes a tuple accepts extra elements'],
      [
        'const d: [string, number?] = ["a"]',
        false,
        'believes optional tuple elements must still be written',
      ],
      [
        'const e: readonly [string, number] = pair',
        false,
        'believes a mutable tuple cannot be given to a readonly tuple type',
      ],
    ],
  ),
  fam(
    'ts-dev-function-assignability',
    'type Handler = (event: string, id: number) => void\nconst one = (event: string) => {}\nconst three = (a: string, b: number, c: boolean) => {}\nconst wide = (e: string | number, id: number) => {}',
    [
      [
        'const a: Handler = one',
        false,
        'believes a callback must declare every parameter its type lists',
      ],
      [
        'const b: Handler = three',
        true,
        'believes extra required parameters are filled with undefined',
      ],
      [
        'const c: Handler = wide',
        false,
        'believes a parameter type must match exactly, not be wider',
      ],
      [
        'const d: Handler = () => 42',
        false,
        'believes a void return type rejects a function that returns a value',
      ],
      [
        'const e: Handler = (event: "a", id: number) => {}',
        true,
        'believes function parameters are compared bivariantly under strict',
      ],
    ],
  ),
  fam(
    'ts-dev-void-vs-undefined',
    'function log(): void {}\ndeclare function run(cb: () => void): void',
    [
      ['const a: undefined = log()', true, 'believes a void result is the same as undefined'],
      ['run(() => 42)', false, 'believes a callback typed as returning void cannot return a value'],
      [
        'function f(): undefined {}',
        false,
        'believes a function typed as returning undefined needs a return statement',
      ],
      [
        'function g(): void { return 42 }',
        true,
        'believes a declared void return accepts any returned value',
      ],
      [
        'const h: () => void = () => "x"',
        false,
        'believes a function type returning void rejects a function returning a string',
      ],
    ],
  ),
  fam(
    'ts-dev-optional-vs-undefined-property',
    'interface A { note?: string }\ninterface B { note: string | undefined }',
    [
      ['const a: A = {}', false, 'believes an optional property must be written out as undefined'],
      ['const b: B = {}', true, 'believes a property typed with undefined may be left out'],
      [
        'const c: B = { note: undefined }',
        false,
        'believes undefined is not a value a property can be given',
      ],
      [
        'const d: string = ({} as A).note',
        true,
        'believes reading an optional property gives its declared type only',
      ],
      [
        'const e: A = { note: undefined }',
        false,
        'believes an optional property rejects an explicit undefined without any flag',
      ],
    ],
  ),
  fam(
    'ts-dev-index-signatures',
    'interface Prices { [sku: string]: number }\ninterface Named { [key: string]: string; name: string }',
    [
      [
        'const a: Prices = { apple: 1, pear: 2 }',
        false,
        'believes an index signature needs the keys listed in advance',
      ],
      [
        'const b: Prices = { apple: "1" }',
        true,
        'believes values of an index signature are not checked',
      ],
      [
        'interface C { [key: string]: string; count: number }',
        true,
        'believes a named property may have a type the index signature does not allow',
      ],
      [
        'const d: Named = { name: "a", extra: "b" }',
        false,
        'believes an object literal with unlisted keys fails the excess property check even with an index signature',
      ],
      [
        'const e: number = ({} as Prices).apple',
        false,
        'believes reading a missing key from an index signature is an error under strict',
      ],
    ],
  ),
  fam(
    'ts-dev-union-assignability',
    'type Id = string | number\ndeclare const id: Id\ndeclare const s: string',
    [
      ['const a: string = id', true, 'believes a union is assignable to one of its members'],
      ['const b: Id = s', false, 'believes a member of a union is not assignable to the union'],
      [
        'const c: number = id as number',
        false,
        'believes a union member assertion needs a runtime check first',
      ],
      [
        'const d: boolean = id as boolean',
        true,
        'believes a type assertion accepts any target type',
      ],
      ['const e: Id = true', true, 'believes a union of string and number accepts booleans'],
    ],
  ),
  fam(
    'ts-dev-any-unknown-never-assign',
    'declare const u: unknown\ndeclare const a: any\ndeclare const n: never',
    [
      ['const x: string = u', true, 'believes unknown is assignable to anything, as any is'],
      ['const y: string = a', false, 'believes any must be narrowed before use, as unknown must'],
      ['const z: string = n', false, 'believes never cannot be assigned anywhere'],
      ['const w: never = a', true, 'believes any is assignable even to never'],
      ['const v: unknown = n', false, 'believes never is not assignable to unknown'],
    ],
  ),
  fam(
    'ts-dev-enum-assignability',
    'enum Status { Open, Closed }\nenum Color { Red = "red", Blue = "blue" }',
    [
      ['const a: Status = 1', false, 'believes a number literal cannot be given to a numeric enum'],
      [
        'const b: Color = "red"',
        true,
        'believes a string literal is accepted for a string enum member',
      ],
      ['const c: string = Color.Red', false, 'believes a string enum member is not a string'],
      ['const d: Status = Color.Red', true, 'believes enums with different names are compatible'],
      ['const e: Status = 7', true, 'believes a numeric enum accepts any number'],
    ],
  ),
  fam('ts-dev-object-vs-record-types', 'declare const anything: {}\ndeclare const obj: object', [
    ['const a: {} = "text"', false, 'believes the empty object type accepts only objects'],
    ['const b: object = "text"', true, 'believes the object type accepts strings, as {} does'],
    ['const c: {} = null', true, 'believes the empty object type accepts null under strict'],
    [
      'const d: Record<string, unknown> = obj',
      true,
      'believes object is assignable to a record of unknown values',
    ],
    ['const e: object = [1, 2]', false, 'believes arrays are not objects for the object type'],
  ]),
  fam(
    'ts-dev-generic-container-variance',
    'interface Animal { name: string }\ninterface Dog extends Animal { bark(): void }\ndeclare const dogs: Dog[]\ndeclare const animals: Animal[]\ndeclare const onAnimal: (a: Animal) => void\ndeclare const onDog: (d: Dog) => void',
    [
      [
        'const a: Animal[] = dogs',
        false,
        'believes an array of a subtype is not an array of its base type',
      ],
      [
        'const b: Dog[] = animals',
        true,
        'believes an array of a base type is an array of its subtype',
      ],
      [
        'const c: (d: Dog) => void = onAnimal',
        false,
        'believes a function taking the base type cannot stand in for one taking the subtype',
      ],
      [
        'const d: (a: Animal) => void = onDog',
        true,
        'believes function parameters are bivariant under strictFunctionTypes',
      ],
      [
        'const e: ReadonlyArray<Animal> = dogs',
        false,
        'believes a mutable array of a subtype cannot become a readonly array of the base type',
      ],
    ],
  ),
  fam(
    'ts-dev-intersection-conflicts',
    'type A = { id: string }\ntype B = { id: number }\ntype Both = A & B\ntype Named = { name: string } & { age: number }',
    [
      [
        'const a: Named = { name: "x", age: 1 }',
        false,
        'believes an intersection value needs a cast from each part',
      ],
      ['const b: Named = { name: "x" }', true, 'believes an intersection needs only one part'],
      [
        'const c: Both = { id: "x" }',
        true,
        'believes conflicting property types merge into a union',
      ],
      [
        'const d: A = { id: "x" } as Both',
        false,
        'believes a value of a narrower type cannot be given to a wider one',
      ],
      [
        'const e: Named["age"] = 3',
        false,
        'believes an indexed access type cannot read a member of an intersection',
      ],
    ],
  ),
  fam(
    'ts-dev-optional-parameters-and-overloads',
    'function greet(name?: string) {}\nfunction fmt(x: string): string\nfunction fmt(x: number): number\nfunction fmt(x: string | number) { return x }\ndeclare const v: string | number',
    [
      ['greet()', false, 'believes an optional parameter must be passed as undefined'],
      ['greet(undefined)', false, 'believes an optional parameter rejects an explicit undefined'],
      [
        'fmt(v)',
        true,
        'believes an overloaded function accepts a union that its implementation signature accepts',
      ],
      [
        'const n: number = fmt(3)',
        false,
        'believes an overloaded call gets the implementation signature return type',
      ],
      ['greet("a", "b")', true, 'believes extra arguments are ignored as in JavaScript'],
    ],
  ),
]
