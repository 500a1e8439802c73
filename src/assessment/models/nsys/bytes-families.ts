import type { Rng } from '../../rng.js'
import { bytesOf, dec, fromBytes, hex, need, scenario, signed } from './nsys-text.js'

// Byte order and text encodings: reading multi-byte fields from dumps in the order the format
// says, writing values as a little-endian machine stores them, UTF-8 and UTF-16 encodings of
// code points, and Base64 lengths. Every stem states the encoding rule or byte order; the slips
// are reading little-endian as big, counting characters for bytes or UTF-16 units for
// characters, leaving out continuation or surrogate offsets, and dropping Base64 padding.

const dump = (bytes: readonly number[]) => bytes.map((b) => hex(b, 2).slice(2)).join(' ')
const u = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
const dotted = (bytes: readonly number[]) => bytes.join('.')

/** Code points a freelancer meets in client text, each with the character it names. */
const CHARS: readonly (readonly [number, string])[] = [
  [0x41, 'A'],
  [0x65, 'e'],
  [0x20, 'space'],
  [0xe9, 'é'],
  [0xfc, 'ü'],
  [0x3b1, 'α'],
  [0x416, 'Ж'],
  [0x5d0, 'א'],
  [0x20ac, '€'],
  [0x65e5, '日'],
  [0xac00, '가'],
  [0x1f600, '😀'],
  [0x1f44d, '👍'],
  [0x1d11e, '𝄞'],
]
const utf8Len = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)
const utf16Units = (cp: number) => (cp < 0x10000 ? 1 : 2)
const drawText = (rng: Rng): number[] => {
  const cps = Array.from({ length: rng.int(5, 9) }, () => rng.pick(CHARS)[0])
  need(new Set(cps.map(utf8Len)).size >= 3, 'a text mixing at least three UTF-8 lengths')
  return cps
}
const listing = (cps: readonly number[]) => cps.map(u).join(' ')
const RULE_UTF8 =
  'UTF-8 takes 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF and 4 above; UTF-16 takes one 16-bit unit up to U+FFFF and two (a surrogate pair) above'

export const BYTES_FAMILIES = [
  scenario('nsys-le-uint32-from-dump', (rng) => {
    const v = rng.int(0x0001_0000, 0x00ff_ffff)
    const le = bytesOf(v, 4).reverse()
    const where = rng.pick([
      ['a BMP header', 'image width in pixels'],
      ['a WAV header', 'sample rate in hertz'],
      ['a ZIP local file header', 'compressed size in bytes'],
    ] as const)
    need(le[0] !== le[1] && le[1] !== le[2], 'distinct bytes show the order')
    return {
      stem: `In ${where[0]}, which stores integers little-endian, the 4-byte ${where[1]} field reads ${dump(le)} in a hex dump. What is the value in decimal?`,
      key: dec(v),
      wrong: [
        [dec(fromBytes(le)), 'reads the bytes big-endian, as the dump shows them'],
        [
          dec(fromBytes([le[2]!, le[3]!, le[0]!, le[1]!])),
          'reverses the two 16-bit halves but not the bytes',
        ],
        [dec(le[0]! + 256 * le[1]!), 'reads only the first two bytes'],
        [
          dec(Number.parseInt([...dump(le).replace(/ /g, '')].reverse().join(''), 16)),
          'reverses the hex digits instead of the bytes',
        ],
      ],
      figures: { bytes: dump(le) },
    }
  }),
  scenario('nsys-network-port-bytes', (rng) => {
    const port = rng.int(1100, 65000)
    const [a, b] = bytesOf(port, 2) as [number, number]
    need(a !== b && b !== 0, 'distinct bytes show the order')
    return {
      stem: `A packet capture shows a TCP header’s destination-port field as the bytes ${dump([a, b])}; TCP fields are in network byte order (big-endian). Which port is it?`,
      key: dec(port),
      wrong: [
        [dec(b * 256 + a), 'reads the bytes little-endian, as the host stores integers'],
        [dec(Number(`${a}${b}`)), 'writes the two bytes’ decimal values side by side'],
        [dec(a * 255 + b), 'weights the first byte by 255'],
        ...(port >= 32768
          ? [[dec(signed(port, 16)), 'reads the field as a signed short'] as const]
          : []),
      ],
      figures: { a, b },
    }
  }),
  scenario('nsys-ipv4-hex-to-dotted', (rng) => {
    const bytes = [rng.pick([10, 172, 192]), rng.int(16, 250), rng.int(16, 250), rng.int(16, 250)]
    need(new Set(bytes).size === 4, 'distinct bytes show the order')
    const v = fromBytes(bytes)
    const [p, q, r, s] = bytes as [number, number, number, number]
    const swap = (x: number) => ((x & 15) << 4) | (x >> 4)
    return {
      stem: `A firewall log prints a source address as the 32-bit value ${hex(v, 8)} in network byte order (the first byte is the first octet). What is the address in dotted decimal?`,
      key: dotted(bytes),
      wrong: [
        [dotted([s, r, q, p]), 'reads the value little-endian'],
        [dotted(bytes.map(swap)), 'swaps the hex digits within each byte'],
        [dotted([r, s, p, q]), 'swaps the two 16-bit halves'],
        [dotted([q, p, s, r]), 'swaps the bytes within each 16-bit half'],
      ],
      figures: { v: v.toString() },
    }
  }),
  scenario('nsys-le-int16-signed', (rng) => {
    const hi = rng.int(0x81, 0xff)
    const lo = rng.int(0x01, 0xff)
    need(lo !== hi, 'bytes that differ')
    const v = hi * 256 + lo
    return {
      stem: `A little-endian IMU log stores each gyro sample as a signed 16-bit two’s complement integer. One sample reads ${dump([lo, hi])} in the dump. What is the sample in decimal?`,
      key: dec(v - 65536),
      wrong: [
        [dec(signed(lo * 256 + hi, 16)), 'reads the bytes big-endian'],
        [dec(v), 'reads the sample as unsigned'],
        [dec(lo * 256 + hi), 'reads big-endian and unsigned'],
        [dec(-(v & 0x7fff)), 'reads the top bit as a minus sign (sign-magnitude)'],
        [dec(signed(lo, 8)), 'reads only the first byte, as a signed 8-bit value'],
      ],
      figures: { lo, hi },
    }
  }),
  scenario('nsys-value-to-le-bytes', (rng) => {
    const v = rng.int(0x1000_0000, 0xffff_ffff)
    const be = bytesOf(v, 4)
    need(new Set(be).size === 4, 'distinct bytes show the order')
    const swap = (x: number) => ((x & 15) << 4) | (x >> 4)
    return {
      stem: `Firmware on a little-endian microcontroller writes the uint32_t ${hex(v, 8)} to flash with a plain memory copy. Which bytes does a hex dump of flash show, lowest address first?`,
      key: dump([...be].reverse()),
      wrong: [
        [dump(be), 'writes the bytes most significant first'],
        [dump([be[2]!, be[3]!, be[0]!, be[1]!]), 'swaps the 16-bit halves but not the bytes'],
        [dump([...be].reverse().map(swap)), 'reverses the hex digits, not the bytes'],
        [dump([be[1]!, be[0]!, be[3]!, be[2]!]), 'swaps the bytes within each 16-bit half'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-utf8-byte-count', (rng) => {
    const cps = drawText(rng)
    const units = cps.reduce((a, c) => a + utf16Units(c), 0)
    const bytes = cps.reduce((a, c) => a + utf8Len(c), 0)
    return {
      stem: `A form field must fit a database column limited in bytes, stored as UTF-8. A user typed a text whose code points are ${listing(cps)}. ${RULE_UTF8}. How many bytes does the text take?`,
      key: dec(bytes),
      wrong: [
        [dec(cps.length), 'counts the characters'],
        [dec(2 * units), 'counts UTF-16 bytes'],
        [
          dec(cps.reduce((a, c) => a + (c < 0x80 ? 1 : 2), 0)),
          'takes two bytes for every non-ASCII character',
        ],
        [
          dec(cps.reduce((a, c) => a + Math.min(utf8Len(c), 3), 0)),
          'takes at most three bytes a character',
        ],
        [dec(4 * cps.length), 'takes four bytes for every character'],
      ],
      figures: { cps: cps.join(' ') },
    }
  }),
  scenario('nsys-utf8-encode-three-byte', (rng) => {
    const cp = rng.int(0x0800, 0xd7ff)
    const k = [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
    return {
      stem: `You are checking a serializer by hand. UTF-8 writes a code point from U+0800 to U+FFFF as three bytes 1110xxxx 10xxxxxx 10xxxxxx, filled with its 16 bits from the most significant. Which bytes encode ${u(cp)}?`,
      key: dump(k),
      wrong: [
        [dump([...k].reverse()), 'writes the bytes in reverse order'],
        [
          dump([k[0]!, 0xc0 | ((cp >> 6) & 63), 0xc0 | (cp & 63)]),
          'marks the continuation bytes 11 like a lead byte',
        ],
        [
          dump([0xe0 | ((cp >> 12) & 15), (cp >> 6) & 63, cp & 63]),
          'leaves the continuation bytes unmarked',
        ],
        [
          dump([0xe0 | ((cp >> 12) & 15), 0x80 | ((cp >> 4) & 63), 0x80 | (cp & 15)]),
          'splits the bits 4, 6, 4 from the top, not 4, 6, 6',
        ],
        [dump([cp >> 8, cp & 255]), 'writes the UTF-16 code unit big-endian'],
        [dump([cp & 255, cp >> 8]), 'writes the UTF-16 code unit little-endian'],
      ],
      figures: { cp },
    }
  }),
  scenario('nsys-utf8-decode-two-byte', (rng) => {
    const cp = rng.int(0x0a0, 0x5ff)
    const b0 = 0xc0 | (cp >> 6)
    const b1 = 0x80 | (cp & 63)
    return {
      stem: `A log file shows the bytes ${dump([b0, b1])} where one character should be. UTF-8 writes U+0080 to U+07FF as 110xxxxx 10xxxxxx, the x bits holding the code point’s 11 bits. Which code point do the bytes encode?`,
      key: u(cp),
      wrong: [
        [u(b0 * 256 + b1), 'reads the two bytes as one 16-bit number'],
        [u(((b0 & 31) << 8) | (b1 & 63)), 'shifts the lead byte’s bits by 8 instead of 6'],
        [u(((b0 & 31) << 6) | b1), 'keeps the continuation byte’s 10 marker'],
        [u(b0), 'reads the lead byte alone as Latin-1'],
      ],
      figures: { cp },
    }
  }),
  scenario('nsys-utf16-surrogate-pair', (rng) => {
    const cp = rng.int(0x10400, 0x1faff)
    const v = cp - 0x10000
    const hi = 0xd800 + (v >> 10)
    const lo = 0xdc00 + (v & 0x3ff)
    const pair = (a: number, b: number) => `${hex(a, 4).slice(2)} ${hex(b, 4).slice(2)}`
    const swap = (x: number) => ((x & 255) << 8) | (x >> 8)
    return {
      stem: `A JSON escape for ${u(cp)} needs its UTF-16 surrogate pair. UTF-16 subtracts 0x10000 from the code point, puts the top 10 bits of the 20-bit result on 0xD800 (high surrogate) and the low 10 bits on 0xDC00 (low surrogate). Which two code units, high first?`,
      key: pair(hi, lo),
      wrong: [
        [pair(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)), 'does not subtract 0x10000 first'],
        [pair(lo, hi), 'writes the low surrogate first'],
        [
          pair(0xdc00 + (v >> 10), 0xd800 + (v & 0x3ff)),
          'puts the top bits on 0xDC00 and the low bits on 0xD800',
        ],
        [pair(swap(hi), swap(lo)), 'writes each unit’s bytes little-endian'],
        [
          pair(0xdc00 + (cp & 0x3ff), 0xd800 + (cp >> 10)),
          'writes the low surrogate first and does not subtract 0x10000',
        ],
        [pair(swap(lo), swap(hi)), 'writes the low surrogate first, each unit little-endian'],
      ],
      figures: { cp },
    }
  }),
  scenario('nsys-js-length-of-text', (rng) => {
    const cps = drawText(rng)
    need(
      cps.some((c) => c >= 0x10000),
      'a character outside the BMP',
    )
    const units = cps.reduce((a, c) => a + utf16Units(c), 0)
    return {
      stem: `A web form limits a display name by JavaScript’s \`name.length\`, which counts UTF-16 code units. A name’s code points are ${listing(cps)}. ${RULE_UTF8}. What is \`name.length\`?`,
      key: dec(units),
      wrong: [
        [dec(cps.length), 'counts the code points'],
        [dec(cps.reduce((a, c) => a + utf8Len(c), 0)), 'counts the UTF-8 bytes'],
        [dec(2 * units), 'counts the UTF-16 bytes'],
        [dec(cps.filter((c) => c < 0x10000).length), 'counts only the characters up to U+FFFF'],
        [dec(cps.filter((c) => c < 0x80).length), 'counts only the ASCII characters'],
        [dec(4 * cps.length), 'counts UTF-32 bytes, four a code point'],
      ],
      figures: { cps: cps.join(' ') },
    }
  }),
  scenario('nsys-base64-encoded-length', (rng) => {
    const n = rng.int(10, 5000)
    need(n % 3 !== 0, 'a length that needs padding')
    return {
      stem: `An API takes a ${dec(n)}-byte file as a Base64 string with padding: every 3 bytes become 4 characters, and a final 1 or 2 bytes still make a full group of 4 padded with =. How many characters long is the string?`,
      key: dec(4 * Math.ceil(n / 3)),
      wrong: [
        [dec(Math.ceil((4 * n) / 3)), 'leaves out the padding characters'],
        [dec(4 * Math.floor(n / 3)), 'drops the last partial group'],
        [dec(2 * n), 'counts hex digits, two a byte'],
        [dec(Math.ceil((3 * n) / 4)), 'turns 4 bytes into 3 characters'],
        [dec(8 * n), 'counts the bits instead of the 6-bit characters'],
      ],
      figures: { n },
    }
  }),
  scenario('nsys-base64-decoded-size', (rng) => {
    const groups = rng.int(5, 2000)
    const pad = rng.int(1, 2)
    const len = 4 * groups
    return {
      stem: `A webhook delivers an attachment as a Base64 string of ${dec(len)} characters ending in ${'='.repeat(pad)}. Each 4 characters decode to 3 bytes, and each = at the end stands for one byte that is not there. How many bytes is the attachment?`,
      key: dec((3 * len) / 4 - pad),
      wrong: [
        [dec((3 * len) / 4), 'ignores the padding'],
        [dec(Math.ceil((4 * len) / 3)), 'multiplies by 4/3 as when encoding'],
        [dec(len / 2), 'reads the string as hex, two characters a byte'],
        [dec(len - pad), 'counts one byte a character'],
      ],
      figures: { len, pad },
    }
  }),
  scenario('nsys-utf8-field-fit', (rng) => {
    const ascii = rng.int(3, 12)
    const [cp, name] = rng.pick([
      [0x65e5, 'Japanese'],
      [0xac00, 'Korean'],
      [0x20ac, 'symbols'],
    ] as const)
    const limit = rng.int(ascii + 10, ascii + 60)
    const rest = limit - ascii
    need(rest % 3 !== 0, 'a limit that cuts a character')
    return {
      stem: `A legacy system truncates product names to ${limit} bytes of UTF-8 and must not cut a character in half. A name is ${ascii} ASCII characters (1 byte each) followed by a long run of ${name} characters like ${u(cp)} (3 bytes each in UTF-8). How many characters of the name are kept?`,
      key: dec(ascii + Math.floor(rest / 3)),
      wrong: [
        [dec(limit), 'takes one byte a character'],
        [dec(ascii + Math.floor(rest / 2)), 'counts two bytes a character, as in UTF-16'],
        [dec(ascii + Math.ceil(rest / 3)), 'keeps the character the limit cuts'],
        [dec(Math.floor(limit / 3)), 'counts three bytes for the ASCII characters too'],
      ],
      figures: { ascii, limit },
    }
  }),
  scenario('nsys-percent-encode-utf8', (rng) => {
    const [cp, ch] = rng.pick([
      [0xe9, 'é'],
      [0xfc, 'ü'],
      [0xf1, 'ñ'],
      [0xe7, 'ç'],
      [0xf8, 'ø'],
      [0xe5, 'å'],
      [0x3b1, 'α'],
      [0x416, 'Ж'],
      [0x5d0, 'א'],
    ] as const)
    const b0 = 0xc0 | (cp >> 6)
    const b1 = 0x80 | (cp & 63)
    const pct = (bytes: readonly number[]) => bytes.map((b) => `%${hex(b, 2).slice(2)}`).join('')
    return {
      stem: `A client’s search URL must carry the character ${ch} (${u(cp)}). URLs percent-encode each byte of the UTF-8 encoding, and UTF-8 writes U+0080 to U+07FF as 110xxxxx 10xxxxxx. What goes in the URL?`,
      key: pct([b0, b1]),
      wrong: [
        ...(cp <= 0xff ? [[pct([cp]), 'encodes the Latin-1 byte'] as const] : []),
        [pct([cp >> 8, cp & 255]), 'encodes the UTF-16 code unit, big-endian'],
        [pct([b1, b0]), 'writes the two bytes in reverse order'],
        [pct([b0, cp & 63]), 'leaves the continuation byte unmarked'],
        [pct([cp & 255, cp >> 8]), 'encodes the UTF-16 code unit, little-endian'],
      ],
      figures: { cp },
    }
  }),
  scenario('nsys-dump-field-at-hex-offset', (rng) => {
    const bytes = Array.from({ length: 32 }, () => rng.int(0, 255))
    const off = rng.pick([0x12, 0x14, 0x16, 0x18])
    const decOff = Number(off.toString(16))
    const le = (o: number) => bytes[o]! + 256 * bytes[o + 1]!
    const be = (o: number) => 256 * bytes[o]! + bytes[o + 1]!
    need(bytes[off] !== bytes[off + 1], 'distinct bytes show the order')
    const lines = [0, 16].map((o) => `${hex(o, 4).slice(2)}: ${dump(bytes.slice(o, o + 16))}`)
    return {
      stem: `A file format’s specification puts a little-endian uint16 field at offset 0x${off.toString(16).toUpperCase()}. The first 32 bytes of the file dump as: ${lines.join(' / ')} (each line starts with its offset in hex). What is the field’s value in decimal?`,
      key: dec(le(off)),
      wrong: [
        [dec(be(off)), 'reads the field big-endian'],
        [dec(le(decOff)), 'reads the offset as decimal'],
        [dec(be(decOff)), 'reads the offset as decimal and the field big-endian'],
        [dec(le(off) + 65536 * le(off + 2)), 'reads four bytes instead of two'],
      ],
      figures: { bytes: dump(bytes), off },
    }
  }),
  scenario('nsys-utf16le-text-bytes', (rng) => {
    const pick = rng.shuffle(CHARS.filter(([c]) => c < 0x10000 && c >= 0x80)).slice(0, 2)
    const cps = [rng.pick([0x41, 0x65]), ...pick.map(([c]) => c)]
    const le = cps.flatMap((c) => [c & 255, c >> 8])
    const be = cps.flatMap((c) => [c >> 8, c & 255])
    return {
      stem: `A Windows export writes text as UTF-16LE without a byte-order mark: each code unit is written low byte first. Which bytes does the text ${listing(cps)} take?`,
      key: dump(le),
      wrong: [
        [dump(be), 'writes each unit high byte first (UTF-16BE)'],
        [dump([...le].reverse()), 'reverses the whole byte string'],
        [dump(cps.flatMap((c) => [c & 255])), 'keeps only the low byte of each unit'],
        [dump([0xff, 0xfe, ...le]), 'adds the byte-order mark the export leaves out'],
        [dump([...new TextEncoder().encode(String.fromCodePoint(...cps))]), 'writes UTF-8'],
      ],
      figures: { cps: cps.join(' ') },
    }
  }),
]
