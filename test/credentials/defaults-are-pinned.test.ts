import { describe, expect, it } from 'vitest'
import {
  BADGE_SIZE_PX,
  credentialsConfigFrom,
  DEFAULT_BASE_URL,
  DEFAULT_ISSUER_COUNTRY_CODE,
  DEFAULT_ISSUER_NAME,
  IDENTITY_SALT_BYTES,
  MAX_CLOCK_SKEW_SECONDS,
  MAX_REASON_LENGTH,
  STATUS_INDEX_ATTEMPTS,
  STATUS_LIST_LENGTH,
} from '../../src/credentials/index.js'
import { MIN_KEY_SECRET_LENGTH } from '../../src/credentials/keys/key-secret.js'

describe('numerical and naming defaults of credentials', () => {
  it('are the documented values', () => {
    // 16 KiB of bits: the Bitstring Status List minimum for herd privacy.
    expect(STATUS_LIST_LENGTH).toBe(131_072)
    expect(STATUS_INDEX_ATTEMPTS).toBe(32)
    // 128-bit salt for the hashed email.
    expect(IDENTITY_SALT_BYTES).toBe(16)
    // The VC libraries' own clock skew.
    expect(MAX_CLOCK_SKEW_SECONDS).toBe(300)
    expect(MAX_REASON_LENGTH).toBe(2000)
    expect(BADGE_SIZE_PX).toBe(256)
    // 32 characters: about 128 bits when random.
    expect(MIN_KEY_SECRET_LENGTH).toBe(32)
    expect([DEFAULT_BASE_URL, DEFAULT_ISSUER_NAME, DEFAULT_ISSUER_COUNTRY_CODE]).toEqual([
      'http://localhost:3000',
      'SkillSignal',
      'DE',
    ])
  })

  it('give did:key without a public URL and did:web with one', () => {
    expect(credentialsConfigFrom({})).toEqual({
      baseUrl: 'http://localhost:3000',
      didMethod: 'key',
      issuerName: 'SkillSignal',
      issuerCountryCode: 'DE',
    })
    expect(
      credentialsConfigFrom({
        SKILLSIGNAL_PUBLIC_URL: 'https://skills.example.org/',
        SKILLSIGNAL_ISSUER_COUNTRY: 'fi',
      }),
    ).toMatchObject({
      baseUrl: 'https://skills.example.org',
      didMethod: 'web',
      issuerCountryCode: 'FI',
    })
    expect(() => credentialsConfigFrom({ SKILLSIGNAL_ISSUER_COUNTRY: 'Finland' })).toThrow(
      /two-letter/,
    )
  })
})
