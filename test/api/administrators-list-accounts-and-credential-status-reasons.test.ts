import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredentialOnPass } from '../../src/credentials/index.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, answerAll, openAttemptsHarness } from './attempts-support.js'

describe(`the administrators' console API on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness({
      passHooks: (credentials) => [issueCredentialOnPass(credentials)],
    })
  })
  afterAll(async () => {
    await h.close()
  })

  it('lists accounts newest first, narrowed by name or email, with LIKE wildcards taken literally', async () => {
    const admin = await h.signUp('root', 'administrator')
    await h.signUp('ada')
    await h.signUp('bo_b')
    const all = (await admin.call('GET', '/admin/users')).json()
    expect(all.total).toBe(3)
    expect(all.users.map((u: { displayName: string }) => u.displayName)).toEqual([
      'bo_b',
      'ada',
      'root',
    ])
    expect(all.users[0]).not.toHaveProperty('passwordHash')
    const ada = (await admin.call('GET', '/admin/users?q=ADA')).json()
    expect(ada.users.map((u: { displayName: string }) => u.displayName)).toEqual(['ada'])
    // `_` is one character for LIKE; here it must be the underscore itself.
    const underscore = (await admin.call('GET', '/admin/users?q=o_b')).json()
    expect(underscore.users.map((u: { displayName: string }) => u.displayName)).toEqual(['bo_b'])
    expect((await admin.call('GET', '/admin/users?q=a_a')).json().total).toBe(0)
    expect((await admin.call('GET', '/admin/users?limit=1&offset=1')).json().users).toHaveLength(1)
    expect((await admin.call('GET', '/admin/users?limit=101')).statusCode).toBe(400)
  })

  it("shows an account's credentials with status and the reason of every change", async () => {
    const admin = await h.signUp('root2', 'administrator')
    const cy = await h.signUp('cy')
    const attempt = (await cy.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    await answerAll(h, cy, attempt, () => true)
    expect((await cy.call('POST', `/attempts/${attempt.id}/submit`)).json().report.passed).toBe(
      true,
    )
    const before = (await admin.call('GET', `/admin/users/${cy.id}/credentials`)).json()
    expect(before.credentials).toHaveLength(1)
    expect(before.credentials[0]).toMatchObject({
      testId: 'fixture-js',
      status: 'active',
      history: [],
    })
    const id = before.credentials[0].id
    const suspended = await admin.call('POST', `/credentials/${id}/suspend`, {
      reason: 'answers match a leaked sheet; under review',
    })
    expect(suspended.json()).toEqual({ id, status: 'suspended' })
    const after = (await admin.call('GET', `/admin/users/${cy.id}/credentials`)).json()
    expect(after.credentials[0].status).toBe('suspended')
    expect(after.credentials[0].history).toEqual([
      expect.objectContaining({
        action: 'suspend',
        reason: 'answers match a leaked sheet; under review',
      }),
    ])
    expect((await cy.call('GET', `/admin/users/${cy.id}/credentials`)).statusCode).toBe(403)
  })
})
