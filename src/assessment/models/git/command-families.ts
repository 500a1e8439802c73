import type { UsageFamily } from '../editing/editing-model.js'

const BASE = 'echo one > a.txt && git add a.txt && git commit -qm first'
const FEATURE = `${BASE} && git switch -qc feature && echo f > f.txt && git add f.txt && git commit -qm feat`

/**
 * Git tasks: the goal and the starting repository in the stem, the command in the options, each
 * wrong command a named misreading of what it does. `setup` builds the starting repository and
 * `check` tests the state the goal asks for; the tests run both with a real git.
 */
export const GIT_COMMAND_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'undo-commit-keep-staged',
    stem: 'You committed too early. Which command undoes the last commit but keeps its changes staged for the next commit?',
    setup: `${BASE} && echo two >> a.txt && git commit -qam second`,
    frames: [
      "git reset ⟦--soft|--hard=--hard discards the commit's changes|--mixed=--mixed (the default) keeps the changes but unstages them|--keep=--keep resets the working tree, dropping the changes⟧ HEAD~1",
    ],
    check: 'test "$(git rev-list --count HEAD)" = 1 && ! git diff --cached --quiet',
  },
  {
    id: 'create-and-switch-branch',
    stem: 'Which command creates a branch named feature at the current commit and switches to it?',
    setup: BASE,
    frames: [
      '⟦git switch -c feature|git branch feature=git branch creates the branch but stays on the current one|git switch feature=switch without -c only moves to a branch that exists|git checkout feature=checkout without -b only moves to a branch that exists|git worktree add ../feature=worktree add checks the new branch out in another folder and leaves this one on main|git branch feature && git switch --detach feature=--detach moves to the branch’s commit without being on the branch⟧',
    ],
    check: 'test "$(git branch --show-current)" = feature',
  },
  {
    id: 'unstage-keep-edit',
    stem: 'You staged an edit to a.txt by mistake. Which command unstages it but keeps the edit in the working tree?',
    setup: `${BASE} && echo two >> a.txt && git add a.txt`,
    frames: [
      '⟦git restore --staged a.txt|git restore a.txt=restore without --staged discards the working-tree edit instead|git rm --cached a.txt=rm --cached stops tracking the file altogether|git checkout a.txt=checkout of a path copies the staged version over the working tree and unstages nothing|git restore --worktree a.txt=--worktree restores the working tree from the index and unstages nothing|git update-index --assume-unchanged a.txt=assume-unchanged hides later edits and leaves the staged one staged⟧',
    ],
    check:
      'git diff --cached --quiet && grep -q two a.txt && git ls-files --error-unmatch a.txt >/dev/null 2>&1',
  },
  {
    id: 'stop-tracking-keep-file',
    stem: 'The committed file .env should not be in the repository. Which command stops tracking it from the next commit but keeps the file on disk?',
    setup: `${BASE} && echo secret > .env && git add .env && git commit -qm env`,
    frames: [
      '⟦git rm --cached .env|git rm .env=git rm also deletes the file from disk|echo .env >> .gitignore=ignoring a file already tracked keeps it tracked|git update-index --assume-unchanged .env=assume-unchanged hides edits but keeps the file tracked|git update-index --skip-worktree .env=skip-worktree hides edits but keeps the file tracked|git restore --staged .env=restore --staged only unstages changes; the file stays tracked|git clean -f .env=git clean deletes untracked files only, and .env is tracked⟧',
    ],
    check: 'test -f .env && ! git ls-files --error-unmatch .env >/dev/null 2>&1',
  },
  {
    id: 'amend-message',
    stem: "The last commit is not pushed yet. Which command changes its message to 'Fix typo' without adding a commit?",
    setup: BASE,
    frames: [
      "git ⟦commit --amend -m|commit -m=a plain commit -m makes a new commit (and here nothing is staged)|commit --allow-empty -m=--allow-empty adds a new empty commit instead of rewriting the last|tag -m=a tag message is not the commit message⟧ 'Fix typo'",
    ],
    check:
      'test "$(git log -1 --format=%s)" = "Fix typo" && test "$(git rev-list --count HEAD)" = 1',
  },
  {
    id: 'merge-commit-not-fast-forward',
    stem: 'On main, feature is one commit ahead, so a fast-forward is possible. Which command merges feature so that a merge commit records the merge?',
    setup: `${FEATURE} && git switch -q main`,
    frames: [
      'git merge --no-edit⟦ --no-ff| --ff-only=--ff-only fast-forwards and never makes a merge commit| --squash=--squash stages the changes without recording a merge|^=a plain merge fast-forwards when it can, recording no merge⟧ feature',
    ],
    check: 'test "$(git rev-list --count --merges HEAD)" = 1',
  },
  {
    id: 'discard-working-edit',
    stem: 'Which command discards the uncommitted edit to a.txt, restoring the committed version?',
    setup: `${BASE} && echo two >> a.txt`,
    frames: [
      '⟦git restore a.txt|git restore --staged a.txt=restore --staged only unstages; the edit stays|git add a.txt=git add stages the edit instead of discarding it|git reset -q a.txt=reset of a path only unstages, and nothing is staged|git clean -f a.txt=git clean deletes untracked files only, and a.txt is tracked|git rm -q --cached a.txt=rm --cached stops tracking the file and keeps the edit⟧',
    ],
    check: 'test "$(cat a.txt)" = one && git diff --quiet',
  },
  {
    id: 'annotated-tag',
    stem: "Which command creates an annotated tag v1.0 with the message 'Release 1.0' on the current commit?",
    setup: BASE,
    frames: [
      "⟦git tag -a v1.0 -m 'Release 1.0'|git tag v1.0=a tag without -a or -m is lightweight, with no message|git tag v1.0 'Release 1.0'=a second argument names the commit to tag, not a message|git tag -d v1.0=-d deletes a tag|git notes add -m 'Release 1.0' && git tag v1.0=a note is attached to the commit, and the tag stays lightweight|git commit -q --allow-empty -m 'Release 1.0' && git tag v1.0=the message goes into a new commit, and the tag stays lightweight⟧",
    ],
    check: 'test "$(git cat-file -t v1.0)" = tag',
  },
  {
    id: 'rename-branch',
    stem: 'Which command renames the branch old to new, leaving no branch named old?',
    setup: `${BASE} && git branch old`,
    frames: [
      '⟦git branch -m old new|git branch new old=git branch new old creates new at old and keeps old|git switch -c new old=switch -c makes a copy of old and keeps it|git branch -c old new=-c copies the branch and keeps old|git update-ref refs/heads/new old=update-ref writes the new ref and leaves old in place|git tag new old=git tag makes a tag named new, not a branch⟧',
    ],
    check:
      'git rev-parse -q --verify refs/heads/new >/dev/null && ! git rev-parse -q --verify refs/heads/old >/dev/null',
  },
  {
    id: 'revert-shared-commit',
    stem: 'The last commit is pushed and others have pulled it. Which command undoes its changes without rewriting history?',
    setup: `${BASE} && echo two >> a.txt && git commit -qam second`,
    frames: [
      '⟦git revert --no-edit HEAD|git reset -q --hard HEAD^=reset rewrites history others already have|git commit -q --amend --no-edit=amend rewrites the shared commit|git restore --source=HEAD^ a.txt=restore changes the file but records nothing|git checkout -q HEAD^=checking out the parent detaches HEAD and undoes nothing|git revert --no-edit HEAD^=HEAD^ is the commit before the last one⟧',
    ],
    check: 'test "$(git rev-list --count HEAD)" = 3 && test "$(cat a.txt)" = one',
  },
  {
    id: 'stash-edit',
    stem: 'Which command sets the uncommitted edit to a.txt aside, leaving a clean working tree, so that it can be reapplied later?',
    setup: `${BASE} && echo two >> a.txt`,
    frames: [
      '⟦git stash push|git stash pop=stash pop reapplies a stash (and here there is none)|git stash list=stash list only names the stashes|git restore a.txt=restore discards the edit for good|git commit -qam wip=a commit records the edit on the branch instead of setting it aside|git stash drop=stash drop deletes a stash (and here there is none)⟧',
    ],
    check: 'git diff --quiet && test "$(git stash list | wc -l)" = 1',
  },
  {
    id: 'cherry-pick-one-commit',
    stem: "On main, which command copies only the commit 'feat', the parent of feature's tip, onto main?",
    setup: `${FEATURE} && echo g > g.txt && git add g.txt && git commit -qm more && git switch -q main`,
    frames: [
      '⟦git cherry-pick feature^|git cherry-pick feature=feature names its tip commit, not its parent|git cherry-pick feature..main=the reversed range holds none of feature’s commits|git cherry-pick main..feature=a range picks every commit up to the tip|git cherry-pick -n feature^=-n applies the changes without committing them|git checkout feature^ -- .=checkout of paths copies the files without a commit|git restore --source=feature^ .=restore copies the files into the working tree without a commit⟧',
    ],
    check: 'test -f f.txt && ! test -f g.txt && test "$(git log -1 --format=%s)" = feat',
  },
]
