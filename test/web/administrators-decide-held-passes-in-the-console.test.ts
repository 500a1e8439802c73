import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeInBrowser } from '../support/engine-independent.js'
import { ensureBuiltApp } from './support/built-app.js'
import { type Chromium, launchChromium } from './support/chromium.js'
import { reportCspViolations, watchPage } from './support/page-problems.js'
import { callAs, type Person, registerAll, signInContext } from './support/people.js'
import { type PlatformServer, startPlatformServer } from './support/platform-server.js'

const API = /^\/(me|auth|admin|integrity-holds|catalog|credentials)(\/|$)/
const TEST_ID = 'regular-expressions'

describeInBrowser('an administrator decides held passes in the console, in Chromium', () => {
  let server: PlatformServer
  let chromium: Chromium
  let page: Page
  let admin: Person
  let released: Person
  let rejected: Person
  const problems: string[] = []

  /**
   * Members who answer every item from the keys at a script's speed: held passes. The keys of
   * all their attempts are read in one pause of the server (on the embedded database each pause
   * restarts it, which on a busy machine took seconds).
   */
  const scriptedPasses = async (members: readonly Person[]): Promise<void> => {
    const attempts = []
    for (const member of members) {
      const started = await callAs(server, member, 'POST', '/attempts', { testId: TEST_ID })
      if (started.status !== 201) throw new Error(`start: ${started.status}`)
      const { attempt } = started.json as {
        attempt: { id: string; items: { position: number }[] }
      }
      attempts.push({ member, attempt })
    }
    const ids = attempts.map((a) => a.attempt.id)
    const keys = await server.withDatabase(async (db) => {
      const rows = await db
        .selectFrom('assessment_attempt_items')
        .select(['attempt_id', 'position', 'key_option_ids'])
        .where('attempt_id', 'in', ids)
        .execute()
      return new Map(rows.map((r) => [`${r.attempt_id}/${r.position}`, [...r.key_option_ids]]))
    })
    for (const { member, attempt } of attempts) {
      // All at once, as a script can: the answers then come faster than anyone reads however
      // loaded the machine is (one at a time, a busy CI machine once spaced them past 2 s each).
      const answered = await Promise.all(
        attempt.items.map((item) =>
          callAs(server, member, 'PUT', `/attempts/${attempt.id}/items/${item.position}/answer`, {
            optionIds: keys.get(`${attempt.id}/${item.position}`),
          }),
        ),
      )
      if (answered.some((a) => a.status !== 200)) throw new Error('an answer was refused')
      const submitted = await callAs(server, member, 'POST', `/attempts/${attempt.id}/submit`)
      if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`)
    }
  }
  const credentialsOf = async (who: Person) =>
    ((await callAs(server, who, 'GET', '/me/credentials')).json as { credentials: unknown[] })
      .credentials.length

  beforeAll(async () => {
    await ensureBuiltApp()
    server = await startPlatformServer()
    const people = await registerAll(server, ['Hana Holds', 'Rex Released', 'Rio Rejected'], {
      'Hana Holds': 'administrator',
    })
    admin = people[0]!
    released = people[1]!
    rejected = people[2]!
    chromium = await launchChromium()
    await reportCspViolations(chromium.context, problems)
    page = await chromium.context.newPage()
    watchPage(page, (path) => API.test(path), problems)
  }, 240_000)

  afterAll(async () => {
    await chromium?.close()
    await server?.stop()
  })

  it('lists what the review found, asks a reason, releases one pass into a credential and rejects another', async () => {
    await scriptedPasses([released, rejected])
    expect(await credentialsOf(released)).toBe(0)

    await signInContext(chromium.context, server, admin)
    await page.goto(`${server.url}/console`)
    const holds = page.locator('.console-hold')
    await expect.poll(() => holds.count()).toBe(2)
    // The reviewer reads why each pass is held before deciding.
    expect(await holds.first().textContent()).toMatch(/faster than|pace|confirmed/)

    const first = holds.filter({ hasText: released.id })
    await first.getByRole('button', { name: 'Release and issue' }).click()
    expect(await first.locator('.field-error').textContent()).toContain('say why')
    await first.getByLabel(`Reason for the decision on ${TEST_ID}`).fill('watched the recording')
    await first.getByRole('button', { name: 'Release and issue' }).click()
    await expect.poll(() => holds.count()).toBe(1)
    expect(await credentialsOf(released)).toBe(1)

    const second = holds.filter({ hasText: rejected.id })
    await second.getByLabel(`Reason for the decision on ${TEST_ID}`).fill('answers came from a key')
    await second.getByRole('button', { name: 'Reject' }).click()
    await page.getByText('No pass is waiting for review.').waitFor()
    expect(await credentialsOf(rejected)).toBe(0)
    expect(problems).toEqual([])
  })
})
