import type { UsageFamily } from '../editing/editing-model.js'

/** A small web root: site/ with a page, a css folder and a link to the page; dirs 755, files 644. */
const SITE = `mkdir -p site/css && echo page > site/a.html && echo body > site/css/s.css && ln -s a.html site/latest && touch -d '2020-01-02 03:04:05' site/a.html`

/** releases/v2 holding app.sh, the target the link families point at. */
const RELEASES = 'mkdir -p releases/v2 && echo run > releases/v2/app.sh'

/**
 * Files, paths, permissions and links on GNU/Linux (coreutils): modes in octal and symbolic form,
 * the umask, special bits, hard and symbolic links, copying and moving safely. Each wrong command
 * is one an administrator writes when misreading what a mode digit, an option or an argument
 * order means. `check` tests the files the goal asks for (or the output, saved in ../out).
 */
export const LINUX_FILES_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'octal-mode-owner-group-other',
    stem: 'In bash on GNU/Linux, deploy.sh must be readable and writable by its owner, readable by its group, and closed to everyone else. Which command sets exactly that mode?',
    setup: 'echo x > deploy.sh',
    frames: [
      'chmod ⟦640|604=reads the digits as owner, others, group|460=reads the digits as group, owner, others|644=a 4 in the last digit lets others read|740=a 7 gives the owner execute as well|660=a 6 in the middle digit lets the group write|600=a 0 in the middle digit leaves the group nothing⟧ deploy.sh',
    ],
    check: 'test "$(stat -c %a deploy.sh)" = 640',
  },
  {
    id: 'symbolic-add-owner-execute',
    stem: 'In bash on GNU/Linux, run.sh has mode 644. Which command lets its owner execute it and changes no other permission bit?',
    setup: 'echo x > run.sh && chmod 644 run.sh',
    frames: [
      'chmod ⟦u+x|+x=with no class letter, execute is added for everyone the umask allows|u=x=the equals sign replaces the owner’s bits, dropping read and write|o+x=o is others, not the owner|a+x=a is all three classes⟧ run.sh',
    ],
    check: 'test "$(stat -c %a run.sh)" = 744',
  },
  {
    id: 'recursive-remove-others',
    stem: 'In bash on GNU/Linux, the tree site/ (folders 755, files 644) must be closed to others, on every file and folder inside it, leaving owner and group bits as they are. Which command does it?',
    setup: SITE,
    frames: [
      'chmod ⟦-R |^=without -R only the folder site itself changes|-r =for chmod, -r is a mode that removes read, not recursion⟧⟦o-rwx|u-rwx=u is the owner, not others|o-r=o-r takes away only read, leaving others write and execute⟧ site',
    ],
    check: `test "$(find site ! -type l -printf '%m\\n' | sort -u | tr '\\n' ' ')" = "640 750 "`,
  },
  {
    id: 'umask-for-group-read',
    stem: 'In bash on GNU/Linux, new files a script creates must come out as rw-r----- (640) and new folders as rwxr-x--- (750). Which umask does that?',
    frames: [
      'umask ⟦027|022=022 still lets others read|640=the umask lists the bits to remove, not the mode to give|750=the umask lists the bits to remove, not the mode to give|077=077 also takes read away from the group⟧ && echo x > new.txt && mkdir newdir',
    ],
    check: 'test "$(stat -c %a new.txt newdir | tr "\\n" " ")" = "640 750 "',
  },
  {
    id: 'setgid-shared-folder',
    stem: 'In bash on GNU/Linux, files created in the shared folder team/ must take the folder’s group rather than their creator’s primary group. Which command sets that up?',
    setup: 'mkdir team',
    frames: [
      'chmod ⟦g+s|u+s=the setuid bit on a folder is ignored by Linux|+t=the sticky bit limits deletion; it sets no group|g+w=write access for the group does not make new files inherit it|2644=the digit 2 is right, but 644 drops every execute bit, so no one may enter⟧ team',
    ],
    check: 'test "$(stat -c %a team)" = 2755',
  },
  {
    id: 'sticky-upload-folder',
    stem: 'In bash on GNU/Linux, everyone may create files in the upload folder drop/, but no user may delete or rename another user’s files. Which command sets its mode?',
    setup: 'mkdir drop',
    frames: [
      'chmod ⟦1777|777=without the sticky bit anyone can delete anyone’s files|2777=the 2 is setgid, which only passes the group on|4777=the 4 is setuid, which Linux ignores on folders|1755=1755 keeps the sticky bit but lets only the owner create files⟧ drop',
    ],
    check: 'test -k drop && test "$(stat -c %a drop)" = 1777',
  },
  {
    id: 'symlink-argument-order',
    stem: 'In bash on GNU/Linux, which command creates a symbolic link named current (in the working folder) that points at the folder releases/v2?',
    setup: RELEASES,
    frames: [
      '⟦ln -s|ln=without -s ln makes a hard link, and folders cannot be hard-linked|cp -s=cp -s makes links only to files, not to a folder⟧ ⟦releases/v2 current|current releases/v2=the target comes first and the new link’s name second|/releases/v2 current=a leading slash points at /releases at the file system’s root⟧',
    ],
    check: 'test -L current && test -f current/app.sh',
  },
  {
    id: 'relative-symlink-target',
    stem: 'In bash on GNU/Linux, links/cfg must be a symbolic link to conf/app.conf that keeps working when the whole tree is moved elsewhere. Which command creates it from the tree’s top folder?',
    setup: 'mkdir conf links && echo port=80 > conf/app.conf',
    frames: [
      'ln ⟦-s ../conf/app.conf|-s conf/app.conf=a relative target is read from the link’s folder, links/, not from where ln ran|-s "$PWD/conf/app.conf"=an absolute target breaks when the tree moves|conf/app.conf=a hard link is not a symbolic link⟧ links/cfg',
    ],
    check:
      'test -L links/cfg && here="$PWD" && cd .. && mv "$here" moved && grep -q port moved/links/cfg',
  },
  {
    id: 'hard-link-count',
    stem: 'In bash on GNU/Linux, which command prints only the number of hard links data.bin has?',
    setup: 'head -c 5000 /dev/zero > data.bin && ln data.bin copy1 && ln data.bin copy2',
    frames: [
      'stat -c ⟦%h|%s=%s is the size in bytes|%i=%i is the inode number|%b=%b is the number of blocks allocated|%U=%U is the owner’s user name⟧ data.bin',
    ],
    check: 'test "$(cat ../out)" = 3',
  },
  {
    id: 'hard-link-survives-delete',
    stem: 'In bash on GNU/Linux, big.iso stays in place for now, but its content must stay reachable as copy.iso once big.iso is deleted later, without using more disk space. Which command creates copy.iso?',
    setup: 'echo iso > big.iso',
    frames: [
      '⟦ln big.iso copy.iso|ln -s big.iso copy.iso=a symbolic link dangles once its target is deleted|cp big.iso copy.iso=a copy takes the space twice|ln copy.iso big.iso=the existing file comes first, the new name second|mv big.iso copy.iso=mv renames, so big.iso is gone at once⟧',
    ],
    check: 'test big.iso -ef copy.iso && rm big.iso && grep -q iso copy.iso',
  },
  {
    id: 'remove-dash-named-file',
    stem: 'In bash on GNU/Linux, a file named -v.txt must be deleted from the working folder. Which command deletes it?',
    setup: 'echo x > ./-v.txt && echo keep > keep.txt',
    frames: [
      'rm ⟦-- -v.txt|-v.txt=rm reads a word starting with a dash as options|"-v.txt"=the shell removes the quotes, so rm still sees an option|-f -v.txt=-f does not end the options; the next dash word is read as options too|-i -v.txt=-i only asks first; the name is still read as options⟧',
    ],
    check: '! test -e ./-v.txt && test -f keep.txt',
  },
  {
    id: 'copy-tree-preserving',
    stem: 'In bash on GNU/Linux, which command copies the folder site into backup/ keeping modes, modification times and symbolic links as they are?',
    setup: `${SITE} && mkdir backup`,
    frames: [
      'cp ⟦-a|-r=-r copies the tree but gives the copies new modification times|-p=-p without -r refuses to copy a folder|-rL=-L copies the files links point to instead of the links|-rn=-n only avoids overwriting; times are still new⟧ site backup/',
    ],
    check:
      'test -L backup/site/latest && test "$(stat -c %Y site/a.html)" = "$(stat -c %Y backup/site/a.html)"',
  },
  {
    id: 'move-without-overwrite',
    stem: 'In bash on GNU/Linux (coreutils 9.1), draft.txt must be renamed final.txt, but an existing final.txt must never be overwritten. Which command does that?',
    setup: "echo old > final.txt && touch -d '2020-01-01' final.txt && echo draft > draft.txt",
    frames: [
      'mv ⟦-n|-f=-f forces the overwrite|-u=-u still overwrites when the source is newer|-b=-b keeps a backup but overwrites final.txt|-v=-v only reports what it does⟧ draft.txt final.txt',
    ],
    check: 'test "$(cat final.txt)" = old',
  },
  {
    id: 'relative-path-up-two',
    stem: 'In bash on GNU/Linux, the working folder holds proj/a/b and proj/c. The command below first enters proj/a/b; which path then takes it into proj/c, relative to proj/a/b, so the file here is created there?',
    setup: 'mkdir -p proj/a/b proj/c',
    frames: [
      'cd proj/a/b && cd ⟦../../c|../c=one .. only reaches proj/a|/c=a leading slash starts at the file system’s root|-=cd - returns to the previous folder, not proj/c|../../../c=three .. go above proj⟧ && touch here',
    ],
    check: 'test -f proj/c/here',
  },
  {
    id: 'list-folder-itself',
    stem: 'In bash on GNU/Linux, which command shows the permissions of the folder conf itself rather than of the files in it?',
    setup: 'mkdir conf && touch conf/a conf/b conf/.env',
    frames: [
      'ls ⟦-ld|-l=-l on a folder lists its contents|-la=-a adds hidden entries; it still lists the contents|-lR=-R lists every subfolder’s contents as well|-lh=-h only prints sizes in units; it still lists the contents⟧ conf',
    ],
    check: 'test "$(wc -l < ../out)" = 1 && grep -q " conf$" ../out',
  },
  {
    id: 'resolve-link-path',
    stem: 'In bash on GNU/Linux, current is a symbolic link to releases/v2. Which command prints the absolute path current finally leads to?',
    setup: `${RELEASES} && ln -s releases/v2 current`,
    frames: [
      '⟦readlink -f|readlink=without -f readlink prints the target as stored, relative|realpath -s=-s leaves symbolic links unresolved|basename=basename strips the folders of the name it is given|dirname=dirname prints the name’s folder part, here a dot⟧ current',
    ],
    check: 'test "$(cat ../out)" = "$(pwd -P)/releases/v2"',
  },
  {
    id: 'copy-timestamp-from-file',
    stem: 'In bash on GNU/Linux, a.txt must get the same modification time as b.txt, and b.txt must not change. Which command does that?',
    setup:
      "echo a > a.txt && touch -d '2021-05-05 05:05:05' a.txt && echo b > b.txt && touch -d '2020-01-02 03:04:05' b.txt",
    frames: [
      'touch ⟦-r b.txt a.txt|-r a.txt b.txt=the reference file follows -r, and the file to change comes after|b.txt a.txt=two names make touch set both to now|-d b.txt a.txt=-d reads a date string, not a file name|-m a.txt b.txt=-m limits touch to modification times, still set to now⟧',
    ],
    check:
      'test "$(stat -c %Y a.txt)" = "$(stat -c %Y b.txt)" && test "$(date -r b.txt +%Y)" = 2020',
  },
  {
    id: 'folder-total-size',
    stem: 'In bash on GNU/Linux, which command prints the total disk use of the folder logs (with its subfolders) as one human-readable line?',
    setup:
      'mkdir -p logs/old && head -c 9000 /dev/zero > logs/a.log && head -c 9000 /dev/zero > logs/old/b.log',
    frames: [
      '⟦du -sh|du -h=without -s du prints a line for every subfolder|du -ah=-a prints a line for every file too|df -h=df reports the whole file system the folder is on|ls -sh=ls -s lists each entry’s size, not one total⟧ logs',
    ],
    check: 'test "$(wc -l < ../out)" = 1 && grep -q "logs$" ../out',
  },
  {
    id: 'make-nested-folders',
    stem: 'In bash on GNU/Linux, none of the folders exists yet. Which command creates rel/2026/q1 in one step?',
    frames: [
      '⟦mkdir -p|mkdir=without -p a missing parent is an error|mkdir -m 755=-m sets the new folder’s mode; missing parents are still an error|mkdir -v=-v only reports what mkdir creates|touch=touch creates an empty file, not folders⟧ rel/2026/q1',
    ],
    check: 'test -d rel/2026/q1',
  },
  {
    id: 'group-write-keeps-rest',
    stem: 'In bash on GNU/Linux, report.txt has mode 640. The group must be able to write it too, and no other bit may change. Which command does that?',
    setup: 'echo x > report.txt && chmod 640 report.txt',
    frames: [
      'chmod ⟦g+w|g=w=the equals sign sets the group to write only, dropping read|a+w=a adds write for others as well|+w=without a class, +w adds write wherever the umask allows, under the usual 022 for the owner alone|o+w=o is others, not the group⟧ report.txt',
    ],
    check: 'test "$(stat -c %a report.txt)" = 660',
  },
]
