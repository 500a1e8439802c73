import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { BASH_FAMILIES_BY_MODEL } from '../../../src/assessment/models/bash/bash-models.js'
import type { BashFamily, Trial } from '../../../src/assessment/models/bash/probe.js'
import {
  distinctWrongs,
  scenarioFrame,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { createRng } from '../../../src/assessment/rng.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Draws tried per family: names, values and operators vary between them. */
const DRAWS = 2

interface Run {
  readonly label: string
  readonly setup: string
  readonly trial: Trial
  /** Whether the check must succeed: the key's goal and a mistake's own output, yes; a distractor's, no. */
  readonly reaches: boolean
}

/** The key, every distinct wrong answer and every mistake's own program of some draws of a family. */
function runs(model: string, family: BashFamily): Run[] {
  const out: Run[] = []
  for (let seed = 1; seed <= DRAWS; seed++) {
    const s = family.draw(createRng(seed * 7919 + model.length))
    // The frame the variant is built from must hold every answer and mistake as written.
    scenarioFrame(s)
    const setup = s.probe.setup ?? 'true'
    const id = `${model}/${family.id}#${seed}`
    out.push({
      label: `${id} key misses: ${s.key}`,
      setup,
      trial: s.probe.trial(s.key),
      reaches: true,
    })
    const wrongs = distinctWrongs(s)
    if (wrongs.length < 3)
      out.push({
        label: `${id}: fewer than 3 distractors`,
        setup,
        trial: { program: 'true', check: 'false' },
        reaches: true,
      })
    for (const [text, mistake] of wrongs) {
      out.push({
        label: `${id} distractor reaches (${mistake}): ${text}`,
        setup,
        trial: s.probe.trial(text),
        reaches: false,
      })
    }
    for (const [text, program] of s.probe.shows ?? []) {
      const check = s.probe.trial(text).check
      out.push({
        label: `${id} mistake does not print ${text}`,
        setup,
        trial: { program, check },
        reaches: true,
      })
    }
  }
  return out
}

const END = '__BASHS_END__'
/** A here-document read by builtins only, so writing a file costs no process. */
const file = (name: string, body: string): string => {
  if (body.includes(END)) throw new Error(`a program holds the here-document end: ${body}`)
  return `put ${name} <<'${END}'\n${body}\n${END}`
}

/**
 * One run in its own scratch folder `d`: the setup and the check run in subshells, the program as
 * a script file in a fresh bash with no input, so an `exit`, `set -e` or trap in it touches
 * nothing else.
 */
function runScript(i: number, r: Run): string {
  return [
    `cd "$w/${i}/d" || exit 1`,
    file('../p.sh', r.trial.program),
    `(\n${r.setup}\n) >/dev/null 2>&1 </dev/null`,
    'bash ../p.sh >../out 2>../err </dev/null',
    `(\n${r.trial.check}\n) >/dev/null 2>&1 </dev/null`,
    `echo "${i} $?"`,
  ].join('\n')
}

const PUT = `put() { IFS= read -r -d '' body; printf '%s\\n' "$body" > "$1"; }`

/** The C locale and no user configuration, so globs sort and classes match as the manual says. */
const SHELL_ENV = { PATH: process.env.PATH, LC_ALL: 'C', TZ: 'UTC', HOME: '/nonexistent' }

/** Every run of a model's families, in two parallel halves; the labels of runs whose outcome is wrong. */
function misjudged(model: string, families: readonly BashFamily[]): string[] {
  const all = families.flatMap((f) => runs(model, f))
  const halves = [0, 1].map((h) => {
    const mine = all.map((r, i) => [r, i] as const).filter(([, i]) => i % 2 === h)
    const dirs = mine.map(([, i]) => `"$w/${i}/d"`).join(' ')
    return `mkdir -p ${dirs}\n${mine.map(([r, i]) => runScript(i, r)).join('\n')}`
  })
  const script = `w=$(mktemp -d); trap 'rm -rf "$w"' EXIT\n${PUT}\n${halves
    .map((h, n) => `(\n${h}\n) > "$w/res${n}" &`)
    .join('\n')}\nwait; cat "$w/res0" "$w/res1"`
  const run = spawnSync('bash', ['-s'], {
    input: script,
    encoding: 'utf8',
    timeout: 120_000,
    env: SHELL_ENV,
    maxBuffer: 1 << 26,
  })
  const status = new Map<number, string>()
  for (const line of (run.stdout ?? '').trim().split('\n')) {
    const [i, rc] = line.split(' ')
    status.set(Number(i), rc ?? '')
  }
  return all.flatMap((r, i) => {
    const rc = status.get(i)
    if (rc === undefined) return [`${r.label} (not run)`]
    return (rc === '0') === r.reaches ? [] : [r.label]
  })
}

describeEngineIndependent('every option of every bash-scripting family, run in bash', () => {
  for (const [model, families] of BASH_FAMILIES_BY_MODEL) {
    it(`${model}: the key does what the stem asks, each distractor does not, each mistake prints its answer`, () => {
      expect(misjudged(model, families)).toEqual([])
    }, 120_000)
  }
})
