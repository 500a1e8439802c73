import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import {
  AUTHORED_BANK_DIR,
  CATALOG,
  closeTaskEngines,
  createTaskEngines,
  exportBank,
  itemModel,
  modelTemplates,
  readImport,
} from '../../../src/assessment/index.js'

const TESTS = new Map(CATALOG.map((t) => [t.id, t]))
const engines = createTaskEngines()
const dir = mkdtempSync(join(tmpdir(), 'qti-templates-'))
afterAll(async () => {
  await closeTaskEngines(engines)
  rmSync(dir, { recursive: true, force: true })
})

it('writes each model as templates/<id>.xml with a manifest entry, and an import loads only the items', async () => {
  const items = readImport([AUTHORED_BANK_DIR], TESTS, {}).items.map((p) => p.item)
  const models = ['fin-vat', 'tr-en-de-lexis'].map((id) => itemModel(id)!)
  const templates = await modelTemplates(models, engines, { variants: 5, seed: 1 })
  const files = exportBank(items, CATALOG, [], templates)
  const manifest = String(files.get('imsmanifest.xml'))
  for (const id of ['fin-vat', 'tr-en-de-lexis']) {
    expect(files.get(`templates/${id}.xml`)).toContain('<qti-template-processing>')
    expect(manifest).toContain(
      `<resource identifier="templates-${id}-xml" type="imsqti_item_xmlv3p0" href="templates/${id}.xml">`,
    )
  }
  for (const [path, contents] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), contents)
  }
  const plan = readImport([dir], TESTS, {})
  expect(plan.refused).toEqual([])
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
  expect(plan.items.map((p) => p.item).sort(byId)).toEqual([...items].sort(byId))
})
