import { dec, hex, need, scenario, swapBytes } from './nsys-text.js'

// Bitwise operations and masks: setting, clearing, toggling and testing flags, extracting and
// inserting bit fields in a register, shifts, Unix permission bits and simple checksums. The
// slips are the ones in real driver code: OR-ing a bit number instead of its mask, AND-ing
// with the mask instead of its complement, masking without shifting, counting bits from one,
// logical for arithmetic shifts, and adding where the protocol XORs.

const FLAGS = [
  'READY',
  'BUSY',
  'ERROR',
  'OVERRUN',
  'TXEMPTY',
  'RXFULL',
  'PARITY',
  'TIMEOUT',
] as const
const flagsOf = (v: number): string => {
  const on = FLAGS.filter((_, i) => (v >> i) & 1)
  return on.length ? on.join(', ') : 'none'
}

const perm = (mode: number): string =>
  [6, 3, 0]
    .map((s) => {
      const t = (mode >> s) & 7
      return `${t & 4 ? 'r' : '-'}${t & 2 ? 'w' : '-'}${t & 1 ? 'x' : '-'}`
    })
    .join('')
const oct3 = (m: number) => `0${m.toString(8).padStart(3, '0')}`
const ip = (v: number) => [24, 16, 8, 0].map((s) => (v >>> s) & 255).join('.')

export const BITS_FAMILIES = [
  scenario('nsys-extract-bit-field', (rng) => {
    const v = rng.int(0x1000_0000, 0xffff_ffff)
    const w = rng.int(3, 6)
    const lo = rng.int(4, 20)
    const hi = lo + w - 1
    const field = (shift: number, width: number) => Math.floor(v / 2 ** shift) % 2 ** width
    need(field(lo, w) >= 2, 'a field of 0 or 1 hides the slips')
    return {
      stem: `A 32-bit status register reads ${hex(v, 8)}. The register map puts a ${w}-bit field in bits ${hi}:${lo} (bit 0 is the least significant). What is the field’s value in decimal?`,
      key: dec(field(lo, w)),
      wrong: [
        [dec(field(lo, w) * 2 ** lo), 'masks the field but does not shift it down'],
        [dec(field(lo + 1, w)), 'counts bit positions from one'],
        [dec(field(hi, w)), 'shifts by the high bit number'],
        [dec(field(lo, w - 1)), 'takes the width as the high bit minus the low bit'],
      ],
      figures: { v, lo, w },
    }
  }),
  scenario('nsys-set-flag-bit', (rng) => {
    // Not bit 8, whose mirror from the most significant end is its lower neighbour.
    const b = rng.pick([2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14])
    // Numbered from the most significant end, bit b is bit 15 − b: a third place to set.
    const msb = 15 - b
    // The bit, its lower neighbour and its mirror are clear, so each slip sets a new bit.
    const v = rng.int(0x0100, 0xfff0) & ~(3 << (b - 1)) & ~(1 << msb)
    return {
      stem: `A 16-bit control register holds ${hex(v, 4)}. To enable an interrupt you must set bit ${b} (bit 0 is the least significant) and leave every other bit as it is. What value do you write back?`,
      key: hex(v | (1 << b), 4),
      wrong: [
        [hex(v | b, 4), 'ORs with the bit number instead of its mask'],
        [hex(v | (1 << (b - 1)), 4), 'counts bits from one'],
        [hex(1 << b, 4), 'writes the mask alone, clearing the other bits'],
        [hex(v & ~(1 << b), 4), 'ANDs with the inverted mask, the idiom that clears a bit'],
        [hex(v | (1 << msb), 4), 'numbers the bits from the most significant end'],
      ],
      figures: { v, b },
    }
  }),
  scenario('nsys-clear-flag-bit', (rng) => {
    const b = rng.int(2, 14)
    // The bit and its lower neighbour are set, so counting from one gives a different value.
    const v = rng.int(0x0100, 0xffff) | (3 << (b - 1))
    const m = 1 << b
    return {
      stem: `A 16-bit GPIO output register holds ${hex(v, 4)}. To switch off the LED on bit ${b} (bit 0 is the least significant) without touching the other pins, what value do you write back?`,
      key: hex(v & ~m & 0xffff, 4),
      wrong: [
        [hex(v & m, 4), 'ANDs with the mask instead of its complement'],
        [hex(~m & 0xffff, 4), 'writes the inverted mask alone'],
        [hex(v & ~(1 << (b - 1)) & 0xffff, 4), 'counts bits from one'],
        [hex(v & ~b & 0xffff, 4), 'clears with the bit number instead of its mask'],
      ],
      figures: { v, b },
    }
  }),
  scenario('nsys-toggle-with-xor', (rng) => {
    const v = rng.int(0x11, 0xee)
    const m = rng.int(0x11, 0xee)
    need((v & m) !== 0 && (v & m) !== m, 'the mask must cover both set and clear bits')
    return {
      stem: `An 8-bit output port drives a row of LEDs and holds ${hex(v, 2)}. To blink the LEDs in the mask ${hex(m, 2)} your code inverts exactly those bits. What value does the port hold after one toggle?`,
      key: hex(v ^ m, 2),
      wrong: [
        [hex(v | m, 2), 'ORs with the mask, which only sets bits'],
        [hex(v & m, 2), 'ANDs with the mask'],
        [hex(v & ~m & 0xff, 2), 'clears the masked bits'],
        [hex(~v & 0xff, 2), 'inverts every bit of the port'],
      ],
      figures: { v, m },
    }
  }),
  scenario('nsys-rwx-to-octal', (rng) => {
    const mode = rng.int(0o400, 0o777)
    const [u, g, o] = [(mode >> 6) & 7, (mode >> 3) & 7, mode & 7]
    need(u !== o && new Set([u, g, o]).size === 3, 'distinct triads show the slips')
    const rev = (t: number) => ((t & 1) << 2) | (t & 2) | ((t & 4) >> 2)
    const count = (t: number) => (t & 1) + ((t >> 1) & 1) + ((t >> 2) & 1)
    return {
      stem: `Running \`ls -l\` shows a deploy script’s permissions as ${perm(mode)}. In the octal mode, r is 4, w is 2 and x is 1 within each of user, group and other. What octal mode do you pass to chmod to restore them?`,
      key: oct3(mode),
      wrong: [
        [oct3((rev(u) << 6) | (rev(g) << 3) | rev(o)), 'weights r as 1 and x as 4'],
        [oct3((o << 6) | (g << 3) | u), 'writes the triads as other, group, user'],
        [oct3((count(u) << 6) | (count(g) << 3) | count(o)), 'counts the letters in each triad'],
        [oct3(0o777 - mode), 'gives the bits that are off, as for a umask'],
      ],
      figures: { mode },
    }
  }),
  scenario('nsys-umask-file-mode', (rng) => {
    const umask = rng.pick([0o002, 0o007, 0o022, 0o023, 0o027, 0o037, 0o077, 0o026, 0o033])
    const base = 0o666
    return {
      stem: `A service runs with umask ${oct3(umask)}. It creates a regular file, asking for mode 0666; the kernel clears every bit that is set in the umask. What mode does the new file get?`,
      key: oct3(base & ~umask),
      wrong: [
        [oct3(0o777 & ~umask), 'starts from 0777, the directory default'],
        [oct3(base & umask), 'keeps only the bits set in the umask'],
        [oct3(base ^ umask), 'subtracts digit by digit with no borrow (XOR)'],
        [oct3(umask), 'takes the umask as the mode'],
        [oct3(base), 'takes the requested mode to override the umask'],
        [
          oct3(base & ~Number.parseInt([...oct3(umask).slice(1)].reverse().join(''), 8)),
          'applies the umask’s digits to the classes in reverse order (others first)',
        ],
        [oct3(base | umask), 'ORs the umask into the mode instead of clearing its bits'],
        ...([6, 3, 0].every((sh) => ((umask >> sh) & 7) <= 6)
          ? [[oct3(base - umask), 'subtracts the umask from 0666 digit by digit'] as const]
          : []),
      ],
      figures: { umask },
    }
  }),
  scenario('nsys-arithmetic-shift-negative', (rng) => {
    const m = rng.int(1000, 16000)
    const k = rng.int(2, 4)
    need(m % 2 ** k !== 0, 'an exact multiple hides the rounding')
    return {
      stem: `A filter keeps the int16_t value -${dec(m)} and divides it by ${2 ** k} with \`x >> ${k}\`; this compiler shifts signed values arithmetically (copying the sign bit). What value does the shift give?`,
      key: dec(Math.floor(-m / 2 ** k)),
      wrong: [
        [dec((65536 - m) >> k), 'shifts logically, filling with zeros'],
        [dec(-Math.floor(m / 2 ** k)), 'rounds toward zero as division does'],
        ...(m * 2 ** k <= 32768
          ? [[dec(-m * 2 ** k), 'shifts left instead of right'] as const]
          : []),
        [dec(Math.floor(-m / k)), 'reads the right shift as division by the shift count'],
        [
          dec(Math.floor((2 ** 32 - m) / 2 ** k)),
          'shifts logically in 32 bits after promotion to int',
        ],
      ],
      figures: { m, k },
    }
  }),
  scenario('nsys-shift-left-byte', (rng) => {
    const v = rng.int(0x21, 0xfe)
    const k = rng.int(2, 4)
    need(v >> (8 - k) !== 0, 'some bits must fall off the top')
    return {
      stem: `A bit-banged protocol keeps the next bits to send in a uint8_t holding ${hex(v, 2)}. After \`b = b << ${k}\` (the result stored back in the uint8_t), what does b hold?`,
      key: hex((v << k) & 0xff, 2),
      wrong: [
        [hex(v >> k, 2), 'shifts right instead of left'],
        [
          hex(((v << k) | (v >> (8 - k))) & 0xff, 2),
          'rotates, bringing the top bits round to the bottom',
        ],
        [hex((v * k) & 0xff, 2), 'multiplies by the shift count'],
      ],
      figures: { v, k },
    }
  }),
  scenario('nsys-pack-rgb565', (rng) => {
    const [r, g, b] = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)]
    need(r >> 3 !== b >> 3, 'equal red and blue hide the channel order')
    const key = ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3)
    return {
      stem: `An LCD takes 16-bit RGB565 pixels: red in bits 15–11, green in bits 10–5, blue in bits 4–0, each channel keeping the top bits of its 8-bit value. Which word encodes the colour (${r}, ${g}, ${b})?`,
      key: hex(key, 4),
      wrong: [
        [
          hex(((b >> 3) << 11) | ((g >> 2) << 5) | (r >> 3), 4),
          'puts blue in the top bits (BGR565)',
        ],
        [hex(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3), 4), 'gives green five bits (RGB555)'],
        [
          hex(((r & 31) << 11) | ((g & 63) << 5) | (b & 31), 4),
          'keeps the low bits of each channel',
        ],
        [hex(swapBytes(key, 2), 4), 'writes the low byte first'],
      ],
      figures: { r, g, b },
    }
  }),
  scenario('nsys-ip-and-netmask', (rng) => {
    const prefix = rng.int(17, 27)
    need(prefix !== 24, 'an octet-boundary prefix hides the slip')
    const addr = (rng.pick([10, 172, 192]) * 2 ** 24 + rng.int(0, 2 ** 24 - 1)) >>> 0
    const mask = (0xffffffff << (32 - prefix)) >>> 0
    const octet = prefix > 24 ? 24 : 16
    const octetMask = (0xffffffff << (32 - octet)) >>> 0
    need((addr & ~mask) >>> 0 !== 0, 'a host address')
    return {
      stem: `A host is configured as ${ip(addr)}/${prefix}. Its network address is the address ANDed with the netmask (the first ${prefix} bits set). What is the network address?`,
      key: ip((addr & mask) >>> 0),
      wrong: [
        [ip((addr | ~mask) >>> 0), 'sets the host bits, giving the broadcast address'],
        [ip((addr & ~mask) >>> 0), 'ANDs with the wildcard mask, keeping the host part'],
        [ip((addr & octetMask) >>> 0), `rounds the prefix to /${octet}, a whole octet`],
        [
          ip((addr & ((0xffffffff << prefix) >>> 0)) >>> 0),
          'takes the prefix length as the number of host bits',
        ],
      ],
      figures: { addr, prefix },
    }
  }),
  scenario('nsys-insert-bit-field', (rng) => {
    const v = rng.int(0x1000, 0xffff)
    const w = rng.int(3, 4)
    const lo = rng.int(3, 9)
    const m = ((1 << w) - 1) << lo
    const f = rng.int(1, (1 << w) - 2)
    const old = (v & m) >> lo
    need(old !== f && (old & ~f) !== 0, 'the old field must have bits the new one clears')
    return {
      stem: `A 16-bit clock-configuration register holds ${hex(v, 4)}. You must write the divider value ${f} into its ${w}-bit field at bits ${lo + w - 1}:${lo}, keeping every other bit. What value do you write back?`,
      key: hex((v & ~m & 0xffff) | (f << lo), 4),
      wrong: [
        [hex(v | (f << lo), 4), 'ORs the value in without clearing the old field'],
        [hex((v & ~m & 0xffff) | f, 4), 'clears the field but does not shift the value into it'],
        [hex(f << lo, 4), 'writes the shifted value alone, clearing the other bits'],
        [hex((v & ~m & 0xffff) | ((f << (lo + 1)) & 0xffff), 4), 'counts bit positions from one'],
      ],
      figures: { v, f, lo, w },
    }
  }),
  scenario('nsys-status-flags-set', (rng) => {
    const v = rng
      .shuffle([0, 1, 2, 3, 4, 5, 6, 7])
      .slice(0, rng.int(1, 3))
      .reduce((a, i) => a | (1 << i), 0)
    const legend = FLAGS.map((f, i) => `bit ${i} ${f}`).join(', ')
    const rev = Number.parseInt([...v.toString(2).padStart(8, '0')].reverse().join(''), 2)
    return {
      stem: `A UART status register reads ${hex(v, 2)}. Its bits, with bit 0 the least significant, are: ${legend}; a bit that is 1 means the flag is raised. Which flags are raised?`,
      key: flagsOf(v),
      wrong: [
        [flagsOf(rev), 'numbers the bits from the left'],
        [flagsOf(~v & 0xff), 'reads the flags as active-low'],
        [flagsOf(((v & 15) << 4) | (v >> 4)), 'reads the low hex digit as the high bits'],
        [flagsOf(v >> 1), 'numbers the bits from one'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-xor-checksum', (rng) => {
    const bytes = Array.from({ length: 4 }, () => rng.int(0x10, 0xfe))
    const x = bytes.reduce((a, b) => a ^ b, 0)
    const s = bytes.reduce((a, b) => a + b, 0)
    return {
      stem: `A serial protocol ends each frame with a checksum byte: the XOR of the payload bytes. The payload is ${bytes.map((b) => hex(b, 2)).join(' ')}. Which checksum byte should the frame carry?`,
      key: hex(x, 2),
      wrong: [
        [hex(s & 0xff, 2), 'adds the bytes and keeps the low byte'],
        [
          hex(
            bytes.reduce((a, b) => a | b, 0),
            2,
          ),
          'ORs the bytes',
        ],
        [
          hex(
            bytes.reduce((a, b) => a & b, 0xff),
            2,
          ),
          'ANDs the bytes',
        ],
        [hex(~x & 0xff, 2), 'inverts the XOR'],
      ],
      figures: { bytes: bytes.join(' ') },
    }
  }),
  scenario('nsys-intel-hex-checksum', (rng) => {
    const addr = rng.int(0x0100, 0xfff0)
    const data = Array.from({ length: 4 }, () => rng.int(0x00, 0xff))
    const record = [4, addr >> 8, addr & 0xff, 0, ...data]
    const sum = record.reduce((a, b) => a + b, 0)
    const dsum = data.reduce((a, b) => a + b, 0)
    return {
      stem: `You are hand-patching an Intel HEX data record: byte count 04, address ${hex(addr, 4).slice(2)}, type 00, data ${data.map((b) => hex(b, 2).slice(2)).join(' ')}. Its checksum is the two’s complement of the low byte of the sum of all those bytes (count, address, type and data). Which checksum byte ends the record?`,
      key: hex((256 - (sum & 0xff)) & 0xff, 2),
      wrong: [
        [hex(sum & 0xff, 2), 'uses the low byte of the sum without negating it'],
        [hex(~sum & 0xff, 2), 'inverts the bits without adding one (ones’ complement)'],
        [
          hex(
            record.reduce((a, b) => a ^ b, 0),
            2,
          ),
          'XORs the bytes',
        ],
        [hex((256 - (dsum & 0xff)) & 0xff, 2), 'sums only the data bytes'],
      ],
      figures: { addr, data: data.join(' ') },
    }
  }),
  scenario('nsys-align-up', (rng) => {
    const k = rng.pick([4, 6, 8, 9, 10, 12])
    const size = 2 ** k
    const a = rng.int(0x2000_0000, 0x2000_ffff)
    need(a % size !== 0, 'an aligned address hides the rounding')
    const up = Math.ceil(a / size) * size
    return {
      stem: `A DMA buffer must start on a ${dec(size)}-byte boundary. The allocator hands you the address ${hex(a, 8)}. What is the first suitably aligned address at or above it?`,
      key: hex(up, 8),
      wrong: [
        [hex(a - (a % size), 8), 'rounds down, clearing the low bits'],
        [hex(a + size, 8), 'adds the alignment without masking'],
        [hex(a - (a % size) + size - 1, 8), 'sets the low bits instead of clearing them'],
        [
          hex((a + size - 1 - ((a + size - 1) & size)) >>> 0, 8),
          'masks with the complement of the alignment, not of the alignment minus one',
        ],
      ],
      figures: { a, k },
    }
  }),
  scenario('nsys-field-mask', (rng) => {
    const lo = rng.int(2, 9)
    const w = rng.int(3, 6)
    const hi = lo + w - 1
    const ones = (n: number) => 2 ** n - 1
    return {
      stem: `You are writing a driver macro for a field in bits ${hi}:${lo} of a 16-bit register (bit 0 is the least significant). Which mask selects exactly that field?`,
      key: hex(ones(w) * 2 ** lo, 4),
      wrong: [
        [hex(ones(w), 4), 'leaves the mask unshifted'],
        [hex(ones(w - 1) * 2 ** lo, 4), 'takes the width as the high bit minus the low bit'],
        [hex(2 ** hi + 2 ** lo, 4), 'sets only the two end bits'],
        [hex(ones(hi), 4), 'sets every bit below the high bit'],
        [hex(ones(w) * 2 ** (lo - 1), 4), 'counts bit positions from one'],
      ],
      figures: { lo, w },
    }
  }),
]
