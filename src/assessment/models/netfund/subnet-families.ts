import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family } from '../statfund/calc.js'
import { computed, evaluate, toDotted, toInt } from './calc.js'
import { client, hostIn, privateBase } from './draws.js'

const hosts = (n: string) => `${n} usable hosts`

/** A host address whose last octet does not sit on a /24's edges, with a prefix in `[lo, hi]`. */
const drawHost = (rng: Rng, lo: number, hi: number) => ({
  prefix: rng.int(lo, hi),
  addr: hostIn(rng, 2, 253),
})

/** IPv4 addressing and subnetting: masks, blocks, host counts and which hosts share a subnet. */
export const SUBNET_FAMILIES: readonly ScenarioFamily[] = [
  family('usable-hosts-of-a-prefix', (rng) => {
    const p = rng.int(22, 29)
    return computed(rng, {
      stem: `${client(rng)} gets the office LAN 10.${rng.int(0, 255)}.${rng.int(0, 3) * 4}.0/${p} from its IT provider. How many devices can take an address on it?`,
      key: ['count', [p, 2]],
      wrong: [
        [['count', [p, 0]], 'counted the network and broadcast addresses as hosts'],
        [['count', [p, 1]], 'subtracted only the network address'],
        [['count', [p + 1, 2]], 'used one host bit too few'],
        [['count', [p - 1, 2]], 'used one host bit too many'],
      ],
      show: hosts,
    })
  }),
  family('usable-hosts-from-a-dotted-mask', (rng) => {
    // Up to /28, so that the mask read one bit longer still leaves several addresses.
    const p = rng.int(25, 28)
    return computed(rng, {
      stem: `The router at ${client(rng)} has the LAN address ${hostIn(rng, 1, 1)} with mask ${evaluate('mask', [p])}. How many addresses are left for DHCP to hand out on that LAN, at most?`,
      key: ['count', [p, 3]],
      wrong: [
        [['count', [p, 2]], 'forgot that the router itself holds one address'],
        [['count', [p, 0]], 'counted the network and broadcast addresses as hosts'],
        [['count', [p + 1, 3]], 'read the mask as one bit longer'],
        [['count', [p - 1, 3]], 'read the mask as one bit shorter'],
      ],
      show: (n) => `${n} addresses`,
    })
  }),
  family('network-address-of-a-host', (rng) => {
    const { addr, prefix } = drawHost(rng, 25, 29)
    return computed(rng, {
      stem: `A printer at ${client(rng)} is configured as ${addr}/${prefix}. What is the network address of its subnet?`,
      key: ['network', [addr, prefix]],
      wrong: [
        [['network', [addr, 24]], 'used the classful /24 mask instead of the CIDR prefix'],
        [['network', [addr, prefix + 1]], 'used a block half the right size'],
        [['network', [addr, prefix - 1]], 'used a block twice the right size'],
        [['firstHost', [addr, prefix]], 'gave the first usable host instead of the network'],
        [['next', [addr, prefix]], 'counted blocks from one, landing on the next subnet'],
      ],
    })
  }),
  family('network-address-across-the-third-octet', (rng) => {
    const [a, b] = privateBase(rng)
    const prefix = rng.int(18, 23)
    const addr = `${a}.${b}.${rng.int(1, 254)}.${rng.int(1, 254)}`
    return computed(rng, {
      stem: `A cloud VM at ${client(rng)} has address ${addr} in a subnet with mask ${evaluate('mask', [prefix])}. What is the subnet’s network address?`,
      key: ['network', [addr, prefix]],
      wrong: [
        [['network', [addr, 24]], 'masked only the last octet as if it were a /24'],
        [['network', [addr, prefix + 1]], 'used a block half the right size'],
        [['network', [addr, prefix - 1]], 'used a block twice the right size'],
        [['network', [addr, 16]], 'used the classful /16 mask of the first octets'],
        [['next', [addr, prefix]], 'counted blocks from one, landing on the next subnet'],
      ],
    })
  }),
  family('broadcast-address-of-a-subnet', (rng) => {
    const { addr, prefix } = drawHost(rng, 25, 29)
    return computed(rng, {
      stem: `${client(rng)}’s camera VLAN includes ${addr}/${prefix}. A discovery tool needs the subnet’s directed broadcast address. What is it?`,
      key: ['broadcast', [addr, prefix]],
      wrong: [
        [['broadcast', [addr, 24]], 'used the classful /24 mask instead of the CIDR prefix'],
        [['broadcast', [addr, prefix + 1]], 'used a block half the right size'],
        [['broadcast', [addr, prefix - 1]], 'used a block twice the right size'],
        [['lastHost', [addr, prefix]], 'gave the last usable host instead of the broadcast'],
        [['next', [addr, prefix]], 'gave the next subnet’s network address'],
      ],
    })
  }),
  family('broadcast-address-across-the-third-octet', (rng) => {
    const [a, b] = privateBase(rng)
    const prefix = rng.int(19, 23)
    const addr = `${a}.${b}.${rng.int(1, 254)}.${rng.int(1, 254)}`
    return computed(rng, {
      stem: `${client(rng)}’s warehouse Wi-Fi is ${addr}/${prefix}. What is its broadcast address?`,
      key: ['broadcast', [addr, prefix]],
      wrong: [
        [['broadcast', [addr, 24]], 'set only the last octet’s bits as if it were a /24'],
        [['network', [addr, prefix]], 'gave the network address instead of the broadcast'],
        [['broadcast', [addr, prefix + 1]], 'used a block half the right size'],
        [['broadcast', [addr, prefix - 1]], 'used a block twice the right size'],
        [['lastHost', [addr, prefix]], 'gave the last usable host instead of the broadcast'],
        [['next', [addr, prefix]], 'gave the next subnet’s network address'],
      ],
    })
  }),
  family('first-usable-host', (rng) => {
    const { addr, prefix } = drawHost(rng, 25, 29)
    return computed(rng, {
      stem: `${client(rng)} wants its gateway on the lowest usable address of the subnet holding ${addr}/${prefix}. Which address is that?`,
      key: ['firstHost', [addr, prefix]],
      wrong: [
        [['network', [addr, prefix]], 'gave the network address, which no host can use'],
        [['firstHost', [addr, 24]], 'used the classful /24 mask instead of the CIDR prefix'],
        [['firstHost', [addr, prefix + 1]], 'used a block half the right size'],
        [['firstHost', [addr, prefix - 1]], 'used a block twice the right size'],
        [
          ['hostAt', [addr, prefix, 2 ** (32 - prefix) + 1]],
          'counted blocks from one, landing on the next subnet',
        ],
      ],
    })
  }),
  family('last-usable-host', (rng) => {
    const { addr, prefix } = drawHost(rng, 25, 29)
    return computed(rng, {
      stem: `${client(rng)} keeps its gateway on the highest usable address of its subnet. A laptop there is ${addr}/${prefix}. Where should the gateway be?`,
      key: ['lastHost', [addr, prefix]],
      wrong: [
        [['broadcast', [addr, prefix]], 'gave the broadcast address, which no host can use'],
        [['lastHost', [addr, 24]], 'used the classful /24 mask instead of the CIDR prefix'],
        [['lastHost', [addr, prefix + 1]], 'used a block half the right size'],
        [['lastHost', [addr, prefix - 1]], 'used a block twice the right size'],
        [
          ['hostAt', [addr, prefix, 2 ** (33 - prefix) - 2]],
          'counted blocks from one, landing on the next subnet',
        ],
      ],
    })
  }),
  family('dotted-mask-of-a-prefix', (rng) => {
    const p = rng.int(18, 29)
    return computed(rng, {
      stem: `An old NAS at ${client(rng)} asks for a dotted subnet mask; the network is documented as /${p}. Which mask is entered?`,
      key: ['mask', [p]],
      wrong: [
        [['mask', [p + 1]], 'set one mask bit too many'],
        [['mask', [p - 1]], 'set one mask bit too few'],
        [['wildcard', [p]], 'entered the wildcard (inverse) mask'],
        [
          ['mask', [p < 24 ? 16 : 24]],
          'entered the classful mask of the octet the prefix falls in',
        ],
      ],
    })
  }),
  family('prefix-of-a-dotted-mask', (rng) => {
    const p = rng.int(19, 29)
    const mask = evaluate('mask', [p])
    return computed(rng, {
      stem: `A client’s old router shows the LAN mask ${mask}. In CIDR notation, what prefix length is that?`,
      key: ['prefixOfMask', [mask]],
      wrong: [
        [['prefix', [Math.floor(p / 8) * 8]], 'counted only the octets that are 255'],
        [['prefix', [p + 1]], 'miscounted the partial octet’s bits by one too many'],
        [['prefix', [p - 1]], 'miscounted the partial octet’s bits by one too few'],
        [['prefix', [32 - p]], 'counted the host (zero) bits instead of the mask bits'],
      ],
    })
  }),
  family('wildcard-mask-for-an-acl', (rng) => {
    const p = rng.int(20, 29)
    const net = evaluate('network', [hostIn(rng), p])
    return computed(rng, {
      stem: `${client(rng)}’s router ACL matches subnets with wildcard masks. Which wildcard matches ${net}/${p}?`,
      key: ['wildcard', [p]],
      wrong: [
        [['mask', [p]], 'entered the subnet mask where the wildcard goes'],
        [['wildcard', [p + 1]], 'inverted a mask one bit too long'],
        [['wildcard', [p - 1]], 'inverted a mask one bit too short'],
      ],
    })
  }),
  family('smallest-prefix-for-a-head-count', (rng) => {
    const k = rng.int(4, 8)
    const need = 2 ** k - rng.int(0, 1)
    return computed(rng, {
      stem: `${client(rng)} needs one subnet for exactly ${need} devices and expects no growth. Which is the longest prefix (smallest subnet) that fits them?`,
      key: ['prefixFor', [need, 2]],
      wrong: [
        [['prefixFor', [need, 0]], 'forgot that the network and broadcast take two addresses'],
        [['prefix', [30 - k]], 'took the next size up to be safe, wasting half'],
        [['prefix', [29 - k]], 'took two sizes up to leave room, wasting three quarters'],
        [['prefix', [k + 1]], 'gave the number of host bits instead of the prefix length'],
      ],
    })
  }),
  family('subnets-from-splitting-a-block', (rng) => {
    const from = rng.int(16, 24)
    const bits = rng.int(2, 5)
    const to = from + bits
    return computed(rng, {
      stem: `${client(rng)}’s provider assigned 10.${rng.int(0, 255)}.0.0/${from}. How many /${to} subnets can it be split into?`,
      key: ['power', [bits]],
      wrong: [
        [['count', [32 - bits, 2]], 'subtracted two as if counting hosts'],
        [['power', [bits + 1]], 'counted one borrowed bit too many'],
        [['power', [32 - to]], 'counted the host bits of the new subnets instead'],
        [['power', [bits - 1]], 'counted one borrowed bit too few'],
      ],
      show: (n) => `${n} subnets`,
    })
  }),
  family('subnets-that-fit-a-host-count', (rng) => {
    const k = rng.int(3, 6)
    const need = rng.int(2 ** (k - 1) - 1, 2 ** (k - 1))
    return computed(rng, {
      stem: `${client(rng)} wants to split 192.168.${rng.int(0, 255)}.0/24 into equal subnets of at least ${need} usable hosts each. How many such subnets can it get, at most?`,
      key: ['power', [8 - k]],
      wrong: [
        [['power', [8 - k + 1]], 'sized each subnet without the two reserved addresses'],
        [['count', [32 - (8 - k), 2]], 'subtracted two from the subnet count as if it were hosts'],
        [['power', [k]], 'swapped the host bits and the borrowed bits'],
        [['power', [8 - k - 1]], 'rounded each subnet up one size too far'],
      ],
      show: (n) => `${n} subnets`,
    })
  }),
  family('next-free-subnet-after-an-allocation', (rng) => {
    const [a, b, c] = privateBase(rng)
    const first = rng.int(25, 27)
    const base = `${a}.${b}.${c}.0`
    return computed(rng, {
      stem: `${client(rng)} already uses ${base}/${first} for staff. Subnets of that size follow each other. At which address does the next /${first} start?`,
      key: ['next', [base, first]],
      wrong: [
        [['next', [base, first + 1]], 'used a block half the right size'],
        [['next', [base, first - 1]], 'used a block twice the right size'],
        [['broadcast', [base, first]], 'started the next subnet on this one’s broadcast address'],
        [
          ['hostAt', [base, first, 2 ** (32 - first) + 1]],
          'started on the next subnet’s first host',
        ],
      ],
    })
  }),
  family('aws-reserved-addresses-in-a-subnet', (rng) => {
    const p = rng.int(24, 28)
    return computed(rng, {
      stem: `${client(rng)} creates an AWS VPC subnet 10.0.${rng.int(0, 200)}.0/${p}. AWS reserves the first four and the last address of every subnet. How many addresses can its instances use?`,
      key: ['count', [p, 5]],
      wrong: [
        [['count', [p, 2]], 'subtracted only the network and broadcast addresses'],
        [['count', [p, 4]], 'forgot the reserved last (broadcast) address'],
        [['count', [p, 0]], 'counted every address in the block'],
        [['count', [p + 1, 5]], 'used one host bit too few'],
      ],
      show: (n) => `${n} addresses`,
    })
  }),
  family('summary-route-for-contiguous-subnets', (rng) => {
    const [a, b] = privateBase(rng)
    const n = rng.pick([2, 4])
    const start = rng.int(1, 256 / (4 * n) - 1) * 4 * n
    const nets = Array.from({ length: n }, (_, i) => `${a}.${b}.${start + i}.0`)
    return computed(rng, {
      stem: `${client(rng)}’s branch uses ${nets.map((x) => `${x}/24`).join(', ')}. What single route summarises exactly these subnets at head office?`,
      key: ['summary', nets],
      wrong: [
        [
          ['summary', [nets[0]!, `${a}.${b}.${start + 2 * n - 1}.0`]],
          'summarised one bit too short, taking in neighbouring subnets',
        ],
        [
          ['summary', [nets[0]!, `${a}.${b}.${start + n / 2 - 1}.255`]],
          'summarised only the first half of the subnets',
        ],
        [
          ['summary', [`${a}.${b}.0.0`, `${a}.${b}.255.0`]],
          'summarised the whole /16 the subnets sit in',
        ],
        [
          ['summary', [nets[0]!, `${a}.${b}.${start + 4 * n - 1}.0`]],
          'summarised two bits too short, taking in neighbouring subnets',
        ],
      ],
    })
  }),
  family('host-on-the-same-subnet', (rng) => {
    const prefix = rng.int(26, 28)
    const block = 2 ** (32 - prefix)
    const base = `${privateBase(rng).join('.')}.${rng.int(1, 256 / block - 2) * block}`
    const gw = evaluate('hostAt', [base, prefix, 1])
    const inside = rng.int(2, block - 2)
    const before = toInt(base) - rng.int(2, block - 2)
    return computed(rng, {
      stem: `At ${client(rng)} the gateway is ${gw}/${prefix}. A technician sets a new printer’s address by hand. Which address lets it reach the gateway without routing?`,
      key: ['hostAt', [base, prefix, inside]],
      wrong: [
        [
          ['hostAt', [base, prefix, block + rng.int(1, block - 2)]],
          'assumed the /24 mask and took the next block',
        ],
        [
          ['hostAt', [toDotted(before), prefix, before % block]],
          'assumed the /24 mask and took the block before',
        ],
        [['broadcast', [base, prefix]], 'took the broadcast address as a free host address'],
        [['network', [base, prefix]], 'took the network address as a free host address'],
      ],
    })
  }),
  family('which-address-is-private', (rng) => {
    const key = rng.pick([
      `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      `192.168.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    ])
    return {
      stem: `${client(rng)} asks which of these addresses, seen in its firewall log, belongs to a private (RFC 1918) range.`,
      key,
      wrong: [
        [
          `172.${rng.int(32, 47)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
          'read 172.16.0.0/12 as all of 172.x',
        ],
        [
          `192.169.${rng.int(0, 255)}.${rng.int(1, 254)}`,
          'read 192.168.0.0/16 as covering 192.169.x',
        ],
        [
          `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
          'took the carrier-grade NAT range for RFC 1918',
        ],
        [
          `169.254.${rng.int(1, 254)}.${rng.int(1, 254)}`,
          'took link-local (APIPA) for a private LAN range',
        ],
        [
          `11.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
          'read 10.0.0.0/8 as ending at 11.x',
        ],
      ],
    }
  }),
  family('role-of-an-address-in-its-subnet', (rng) => {
    const prefix = rng.int(26, 29)
    const block = 2 ** (32 - prefix)
    const [a, b, c] = privateBase(rng)
    const start = rng.int(1, 256 / block - 2) * block
    const which = rng.pick(['network', 'broadcast'] as const)
    const last = which === 'network' ? start : start + block - 1
    const addr = `${a}.${b}.${c}.${last}`
    const key =
      which === 'network'
        ? 'The network address: no device can use it'
        : 'The broadcast address: no device can use it'
    const other =
      which === 'network'
        ? 'The broadcast address: no device can use it'
        : 'The network address: no device can use it'
    return {
      stem: `A technician at ${client(rng)} tries to give a camera ${addr}/${prefix} and the router refuses. What is that address?`,
      key,
      wrong: [
        [
          'A usable host address already taken by another device',
          'checked the address only against a /24',
        ],
        [
          other,
          which === 'network'
            ? 'confused the subnet’s first and last address'
            : 'confused the subnet’s last and first address',
        ],
        [
          'The gateway address, reserved for the router',
          'assumed the first or last host is always reserved',
        ],
      ],
    }
  }),
  family('point-to-point-link-prefix', (rng) => {
    const [a, b, c] = privateBase(rng)
    return {
      stem: `${client(rng)}’s two sites are joined by a routed link with exactly two router interfaces. Which IPv4 prefix wastes the fewest addresses while both routers still get an ordinary usable host address?`,
      key: `A /30, e.g. ${a}.${b}.${c}.4/30`,
      wrong: [
        [`A /32, e.g. ${a}.${b}.${c}.4/32`, 'used a host route that holds one address'],
        [`A /29, e.g. ${a}.${b}.${c}.8/29`, 'took the next size up as a margin, wasting half'],
        [`A /24, e.g. ${a}.${b}.${c}.0/24`, 'gave the link a whole /24, as for a LAN'],
        [`A /28, e.g. ${a}.${b}.${c}.16/28`, 'sized the link for a small LAN'],
      ],
    }
  }),
  family('apipa-address-on-a-laptop', (rng) => {
    const addr = `169.254.${rng.int(1, 254)}.${rng.int(1, 254)}`
    return {
      stem: `A laptop at ${client(rng)} shows the address ${addr} with mask 255.255.0.0 and cannot reach anything. What does that address tell the technician?`,
      key: 'It got no DHCP answer and assigned itself a link-local address',
      wrong: [
        [
          'The DHCP server gave it an address from the wrong scope',
          'took APIPA for a misconfigured DHCP scope',
        ],
        [
          'The laptop is on the guest VLAN, which uses 169.254.0.0/16 by design',
          'took APIPA for a guest network range',
        ],
        [
          'The router’s NAT table is full, so it handed out a fallback address',
          'blamed NAT for a DHCP failure',
        ],
        ['The ISP handed it a public address behind the router', 'took 169.254 for a public range'],
        [
          'Its DNS server is down, so it cannot resolve names',
          'blamed name resolution for an addressing failure',
        ],
        [
          'Another device took its address and it was given a spare',
          'took APIPA for an address-conflict fallback',
        ],
      ],
    }
  }),
  family('loopback-and-special-ranges', (rng) => {
    const cases = [
      [
        `127.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
        'A loopback address: the machine itself',
      ],
      [`203.0.113.${rng.int(1, 254)}`, 'A documentation address: never routed'],
      [
        `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
        'A carrier-grade NAT address shared by the ISP',
      ],
    ] as const
    const [addr, key] = rng.pick(cases)
    const labels = [
      ['A loopback address: the machine itself', 'mistook the range for 127.0.0.0/8 loopback'],
      ['A documentation address: never routed', 'mistook the range for a documentation block'],
      [
        'A carrier-grade NAT address shared by the ISP',
        'mistook the range for 100.64.0.0/10 shared space',
      ],
      ['A private RFC 1918 address of the LAN', 'took every non-public range for RFC 1918'],
      ['A public address routed on the internet', 'thought only RFC 1918 addresses are special'],
    ] as const
    return {
      stem: `A config file a client forwarded to you for review mentions ${addr}. What kind of address is it?`,
      key,
      wrong: labels.filter(([text]) => text !== key),
    }
  }),
  family('usable-hosts-after-splitting-evenly', (rng) => {
    const parts = rng.pick([2, 4, 8, 16])
    const bits = Math.log2(parts)
    return computed(rng, {
      stem: `${client(rng)} splits 192.168.${rng.int(0, 255)}.0/24 into ${parts} equal subnets, one per floor. How many usable host addresses does each subnet have?`,
      key: ['count', [24 + bits, 2]],
      wrong: [
        [['count', [24 + bits, 0]], 'counted the network and broadcast addresses as hosts'],
        [['count', [24 + bits + 1, 2]], 'borrowed one bit too many'],
        [['count', [24 + bits - 1, 2]], 'borrowed one bit too few'],
        [['count', [24, 2]], 'gave the usable hosts of the whole /24, unsplit'],
      ],
      show: hosts,
    })
  }),
]
