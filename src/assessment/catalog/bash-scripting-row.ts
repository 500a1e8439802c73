import { type CatalogRow, row } from './catalog-row.js'

/** Writing and fixing bash scripts as a freelancer does it for a client's servers and pipelines. */
export const BASH_SCRIPTING_ROW: CatalogRow = row(
  'bash-scripting',
  'Bash scripting: writing and fixing shell scripts',
  'Technology & IT',
  5,
  15,
  [
    ['bashQuoting', 20],
    ['bashParams', 20],
    ['bashStatus', 25],
    ['bashFiles', 20],
    ['bashFunctions', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelancer hired to write or fix bash scripts is usually handed a deployment, backup, ' +
      'build or data-processing script that misbehaves on the client’s GNU/Linux machines, or ' +
      'asked for a new one that must survive unusual input and fail loudly. The most frequent ' +
      'fault, and the most frequent review comment, is how a script decides success and ' +
      'failure: exit statuses, $? and PIPESTATUS, test and [[ ]] operators, numeric against ' +
      'string comparison, case, && and || lists, and what set -e, set -u and pipefail catch and ' +
      'miss (25 %). Next come the expansions a command never sees: quoting, word splitting, ' +
      'globbing, brace and arithmetic expansion, and command substitution (20 %); variables, ' +
      'parameter expansion for defaults, trimming and replacement, positional parameters and ' +
      'indexed and associative arrays (20 %); and loops over files and lines that survive ' +
      'blanks, backslashes and NUL-separated names, redirection order, process substitution ' +
      'and here-documents (20 %). Structuring a script into functions with local scope, ' +
      'returning statuses and values, sourcing and exporting, and cleaning up with traps ' +
      'complete the work (15 %). The commands a script calls (grep, sed, awk, find options), ' +
      'POSIX sh and other shells, and the interactive shell (prompts, history, completion) are ' +
      'not tested; every stem names bash 5 on GNU/Linux, and every key is run in bash in the C ' +
      'locale.',
  },
)
