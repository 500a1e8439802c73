import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  AUTHORED_BANK_DIR,
  CATALOG,
  DEMO_BANK_DIR,
  listCatalog,
  readAuthoredBank,
  retirePublicSourceItems,
  seedCatalog,
} from '../../../src/assessment/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { engine, openTestDatabase } from '../../support/database.js'
import { reviewStanding } from '../../support/review-standing.js'

const TESTS = new Map(CATALOG.map((t) => [t.id, t]))
/** Tests whose only operational authored pools are the public demo pools. */
const DEMO_TESTS = ['nodejs', 'react']

describe(`answer keys in the public source on ${engine}`, () => {
  let platform: PlatformDatabase | null = null
  afterEach(async () => {
    await platform?.close()
    platform = null
  })

  const offeredIds = async (db: PlatformDatabase['db']) =>
    (await listCatalog(db, { offeredOnly: true, reviewStanding: reviewStanding() })).map(
      (e) => e.test.id,
    )

  it('keeps only pretest items outside the demo pools, and marks every demo file as such', () => {
    const items = readAuthoredBank(TESTS)
    expect(items.length).toBeGreaterThan(0)
    expect(new Set(items.map((p) => p.item.lifecycle))).toEqual(new Set(['pretest']))
    const demo = readAuthoredBank(TESTS, { demo: true }).filter((p) =>
      p.file.startsWith(DEMO_BANK_DIR),
    )
    expect(new Set(demo.map((p) => p.item.testId))).toEqual(new Set(DEMO_TESTS))
    // Nothing operational hides in any other file of the public authored directory.
    const topLevel = readdirSync(AUTHORED_BANK_DIR, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(AUTHORED_BANK_DIR, e.name), 'utf8'))
    for (const text of topLevel) expect(text).not.toMatch(/^lifecycle:\s*operational/m)
  })

  it('seeds a production database without the demo pools, so their tests are not offered', async () => {
    platform = await openTestDatabase()
    await seedCatalog(platform.db, { demo: false })
    const offered = await offeredIds(platform.db)
    for (const id of DEMO_TESTS) expect(offered).not.toContain(id)
    const stored = await platform.db
      .selectFrom('assessment_items')
      .select('lifecycle')
      .distinct()
      .execute()
    expect(stored.map((r) => r.lifecycle)).toEqual(['pretest'])
  })

  it('retires public-source items a production start finds operational, withdrawing their tests', async () => {
    platform = await openTestDatabase()
    // A database seeded in development, then started in production.
    await seedCatalog(platform.db, { demo: true })
    expect(await offeredIds(platform.db)).toEqual(expect.arrayContaining(DEMO_TESTS))
    expect(await retirePublicSourceItems(platform.db)).toEqual(DEMO_TESTS)
    const offered = await offeredIds(platform.db)
    for (const id of DEMO_TESTS) expect(offered).not.toContain(id)
    const operational = await platform.db
      .selectFrom('assessment_items')
      .select('id')
      .where('lifecycle', '=', 'operational')
      .execute()
    expect(operational).toEqual([])
    // A second start finds nothing left to retire.
    expect(await retirePublicSourceItems(platform.db)).toEqual([])
  })
})
