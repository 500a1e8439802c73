import type { CredentialsConfig } from '../config.js'
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts.js'
import {
  credentialUrl,
  identityHash,
  issuerProfile,
  messageStatusEntry,
  type StatusEntryRef,
} from '../issue/open-badge-credential.js'
import { type Pathway, pathwayUrl } from './pathway.js'

type Obj = Record<string, unknown>

/** Everything a CLR for a completed pathway is built from. */
export interface ClrDraft {
  readonly credentialId: string
  readonly issuerDid: string
  readonly pathway: Pathway
  readonly learnerEmail: string
  readonly salt: string
  readonly issuedAt: Date
  /** The signed component OpenBadgeCredentials, one per test of the pathway. */
  readonly components: readonly Obj[]
  /** The CLR's entry in the issuer's `message` list. */
  readonly status: StatusEntryRef
}

/**
 * An unsigned CLR 2.0 `ClrCredential` embedding the component credentials, with an `isParentOf`
 * association from the pathway's achievement to each component's achievement. It is valid
 * until the first component lapses.
 *
 * @example buildClrCredential(config, { credentialId, issuerDid, pathway, learnerEmail, salt, issuedAt, components, status })
 */
export function buildClrCredential(config: CredentialsConfig, draft: ClrDraft): Obj {
  const parentId = pathwayUrl(config.baseUrl, draft.pathway.id)
  const achievements = draft.components.map(
    (component) => (component.credentialSubject as Obj).achievement as Obj,
  )
  const ends = draft.components
    .map((component) => component.validUntil)
    .filter((end): end is string => typeof end === 'string')
    .sort()
  return {
    // Each embedded component carries its own contexts, the inline Annex I one included.
    '@context': [VC_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT],
    id: credentialUrl(config, draft.credentialId),
    type: ['VerifiableCredential', 'ClrCredential'],
    name: draft.pathway.name,
    description: draft.pathway.description,
    issuer: issuerProfile(config, draft.issuerDid),
    validFrom: draft.issuedAt.toISOString(),
    ...(ends[0] ? { validUntil: ends[0] } : {}),
    credentialSubject: {
      type: ['ClrSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: identityHash(draft.learnerEmail, draft.salt),
          salt: draft.salt,
        },
      ],
      achievement: [
        {
          id: parentId,
          type: ['Achievement'],
          achievementType: 'Certificate',
          name: draft.pathway.name,
          description: draft.pathway.description,
          criteria: {
            narrative: `Hold valid credentials for every test of the pathway: ${draft.pathway.testIds.join(', ')}.`,
          },
        },
        ...achievements,
      ],
      verifiableCredential: [...draft.components],
      association: achievements.map((achievement) => ({
        type: 'Association',
        associationType: 'isParentOf',
        sourceId: parentId,
        targetId: achievement.id,
      })),
    },
    // Revoked and suspended both, so a CLR suspended with one of its parts says so to anyone.
    credentialStatus: messageStatusEntry(draft.status),
  }
}
