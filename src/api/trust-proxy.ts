import { DomainError } from '../shared/index.js'

/**
 * Which proxies' X-Forwarded-For the server believes, from a setting: empty (none: the client
 * address is the socket's), a hop count ("1"), or addresses and ranges ("loopback",
 * "10.0.0.0/8, 127.0.0.1"). The client address counts failed sign-ins, so believing any sender's
 * header ("true") would let each guess claim a new address: it is refused.
 */
export type TrustProxy = false | string | ((address: string, hop: number) => boolean)

export function trustProxyFrom(text: string | undefined): TrustProxy {
  const value = text?.trim() ?? ''
  if (value === '' || value === 'false') return false
  if (/^[0-9]{1,2}$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  if (value === 'true' || !/^[0-9a-f:./, ]+$|^(loopback|linklocal|uniquelocal)$/i.test(value)) {
    throw new DomainError(
      'invalid',
      'invalid_trust_proxy',
      `SKILLSIGNAL_TRUST_PROXY must be a hop count or proxy addresses, not "${value}"`,
    )
  }
  return value
}
