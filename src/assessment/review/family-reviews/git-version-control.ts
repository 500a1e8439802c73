import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `git-version-control` test (95 families), read as
 * a developer who teaches Git: each stem states the repository's state and whether the branch is
 * shared, each key is the one command that reaches the goal, each wrong command fails for its
 * named reason. Keys and wrong commands are also run in a real repository by the key test.
 */
export const GIT_VERSION_CONTROL_REVIEW: TestFamilyReview = {
  testId: 'git-version-control',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'git-recording/stage-tracked-edits-only': { verdict: 'ok', fingerprint: '5ddde368d92cbce8' },
    'git-recording/stage-all-from-subfolder': { verdict: 'ok', fingerprint: '6b3c11327b50f8a4' },
    'git-recording/commit-tracked-edits-in-one-step': {
      verdict: 'ok',
      fingerprint: '212f3638db962995',
      note: 'Key and distractors right. To weaken the most-similar cue, --allow-empty -m became --amend -m, so two wrong options share --amend and the key no longer sits nearest all the others.',
    },
    'git-recording/amend-forgotten-file': {
      verdict: 'ok',
      fingerprint: 'c53f378e58106118',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Key is the usual add-then-amend. Each wrong command fails as named: commit with the untracked path is refused (the stem says b.txt is new), --fixup and a reused subject add a commit, -m replaces the message, the stash chain returns b.txt uncommitted.',
    },
    'git-recording/commit-one-staged-path': { verdict: 'ok', fingerprint: '6821832279298479' },
    'git-recording/delete-and-stage-removal': {
      verdict: 'ok',
      fingerprint: '76b8ed427f07b390',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. git rm is the one command that deletes and stages. The two update-index plumbing commands were checked by hand: --force-remove keeps the file, --remove does nothing while the file exists (the stem has it on disk).',
    },
    'git-recording/rename-and-stage': { verdict: 'ok', fingerprint: '6352920f3e70c631' },
    'git-recording/ignore-root-folder-only': {
      verdict: 'ok',
      fingerprint: 'b95636b1e93a4b0d',
      note: 'Key and reasons right, but the distractor **/build/ read, once emphasis marks are stripped, the same as the key /build/, so every draw had three distinct options and was refused: the family never reached a form. Replaced by ./build/ (git patterns take no ./ prefix, so it matches nothing).',
    },
    'git-recording/ignore-all-but-one': { verdict: 'ok', fingerprint: 'f6f87dfbc305f3ac' },
    'git-recording/ignore-in-own-clone-only': {
      verdict: 'ok',
      fingerprint: 'bb02c78d41f96de0',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: appending to a .gitignore that did not exist yet made an untracked, unshared file, arguably a way to ignore in one clone; the repository now has a committed .gitignore, so that edit changes a shared file. The stem also says notes.txt is untracked, which the assume-unchanged, skip-worktree and rm --cached reasons rely on, and the setup creates it so the check sees it ignored.',
    },
    'git-recording/which-ignore-rule': {
      verdict: 'ok',
      fingerprint: '6414eec06cf63168',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Only check-ignore -v names the file and line; every other option lists paths, attributes or a config value, never the rule.',
    },
    'git-recording/list-untracked-not-ignored': {
      verdict: 'ok',
      fingerprint: 'b1089558cfd8a97b',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Key prints only n.txt. clean -n and status add prefixes, --others alone adds debug.log, --ignored lists only it, diff never sees untracked files.',
    },
    'git-recording/diff-staged-only': {
      verdict: 'ok',
      fingerprint: '5dff5c1f706bdee8',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Key shows the staged line only; plain diff, diff HEAD, the last commit (show, log -p) and an absent stash all miss the goal for the reason named.',
    },
    'git-recording/print-staged-version': {
      verdict: 'ok',
      fingerprint: '9893a7eff6e30e53',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. The :path form names the index entry. Two wrong commands print the committed version (show and cat-file of HEAD:a.txt) with one reason between them; both wrong, neither defensible.',
    },
    'git-recording/print-file-at-earlier-commit': {
      verdict: 'ok',
      fingerprint: 'cedd9833ebc402f0',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. HEAD^:a.txt prints two. Wrong ones print three, one, a diff, or the commit message, as named.',
    },
    'git-recording/search-commit-messages': {
      verdict: 'ok',
      fingerprint: 'b3d44c4e20ebfb0c',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. --grep is the one search of messages; -S, --author, a path after --, and git grep (over the tree or every commit) match other things, and each prints something other than the one subject.',
    },
    'git-recording/find-commit-changing-a-string': {
      verdict: 'ok',
      fingerprint: '2ce760eaaab1c648',
    },
    'git-recording/files-of-last-commit': {
      verdict: 'ok',
      fingerprint: '8f10c66c1f19c431',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Key prints b.txt alone. diff HEAD, ls-tree, --name-status, --stat, ls-files and a subject line before the names each fail as named; diff HEAD^ HEAD, also right, is not offered.',
    },
    'git-recording/files-changed-since-tag': {
      verdict: 'ok',
      fingerprint: '1d5b115bc81f8b64',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Two commits to diff exclude the working tree (stem: uncommitted edits left out). One-commit diff, log, show of the tag, ls-tree and status each miss.',
    },
    'git-recording/history-across-rename': {
      verdict: 'ok',
      fingerprint: 'c23b7dcdc56752c5',
      note: 'Key and distractors right. -1 --follow contained the key whole and made it the option most like the others; replaced by --name-status, which also stops at the rename.',
    },
    'git-recording/set-email-for-this-repository': {
      verdict: 'ok',
      fingerprint: 'f8c730f7856d6cf8',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Key writes repository config. --global, an amended author, the unread key user.mail and --get (a read) each fail as named.',
    },
    'git-recording/remove-untracked-files': {
      verdict: 'ok',
      fingerprint: '16c4a62933dea589',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: the stem now says junk.txt is the only untracked file that is not ignored, since git clean -f deletes every such file and the stem was silent on others. Wrong ones (-x, reset, rm, -n, checkout) fail as named.',
    },
    'git-recording/stash-with-untracked': {
      verdict: 'ok',
      fingerprint: '2fe63f4961adb880',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: a WIP commit of both files is a way some developers set work aside, so the stem now asks that the branch stay as it was, which rules out both commit options; the stash variants fail as named (--staged verified to refuse with nothing staged).',
    },
    'git-recording/apply-stash-and-keep-it': {
      verdict: 'ok',
      fingerprint: '9229eda6b7673936',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. apply keeps the stash; pop and stash branch drop it (verified), show and list change nothing.',
    },
    'git-recording/apply-older-stash': { verdict: 'ok', fingerprint: '0697a5ed86ae6278' },
    'git-recording/commit-past-broken-hook': {
      verdict: 'ok',
      fingerprint: 'ca5f46c1a8c896a7',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: the stem says the hook is a plain script with no hook framework, so the SKIP variable is plainly not read. --no-verify is the bypass; --no-post-rewrite, --allow-empty and --no-edit leave the hook running.',
    },
    'git-recording/unstage-everything': {
      verdict: 'ok',
      fingerprint: 'a397aae7fdd466dd',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Plain reset unstages and keeps edits. restore without --staged, rm --cached, stash, checkout of paths and --hard each fail as named.',
    },
    'git-recording/commits-by-author': { verdict: 'ok', fingerprint: '68b4d7b7b14795ca' },
    'git-branching/delete-unmerged-branch': { verdict: 'ok', fingerprint: 'a5f0698db680b372' },
    'git-branching/branch-from-tag-and-switch': {
      verdict: 'ok',
      fingerprint: '4e998d9a0a4f7a54',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. switch -c with a start point creates and switches. branch, --detach, tag, a missing start point and worktree add (another folder, detached) each fail as named.',
    },
    'git-branching/rebase-branch-on-main': {
      verdict: 'ok',
      fingerprint: '5f94be0052708cc7',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. rebase gives the linear history. merge, reset --hard, cherry-pick of main and a squash merge each fail as named; none leaves feature starting from main with its own commits.',
    },
    'git-branching/squash-merge-into-one-commit': {
      verdict: 'ok',
      fingerprint: 'f28a581f33fc5311',
    },
    'git-branching/merge-but-stop-before-commit': {
      verdict: 'ok',
      fingerprint: '6fde28150836bd3f',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Stem says feature is one commit ahead, so plain --no-commit fast-forwards (the named reason). The soft-reset chain, the reverse merge, cherry-pick -n and --squash leave no merge in progress.',
    },
    'git-branching/merge-preferring-their-side': { verdict: 'ok', fingerprint: '9c00913e6e8e242d' },
    'git-branching/move-branch-to-new-base': { verdict: 'ok', fingerprint: '21ab2d52b278670e' },
    'git-branching/cherry-pick-a-range': { verdict: 'ok', fingerprint: '00af48e730cc6cd9' },
    'git-branching/list-branch-only-commits': {
      verdict: 'ok',
      fingerprint: 'a82c674f20f2b0ec',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Two-dot range from main; reversed, three-dot, one name, diff --stat and rev-list ids each fail as named.',
    },
    'git-branching/diff-since-branch-point': {
      verdict: 'ok',
      fingerprint: '07037455d2936fee',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Three dots diff from the branch point. Two dots, one name, show and a one-commit diff from the merge base compare with main or the working tree, as named.',
    },
    'git-branching/print-branch-point': { verdict: 'ok', fingerprint: '3713e37dada941a2' },
    'git-branching/list-merged-branches': {
      verdict: 'ok',
      fingerprint: 'b6c3ff4256dd944b',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. --merged main lists done and main. --contains main was checked: it lists wip too, as its reason says.',
    },
    'git-branching/branches-holding-a-commit': {
      verdict: 'ok',
      fingerprint: 'eee5e3b5425af2b3',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. --contains lists main and newer. --merged, --points-at, tag and log options each fail as named.',
    },
    'git-branching/carry-edit-to-new-branch': { verdict: 'ok', fingerprint: 'a5cf45c05e809e98' },
    'git-branching/branch-without-history': { verdict: 'ok', fingerprint: 'f1ffb4591c9521ba' },
    'git-branching/second-working-tree': {
      verdict: 'ok',
      fingerprint: '06910c8052718c33',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. worktree add -b is the one way here (worktree add with only the folder would also create hotfix, but is not offered). The --work-tree chain and clone -b of a missing branch were checked to fail as named.',
    },
    'git-branching/switch-to-previous-branch': {
      verdict: 'ok',
      fingerprint: 'f3fd8db3d7a0bfea',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. switch - returns to feature; @{-2} is main, HEAD@{1} detaches, reset keeps dev, -c refuses, cd - is the shell.',
    },
    'git-branching/finish-rebase-after-conflict': {
      verdict: 'ok',
      fingerprint: '36fe5711d6265d06',
    },
    'git-branching/abandon-rebase': {
      verdict: 'ok',
      fingerprint: '025e7df6d853beff',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. --abort restores feature. Checked by hand in git 2.39: switch is refused while rebasing; reset --hard ORIG_HEAD leaves the rebase in progress, detached; --quit leaves HEAD detached.',
    },
    'git-branching/cherry-pick-recording-origin': {
      verdict: 'ok',
      fingerprint: '3c67bf3995e25c4b',
    },
    'git-branching/diff-one-file-between-branches': {
      verdict: 'ok',
      fingerprint: 'a137e3f079f863fb',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Two tips and a path. Three dots, show, log -p and a one-commit diff compare other things, as named.',
    },
    'git-branching/fold-fix-into-earlier-commit': {
      verdict: 'ok',
      fingerprint: '37cdd58d839a7c49',
    },
    'git-remotes/push-new-branch-with-upstream': {
      verdict: 'ok',
      fingerprint: 'cc260be079db9347',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. push -u sets tracking; the branch -u chain fails before the push (no origin/feature yet, as the stem implies with a new branch) and --all, HEAD:feature and plain push set none.',
    },
    'git-remotes/fetch-without-merging': { verdict: 'ok', fingerprint: '56708c307c1f4aaf' },
    'git-remotes/pull-with-rebase': {
      verdict: 'ok',
      fingerprint: 'c2253c04809bbbe8',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: the stem now says the teammate commit is not fetched, which the rebase origin/main option relies on. Checked by hand: pull --no-ff merges (a merge commit) and --ff-only refuses.',
    },
    'git-remotes/push-after-rejection': {
      verdict: 'ok',
      fingerprint: '89f52c9dec0e4d82',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: the stem now says nothing was fetched since the rejection, which the rebase origin/main chain relies on. pull --rebase then push is the key; force, force-with-lease (its lease fails), fetch-then-push and a merging pull fail as named.',
    },
    'git-remotes/match-remote-discarding-local': { verdict: 'ok', fingerprint: '0b07f82b14e03689' },
    'git-remotes/delete-branch-on-remote': {
      verdict: 'ok',
      fingerprint: '58ad877355fa60d8',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. push --delete is the key (push origin :feature, also right, is not offered). Reworded the branch -D reason so it holds whether or not a local feature exists. Tracking-ref and prune options delete nothing on origin.',
    },
    'git-remotes/prune-stale-tracking-refs': {
      verdict: 'ok',
      fingerprint: '34c8e6d534c5fc49',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. fetch --prune; plain fetch, remote update, gc, worktree prune and --tags prune no tracking ref (no fetch.prune config is set).',
    },
    'git-remotes/add-upstream-remote': {
      verdict: 'ok',
      fingerprint: '6badc43ad3d76134',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. remote add is the one way; clone (with or without --origin), fetch of a URL, rename, set-url and submodule each fail as named. git config remote.upstream.url is not offered.',
    },
    'git-remotes/change-remote-url': {
      verdict: 'ok',
      fingerprint: '76bf1eb7020256cf',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. set-url is the key; the equal git config remote.origin.url is not offered, pushurl is, and rightly wrong (get-url shows the fetch URL).',
    },
    'git-remotes/sync-fork-from-upstream': {
      verdict: 'ok',
      fingerprint: 'f317cf36619faeb2',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fast-forward to upstream/main. origin/main, push to upstream, a detached checkout and fetch-then-push leave main behind, as named. Other right ways (merge, reset) are not offered.',
    },
    'git-remotes/clone-a-given-branch': {
      verdict: 'ok',
      fingerprint: 'd7db651e29f95efd',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. clone -b dev; a second argument, --single-branch and -o each fail as named.',
    },
    'git-remotes/push-one-tag': { verdict: 'ok', fingerprint: '1714df753b85ed1d' },
    'git-remotes/track-existing-remote-branch': { verdict: 'ok', fingerprint: 'd2fbdcd0305d3364' },
    'git-remotes/work-on-teammate-branch': {
      verdict: 'ok',
      fingerprint: '60477ef8cce5ad5f',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. switch fix guesses the one remote branch and tracks it. checkout origin/fix, branch, pull, fetch into fix:fix and switch -c each fail as named.',
    },
    'git-remotes/push-under-another-name': { verdict: 'ok', fingerprint: '2674adc4aeedc09b' },
    'git-remotes/list-unpushed-commits': { verdict: 'ok', fingerprint: 'fbfd2b253a801283' },
    'git-remotes/print-remote-url': { verdict: 'ok', fingerprint: 'f5f07c209c24b057' },
    'git-remotes/list-remote-branches': { verdict: 'ok', fingerprint: '5a28ade9e1b2ff34' },
    'git-remotes/pull-rebases-by-default': {
      verdict: 'ok',
      fingerprint: '109a70f2e66a0213',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. pull.rebase in local config. --global, a one-off pull, autoSetupRebase (later branches only), autoStash, pull.ff and autoSquash each fail as named. branch.main.rebase is not offered.',
    },
    'git-remotes/pull-another-remote-branch': {
      verdict: 'ok',
      fingerprint: '7b5a2e124eb27d14',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Stem states the teammate push came after the last fetch, which the merge and rebase of origin/dev rely on. The switch-pull-switch chain updates a new local dev, not main; origin/dev as a remote is refused.',
    },
    'git-remotes/fetch-every-remote': { verdict: 'ok', fingerprint: 'a9db7d4c5ce05c3a' },
    'git-remotes/rename-a-remote': { verdict: 'ok', fingerprint: '98c74e4dfe97c24b' },
    'git-recovery/keep-commit-made-on-detached-head': {
      verdict: 'ok',
      fingerprint: '92b5a771dc45c0bc',
    },
    'git-recovery/rescue-commit-left-behind-detached': {
      verdict: 'ok',
      fingerprint: '74055b0730238dae',
    },
    'git-recovery/return-from-detached-head': {
      verdict: 'ok',
      fingerprint: '3f50ee64b2ea708b',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. switch main. Checked by hand: rebase of a detached HEAD onto main stays detached; reset, branch -f, checkout HEAD and switch -c fail as named.',
    },
    'git-recovery/undo-hard-reset': { verdict: 'ok', fingerprint: 'b1823f500fc441a1' },
    'git-recovery/restore-deleted-branch': { verdict: 'ok', fingerprint: 'b424482d9a70b0a1' },
    'git-recovery/undo-amend': {
      verdict: 'ok',
      fingerprint: '66ab9a8d63439487',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Soft reset to the reflog entry before the amend. HEAD^, --hard, revert, a second amend and a reflog checkout each fail as named.',
    },
    'git-recovery/abort-conflicted-merge': {
      verdict: 'ok',
      fingerprint: '3e7469f9c083e741',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. merge --abort. Checked by hand: stash and checkout are refused with unmerged paths; --quit leaves the conflict; revert and rebase --abort refuse.',
    },
    'git-recovery/resolve-conflict-with-their-side': {
      verdict: 'ok',
      fingerprint: 'bb208a14eca26911',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. checkout --theirs, add, commit. ours, ORIG_HEAD (main before the merge), --merge, a second merge, commit without add, add of markers and reset each fail as named; checkout feature -- a.txt, also right, is not offered.',
    },
    'git-recovery/abandon-conflicted-cherry-pick': {
      verdict: 'ok',
      fingerprint: 'f3138ff51a943669',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. cherry-pick --abort. Restoring a.txt leaves the cherry-pick and staged f.txt; --quit, --ours, --continue and merge --abort fail as named.',
    },
    'git-recovery/revert-older-shared-commit': {
      verdict: 'ok',
      fingerprint: 'a3785149cfaaf5a2',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. revert HEAD^ on shared main. HEAD, the HEAD^..HEAD range (later only), reset, rebase and rm each fail as named.',
    },
    'git-recovery/revert-two-shared-commits-as-one': {
      verdict: 'ok',
      fingerprint: '5648cbc365ddf833',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: the stem now lists all three commits, since reasons name first (HEAD^^) and a candidate needs that to judge them. The no-commit range revert then commit is the key; each other range, reset and amend fail as named.',
    },
    'git-recovery/revert-shared-merge': { verdict: 'ok', fingerprint: 'f1503cbfd5396184' },
    'git-recovery/undo-local-merge': {
      verdict: 'ok',
      fingerprint: 'ffa2e73786c921cd',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. reset --hard ORIG_HEAD. HEAD^2, --abort after the fact, revert, --soft and deleting feature each fail as named; reset --hard HEAD^, also right, is not offered.',
    },
    'git-recovery/restore-file-from-older-commit': {
      verdict: 'ok',
      fingerprint: '80dfc51700c5bd8c',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. checkout with a path sets index and working tree. No path, reset of a path, restore without --staged, show and reset --hard each fail as named.',
    },
    'git-recovery/restore-file-deleted-in-last-commit': {
      verdict: 'ok',
      fingerprint: 'bc93f984654be079',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. checkout HEAD^ -- a.txt. restore from the index or from HEAD finds no a.txt; restore without --staged, revert and reset --hard fail as named.',
    },
    'git-recovery/combine-last-commits': { verdict: 'ok', fingerprint: 'e0eb72e6e1c082a9' },
    'git-recovery/move-commit-off-main': {
      verdict: 'ok',
      fingerprint: '7a2c46d2e8cea2bd',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. branch then reset. The reversed order, switch -c alone or with the reset, revert and renaming main each fail as named.',
    },
    'git-recovery/drop-secret-from-unpushed-commit': {
      verdict: 'ok',
      fingerprint: 'cef27c82c84379ba',
    },
    'git-recovery/start-bisect': { verdict: 'ok', fingerprint: '6045bbbef7a688f0' },
    'git-recovery/undo-pushed-commit-on-shared-branch': {
      verdict: 'ok',
      fingerprint: 'f60b2a4f02b6261b',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. Fixed in place: every option chains two commands, so the stem asks which commands. revert then push is the key; reset, force, amend, rm and restore chains fail as named.',
    },
    'git-recovery/conclude-merge-after-resolving': {
      verdict: 'ok',
      fingerprint: 'f0dfff631fb30f17',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. add then merge --continue (add then commit, also right, is not offered). Without add, rebase --continue, --abort, a new merge and --amend each fail as named.',
    },
    'git-recovery/bring-back-reverted-work': { verdict: 'ok', fingerprint: 'b31fbbd8351b91ae' },
    'git-recovery/discard-all-uncommitted-edits': {
      verdict: 'ok',
      fingerprint: '7bd815182ff6ab4a',
      note: 'Re-reviewed after its wrong commands were rewritten to lift the cue; every option run in a repository. reset --hard keeps the untracked n.txt. restore with or without --staged, clean, stash, checkout of paths and the clean chain each fail as named.',
    },
  },
}
