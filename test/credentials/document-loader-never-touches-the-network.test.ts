import { describe, expect, it } from 'vitest'
import {
  createDocumentLoader,
  DocumentRefusedError,
  didWebDocument,
  generateKeyMaterial,
  microcredentialContext,
  verificationMethodId,
} from '../../src/credentials/index.js'
import { testConfig } from './support/in-memory-issuer.js'

describe('the offline document loader', () => {
  const loader = createDocumentLoader({ baseUrl: 'http://localhost:3000' })

  it('serves the published contexts from local copies', async () => {
    for (const url of [
      'https://www.w3.org/ns/credentials/v2',
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
      'https://w3id.org/security/data-integrity/v2',
      'https://w3id.org/security/multikey/v1',
      'https://www.w3.org/ns/did/v1',
    ]) {
      const { document } = await loader(url)
      expect(document, url).toHaveProperty('@context')
    }
  })

  it('serves our extension context under the platform URL', async () => {
    const { document } = await loader('http://localhost:3000/contexts/microcredential/v1')
    expect(document).toBe(microcredentialContext)
  })

  it('refuses any other URL, our context under another host included', async () => {
    for (const url of [
      'https://example.org/context.json',
      'https://evil.example/contexts/microcredential/v1',
      'did:web:example.org',
      'did:key:z6MkNotAKey',
    ]) {
      await expect(loader(url), url).rejects.toBeInstanceOf(DocumentRefusedError)
    }
  })

  it('resolves did:key without a network and our did:web from our own keys', async () => {
    const key = await generateKeyMaterial()
    const didKey = `did:key:${key.publicKeyMultibase}`
    const { document: method } = await loader(`${didKey}#${key.publicKeyMultibase}`)
    expect(method).toMatchObject({ controller: didKey, publicKeyMultibase: key.publicKeyMultibase })

    const webConfig = {
      ...testConfig,
      baseUrl: 'https://skills.example.org',
      didMethod: 'web' as const,
    }
    const didDocument = didWebDocument(webConfig, [key])
    const webLoader = createDocumentLoader({
      baseUrl: webConfig.baseUrl,
      ownDidDocument: didDocument,
    })
    const methodId = verificationMethodId(webConfig, key)
    expect(methodId).toBe(`did:web:skills.example.org#${key.publicKeyMultibase}`)
    expect((await webLoader('did:web:skills.example.org')).document).toBe(didDocument)
    expect((await webLoader(methodId)).document).toMatchObject({ id: methodId, type: 'Multikey' })
    await expect(webLoader('did:web:other.example.org')).rejects.toBeInstanceOf(
      DocumentRefusedError,
    )
  })
})
