import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { touchesDatabase } from '../support/database-test-files.js'

const TEST_FILES = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => join('test', file))

/** A scratch test tree: `files` maps a path under `test/` to its text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'engine-independent-'))
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, 'test', path)
    mkdirSync(join(full, '..'), { recursive: true })
    writeFileSync(full, text)
  }
  return join(root, 'test')
}

describe('the choice of files the PostgreSQL run leaves out', () => {
  it('keeps a file that reaches a database through a helper two imports away', () => {
    const root = tree({
      'support/db.ts': 'export const open = () => openTestDatabase()\n',
      'part/support/fixture.ts':
        "import { open } from '../../support/db.js'\nexport const f = open\n",
      'part/uses-a-fixture.test.ts': "import { f } from './support/fixture.js'\nf()\n",
      'part/runs-the-cli.test.ts': "import { main } from '../../src/cli/main.js'\nmain([])\n",
      'part/spawns-a-server.test.ts': "import { spawn } from 'node:child_process'\n",
      'part/pure.test.ts':
        "import { x } from '../../src/assessment/index.js'\nimport { y } from './support/none.js'\n",
    })
    expect(touchesDatabase(join(root, 'part/uses-a-fixture.test.ts'))).toBe(true)
    expect(touchesDatabase(join(root, 'part/runs-the-cli.test.ts'))).toBe(true)
    expect(touchesDatabase(join(root, 'part/spawns-a-server.test.ts'))).toBe(true)
    expect(touchesDatabase(join(root, 'part/pure.test.ts'))).toBe(false)
  })

  it('keeps every file of this suite that imports a database, app or server helper', () => {
    const helper =
      /support\/(app|database|server-process|run-cli|pglite-template)\.js|platform-server\.js|platform-fixtures\.js/
    const users = TEST_FILES.filter((file) => helper.test(readFileSync(file, 'utf8')))
    expect(users.length).toBeGreaterThan(50)
    expect(users.filter((file) => !touchesDatabase(file))).toEqual([])
  })

  it('leaves out the item-model key tests, the guessing harness and the study’s estimators', () => {
    const independent = TEST_FILES.filter((file) => !touchesDatabase(file))
    expect(independent).toContain(
      join('test/assessment/forms/offered-tests-resist-test-wise-guessing-part-1-of-3.test.ts'),
    )
    expect(independent).toContain(join('test/study/estimate-all-models-match-fixest.test.ts'))
    expect(
      independent.filter((f) => f.startsWith('test/assessment/models/')).length,
    ).toBeGreaterThan(20)
  })
})
