import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the Linux command line test, spread into the domain library. */
export const LINUX_DOMAINS = {
  linuxFiles: {
    id: 'linux-files',
    title: 'Files, paths, permissions and links',
    itemModelIds: ['linux-files'],
    outcome:
      'Set modes in octal and symbolic form, the umask and special bits, and create, copy and move files and links safely',
  },
  linuxText: {
    id: 'linux-text',
    title: 'Text processing',
    itemModelIds: ['linux-text'],
    outcome:
      'Select, count, edit and summarise text with grep, sed, awk, sort, uniq, cut, tr, wc, head and tail',
  },
  linuxShell: {
    id: 'linux-shell',
    title: 'The shell language',
    itemModelIds: ['linux-shell'],
    outcome:
      'Quote, expand, glob and redirect as intended, and use exit status, set -e, variables, arrays and parameter expansion correctly',
  },
  linuxFindArchives: {
    id: 'linux-find-archives',
    title: 'Finding files, xargs and archives',
    itemModelIds: ['linux-find-archives'],
    outcome:
      'Find files by name, age, size and depth, act on them with -exec and xargs, and create, list and extract tar and gzip archives',
  },
  linuxProcesses: {
    id: 'linux-processes',
    title: 'Processes, jobs and signals',
    itemModelIds: ['linux-processes'],
    outcome:
      'Run, wait for, inspect and stop processes and background jobs, and send, trap and ignore signals correctly',
  },
} as const satisfies Record<string, ModelDomain>
