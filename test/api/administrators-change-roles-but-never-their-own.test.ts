import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engine } from '../support/database.js'
import { type AttemptsHarness, openAttemptsHarness } from './attempts-support.js'

describe(`administrators change accounts' roles on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(async () => {
    await h.close()
  })

  it('makes a member an analyst at once, records who did it, and refuses members and bad roles', async () => {
    const admin = await h.signUp('root', 'administrator')
    const dee = await h.signUp('dee')
    expect((await dee.call('GET', '/study/runs')).statusCode).toBe(403)
    const changed = await admin.call('PUT', `/admin/users/${dee.id}/role`, { role: 'analyst' })
    expect(changed.statusCode).toBe(200)
    expect(changed.json().user).toMatchObject({ id: dee.id, role: 'analyst' })
    // The signed-in session acts with the new role on its next request.
    expect((await dee.call('GET', '/study/runs')).statusCode).toBe(200)
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'role.change')
      .where('subject', '=', `user:${dee.id}`)
      .execute()
    expect(audit).toEqual([{ actor_id: admin.id, details: { from: 'member', to: 'analyst' } }])

    const byMember = await dee.call('PUT', `/admin/users/${admin.id}/role`, { role: 'member' })
    expect(byMember.statusCode).toBe(403)
    const bad = await admin.call('PUT', `/admin/users/${dee.id}/role`, { role: 'owner' })
    expect(bad.statusCode).toBe(400)
    const nobody = await admin.call('PUT', '/admin/users/no-such-id/role', { role: 'member' })
    expect([nobody.statusCode, nobody.json().error.code]).toEqual([404, 'account_not_found'])
  })

  it("never changes an administrator's own role, and two administrators demoting each other at once leave one", async () => {
    const ann = await h.signUp('ann', 'administrator')
    const bob = await h.signUp('bob', 'administrator')
    const own = await ann.call('PUT', `/admin/users/${ann.id}/role`, { role: 'member' })
    expect([own.statusCode, own.json().error.code]).toEqual([409, 'own_role'])
    const [annDemotesBob, bobDemotesAnn] = await Promise.all([
      ann.call('PUT', `/admin/users/${bob.id}/role`, { role: 'member' }),
      bob.call('PUT', `/admin/users/${ann.id}/role`, { role: 'member' }),
    ])
    expect([annDemotesBob.statusCode, bobDemotesAnn.statusCode].sort()).toEqual([200, 403])
    const roles = await h.database.db
      .selectFrom('users')
      .select('role')
      .where('id', 'in', [ann.id, bob.id])
      .execute()
    expect(roles.map((r) => r.role).sort()).toEqual(['administrator', 'member'])
  })
})
