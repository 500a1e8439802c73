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

const FNS = ['setup', 'build', 'process', 'handle', 'prepare', 'collect']

/**
 * Functions and scope (global by default, local, dynamic scoping, arguments, return values and
 * command substitution), sourcing and export, traps and cleanup on exit and on signals.
 */
export const FUNCTIONS_FAMILIES: readonly BashFamily[] = [
  family('function-assigns-global', (rng) => {
    const fn = rng.pick(FNS)
    const v = rng.pick(['result', 'status', 'mode', 'dir'])
    const [a, b] = several(rng, WORDS, 2)
    return predict({
      script: `${v}=${a}\n${fn}() {\n  ${v}=${b}\n}\n${fn}\necho "$${v}"`,
      key: b,
      wrong: [
        [
          a,
          'believes a variable set in a function is local to it',
          `${v}=${a}; ${fn}() { local ${v}=${b}; }; ${fn}; echo "$${v}"`,
        ],
        [`${a} ${b}`, 'believes the function keeps a second copy beside the first'],
        [NOTHING, 'believes the function’s assignment unsets the outer variable'],
      ],
    })
  }),
  family('local-dynamic-scope', (rng) => {
    const [f, g] = several(rng, FNS, 2)
    const [a, b] = several(rng, WORDS, 2)
    return predict({
      script: `v=${a}\n${g}() { echo "$v"; }\n${f}() {\n  local v=${b}\n  ${g}\n}\n${f}\n${g}`,
      lines: true,
      key: `${b} ${a}`,
      wrong: [
        [
          `${a} ${a}`,
          'believes local is seen only in the function’s own body, as in lexically scoped languages',
          `v=${a}; ${g}() { echo "$v"; }; ${g}; ${g}`,
        ],
        [
          `${b} ${b}`,
          'believes local changes the global variable too',
          `v=${a}; ${g}() { echo "$v"; }; v=${b}; ${g}; ${g}`,
        ],
        [`${a} ${b}`, 'swaps the two: believes the local is seen only after its function returns'],
      ],
    })
  }),
  family('loop-variable-leaks', (rng) => {
    const fn = rng.pick(FNS)
    const [a, b, c] = several(rng, WORDS, 3)
    return predict({
      script: `i=${a}\n${fn}() {\n  for i in ${b} ${c}; do :; done\n}\n${fn}\necho "$i"`,
      key: c,
      wrong: [
        [
          a,
          'believes a for loop’s variable is local to the function',
          `i=${a}; ${fn}() { local i; for i in ${b} ${c}; do :; done; }; ${fn}; echo "$i"`,
        ],
        [b, 'believes the loop variable keeps its first value'],
        [NOTHING, 'believes the loop variable is unset when the loop ends'],
      ],
    })
  }),
  family('local-masks-status', (rng) => {
    const fn = rng.pick(FNS)
    const v = rng.pick(['out', 'data', 'reply'])
    return predict({
      script: `${fn}() {\n  local ${v}=$(false)\n  echo "status $?"\n}\n${fn}`,
      key: 'status 0',
      wrong: [
        [
          'status 1',
          'believes $? after a local assignment from $(…) is the substitution’s status',
          `${fn}() { local ${v}; ${v}=$(false); echo "status $?"; }; ${fn}`,
        ],
        ['status 2', 'believes local reports a misuse'],
        [NOTHING, 'believes a failing substitution stops the function'],
      ],
    })
  }),
  family('local-status-fix', (rng) => {
    const fn = rng.pick(FNS)
    const v = rng.pick(['out', 'data', 'reply'])
    return choose({
      stem: `in ${fn}, which line stores the output of fetch_config in ${v}, local to the function, so that the next line, [ $? -eq 0 ], sees fetch_config’s failure?`,
      run: (o) =>
        `fetch_config() { echo partial; return 3; }\n${fn}() {\n  ${o}\n  [ $? -eq 0 ] && echo ok || echo failed\n}\n${fn}`,
      check: '[ "$(cat ../out)" = failed ]',
      key: `local ${v}; ${v}=$(fetch_config)`,
      wrong: [
        [`local ${v}=$(fetch_config)`, '$? becomes local’s own status, which succeeds'],
        [`declare ${v}=$(fetch_config)`, 'declare, like local, returns its own status'],
        [
          `local ${v}="$(fetch_config)"`,
          'quoting the substitution does not change which status $? holds',
        ],
        [
          `${v}=$(fetch_config); local ${v}`,
          'local comes last, so $? is its own status, and the local it makes is empty',
        ],
        [`export ${v}=$(fetch_config)`, 'export is not local, and returns its own status too'],
        [`readonly ${v}=$(fetch_config)`, 'readonly is not local, and returns its own status too'],
        [
          `local ${v}=$(fetch_config) 2>/dev/null`,
          'hiding error messages does not change which status $? holds',
        ],
        [
          `local ${v}=$(fetch_config; echo $?)`,
          'the status goes into the text; $? is still local’s own',
        ],
      ],
    })
  }),
  family('return-status-modulo', (rng) => {
    const fn = rng.pick(FNS)
    const k = rng.int(3, 40)
    return predict({
      script: `${fn}() { return ${256 + k}; }\n${fn}\necho $?`,
      key: `${k}`,
      wrong: [
        [`${256 + k}`, 'believes return passes any integer back'],
        ['255', 'believes a status above 255 is capped at 255'],
        ['1', 'believes an out-of-range status becomes a plain failure'],
      ],
    })
  }),
  family('function-args-not-script-args', (rng) => {
    const fn = rng.pick(FNS)
    const [s1, s2, f1] = several(rng, WORDS, 3)
    return predict({
      script: `set -- ${s1} ${s2}\n${fn}() { echo "$1 $#"; }\n${fn} ${f1}`,
      key: `${f1} 1`,
      wrong: [
        [
          `${s1} 2`,
          'believes a function sees the script’s arguments',
          `set -- ${s1} ${s2}; echo "$1 $#"`,
        ],
        [`${f1} 3`, 'believes the function’s arguments are added to the script’s'],
        [`${s1} 1`, 'believes $1 is the script’s and $# the function’s'],
      ],
    })
  }),
  family('substitution-subshell-loses-assignment', (rng) => {
    const fn = rng.pick(FNS)
    const n = rng.int(2, 9)
    const v = rng.pick(['hits', 'calls', 'seen'])
    return predict({
      script: `${v}=0\n${fn}() { ${v}=${n}; echo done; }\nr=$(${fn})\necho "$r ${v}=$${v}"`,
      key: `done ${v}=0`,
      wrong: [
        [
          `done ${v}=${n}`,
          'believes a function run in $( ) changes the caller’s variables',
          `${v}=0; ${fn}() { ${v}=${n}; echo done; }; ${fn} > /dev/null; echo "done ${v}=$${v}"`,
        ],
        [`${v}=${n}`, 'believes the assignment is what the substitution captures'],
        [`${n} ${v}=0`, 'believes $( ) captures the function’s last value, not its output'],
      ],
    })
  }),
  family('source-vs-run', (rng) => {
    const v = rng.pick(['API_URL', 'REGION', 'STAGE'])
    const [old, val] = several(rng, WORDS, 2)
    const f = rng.pick(['config.sh', 'env.sh', 'settings.sh'])
    return predict({
      setup: `printf '%s\\n' '${v}=${val}' > ${f}`,
      ask: `${f} holds the single line ${v}=${val}. What does this print? (Its output lines are shown joined by single spaces.)`,
      script: `${v}=${old}\nbash ${f}\necho "[$${v}]"`,
      lines: true,
      key: `[${old}]`,
      wrong: [
        [
          `[${val}]`,
          'believes running a script sets its variables in the caller',
          `${v}=${old}; . ./${f}; echo "[$${v}]"`,
        ],
        [
          `${v}=${val} [${old}]`,
          'believes bash prints the lines of the file it runs',
          `${v}=${old}; cat ${f}; echo "[$${v}]"`,
        ],
        [
          '[]',
          'believes the variables of a script that ends are removed from the caller too',
          `${v}=${old}; unset ${v}; echo "[$${v}]"`,
        ],
      ],
    })
  }),
  family('export-to-child', (rng) => {
    const v = rng.pick(['TOKEN', 'LEVEL', 'TARGET'])
    const val = rng.pick(WORDS)
    const child = `bash -c 'echo "[$${v}]"'`
    // Either a plain variable exported between two children, or one that a subshell (a copy of
    // the shell) sees and a new bash does not: the key is [] [x] or [x] []. A prefix assignment
    // would make the second, but that is prefix-assignment-scope's question.
    if (rng.next() < 0.5) {
      return predict({
        script: `${v}=${val}\n${child}\nexport ${v}\n${child}`,
        lines: true,
        key: `[] [${val}]`,
        wrong: [
          [
            `[${val}] [${val}]`,
            'believes every shell variable reaches child processes',
            `export ${v}=${val}; ${child}; ${child}`,
          ],
          ['[] []', 'believes export must come before the assignment to take effect'],
          [`[$${v}] [${val}]`, 'believes the single quotes print the name in the child'],
          [
            `[$${v}] [$${v}]`,
            'believes the single quotes keep the child from expanding the name',
            `echo '[$${v}]'; echo '[$${v}]'`,
          ],
        ],
      })
    }
    const sub = `( echo "[$${v}]" )`
    return predict({
      script: `${v}=${val}\n${sub}\n${child}`,
      lines: true,
      key: `[${val}] []`,
      wrong: [
        [
          '[] []',
          'believes a subshell, like a new bash, sees only exported variables',
          `${child}; ${child}`,
        ],
        [
          `[${val}] [${val}]`,
          'believes every shell variable reaches child processes',
          `export ${v}=${val}; ${sub}; ${child}`,
        ],
        [
          `[${val}] [$${v}]`,
          'believes the single quotes keep the child from expanding the name',
          `${v}=${val}; ${sub}; echo '[$${v}]'`,
        ],
        [
          `[] [${val}]`,
          'swaps the two, believing ( ) starts a fresh shell and bash -c shares the variables',
        ],
      ],
    })
  }),
  family('prefix-assignment-scope', (rng) => {
    const v = rng.pick(['LC_ALL', 'TZ', 'DEBUG'])
    const val = rng.pick(['C', 'UTC', '1'])
    const child = `bash -c 'echo "[$${v}]"'`
    return predict({
      script: `unset ${v}\n${v}=${val} ${child}\necho "[$${v}]"`,
      lines: true,
      key: `[${val}] []`,
      wrong: [
        [
          `[${val}] [${val}]`,
          'believes the prefix assignment also stays in the shell',
          `export ${v}=${val}; ${child}; echo "[$${v}]"`,
        ],
        [
          '[] []',
          'believes a prefix assignment is not exported to the command',
          `unset ${v}; ${child}; echo "[$${v}]"`,
        ],
        [`[] [${val}]`, 'believes the prefix sets the shell’s variable but not the command’s'],
      ],
    })
  }),
  family('trap-exit-cleanup', (rng) => {
    const fail = rng.pick(['false', 'cp missing.txt out.txt', 'test -d nowhere'])
    return choose({
      stem: 'a script runs under set -e and creates a temporary file with tmp=$(mktemp ./work.XXXXXX). Which line, right after it, removes the file however the script ends, after success or after a failing command?',
      run: (o) =>
        `printf '%s\\n' 'set -e' 'tmp=$(mktemp ./work.XXXXXX)' ${sq(o)} ${sq(`if [ "$1" = fail ]; then ${fail}; fi`)} 'echo done' > job.sh\nbash job.sh ok; bash job.sh fail\nls`,
      check: '! ls | grep -q work',
      key: `trap 'rm -f "$tmp"' EXIT`,
      wrong: [
        [`trap 'rm -f "$tmp"' ERR`, 'ERR runs only after a failing command, not after success'],
        [`trap 'rm -f "$tmp"' INT`, 'INT runs only when the script is interrupted (Ctrl-C)'],
        [
          `trap 'rm -f "$tmp"' RETURN`,
          'RETURN runs when a function or sourced file returns, not when the script exits',
        ],
      ],
    })
  }),
  family('trap-quotes-expand-when', (rng) => {
    const [a, b] = several(rng, WORDS, 2)
    const dq = rng.next() < 0.5
    const q = dq ? '"' : "'"
    return predict({
      script: `stage=${a}\ntrap ${q}echo cleanup after $stage${q} EXIT\nstage=${b}`,
      key: `cleanup after ${dq ? a : b}`,
      wrong: [
        [
          `cleanup after ${dq ? b : a}`,
          dq
            ? 'believes the trap text is expanded when the trap runs'
            : 'believes the trap text is expanded when the trap is set',
          `stage=${a}; trap ${dq ? "'" : '"'}echo cleanup after $stage${dq ? "'" : '"'} EXIT; stage=${b}`,
        ],
        ['cleanup after $stage', 'believes the trap prints its text unexpanded'],
        [NOTHING, 'believes an EXIT trap does not run when the script simply ends'],
      ],
    })
  }),
  family('trap-int-continues', (rng) => {
    const word = rng.pick(['caught', 'ignored', 'handled'])
    return predict({
      script: `trap 'printf "${word},"' INT\nkill -INT $$\nprintf 'after'`,
      key: `${word},after`,
      wrong: [
        [NOTHING, 'believes a trapped INT still ends the script', `kill -INT $$; printf 'after'`],
        ['after', 'believes a script cannot catch a signal it sends itself'],
        [
          `${word},`,
          'believes the script ends after the trap’s command runs',
          `trap 'printf "${word},"; exit' INT; kill -INT $$; printf 'after'`,
        ],
        [
          `after${word},`,
          'believes a trapped signal is handled only when the script ends',
          `trap 'printf "${word},"' EXIT; printf 'after'`,
        ],
      ],
    })
  }),
  family('exit-status-kept-after-exit-trap', (rng) => {
    const k = rng.int(2, 9)
    return predict({
      script: `bash -c 'trap "echo cleaned" EXIT; exit ${k}'\necho "status $?"`,
      lines: true,
      key: `cleaned status ${k}`,
      wrong: [
        ['cleaned status 0', 'believes the trap’s successful echo becomes the exit status'],
        [
          `status ${k}`,
          'believes exit skips the EXIT trap',
          `bash -c 'exit ${k}'; echo "status $?"`,
        ],
        ['cleaned status 1', 'believes any exit other than 0 is reported as 1'],
        [
          `status ${k} cleaned`,
          'believes the trap runs when the outer script ends',
          `trap 'echo cleaned' EXIT; bash -c 'exit ${k}'; echo "status $?"`,
        ],
        [
          'cleaned',
          'believes the child’s exit ends the outer script too',
          `trap 'echo cleaned' EXIT; exit ${k}; echo "status $?"`,
        ],
      ],
    })
  }),
  family('exit-in-function-ends-script', (rng) => {
    const fn = rng.pick(FNS)
    // Words of drawn lengths, so the key is not always the shortest answer.
    const a = rng.pick(['in', 'start', 'checking', 'go', 'begin'])
    const b = rng.pick(['after', 'ok', 'done', 'finished', 'end'])
    return predict({
      script: `${fn}() {\n  printf '${a};'\n  exit 0\n}\n${fn}\nprintf '${b};'`,
      key: `${a};`,
      wrong: [
        [
          `${a};${b};`,
          'believes exit in a function returns from the function, as return does',
          `${fn}() { printf '${a};'; return 0; }; ${fn}; printf '${b};'`,
        ],
        [`${b};`, 'believes exit 0 discards the function’s output'],
        [NOTHING, 'believes exit stops the script before the function prints'],
      ],
    })
  }),
  family('nameref-appends-to-callers-array', (rng) => {
    const fn = rng.pick(['add_item', 'push', 'append_to'])
    const items = several(rng, WORDS, 2)
    const add = rng.pick(STEMS)
    return choose({
      stem: `${fn} must append its second argument to the array named by its first: ${fn} list ${add}. Which body does this? (list=(${items.join(' ')}))`,
      run: (o) =>
        `${fn}() { ${o}; }\nlist=(${items.join(' ')})\n${fn} list ${add}\necho "\${list[@]}"`,
      check: `[ "$(cat ../out)" = '${[...items, add].join(' ')}' ]`,
      key: 'local -n ref=$1; ref+=("$2")',
      wrong: [
        [
          'local ref=$1; ref+=("$2")',
          'ref holds the name as text; appending makes a new local array',
        ],
        [
          'local -a ref=$1; ref+=("$2")',
          '-a makes a local array holding the name, not a reference',
        ],
        [
          '$1+=("$2")',
          'an assignment’s name cannot come from an expansion; bash runs it as a command',
        ],
      ],
    })
  }),
  family('declare-in-function-is-local', (rng) => {
    const fn = rng.pick(FNS)
    const [r1, r2] = several(rng, ['eu', 'us', 'apac', 'latam', 'mena'], 2)
    const t = rng.pick(['gold', 'silver', 'basic', 'trial'])
    // declare in a function makes a local variable unless given -g; which of the two gets -g
    // is drawn, so the key is either the outer region with the tier or the new region alone.
    const globalRegion = rng.next() < 0.5
    const body = globalRegion
      ? `  declare -g region=${r2}\n  declare tier=${t}`
      : `  declare region=${r2}\n  declare -g tier=${t}`
    const show = 'echo "$region ${tier:-none}"'
    const after = (region: string, tier: string) => `region=${region}; tier=${tier}; ${show}`
    const outcomes = {
      bothGlobal: `${r2} ${t}`,
      bothLocal: `${r1} none`,
      reversed: globalRegion ? `${r1} ${t}` : `${r2} none`,
    }
    return predict({
      script: `region=${r1}\n${fn}() {\n${body}\n}\n${fn}\n${show}`,
      key: globalRegion ? `${r2} none` : `${r1} ${t}`,
      wrong: [
        [
          outcomes.bothGlobal,
          'believes declare in a function sets a global variable, as a plain assignment does',
          after(r2, t),
        ],
        [
          outcomes.bothLocal,
          'believes declare -g still keeps the variable inside the function',
          `region=${r1}; ${show}`,
        ],
        [outcomes.reversed, 'reads -g as local and a plain declare as global'],
      ],
    })
  }),
]
