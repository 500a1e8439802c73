import * as vc from '@digitalbazaar/vc'
import type { DocumentLoader } from '../document-loader.js'
import { verifyingSuite } from '../keys/issuer-key.js'
import { statusBit, statusValue } from '../status/status-list.js'
import { messageOf } from './proof-check.js'
import type { Check } from './report.js'
import { asArray, isRecord, issuerIdOf } from './schema-check.js'

/** The purposes a verdict distinguishes. */
const PURPOSES = ['revocation', 'suspension'] as const
type Purpose = (typeof PURPOSES)[number]

/** Largest `statusSize` accepted: a status list of bytes-wide entries is already unusual. */
export const MAX_STATUS_SIZE = 8

type Obj = Record<string, unknown>

/** Contexts and DIDs from one loader; status list credentials from the other. */
interface Loaders {
  readonly documentLoader: DocumentLoader
  readonly statusListLoader: DocumentLoader
}

/**
 * Reads the credential's Bitstring Status List entries from the (signed, same-issuer) status list
 * credentials: a `message` entry (several bits, a message for each value: the platform's is
 * active / suspended / revoked) or separate `revocation` and `suspension` entries. The libraries
 * answer "verified" for a set bit; here a revoked or suspended status fails its check.
 */
export async function statusChecks(
  credential: Obj,
  documentLoader: DocumentLoader,
  statusListLoader: DocumentLoader = documentLoader,
): Promise<{
  checks: readonly Check[]
  revoked: boolean
  suspended: boolean
  warnings: readonly string[]
}> {
  const entries = asArray(credential.credentialStatus)
    .filter(isRecord)
    .filter((entry) => entry.type === 'BitstringStatusListEntry')
  const message = entries.find((entry) => entry.statusPurpose === 'message')
  const fromMessage = message
    ? await messageEntryChecks(credential, message, { documentLoader, statusListLoader })
    : undefined
  const checks: Check[] = []
  const warnings: string[] = [...(fromMessage?.warnings ?? [])]
  let revoked = false
  let suspended = false
  for (const purpose of PURPOSES) {
    const entry = entries.find((candidate) => candidate.statusPurpose === purpose)
    const result = entry
      ? await flagEntryCheck(credential, entry, purpose, { documentLoader, statusListLoader })
      : fromMessage?.[purpose]
    if (result === undefined) {
      checks.push({
        check: purpose,
        outcome: 'not-applicable',
        message: `no ${purpose} status entry`,
      })
      continue
    }
    checks.push(result.check)
    if (result.set && purpose === 'revocation') revoked = true
    if (result.set && purpose === 'suspension') suspended = true
  }
  return { checks, revoked, suspended, warnings }
}

interface FlagResult {
  readonly check: Check
  readonly set: boolean
}

const failed = (purpose: Purpose, message: string): FlagResult => ({
  check: { check: purpose, outcome: 'failed', message },
  set: false,
})

const flagged = (purpose: Purpose, set: boolean): FlagResult => ({
  check: {
    check: purpose,
    outcome: set ? 'failed' : 'passed',
    message: set ? PAST[purpose] : `not ${PAST[purpose]}`,
  },
  set,
})

const PAST: Readonly<Record<Purpose, string>> = { revocation: 'revoked', suspension: 'suspended' }

/** A one-bit `revocation` or `suspension` entry (credentials issued with two entries). */
async function flagEntryCheck(
  credential: Obj,
  entry: Obj,
  purpose: Purpose,
  loaders: Loaders,
): Promise<FlagResult> {
  const list = await loadList(credential, entry, purpose, loaders)
  if (typeof list === 'string') return failed(purpose, list)
  const set = await statusBit(list.encodedList, list.index)
  return flagged(purpose, set)
}

/**
 * A `message` entry: the value at `index × statusSize` names a message; a message saying revoked
 * or suspended sets that check, any other non-zero value is reported as a warning.
 */
async function messageEntryChecks(
  credential: Obj,
  entry: Obj,
  loaders: Loaders,
): Promise<{ revocation: FlagResult; suspension: FlagResult; warnings: string[] }> {
  const both = (message: string) => ({
    revocation: failed('revocation', message),
    suspension: failed('suspension', message),
    warnings: [],
  })
  const size = entry.statusSize === undefined ? 1 : Number(entry.statusSize)
  if (!Number.isSafeInteger(size) || size < 1 || size > MAX_STATUS_SIZE) {
    return both(`statusSize must be an integer from 1 to ${MAX_STATUS_SIZE}`)
  }
  const messages = asArray(entry.statusMessage).filter(isRecord)
  if (size > 1 && messages.length !== 2 ** size) {
    return both(`a statusSize of ${size} needs ${2 ** size} statusMessage entries`)
  }
  const list = await loadList(credential, entry, 'message', loaders)
  if (typeof list === 'string') return both(list)
  const value = await statusValue(list.encodedList, list.index, size)
  if (value === undefined) return both(`status list ${list.url} has no entry ${list.index}`)
  const text = messageFor(messages, value)
  const revoked = /revok/i.test(text)
  const suspended = !revoked && /suspend/i.test(text)
  const warnings =
    value !== 0 && !revoked && !suspended ? [`status message of the issuer: ${text}`] : []
  return {
    revocation: flagged('revocation', revoked),
    suspension: flagged('suspension', suspended),
    warnings,
  }
}

/** The message the issuer gives a value (`status` is hexadecimal, `0x` prefixed). */
function messageFor(messages: readonly Obj[], value: number): string {
  const found = messages.find(
    (candidate) =>
      typeof candidate.status === 'string' && Number.parseInt(candidate.status, 16) === value,
  )
  if (typeof found?.message === 'string') return found.message
  // Without messages a one-bit message entry means what a set bit means: not valid.
  return value === 0 ? 'active' : `status 0x${value.toString(16)}`
}

/**
 * The status list credential an entry points to, checked: its purpose matches, its issuer is the
 * credential's, its proof holds. A string is the reason it cannot be used.
 */
async function loadList(
  credential: Obj,
  entry: Obj,
  purpose: Purpose | 'message',
  { documentLoader, statusListLoader }: Loaders,
): Promise<{ url: string; index: number; encodedList: string } | string> {
  const index = Number(entry.statusListIndex)
  const url = entry.statusListCredential
  if (!Number.isSafeInteger(index) || index < 0 || typeof url !== 'string') {
    return 'statusListIndex must be a non-negative integer and statusListCredential a URL'
  }
  let list: Obj
  try {
    const loaded = (await statusListLoader(url)).document
    if (!isRecord(loaded)) return `status list ${url} is not a credential`
    list = loaded
  } catch (error) {
    return `status list unavailable: ${messageOf(error)}`
  }
  const subject = isRecord(list.credentialSubject) ? list.credentialSubject : {}
  if (
    !asArray(subject.statusPurpose).includes(purpose) ||
    typeof subject.encodedList !== 'string'
  ) {
    return `status list ${url} is not a ${purpose} list`
  }
  if (issuerIdOf(list) !== issuerIdOf(credential)) {
    return 'the status list has another issuer than the credential'
  }
  const listValidFrom = typeof list.validFrom === 'string' ? list.validFrom : undefined
  const signed = await vc.verifyCredential({
    credential: list,
    suite: verifyingSuite(),
    documentLoader,
    ...(listValidFrom ? { now: listValidFrom } : {}),
  })
  if (!signed.verified) return `status list ${url} is not signed by its issuer`
  try {
    await statusBit(subject.encodedList, 0)
  } catch (error) {
    return `status list ${url} does not decode: ${messageOf(error)}`
  }
  return { url, index, encodedList: subject.encodedList }
}
