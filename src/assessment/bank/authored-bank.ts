import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inCodeTree } from '../../shared/index.js'
import type { ParsedItem } from '../interchange/import-types.js'
import { readImport } from '../interchange/read-import.js'
import type { TestDefinition } from '../test-definition.js'

/**
 * The reviewed Markdown files of the authored bank in the public source: pretest pools only,
 * whose answers score nothing, so reading their keys earns nobody a credential.
 */
export const AUTHORED_BANK_DIR = fileURLToPath(inCodeTree('assessment/authored/'))
/**
 * Demo pools: operational items whose keys anyone can read here, so a development platform can
 * offer the tests they fill. Never offered in production, where operational pools come from a
 * private bank imported at deployment (`skillsignal items import`).
 */
export const DEMO_BANK_DIR = join(AUTHORED_BANK_DIR, 'demo')

/**
 * Reads the public authored bank with the same importer users run (the demo pools too when
 * `demo`); a malformed item, or an operational one outside the demo pools, is a programming
 * error, so it throws naming the file.
 */
export function readAuthoredBank(
  tests: ReadonlyMap<string, TestDefinition>,
  options: { readonly demo?: boolean } = {},
): readonly ParsedItem[] {
  const pretest = readdirSync(AUTHORED_BANK_DIR, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(AUTHORED_BANK_DIR, entry.name))
  const plan = readImport(pretest, tests, {})
  const first = plan.refused[0]
  if (first) throw new Error(`authored bank: ${first.file}:${first.line}: ${first.reason}`)
  const keyed = plan.items.find((p) => p.item.lifecycle === 'operational')
  if (keyed) {
    throw new Error(
      `authored bank: ${keyed.file} holds operational items in the public source; move them to a private bank (or to demo/ for development)`,
    )
  }
  if (!options.demo) return plan.items
  const demo = readImport([DEMO_BANK_DIR], tests, {})
  const refused = demo.refused[0]
  if (refused) throw new Error(`authored bank: ${refused.file}:${refused.line}: ${refused.reason}`)
  return [...plan.items, ...demo.items]
}
