import { scriptedModel } from './scripted-model.js'

const IPV4 = `
const toInt = (ip) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)
const toIp = (n) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')
const maskOf = (prefix) => 2 ** 32 - 2 ** (32 - prefix)
const network = (ip, prefix) => toInt(ip) - (toInt(ip) % 2 ** (32 - prefix))`

/** IPv4 subnetting: network and broadcast addresses and usable hosts of a CIDR block. */
export const subnetModel = scriptedModel({
  id: 'it-ipv4-subnet',
  title: 'IPv4 subnetting with CIDR prefixes',
  build: (rng) => {
    const ip = [rng.pick([10, 172, 192]), rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join(
      '.',
    )
    const prefix = rng.int(18, 30)
    const ask = rng.pick(['network', 'broadcast', 'hosts', 'mask'] as const)
    const body = (p: number) =>
      ({
        network: `toIp(network('${ip}', ${p}))`,
        broadcast: `toIp(network('${ip}', ${p}) + 2 ** (32 - ${p}) - 1)`,
        hosts: `2 ** (32 - ${p}) - 2`,
        mask: `toIp(maskOf(${p}))`,
      })[ask]
    const words = {
      network: 'network address',
      broadcast: 'broadcast address',
      hosts: 'number of usable host addresses',
      mask: 'subnet mask in dotted decimal',
    }[ask]
    return {
      stem: `What is the ${words} of ${ip}/${prefix}?`,
      source: `${IPV4}\nconsole.log(${body(prefix)})`,
      mistakes: [
        `${IPV4}\nconsole.log(${body(prefix + 1)})`,
        `${IPV4}\nconsole.log(${body(prefix - 1)})`,
        ask === 'hosts'
          ? `console.log(2 ** (32 - ${prefix}))`
          : `${IPV4}\nconsole.log(${body(prefix + 2)})`,
        ask === 'broadcast'
          ? `${IPV4}\nconsole.log(toIp(network('${ip}', ${prefix}) + 2 ** (32 - ${prefix})))`
          : `${IPV4}\nconsole.log(${body(prefix - 2)})`,
      ],
      display: 'code',
    }
  },
})

/** Unix permission bits between octal and symbolic notation. */
export const unixPermissionsModel = scriptedModel({
  id: 'it-unix-permissions',
  title: 'Unix file permissions: octal and symbolic modes',
  build: (rng) => {
    const digits = [rng.int(4, 7), rng.int(0, 7), rng.int(0, 7)]
    const octal = digits.join('')
    const symbolic = (ds: string) =>
      `console.log([...'${ds}'].map((d) => ['r', 'w', 'x'].map((c, i) => (Number(d) & (4 >> i) ? c : '-')).join('')).join(''))`
    // Bit weights read backwards (1 = read, 4 = execute): a well-formed mode, the wrong one.
    const bitsReversed = digits.map((d) => ((d & 1) << 2) | (d & 2) | (d >> 2)).join('')
    const swapped = [digits[0], digits[2], digits[1]].join('')
    return {
      stem: `Which symbolic mode does \`chmod ${octal}\` give a regular file?`,
      source: symbolic(octal),
      mistakes: [
        symbolic(bitsReversed),
        symbolic(swapped),
        symbolic(digits.map((d) => 7 - d).join('')),
        symbolic([...digits].reverse().join('')),
      ],
      display: 'code',
    }
  },
})

/** Binary, octal, decimal and hexadecimal conversions. */
export const numberBasesModel = scriptedModel({
  id: 'it-number-bases',
  title: 'Number bases: binary, octal, decimal, hexadecimal',
  build: (rng) => {
    const n = rng.int(17, 4095)
    const bases = [
      [2, 'binary'],
      [8, 'octal'],
      [10, 'decimal'],
      [16, 'hexadecimal'],
    ] as const
    const [from, to] = rng.shuffle(bases)
    const written = n.toString(from![0]).toUpperCase()
    const convert = (value: string, base: number, target: number) =>
      `console.log(parseInt('${value}', ${base}).toString(${target}).toUpperCase())`
    const otherBase = bases.map((b) => b[0]).filter((b) => b !== from![0] && b !== to![0])
    return {
      stem: `What is the ${from![1]} number ${written} in ${to![1]}?`,
      source: convert(written, from![0], to![0]),
      mistakes: [
        ...otherBase.map((b) => convert(written, b, to![0])),
        convert(written, from![0], otherBase[0]!),
        convert([...written].reverse().join(''), from![0], to![0]),
      ],
      display: 'code',
    }
  },
})
