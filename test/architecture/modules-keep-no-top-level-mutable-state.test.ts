import { resolve, sep } from 'node:path'
import {
  NodeFlags,
  type SourceFile,
  SyntaxKind,
  type VariableStatement,
} from 'typescript/unstable/ast'
import { API } from 'typescript/unstable/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const SRC = `${resolve(ROOT, 'src')}${sep}`
/** The composition root, the command line and the browser app may hold process state. */
const ALLOWED = ['platform', 'cli', 'web'].map((part) => `${SRC}${part}${sep}`)
const FIXTURE = resolve(ROOT, 'test/fixtures/architecture/module-with-top-level-state.ts')

/** `let` and `var` at a module's top level, as `file:line name`. */
function topLevelMutableBindings(file: SourceFile): string[] {
  return file.statements
    .filter((statement) => statement.kind === SyntaxKind.VariableStatement)
    .filter((statement) => {
      const { flags } = (statement as VariableStatement).declarationList
      return (flags & (NodeFlags.Const | NodeFlags.Using)) === 0
    })
    .flatMap((statement) => {
      const line = file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1
      return (statement as VariableStatement).declarationList.declarations.map(
        (declaration) =>
          `${file.fileName.slice(ROOT.length + 1)}:${line} ${declaration.name.getText(file)}`,
      )
    })
}

describe('module-level state', () => {
  let api: API
  let files: SourceFile[]
  beforeAll(() => {
    // The compiler's own parser, through the project's tsconfig: every file it compiles.
    api = new API({ cwd: ROOT })
    const project = api
      .updateSnapshot({ openProjects: [resolve(ROOT, 'tsconfig.json')] })
      .getProjects()[0]!
    files = project.program
      .getSourceFileNames()
      .filter((name) => name === FIXTURE || name.startsWith(SRC))
      .map((name) => project.program.getSourceFile(name)!)
  })
  afterAll(() => api?.close())

  it('is found: a top-level let or var is named with its line, a const is not', () => {
    const fixture = files.find((file) => file.fileName === FIXTURE)!
    expect(topLevelMutableBindings(fixture)).toEqual([
      'test/fixtures/architecture/module-with-top-level-state.ts:3 calls',
      'test/fixtures/architecture/module-with-top-level-state.ts:4 lastCaller',
    ])
  })

  it('is kept by no module under src/ outside platform, cli and web', () => {
    const parts = files.filter(
      (file) =>
        file.fileName.startsWith(SRC) && !ALLOWED.some((dir) => file.fileName.startsWith(dir)),
    )
    expect(parts.length).toBeGreaterThan(300)
    expect(parts.flatMap(topLevelMutableBindings)).toEqual([])
  })
})
