import {
  type BashFamily,
  choose,
  family,
  NOTHING,
  predict,
  STEMS,
  several,
  sq,
  WORDS,
} from './probe.js'

/**
 * Variables, parameter expansion (defaults, trimming, substrings, replacement, case), positional
 * parameters and arrays, indexed and associative.
 */
export const PARAMS_FAMILIES: readonly BashFamily[] = [
  family('trim-suffix-shortest-or-longest', (rng) => {
    const name = rng.pick(STEMS)
    const [e1, e2] = rng.pick([
      ['tar', 'gz'],
      ['tar', 'xz'],
      ['min', 'js'],
      ['2026', 'csv'],
      ['bak', 'sql'],
    ] as const)
    const f = `${name}.${e1}.${e2}`
    const longest = rng.next() < 0.5
    const op = longest ? '%%' : '%'
    return predict({
      script: `f=${f}\necho "\${f${op}.*}"`,
      key: longest ? name : `${name}.${e1}`,
      wrong: [
        [
          longest ? `${name}.${e1}` : name,
          longest ? 'reads %% as the shortest match' : 'reads % as the longest match',
          `f=${f}; echo "\${f${longest ? '%' : '%%'}.*}"`,
        ],
        [
          longest ? `${e1}.${e2}` : e2,
          'takes % for a prefix removal, as # is',
          `f=${f}; echo "\${f${longest ? '#' : '##'}*.}"`,
        ],
        [`.${e2}`, 'believes % keeps the part it matched', `f=${f}; echo ".\${f##*.}"`],
      ],
    })
  }),
  family('trim-prefix-shortest-or-longest', (rng) => {
    const [a, b, c] = several(rng, ['srv', 'data', 'www', 'home', 'opt', 'app', 'logs'], 3)
    const file = `${rng.pick(STEMS)}.${rng.pick(['log', 'conf', 'txt'])}`
    const p = `/${a}/${b}/${c}/${file}`
    const longest = rng.next() < 0.5
    const op = longest ? '##' : '#'
    return predict({
      script: `p=${p}\necho "\${p${op}*/}"`,
      key: longest ? file : `${a}/${b}/${c}/${file}`,
      wrong: [
        [
          longest ? `${a}/${b}/${c}/${file}` : file,
          longest ? 'reads ## as the shortest match' : 'reads # as the longest match',
          `p=${p}; echo "\${p${longest ? '#' : '##'}*/}"`,
        ],
        [`/${a}/${b}/${c}`, 'takes # for a suffix removal, as % is', `p=${p}; echo "\${p%/*}"`],
        [`${c}/${file}`, 'believes the pattern stops at the last folder but one'],
      ],
    })
  }),
  family('default-unset-or-empty', (rng) => {
    const v = rng.pick(['PORT', 'HOST', 'MODE', 'LEVEL', 'REGION'])
    const val = rng.pick(['dev', 'prod', 'eu', 'debug'])
    const def = rng.pick(['main', 'auto', 'local', 'base'])
    const state = rng.pick(['empty', 'unset', 'set'] as const)
    const assign = state === 'empty' ? `${v}=` : state === 'unset' ? `unset ${v}` : `${v}=${val}`
    const colonDash = state === 'set' ? val : def
    const dash = state === 'unset' ? def : state === 'empty' ? '' : val
    const plus = state === 'set' ? def : ''
    const line = (a: string, b: string, c: string) => `[${a}] [${b}] [${c}]`
    return predict({
      script: `${assign}\necho "[\${${v}:-${def}}] [\${${v}-${def}}] [\${${v}:+${def}}]"`,
      key: line(colonDash, dash, plus),
      wrong: [
        [
          line(colonDash, colonDash, plus),
          'believes the colon makes no difference, so - also replaces an empty value',
        ],
        [
          line(colonDash, dash, state === 'set' ? val : def),
          'reads :+ as another default, like :-',
        ],
        [
          line(state === 'set' ? val : '', dash, plus),
          'believes :- replaces only an unset variable, not an empty one',
        ],
        [
          line(dash, colonDash, plus),
          'swaps :- and -, giving the empty case to the form without the colon',
        ],
        [line(def, def, def), 'believes each of the three forms gives the default here'],
        [
          line(colonDash, dash, state === 'set' ? '' : def),
          'reads :+ backwards, as giving the word only when the variable is unset or empty',
        ],
        [
          state === 'set' ? line(def, def, def) : line('', '', ''),
          'believes the operators work only on variables that are set and not empty',
        ],
      ],
    })
  }),
  family('assign-default-sticks', (rng) => {
    const v = rng.pick(['OUT_DIR', 'CACHE', 'WORKDIR', 'TARGET'])
    // Two defaults of different lengths, so the answers show which expansion left a value.
    const [d1, d2] = several(rng, ['out', 'build', 'cache', 'dist', 'tmp', 'release'], 2)
    const lines = (a: string, b: string) =>
      `unset ${v}; echo "[\${${v}${a}${d1}}]"; echo "[$${v}]"; echo "[\${${v}${b}${d2}}]"; echo "[$${v}]"`
    return predict({
      lines: true,
      script: `unset ${v}\necho "[\${${v}:-${d1}}]"\necho "[$${v}]"\necho "[\${${v}:=${d2}}]"\necho "[$${v}]"`,
      key: `[${d1}] [] [${d2}] [${d2}]`,
      // Three of the four mistakes a draw, so the option set is not the same every time.
      wrong: several(
        rng,
        [
          [
            `[${d1}] [${d1}] [${d1}] [${d1}]`,
            'believes :- also assigns the default to the variable',
            lines(':=', ':='),
          ],
          [
            `[${d1}] [] [${d2}] []`,
            'believes the assigning form only substitutes, like the default form',
            lines(':-', ':-'),
          ],
          [
            `[${d1}] [] [] [${d2}]`,
            'believes the assigning form sets the variable but expands to the old, empty value',
          ],
          [
            `[] [] [${d2}] [${d2}]`,
            'reads :- as :+, which gives the word only when the variable is set',
            lines(':+', ':='),
          ],
        ],
        3,
      ),
    })
  }),
  family('substring-offset-length', (rng) => {
    const word = rng.pick(['deployment', 'kubernetes', 'validation', 'background', 'monitoring'])
    const o = rng.int(2, 4)
    const l = rng.int(o + 2, 6)
    const cut = (from: number, length: number) => `s=${word}; echo "\${s:${from}:${length}}"`
    return predict({
      script: `s=${word}\necho "\${s:${o}:${l}}"`,
      key: word.slice(o, o + l),
      wrong: [
        [
          word.slice(o - 1, o - 1 + l),
          'counts the offset from 1, as awk’s substr does',
          cut(o - 1, l),
        ],
        [
          word.slice(o - 1, l),
          'reads the numbers as a from-to range counted from 1, as cut -c does',
          cut(o - 1, l - o + 1),
        ],
        [
          word.slice(o, o + l + 1),
          'takes offset plus length as the last character’s index, one character too many',
          cut(o, l + 1),
        ],
        [
          word.slice(o, l),
          'reads the second number as an end position, as a slice does',
          cut(o, l - o),
        ],
        [
          word.slice(l, l + o),
          'swaps the numbers, reading the length before the offset',
          cut(l, o),
        ],
      ],
    })
  }),
  family('negative-offset-needs-space', (rng) => {
    const word = rng.pick(['firmware', 'password', 'snapshot', 'database', 'endpoint'])
    const n = rng.int(2, 4)
    const tail = word.slice(-n)
    // The two expansions are printed in a drawn order, so the answers differ in where they change.
    const flip = rng.next() < 0.5
    const pair = (dflt: string, offset: string) =>
      flip ? `${offset} ${dflt}` : `${dflt} ${offset}`
    const show = (dflt: string, offset: string) => `s=${word}; echo "${pair(dflt, offset)}"`
    return predict({
      script: `s=${word}\necho "${pair(`\${s:-${n}}`, `\${s: -${n}}`)}"`,
      key: pair(word, tail),
      wrong: [
        [
          pair(tail, tail),
          'reads :- followed by a number as a negative offset, not a default',
          show(`\${s: -${n}}`, `\${s: -${n}}`),
        ],
        [pair(`${n}`, tail), 'believes :- replaces the value, set or not, with the default'],
        [
          pair(word, word.slice(0, n)),
          'believes a negative offset counts from the start',
          show(`\${s:-${n}}`, `\${s:0:${n}}`),
        ],
        [
          pair(word, word.slice(0, -n)),
          'believes a negative offset drops the last characters',
          show(`\${s:-${n}}`, `\${s:0: -${n}}`),
        ],
        [
          pair(word, word),
          'reads the spaced form as a default too, so both give the value',
          show(`\${s:-${n}}`, `\${s:-${n}}`),
        ],
      ],
    })
  }),
  family('case-conversion', (rng) => {
    const w = rng.pick(['staging', 'london', 'invoice', 'backend', 'release'])
    const which = rng.pick(['^^', '^', ',,'] as const)
    const v = w.slice(0, 3) + w.slice(3).toUpperCase()
    const upper = v.toUpperCase()
    const first = v[0]!.toUpperCase() + v.slice(1)
    const lower = v.toLowerCase()
    const title = v[0]!.toUpperCase() + v.slice(1).toLowerCase()
    const result = which === '^^' ? upper : which === '^' ? first : lower
    const wrong: [string, string][] = [
      [upper, 'reads the single operator as changing every letter'],
      [first, 'believes the doubled operator changes only the first letter'],
      [lower, 'swaps ^ (upper case) and , (lower case)'],
      [title, 'believes ^ capitalises the word and lowers the rest'],
      [v, 'believes case operators need a pattern and do nothing without one'],
    ]
    return predict({
      script: `v=${v}\necho "\${v${which}}"`,
      key: result,
      wrong: wrong.filter(([t]) => t !== result),
    })
  }),
  family('replace-anchored', (rng) => {
    const [a, b] = several(rng, ['v', 'x', 'tmp', 'old'], 2)
    const mid = rng.pick(STEMS)
    const s0 = `${a}-${mid}-${a}`
    const end = rng.next() < 0.5
    return predict({
      script: `s=${s0}\necho "\${s/${end ? '%' : '#'}${a}/${b}}"`,
      key: end ? `${a}-${mid}-${b}` : `${b}-${mid}-${a}`,
      wrong: [
        [
          end ? `${b}-${mid}-${a}` : `${a}-${mid}-${b}`,
          end ? 'reads /% as anchoring at the start' : 'reads /# as anchoring at the end',
          `s=${s0}; echo "\${s/${end ? '#' : '%'}${a}/${b}}"`,
        ],
        [
          `${b}-${mid}-${b}`,
          'believes an anchored replacement replaces every match',
          `s=${s0}; echo "\${s//${a}/${b}}"`,
        ],
        [
          end ? `${a}-${mid}-` : `-${mid}-${a}`,
          'reads the replacement form as the removal form, % or #',
          `s=${s0}; echo "\${s${end ? '%' : '#'}${a}}"`,
        ],
        [
          s0,
          `reads the ${end ? '%' : '#'} as a character to match, which the value does not hold`,
          `s=${s0}; echo "\${s/\\${end ? '%' : '#'}${a}/${b}}"`,
        ],
        [
          end ? `${a}-${mid}-${a}${b}` : `${b}${a}-${mid}-${a}`,
          `believes the anchor adds the text at that end and keeps the match, as sed’s s/${end ? '$' : '^'}/…/ does`,
          `s=${s0}; echo "${end ? `\${s}${b}` : `${b}\${s}`}"`,
        ],
      ],
    })
  }),
  family('length-of-array-vs-element', (rng) => {
    const n = rng.int(3, 5)
    const items = several(rng, WORDS, n).map((w, i) => (i === 0 && w.length === n ? `${w}s` : w))
    return choose({
      stem: `hosts=(${items.join(' ')}). Which command prints the number of elements, ${n}?`,
      run: (o) => `hosts=(${items.join(' ')})\n${o}`,
      check: `[ "$(cat ../out)" = ${n} ]`,
      key: `echo "\${#hosts[@]}"`,
      wrong: [
        [`echo "\${#hosts}"`, `\${#name} of an array is the length of its first element`],
        [`echo "\${!hosts[@]}"`, `\${!name[@]} lists the indexes, not their count`],
        [`echo "\${#hosts[0]}"`, `\${#name[0]} is the length of the first element`],
        ['echo "$#"', '$# counts the script’s own arguments'],
      ],
    })
  }),
  family('append-array-element', (rng) => {
    const items = several(rng, WORDS, 3)
    const add = rng.pick(['new host', 'extra one', 'last item'])
    return choose({
      stem: `list=(${items.join(' ')}) and x='${add}'. Which line adds x as a fourth element, keeping it one element?`,
      run: (o) => `list=(${items.join(' ')})\nx=${sq(add)}\n${o}\nprintf '[%s]' "\${list[@]}"`,
      check: `[ "$(cat ../out)" = ${sq(`${items.map((i) => `[${i}]`).join('')}[${add}]`)} ]`,
      key: 'list+=("$x")',
      wrong: [
        ['list+="$x"', 'without parentheses the append operator adds text to the first element'],
        ['list+=($x)', 'unquoted, x splits into two elements'],
        ['list=("$x")', 'a plain assignment replaces the whole array'],
        ['list[-1]="$x"', 'index -1 is the last existing element, which it overwrites'],
      ],
    })
  }),
  family('associative-needs-declare', (rng) => {
    const [k1, k2] = several(rng, ['apple', 'pear', 'plum', 'fig', 'kiwi'], 2)
    const [v1, v2] = several(rng, [3, 5, 7, 9, 11], 2)
    const code = `stock[${k1}]=${v1}\nstock[${k2}]=${v2}\necho "\${stock[${k1}]}"`
    return choose({
      stem: `which line, put first, makes this code print ${v1}?\n\n\`\`\`bash\n${code}\n\`\`\``,
      run: (o) => `${o}\n${code}`,
      check: `[ "$(cat ../out)" = ${v1} ]`,
      key: 'declare -A stock',
      wrong: [
        ['declare -a stock', '-a makes an indexed array, where every word index counts as 0'],
        ['stock=()', 'an empty list makes an indexed array'],
        ['declare -i stock', '-i makes integer values, not string keys'],
        [
          'declare stock',
          'a plain declaration leaves the first assignment to make an indexed array',
        ],
      ],
    })
  }),
  family('shift-positional', (rng) => {
    const args = several(rng, WORDS, 5)
    const k = rng.int(2, 3)
    const set = `set -- ${args.join(' ')}`
    // $1 and $# are printed in a drawn order, so the answers differ in where they change.
    const flip = rng.next() < 0.5
    const out = (first: string, count: number) => (flip ? `${count} ${first}` : `${first} ${count}`)
    const echo = flip ? 'echo "$# $1"' : 'echo "$1 $#"'
    return predict({
      script: `${set}\nshift ${k}\n${echo}`,
      key: out(args[k]!, 5 - k),
      wrong: [
        [out(args[k]!, 5), 'believes shift leaves $# unchanged'],
        [
          out(args[k - 1]!, 5 - k + 1),
          'believes shift N drops N-1 arguments',
          `${set}; shift ${k - 1}; ${echo}`,
        ],
        [
          out(args[0], 5 - k),
          'believes shift drops from the end',
          `set -- ${args.slice(0, 5 - k).join(' ')}; ${echo}`,
        ],
        [
          out(args[1], 4),
          'believes shift takes no count and always drops one',
          `${set}; shift; ${echo}`,
        ],
        [
          out(args[k + 1]!, 5 - k - 1),
          'counts shift N from 0 to N, dropping one argument too many',
          `${set}; shift ${k + 1}; ${echo}`,
        ],
      ],
    })
  }),
  family('indirect-expansion', (rng) => {
    const name = rng.pick(['color', 'size', 'region', 'tier', 'zone'])
    const val = rng.pick(WORDS)
    // The two expansions are printed in a drawn order, so the answers differ in where they change.
    const flip = rng.next() < 0.5
    const pair = (ref: string, plain: string) => (flip ? `${plain} ${ref}` : `${ref} ${plain}`)
    const show = (ref: string, plain: string) =>
      `${name}=${val}; key=${name}; echo "${pair(ref, plain)}"`
    return predict({
      script: `${name}=${val}\nkey=${name}\necho "${pair('${!key}', '$key')}"`,
      key: pair(val, name),
      wrong: [
        [pair(name, name), `believes \${!key} is the plain value of key`, show('$key', '$key')],
        [pair(`!${name}`, name), 'believes ! is a literal character inside the braces'],
        [pair(val, val), `believes $key also follows the reference, as \${!key} does`],
        [
          pair('key', name),
          'believes ${!key} lists the variable names that begin with key',
          show('${!key@}', '$key'),
        ],
        [
          pair(`${name.length}`, name),
          'mixes up ! with #, taking the length of the value',
          show('${#key}', '$key'),
        ],
      ],
    })
  }),
  family('unset-leaves-gap', (rng) => {
    const items = several(rng, WORDS, 4)
    const k = rng.int(1, 2)
    return predict({
      script: `a=(${items.join(' ')})\nunset 'a[${k}]'\necho "\${!a[@]}"`,
      key: [0, 1, 2, 3].filter((i) => i !== k).join(' '),
      wrong: [
        [
          '0 1 2',
          'believes unset shifts the later elements down',
          `a=(${items.filter((_, i) => i !== k).join(' ')}); echo "\${!a[@]}"`,
        ],
        [
          '0 1 2 3',
          'believes unset empties the element but keeps its index',
          `a=(${items.join(' ')}); a[${k}]=; echo "\${!a[@]}"`,
        ],
        [
          items.filter((_, i) => i !== k).join(' '),
          `reads \${!a[@]} as the values rather than the indexes`,
          `a=(${items.join(' ')}); unset 'a[${k}]'; echo "\${a[@]}"`,
        ],
      ],
    })
  }),
  family('array-slice', (rng) => {
    const items = several(rng, WORDS, 5)
    const o = rng.int(1, 2)
    const l = rng.int(2, 3)
    return predict({
      script: `a=(${items.join(' ')})\necho "\${a[@]:${o}:${l}}"`,
      key: items.slice(o, o + l).join(' '),
      wrong: [
        [
          items.slice(o - 1, o - 1 + l).join(' '),
          'counts the offset from 1',
          `a=(${items.join(' ')}); echo "\${a[@]:${o - 1}:${l}}"`,
        ],
        [items.slice(o, l).join(' ') || items[o]!, 'reads the second number as an end index'],
        [
          items[0]!.slice(o, o + l),
          'believes the slice applies to the first element’s characters',
          `a=(${items.join(' ')}); echo "\${a:${o}:${l}}"`,
        ],
      ],
    })
  }),
  family('mapfile-lines', (rng) => {
    const lines = several(rng, WORDS, 3).map((w, i) =>
      i === 1 ? `${w} and ${rng.pick(STEMS)}` : w,
    )
    return choose({
      stem: 'list.txt has three lines, the second holding blanks. Which line fills the array lines with one element per line?',
      setup: `printf '%s\\n' ${lines.map(sq).join(' ')} > list.txt`,
      run: (o) => `${o}\nprintf '[%s]' "\${lines[@]}"`,
      check: `[ "$(cat ../out)" = ${sq(lines.map((l) => `[${l}]`).join(''))} ]`,
      key: 'mapfile -t lines < list.txt',
      wrong: [
        [
          'lines=($(cat list.txt))',
          'the unquoted substitution splits at every blank, not only at line ends',
        ],
        ['lines=("$(cat list.txt)")', 'quoted, the whole file becomes one element'],
        ['read -r -a lines < list.txt', 'read reads only the first line, splitting it into words'],
        ['mapfile lines < list.txt', 'without -t each element keeps its newline'],
      ],
    })
  }),
  family('replace-all-vs-first', (rng) => {
    const sep = rng.pick(['-', '.', ':'])
    const to = rng.pick(['_', '+', '='])
    const parts = several(rng, ['2026', '03', '17', 'v2', 'rc1'], 3)
    const v = parts.join(sep)
    const all = rng.next() < 0.5
    const first = `${parts[0]}${to}${parts[1]}${sep}${parts[2]}`
    return predict({
      script: `v=${v}\necho "\${v/${all ? '/' : ''}${sep}/${to}}"`,
      key: all ? parts.join(to) : first,
      wrong: [
        [
          all ? first : parts.join(to),
          all
            ? 'reads // as replacing the first match only'
            : 'believes a single slash replaces every match',
          `v=${v}; echo "\${v/${all ? '' : '/'}${sep}/${to}}"`,
        ],
        [
          `${parts[0]}${sep}${parts[1]}${to}${parts[2]}`,
          'believes the replacement starts from the end',
        ],
        [v, 'believes the separator must be escaped to match'],
      ],
    })
  }),
  family('required-value-stops-subshell', (rng) => {
    const v = rng.pick(['dest', 'bucket', 'target', 'region'])
    const verb = rng.pick(['copying', 'uploading', 'syncing', 'deploying'])
    const msg = rng.pick(['no destination', 'missing value', 'not configured'])
    // ${v:?} rejects an unset or empty value, ${v?} only an unset one; the error ends the
    // subshell it occurs in with status 1, its message on standard error.
    const colon = rng.next() < 0.5
    const empty = rng.next() < 0.6
    const fails = colon || !empty
    const script = `${empty ? `${v}=''` : `unset ${v}`}\n( : "\${${v}${colon ? ':' : ''}?${msg}}"; echo ${verb} )\necho "status $?"`
    const lenient = colon
      ? 'believes :? lets an empty value through, as ? without the colon does'
      : 'believes an unset value passes the check and expands to nothing'
    return predict({
      // Standard output only: the check's message goes to standard error with the script's name
      // and line before it.
      ask: 'what does this script print on standard output? (Its output lines are shown joined by single spaces.)',
      script,
      lines: true,
      key: fails ? 'status 1' : `${verb} status 0`,
      wrong: fails
        ? [
            [`${verb} status 0`, lenient, `( : ; echo ${verb} ); echo "status $?"`],
            [
              `${msg} status 1`,
              'believes the message goes to standard output',
              `( echo '${msg}'; exit 1 ); echo "status $?"`,
            ],
            [NOTHING, 'believes the failed expansion ends the whole script, not the subshell'],
            [
              'status 0',
              'believes the check stops the subshell quietly, with status 0',
              `( exit 0 ); echo "status $?"`,
            ],
            [
              `${verb} status 1`,
              'believes a failed check marks the subshell failed but lets it run on',
              `( false; echo ${verb}; exit 1 ); echo "status $?"`,
            ],
          ]
        : [
            [
              'status 1',
              'believes ? without a colon also rejects an empty value',
              `( exit 1 ); echo "status $?"`,
            ],
            [
              `${msg} ${verb} status 0`,
              'believes ? prints its message for an empty value and goes on',
              `( echo '${msg}'; echo ${verb} ); echo "status $?"`,
            ],
            [
              NOTHING,
              'believes ? without a colon rejects an empty value and ends the whole script',
            ],
            [
              'status 0',
              'believes an empty value stops the subshell quietly, with status 0',
              `( exit 0 ); echo "status $?"`,
            ],
          ],
    })
  }),
]
