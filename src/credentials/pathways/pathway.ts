/** A stack of tests that together earn a larger credential (EU: "combined into larger credentials"). */
export interface Pathway {
  /** Stable slug, e.g. `full-stack-javascript`. */
  readonly id: string
  readonly name: string
  readonly description: string
  /** Catalog test ids, all of which must be held and valid. */
  readonly testIds: readonly string[]
}

/** The pathways of the catalog. */
export const PATHWAYS: readonly Pathway[] = [
  {
    id: 'full-stack-javascript',
    name: 'Full-stack JavaScript developer',
    description:
      'Holds valid SkillSignal credentials in JavaScript, TypeScript, Node.js, SQL and React.',
    testIds: ['javascript', 'typescript', 'nodejs', 'sql', 'react'],
  },
]

/** The pathways `testId` is part of (Annex I "stackability"). */
export function pathwaysContaining(
  testId: string,
  pathways: readonly Pathway[] = PATHWAYS,
): readonly Pathway[] {
  return pathways.filter((pathway) => pathway.testIds.includes(testId))
}

/** The pathways whose every test is among `heldTestIds`. */
export function completedPathways(
  heldTestIds: Iterable<string>,
  pathways: readonly Pathway[] = PATHWAYS,
): readonly Pathway[] {
  const held = new Set(heldTestIds)
  return pathways.filter((pathway) => pathway.testIds.every((testId) => held.has(testId)))
}

/** A pathway's achievement URL on the platform. */
export function pathwayUrl(baseUrl: string, pathwayId: string): string {
  return `${baseUrl}/pathways/${encodeURIComponent(pathwayId)}`
}
