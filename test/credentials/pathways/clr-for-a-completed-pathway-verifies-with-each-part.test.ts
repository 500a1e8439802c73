import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  buildClrCredential,
  completedPathways,
  PATHWAYS,
  signCredential,
  verifyClrCredential,
} from '../../../src/credentials/index.js'
import { inMemoryIssuer, samplePass, testConfig } from '../support/in-memory-issuer.js'

const now = new Date('2026-06-01T00:00:00Z')

async function fullStackClr() {
  const issuer = await inMemoryIssuer()
  const [pathway] = completedPathways(['javascript', 'typescript', 'nodejs', 'sql', 'react', 'css'])
  const components = await Promise.all(
    pathway!.testIds.map((id) => issuer.issue(samplePass({ id, title: id }))),
  )
  const unsigned = buildClrCredential(testConfig, {
    credentialId: randomUUID(),
    issuerDid: issuer.did,
    pathway: pathway!,
    learnerEmail: 'ada@example.org',
    salt: 'c2FsdA',
    issuedAt: new Date('2026-04-01T00:00:00Z'),
    components,
    status: { listUrl: issuer.urls.message, index: 999 },
  })
  const clr = await signCredential(testConfig, issuer.key, unsigned, issuer.loader)
  return { issuer, clr, components }
}

describe('pathways', () => {
  it('are complete only when every test is held', () => {
    expect(completedPathways(['javascript', 'typescript', 'nodejs', 'sql'])).toEqual([])
    expect(completedPathways(PATHWAYS[0]!.testIds)).toEqual([PATHWAYS[0]])
  })
})

describe('a CLR 2.0 credential for a completed pathway', () => {
  it('verifies, and so does each credential inside it', async () => {
    const { issuer, clr } = await fullStackClr()
    const result = await verifyClrCredential(clr, { documentLoader: issuer.loader, now })
    expect(result.clr.errors).toEqual([])
    expect(result.components.map((report) => report.verdict)).toEqual(Array(5).fill('verified'))
    expect(result.verified).toBe(true)
  })

  it('embeds the components with an isParentOf association to each', async () => {
    const { clr, components } = await fullStackClr()
    const subject = clr.credentialSubject as Record<string, unknown>
    expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential'])
    expect(subject.verifiableCredential).toEqual(components)
    const associations = subject.association as Record<string, unknown>[]
    expect(associations).toHaveLength(5)
    for (const association of associations) {
      expect(association).toMatchObject({
        associationType: 'isParentOf',
        sourceId: 'http://localhost:3000/pathways/full-stack-javascript',
      })
    }
  })

  it('stops verifying when a component is revoked after the CLR was issued', async () => {
    const { issuer, clr, components } = await fullStackClr()
    const entry = components[2]!.credentialStatus as { statusListIndex: string }
    await issuer.setStatus('revocation', Number(entry.statusListIndex), true)
    const result = await verifyClrCredential(clr, { documentLoader: issuer.loader, now })
    expect(result.clr.verified).toBe(true)
    expect(result.components[2]!.verdict).toBe('revoked')
    expect(result.verified).toBe(false)
  })
})
