import type { Rng } from '../../rng.js'
import {
  bin,
  cap,
  dec,
  hex,
  need,
  reverseBits,
  scenario,
  signed,
  swapBytes,
  swapNibbles,
} from './nsys-text.js'

// Bases and conversions: reading and writing the same value in binary, octal, hex and decimal as
// a register map, a hex dump or a colour value shows it. The slips are the ones a reader makes:
// weighting hex digits by ten or eight, reading digits or bytes in the wrong order, confusing a
// BCD register with a binary one, grouping bits from the wrong end, and fencepost counts.

const REGISTER_SOURCES = [
  'a Modbus holding register',
  'a status register in a datasheet example',
  'a length field in a packet capture',
  'a word in a firmware hex dump',
] as const

const digitsOf = (v: number, width: number, radix: number): number[] =>
  [...v.toString(radix).padStart(width, '0')].map((c) => Number.parseInt(c, 16))
const weigh = (digits: readonly number[], base: number): number =>
  digits.reduce((a, d) => a * base + d, 0)
const nibbleReversed = (v: number, bits: number): number =>
  Array.from({ length: bits / 4 }, (_, i) => (v >> (4 * i)) & 15).reduce(
    (a, n, i) => a | (Number(reverseBits(n, 4)) << (4 * i)),
    0,
  )
/** The value whose hex digits are the decimal digits of `n`: packed BCD. */
const bcd = (n: number): number => Number.parseInt(String(n), 16)
/** Hex digits written in the opposite order. */
const digitsReversed = (v: number, width: number): number =>
  Number.parseInt([...v.toString(16).padStart(width, '0')].reverse().join(''), 16)

const drawDistinctDigits = (rng: Rng, low: number, high: number, width: number): number => {
  const v = rng.int(low, high)
  const ds = v.toString(16).padStart(width, '0')
  need(new Set(ds).size === ds.length, 'repeated digits hide a digit-order slip')
  return v
}

export const BASES_FAMILIES = [
  scenario('nsys-word-hex-to-decimal', (rng) => {
    const v = drawDistinctDigits(rng, 0x1000, 0xffff, 4)
    const d = digitsOf(v, 4, 16)
    return {
      stem: `${cap(rng.pick(REGISTER_SOURCES))} holds ${hex(v, 4)}, an unsigned 16-bit value written most significant byte first. What is it in decimal?`,
      key: dec(v),
      wrong: [
        [dec(swapBytes(v, 2)), 'reads the two bytes in the opposite order'],
        [dec(weigh(d, 10)), 'weights the hex digits by powers of ten'],
        [dec(weigh(d, 8)), 'weights the hex digits by powers of eight'],
        [dec(digitsReversed(v, 4)), 'reads the hex digits from right to left'],
        ...(v >= 0x8000
          ? [[dec(signed(v, 16)), 'reads the bits as a signed 16-bit value'] as const]
          : []),
      ],
      figures: { v },
    }
  }),
  scenario('nsys-dword-hex-to-decimal', (rng) => {
    const v = rng.int(0x1000_0000, 0xffff_fffe)
    const hi = Math.floor(v / 0x10000)
    const lo = v % 0x10000
    need(hi !== lo, 'equal halves hide a word swap')
    return {
      stem: `A device log stores an event counter as the unsigned 32-bit value ${hex(v, 8)}, most significant byte first. What is the count in decimal?`,
      key: dec(v),
      wrong: [
        [dec(swapBytes(v, 4)), 'reads the four bytes in reverse order'],
        [dec(lo * 0x10000 + hi), 'swaps the two 16-bit halves'],
        [dec(hi), 'reads only the first 16 bits'],
        [dec(lo), 'reads only the last 16 bits'],
        ...(v >= 0x8000_0000
          ? [[dec(signed(v, 32)), 'reads the bits as a signed 32-bit value'] as const]
          : []),
      ],
      figures: { v },
    }
  }),
  scenario('nsys-decimal-to-hex-word', (rng) => {
    const n = drawDistinctDigits(rng, 1000, 4095, 4)
    return {
      stem: `A controller’s manual asks you to write the setpoint ${dec(n)} (decimal) into a 16-bit register as a hex word, most significant byte first. Which word do you write?`,
      key: hex(n, 4),
      wrong: [
        [
          hex(digitsReversed(n, 4), 4),
          'writes the remainders of repeated division in the order they came',
        ],
        [hex(swapBytes(n, 2), 4), 'writes the low byte first'],
        [hex(bcd(n), 4), 'writes the decimal digits as BCD nibbles'],
        [hex(Number.parseInt(n.toString(8), 16), 4), 'divides by 8, writing octal digits'],
      ],
      figures: { n },
    }
  }),
  scenario('nsys-binary-byte-to-hex', (rng) => {
    const v = rng.int(16, 255)
    need(v >> 4 !== (v & 15), 'equal nibbles hide a nibble swap')
    return {
      stem: `A logic analyser shows the byte ${bin(v, 8)} on an SPI bus (most significant bit first). What is it in hex?`,
      key: hex(v, 2),
      wrong: [
        [hex(swapNibbles(v, 1), 2), 'writes the low nibble first'],
        [hex(reverseBits(v, 8), 2), 'reads the bits least significant first'],
        [hex(nibbleReversed(v, 8), 2), 'reads each group of four bits right to left'],
        ...(v < 100
          ? [[hex(bcd(v), 2), 'writes the decimal value’s digits after 0x'] as const]
          : []),
      ],
      figures: { v },
    }
  }),
  scenario('nsys-binary-byte-to-decimal', (rng) => {
    const v = rng.int(20, 250)
    return {
      stem: `A logic-analyser trace shows a sensor’s 8-bit unsigned count register as ${bin(v, 8)} (bit 7 on the left); the datasheet’s calibration table lists counts in decimal. Which count do you look up?`,
      key: dec(v),
      wrong: [
        [dec(2 * v), 'weights the rightmost bit as 2 instead of 1'],
        [dec(v >> 1), 'weights the leftmost bit as 64, counting places from the left from zero'],
        [dec(reverseBits(v, 8)), 'takes the leftmost bit as bit 0'],
        [dec(255 - v), 'reads every bit inverted, as an active-low line would show it'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-decimal-to-binary-byte', (rng) => {
    const n = rng.int(16, 254)
    need(reverseBits(n, 8) !== BigInt(n), 'a palindrome hides the bit order')
    return {
      stem: `You must set a DIP-switch bank to the address ${n} (decimal) as an 8-bit binary number, bit 7 on the left. Which pattern do you set?`,
      key: bin(n, 8),
      wrong: [
        [
          bin(reverseBits(n, 8), 8),
          'writes the remainders of repeated halving in the order they came',
        ],
        [bin(swapNibbles(n, 1), 8), 'swaps the two groups of four bits'],
        [bin(n >> 1, 8), 'drops the last remainder and pads on the left'],
        ...(n < 100
          ? [[bin(bcd(n), 8), 'writes each decimal digit as four bits (BCD)'] as const]
          : []),
      ],
      figures: { n },
    }
  }),
  scenario('nsys-octal-literal-to-decimal', (rng) => {
    const special = rng.next() < 0.5
    const ds = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7]).slice(0, special ? 4 : 3)
    need(ds[0] !== 0, 'no leading zero digit')
    const text = ds.join('')
    const v = Number.parseInt(text, 8)
    return {
      stem: `A C source file passes the mode 0${text} to a system call; in C a leading 0 marks an octal literal. What is the value in decimal?`,
      key: dec(v),
      wrong: [
        [dec(Number(text)), 'reads the digits as decimal'],
        [dec(Number.parseInt(text, 16)), 'reads the digits as hex'],
        [dec(Number.parseInt([...text].reverse().join(''), 8)), 'weights the digits from the left'],
        ...(special
          ? [
              [
                dec(Number.parseInt(text.slice(1), 8)),
                'drops the first digit as if it were the leading 0',
              ] as const,
            ]
          : []),
      ],
      figures: { text },
    }
  }),
  scenario('nsys-hex-colour-to-rgb', (rng) => {
    const [r, g, b] = [rng.int(16, 255), rng.int(16, 255), rng.int(16, 255)]
    need(r !== b, 'equal red and blue hide a channel-order slip')
    const rgb = (f: (x: number) => number, order = [r, g, b]) => `rgb(${order.map(f).join(', ')})`
    const id = (x: number) => x
    const css = `#${[r, g, b].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join('')}`
    return {
      stem: `A client’s style guide gives a brand colour as ${css}. Your chart library wants it as rgb(red, green, blue) in decimal. What do you enter?`,
      key: rgb(id),
      wrong: [
        [rgb(id, [b, g, r]), 'reads the channels in blue, green, red order'],
        [rgb((x) => ((x & 15) << 4) | (x >> 4)), 'writes each channel’s low hex digit first'],
        [rgb((x) => (x >> 4) * 10 + (x & 15)), 'weights each channel’s first hex digit by ten'],
        [rgb((x) => (x >> 4) * 8 + (x & 15)), 'weights each channel’s first hex digit by eight'],
      ],
      figures: { r, g, b },
    }
  }),
  scenario('nsys-stack-top-address', (rng) => {
    // Sizes of ten KiB or more, so reading the K count as hex is a slip that shows.
    const kib = rng.pick([12, 16, 20, 24, 32, 48, 64, 96, 128])
    // Origins on a 4 KiB boundary, as linker scripts place regions, but not on a round megabyte.
    const start = 0x2000_0000 + rng.int(1, 0x1ff) * 0x1000
    const size = kib * 1024
    return {
      stem: `A linker script gives the RAM region ORIGIN = ${hex(start, 8)}, LENGTH = ${kib}K (1K = 1,024 bytes). The stack grows down from the end of RAM, so the initial stack pointer is ORIGIN + LENGTH, the first address past the region. Which address do you expect in the vector table’s initial stack pointer?`,
      key: hex(start + size, 8),
      wrong: [
        [hex(start + size - 1, 8), 'gives the region’s last byte, one below the end'],
        [hex(start + kib * 1000, 8), 'takes 1K as 1,000 bytes'],
        [
          hex(start + Number.parseInt(String(size), 16), 8),
          'adds the decimal byte count’s digits as hex',
        ],
        [hex(start + Number.parseInt(String(kib), 16) * 1024, 8), 'reads the K count as hex'],
        [hex(size, 8), 'gives LENGTH alone, leaving out the origin'],
      ],
      figures: { start, kib },
    }
  }),
  scenario('nsys-hex-offset-add', (rng) => {
    // The offset's hex digits are all decimal digits, and its low digit carries into the next.
    const d0 = rng.int(1, 9)
    const offset = rng.int(1, 9) * 16 + d0
    const base = rng.int(0x100, 0x240) * 16 + rng.int(16 - d0, 15)
    const bd = digitsOf(base, 4, 16)
    const od = digitsOf(offset, 4, 16)
    const sum = base + offset
    // Digit by digit from the right, carrying at `at` (16 is right; 10 is the decimal habit).
    const column = (at: number, carrying: boolean): number => {
      let carry = 0
      const out: number[] = []
      for (let i = 3; i >= 0; i--) {
        const s = bd[i]! + od[i]! + carry
        out.unshift(s >= at ? s - at : s)
        carry = carrying && s >= at ? 1 : 0
      }
      return weigh(
        out.map((x) => x % 16),
        16,
      )
    }
    need(column(16, false) !== sum, 'the sum must carry')
    return {
      stem: `A peripheral’s registers start at base address ${hex(base, 4)}. The datasheet puts a control register at offset ${hex(offset, 2)} from the base. What is the register’s address?`,
      key: hex(sum, 4),
      wrong: [
        [hex(column(16, false), 4), 'adds each hex digit without carrying'],
        [hex(column(10, true), 4), 'carries at ten as in decimal'],
        [
          hex(base + Number(offset.toString(16)), 4),
          'adds the offset’s digits as a decimal number',
        ],
        [hex(Number.parseInt(String(sum), 16), 4), 'writes the decimal sum’s digits after 0x'],
      ],
      figures: { base, offset },
    }
  }),
  scenario('nsys-hex-digit-place-value', (rng) => {
    const v = rng.int(0x10000000, 0xffffffff)
    const p = rng.int(1, 6)
    const d = Math.floor(v / 16 ** p) % 16
    const ds = v.toString(16)
    need(d >= 2, 'a digit of 0 or 1 hides the place slips')
    need(
      ds.split(ds[7 - p]!).length === 2,
      'the digit appears once, so the question names one place',
    )
    const c = d.toString(16).toUpperCase()
    // Counted from the left, the place is 7 − p; where that is p + 1 it repeats another slip.
    const fromLeft = 7 - p
    return {
      stem: `A 32-bit event counter in a firmware dump reads ${hex(v, 8)}. Patching the image, you set the digit ${c} to 0 and leave the other digits as they are. By how much does the count fall, in decimal?`,
      key: dec(d * 16 ** p),
      wrong: [
        [dec(d * 16 ** (p + 1)), 'counts the rightmost digit’s place as 16'],
        [dec(d * 10 ** p), 'uses decimal place values'],
        [dec(d * 2 ** p), 'uses binary place values'],
        [dec(d * 8 ** p), 'uses octal place values'],
        ...(fromLeft !== p + 1
          ? [[dec(d * 16 ** fromLeft), 'counts the digit’s place from the left'] as const]
          : []),
      ],
      figures: { v, p },
    }
  }),
  scenario('nsys-hex-size-to-mib', (rng) => {
    // Sizes in quarter-MiB steps, so the answer ends exactly within two decimals.
    const bytes = rng.int(24, 4000) * 2 ** 18
    const show = (x: number) => {
      const [whole, part] = x.toFixed(2).split('.')
      return `${dec(Number(whole))}.${part} MiB`
    }
    const digits = bytes.toString(16)
    return {
      stem: `A flash partition table gives a partition size of ${hex(bytes, 8)} bytes. How large is the partition in MiB (1 MiB = 1,048,576 bytes), to two decimal places?`,
      key: show(bytes / 2 ** 20),
      wrong: [
        [show(bytes / 1e6), 'divides by 1,000,000'],
        [show(bytes / 1024), 'divides by 1,024 once, giving KiB'],
        [show(bytes / 2 ** 30), 'divides by 1,024 three times, giving GiB'],
        [show(bytes / 2 ** 24), 'drops one of the trailing zeros when reading the hex size'],
        ...(/^[0-9]+$/.test(digits)
          ? [
              [
                show(Number(digits) / 1048576),
                'reads the hex digits as a decimal byte count',
              ] as const,
            ]
          : []),
      ],
      figures: { bytes },
    }
  }),
  scenario('nsys-bcd-register-to-decimal', (rng) => {
    const t = rng.int(1, 5)
    const u = rng.int(0, 9)
    need(t !== u, 'equal digits hide a nibble swap')
    const reg = t * 16 + u
    return {
      stem: `A real-time clock stores the minutes in BCD, one decimal digit per nibble (tens in the high nibble). The minutes register reads ${hex(reg, 2)}. Which minute is it?`,
      key: dec(10 * t + u),
      wrong: [
        [dec(reg), 'reads the register as a binary number'],
        [dec(10 * u + t), 'takes the low nibble as the tens digit'],
        [dec(16 * u + t), 'reads the nibbles swapped as a binary number'],
        [dec(reg - 6), 'subtracts 6 once instead of 6 for each ten'],
      ],
      figures: { t, u },
    }
  }),
  scenario('nsys-decimal-to-bcd-register', (rng) => {
    const m = rng.int(10, 59)
    const t = Math.floor(m / 10)
    const u = m % 10
    need(t !== u && u > 0, 'equal digits hide a nibble swap')
    return {
      stem: `To set a real-time clock’s seconds register you write the seconds in BCD, one decimal digit per nibble, tens in the high nibble. Which byte sets ${m} seconds?`,
      key: hex(16 * t + u, 2),
      wrong: [
        [hex(m, 2), 'writes the binary value of the seconds'],
        [hex(16 * u + t, 2), 'puts the units digit in the high nibble'],
        [hex(m + 6, 2), 'adds 6 once instead of 6 for each ten'],
        [hex(swapNibbles(m, 1), 2), 'writes the binary value with its nibbles swapped'],
      ],
      figures: { m },
    }
  }),
  scenario('nsys-hex-word-to-binary', (rng) => {
    const v = drawDistinctDigits(rng, 0x1000, 0xffff, 4)
    return {
      stem: `You are setting jumpers to match the 16-bit configuration word ${hex(v, 4)}, bit 15 on the left. Which bit pattern is it?`,
      key: bin(v, 16),
      wrong: [
        [bin(swapBytes(v, 2), 16), 'writes the low byte first'],
        [bin(nibbleReversed(v, 16), 16), 'writes each hex digit’s bits in reverse'],
        [bin(reverseBits(v, 16), 16), 'writes bit 0 on the left'],
        [bin(digitsReversed(v, 4), 16), 'converts the hex digits from right to left'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-binary-to-octal-grouping', (rng) => {
    const bits = rng.pick([10, 11])
    const v = rng.int(2 ** (bits - 1), 2 ** bits - 1)
    const s = v.toString(2)
    const width = Math.ceil(bits / 3)
    const oct = (n: number) => `0o${n.toString(8).padStart(width, '0')}`
    // Grouping from the left leaves a short last group, read as it stands or padded with zeros.
    const groups = s.match(/.{1,3}/g) ?? []
    const leftShort = groups.map((g) => Number.parseInt(g, 2)).join('')
    const pad = 3 * width - bits
    const spaced = s.replace(/\B(?=(\d{4})+$)/g, ' ')
    return {
      stem: `A datasheet gives a ${bits}-bit field as ${spaced} and your code writes the value as an octal literal. Which octal literal is it?`,
      key: oct(v),
      wrong: [
        [`0o${leftShort.padStart(width, '0')}`, 'groups the bits in threes from the left'],
        [oct(v * 2 ** pad), 'groups from the left and pads the last group with zeros on the right'],
        [oct(Number(reverseBits(v, bits))), 'reads the bits from right to left'],
        [oct(v % 2 ** (3 * Math.floor(bits / 3))), 'drops the leftover leading bits'],
      ],
      figures: { v, bits },
    }
  }),
]
