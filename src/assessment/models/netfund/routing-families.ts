import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { computed, type Route, routeArgs } from './calc.js'
import { client } from './draws.js'

const HOPS = ['10.255.0.1', '10.255.0.2', '10.255.0.3', '10.255.0.4'] as const

/** Routing, NAT and DHCP: how a packet leaves the LAN, how it is translated, how a host gets its address. */
export const ROUTING_FAMILIES: readonly ScenarioFamily[] = [
  family('longest-prefix-match', (rng) => {
    const a = rng.int(16, 31)
    const b = rng.int(1, 60) * 4
    const c = b + rng.int(0, 3)
    const d = rng.pick([0, 128])
    const dest = `172.${a}.${c}.${d + rng.int(70, 120) - (d === 128 ? 64 : 0)}`
    const hops = rng.shuffle(HOPS)
    const far = d === 0 ? 128 : 0
    const routes: Route[] = [
      [`172.${a}.0.0/16`, hops[0]!],
      ['0.0.0.0/0', hops[1]!],
      [`172.${a}.${b}.0/22`, hops[2]!],
      [`172.${a}.${c}.${far}/25`, hops[3]!],
    ]
    const misread: Route[] = routes.map(([cidr, via], i) =>
      i === 3 ? [`172.${a}.${c}.0/24`, via] : [cidr, via],
    )
    return computed(rng, {
      stem: `${client(rng)}’s router has these routes: ${routes.map(([r, v]) => `${r} via ${v}`).join('; ')}. To which next hop does it send a packet for ${dest}?`,
      key: ['lpm', [dest, ...routeArgs(routes)]],
      wrong: [
        [['firstMatch', [dest, ...routeArgs(routes)]], 'took the first matching route in the list'],
        [['shortestMatch', [dest, ...routeArgs(routes)]], 'took the least specific matching route'],
        [['lpm', [dest, ...routeArgs(misread)]], 'read the /25 as covering the whole /24'],
      ],
      show: (hop) => `Via ${hop}`,
    })
  }),
  family('default-gateway-for-off-subnet-traffic', (rng) => ({
    stem: `A PC at ${client(rng)} reaches the printer on its own subnet but no website. Its IP and mask are right. Which setting decides where it sends traffic for other networks?`,
    key: 'The default gateway',
    wrong: [
      ['The DNS server', 'took name resolution for routing'],
      ['The subnet mask', 'blamed the setting already right'],
      ['The DHCP server', 'took the address source for the router'],
      ['The MAC address', 'took the hardware address for routing'],
      ['The default proxy server', 'took a web proxy for routing'],
      ['The default DNS suffix', 'took the name suffix for routing'],
    ],
  })),
  family('dhcp-dora-order', (rng) => ({
    stem: `A capture on ${client(rng)}’s LAN shows a laptop getting its address by DHCP. In which order do the four messages appear?`,
    key: 'Discover, Offer, Request, Acknowledge',
    wrong: [
      ['Request, Offer, Discover, Acknowledge', 'started with the request'],
      ['Discover, Request, Offer, Acknowledge', 'put the request before any offer'],
      ['Offer, Discover, Request, Acknowledge', 'had the server offer unasked'],
      ['Discover, Offer, Acknowledge, Request', 'acknowledged before the request'],
    ],
  })),
  family('dhcp-relay-across-vlans', (rng) => ({
    stem: `${client(rng)} adds a guest VLAN behind its core switch; the only DHCP server sits on the staff VLAN and already has a scope for the guest range. Guests get no address. What is needed?`,
    key: 'A DHCP relay (IP helper) on the guest VLAN’s gateway',
    wrong: [
      [
        'A second default gateway on the staff VLAN',
        'added routing where broadcasts are the issue',
      ],
      [
        'Spanning tree turned off so broadcasts cross into the staff VLAN',
        'tried to merge the broadcast domains',
      ],
      ['A DNS forwarder on the guest VLAN', 'took name resolution for addressing'],
      ['Static routes from the server to each guest', 'routed to hosts that have no address yet'],
      ['A NAT rule from the guest VLAN to the server', 'translated what needs relaying'],
    ],
  })),
  family('dhcp-reservation-for-a-printer', (rng) => ({
    stem: `${client(rng)}’s printer changes address every few weeks and the PCs lose it. The router hands out all addresses by DHCP. What is the clean fix?`,
    key: 'A DHCP reservation for the printer’s MAC address',
    wrong: [
      [
        'A static address set on the printer itself, inside the DHCP pool',
        'set a static address the server may lease again',
      ],
      ['A longer DNS TTL for the printer', 'took name caching for address stability'],
      ['A shorter lease time for the whole scope', 'made addresses change more often'],
      ['A port forward to the printer', 'opened it to the internet instead'],
      [
        'A DNS A record for the printer with the address it has today',
        'named an address that will still change',
      ],
    ],
  })),
  family('dhcp-scope-exhausted-by-guests', (rng) => {
    const days = rng.pick([7, 8, 14])
    return {
      stem: `${client(rng)}’s guest Wi-Fi (a /24) runs out of addresses by midweek; about 150 new phones join each day and the lease time is ${days} days. What fixes it with the least change?`,
      key: 'Shorten the lease time to a few hours',
      wrong: [
        [`Lengthen the lease time to ${days * 2} days`, 'made leases outlast more visitors'],
        ['Add a second DNS server', 'took name service for address supply'],
        ['Turn off DHCP and set addresses by hand', 'removed automation guests need'],
        ['Reserve addresses for the regular guests', 'reserved addresses the pool lacks'],
      ],
    }
  }),
  family('pat-tells-sessions-apart-by-port', (rng) => ({
    stem: `Twenty PCs at ${client(rng)} browse through one public address. How does the router know which PC a returning packet belongs to?`,
    key: 'By the source port it translated: each session gets its own',
    wrong: [
      ['By the PC’s MAC address inside the packet', 'thought MAC addresses cross the router'],
      [
        'By the PC’s private address in the reply’s header',
        'thought private addresses reach the server',
      ],
      ['By the website’s IP address alone', 'ignored several PCs using one site'],
      ['By the DNS name each PC looked up', 'took name lookups for session tracking'],
    ],
  })),
  family('double-nat-symptom', (rng) => ({
    stem: `${client(rng)} put its own router behind the ISP’s router, both doing NAT. Port forwards on its own router stopped working from outside. Why?`,
    key: 'Inbound traffic stops at the ISP router: forward there too, or bridge it',
    wrong: [
      ['Two routers cannot share one DNS server', 'blamed name service'],
      ['The DHCP leases of the two routers clash', 'blamed addressing on the LAN'],
      ['Port forwards only work on UDP behind two routers', 'invented a protocol limit'],
      ['The ISP router blocks all outbound traffic', 'blamed the direction that works'],
    ],
  })),
  family('hairpin-nat-for-an-internal-server', (rng) => ({
    stem: `Customers reach ${client(rng)}’s booking server by its public name; staff on the LAN, whose DNS gives the same public address, cannot. What fixes it?`,
    key: 'Split DNS giving the private address, or NAT loopback',
    wrong: [
      ['A second port forward for the LAN side', 'duplicated the inbound rule'],
      ['A shorter TTL on the public record', 'took caching for the cause'],
      ['A static route to the public address', 'routed what needs translating'],
      ['A new public address for the server', 'changed the address, not the path'],
      [
        'A firewall rule allowing the LAN to reach the server’s private address',
        'allowed traffic that was never blocked',
      ],
      [
        'Moving the server into the DMZ so LAN clients take the outside path',
        'moved the server instead of fixing the path',
      ],
    ],
  })),
  family('static-route-next-hop-must-be-reachable', (rng) => {
    const lan = rng.int(1, 50)
    return {
      stem: `${client(rng)}’s main router (192.168.${lan}.1/24) needs a route to the lab network 10.20.0.0/16 behind a second router whose LAN side is 192.168.${lan}.254. Which route is right?`,
      key: `10.20.0.0/16 via 192.168.${lan}.254`,
      wrong: [
        [
          `10.20.0.0/16 via 10.20.0.1`,
          'used the far side’s address, which is not directly reachable',
        ],
        [`192.168.${lan}.0/24 via 192.168.${lan}.254`, 'routed the local LAN instead'],
        [`10.20.0.0/24 via 192.168.${lan}.254`, 'cut the lab network down to its first /24'],
        [`0.0.0.0/0 via 192.168.${lan}.254`, 'made the lab router the default route'],
      ],
    }
  }),
  family('equal-prefixes-lowest-metric-wins', (rng) => {
    const m1 = rng.int(5, 20)
    const m2 = m1 + rng.int(5, 30)
    const [r1, r2] = rng.shuffle(['the fibre link', 'the 4G backup'])
    return {
      stem: `${client(rng)}’s router has two routes to 0.0.0.0/0: via ${r1} with metric ${m1} and via ${r2} with metric ${m2}. Both links are up. Which does traffic use?`,
      key: `${r1}, the lower metric`.replace(/^t/, 'T'),
      wrong: [
        [
          `${r2}, the higher metric`.replace(/^t/, 'T'),
          'took the higher metric for the better route',
        ],
        ['Each link in turn, sharing the load', 'assumed load sharing at unequal metrics'],
        ['The route added most recently', 'took the order of entry for preference'],
      ],
    }
  }),
  family('vpn-split-tunnel-routes', (rng) => ({
    stem: `Home workers of ${client(rng)} should reach the office subnet 10.${rng.int(1, 200)}.0.0/16 through the VPN while other traffic goes straight out. What does the VPN push?`,
    key: 'A route for the office subnet only',
    wrong: [
      ['A default route 0.0.0.0/0 through the tunnel', 'set up a full tunnel'],
      ['A new DNS server and no routes', 'took name service for routing'],
      ['A route for the home LAN through the tunnel', 'tunnelled the wrong network'],
      ['A static public address for each worker', 'took addressing for routing'],
    ],
  })),
  family('arp-for-the-gateway-mac', (rng) => ({
    stem: `A PC at ${client(rng)} sends a packet to a public web server. Which MAC address does it put in the Ethernet frame’s destination field?`,
    key: 'The default gateway’s',
    wrong: [
      ['The web server’s', 'thought MAC addresses reach across routers'],
      ['The DNS server’s', 'took the resolver for the next hop'],
      ['The broadcast address, ff:ff:ff:ff:ff:ff', 'broadcast a unicast frame'],
      ['The switch’s', 'thought the switch is addressed'],
    ],
  })),
  family('dhcp-option-for-the-gateway', (rng) => ({
    stem: `${client(rng)}’s VoIP phones get addresses from a Linux DHCP server but cannot leave the subnet. Which DHCP option is probably missing?`,
    key: 'Option 3, router',
    wrong: [
      ['Option 6, DNS', 'gave the name server option'],
      ['Option 15, domain name', 'gave the search domain option'],
      ['Option 66, TFTP server name', 'gave the phone provisioning option'],
      ['Option 51, lease time', 'gave the lease duration option'],
      ['Option 42, NTP', 'gave the time server option'],
    ],
  })),
]
