import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'

/** The VC data model version a credential declares by its first context. */
export type DataModel = '1.1' | '2.0'

/** The problem an unsigned credential has, which issuance expects. */
export const NO_PROOF = 'the credential carries no proof'

/** Properties whose objects must say their type (VC Data Model 2.0). */
const TYPED_PROPERTIES = [
  'credentialSchema',
  'refreshService',
  'credentialStatus',
  'evidence',
  'termsOfUse',
]

/** Problems with a credential's shape (VC 1.1 or 2.0, plus OB 3.0 when it says it is one). */
export function schemaProblems(credential: unknown): readonly string[] {
  if (!isRecord(credential)) return ['the credential must be a JSON object']
  const problems: string[] = []
  const model = dataModelOf(credential)
  if (model === undefined) {
    problems.push(`the first @context must be ${VC_V2_CONTEXT} or ${VC_V1_CONTEXT}`)
  }
  const types = asArray(credential.type)
  if (!types.includes('VerifiableCredential'))
    problems.push('type must include VerifiableCredential')
  if (!issuerIdOf(credential)) problems.push('issuer must be a URL or an object whose id is a URL')
  if (credential.id !== undefined && !isUrl(credential.id)) problems.push('id must be a single URL')
  if (!isRecord(credential.credentialSubject) && !Array.isArray(credential.credentialSubject)) {
    problems.push('credentialSubject is required')
  }
  if (model === '1.1' && !isDate(credential.issuanceDate)) {
    problems.push('a VC 1.1 credential needs an issuanceDate')
  }
  for (const field of ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate']) {
    if (credential[field] !== undefined && !isDate(credential[field])) {
      problems.push(`${field} must be an XML Schema dateTime`)
    }
  }
  problems.push(...typedObjectProblems(credential), ...relatedResourceProblems(credential))
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) {
    problems.push(...openBadgeProblems(credential))
  }
  if (credential.proof === undefined || credential.proof === null) problems.push(NO_PROOF)
  if (!allStringsWellFormed(credential)) {
    problems.push('a string contains a lone surrogate or NUL, which storage would alter')
  }
  return problems
}

function typedObjectProblems(credential: Record<string, unknown>): readonly string[] {
  const problems: string[] = []
  for (const property of TYPED_PROPERTIES) {
    for (const item of asArray(credential[property])) {
      if (!isRecord(item) || item.type === undefined)
        problems.push(`each ${property} must be an object with a type`)
    }
  }
  for (const schema of asArray(credential.credentialSchema)) {
    if (isRecord(schema) && !isUrl(schema.id))
      problems.push('each credentialSchema needs an id that is a URL')
  }
  return problems
}

function relatedResourceProblems(credential: Record<string, unknown>): readonly string[] {
  const resources = asArray(credential.relatedResource)
  const ids = resources.map((resource) => (isRecord(resource) ? resource.id : undefined))
  const problems: string[] = []
  if (resources.some((resource) => !isRecord(resource) || !isUrl(resource.id))) {
    problems.push('each relatedResource must be an object whose id is a URL')
  }
  if (new Set(ids).size !== ids.length) problems.push('relatedResource ids must be unique')
  if (
    resources.some(
      (resource) => isRecord(resource) && !resource.digestSRI && !resource.digestMultibase,
    )
  ) {
    problems.push('each relatedResource needs a digestSRI or digestMultibase')
  }
  return problems
}

function isUrl(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value)
}

function openBadgeProblems(credential: Record<string, unknown>): readonly string[] {
  const subject = credential.credentialSubject
  const achievement = isRecord(subject) ? subject.achievement : undefined
  if (!isRecord(achievement)) return ['an Open Badge needs credentialSubject.achievement']
  const problems: string[] = []
  if (typeof achievement.id !== 'string') problems.push('achievement.id is required')
  if (typeof achievement.name !== 'string') problems.push('achievement.name is required')
  if (!isRecord(achievement.criteria)) problems.push('achievement.criteria is required')
  if (!asArray(achievement.type).includes('Achievement')) {
    problems.push('achievement.type must include Achievement')
  }
  return problems
}

/** '2.0' or '1.1' from the first context, undefined for anything else. */
export function dataModelOf(credential: Record<string, unknown>): DataModel | undefined {
  const first = asArray(credential['@context'])[0]
  if (first === VC_V2_CONTEXT) return '2.0'
  if (first === VC_V1_CONTEXT) return '1.1'
  return undefined
}

export function issuerIdOf(credential: Record<string, unknown>): string | undefined {
  const issuer = credential.issuer
  const id = isRecord(issuer) ? issuer.id : issuer
  return typeof id === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : undefined
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asArray(value: unknown): readonly unknown[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

function isDate(value: unknown): boolean {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
}

// With the u flag a paired surrogate reads as one astral code point, so \p{Cs} finds only lone ones.
const LONE_SURROGATE = /\p{Cs}/u

function allStringsWellFormed(value: unknown): boolean {
  if (typeof value === 'string')
    return !LONE_SURROGATE.test(value) && !value.includes(String.fromCharCode(0))
  if (Array.isArray(value)) return value.every(allStringsWellFormed)
  if (isRecord(value)) {
    return Object.entries(value).every(
      ([key, item]) => allStringsWellFormed(key) && allStringsWellFormed(item),
    )
  }
  return true
}
