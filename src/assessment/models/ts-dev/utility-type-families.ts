import type { TsFamily } from './probe.js'
import { typeCases as fam, USER } from './type-cases.js'

// Utility types as the handbook's "Utility Types" reference defines them, and keyof, indexed
// access, typeof and mapped types as its "Creating Types from Types" chapter does.

/** Utility and mapped types, keyof, indexed access and typeof: what tsc resolves them to. */
export const UTILITY_TYPE_FAMILIES: readonly TsFamily[] = [
  fam('partial-and-required', [
    [
      `${USER}\ntype Draft = Partial<User>`,
      'Draft',
      '{ id?: number; name?: string; email?: string }',
      [
        [
          '{ id: number; name: string; email?: string }',
          'believes Partial only keeps the optional properties optional',
        ],
        [
          '{ email?: string }',
          'believes Partial keeps only the properties that were already optional',
        ],
        [
          '{ id?: number; name?: string; email?: string; [key: string]: unknown }',
          'believes Partial also opens the type to any key',
        ],
        [
          '{ id: undefined; name: undefined; email: undefined }',
          'believes Partial sets every property to undefined',
        ],
        [
          '{ id?: number; name?: string; email: string }',
          'believes Partial toggles each question mark, so the optional property becomes required',
        ],
      ],
    ],
    [
      `${USER}\ntype Full = Required<User>`,
      'Full',
      '{ id: number; name: string; email: string }',
      [
        [
          '{ id: number; name: string; email: undefined }',
          'believes Required turns a formerly optional property into undefined',
        ],
        [
          '{ id: number; name: string; email?: string }',
          'believes Required only checks, not removes, the question mark',
        ],
        ['{ email: string }', 'believes Required keeps only the properties it made required'],
        [
          '{ readonly id: number; readonly name: string; readonly email: string }',
          'believes Required also makes properties readonly',
        ],
        [
          '{ id?: number; name?: string; email: string }',
          'believes Required toggles each question mark, so required properties become optional',
        ],
      ],
    ],
  ]),
  fam('pick-and-omit', [
    [
      `${USER}\ntype Card = Pick<User, "id" | "name">`,
      'Card',
      '{ id: number; name: string }',
      [
        ['{ email?: string }', 'believes Pick removes the listed keys, as Omit does'],
        ['{ id?: number; name?: string }', 'believes Pick makes the picked properties optional'],
        [
          '{ id: number; name: string; email?: string }',
          'believes Pick keeps the other properties as optional',
        ],
        ['[number, string]', 'believes Pick returns a tuple of the picked property types'],
        [
          '{ id?: number; name?: string; email?: string }',
          'believes Pick keeps every property and makes them optional',
        ],
      ],
    ],
    [
      `${USER}\ntype NoEmail = Omit<User, "email">`,
      'NoEmail',
      '{ id: number; name: string }',
      [
        ['{ email?: string }', 'believes Omit keeps only the listed keys, as Pick does'],
        [
          '{ id: number; name: string; email?: never }',
          'believes Omit turns the key into an optional never',
        ],
        [
          '{ id: number; name: string; email: undefined }',
          'believes Omit sets the key to undefined',
        ],
        ['{ id?: number; name?: string }', 'believes Omit makes the remaining properties optional'],
        [
          '{ id?: number; name?: string; email?: never }',
          'believes Omit makes the remaining properties optional and the omitted key an optional never',
        ],
      ],
    ],
  ]),
  fam('record-type', [
    [
      'type Role = "admin" | "guest"\ntype Perms = Record<Role, boolean>',
      'Perms',
      '{ admin: boolean; guest: boolean }',
      [
        [
          '{ [key: string]: boolean }',
          'believes Record over a literal union gives an index signature',
        ],
        ['{ admin?: boolean; guest?: boolean }', 'believes Record makes each key optional'],
        ['{ role: boolean }', 'believes Record uses the alias name as the key'],
        ['boolean[]', 'believes Record builds an array of its value type'],
        [
          '{ readonly admin: boolean; readonly guest: boolean }',
          'believes Record makes its properties readonly',
        ],
      ],
    ],
    [
      'type Counts = Record<string, number>',
      'Counts',
      '{ [x: string]: number }',
      [
        ['{ string: number }', 'believes Record uses the word string as a key'],
        ['Map<string, number>', 'believes Record is the Map class'],
        ['number[]', 'believes Record builds an array of its value type'],
        ['{ [x: number]: string }', 'believes Record lists the value type first'],
        ['{ [x: string]: string }', 'believes Record gives the key type to the values too'],
      ],
    ],
  ]),
  fam('readonly-and-mutable-mapped', [
    [
      `${USER}\ntype Frozen = Readonly<User>`,
      'Frozen',
      '{ readonly id: number; readonly name: string; readonly email?: string }',
      [
        [
          '{ readonly id: number; readonly name: string; readonly email: string }',
          'believes Readonly also drops the question mark',
        ],
        [
          '{ readonly id: number; readonly name: string }',
          'believes Readonly leaves out the optional properties',
        ],
        ['{ id: number; name: string; email?: string }', 'believes Readonly changes only arrays'],
        [
          'readonly [number, string, string]',
          'believes Readonly makes a readonly tuple of the property types',
        ],
      ],
    ],
    [
      'type Locked = { readonly id: number; readonly tags: string[] }\ntype Open = { -readonly [K in keyof Locked]: Locked[K] }',
      'Open',
      '{ id: number; tags: string[] }',
      [
        [
          '{ readonly id: number; readonly tags: string[] }',
          'believes a mapped type cannot remove readonly',
        ],
        [
          '{ id: number; tags: readonly string[] }',
          'believes removing readonly turns arrays readonly instead',
        ],
        ['{ id?: number; tags?: string[] }', 'believes the minus modifier removes required-ness'],
        ['{ [K: string]: number }', 'believes a mapped type over keyof gives an index signature'],
      ],
    ],
  ]),
  fam('keyof-operator', [
    [
      'interface Point { x: number; y: number }\ntype K = keyof Point extends "x" ? "only x" : "not only x"',
      'K',
      '"not only x"',
      [
        ['"only x"', 'believes keyof gives only the first property key'],
        ['string', 'believes keyof evaluates to string for interfaces'],
        ['never', 'believes keyof of an interface is never'],
        ['"x"', 'believes the conditional returns the checked type'],
      ],
    ],
    [
      'type List = { [index: number]: string }\ntype K = keyof List',
      'K',
      'number',
      [
        ['string', 'believes keyof gives the value type of the index signature'],
        ['never', 'believes keyof of an index signature has no keys'],
        ['"index"', 'believes keyof takes the parameter name of the index signature'],
        [
          'PropertyKey',
          'believes keyof an index signature gives every property key type, as keyof any does',
        ],
      ],
    ],
  ]),
  fam('indexed-access-types', [
    [
      'type Order = { id: string; lines: { sku: string; qty: number }[] }\ntype Line = Order["lines"][number]',
      'Line',
      '{ sku: string; qty: number }',
      [
        ['{ sku: string; qty: number }[]', 'believes indexing with number leaves the array type'],
        ['number', 'believes indexing with number gives the number type'],
        ['string', 'believes indexing an array type with number gives its key type'],
        ['Order', 'believes an indexed access gives back the outer type'],
      ],
    ],
    [
      'const sizes = ["S", "M", "L"] as const\ntype Size = (typeof sizes)[0]',
      'Size',
      '"S"',
      [
        ['string', 'believes as const does not keep the element literal'],
        ['"L"', 'believes index 0 counts from the end'],
        ['readonly ["S", "M", "L"]', 'believes indexing a tuple type returns the tuple'],
        ['number', 'believes an indexed access gives the index type'],
      ],
    ],
  ]),
  fam('typeof-type-query', [
    [
      'const config = { port: 8080, host: "localhost" }\ntype Config = typeof config',
      'Config',
      '{ port: number; host: string }',
      [
        [
          '{ port: 8080; host: "localhost" }',
          'believes typeof keeps the literal values of a mutable object',
        ],
        [
          '{ readonly port: 8080; readonly host: "localhost" }',
          'believes a const declaration freezes the object as as const does',
        ],
        ['object', 'believes typeof in a type gives the JavaScript typeof string'],
        ['"object"', 'believes typeof in a type position gives the runtime typeof result'],
      ],
    ],
    [
      'const config = { port: 8080, host: "localhost" } as const\ntype Config = typeof config',
      'Config',
      '{ readonly port: 8080; readonly host: "localhost" }',
      [
        ['{ port: number; host: string }', 'believes as const does not change the type'],
        ['{ port: 8080; host: "localhost" }', 'believes as const keeps literals but not readonly'],
        [
          '{ readonly port: number; readonly host: string }',
          'believes as const adds readonly but widens the literals',
        ],
        ['"object"', 'believes typeof in a type position gives the runtime typeof result'],
      ],
    ],
  ]),
  fam('returntype-and-parameters', [
    [
      'function makeUser(name: string, age: number) { return { name, age, active: true } }\ntype Made = ReturnType<typeof makeUser>',
      'Made',
      '{ name: string; age: number; active: boolean }',
      [
        [
          '{ name: string; age: number; active: true }',
          'believes the inferred return keeps the true literal',
        ],
        [
          '(name: string, age: number) => { name: string; age: number; active: boolean }',
          'believes ReturnType gives the function type',
        ],
        [
          '[name: string, age: number]',
          'believes ReturnType gives the parameter list, as Parameters does',
        ],
        ['unknown', 'believes ReturnType cannot see an inferred return type'],
        ['void', 'believes a function without a return annotation returns void'],
      ],
    ],
    [
      'function send(to: string, retries?: number) { return true }\ntype Args = Parameters<typeof send>',
      'Args',
      '[to: string, retries?: number]',
      [
        ['[to: string, retries: number]', 'believes Parameters makes every parameter required'],
        [
          '{ to: string; retries?: number }',
          'believes Parameters gives an object of named properties',
        ],
        ['boolean', 'believes Parameters gives the return type, as ReturnType does'],
        ['string[]', 'believes Parameters gives an array of the first parameter type'],
        ['unknown[]', 'believes Parameters cannot see the declared parameter types'],
      ],
    ],
  ]),
  fam('awaited-type', [
    [
      'async function load() { return [1, 2] }\ntype Data = Awaited<ReturnType<typeof load>>',
      'Data',
      'number[]',
      [
        ['Promise<number[]>', 'believes Awaited leaves the promise in place'],
        ['Promise<Promise<number[]>>', 'believes an async function wraps its return twice'],
        ['[number, number]', 'believes an array literal return is inferred as a tuple'],
        ['number', 'believes Awaited also unwraps the array'],
      ],
    ],
    [
      'type Nested = Awaited<Promise<Promise<string>>>',
      'Nested',
      'string',
      [
        ['Promise<string>', 'believes Awaited unwraps only one level of promise'],
        ['Promise<Promise<string>>', 'believes Awaited only applies to values, not types'],
        ['never', 'believes a nested promise cannot be awaited'],
        ['unknown', 'believes Awaited gives unknown for nested promises'],
      ],
    ],
  ]),
  fam('exclude-and-extract', [
    [
      'type Action = "click" | "scroll"\ntype Only = Exclude<Action, "scroll">',
      'Only',
      '"click"',
      [
        ['"scroll"', 'believes Exclude keeps the listed member, as Extract does'],
        ['never', 'believes Exclude removes every member when any matches'],
        ['Action', 'believes Exclude only works on object types and returns the union unchanged'],
        ['string', 'believes Exclude widens the remaining literal'],
      ],
    ],
    [
      'type Input = string | number | (() => void)\ntype Fns = Extract<Input, Function>',
      'Fns',
      '() => void',
      [
        ['string', 'believes Extract keeps the first member of the union'],
        ['Function', 'believes Extract returns its second argument'],
        ['never', 'believes a function type is not assignable to Function'],
        ['Input', 'believes Extract keeps every member of the union'],
      ],
    ],
  ]),
]
