import { scenarioModel } from '../scenario/scenario-model.js'
import { DNS_FAMILIES } from './dns-families.js'
import { IPV6_FAMILIES } from './ipv6-families.js'
import { PORT_FAMILIES } from './port-families.js'
import { ROUTING_FAMILIES } from './routing-families.js'
import { SUBNET_FAMILIES } from './subnet-families.js'
import { TRANSPORT_FAMILIES } from './transport-families.js'
import { TROUBLE_FAMILIES } from './trouble-families.js'

export const nfSubnetModel = scenarioModel({
  id: 'nf-subnet',
  title: 'Networking fundamentals: IPv4 addressing and subnetting',
  families: SUBNET_FAMILIES,
})

export const nfIpv6Model = scenarioModel({
  id: 'nf-ipv6',
  title: 'Networking fundamentals: IPv6 addresses and prefixes',
  families: IPV6_FAMILIES,
})

export const nfPortsModel = scenarioModel({
  id: 'nf-ports',
  title: 'Networking fundamentals: ports, protocols and transport',
  families: [...PORT_FAMILIES, ...TRANSPORT_FAMILIES],
})

export const nfDnsModel = scenarioModel({
  id: 'nf-dns',
  title: 'Networking fundamentals: DNS records and resolution',
  families: DNS_FAMILIES,
})

export const nfRoutingModel = scenarioModel({
  id: 'nf-routing',
  title: 'Networking fundamentals: routing, NAT and DHCP',
  families: ROUTING_FAMILIES,
})

export const nfTroubleModel = scenarioModel({
  id: 'nf-trouble',
  title: 'Networking fundamentals: troubleshooting and the OSI layers',
  families: TROUBLE_FAMILIES,
})

/** The networking-fundamentals test's item models, one per blueprint domain. */
export const NETFUND_MODELS = [
  nfSubnetModel,
  nfIpv6Model,
  nfPortsModel,
  nfDnsModel,
  nfRoutingModel,
  nfTroubleModel,
] as const
