import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

describe(`numbers in paths and queries on ${engine}`, () => {
  let t: TestApp
  let member: string
  beforeAll(async () => {
    t = await openTestApp()
    member = await signInAs(t, 'member')
  })
  afterAll(() => t.close())

  const answer = (position: string) =>
    t.app.inject({
      method: 'PUT',
      url: `/attempts/no-such-attempt/items/${position}/answer`,
      headers: { authorization: member },
      payload: { optionIds: ['a'] },
    })

  it('refuses an item position in hex, exponent, padded or fractional form', async () => {
    for (const position of ['0x1', '1e0', '01', '1.0', '%201', '+1', '0']) {
      const response = await answer(position)
      expect(response.statusCode, position).toBe(400)
      expect(response.json().error.details.issues[0].path).toBe('params.position')
    }
  })

  it('reads a plain decimal position and goes on to look for the attempt', async () => {
    const response = await answer('1')
    expect(response.statusCode).toBe(404)
  })

  it('reads catalog paging in plain decimal only', async () => {
    expect((await t.app.inject({ url: '/catalog/tests?limit=1e1' })).statusCode).toBe(400)
    expect((await t.app.inject({ url: '/catalog/tests?offset=0x10' })).statusCode).toBe(400)
    const page = await t.app.inject({ url: '/catalog/tests?limit=2&offset=1' })
    expect(page.statusCode).toBe(200)
    expect(page.json().tests).toHaveLength(2)
  })
})
