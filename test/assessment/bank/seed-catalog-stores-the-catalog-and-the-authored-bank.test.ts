import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CATALOG,
  isOffered,
  lintBank,
  listCatalog,
  listItems,
  listStoredTests,
  seedCatalog,
} from '../../../src/assessment/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'

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

  it('offers the tests whose authored domains the demo pools fill, in development', async () => {
    const offered = await listCatalog(platform.db, { offeredOnly: true })
    const fromModels = CATALOG.filter((t) => isOffered(t, new Map())).map((t) => t.id)
    const ids = offered.map((e) => e.test.id)
    expect(ids).toEqual(expect.arrayContaining([...fromModels, 'nodejs', 'react']))
    expect(ids.length).toBe(fromModels.length + 2)
  })
})
