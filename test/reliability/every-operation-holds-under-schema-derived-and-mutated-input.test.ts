import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestApp, signInAs, type TestApp } from '../support/app.js'
import { engine } from '../support/database.js'
import { arbitraryOf, hostileValue, type JsonSchema, mutateAt } from './support/schema-arbitrary.js'

/** Requests per operation; the seed is fixed so that a failure replays. */
const RUNS_PER_OPERATION = 30
const SEED = 20261203
/** Operations that end the caller's own session would turn the rest into 401s. */
const SIGNS_OUT = new Set(['POST /auth/logout', 'POST /me/sessions/sign-out-everywhere'])
/** OpenID4VCI's endpoints answer in OAuth 2.0's error shape (RFC 6749 §5.2), as wallets expect. */
const OAUTH_SHAPED = new Set(['/oid4vci/token', '/oid4vci/credential'])
const INTERNALS = /\bat [\w.<>]+ \(|\.ts:\d+|select .* from|insert into|SQLSTATE|violates/i

interface Operation {
  readonly method: string
  readonly path: string
  readonly body: JsonSchema | undefined
  readonly params: readonly {
    readonly name: string
    readonly in: string
    readonly schema: JsonSchema
  }[]
}

describe(`every operation under schema-derived and mutated input on ${engine}`, () => {
  let t: TestApp
  let authorization: string
  let operations: Operation[]

  beforeAll(async () => {
    t = await openTestApp()
    authorization = await signInAs(t, 'administrator')
    const document = (await t.app.inject({ url: '/openapi.json' })).json()
    operations = Object.entries<Record<string, Record<string, unknown>>>(document.paths).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          body: (operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> })
            ?.content?.['application/json']?.schema,
          params: (operation.parameters as Operation['params'] | undefined) ?? [],
        })),
    )
  })
  afterAll(() => t.close())

  it('answers valid and mutated requests below 500, in the error shape, without internals, and /health stays up', async () => {
    expect(operations.length).toBeGreaterThan(40)
    const failures: string[] = []
    let requests = 0
    for (const operation of operations) {
      const name = `${operation.method} ${operation.path}`
      if (SIGNS_OUT.has(name)) continue
      const body = arbitraryOf(operation.body)
      const pathParams = operation.params.filter((p) => p.in === 'path')
      const queryParams = operation.params.filter((p) => p.in === 'query')
      const request = fc.record({
        body,
        mutate: fc.boolean(),
        pick: fc.nat(),
        hostile: hostileValue,
        path: fc.tuple(...pathParams.map((p) => arbitraryOf(p.schema)), fc.constant(null)),
        query: fc.tuple(
          ...queryParams.map((p) => fc.option(arbitraryOf(p.schema))),
          fc.constant(null),
        ),
      })
      await fc.assert(
        fc.asyncProperty(request, async (sample) => {
          let url = operation.path
          pathParams.forEach((p, i) => {
            url = url.replace(`{${p.name}}`, encodeURIComponent(String(sample.path[i])))
          })
          const query = queryParams
            .map((p, i) => [p.name, sample.query[i]] as const)
            .filter(([, v]) => v !== null && v !== undefined)
            .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
          if (query.length > 0) url += `?${query.join('&')}`
          const payload = sample.mutate
            ? mutateAt(sample.body, sample.pick, sample.hostile)
            : sample.body
          const withBody =
            operation.method !== 'GET' && operation.method !== 'DELETE'
              ? true
              : operation.body !== undefined
          const response = await t.app.inject({
            method: operation.method as 'GET',
            url,
            headers: { authorization, 'content-type': 'application/json' },
            ...(withBody ? { payload: JSON.stringify(payload ?? {}) } : {}),
          })
          requests++
          const where = `${name} ${url.slice(0, 120)}`
          if (response.statusCode >= 500) {
            failures.push(`${where} → ${response.statusCode} ${response.body.slice(0, 200)}`)
          }
          if (
            INTERNALS.test(response.body) &&
            !String(response.headers['content-type']).includes('html')
          ) {
            failures.push(`${where} leaks internals: ${response.body.slice(0, 200)}`)
          }
          const json = String(response.headers['content-type'] ?? '').includes('json')
          if (response.statusCode >= 400 && json) {
            const answer = response.json()
            const oauth =
              OAUTH_SHAPED.has(operation.path) &&
              typeof answer.error === 'string' &&
              typeof answer.error_description === 'string'
            const shaped =
              oauth || typeof answer.error?.code === 'string' || Array.isArray(answer.errors)
            if (!shaped) failures.push(`${where} → ${response.statusCode} not in the error shape`)
          }
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED },
      )
      const health = await t.app.inject({ url: '/health' })
      if (health.statusCode !== 200) failures.push(`/health after ${name} → ${health.statusCode}`)
    }
    expect(failures).toEqual([])
    expect(requests).toBeGreaterThan(40 * RUNS_PER_OPERATION)
  }, 600_000)
})
