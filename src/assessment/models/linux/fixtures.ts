/**
 * Files the Linux families start from, as shell steps run in a fresh, empty working directory
 * (umask 022). Only the tests run them, with bash and GNU tools; each stem describes in words
 * the part of the state its question needs.
 */

/** Five log lines: two ERROR lines, one WARN, two INFO; request ids on some. */
export const APP_LOG = String.raw`printf '%s\n' '2026-03-01 10:00:01 INFO start req-17' '2026-03-01 10:00:02 ERROR disk full' '2026-03-01 10:00:03 WARN slow reply req-42' '2026-03-01 10:00:04 ERROR timeout' '2026-03-01 10:00:05 INFO done' > app.log`

/** Staff as comma-separated name,dept,salary with no header line. */
export const STAFF_CSV = String.raw`printf '%s\n' 'ana,ops,5200' 'ben,dev,6100' 'cai,dev,4800' 'dee,ops,7000' 'eve,qa,900' > staff.csv`

/** The same staff separated by blanks, as many tools print them. */
export const PAY_TXT = String.raw`printf '%s\n' 'ana ops 5200' 'ben dev 6100' 'cai dev 4800' 'dee ops 7000' > pay.txt`

/** Ten numbered lines, `line 1` … `line 10`. */
export const NOTES = `seq -f 'line %g' 10 > notes.txt`

/** Single quotes for the shell, so a body holding `$` or quotes reaches the file unchanged. */
const quoted = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** An executable bash script named `name` whose one line of code is `body`. */
export const script = (name: string, body: string): string =>
  `printf '%s\\n' '#!/bin/bash' ${quoted(body)} > ${name} && chmod 755 ${name}`
