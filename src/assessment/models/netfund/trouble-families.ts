import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { computed } from './calc.js'
import { client, hostIn } from './draws.js'

/** OSI layers a symptom can sit at, as the options name them. */
const LAYERS = [
  'Layer 1, physical',
  'Layer 2, data link',
  'Layer 3, network',
  'Layer 4, transport',
  'Layer 7, application',
] as const

const LAYER_WORDS = [
  'a cabling or signal',
  'a switching',
  'an addressing or routing',
  'a port or firewall',
  'an application',
] as const

/** Troubleshooting: reading ping, traceroute and ipconfig output and placing a fault in a layer. */
export const TROUBLE_FAMILIES: readonly ScenarioFamily[] = [
  family('osi-layer-of-a-symptom', (rng) => {
    const cases = [
      ['the switch port’s link light stays off with a new patch cable', 0],
      ['a cable run of 140 m drops the link every few minutes', 0],
      ['a PC plugged into the wrong VLAN’s access port gets no reply to ARP', 1],
      ['two devices show the same MAC address in the switch table', 1],
      ['a PC has the right address but a default gateway on another subnet', 2],
      ['a firewall rule drops TCP 443 while pings pass', 3],
      ['the web server answers on 443 but returns “HTTP 500”', 4],
    ] as const
    const [symptom, layer] = rng.pick(cases)
    const wrongs = LAYERS.map((text, i) => [text, i] as const).filter(([, i]) => i !== layer)
    return {
      stem: `At ${client(rng)}, ${symptom}. At which OSI layer is the fault?`,
      key: LAYERS[layer],
      wrong: wrongs.map(([text, i]) => [text, `took it for ${LAYER_WORDS[i]} fault`] as const),
    }
  }),
  family('ping-packet-loss-percent', (rng) => {
    const sent = rng.pick([10, 20, 50, 100])
    const lost = rng.int(1, sent / 2 - 1)
    return computed(rng, {
      stem: `A continuous ping from ${client(rng)}’s office to its cloud server reports: Packets: Sent = ${sent}, Received = ${sent - lost}, Lost = ${lost}. What packet loss is that?`,
      key: ['percent', [lost, sent]],
      wrong: [
        [['percent', [sent - lost, sent]], 'reported the share received instead of lost'],
        [['percent', [lost, sent - lost]], 'divided the lost by the received'],
        [['percent', [lost * 2, sent]], 'counted each lost request and its reply'],
        [['percent', [lost, sent * 2]], 'counted requests and replies as packets sent'],
      ],
      show: (p) => `${p} % loss`,
    })
  }),
  family('destination-host-unreachable-from-own-address', (rng) => {
    const me = hostIn(rng, 10, 100)
    return {
      stem: `Pinging a NAS on the same subnet, a PC at ${client(rng)} gets “Reply from ${me}: Destination host unreachable”, where ${me} is the PC itself. What does that show?`,
      key: 'The PC got no ARP reply from the NAS: it is not answering on the link',
      wrong: [
        [
          'A router between the PC and the NAS has no route to it',
          'read a local failure as a remote router’s',
        ],
        [
          'The NAS answered, but its firewall drops ICMP echo requests',
          'read no answer as a filtered one',
        ],
        ['DNS could not resolve the NAS’s name', 'blamed names when an address was pinged'],
        ['The ping reached the NAS and only the reply was lost', 'assumed the request arrived'],
      ],
    }
  }),
  family('traceroute-stars-after-the-last-hop', (rng) => {
    const hop = rng.int(5, 9)
    return {
      stem: `A traceroute from ${client(rng)} to its web host shows replies up to hop ${hop}, then only “* * *” to hop 30, but the website loads fine. What is the likeliest reading?`,
      key: 'Later hops ignore traceroute probes: the path itself works',
      wrong: [
        [
          `The path is broken after hop ${hop}`,
          'read silence as a broken path though the site loads',
        ],
        ['The site is served from the browser cache only', 'explained away the working site'],
        [`Hop ${hop} is overloaded and drops all traffic`, 'blamed the last router that answered'],
        ['DNS resolves the host to the wrong address', 'blamed names for a path reading'],
      ],
    }
  }),
  family('one-slow-hop-in-traceroute', (rng) => {
    const hop = rng.int(3, 6)
    const slow = rng.int(180, 400)
    const end = rng.int(20, 40)
    return {
      stem: `A traceroute from ${client(rng)} shows hop ${hop} at ${slow} ms while every later hop, including the destination, is about ${end} ms. Where is the delay?`,
      key: `Nowhere on the path: hop ${hop} is slow to answer probes itself`,
      wrong: [
        [
          `At hop ${hop}, which adds ${slow} ms to the path`,
          'took a router’s slow reply for path delay',
        ],
        [`At the destination, which takes ${end} ms`, 'took normal round trip for a delay'],
        [`Between hop ${hop} and hop ${hop + 1}`, 'read the drop after the hop as a fault'],
        ['At the office router, the first hop', 'blamed the first hop by habit'],
      ],
    }
  }),
  family('gateway-outside-the-subnet', (rng) => {
    const c = rng.int(0, 200)
    const host = rng.int(10, 100)
    return {
      stem: `ipconfig on a PC at ${client(rng)} shows IPv4 192.168.${c}.${host}, mask 255.255.255.0, gateway 192.168.${c + 1}.1. It reaches local printers but not the internet. What is wrong?`,
      key: 'Its gateway sits on another subnet, so nothing leaves',
      wrong: [
        [
          'The mask should be 255.255.0.0 for a gateway',
          'widened the mask instead of fixing the gateway',
        ],
        ['The PC needs a second DNS server', 'blamed name resolution'],
        ['The PC’s address is outside the private range', 'misread a private address'],
        ['Nothing: the printers prove the settings are right', 'took local reach for full reach'],
      ],
    }
  }),
  family('ping-address-works-name-fails', (rng) => ({
    stem: `From a PC at ${client(rng)}, “ping 8.8.8.8” gets replies but “ping ${rng.pick(['example.com', 'office.example', 'intranet.example'])}” says it could not find the host. Where is the fault?`,
    key: 'The DNS settings, which resolve nothing',
    wrong: [
      ['The default gateway, which drops traffic', 'ignored that an outside address answers'],
      ['The network cable, which is loose', 'ignored that the link carries pings'],
      ['The target host, which is down', 'ignored that no address was found to try'],
      ['The firewall, which blocks ICMP', 'ignored that ICMP to an address passes'],
      ['The switch port, which is in the wrong VLAN', 'ignored that traffic leaves the LAN'],
    ],
  })),
  family('loopback-works-gateway-fails', (rng) => ({
    stem: `A technician at ${client(rng)} pings 127.0.0.1 (replies), then the PC’s own address (replies), then the gateway (times out). Where should they look next?`,
    key: 'Between the PC and the gateway: cable, port, VLAN',
    wrong: [
      ['At the PC’s TCP/IP stack, which is damaged', 'ignored the loopback replies'],
      ['At the ISP, beyond the gateway', 'skipped the first hop that fails'],
      ['At the DNS server, which resolves nothing', 'blamed names when addresses were pinged'],
      ['At the web browser’s proxy settings', 'blamed an application for a ping failure'],
    ],
  })),
  family('duplicate-address-symptom', (rng) => {
    const ip = hostIn(rng, 20, 200)
    return {
      stem: `At ${client(rng)}, a PC with a static address ${ip} loses its connection now and then, and Windows warns of an address conflict. What is the cause?`,
      key: 'Another device holds the same IP address',
      wrong: [
        ['Another device holds the same DNS name', 'took a name clash for an address clash'],
        ['The DHCP lease of the PC has expired', 'blamed DHCP for a static address'],
        ['The gateway is on another subnet', 'blamed routing for a local conflict'],
        ['The cable is too long for the switch', 'blamed the physical layer'],
        [
          'The switch port is flapping between two VLANs every few minutes',
          'blamed switching for an address clash',
        ],
        [
          'Windows Update resets the static address to DHCP now and then',
          'blamed the operating system',
        ],
      ],
    }
  }),
  family('mtu-black-hole', (rng) => ({
    stem: `After a new VPN goes live at ${client(rng)}, small pages load but large downloads and some sites hang. Pings with large “don’t fragment” packets fail. What is the likely fault?`,
    key: 'An MTU problem: large packets are dropped in the tunnel',
    wrong: [
      ['A DNS fault that hides larger sites', 'blamed names for a size-dependent fault'],
      ['A duplex mismatch on the office switch', 'blamed the LAN for a tunnel fault'],
      ['A DHCP lease running out during downloads', 'blamed addressing'],
      ['Too low a TTL on the VPN packets', 'took hop limits for size limits'],
    ],
  })),
  family('service-listening-on-localhost-only', (rng) => {
    const port = rng.pick([3306, 5432, 8080, 9000])
    return {
      stem: `On ${client(rng)}’s server, “ss -ltn” shows 127.0.0.1:${port} in LISTEN state, and other machines cannot connect to the service. Why?`,
      key: 'It listens on the loopback address only',
      wrong: [
        ['It listens, so a firewall must block it', 'ignored the address it is bound to'],
        [
          'The port is closed because it is above 1023',
          'thought high ports cannot accept connections',
        ],
        ['It is waiting for a DHCP lease', 'blamed addressing'],
        ['Its DNS name has no A record', 'blamed names when addresses fail too'],
      ],
    }
  }),
  family('flush-dns-cache-after-a-change', (rng) => ({
    stem: `You changed ${client(rng)}’s intranet A record minutes ago; one Windows PC still gets the old address though the server now answers the new one. What do you run on the PC?`,
    key: 'ipconfig /flushdns',
    wrong: [
      ['ipconfig /release', 'dropped the address lease instead of the name cache'],
      ['ipconfig /registerdns', 'registered the PC’s own name instead'],
      ['arp -d *', 'cleared the MAC cache instead of the name cache'],
      ['route print', 'printed routes instead of clearing a cache'],
    ],
  })),
  family('wrong-subnet-mask-symptom', (rng) => {
    const c = rng.int(0, 200)
    return {
      stem: `The office at ${client(rng)} is 192.168.${c}.0/24 with its gateway at 192.168.${c}.1. One PC was set by hand to address 192.168.${c}.200 with mask 255.255.255.128. It cannot reach the NAS at 192.168.${c}.20. Why?`,
      key: 'Its mask leaves the NAS and the gateway off its subnet',
      wrong: [
        ['Its address lies outside the office’s /24 range', 'misread the address against the /24'],
        [
          'The PC’s address is the broadcast address of the office range',
          'took .200 for a broadcast',
        ],
        [
          'The mask is invalid, so the network stack ignores it',
          'thought a mask not ending in 0 is malformed',
        ],
        ['The NAS needs a DNS name to be reached', 'blamed names'],
        ['The NAS refuses hand-configured PCs', 'blamed the NAS for a client setting'],
      ],
    }
  }),
]
