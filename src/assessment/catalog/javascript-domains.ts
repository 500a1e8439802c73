import type { ModelDomain } from './model-domains.js'

/** The JavaScript programming test's domains, each served by one scenario model of its own families. */
export const JAVASCRIPT_DOMAINS = {
  jsDevValues: {
    id: 'javascript-values',
    title: 'Equality, coercion, numbers and dates',
    itemModelIds: ['js-dev-values'],
    outcome:
      'Predict loose and strict equality, type coercion, NaN checks, number parsing, floating-point sums and Date rollover',
  },
  jsDevScope: {
    id: 'javascript-scope',
    title: 'Scope, hoisting, closures and this',
    itemModelIds: ['js-dev-scope'],
    outcome:
      'Predict what var, let and const, hoisting, closures in loops, bind and this in methods and callbacks give',
  },
  jsDevAsync: {
    id: 'javascript-async',
    title: 'Promises, async functions and the event loop',
    itemModelIds: ['js-dev-async'],
    outcome:
      'Order synchronous code, promise callbacks, awaits and timers, and use Promise.all, allSettled, race and any and async error handling correctly',
  },
  jsDevData: {
    id: 'javascript-data',
    title: 'Arrays, objects, copies and JSON',
    itemModelIds: ['js-dev-data'],
    outcome:
      'Sort, slice, splice, reduce and copy arrays and objects, destructure with defaults and round-trip data through JSON, Map and Set',
  },
  jsDevClasses: {
    id: 'javascript-classes',
    title: 'Classes, prototypes and errors',
    itemModelIds: ['js-dev-classes'],
    outcome:
      'Write classes with super, static and private members and accessors, and throw, catch and chain errors',
  },
  jsDevWeb: {
    id: 'javascript-web',
    title: 'Fetch, URLs, events and web platform APIs',
    itemModelIds: ['js-dev-web'],
    outcome:
      'Handle fetch responses and bodies, resolve and encode URLs, and use EventTarget, AbortController, FormData and TextEncoder correctly',
  },
} as const satisfies Record<string, ModelDomain>
