import type { ModelDomain } from './model-domains.js'

/** The TypeScript test's domains, each served by one scenario model of its own families. */
export const TS_DEV_DOMAINS = {
  tsDevAssignability: {
    id: 'typescript-assignability',
    title: 'Reading type errors and assignability',
    itemModelIds: ['ts-dev-assignability'],
    outcome:
      'Predict which assignments tsc rejects: excess properties, structural types, readonly, literal widening, tuples, function types, any, unknown and never',
  },
  tsDevNarrowing: {
    id: 'typescript-narrowing',
    title: 'Narrowing and control flow analysis',
    itemModelIds: ['ts-dev-narrowing'],
    outcome:
      'Predict what typeof, in, instanceof, discriminants, type predicates, assertion functions and early returns narrow, and where narrowing is lost',
  },
  tsDevGenerics: {
    id: 'typescript-generics',
    title: 'Generics and constraints',
    itemModelIds: ['ts-dev-generics'],
    outcome:
      'Write and call generic functions, classes and aliases with extends and keyof constraints, defaults, const type parameters and inference',
  },
  tsDevTypeOperators: {
    id: 'typescript-type-operators',
    title: 'Utility, mapped and conditional types',
    itemModelIds: ['ts-dev-type-operators'],
    outcome:
      'Resolve Partial, Pick, Omit, Record, ReturnType, Awaited, Exclude, keyof, indexed access, mapped, conditional and template literal types',
  },
  tsDevStrictFlags: {
    id: 'typescript-strict-flags',
    title: 'Strict mode and compiler flags',
    itemModelIds: ['ts-dev-strict-flags'],
    outcome:
      'Predict what strictNullChecks, noImplicitAny, noUncheckedIndexedAccess, exactOptionalPropertyTypes and the other checking flags reject',
  },
  tsDevData: {
    id: 'typescript-data',
    title: 'Typing APIs, data and declaration files',
    itemModelIds: ['ts-dev-data'],
    outcome:
      'Type untrusted data with unknown, satisfies, as const, enums, branded types and guards, and use declaration files and ambient declarations',
  },
} as const satisfies Record<string, ModelDomain>
