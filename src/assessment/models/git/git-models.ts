import type { UsageFamily } from '../editing/editing-model.js'
import { editingModel } from '../editing/editing-model.js'
import { GIT_BRANCHING_FAMILIES } from './branching-families.js'
import { GIT_COMMAND_FAMILIES } from './command-families.js'
import { GIT_RECORDING_FAMILIES } from './recording-families.js'
import { GIT_RECOVERY_FAMILIES } from './recovery-families.js'
import { GIT_REMOTE_FAMILIES } from './remote-families.js'

/** Every git model's families by model id, for the test that runs each option in a repository. */
export const GIT_FAMILIES_BY_MODEL: ReadonlyMap<string, readonly UsageFamily[]> = new Map([
  ['git-commands', GIT_COMMAND_FAMILIES],
  ['git-recording', GIT_RECORDING_FAMILIES],
  ['git-branching', GIT_BRANCHING_FAMILIES],
  ['git-remotes', GIT_REMOTE_FAMILIES],
  ['git-recovery', GIT_RECOVERY_FAMILIES],
])

// The models of the Git version control test. Their families are its own: git-commands, which
// other tests draw on, keeps its families, so no family counts towards two offered tests.

export const gitRecordingModel = editingModel({
  id: 'git-recording',
  title: 'Git: recording and inspecting changes',
  families: GIT_RECORDING_FAMILIES,
  companions: [],
  language: 'sh',
})

export const gitBranchingModel = editingModel({
  id: 'git-branching',
  title: 'Git: branching, merging and rebasing',
  families: GIT_BRANCHING_FAMILIES,
  companions: [],
  language: 'sh',
})

export const gitRemotesModel = editingModel({
  id: 'git-remotes',
  title: 'Git: remotes and working with a team',
  families: GIT_REMOTE_FAMILIES,
  companions: [],
  language: 'sh',
})

export const gitRecoveryModel = editingModel({
  id: 'git-recovery',
  title: 'Git: undoing mistakes and recovering work',
  families: GIT_RECOVERY_FAMILIES,
  companions: [],
  language: 'sh',
})

/** The Git version control test's models, in blueprint order, for the registry. */
export const GIT_VERSION_CONTROL_MODELS = [
  gitRecordingModel,
  gitBranchingModel,
  gitRemotesModel,
  gitRecoveryModel,
]
