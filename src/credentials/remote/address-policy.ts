import { BlockList, isIP } from 'node:net'

/**
 * Address ranges a verifier must never reach on a stranger's behalf: loopback, private,
 * carrier-grade NAT, link-local (cloud metadata at 169.254.169.254), unspecified, benchmarking,
 * documentation, multicast and reserved, in both IP versions.
 */
function forbiddenRanges(): BlockList {
  const list = new BlockList()
  const v4: readonly [string, number][] = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ]
  for (const [network, prefix] of v4) list.addSubnet(network, prefix, 'ipv4')
  const v6: readonly [string, number][] = [
    ['::', 128],
    ['::1', 128],
    ['64:ff9b::', 96],
    ['100::', 64],
    ['2001:db8::', 32],
    ['fc00::', 7],
    ['fe80::', 10],
    ['fec0::', 10],
    ['ff00::', 8],
  ]
  for (const [network, prefix] of v6) list.addSubnet(network, prefix, 'ipv6')
  return list
}

/**
 * Why an address may not be contacted, or undefined when it is a public unicast address. IPv4
 * written inside IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is.
 *
 * @example forbiddenAddressReason('169.254.169.254') // 'link-local or private address'
 */
export function forbiddenAddressReason(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, '')
  const version = isIP(bare)
  if (version === 0) return 'not an IP address'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)
  if (mapped) return forbiddenAddressReason(mapped[1]!)
  const blocked = forbiddenRanges().check(bare, version === 4 ? 'ipv4' : 'ipv6')
  return blocked ? 'loopback, link-local, private or reserved address' : undefined
}
