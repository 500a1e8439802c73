import { dirname, relative, resolve, sep } from 'node:path'
import {
  isExportDeclaration,
  isImportDeclaration,
  isStringLiteral,
  type SourceFile,
} from 'typescript/unstable/ast'
import { API } from 'typescript/unstable/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const SRC = resolve(ROOT, 'src')
const DB = `${resolve(SRC, 'db')}${sep}`
const FIXTURE = resolve(ROOT, 'test/fixtures/architecture/module-reading-another-parts-tables.ts')

/** Where each relative import or re-export of a file points, as absolute `.ts` paths. */
function importedFiles(file: SourceFile): string[] {
  return file.statements
    .flatMap((s) => (isImportDeclaration(s) || isExportDeclaration(s) ? [s.moduleSpecifier] : []))
    .flatMap((specifier) => (specifier && isStringLiteral(specifier) ? [specifier.text] : []))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file.fileName), specifier.replace(/\.js$/, '.ts')))
}

/** The part whose tables module this is (`src/<part>/tables.ts`), or null. */
function tablesOwner(path: string): string | null {
  const [part, name, ...rest] = relative(SRC, path).split(sep)
  return name === 'tables.ts' && rest.length === 0 && part !== '..' ? part! : null
}

/** Imports that break the rule, as `importer -> imported` relative to the repository. */
function forbiddenImports(importer: string, imported: readonly string[]): string[] {
  const inside = (dir: string) => importer.startsWith(`${resolve(SRC, dir)}${sep}`)
  return imported
    .filter((target) => {
      const owner = tablesOwner(target)
      if (owner !== null && !inside(owner) && !inside('db')) return true
      // The engine knows no part: a part's tables reach `db` as a type parameter, not an import.
      return importer.startsWith(DB) && target.startsWith(`${SRC}${sep}`) && !target.startsWith(DB)
    })
    .map((target) => `${relative(ROOT, importer)} -> ${relative(ROOT, target)}`)
}

describe("a part's tables", () => {
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
      .filter((name) => !name.includes(`${sep}node_modules${sep}`))
      .map((name) => project.program.getSourceFile(name)!)
  })
  afterAll(() => api?.close())

  it('are found when imported or re-exported from outside their part', () => {
    const fixture = files.find((file) => file.fileName === FIXTURE)!
    expect(forbiddenImports(fixture.fileName, importedFiles(fixture))).toEqual([
      'test/fixtures/architecture/module-reading-another-parts-tables.ts -> src/accounts/tables.ts',
      'test/fixtures/architecture/module-reading-another-parts-tables.ts -> src/accounts/tables.ts',
    ])
  })

  it('are found when db would import a part, and allowed inside their own part', () => {
    const at = (path: string) => resolve(ROOT, path)
    expect(
      forbiddenImports(at('src/db/open.ts'), [at('src/study/tables.ts'), at('src/db/ids.ts')]),
    ).toEqual(['src/db/open.ts -> src/study/tables.ts'])
    expect(
      forbiddenImports(at('src/study/runs/study-run-repo.ts'), [at('src/study/tables.ts')]),
    ).toEqual([])
  })

  it('are imported only by their own part, and db imports no part', () => {
    const checked = files.filter((file) => file.fileName !== FIXTURE)
    const owners = new Set(checked.map((file) => tablesOwner(file.fileName)).filter(Boolean))
    expect([...owners].sort()).toEqual([
      'accounts',
      'assessment',
      'credentials',
      'marketplace',
      'study',
    ])
    expect(checked.flatMap((file) => forbiddenImports(file.fileName, importedFiles(file)))).toEqual(
      [],
    )
  })
})
