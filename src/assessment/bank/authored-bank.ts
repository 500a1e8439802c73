import { fileURLToPath } from 'node:url'
import type { ParsedItem } from '../interchange/import-types.js'
import { readImport } from '../interchange/read-import.js'
import type { TestDefinition } from '../test-definition.js'

/** The reviewed Markdown files of the authored bank shipped with the platform. */
export const AUTHORED_BANK_DIR = fileURLToPath(new URL('../authored/', import.meta.url))

/**
 * Reads the shipped authored bank with the same importer users run; a malformed shipped item is
 * a programming error, so it throws naming file and line.
 */
export function readAuthoredBank(
  tests: ReadonlyMap<string, TestDefinition>,
): readonly ParsedItem[] {
  const plan = readImport([AUTHORED_BANK_DIR], tests, {})
  const first = plan.refused[0]
  if (first) throw new Error(`authored bank: ${first.file}:${first.line}: ${first.reason}`)
  return plan.items
}
