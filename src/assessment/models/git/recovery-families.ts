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
      'git ⟦switch -q main|switch -qc main=-c tries to create main, which exists|checkout -q HEAD=checking out HEAD stays detached|switch -q --detach main=--detach moves to main’s commit but stays detached⟧',
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
      'git reset -q ⟦--soft HEAD@{1}|--soft HEAD^=the amended commit’s parent is first, not second|--hard HEAD@{1}=--hard discards the extra edit|--mixed HEAD@{1}=--mixed keeps the edit but unstages it⟧',
    ],
    check:
      'test "$(git log -1 --format=%s)" = second && test "$(git rev-list --count HEAD)" = 2 && test "$(git diff --cached --name-only)" = a.txt',
  },
  {
    id: 'abort-conflicted-merge',
    stem: 'git merge feature stopped with a conflict in a.txt. Which command returns to the state before the merge started?',
    setup: MERGE_CONFLICT,
    frames: [
      'git ⟦merge --abort|merge --continue=--continue concludes the merge, and the conflict is still there|rebase --abort=no rebase is in progress, only a merge|stash -q=unmerged files cannot be stashed⟧',
    ],
    check:
      '! git rev-parse -q --verify MERGE_HEAD && test "$(cat a.txt)" = main && test -z "$(git status --porcelain)"',
  },
  {
    id: 'resolve-conflict-with-their-side',
    stem: 'git merge feature (on main) stopped with a conflict in a.txt. Which commands resolve it with feature’s version of a.txt and conclude the merge?',
    setup: MERGE_CONFLICT,
    frames: [
      'git checkout ⟦--theirs|--ours=during a merge, ours is main, the branch you are on|--merge=--merge recreates the conflict markers instead of choosing a side|HEAD --=HEAD is main’s version⟧ a.txt && git add a.txt && git commit -q --no-edit',
    ],
    check:
      'test "$(cat a.txt)" = feature && test "$(git rev-list --merges --count HEAD)" = 1 && test -z "$(git status --porcelain)"',
  },
  {
    id: 'abandon-conflicted-cherry-pick',
    stem: 'git cherry-pick feature stopped with a conflict in a.txt, and you decide not to copy the commit after all. Which command returns to the state before the cherry-pick?',
    setup: `${DIVERGED_ON_A} && (git cherry-pick feature >/dev/null 2>&1 || true)`,
    frames: [
      'git ⟦cherry-pick --abort|merge --abort=no merge is in progress, only a cherry-pick|rebase --abort=no rebase is in progress, only a cherry-pick|cherry-pick --quit=--quit forgets the cherry-pick but leaves the conflict in place⟧',
    ],
    check:
      '! git rev-parse -q --verify CHERRY_PICK_HEAD && test "$(cat a.txt)" = main && test -z "$(git status --porcelain)"',
  },
  {
    id: 'revert-older-shared-commit',
    stem: "main is shared. Its commits are first, bad and later (newest). Which command undoes 'bad' without rewriting history?",
    setup: `${BASE} && ${commit('bad', 'bad.txt')} && ${commit('later', 'later.txt')}`,
    frames: [
      'git ⟦revert --no-edit HEAD^|revert --no-edit HEAD=HEAD is later, the newest commit|reset -q --hard HEAD^^=reset rewrites the shared history and drops later too|rebase -q --onto HEAD^^ HEAD^=dropping it by rebase rewrites the shared history⟧',
    ],
    check: 'test "$(git rev-list --count HEAD)" = 4 && ! test -f bad.txt && test -f later.txt',
  },
  {
    id: 'revert-two-shared-commits-as-one',
    stem: "main is shared; its last two commits, second and third, must be undone in one new commit 'Undo'. Which commands do that?",
    setup: THREE,
    frames: [
      'git revert --no-commit ⟦HEAD^^..HEAD|HEAD^..HEAD=that range holds only third|HEAD^^=one commit name reverts only that commit, first|HEAD..HEAD^^=the reversed range is empty⟧ && git commit -qm Undo',
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
      'git ⟦reset -q --hard ORIG_HEAD|reset -q --hard HEAD^2=HEAD^2 is feature’s tip, the merge’s second parent|merge --abort=--abort only stops a merge still in progress|reset -q --soft ORIG_HEAD=--soft keeps the merged changes staged⟧',
    ],
    check:
      'test "$(git log -1 --format=%s)" = mainwork && ! test -f f.txt && test -z "$(git status --porcelain)"',
  },
  {
    id: 'restore-file-from-older-commit',
    stem: 'Which command brings a.txt back, in the working tree and the index, to its content two commits ago, without moving the branch?',
    setup: A_THREE_TIMES,
    frames: [
      'git ⟦checkout HEAD^^ -- a.txt|checkout HEAD^^=without a path checkout detaches HEAD at that commit|reset -q HEAD^^ -- a.txt=reset of a path changes only the index|revert --no-edit HEAD^^=revert undoes that commit’s changes in a new commit⟧',
    ],
    check:
      'test "$(cat a.txt)" = one && test "$(git show :a.txt)" = one && test "$(git log -1 --format=%s)" = third && test "$(git branch --show-current)" = main',
  },
  {
    id: 'restore-file-deleted-in-last-commit',
    stem: 'The last commit deleted a.txt by mistake. Which command brings a.txt back in the working tree and stages it, leaving history as it is?',
    setup: `${BASE} && ${commit('bee', 'b.txt')} && git rm -q a.txt && git commit -qm remove-a`,
    frames: [
      'git restore ⟦--source=HEAD^ --staged --worktree|^=without a source restore copies from the index, where a.txt is gone|--source=HEAD --staged --worktree=HEAD is the commit that deleted it|--source=HEAD^=without --staged only the working tree gets the file⟧ a.txt',
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
      '⟦git branch feature && git reset -q --hard HEAD^|git reset -q --hard HEAD^ && git branch feature=branching after the reset leaves feature without the commit|git switch -qc feature && git reset -q --hard HEAD^=after the switch the reset moves feature, not main|git branch feature && git reset -q --soft HEAD^=--soft leaves the commit’s changes staged on main⟧',
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
    stem: 'Your last commit on main is pushed and teammates build on it. Which command undoes it safely for them?',
    setup: `${PUSHED} && ${commit('wrong', 'w.txt')} && git push -q`,
    frames: [
      'git ⟦revert --no-edit HEAD|reset -q --hard HEAD^=reset moves main back, so the next push must be forced over their work|commit -q --amend --no-edit=amending rewrites the pushed commit|restore --source=HEAD^ .=restore changes files only; the commit stays⟧ && git push -q',
    ],
    check: `! test -f w.txt && test "$(git --git-dir=../origin.git rev-parse main)" = "$(git rev-parse HEAD)" && test "$(git rev-list --count HEAD)" = 3`,
  },
  {
    id: 'conclude-merge-after-resolving',
    stem: 'git merge feature stopped with a conflict in a.txt, and you have edited a.txt to the resolved text. Which commands conclude the merge?',
    setup: `${MERGE_CONFLICT} && echo resolved > a.txt`,
    frames: [
      'git ⟦add a.txt && git merge --continue|merge --continue=without git add a.txt is still unmerged|add a.txt && git rebase --continue=no rebase is in progress, only a merge|add a.txt && git merge --abort=--abort throws the merge and the resolution away⟧',
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
      'git ⟦reset -q --hard|restore .=restore without --staged leaves the staged edit staged|clean -fd=clean deletes untracked files and keeps the edits|stash -q=stash keeps the edits, set aside in the stash⟧',
    ],
    check: 'git diff --quiet HEAD && test -f n.txt && test -z "$(git stash list)"',
  },
]
