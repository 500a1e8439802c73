import { z } from 'zod'
import {
  type CredentialRecord,
  credentialStatus,
  type VcApiPresentationResult,
  type VcApiResult,
} from '../../credentials/index.js'

/** A credential's VC-API verification result. */
export const verificationView = z.object({
  verified: z.boolean(),
  verdict: z.string(),
  checks: z.array(z.string()),
  warnings: z.array(z.string()),
  errors: z.array(z.object({ check: z.string(), message: z.string() })),
})

/** A presentation's, with a result per credential. */
export const presentationVerificationView = verificationView.extend({
  credentialResults: z.array(verificationView),
})

/** The links a credential is shared by. */
const linksView = z.object({
  json: z.string(),
  page: z.string(),
  badge: z.string(),
  linkedIn: z.string(),
})

/** Whether a credential is shared, and its links. */
export const shareView = z.object({
  id: z.string(),
  shared: z.boolean(),
  showName: z.boolean(),
  links: linksView,
})

/** One of the learner's credentials in their list. */
export const learnerCredentialView = shareView.extend({
  kind: z.string(),
  name: z.string(),
  issuedAt: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(['active', 'revoked', 'suspended']),
})

/** A credential's status after an administrator changed it. */
export const credentialStatusView = z.object({
  id: z.string(),
  status: z.enum(['active', 'revoked', 'suspended']),
})

type Links = z.infer<typeof linksView>

export function presentVerification(result: VcApiResult): z.infer<typeof verificationView> {
  return {
    verified: result.verified,
    verdict: result.verdict,
    checks: [...result.checks],
    warnings: [...result.warnings],
    errors: result.errors.map((error) => ({ check: error.check, message: error.message })),
  }
}

export function presentPresentationVerification(
  result: VcApiPresentationResult,
): z.infer<typeof presentationVerificationView> {
  return {
    ...presentVerification(result),
    credentialResults: result.credentialResults.map(presentVerification),
  }
}

export function presentShare(record: CredentialRecord, links: Links): z.infer<typeof shareView> {
  return {
    id: record.id,
    shared: record.shared,
    showName: record.showHolderName,
    links: presentLinks(links),
  }
}

export function presentLearnerCredential(
  record: CredentialRecord,
  links: Links,
): z.infer<typeof learnerCredentialView> {
  return {
    id: record.id,
    kind: record.kind,
    name: String(record.document.name),
    issuedAt: record.issuedAt.toISOString(),
    validUntil: record.validUntil?.toISOString() ?? null,
    status: credentialStatus(record),
    shared: record.shared,
    showName: record.showHolderName,
    links: presentLinks(links),
  }
}

export function presentCredentialStatus(
  record: CredentialRecord,
): z.infer<typeof credentialStatusView> {
  return { id: record.id, status: credentialStatus(record) }
}

function presentLinks(links: Links): Links {
  return { json: links.json, page: links.page, badge: links.badge, linkedIn: links.linkedIn }
}
