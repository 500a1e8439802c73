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

export const linuxFilesModel = editingModel({
  id: 'linux-files',
  title: 'Linux: files, paths, permissions and links',
  families: LINUX_FILES_FAMILIES,
  companions: [],
  language: 'sh',
})
