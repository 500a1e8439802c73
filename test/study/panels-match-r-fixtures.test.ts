import { beforeAll, describe, expect, it } from 'vitest'
import { openFileRecordSource, type StudyPanels, studySettings } from '../../src/study/index.js'
import { buildPanels } from '../../src/study/panel/build-panels.js'
import type { Panel } from '../../src/study/panel/panel-columns.js'
import { eventOrder } from '../../src/study/panel/panel-order.js'
import {
  EXPECTED_DIR,
  expectPanelEqualsCsv,
  FIXTURE_OBS_END,
  FIXTURE_OBS_START,
  RECORDS_DIR,
} from './support/fixture-files.js'

/** Columns of a panel in the CSV files' row order (by event_id), as the fixtures have them. */
function column(panel: Panel): (name: string, row: number) => string | number {
  const columns = panel as unknown as Record<string, ArrayLike<string | number>>
  const order = eventOrder(panel)
  return (name, row) => columns[name]![order[row]!]!
}

describe('panels built from the fixture records', () => {
  let panels: StudyPanels
  beforeAll(async () => {
    const source = await openFileRecordSource(RECORDS_DIR)
    const settings = studySettings({ obsStart: FIXTURE_OBS_START, obsEnd: FIXTURE_OBS_END })
    panels = await buildPanels(source.histories(), settings)
  })

  it('equal the main period panel computed with R', () => {
    expectPanelEqualsCsv(column(panels.period), panels.period.rows, `${EXPECTED_DIR}/periods.csv`)
  })

  it('equal the dynamic period panel computed with R', () => {
    const panel = panels.periodDynamic
    expectPanelEqualsCsv(column(panel), panel.rows, `${EXPECTED_DIR}/periods_dynamic.csv`)
  })

  it('equal the project panel computed with R', () => {
    const panel = panels.project
    expectPanelEqualsCsv(column(panel), panel.rows, `${EXPECTED_DIR}/project_panel.csv`)
  })

  it('number events and workers densely, each contiguous', () => {
    for (const panel of [panels.period, panels.periodDynamic, panels.project]) {
      const last = panel.rows - 1
      expect(panel.event_index[0]).toBe(0)
      expect(panel.event_index[last]).toBe(new Set(panel.event_id).size - 1)
      expect(panel.worker_index[last]).toBe(new Set(panel.worker_id).size - 1)
    }
  })
})
