import type { Rng } from '../../rng.js'
import { dec, hex, need, scenario, signed, swapBytes } from './nsys-text.js'

// Floating point and fixed point: IEEE 754 fields and bias, the integers and spacings a format
// can hold, special bit patterns, binary fractions, Q formats as DSP and sensor code use them,
// and integer division as C and Python define it. Values are drawn so every answer is an exact
// binary fraction written as its exact decimal; the slips are a wrong bias, a forgotten implicit
// 1, a power of ten for a power of two, scaling by the wrong Q, and one language's rounding for
// another's.

/** `num ÷ den` written exactly in decimal (den has no prime factor but 2 and 5), grouped. */
export function exactDec(num: bigint, den: bigint): string {
  const neg = num < 0n !== den < 0n && num !== 0n
  const a = num < 0n ? -num : num
  const d = den < 0n ? -den : den
  let k = 0
  while ((a * 10n ** BigInt(k)) % d !== 0n) {
    k++
    if (k > 60) throw new Error('never: drawn values are terminating decimals')
  }
  const t = ((a * 10n ** BigInt(k)) / d).toString().padStart(k + 1, '0')
  const whole = dec(BigInt(k ? t.slice(0, -k) : t))
  return `${neg ? '-' : ''}${whole}${k ? `.${t.slice(-k)}` : ''}`
}
/** `m × 2^e` exactly. */
export const dyadic = (m: bigint, e: number): string =>
  e >= 0 ? exactDec(m * 2n ** BigInt(e), 1n) : exactDec(m, 2n ** BigInt(-e))

/** A float32 drawn with a short fraction: sign, unbiased exponent, and 5 fraction bits. */
const drawFloat = (rng: Rng, low: number, high: number) => {
  const s = rng.int(0, 1)
  const e = rng.int(low, high)
  const k = rng.int(1, 31)
  return { s, e, k }
}
const f32bits = (s: number, biased: number, frac23: number) =>
  (s * 2 ** 31 + biased * 2 ** 23 + frac23) >>> 0
const signOf = (s: number) => (s ? -1n : 1n)

/** A decimal with `places` places from an integer count of 10^-places, rounded half away. */
function fixedRound(num: bigint, den: bigint, places: number): string {
  const neg = num < 0n !== den < 0n && num !== 0n
  const a = (num < 0n ? -num : num) * 10n ** BigInt(places)
  const d = den < 0n ? -den : den
  const q = (2n * a + d) / (2n * d)
  const t = q.toString().padStart(places + 1, '0')
  return `${neg && q !== 0n ? '-' : ''}${dec(BigInt(t.slice(0, -places)))}.${t.slice(-places)}`
}

const SPECIAL = {
  posInf: 'positive infinity',
  negInf: 'negative infinity',
  nan: 'NaN (not a number)',
  negZero: 'negative zero',
  posZero: 'positive zero',
  posSub: 'a positive subnormal number',
  posNormal: 'a positive normal number',
  negNormal: 'a negative normal number',
  max: 'the largest finite float32',
} as const

export const FLOAT_FAMILIES = [
  scenario('nsys-float32-hex-to-value', (rng) => {
    const { s, e, k } = drawFloat(rng, -3, 9)
    const bits = f32bits(s, e + 127, k << 18)
    const m = signOf(s) * BigInt(32 + k)
    const tens = e >= 0 ? exactDec(m * 10n ** BigInt(e), 32n) : exactDec(m, 32n * 10n ** BigInt(-e))
    return {
      stem: `A sensor’s register map says a reading is an IEEE 754 binary32 float: 1 sign bit, 8 exponent bits with bias 127, 23 fraction bits after an implicit leading 1. The register holds ${hex(bits, 8)}. What value is it?`,
      key: dyadic(m, e - 5),
      wrong: [
        [dyadic(signOf(s) * BigInt(k), e - 5), 'leaves out the implicit leading 1'],
        [dyadic(m, e - 6), 'subtracts a bias of 128'],
        [dyadic(m, e - 4), 'subtracts a bias of 126'],
        [tens, 'applies the exponent as a power of ten'],
        ...(s ? [[dyadic(-m, e - 5), 'ignores the sign bit'] as const] : []),
      ],
      figures: { bits },
    }
  }),
  scenario('nsys-value-to-float32-hex', (rng) => {
    const { s, e, k } = drawFloat(rng, 1, 12)
    const m = signOf(s) * BigInt(32 + k)
    const key = f32bits(s, e + 127, k << 18)
    return {
      stem: `You must hard-code the constant ${dyadic(m, e - 5)} as the raw bits of an IEEE 754 binary32 float (1 sign bit, 8 exponent bits with bias 127, 23 fraction bits after an implicit leading 1). Which 32-bit word is it?`,
      key: hex(key, 8),
      wrong: [
        [hex(f32bits(s, e, k << 18), 8), 'stores the exponent without the bias'],
        [hex(f32bits(s, e + 128, k << 18), 8), 'adds a bias of 128'],
        [hex(f32bits(s, e + 127, (32 + k) << 17), 8), 'stores the leading 1 in the fraction'],
        [hex(swapBytes(key, 4), 8), 'writes the bytes little-endian'],
        ...(s
          ? [[hex(f32bits(0, e + 127, k << 18), 8), 'leaves the sign bit clear'] as const]
          : []),
      ],
      figures: { s, e, k },
    }
  }),
  scenario('nsys-half-float-hex-to-value', (rng) => {
    const { s, e, k } = drawFloat(rng, -3, 10)
    const bits = s * 0x8000 + (e + 15) * 0x400 + (k << 5)
    const m = signOf(s) * BigInt(32 + k)
    const tens = e >= 0 ? exactDec(m * 10n ** BigInt(e), 32n) : exactDec(m, 32n * 10n ** BigInt(-e))
    return {
      stem: `A GPU texture stores values as IEEE 754 binary16 (half precision): 1 sign bit, 5 exponent bits with bias 15, 10 fraction bits after an implicit leading 1. A texel holds ${hex(bits, 4)}. What value is it?`,
      key: dyadic(m, e - 5),
      wrong: [
        [dyadic(signOf(s) * BigInt(k), e - 5), 'leaves out the implicit leading 1'],
        [dyadic(m, e - 6), 'subtracts a bias of 16'],
        [dyadic(m, e - 4), 'subtracts a bias of 14'],
        [tens, 'applies the exponent as a power of ten'],
        ...(s ? [[dyadic(-m, e - 5), 'ignores the sign bit'] as const] : []),
      ],
      figures: { bits },
    }
  }),
  scenario('nsys-double-exponent-field', (rng) => {
    const k = rng.int(4, 30)
    const j = rng.int(1, 7)
    const v = BigInt(8 + j) * 2n ** BigInt(k - 3)
    const decimalExp = v.toString().length - 1
    need(decimalExp !== k, 'a decimal exponent that differs')
    return {
      stem: `A binary64 double stores a value as 1.f × 2^E, with the exponent field holding E + 1023 (bias 1023). A data file holds the double ${dec(v)}. What does its 11-bit exponent field hold, in decimal?`,
      key: dec(k + 1023),
      wrong: [
        [dec(k + 127), 'uses the binary32 bias, 127'],
        [
          dec((k + 1023) * 16 + 2 * j),
          'reads the top 16 bits of the double as the field, without shifting them right by four',
        ],
        [dec(1023 - k), 'subtracts the exponent from the bias'],
        [dec(k + 2047), 'uses the largest field value, 2,047, as the bias'],
        [dec(decimalExp + 1023), 'uses the power of ten instead of the power of two'],
      ],
      figures: { v: v.toString() },
    }
  }),
  scenario('nsys-first-inexact-integer', (rng) => {
    const [name, width, f] = rng.pick([
      ['binary16', 16, 10],
      ['binary32', 32, 23],
      ['binary64', 64, 52],
    ] as const)
    const p = 2n ** BigInt(f + 1)
    return {
      stem: `An accumulator counts events in an IEEE 754 ${name} value, which has ${f} stored fraction bits after an implicit leading 1. What is the smallest positive integer the format cannot store exactly?`,
      key: dec(p + 1n),
      wrong: [
        [dec(p), 'takes the last exact power of two as the first inexact integer'],
        [dec(2n ** BigInt(f) + 1n), 'leaves out the implicit leading 1'],
        [dec(2n ** BigInt(width - 1)), 'uses the same-width integer type’s limit'],
        [dec(2n ** BigInt(f + 2) + 1n), 'counts the sign bit as a significand bit'],
      ],
      figures: { f, width },
    }
  }),
  scenario('nsys-float32-special-pattern', (rng) => {
    const kind = rng.pick(['posInf', 'negInf', 'nan', 'negZero', 'posSub'] as const)
    const frac = rng.int(1, 0x7fffff)
    const bits =
      kind === 'posInf'
        ? 0x7f800000
        : kind === 'negInf'
          ? 0xff800000
          : kind === 'nan'
            ? f32bits(rng.int(0, 1), 255, frac)
            : kind === 'negZero'
              ? 0x80000000
              : f32bits(0, 0, frac)
    const wrong: Readonly<Record<typeof kind, readonly (readonly [string, string])[]>> = {
      posInf: [
        [SPECIAL.nan, 'takes every all-ones exponent as NaN'],
        [SPECIAL.negInf, 'reads a clear sign bit as negative'],
        [SPECIAL.posNormal, 'reads the all-ones exponent as an ordinary exponent'],
        [SPECIAL.max, 'reads all-ones in the exponent as the largest finite value'],
      ],
      negInf: [
        [SPECIAL.posInf, 'ignores the sign bit'],
        [SPECIAL.nan, 'takes every all-ones exponent as NaN'],
        [SPECIAL.negNormal, 'reads the all-ones exponent as an ordinary exponent'],
        [SPECIAL.negZero, 'sees the zero fraction and reads a zero'],
      ],
      nan: [
        [
          bits >= 0x80000000 ? SPECIAL.negInf : SPECIAL.posInf,
          'ignores the fraction when the exponent is all ones',
        ],
        [
          bits >= 0x80000000 ? SPECIAL.negNormal : SPECIAL.posNormal,
          'reads the all-ones exponent as an ordinary exponent',
        ],
        [SPECIAL.max, 'reads all-ones in the exponent as the largest finite value'],
        [SPECIAL.posZero, 'reads a pattern that is not a number as zero'],
      ],
      negZero: [
        [SPECIAL.posZero, 'ignores the sign bit of a zero'],
        [SPECIAL.negInf, 'takes the sign bit alone as minus infinity'],
        [SPECIAL.nan, 'takes a zero with a sign as not a number'],
        [SPECIAL.negNormal, 'reads the set top bit as a magnitude'],
      ],
      posSub: [
        [SPECIAL.posZero, 'reads a zero exponent field as zero whatever the fraction'],
        [SPECIAL.posNormal, 'applies the implicit leading 1 to a zero exponent field'],
        [SPECIAL.nan, 'takes an exponent of zero as invalid'],
        [SPECIAL.negZero, 'reads a zero exponent field as a signed zero'],
      ],
    }
    return {
      stem: `A debugger shows a float variable’s raw bits as ${hex(bits, 8)}. The variable is an IEEE 754 binary32 float (1 sign bit, 8 exponent bits, 23 fraction bits). In binary32 an exponent field of all ones means infinity when the fraction is zero and NaN otherwise; an exponent field of zero means zero when the fraction is zero and a subnormal number otherwise; the sign bit gives the sign of each. What does it hold?`,
      key: SPECIAL[kind],
      wrong: wrong[kind],
      figures: { bits },
    }
  }),
  scenario('nsys-negate-float32-bits', (rng) => {
    const { e, k } = drawFloat(rng, -3, 9)
    const v = f32bits(0, e + 127, k << 18)
    return {
      stem: `A DSP routine negates a float by manipulating its IEEE 754 binary32 bits directly (1 sign bit, 8 exponent bits, 23 fraction bits). The value ${dyadic(BigInt(32 + k), e - 5)} is stored as ${hex(v, 8)}. Which bit pattern holds its negative?`,
      key: hex((v ^ 0x80000000) >>> 0, 8),
      wrong: [
        [hex(2 ** 32 - v, 8), 'negates the bits as a two’s complement integer'],
        [hex(~v >>> 0, 8), 'inverts every bit'],
        [hex((v ^ 0x40000000) >>> 0, 8), 'flips the top bit of the exponent'],
        [hex((v ^ 0x00800000) >>> 0, 8), 'flips the lowest exponent bit'],
      ],
      figures: { v },
    }
  }),
  scenario('nsys-binary-fraction-to-decimal', (rng) => {
    const whole = rng.int(2, 7)
    const places = rng.int(3, 4)
    const frac = 2 * rng.int(0, 2 ** (places - 1) - 1) + 1
    const fb = frac.toString(2).padStart(places, '0')
    const rev = Number.parseInt([...fb].reverse().join(''), 2)
    need(rev !== frac, 'an asymmetric fraction')
    const wb = whole.toString(2)
    return {
      stem: `A fixed-point datasheet writes a gain as the binary number ${wb}.${fb}. What is it in decimal?`,
      key: exactDec(BigInt(whole * 2 ** places + frac), 2n ** BigInt(places)),
      wrong: [
        [`${whole}.${frac}`, 'reads the fraction bits as a whole number after the point'],
        [
          exactDec(BigInt(whole * 2 ** places + rev), 2n ** BigInt(places)),
          'weights the fraction bits from the right',
        ],
        [`${wb}.${fb}`, 'reads the digits as a decimal number'],
        [
          exactDec(BigInt(whole * 2 ** (places + 1) + frac), 2n ** BigInt(places + 1)),
          'weights the first fraction bit as a quarter',
        ],
      ],
      figures: { whole, places, frac },
    }
  }),
  scenario('nsys-q15-to-value', (rng) => {
    const k = 2 * rng.int(-64, 63) + 1
    need(Math.abs(k) >= 3, 'a value away from zero')
    const raw = (k * 256 + 65536) % 65536
    const six = (num: bigint, den: bigint) => fixedRound(num, den, 6)
    const sv = BigInt(signed(raw, 16))
    return {
      stem: `A DSP library stores filter coefficients as Q1.15: a signed 16-bit two’s complement integer divided by 32,768. A coefficient reads ${hex(raw, 4)}. What is its value, to six decimal places (a final 5 rounded away from zero)?`,
      key: six(sv, 32768n),
      wrong: [
        [six(sv, 256n), 'divides by 256, as for Q8.8'],
        [six(sv, 65536n), 'divides by 65,536, as for Q16'],
        [six(sv, 16384n), 'divides by 16,384, as for Q2.14'],
        [six(BigInt(swapBytes(raw, 2)), 32768n), 'reads the bytes in the opposite order'],
        ...(k < 0 ? [[six(BigInt(raw), 32768n), 'reads the integer as unsigned'] as const] : []),
      ],
      figures: { raw },
    }
  }),
  scenario('nsys-value-to-q15-hex', (rng) => {
    const thousandths = rng.int(-990, 990)
    need(Math.abs(thousandths) >= 50, 'a coefficient away from zero')
    const q = (scale: number) => {
      const x = (thousandths * scale) / 1000
      return Math.sign(x) * Math.floor(Math.abs(x) + 0.5)
    }
    const raw = (q(32768) + 65536) % 65536
    const x = exactDec(BigInt(thousandths), 1000n)
    return {
      stem: `You must load the filter coefficient ${x} into a DSP as Q1.15: the value times 32,768, rounded to the nearest integer, stored as a signed 16-bit two’s complement word. Which word do you load?`,
      key: hex(raw, 4),
      wrong: [
        [hex((q(256) + 65536) % 65536, 4), 'scales by 256, as for Q8.8'],
        [hex((thousandths + 65536) % 65536, 4), 'stores the decimal digits as the integer'],
        [hex(swapBytes(raw, 2), 4), 'writes the low byte first'],
        ...(thousandths < 0
          ? [
              [
                hex(0x8000 | -q(32768), 4),
                'sets the top bit on the magnitude (sign-magnitude)',
              ] as const,
            ]
          : []),
      ],
      figures: { thousandths },
    }
  }),
  scenario('nsys-value-to-q8-8', (rng) => {
    const whole = rng.int(1, 90)
    const cents = rng.int(10, 99)
    need(cents % 25 !== 0, 'a fraction that needs rounding')
    const hundredths = whole * 100 + cents
    const raw = Math.floor((hundredths * 256) / 100 + 0.5)
    return {
      stem: `A motor driver takes its current limit in Q8.8 (the value times 256, rounded to the nearest integer, as an unsigned 16-bit word). Which word sets a limit of ${whole}.${cents} A?`,
      key: hex(raw, 4),
      wrong: [
        [hex(hundredths, 4), 'scales by 100'],
        [hex(whole * 256 + cents, 4), 'puts the decimal digits after the point in the low byte'],
        [hex(swapBytes(raw, 2), 4), 'writes the low byte first'],
        [hex(whole * 256, 4), 'drops the fraction'],
      ],
      figures: { hundredths },
    }
  }),
  scenario('nsys-q8-8-multiply', (rng) => {
    const a = rng.int(0x0100, 0x0700)
    const b = rng.int(0x0100, 0x0700)
    need(a % 256 !== 0 && b % 256 !== 0, 'both factors with a fraction')
    const p = a * b
    return {
      stem: `Two Q8.8 values (value times 256, unsigned 16-bit), ${hex(a, 4)} and ${hex(b, 4)}, are multiplied into a 32-bit product, and the result is stored back as Q8.8 (shifting right to restore 8 fraction bits). Which 16-bit word results?`,
      key: hex(p >> 8, 4),
      wrong: [
        [hex(p & 0xffff, 4), 'keeps the low 16 bits without shifting'],
        [hex(Math.floor(p / 65536), 4), 'shifts right by 16'],
        [hex(((a >> 8) * (b >> 8)) << 8, 4), 'multiplies the integer parts only'],
        [hex(Math.floor(p / 65536) << 8, 4), 'shifts right by 16 and back left by 8'],
      ],
      figures: { a, b },
    }
  }),
  scenario('nsys-integer-division-negative', (rng) => {
    const a = rng.int(7, 99)
    const b = rng.int(3, 9)
    need(a % b !== 0, 'a division with a remainder')
    const lang = rng.pick(['C', 'Python'] as const)
    const tq = -Math.floor(a / b)
    const fq = -Math.ceil(a / b)
    const pair = (q: number, r: number) => `quotient ${dec(q)}, remainder ${dec(r)}`
    const c = pair(tq, -a - tq * b)
    const py = pair(fq, -a - fq * b)
    const rq = Math.sign(-a / b) * Math.floor(Math.abs(-a / b) + 0.5)
    const stem =
      lang === 'C'
        ? `In C, integer division truncates toward zero and the remainder takes the sign of the dividend. What do -${a} / ${b} and -${a} % ${b} give?`
        : `In Python, // rounds the quotient down (toward minus infinity) and % takes the sign of the divisor. What do -${a} // ${b} and -${a} % ${b} give?`
    return {
      stem,
      key: lang === 'C' ? c : py,
      wrong: [
        [
          lang === 'C' ? py : c,
          lang === 'C'
            ? 'rounds the quotient down as Python does'
            : 'truncates toward zero as C does',
        ],
        [pair(tq, a % b), 'truncates the quotient but gives the remainder the divisor’s sign'],
        [
          pair(fq, -(a % b)),
          'rounds the quotient down but gives the remainder the dividend’s sign',
        ],
        [pair(rq, -a - rq * b), 'rounds the quotient to the nearest integer'],
      ],
      figures: { a, b, lang },
    }
  }),
  scenario('nsys-adc-millivolts-integer', (rng) => {
    const code = rng.int(150, 4000)
    const mv = Math.floor((code * 3300) / 4096)
    const coarse = Math.floor((code * 33) / 4096) * 100
    return {
      stem: `Firmware converts a 12-bit ADC code to millivolts with unsigned 32-bit integer arithmetic, \`mv = code * 3300 / 4096\` (3.3 V reference, 4,096 codes, division truncating). What does it report for code ${dec(code)}?`,
      key: dec(mv),
      wrong: [
        [dec(Math.floor((code * 3300) / 1024)), 'divides by 1,024, as for a 10-bit ADC'],
        [dec(Math.floor((code * 3300) / 65536)), 'divides by 65,536, as for a 16-bit ADC'],
        [dec(Math.floor((code * 3300) / 2048)), 'shifts right by 11 bits instead of 12'],
        [
          dec(Math.floor(((code * 3300) % 65536) / 4096)),
          'computes code × 3300 in a 16-bit variable, which wraps before the division',
        ],
        ...(Math.abs(coarse - mv) >= mv / 100
          ? [[dec(coarse), 'divides before scaling by 100, losing the remainder'] as const]
          : []),
      ],
      figures: { code },
    }
  }),
  scenario('nsys-float32-spacing', (rng) => {
    const k = rng.int(24, 40)
    const v = 2n ** BigInt(k) + BigInt(rng.int(1, 2 ** 20)) * 2n ** BigInt(k - 23)
    return {
      stem: `A float32 accumulator in a metering device holds ${dec(v)}, which lies between 2^${k} and 2^${k + 1}. Binary32 has 23 stored fraction bits after an implicit leading 1. What is the gap between this value and the next larger float32?`,
      key: dec(2n ** BigInt(k - 23)),
      wrong: [
        [dec(2n ** BigInt(k - 24)), 'counts the implicit 1 among the 23 stored bits'],
        [dec(2n ** BigInt(k - 22)), 'takes the power of two above the value'],
        [dec(2n ** BigInt(k - 10)), 'uses binary16’s 10 fraction bits'],
        [
          dec(10n ** BigInt(v.toString().length - 7)),
          'assumes float32 keeps seven significant decimal digits',
        ],
      ],
      figures: { v: v.toString(), k },
    }
  }),
  scenario('nsys-exact-binary-decimal', (rng) => {
    const den = rng.pick([4, 8, 16])
    const key = exactDec(
      BigInt(rng.int(1, 99) * den + 2 * rng.int(0, den / 2 - 1) + 1),
      BigInt(den),
    )
    // A decimal whose lowest terms keep a factor of 5 below: the last digit is not 0 and the
    // numerator is no multiple of the denominator's power of five.
    const notDyadic = (places: number) => {
      const d = 10 ** places
      for (;;) {
        const n = rng.int(1, 99 * d)
        if (n % 10 !== 0 && n % 5 ** places !== 0) return exactDec(BigInt(n), BigInt(d))
      }
    }
    const [t1, t2, t3, t4] = [notDyadic(1), notDyadic(2), notDyadic(3), notDyadic(4)]
    return {
      stem: `A pricing engine stores amounts as binary64 doubles. A double holds a fraction exactly only when, in lowest terms, its denominator is a power of two. Which of these amounts does a double hold exactly?`,
      key,
      wrong: [
        [t1, 'takes tenths as exact, though 10 has a factor of 5'],
        [t2, 'takes hundredths as exact, though 100 has a factor of 5'],
        [t3, 'takes thousandths as exact, though 1,000 has a factor of 5'],
        [t4, 'takes any four-place decimal as exact'],
      ],
      figures: { key, t1, t2, t3, t4 },
    }
  }),
]
