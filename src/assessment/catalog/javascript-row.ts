import { type CatalogRow, row } from './catalog-row.js'

/**
 * JavaScript as clients hire a freelance JavaScript developer for it: front-end features and
 * fixes in someone else's code, small Node scripts and API glue, mostly debugging behaviour
 * that surprised the client.
 */
export const JAVASCRIPT_ROW: CatalogRow = row(
  'javascript',
  'JavaScript programming',
  'Technology & IT',
  5,
  30,
  [
    ['jsDevValues', 20],
    ['jsDevScope', 15],
    ['jsDevAsync', 20],
    ['jsDevData', 20],
    ['jsDevClasses', 10],
    ['jsDevWeb', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance JavaScript developer is mostly hired to add a feature to, or fix a bug in, ' +
      'a web front end or a small Node service someone else wrote: a form that submits twice, ' +
      'totals that come out as 0.30000000000000004 or "105" instead of 15, a list that sorts ' +
      '10 before 9, data that shows up before it has loaded. The work is reading code and ' +
      'predicting what it does before changing it, so the items show realistic snippets and ' +
      'ask what they print. Asynchronous code causes the faults clients most often call a ' +
      'freelancer in for: the order in which promise callbacks, awaits and timers run, ' +
      'forEach that does not wait, Promise.all and its siblings, errors a try block cannot ' +
      'catch (20 %). Just as common are value bugs: loose equality and coercion, NaN checks, ' +
      'parseInt against Number, the OR default that swallows 0, floating-point money and ' +
      'Date arithmetic that rolls months over (20 %), and data handling with arrays and ' +
      'objects: the default sort, shallow copies and spread, destructuring defaults, ' +
      'reduce, JSON round trips, Map and Set (20 %). Scope, hoisting, closures and this ' +
      'decide what callbacks and handlers see (15 %), and the web platform APIs the browser ' +
      'and Node share carry the rest of a front-end job: fetch responses that do not reject ' +
      'on a 404, bodies read once, URL resolution and encoding, EventTarget listeners, ' +
      'AbortController and text encodings (15 %). Classes, private fields and error handling ' +
      'with custom errors, finally and causes complete it (10 %). Frameworks (React, Vue, ' +
      'Express), TypeScript, build tools, CSS and page layout, and DOM trees (which need a ' +
      'browser to run) vary by client or are separate tests, so they are not tested here. ' +
      'Every stem names Node.js 20, and every key and distractor is run in Node.js 20.',
  },
)
