import { type CatalogRow, row } from './catalog-row.js'

/** IPv4 addressing and subnetting as a freelance network technician works it for small sites and cloud VPCs. */
export const IPV4_SUBNETTING_ROW: CatalogRow = row(
  'ipv4-subnetting',
  'IPv4 addressing and subnetting',
  'Technology & IT',
  4,
  15,
  [
    ['ip4Masks', 20],
    ['ip4Design', 20],
    ['ip4Routes', 20],
    ['ip4Special', 20],
    ['ip4Trouble', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance network technician plans and fixes IPv4 addressing for small offices, shops ' +
      'and cloud VPCs: they read the addresses, masks and routes a client already has, work out ' +
      'what each subnet holds and what talks to what, carve new subnets out of the block the ' +
      'client owns, write the routes and DHCP scopes, and explain why a device cannot reach ' +
      'another. Addresses and masks: prefix and dotted mask in both directions, wildcard masks, ' +
      'the block size, a subnet’s network, broadcast, first and last usable host, usable host ' +
      'counts, addresses as 32-bit integers, and whether two addresses share a subnet: 20 %. ' +
      'Subnet design: the smallest prefix for a host or subnet count, splitting a block into ' +
      'equal subnets and naming the n-th, VLSM allocation largest first, point-to-point links and ' +
      'room to grow: 20 %. Summarisation and route selection: the summary of contiguous networks, ' +
      'the smallest supernet of non-aligned ones and the extra space it takes in, the route a ' +
      'longest-prefix match picks from a stated table, overlapping ranges and wildcard ACL ' +
      'matches: 20 %. Special and private ranges: RFC 1918 private blocks, RFC 6598 shared ' +
      'address space, loopback, link-local, multicast and documentation ranges, /31 links under ' +
      'RFC 3021 and /32 host routes, and the reserved addresses of a cloud subnet, always stated ' +
      'as the provider’s rule in the item: 20 %. Troubleshooting from configuration: a host’s ' +
      'wrong mask or gateway, which hosts reach each other directly and which go through the ' +
      'gateway, and DHCP pool sizes with exclusions and static reservations: 20 %. Every item ' +
      'states the rule its key depends on (usable hosts leave out the network and broadcast ' +
      'addresses unless the item says otherwise). Not tested: IPv6, NAT and port translation ' +
      'configuration, routing protocols and their metrics, VLAN and switch configuration, a ' +
      'particular vendor’s command syntax beyond what an item shows, and classful addressing. ' +
      'A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
