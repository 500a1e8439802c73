import { randomUUID } from 'node:crypto'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  generateKeyMaterial,
  verifyCredential,
  verifyPresentation,
} from '../../../src/credentials/index.js'
import { signingSuite } from '../../../src/credentials/keys/issuer-key.js'
import {
  type InMemoryIssuer,
  inMemoryIssuer,
  samplePass,
  testConfig,
} from '../support/in-memory-issuer.js'

type Obj = Record<string, unknown>

let issuer: InMemoryIssuer
/** The credential as the issuer signed it, its one proof carrying an id a chain can name. */
let unsigned: Obj
let issuerProof: Obj
const FIRST = `urn:uuid:${randomUUID()}`

beforeAll(async () => {
  issuer = await inMemoryIssuer()
  const { proof: _proof, ...rest } = await issuer.issue(samplePass())
  unsigned = rest
  const suite = await signingSuite(testConfig, issuer.key)
  suite.proof = { id: FIRST }
  issuerProof = await suite.createProof({
    document: unsigned,
    purpose: new vc.CredentialIssuancePurpose(),
    proofSet: [],
    documentLoader: issuer.loader,
  })
})

/** A second party's key: a did:key signer no issuer controls. */
async function cosigner() {
  const material = await generateKeyMaterial()
  const did = `did:key:${material.publicKeyMultibase}`
  const pair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: `${did}#${material.publicKeyMultibase}`,
    controller: did,
    publicKeyMultibase: material.publicKeyMultibase,
    secretKeyMultibase: material.secretKeyMultibase,
  })
  return new DataIntegrityProof({ signer: pair.signer(), cryptosuite })
}

/** A second proof by another key over `document` (chained when `previousProof` is given). */
async function cosign(document: Obj, previousProof?: unknown): Promise<Obj> {
  const suite = await cosigner()
  if (previousProof !== undefined) suite.proof = { previousProof }
  return suite.createProof({
    document,
    purpose: new vc.CredentialIssuancePurpose(),
    proofSet: [],
    documentLoader: issuer.loader,
  })
}

const verify = (credential: Obj) =>
  verifyCredential(credential, {
    documentLoader: issuer.loader,
    now: new Date('2026-06-01T00:00:00Z'),
  })

describe('a credential with several proofs', () => {
  it("verifies with the issuer's proof alone, and with a co-signer's valid proof beside it", async () => {
    expect((await verify({ ...unsigned, proof: issuerProof })).verdict).toBe('verified')
    const cosigned = { ...unsigned, proof: [issuerProof, await cosign(unsigned)] }
    expect((await verify(cosigned)).verdict).toBe('verified')
  })

  it('fails when any proof does not verify, whichever comes first', async () => {
    const forged = {
      ...issuerProof,
      id: `urn:uuid:${randomUUID()}`,
      proofValue: (await cosign(unsigned)).proofValue,
    }
    for (const proof of [
      [issuerProof, forged],
      [forged, issuerProof],
    ]) {
      const report = await verify({ ...unsigned, proof })
      expect(report.verdict).toBe('invalid-proof')
      expect(report.errors.find((e) => e.check === 'proof')?.message).toMatch(
        /^proof [12] of 2 does not verify/,
      )
    }
  })
})

describe('a proof chain (previousProof)', () => {
  it("verifies a co-signer's proof made over the credential carrying the issuer's proof", async () => {
    const chained = await cosign({ ...unsigned, proof: issuerProof }, FIRST)
    const report = await verify({ ...unsigned, proof: [issuerProof, chained] })
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('verified')
    // Named as a list, too.
    const listed = await cosign({ ...unsigned, proof: issuerProof }, [FIRST])
    expect((await verify({ ...unsigned, proof: [issuerProof, listed] })).verdict).toBe('verified')
  })

  it('fails when the chained proof names a proof that is not there, or was made without it', async () => {
    const dangling = await cosign({ ...unsigned, proof: issuerProof }, 'urn:uuid:missing')
    const missing = await verify({ ...unsigned, proof: [issuerProof, dangling] })
    expect(missing.verdict).toBe('invalid-proof')
    expect(missing.errors.find((e) => e.check === 'proof')?.message).toMatch(/names no proof/)
    // Claims a chain but signed the bare credential.
    const unchained = await cosign(unsigned, FIRST)
    expect((await verify({ ...unsigned, proof: [issuerProof, unchained] })).verdict).toBe(
      'invalid-proof',
    )
  })

  it('verifies the issuer proof that follows a co-signer proof, the issuer key found in the chain', async () => {
    const cosignerSuite = await cosigner()
    const firstId = `urn:uuid:${randomUUID()}`
    cosignerSuite.proof = { id: firstId }
    const first = await cosignerSuite.createProof({
      document: unsigned,
      purpose: new vc.CredentialIssuancePurpose(),
      proofSet: [],
      documentLoader: issuer.loader,
    })
    const suite = await signingSuite(testConfig, issuer.key)
    suite.proof = { previousProof: firstId }
    const second = await suite.createProof({
      document: { ...unsigned, proof: first },
      purpose: new vc.CredentialIssuancePurpose(),
      proofSet: [],
      documentLoader: issuer.loader,
    })
    const report = await verify({ ...unsigned, proof: [first, second] })
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('verified')
  })
})

describe('a presentation with several proofs', () => {
  it("verifies with its holder's proof, and fails when a second proof does not verify", async () => {
    const material = await generateKeyMaterial()
    const did = `did:key:${material.publicKeyMultibase}`
    const pair = await Ed25519Multikey.from({
      type: 'Multikey',
      id: `${did}#${material.publicKeyMultibase}`,
      controller: did,
      publicKeyMultibase: material.publicKeyMultibase,
      secretKeyMultibase: material.secretKeyMultibase,
    })
    const presentation = vc.createPresentation({
      verifiableCredential: [{ ...unsigned, proof: issuerProof }],
      holder: did,
    })
    const signed = await vc.signPresentation({
      presentation,
      suite: new DataIntegrityProof({ signer: pair.signer(), cryptosuite }),
      challenge: 'a-challenge',
      documentLoader: issuer.loader,
    })
    const options = {
      documentLoader: issuer.loader,
      challenge: 'a-challenge',
      now: new Date('2026-06-01T00:00:00Z'),
    }
    expect((await verifyPresentation(signed, options)).verified).toBe(true)
    const proof = signed.proof as Obj
    const forged = { ...proof, proofValue: (await cosign(unsigned)).proofValue }
    const twice = await verifyPresentation({ ...signed, proof: [proof, forged] }, options)
    expect(twice.verified).toBe(false)
    expect(twice.presentationMessage).toMatch(/does not verify/)
  })
})
