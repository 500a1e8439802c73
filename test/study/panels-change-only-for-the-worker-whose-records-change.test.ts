import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { type StudyPanels, studySettings, type WorkerHistory } from '../../src/study/index.js'
import { buildPanels } from '../../src/study/panel/build-panels.js'
import type { Panel } from '../../src/study/panel/panel-columns.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { groupHistories } from '../../src/study/records/record-source.js'
import { FIXTURE_OBS_END, FIXTURE_OBS_START, RECORDS_DIR } from './support/fixture-files.js'

const settings = studySettings({ obsStart: FIXTURE_OBS_START, obsEnd: FIXTURE_OBS_END })
const DAY = 86_400

let histories: WorkerHistory[]
let reference: StudyPanels

/** Every row of a panel as text keyed by worker, dense codes left out (they shift with others). */
function rowsByWorker(panel: Panel): Map<string, string[]> {
  const columns = Object.entries(panel).filter(
    ([name, column]) => typeof column === 'object' && !name.endsWith('_index'),
  ) as [string, ArrayLike<unknown>][]
  const out = new Map<string, string[]>()
  for (let i = 0; i < panel.rows; i++) {
    const row = columns.map(([, column]) => String(column[i])).join(',')
    const worker = panel.worker_id[i]!
    out.set(worker, [...(out.get(worker) ?? []), row])
  }
  return out
}

/** A few kinds of change to one worker's records. */
const change = fc.oneof(
  fc.record({
    kind: fc.constant('shift-project' as const),
    days: fc.integer({ min: -20, max: 20 }),
  }),
  fc.record({ kind: fc.constant('drop-payment' as const) }),
  fc.record({ kind: fc.constant('add-award' as const), days: fc.integer({ min: -300, max: 300 }) }),
)

type Change =
  | { kind: 'shift-project'; days: number }
  | { kind: 'drop-payment' }
  | { kind: 'add-award'; days: number }

function changed(history: WorkerHistory, what: Change): WorkerHistory {
  switch (what.kind) {
    case 'shift-project':
      return {
        ...history,
        projects: history.projects.map((p, i) =>
          i === 0 ? { ...p, startedAt: p.startedAt + what.days * DAY, completedAt: null } : p,
        ),
      }
    case 'drop-payment':
      return { ...history, payments: history.payments.slice(1) }
    default: {
      const at = (history.awards[0]?.awardedAt ?? FIXTURE_OBS_START + 400 * DAY) + what.days * DAY
      const award = {
        awardId: `zz-${history.worker.workerId}`,
        workerId: history.worker.workerId,
        testId: 't999',
        awardedAt: at,
        score: null,
      }
      return { ...history, awards: [...history.awards, award] }
    }
  }
}

beforeAll(async () => {
  histories = groupHistories(await loadRecordTables(RECORDS_DIR))
  reference = await buildPanels(histories, settings)
})

describe("changing one worker's records", () => {
  it("changes no other worker's panel rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(histories.length - 1), change, async (w, what) => {
        const target = histories[w]!.worker.workerId
        const altered = histories.map((h, i) => (i === w ? changed(h, what) : h))
        const panels = await buildPanels(altered, settings)
        for (const key of ['period', 'periodDynamic', 'project'] as const) {
          const before = rowsByWorker(reference[key])
          const after = rowsByWorker(panels[key])
          before.delete(target)
          after.delete(target)
          expect(after).toEqual(before)
        }
      }),
      { numRuns: 25 },
    )
  })
})
