import type { ModelDomain } from './model-domains.js'

/** The IPv4 addressing and subnetting test's domains, each served by one scenario model. */
export const IP4_DOMAINS = {
  ip4Masks: {
    id: 'ip4-masks',
    title: 'Addresses and masks',
    itemModelIds: ['ip4-masks'],
    outcome:
      'Convert prefixes, dotted and wildcard masks, and find a subnet’s network, broadcast, host range and host count',
  },
  ip4Design: {
    id: 'ip4-design',
    title: 'Subnet design',
    itemModelIds: ['ip4-design'],
    outcome:
      'Split a block into fixed-size subnets, allocate VLSM subnets largest first and choose the smallest prefix for a host count',
  },
  ip4Routes: {
    id: 'ip4-routes',
    title: 'Summarisation and route selection',
    itemModelIds: ['ip4-routes'],
    outcome:
      'Summarise contiguous networks, pick the route a longest-prefix match selects and spot overlapping ranges',
  },
  ip4Special: {
    id: 'ip4-special',
    title: 'Special, private and cloud-reserved ranges',
    itemModelIds: ['ip4-special'],
    outcome:
      'Recognise private, shared, loopback, link-local, multicast and documentation ranges, /31 and /32 use, and a cloud provider’s stated reserved addresses',
  },
  ip4Trouble: {
    id: 'ip4-trouble',
    title: 'Troubleshooting from configuration',
    itemModelIds: ['ip4-trouble'],
    outcome:
      'Find a wrong mask or gateway in a host’s settings, tell which hosts reach each other directly and size a DHCP pool',
  },
} as const satisfies Record<string, ModelDomain>
