import { spawnSync } from 'node:child_process'
import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  itemModel,
} from '../../../src/assessment/index.js'
import { PYTHON_DEBUGGING_FAMILIES } from '../../../src/assessment/models/python/debugging-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

/** Enough to meet every family several times; `npm run bench item-models` draws many more. */
const VARIANTS = 200
const hasPython = spawnSync('python3', ['--version']).status === 0

// Runs each (code, check) pair in a fresh namespace of one Python 3 process and answers, in
// order, whether the check passed: a real interpreter judges every option, not our model.
const JUDGE = `
import json, sys
out = []
for code, check in json.load(sys.stdin):
    try:
        scope = {}
        exec(code + "\\n" + check, scope)
        out.append(True)
    except Exception:
        out.append(False)
print(json.dumps(out))
`

describeEngineIndependent(`${VARIANTS} variants of the Python find-the-bug model`, () => {
  it.skipIf(!hasPython)(
    'run in Python 3: the key passes its check and every other option fails it',
    async () => {
      const checks = new Map(
        PYTHON_DEBUGGING_FAMILIES.map((f) => [`py-debugging/${f.id}`, f.check!]),
      )
      const model = itemModel('py-debugging')!
      const variants = await generateVariants(model, createRng(2026_12_03), VARIANTS, engines)
      const pairs = variants.flatMap((v) => v.options.map((o) => [o.value, checks.get(v.family!)]))
      const run = spawnSync('python3', ['-c', JUDGE], {
        input: JSON.stringify(pairs),
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(run.stderr).toBe('')
      const passed = JSON.parse(run.stdout) as boolean[]
      const wrong: string[] = []
      let at = 0
      for (const v of variants) {
        for (const o of v.options) {
          if (passed[at++] !== v.keys.includes(o.id)) {
            wrong.push(
              `${v.family} ${v.keys.includes(o.id) ? 'key fails' : 'bug passes'}:\n${o.value}`,
            )
          }
        }
      }
      expect(wrong.slice(0, 3)).toEqual([])
    },
  )
})
