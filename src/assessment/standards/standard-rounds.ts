import { PLATFORM_ROUND } from './platform-round.js'
import type { RatingRound } from './rating-round.js'

/**
 * The rating rounds held so far, kept with the code so the catalog's cuts are reproducible: the
 * platform authors' round across tests, then any round held for one test (a per-test override,
 * taking precedence for that test's domains). Rounds recorded later through the CLI or API are
 * stored in the database and shown in cut-score records until a catalog version adopts them.
 */
export const STANDARD_ROUNDS: readonly RatingRound[] = [PLATFORM_ROUND]
