import { describe, expect, it } from 'vitest'
import { testServices } from '../../support/app.js'
import { openTestDatabase } from '../../support/database.js'
import { sharedReviewStanding } from '../../support/review-standing.js'

describe('warming the review standing', () => {
  it('reads it once, and the catalog and later warmings share that read', async () => {
    const database = await openTestDatabase()
    let reads = 0
    const standing = await sharedReviewStanding()
    const services = await testServices(database.db, {
      reviewStanding: async () => {
        reads += 1
        return standing
      },
    })
    try {
      expect(reads).toBe(0)
      await services.attempts.warmReviewStanding()
      expect(reads).toBe(1)
      const catalog = await services.attempts.catalog(database.db)
      await services.attempts.warmReviewStanding()
      expect(catalog.reviewStanding).toBe(standing)
      expect(reads).toBe(1)
    } finally {
      await services.close()
      await database.close()
    }
  })
})
