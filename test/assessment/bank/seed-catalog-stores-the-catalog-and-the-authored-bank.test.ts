import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CATALOG,
  lintBank,
  listCatalog,
  listItems,
  listStoredTests,
  offeredTests,
  operationalPoolCounts,
  seedCatalog,
} from '../../../src/assessment/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import { reviewStanding } from '../../support/review-standing.js'

/** One review reader for the file: it fingerprints each family once (24 draws each). */
const STANDING = reviewStanding()

describe('seeding the catalog', () => {
  let platform: PlatformDatabase
  beforeAll(async () => {
    platform = await openTestDatabase()
  })
  afterAll(async () => platform.close())

  it('stores every test and the shipped authored bank, and can run again', async () => {
    const first = await seedCatalog(platform.db, { demo: true })
    const again = await seedCatalog(platform.db, { demo: true })
    expect(again).toEqual(first)
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    expect((await listStoredTests(platform.db)).sort(byId)).toEqual([...CATALOG].sort(byId))
    const items = await listItems(platform.db)
    expect(items).toHaveLength(first.items)
    expect(lintBank(items).filter((f) => f.severity === 'error')).toEqual([])
  })

  it('offers, in development, what the rule offers over the demo pools: nodejs and react too', async () => {
    const offered = (
      await listCatalog(platform.db, { offeredOnly: true, reviewStanding: STANDING })
    ).map((e) => e.test.id)
    const counts = await operationalPoolCounts(platform.db)
    expect(offered).toEqual(offeredTests(CATALOG, counts, STANDING).map((t) => t.id))
    // Their authored domains, filled by the demo bank, are families no other test draws on.
    expect(offered).toEqual(expect.arrayContaining(['nodejs', 'react']))
    const onModelsAlone = offeredTests(CATALOG, new Map(), STANDING).map((t) => t.id)
    expect(onModelsAlone).not.toContain('nodejs')
    expect(onModelsAlone).not.toContain('react')
  })
})
