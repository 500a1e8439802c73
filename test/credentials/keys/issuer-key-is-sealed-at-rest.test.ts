import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  generateKeyMaterial,
  resolveKeySecret,
  SCRYPT_PARAMS,
  sealSecret,
  unsealSecret,
} from '../../../src/credentials/index.js'

const secret = 'a-long-enough-secret-for-the-issuer-key-0123'

describe('issuer key sealing', () => {
  it('pins the scrypt cost N=2^15, r=8, p=1', () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 })
  })

  it('round-trips the secret key and never stores it in clear', async () => {
    const { secretKeyMultibase } = await generateKeyMaterial()
    const sealed = sealSecret(secretKeyMultibase, secret)
    expect(JSON.stringify(sealed)).not.toContain(secretKeyMultibase)
    expect(unsealSecret(sealed, secret)).toBe(secretKeyMultibase)
  })

  it('refuses a wrong secret and an altered ciphertext', () => {
    const sealed = sealSecret('zrv-secret', secret)
    expect(() => unsealSecret(sealed, `${secret}x`)).toThrow(/cannot decrypt/)
    const flipped = Buffer.from(sealed.ciphertext, 'base64')
    flipped[0] = flipped[0]! ^ 1
    expect(() =>
      unsealSecret({ ...sealed, ciphertext: flipped.toString('base64') }, secret),
    ).toThrow(/cannot decrypt/)
  })
})

describe('the key secret', () => {
  it('comes from SKILLSIGNAL_KEY_SECRET when set, and refuses a short one', () => {
    expect(resolveKeySecret({ SKILLSIGNAL_KEY_SECRET: secret }, null)).toBe(secret)
    expect(() => resolveKeySecret({ SKILLSIGNAL_KEY_SECRET: 'short' }, null)).toThrow(/at least 32/)
  })

  it('is a 0600 file in the data directory for the embedded setup, the same on every start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skillsignal-key-'))
    const first = resolveKeySecret({}, dir)
    expect(resolveKeySecret({}, dir)).toBe(first)
    expect(statSync(join(dir, 'issuer-key-secret')).mode & 0o777).toBe(0o600)
  })

  it('creates the data directory when it does not exist yet', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'skillsignal-key-')), 'not-yet')
    expect(resolveKeySecret({}, dir)).toHaveLength(43)
  })

  it('is required from the environment when there is no data directory', () => {
    expect(() => resolveKeySecret({}, null)).toThrow(/SKILLSIGNAL_KEY_SECRET/)
  })
})
