import { describe, expect, it } from 'vitest'
import {
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '../../src/accounts/index.js'

describe('account limits', () => {
  it('are the documented lengths', () => {
    expect([MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH]).toEqual([10, 256])
    // RFC 5321's longest forward path, less the angle brackets.
    expect(MAX_EMAIL_LENGTH).toBe(254)
  })
})
