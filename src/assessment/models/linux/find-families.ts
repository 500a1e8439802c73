import type { UsageFamily } from '../editing/editing-model.js'

/** The expected output, sorted, as the check compares it with what the command printed. */
const printsSorted = (...lines: string[]): string =>
  `test "$(sort ../out | tr '\\n' ' ')" = "${lines.map((l) => `${l} `).join('')}"`

/** logs/ with .log files at two depths, a file named catalog, and a.log in the working folder. */
const LOGS =
  'mkdir -p logs/sub && touch a.log logs/x.log logs/sub/y.log logs/catalog logs/notes.txt'

/** site/ with a page and a stylesheet, archived as backup.tar.gz and then removed. */
const BACKUP =
  'mkdir -p site/css && echo page > site/a.html && echo body > site/css/s.css && tar -czf backup.tar.gz site && rm -r site'

/**
 * Finding files with GNU find 4.9, acting on them with -exec and xargs, and archives with GNU tar
 * 1.34 and gzip. Each wrong command is one written when misreading how find evaluates its
 * expression, how xargs splits its input or which operand tar takes where. `check` tests the
 * output (in ../out) or the files left behind.
 */
export const LINUX_FIND_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'find-quote-pattern',
    stem: 'In bash on GNU/Linux, the working folder holds a.log, and logs/ holds .log files in it and its subfolders beside other files, one of them named catalog. Which command lists every .log file under logs, and nothing else?',
    setup: LOGS,
    frames: [
      "find ⟦logs|.=a dot searches the working folder, where a.log also lies⟧ -name ⟦'*.log'|*.log=unquoted, the shell first expands *.log to a.log|'.log'=-name matches the whole file name, not its end|'*log'=without the dot the pattern also matches catalog|'logs/*.log'=-name compares the file name alone, never a path with a slash|'.*log'=a leading dot matches only hidden names⟧",
    ],
    check: printsSorted('logs/sub/y.log', 'logs/x.log'),
  },
  {
    id: 'find-older-than-days',
    stem: 'In bash on GNU/Linux (GNU find), which command lists the files under data last modified more than 30 days ago?',
    setup:
      "mkdir data && touch -d '40 days ago' data/old.csv && touch -d '10 days ago' data/new.csv",
    frames: [
      'find data -type f ⟦-mtime +30|-mtime -30=-30 means less than 30 days|-mtime 30=a bare 30 means exactly 30 whole days|-mmin +30=-mmin counts minutes, not days|-newermt 30=-newermt takes a date and lists newer files⟧',
    ],
    check: printsSorted('data/old.csv'),
  },
  {
    id: 'find-delete-matches-only',
    stem: 'In bash on GNU/Linux, which command deletes every .tmp file under cache, in any subfolder, and nothing else?',
    setup:
      'mkdir -p cache/sub && touch cache/a.tmp cache/sub/b.tmp cache/keep.dat cache/sub/k2.dat',
    frames: [
      "find cache ⟦^|-maxdepth 1 =-maxdepth 1 skips the subfolders|-type d =-type d selects folders, not files⟧-name '*.tmp' ⟦-delete|-print=-print only lists the files|-prune=-prune only stops find descending; it deletes nothing⟧",
    ],
    check:
      'test -z "$(find cache -name \'*.tmp\')" && test -f cache/keep.dat && test -f cache/sub/k2.dat',
  },
  {
    id: 'find-exec-batch',
    stem: 'In bash on GNU/Linux, which command passes all the .c files under src to one run of wc -l, so that it also prints a total line?',
    setup: "mkdir -p src/lib && printf 'a\\nb\\n' > src/main.c && printf 'c\\n' > src/lib/io.c",
    frames: [
      String.raw`find src -name '*.c' ⟦-exec wc -l {} +|-exec wc -l {} \;=\; runs wc once per file, so there is no total|-execdir wc -l {} \;=-execdir also runs once per file|-ok wc -l {} \;=-ok asks first, then still runs wc once per file, so there is no total|-exec wc -l \;=without {} wc gets no file and reads standard input⟧`,
    ],
    check: 'grep -q \' total$\' ../out && test "$(wc -l < ../out)" = 3',
  },
  {
    id: 'xargs-null-separated',
    stem: 'In bash on GNU/Linux, some file names under tmpd contain spaces. Which pipeline deletes every file under tmpd?',
    setup: "mkdir -p tmpd && touch 'tmpd/my file' tmpd/plain 'tmpd/a b c'",
    frames: [
      "find tmpd -type f ⟦-print0|-print=-print ends names with newlines, so a name cannot be split safely⟧ | xargs ⟦-0|-d ' '=splitting at spaces cuts the names apart|-r=-r only skips an empty input⟧ rm -f",
    ],
    check: 'test -z "$(find tmpd -type f)"',
  },
  {
    id: 'xargs-replace-string',
    stem: 'In bash on GNU/Linux, hosts.txt lists host names, one per line. Which command creates the folder backup/NAME for each name, and nothing else?',
    setup: "printf '%s\\n' web1 db1 > hosts.txt",
    frames: [
      'xargs ⟦-I{} mkdir -p backup/{}|mkdir -p backup/=xargs adds the names as separate words, not joined to backup/|-n1 mkdir -p backup/{}=without -I, {} stays a literal name|-L1 mkdir -p backup/=-L1 runs once per line, still with the name as a separate word|-I{} mkdir -p backup/ {}=the blank makes the name a separate word|-I % mkdir -p backup/{}=-I names % as the placeholder, so {} stays literal⟧ < hosts.txt',
    ],
    check: 'test "$(ls backup | tr "\\n" " ")" = "db1 web1 " && ! test -e web1',
  },
  {
    id: 'xargs-no-run-if-empty',
    stem: 'In bash on GNU/Linux (GNU xargs), no file under logs ends in .old. Which pipeline runs ls -l on the files found, and does not run it at all when none are found?',
    setup: 'mkdir logs && touch logs/a.log',
    frames: [
      "find logs -name '*.old' -print0 | xargs -0 ⟦-r|-n1=-n1 limits each run to one name; with none, ls still runs once|-L1=-L1 limits each run to one line; with none, ls still runs once|-t=-t prints each command before it runs; ls still runs once⟧ ls -l",
    ],
    check: 'test ! -s ../out',
  },
  {
    id: 'tar-create-gzip',
    stem: 'In bash on GNU/Linux (GNU tar), which command creates site.tar.gz, a gzip-compressed archive of the folder site?',
    setup: 'mkdir site && echo page > site/a.html',
    frames: [
      'tar ⟦-c|-x=-x extracts instead of creating|-t=-t lists an archive instead of creating one⟧⟦zf|f=without z the archive is not compressed, whatever its name|jf=j compresses with bzip2, not gzip|fz=in -cfz the f takes the rest, z, as the archive’s name⟧ site.tar.gz site',
    ],
    check: "gzip -t site.tar.gz && tar -tzf site.tar.gz | grep -qx 'site/a.html'",
  },
  {
    id: 'tar-list-contents',
    stem: 'In bash on GNU/Linux, which command lists the files inside backup.tar.gz without extracting or changing anything?',
    setup: BACKUP,
    frames: [
      'tar ⟦-tzf|-xzvf=-x extracts the files while -v lists them|-czf=-c creates an archive; it never lists one|-xzf=-x extracts the files⟧ backup.tar.gz',
    ],
    check:
      "grep -qx 'site/a.html' ../out && ! test -e site && tar -tzf backup.tar.gz | grep -q css",
  },
  {
    id: 'tar-extract-into-folder',
    stem: 'In bash on GNU/Linux (GNU tar), which command extracts backup.tar.gz into the existing folder restore/?',
    setup: `${BACKUP} && mkdir restore`,
    frames: [
      'tar -xzf backup.tar.gz ⟦-C restore|restore=a name after the archive selects members to extract; it is not a target|-T restore=-T reads member names from a file|-f restore=a second -f names another archive⟧',
    ],
    check: 'test -f restore/site/a.html && ! test -e site',
  },
  {
    id: 'tar-exclude-position',
    stem: 'In bash on GNU/Linux (GNU tar 1.34), which command archives the folder project without its node_modules folder?',
    setup:
      'mkdir -p project/node_modules/lib && echo m > project/main.js && echo x > project/node_modules/lib/x.js',
    frames: [
      'tar -czf p.tgz ⟦--exclude=node_modules project|project --exclude=node_modules=an --exclude after the folder applies only to names after it|--exclude=node_modules/ project=a trailing slash never matches a member’s name|--exclude=/node_modules project=a leading slash anchors the pattern at the root, which no member has|project --exclude=node_modules/=an --exclude after the folder applies only to names after it, and a trailing slash never matches|project --exclude=/node_modules=an --exclude after the folder applies only to names after it, and a leading slash anchors it at the root⟧',
    ],
    check:
      "tar -tzf p.tgz | grep -q '^project/main.js$' && ! tar -tzf p.tgz | grep -q node_modules",
  },
  {
    id: 'find-depth-limit',
    stem: 'In bash on GNU/Linux, which command lists the regular files directly in logs, not those in its subfolders?',
    setup: LOGS,
    frames: [
      'find logs ⟦-maxdepth 1 -type f|-type f=without a depth limit find reads every subfolder|-mindepth 1 -type f=-mindepth sets where listing starts, not where it stops|-maxdepth 0 -type f=depth 0 is logs itself only|-maxdepth 2 -type f=depth 2 includes the subfolders’ files⟧',
    ],
    check: printsSorted('logs/catalog', 'logs/notes.txt', 'logs/x.log'),
  },
  {
    id: 'find-size-rounding',
    stem: 'In bash on GNU/Linux (GNU find), which command lists the files under data larger than 1 MiB?',
    setup:
      'mkdir data && truncate -s 2M data/big && truncate -s 1536K data/mid && truncate -s 500K data/small',
    frames: [
      'find data -type f -size ⟦+|^=a bare number means sizes that round up to exactly that many units|-=a minus sign means sizes that round up to fewer units⟧1⟦M|k=k is kibibytes, not mebibytes|^=with no unit the size counts 512-byte blocks⟧',
    ],
    check: printsSorted('data/big', 'data/mid'),
  },
  {
    id: 'find-or-grouping',
    stem: 'In bash on GNU/Linux, which command lists the regular files under img ending in .jpg or .png (img also holds a folder named old.png)?',
    setup: 'mkdir -p img/old.png && touch img/a.jpg img/b.png img/c.gif',
    frames: [
      String.raw`find img -type f ⟦\( -name '*.jpg' -o -name '*.png' \)|-name '*.jpg' -o -name '*.png'=-o binds weaker than the implied and, so -type f applies to .jpg only|-name '*.jpg' -a -name '*.png'=-a needs both names at once|-name '*.jpg,*.png'=-name takes one pattern; the comma is literal|\( -name '*.jpg' -a -name '*.png' \)=the parentheses group the tests, but -a still needs both names at once|\( -name '*.jpg' \) -o \( -name '*.png' \)=the -o is still outside, so -type f and -print each bind to one side⟧ -print`,
    ],
    check: printsSorted('img/a.jpg', 'img/b.png'),
  },
  {
    id: 'find-prune-print',
    stem: 'In bash on GNU/Linux, which command lists the regular files under proj but nothing in proj/.git?',
    setup: 'mkdir -p proj/.git proj/src && touch proj/.git/config proj/src/main.c proj/README',
    frames: [
      '⟦find proj -path proj/.git -prune -o -type f -print|find proj -path proj/.git -prune -o -type f=without -print, the implied print also lists proj/.git|find proj -type f ! -name .git=only the folder is named .git, not the files in it|find proj -type f ! -path proj/.git=the files’ paths are longer than proj/.git, so none is excluded|find proj -path ./proj/.git -prune -o -type f -print=find’s paths start as given, proj/, not ./proj/|find proj -path proj/.git -prune -a -type f -print=-a needs the folder to be pruned and a file at once, so nothing matches⟧',
    ],
    check: printsSorted('proj/README', 'proj/src/main.c'),
  },
  {
    id: 'gzip-keep-original',
    stem: 'In bash on GNU/Linux, which command compresses big.log into big.log.gz and keeps big.log?',
    setup: 'seq 1000 > big.log',
    frames: [
      'gzip ⟦-k |^=gzip replaces the file with its compressed version|-c =-c writes the compressed data to standard output, not to a file|-d =-d decompresses|-l =-l lists a compressed file’s sizes⟧big.log',
    ],
    check: 'test -f big.log && gzip -t big.log.gz',
  },
]
