import type { Item } from '../item.js'
import type { TestDefinition } from '../test-definition.js'
import type { ModelTemplate } from './export-models.js'
import { itemToQti } from './qti-item-writer.js'
import { testToQti } from './qti-test-writer.js'
import { xml } from './xml-text.js'

/** A stored image of an item, keyed by the path its stem uses. */
export interface ExportAsset {
  readonly itemId: string
  readonly path: string
  readonly bytes: Uint8Array
}

/**
 * A QTI 3.0 content package as relative path → contents: `items/<id>.xml`, `tests/<id>.xml`,
 * images beside the items at the paths their stems use, item models as template items in
 * `templates/<model id>.xml` (see `modelTemplates`), and `imsmanifest.xml`.
 *
 * @example exportBank(items, CATALOG, []).get('imsmanifest.xml')
 */
export function exportBank(
  items: readonly Item[],
  tests: readonly TestDefinition[],
  assets: readonly ExportAsset[],
  templates: readonly ModelTemplate[] = [],
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>()
  const itemPath = (item: Item) => `items/${safe(item.id)}.xml`
  for (const item of items) files.set(itemPath(item), itemToQti(item))
  const testsWithItems = tests.filter((t) => items.some((i) => i.testId === t.id))
  for (const test of testsWithItems) {
    const own = items.filter((i) => i.testId === test.id)
    files.set(
      `tests/${safe(test.id)}.xml`,
      testToQti(test, own, (i) => `../${itemPath(i)}`),
    )
  }
  const templatePath = (t: ModelTemplate) => `templates/${safe(t.modelId)}.xml`
  for (const template of templates) files.set(templatePath(template), template.xml)
  for (const asset of assets) files.set(`items/${asset.path.replace(/^(\.\/)+/, '')}`, asset.bytes)
  files.set(
    'imsmanifest.xml',
    manifest(
      [...items.map(itemPath), ...templates.map(templatePath)],
      testsWithItems.map((t) => `tests/${safe(t.id)}.xml`),
    ),
  )
  return files
}

function safe(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_')
}

function manifest(itemFiles: readonly string[], testFiles: readonly string[]): string {
  const resource = (href: string, type: string) =>
    `    <resource identifier="${xml(href.replace(/[/.]/g, '-'))}" type="${type}" href="${xml(href)}"><file href="${xml(href)}"/></resource>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="skillsignal-bank">
  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
  <organizations/>
  <resources>
${[...testFiles.map((f) => resource(f, 'imsqti_test_xmlv3p0')), ...itemFiles.map((f) => resource(f, 'imsqti_item_xmlv3p0'))].join('\n')}
  </resources>
</manifest>
`
}
