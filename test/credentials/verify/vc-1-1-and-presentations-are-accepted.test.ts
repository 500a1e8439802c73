import * as vc from '@digitalbazaar/vc'
import { describe, expect, it } from 'vitest'
import {
  signCredential,
  VC_V1_CONTEXT,
  verifyCredential,
  verifyPresentation,
} from '../../../src/credentials/index.js'
import { inMemoryIssuer, samplePass, testConfig } from '../support/in-memory-issuer.js'

const now = new Date('2026-06-01T00:00:00Z')

describe('VC Data Model 1.1 input', () => {
  it('verifies, with a warning that names the older model', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await signCredential(
      testConfig,
      issuer.key,
      {
        '@context': [VC_V1_CONTEXT, 'https://w3id.org/security/data-integrity/v2'],
        type: ['VerifiableCredential'],
        issuer: issuer.did,
        issuanceDate: '2026-01-02T00:00:00Z',
        credentialSubject: { id: 'did:example:learner' },
      },
      issuer.loader,
    )
    const report = await verifyCredential(credential, { documentLoader: issuer.loader, now })
    expect(report.verdict).toBe('verified')
    expect(report.warnings).toContain('VC Data Model 1.1 credential')
  })

  it('is refused without an issuanceDate', async () => {
    const issuer = await inMemoryIssuer()
    const report = await verifyCredential(
      {
        '@context': [VC_V1_CONTEXT],
        type: ['VerifiableCredential'],
        issuer: issuer.did,
        credentialSubject: {},
      },
      { documentLoader: issuer.loader, now },
    )
    expect(report.verdict).toBe('malformed')
    expect(report.errors[0]?.message).toContain('issuanceDate')
  })
})

describe('presentations', () => {
  it('verify when unsigned and every credential verifies, with a warning', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const presentation = vc.createPresentation({ verifiableCredential: credential, now })
    const result = await verifyPresentation(presentation, { documentLoader: issuer.loader, now })
    expect(result.verified).toBe(true)
    expect(result.presentationProof).toBe('unsigned')
    expect(result.warnings).toContain('the presentation is not signed by its holder')
  })

  it('fail when a credential inside is revoked', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    await issuer.setStatus('revocation', 0, true)
    const presentation = vc.createPresentation({ verifiableCredential: credential, now })
    const result = await verifyPresentation(presentation, { documentLoader: issuer.loader, now })
    expect(result.verified).toBe(false)
    expect(result.credentials[0]?.verdict).toBe('revoked')
  })
})

describe('structural rules of the VC Data Model 2.0', () => {
  it.each([
    ['credentialSchema without a type', { credentialSchema: { id: 'https://example.org/schema' } }],
    ['refreshService without a type', { refreshService: { id: 'https://example.org/refresh' } }],
    ['an id that is not a URL', { id: 'not a url' }],
    ['relatedResource without a digest', { relatedResource: [{ id: 'https://example.org/r' }] }],
  ])('refuse %s as malformed', async (_case, change) => {
    const issuer = await inMemoryIssuer()
    const credential = { ...(await issuer.issue(samplePass())), ...change }
    const report = await verifyCredential(credential, { documentLoader: issuer.loader, now })
    expect(report.verdict).toBe('malformed')
  })
})
