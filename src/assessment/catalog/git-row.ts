import { row } from './catalog-row.js'

/**
 * Git as a freelance developer uses it on a client's repository, every key a command checked in
 * a real repository (see the key test), never a habit of one team's workflow.
 */
export const GIT_ROW = row(
  'git-version-control',
  'Git version control for freelancers',
  'Technology & IT',
  4,
  20,
  [
    ['gitRecording', 25],
    ['gitBranching', 25],
    ['gitRemotes', 20],
    ['gitRecovery', 30],
  ],
  {
    jobTaskAnalysis:
      'A freelance developer works in a client’s repository next to the client’s own team, ' +
      'usually through a hosted remote and pull requests. Day to day the work is recording ' +
      'changes: staging exactly the intended edits, committing and amending unpushed commits, ' +
      'keeping secrets and build output out with ignore rules, stashing, and reading history, ' +
      'diffs and old file versions to understand the code (25 %). Each piece of work lives on ' +
      'a branch: creating and comparing branches, merging with or without a merge commit, ' +
      'squashing, rebasing onto an updated main and cherry-picking fixes (25 %). Work reaches ' +
      'the client through remotes: pushing with tracking branches, fetching and pulling with ' +
      'rebase, syncing a fork with upstream, and never overwriting a teammate’s commits (20 %). ' +
      'What separates a freelancer a client trusts from one who costs them a day is recovery: ' +
      'reading what went wrong (a detached HEAD, a reset too far, a deleted branch, a conflict ' +
      'in a merge, rebase or cherry-pick, a committed password) and undoing it, with revert ' +
      'rather than rewritten history on shared branches (30 %). Hosting-site features (pull ' +
      'request settings, CI) differ between vendors and are not tested; every key is a git ' +
      'command run in a real repository.',
  },
)
