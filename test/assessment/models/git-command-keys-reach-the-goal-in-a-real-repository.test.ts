import { spawnSync } from 'node:child_process'
import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  itemModel,
} from '../../../src/assessment/index.js'
import { GIT_COMMAND_FAMILIES } from '../../../src/assessment/models/git/command-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

/** Every family about twice; each option costs a fresh repository and a dozen git processes. */
const VARIANTS = 24
const hasGit = spawnSync('git', ['--version']).status === 0

/** One shell run per option: a fresh repository, the family's setup, the option, the check. */
function trial(setup: string, command: string, check: string): string {
  return `d=$(mktemp -d)
if (cd "$d" && git init -q -b main . && ${setup} && { ${command}; } >/dev/null 2>&1; ${check}) >/dev/null 2>&1; then echo 1; else echo 0; fi
rm -rf "$d"`
}

describeEngineIndependent(`${VARIANTS} variants of the git command model`, () => {
  it.skipIf(!hasGit)(
    'in a real repository, the key reaches the goal and every other command does not',
    async () => {
      const families = new Map(GIT_COMMAND_FAMILIES.map((f) => [`git-commands/${f.id}`, f]))
      const variants = await generateVariants(
        itemModel('git-commands')!,
        createRng(2026_12_03),
        VARIANTS,
        engines,
      )
      const script = variants
        .flatMap((v) => {
          const f = families.get(v.family!)!
          return v.options.map((o) => trial(f.setup!, o.value, f.check!))
        })
        .join('\n')
      const home = spawnSync('mktemp', ['-d']).stdout.toString().trim()
      const run = spawnSync('bash', ['-c', script], {
        encoding: 'utf8',
        timeout: 120_000,
        // No user configuration: identity and editor are the test's own.
        env: {
          PATH: process.env.PATH,
          HOME: home,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 'Tester',
          GIT_AUTHOR_EMAIL: 'tester@example.test',
          GIT_COMMITTER_NAME: 'Tester',
          GIT_COMMITTER_EMAIL: 'tester@example.test',
          GIT_EDITOR: 'true',
        },
      })
      spawnSync('rm', ['-rf', home])
      const reached = run.stdout.trim().split('\n')
      const wrong: string[] = []
      let at = 0
      for (const v of variants) {
        for (const o of v.options) {
          const isKey = v.keys.includes(o.id)
          if ((reached[at++] === '1') !== isKey) {
            wrong.push(`${v.family} ${isKey ? 'key misses' : 'distractor reaches'}: ${o.value}`)
          }
        }
      }
      expect(reached.length).toBe(VARIANTS * 4)
      expect(wrong.slice(0, 5)).toEqual([])
    },
    120_000,
  )
})
