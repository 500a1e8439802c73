import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the Git version control test, spread into the domain library. */
export const GIT_DOMAINS = {
  gitRecording: {
    id: 'git-recording',
    title: 'Recording and inspecting changes',
    itemModelIds: ['git-recording'],
    outcome:
      'Stage, commit, ignore and stash exactly the changes meant, and read history, diffs and file versions',
  },
  gitBranching: {
    id: 'git-branching',
    title: 'Branching, merging and rebasing',
    itemModelIds: ['git-branching'],
    outcome:
      'Create, compare and remove branches, and merge, squash, rebase and cherry-pick with the history intended',
  },
  gitRemotes: {
    id: 'git-remotes',
    title: 'Remotes and working with a team',
    itemModelIds: ['git-remotes'],
    outcome:
      'Push, fetch and pull with tracking branches, keep a fork in step and never overwrite a teammate’s work',
  },
  gitRecovery: {
    id: 'git-recovery',
    title: 'Undoing mistakes and recovering work',
    itemModelIds: ['git-recovery'],
    outcome:
      'Tell what went wrong (a detached HEAD, a reset too far, a conflict, a committed secret) and undo it safely, by revert on shared branches',
  },
} as const satisfies Record<string, ModelDomain>
