import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from '../document-loader.js'
import { verifyingSuite } from '../keys/issuer-key.js'
import { statusBit } from '../status/status-list.js'
import { messageOf } from './proof-check.js'
import type { Check } from './report.js'
import { asArray, isRecord, issuerIdOf } from './schema-check.js'

/** The purposes a verdict distinguishes. */
const PURPOSES = ['revocation', 'suspension'] as const

/**
 * Reads each Bitstring Status List entry's bit from the (signed, same-issuer) status list
 * credential. The libraries answer "verified" for a set bit; here a set bit fails its check.
 */
export async function statusChecks(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
): Promise<{ checks: readonly Check[]; revoked: boolean; suspended: boolean }> {
  const entries = asArray(credential.credentialStatus).filter(isRecord)
  const checks: Check[] = []
  let revoked = false
  let suspended = false
  for (const purpose of PURPOSES) {
    const entry = entries.find(
      (candidate) =>
        candidate.type === 'BitstringStatusListEntry' && candidate.statusPurpose === purpose,
    )
    if (entry === undefined) {
      checks.push({
        check: purpose,
        outcome: 'not-applicable',
        message: `no ${purpose} status entry`,
      })
      continue
    }
    const result = await entryCheck(credential, entry, purpose, documentLoader)
    checks.push(result.check)
    if (result.set && purpose === 'revocation') revoked = true
    if (result.set && purpose === 'suspension') suspended = true
  }
  return { checks, revoked, suspended }
}

async function entryCheck(
  credential: Record<string, unknown>,
  entry: Record<string, unknown>,
  purpose: (typeof PURPOSES)[number],
  documentLoader: DocumentLoader,
): Promise<{ check: Check; set: boolean }> {
  const fail = (message: string) => ({
    check: { check: purpose, outcome: 'failed' as const, message },
    set: false,
  })
  const index = Number(entry.statusListIndex)
  const listUrl = entry.statusListCredential
  if (!Number.isSafeInteger(index) || index < 0 || typeof listUrl !== 'string') {
    return fail('statusListIndex must be a non-negative integer and statusListCredential a URL')
  }
  let list: Record<string, unknown>
  try {
    const loaded = (await documentLoader(listUrl)).document
    if (!isRecord(loaded)) return fail(`status list ${listUrl} is not a credential`)
    list = loaded
  } catch (error) {
    return fail(`status list unavailable offline: ${messageOf(error)}`)
  }
  const subject = isRecord(list.credentialSubject) ? list.credentialSubject : {}
  if (subject.statusPurpose !== purpose || typeof subject.encodedList !== 'string') {
    return fail(`status list ${listUrl} is not a ${purpose} list`)
  }
  if (issuerIdOf(list) !== issuerIdOf(credential)) {
    return fail('the status list has another issuer than the credential')
  }
  const listValidFrom = typeof list.validFrom === 'string' ? list.validFrom : undefined
  const signed = await vc.verifyCredential({
    credential: list,
    suite: verifyingSuite(),
    documentLoader,
    ...(listValidFrom ? { now: listValidFrom } : {}),
  })
  if (!signed.verified) return fail(`status list ${listUrl} is not signed by its issuer`)
  const set = await statusBit(subject.encodedList, index)
  const message = set
    ? purpose === 'revocation'
      ? 'revoked'
      : 'suspended'
    : `not ${purpose === 'revocation' ? 'revoked' : 'suspended'}`
  return { check: { check: purpose, outcome: set ? 'failed' : 'passed', message }, set }
}
