import type { UsageFamily } from '../editing/editing-model.js'
import { editingModel } from '../editing/editing-model.js'
import { LINUX_FILES_FAMILIES } from './files-families.js'
import { LINUX_FIND_FAMILIES } from './find-families.js'
import { LINUX_PROCESS_FAMILIES } from './process-families.js'
import { LINUX_SHELL_FAMILIES } from './shell-families.js'
import { LINUX_TEXT_FAMILIES } from './text-families.js'

/** Every Linux model's families by model id, for the test that runs each option in bash. */
export const LINUX_FAMILIES_BY_MODEL: ReadonlyMap<string, readonly UsageFamily[]> = new Map([
  ['linux-files', LINUX_FILES_FAMILIES],
  ['linux-text', LINUX_TEXT_FAMILIES],
  ['linux-shell', LINUX_SHELL_FAMILIES],
  ['linux-find-archives', LINUX_FIND_FAMILIES],
  ['linux-processes', LINUX_PROCESS_FAMILIES],
])

// The models of the Linux command line test, one per domain. Each family states its goal in its
// own stem and its options are whole command lines, so the model adds no second sentence.

export const linuxFilesModel = editingModel({
  id: 'linux-files',
  title: 'Linux: files, paths, permissions and links',
  families: LINUX_FILES_FAMILIES,
  companions: [],
  language: 'sh',
})

export const linuxTextModel = editingModel({
  id: 'linux-text',
  title: 'Linux: text processing with grep, sed, awk and coreutils',
  families: LINUX_TEXT_FAMILIES,
  companions: [],
  language: 'sh',
})

export const linuxShellModel = editingModel({
  id: 'linux-shell',
  title: 'Linux: the bash language',
  families: LINUX_SHELL_FAMILIES,
  companions: [],
  language: 'sh',
})

export const linuxFindArchivesModel = editingModel({
  id: 'linux-find-archives',
  title: 'Linux: find, xargs and archives',
  families: LINUX_FIND_FAMILIES,
  companions: [],
  language: 'sh',
})

export const linuxProcessesModel = editingModel({
  id: 'linux-processes',
  title: 'Linux: processes, jobs and signals',
  families: LINUX_PROCESS_FAMILIES,
  companions: [],
  language: 'sh',
})

/** The Linux command line test's models, in blueprint order, for the registry. */
export const LINUX_COMMAND_LINE_MODELS = [
  linuxFilesModel,
  linuxTextModel,
  linuxShellModel,
  linuxFindArchivesModel,
  linuxProcessesModel,
]
