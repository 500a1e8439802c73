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
      'git ⟦switch -c|branch=git branch creates the branch but stays on the current one|switch=switch without -c only moves to a branch that exists|checkout=checkout without -b only moves to a branch that exists⟧ feature',
    ],
    check: 'test "$(git branch --show-current)" = feature',
  },
  {
    id: 'unstage-keep-edit',
    stem: 'You staged an edit to a.txt by mistake. Which command unstages it but keeps the edit in the working tree?',
    setup: `${BASE} && echo two >> a.txt && git add a.txt`,
    frames: [
      'git ⟦restore --staged|restore=restore without --staged discards the working-tree edit instead|rm --cached=rm --cached stops tracking the file altogether|checkout=checkout of a path overwrites the working-tree edit⟧ a.txt',
    ],
    check:
      'git diff --cached --quiet && grep -q two a.txt && git ls-files --error-unmatch a.txt >/dev/null 2>&1',
  },
  {
    id: 'stop-tracking-keep-file',
    stem: 'The committed file .env should not be in the repository. Which command stops tracking it from the next commit but keeps the file on disk?',
    setup: `${BASE} && echo secret > .env && git add .env && git commit -qm env`,
    frames: [
      'git ⟦rm --cached|rm=git rm also deletes the file from disk|restore --staged=restore --staged only unstages changes; the file stays tracked|update-index --assume-unchanged=assume-unchanged hides edits but keeps the file tracked⟧ .env',
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
      'git ⟦restore|restore --staged=restore --staged only unstages; the edit stays|add=git add stages the edit instead of discarding it|rm=git rm deletes the file⟧ a.txt',
    ],
    check: 'test "$(cat a.txt)" = one && git diff --quiet',
  },
  {
    id: 'annotated-tag',
    stem: "Which command creates an annotated tag v1.0 with the message 'Release 1.0' on the current commit?",
    setup: BASE,
    frames: [
      "git tag ⟦-a v1.0 -m 'Release 1.0'|v1.0=a tag without -a or -m is lightweight, with no message|v1.0 'Release 1.0'=a second argument names the commit to tag, not a message|-d v1.0=-d deletes a tag⟧",
    ],
    check: 'test "$(git cat-file -t v1.0)" = tag',
  },
  {
    id: 'rename-branch',
    stem: 'Which command renames the branch old to new, leaving no branch named old?',
    setup: `${BASE} && git branch old`,
    frames: [
      'git ⟦branch -m old new|branch new old=git branch new old creates new at old and keeps old|switch -c new old=switch -c makes a copy of old and keeps it|checkout -b new old=checkout -b makes a copy of old and keeps it⟧',
    ],
    check:
      'git rev-parse -q --verify refs/heads/new >/dev/null && ! git rev-parse -q --verify refs/heads/old >/dev/null',
  },
  {
    id: 'revert-shared-commit',
    stem: 'The last commit is pushed and others have pulled it. Which command undoes its changes without rewriting history?',
    setup: `${BASE} && echo two >> a.txt && git commit -qam second`,
    frames: [
      'git ⟦revert --no-edit HEAD|reset --hard HEAD^=reset rewrites history others already have|reset --soft HEAD^=reset rewrites history and leaves the changes staged|commit --amend --no-edit=amend rewrites the shared commit⟧',
    ],
    check: 'test "$(git rev-list --count HEAD)" = 3 && test "$(cat a.txt)" = one',
  },
  {
    id: 'stash-edit',
    stem: 'Which command sets the uncommitted edit to a.txt aside, leaving a clean working tree, so that it can be reapplied later?',
    setup: `${BASE} && echo two >> a.txt`,
    frames: [
      'git ⟦stash|stash pop=stash pop reapplies a stash (and here there is none)|stash drop=stash drop deletes a stash|restore a.txt=restore discards the edit for good⟧',
    ],
    check: 'git diff --quiet && test "$(git stash list | wc -l)" = 1',
  },
  {
    id: 'cherry-pick-one-commit',
    stem: "On main, which command copies only the commit 'feat', the parent of feature's tip, onto main?",
    setup: `${FEATURE} && echo g > g.txt && git add g.txt && git commit -qm more && git switch -q main`,
    frames: [
      'git cherry-pick ⟦feature^|feature=feature names its tip commit, not its parent|feature^^=two carets go back two commits, past feat|..feature=a range picks every commit up to the tip⟧',
    ],
    check: 'test -f f.txt && ! test -f g.txt && test "$(git log -1 --format=%s)" = feat',
  },
]
