import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activeSigningKey } from '../../../src/credentials/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'
import { testRuntime } from '../support/platform-fixtures.js'

let platform: PlatformDatabase

beforeAll(async () => {
  platform = await openTestDatabase()
})
afterAll(async () => {
  await platform.close()
})

describe('an unsealed issuer key', () => {
  it('is kept by the runtime that unsealed it, never handed to one with another secret', async () => {
    const right = testRuntime()
    const key = await activeSigningKey(platform.db, right)
    expect(right.unsealedKeys.get(key.id)?.secretKeyMultibase).toBe(key.secretKeyMultibase)
    await expect(activeSigningKey(platform.db, testRuntime())).rejects.toThrow(
      /cannot decrypt the issuer key/,
    )
    expect((await activeSigningKey(platform.db, right)).id).toBe(key.id)
  })
})
