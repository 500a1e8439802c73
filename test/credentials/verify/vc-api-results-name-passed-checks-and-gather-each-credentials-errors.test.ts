import * as vc from '@digitalbazaar/vc'
import { describe, expect, it } from 'vitest'
import {
  vcApiPresentationResult,
  vcApiResult,
  verifyCredential,
  verifyPresentation,
} from '../../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from '../support/in-memory-issuer.js'

const now = new Date('2026-06-01T00:00:00Z')

describe("a credential's VC-API result", () => {
  it('names the checks that passed, and no error, when it verifies', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const result = vcApiResult(
      await verifyCredential(credential, { documentLoader: issuer.loader, now }),
    )
    expect(result).toEqual({
      verified: true,
      verdict: 'verified',
      checks: ['schema', 'issuer-key', 'proof', 'validity-dates', 'revocation', 'suspension'],
      warnings: [],
      errors: [],
    })
  })

  it('leaves a failed check out of the passed ones and lists it with its message', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    await issuer.setStatus('revocation', 0, true)
    const result = vcApiResult(
      await verifyCredential(credential, { documentLoader: issuer.loader, now }),
    )
    expect(result.verified).toBe(false)
    expect(result.verdict).toBe('revoked')
    expect(result.checks).not.toContain('revocation')
    expect(result.errors).toEqual([{ check: 'revocation', message: 'revoked' }])
  })
})

describe("a presentation's VC-API result", () => {
  it('carries each credential result and gathers their errors, with no proof check when unsigned', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    await issuer.setStatus('revocation', 0, true)
    const presentation = vc.createPresentation({ verifiableCredential: credential, now })
    const result = vcApiPresentationResult(
      await verifyPresentation(presentation, { documentLoader: issuer.loader, now }),
    )
    expect(result.verified).toBe(false)
    expect(result.verdict).toBe('not-verified')
    expect(result.checks).toEqual([])
    expect(result.credentialResults.map((r) => r.verdict)).toEqual(['revoked'])
    expect(result.errors).toEqual([{ check: 'revocation', message: 'revoked' }])
    expect(result.warnings).toContain('the presentation is not signed by its holder')
  })

  it('refuses an unsigned presentation that carries no credential', async () => {
    const issuer = await inMemoryIssuer()
    const presentation = vc.createPresentation({ now })
    const result = vcApiPresentationResult(
      await verifyPresentation(presentation, { documentLoader: issuer.loader, now }),
    )
    expect(result.verified).toBe(false)
    expect(result.errors).toEqual([
      { check: 'schema', message: 'an unsigned presentation with no credential proves nothing' },
    ])
  })

  it('reports a presentation whose type is wrong as a failed proof', async () => {
    const issuer = await inMemoryIssuer()
    const result = vcApiPresentationResult(
      await verifyPresentation({ type: ['Nothing'] }, { documentLoader: issuer.loader, now }),
    )
    expect(result.verified).toBe(false)
    expect(result.errors[0]).toEqual({
      check: 'proof',
      message: 'type must include VerifiablePresentation',
    })
  })
})
