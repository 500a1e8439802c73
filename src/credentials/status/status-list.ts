import { createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list'
import type { CredentialsConfig } from '../config.js'
import { VC_V2_CONTEXT } from '../contexts.js'

/**
 * Entries per status list: 131,072 bits (16 KiB), the Bitstring Status List minimum, so that one
 * credential's status is lost among many others (herd privacy) when the list is fetched.
 */
export const STATUS_LIST_LENGTH = 131_072

/** Why a list exists: one list per purpose and issuer. */
export type StatusPurpose = 'revocation' | 'suspension'

/** Where a status list credential is published. */
export function statusListUrl(config: CredentialsConfig, listId: string): string {
  return `${config.baseUrl}/status/${encodeURIComponent(listId)}`
}

/** An all-clear list, encoded (GZIP + base64url, multibase `u`) as the credential carries it. */
export async function emptyEncodedList(length = STATUS_LIST_LENGTH): Promise<string> {
  return (await createList({ length })).encode()
}

/** The encoded list with one bit set or cleared. */
export async function withStatusBit(
  encodedList: string,
  index: number,
  set: boolean,
): Promise<string> {
  const list = await decodeList({ encodedList })
  list.setStatus(index, set)
  return list.encode()
}

/** The bit at `index` of an encoded list. */
export async function statusBit(encodedList: string, index: number): Promise<boolean> {
  return (await decodeList({ encodedList })).getStatus(index)
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
