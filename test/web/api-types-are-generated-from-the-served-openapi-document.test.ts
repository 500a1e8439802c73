import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { API_TYPES_FILE, apiTypesSource, servedOpenApiDocument } from '../../scripts/api-types.js'
import type {
  Account,
  Attempt,
  AttemptReport,
  Certification,
  Credential,
  SkillTest,
  StudyRun,
  StudyRunRequest,
} from '../../src/web/api/types.js'

describe("the browser app's API types", () => {
  it('are what the current /openapi.json generates (else run npm run generate:api)', async () => {
    const checkedIn = await readFile(
      fileURLToPath(new URL(`../../${API_TYPES_FILE}`, import.meta.url)),
      'utf8',
    )
    const current = await apiTypesSource(await servedOpenApiDocument())
    expect(current === checkedIn, `${API_TYPES_FILE} is stale: run npm run generate:api`).toBe(true)
  }, 60_000)

  it('name the documented shapes, not never', () => {
    expectTypeOf<Account>().toEqualTypeOf<{
      readonly id: string
      readonly email: string
      readonly displayName: string
      readonly role: 'member' | 'analyst' | 'administrator'
      readonly createdAt: string
    }>()
    expectTypeOf<SkillTest['skill']>().toEqualTypeOf<{
      readonly label: string
      readonly escoUri: string | null
    }>()
    expectTypeOf<Attempt['items'][number]['chosenOptionIds']>().toEqualTypeOf<
      readonly string[] | null
    >()
    expectTypeOf<AttemptReport['percentile']>().toEqualTypeOf<number | null>()
    expectTypeOf<Certification['status']>().toEqualTypeOf<'active' | 'expired' | 'revoked'>()
    expectTypeOf<Credential['status']>().toEqualTypeOf<'active' | 'revoked' | 'suspended'>()
    expectTypeOf<StudyRun['status']>().toEqualTypeOf<
      'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
    >()
    expectTypeOf<StudyRunRequest['source']>().toEqualTypeOf<'platform' | 'upload' | 'simulation'>()
  })
})
