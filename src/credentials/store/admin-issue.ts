import type { Kysely } from 'kysely'
import { DomainError } from '../../shared/index.js'
import { VC_V2_CONTEXT } from '../contexts.js'
import { signCredential } from '../issue/sign.js'
import { issuerDid } from '../keys/issuer-did.js'
import type { CredentialsDatabase } from '../tables.js'
import { isRecord, issuerIdOf, NO_PROOF, schemaProblems } from '../verify/schema-check.js'
import { activeSigningKey } from './key-repo.js'
import { platformDocumentLoader } from './platform-loader.js'
import type { CredentialsRuntime } from './runtime.js'

/**
 * Signs a credential an issuer administrator submits (VC-API `POST /credentials/issue`). Only VC
 * 2.0 is issued, and only in the platform's own name; JSON-LD safe mode refuses undefined terms.
 */
export async function issueSubmittedCredential(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  credential: unknown,
): Promise<Record<string, unknown>> {
  if (!isRecord(credential)) {
    throw new DomainError('invalid', 'invalid_credential', 'credential must be a JSON object')
  }
  const context = credential['@context']
  if (!Array.isArray(context) || context[0] !== VC_V2_CONTEXT) {
    throw new DomainError(
      'invalid',
      'vc_2_only',
      `only VC 2.0 is issued: @context must start with ${VC_V2_CONTEXT}`,
    )
  }
  if (credential.proof !== undefined) {
    throw new DomainError('invalid', 'already_signed', 'the credential already carries a proof')
  }
  const key = await activeSigningKey(db, runtime)
  const did = issuerDid(runtime.config, key)
  const problems = schemaProblems({ issuer: did, ...credential }).filter(
    (problem) => problem !== NO_PROOF,
  )
  if (problems.length > 0) {
    throw new DomainError('invalid', 'invalid_credential', problems.join('; '), { problems })
  }
  const named = issuerIdOf(credential)
  if (credential.issuer !== undefined && named !== did) {
    throw new DomainError('invalid', 'foreign_issuer', `this platform issues only as ${did}`, {
      issuer: did,
    })
  }
  const issuer = isRecord(credential.issuer) ? { ...credential.issuer, id: did } : did
  try {
    return await signCredential(
      runtime.config,
      key,
      { ...credential, issuer },
      await platformDocumentLoader(db, runtime),
    )
  } catch (error) {
    throw new DomainError(
      'invalid',
      'unsignable_credential',
      `cannot sign: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
