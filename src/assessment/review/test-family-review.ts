import { itemFamilies } from '../catalog/item-families.js'
import { itemModel } from '../models/registry.js'
import type { TestDefinition } from '../test-definition.js'
import {
  type FamilySource,
  familyFingerprint,
  type UnreviewedFamily,
  unreviewedFamilies,
} from './family-review.js'
import { FAMILY_REVIEWS } from './family-reviews/index.js'
import { REVIEWED_FAMILY_SOURCES } from './reviewed-family-sources.js'

/**
 * The families of `test` that lack an independent `ok` review of their current text (every
 * family, if the test has no review record at all).
 *
 * @example unreviewedFamiliesOf(catalogTest('bookkeeping')!) // [] while every key is as reviewed
 */
export function unreviewedFamiliesOf(
  test: TestDefinition,
  fingerprintOf: (family: FamilySource) => string = familyFingerprint,
): UnreviewedFamily[] {
  return unreviewedFamilies(
    itemFamilies(test, itemModel),
    REVIEWED_FAMILY_SOURCES,
    FAMILY_REVIEWS.get(test.id),
    fingerprintOf,
  )
}
