import { editingModel } from '../editing/editing-model.js'
import { GIT_COMMAND_FAMILIES } from './command-families.js'

/** Which git command reaches a stated goal: each other command a named misreading of git. */
export const gitCommandsModel = editingModel({
  id: 'git-commands',
  title: 'Git: commands and the state they leave',
  families: GIT_COMMAND_FAMILIES,
  companions: [],
  language: 'sh',
})
