import { spawnSync } from 'node:child_process'
import { expect, it } from 'vitest'
import { JS_FAMILIES_BY_MODEL } from '../../../src/assessment/models/js-dev/js-models.js'
import type { JsScenario } from '../../../src/assessment/models/js-dev/probe.js'
import {
  distinctWrongs,
  scenarioFrame,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Draws per family: names, figures and variants of the snippet change between them. */
const DRAWS = 40

/**
 * Runs every program in one Node process, each in a fresh vm context (its own globals and
 * built-ins) whose console.log formats its arguments as Node's console does. Each program is
 * wrapped as Node wraps a CommonJS file (\`node app.js\`, as the stems say): a function of
 * exports, require, module, __filename and __dirname called with this = module.exports, so
 * top-level this, var and sloppy mode are those of a script file, not of a vm script. Timers are the
 * real event loop's, wrapped only to count what is still scheduled: the runner waits until no
 * timer is pending before the next program, so output from promise callbacks and timeouts
 * arrives in the order Node runs them. An error escaping the program, a timer callback or a
 * rejected promise nobody handles is recorded by its constructor's name, and (as when Node
 * stops on an uncaught error) nothing the program prints afterwards counts.
 */
const RUNNER = `
const vm = require('node:vm')
const util = require('node:util')
let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (d) => { input += d })
process.stdin.on('end', () => { main().then((out) => process.stdout.write(JSON.stringify(out))) })
let current = () => {}
process.on('unhandledRejection', (e) => current(e))
process.on('uncaughtException', (e) => current(e))
const turn = () => new Promise((r) => setImmediate(r))
async function main() {
  const out = []
  for (const program of JSON.parse(input)) {
    const lines = []
    let error = null
    const timers = new Map()
    const fail = (e) => { if (error === null) error = (e && e.constructor && e.constructor.name) || typeof e }
    current = fail
    const schedule = (fn, ms, args) => {
      const id = setTimeout(() => {
        timers.delete(id)
        if (error !== null) return
        try { fn(...args) } catch (e) { fail(e) }
      }, ms)
      timers.set(id, true)
      return id
    }
    const sandbox = {
      console: { log: (...a) => { if (error === null) lines.push(util.format(...a)) } },
      setTimeout: (fn, ms, ...args) => schedule(fn, ms, args),
      clearTimeout: (id) => { clearTimeout(id); timers.delete(id) },
      queueMicrotask, structuredClone, URL, URLSearchParams, TextEncoder, TextDecoder,
      AbortController, EventTarget, Event, Response, Headers, Request, FormData, Blob,
    }
    const context = vm.createContext(sandbox)
    try {
      const run = vm.compileFunction(program, ['exports', 'require', 'module', '__filename', '__dirname'], { parsingContext: context, filename: 'app.js' })
      const module = { exports: {} }
      run.call(module.exports, module.exports, undefined, module, 'app.js', '.')
    } catch (e) { fail(e) }
    const started = Date.now()
    await turn()
    while (timers.size > 0 && Date.now() - started < 3000) await turn()
    await turn()
    current = () => {}
    out.push([lines.join('\\n'), error])
  }
  return out
}
`

/** Output as options state it: printed lines, then the escaping error. */
function shown([printed, error]: [string, string | null], lines: boolean): string {
  const rows = printed === '' ? [] : printed.split('\n')
  if (error !== null) rows.push(`throws ${error}`)
  return rows.join(lines ? ' ' : '\n')
}

function runAll(programs: readonly string[]): Map<string, [string, string | null]> {
  const unique = [...new Set(programs)]
  const run = spawnSync(process.execPath, ['-e', RUNNER], {
    input: JSON.stringify(unique),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 28,
    env: { PATH: process.env.PATH, TZ: 'UTC', LANG: 'C.UTF-8' },
  })
  if (run.status !== 0) throw new Error(run.stderr)
  const results = JSON.parse(run.stdout) as [string, string | null][]
  return new Map(unique.map((p, i) => [p, results[i]!]))
}

/**
 * What is wrong with drawn option sets: at least three distinct distractors (the item shows the
 * three that carry the fewest cues), each naming its mistake, and a frame holding every answer.
 */
function optionSetProblems(drawn: { family: string; s: JsScenario }[]): string[] {
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

/** What is wrong with the drawn items of one model's families, run in Node. */
function misjudged(model: string, drawn: { family: string; s: JsScenario }[]): string[] {
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
        label: `${id} distractor is what Node prints (${mistake})`,
        program: t.program,
        expect: text,
        lines: t.lines ?? false,
        same: false,
      })
    }
  })
  const results = runAll(checks.map((c) => c.program))
  return checks.flatMap((c) => {
    const got = shown(results.get(c.program)!, c.lines)
    return (got === c.expect) === c.same ? [] : [`${c.label}: expected ${c.expect}, got ${got}`]
  })
}

describeEngineIndependent('every drawn JavaScript item, run in Node', () => {
  for (const [model, families] of JS_FAMILIES_BY_MODEL) {
    it(`${model}: the key is what Node prints, each distractor is not`, () => {
      const drawn = drawFamilies<JsScenario>(families, DRAWS, 2026_12_05 + model.length)
      expect(familiesNeverDrawn(families, drawn)).toEqual([])
      expect(optionSetProblems(drawn)).toEqual([])
      expect(misjudged(model, drawn).slice(0, 10)).toEqual([])
    }, 120_000)
  }
})
