import {
  type BashFamily,
  choose,
  explain,
  family,
  NOTHING,
  predict,
  STEMS,
  several,
  sq,
  WORDS,
} from './probe.js'

/** Runs a test line on several values and prints 1 or 0 for each, so one check covers them all. */
const truthTable = (v: string, values: readonly string[], test: string): string =>
  `for ${v} in ${values.map(sq).join(' ')}; do if ${test}; then printf 1; else printf 0; fi; done`

/**
 * Exit status and conditions: test operators and [[ ]], numeric against string comparison, case,
 * && and ||, $? and PIPESTATUS, and what set -e, set -u and pipefail do and do not catch.
 */
export const STATUS_FAMILIES: readonly BashFamily[] = [
  family('test-non-empty', (rng) => {
    const v = rng.pick(['name', 'token', 'reply', 'answer'])
    const values = ['', rng.pick(WORDS), `${rng.pick(WORDS)} ${rng.pick(STEMS)}`]
    return choose({
      stem: `which condition is true exactly when ${v} holds a non-empty string (it may hold blanks)?`,
      run: (o) => truthTable(v, values, o),
      check: '[ "$(cat ../out)" = 011 ]',
      key: `[ -n "$${v}" ]`,
      wrong: [
        [`[ -n $${v} ]`, 'unquoted and empty, the test becomes [ -n ], which is true'],
        [`[ $${v} ]`, 'unquoted, a value with a blank becomes two words and a syntax error'],
        [`[ -s "$${v}" ]`, '-s asks whether a file of that name exists and is not empty'],
      ],
    })
  }),
  family('numeric-vs-string-compare', (rng) => {
    const [a, b] = rng.pick([
      ['count', 'limit'],
      ['used', 'quota'],
      ['size', 'max'],
    ] as const)
    const pairs = [
      [rng.int(10, 99), rng.int(2, 9)],
      [rng.int(2, 9), rng.int(10, 99)],
      [rng.int(100, 150), rng.int(20, 99)],
    ] as const
    const run = (o: string) =>
      pairs
        .map(([x, y]) => `${a}=${x} ${b}=${y}; if ${o}; then printf 1; else printf 0; fi`)
        .join('\n')
    return choose({
      stem: `which condition is true exactly when the whole number in ${a} is greater than the one in ${b}?`,
      run,
      check: '[ "$(cat ../out)" = 101 ]',
      // Each of these compares as numbers.
      key: rng.pick([`[ "$${a}" -gt "$${b}" ]`, `(( ${a} > ${b} ))`, `[[ $${a} -gt $${b} ]]`]),
      wrong: [
        [
          `(( $${a} -gt $${b} ))`,
          '-gt belongs to test; inside (( )) it reads as a minus and a name, a syntax error',
        ],
        [`[[ $${a} > $${b} ]]`, 'inside [[ ]] > compares as strings, so 10 sorts before 9'],
        [
          `[ "$${a}" > "$${b}" ]`,
          'inside [ ] > is a redirection to a file, and the test is always true',
        ],
        [`[ "$${a}" \\> "$${b}" ]`, 'the escaped > compares as strings, character by character'],
      ],
    })
  }),
  family('glob-match-in-double-brackets', (rng) => {
    const ext = rng.pick(['txt', 'csv', 'log', 'json'])
    const f = rng.pick(['f', 'file', 'name'])
    const values = [`${rng.pick(STEMS)}.${ext}`, `${rng.pick(STEMS)}.bak`, `*.${ext}`]
    return choose({
      stem: `which condition is true exactly when the file name in ${f} ends in .${ext}?`,
      setup: `touch a.${ext} b.${ext}`,
      run: (o) => truthTable(f, values, o),
      check: '[ "$(cat ../out)" = 101 ]',
      // A pattern match, with = or ==, or a test on the part after the last dot: each is right.
      key: rng.pick([
        `[[ $${f} == *.${ext} ]]`,
        `[[ $${f} = *.${ext} ]]`,
        `[[ \${${f}##*.} == ${ext} ]]`,
      ]),
      wrong: [
        [
          `[[ $${f} == "*.${ext}" ]]`,
          'a quoted pattern inside [[ ]] matches only the literal text',
        ],
        [
          `[ "$${f}" == *.${ext} ]`,
          'inside [ ] the pattern is expanded to the files in the folder',
        ],
        [`[[ $${f} == ?.${ext} ]]`, 'a ? matches exactly one character, not any number'],
      ],
    })
  }),
  family('regex-quoted-is-literal', (rng) => {
    const v = rng.pick(['input', 'port', 'id', 'qty'])
    const values = rng.shuffle([
      String(rng.int(10, 9999)),
      `${rng.pick(['x', 'n', 'v'])}${rng.int(1, 99)}`,
      '^[0-9]+$',
    ])
    const isNumber = values.map((x) => /^[0-9]+$/.test(x))
    const answer = (hits: readonly boolean[]) => hits.map((h) => (h ? 'match' : 'no')).join(' ')
    const loop = (test: string) =>
      `for ${v} in ${values.map(sq).join(' ')}; do\n  if ${test}; then echo match; else echo no; fi\ndone`
    return predict({
      lines: true,
      script: loop(`[[ $${v} =~ "^[0-9]+$" ]]`),
      key: answer(values.map((x) => x === '^[0-9]+$')),
      wrong: [
        [
          answer(isNumber),
          'believes the quotes are removed and the text still read as a regular expression',
          loop(`[[ $${v} =~ ^[0-9]+$ ]]`),
        ],
        [answer(values.map(() => false)), 'believes a quoted pattern never matches anything'],
        [
          answer(values.map((x, i) => isNumber[i] || x === '^[0-9]+$')),
          'believes the quoted text matches both as a pattern and as itself',
        ],
      ],
    })
  }),
  family('status-overwritten-by-echo', (rng) => {
    const [w, other] = several(rng, WORDS, 2)
    const dir = rng.pick(['archive', 'backups', 'old'])
    // Either grep fails and an echo succeeds after it, or grep succeeds and a test fails after
    // it: $? is the status of whichever command ran last.
    const grepFails = rng.next() < 0.5
    const listed = grepFails ? other : w
    const second = grepFails ? 'echo "checked list.txt"' : `[ -d ${dir} ]`
    const shown = grepFails ? 'checked list.txt ' : ''
    const setup = `printf '%s\\n' ${listed} > list.txt`
    // The stem says what list.txt holds and that the folder is missing, so each status is known.
    const folder = grepFails ? '' : `, and there is no folder named ${dir}`
    return predict({
      setup,
      ask: `list.txt holds the single line ${listed}${folder}. What does this script print? (Its output lines are shown joined by single spaces.)`,
      script: `grep -q ${w} list.txt\n${second}\necho "status $?"`,
      lines: true,
      key: `${shown}status ${grepFails ? 0 : 1}`,
      wrong: [
        [
          `${shown}status ${grepFails ? 1 : 0}`,
          'believes $? still holds grep’s status after another command',
          `${setup}; grep -q ${w} list.txt; s=$?; ${second}; echo "status $s"`,
        ],
        [
          `${shown}status 2`,
          grepFails
            ? 'reads grep’s status for no match as 2, its error status'
            : 'reads a failed test as status 2, its error status',
        ],
        grepFails
          ? ['status 1', 'believes the failed grep skips the echo that follows it']
          : ['status 0 1', 'believes each command’s status is printed in turn'],
        ...(grepFails
          ? [
              [
                NOTHING,
                'believes a failed command stops the script',
                `${setup}; grep -q ${w} list.txt || exit`,
              ] as const,
            ]
          : []),
      ],
    })
  }),
  family('if-runs-the-command', (rng) => {
    const w = rng.pick(WORDS)
    const f = `${rng.pick(STEMS)}.txt`
    return choose({
      stem: `which line prints found exactly when ${f} contains the word ${w}?`,
      setup: `printf '%s\\n' 'nothing here' > ${f}`,
      run: (o) => `${o}\nprintf '%s\\n' '${w} line' >> ${f}\n${o}`,
      check: '[ "$(cat ../out)" = found ]',
      // Quiet grep, with or without a fixed-string or end-of-options mark: each is right.
      key: rng.pick([
        `if grep -q ${w} ${f}; then echo found; fi`,
        `if grep -qF ${w} ${f}; then echo found; fi`,
        `if grep -q -- ${w} ${f}; then echo found; fi`,
      ]),
      wrong: [
        [
          `if [ grep -q ${w} ${f} ]; then echo found; fi`,
          'brackets are the test command, not grouping; test cannot run grep',
        ],
        [
          `if [ "$(grep -c ${w} ${f})" ]; then echo found; fi`,
          'grep -c prints 0 when nothing matches, and 0 is a non-empty string',
        ],
        [`if grep ${w} ${f}; then echo found; fi`, 'without -q grep also prints the matching line'],
        [
          `if grep -c ${w} ${f}; then echo found; fi`,
          'grep -c also prints its count of matching lines, 0 or more',
        ],
        [
          `if grep -q ${w} ${f}; [ $? ]; then echo found; fi`,
          '[ $? ] only asks whether the status text is non-empty, which it always is',
        ],
      ],
    })
  }),
  family('and-or-is-not-if-else', (rng) => {
    const f = rng.pick(['app.conf', 'site.cfg', 'db.ini'])
    const key0 = rng.pick(['port', 'host', 'user'])
    return predict({
      setup: `printf '%s\\n' 'name=x' > ${f}`,
      ask: `${f} exists but has no ${key0} line. What does this print?`,
      script: `[ -f ${f} ] && grep -q '^${key0}=' ${f} && echo "has ${key0}" || echo "no ${f}"`,
      key: `no ${f}`,
      wrong: [
        [
          NOTHING,
          'believes the last command runs only when the first test fails',
          `if [ -f ${f} ]; then grep -q '^${key0}=' ${f} && echo "has ${key0}"; else echo "no ${f}"; fi`,
        ],
        [`has ${key0}`, 'believes the last && still runs once the file test passes'],
        [`has ${key0} no ${f}`, 'believes both branches run'],
      ],
    })
  }),
  family('case-first-match-wins', (rng) => {
    const name = `${rng.pick(STEMS)}.tar.gz`
    const gzFirst = rng.next() < 0.5
    const arms = gzFirst
      ? ['  *.gz) echo gzip ;;', '  *.tar.gz) echo tarball ;;']
      : ['  *.tar.gz) echo tarball ;;', '  *.gz) echo gzip ;;']
    return predict({
      script: `f=${name}\ncase $f in\n${arms.join('\n')}\n  *) echo other ;;\nesac`,
      lines: true,
      key: gzFirst ? 'gzip' : 'tarball',
      wrong: [
        [
          gzFirst ? 'tarball' : 'gzip',
          gzFirst
            ? 'believes the most specific pattern wins'
            : 'believes the last matching pattern wins',
        ],
        [
          gzFirst ? 'gzip tarball other' : 'tarball gzip other',
          'believes case falls through to later arms, as a C switch does',
        ],
        ['other', 'believes a pattern must match the whole name literally'],
      ],
    })
  }),
  family('pipestatus-array', (rng) => {
    // The first and last differ, so reading the list backwards is a different answer.
    const cmds = rng.pick([
      ['true', 'false', 'false'],
      ['false', 'true', 'true'],
      ['false', 'false', 'true'],
      ['true', 'true', 'false'],
    ])
    const st = cmds.map((c) => (c === 'true' ? 0 : 1))
    return predict({
      script: `${cmds.join(' | ')}\necho "\${PIPESTATUS[@]}"`,
      key: st.join(' '),
      wrong: [
        [
          String(st[2]),
          'believes PIPESTATUS holds only the pipeline’s own status',
          `${cmds.join(' | ')}; echo "$?"`,
        ],
        [
          String(Math.max(...st)),
          'reads PIPESTATUS as the pipefail status',
          `set -o pipefail; ${cmds.join(' | ')}; echo "$?"`,
        ],
        [st.map((x) => 1 - x).join(' '), 'reads 1 as success, as in many languages'],
        [[...st].reverse().join(' '), 'believes PIPESTATUS lists the last command first'],
      ],
    })
  }),
  family('pipefail-and-sigpipe', (rng) => {
    const n = rng.int(1, 3)
    return predict({
      script: `set -o pipefail\nyes | head -n ${n} > /dev/null\necho "status $?"`,
      key: 'status 141',
      wrong: [
        [
          'status 0',
          'believes head’s success decides the status under pipefail',
          `set +o pipefail; yes | head -n ${n} > /dev/null; echo "status $?"`,
        ],
        ['status 1', 'believes every failure in a pipeline is reported as 1'],
        ['status 13', 'takes the signal number (SIGPIPE, 13) as the status without adding 128'],
        ['status 128', 'believes a process killed by a signal reports 128 alone'],
        ['status 137', 'takes the pipe’s end for a kill, SIGKILL being 128+9'],
        ['status 143', 'takes the pipe’s end for a termination, SIGTERM being 128+15'],
        ['status 255', 'believes a process ended by a signal exits with 255'],
      ],
    })
  }),
  family('set-e-and-arithmetic-zero', (rng) => {
    const v = rng.pick(['count', 'retries', 'done', 'n'])
    return choose({
      stem: `a script runs under set -e and ${v} starts at 0. Which line adds 1 to ${v} without stopping the script?`,
      run: (o) => `set -e\n${v}=0\n${o}\necho "${v}=$${v}"`,
      check: `[ "$(cat ../out)" = ${v}=1 ]`,
      // Each of these leaves a status of 0, since the value it computes is 1.
      key: rng.pick([`${v}=$(( ${v} + 1 ))`, `(( ++${v} ))`, `(( ${v} += 1 ))`]),
      wrong: [
        [
          `(( ${v}++ ))`,
          'the post-increment’s value is the old 0, so (( )) returns status 1 and set -e stops',
        ],
        [`let ${v}++`, 'let returns status 1 when the value is 0, so set -e stops'],
        [
          `${v}=$(( ${v}++ ))`,
          'the post-increment gives the old value, 0, which the assignment then stores',
        ],
        [`expr ${v} + 1`, 'expr prints the sum; it does not store it'],
        [`${v}+=1`, 'without an integer declaration the append operator adds text, giving 01'],
      ],
    })
  }),
  family('set-u-optional-argument', (rng) => {
    const v = rng.pick(['mode', 'target', 'first', 'env'])
    return choose({
      stem: `a script runs under set -u and may be called with no arguments. Which line sets ${v} to the first argument, or to an empty string when there is none, without stopping?`,
      run: (o) => `set -u\nset --\n${o}\necho "[$${v}]"`,
      check: `[ "$(cat ../out)" = '[]' ]`,
      // With or without the colon: $1 is unset, not empty, so both give the empty default.
      key: rng.pick([`${v}=\${1:-}`, `${v}=\${1-}`, `${v}="\${1:-}"`]),
      wrong: [
        [`${v}=$1`, 'under set -u an unset $1 stops the script'],
        [`${v}="$1"`, 'quoting does not make an unset parameter set'],
        [`[ -n "$1" ] && ${v}=$1`, 'the test itself expands the unset $1, which stops the script'],
        [`${v}=\${1:-$2}`, 'the default, $2, is itself unset, which stops the script'],
        [`${v}=\${1?}`, `\${1?} stops the script when $1 is unset`],
      ],
    })
  }),
  family('set-e-pipeline-last-command', (rng) => {
    const f = `${rng.pick(STEMS)}.log`
    const run = (opts: string) => `set ${opts}; grep ERROR ${f} | sort; echo "status $?"`
    return predict({
      // Standard output only: grep's complaint goes to standard error, and a terminal would show
      // it beside the status, which is what one distractor holds.
      ask: `${f} does not exist. What does this script print on standard output? (Its output lines are shown joined by single spaces.)`,
      script: `set -e\ngrep ERROR ${f} | sort\necho "status $?"`,
      lines: true,
      // A pipeline's status is its last command's: sort succeeds, so set -e lets the script go on.
      key: 'status 0',
      wrong: [
        [NOTHING, 'believes set -e stops on a failure anywhere in a pipeline', run('-eo pipefail')],
        [
          'status 2',
          'believes set -e skips pipelines and a pipeline’s status is its first command’s, 2 for a missing file',
          `grep ERROR ${f} | sort; echo "status \${PIPESTATUS[0]}"`,
        ],
        [
          'status 1',
          'believes set -e skips pipelines and the pipeline fails with 1, as if grep found no match',
        ],
        ['ERROR status 0', 'believes grep prints the pattern when the file is missing'],
        [
          `grep: ${f}: No such file or directory status 0`,
          'believes error messages go to standard output',
          `set -e; grep ERROR ${f} 2>&1 | sort; echo "status $?"`,
        ],
      ],
    })
  }),
  family('file-test-operators', (rng) => {
    const kinds = [
      ['-d', 'a directory', 'dir'],
      ['-L', 'a symbolic link (even a broken one)', 'link'],
      ['-s', 'a file that is not empty', 'full'],
    ] as const
    const [op, what, want] = rng.pick(kinds)
    const names = ['dir', 'empty', 'full', 'link']
    const table = names.map((n) => (n === want ? 1 : 0)).join('')
    const all: [string, string][] = [
      ['[ -e "$p" ]', '-e follows links, so a broken link does not exist, and a directory does'],
      ['[ -f "$p" ]', '-f is true for every regular file, empty or not'],
      ['[ -r "$p" ]', '-r asks for read permission, which every entry here has'],
      ['[ -d "$p" ]', '-d is true only for directories'],
      ['[ -L "$p" ]', '-L is true only for symbolic links'],
      ['[ -s "$p" ]', '-s is true for non-empty files and for directories'],
    ]
    const key = `[ ${op} "$p" ]`
    return choose({
      stem: `the folder holds a directory dir, an empty file empty, a file full with one line and a broken symbolic link link. Which test, with the name in p, is true only for ${want}, as ${what}?`,
      setup: 'mkdir dir; touch empty; echo x > full; ln -s missing link',
      run: (o) => truthTable('p', names, o),
      check: `[ "$(cat ../out)" = ${table} ]`,
      key,
      wrong: all.filter(([t]) => t !== key && !(op === '-s' && t.includes('-d'))),
    })
  }),
  family('arithmetic-condition-zero-false', (rng) => {
    const n = rng.int(3, 9)
    const v = rng.pick(['left', 'pending', 'queue'])
    return predict({
      script: `${v}=${n}\nif (( ${v} - ${n} )); then echo busy; else echo idle; fi\nif [ $(( ${v} - ${n} )) ]; then echo busy; else echo idle; fi`,
      lines: true,
      key: 'idle busy',
      wrong: [
        ['busy idle', 'swaps them: believes (( )) of 0 is true like status 0, and [ 0 ] false'],
        ['idle idle', 'believes [ ] treats the text 0 as false'],
        ['busy busy', 'believes (( )) is true whenever it computes a value'],
      ],
    })
  }),
  family('subshell-exit-status', (rng) => {
    const k = rng.int(2, 9)
    const [a, b] = rng.pick([
      ['start', 'done'],
      ['begin', 'end'],
      ['open', 'closed'],
    ] as const)
    return predict({
      script: `( echo ${a}; exit ${k}; echo ${b} )\necho "after $?"`,
      lines: true,
      key: `${a} after ${k}`,
      wrong: [
        [
          a,
          'believes exit in parentheses ends the whole script',
          `{ echo ${a}; exit ${k}; }; echo "after $?"`,
        ],
        [
          `${a} ${b} after 0`,
          'believes exit is ignored inside parentheses',
          `( echo ${a}; echo ${b} ); echo "after $?"`,
        ],
        [
          `${a} ${b} after ${k}`,
          'believes exit only sets the status and the subshell runs on',
          `( echo ${a}; echo ${b}; exit ${k} ); echo "after $?"`,
        ],
        [`${a} after 0`, 'believes $? is the status of the echo inside'],
        [`after ${k}`, 'believes exit discards the subshell’s output'],
        [`${a} after 1`, 'believes any failing exit is reported as 1'],
      ],
    })
  }),
  family('stdin-eaten-in-read-loop', (rng) => {
    const list = several(rng, STEMS, 3)
    return explain({
      stem: `this script should print one line per host in hosts.txt (${list.join(', ')}) but prints only the first. What is the cause?\n\n\`\`\`bash\nwhile read -r host; do\n  echo "checking $host"\n  ./probe "$host"\ndone < hosts.txt\n\`\`\`\n\n(probe reads standard input for a password prompt.)`,
      setup: `printf '%s\\n' ${list.join(' ')} > hosts.txt; printf '%s\\n' '#!/bin/bash' 'cat > /dev/null' > probe; chmod 755 probe`,
      check: '[ "$(grep -c checking ../out)" = 3 ]',
      // Said in one of several equally right ways; each fix gives probe input of its own.
      key: [
        rng.pick([
          'probe reads the rest of hosts.txt from the loop’s standard input',
          'probe drains the loop’s input, the rest of hosts.txt',
          'probe shares standard input with read and eats the other lines',
        ]),
        'while read -r host; do echo "checking $host"; ./probe "$host" < /dev/null; done < hosts.txt',
      ],
      wrong: [
        [
          'read needs IFS= to read whole lines',
          'blames field splitting, which only trims blanks',
          'while IFS= read -r host; do echo "checking $host"; ./probe "$host"; done < hosts.txt',
        ],
        [
          'the loop runs in a subshell, so it stops early',
          'confuses it with a loop at the end of a pipe, which loses variables, not lines',
          'while read -r host; do echo "checking $host"; ./probe "$host"; done < <(cat hosts.txt)',
        ],
        [
          'probe’s exit status ends the loop',
          'believes a failing command in the body ends a while loop',
          'while read -r host; do echo "checking $host"; ./probe "$host" ; true; done < hosts.txt',
        ],
        [
          'hosts.txt has Windows line endings, so read stops after the first line',
          'blames carriage returns, which would change the names, not the count',
          'while read -r host; do echo "checking $host"; ./probe "$host"; done < <(tr -d "\\r" < hosts.txt)',
        ],
        [
          'hosts.txt lacks a final newline, so read sees only one line',
          'blames a missing final newline, which loses only the last line',
          'printf "\\n" >> hosts.txt; while read -r host; do echo "checking $host"; ./probe "$host"; done < hosts.txt',
        ],
      ],
    })
  }),
  family('return-without-value', (rng) => {
    const fn = rng.pick(['check_disk', 'ping_host', 'verify'])
    // The last command's own status, which a bare return passes on: 1, a subshell's drawn exit
    // status or 127 (no such command); each is known without knowing a tool's own codes.
    const k = rng.int(3, 6)
    const [first, status] = rng.pick([
      ['false', 1],
      ['test -e missing', 1],
      [`( exit ${k} )`, k],
      ['pgcheck --quiet', 127],
    ] as const)
    return predict({
      ask: 'with no file named missing in the folder and no pgcheck command installed, what does this script print?',
      script: `${fn}() {\n  ${first}\n  return\n}\n${fn}\necho "status $?"`,
      key: `status ${status}`,
      wrong: [
        [
          'status 0',
          'believes return with no number returns success',
          `${fn}() { ${first}; return 0; }; ${fn}; echo "status $?"`,
        ],
        ['status 1', 'believes return with no number returns failure, 1'],
        ['status 2', 'believes return with no number gives the usage-error status'],
        ['status 127', 'believes a return with no value is an error, like an unknown command'],
      ],
    })
  }),
]
