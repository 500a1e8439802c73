import type { ModelDomain } from './model-domains.js'

/** The bash-scripting test's domains, each served by one scenario model of its own families. */
export const BASH_SCRIPTING_DOMAINS = {
  bashQuoting: {
    id: 'bashs-quoting',
    title: 'Quoting, word splitting and expansions',
    itemModelIds: ['bashs-quoting'],
    outcome:
      'Predict and control quoting, word splitting, globbing, brace and arithmetic expansion and command substitution',
  },
  bashParams: {
    id: 'bashs-params',
    title: 'Variables, parameter expansion and arrays',
    itemModelIds: ['bashs-params'],
    outcome:
      'Use defaults, trimming, substrings, replacement and case in parameter expansion, positional parameters, and indexed and associative arrays',
  },
  bashStatus: {
    id: 'bashs-status',
    title: 'Exit status, conditions and strict mode',
    itemModelIds: ['bashs-status'],
    outcome:
      'Decide success and failure with exit statuses, test and [[ ]] operators, case and && and || lists, and know what set -e, set -u and pipefail catch',
  },
  bashFiles: {
    id: 'bashs-files',
    title: 'Loops over files and input, redirection and here-documents',
    itemModelIds: ['bashs-files'],
    outcome:
      'Loop over files and lines safely with globs, find -print0 and read -r, and redirect, pipe and feed input in the intended order',
  },
  bashFunctions: {
    id: 'bashs-functions',
    title: 'Functions, scope, traps and cleanup',
    itemModelIds: ['bashs-functions'],
    outcome:
      'Write functions with local scope and correct statuses, source and export variables, and clean up with traps on exit and signals',
  },
} as const satisfies Record<string, ModelDomain>
