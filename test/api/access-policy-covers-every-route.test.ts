import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Access } from '../../src/api/access.js'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'

/**
 * The access policy, route by route: this table is the specification. A route the API serves
 * that is missing here fails the test. Ownership (my attempt, my credential) is proven by each
 * resource's own tests.
 */
const POLICY: Record<string, Access> = {
  'GET /health': 'public',
  'POST /auth/register': 'public',
  'POST /auth/login': 'public',
  'POST /auth/tokens': 'public',
  'POST /auth/logout': 'public',
  'GET /auth/session': 'public',
  'POST /auth/email-verification': 'public',
  'POST /auth/password-reset': 'public',
  'POST /auth/password-reset/confirmation': 'public',
  'POST /me/email-verification': 'signed_in',
  'GET /me': 'signed_in',
  'DELETE /me': 'signed_in',
  'GET /me/sessions': 'signed_in',
  'DELETE /me/sessions/{sessionId}': 'signed_in',
  'POST /me/sessions/sign-out-everywhere': 'signed_in',
  'PUT /me/password': 'signed_in',
  'POST /me/two-factor': 'signed_in',
  'POST /me/two-factor/confirmation': 'signed_in',
  'DELETE /me/two-factor': 'signed_in',
  'GET /me/export': 'signed_in',
  'GET /admin/users': 'administrator',
  'GET /admin/users/{userId}/credentials': 'administrator',
  'PUT /admin/users/{userId}/role': 'administrator',
  'GET /admin/items': 'administrator',
  'POST /admin/items/{itemId}/steps': 'administrator',
  'GET /admin/items/{itemId}/assets/{*}': 'administrator',
  'GET /attempts/{attemptId}/items/{position}/assets/{*}': 'signed_in',
  'GET /catalog/tests': 'public',
  'GET /catalog/tests/{testId}': 'public',
  'GET /catalog/tests/{testId}/statistics': 'administrator',
  'POST /catalog/tests/{testId}/calibration': 'administrator',
  'POST /catalog/tests/{testId}/leak-scan': 'administrator',
  'POST /catalog/tests/{testId}/attempts/{attemptId}/revocation': 'administrator',
  'GET /integrity-holds': 'administrator',
  'POST /integrity-holds/{attemptId}/release': 'administrator',
  'POST /integrity-holds/{attemptId}/rejection': 'administrator',
  'POST /attempts': 'signed_in',
  'GET /attempts/{attemptId}': 'signed_in',
  'PUT /attempts/{attemptId}/items/{position}/answer': 'signed_in',
  'POST /attempts/{attemptId}/submit': 'signed_in',
  'GET /attempts/{attemptId}/result': 'signed_in',
  'GET /me/certifications': 'signed_in',
  'GET /me/credentials': 'signed_in',
  'GET /me/credential-holder': 'signed_in',
  'PUT /me/credential-holder': 'signed_in',
  'DELETE /me/credential-holder': 'signed_in',
  'POST /credentials/verify': 'public',
  'POST /presentations/verify': 'public',
  'POST /credentials/issue': 'administrator',
  'GET /credentials/{id}': 'public',
  'GET /credentials/{id}/page': 'public',
  'GET /credentials/{id}/badge.png': 'public',
  'GET /credentials/{id}/elm': 'signed_in',
  'PUT /credentials/{id}/share': 'signed_in',
  'DELETE /credentials/{id}/share': 'signed_in',
  'POST /credentials/{id}/revoke': 'administrator',
  'POST /credentials/{id}/suspend': 'administrator',
  'POST /credentials/{id}/reinstate': 'administrator',
  'GET /status/{list}': 'public',
  'GET /contexts/microcredential/v1': 'public',
  'GET /.well-known/did.json': 'public',
  'GET /.well-known/openid-credential-issuer': 'public',
  'GET /.well-known/oauth-authorization-server': 'public',
  'POST /credentials/{id}/offer': 'signed_in',
  'POST /oid4vci/token': 'public',
  'POST /oid4vci/nonce': 'public',
  'POST /oid4vci/credential': 'public',
  'GET /credentials/assets/verify.js': 'public',
  'POST /study/runs': 'analyst',
  'POST /study/uploads': 'analyst',
  'GET /study/runs': 'analyst',
  'GET /study/runs/{id}': 'analyst',
  'GET /study/runs/{id}/report': 'analyst',
  'POST /study/runs/{id}/cancellation': 'analyst',
  'PUT /me/profile': 'signed_in',
  'GET /profiles/{userId}': 'public',
  'POST /jobs': 'signed_in',
  'GET /jobs': 'public',
  'GET /me/jobs': 'signed_in',
  'GET /jobs/{jobId}': 'public',
  'POST /jobs/{jobId}/open': 'signed_in',
  'POST /jobs/{jobId}/close': 'signed_in',
  'POST /jobs/{jobId}/cancel': 'signed_in',
  'POST /jobs/{jobId}/proposals': 'signed_in',
  'GET /jobs/{jobId}/proposals': 'signed_in',
  'GET /me/proposals': 'signed_in',
  'GET /proposals/{proposalId}': 'signed_in',
  'POST /proposals/{proposalId}/shortlist': 'signed_in',
  'POST /proposals/{proposalId}/decline': 'signed_in',
  'POST /proposals/{proposalId}/withdraw': 'signed_in',
  'POST /proposals/{proposalId}/offer': 'signed_in',
  'POST /proposals/{proposalId}/accept': 'signed_in',
  'GET /proposals/{proposalId}/messages': 'signed_in',
  'POST /proposals/{proposalId}/messages': 'signed_in',
  'GET /me/contracts': 'signed_in',
  'GET /contracts/{contractId}': 'signed_in',
  'POST /contracts/{contractId}/end': 'signed_in',
  'POST /milestones/{milestoneId}/submit': 'signed_in',
  'POST /milestones/{milestoneId}/request-changes': 'signed_in',
  'POST /milestones/{milestoneId}/approve': 'signed_in',
  'POST /milestones/{milestoneId}/dispute': 'signed_in',
  'POST /milestones/{milestoneId}/fund': 'signed_in',
  'POST /milestones/{milestoneId}/release': 'signed_in',
  'POST /milestones/{milestoneId}/refund': 'signed_in',
  'POST /milestones/{milestoneId}/resolution': 'administrator',
  'GET /me/balances': 'signed_in',
  'POST /me/payouts': 'signed_in',
  'GET /ledger/check': 'administrator',
  'POST /marketplace/scheduled-work': 'administrator',
  'GET /freelancers': 'public',
  'POST /contracts/{contractId}/time-logs': 'signed_in',
  'GET /contracts/{contractId}/time-logs': 'signed_in',
  'POST /contracts/{contractId}/reviews': 'signed_in',
  'GET /profiles/{userId}/reviews': 'public',
  'GET /me/notifications': 'signed_in',
  'POST /me/notifications/read': 'signed_in',
}

const WHO_MAY: Record<Access, readonly ('anonymous' | 'member' | 'analyst' | 'administrator')[]> = {
  public: ['anonymous', 'member', 'analyst', 'administrator'],
  signed_in: ['member', 'analyst', 'administrator'],
  analyst: ['analyst', 'administrator'],
  administrator: ['administrator'],
}

const SIGNS_OUT = new Set(['POST /auth/logout', 'POST /me/sessions/sign-out-everywhere'])

describe(`the access policy on ${engine}`, () => {
  let t: TestApp
  let operations: string[]
  const tokens: Record<string, string | undefined> = {}

  beforeAll(async () => {
    t = await openTestApp()
    for (const role of ['member', 'analyst', 'administrator'] as const) {
      tokens[role] = await signInAs(t, role)
    }
    const document = (await t.app.inject({ url: '/openapi.json' })).json()
    operations = Object.entries<Record<string, unknown>>(document.paths).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
  })
  afterAll(() => t.close())

  it('has a row for every route the API serves', () => {
    expect(operations.filter((operation) => !(operation in POLICY))).toEqual([])
  })

  it('turns away everyone the policy leaves out (401 or 403) before looking at the request', async () => {
    const wrong: string[] = []
    for (const operation of operations) {
      const access = POLICY[operation]
      // Signing out (here or everywhere) would end the session the next rows need.
      if (!access || SIGNS_OUT.has(operation)) continue
      const [method, path] = operation.split(' ') as [string, string]
      const url = path.replace(/\{[^}]+\}/g, 'unknown-id')
      for (const caller of ['anonymous', 'member', 'analyst', 'administrator'] as const) {
        const token = tokens[caller]
        const response = await t.app.inject({
          method: method as 'GET',
          url,
          headers: token ? { authorization: token } : {},
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        })
        const allowed = WHO_MAY[access].includes(caller)
        const refused = response.statusCode === 401 || response.statusCode === 403
        const expected = caller === 'anonymous' ? 401 : 403
        if (allowed === refused || (!allowed && response.statusCode !== expected)) {
          wrong.push(`${caller} ${operation} → ${response.statusCode}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
