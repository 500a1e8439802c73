import {
  type BashFamily,
  choose,
  family,
  predict,
  STEMS,
  several,
  sq,
  VARS,
  WORDS,
} from './probe.js'

/**
 * Quoting, word splitting, globbing and the other expansions: what the shell does to a word
 * before a command sees it. Each wrong answer is what the code does as its mistake reads it.
 */
export const QUOTING_FAMILIES: readonly BashFamily[] = [
  family('unquoted-variable-splits', (rng) => {
    const v = rng.pick(VARS)
    const [a, b, c] = several(rng, WORDS, 3)
    return predict({
      script: `${v}='${a}  ${b} ${c}'\nprintf '[%s]' $${v}`,
      key: `[${a}][${b}][${c}]`,
      wrong: [
        [
          `[${a}  ${b} ${c}]`,
          'believes an unquoted variable stays one word',
          `${v}='${a}  ${b} ${c}'; printf '[%s]' "$${v}"`,
        ],
        [`[${a}]`, 'believes printf uses only its first argument and drops the rest'],
        [
          `[${a}][][${b}][${c}]`,
          'believes a run of two blanks leaves an empty word between them',
          `printf '[%s]' ${a} '' ${b} ${c}`,
        ],
        [
          `[${a}][${b} ${c}]`,
          'believes splitting only cuts off the first word',
          `${v}='${a}  ${b} ${c}'; read -r x y <<< "$${v}"; printf '[%s]' "$x" "$y"`,
        ],
        [
          `[$${v}]`,
          'believes single quotes in the assignment stop the later expansion',
          `printf '[%s]' '$${v}'`,
        ],
      ],
    })
  }),
  family('quoted-variable-one-word', (rng) => {
    const v = rng.pick(VARS)
    const [a, b] = several(rng, WORDS, 2)
    return predict({
      script: `${v}='${a} ${b}'\nset -- "$${v}"\necho "$# $1"`,
      key: `1 ${a} ${b}`,
      wrong: [
        [
          `2 ${a}`,
          'believes double quotes still split at blanks',
          `${v}='${a} ${b}'; set -- $${v}; echo "$# $1"`,
        ],
        [`1 ${a}`, 'believes $1 holds only the first word of a quoted value'],
        [`2 ${a} ${b}`, 'counts the words in the value as arguments'],
      ],
    })
  }),
  family('apostrophe-in-single-quotes', (rng) => {
    const [w1, w2] = rng.pick([
      ['It', 's done'],
      ['Don', 't panic'],
      ['Can', 't connect'],
      ['Won', 't retry'],
      ['Isn', 't ready'],
    ] as const)
    const want = `${w1}'${w2}`
    return choose({
      stem: `which command prints exactly ${want}?`,
      run: (o) => o,
      check: `[ "$(cat ../out)" = ${sq(want)} ]`,
      // Ending the single quotes around an escaped quote, double quotes, a bare escaped quote
      // or $'…': each prints the apostrophe.
      key: rng.pick([
        `echo '${w1}'\\''${w2}'`,
        `echo "${w1}'${w2}"`,
        `echo ${w1}\\'${w2.replace(' ', '\\ ')}`,
        `echo $'${w1}\\'${w2}'`,
      ]),
      wrong: [
        [
          `echo '${w1}\\'${w2}'`,
          'a backslash escapes nothing inside single quotes, so the quote ends there',
        ],
        [`echo "${w1}\\'${w2}"`, 'inside double quotes a backslash before a single quote is kept'],
        [`echo '${w1}''${w2}'`, 'two quoted strings side by side join with no quote between them'],
        [`echo "${w1}''${w2}"`, 'doubling a single quote escapes it only in SQL, not in bash'],
      ],
    })
  }),
  family('single-quotes-no-expansion', (rng) => {
    const v = rng.pick(VARS)
    const val = rng.pick(WORDS)
    const greet = rng.pick(['Hello', 'Hi', 'Dear', 'Welcome'])
    return predict({
      script: `${v}=${val}\necho '${greet} $${v}'`,
      key: `${greet} $${v}`,
      wrong: [
        [
          `${greet} ${val}`,
          'believes variables expand inside single quotes',
          `${v}=${val}; echo "${greet} $${v}"`,
        ],
        [`${greet}`, 'believes an unknown $name is dropped inside single quotes'],
        [`${greet} ${v}`, 'believes single quotes drop the dollar sign only'],
      ],
    })
  }),
  family('glob-in-variable-unquoted', (rng) => {
    const [a, b] = several(rng, STEMS, 2).sort()
    const ext = rng.pick(['txt', 'csv', 'log'])
    return predict({
      setup: `touch ${a}.${ext} ${b}.${ext}`,
      ask: `in a folder holding only ${a}.${ext} and ${b}.${ext}, what does this print?`,
      script: `pattern='*.${ext}'\necho $pattern`,
      key: `${a}.${ext} ${b}.${ext}`,
      wrong: [
        [
          `*.${ext}`,
          'believes quotes in the assignment stop globbing at the later unquoted use',
          `pattern='*.${ext}'; echo "$pattern"`,
        ],
        [`${a}.${ext}`, 'believes a glob gives only its first match'],
        [`'*.${ext}'`, 'believes the quotes are stored in the variable'],
        [
          `./${a}.${ext} ./${b}.${ext}`,
          'believes a glob gives paths from the current folder, as find does',
          `find . -name '*.${ext}' | sort | paste -sd ' '`,
        ],
      ],
    })
  }),
  family('glob-in-variable-quoted', (rng) => {
    const stem = rng.pick(STEMS)
    const [n1, n2] = several(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], 2).sort()
    const ext = rng.pick(['txt', 'csv', 'log'])
    const [one, two] = [`${stem}-${n1}.${ext}`, `${stem}-${n2}.${ext}`]
    const glob = `${stem}-*.${ext}`
    return predict({
      setup: `touch ${one} ${two}`,
      ask: `in a folder holding only ${one} and ${two}, what does this print?`,
      script: `pattern=${glob}\necho "$pattern"`,
      key: glob,
      wrong: [
        [
          `${one} ${two}`,
          'believes the unquoted assignment expands the glob',
          `pattern=(${glob}); echo "\${pattern[*]}"`,
        ],
        [one, 'believes an assignment keeps the first match of a glob'],
        [`"${glob}"`, 'believes the double quotes are printed'],
        [
          '$pattern',
          'believes double quotes keep the dollar sign as single quotes do',
          `echo '$pattern'`,
        ],
      ],
    })
  }),
  family('hidden-files-and-star', (rng) => {
    const [a, b] = several(rng, STEMS, 2).sort()
    const hidden = rng.pick(['.env', '.config', '.cache', '.secret'])
    return predict({
      setup: `touch ${a} ${b} ${hidden}`,
      ask: `a folder holds the files ${a}, ${b} and ${hidden}. What does this print there?`,
      script: 'echo *',
      key: `${a} ${b}`,
      wrong: [
        [
          `${hidden} ${a} ${b}`,
          'believes * matches names that begin with a dot',
          'shopt -s dotglob; echo *',
        ],
        [a, 'believes a glob gives only its first match'],
        [`. .. ${hidden} ${a} ${b}`, 'believes * lists every entry as ls -a does'],
      ],
    })
  }),
  family('brace-expansion-words', (rng) => {
    const [a, b] = several(rng, ['x', 'y', 'p', 'q', 'm', 'n'], 2)
    const [n1, n2] = several(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], 2)
    return predict({
      script: `echo ${a}{${n1},${n2}} {${a},${b}}${n1}`,
      key: `${a}${n1} ${a}${n2} ${a}${n1} ${b}${n1}`,
      wrong: [
        [
          `${a}{${n1},${n2}} {${a},${b}}${n1}`,
          'believes echo prints braces literally',
          `echo '${a}{${n1},${n2}} {${a},${b}}${n1}'`,
        ],
        [`${a}${n1},${n2} ${a},${b}${n1}`, 'believes the braces are removed but the list is kept'],
        [
          `${a}${n1} ${a}${n2} ${a}${b}${n1}`,
          'believes a brace list joins its items into one word',
        ],
      ],
    })
  }),
  family('brace-product-order', (rng) => {
    const [a, b] = several(rng, ['a', 'b', 'c', 'd', 'e', 'f'], 2)
    const [n1, n2] = several(rng, [1, 2, 3, 4, 5], 2)
    return predict({
      script: `echo {${a},${b}}{${n1},${n2}}`,
      key: `${a}${n1} ${a}${n2} ${b}${n1} ${b}${n2}`,
      wrong: [
        [`${a}${n1} ${b}${n2}`, 'believes two lists are paired item by item'],
        [`${a}${n1} ${b}${n1} ${a}${n2} ${b}${n2}`, 'believes the first list varies fastest'],
        [`${a},${b}${n1},${n2}`, 'believes two adjacent brace lists cancel each other'],
      ],
    })
  }),
  family('ifs-splits-on-custom-separator', (rng) => {
    const sep = rng.pick([':', ',', ';'])
    const [a, b, c] = several(rng, WORDS, 3)
    return predict({
      script: `IFS='${sep}'\nrecord='${a}${sep}${b}${sep}${c}'\nprintf '<%s>' $record`,
      key: `<${a}><${b}><${c}>`,
      wrong: [
        [
          `<${a}${sep}${b}${sep}${c}>`,
          'believes IFS only affects read, not the splitting of unquoted expansions',
          `IFS='${sep}'; record='${a}${sep}${b}${sep}${c}'; printf '<%s>' "$record"`,
        ],
        [`<${a} ${b} ${c}>`, 'believes splitting turns separators into spaces inside one word'],
        [`<${a}><${b}${sep}${c}>`, 'believes splitting stops after the first separator'],
        [
          `<${a}><${sep}><${b}><${sep}><${c}>`,
          'believes each separator is kept as a word of its own',
          `printf '<%s>' ${a} '${sep}' ${b} '${sep}' ${c}`,
        ],
      ],
    })
  }),
  family('read-last-variable-takes-rest', (rng) => {
    const sep = rng.pick([',', ':'])
    const [a, b, c, d] = several(rng, WORDS, 4)
    const line = `${a}${sep}${b}${sep}${c}${sep}${d}`
    return predict({
      script: `IFS='${sep}' read -r first second <<< '${line}'\necho "$second"`,
      key: `${b}${sep}${c}${sep}${d}`,
      wrong: [
        [
          b,
          'believes read drops the fields it has no variable for',
          `IFS='${sep}' read -r first second rest <<< '${line}'; echo "$second"`,
        ],
        [d, 'believes the last variable gets the last field'],
        [`${b} ${c} ${d}`, 'believes the rest is rejoined with spaces'],
      ],
    })
  }),
  family('dollar-star-joins-quoted', (rng) => {
    const [a, b, c] = several(rng, WORDS, 3)
    const fn = rng.pick(['show', 'emit', 'dump', 'trace'])
    return predict({
      script: `${fn}() { printf '[%s]' "$*"; }\n${fn} ${a} '${b} ${c}'`,
      key: `[${a} ${b} ${c}]`,
      wrong: [
        [
          `[${a}][${b} ${c}]`,
          'believes quoted $* keeps each argument apart, as quoted $@ does',
          `${fn}() { printf '[%s]' "$@"; }; ${fn} ${a} '${b} ${c}'`,
        ],
        [
          `[${a}][${b}][${c}]`,
          'believes $* is split again at blanks inside quotes',
          `${fn}() { printf '[%s]' $*; }; ${fn} ${a} '${b} ${c}'`,
        ],
        [
          `[${a}]`,
          'believes $* is only the first argument',
          `${fn}() { printf '[%s]' "$1"; }; ${fn} ${a} '${b} ${c}'`,
        ],
      ],
    })
  }),
  family('echo-option-like-value', (rng) => {
    const flag = rng.pick(['-n', '-e', '-E'])
    const v = rng.pick(VARS)
    return choose({
      stem: `the variable ${v} holds the text ${flag} (read from a user). Which command prints exactly that text and a newline?`,
      run: (o) => `${v}=${flag}\n${o}`,
      check: `[ "$(cat ../out)" = ${sq(flag)} ] && [ "$(wc -l < ../out)" = 1 ]`,
      // printf with a format of its own, or a here-string: neither reads the value as an option.
      key: rng.pick([`printf '%s\\n' "$${v}"`, `cat <<< "$${v}"`]),
      wrong: [
        [`echo -- "$${v}"`, 'bash’s echo takes no --, so it prints the -- as well'],
        [`echo "$${v}"`, 'quotes do not stop echo from reading the value as its own option'],
        [`echo $${v}`, 'unquoted or not, echo reads the value as its own option'],
        [
          `printf "$${v}\\n"`,
          'the value is used as the format, and printf reads a leading dash as an option',
        ],
        [`echo "'$${v}'"`, 'the inner single quotes are printed around the value'],
      ],
    })
  }),
  family('ansi-c-quoting-tab', (rng) => {
    const v = rng.pick(['sep', 'delim', 'tab', 'fs'])
    return choose({
      stem: `which line puts a single tab character into the variable ${v}?`,
      run: (o) => `${o}\nprintf '%s' "$${v}" | od -An -tx1 | tr -d ' '`,
      check: '[ "$(cat ../out)" = 09 ]',
      // $'…' reads the escape; printf reads it in its format, captured or stored with -v.
      key: rng.pick([`${v}=$'\\t'`, `${v}=$(printf '\\t')`, `printf -v ${v} '\\t'`]),
      wrong: [
        [`${v}='\\t'`, 'single quotes keep backslash and t as two characters'],
        [`${v}="\\t"`, 'double quotes keep a backslash before t as it is'],
        [`${v}=\\t`, 'an unquoted backslash just quotes the t'],
        [`${v}=$"\\t"`, '$"…" marks text for translation; it does not read escapes'],
        [`${v}=$(echo '\\t')`, 'bash’s echo reads no escapes unless given -e'],
        [`printf -v ${v} '%s' '\\t'`, 'printf reads escapes in its format, not in a %s argument'],
        [
          `${v}=$'\\\\t'`,
          "doubles the backslash as if $'…' needed it escaped, leaving backslash and t",
        ],
      ],
    })
  }),
  family('command-substitution-trailing-newlines', (rng) => {
    const w = rng.pick(WORDS)
    const n = rng.int(2, 4)
    const k = rng.int(1, 3)
    const text = `${' '.repeat(k)}${w}${'\\n'.repeat(n)}`
    const made = `value=$(printf '${text}')`
    const L = w.length
    return predict({
      script: `${made}\necho "\${#value}"`,
      // Command substitution strips every trailing newline and keeps the leading blanks.
      key: `${k + L}`,
      wrong: [
        [
          `${L}`,
          'believes leading blanks are trimmed as well',
          `value=$(printf '${w}'); echo "\${#value}"`,
        ],
        [
          `${k + L + n}`,
          'believes the trailing newlines are kept in the value',
          `value="$(printf '${text}'; echo .)"; value=\${value%.}; echo "\${#value}"`,
        ],
        [
          `${k + L + n - 1}`,
          'believes only the last newline is stripped, as a line reader does',
          `value="$(printf '${text}'; echo .)"; value=\${value%?.}; echo "\${#value}"`,
        ],
        [
          '1',
          'believes ${#value} counts the words of the value',
          `${made}; set -- $value; echo $#`,
        ],
        [`${n}`, 'believes ${#value} counts the lines printf wrote', `printf '${text}' | wc -l`],
        [
          `${k + L + 2 * n}`,
          'believes each \\n stays as a backslash and an n',
          `value='${text}'; echo "\${#value}"`,
        ],
      ],
    })
  }),
  family('arithmetic-integer-division', (rng) => {
    const b = rng.pick([3, 4, 6, 7])
    const q = rng.int(3, 9)
    const r = rng.int(1, b - 1)
    const a = q * b + r
    const decimal = (a / b).toFixed(2)
    const fraction = (r / b).toFixed(2)
    const vars = `total=${a}; parts=${b}`
    return predict({
      script: `total=${a}\nparts=${b}\necho "each: $(( total / parts )) left: $(( total % parts ))"`,
      key: `each: ${q} left: ${r}`,
      wrong: [
        [
          `each: ${decimal} left: ${r}`,
          'believes $(( )) divides in decimals',
          `echo "each: $(awk 'BEGIN { printf "%.2f", ${a} / ${b} }') left: ${r}"`,
        ],
        [
          `each: ${decimal} left: 0`,
          'believes $(( )) divides exactly, so nothing is left over',
          `echo "each: $(awk 'BEGIN { printf "%.2f", ${a} / ${b} }') left: 0"`,
        ],
        [
          `each: ${q + 1} left: ${r}`,
          'believes integer division rounds up',
          `${vars}; echo "each: $(( (total + parts - 1) / parts )) left: $(( total % parts ))"`,
        ],
        [
          `each: ${q} left: ${b - r}`,
          'takes the remainder as what the last part lacks',
          `${vars}; echo "each: $(( total / parts )) left: $(( parts - total % parts ))"`,
        ],
        [
          `each: ${q} left: ${fraction}`,
          'believes % gives the fraction of a part left over',
          `echo "each: ${q} left: $(awk 'BEGIN { printf "%.2f", ${r} / ${b} }')"`,
        ],
        [
          `each: ${r} left: ${q}`,
          'mixes up the operators, reading / as the remainder and % as the quotient',
          `${vars}; echo "each: $(( total % parts )) left: $(( total / parts ))"`,
        ],
        ['each: total / parts left: total % parts', 'believes names need a $ inside $(( ))'],
      ],
    })
  }),
  family('leading-zero-octal', (rng) => {
    const m = rng.int(1, 7)
    const d = rng.int(0, 7)
    const v = rng.pick(['count', 'code', 'week', 'serial'])
    return predict({
      script: `${v}=0${m}${d}\necho $(( ${v} + 1 ))`,
      key: `${m * 8 + d + 1}`,
      wrong: [
        [
          `${m * 10 + d + 1}`,
          'believes a leading zero is ignored in $(( ))',
          `${v}=${m}${d}; echo $(( ${v} + 1 ))`,
        ],
        [`0${m}${d}1`, 'believes $(( )) joins the digits as text'],
        [
          `${m * 16 + d + 1}`,
          'reads a leading 0 as hexadecimal',
          `${v}=0x${m}${d}; echo $(( ${v} + 1 ))`,
        ],
      ],
    })
  }),
  family('array-for-command-options', (rng) => {
    const word = rng.pick(STEMS)
    const ext = rng.pick(['txt', 'md', 'csv'])
    const pattern = `${word} *.${ext}`
    return choose({
      stem: `a script builds find's options in a variable. The folder holds the files "${word} one.${ext}", "${word} two.${ext}" and other.${ext}. Which lines make find list exactly the two files whose names start with "${word} "?`,
      setup: `touch '${word} one.${ext}' '${word} two.${ext}' other.${ext}`,
      run: (o) => `${o} | sort`,
      check: `[ "$(cat ../out)" = ${sq(`./${word} one.${ext}\n./${word} two.${ext}`)} ]`,
      // An array or the positional parameters, expanded quoted with @: each word kept whole.
      key: rng.pick([
        `opts=(-name '${pattern}'); find . "\${opts[@]}"`,
        `opts=(-name "${pattern}"); find . "\${opts[@]}"`,
        `set -- -name '${pattern}'; find . "$@"`,
      ]),
      wrong: [
        [
          `opts="-name '${pattern}'"; find . $opts`,
          'quotes inside a variable are plain characters, and the value is split at every blank',
        ],
        [
          `opts="-name '${pattern}'"; find . "$opts"`,
          'the whole string reaches find as one unknown option',
        ],
        [
          `opts=(-name ${pattern}); find . "\${opts[@]}"`,
          'unquoted inside the array the pattern splits in two',
        ],
        [
          `opts=(-name '${pattern}'); find . \${opts[@]}`,
          'the unquoted array splits the pattern at its blank',
        ],
        [
          `opts=(-name '${pattern}'); find . "\${opts[*]}"`,
          'quoted [*] joins the array into one word',
        ],
        [`opts=(-name '${pattern}'); find . "$opts"`, 'a bare $opts is only the first element'],
        [`set -- -name '${pattern}'; find . "$*"`, 'quoted $* joins the arguments into one word'],
      ],
    })
  }),
]
