import type { TsFamily } from './probe.js'
import { typeCases as fam, USER } from './type-cases.js'

// Conditional types (distributive over naked type parameters, infer), template literal types,
// key remapping and literal widening, as the handbook's "Creating Types from Types" states them.

/** Conditional, template literal and remapped types and inferred literals: what tsc resolves. */
export const CONDITIONAL_TYPE_FAMILIES: readonly TsFamily[] = [
  fam('distributive-conditional-types', [
    [
      'type OnlyText<T> = T extends string ? T : never\ntype R = OnlyText<"a" | 1 | true>',
      'R',
      '"a"',
      [
        ['never', 'believes the check runs on the whole union at once, which is not a string'],
        ['string', 'believes the true branch gives the constraint, not the member'],
        ['true', 'believes the check keeps the last member of the union'],
        ['unknown', 'believes a conditional type on a union cannot be resolved'],
      ],
    ],
    [
      'type OnlyText<T> = [T] extends [string] ? T : never\ntype R = OnlyText<"a" | 1>',
      'R',
      'never',
      [
        ['"a"', 'believes wrapping the parameter in a tuple still distributes over the union'],
        ['["a"]', 'believes the tuple wrapper appears in the result'],
        ['string', 'believes the true branch gives the constraint, not the member'],
        ['1', 'believes the check keeps the members that are not strings'],
      ],
    ],
    [
      'type IsString<T> = T extends string ? "yes" : "no"\ntype R = IsString<never>',
      'R',
      'never',
      [
        ['"no"', 'believes never fails the extends check'],
        ['"yes"', 'believes never passes the extends check as the bottom type'],
        ['boolean', 'believes a conditional type evaluates to boolean'],
        ['unknown', 'believes a conditional on never gives unknown'],
      ],
    ],
  ]),
  fam('infer-in-conditional-types', [
    [
      'type ElementOf<T> = T extends (infer E)[] ? E : never\ntype R = ElementOf<Array<{ id: number }>>',
      'R',
      '{ id: number }',
      [
        ['{ id: number }[]', 'believes infer captures the whole array type'],
        ['never', 'believes Array<T> does not match the array pattern'],
        ['number', 'believes infer reaches through to the property type'],
        ['unknown', 'believes infer gives unknown when the element is an object'],
      ],
    ],
    [
      'type FirstArg<F> = F extends (first: infer A, ...rest: any[]) => any ? A : never\ntype R = FirstArg<(id: string, n: number) => void>',
      'R',
      'string',
      [
        ['[string, number]', 'believes infer captures every parameter'],
        ['number', 'believes infer in the first slot takes the last parameter'],
        ['never', 'believes a function with two parameters does not match a rest pattern'],
        ['void', 'believes infer in a parameter slot captures the return type'],
      ],
    ],
  ]),
  fam('template-literal-types', [
    [
      `type Side = "top" | "left"\ntype Prop = \`margin-\${Side}\`\ntype R = Prop extends "margin-top" ? "narrow" : "wide"`,
      'R',
      '"wide"',
      [
        ['"narrow"', 'believes a template literal type keeps only the first member'],
        ['never', 'believes a template over a union cannot be checked'],
        ['string', 'believes a template literal type is plain string'],
        ['boolean', 'believes a conditional type evaluates to boolean'],
      ],
    ],
    [
      `type Getter<K extends string> = \`get\${Capitalize<K>}\`\ntype R = Getter<"name">`,
      'R',
      '"getName"',
      [
        ['"getname"', 'believes Capitalize leaves the first letter alone'],
        ['"GetName"', 'believes Capitalize applies to the whole template'],
        ['string', 'believes a template literal type widens to string'],
        [`"get\${Name}"`, 'believes the placeholder is kept as text'],
      ],
    ],
  ]),
  fam('key-remapping-mapped-types', [
    [
      `type Point = { x: number; y: number }\ntype Getters = { [K in keyof Point as \`get\${Uppercase<K>}\`]: () => Point[K] }`,
      'Getters',
      '{ getX: () => number; getY: () => number }',
      [
        ['{ x: () => number; y: () => number }', 'believes the as clause does not rename keys'],
        [
          '{ getx: () => number; gety: () => number }',
          'believes Uppercase leaves single letters alone',
        ],
        [
          '{ getX: number; getY: number }',
          'believes the value type is the property type, not a function',
        ],
        [
          '{ GETX: () => number; GETY: () => number }',
          'believes Uppercase applies to the whole new key',
        ],
      ],
    ],
    [
      `${USER}\ntype NoStrings = { [K in keyof User as User[K] extends string ? never : K]: User[K] }`,
      'NoStrings',
      '{ id: number; email?: string }',
      [
        ['{ id: number }', 'believes an optional string property is checked as string alone'],
        [
          '{ name: string; email?: string }',
          'believes remapping to never keeps the key and drops the others',
        ],
        [
          '{ id: number; name: never; email?: never }',
          'believes remapping to never sets the value to never',
        ],
        [
          '{ id: number; name: string; email?: string }',
          'believes an as clause cannot remove keys',
        ],
      ],
    ],
  ]),
  fam('literal-and-widening-inference', [
    [
      'let status = "draft"',
      'typeof status',
      'string',
      [
        ['"draft"', 'believes a let keeps the literal type of its initial value'],
        ['String', 'believes primitives are inferred as their wrapper objects'],
        ['unknown', 'believes an unannotated let gets unknown'],
        ['any', 'believes an unannotated let gets any'],
      ],
    ],
    [
      'const sizes = ["S", "M"]',
      'typeof sizes',
      'string[]',
      [
        ['readonly ["S", "M"]', 'believes a const array literal is inferred as a readonly tuple'],
        ['["S", "M"]', 'believes an array literal is inferred as a tuple'],
        ['"S"[]', 'believes the array type takes the literal of its first element'],
        ['any[]', 'believes an array literal of strings is any array'],
      ],
    ],
    [
      'const sizes = ["S", "M"] as const',
      'typeof sizes',
      'readonly ["S", "M"]',
      [
        ['string[]', 'believes as const changes nothing on arrays'],
        ['["S", "M"]', 'believes as const keeps literals but not readonly'],
        ['readonly string[]', 'believes as const adds readonly but widens the elements'],
        ['readonly ["S"]', 'believes as const keeps only the first element literal'],
      ],
    ],
  ]),
  fam('conditional-type-evaluation', [
    [
      'type Check = string[] extends readonly string[] ? "yes" : "no"',
      'Check',
      '"yes"',
      [
        ['"no"', 'believes a mutable array type does not extend a readonly array type'],
        ['boolean', 'believes a conditional type evaluates to boolean'],
        ['never', 'believes a conditional type on concrete types gives never'],
      ],
    ],
    [
      'type Check = readonly string[] extends string[] ? "yes" : "no"',
      'Check',
      '"no"',
      [
        ['"yes"', 'believes a readonly array type extends a mutable array type'],
        ['boolean', 'believes a conditional type evaluates to boolean'],
        ['never', 'believes a conditional type on concrete types gives never'],
      ],
    ],
    [
      'type Check = { a: 1; b: 2 } extends { a: 1 } ? "yes" : "no"',
      'Check',
      '"yes"',
      [
        ['"no"', 'believes extends requires identical object types'],
        ['boolean', 'believes a conditional type evaluates to boolean'],
        ['never', 'believes extra properties make extends give never'],
      ],
    ],
  ]),
]
