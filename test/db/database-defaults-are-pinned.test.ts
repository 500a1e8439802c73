import { describe, expect, it } from 'vitest'
import { TRANSACTION_RETRIES } from '../../src/db/index.js'
import { INT8_OID } from '../../src/db/int8.js'

describe('database defaults', () => {
  it('are the documented values', () => {
    // PostgreSQL's catalog: pg_type.oid of int8.
    expect(INT8_OID).toBe(20)
    expect(TRANSACTION_RETRIES).toBe(3)
  })
})
