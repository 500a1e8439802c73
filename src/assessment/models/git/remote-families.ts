import type { UsageFamily } from '../editing/editing-model.js'
import { commit, MATE_PUSHES, PUSHED } from './repo-states.js'

/** The remote's own view of a ref, read from the bare repository beside the clone. */
const ORIGIN = 'git --git-dir=../origin.git'

/**
 * Working with remotes and a team: pushing, fetching, pulling, tracking branches, forks. The
 * remote is a real bare repository beside the clone, so every push and fetch really happens.
 */
export const GIT_REMOTE_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'push-new-branch-with-upstream',
    stem: 'You committed on a new local branch feature. Which command pushes it to origin and makes it track origin/feature, so later a plain git push works?',
    setup: `${PUSHED} && git switch -qc feature && ${commit('feat', 'f.txt')}`,
    frames: [
      '⟦git push -q -u origin feature|git push -q origin feature=without -u the branch is pushed but tracks nothing|git push -q -u origin main=that pushes main, not feature|git push -q origin HEAD:feature=pushing HEAD under a name sets no upstream|git branch -u origin/feature && git push -q=origin/feature does not exist before the first push, so tracking cannot be set and nothing is pushed|git push -q --all origin=--all pushes every branch but sets no upstream⟧',
    ],
    check:
      'test "$(git rev-parse --abbrev-ref "feature@{upstream}")" = origin/feature && ' +
      `${ORIGIN} rev-parse -q --verify refs/heads/feature`,
  },
  {
    id: 'fetch-without-merging',
    stem: 'A teammate pushed to main. Which command updates origin/main in your clone without changing your main branch or working tree?',
    setup: `${PUSHED} && ${MATE_PUSHES}`,
    frames: [
      'git ⟦fetch -q origin|pull -q --ff-only=pull also merges into your main|pull -q --rebase=pull --rebase also moves your main|fetch -q --dry-run=--dry-run reports what would be fetched and stores nothing⟧',
    ],
    check:
      'test "$(git log -1 --format=%s origin/main)" = mate && test "$(git log -1 --format=%s main)" = first && ! test -f m.txt',
  },
  {
    id: 'pull-with-rebase',
    stem: 'You have an unpushed commit on main and a teammate pushed another, which you have not fetched. Which command brings in their commit and puts yours on top, with no merge commit?',
    setup: `${PUSHED} && ${MATE_PUSHES} && ${commit('mine', 'b.txt')}`,
    frames: [
      '⟦git pull -q --rebase|git pull -q --no-rebase --no-edit=a merging pull records a merge commit|git fetch -q=fetch alone brings the commit in but leaves yours where it is|git rebase -q origin/main=rebase fetches nothing, so origin/main is still the old one|git pull -q --ff-only=--ff-only refuses when both sides have new commits|git pull -q --no-ff --no-edit=--no-ff makes the pull record a merge commit⟧',
    ],
    check:
      'test "$(git log -2 --format=%s | tr "\\n" " ")" = "mine mate " && test "$(git rev-list --merges --count HEAD)" = 0',
  },
  {
    id: 'push-after-rejection',
    stem: 'git push was rejected because a teammate pushed first; you have not fetched since. Which commands publish your commit on top of theirs, keeping their commit and recording no merge?',
    setup: `${PUSHED} && ${MATE_PUSHES} && ${commit('mine', 'b.txt')}`,
    frames: [
      '⟦git pull -q --rebase && git push -q|git push -q --force=a forced push replaces the teammate’s commit|git fetch -q && git push -q=fetching alone leaves your commit beside theirs, so the push is rejected again|git pull -q --no-rebase --no-edit && git push -q=a merging pull records a merge commit|git push -q --force-with-lease=the lease only guards against overwriting unseen work: it refuses, and nothing is published|git rebase -q origin/main && git push -q=rebase fetches nothing, so the push is rejected again⟧',
    ],
    check:
      `test "$(${ORIGIN} log -2 --format=%s main | tr "\\n" " ")" = "mine mate " && ` +
      `test "$(${ORIGIN} rev-list --merges --count main)" = 0`,
  },
  {
    id: 'match-remote-discarding-local',
    stem: 'Your local main has commits you no longer want; origin/main is fetched. Which command makes main, the index and the working tree match origin/main exactly?',
    setup: `${PUSHED} && ${commit('unwanted', 'b.txt')}`,
    frames: [
      'git ⟦reset -q --hard|reset -q --soft=reset --soft keeps the unwanted changes staged|merge -q=merging keeps the unwanted commit|checkout -q=checking out origin/main detaches HEAD and leaves main as it was⟧ origin/main',
    ],
    check:
      'test "$(git rev-parse HEAD)" = "$(git rev-parse origin/main)" && test "$(git branch --show-current)" = main && test -z "$(git status --porcelain)"',
  },
  {
    id: 'delete-branch-on-remote',
    stem: 'The branch feature was merged and should be removed from origin. Which command does that?',
    setup: `${PUSHED} && git push -q origin main:feature`,
    frames: [
      '⟦git push -q origin --delete feature|git branch -q -D feature=git branch -D deletes only a local branch, never the one on origin|git branch -q -d -r origin/feature=-r removes only your remote-tracking ref|git fetch -q origin --prune=--prune removes tracking refs whose branch is gone; the branch on origin stays|git push -q origin --delete origin/feature=on origin the branch is named feature; origin/feature is only your tracking ref|git remote prune origin=remote prune removes tracking refs whose branch is already gone; it deletes none on origin|git remote set-branches origin main=set-branches limits which branches your fetches track; it deletes nothing on origin|git branch -q -d -r origin/feature && git push -q=that deletes only your tracking ref, and the push sends main, not a deletion⟧',
    ],
    check: `! ${ORIGIN} rev-parse -q --verify refs/heads/feature`,
  },
  {
    id: 'prune-stale-tracking-refs',
    stem: 'A teammate deleted the branch old on origin, but your clone still lists origin/old. Which command removes such stale remote-tracking refs while fetching?',
    setup: `${PUSHED} && git push -q origin main:old && git fetch -q && ${ORIGIN} branch -q -D old`,
    frames: [
      '⟦git fetch -q --prune|git fetch -q=a plain fetch keeps stale tracking refs|git remote update origin=remote update fetches without pruning unless told to|git gc -q --prune=now=gc --prune removes unreachable objects, not refs|git worktree prune=worktree prune removes records of deleted working trees|git fetch -q --tags=--tags fetches tags and prunes nothing⟧',
    ],
    check: '! git rev-parse -q --verify refs/remotes/origin/old',
  },
  {
    id: 'add-upstream-remote',
    stem: 'You forked a project. Which command adds the original repository, at ../upstream.git, as a remote named upstream?',
    setup: `${PUSHED} && git init -q --bare ../upstream.git`,
    frames: [
      '⟦git remote add upstream ../upstream.git|git clone -q ../upstream.git=a clone makes a second repository|git fetch -q ../upstream.git=fetching from a URL once stores no remote|git remote rename origin upstream=rename gives origin a new name; it still points at your fork|git remote set-url upstream ../upstream.git=set-url changes a remote that already exists|git submodule add ../upstream.git upstream=a submodule nests the other repository in a folder; it adds no remote|git clone -q --origin upstream ../upstream.git=clone --origin names the remote of a new, second repository, not of this one⟧',
    ],
    check: 'test "$(git remote get-url upstream)" = ../upstream.git',
  },
  {
    id: 'change-remote-url',
    stem: 'The repository origin points at moved to ../moved.git. Which command makes origin point there?',
    setup: `${PUSHED} && git clone -q --bare ../origin.git ../moved.git`,
    frames: [
      '⟦git remote set-url origin ../moved.git|git remote add origin ../moved.git=origin exists, so adding it again fails|git push -q ../moved.git main=pushing to a URL once leaves origin where it was|git config remote.origin.pushurl ../moved.git=pushurl changes only where pushes go; origin’s URL stays|git clone -q ../moved.git=a clone makes a second repository⟧',
    ],
    check: 'test "$(git remote get-url origin)" = ../moved.git',
  },
  {
    id: 'sync-fork-from-upstream',
    stem: 'In your fork’s clone, on main, upstream (the original project) is fetched and has new commits; origin is your fork. Which command brings main up to upstream’s main?',
    setup: `${PUSHED} && git clone -q --bare ../origin.git ../upstream.git && git clone -q ../upstream.git ../lead && (cd ../lead && ${commit('upstream-work', 'u.txt')} && git push -q) && git remote add upstream ../upstream.git && git fetch -q upstream`,
    frames: [
      '⟦git merge -q --ff-only upstream/main|git merge -q --ff-only origin/main=origin is your fork, which lacks the new commits|git push -q upstream main=push sends your commits to upstream instead|git checkout -q upstream/main=checking out a remote-tracking branch detaches HEAD and leaves main as it was|git fetch -q upstream && git push -q origin main=fetching updates upstream/main only, so main and the fork stay as they were⟧',
    ],
    check:
      'test "$(git rev-parse main)" = "$(git rev-parse upstream/main)" && test "$(git branch --show-current)" = main',
  },
  {
    id: 'clone-a-given-branch',
    stem: 'Which command clones origin into the folder copy with the branch dev checked out?',
    setup: `${PUSHED} && git push -q origin main:dev`,
    frames: [
      '⟦git clone -q -b dev ../origin.git copy|git clone -q ../origin.git copy=a plain clone checks out the default branch, main|git clone -q ../origin.git dev=a second argument names the folder, not the branch|git clone -q --single-branch ../origin.git copy=--single-branch alone fetches only the default branch|git clone -q -o dev ../origin.git copy=-o names the remote, not the branch⟧',
    ],
    check: 'test "$(git -C copy branch --show-current)" = dev',
  },
  {
    id: 'push-one-tag',
    stem: 'You tagged the release commit v1.0. Which command sends that tag to origin?',
    setup: `${PUSHED} && git tag -a v1.0 -m Release`,
    frames: [
      'git push -q ⟦origin v1.0|^=a plain push sends branches, not tags|origin main=pushing main sends no tag|origin HEAD=HEAD names the current branch, not the tag⟧',
    ],
    check: `${ORIGIN} rev-parse -q --verify refs/tags/v1.0`,
  },
  {
    id: 'track-existing-remote-branch',
    stem: 'Local dev exists but tracks nothing; origin/dev exists. Which command makes dev track origin/dev without pushing anything?',
    setup: `${PUSHED} && git push -q origin main:dev && git fetch -q && git branch --no-track dev`,
    frames: [
      'git branch ⟦-u origin/dev dev|-u dev origin/dev=the upstream comes first, then the branch|--track dev origin/dev=--track creates a branch, and dev exists|--unset-upstream dev=that removes tracking⟧',
    ],
    check: 'test "$(git rev-parse --abbrev-ref "dev@{upstream}")" = origin/dev',
  },
  {
    id: 'work-on-teammate-branch',
    stem: 'A teammate pushed the branch fix and you fetched it. Which command creates a local fix that tracks origin/fix and switches to it?',
    setup: `${PUSHED} && git push -q origin main:fix && git fetch -q`,
    frames: [
      '⟦git switch -q fix|git checkout -q origin/fix=checking out origin/fix detaches HEAD|git branch fix=git branch makes fix without tracking and stays on main|git pull -q origin fix=pull merges fix into main, the branch you are on|git fetch -q origin fix:fix=fetching into a local fix neither tracks origin/fix nor switches to it|git switch -qc fix=-c starts fix at your current commit, tracking nothing⟧',
    ],
    check:
      'test "$(git branch --show-current)" = fix && test "$(git rev-parse --abbrev-ref "fix@{upstream}")" = origin/fix',
  },
  {
    id: 'push-under-another-name',
    stem: 'Which command pushes your local branch fix to origin as the branch hotfix?',
    setup: `${PUSHED} && git switch -qc fix && ${commit('fix', 'x.txt')}`,
    frames: [
      'git push -q origin ⟦fix:hotfix|hotfix:fix=the local name comes first, then the remote one|hotfix=there is no local hotfix to push|fix=one name pushes under the same name⟧',
    ],
    check: `test "$(${ORIGIN} rev-parse -q --verify refs/heads/hotfix)" = "$(git rev-parse fix)"`,
  },
  {
    id: 'list-unpushed-commits',
    stem: 'origin/main is up to date. Which command lists the subjects of your commits on main that are not pushed yet?',
    setup: `${PUSHED} && ${MATE_PUSHES} && git fetch -q && ${commit('mine', 'b.txt')}`,
    frames: [
      'git log --format=%s ⟦origin/main..main|main..origin/main=the reversed range lists the teammate’s commits you lack|main...origin/main=three dots list the commits of both sides|origin/main=one name lists origin’s whole history⟧',
    ],
    check: 'test "$(cat ../out)" = mine',
  },
  {
    id: 'print-remote-url',
    stem: 'Which command prints the URL the remote origin points at?',
    setup: PUSHED,
    frames: [
      'git ⟦remote get-url origin|remote=git remote lists remote names only|config remote.origin.fetch=the fetch setting is a refspec, not the URL|ls-remote origin=ls-remote lists the refs on the remote⟧',
    ],
    check: 'test "$(cat ../out)" = ../origin.git',
  },
  {
    id: 'list-remote-branches',
    stem: 'Which command lists the remote-tracking branches only, none of the local ones?',
    setup: `${PUSHED} && git push -q origin main:dev && git fetch -q`,
    frames: [
      'git branch ⟦-r|-a=-a lists local branches as well|-l=-l lists local branches|-vv=-vv lists local branches with what they track⟧',
    ],
    check: 'grep -q origin/dev ../out && ! grep -qv origin/ ../out',
  },
  {
    id: 'pull-rebases-by-default',
    stem: 'In this repository only, git pull should rebase instead of merging. Which command sets that?',
    setup: PUSHED,
    frames: [
      '⟦git config pull.rebase true|git config --global pull.rebase true=--global changes every repository of your user|git pull -q --rebase=--rebase applies to this one pull, not to later ones|git config branch.autoSetupRebase always=autoSetupRebase applies only to branches created later, not to main|git config rebase.autoStash true=autoStash stashes edits around a rebase; it does not make pull rebase|git config pull.ff only=pull.ff decides about fast-forwards, not rebasing|git config rebase.autoSquash true=autoSquash reorders fixup commits in an interactive rebase; it does not make pull rebase⟧',
    ],
    check:
      'test "$(git config --local pull.rebase)" = true && test -z "$(git config --global pull.rebase)"',
  },
  {
    id: 'pull-another-remote-branch',
    stem: 'On main, which command fetches origin’s current dev (a teammate pushed to it since your last fetch) and merges it into main?',
    setup: `${PUSHED} && git push -q origin main:dev && git fetch -q && git clone -q -b dev ../origin.git ../mate && (cd ../mate && ${commit('dev-work', 'd.txt')} && git push -q)`,
    frames: [
      '⟦git pull -q --no-rebase --no-edit origin dev|git merge -q --no-edit origin/dev=origin/dev is as of the last fetch, before the teammate’s push|git fetch -q origin dev=fetch alone merges nothing|git switch -q dev && git pull -q && git switch -q main=that brings the work into a local dev, not into main|git pull -q --no-rebase --no-edit origin/dev=origin/dev is not a remote’s name|git rebase -q origin/dev=rebase fetches nothing, and origin/dev is as of the last fetch⟧',
    ],
    check: 'test -f d.txt && test "$(git branch --show-current)" = main',
  },
  {
    id: 'fetch-every-remote',
    stem: 'Your clone has two remotes, origin and upstream, and both have new commits. Which command fetches from both?',
    setup: `${PUSHED} && git clone -q --bare ../origin.git ../upstream.git && git remote add upstream ../upstream.git && git fetch -q upstream && ${MATE_PUSHES} && git clone -q ../upstream.git ../lead && (cd ../lead && ${commit('upstream-work', 'u.txt')} && git push -q)`,
    frames: [
      'git fetch -q ⟦--all|^=a plain fetch asks only the current branch’s remote, origin|origin upstream=a second name is taken as a ref of origin, not as another remote|upstream=that fetches only from upstream⟧',
    ],
    check:
      'test "$(git log -1 --format=%s origin/main)" = mate && test "$(git log -1 --format=%s upstream/main)" = upstream-work',
  },
  {
    id: 'rename-a-remote',
    stem: 'Which command renames the remote origin to upstream, so that main tracks upstream/main?',
    setup: PUSHED,
    frames: [
      'git ⟦remote rename origin upstream|remote add upstream ../origin.git=adding a second remote leaves origin and main’s tracking as they were|branch -m origin upstream=git branch -m renames a branch, and none is called origin|remote rename upstream origin=the current name comes first, then the new one⟧',
    ],
    check:
      'test "$(git remote)" = upstream && test "$(git rev-parse --abbrev-ref "main@{upstream}")" = upstream/main',
  },
]
