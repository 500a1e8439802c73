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
  reviewedOn: '2026-12-03',
  families: {
    'git-recording/stage-tracked-edits-only': { verdict: 'ok', fingerprint: '5ddde368d92cbce8' },
    'git-recording/stage-all-from-subfolder': { verdict: 'ok', fingerprint: '6b3c11327b50f8a4' },
    'git-recording/commit-tracked-edits-in-one-step': {
      verdict: 'ok',
      fingerprint: '212f3638db962995',
      note: 'Key and distractors right. To weaken the most-similar cue, --allow-empty -m became --amend -m, so two wrong options share --amend and the key no longer sits nearest all the others.',
    },
    'git-recording/amend-forgotten-file': {
      verdict: 'cue',
      fingerprint: '6c6733d28d5be9a3',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 25 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recording/commit-one-staged-path': { verdict: 'ok', fingerprint: '6821832279298479' },
    'git-recording/delete-and-stage-removal': {
      verdict: 'cue',
      fingerprint: '6c9883f13076283d',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 33 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/rename-and-stage': { verdict: 'ok', fingerprint: '6352920f3e70c631' },
    'git-recording/ignore-root-folder-only': {
      verdict: 'ok',
      fingerprint: 'b95636b1e93a4b0d',
      note: 'Key and reasons right, but the distractor **/build/ read, once emphasis marks are stripped, the same as the key /build/, so every draw had three distinct options and was refused: the family never reached a form. Replaced by ./build/ (git patterns take no ./ prefix, so it matches nothing).',
    },
    'git-recording/ignore-all-but-one': { verdict: 'ok', fingerprint: 'f6f87dfbc305f3ac' },
    'git-recording/ignore-in-own-clone-only': {
      verdict: 'cue',
      fingerprint: '8561915980244df7',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 29 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/which-ignore-rule': {
      verdict: 'cue',
      fingerprint: '484b3b1b051838ef',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 25 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recording/list-untracked-not-ignored': {
      verdict: 'cue',
      fingerprint: '600339750f6e1e1d',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 25 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/diff-staged-only': {
      verdict: 'cue',
      fingerprint: '57576959c42164a6',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 39 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recording/print-staged-version': {
      verdict: 'cue',
      fingerprint: 'a8157f71a02bc6ff',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 31 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/print-file-at-earlier-commit': {
      verdict: 'cue',
      fingerprint: '8aa6878df3b8aeb2',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 26 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/search-commit-messages': {
      verdict: 'cue',
      fingerprint: '0cf5a6d8ae7253f4',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 32 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/find-commit-changing-a-string': {
      verdict: 'ok',
      fingerprint: '2ce760eaaab1c648',
    },
    'git-recording/files-of-last-commit': {
      verdict: 'cue',
      fingerprint: 'd004ba218b6b4f66',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 39 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recording/files-changed-since-tag': {
      verdict: 'cue',
      fingerprint: '42962e7452d4abc0',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 33 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/history-across-rename': {
      verdict: 'ok',
      fingerprint: 'c23b7dcdc56752c5',
      note: 'Key and distractors right. -1 --follow contained the key whole and made it the option most like the others; replaced by --name-status, which also stops at the rename.',
    },
    'git-recording/set-email-for-this-repository': {
      verdict: 'cue',
      fingerprint: '55512ab7b6c75d12',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 36 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/remove-untracked-files': {
      verdict: 'cue',
      fingerprint: 'a306d0cb1b01ba72',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 31 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/stash-with-untracked': {
      verdict: 'cue',
      fingerprint: '5d9fbbbe2c253c5f',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 37 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/apply-stash-and-keep-it': {
      verdict: 'cue',
      fingerprint: '8692977ee88f29b8',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 32 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recording/apply-older-stash': { verdict: 'ok', fingerprint: '0697a5ed86ae6278' },
    'git-recording/commit-past-broken-hook': {
      verdict: 'cue',
      fingerprint: '372c14bebcb4355f',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 22 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/unstage-everything': {
      verdict: 'cue',
      fingerprint: 'eb6dcfdc6355c567',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 26 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recording/commits-by-author': { verdict: 'ok', fingerprint: '68b4d7b7b14795ca' },
    'git-branching/delete-unmerged-branch': { verdict: 'ok', fingerprint: 'a5f0698db680b372' },
    'git-branching/branch-from-tag-and-switch': {
      verdict: 'cue',
      fingerprint: '5650d7d3a2b7ce18',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 29 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/rebase-branch-on-main': {
      verdict: 'cue',
      fingerprint: '3a90387e0f775363',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 33 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/squash-merge-into-one-commit': {
      verdict: 'ok',
      fingerprint: 'f28a581f33fc5311',
    },
    'git-branching/merge-but-stop-before-commit': {
      verdict: 'cue',
      fingerprint: '8ed7925be00fdc17',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 35 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-branching/merge-preferring-their-side': { verdict: 'ok', fingerprint: '9c00913e6e8e242d' },
    'git-branching/move-branch-to-new-base': { verdict: 'ok', fingerprint: '21ab2d52b278670e' },
    'git-branching/cherry-pick-a-range': { verdict: 'ok', fingerprint: '00af48e730cc6cd9' },
    'git-branching/list-branch-only-commits': {
      verdict: 'cue',
      fingerprint: 'eaba966f34cb19df',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 34 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/diff-since-branch-point': {
      verdict: 'cue',
      fingerprint: '2e554cbb503e79fe',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 38 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/print-branch-point': { verdict: 'ok', fingerprint: '3713e37dada941a2' },
    'git-branching/list-merged-branches': {
      verdict: 'cue',
      fingerprint: '76c21f3b717e3713',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 32 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/branches-holding-a-commit': {
      verdict: 'cue',
      fingerprint: '022c08db8b13183f',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 26 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/carry-edit-to-new-branch': { verdict: 'ok', fingerprint: 'a5cf45c05e809e98' },
    'git-branching/branch-without-history': { verdict: 'ok', fingerprint: 'f1ffb4591c9521ba' },
    'git-branching/second-working-tree': {
      verdict: 'cue',
      fingerprint: '020cac06c3e773cc',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 34 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-branching/switch-to-previous-branch': {
      verdict: 'cue',
      fingerprint: 'f1ae867f016079cc',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 30 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/finish-rebase-after-conflict': {
      verdict: 'ok',
      fingerprint: '36fe5711d6265d06',
    },
    'git-branching/abandon-rebase': {
      verdict: 'cue',
      fingerprint: '22aa0e5f76bb9bfc',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 24 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-branching/cherry-pick-recording-origin': {
      verdict: 'ok',
      fingerprint: '3c67bf3995e25c4b',
    },
    'git-branching/diff-one-file-between-branches': {
      verdict: 'cue',
      fingerprint: 'e49562f13961841e',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 43 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-branching/fold-fix-into-earlier-commit': {
      verdict: 'ok',
      fingerprint: '37cdd58d839a7c49',
    },
    'git-remotes/push-new-branch-with-upstream': {
      verdict: 'cue',
      fingerprint: '87a156063675a24b',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 37 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-remotes/fetch-without-merging': { verdict: 'ok', fingerprint: '56708c307c1f4aaf' },
    'git-remotes/pull-with-rebase': {
      verdict: 'cue',
      fingerprint: '3af832d3974c64df',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 41 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/push-after-rejection': {
      verdict: 'cue',
      fingerprint: 'f31fa123764b6b7c',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 43 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/match-remote-discarding-local': { verdict: 'ok', fingerprint: '0b07f82b14e03689' },
    'git-remotes/delete-branch-on-remote': {
      verdict: 'cue',
      fingerprint: '60de14452994d831',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 30 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-remotes/prune-stale-tracking-refs': {
      verdict: 'cue',
      fingerprint: '32bd37b2d462bb6e',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 29 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-remotes/add-upstream-remote': {
      verdict: 'cue',
      fingerprint: 'c7a513ce98dd4cb9',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 28 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/change-remote-url': {
      verdict: 'cue',
      fingerprint: 'a85d8f40522b2509',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 38 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/sync-fork-from-upstream': {
      verdict: 'cue',
      fingerprint: '68949baabd9f8c9d',
      note: 'The stem did not say which branch is checked out while every option merges into the current one; it now says you are on main. Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 38 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-remotes/clone-a-given-branch': {
      verdict: 'cue',
      fingerprint: '67f63b7f0288b2fc',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 38 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/push-one-tag': { verdict: 'ok', fingerprint: '1714df753b85ed1d' },
    'git-remotes/track-existing-remote-branch': { verdict: 'ok', fingerprint: 'd2fbdcd0305d3364' },
    'git-remotes/work-on-teammate-branch': {
      verdict: 'cue',
      fingerprint: '28404faac2d9da3e',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 43 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/push-under-another-name': { verdict: 'ok', fingerprint: '2674adc4aeedc09b' },
    'git-remotes/list-unpushed-commits': { verdict: 'ok', fingerprint: 'fbfd2b253a801283' },
    'git-remotes/print-remote-url': { verdict: 'ok', fingerprint: 'f5f07c209c24b057' },
    'git-remotes/list-remote-branches': { verdict: 'ok', fingerprint: '5a28ade9e1b2ff34' },
    'git-remotes/pull-rebases-by-default': {
      verdict: 'cue',
      fingerprint: '01331bfb7b5c7250',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 48 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-remotes/pull-another-remote-branch': {
      verdict: 'cue',
      fingerprint: 'ca8b87009f6eef7c',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 39 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
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
      verdict: 'cue',
      fingerprint: '52be3f21b198c336',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 39 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/undo-hard-reset': { verdict: 'ok', fingerprint: 'b1823f500fc441a1' },
    'git-recovery/restore-deleted-branch': { verdict: 'ok', fingerprint: 'b424482d9a70b0a1' },
    'git-recovery/undo-amend': {
      verdict: 'cue',
      fingerprint: 'c2b2f3c45ca4d2be',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 35 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/abort-conflicted-merge': {
      verdict: 'cue',
      fingerprint: '9d313d87e6b8ad3b',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 31 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/resolve-conflict-with-their-side': {
      verdict: 'cue',
      fingerprint: '89913a0f4cdcf7dd',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 46 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recovery/abandon-conflicted-cherry-pick': {
      verdict: 'cue',
      fingerprint: '031e3592b9f54fa1',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 35 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recovery/revert-older-shared-commit': {
      verdict: 'cue',
      fingerprint: 'fd3f37c9bea2ca82',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 33 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/revert-two-shared-commits-as-one': {
      verdict: 'cue',
      fingerprint: '765b8e5ea1eaec0c',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 39 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/revert-shared-merge': { verdict: 'ok', fingerprint: 'f1503cbfd5396184' },
    'git-recovery/undo-local-merge': {
      verdict: 'cue',
      fingerprint: 'd6c1696d68286f27',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 27 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/restore-file-from-older-commit': {
      verdict: 'cue',
      fingerprint: '73d44ab449072bf6',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 32 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/restore-file-deleted-in-last-commit': {
      verdict: 'cue',
      fingerprint: '5c8bf669dc166a24',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 48 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
    'git-recovery/combine-last-commits': { verdict: 'ok', fingerprint: 'e0eb72e6e1c082a9' },
    'git-recovery/move-commit-off-main': {
      verdict: 'cue',
      fingerprint: 'b33708a23b7b6009',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 37 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/drop-secret-from-unpushed-commit': {
      verdict: 'ok',
      fingerprint: 'cef27c82c84379ba',
    },
    'git-recovery/start-bisect': { verdict: 'ok', fingerprint: '6045bbbef7a688f0' },
    'git-recovery/undo-pushed-commit-on-shared-branch': {
      verdict: 'cue',
      fingerprint: '1b6a0dd7e3b3baf7',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 41 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/conclude-merge-after-resolving': {
      verdict: 'cue',
      fingerprint: '8539d424c8f486ab',
      note: 'Cue, measured 2026-12-03 after this review: the key is the option most like the others in every draw (1.00 of 30 variants answered right by that rule alone), so a candidate who reads no Git finds it. Its wrong commands each differ from the key by one change; it waits for wrong answers that differ from each other as much as from the key, and a new review.',
    },
    'git-recovery/bring-back-reverted-work': { verdict: 'ok', fingerprint: 'b31fbbd8351b91ae' },
    'git-recovery/discard-all-uncommitted-edits': {
      verdict: 'cue',
      fingerprint: '4871a46c5ca14956',
      note: 'Cue, measured 2026-12-03 after this review: the key is the longest option in every draw (1.00 of 36 variants answered right by that rule alone), so a candidate who reads no Git finds it. It waits for wrong commands as long as the key, and a new review.',
    },
  },
}
