import { z } from 'zod'
import type { MappingRule } from './import-types.js'

const MAPPING = z.record(
  z.string().max(500),
  z.object({ test: z.string().min(1).max(200), domain: z.string().min(1).max(200) }).strict(),
)

/**
 * Reads a mapping file: JSON whose keys are file path suffixes (`"css/css-quiz.md"`, or `""` for
 * every file) and whose values name a test and domain, e.g.
 * `{ "css/css-quiz.md": { "test": "css", "domain": "selectors" } }`. Throws a message naming
 * what is wrong.
 *
 * @example parseImportMapping('{"git-quiz.md":{"test":"git","domain":"branching"}}')
 */
export function parseImportMapping(text: string): MappingRule[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new MappingError(`the mapping file is not JSON: ${(error as Error).message}`)
  }
  const parsed = MAPPING.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new MappingError(
      `the mapping file at ${issue.path.join('.') || 'its top'}: ${issue.message} (expected {"<file path suffix>": {"test": "<id>", "domain": "<id>"}})`,
    )
  }
  return Object.entries(parsed.data).map(([suffix, to]) => ({
    suffix: suffix.replaceAll('\\', '/').replace(/^\.?\//, ''),
    testId: to.test,
    domain: to.domain,
  }))
}

export class MappingError extends Error {
  override readonly name = 'MappingError'
}

/** The longest rule whose suffix ends the file's path (separators as `/`); `''` matches any. */
export function mappingRuleFor(
  file: string,
  rules: readonly MappingRule[],
): MappingRule | undefined {
  const path = file.replaceAll('\\', '/')
  return rules
    .filter((r) => r.suffix === '' || path === r.suffix || path.endsWith(`/${r.suffix}`))
    .sort((a, b) => b.suffix.length - a.suffix.length)[0]
}
