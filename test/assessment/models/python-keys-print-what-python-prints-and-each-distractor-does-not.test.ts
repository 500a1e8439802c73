import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import type { PyScenario } from '../../../src/assessment/models/python-dev/probe.js'
import { PY_FAMILIES_BY_MODEL } from '../../../src/assessment/models/python-dev/python-models.js'
import {
  distinctWrongs,
  scenarioFrame,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Draws per family: names, figures and variants of the snippet change between them. */
const DRAWS = 60

/**
 * Runs every program in one Python process: each in a fresh namespace and an empty scratch
 * folder, its printed output captured and an escaping exception recorded by class name, with a
 * time limit so a runaway loop fails its item instead of the test. State a program can leave in
 * the shared interpreter is reset before the next: every logger's handlers, levels and the
 * logging switch, and the decimal context. A program's namespace is emptied and collected while
 * its output is still captured, so a finaliser prints into that program's output; anything
 * printed outside a program goes to a sink, never to the results.
 */
const RUNNER = `
import contextlib, decimal, gc, io, json, logging, os, signal, sys, tempfile
programs = json.load(sys.stdin)
results = sys.__stdout__
sys.stdout = io.StringIO()
base = tempfile.mkdtemp()
def late(*_):
    raise TimeoutError('too slow')
signal.signal(signal.SIGALRM, late)
def fresh_logging():
    # A fresh interpreter has an unconfigured root logger; basicConfig does nothing once it has one.
    logging.disable(logging.NOTSET)
    for logger in [logging.root, *logging.Logger.manager.loggerDict.values()]:
        if not isinstance(logger, logging.Logger):
            continue
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        logger.setLevel(logging.WARNING if logger is logging.root else logging.NOTSET)
        logger.propagate = True
        logger.disabled = False
out = []
for i, program in enumerate(programs):
    folder = os.path.join(base, str(i))
    os.mkdir(folder)
    os.chdir(folder)
    fresh_logging()
    decimal.setcontext(decimal.Context())
    buf = io.StringIO()
    error = None
    namespace = {'__name__': '__main__'}
    with contextlib.redirect_stdout(buf):
        signal.alarm(3)
        try:
            exec(compile(program, '<item>', 'exec'), namespace)
        except BaseException as e:
            error = type(e).__name__
        finally:
            signal.alarm(0)
        namespace.clear()
        gc.collect()
    out.append([buf.getvalue(), error])
results.write(json.dumps(out))
`

/** The Debian packages that give python3 the modules the item programs import beyond the standard library. */
const DEBIAN_PYTHON_PACKAGES = 'python3-pytest python3-packaging'

/**
 * The programs import pytest and packaging (the version-specifier library pip vendors); without
 * them every such key would read as wrong for the wrong reason, so the test stops and says what
 * to install.
 */
function pythonModulesMissing(): string | undefined {
  const run = spawnSync('python3', ['-I', '-c', 'import pytest, packaging'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8' },
  })
  if (run.status === 0) return undefined
  return `python3 cannot import pytest and packaging (${(run.stderr || String(run.error)).trim().split('\n').pop()}): install the Debian packages ${DEBIAN_PYTHON_PACKAGES} (apt-get install ${DEBIAN_PYTHON_PACKAGES}); .ci/run does`
}

/** Output as options state it: printed lines, then the escaping exception. */
function shown([printed, error]: [string, string | null], lines: boolean): string {
  const rows = printed.replace(/\n$/, '').split('\n')
  if (printed === '') rows.length = 0
  if (error !== null) rows.push(`raises ${error}`)
  return rows.join(lines ? ' ' : '\n')
}

function runAll(programs: readonly string[]): Map<string, [string, string | null]> {
  const missing = pythonModulesMissing()
  if (missing !== undefined) throw new Error(missing)
  const unique = [...new Set(programs)]
  const run = spawnSync('python3', ['-I', '-c', RUNNER], {
    input: JSON.stringify(unique),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 28,
    env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8', TZ: 'UTC', PYTHONHASHSEED: '0' },
  })
  if (run.status !== 0) throw new Error(run.stderr)
  const results = JSON.parse(run.stdout) as [string, string | null][]
  return new Map(unique.map((p, i) => [p, results[i]!]))
}

/**
 * What is wrong with drawn option sets: at least three distinct distractors (the item shows the
 * three that carry the fewest cues), each naming its mistake, and a frame holding every answer.
 */
function optionSetProblems(drawn: { family: string; s: PyScenario }[]): string[] {
  const problems = drawn.flatMap(({ family, s }) => {
    const wrong = distinctWrongs(s)
    const out: string[] = []
    if (wrong.length < 3) out.push(`${family}: ${wrong.length} distinct distractors`)
    if (wrong.some(([, m]) => m.trim().length < 10)) out.push(`${family}: unnamed mistake`)
    try {
      scenarioFrame(s)
    } catch (error) {
      out.push(`${family}: ${(error as Error).message}`)
    }
    return out
  })
  return [...new Set(problems)].slice(0, 8)
}

/** What is wrong with the drawn items of one model's families, run in Python. */
function misjudged(model: string, drawn: { family: string; s: PyScenario }[]): string[] {
  const checks: {
    label: string
    program: string
    expect: string
    lines: boolean
    same: boolean
  }[] = []
  drawn.forEach(({ family, s }, n) => {
    const id = `${model}/${family}#${n}`
    const key = s.probe.trial(s.key)
    checks.push({ label: `${id} key`, ...key, lines: key.lines ?? false, same: true })
    for (const [text, mistake] of distinctWrongs(s)) {
      const t = s.probe.trial(text)
      checks.push({
        label: `${id} distractor is what Python prints (${mistake})`,
        program: t.program,
        expect: text,
        lines: t.lines ?? false,
        same: false,
      })
    }
    for (const [text, program] of s.probe.shows ?? []) {
      const lines = s.probe.trial(text).lines ?? false
      checks.push({ label: `${id} mistake's program`, program, expect: text, lines, same: true })
    }
  })
  const results = runAll(checks.map((c) => c.program))
  return checks.flatMap((c) => {
    const got = shown(results.get(c.program)!, c.lines)
    return (got === c.expect) === c.same ? [] : [`${c.label}: expected ${c.expect}, got ${got}`]
  })
}

describeEngineIndependent('every drawn Python item, run in Python 3', () => {
  it('python3 has pytest and packaging, which the item programs import', () => {
    expect(pythonModulesMissing()).toBeUndefined()
  })
  for (const [model, families] of PY_FAMILIES_BY_MODEL) {
    it(`${model}: the key is what Python prints, each distractor is not, each mistake's program prints its answer`, () => {
      const drawn = drawFamilies<PyScenario>(families, DRAWS, 2026_12_04 + model.length)
      expect(familiesNeverDrawn(families, drawn)).toEqual([])
      expect(optionSetProblems(drawn)).toEqual([])
      expect(misjudged(model, drawn).slice(0, 10)).toEqual([])
    }, 120_000)
  }
})
