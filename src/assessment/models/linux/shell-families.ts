import type { UsageFamily } from '../editing/editing-model.js'
import { script } from './fixtures.js'

/**
 * The bash 5 language: quoting, the order of expansions, globbing, redirection, exit status and
 * `set -e`, variables, arrays and parameter expansion. Each wrong form is one a script author
 * writes when misreading when the shell splits, expands or redirects. `check` tests the output
 * (in ../out) or the files the goal asks for.
 */
export const LINUX_SHELL_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'quote-variable-with-space',
    stem: 'In bash on GNU/Linux, the variable f holds the file name my file.txt (with a space), and files named my and file.txt exist too. Which command deletes only my file.txt?',
    setup: "touch 'my file.txt' my file.txt",
    frames: [
      `f='my file.txt'; rm -f ⟦"$f"|$f=unquoted, $f is split at the space into my and file.txt|'$f'=single quotes pass the two characters $f, not the value|\${f}=braces mark where the name ends; they do not stop splitting|"'$f'"=the inner single quotes become part of the name⟧`,
    ],
    check: "! test -e 'my file.txt' && test -e my && test -e file.txt",
  },
  {
    id: 'literal-dollar',
    stem: 'In bash on GNU/Linux, which command prints exactly Cost: $5 (a dollar sign, then 5)?',
    frames: [
      `echo ⟦'Cost: $5'|"Cost: $5"=inside double quotes $5 expands to the empty fifth argument|Cost: $5=unquoted, $5 still expands|"Cost: \${5}"=braces still expand the fifth argument⟧`,
    ],
    check: 'test "$(cat ../out)" = \'Cost: $5\'',
  },
  {
    id: 'unmatched-glob-nullglob',
    stem: 'In bash 5 on GNU/Linux, there are no .bak files in the folder. Which line makes the loop run zero times and then print end?',
    frames: [
      '⟦shopt -s nullglob|shopt -s dotglob=dotglob adds hidden files; a pattern matching nothing stays as it is|set -f=set -f turns globbing off, so *.bak is always the literal word|shopt -s nocaseglob=nocaseglob ignores case; a pattern matching nothing stays as it is|shopt -s globstar=globstar adds **; a pattern matching nothing stays as it is⟧; for f in *.bak; do echo "got $f"; done; echo end',
    ],
    check: 'test "$(cat ../out)" = end',
  },
  {
    id: 'brace-before-parameter',
    stem: 'In bash on GNU/Linux, n holds 3. Which command prints 1 2 3 on one line?',
    frames: [
      `n=3; ⟦seq -s ' ' 1 "$n"|echo {1..$n}=brace expansion happens before parameter expansion, so {1..$n} stays as written|echo {1..n}=a range needs numbers; n is not expanded inside braces|seq 1 "$n"=seq prints one number per line|echo {1.."$n"}=quoting $n does not let brace expansion see its value|printf '%s ' {1..$n}=brace expansion still runs before $n is expanded⟧`,
    ],
    check: 'test "$(cat ../out)" = \'1 2 3\'',
  },
  {
    id: 'redirect-both-streams',
    stem: 'In bash on GNU/Linux, build.sh prints to standard output and to standard error. Which command sends both to build.log?',
    setup: script('build.sh', 'echo output-line; echo err >&2'),
    frames: [
      './build.sh ⟦> build.log 2>&1|2>&1 > build.log=2>&1 copies standard error to where output went before the file|> build.log 2> build.log=two separate opens of one file overwrite each other|2> build.log=2> sends only standard error|> build.log 2>1=2>1 writes standard error to a file named 1⟧',
    ],
    check: 'grep -qx output-line build.log && grep -qx err build.log',
  },
  {
    id: 'append-not-truncate',
    stem: 'In bash on GNU/Linux, which command adds the line export X=1 to the end of .profile, keeping what is already in it?',
    setup: 'echo "PATH=/usr/bin" > .profile',
    frames: [
      "echo 'export X=1' ⟦>>|>=> empties the file before writing|2>>=2>> appends standard error, and echo writes to standard output|&>=&> sends both streams but still empties the file first|2>=2> empties the file and sends it only standard error|1>=1> is the same as >, which empties the file⟧ .profile",
    ],
    check: 'test "$(cat .profile)" = "$(printf "%s\\n" "PATH=/usr/bin" "export X=1")"',
  },
  {
    id: 'pipefail-status',
    stem: 'In bash on GNU/Linux, which line makes the status of the pipeline grep x missing.txt | sort report grep’s failure (missing.txt does not exist)?',
    frames: [
      '⟦set -o pipefail|set -e=set -e does not change a pipeline’s status, which is the last command’s|shopt -s lastpipe=lastpipe only runs the last command in the current shell|set -u=set -u makes unset variables errors; the status is still sort’s⟧; grep x missing.txt | sort; echo "status $?"',
    ],
    check: 'test "$(cat ../out)" = "status 2"',
  },
  {
    id: 'errexit-ignored-in-conditions',
    stem: 'In bash on GNU/Linux, the code runs under set -e and deploy() copies a missing file before printing copied. Which call makes the shell stop at the failed copy, so neither copied nor end is printed?',
    frames: [
      `set -e; deploy() { cp missing.cfg dst/; echo copied; }; ⟦deploy|if deploy; then :; fi=set -e is ignored inside an if condition|! deploy=set -e is ignored in a command negated with !|deploy && echo ok=set -e is ignored on the left of &&|x=$(deploy)=a command substitution does not inherit set -e|if ! deploy; then exit 1; fi=set -e is ignored inside the condition, and deploy’s last command succeeds|while deploy; do break; done=set -e is ignored inside a while condition⟧; echo end`,
    ],
    check: '! grep -q copied ../out && ! grep -q end ../out',
  },
  {
    id: 'default-for-empty',
    stem: 'In bash on GNU/Linux, PORT is set but empty. Which command prints the value of PORT, or 8080 when PORT is unset or empty?',
    frames: [
      `PORT=; echo "⟦\${PORT:-8080}|\${PORT-8080}=without the colon an empty PORT counts as set and stays empty|\${PORT:+8080}=:+ gives 8080 only when PORT is non-empty|\${PORT:?8080}=:? stops with the message 8080 instead of using it|\${PORT#8080}=# strips a leading 8080 from the value⟧"`,
    ],
    check: 'test "$(cat ../out)" = 8080',
  },
  {
    id: 'strip-last-suffix',
    stem: 'In bash on GNU/Linux, f holds report.tar.gz. Which command prints report.tar?',
    frames: [
      `f=report.tar.gz; echo "⟦\${f%.*}|\${f%%.*}=%% removes the longest match, leaving report|\${f#*.}=# removes a prefix, leaving tar.gz|\${f##*.}=## removes the longest prefix, leaving gz|\${f%gz}=without the dot, the result keeps a trailing dot⟧"`,
    ],
    check: 'test "$(cat ../out)" = report.tar',
  },
  {
    id: 'strip-folders',
    stem: 'In bash on GNU/Linux, p holds /var/log/app/error.log. Which command prints error.log?',
    frames: [
      `p=/var/log/app/error.log; echo "⟦\${p##*/}|\${p#*/}=# removes the shortest prefix, only the first slash|\${p%/*}=% removes the file name and keeps the folders|\${p%%/*}=%% removes from the first slash, leaving nothing|\${p:-1}=:- gives a default for an empty value; the text is unchanged⟧"`,
    ],
    check: 'test "$(cat ../out)" = error.log',
  },
  {
    id: 'replace-every-match',
    stem: 'In bash on GNU/Linux, v holds a-b-c. Which command prints a_b_c?',
    frames: [
      `v=a-b-c; echo "⟦\${v//-/_}|\${v/-/_}=a single slash replaces only the first match|\${v/#-/_}=/# replaces only at the start, where there is no dash|\${v//_/-}=the pattern comes first, then the replacement|\${v%-*}_=% removes the last part instead of replacing⟧"`,
    ],
    check: 'test "$(cat ../out)" = a_b_c',
  },
  {
    id: 'array-elements-intact',
    stem: "In bash on GNU/Linux, arr=(one 'two three' four). Which loop prints each of the three elements in brackets, [two three] as one?",
    frames: [
      `arr=(one 'two three' four); for x in ⟦"\${arr[@]}"|\${arr[@]}=unquoted, the elements are split at blanks|"\${arr[*]}"=quoted * joins the elements into one word|"$arr"=$arr is only the first element|"\${!arr[@]}"=! lists the indexes, not the values|\${arr[*]}=unquoted * splits every element at blanks⟧; do echo "[$x]"; done`,
    ],
    check: "test \"$(cat ../out)\" = \"$(printf '%s\\n' '[one]' '[two three]' '[four]')\"",
  },
  {
    id: 'pass-arguments-unchanged',
    stem: "In bash on GNU/Linux, the function show must pass all its arguments unchanged to printf. Which version prints <a b><c> for show 'a b' c?",
    frames: [
      'show() { printf \'<%s>\' ⟦"$@"|$@=unquoted, the arguments are split again at blanks|"$*"=quoted $* joins all arguments into one|$*=unquoted $* is split at blanks too|"$1"=$1 is only the first argument⟧; echo; }; show \'a b\' c',
    ],
    check: 'test "$(cat ../out)" = \'<a b><c>\'',
  },
  {
    id: 'arithmetic-expansion',
    stem: 'In bash on GNU/Linux, count holds 4. Which assignment makes count 5, so that the echo prints 5?',
    frames: [
      `count=4; ⟦count=$((count + 1))|count=$count+1=a plain assignment stores the text 4+1|count=$(count + 1)=$( ) runs count as a command|count+=1=on a variable not declared integer, appending with a plus adds the text, giving 41|count=$[count]+1=the +1 is outside the expansion, so it is kept as text|let count = count + 1=let reads each blank-separated word as a separate expression⟧; echo "$count"`,
    ],
    check: 'test "$(cat ../out)" = 5',
  },
  {
    id: 'numeric-comparison',
    stem: 'In bash on GNU/Linux, a holds 10 and b holds 9. Which test prints bigger and creates no file?',
    frames: [
      'a=10 b=9; if ⟦[ "$a" -gt "$b" ]|[ "$a" > "$b" ]=inside [ ], > is a redirection that creates a file named 9|[[ $a > $b ]]=> in [[ ]] compares as text, where 10 sorts before 9|[ "$a" \\> "$b" ]=an escaped > compares as text|[ "$a" -lt "$b" ]=-lt asks whether a is less than b⟧; then echo bigger; else echo smaller; fi',
    ],
    check: 'test "$(cat ../out)" = bigger && ! test -e 9',
  },
  {
    id: 'read-lines-verbatim',
    stem: 'In bash on GNU/Linux, each line of hosts.txt may hold leading blanks, inner blanks and backslashes. Which loop prints every line exactly as it is, in brackets?',
    setup: String.raw`printf '%s\n' '  indented line' 'C:\dir name' > hosts.txt`,
    frames: [
      String.raw`⟦while IFS= read -r line|while read line=without an empty IFS leading blanks are stripped, and without -r backslashes are dropped|while read -r line=without an empty IFS leading blanks are stripped|while IFS= read line=without -r read drops the backslashes|for line in $(cat hosts.txt)=the for list is split at every blank, not per line⟧; do printf '[%s]\n' "$line"; done < hosts.txt`,
    ],
    check: String.raw`test "$(cat ../out)" = "$(printf '%s\n' '[  indented line]' '[C:\dir name]')"`,
  },
  {
    id: 'loop-in-pipeline-keeps-count',
    stem: 'In a bash 5 script on GNU/Linux (no job control), cat app.log | while read -r l; do n=$((n + 1)); done must leave n counting the lines after the loop. Which line before it makes that work?',
    setup: "printf '%s\\n' a b c > app.log",
    frames: [
      `⟦shopt -s lastpipe|set -o pipefail=pipefail changes the status, not where the loop runs|export n=exporting does not carry a subshell’s changes back|shopt -s extglob=extglob adds glob patterns; the loop still runs in a subshell|declare -i n=an integer attribute does not carry a subshell’s changes back|shopt -s inherit_errexit=inherit_errexit passes set -e into command substitutions; the loop still runs in a subshell⟧; n=0; cat app.log | while read -r l; do n=$((n + 1)); done; echo "$n"`,
    ],
    check: 'test "$(cat ../out)" = 3',
  },
  {
    id: 'heredoc-no-expansion',
    stem: 'In bash on GNU/Linux, which here-document writes the literal text $HOME/bin into path.txt, unexpanded?',
    frames: [
      "cat > path.txt ⟦<<'EOF'|<<EOF=an unquoted delimiter lets $HOME expand|<<-EOF=<<- only strips leading tabs; $HOME still expands|<<<'EOF'=a here-string feeds the word EOF itself|<<<EOF=a here-string feeds the word EOF itself⟧\n$HOME/bin\nEOF",
    ],
    check: 'test "$(cat path.txt)" = \'$HOME/bin\'',
  },
  {
    id: 'glob-one-digit',
    stem: 'In bash on GNU/Linux, the folder holds app.1.log to app.9.log and app.10.log. Which command deletes app.1.log to app.9.log and keeps app.10.log?',
    setup: 'for i in 1 2 3 4 5 6 7 8 9 10; do touch "app.$i.log"; done',
    frames: [
      'rm app.⟦[0-9]|*=* matches any text, 10 included|[1-10]=a bracket matches one character; 1-10 is the set 1, 0|[0-9]*=the * after the bracket lets 10 match|[^10]=the set excludes the digits 1 and 0, not the number 10⟧.log',
    ],
    check: 'test "$(ls app.*.log)" = app.10.log',
  },
  {
    id: 'zero-padded-brace-range',
    stem: 'In bash on GNU/Linux, which command creates exactly the folders 2026/01, 2026/02 and 2026/03?',
    frames: [
      'mkdir -p ⟦2026/{01..03}|2026/{1..3}=without zero padding the names are 1, 2 and 3|2026/[01-03]=a bracket only matches existing names; it creates the literal name|"2026/{01..03}"=quotes stop brace expansion|2026/{01,03}=a comma list names only 01 and 03|"2026/{1..3}"=quotes stop brace expansion, and the range is not padded|2026/{1,3}=a comma list names only 1 and 3, unpadded⟧',
    ],
    check: 'test "$(ls 2026 | tr "\\n" " ")" = "01 02 03 "',
  },
  {
    id: 'export-to-child',
    stem: 'In bash on GNU/Linux, which line makes API_URL visible to the child process started after it?',
    frames: [
      '⟦export API_URL=http://api.test|API_URL=http://api.test=a plain assignment stays in this shell; children do not see it|readonly API_URL=http://api.test=readonly protects the variable but does not export it|set API_URL=http://api.test=set with a word sets the positional parameters|local API_URL=http://api.test=local works only inside a function⟧; bash -c \'echo "$API_URL"\'',
    ],
    check: 'test "$(cat ../out)" = http://api.test',
  },
  {
    id: 'if-runs-the-command',
    stem: 'In bash on GNU/Linux, check.sh prints checking and exits with status 1. Which line runs deploy.sh only when check.sh succeeds, so here deploy.sh does not run?',
    setup: `${script('check.sh', 'echo checking; exit 1')} && ${script('deploy.sh', 'touch deployed')}`,
    frames: [
      'if ⟦./check.sh|[ ./check.sh ]=[ ] tests whether the word is non-empty; it does not run the script|[ "$(./check.sh)" ]=this tests whether the script printed anything|./check.sh; [ $? ]=[ $? ] is true for any status, since the word is non-empty|test -x ./check.sh=-x tests that the file is executable; it does not run it⟧; then ./deploy.sh; fi',
    ],
    check: '! test -e deployed',
  },
  {
    id: 'printf-escapes',
    stem: 'In bash on GNU/Linux, which command prints a, a tab character, then b?',
    frames: [
      String.raw`⟦printf 'a\tb\n'|echo 'a\tb'=bash’s echo prints backslashes as they are unless given -e|echo "a\tb"=double quotes keep the backslash; echo does not read it|printf a\tb=unquoted, the shell drops the backslash, giving atb|printf '%s\n' 'a\tb'=%s prints its argument as it is, backslash included⟧`,
    ],
    check: `test "$(cat ../out)" = "$(printf 'a\\tb')"`,
  },
]
