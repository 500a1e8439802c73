import type { TestDefinition } from '../test-definition.js'
import { AUTHORED_ROWS } from './authored-rows.js'
import { buildTest } from './build-test.js'
import { COMPUTED_ROWS } from './computed-rows.js'
import { NAMED_SKILL_ROWS } from './named-skill-rows.js'

// ESCO skills for tests in the compact tables, from the EU's published sample credential.
const ESCO_FOR_AUTHORED: Readonly<Record<string, string>> = {
  'creative-team-leadership':
    'http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9',
  'community-management': 'http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304',
  'content-writing-web': 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
}

/**
 * Every test in the catalog, computed-item tests first.
 *
 * @example CATALOG.find((t) => t.id === 'sql')?.blueprint
 */
export const CATALOG: readonly TestDefinition[] = [
  ...COMPUTED_ROWS.map((row) => buildTest(row)),
  ...NAMED_SKILL_ROWS.map((row) => buildTest(row)),
  ...AUTHORED_ROWS.map((row) => buildTest(row, ESCO_FOR_AUTHORED[row.id])),
]

const BY_ID = new Map(CATALOG.map((t) => [t.id, t]))

/** @example catalogTest('javascript')?.title // 'JavaScript programming' */
export function catalogTest(id: string): TestDefinition | undefined {
  return BY_ID.get(id)
}
