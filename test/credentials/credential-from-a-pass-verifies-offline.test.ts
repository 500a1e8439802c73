import { describe, expect, it } from 'vitest'
import { verifyCredential } from '../../src/credentials/index.js'
import { inMemoryIssuer, samplePass } from './support/in-memory-issuer.js'

describe('a credential issued for a pass', () => {
  it('verifies offline with every check passed', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const report = await verifyCredential(credential, {
      documentLoader: issuer.loader,
      now: new Date('2026-06-01T00:00:00Z'),
    })
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('verified')
    expect(report.checks.map((check) => [check.check, check.outcome])).toEqual([
      ['schema', 'passed'],
      ['issuer-key', 'passed'],
      ['proof', 'passed'],
      ['validity-dates', 'passed'],
      ['revocation', 'passed'],
      ['suspension', 'passed'],
    ])
  })

  it('is an OB 3.0 OpenBadgeCredential on VC 2.0 with an eddsa-rdfc-2022 proof', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    expect(credential['@context']).toContain('https://www.w3.org/ns/credentials/v2')
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect((credential.proof as unknown[])[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: `${issuer.did}#${issuer.key.publicKeyMultibase}`,
    })
  })
})
