import { type CatalogRow, row } from './catalog-row.js'

/**
 * Python as clients hire a freelance Python developer for it: scripts that process files and
 * data, small automation jobs and back-ends, mostly written for or fixed in someone else's code.
 */
export const PYTHON_ROW: CatalogRow = row(
  'python',
  'Python programming',
  'Technology & IT',
  5,
  30,
  [
    ['pyCore', 15],
    ['pyCollections', 20],
    ['pyStrings', 15],
    ['pyFunctions', 15],
    ['pyClasses', 15],
    ['pyStdlib', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance Python developer is mostly hired to write or fix scripts that read, clean and ' +
      'reshape data (CSV and JSON exports, logs, spreadsheets saved as text), to automate a ' +
      'routine job, or to extend a small web or automation back-end someone else started. The ' +
      'work is reading code and predicting what it does before changing it, so the items show ' +
      'realistic snippets and ask what they print or which version does the job. Most of a ' +
      'script is data handling with lists, dicts, sets and comprehensions: counting, grouping, ' +
      'sorting with keys, slicing, merging settings and unpacking rows (20 %). Just as much ' +
      'leans on the standard library and the tools around it: dates and time spans, paths, ' +
      'JSON and CSV, Decimal for money, logging, command-line arguments, regular expressions, ' +
      'the version specifiers pip reads and pytest checks that come with every delivery (20 %). ' +
      'The faults clients most often call a freelancer in for come from core semantics: two ' +
      'names for one list, shallow copies, falsy zeros, float equality, floor division of ' +
      'negatives, scopes and late-binding closures (15 %). Text and bytes come next: splitting, ' +
      'stripping, number formatting and encodings that turn names into mojibake (15 %); then ' +
      'functions with defaults, *args and **kwargs, generators and decorators (15 %), and ' +
      'classes, dunder methods, context managers and the flow of exceptions (15 %). Frameworks ' +
      '(Django, Flask, pandas), asynchronous code, packaging a library for release and ' +
      'performance tuning vary by client or are separate tests, so they are not tested here. ' +
      'Every stem names Python 3.11, and every key and distractor is run in Python 3.11.',
  },
)
