import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedCatalog } from '../../src/assessment/index.js'
import { openTestApp, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

interface Listed {
  readonly id: string
  readonly offered: boolean
  readonly startable: boolean
  readonly reason: string | null
}

/**
 * Search answers are kept as they were serialised (the same search over the same bank): a
 * change of the bank's pools must show in the very next search, as it does in a test's own page.
 */
describe(`catalog search as the bank changes on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  const search = async (url: string) => {
    const response = await t.app.inject({ url })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
    return response.json() as { total: number; tests: Listed[] }
  }
  const ownPage = async (id: string) =>
    (await t.app.inject({ url: `/catalog/tests/${id}` })).json().test as Listed

  it('gives the same search the pools of now, and agrees with each test’s own page', async () => {
    const url = '/catalog/tests?offered=false&limit=200'
    const before = await search(url)
    expect(await search(url)).toEqual(before)
    // The public authored bank with its demo pools: tests served by authored items open.
    await seedCatalog(t.database.db, { demo: true })
    const after = await search(url)
    expect(after).not.toEqual(before)
    const opened = after.tests.filter(
      (a) => before.tests.find((b) => b.id === a.id)?.startable !== a.startable,
    )
    expect(opened.length).toBeGreaterThan(0)
    for (const listed of [...after.tests.slice(0, 20), ...opened]) {
      const own = await ownPage(listed.id)
      expect({ startable: listed.startable, reason: listed.reason }).toEqual({
        startable: own.startable,
        reason: own.reason,
      })
    }
    // The same query written another way is the same search.
    expect(await search('/catalog/tests?limit=200&offered=false')).toEqual(after)
  })
})
