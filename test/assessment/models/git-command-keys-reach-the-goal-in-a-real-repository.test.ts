import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import type { UsageFamily } from '../../../src/assessment/models/editing/editing-model.js'
import { GIT_FAMILIES_BY_MODEL } from '../../../src/assessment/models/git/git-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const hasGit = spawnSync('git', ['--version']).status === 0

/** The key and every one- and two-mistake option of each frame, word choices drawn first. */
function options(family: UsageFamily): { command: string; isKey: boolean }[] {
  return family.frames.flatMap((frame) => {
    const parts = parseFrame(resolveWords(frame, (choices) => choices[0]!))
    const points = editPoints(parts)
    const out = [{ command: render(parts), isKey: true }]
    points.forEach((p, i) => {
      p.wrong.forEach((_, j) => {
        out.push({ command: render(parts, new Map([[i, j]])), isKey: false })
        points.forEach((q, k) => {
          if (k <= i) return
          q.wrong.forEach((__, n) => {
            const errors = new Map([
              [i, j],
              [k, n],
            ])
            out.push({ command: render(parts, errors), isKey: false })
          })
        })
      })
    })
    return out
  })
}

/**
 * One family as shell, run in the background: its setup builds a starting repository once (beside
 * it a remote or a teammate's clone when the family needs them), then each option runs in its own
 * copy, printing into ../out, and the family's check prints 1 when the goal is reached. A command
 * runs in a subshell, so one that changes folder leaves the check at the repository's root. A
 * copy's files have new inodes, so its index is refreshed first, as git would find it unchanged.
 */
function familyScript(n: number, family: UsageFamily, commands: readonly string[]): string {
  const trials = commands.map(
    (command, i) => `cp -a "$w/$n/s/." "$w/$n/${i}/"
if (cd "$w/$n/${i}/repo" && export HOME="$w/$n/${i}" && { git update-index -q --refresh >/dev/null 2>&1; true; } && (${command}) >../out 2>/dev/null; ${family.check}) >/dev/null 2>&1; then echo 1; else echo 0; fi`,
  )
  return `n=${n}; mkdir -p "$w/$n/s/repo" && (
cd "$w/$n/s/repo" && export HOME="$w/$n/s" && git init -q --template= -b main . && mkdir .git/info .git/hooks && ${family.setup}
) >/dev/null 2>&1 || echo setup-failed
${commands.map((_, i) => `mkdir "$w/$n/${i}"`).join('; ')}
${trials.join('\n')}`
}

/**
 * Families run a few at a time, each reading nothing from the script, which bash reads from its
 * standard input (a script this long exceeds what one argument may hold); results come back in order.
 */
function script(parts: readonly string[]): string {
  const jobs = parts.map(
    (part, n) => `{\n${part}\n} > "$w/${n}.res" < /dev/null &\n${n % 4 === 3 ? 'wait\n' : ''}`,
  )
  return `w=$(mktemp -d); trap 'rm -rf "$w"' EXIT\n${jobs.join('')}wait\nfor n in $(seq 0 ${parts.length - 1}); do cat "$w/$n.res"; done`
}

/** No user or system configuration: identity, editors and branch names are the test's own. */
const GIT_ENV = {
  PATH: process.env.PATH,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Tester',
  GIT_AUTHOR_EMAIL: 'tester@example.test',
  GIT_COMMITTER_NAME: 'Tester',
  GIT_COMMITTER_EMAIL: 'tester@example.test',
  GIT_EDITOR: 'true',
  GIT_SEQUENCE_EDITOR: 'true',
}

/** Each option of each family run in a repository: the ones whose outcome contradicts the key. */
function misjudged(model: string, list: readonly UsageFamily[]): string[] {
  const families = list.map((family) => ({ family, options: options(family) }))
  const parts = families.map((f, n) =>
    familyScript(
      n,
      f.family,
      f.options.map((o) => o.command),
    ),
  )
  const run = spawnSync('bash', ['-s'], {
    input: script(parts),
    encoding: 'utf8',
    timeout: 590_000,
    env: GIT_ENV,
  })
  const lines = (run.stdout ?? '').trim().split('\n')
  const wrong: string[] = []
  let at = 0
  for (const f of families) {
    const id = `${model}/${f.family.id}`
    if (lines[at] === 'setup-failed') {
      wrong.push(`${id}: setup fails`)
      at++
    }
    for (const o of f.options) {
      if ((lines[at++] === '1') !== o.isKey) {
        wrong.push(`${id} ${o.isKey ? 'key misses' : 'distractor reaches'}: ${o.command}`)
      }
    }
  }
  if (at !== lines.length) wrong.push(`${model}: ${lines.length} results for ${at} options`)
  return wrong
}

// One case per model; a few hundred repositories take minutes when the machine is busy.
describeEngineIndependent('every option of every git family', () => {
  for (const [model, list] of GIT_FAMILIES_BY_MODEL) {
    it.skipIf(!hasGit)(
      `${model}: in a real repository, the key reaches the goal and every other command does not`,
      () => {
        expect(misjudged(model, list)).toEqual([])
      },
      600_000,
    )
  }
})
