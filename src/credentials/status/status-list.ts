import { createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list'
import type { CredentialsConfig } from '../config.js'
import { VC_V2_CONTEXT } from '../contexts.js'

/**
 * Entries per status list: 131,072 (16 KiB of bits at one bit an entry, the Bitstring Status List
 * minimum), so that one credential's status is lost among many others (herd privacy).
 */
export const STATUS_LIST_LENGTH = 131_072

/**
 * Why a list exists: one list per purpose and issuer. Credentials issued now carry one `message`
 * entry (the OB 3.0 schema allows a single `credentialStatus`); `revocation` and `suspension`
 * lists still serve the credentials issued with two entries.
 */
export type StatusPurpose = 'revocation' | 'suspension' | 'message'

/** What an administrator changes: the flag a legacy list or one bit of a message entry holds. */
export type StatusFlag = 'revocation' | 'suspension'

/** Bits of a `message` entry: the first bit says revoked, the second suspended. */
export const MESSAGE_STATUS_SIZE = 2

/** The bit of a `message` entry that holds each flag (0 is the left-most, most significant). */
export const MESSAGE_FLAG_BIT: Readonly<Record<StatusFlag, number>> = {
  revocation: 0,
  suspension: 1,
}

/**
 * The meaning of every value of a `message` entry (the spec asks for one message per value).
 * Revocation outranks suspension, so both bits set still reads "revoked".
 */
export const STATUS_MESSAGES: readonly { readonly status: string; readonly message: string }[] = [
  { status: '0x0', message: 'active' },
  { status: '0x1', message: 'suspended' },
  { status: '0x2', message: 'revoked' },
  { status: '0x3', message: 'revoked' },
]

/** Bits an entry of a list of this purpose takes. */
export function statusSizeOf(purpose: StatusPurpose): number {
  return purpose === 'message' ? MESSAGE_STATUS_SIZE : 1
}

/** Where a status list credential is published. */
export function statusListUrl(config: CredentialsConfig, listId: string): string {
  return `${config.baseUrl}/status/${encodeURIComponent(listId)}`
}

/**
 * An all-clear list of `length` entries of `statusSize` bits, encoded (GZIP + base64url, multibase
 * `u`) as the credential carries it.
 */
export async function emptyEncodedList(
  length = STATUS_LIST_LENGTH,
  statusSize = 1,
): Promise<string> {
  return (await createList({ length: length * statusSize })).encode()
}

/** The encoded list with the bit at `position` set or cleared. */
export async function withStatusBit(
  encodedList: string,
  position: number,
  set: boolean,
): Promise<string> {
  const list = await decodeList({ encodedList })
  list.setStatus(position, set)
  return list.encode()
}

/** The bit at `position` of an encoded list. */
export async function statusBit(encodedList: string, position: number): Promise<boolean> {
  return (await decodeList({ encodedList })).getStatus(position)
}

/**
 * The value of entry `index` of `statusSize` bits, read as the Bitstring Status List spec does:
 * the entry starts at bit `index × statusSize`, its first bit the most significant. Undefined when
 * the list is too short to hold the entry.
 */
export async function statusValue(
  encodedList: string,
  index: number,
  statusSize: number,
): Promise<number | undefined> {
  const list = await decodeList({ encodedList })
  const start = index * statusSize
  if (start + statusSize > list.length) return undefined
  let value = 0
  for (let bit = 0; bit < statusSize; bit++) {
    value = value * 2 + (list.getStatus(start + bit) ? 1 : 0)
  }
  return value
}

/** The bit of the list that holds `flag` for entry `index` of a list of `purpose`. */
export function flagPosition(purpose: StatusPurpose, index: number, flag: StatusFlag): number {
  return purpose === 'message' ? index * MESSAGE_STATUS_SIZE + MESSAGE_FLAG_BIT[flag] : index
}

/** An unsigned `BitstringStatusListCredential` of this issuer. */
export function buildStatusListCredential(
  config: CredentialsConfig,
  list: {
    readonly url: string
    readonly issuerDid: string
    readonly purpose: StatusPurpose
    readonly encodedList: string
    readonly updatedAt: Date
  },
): Record<string, unknown> {
  return {
    '@context': [VC_V2_CONTEXT],
    id: list.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: list.issuerDid, name: config.issuerName },
    validFrom: list.updatedAt.toISOString(),
    credentialSubject: {
      id: `${list.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: list.purpose,
      encodedList: list.encodedList,
    },
  }
}
