import { dec, hex, need, scenario, signed, swapBytes, wrap } from './nsys-text.js'

// Signed integers and overflow: the same bits read as unsigned or two's complement, sign
// extension to a wider type, and wraparound in fixed-width arithmetic. The slips are reading
// sign-magnitude or ones' complement for two's complement, zero-extending a negative field,
// saturating where the hardware wraps (or wrapping where it saturates), and fencepost ranges.

const n = (x: number | bigint) => Number(x)

export const SIGNED_FAMILIES = [
  scenario('nsys-int8-byte-to-signed', (rng) => {
    // Not 0xFF, whose ones' complement reading is a negative zero.
    const v = rng.int(0x81, 0xfe)
    return {
      stem: `A hex dump of an accelerometer frame shows the byte ${hex(v, 2)} for the X axis, documented as a signed 8-bit two’s complement value. What is the reading in decimal?`,
      key: dec(v - 256),
      wrong: [
        [dec(v), 'reads the byte as unsigned'],
        [dec(-(v & 0x7f)), 'reads the top bit as a minus sign (sign-magnitude)'],
        [dec(v - 255), 'inverts the bits without adding one (ones’ complement)'],
        [dec(v - 128), 'reads the byte as offset binary, as some ADCs code it'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-int16-word-to-signed', (rng) => {
    const v = rng.int(0x8001, 0xffff)
    need((v & 0xff) !== v >> 8, 'equal bytes hide a byte-order slip')
    return {
      stem: `A temperature logger returns the 16-bit word ${hex(v, 4)} (most significant byte first), documented as a signed 16-bit two’s complement count. What count is it in decimal?`,
      key: dec(v - 65536),
      wrong: [
        [dec(v), 'reads the word as unsigned'],
        [dec(-(v & 0x7fff)), 'reads the top bit as a minus sign (sign-magnitude)'],
        [dec(signed(swapBytes(v, 2), 16)), 'reads the bytes in the opposite order'],
        [dec(signed(v & 0xff, 8)), 'reads only the low byte as a signed 8-bit value'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-negative-to-int16-hex', (rng) => {
    const m = rng.int(2, 30000)
    const key = 65536 - m
    need((key & 0xff) !== key >> 8, 'equal bytes hide a byte-order slip')
    return {
      stem: `A motor controller takes its speed setpoint as a signed 16-bit two’s complement word, written most significant byte first. Which word commands a speed of -${dec(m)}?`,
      key: hex(key, 4),
      wrong: [
        [hex(0x8000 | m, 4), 'sets the top bit on the magnitude (sign-magnitude)'],
        [hex(0xffff - m, 4), 'inverts the bits without adding one (ones’ complement)'],
        [hex(m, 4), 'writes the magnitude without the sign'],
        [hex(swapBytes(key, 2), 4), 'writes the low byte first'],
      ],
      figures: { m },
    }
  }),
  scenario('nsys-signed-field-range', (rng) => {
    const bits = rng.pick([10, 12, 14, 16, 20, 24])
    const h = 2 ** (bits - 1)
    const range = (lo: number, hi: number) => `${dec(lo)} to ${dec(hi)}`
    return {
      stem: `A sensor packs each reading into a ${bits}-bit signed two’s complement field. Which range of readings can the field hold?`,
      key: range(-h, h - 1),
      wrong: [
        [range(-(h - 1), h - 1), 'gives the sign-magnitude range, with two zeros'],
        [range(0, 2 * h - 1), 'gives the unsigned range'],
        [range(-2 * h, 2 * h - 1), 'uses all the bits for the magnitude and adds a sign'],
        [range(-(h - 1), h), 'puts the extra value on the positive side'],
      ],
      figures: { bits },
    }
  }),
  scenario('nsys-int16-add-overflow', (rng) => {
    // Two positives overflow to a negative; two negatives overflow to a positive.
    const sign = rng.pick([1, -1])
    const a = rng.int(20000, 32000)
    const b = rng.int(32768 - a + 100, 32767)
    const [x, y, sum] = [sign * a, sign * b, sign * (a + b)]
    const key = n(signed(wrap(sum, 16), 16))
    return {
      stem: `Firmware adds two int16_t samples, ${dec(x)} and ${dec(y)}, and stores the sum back in an int16_t on a processor that wraps in two’s complement (no saturation). What value is stored?`,
      key: dec(key),
      wrong: [
        sign > 0
          ? [dec(32767), 'saturates at the largest int16 value']
          : [dec(-32768), 'saturates at the smallest int16 value'],
        sign > 0
          ? [dec(sum - 32768), 'restarts the count from zero after 32,767']
          : [dec(sum + 32768), 'restarts the count from zero below -32,768'],
        [dec(sum), 'keeps the sum as if the variable were wider'],
        sign > 0
          ? [
              dec(-(sum & 0x7fff)),
              'reads the stored bits with the top bit as a minus sign (sign-magnitude)',
            ]
          : [dec(-key), 'adds the magnitudes and wraps, dropping the samples’ minus signs'],
      ],
      figures: { x, y },
    }
  }),
  scenario('nsys-uint16-timer-elapsed', (rng) => {
    const then = rng.int(60000, 65500)
    const now = rng.int(100, 5000)
    return {
      stem: `A free-running 16-bit hardware timer counts up and wraps from 65,535 to 0. It read ${dec(then)} at the start of a pulse and ${dec(now)} at the end, having wrapped once. How many ticks did the pulse last (the unsigned 16-bit difference end − start)?`,
      key: dec(65536 - then + now),
      wrong: [
        [dec(then - now), 'subtracts the end from the start'],
        [dec(65536 - then), 'counts only the ticks up to the wrap'],
        [dec(now), 'counts only the ticks after the wrap'],
        [
          dec(2 ** 32 - then + now),
          'subtracts in 32-bit unsigned arithmetic without masking to 16 bits',
        ],
      ],
      figures: { then, now },
    }
  }),
  scenario('nsys-twelve-bit-sign-extend', (rng) => {
    // Readings of -1,000 or below, so the key is not the one short option.
    const raw = rng.int(0x801, 0xc18)
    return {
      stem: `A 12-bit ADC returns its conversion right-aligned in a 16-bit register as ${hex(raw, 4)}; the datasheet says the 12-bit result is two’s complement. What signed value do you get after sign-extending it?`,
      key: dec(raw - 4096),
      wrong: [
        [dec(raw), 'zero-extends, reading the field as unsigned'],
        [dec(raw + 0xf000), 'sign-extends to 16 bits but reads the word as unsigned'],
        [dec(-(raw & 0x7ff)), 'reads bit 11 as a minus sign (sign-magnitude)'],
        [dec(raw - 2048), 'reads the field as offset binary'],
        [
          dec((raw - 4096) * 16),
          'shifts the field to the top of the int16 and forgets to shift it back',
        ],
      ],
      figures: { raw },
    }
  }),
  scenario('nsys-int16-to-int32-sign-extend', (rng) => {
    // A low byte with its top bit set, so extending from the wrong byte also fills with ones.
    const lo = rng.int(0x80, 0xff)
    const v = rng.int(0x80, 0xff) * 256 + lo
    need(lo !== v >> 8, 'equal bytes hide a slip')
    return {
      stem: `A driver widens the int16_t register value ${hex(v, 4)} to an int32_t with sign extension. What 32-bit pattern results?`,
      key: hex(0xffff0000 + v, 8),
      wrong: [
        [hex(v, 8), 'zero-extends the value'],
        [hex(0x80000000 + (v & 0x7fff), 8), 'moves the sign bit to bit 31 and zero-fills'],
        [hex(v * 0x10000, 8), 'shifts the value into the high half'],
        [hex(wrap(signed(lo, 8), 32), 8), 'sign-extends from the low byte only'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-negative-into-uint32', (rng) => {
    const m = rng.int(2, 60000)
    return {
      stem: `A library returns the error code -${dec(m)} as a signed 32-bit int; your code stores it in a uint32_t, which keeps the same 32 bits. What unsigned value is stored?`,
      key: dec(2 ** 32 - m),
      wrong: [
        [dec(m), 'drops the sign'],
        [dec(2 ** 31 - m), 'wraps at 2^31 instead of 2^32'],
        [dec(2 ** 32 - 1 - m), 'inverts the bits without adding one (ones’ complement)'],
        [dec(65536 - m), 'wraps as a 16-bit value'],
      ],
      figures: { m },
    }
  }),
  scenario('nsys-temperature-register-sixteenths', (rng) => {
    const raw = 2 * rng.int(0xfc90 / 2, 0xfffe / 2)
    need((raw & 0xff) !== raw >> 8, 'a word whose bytes differ')
    // Sixteenths end within four decimals; tenths within one, shown to four as the stem asks.
    const degrees = (x: number, per: number) => {
      const [whole, part] = Math.abs(x / per)
        .toFixed(4)
        .split('.')
      return `${x < 0 ? '-' : ''}${dec(Number(whole))}.${part} °C`
    }
    const c = (x: number) => degrees(x, 16)
    return {
      stem: `A digital temperature sensor returns the 16-bit word ${hex(raw, 4)} (most significant byte first) as a signed two’s complement count of 1/16 °C. What temperature does it report, to four decimal places?`,
      key: c(raw - 65536),
      wrong: [
        [c(raw), 'reads the word as unsigned'],
        [c(n(signed(swapBytes(raw, 2), 16))), 'reads the bytes in the opposite order'],
        [degrees(raw - 65536, 10), 'divides by 10 as for tenths of a degree'],
        [c(-(raw & 0x7fff)), 'reads the top bit as a minus sign (sign-magnitude)'],
        [degrees(raw - 65536, 256), 'divides by 256, reading the word as Q8.8'],
      ],
      figures: { raw },
    }
  }),
  scenario('nsys-unsigned-field-max', (rng) => {
    const bits = rng.pick([12, 20, 24, 28, 40, 48])
    const container = bits <= 16 ? 16 : bits <= 32 ? 32 : 64
    return {
      stem: `A protocol carries a sequence number in a ${bits}-bit unsigned field (your code holds it in a uint${container}_t). What is the largest sequence number the field can carry?`,
      key: dec(2n ** BigInt(bits) - 1n),
      wrong: [
        [dec(2n ** BigInt(bits)), 'gives the number of values, not the largest'],
        [dec(2n ** BigInt(bits - 1) - 1n), 'gives the signed maximum'],
        [dec(2n ** BigInt(container) - 1n), 'gives the maximum of the variable, not the field'],
        [dec(2n ** BigInt(bits - 1)), 'gives the place value of the top bit'],
      ],
      figures: { bits },
    }
  }),
  scenario('nsys-sequence-counter-wrap', (rng) => {
    const start = rng.int(50000, 65000)
    const count = rng.int(70000 - start, 100000 - start)
    const sum = start + count
    return {
      stem: `A stream’s 16-bit RTP sequence number was ${dec(start)} on a packet; it adds 1 for each later packet and wraps from 65,535 to 0. What sequence number does the packet ${dec(count)} packets later carry?`,
      key: dec(sum % 65536),
      wrong: [
        [dec(sum - 32768), 'wraps at 32,768, the signed limit'],
        [dec(count % 65536), 'counts from zero instead of from the start'],
        [dec(sum % 65535), 'wraps at 65,535 instead of after it'],
        ...(sum % 65536 >= 32768
          ? [[dec(signed(sum % 65536, 16)), 'reads the 16-bit number as signed'] as const]
          : []),
      ],
      figures: { start, count },
    }
  }),
  scenario('nsys-truncate-to-int8', (rng) => {
    const v = rng.int(1, 7) * 256 + rng.int(0x81, 0xff)
    return {
      stem: `C code assigns the int value ${dec(v)} to an int8_t; on this compiler the conversion keeps the low 8 bits and reads them as two’s complement. What value does the int8_t hold?`,
      key: dec(signed(v & 0xff, 8)),
      wrong: [
        [dec(127), 'saturates at the largest int8 value'],
        [dec(v & 0xff), 'reads the low byte as unsigned'],
        [dec(v >> 8), 'keeps the high byte'],
        [dec(v % 128), 'keeps seven bits, dropping the sign bit'],
        [dec(-(v & 0x7f)), 'reads bit 7 of the low byte as a minus sign (sign-magnitude)'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-value-to-offset-binary-code', (rng) => {
    const m = rng.int(300, 32000)
    const v = rng.pick([-1, 1]) * m
    const key = v + 0x8000
    const twos = n(wrap(v, 16))
    need((key & 0xff) !== key >> 8 && (twos & 0xff) !== twos >> 8, 'bytes that differ')
    return {
      stem: `A bipolar 16-bit DAC takes its code in offset binary, most significant byte first: 0x8000 gives zero output, 0x0000 the most negative (-32,768 counts) and 0xFFFF the most positive (+32,767). Which code sets an output of ${v < 0 ? '-' : '+'}${dec(m)} counts?`,
      key: hex(key, 4),
      wrong: [
        [hex(twos, 4), 'writes the two’s complement code'],
        [hex(swapBytes(key, 2), 4), 'writes the low byte first'],
        v < 0
          ? [hex(0x8000 | m, 4), 'sets the top bit on the magnitude (sign-magnitude)']
          : [hex(0x8000 - m, 4), 'subtracts the value from midscale, reversing the polarity'],
        v < 0
          ? [hex(m, 4), 'writes the magnitude without the sign or the offset']
          : [hex(swapBytes(twos, 2), 4), 'writes the two’s complement code, low byte first'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-uint8-average-wrap', (rng) => {
    // Sums that wrap to 200 or more, so the key has three digits like the slips above it.
    const a = rng.int(206, 250)
    const b = rng.int(Math.max(206, 456 - a), 250)
    const sum = a + b
    return {
      stem: `Firmware averages two uint8_t brightness values, ${a} and ${b}, by storing their sum in a uint8_t (which wraps modulo 256) and then shifting it right by one. What average does it compute?`,
      key: dec((sum % 256) >> 1),
      wrong: [
        [dec(sum >> 1), 'assumes the sum does not wrap'],
        [dec(255 >> 1), 'saturates the sum at 255'],
        [dec((sum % 128) >> 1), 'wraps at 128, the int8 limit, instead of 256'],
        [dec(sum % 256), 'forgets the shift after the wrap'],
      ],
      figures: { a, b },
    }
  }),
  scenario('nsys-int16-multiply-wrap', (rng) => {
    // A positive product past 32,767 wraps negative; a negative one past -32,768 wraps positive.
    const sign = rng.pick([1, -1])
    const a = rng.int(150, 400)
    const b = sign * rng.int(Math.ceil(33000 / a), Math.floor(64000 / a))
    const p = a * b
    need(Math.abs(p) > 32768 && Math.abs(p) < 65536, 'one wrap')
    const key = n(signed(wrap(p, 16), 16))
    return {
      stem: `A fixed-width routine multiplies two int16_t values, ${dec(a)} and ${dec(b)}, and keeps the low 16 bits of the product in an int16_t (two’s complement). What value does it keep?`,
      key: dec(key),
      wrong: [
        sign > 0
          ? [dec(32767), 'saturates at the largest int16 value']
          : [dec(-32768), 'saturates at the smallest int16 value'],
        sign > 0
          ? [dec(p), 'reads the 16 bits as unsigned']
          : [dec(p), 'keeps the product as if the variable were wider'],
        [dec(p - sign * 32768), 'wraps at 32,768'],
        sign > 0
          ? [dec(-(p & 0x7fff)), 'reads the top bit as a minus sign (sign-magnitude)']
          : [dec(-key), 'multiplies the magnitudes and wraps, dropping the operand’s minus sign'],
        sign > 0
          ? [dec(-32768), 'takes the overflow to land on the smallest int16 value']
          : [dec(32767), 'takes the overflow to land on the largest int16 value'],
      ],
      figures: { a, b },
    }
  }),
]
