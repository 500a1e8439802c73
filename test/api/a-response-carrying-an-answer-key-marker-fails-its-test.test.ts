import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KEY_MARKER } from '../assessment/attempts/fixture-bank.js'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'
import { keyMarkerLeaks } from '../support/key-marker-scan.js'

/**
 * The scan every suite's app runs: a body that carries the fixture bank's key marker is recorded
 * and fails the test it happened in (`test/support/no-key-marker-leaks.ts`). Here the API is made
 * to echo the marker, as a leak would carry it, and the record is taken back before the check.
 */
describe(`answer-key markers in responses on ${engine}`, () => {
  let t: TestApp
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  it('records a marker in any body sent to anyone but an administrator, from every route and error', async () => {
    const member = await signInAs(t, 'member')
    await t.app.inject({ url: `/attempts/${KEY_MARKER}`, headers: { authorization: member } })
    await t.app.inject({ url: `/no-such-page-${KEY_MARKER}` })
    await t.app.inject({ url: '/health' })
    // An administrator's tools show keys (item review, statistics): not a leak.
    const administrator = await signInAs(t, 'administrator')
    await t.app.inject({
      url: `/attempts/${KEY_MARKER}`,
      headers: { authorization: administrator },
    })
    expect(keyMarkerLeaks.splice(0)).toEqual([
      `GET /attempts/${KEY_MARKER}`,
      `GET /no-such-page-${KEY_MARKER}`,
    ])
  })
})
