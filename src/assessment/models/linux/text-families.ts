import type { UsageFamily } from '../editing/editing-model.js'
import { APP_LOG, NOTES, PAY_TXT, STAFF_CSV } from './fixtures.js'

/** The expected output, as the check compares it with what the command printed. */
const prints = (...lines: string[]): string =>
  `test "$(cat ../out)" = "$(printf '%s\\n' ${lines.map((l) => `'${l}'`).join(' ')})"`

/** A configuration file with a comment, a blank line, a value holding # and a commented setting. */
const CONF = String.raw`printf '%s\n' '# server settings' '' 'port=80' 'url=http://example.test/#top' '#debug=1' > app.conf`

/** Six IP addresses, one per line, unsorted: 10.0.0.1 three times, 10.0.0.2 twice, 10.0.0.3 once. */
const IPS = String.raw`printf '%s\n' 10.0.0.1 10.0.0.2 10.0.0.1 10.0.0.3 10.0.0.2 10.0.0.1 > ips.txt`

/**
 * Text processing with GNU grep 3.8, sed 4.9, gawk 5 and coreutils in the C locale: matching and
 * counting lines, substituting and deleting with sed, fields and sums with awk, sorting, counting
 * and cutting. Each wrong command is what someone writes when misreading an option or a regular
 * expression. `check` compares the printed output (in ../out) or the edited file with the goal.
 */
export const LINUX_TEXT_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'grep-count-lines',
    stem: 'In bash on GNU/Linux, which command prints only how many lines of app.log contain ERROR?',
    setup: APP_LOG,
    frames: [
      'grep ⟦-c|-o=-o prints each match, not a count|-n=-n prefixes each matching line with its number|-l=-l prints the name of a file that matches|-h=-h only drops file names from the lines it prints⟧ ERROR app.log',
    ],
    check: prints('2'),
  },
  {
    id: 'grep-drop-comments-and-blanks',
    stem: 'In bash on GNU/Linux, which command prints the lines of app.conf that are neither comments (starting with #) nor empty?',
    setup: CONF,
    frames: [
      "grep ⟦-v |^=without -v grep prints the lines that match⟧-e ⟦'^#'|'#'=drops every line holding # anywhere, a URL’s #top too|'^# '=demands a blank after #, so the commented #debug line stays⟧ -e '^$' app.conf",
    ],
    check: prints('port=80', 'url=http://example.test/#top'),
  },
  {
    id: 'grep-extended-alternation',
    stem: 'In bash on GNU/Linux, which command prints every line of app.log that contains WARN or ERROR?',
    setup: APP_LOG,
    frames: [
      "grep ⟦-E |^=in a basic regular expression a plain bar is an ordinary character|-F =-F reads the whole pattern as fixed text, bar included|-w =-w still reads the pattern as a basic expression|-x =-x needs the whole line to match⟧'WARN|ERROR' app.log",
    ],
    check: 'test "$(wc -l < ../out)" = 3 && ! grep -q INFO ../out',
  },
  {
    id: 'grep-only-matching',
    stem: 'In bash on GNU/Linux, which command prints only the request ids (like req-17) found in app.log, one per line?',
    setup: APP_LOG,
    frames: [
      "grep ⟦-o |^=without -o grep prints the whole matching line|-c =-c prints a count of matching lines|-w =-w prints whole lines that match as a word|-b =-b adds byte offsets to whole lines⟧'req-[0-9][0-9]*' app.log",
    ],
    check: prints('req-17', 'req-42'),
  },
  {
    id: 'grep-recursive-file-names',
    stem: 'In bash on GNU/Linux, which command lists the names of the files anywhere under src that contain TODO?',
    setup:
      'mkdir -p src/lib && echo "// TODO fix" > src/main.c && echo "done" > src/util.c && echo "/* TODO */" > src/lib/io.c',
    frames: [
      'grep ⟦-rl|-r=-r alone prints every matching line with its file name|-l=without -r grep does not read into a folder|-rc=-c prints a count for every file, matched or not|-rL=-L lists the files without a match⟧ TODO src',
    ],
    check: 'test "$(sort ../out | tr "\\n" " ")" = "src/lib/io.c src/main.c "',
  },
  {
    id: 'grep-word-any-case',
    stem: 'In bash on GNU/Linux, which command prints the lines of notes.txt with the word error in any letter case, but not lines where it is only part of a word like errors or terror?',
    setup: String.raw`printf '%s\n' 'Error found' 'no errors here' 'terror' 'ERROR: disk' 'an error' > notes.txt`,
    frames: [
      'grep ⟦-iw|-i=-i alone also matches inside longer words|-w=without -i the case must match|-ix=-x needs the whole line to be the word|-il=-l prints the file’s name, not the lines⟧ error notes.txt',
    ],
    check: prints('Error found', 'ERROR: disk', 'an error'),
  },
  {
    id: 'grep-context-after',
    stem: 'In bash on GNU/Linux, which command prints each ERROR line of app.log together with the one line that follows it?',
    setup: APP_LOG,
    frames: [
      'grep ⟦-A1|-B1=-B shows the line before a match|-C1=-C shows a line on both sides|-m1=-m1 stops after the first match|-h=-h only leaves out file names; it adds no context⟧ ERROR app.log',
    ],
    check: prints(
      '2026-03-01 10:00:02 ERROR disk full',
      '2026-03-01 10:00:03 WARN slow reply req-42',
      '2026-03-01 10:00:04 ERROR timeout',
      '2026-03-01 10:00:05 INFO done',
    ),
  },
  {
    id: 'sed-global-in-place',
    stem: 'In bash on GNU/Linux, every http: in links.txt must become https:, several per line included, by editing the file itself. Which command does that?',
    setup: String.raw`printf '%s\n' 'http://a.test http://b.test' 'see http://c.test' > links.txt`,
    frames: [
      "sed ⟦-i 's/http:/https:/g'|-i 's/http:/https:/'=without g only the first match on each line changes|'s/http:/https:/g'=without -i sed prints the result and leaves the file as it was|-n 's/http:/https:/gp'=-n with p prints the changed lines; the file stays|-i 's/https:/http:/g'=the pattern comes first, the replacement second⟧ links.txt",
    ],
    check:
      'test "$(cat links.txt)" = "$(printf "%s\\n" "https://a.test https://b.test" "see https://c.test")"',
  },
  {
    id: 'sed-delete-header',
    stem: 'In bash on GNU/Linux, which command prints users.csv without its first line (the header)?',
    setup: String.raw`printf '%s\n' 'name,dept' 'ana,ops' 'ben,dev' > users.csv`,
    frames: [
      "sed ⟦1d|'$d'=$ addresses the last line, not the first|-n 1p=-n with 1p prints only the first line|1q=1q prints the first line and stops|'2,$d'=2,$ deletes everything after the header⟧ users.csv",
    ],
    check: prints('ana,ops', 'ben,dev'),
  },
  {
    id: 'sed-print-line-range',
    stem: 'In bash on GNU/Linux, which command prints only lines 3 to 5 of notes.txt?',
    setup: NOTES,
    frames: [
      "sed ⟦-n |^=without -n sed also prints every line⟧⟦3,5p|3,5d=d deletes lines 3 to 5 instead of printing them|'3p;5p'=3p;5p prints lines 3 and 5 but not 4|3,+5p=3,+5 means line 3 and the five after it⟧ notes.txt",
    ],
    check: prints('line 3', 'line 4', 'line 5'),
  },
  {
    id: 'sed-extended-groups',
    stem: 'In bash on GNU/Linux, dates.txt holds ISO dates like 2026-03-01. Which command prints each as 01/03/2026 (day/month/year)?',
    setup: "printf '%s\\n' 2026-03-01 2025-12-24 > dates.txt",
    frames: [
      "sed ⟦-E |^=in a basic expression ( ) and {4} are literal characters|-n =-n prints nothing without a p command⟧'s#([0-9]{4})-([0-9]{2})-([0-9]{2})#⟦\\3/\\2/\\1|\\1/\\2/\\3=the groups keep the order they were captured in|\\2/\\3/\\1=\\2 is the month, not the day⟧#' dates.txt",
    ],
    check: prints('01/03/2026', '24/12/2025'),
  },
  {
    id: 'sed-address-then-substitute',
    stem: 'In bash on GNU/Linux, only the line(s) of sshd.conf that begin with PermitRootLogin must be commented out with a leading #. Which command edits the file that way?',
    setup: String.raw`printf '%s\n' 'Port 22' 'PermitRootLogin yes' '# see PermitRootLogin in the manual' > sshd.conf`,
    frames: [
      "sed -i ⟦'/^PermitRootLogin/s/^/#/'|'s/^/#/'=without an address every line is changed|'/PermitRootLogin/s/^/#/'=without ^ the address also matches the word mid-line|'s/^PermitRootLogin/#/'=this replaces the word itself with #|'/^PermitRootLogin/d'=d deletes the line instead of commenting it|'/^PermitRootLogin/s/PermitRootLogin.*/#/'=the replacement drops the rest of the line|'/^PermitRootLogin/i #'=i inserts a new line holding # above it⟧ sshd.conf",
    ],
    check:
      'test "$(cat sshd.conf)" = "$(printf "%s\\n" "Port 22" "#PermitRootLogin yes" "# see PermitRootLogin in the manual")"',
  },
  {
    id: 'sed-in-place-backup',
    stem: 'In bash on GNU/Linux, port=80 in app.conf must become port=8080 in the file itself, with the original kept as app.conf.bak. Which command does that?',
    setup: CONF,
    frames: [
      "sed ⟦-i.bak|-i .bak=with a space, .bak is read as the sed script|-i=-i alone keeps no backup|-e=-e only names the script; the result is printed|-s=-s treats files separately but still prints⟧ 's/^port=80$/port=8080/' app.conf",
    ],
    check:
      'grep -qx port=8080 app.conf && grep -qx port=80 app.conf.bak && ! grep -q port=80$ app.conf',
  },
  {
    id: 'awk-sum-column',
    stem: 'In bash on GNU/Linux, staff.csv holds name,dept,salary lines with no header. Which command prints the total of the salaries?',
    setup: STAFF_CSV,
    frames: [
      "awk ⟦-F, |-F';' =the file is separated by commas, not semicolons|^=by default awk splits fields at blanks⟧'{s += ⟦$3|$2=fields count from 1, so $2 is the department|$NR=$NR is the field numbered by the line count⟧} END {print s}' staff.csv",
    ],
    check: prints('24000'),
  },
  {
    id: 'awk-compare-not-assign',
    stem: 'In bash on GNU/Linux, pay.txt holds lines like ana ops 5200 (name, department, salary). Which command prints the names of the people in the department dev?',
    setup: `${PAY_TXT} && echo 'devon ops 3000' >> pay.txt`,
    frames: [
      'awk \'⟦$2|$1=$1 is the name, not the department|$0=$0 is the whole line, not one field⟧ ⟦==|==a single equals sign assigns, which is true for every line⟧ ⟦"dev"|dev=unquoted, dev is an awk variable, unset and so empty, not the text dev⟧ {print $1}\' pay.txt',
    ],
    check: prints('ben', 'cai'),
  },
  {
    id: 'awk-shell-variable',
    stem: 'In bash on GNU/Linux, the shell variable limit holds 5000 and pay.txt lines are name, department, salary. Which command prints the lines whose salary exceeds limit?',
    setup: PAY_TXT,
    frames: [
      "limit=5000; awk ⟦-v min=\"$limit\" '$3 > min'|'$3 > $limit'=in single quotes $limit reaches awk, where it is a field reference|'$3 > limit'=a shell variable is not an awk variable, so limit is empty|'$3 > \"$limit\"'=inside single quotes \"$limit\" is an awk text, compared as text|-v limit=limit '$3 > limit'=assigning the bare word limit passes that word, not the shell value|-v min=$limit '$3 > \"min\"'=quoted inside awk, min is the text min, not the variable⟧ pay.txt",
    ],
    check: prints('ana ops 5200', 'ben dev 6100', 'dee ops 7000'),
  },
  {
    id: 'awk-last-field',
    stem: 'In bash on GNU/Linux, the lines of paths.txt have different numbers of blank-separated fields. Which command prints the last field of every line?',
    setup: String.raw`printf '%s\n' 'a b c' 'one two' 'x y z w' > paths.txt`,
    frames: [
      "awk '{print ⟦$|^=without $ awk prints the number itself, not a field⟧⟦NF|NR=NR is the line number, not the field count|(NF-1)=NF-1 counts to the field before the last⟧}' paths.txt",
    ],
    check: prints('c', 'two', 'w'),
  },
  {
    id: 'awk-count-by-key',
    stem: 'In bash on GNU/Linux, pay.txt lines are name, department, salary. Which command prints each department with its number of people (in any order)?',
    setup: PAY_TXT,
    frames: [
      "awk '{n[⟦$2|$1=$1 is the name, so each person counts alone|$3=$3 is the salary, so each amount counts alone⟧]⟦++| = 1=assigning 1 records the key but counts nothing| += $3=adding $3 sums the salaries instead of counting⟧} END {for (d in n) print d, n[d]}' pay.txt",
    ],
    check: 'test "$(sort ../out | tr "\\n" ,)" = "dev 2,ops 2,"',
  },
  {
    id: 'sort-numeric',
    stem: 'In bash on GNU/Linux, sizes.txt holds one whole number per line. Which command prints them from smallest to largest?',
    setup: "printf '%s\\n' 100 9 25 1000 > sizes.txt",
    frames: [
      'sort ⟦-n|-d=-d sorts in dictionary order, still as text|-r=-r reverses a text order|-nr=-r puts the largest first|-u=-u removes duplicates; the order is still text⟧ sizes.txt',
    ],
    check: prints('9', '25', '100', '1000'),
  },
  {
    id: 'sort-by-field',
    stem: 'In bash on GNU/Linux, staff.csv lines are name,dept,salary. Which command prints them with the highest salary first?',
    setup: STAFF_CSV,
    frames: [
      'sort ⟦-t, |^=without -t fields are split at blanks, and a line has none⟧-k⟦3,3nr|3,3r=without n the salaries are compared as text|3,3n=without r the smallest comes first|2,2nr=the second field is the department⟧ staff.csv',
    ],
    check: prints('dee,ops,7000', 'ben,dev,6100', 'ana,ops,5200', 'cai,dev,4800', 'eve,qa,900'),
  },
  {
    id: 'unique-needs-sorting',
    stem: 'In bash on GNU/Linux, ips.txt holds addresses in no order, some repeated. Which command prints each address once?',
    setup: IPS,
    frames: [
      '⟦sort -u|uniq=uniq only drops duplicates that are next to each other|sort=sort keeps every duplicate|uniq -u=uniq -u prints only lines that are never repeated|uniq -d=uniq -d prints only the repeated lines⟧ ips.txt',
    ],
    check: prints('10.0.0.1', '10.0.0.2', '10.0.0.3'),
  },
  {
    id: 'count-and-rank',
    stem: 'In bash on GNU/Linux, which pipeline prints each address in ips.txt with the number of times it occurs, most frequent first?',
    setup: IPS,
    frames: [
      '⟦sort|cat=without sorting first, uniq -c counts runs of neighbouring lines, not totals|tac=reversing the lines does not group equal ones⟧ ips.txt | uniq ⟦-c|-d=-d prints each repeated line once, without a count|-u=-u prints the lines never repeated⟧ | sort -nr',
    ],
    check:
      'test "$(tr -s " " < ../out | sed "s/^ //" | tr "\\n" ,)" = "3 10.0.0.1,2 10.0.0.2,1 10.0.0.3,"',
  },
  {
    id: 'cut-by-delimiter',
    stem: 'In bash on GNU/Linux, staff.csv lines are name,dept,salary. Which command prints only the department of each line?',
    setup: STAFF_CSV,
    frames: [
      "cut ⟦-d, |^=without -d cut splits at tabs, so each whole line is one field|-d' ' =the lines hold no blanks, so each whole line is one field⟧⟦-f2|-f1,2=-f1,2 prints the name as well|-f3=fields count from 1, so -f3 is the salary⟧ staff.csv",
    ],
    check: prints('ops', 'dev', 'dev', 'ops', 'qa'),
  },
  {
    id: 'tr-reads-standard-input',
    stem: 'In bash on GNU/Linux, which command prints names.txt in capital letters?',
    setup: "printf '%s\\n' bella otto > names.txt",
    frames: [
      'tr ⟦a-z A-Z < names.txt|a-z A-Z names.txt=tr reads only standard input and takes no file name|A-Z a-z < names.txt=the set to replace comes first, then its replacement|-d a-z < names.txt=-d deletes the lower-case letters|-s a-z A-Z < names.txt=-s also squeezes doubled letters into one⟧',
    ],
    check: prints('BELLA', 'OTTO'),
  },
  {
    id: 'wc-number-only',
    stem: 'In bash on GNU/Linux, which command prints only the number of lines in app.log, with nothing else on the line?',
    setup: APP_LOG,
    frames: [
      'wc ⟦-l < app.log|-l app.log=given a file name, wc prints the name after the count|-w < app.log=-w counts words|-c < app.log=-c counts bytes|-L < app.log=-L prints the length of the longest line⟧',
    ],
    check: prints('5'),
  },
  {
    id: 'tail-from-line',
    stem: 'In bash on GNU/Linux, which command prints notes.txt from its second line to its end?',
    setup: NOTES,
    frames: [
      'tail ⟦-n|-c=-c counts bytes, not lines⟧ ⟦+2|2=without the plus sign tail counts from the end, printing the last two|-2=a minus sign still counts from the end⟧ notes.txt',
    ],
    check: 'test "$(cat ../out)" = "$(seq -f "line %g" 2 10)"',
  },
]
