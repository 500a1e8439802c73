import { createHash } from 'node:crypto'
import { createRng, type Rng } from '../rng.js'

/**
 * What an independent reviewer concluded about one item family: `ok` (the key is right and the
 * single defensible answer, each distractor wrong for its named reason), or one of the faults
 * that keep a family out of operation until it is fixed and reviewed again.
 */
export type FamilyVerdict = 'ok' | 'wrong-key' | 'ambiguous' | 'distractor-acceptable' | 'cue'

export interface FamilyReviewEntry {
  readonly verdict: FamilyVerdict
  /** The family's fingerprint when it was reviewed (see `familyFingerprint`). */
  readonly fingerprint: string
  /** What the review found or changed, where that is more than "checked, ok". */
  readonly note?: string
}

/** One test's review record: who reviewed its families, when, and each family's verdict. */
export interface TestFamilyReview {
  readonly testId: string
  /** A role, not a person's name: the reviewer is someone other than the families' author. */
  readonly reviewer: string
  /** ISO date of the review. */
  readonly reviewedOn: string
  /** Keyed by the family id an item model reports (`model-id/family-id`). */
  readonly families: Readonly<Record<string, FamilyReviewEntry>>
}

/**
 * A family as its author wrote it: plain data (a translation or editing frame, a stem) or a
 * scenario whose `draw` computes the stem, key and named wrong answers from drawn figures.
 */
export interface FamilySource {
  readonly id: string
  readonly draw?: (rng: Rng) => unknown
}

/** Seeded draws a scenario family's fingerprint covers: enough to meet each of its branches. */
const DRAWS = 24

/**
 * A short hash of what a candidate would be shown and keyed from a family: its data for a plain
 * family; for a scenario family, the stems, keys and named wrong answers of the same seeded
 * draws (a refused draw counts by its reason). Any edit to a key, a distractor, a mistake's name
 * or a stem changes it, so the review record no longer matches until the family is reviewed
 * again; reformatting the source does not.
 *
 * @example familyFingerprint({ id: 'x', frames: ['⟦a|b=wrong⟧'] }) // '3f1c…' (16 hex digits)
 */
export function familyFingerprint(family: FamilySource): string {
  const draw = family.draw
  const shown =
    draw === undefined
      ? family
      : {
          id: family.id,
          draws: Array.from({ length: DRAWS }, (_, seed) => drawOrRefusal(draw, seed + 1)),
        }
  return hashOf(shown)
}

/**
 * `familyFingerprint`, awaiting `between()` after each draw, so a family whose 24 draws take a
 * second (some date and spreadsheet families do, on a busy machine) need not hold the event loop
 * for all of it. The same family gives the same fingerprint either way.
 */
export async function familyFingerprintInTurns(
  family: FamilySource,
  between: () => Promise<void> | void,
): Promise<string> {
  const draw = family.draw
  if (draw === undefined) return hashOf(family)
  const draws: unknown[] = []
  for (let seed = 1; seed <= DRAWS; seed += 1) {
    draws.push(drawOrRefusal(draw, seed))
    await between()
  }
  return hashOf({ id: family.id, draws })
}

function hashOf(shown: unknown): string {
  return createHash('sha256').update(canonicalJson(shown)).digest('hex').slice(0, 16)
}

function drawOrRefusal(draw: (rng: Rng) => unknown, seed: number): unknown {
  try {
    return draw(createRng(seed))
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) }
  }
}

/** JSON with object keys sorted, so the hash follows content, not the order fields were written. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** Why a family may not be offered yet under a test's review record. */
export interface UnreviewedFamily {
  readonly familyId: string
  readonly reason: 'no review' | 'not ok' | 'changed since review' | 'no source'
  /** The family's fingerprint now, for the reviewer who re-reviews it. */
  readonly fingerprint?: string
}

/**
 * The families of a test that lack an `ok` review of their current text: never reviewed, judged
 * faulty, edited after the review (fingerprint differs), or with no source to fingerprint.
 *
 * @example unreviewedFamilies(['bk-recording/cash-sale'], sources, review) // [] once reviewed
 */
export function unreviewedFamilies(
  familyIds: Iterable<string>,
  sources: ReadonlyMap<string, FamilySource>,
  review: TestFamilyReview | undefined,
  fingerprintOf: (family: FamilySource) => string = familyFingerprint,
): UnreviewedFamily[] {
  const out: UnreviewedFamily[] = []
  for (const familyId of familyIds) {
    const source = sources.get(familyId)
    if (!source) {
      out.push({ familyId, reason: 'no source' })
      continue
    }
    const fingerprint = fingerprintOf(source)
    const entry = review?.families[familyId]
    if (!entry) out.push({ familyId, reason: 'no review', fingerprint })
    else if (entry.verdict !== 'ok') out.push({ familyId, reason: 'not ok', fingerprint })
    else if (entry.fingerprint !== fingerprint)
      out.push({ familyId, reason: 'changed since review', fingerprint })
  }
  return out
}
