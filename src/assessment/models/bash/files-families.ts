import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
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

/** Three file names, one holding a blank: the case a loop over files must survive. */
const spacedFiles = (rng: Rng, ext: string) =>
  several(rng, STEMS, 3).map((s, i) => (i === 0 ? `${s} final.${ext}` : `${s}.${ext}`))

/** Each name the loop body receives exists as a file: ok, else bad. */
const EACH_EXISTS = 'do [ -e "$f" ] && echo ok || echo bad; done'

/**
 * Loops over files and lines (globs, find -print0, read -r and IFS, the subshell at the end of a
 * pipe), redirection order, process substitution, here-documents and here-strings.
 */
export const FILES_FAMILIES: readonly BashFamily[] = [
  family('loop-over-files-with-blanks', (rng) => {
    const ext = rng.pick(['pdf', 'jpg', 'csv'])
    const files = spacedFiles(rng, ext)
    return choose({
      stem: `the folder holds ${files.map((f) => `"${f}"`).join(', ')}. Which loop header runs the body once per .${ext} file with its full name in f?`,
      setup: `touch ${files.map(sq).join(' ')}`,
      run: (o) => `${o} ${EACH_EXISTS}`,
      check: `[ "$(cat ../out)" = ${sq('ok\nok\nok')} ]`,
      key: `for f in ./*.${ext};`,
      wrong: [
        [`for f in $(ls *.${ext});`, 'the output of ls is split at the blank inside a name'],
        [`for f in "$(ls *.${ext})";`, 'quoted, all names arrive as one word'],
        [`for f in "*.${ext}";`, 'a quoted glob is not expanded'],
        [`for f in $(find . -name '*.${ext}');`, 'find’s output is split at blanks, like ls’s'],
      ],
    })
  }),
  family('read-nul-separated', (rng) => {
    const ext = rng.pick(['log', 'tmp', 'txt'])
    const files = spacedFiles(rng, ext)
    return choose({
      stem: `find . -name '*.${ext}' -print0 feeds a loop; one name holds a blank. Which loop header reads each name whole?`,
      setup: `touch ${files.map(sq).join(' ')}`,
      run: (o) => `find . -name '*.${ext}' -print0 | ${o} ${EACH_EXISTS}`,
      check: `[ "$(cat ../out)" = ${sq('ok\nok\nok')} ]`,
      // An empty delimiter (written '' or $'\\0', which bash reads as empty) stops at each NUL.
      key: rng.pick([
        `while IFS= read -r -d '' f;`,
        `while IFS= read -rd '' f;`,
        `while IFS= read -r -d $'\\0' f;`,
      ]),
      wrong: [
        [`while IFS=$'\\0' read -r f;`, 'IFS only splits fields; read still stops at a newline'],
        [
          `while IFS= read -r -d $'\\n' f;`,
          'a newline delimiter is the default, and -print0 writes none',
        ],
        [
          'while IFS= read -r f;',
          'read stops at newlines, and -print0 writes none, so the names arrive as one',
        ],
        [
          `while IFS= read -r -d '\\0' f;`,
          'the delimiter is the first character of the string, a backslash',
        ],
        [`while IFS= read -r -d ' ' f;`, 'a blank as delimiter splits the name that holds one'],
        ['for f in $(cat);', 'the substitution drops the NUL bytes and splits at blanks'],
      ],
    })
  }),
  family('pipe-while-subshell-count', (rng) => {
    const n = rng.int(3, 6)
    const v = rng.pick(['count', 'total', 'lines'])
    return predict({
      setup: `seq ${n} > items.txt`,
      ask: `items.txt has ${n} lines. What does this print?`,
      script: `${v}=0\ncat items.txt | while read -r line; do\n  ${v}=$(( ${v} + 1 ))\ndone\necho "${v}=$${v}"`,
      key: `${v}=0`,
      wrong: [
        [
          `${v}=${n}`,
          'believes the loop at the end of a pipe runs in the current shell',
          `${v}=0; while read -r line; do ${v}=$(( ${v} + 1 )); done < items.txt; echo "${v}=$${v}"`,
        ],
        [`${v}=1`, 'believes the loop counts in the current shell but gets the file as one line'],
        [
          `${v}=${n - 1}`,
          'believes the loop counts in the current shell but read misses the last line',
        ],
        [`${v}=`, 'believes the loop’s subshell takes the variable with it, leaving it empty'],
        [
          `${v}=${n + 1}`,
          'believes the loop counts in the current shell and read adds an empty last line',
        ],
      ],
    })
  }),
  family('pipe-while-subshell-fix', (rng) => {
    const v = rng.pick(['count', 'total', 'found'])
    const n = rng.int(2, 5)
    return choose({
      stem: `this loop counts the lines of items.txt (${n} lines) but the count it prints is wrong:\n\n\`\`\`bash\n${v}=0\ncat items.txt | while read -r line; do ${v}=$(( ${v} + 1 )); done\necho "$${v}"\n\`\`\`\n\nWhich rewrite of the loop prints ${n}?`,
      setup: `seq ${n} > items.txt`,
      run: (o) => `${v}=0\n${o}\necho "$${v}"`,
      check: `[ "$(cat ../out)" = ${n} ]`,
      // Reading the file straight or through a process substitution both keep the loop here.
      key: rng.pick([
        `while read -r line; do ${v}=$(( ${v} + 1 )); done < <(cat items.txt)`,
        `while read -r line; do ${v}=$(( ${v} + 1 )); done < items.txt`,
      ]),
      wrong: [
        [
          `(while read -r line; do ${v}=$(( ${v} + 1 )); done < items.txt)`,
          'the parentheses run the loop in a subshell again, so the count is lost with it',
        ],
        [
          `while read -r line; do ${v}=$(( ${v} + 1 )); done <<< items.txt`,
          'a here-string feeds the text items.txt, one line, not the file',
        ],
        [
          `for line in items.txt; do ${v}=$(( ${v} + 1 )); done`,
          'for walks over the words given, here the one name items.txt',
        ],
        [
          `while read -r line; do ${v}=$(( ${v} + 1 )); done < <(items.txt)`,
          'the process substitution runs items.txt as a command instead of reading it',
        ],
      ],
    })
  }),
  family('read-raw-backslashes', (rng) => {
    const [a, b] = several(rng, ['temp', 'new', 'data', 'users', 'backup'], 2)
    const path = `C:\\${a}\\${b}`
    return predict({
      setup: `printf '%s\\n' ${sq(path)} > paths.txt`,
      ask: `paths.txt holds the line ${path}. What does this print?`,
      script: 'read line < paths.txt\necho "$line"',
      key: `C:${a}${b}`,
      wrong: [
        [
          path,
          'believes read keeps backslashes without -r',
          'read -r line < paths.txt; echo "$line"',
        ],
        [`C:\\\\${a}\\\\${b}`, 'believes read doubles the backslashes'],
        ['C:', 'believes a backslash ends the line for read'],
      ],
    })
  }),
  family('read-keeps-leading-blanks', (rng) => {
    const w = several(rng, WORDS, 2)
    const lines = [`    ${w[0]} = 1`, `  ${w[1]}\\path`]
    return choose({
      stem: 'config.txt has indented lines, one holding a backslash. Which loop header copies every line exactly as it is?',
      setup: `printf '%s\\n' ${lines.map(sq).join(' ')} > config.txt`,
      run: (o) => `${o} do printf '%s\\n' "$line"; done < config.txt`,
      check: 'cmp -s ../out config.txt',
      // An empty IFS may be written with or without quotes.
      key: rng.pick(['while IFS= read -r line;', "while IFS='' read -r line;"]),
      wrong: [
        ['while read -r line;', 'without an empty IFS, read strips leading and trailing blanks'],
        ['while IFS= read line;', 'without -r read drops the backslash'],
        ['while read line;', 'read strips blanks and drops backslashes'],
        [
          "while IFS=' ' read -r line;",
          'a blank in IFS is still a separator, so leading blanks are still trimmed',
        ],
        [
          "while IFS= read -r -d '' line;",
          "-d '' reads up to a NUL byte, so the whole file is one read that fails at its end",
        ],
      ],
    })
  }),
  family('capture-only-stderr', (rng) => {
    const tool = rng.pick(['build', 'sync', 'deploy'])
    return choose({
      stem: `./${tool} prints progress on standard output and errors on standard error. Which line stores only the errors in err, throwing the progress away?`,
      setup: `printf '%s\\n' '#!/bin/bash' 'echo progress' 'echo failure >&2' > ${tool}; chmod 755 ${tool}`,
      run: (o) => `${o}\nprintf '[%s]' "$err"`,
      check: `[ "$(cat ../out)" = '[failure]' ]`,
      key: `err=$(./${tool} 2>&1 >/dev/null)`,
      wrong: [
        [
          `err=$(./${tool} >/dev/null 2>&1)`,
          'standard error follows standard output to /dev/null, so nothing is captured',
        ],
        [`err=$(./${tool} 2>/dev/null)`, 'this captures the progress and throws the errors away'],
        [`err=$(./${tool} 2>&1)`, 'this captures both streams'],
      ],
    })
  }),
  family('redirect-order-into-pipe', (rng) => {
    const tool = rng.pick(['job', 'task', 'step'])
    return predict({
      setup: `printf '%s\\n' '#!/bin/bash' 'echo out-line' 'echo err-line >&2' > ${tool}; chmod 755 ${tool}`,
      ask: `./${tool} prints out-line on standard output and err-line on standard error. What does this script print?`,
      script: `./${tool} 2>&1 >/dev/null | tr a-z A-Z`,
      key: 'ERR-LINE',
      wrong: [
        [
          NOTHING,
          'believes 2>&1 copies whatever standard output points to at the end of the line',
          `./${tool} >/dev/null 2>&1 | tr a-z A-Z`,
        ],
        [
          'OUT-LINE',
          'believes redirections apply right to left',
          `./${tool} 2>/dev/null | tr a-z A-Z`,
        ],
        ['OUT-LINE ERR-LINE', 'believes 2>&1 joins both streams into the pipe whatever follows'],
      ],
    })
  }),
  family('sort-in-place', (rng) => {
    const drawn = several(rng, WORDS, 4)
    // Never already in order, so leaving the file as it is cannot pass for sorting it.
    const names = drawn.join() === [...drawn].sort().join() ? drawn.reverse() : drawn
    const f = `${rng.pick(STEMS)}.txt`
    return choose({
      stem: `which command sorts the lines of ${f}, leaving the sorted lines in ${f} itself?`,
      setup: `printf '%s\\n' ${names.join(' ')} > ${f}`,
      run: (o) => o,
      check: `[ "$(cat ${f})" = ${sq([...names].sort().join('\n'))} ]`,
      key: rng.pick([`sort -o ${f} ${f}`, `sort ${f} -o ${f}`]),
      wrong: [
        [`sort ${f} > ${f}`, 'the shell empties the file before sort reads it'],
        [`sort ${f} >> ${f}`, '>> appends the sorted copy after the unsorted lines'],
        [`sort < ${f} > ${f}`, 'the output redirection still empties the file first'],
        [`sort -c ${f}`, '-c only checks whether the file is in order; it writes nothing'],
        [`sort -o ${f}`, 'with no input file named, sort reads standard input, not the file'],
      ],
    })
  }),
  family('heredoc-quoted-delimiter', (rng) => {
    const v = rng.pick(['user', 'host', 'port'])
    const val = rng.pick(WORDS)
    const quoted = rng.next() < 0.5
    const literal = `connect $${v} at $(echo now)`
    const expanded = `connect ${val} at now`
    return predict({
      script: `${v}=${val}\ncat <<${quoted ? "'EOF'" : 'EOF'}\n${literal}\nEOF`,
      key: quoted ? literal : expanded,
      wrong: [
        [
          quoted ? expanded : literal,
          quoted
            ? 'believes quotes around the delimiter are ignored'
            : 'believes a here-document never expands',
        ],
        [
          `connect ${val} at $(echo now)`,
          'believes a here-document expands variables but not command substitutions',
        ],
        [`connect $${v} at now`, 'believes a here-document runs commands but keeps variables'],
      ],
    })
  }),
  family('heredoc-literal-to-file', (rng) => {
    const v = rng.pick(['HOME', 'PATH', 'USER'])
    const f = rng.pick(['setup.sh', 'env.sh', 'run.sh'])
    return choose({
      stem: `a script writes ${f}, which must contain the literal text echo "$${v}" (to be expanded later, when ${f} runs). Which first line of the here-document does this?`,
      run: (o) => `${o}\necho "$${v}"\nEND`,
      check: `[ "$(cat ${f})" = ${sq(`echo "$${v}"`)} ]`,
      // Quoting any part of the delimiter word stops expansion: each of these keys is right.
      key: rng.pick([`cat > ${f} <<'END'`, `cat > ${f} <<"END"`, `cat > ${f} <<\\END`]),
      wrong: [
        [`cat > ${f} <<END`, `an unquoted delimiter expands $${v} while writing`],
        [`cat > ${f} <<-END`, '<<- only strips leading tabs; it still expands'],
        [`cat > ${f} <<"END`, 'an unbalanced quote is a syntax error'],
        [
          `cat > ${f} <<<'END'`,
          '<<< is a here-string: cat gets the word END, and the lines below run as commands',
        ],
        [
          `cat > ${f} <<$END`,
          'the $ only becomes part of the delimiter word, which is unquoted, so the text still expands',
        ],
      ],
    })
  }),
  family('here-string-adds-newline', (rng) => {
    const [a, b] = several(rng, ['abc', 'token', 'hello', 'key', 'secret', 'api'], 2)
    const text = rng.next() < 0.5 ? a : `${a} ${b}`
    const L = text.length
    const v = `v='${text}'`
    return predict({
      script: `${v}\nwc -c <<< "$v"`,
      key: `${L + 1}`,
      wrong: [
        [
          `${L}`,
          'believes a here-string passes the text without a newline',
          `${v}; printf '%s' "$v" | wc -c`,
        ],
        [
          `${L + 2}`,
          'believes a here-string adds a carriage return and a newline',
          `${v}; printf '%s\\r\\n' "$v" | wc -c`,
        ],
        [
          `${L + 3}`,
          'believes the double quotes reach wc with the text',
          `${v}; printf '"%s"\\n' "$v" | wc -c`,
        ],
        [`${text.split(' ').length}`, 'believes wc -c counts the words', `${v}; wc -w <<< "$v"`],
        ['1', 'believes wc -c counts the lines', `${v}; wc -l <<< "$v"`],
      ],
    })
  }),
  family('process-substitution-diff', (rng) => {
    const [a, b] = rng.pick([
      ['old.txt', 'new.txt'],
      ['before.txt', 'after.txt'],
      ['list1', 'list2'],
    ] as const)
    // Sorted s0 s1 s2, the files hold s2 s1 s0 and s1 s0 s2: neither is in order.
    const [s0, s1, s2] = several(rng, WORDS, 3).sort()
    const wrong: Wrong[] = [
      [`diff $(sort ${a}) $(sort ${b})`, 'the sorted lines become file names for diff'],
      [`diff "$(sort ${a})" "$(sort ${b})"`, 'each sorted text becomes one long file name'],
      [`diff <(sort ${a}) < (sort ${b})`, 'a blank between < and ( is a syntax error'],
      [`diff <(sort ${a} ${b})`, 'one substitution gives diff one input; it needs two to compare'],
      [
        `diff <(sort ${a}) ${b}`,
        'only one side is sorted, so the other is compared in its own order',
      ],
      [
        `diff <(cat ${a}) <(cat ${b})`,
        'cat copies the lines in their own order; nothing sorts them',
      ],
      [`diff -q ${a} ${b}`, '-q only makes diff quiet; it still compares the unsorted files'],
    ]
    return choose({
      stem: `${a} and ${b} hold the same lines in different orders. Which command compares them sorted, without temporary files, and exits 0?`,
      setup: `printf '%s\\n' ${s2} ${s1} ${s0} > ${a}; printf '%s\\n' ${s1} ${s0} ${s2} > ${b}`,
      run: (o) => `${o}\necho "status $?"`,
      check: `[ "$(tail -n 1 ../out)" = 'status 0' ]`,
      key: `diff <(sort ${a}) <(sort ${b})`,
      wrong,
    })
  }),
  family('rename-extension-loop', (rng) => {
    const [from, to] = rng.pick([
      ['jpeg', 'jpg'],
      ['htm', 'html'],
      ['yml', 'yaml'],
    ] as const)
    const files = [`${rng.pick(STEMS)}.${from}`, `${from}-notes.${from}`]
    const renamed = files.map((f) => `${f.slice(0, -from.length)}${to}`).sort()
    return choose({
      stem: `the folder holds ${files.join(' and ')}. Which mv, in for f in *.${from}; do … ; done, renames each to end in .${to} and changes nothing else?`,
      setup: `touch ${files.join(' ')}`,
      run: (o) => `for f in *.${from}; do ${o}; done`,
      check: `[ "$(ls)" = ${sq(renamed.join('\n'))} ]`,
      key: `mv -- "$f" "\${f%.${from}}.${to}"`,
      wrong: [
        [
          `mv -- "$f" "\${f/${from}/${to}}"`,
          'this replaces the first occurrence, which may be earlier in the name',
        ],
        [`mv -- "$f" "$f.${to}"`, 'this keeps the old extension before the new one'],
        [
          `mv -- "$f" "\${f#.${from}}.${to}"`,
          `# removes a prefix, and the name does not start with .${from}`,
        ],
      ],
    })
  }),
  family('globstar-recursive', (rng) => {
    const ext = rng.pick(['md', 'py', 'sh'])
    const list = rng.pick(['echo', 'ls -d', 'printf "%s\\n"'])
    const wrong: Wrong[] = [
      [`${list} **/*.${ext}`, 'without globstar ** is a plain *, one folder level deep'],
      [
        `shopt -s globstar; ${list} */**/*.${ext}`,
        'the leading */ demands a folder, so the files at the top are missed',
      ],
      [
        `shopt -s globstar; ${list} **.${ext}`,
        '** reaches into folders only as a whole path part, before a slash',
      ],
      [
        `shopt -s extglob; ${list} **/*.${ext}`,
        'extglob turns on the pattern operators such as +(…), not the recursive **',
      ],
      [
        `set -o globstar; ${list} **/*.${ext}`,
        'globstar is a shopt option; set -o refuses the name',
      ],
      [`shopt -u globstar; ${list} **/*.${ext}`, 'shopt -u turns the option off; -s sets it'],
      [`find . -maxdepth 1 -name '*.${ext}'`, '-maxdepth 1 keeps find in the top folder'],
      [
        `find . -maxdepth 2 -type f -name '*.${ext}'`,
        'the top folder’s files are depth 1, so depth 2 misses the deepest',
      ],
      [
        `find . -name *.${ext}`,
        'unquoted, the shell expands the pattern to the top file’s name first',
      ],
      [
        `${list} *.${ext} */*.${ext}`,
        'listing the levels by hand stops at the first folder level, missing the deeper files',
      ],
    ]
    return choose({
      stem: `files ending in .${ext} sit at the top of the folder and in subfolders two levels down. Which lines print every one of them?`,
      setup: `mkdir -p a/b c; touch top.${ext} a/one.${ext} a/b/two.${ext} c/three.${ext}`,
      run: (o) => o,
      check: '[ "$(wc -w < ../out)" = 4 ]',
      // Either lister is right; the find key keeps the recursive-glob key from being the option
      // every distractor is an edit of.
      key: rng.pick([
        `shopt -s globstar; ${list} **/*.${ext}`,
        `find . -name '*.${ext}'`,
        `find . -type f -name '*.${ext}'`,
      ]),
      wrong,
    })
  }),
  family('unmatched-glob-in-array', (rng) => {
    const ext = rng.pick(['bak', 'old', 'orig'])
    return predict({
      ask: `the folder holds no .${ext} files. What does this print?`,
      script: `files=(*.${ext})\necho "\${#files[@]} \${files[0]}"`,
      key: `1 *.${ext}`,
      wrong: [
        [
          '0',
          'believes a glob that matches nothing expands to nothing',
          `shopt -s nullglob; files=(*.${ext}); echo "\${#files[@]}"`,
        ],
        ['1', 'believes the array gets one empty element'],
        [`0 *.${ext}`, 'believes an unmatched pattern is kept but not counted'],
      ],
    })
  }),
  family('last-line-without-newline', (rng) => {
    const words = several(rng, WORDS, 3)
    return choose({
      stem: `list.txt holds ${words.join(', ')}, the last line without a final newline. Which line prints all three?`,
      setup: `printf '%s\\n%s\\n%s' ${words.join(' ')} > list.txt`,
      run: (o) => o,
      check: `[ "$(cat ../out)" = ${sq(words.join('\n'))} ]`,
      // Feed read a final newline, or read the lines with mapfile, which keeps the last one too.
      key: rng.pick([
        'while IFS= read -r l; do echo "$l"; done < <(cat list.txt; echo)',
        `mapfile -t lines < list.txt; printf '%s\\n' "\${lines[@]}"`,
      ]),
      wrong: [
        [
          'while IFS= read -r l && [ -n "$l" ]; do echo "$l"; done < list.txt',
          'with && the test runs only after a read that succeeded, so it rescues nothing',
        ],
        [
          'while IFS= read -r l; do echo "$l"; done < <(cat list.txt)',
          'process substitution passes the file as it is, adding no newline',
        ],
        [
          'while IFS= read -r l; do echo "$l"; done < list.txt; echo',
          'an echo after the loop adds a newline to the output, not to the input',
        ],
        [
          'while IFS= read -r l; do echo "$l"; done < list.txt',
          'read fails on the last line when no newline ends it, so the loop skips it',
        ],
        [
          `while IFS= read -r -d $'\\n' l; do echo "$l"; done < list.txt`,
          'naming the newline as delimiter changes nothing; the last line still has none',
        ],
        [
          `while read -r -d '' l; do echo "$l"; done < list.txt`,
          `with -d '' read takes the whole file as one value`,
        ],
      ],
    })
  }),
  family('truncating-redirect-explain', (rng) => {
    const log = `${rng.pick(STEMS)}.log`
    const [a, b] = several(rng, WORDS, 2)
    const wrong: (readonly [string, string, string])[] = [
      [
        'echo buffers its output, and the first line is lost when the second echo starts',
        'blames buffering; the shell writes each echo at once',
        `echo "${a}" > ${log}; sync; echo "${b}" > ${log}`,
      ],
      [
        'the second echo needs 2> to write into a file that already exists',
        'confuses standard error with appending',
        `echo "${a}" > ${log}; echo "${b}" 2> ${log}`,
      ],
      [
        'the file is not yet closed, so the shell overwrites the same line',
        'believes a file stays open between commands',
        `exec 3> ${log}; echo "${a}" > ${log}; echo "${b}" > ${log}; exec 3>&-`,
      ],
      [
        'echo ends its text with no newline',
        'believes the two lines run together; echo ends each line with a newline',
        `printf '%s\\n' "${a}" > ${log}; printf '%s\\n' "${b}" > ${log}`,
      ],
      [
        `${log} must exist before the first echo`,
        'believes > cannot create a file',
        `touch ${log}; echo "${a}" > ${log}; echo "${b}" > ${log}`,
      ],
      [
        'the two writes race',
        'believes the two commands run at the same time; the second starts when the first ends',
        `echo "${a}" > ${log}; wait; echo "${b}" > ${log}`,
      ],
    ]
    const key = rng.pick([
      'each > empties the file first',
      `each > empties ${log} before echo writes, so the second echo replaces the first line`,
    ])
    return explain({
      stem: `a script ends up with only one line in ${log} although it logs twice:\n\n\`\`\`bash\necho "${a}" > ${log}\necho "${b}" > ${log}\n\`\`\`\n\nWhat is the cause?`,
      check: `[ "$(cat ${log})" = ${sq(`${a}\n${b}`)} ]`,
      key: [key, `echo "${a}" > ${log}; echo "${b}" >> ${log}`],
      wrong,
    })
  }),
]
