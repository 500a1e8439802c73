import type { ModelDomain } from './model-domains.js'

/** The networking-fundamentals test's domains, each served by one scenario model of its own families. */
export const NETFUND_DOMAINS = {
  nfSubnet: {
    id: 'nf-subnet',
    title: 'IPv4 addressing and subnetting',
    itemModelIds: ['nf-subnet'],
    outcome:
      'Derive network, broadcast, host ranges, masks and host counts from CIDR prefixes, size and summarise subnets, and tell private and special ranges apart',
  },
  nfIpv6: {
    id: 'nf-ipv6',
    title: 'IPv6 addresses and prefixes',
    itemModelIds: ['nf-ipv6'],
    outcome:
      'Write IPv6 addresses in short and full form, derive prefixes, subnet counts and EUI-64 interface IDs, and tell link-local, unique local and global addresses apart',
  },
  nfPorts: {
    id: 'nf-ports',
    title: 'Ports, protocols and transport',
    itemModelIds: ['nf-ports'],
    outcome:
      'Name the well-known ports of the services a small office runs, choose between TCP and UDP, and read handshakes, refusals and timeouts',
  },
  nfDns: {
    id: 'nf-dns',
    title: 'DNS records and resolution',
    itemModelIds: ['nf-dns'],
    outcome:
      'Choose the DNS record for a task, plan TTLs for a change, and trace where a name is resolved from',
  },
  nfRouting: {
    id: 'nf-routing',
    title: 'Routing, NAT and DHCP',
    itemModelIds: ['nf-routing'],
    outcome:
      'Pick the route a packet takes by longest prefix match, set gateways and static routes, configure NAT and port forwards, and run DHCP scopes, reservations and relays',
  },
  nfTrouble: {
    id: 'nf-trouble',
    title: 'Troubleshooting and the OSI layers',
    itemModelIds: ['nf-trouble'],
    outcome:
      'Read ping, traceroute, ipconfig and socket listings, and place a symptom at the OSI layer where its fault sits',
  },
} as const satisfies Record<string, ModelDomain>
