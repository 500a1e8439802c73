import { type CatalogRow, row } from './catalog-row.js'

/** Networking as a freelance IT support or network technician practises it for small clients. */
export const NETFUND_ROW: CatalogRow = row(
  'networking-fundamentals',
  'Networking fundamentals for IT support and network technicians',
  'Technology & IT',
  4,
  30,
  [
    ['nfSubnet', 25],
    ['nfIpv6', 10],
    ['nfPorts', 20],
    ['nfDns', 15],
    ['nfRouting', 15],
    ['nfTrouble', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance IT support or network technician, or a junior sysadmin on contract, is hired ' +
      'by small offices (practices, shops, agencies) to set up and fix their office and cloud ' +
      'networks. The most frequent design work is addressing: planning subnets for floors, ' +
      'VLANs and cloud VPCs, reading masks and prefixes, host counts and which devices share a ' +
      'subnet: 25 %. Firewall rules, port forwards and security groups need the ports and ' +
      'transports of the services a small office runs, and the reading of handshakes, refusals ' +
      'and timeouts: 20 %. Email, websites and SaaS moves are DNS work (record types, TTLs ' +
      'before a change, resolution order): 15 %. Getting packets in and out: longest-prefix ' +
      'routing, gateways and static routes, NAT and port forwarding, DHCP scopes, reservations ' +
      'and relays: 15 %. Reading ping, traceroute and ipconfig output and placing a fault at its ' +
      'OSI layer: 15 %. IPv6 comes with every ISP and cloud account now, but small offices ' +
      'rarely plan it by hand: short and full forms, prefixes, EUI-64 and address kinds: 10 %. ' +
      'Vendor command syntax, routing protocols (OSPF, BGP), Wi-Fi radio planning and cabling ' +
      'standards beyond length limits are not tested.',
  },
)
