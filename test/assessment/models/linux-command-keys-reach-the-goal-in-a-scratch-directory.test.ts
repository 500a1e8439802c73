import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import type { UsageFamily } from '../../../src/assessment/models/editing/editing-model.js'
import { LINUX_FAMILIES_BY_MODEL } from '../../../src/assessment/models/linux/linux-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

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
 * One family as shell: its setup fills a scratch directory once, then each option runs in its own
 * copy (cp -a keeps modes, times and hard links), its output in ../out, and the family's check
 * prints 1 when the goal is reached. A command runs in a subshell with no input, so one that
 * changes folder, sets options or traps leaves the check untouched; the umask is fixed so modes
 * do not depend on the machine. No trial runs inside an if or an && list, where bash would
 * ignore a `set -e` the command sets.
 */
function familyScript(n: number, family: UsageFamily, commands: readonly string[]): string {
  const trials = commands.map(
    (command, i) => `cp -a "$w/$n/s/." "$w/$n/${i}/"
(cd "$w/$n/${i}/d" || exit 1
export HOME="$w/$n/${i}"; umask 022
(${command}
) >../out 2>/dev/null </dev/null
${family.check}
) >/dev/null 2>&1 </dev/null
if [ $? = 0 ]; then echo 1; else echo 0; fi`,
  )
  return `n=${n}; mkdir -p "$w/$n/s/d" && (
cd "$w/$n/s/d" && umask 022 && ${family.setup ?? 'true'}
) >/dev/null 2>&1 </dev/null || echo setup-failed
${commands.map((_, i) => `mkdir "$w/$n/${i}"`).join('; ')}
${trials.join('\n')}`
}

/**
 * Families run a few at a time; bash reads the script from its standard input (a script this long
 * exceeds what one argument may hold) and prints the results in order.
 */
function script(parts: readonly string[]): string {
  const jobs = parts.map(
    (part, n) => `{\n${part}\n} > "$w/${n}.res" < /dev/null &\n${n % 6 === 5 ? 'wait\n' : ''}`,
  )
  return `w=$(mktemp -d); trap 'rm -rf "$w"' EXIT\n${jobs.join('')}wait\nfor n in $(seq 0 ${parts.length - 1}); do cat "$w/$n.res"; done`
}

/** No user configuration and the C locale, so sorting and character classes are the manual's. */
const SHELL_ENV = { PATH: process.env.PATH, LC_ALL: 'C', TZ: 'UTC' }

/** Each option of each family run in a scratch directory: the ones whose outcome contradicts the key. */
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
    timeout: 120_000,
    env: SHELL_ENV,
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

describeEngineIndependent('every option of every Linux command-line family', () => {
  for (const [model, list] of LINUX_FAMILIES_BY_MODEL) {
    it(`${model}: in bash on GNU/Linux, the key reaches the goal and every other command does not`, () => {
      expect(misjudged(model, list)).toEqual([])
    }, 150_000)
  }
})
