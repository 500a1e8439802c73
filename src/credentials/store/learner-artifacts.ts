import type { Kysely } from 'kysely'
import { findAccount } from '../../accounts/index.js'
import { DomainError } from '../../shared/index.js'
import { badgePng } from '../learner/badge-image.js'
import { bakePng } from '../learner/baked-png.js'
import { credentialPageHtml } from '../learner/credential-page.js'
import { europeanLearningModelExport } from '../learner/elm-export.js'
import { linkedInAddToProfileUrl } from '../learner/linkedin.js'
import type { CredentialsDatabase } from '../tables.js'
import { type CredentialRecord, credentialRecord } from './credential-records.js'
import { credentialStatusEvents } from './credential-status-change.js'
import { verifyOnPlatform } from './platform-verify.js'
import type { CredentialsRuntime } from './runtime.js'

type Obj = Record<string, unknown>

/** Who is looking: the owner and administrators see unshared credentials, others only shared. */
export interface Viewer {
  readonly id: string
  readonly role: string
}

/** A credential the viewer may see, or the same 404 as a missing one. */
export async function visibleCredential(
  db: Kysely<CredentialsDatabase>,
  id: string,
  viewer: Viewer | null,
): Promise<CredentialRecord> {
  const record = await credentialRecord(db, id)
  const maySee = record.shared || viewer?.id === record.userId || viewer?.role === 'administrator'
  if (!maySee) throw new DomainError('not_found', 'credential_not_found', `no credential ${id}`)
  return record
}

/** A credential the viewer owns, or a 404. */
export async function ownedCredential(
  db: Kysely<CredentialsDatabase>,
  id: string,
  ownerId: string,
): Promise<CredentialRecord> {
  const record = await credentialRecord(db, id)
  if (record.userId !== ownerId) {
    throw new DomainError('not_found', 'credential_not_found', `no credential ${id}`)
  }
  return record
}

/** The links a learner shares: the JSON, the human page, the badge and LinkedIn's form. */
export function credentialLinks(runtime: CredentialsRuntime, record: CredentialRecord) {
  const base = `${runtime.config.baseUrl}/credentials/${encodeURIComponent(record.id)}`
  const page = `${base}/page`
  return {
    json: base,
    page,
    badge: `${base}/badge.png`,
    linkedIn: linkedInAddToProfileUrl({
      name: String(record.document.name),
      organizationName: runtime.config.issuerName,
      issuedAt: record.issuedAt,
      expiresAt: record.validUntil,
      certUrl: page,
      certId: record.id,
    }),
  }
}

/** The human page, verified now. */
export async function credentialPage(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  record: CredentialRecord,
): Promise<string> {
  const report = await verifyOnPlatform(db, runtime, record.document)
  const holder = record.showHolderName ? await findAccount(db, record.userId) : undefined
  const events = await credentialStatusEvents(db, record.id)
  const last = events.at(-1)
  return credentialPageHtml(record.document, report, credentialLinks(runtime, record), {
    holderName: holder?.displayName ?? null,
    statusChange:
      last && last.action !== 'reinstate' ? { reason: last.reason, at: new Date(last.at) } : null,
  })
}

/** The badge image with the signed credential baked in (OB 3.0 baking). */
export function bakedBadge(record: CredentialRecord): Buffer {
  const subject = record.document.credentialSubject as Obj
  const achievements = subject.achievement
  const achievement = (Array.isArray(achievements) ? achievements[0] : achievements) as Obj
  const kind = record.kind === 'clr' ? 'Pathway' : String(achievement.achievementType)
  return bakePng(badgePng(String(achievement.name), kind), record.documentJson)
}

/** The unsigned European Learning Model export of an Open Badge, for its owner. */
export async function elmExportFor(
  db: Kysely<CredentialsDatabase>,
  record: CredentialRecord,
): Promise<Obj> {
  if (record.kind !== 'open-badge') {
    throw new DomainError(
      'invalid',
      'not_an_open_badge',
      'only single-test credentials export to ELM',
    )
  }
  const learner = await findAccount(db, record.userId)
  if (!learner) throw new Error(`credential ${record.id} has no learner account`)
  return europeanLearningModelExport(record.document, {
    fullName: learner.displayName,
    email: learner.email,
  })
}
