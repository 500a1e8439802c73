import type { UsageFamily } from '../editing/editing-model.js'
import { BASE, commit } from './repo-states.js'

const TWO_FILES = `${BASE} && ${commit('bee', 'b.txt')}`
const IGNORES_LOGS = `${BASE} && echo '*.log' > .gitignore && git add .gitignore && git commit -qm ignore`

/**
 * Recording and inspecting work: staging, committing, ignoring, reading history and diffs. Each
 * wrong command is one a developer reaches for when misreading what it stages, commits or prints.
 * `check` tests the repository (or the printed output, in ../out) the goal asks for.
 */
export const GIT_RECORDING_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'stage-tracked-edits-only',
    stem: 'You edited the tracked a.txt and created an untracked notes file n.txt that must stay unstaged. Which command stages the edit to every tracked file and nothing else?',
    setup: `${BASE} && echo two >> a.txt && echo new > n.txt`,
    frames: [
      'git add ⟦-u|-A=-A also stages new, untracked files|.=a dot stages new files under the current folder too|n.txt=naming the new file stages only that file⟧',
    ],
    check: 'test "$(git diff --cached --name-only)" = a.txt && git diff --quiet',
  },
  {
    id: 'stage-all-from-subfolder',
    stem: 'You are in the folder docs/ of the repository. There is an edit to docs/d.txt and a new file n.txt at the repository root. Which command stages every change in the whole repository?',
    setup: `${BASE} && mkdir docs && echo d > docs/d.txt && git add docs && git commit -qm docs && echo more >> docs/d.txt && echo new > n.txt`,
    frames: [
      'cd docs && git add ⟦-A|.=a dot limits the paths to the current folder, docs/|-u=-u skips new, untracked files|*=the shell expands * to the files of docs/ only⟧',
    ],
    check: 'git diff --quiet && test -z "$(git ls-files --others --exclude-standard)"',
  },
  {
    id: 'commit-tracked-edits-in-one-step',
    stem: "a.txt (tracked) has an unstaged edit. Which command records it as a new commit with the message 'Update' without a separate git add?",
    setup: `${BASE} && echo two >> a.txt`,
    frames: [
      'git commit -q ⟦-am|-m=-m alone commits only what is staged, and nothing is|--amend -am=--amend rewrites the last commit instead of adding one|--amend -m=--amend rewrites the last commit, and -m alone records none of the unstaged edit⟧ Update',
    ],
    check:
      'test "$(git rev-list --count HEAD)" = 2 && git diff --quiet && test "$(git log -1 --format=%s)" = Update',
  },
  {
    id: 'amend-forgotten-file',
    stem: 'The last commit (not pushed) should also have contained the new file b.txt. Which commands add b.txt to that commit, keeping its message and adding no commit?',
    setup: `${BASE} && echo bee > b.txt`,
    frames: [
      "⟦git add b.txt && git commit -q --amend --no-edit|git commit -q --amend --no-edit b.txt=a path given to commit must already be tracked; the untracked b.txt is refused and nothing is amended|git add b.txt && git commit -q --fixup HEAD=a fixup commit is a new commit, folded in only by a later autosquash rebase|git add b.txt && git commit -q --amend -m 'Add b.txt'=-m replaces the commit message instead of keeping it|git add b.txt && git commit -q -m first=reusing the subject still makes a second commit|git stash -u && git commit -q --amend --no-edit && git stash pop=the stash takes b.txt out of the working tree, so the amend records nothing new and b.txt comes back uncommitted⟧",
    ],
    check:
      'test "$(git rev-list --count HEAD)" = 1 && git cat-file -e HEAD:b.txt && test "$(git log -1 --format=%s)" = first',
  },
  {
    id: 'commit-one-staged-path',
    stem: 'Both a.txt and b.txt have staged edits. Which command commits only the edit to a.txt, leaving the edit to b.txt staged?',
    setup: `${TWO_FILES} && echo two >> a.txt && echo two >> b.txt && git add a.txt b.txt`,
    frames: [
      'git commit -q ⟦-m A -- a.txt|-m A=without a path the commit takes everything staged|-am A=-a commits every tracked edit|-i -m A a.txt=--include commits what is staged as well as the path⟧',
    ],
    check:
      'test "$(git diff --cached --name-only)" = b.txt && test "$(git show --name-only --format= HEAD)" = a.txt',
  },
  {
    id: 'delete-and-stage-removal',
    stem: 'Which command deletes the tracked file old.txt from disk and stages its removal for the next commit?',
    setup: `${BASE} && ${commit('old', 'old.txt')}`,
    frames: [
      '⟦git rm -q old.txt|rm old.txt=the shell rm deletes the file but stages nothing|git rm -q --cached old.txt=--cached stages the removal but keeps the file on disk|git clean -f old.txt=git clean deletes only untracked files, and old.txt is tracked|git update-index --force-remove old.txt=update-index --force-remove drops the path from the index but leaves the file on disk|git update-index --remove old.txt=update-index --remove drops a path only once its file is gone from disk, and old.txt is still there⟧',
    ],
    check: '! test -f old.txt && test "$(git diff --cached --name-only --diff-filter=D)" = old.txt',
  },
  {
    id: 'rename-and-stage',
    stem: 'Which command renames the tracked a.txt to b.txt and stages the rename in one step?',
    setup: BASE,
    frames: [
      '⟦git mv a.txt b.txt|mv a.txt b.txt=the shell mv renames the file but stages nothing|git mv b.txt a.txt=git mv takes the existing name first, then the new one|git mv -n a.txt b.txt=-n is a dry run that only reports the rename⟧',
    ],
    check:
      '! test -f a.txt && test -f b.txt && test "$(git diff --cached --no-renames --name-only | tr "\\n" " ")" = "a.txt b.txt "',
  },
  {
    id: 'ignore-root-folder-only',
    stem: 'Which command writes the .gitignore that ignores the folder build/ at the repository root but not src/build/?',
    setup: `${BASE} && mkdir -p build src/build && touch build/x.o src/build/y.c`,
    frames: [
      "echo '⟦/build/|build/=a pattern with only a trailing slash matches a build folder at any depth|build=a pattern with no slash matches at any depth|./build/=git patterns take no ./ prefix, so ./build/ matches nothing⟧' > .gitignore",
    ],
    check: 'git check-ignore -q build/x.o && ! git check-ignore -q src/build/y.c',
  },
  {
    id: 'ignore-all-but-one',
    stem: 'Which command writes the .gitignore that ignores every .log file except keep.log?',
    setup: BASE,
    frames: [
      "printf '%s\\n' ⟦'*.log' '!keep.log'|'!keep.log' '*.log'=the later pattern wins, so keep.log is ignored again|'*.log' 'keep.log'=without ! the second line ignores keep.log too|'*.log' '#keep.log'=# starts a comment, so nothing is re-included⟧ > .gitignore",
    ],
    check: 'git check-ignore -q debug.log && ! git check-ignore -q keep.log',
  },
  {
    id: 'ignore-in-own-clone-only',
    stem: 'The repository has a committed .gitignore. You want git to ignore your personal, untracked notes.txt in your clone only, without changing any file the team shares. Which command does that?',
    setup: `${IGNORES_LOGS} && echo mine > notes.txt`,
    frames: [
      '⟦echo notes.txt >> .git/info/exclude|git config core.excludesFile notes.txt=core.excludesFile names a file of patterns, not a pattern|git update-index --assume-unchanged notes.txt=assume-unchanged applies only to tracked files|echo notes.txt >> .gitignore=.gitignore is a committed file the team shares, and this edits it|git rm -q --cached notes.txt=rm --cached untracks a tracked file; notes.txt is not tracked, and nothing is ignored|git update-index --skip-worktree notes.txt=skip-worktree applies only to tracked files⟧',
    ],
    check: 'git check-ignore -q notes.txt && test -z "$(git status --porcelain)"',
  },
  {
    id: 'which-ignore-rule',
    stem: 'debug.log does not show up in git status. Which command prints the ignore file and line that make git ignore it?',
    setup: `${IGNORES_LOGS} && touch debug.log`,
    frames: [
      '⟦git check-ignore -v debug.log|git check-ignore debug.log=without -v only the path is printed, not the rule|git status --ignored=status --ignored lists ignored files, not the rule behind each|git check-attr -a debug.log=check-attr reports .gitattributes attributes, not ignore rules|git ls-files --others --ignored --exclude-standard=ls-files lists the ignored files, not the rule behind each|git config --get core.excludesFile=that prints only a configured personal excludes file, here none, not the matching rule⟧',
    ],
    check: 'grep -q "^.gitignore:1:\\*.log" ../out',
  },
  {
    id: 'list-untracked-not-ignored',
    stem: 'Which command prints the untracked files that are not ignored, and nothing else?',
    setup: `${IGNORES_LOGS} && touch debug.log n.txt`,
    frames: [
      '⟦git ls-files --others --exclude-standard|git ls-files --others=--others alone also lists ignored files|git clean -n=clean -n prefixes each path with Would remove|git status --porcelain --untracked-files=normal=status prints a status code before each untracked path|git ls-files --others --ignored --exclude-standard=--ignored lists only the ignored files|git diff --name-only --diff-filter=A=git diff compares tracked files only, so untracked files never appear⟧',
    ],
    check: 'test "$(cat ../out)" = n.txt',
  },
  {
    id: 'diff-staged-only',
    stem: 'a.txt has one staged edit and, on top of it, one unstaged edit. Which command shows only the changes staged for the next commit?',
    setup: `${BASE} && echo staged >> a.txt && git add a.txt && echo unstaged >> a.txt`,
    frames: [
      '⟦git diff --staged|git diff=plain git diff shows the unstaged changes|git diff HEAD -- a.txt=diff HEAD shows staged and unstaged changes together|git show --format= HEAD=git show shows the last commit|git stash show -p=stash show prints a stash, and nothing is stashed|git log -p -1 --format==log -p shows the last commit’s changes, not the staged ones⟧',
    ],
    check: 'grep -q "^+staged" ../out && ! grep -q unstaged ../out',
  },
  {
    id: 'print-staged-version',
    stem: 'a.txt differs in the last commit, the index and the working tree. Which command prints the version of a.txt that is staged?',
    setup: `${BASE} && echo staged > a.txt && git add a.txt && echo working > a.txt`,
    frames: [
      '⟦git show :a.txt|cat a.txt=cat reads the working-tree version|git diff --cached a.txt=diff --cached prints a diff, not the staged file|git ls-files --stage a.txt=ls-files --stage prints the staged blob’s mode and id, not its content|git cat-file -p HEAD:a.txt=HEAD:a.txt is the committed version|git show HEAD:a.txt=HEAD:a.txt is the committed version⟧',
    ],
    check: 'test "$(cat ../out)" = staged',
  },
  {
    id: 'print-file-at-earlier-commit',
    stem: 'a.txt was changed in each of three commits. Which command prints a.txt as it was in the commit before the current one?',
    setup:
      'echo one > a.txt && git add a.txt && git commit -qm first && echo two > a.txt && git commit -qam second && echo three > a.txt && git commit -qam third',
    frames: [
      '⟦git show HEAD^:a.txt|git cat-file -p HEAD:a.txt=HEAD is the current commit, not the one before|git diff HEAD^ -- a.txt=diff prints the changes since that commit, not the file|git log -1 --format=%B HEAD^=log prints the commit’s message, not its files|git show HEAD^^:a.txt=two carets go back two commits|git show HEAD^ -- a.txt=a commit and a path print that commit’s diff, not the file⟧',
    ],
    check: 'test "$(cat ../out)" = two',
  },
  {
    id: 'search-commit-messages',
    stem: "Which command lists the subjects of the commits whose message mentions 'invoice'?",
    setup: `${BASE} && ${commit('Add-invoice-template', 'tpl.txt')} && echo invoice > b.txt && git add b.txt && git commit -qm Notes`,
    frames: [
      '⟦git log --format=%s --grep=invoice|git grep invoice=git grep searches the files, not the history|git log --format=%s -S invoice=-S searches the changed content, not the messages|git log --format=%s --author=invoice=--author matches the author’s name|git log --format=%s -- invoice=after -- invoice is a path, and no file has that name|git grep -n invoice $(git rev-list --all)=grep over every commit searches file contents, not messages⟧',
    ],
    check: 'test "$(cat ../out)" = Add-invoice-template',
  },
  {
    id: 'find-commit-changing-a-string',
    stem: 'Which command lists the subjects of the commits that added or removed the text TAX_RATE in any file?',
    setup: `${BASE} && echo TAX_RATE=20 > rate.txt && git add rate.txt && git commit -qm Set-rate && git commit -q --allow-empty -m Mention-TAX_RATE`,
    frames: [
      'git log --format=%s ⟦-S TAX_RATE|--grep=TAX_RATE=--grep searches the commit messages|-- TAX_RATE=after -- TAX_RATE is a path, and no file has that name|--author=TAX_RATE=--author matches the author’s name⟧',
    ],
    check: 'test "$(cat ../out)" = Set-rate',
  },
  {
    id: 'files-of-last-commit',
    stem: 'Which command prints only the names of the files the last commit changed?',
    setup: `${BASE} && ${commit('bee', 'b.txt')}`,
    frames: [
      '⟦git show --name-only --format= HEAD|git diff --name-only HEAD=diff HEAD compares the working tree with HEAD, not HEAD with its parent|git ls-tree -r --name-only HEAD=ls-tree lists every file in the commit, changed or not|git log -1 --name-status --format==--name-status puts a status letter before each name|git show --stat --format= HEAD=--stat adds change counts and a summary line|git ls-files --modified --others --deleted=ls-files lists working-tree changes, not those of a commit|git log -1 --format=%s --name-only HEAD=--format=%s prints the subject line before the names⟧',
    ],
    check: 'test "$(cat ../out)" = b.txt',
  },
  {
    id: 'files-changed-since-tag',
    stem: 'Which command prints the names of the files that differ between the tag v1.0 and the last commit, leaving out uncommitted edits?',
    setup: `${BASE} && git tag v1.0 && ${commit('bee', 'b.txt')} && echo edit >> a.txt`,
    frames: [
      '⟦git diff --name-only v1.0 HEAD|git diff --name-only v1.0=with one commit, diff compares it with the working tree, edits included|git log --format=%s v1.0..HEAD=log lists the commits, not the files|git show --name-only --format= v1.0=show lists the files of the tagged commit itself|git ls-tree -r --name-only HEAD=ls-tree lists every file of the last commit, changed or not|git status --short=status compares with the last commit, not with the tag⟧',
    ],
    check: 'test "$(cat ../out)" = b.txt',
  },
  {
    id: 'history-across-rename',
    stem: 'b.txt was renamed from a.txt. Which command lists the subjects of all commits that changed the file, including those before the rename?',
    setup: `${BASE} && echo two >> a.txt && git commit -qam edit && git mv a.txt b.txt && git commit -qm rename`,
    frames: [
      'git log --format=%s ⟦--follow|-M=-M detects renames in diffs but still stops at the rename|--name-status=--name-status adds each commit’s file names but still stops at the rename|--no-walk=--no-walk shows only the named commit⟧ -- b.txt',
    ],
    check: 'test "$(cat ../out | tr "\\n" " ")" = "rename edit first "',
  },
  {
    id: 'set-email-for-this-repository',
    stem: 'Commits in this one client repository must carry the address ana@client.example; your other repositories keep theirs. Which command sets that?',
    setup: BASE,
    frames: [
      "⟦git config user.email ana@client.example|git config --global user.email ana@client.example=--global changes every repository of your user|git commit -q --amend --author='Ana <ana@client.example>'=--author rewrites the author of one commit and sets nothing for later ones|git config user.mail ana@client.example=git reads user.email; user.mail is a key nothing reads|git config --get user.email ana@client.example=--get reads the value and takes the address as a pattern⟧",
    ],
    check:
      'test "$(git config --local user.email)" = ana@client.example && test -z "$(git config --global user.email)"',
  },
  {
    id: 'remove-untracked-files',
    stem: 'Apart from the ignored debug.log, the only untracked file is junk.txt. Which command deletes junk.txt but keeps debug.log and every tracked file?',
    setup: `${IGNORES_LOGS} && touch junk.txt debug.log`,
    frames: [
      '⟦git clean -f|git clean -fx=-x removes ignored files too|git reset -q --hard=reset --hard leaves untracked files alone|git rm -q junk.txt=git rm removes tracked files, and junk.txt is untracked|git clean -n=-n is a dry run that only lists what would go|git checkout -q -- .=checkout of paths restores tracked files and leaves untracked ones⟧',
    ],
    check: '! test -f junk.txt && test -f debug.log && test -f a.txt',
  },
  {
    id: 'stash-with-untracked',
    stem: 'Which command sets aside both the edit to a.txt and the new untracked file n.txt, leaving a clean working tree and the branch as it was?',
    setup: `${BASE} && echo two >> a.txt && echo new > n.txt`,
    frames: [
      '⟦git stash -u|git stash=a plain stash leaves untracked files behind|git stash --keep-index=--keep-index keeps staged changes and still leaves untracked files|git stash --staged=--staged stashes only staged changes, and nothing is staged|git commit -qam wip=commit -a records the tracked edit in a commit and leaves n.txt untracked|git add -A && git commit -qm wip=a commit records both files on the branch, which was to stay as it was⟧',
    ],
    check: 'git diff --quiet && ! test -f n.txt && test "$(git stash list | wc -l)" = 1',
  },
  {
    id: 'apply-stash-and-keep-it',
    stem: 'Which command reapplies the latest stash to the working tree and keeps it in the stash list?',
    setup: `${BASE} && echo two >> a.txt && git stash -q`,
    frames: [
      '⟦git stash apply|git stash pop=pop drops the stash once applied|git stash show -p=show only prints what the stash holds|git stash branch keep=stash branch applies the stash on a new branch and then drops it|git stash list=list only names the stashes⟧',
    ],
    check: 'grep -q two a.txt && test "$(git stash list | wc -l)" = 1',
  },
  {
    id: 'apply-older-stash',
    stem: 'There are two stashes. Which command reapplies the older one?',
    setup: `${BASE} && echo older >> a.txt && git stash -q && echo newer >> a.txt && git stash -q`,
    frames: [
      'git stash apply ⟦stash@{1}|stash@{0}=stash@{0} is the newest stash|^=without a name the newest stash is applied|stash@{2}=counting starts at 0, so the older of two is 1⟧',
    ],
    check: 'grep -q older a.txt && ! grep -q newer a.txt',
  },
  {
    id: 'commit-past-broken-hook',
    stem: "The team's pre-commit hook (a plain script, no hook framework) fails on every commit while its maintainer fixes it, and you were told to bypass it once. Which command commits the staged edit with the message 'Fix'?",
    setup: `${BASE} && printf '#!/bin/sh\\nexit 1\\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit && echo two >> a.txt && git add a.txt`,
    frames: [
      '⟦git commit -q --no-verify -m Fix|SKIP=pre-commit git commit -q -m Fix=SKIP is read by the pre-commit framework, not by git or a plain hook|git commit -q --no-post-rewrite -m Fix=--no-post-rewrite skips only the post-rewrite hook|git commit -q --allow-empty -m Fix=--allow-empty still runs the hook|git commit -q --no-edit -m Fix=--no-edit only skips the message editor⟧',
    ],
    check: 'test "$(git rev-list --count HEAD)" = 2 && test "$(git log -1 --format=%s)" = Fix',
  },
  {
    id: 'unstage-everything',
    stem: 'You ran git add . too early: edits to a.txt and b.txt are staged. Which command unstages everything and keeps both edits in the working tree?',
    setup: `${TWO_FILES} && echo two >> a.txt && echo two >> b.txt && git add .`,
    frames: [
      '⟦git reset -q|git reset -q --hard=--hard also discards the edits|git restore .=restore without --staged works on the working tree and leaves the index staged|git rm -r -q --cached .=rm --cached stages the removal of every file instead of unstaging|git stash -q=stash sets both edits aside, out of the working tree|git checkout -q -- .=checkout of paths copies the staged versions over the working tree and unstages nothing⟧',
    ],
    check: 'git diff --cached --quiet && grep -q two a.txt && grep -q two b.txt',
  },
  {
    id: 'commits-by-author',
    stem: 'Which command lists the subjects of the commits Ana authored?',
    setup: `${BASE} && git commit -q --allow-empty --author='Ana <ana@example.test>' -m Ana-work && git commit -q --allow-empty -m Thank-Ana`,
    frames: [
      'git log --format=%s ⟦--author=Ana|--committer=Ana=--committer matches who committed, here not Ana|--grep=Ana=--grep searches the messages|-S Ana=-S searches the changed content⟧',
    ],
    check: 'test "$(cat ../out)" = Ana-work',
  },
]
