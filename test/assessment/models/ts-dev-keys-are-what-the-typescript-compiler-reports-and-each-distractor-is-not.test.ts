import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import {
  distinctWrongs,
  scenarioFrame,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import {
  SETTINGS,
  type Setting,
  type TsScenario,
} from '../../../src/assessment/models/ts-dev/probe.js'
import { TS_FAMILIES_BY_MODEL } from '../../../src/assessment/models/ts-dev/ts-models.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Draws per family: the lines, their order and the drawn names change between them. */
const DRAWS = 30

const TSC = resolve(import.meta.dirname, '../../../node_modules/typescript/bin/tsc')

/** Parser diagnostics (expression, declaration or token expected, unexpected keyword). */
const SYNTAX = /error TS(1002|1003|1005|1109|1128|1434|1136|1135|1131):/

/** One program's files, its setting and where its diagnostics land, line by line per file. */
interface Program {
  readonly files: Readonly<Record<string, string>>
  readonly setting: Setting
}

/**
 * Compiles every distinct program with the real TypeScript compiler: one project per setting
 * (the setting's options exactly as the stem states them), each program in a folder of its own
 * and every file a module, so programs cannot see each other's names. Returns each program's
 * diagnostics as `file:line` strings.
 */
function compileAll(programs: readonly Program[]): Map<Program, string[]> {
  const root = mkdtempSync(join(tmpdir(), 'ts-dev-keys-'))
  const folders = new Map<Program, string>()
  const bySetting = new Map<Setting, Program[]>()
  for (const p of programs) bySetting.set(p.setting, [...(bySetting.get(p.setting) ?? []), p])
  const out = new Map<Program, string[]>()
  try {
    for (const [setting, list] of bySetting) {
      const project = join(root, setting)
      list.forEach((p, n) => {
        const folder = `p${n}`
        folders.set(p, `${setting}/${folder}`)
        for (const [name, text] of Object.entries(p.files)) {
          const path = join(project, folder, name)
          mkdirSync(dirname(path), { recursive: true })
          writeFileSync(path, name.endsWith('.d.ts') ? text : `${text}\nexport {}\n`)
        }
        out.set(p, [])
      })
      const compilerOptions = {
        ...SETTINGS[setting],
        noEmit: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022'],
        types: [],
      }
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({ compilerOptions, include: ['**/*.ts'] }),
      )
      const run = spawnSync(process.execPath, [TSC, '-p', '.', '--pretty', 'false'], {
        cwd: project,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        timeout: 120_000,
      })
      const byFolder = new Map(list.map((p) => [folders.get(p)!.split('/')[1]!, p]))
      // A syntax error anywhere stops tsc from checking types in the whole project.
      const syntax = run.stdout.split('\n').find((row) => SYNTAX.test(row))
      if (syntax) throw new Error(`${setting}: ${syntax}`)
      for (const row of run.stdout.split('\n')) {
        const m = /^(p\d+)\/(.+?)\((\d+),\d+\): error TS\d+/.exec(row)
        if (m) out.get(byFolder.get(m[1]!)!)!.push(`${m[2]}:${m[3]}`)
        else if (/error TS\d+/.test(row)) throw new Error(`${setting}: ${row}`)
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  return out
}

/** The verdict a compiled trial gives: per listed main.ts line, or for the whole project. */
function verdict(errors: readonly string[], lines: readonly number[]): string {
  if (lines.length === 0) return errors.length > 0 ? 'error' : 'clean'
  return lines.map((l) => (errors.includes(`main.ts:${l}`) ? 'error' : 'clean')).join(' ')
}

/** At least three distinct distractors, each naming its mistake, and a frame holding every answer. */
function optionSetProblems(drawn: { family: string; s: TsScenario }[]): string[] {
  const problems = drawn.flatMap(({ family, s }) => {
    const out: string[] = []
    const wrong = distinctWrongs(s)
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

/** What is wrong with the drawn items of one model's families, compiled by tsc. */
function misjudged(model: string, drawn: { family: string; s: TsScenario }[]): string[] {
  const checks: {
    label: string
    program: Program
    lines: readonly number[]
    shows: string
    same: boolean
  }[] = []
  const programs = new Map<string, Program>()
  const program = (files: Readonly<Record<string, string>>, setting: Setting): Program => {
    const id = `${setting}\n${JSON.stringify(files)}`
    if (!programs.has(id)) programs.set(id, { files, setting })
    return programs.get(id)!
  }
  drawn.forEach(({ family, s }, n) => {
    const label = `${model}/${family}#${n}`
    const key = s.probe.trial(s.key)
    checks.push({
      label: `${label} key`,
      program: program(key.files, key.setting),
      lines: key.lines,
      shows: key.shows,
      same: true,
    })
    for (const [text, mistake] of distinctWrongs(s)) {
      const t = s.probe.trial(text)
      checks.push({
        label: `${label} distractor ${text} is what tsc says (${mistake})`,
        program: program(t.files, t.setting),
        lines: t.lines,
        shows: t.shows,
        same: false,
      })
    }
  })
  const errors = compileAll([...programs.values()])
  return checks.flatMap((c) => {
    const found = errors.get(c.program)!
    const got = verdict(found, c.lines)
    const stray =
      c.same && c.lines.length > 0
        ? found.filter((e) => !c.lines.some((l) => e === `main.ts:${l}`))
        : []
    return [
      ...((got === c.shows) === c.same
        ? []
        : [`${c.label}: expected ${c.shows}, got ${got} ${found.join(',')}`]),
      ...(stray.length > 0
        ? [`${c.label}: errors off the numbered lines ${stray.join(', ')}`]
        : []),
    ]
  })
}

describeEngineIndependent('every drawn TypeScript item, compiled by tsc', () => {
  for (const [model, families] of TS_FAMILIES_BY_MODEL) {
    it(`${model}: the key is what tsc reports, each distractor is not`, () => {
      const drawn = drawFamilies<TsScenario>(families, DRAWS, 2026_12_05 + model.length)
      expect(familiesNeverDrawn(families, drawn)).toEqual([])
      expect(optionSetProblems(drawn)).toEqual([])
      // The first problem of each family, so one run shows every family that needs a fix.
      const first = new Map<string, string>()
      for (const p of misjudged(model, drawn)) {
        const at = p.split('#')[0]!
        if (!first.has(at)) first.set(at, p)
      }
      expect([...first.values()]).toEqual([])
    }, 120_000)
  }
})
