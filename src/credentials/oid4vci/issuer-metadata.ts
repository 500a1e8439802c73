import type { CredentialsConfig } from '../config.js'
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'

/** Where the wallet endpoints live, under the issuer's base URL. */
export const OID4VCI_PATHS = {
  token: '/oid4vci/token',
  nonce: '/oid4vci/nonce',
  credential: '/oid4vci/credential',
} as const

/** The grant type of the pre-authorized code flow. */
export const PRE_AUTHORIZED_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:pre-authorized_code'

/** The JWT `typ` a wallet's proof of possession carries. */
export const PROOF_JWT_TYPE = 'openid4vci-proof+jwt'

/** The credential configurations the platform offers, one per kind it issues. */
export const CREDENTIAL_CONFIGURATIONS = {
  'open-badge': 'OpenBadgeCredential_ldp_vc',
  clr: 'ClrCredential_ldp_vc',
} as const

const TYPES = {
  'open-badge': { type: 'OpenBadgeCredential', name: 'Open Badge' },
  clr: { type: 'ClrCredential', name: 'Comprehensive Learner Record' },
} as const

function configuration(config: CredentialsConfig, kind: keyof typeof TYPES) {
  const { type, name } = TYPES[kind]
  return {
    format: 'ldp_vc',
    credential_definition: {
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      type: ['VerifiableCredential', type],
    },
    cryptographic_binding_methods_supported: ['did:key'],
    credential_signing_alg_values_supported: ['eddsa-rdfc-2022'],
    proof_types_supported: { jwt: { proof_signing_alg_values_supported: ['EdDSA'] } },
    credential_metadata: {
      display: [{ name: `${config.issuerName} ${name}`, locale: 'en' }],
    },
  }
}

/**
 * The Credential Issuer Metadata (OpenID4VCI 1.0 §12.2) served at
 * `/.well-known/openid-credential-issuer`. The issuer is its own authorization server.
 */
export function credentialIssuerMetadata(config: CredentialsConfig): Record<string, unknown> {
  return {
    credential_issuer: config.baseUrl,
    credential_endpoint: `${config.baseUrl}${OID4VCI_PATHS.credential}`,
    nonce_endpoint: `${config.baseUrl}${OID4VCI_PATHS.nonce}`,
    display: [{ name: config.issuerName, locale: 'en' }],
    credential_configurations_supported: {
      [CREDENTIAL_CONFIGURATIONS['open-badge']]: configuration(config, 'open-badge'),
      [CREDENTIAL_CONFIGURATIONS.clr]: configuration(config, 'clr'),
    },
  }
}

/** OAuth 2.0 Authorization Server Metadata (RFC 8414) of the same origin: the token endpoint. */
export function authorizationServerMetadata(config: CredentialsConfig): Record<string, unknown> {
  return {
    issuer: config.baseUrl,
    token_endpoint: `${config.baseUrl}${OID4VCI_PATHS.token}`,
    grant_types_supported: [PRE_AUTHORIZED_CODE_GRANT],
    'pre-authorized_grant_anonymous_access_supported': true,
    response_types_supported: [],
  }
}
