import type { UsageFamily } from '../editing/editing-model.js'
import { BASE, commit, DIVERGED_ON_A, FEATURE_AHEAD, PUSHED } from './repo-states.js'

const THREE = `${BASE} && ${commit('second', 'b.txt')} && ${commit('third', 'c.txt')}`
/** a.txt rewritten in three commits: one, two, three. */
const A_THREE_TIMES =
  'echo one > a.txt && git add a.txt && git commit -qm first && echo two > a.txt && git commit -qam second && echo three > a.txt && git commit -qam third'
/** A merge of feature into main stopped at a conflict in a.txt. */
const MERGE_CONFLICT = `${DIVERGED_ON_A} && (git merge -q feature >/dev/null 2>&1 || true)`

/**
 * Undoing and recovering: what went wrong (a detached HEAD, a reset too far, a conflict, a secret
 * committed) and which command puts it right, and how to undo safely on a branch others share.
 */
export const GIT_RECOVERY_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'keep-commit-made-on-detached-head',
    stem: "git status says 'HEAD detached at' an older commit, and you have just committed 'try' there. Which command keeps that commit on a new branch experiment?",
    setup: `${BASE} && ${commit('second', 'b.txt')} && git switch -q --detach HEAD^ && ${commit('try', 't.txt')}`,
    frames: [
      'git ⟦switch -qc experiment|switch -q main=switching away leaves the commit on no branch|branch experiment main=that branch starts at main, without the commit|switch -q experiment=without -c switch only moves to a branch that exists⟧',
    ],
    check: 'test "$(git log -1 --format=%s experiment)" = try',
  },
  {
    id: 'rescue-commit-left-behind-detached',
    stem: "You committed 'try' on a detached HEAD and then ran git switch main; the commit is on no branch. Which command puts it on a new branch rescue?",
    setup: `${BASE} && ${commit('second', 'b.txt')} && git switch -q --detach HEAD^ && ${commit('try', 't.txt')} && git switch -q main`,
    frames: [
      'git branch rescue ⟦HEAD@{1}|ORIG_HEAD=ORIG_HEAD is set by reset, merge and rebase, not by switch|main@{1}=main’s own reflog never held the commit|HEAD=HEAD is now main⟧',
    ],
    check: 'test "$(git log -1 --format=%s rescue)" = try',
  },
  {
    id: 'return-from-detached-head',
    stem: "git status says 'HEAD detached at v1.0' after you looked at an old release. Which command gets you back onto the branch main to continue work?",
    setup: `${BASE} && git tag v1.0 && ${commit('second', 'b.txt')} && git switch -q --detach v1.0`,
    frames: [
      '⟦git switch -q main|git switch -qc main=-c tries to create main, which exists|git reset -q --hard main=reset moves the detached HEAD to main’s commit and stays detached|git branch -f main HEAD=that moves main back to the release, losing its later commit, and HEAD stays detached|git rebase -q main=rebasing a detached HEAD onto main leaves HEAD detached|git checkout -q HEAD=checking out HEAD stays detached⟧',
    ],
    check:
      'test "$(git branch --show-current)" = main && test "$(git log -1 --format=%s)" = second',
  },
  {
    id: 'undo-hard-reset',
    stem: 'You ran git reset --hard HEAD~2 by mistake on main (third, second and first were its commits). Which command puts main back on third?',
    setup: `${THREE} && git reset -q --hard HEAD~2`,
    frames: [
      'git reset -q --hard ⟦HEAD@{1}|HEAD@{2}=the reflog’s second entry back is second, a step too far|HEAD^=the parent of where HEAD is now|main=main is where the reset left it⟧',
    ],
    check: 'test "$(git log -1 --format=%s)" = third && test -z "$(git status --porcelain)"',
  },
  {
    id: 'restore-deleted-branch',
    stem: "You switched from feature to main, committed 'mainwork' on main, then deleted feature with git branch -D. Which command restores feature at its old tip 'feat'?",
    setup: `${BASE} && git switch -qc feature && ${commit('feat', 'f.txt')} && git switch -q main && ${commit('mainwork', 'm.txt')} && git branch -q -D feature`,
    frames: [
      'git branch feature ⟦HEAD@{2}|HEAD@{1}=HEAD@{1} is the switch back to main, at main’s old tip|feature@{1}=a deleted branch’s reflog is deleted with it|ORIG_HEAD=ORIG_HEAD is set by reset, merge and rebase, not by switch or branch⟧',
    ],
    check: 'test "$(git log -1 --format=%s feature)" = feat',
  },
  {
    id: 'undo-amend',
    stem: "You amended the last commit 'second' by mistake (not pushed), adding an edit to a.txt and renaming it 'amended'. Which command restores the commit 'second' as the tip and keeps the extra edit staged?",
    setup: `${BASE} && ${commit('second', 'b.txt')} && echo extra >> a.txt && git commit -qa --amend -m amended`,
    frames: [
      '⟦git reset -q --soft HEAD@{1}|git reset -q --soft HEAD^=the amended commit’s parent is first, not second|git reset -q --hard HEAD@{1}=--hard discards the extra edit|git revert --no-edit HEAD=revert adds a commit undoing the amended one instead of restoring second|git commit -q --amend -m second=amending again restores the message but keeps the extra edit in the commit|git checkout -q HEAD@{1}=checking out a reflog entry detaches HEAD and stages nothing⟧',
    ],
    check:
      'test "$(git log -1 --format=%s)" = second && test "$(git rev-list --count HEAD)" = 2 && test "$(git diff --cached --name-only)" = a.txt',
  },
  {
    id: 'abort-conflicted-merge',
    stem: 'git merge feature stopped with a conflict in a.txt. Which command returns to the state before the merge started?',
    setup: MERGE_CONFLICT,
    frames: [
      '⟦git merge --abort|git merge --quit=--quit forgets the merge but leaves the conflicted files as they are|git rebase --abort=no rebase is in progress, only a merge|git stash -q=unmerged files cannot be stashed|git revert --no-edit HEAD=revert needs a finished commit and refuses while files are unmerged|git checkout -q main=switching is refused while the index holds a conflict⟧',
    ],
    check:
      '! git rev-parse -q --verify MERGE_HEAD && test "$(cat a.txt)" = main && test -z "$(git status --porcelain)"',
  },
  {
    id: 'resolve-conflict-with-their-side',
    stem: 'git merge feature (on main) stopped with a conflict in a.txt. Which commands resolve it with feature’s version of a.txt and conclude the merge?',
    setup: MERGE_CONFLICT,
    frames: [
      '⟦git checkout --theirs a.txt && git add a.txt && git commit -q --no-edit|git checkout --ours a.txt && git add a.txt && git commit -q --no-edit=during a merge, ours is main, the branch you are on|git checkout ORIG_HEAD -- a.txt && git add a.txt && git commit -q --no-edit=ORIG_HEAD is main’s tip from before the merge, so main’s version|git checkout --merge a.txt && git add a.txt && git commit -q --no-edit=--merge recreates the conflict markers instead of choosing a side|git merge -q -X theirs feature=-X theirs applies when a merge starts; with a merge already stopped, git refuses|git checkout --theirs a.txt && git commit -q --no-edit=without git add a.txt is still unmerged, so the commit is refused|git add a.txt && git commit -q --no-edit=git add marks the file resolved with its conflict markers still in it|git reset -q --hard feature=reset moves main to feature and records no merge⟧',
    ],
    check:
      'test "$(cat a.txt)" = feature && test "$(git rev-list --merges --count HEAD)" = 1 && test -z "$(git status --porcelain)"',
  },
  {
    id: 'abandon-conflicted-cherry-pick',
    stem: 'git cherry-pick feature stopped with a conflict in a.txt, and you decide not to copy the commit after all. Which command returns to the state before the cherry-pick?',
    setup: `${DIVERGED_ON_A} && (git cherry-pick feature >/dev/null 2>&1 || true)`,
    frames: [
      '⟦git cherry-pick --abort|git merge --abort=no merge is in progress, only a cherry-pick|git cherry-pick --quit=--quit forgets the cherry-pick but leaves the conflict in place|git restore --staged --worktree a.txt=restoring the file clears the conflict but leaves the cherry-pick in progress|git checkout -q --ours a.txt=that takes main’s text into the working tree and leaves the index unmerged|git cherry-pick --continue=--continue needs the conflict resolved and commits the copy⟧',
    ],
    check:
      '! git rev-parse -q --verify CHERRY_PICK_HEAD && test "$(cat a.txt)" = main && test -z "$(git status --porcelain)"',
  },
  {
    id: 'revert-older-shared-commit',
    stem: "main is shared. Its commits are first, bad and later (newest). Which command undoes 'bad' without rewriting history?",
    setup: `${BASE} && ${commit('bad', 'bad.txt')} && ${commit('later', 'later.txt')}`,
    frames: [
      '⟦git revert --no-edit HEAD^|git revert --no-edit HEAD=HEAD is later, the newest commit|git reset -q --hard HEAD^^=reset rewrites the shared history and drops later too|git rebase -q --onto HEAD^^ HEAD^=dropping it by rebase rewrites the shared history|git rm -q bad.txt=git rm only stages a deletion; no commit undoes bad|git revert --no-edit HEAD^..HEAD=a range starting at HEAD^ holds only later, not bad⟧',
    ],
    check: 'test "$(git rev-list --count HEAD)" = 4 && ! test -f bad.txt && test -f later.txt',
  },
  {
    id: 'revert-two-shared-commits-as-one',
    stem: "main is shared; its commits are first, second and third (newest). second and third must be undone in one new commit 'Undo'. Which commands do that?",
    setup: THREE,
    frames: [
      '⟦git revert --no-commit HEAD^^..HEAD && git commit -qm Undo|git revert --no-commit HEAD^..HEAD && git commit -qm Undo=that range holds only third|git reset -q --hard HEAD^^=reset rewrites the shared history|git revert --no-edit HEAD^^..HEAD=without --no-commit each commit gets its own revert commit|git reset -q --soft HEAD^^ && git commit -qm Undo=that rewrites the two commits into one that still holds their changes|git revert --no-commit HEAD^^ && git commit -qm Undo=one commit name reverts only that commit, first|git revert --no-commit HEAD^^ HEAD^ && git commit -qm Undo=HEAD^^ and HEAD^ are first and second, one commit too far back|git revert --no-commit HEAD^^..HEAD && git commit -q --amend -m Undo=amending folds the undo into third, rewriting a shared commit instead of adding one⟧',
    ],
    check:
      'test "$(git rev-list --count HEAD)" = 4 && test -f a.txt && ! test -f b.txt && ! test -f c.txt',
  },
  {
    id: 'revert-shared-merge',
    stem: 'main is shared. Its newest commit merged feature (which added f.txt); main itself had added m.txt. Which command undoes the merge without rewriting history?',
    setup: `${FEATURE_AHEAD} && ${commit('mainwork', 'm.txt')} && git merge -q --no-edit feature`,
    frames: [
      'git ⟦revert --no-edit -m 1 HEAD|revert --no-edit HEAD=reverting a merge needs -m to name the side to keep|revert --no-edit -m 2 HEAD=-m 2 keeps feature’s side and undoes main’s|reset -q --hard HEAD^=reset rewrites the shared history⟧',
    ],
    check:
      'test "$(git rev-list --merges --count HEAD)" = 1 && test "$(git rev-list --count HEAD)" = 5 && ! test -f f.txt && test -f m.txt',
  },
  {
    id: 'undo-local-merge',
    stem: 'You just merged feature into main; nothing is pushed. Which command undoes the merge completely, as if it never happened?',
    setup: `${FEATURE_AHEAD} && ${commit('mainwork', 'm.txt')} && git merge -q --no-edit feature`,
    frames: [
      '⟦git reset -q --hard ORIG_HEAD|git reset -q --hard HEAD^2=HEAD^2 is feature’s tip, the merge’s second parent|git merge --abort=--abort only stops a merge still in progress|git revert --no-edit -m 1 HEAD=revert adds a commit undoing the merge, which stays in history|git reset -q --soft ORIG_HEAD=--soft keeps the merged changes staged|git branch -q -D feature=deleting feature leaves the merge on main⟧',
    ],
    check:
      'test "$(git log -1 --format=%s)" = mainwork && ! test -f f.txt && test -z "$(git status --porcelain)"',
  },
  {
    id: 'restore-file-from-older-commit',
    stem: 'Which command brings a.txt back, in the working tree and the index, to its content two commits ago, without moving the branch?',
    setup: A_THREE_TIMES,
    frames: [
      '⟦git checkout HEAD^^ -- a.txt|git checkout HEAD^^=without a path checkout detaches HEAD at that commit|git reset -q HEAD^^ -- a.txt=reset of a path changes only the index|git restore --source=HEAD^^ a.txt=restore without --staged changes only the working tree|git show HEAD^^:a.txt=show only prints the old version|git reset -q --hard HEAD^^=reset --hard moves the branch back two commits⟧',
    ],
    check:
      'test "$(cat a.txt)" = one && test "$(git show :a.txt)" = one && test "$(git log -1 --format=%s)" = third && test "$(git branch --show-current)" = main',
  },
  {
    id: 'restore-file-deleted-in-last-commit',
    stem: 'The last commit deleted a.txt by mistake. Which command brings a.txt back in the working tree and stages it, leaving history as it is?',
    setup: `${BASE} && ${commit('bee', 'b.txt')} && git rm -q a.txt && git commit -qm remove-a`,
    frames: [
      '⟦git checkout HEAD^ -- a.txt|git restore a.txt=without a source restore copies from the index, where a.txt is gone|git restore --source=HEAD --staged --worktree a.txt=HEAD is the commit that deleted it|git restore --source=HEAD^ a.txt=without --staged only the working tree gets the file|git revert --no-edit HEAD=revert brings the file back in a new commit, adding to history|git reset -q --hard HEAD^=reset --hard removes the last commit from history⟧',
    ],
    check:
      'test "$(cat a.txt)" = one && test "$(git diff --cached --name-only)" = a.txt && test "$(git rev-list --count HEAD)" = 3',
  },
  {
    id: 'combine-last-commits',
    stem: "The last three commits on your unpushed branch should be one commit 'Feature'. Which commands do that?",
    setup: `${BASE} && ${commit('two', 'b.txt')} && ${commit('three', 'c.txt')} && ${commit('four', 'd.txt')}`,
    frames: [
      'git reset -q ⟦--soft|--hard=--hard discards the three commits’ changes|--mixed=--mixed unstages the changes, so the commit gets nothing⟧ HEAD~⟦3|2=HEAD~2 goes back only two commits⟧ && git commit -qm Feature',
    ],
    check:
      'test "$(git rev-list --count HEAD)" = 2 && test "$(git log -1 --format=%s)" = Feature && git cat-file -e HEAD:b.txt && git cat-file -e HEAD:d.txt',
  },
  {
    id: 'move-commit-off-main',
    stem: "You committed 'feat' on main by mistake (not pushed). Which commands move it to a new branch feature and take main back one commit?",
    setup: `${BASE} && ${commit('feat', 'f.txt')}`,
    frames: [
      '⟦git branch feature && git reset -q --hard HEAD^|git reset -q --hard HEAD^ && git branch feature=branching after the reset leaves feature without the commit|git switch -qc feature=switch -c makes feature with the commit but leaves it on main too|git branch feature && git revert --no-edit HEAD=revert adds an undoing commit; main does not go back|git switch -qc feature && git reset -q --hard HEAD^=after the switch the reset moves feature, not main|git branch -m feature=renaming main to feature leaves no main one commit back⟧',
    ],
    check:
      'test "$(git log -1 --format=%s feature)" = feat && test "$(git log -1 --format=%s main)" = first && test "$(git branch --show-current)" = main && test -z "$(git status --porcelain)"',
  },
  {
    id: 'drop-secret-from-unpushed-commit',
    stem: 'Your last commit (not pushed) added .env with a password along with other work. Which commands remove .env from that commit, keep the file on disk and leave no commit holding it?',
    setup: `${BASE} && echo PASSWORD > .env && echo work > w.txt && git add .env w.txt && git commit -qm work`,
    frames: [
      '⟦git rm -q --cached .env && git commit -q --amend --no-edit|git restore --staged .env && git commit -q --amend --no-edit=restore --staged resets the index to HEAD, which holds .env|echo .env >> .gitignore && git commit -q --amend --no-edit=ignoring a file already committed keeps it in the commit|git rm -q .env && git commit -q --amend --no-edit=git rm without --cached deletes the file from disk⟧',
    ],
    check:
      'test -f .env && test -z "$(git log --all --format=%H -- .env)" && git cat-file -e HEAD:w.txt && test "$(git rev-list --count HEAD)" = 2',
  },
  {
    id: 'start-bisect',
    stem: 'A bug is in the current commit but was not in the release tagged v1.0. Which command starts a bisect session with HEAD bad and v1.0 good?',
    setup: `${BASE} && git tag v1.0 && ${commit('second', 'b.txt')} && ${commit('third', 'c.txt')} && ${commit('fourth', 'd.txt')}`,
    frames: [
      'git bisect start ⟦HEAD v1.0|v1.0 HEAD=the bad commit comes first, then the good one|HEAD=without v1.0 no good commit is marked|--term-old=v1.0 HEAD=--term-old renames the good term; it marks no commit⟧',
    ],
    check:
      'test "$(git rev-parse refs/bisect/bad)" = "$(git rev-parse main)" && git for-each-ref refs/bisect | grep -q "good-$(git rev-parse "v1.0^{commit}")"',
  },
  {
    id: 'undo-pushed-commit-on-shared-branch',
    stem: 'Your last commit on main is pushed and teammates build on it. Which commands undo it safely for them?',
    setup: `${PUSHED} && ${commit('wrong', 'w.txt')} && git push -q`,
    frames: [
      '⟦git revert --no-edit HEAD && git push -q|git reset -q --hard HEAD^ && git push -q=reset moves main back, so the push is rejected|git reset -q --hard HEAD^ && git push -q --force=a forced push rewrites the history teammates built on|git commit -q --amend --no-edit && git push -q=amending rewrites the pushed commit, so the push is rejected|git rm -q w.txt && git push -q=git rm only stages the deletion; nothing new is pushed|git restore --source=HEAD^ . && git push -q=restore changes files only; the commit stays⟧',
    ],
    check: `! test -f w.txt && test "$(git --git-dir=../origin.git rev-parse main)" = "$(git rev-parse HEAD)" && test "$(git rev-list --count HEAD)" = 3`,
  },
  {
    id: 'conclude-merge-after-resolving',
    stem: 'git merge feature stopped with a conflict in a.txt, and you have edited a.txt to the resolved text. Which commands conclude the merge?',
    setup: `${MERGE_CONFLICT} && echo resolved > a.txt`,
    frames: [
      '⟦git add a.txt && git merge --continue|git merge --continue=without git add a.txt is still unmerged|git add a.txt && git rebase --continue=no rebase is in progress, only a merge|git commit -q --no-edit=without git add a.txt is still unmerged, so the commit is refused|git add a.txt && git merge --abort=--abort throws the merge and the resolution away|git merge -q --no-edit feature=starting the merge again is refused while one is in progress|git rebase --continue=no rebase is in progress, and a.txt is not added|git add a.txt && git commit -q --amend --no-edit=amending is refused in the middle of a merge⟧',
    ],
    check:
      'test "$(git rev-list --merges --count HEAD)" = 1 && test "$(cat a.txt)" = resolved && test -z "$(git status --porcelain)"',
  },
  {
    id: 'bring-back-reverted-work',
    stem: "On shared main the newest commit reverted 'feat'. Now the feature is wanted back. Which command restores it without rewriting history?",
    setup: `${BASE} && ${commit('feat', 'f.txt')} && git revert --no-edit HEAD >/dev/null`,
    frames: [
      'git ⟦revert --no-edit HEAD|reset -q --hard HEAD^=reset rewrites the shared history|revert --no-edit HEAD^=reverting feat again removes what is already removed|restore --source=HEAD^ .=restore changes the files but commits nothing⟧',
    ],
    check:
      'test -f f.txt && test "$(git rev-list --count HEAD)" = 4 && test -z "$(git status --porcelain)"',
  },
  {
    id: 'discard-all-uncommitted-edits',
    stem: 'a.txt has a staged edit and b.txt an unstaged one; n.txt is a new untracked file to keep. Which command throws away every uncommitted edit to tracked files, staged or not?',
    setup: `${BASE} && ${commit('bee', 'b.txt')} && echo two >> a.txt && git add a.txt && echo two >> b.txt && echo new > n.txt`,
    frames: [
      '⟦git reset -q --hard|git restore .=restore without --staged leaves the staged edit staged|git clean -fd=clean deletes untracked files and keeps the edits|git stash -q=stash keeps the edits, set aside in the stash|git restore --staged .=restore --staged only unstages; both edits stay in the working tree|git reset -q --hard && git clean -fq=clean also deletes n.txt, which was to be kept|git checkout -q -- .=checkout of paths copies the index over the working tree, so the staged edit stays⟧',
    ],
    check: 'git diff --quiet HEAD && test -f n.txt && test -z "$(git stash list)"',
  },
]
