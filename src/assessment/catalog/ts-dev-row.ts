import { type CatalogRow, row } from './catalog-row.js'

/**
 * TypeScript as clients hire a freelance TypeScript developer for it: typing someone else's
 * code base, turning on stricter settings and fixing what the compiler then reports.
 */
export const TS_DEV_ROW: CatalogRow = row(
  'typescript',
  'TypeScript',
  'Technology & IT',
  5,
  30,
  [
    ['tsDevAssignability', 17],
    ['tsDevNarrowing', 17],
    ['tsDevGenerics', 16],
    ['tsDevTypeOperators', 16],
    ['tsDevStrictFlags', 17],
    ['tsDevData', 17],
  ],
  {
    jobTaskAnalysis:
      'A freelance TypeScript developer is mostly hired to work in a code base someone else ' +
      'started: migrate JavaScript to TypeScript, turn on strict settings and clear the errors ' +
      'they raise, type an API client or the data a service returns, or fix a build that ' +
      'fails type checking. The daily work is reading what the compiler reports and knowing, ' +
      'before running tsc, which lines it will reject and why, so every item shows a short ' +
      'file and the exact compilerOptions it is checked under, and asks which numbered lines ' +
      'tsc reports an error on, which type tsc gives a name, or which of several lines ' +
      'compiles. Reading assignability errors (excess property checks, structural typing, ' +
      'readonly, literal widening, tuples, function parameter types, any, unknown and never) ' +
      'and narrowing with control flow analysis (typeof, in, instanceof, discriminated unions, ' +
      'exhaustive never checks, type predicates, assertion functions, narrowing in callbacks) ' +
      'are what every fix starts from (17 % each). Strict-mode and checking flags decide what ' +
      'a migration must fix: strictNullChecks, noImplicitAny, noUncheckedIndexedAccess, ' +
      'exactOptionalPropertyTypes, useUnknownInCatchVariables, strictPropertyInitialization, ' +
      'noImplicitReturns, noImplicitOverride, noPropertyAccessFromIndexSignature, ' +
      'verbatimModuleSyntax and erasableSyntaxOnly (17 %). Typing APIs and data (unknown ' +
      'against any, JSON.parse results, satisfies, as const, enums, declaration files and ' +
      'ambient declarations, declaration merging, branded types, inferred type predicates) ' +
      'is what clients pay for when they bring an untyped service (17 %). Generics with ' +
      'constraints and inference, and utility, mapped, conditional and template literal types ' +
      'are how shared helpers are typed (16 % each). Every stem states the compilerOptions and ' +
      'that each file is a module; every key and distractor is checked by compiling the code ' +
      'with the TypeScript compiler under exactly those options. Not tested: framework typings ' +
      '(React, Express), build tools and bundlers, module resolution across packages, emitted ' +
      'JavaScript and runtime behaviour (the JavaScript test covers it), and editor tooling.',
  },
)
