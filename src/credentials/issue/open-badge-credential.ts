import { createHash } from 'node:crypto'
import { addMonthsUtc } from '../../shared/index.js'
import type { CredentialsConfig } from '../config.js'
import { annexIInlineContext, OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'
import { MESSAGE_STATUS_SIZE, STATUS_MESSAGES } from '../status/status-list.js'
import { buildAchievement, buildAnnexI, type PathwayRef, passMark } from './achievement.js'
import { ectsCredits } from './annex-i.js'
import type { PassForCredential } from './pass.js'

/** Bytes of the per-credential salt of the learner's hashed email (128 bits). */
export const IDENTITY_SALT_BYTES = 16

/** A credential's place in one of the issuer's status lists. */
export interface StatusEntryRef {
  readonly listUrl: string
  readonly index: number
}

/** Everything an OpenBadgeCredential is built from. */
export interface OpenBadgeDraft {
  readonly credentialId: string
  readonly issuerDid: string
  readonly pass: PassForCredential
  /** The credential's entry in the issuer's `message` list (revoked and suspended bits). */
  readonly status: StatusEntryRef
  /** Per-credential salt of the learner's hashed identifier. */
  readonly salt: string
  readonly issuedAt: Date
  readonly pathways?: readonly PathwayRef[]
}

/** The URL of a credential on the platform. */
export function credentialUrl(config: CredentialsConfig, credentialId: string): string {
  return `${config.baseUrl}/credentials/${encodeURIComponent(credentialId)}`
}

/**
 * The issuer's OB 3.0 Profile: id, name, url and an address with its country code. Shared by
 * every credential and status list the platform signs.
 */
export function issuerProfile(
  config: CredentialsConfig,
  issuerDid: string,
): Record<string, unknown> {
  return {
    id: issuerDid,
    type: ['Profile'],
    name: config.issuerName,
    url: config.baseUrl,
    address: { type: ['Address'], addressCountryCode: config.issuerCountryCode },
  }
}

/**
 * OB 3.0 salted identity hash: `sha256$` + hex SHA-256 of the lower-cased email followed by the
 * salt, so a verifier who is told the email can check it and nobody else learns it.
 */
export function identityHash(email: string, salt: string): string {
  const digest = createHash('sha256').update(`${email.trim().toLowerCase()}${salt}`).digest('hex')
  return `sha256$${digest}`
}

/**
 * An unsigned OB 3.0 `OpenBadgeCredential` on VC Data Model 2.0 for one pass.
 *
 * @example buildOpenBadgeCredential(config, { credentialId, issuerDid, pass, status, salt, issuedAt })
 */
export function buildOpenBadgeCredential(
  config: CredentialsConfig,
  draft: OpenBadgeDraft,
): Record<string, unknown> {
  const { pass } = draft
  const { certification, test } = pass
  const id = credentialUrl(config, draft.credentialId)
  const validUntil =
    certification.validUntil ?? addMonthsUtc(certification.passedAt, test.validityMonths)
  const hash = identityHash(pass.learner.email, draft.salt)
  const annex = buildAnnexI(config, pass, {
    issuerDid: draft.issuerDid,
    learnerIdentification: hash,
    issuedAt: draft.issuedAt,
    pathways: draft.pathways ?? [],
  })
  const achievement = buildAchievement(config, pass, annex)
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, annexIInlineContext(annex)],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: test.title,
    issuer: issuerProfile(config, draft.issuerDid),
    validFrom: certification.passedAt.toISOString(),
    validUntil: validUntil.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: hash,
          salt: draft.salt,
        },
      ],
      achievement,
      ...(test.workloadHours > 0 ? { creditsEarned: ectsCredits(test.workloadHours) } : {}),
      // Annex I values that differ per learner (identification, date, grade, supervision) live
      // here: the achievement is shared by every earner and aggregators merge it by id.
      euMicroCredential: annex,
      result: [
        {
          type: ['Result'],
          resultDescription: `${achievement.id}#score`,
          value: String(certification.scorePercent),
        },
      ],
    },
    evidence: [
      {
        id: `${config.baseUrl}/attempts/${encodeURIComponent(certification.attemptId)}/result`,
        type: ['Evidence'],
        name: 'Assessment result',
        narrative: `Scored ${certification.scorePercent}% against a cut score of ${passMark(test)}%.`,
      },
    ],
    credentialStatus: messageStatusEntry(draft.status),
  }
}

/**
 * The one status entry of a credential: a two-bit `message` entry of the Bitstring Status List
 * whose messages say active, suspended or revoked. One object, as the OB 3.0 schema requires,
 * that still tells revocation from a suspension that can be lifted.
 */
export function messageStatusEntry(ref: StatusEntryRef): Record<string, unknown> {
  return {
    id: `${ref.listUrl}#${ref.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'message',
    statusListIndex: String(ref.index),
    statusListCredential: ref.listUrl,
    statusSize: MESSAGE_STATUS_SIZE,
    statusMessage: STATUS_MESSAGES.map((entry) => ({ ...entry })),
  }
}
