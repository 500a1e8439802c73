import type { UsageFamily } from '../editing/editing-model.js'
import { BASE, commit, DIVERGED_ON_A, FEATURE_AHEAD } from './repo-states.js'

/** feature two commits ahead (f.txt, g.txt) while main moved on with m.txt; on main. */
const BOTH_MOVED = `${BASE} && git switch -qc feature && ${commit('feat', 'f.txt')} && ${commit('more', 'g.txt')} && git switch -q main && ${commit('mainwork', 'm.txt')}`

/**
 * Branching, merging and rebasing: creating and removing branches, the kinds of merge, rebasing
 * onto another base, comparing branches. Each wrong command is a real git command misread.
 */
export const GIT_BRANCHING_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'delete-unmerged-branch',
    stem: 'The local branch feature holds one commit that was never merged and is no longer wanted. Which command deletes the branch?',
    setup: FEATURE_AHEAD,
    frames: [
      'git ⟦branch -D|branch -d=-d refuses to delete a branch that is not merged|switch -d=switch -d detaches HEAD at the branch; it deletes nothing|push origin --delete=push --delete removes a branch on the remote, not the local one⟧ feature',
    ],
    check: '! git rev-parse -q --verify refs/heads/feature',
  },
  {
    id: 'branch-from-tag-and-switch',
    stem: 'Which command creates the branch hotfix at the commit tagged v1.0 and switches to it?',
    setup: `${BASE} && git tag v1.0 && ${commit('second', 'b.txt')}`,
    frames: [
      '⟦git switch -c hotfix v1.0|git branch hotfix v1.0=git branch creates the branch but stays on the current one|git switch --detach v1.0=--detach moves to the tagged commit with no branch at all|git tag hotfix v1.0=git tag makes a second tag, not a branch|git switch -c hotfix=without a start point the branch starts at the current commit|git worktree add ../hotfix v1.0=worktree add checks the tag out, detached, in another folder and leaves this one as it was⟧',
    ],
    check:
      'test "$(git branch --show-current)" = hotfix && test "$(git rev-parse HEAD)" = "$(git rev-parse "v1.0^{commit}")"',
  },
  {
    id: 'rebase-branch-on-main',
    stem: 'You are on feature; main has moved on since feature started. Which command replays feature’s commits on top of main, giving a linear history with no merge commit?',
    setup: `${BOTH_MOVED} && git switch -q feature`,
    frames: [
      '⟦git rebase -q main|git merge -q --no-edit main=merging main into feature records a merge commit|git reset -q --hard main=reset --hard main drops feature’s commits|git cherry-pick main=cherry-pick copies main’s tip onto feature; feature still does not start from main|git merge -q --squash main && git commit -qm sync=a squash merge copies main’s changes in a new commit, so feature still does not start from main⟧',
    ],
    check:
      'test "$(git branch --show-current)" = feature && git merge-base --is-ancestor main HEAD && test "$(git rev-list --merges --count HEAD)" = 0 && test -f f.txt && test -f g.txt',
  },
  {
    id: 'squash-merge-into-one-commit',
    stem: "On main, feature is two commits ahead. Which commands bring feature's changes to main as one new commit 'Feature', recording no merge?",
    setup: `${BASE} && git switch -qc feature && ${commit('feat', 'f.txt')} && ${commit('more', 'g.txt')} && git switch -q main`,
    frames: [
      "git merge -q ⟦--squash|--no-ff --no-edit=--no-ff records a merge commit keeping feature's commits|--ff-only=--ff-only moves main onto feature's commits, keeping each|--no-commit=--no-commit cannot stop a fast-forward, so main takes each commit⟧ feature && git commit -qm Feature",
    ],
    check:
      'test "$(git rev-list --count HEAD)" = 2 && test "$(git log -1 --format=%s)" = Feature && test -f f.txt && test -f g.txt',
  },
  {
    id: 'merge-but-stop-before-commit',
    stem: 'On main, feature is one commit ahead. Which command merges feature but stops before committing, so the result can be tested first and then committed as a merge?',
    setup: FEATURE_AHEAD,
    frames: [
      '⟦git merge -q --no-commit --no-ff feature|git merge -q --no-commit feature=--no-commit cannot stop a fast-forward, which needs no commit|git merge -q --squash feature=--squash stages the changes but will not record a merge|git merge -q --no-ff --no-edit feature && git reset -q --soft HEAD^=undoing the merge commit keeps its changes staged but no merge in progress|git switch -q feature && git merge -q --no-commit --no-ff main=merging main into feature finds nothing to merge, since feature already holds main|git cherry-pick -n feature=cherry-pick -n copies the changes with no merge to conclude|git merge -q --squash --no-commit feature=--squash stages the changes with no merge to conclude, --no-commit or not⟧',
    ],
    check:
      'git rev-parse -q --verify MERGE_HEAD >/dev/null && test "$(git log -1 --format=%s)" = first && test -f f.txt',
  },
  {
    id: 'merge-preferring-their-side',
    stem: 'feature and main changed the same line of a.txt. On main, which command merges feature so that, where they conflict, feature’s side is taken automatically?',
    setup: DIVERGED_ON_A,
    frames: [
      'git merge -q --no-edit ⟦-X theirs|-X ours=-X ours takes the side of the branch you are on|-s ours=the ours strategy discards everything feature changed|-s resolve=resolve is another merge strategy and stops at the conflict⟧ feature',
    ],
    check:
      'test "$(cat a.txt)" = feature && test -f f.txt && test "$(git rev-list --merges --count HEAD)" = 1',
  },
  {
    id: 'move-branch-to-new-base',
    stem: 'topic was branched from feature, but its one commit should sit on main without feature’s commit. Which command moves it?',
    setup: `${FEATURE_AHEAD} && git switch -q feature && git switch -qc topic && ${commit('topic', 't.txt')} && git switch -q main`,
    frames: [
      'git rebase -q ⟦--onto main feature topic|main topic=a plain rebase onto main replays feature’s commit as well|--onto feature main topic=--onto takes the new base first, then the old one|--onto topic feature main=the branch to move comes last⟧',
    ],
    check:
      'test "$(git rev-list --count main..topic)" = 1 && git merge-base --is-ancestor main topic && test "$(git branch --show-current)" = topic && ! test -f f.txt && test -f t.txt',
  },
  {
    id: 'cherry-pick-a-range',
    stem: 'On main, which command copies both of feature’s commits (those not on main) onto main?',
    setup: `${BASE} && git switch -qc feature && ${commit('feat', 'f.txt')} && ${commit('more', 'g.txt')} && git switch -q main`,
    frames: [
      'git cherry-pick ⟦main..feature|feature..main=the range is reversed and holds no commit|feature^..feature=a range from the parent holds only the tip|feature=one name picks only its tip⟧',
    ],
    check:
      'test -f f.txt && test -f g.txt && test "$(git rev-list --count HEAD)" = 3 && test "$(git branch --show-current)" = main',
  },
  {
    id: 'list-branch-only-commits',
    stem: 'main and feature have both moved on. Which command lists the subjects of the commits on feature that are not on main?',
    setup: BOTH_MOVED,
    frames: [
      '⟦git log --format=%s main..feature|git log --format=%s feature..main=the reversed range lists main’s commits missing from feature|git log --format=%s main...feature=three dots list the commits of both sides|git log --format=%s feature=one name lists all of feature’s history, shared commits too|git diff --stat main feature=diff --stat summarises file changes, not commits|git rev-list main..feature=rev-list prints the commits’ ids, not their subjects⟧',
    ],
    check: 'test "$(cat ../out | tr "\\n" " ")" = "more feat "',
  },
  {
    id: 'diff-since-branch-point',
    stem: 'main and feature have both moved on. Which command shows only the changes feature made since it branched off main?',
    setup: BOTH_MOVED,
    frames: [
      '⟦git diff main...feature|git diff main..feature=two dots compare the two tips, so main’s own later change shows too|git diff feature=one name compares feature with the working tree|git show feature=git show shows only feature’s last commit|git diff $(git merge-base main feature)=with one commit, diff compares the branch point with the working tree, which holds main⟧',
    ],
    check: 'grep -q "^+++ b/f.txt" ../out && ! grep -q m.txt ../out',
  },
  {
    id: 'print-branch-point',
    stem: 'main and feature have both moved on. Which command prints the commit where feature branched off main?',
    setup: BOTH_MOVED,
    frames: [
      'git ⟦merge-base main feature|rev-parse main=that is the tip of main|rev-parse feature^=that is the parent of feature’s tip, still on feature|log -1 --format=%H feature=that is the tip of feature⟧',
    ],
    check: 'test "$(cat ../out)" = "$(git rev-parse main^)"',
  },
  {
    id: 'list-merged-branches',
    stem: 'Which command lists the branches whose work is already merged into main?',
    setup: `${BASE} && git branch done && git switch -qc wip && ${commit('wip', 'w.txt')} && git switch -q main`,
    frames: [
      '⟦git branch --merged main|git branch --no-merged main=--no-merged lists the branches not yet merged|git branch -a=-a lists every branch, merged or not|git log --merges --format=%s=log --merges lists merge commits, and a fast-forward leaves none|git branch --contains main=--contains lists branches that hold main’s tip, unmerged ones too|git for-each-ref refs/heads=for-each-ref lists every local branch, merged or not⟧',
    ],
    check: 'grep -q done ../out && ! grep -q wip ../out',
  },
  {
    id: 'branches-holding-a-commit',
    stem: 'A fix was committed and tagged fixed. Which command lists the branches that already contain that commit?',
    setup: `${BASE} && git branch old && ${commit('fix', 'fix.txt')} && git tag fixed && git switch -qc newer && ${commit('later', 'l.txt')} && git switch -q main`,
    frames: [
      '⟦git branch --contains fixed|git tag --contains fixed=tag --contains lists tags, not branches|git branch --merged fixed=--merged lists branches whose tips are reachable from the fix, older ones too|git branch --points-at fixed=--points-at lists only branches whose tip is exactly that commit, with none created since|git log --format=%s fixed=log lists the commits up to the fix, not branches|git tag --points-at fixed=tag --points-at lists the tags on that commit, not branches⟧',
    ],
    check: 'grep -q newer ../out && ! grep -q old ../out',
  },
  {
    id: 'carry-edit-to-new-branch',
    stem: 'You edited a.txt on main, then realised the work belongs on a new branch topic. Which command moves you there with the edit, leaving main unchanged?',
    setup: `${BASE} && echo two >> a.txt`,
    frames: [
      '⟦git switch -qc topic|git stash -q && git switch -qc topic=the stash takes the edit with it and leaves topic clean|git commit -qam wip && git switch -qc topic=the commit lands on main first|git switch -qc topic && git restore a.txt=restore throws the edit away⟧',
    ],
    check:
      'test "$(git branch --show-current)" = topic && grep -q two a.txt && test "$(git rev-list --count main)" = 1',
  },
  {
    id: 'branch-without-history',
    stem: 'Which command starts a branch gh-pages with no history at all and an empty index, for a site unrelated to the code?',
    setup: BASE,
    frames: [
      'git ⟦switch -q --orphan|switch -qc=switch -c starts the branch at the current commit, with its history|branch=git branch copies the current commit’s history and stays put|checkout -q --detach=--detach only detaches HEAD⟧ gh-pages',
    ],
    check:
      'test "$(git branch --show-current)" = gh-pages && ! git rev-parse -q --verify HEAD && test -z "$(git ls-files)"',
  },
  {
    id: 'second-working-tree',
    stem: 'Without touching your current working tree on main, which command checks out a new branch hotfix in a separate folder ../hotfix?',
    setup: BASE,
    frames: [
      '⟦git worktree add -q -b hotfix ../hotfix|git worktree add -q ../hotfix main=main is already checked out here, and a branch can be checked out once|git switch -qc hotfix=switch changes the current working tree|git clone -q . ../hotfix=a clone is a second repository, on main|git worktree add -q --detach ../hotfix=--detach checks out a commit with no branch|mkdir ../hotfix && git --work-tree=../hotfix switch -qc hotfix=--work-tree borrows a folder for this one command; HEAD, shared, moves to hotfix|git clone -q -b hotfix . ../hotfix=clone -b checks out a branch that exists, and hotfix does not⟧',
    ],
    check:
      'test "$(git -C ../hotfix branch --show-current)" = hotfix && test "$(git branch --show-current)" = main',
  },
  {
    id: 'switch-to-previous-branch',
    stem: 'You switched from main to feature and then to dev. Which command switches back to feature, the branch you were on before dev?',
    setup: `${FEATURE_AHEAD} && git branch dev && git switch -q feature && git switch -q dev`,
    frames: [
      '⟦git switch -|cd -=cd - returns to the previous folder; it does not touch the branch|git switch @{-2}=@{-2} is two branches back, main|git switch -c feature=-c tries to create feature, which exists|git checkout -q HEAD@{1}=HEAD@{1} names a commit, so checking it out detaches HEAD|git reset -q --hard @{-1}=reset moves dev to feature’s commit and stays on dev⟧',
    ],
    check: 'test "$(git branch --show-current)" = feature',
  },
  {
    id: 'finish-rebase-after-conflict',
    stem: '`git rebase main` on feature stopped at a conflict in a.txt, and you have edited a.txt to the resolved text. Which commands finish the rebase?',
    setup: `${DIVERGED_ON_A} && git switch -q feature && (git rebase main >/dev/null 2>&1 || true) && echo resolved > a.txt`,
    frames: [
      'git ⟦add|restore --staged=restore --staged leaves the conflict unresolved⟧ a.txt && git rebase ⟦--continue|--skip=--skip drops the commit being replayed, and the resolution with it⟧',
      '⟦git add a.txt && git rebase --continue|git commit -qam resolved=a commit alone leaves the rebase stopped|git add a.txt && git merge --continue=no merge is in progress, only a rebase|git rebase --continue=without git add the conflict is still unmerged⟧',
    ],
    check:
      '! test -d .git/rebase-merge && test "$(git branch --show-current)" = feature && test "$(cat a.txt)" = resolved && git merge-base --is-ancestor main HEAD',
  },
  {
    id: 'abandon-rebase',
    stem: '`git rebase main` on feature stopped at a conflict and you decide not to rebase after all. Which command puts feature back as it was before the rebase?',
    setup: `${DIVERGED_ON_A} && git switch -q feature && (git rebase main >/dev/null 2>&1 || true)`,
    frames: [
      '⟦git rebase --abort|git rebase --skip=--skip drops the conflicting commit and carries on|git rebase --quit=--quit ends the rebase but leaves HEAD detached where it stopped|git merge --abort=no merge is in progress, only a rebase|git reset -q --hard ORIG_HEAD=reset --hard leaves the rebase in progress and HEAD detached|git switch -q feature=git refuses to switch branches while a rebase is in progress, which stays as it was⟧',
    ],
    check:
      '! test -d .git/rebase-merge && test "$(git branch --show-current)" = feature && test "$(cat a.txt)" = feature && test "$(git log -1 --format=%s)" = feat',
  },
  {
    id: 'cherry-pick-recording-origin',
    stem: 'On main, which command copies feature’s tip commit onto main and notes in the new commit’s message which commit it was copied from?',
    setup: FEATURE_AHEAD,
    frames: [
      'git cherry-pick ⟦-x|-n=-n applies the changes without committing|-s=-s adds a Signed-off-by line, not the source commit|--ff=--ff reuses the commit itself when it can, adding no note⟧ feature',
    ],
    check:
      'git log -1 --format=%B | grep -q "cherry picked from commit $(git rev-parse feature)" && test "$(git branch --show-current)" = main',
  },
  {
    id: 'diff-one-file-between-branches',
    stem: 'Which command shows how a.txt differs between the tips of main and feature?',
    setup: DIVERGED_ON_A,
    frames: [
      '⟦git diff main feature -- a.txt|git diff main -- a.txt=one commit is compared with the working tree, not with feature|git show feature:a.txt=show prints feature’s file, not the difference|git show feature -- a.txt=show prints what feature’s last commit changed against its parent, not against main|git diff main...feature -- a.txt=three dots compare feature with the branch point, not with main’s tip|git log -p main..feature -- a.txt=log -p shows each commit’s own change, not the difference between the tips⟧',
    ],
    check: 'grep -q "^-main" ../out && grep -q "^+feature" ../out',
  },
  {
    id: 'fold-fix-into-earlier-commit',
    stem: "On your unpushed branch feature (commits 'feat', then 'more'), a fix to f.txt for 'feat' is staged. Which commands fold the fix into 'feat'?",
    setup: `${BASE} && git switch -qc feature && ${commit('feat', 'f.txt')} && ${commit('more', 'g.txt')} && echo fixed > f.txt && git add f.txt`,
    frames: [
      "git commit -q ⟦--fixup=HEAD^|--fixup=HEAD=that marks the fix for 'more', the newest commit|-m fixup=a plain message is not one autosquash recognises|--amend --no-edit=amending changes 'more', the newest commit⟧ && git rebase -q -i --autosquash main",
    ],
    check:
      'test "$(git rev-list --count main..HEAD)" = 2 && test "$(git show HEAD^:f.txt)" = fixed && test "$(git log -1 --format=%s HEAD^)" = feat && test -z "$(git status --porcelain)"',
  },
]
