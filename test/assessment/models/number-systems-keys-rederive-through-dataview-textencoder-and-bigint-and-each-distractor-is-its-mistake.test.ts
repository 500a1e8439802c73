import { afterAll, expect } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BASES_FAMILIES } from '../../../src/assessment/models/nsys/bases-families.js'
import { BITS_FAMILIES } from '../../../src/assessment/models/nsys/bits-families.js'
import { BYTES_FAMILIES } from '../../../src/assessment/models/nsys/bytes-families.js'
import { FLOAT_FAMILIES } from '../../../src/assessment/models/nsys/float-families.js'
import { NSYS_MODELS } from '../../../src/assessment/models/nsys/nsys-models.js'
import type { NsysScenario } from '../../../src/assessment/models/nsys/nsys-text.js'
import { SIGNED_FAMILIES } from '../../../src/assessment/models/nsys/signed-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...BASES_FAMILIES,
  ...SIGNED_FAMILIES,
  ...BITS_FAMILIES,
  ...BYTES_FAMILIES,
  ...FLOAT_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<NsysScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Writing numbers, done again here with the platform's own formatting, not the families'.
type F = Readonly<Record<string, number | string>>
type Route = (f: F) => SecondWorking
const num = (f: F, k: string): number => Number(f[k])
/** Grouped decimal, as `Intl` writes it for en-US. */
const D = (n: number | bigint): string => n.toLocaleString('en-US')
/** `0x` and upper-case hex digits to a width. */
const H = (n: number | bigint, width: number): string =>
  `0x${n.toString(16).toUpperCase().padStart(width, '0')}`
/** Binary to a width, spaced every four digits from the left (widths are multiples of four). */
const Bn = (n: number | bigint, width: number): string =>
  (n.toString(2).padStart(width, '0').match(/.{4}/g) ?? []).join(' ')
/** `num ÷ den` to `places` decimals, half away from zero, grouped; exact BigInt arithmetic. */
function fix(n: bigint, d: bigint, places: number): string {
  const neg = n < 0n !== d < 0n && n !== 0n
  const a = (n < 0n ? -n : n) * 10n ** BigInt(places)
  const b = d < 0n ? -d : d
  const q = a / b + (2n * (a % b) >= b ? 1n : 0n)
  const s = q.toString().padStart(places + 1, '0')
  const whole = BigInt(s.slice(0, s.length - places)).toLocaleString('en-US')
  return `${neg && q !== 0n ? '-' : ''}${whole}${places ? `.${s.slice(-places)}` : ''}`
}
/** An exact terminating decimal of `n ÷ d`, shortest, grouped. */
function exact(n: bigint, d: bigint): string {
  for (let k = 0; k < 80; k++) {
    const a = (n < 0n ? -n : n) * 10n ** BigInt(k)
    const b = d < 0n ? -d : d
    if (a % b === 0n) return fix(n, d, k)
  }
  throw new Error('not a terminating decimal')
}
const rev = (s: string) => [...s].reverse().join('')
const ok = (key: string, ...wrong: readonly string[]): SecondWorking => ({ key, wrong })

// ---- Byte order through DataView: the platform's own big- and little-endian reads.
const view = (bytes: number) => new DataView(new ArrayBuffer(bytes))
function le16(v: number): number {
  const d = view(2)
  d.setUint16(0, v)
  return d.getUint16(0, true)
}
function le32(v: number): number {
  const d = view(4)
  d.setUint32(0, v)
  return d.getUint32(0, true)
}
function s16(v: number): number {
  const d = view(2)
  d.setUint16(0, v)
  return d.getInt16(0)
}
function s8(v: number): number {
  const d = view(1)
  d.setUint8(0, v)
  return d.getInt8(0)
}
function s32(v: number): number {
  const d = view(4)
  d.setUint32(0, v)
  return d.getInt32(0)
}
const nibSwap = (b: number) => Number.parseInt(rev(b.toString(16).padStart(2, '0')), 16)

const BASES: Readonly<Record<string, Route>> = {
  'nsys-word-hex-to-decimal': (f) => {
    const v = num(f, 'v')
    const h = v.toString(16).padStart(4, '0')
    const weigh = (base: number) => [...h].reduce((a, c) => a * base + Number.parseInt(c, 16), 0)
    return ok(
      D(v),
      D(le16(v)),
      D(weigh(10)),
      D(weigh(8)),
      D(Number.parseInt(rev(h), 16)),
      ...(v >= 0x8000 ? [D(s16(v))] : []),
    )
  },
  'nsys-dword-hex-to-decimal': (f) => {
    const v = num(f, 'v')
    const h = v.toString(16).padStart(8, '0')
    return ok(
      D(v),
      D(le32(v)),
      D(Number.parseInt(h.slice(4) + h.slice(0, 4), 16)),
      D(Number.parseInt(h.slice(0, 4), 16)),
      D(Number.parseInt(h.slice(4), 16)),
      ...(v >= 2 ** 31 ? [D(s32(v))] : []),
    )
  },
  'nsys-decimal-to-hex-word': (f) => {
    const n = num(f, 'n')
    const h = n.toString(16).padStart(4, '0')
    return ok(
      H(n, 4),
      `0x${rev(h).toUpperCase()}`,
      H(le16(n), 4),
      `0x${String(n).padStart(4, '0')}`,
      `0x${n.toString(8).padStart(4, '0')}`,
    )
  },
  'nsys-binary-byte-to-hex': (f) => {
    const v = num(f, 'v')
    const b = v.toString(2).padStart(8, '0')
    return ok(
      H(v, 2),
      H(nibSwap(v), 2),
      H(Number.parseInt(rev(b), 2), 2),
      H(Number.parseInt(rev(b.slice(0, 4)) + rev(b.slice(4)), 2), 2),
      ...(v < 100 ? [`0x${String(v).padStart(2, '0')}`] : []),
    )
  },
  'nsys-binary-byte-to-decimal': (f) => {
    const v = num(f, 'v')
    const b = v.toString(2).padStart(8, '0')
    return ok(
      D(v),
      D(Number.parseInt(`${b}0`, 2)),
      D(Number.parseInt(b.slice(0, 7), 2)),
      D(Number.parseInt(rev(b), 2)),
      D(
        Number.parseInt(
          b.replace(/./g, (c) => (c === '0' ? '1' : '0')),
          2,
        ),
      ),
    )
  },
  'nsys-decimal-to-binary-byte': (f) => {
    const n = num(f, 'n')
    const b = n.toString(2).padStart(8, '0')
    const sp = (s: string) => `${s.slice(0, 4)} ${s.slice(4)}`
    return ok(
      sp(b),
      sp(rev(b)),
      sp(b.slice(4) + b.slice(0, 4)),
      sp(`0${b.slice(0, 7)}`),
      ...(n < 100
        ? [
            sp(
              [...String(n).padStart(2, '0')]
                .map((c) => Number(c).toString(2).padStart(4, '0'))
                .join(''),
            ),
          ]
        : []),
    )
  },
  'nsys-octal-literal-to-decimal': (f) => {
    const t = String(f.text)
    const oct = (s: string) => [...s].reduce((a, c) => a * 8 + Number(c), 0)
    return ok(
      D(oct(t)),
      D(Number(t)),
      D([...t].reduce((a, c) => a * 16 + Number(c), 0)),
      D(oct(rev(t))),
      ...(t.length === 4 ? [D(oct(t.slice(1)))] : []),
    )
  },
  'nsys-hex-colour-to-rgb': (f) => {
    const c = [num(f, 'r'), num(f, 'g'), num(f, 'b')]
    const css = (xs: readonly number[]) => `rgb(${xs.join(', ')})`
    const digits = (x: number) => x.toString(16).padStart(2, '0')
    return ok(
      css(c),
      css([...c].reverse()),
      css(c.map(nibSwap)),
      css(
        c.map((x) => Number.parseInt(digits(x)[0]!, 16) * 10 + Number.parseInt(digits(x)[1]!, 16)),
      ),
      css(
        c.map((x) => Number.parseInt(digits(x)[0]!, 16) * 8 + Number.parseInt(digits(x)[1]!, 16)),
      ),
    )
  },
  'nsys-stack-top-address': (f) => {
    const start = BigInt(num(f, 'start'))
    const kib = BigInt(num(f, 'kib'))
    // The stack top is the origin plus the length; each slip changes the length it adds.
    const top = (length: bigint) => H(start + length, 8)
    return ok(
      top(kib << 10n),
      top((kib << 10n) - 1n),
      top(kib * 1000n),
      top(BigInt(`0x${(kib << 10n).toString()}`)),
      top(BigInt(`0x${kib.toString()}`) << 10n),
      H(kib << 10n, 8),
    )
  },
  'nsys-hex-offset-add': (f) => {
    const [base, off] = [num(f, 'base'), num(f, 'offset')]
    const bh = base.toString(16).padStart(4, '0')
    const oh = off.toString(16).padStart(4, '0')
    let noCarry = ''
    let decimalCarry = ''
    let carry = 0
    for (let i = 3; i >= 0; i--) {
      const a = Number.parseInt(bh[i]!, 16) + Number.parseInt(oh[i]!, 16)
      noCarry = (a % 16).toString(16) + noCarry
      const s = a + carry
      decimalCarry = ((s >= 10 ? s - 10 : s) % 16).toString(16) + decimalCarry
      carry = s >= 10 ? 1 : 0
    }
    return ok(
      H(base + off, 4),
      `0x${noCarry.toUpperCase()}`,
      `0x${decimalCarry.toUpperCase()}`,
      H(base + Number(oh), 4),
      `0x${String(base + off).padStart(4, '0')}`,
    )
  },
  'nsys-hex-digit-place-value': (f) => {
    const [v, p] = [num(f, 'v'), num(f, 'p')]
    const digits = v.toString(16).padStart(8, '0')
    const d = Number.parseInt(digits[7 - p]!, 16)
    // The same digit's place counted from the left: its index in the written digits.
    const left = digits.indexOf(digits[7 - p]!)
    return ok(
      D(d * 16 ** p),
      D(d * 16 ** (p + 1)),
      D(d * 10 ** p),
      D(d * 2 ** p),
      D(d * 8 ** p),
      ...(left !== p + 1 ? [D(d * 16 ** left)] : []),
    )
  },
  'nsys-hex-size-to-mib': (f) => {
    const b = BigInt(num(f, 'bytes'))
    const m = (d: bigint, n = b) => `${fix(n, d, 2)} MiB`
    const digits = b.toString(16)
    return ok(
      m(1048576n),
      m(1000000n),
      m(1024n),
      m(1073741824n),
      m(16777216n),
      ...(/^\d+$/.test(digits) ? [m(1048576n, BigInt(digits))] : []),
    )
  },
  'nsys-bcd-register-to-decimal': (f) => {
    const [t, u] = [num(f, 't'), num(f, 'u')]
    const reg = Number.parseInt(`${t}${u}`, 16)
    return ok(
      D(Number(`${t}${u}`)),
      D(reg),
      D(Number(`${u}${t}`)),
      D(Number.parseInt(`${u}${t}`, 16)),
      D(reg - 6),
    )
  },
  'nsys-decimal-to-bcd-register': (f) => {
    const m = num(f, 'm')
    const s = String(m)
    return ok(`0x${s}`, H(m, 2), `0x${rev(s)}`, H(m + 6, 2), H(nibSwap(m), 2))
  },
  'nsys-hex-word-to-binary': (f) => {
    const v = num(f, 'v')
    const b = v.toString(2).padStart(16, '0')
    const h = v.toString(16).padStart(4, '0')
    const nib = (s: string) =>
      [...s].map((c) => Number.parseInt(c, 16).toString(2).padStart(4, '0'))
    return ok(
      Bn(v, 16),
      Bn(le16(v), 16),
      nib(h).map(rev).join(' '),
      Bn(Number.parseInt(rev(b), 2), 16),
      nib(rev(h)).join(' '),
    )
  },
  'nsys-binary-to-octal-grouping': (f) => {
    const [v, bits] = [num(f, 'v'), num(f, 'bits')]
    const s = v.toString(2)
    const width = Math.ceil(bits / 3)
    const o = (x: number) => `0o${x.toString(8).padStart(width, '0')}`
    const left: string[] = []
    for (let i = 0; i < s.length; i += 3) left.push(String(Number.parseInt(s.slice(i, i + 3), 2)))
    const padded = s.padEnd(3 * width, '0')
    return ok(
      o(v),
      `0o${left.join('').padStart(width, '0')}`,
      o(Number.parseInt(padded, 2)),
      o(Number.parseInt(rev(s), 2)),
      o(Number.parseInt(s.slice(bits % 3), 2)),
    )
  },
}

// ---- Two's complement through typed arrays: the platform's own wrap of a value into a width.
const i16 = (x: number) => new Int16Array([x])[0]!
const u16 = (x: number) => new Uint16Array([x])[0]!
const i8 = (x: number) => new Int8Array([x])[0]!
const u8 = (x: number) => new Uint8Array([x])[0]!
const u32 = (x: number) => new Uint32Array([x])[0]!

const SIGNED: Readonly<Record<string, Route>> = {
  'nsys-int8-byte-to-signed': (f) => {
    const v = num(f, 'v')
    // Offset binary reads the code with 0x80 as zero: the byte less its midscale.
    return ok(D(s8(v)), D(v), D(-(v - 128)), D(-u8(~v)), D(v - 0x80))
  },
  'nsys-int16-word-to-signed': (f) => {
    const v = num(f, 'v')
    return ok(D(s16(v)), D(v), D(-(v - 32768)), D(s16(le16(v))), D(i8(v % 256)))
  },
  'nsys-negative-to-int16-hex': (f) => {
    const m = num(f, 'm')
    const k = u16(-m)
    return ok(H(k, 4), H(32768 + m, 4), H(u16(~m), 4), H(m, 4), H(le16(k), 4))
  },
  'nsys-signed-field-range': (f) => {
    const h = 2n ** BigInt(num(f, 'bits') - 1)
    const r = (lo: bigint, hi: bigint) => `${D(lo)} to ${D(hi)}`
    return ok(
      r(-h, h - 1n),
      r(1n - h, h - 1n),
      r(0n, 2n * h - 1n),
      r(-2n * h, 2n * h - 1n),
      r(1n - h, h),
    )
  },
  'nsys-int16-add-overflow': (f) => {
    const s = num(f, 'x') + num(f, 'y')
    // Int16Array wraps the sum; the slips are worked from the plain sum either side of zero.
    return s > 0
      ? ok(D(i16(s)), D(32767), D(s - 32768), D(s), D(-(u16(s) - 32768)))
      : ok(D(i16(s)), D(-32768), D(s + 32768), D(s), D(i16(-s)))
  },
  'nsys-uint16-timer-elapsed': (f) => {
    const [t0, t1] = [num(f, 'then'), num(f, 'now')]
    return ok(D(u16(t1 - t0)), D(t0 - t1), D(u16(-t0)), D(t1), D(u32(t1 - t0)))
  },
  'nsys-twelve-bit-sign-extend': (f) => {
    const raw = num(f, 'raw')
    // Shift the 12-bit field to the top of an int16 and back: the platform sign-extends it.
    const ext = i16(raw << 4) >> 4
    return ok(D(ext), D(raw), D(u16(ext)), D(-(raw - 2048)), D(raw - 2048), D(i16(raw << 4)))
  },
  'nsys-int16-to-int32-sign-extend': (f) => {
    const v = num(f, 'v')
    return ok(
      H(u32(i16(v)), 8),
      H(v, 8),
      H(u32(2 ** 31 + (v - 32768)), 8),
      H(BigInt(v) << 16n, 8),
      H(u32(i8(v % 256)), 8),
    )
  },
  'nsys-negative-into-uint32': (f) => {
    const m = num(f, 'm')
    return ok(D(u32(-m)), D(m), D(2 ** 31 - m), D(u32(~m)), D(u16(-m)))
  },
  'nsys-temperature-register-sixteenths': (f) => {
    const raw = num(f, 'raw')
    const c = (n: number, d: number) => `${fix(BigInt(n), BigInt(d), 4)} °C`
    return ok(
      c(s16(raw), 16),
      c(raw, 16),
      c(s16(le16(raw)), 16),
      c(s16(raw), 10),
      c(-(raw - 32768), 16),
      c(s16(raw), 256),
    )
  },
  'nsys-unsigned-field-max': (f) => {
    const bits = BigInt(num(f, 'bits'))
    const container = bits <= 16n ? 16n : bits <= 32n ? 32n : 64n
    return ok(
      D((1n << bits) - 1n),
      D(1n << bits),
      D((1n << (bits - 1n)) - 1n),
      D((1n << container) - 1n),
      D(1n << (bits - 1n)),
    )
  },
  'nsys-sequence-counter-wrap': (f) => {
    const s = num(f, 'start') + num(f, 'count')
    return ok(
      D(u16(s)),
      D(s - 32768),
      D(u16(num(f, 'count'))),
      D(s - 65535),
      ...(u16(s) >= 32768 ? [D(i16(s))] : []),
    )
  },
  'nsys-truncate-to-int8': (f) => {
    const v = num(f, 'v')
    return ok(D(i8(v)), D(127), D(u8(v)), D(Math.floor(v / 256)), D(v % 128), D(-(u8(v) - 128)))
  },
  'nsys-value-to-offset-binary-code': (f) => {
    const v = num(f, 'v')
    // Offset binary is two's complement with the top bit flipped.
    const twos = u16(v)
    const key = twos ^ 0x8000
    return ok(
      H(key, 4),
      H(twos, 4),
      H(le16(key), 4),
      v < 0 ? H(32768 + Math.abs(v), 4) : H(32768 - v, 4),
      v < 0 ? H(Math.abs(v), 4) : H(le16(twos), 4),
    )
  },
  'nsys-uint8-average-wrap': (f) => {
    const s = num(f, 'a') + num(f, 'b')
    return ok(
      D(Math.floor(u8(s) / 2)),
      D(Math.floor(s / 2)),
      D(127),
      D(Math.floor((s % 128) / 2)),
      D(u8(s)),
    )
  },
  'nsys-int16-multiply-wrap': (f) => {
    const p = num(f, 'a') * num(f, 'b')
    return p > 0
      ? ok(D(i16(p)), D(32767), D(u16(p)), D(p - 32768), D(-(p - 32768)), D(-32768))
      : ok(D(i16(p)), D(-32768), D(p), D(p + 32768), D(i16(-p)), D(32767))
  },
}

// ---- Bits as strings of '0' and '1', bit 0 at the right end: set, clear and read by position.
const bitsOf = (v: number, width: number) => v.toString(2).padStart(width, '0').split('')
const fromBits = (bits: readonly string[]) => Number.parseInt(bits.join(''), 2)
function withBit(v: number, width: number, at: number, to: '0' | '1'): number {
  const b = bitsOf(v, width)
  b[width - 1 - at] = to
  return fromBits(b)
}
const O3 = (m: number) => `0${m.toString(8).padStart(3, '0')}`
const FLAG_NAMES = ['READY', 'BUSY', 'ERROR', 'OVERRUN', 'TXEMPTY', 'RXFULL', 'PARITY', 'TIMEOUT']
const raised = (bits: string) => {
  const on = FLAG_NAMES.filter((_, i) => bits[7 - i] === '1')
  return on.length ? on.join(', ') : 'none'
}
const dotted = (v: bigint) => [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.')

const BITS: Readonly<Record<string, Route>> = {
  'nsys-extract-bit-field': (f) => {
    const v = BigInt(num(f, 'v'))
    const [lo, w] = [BigInt(num(f, 'lo')), BigInt(num(f, 'w'))]
    const take = (at: bigint, width: bigint) => (v >> at) & ((1n << width) - 1n)
    return ok(
      D(take(lo, w)),
      D(take(lo, w) << lo),
      D(take(lo + 1n, w)),
      D(take(lo + w - 1n, w)),
      D(take(lo, w - 1n)),
    )
  },
  'nsys-set-flag-bit': (f) => {
    const [v, b] = [num(f, 'v'), num(f, 'b')]
    return ok(
      H(withBit(v, 16, b, '1'), 4),
      H(Number(BigInt(v) | BigInt(b)), 4),
      H(withBit(v, 16, b - 1, '1'), 4),
      H(withBit(0, 16, b, '1'), 4),
      H(withBit(v, 16, b, '0'), 4),
      H(withBit(v, 16, 15 - b, '1'), 4),
    )
  },
  'nsys-clear-flag-bit': (f) => {
    const [v, b] = [num(f, 'v'), num(f, 'b')]
    return ok(
      H(withBit(v, 16, b, '0'), 4),
      H(withBit(0, 16, b, '1'), 4),
      H(withBit(0xffff, 16, b, '0'), 4),
      H(withBit(v, 16, b - 1, '0'), 4),
      H(Number(BigInt(v) & ~BigInt(b) & 0xffffn), 4),
    )
  },
  'nsys-toggle-with-xor': (f) => {
    const [v, m] = [bitsOf(num(f, 'v'), 8), bitsOf(num(f, 'm'), 8)]
    const per = (op: (a: boolean, b: boolean) => boolean) =>
      H(fromBits(v.map((c, i) => (op(c === '1', m[i] === '1') ? '1' : '0'))), 2)
    return ok(
      per((a, b) => a !== b),
      per((a, b) => a || b),
      per((a, b) => a && b),
      per((a, b) => a && !b),
      per((a) => !a),
    )
  },
  'nsys-rwx-to-octal': (f) => {
    const mode = num(f, 'mode')
    const text = mode.toString(2).padStart(9, '0')
    const triads = [0, 3, 6].map((i) => text.slice(i, i + 3))
    const weigh = (t: string, ws: readonly number[]) =>
      ws.reduce((a, w, i) => a + (t[i] === '1' ? w : 0), 0)
    return ok(
      `0${triads.map((t) => weigh(t, [4, 2, 1])).join('')}`,
      `0${triads.map((t) => weigh(t, [1, 2, 4])).join('')}`,
      `0${[...triads]
        .reverse()
        .map((t) => weigh(t, [4, 2, 1]))
        .join('')}`,
      `0${triads.map((t) => weigh(t, [1, 1, 1])).join('')}`,
      `0${triads.map((t) => 7 - weigh(t, [4, 2, 1])).join('')}`,
    )
  },
  'nsys-umask-file-mode': (f) => {
    const u = num(f, 'umask')
    const ud = u.toString(8).padStart(3, '0').split('').map(Number)
    const per = (base: number, op: (b: number, m: number) => number) =>
      `0${ud.map((m) => op(base, m)).join('')}`
    return ok(
      per(6, (b, m) => b & ~m),
      per(7, (b, m) => b & ~m),
      per(6, (b, m) => b & m),
      per(6, (b, m) => b ^ m),
      O3(u),
      '0666',
      `0${[...ud]
        .reverse()
        .map((m) => 6 & ~m)
        .join('')}`,
      per(6, (b, m) => b | m),
      ...(ud.every((m) => m <= 6) ? [per(6, (b, m) => b - m)] : []),
    )
  },
  'nsys-arithmetic-shift-negative': (f) => {
    const [m, k] = [num(f, 'm'), num(f, 'k')]
    return ok(
      D(i16(-m) >> k),
      D(u16(-m) >>> k),
      D(Math.trunc(-m / 2 ** k)),
      ...(i16(-m * 2 ** k) === -m * 2 ** k ? [D(-m * 2 ** k)] : []),
      D(Math.floor(-m / k)),
      D(u32(-m) >>> k),
    )
  },
  'nsys-shift-left-byte': (f) => {
    const [v, k] = [num(f, 'v'), num(f, 'k')]
    const b = v.toString(2).padStart(8, '0')
    return ok(
      H(u8(v << k), 2),
      H(v >>> k, 2),
      H(Number.parseInt(b.slice(k) + b.slice(0, k), 2), 2),
      H(u8(v * k), 2),
    )
  },
  'nsys-pack-rgb565': (f) => {
    const [r, g, b] = [num(f, 'r'), num(f, 'g'), num(f, 'b')]
    const top = (x: number, n: number) => x.toString(2).padStart(8, '0').slice(0, n)
    const low = (x: number, n: number) =>
      x
        .toString(2)
        .padStart(8, '0')
        .slice(8 - n)
    const word = (...parts: readonly string[]) => Number.parseInt(parts.join(''), 2)
    const key = word(top(r, 5), top(g, 6), top(b, 5))
    return ok(
      H(key, 4),
      H(word(top(b, 5), top(g, 6), top(r, 5)), 4),
      H(word(top(r, 5), top(g, 5), top(b, 5)), 4),
      H(word(low(r, 5), low(g, 6), low(b, 5)), 4),
      H(le16(key), 4),
    )
  },
  'nsys-ip-and-netmask': (f) => {
    const a = BigInt(num(f, 'addr'))
    const p = BigInt(num(f, 'prefix'))
    const mask = (n: bigint) => ((1n << n) - 1n) << (32n - n)
    const all = (1n << 32n) - 1n
    const octet = p > 24n ? 24n : 16n
    return ok(
      dotted(a & mask(p)),
      dotted(a | (all ^ mask(p))),
      dotted(a & (all ^ mask(p))),
      dotted(a & mask(octet)),
      // The prefix taken as the host bits leaves 32 − p network bits.
      dotted(a & mask(32n - p)),
    )
  },
  'nsys-insert-bit-field': (f) => {
    const [v, fv, lo, w] = [num(f, 'v'), num(f, 'f'), num(f, 'lo'), num(f, 'w')]
    const put = (base: number, at: number, val: number) => {
      const b = bitsOf(base, 16)
      const fb = bitsOf(val, w)
      for (let i = 0; i < w; i++) if (at + i < 16) b[15 - at - i] = fb[w - 1 - i]!
      return fromBits(b)
    }
    const cleared = put(v, lo, 0)
    return ok(
      H(put(v, lo, fv), 4),
      H(v | (fv * 2 ** lo), 4),
      H(cleared | fv, 4),
      H(fv * 2 ** lo, 4),
      H(u16(cleared | (fv * 2 ** (lo + 1))), 4),
    )
  },
  'nsys-status-flags-set': (f) => {
    const b = num(f, 'v').toString(2).padStart(8, '0')
    return ok(
      raised(b),
      raised(rev(b)),
      raised(b.replace(/./g, (c) => (c === '1' ? '0' : '1'))),
      raised(b.slice(4) + b.slice(0, 4)),
      raised(`0${b.slice(0, 7)}`),
    )
  },
  'nsys-xor-checksum': (f) => {
    const bytes = String(f.bytes).split(' ').map(BigInt)
    const fold = (op: (a: bigint, b: bigint) => bigint, start: bigint) => bytes.reduce(op, start)
    const x = fold((a, b) => a ^ b, 0n)
    return ok(
      H(x, 2),
      H(fold((a, b) => a + b, 0n) % 256n, 2),
      H(
        fold((a, b) => a | b, 0n),
        2,
      ),
      H(
        fold((a, b) => a & b, 255n),
        2,
      ),
      H(255n - x, 2),
    )
  },
  'nsys-intel-hex-checksum': (f) => {
    const addr = num(f, 'addr')
    const data = String(f.data).split(' ').map(Number)
    const rec = [4, Math.floor(addr / 256), addr % 256, 0, ...data]
    const sum = rec.reduce((a, b) => a + b, 0)
    const dsum = data.reduce((a, b) => a + b, 0)
    return ok(
      H(u8(-sum), 2),
      H(u8(sum), 2),
      H(255 - u8(sum), 2),
      H(
        rec.reduce((a, b) => a ^ b, 0),
        2,
      ),
      H(u8(-dsum), 2),
    )
  },
  'nsys-align-up': (f) => {
    const a = BigInt(num(f, 'a'))
    const k = BigInt(num(f, 'k'))
    const size = 1n << k
    const down = (x: bigint, s: bigint) => x - (x % s)
    return ok(
      H(down(a + size - 1n, size), 8),
      H(down(a, size), 8),
      H(a + size, 8),
      H(down(a, size) + size - 1n, 8),
      // `& ~size` clears only the alignment's own bit of the bumped address.
      H((a + size - 1n) & ~size, 8),
    )
  },
  'nsys-field-mask': (f) => {
    const [lo, w] = [num(f, 'lo'), num(f, 'w')]
    const hi = lo + w - 1
    const run = (from: number, to: number) => {
      const b = Array.from({ length: 16 }, (_, i) => (15 - i >= from && 15 - i <= to ? '1' : '0'))
      return fromBits(b)
    }
    return ok(
      H(run(lo, hi), 4),
      H(run(0, w - 1), 4),
      H(run(lo, hi - 1), 4),
      H(run(hi, hi) | run(lo, lo), 4),
      H(run(0, hi - 1), 4),
      H(run(lo - 1, hi - 1), 4),
    )
  },
}

// ---- Bytes and text through the platform: DataView, TextEncoder, Buffer and encodeURIComponent.
const hexByte = (b: number) => b.toString(16).toUpperCase().padStart(2, '0')
const dumpOf = (bytes: Iterable<number>) => [...bytes].map(hexByte).join(' ')
const bytesFrom = (text: string) => text.split(' ').map((h) => Number.parseInt(h, 16))
function viewOf(bytes: readonly number[]): DataView {
  const d = view(bytes.length)
  for (const [i, b] of bytes.entries()) d.setUint8(i, b)
  return d
}
const utf8 = (s: string) => new TextEncoder().encode(s)
const textOf = (f: F) => String.fromCodePoint(...String(f.cps).split(' ').map(Number))
const U = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

const BYTES: Readonly<Record<string, Route>> = {
  'nsys-le-uint32-from-dump': (f) => {
    const bytes = bytesFrom(String(f.bytes))
    const d = viewOf(bytes)
    const [a, b, c, e] = bytes as [number, number, number, number]
    return ok(
      D(d.getUint32(0, true)),
      D(d.getUint32(0, false)),
      D(viewOf([c, e, a, b]).getUint32(0, false)),
      D(d.getUint16(0, true)),
      D(Number.parseInt(rev(bytes.map(hexByte).join('')), 16)),
    )
  },
  'nsys-network-port-bytes': (f) => {
    const [a, b] = [num(f, 'a'), num(f, 'b')]
    const d = viewOf([a, b])
    return ok(
      D(d.getUint16(0)),
      D(d.getUint16(0, true)),
      D(Number(`${a}${b}`)),
      D(a * 255 + b),
      ...(a >= 128 ? [D(d.getInt16(0))] : []),
    )
  },
  'nsys-ipv4-hex-to-dotted': (f) => {
    const d = view(4)
    d.setUint32(0, num(f, 'v'))
    const o = [0, 1, 2, 3].map((i) => d.getUint8(i))
    const at = (...ix: readonly number[]) => ix.map((i) => o[i]).join('.')
    return ok(
      at(0, 1, 2, 3),
      at(3, 2, 1, 0),
      o.map(nibSwap).join('.'),
      at(2, 3, 0, 1),
      at(1, 0, 3, 2),
    )
  },
  'nsys-le-int16-signed': (f) => {
    const d = viewOf([num(f, 'lo'), num(f, 'hi')])
    return ok(
      D(d.getInt16(0, true)),
      D(d.getInt16(0, false)),
      D(d.getUint16(0, true)),
      D(d.getUint16(0, false)),
      D(-(d.getUint16(0, true) - 32768)),
      D(d.getInt8(0)),
    )
  },
  'nsys-value-to-le-bytes': (f) => {
    const d = view(4)
    d.setUint32(0, num(f, 'v'), true)
    const le = [0, 1, 2, 3].map((i) => d.getUint8(i))
    const be = [...le].reverse()
    return ok(
      dumpOf(le),
      dumpOf(be),
      dumpOf([be[2]!, be[3]!, be[0]!, be[1]!]),
      dumpOf(le.map(nibSwap)),
      dumpOf([be[1]!, be[0]!, be[3]!, be[2]!]),
    )
  },
  'nsys-utf8-byte-count': (f) => {
    const s = textOf(f)
    const chars = [...s]
    return ok(
      D(utf8(s).length),
      D(chars.length),
      D(Buffer.from(s, 'utf16le').length),
      D(chars.reduce((a, c) => a + (utf8(c).length > 1 ? 2 : 1), 0)),
      D(chars.reduce((a, c) => a + Math.min(utf8(c).length, 3), 0)),
      D(4 * chars.length),
    )
  },
  'nsys-utf8-encode-three-byte': (f) => {
    const cp = num(f, 'cp')
    const k = [...utf8(String.fromCodePoint(cp))]
    const bits = cp.toString(2).padStart(16, '0')
    const b = (s: string) => Number.parseInt(s, 2)
    const d = view(2)
    d.setUint16(0, cp)
    return ok(
      dumpOf(k),
      dumpOf([...k].reverse()),
      dumpOf([k[0]!, k[1]! | 0x40, k[2]! | 0x40]),
      dumpOf([k[0]!, k[1]! & 0x3f, k[2]! & 0x3f]),
      dumpOf([
        b(`1110${bits.slice(0, 4)}`),
        b(`10${bits.slice(6, 12)}`),
        b(`1000${bits.slice(12)}`),
      ]),
      dumpOf([d.getUint8(0), d.getUint8(1)]),
      dumpOf([d.getUint8(1), d.getUint8(0)]),
    )
  },
  'nsys-utf8-decode-two-byte': (f) => {
    const [b0, b1] = [...utf8(String.fromCodePoint(num(f, 'cp')))] as [number, number]
    const back = new TextDecoder().decode(new Uint8Array([b0, b1])).codePointAt(0)!
    return ok(
      U(back),
      U(viewOf([b0, b1]).getUint16(0)),
      U((b0 - 0xc0) * 256 + (b1 - 0x80)),
      U(((b0 - 0xc0) * 64) | b1),
      U(b0),
    )
  },
  'nsys-utf16-surrogate-pair': (f) => {
    const cp = num(f, 'cp')
    const s = String.fromCodePoint(cp)
    const [hi, lo] = [s.charCodeAt(0), s.charCodeAt(1)]
    const p = (a: number, b: number) => `${H(a, 4).slice(2)} ${H(b, 4).slice(2)}`
    const raw = [0xd800 + Math.floor(cp / 1024), 0xdc00 + (cp % 1024)] as const
    const v = cp - 65536
    return ok(
      p(hi, lo),
      p(raw[0], raw[1]),
      p(lo, hi),
      p(0xdc00 + Math.floor(v / 1024), 0xd800 + (v % 1024)),
      p(le16(hi), le16(lo)),
      p(raw[1], raw[0]),
      p(le16(lo), le16(hi)),
    )
  },
  'nsys-js-length-of-text': (f) => {
    const s = textOf(f)
    const chars = [...s]
    return ok(
      D(s.length),
      D(chars.length),
      D(utf8(s).length),
      D(Buffer.from(s, 'utf16le').length),
      D(chars.filter((c) => c.length === 1).length),
      D(chars.filter((c) => utf8(c).length === 1).length),
      D(4 * chars.length),
    )
  },
  'nsys-base64-encoded-length': (f) => {
    const n = num(f, 'n')
    const buf = Buffer.alloc(n, 0x5a)
    return ok(
      D(buf.toString('base64').length),
      D(buf.toString('base64url').length),
      D(buf.subarray(0, n - (n % 3)).toString('base64').length),
      D(buf.toString('hex').length),
      D(Math.ceil((3 * n) / 4)),
      D(buf.length * 8),
    )
  },
  'nsys-base64-decoded-size': (f) => {
    const [len, pad] = [num(f, 'len'), num(f, 'pad')]
    const text = `${'QUJD'.repeat(len / 4 - 1)}${pad === 1 ? 'QUI=' : 'QQ=='}`
    return ok(
      D(Buffer.from(text, 'base64').length),
      D((len / 4) * 3),
      D(Math.ceil((len * 4) / 3)),
      D(len / 2),
      D(len - pad),
    )
  },
  'nsys-utf8-field-fit': (f) => {
    const [ascii, limit] = [num(f, 'ascii'), num(f, 'limit')]
    const name = `${'a'.repeat(ascii)}${'日'.repeat(100)}`
    const cut = new TextDecoder().decode(utf8(name).subarray(0, limit))
    const kept = [...cut].filter((c) => c !== '\uFFFD').length
    const rest = limit - ascii
    return ok(
      D(kept),
      D(limit),
      D(ascii + Math.floor(rest / 2)),
      D(kept + 1),
      D(Math.floor(limit / 3)),
    )
  },
  'nsys-percent-encode-utf8': (f) => {
    const cp = num(f, 'cp')
    const key = encodeURIComponent(String.fromCodePoint(cp))
    const pct = (bytes: readonly number[]) => bytes.map((b) => `%${hexByte(b)}`).join('')
    const [b0, b1] = [...utf8(String.fromCodePoint(cp))] as [number, number]
    const be = [Math.floor(cp / 256), cp % 256]
    return ok(
      key,
      ...(cp < 256 ? [pct([cp])] : []),
      pct(be),
      pct([b1, b0]),
      pct([b0, b1 - 0x80]),
      pct([...be].reverse()),
    )
  },
  'nsys-dump-field-at-hex-offset': (f) => {
    const d = viewOf(bytesFrom(String(f.bytes)))
    const off = num(f, 'off')
    const decOff = Number(off.toString(16))
    return ok(
      D(d.getUint16(off, true)),
      D(d.getUint16(off, false)),
      D(d.getUint16(decOff, true)),
      D(d.getUint16(decOff, false)),
      D(d.getUint32(off, true)),
    )
  },
  'nsys-utf16le-text-bytes': (f) => {
    const s = textOf(f)
    const le = Buffer.from(s, 'utf16le')
    return ok(
      dumpOf(le),
      dumpOf(Buffer.from(le).swap16()),
      dumpOf([...le].reverse()),
      dumpOf(Buffer.from(s, 'latin1')),
      dumpOf([0xff, 0xfe, ...le]),
      dumpOf(Buffer.from(s, 'utf8')),
    )
  },
}

// ---- IEEE 754 through DataView: the platform's own float encoders and decoders.
/** `n × 2^e` exactly. */
const pow2 = (n: bigint, e: number): string =>
  e >= 0 ? exact(n * 2n ** BigInt(e), 1n) : exact(n, 2n ** BigInt(-e))
/** A float's exact value, read back as `n / 2^places` (it has at most `places` fraction bits). */
const asExact = (x: number, places: number) => exact(BigInt(x * 2 ** places), 2n ** BigInt(places))
/** Sign, exponent field and fraction field read from the bits as text. */
function fields(bits: number, width: 16 | 32) {
  const s = bits.toString(2).padStart(width, '0')
  const ew = width === 32 ? 8 : 5
  return {
    sign: s[0] === '1' ? -1n : 1n,
    exp: Number.parseInt(s.slice(1, 1 + ew), 2),
    frac: BigInt(Number.parseInt(s.slice(1 + ew), 2)),
    fracBits: width - 1 - ew,
  }
}
function tenths(sign: bigint, sig: bigint, fracBits: number, e: number): string {
  // (sig / 2^fracBits) × 10^e
  return e >= 0
    ? exact(sign * sig * 10n ** BigInt(e), 2n ** BigInt(fracBits))
    : exact(sign * sig, 2n ** BigInt(fracBits) * 10n ** BigInt(-e))
}
function floatFromFields(f: ReturnType<typeof fields>, bias: number) {
  const sig = (1n << BigInt(f.fracBits)) + f.frac
  const e = f.exp - bias
  return {
    key: pow2(f.sign * sig, e - f.fracBits),
    noOne: pow2(f.sign * f.frac, e - f.fracBits),
    up: pow2(f.sign * sig, e - f.fracBits - 1),
    down: pow2(f.sign * sig, e - f.fracBits + 1),
    tens: tenths(f.sign, sig, f.fracBits, e),
    unsigned: pow2(sig, e - f.fracBits),
  }
}
const isDyadic = (text: string) => {
  const [w, p = ''] = text.replace(/,/g, '').split('.')
  let n = BigInt(`${w}${p}`)
  let d = 10n ** BigInt(p.length)
  while (n % 5n === 0n && d % 5n === 0n) {
    n /= 5n
    d /= 5n
  }
  return d % 5n !== 0n
}

const FLOAT: Readonly<Record<string, Route>> = {
  'nsys-float32-hex-to-value': (f) => {
    const bits = num(f, 'bits')
    const d = view(4)
    d.setUint32(0, bits)
    const x = d.getFloat32(0)
    const v = floatFromFields(fields(bits, 32), 127)
    return ok(asExact(x, 8), v.noOne, v.up, v.down, v.tens, ...(x < 0 ? [v.unsigned] : []))
  },
  'nsys-value-to-float32-hex': (f) => {
    const [s, e, k] = [num(f, 's'), num(f, 'e'), num(f, 'k')]
    const d = view(4)
    d.setFloat32(0, (s ? -1 : 1) * (32 + k) * 2 ** (e - 5))
    const key = d.getUint32(0)
    const frac = key.toString(2).padStart(32, '0').slice(9)
    const word = (sign: number, exp: number, fr: string) =>
      H(Number.parseInt(`${sign}${exp.toString(2).padStart(8, '0')}${fr}`, 2), 8)
    return ok(
      H(key, 8),
      word(s, e, frac),
      word(s, e + 128, frac),
      word(s, e + 127, `1${frac.slice(0, 22)}`),
      H(d.getUint32(0, true), 8),
      ...(s ? [word(0, e + 127, frac)] : []),
    )
  },
  'nsys-half-float-hex-to-value': (f) => {
    const v = floatFromFields(fields(num(f, 'bits'), 16), 15)
    return ok(
      v.key,
      v.noOne,
      v.up,
      v.down,
      v.tens,
      ...(num(f, 'bits') >= 0x8000 ? [v.unsigned] : []),
    )
  },
  'nsys-double-exponent-field': (f) => {
    const d = view(8)
    d.setFloat64(0, Number(f.v))
    const field = (d.getUint16(0) >> 4) & 0x7ff
    const k = field - 1023
    return ok(
      D(field),
      D(k + 127),
      D(d.getUint16(0)),
      D(1023 - k),
      D(k + 2047),
      D(String(f.v).length - 1 + 1023),
    )
  },
  'nsys-first-inexact-integer': (f) => {
    const [fb, width] = [num(f, 'f'), num(f, 'width')]
    const exactIn = (n: bigint) =>
      fb === 52
        ? BigInt(Number(n)) === n
        : fb === 23
          ? BigInt(Math.fround(Number(n))) === n
          : n.toString(2).replace(/0+$/, '').length <= fb + 1
    // Powers of two are exact; the search walks the few integers just above one.
    let n = 2n ** BigInt(fb + 1) - 8n
    while (exactIn(n)) n++
    return ok(
      D(n),
      D(n - 1n),
      D(2n ** BigInt(fb) + 1n),
      D(2n ** BigInt(width - 1)),
      D(2n ** BigInt(fb + 2) + 1n),
    )
  },
  'nsys-float32-special-pattern': (f) => {
    const d = view(4)
    d.setUint32(0, num(f, 'bits'))
    const x = d.getFloat32(0)
    const key = Number.isNaN(x)
      ? 'NaN (not a number)'
      : x === Number.POSITIVE_INFINITY
        ? 'positive infinity'
        : x === Number.NEGATIVE_INFINITY
          ? 'negative infinity'
          : Object.is(x, -0)
            ? 'negative zero'
            : x > 0 && x < 2 ** -126
              ? 'a positive subnormal number'
              : 'unexpected'
    return { key }
  },
  'nsys-negate-float32-bits': (f) => {
    const v = num(f, 'v')
    const d = view(4)
    d.setUint32(0, v)
    d.setFloat32(0, -d.getFloat32(0))
    const flip = (at: number) => {
      const b = v.toString(2).padStart(32, '0').split('')
      b[at] = b[at] === '1' ? '0' : '1'
      return H(Number.parseInt(b.join(''), 2), 8)
    }
    return ok(H(d.getUint32(0), 8), H(u32(-v), 8), H(u32(~v), 8), flip(1), flip(8))
  },
  'nsys-binary-fraction-to-decimal': (f) => {
    const [w, p, fr] = [num(f, 'whole'), num(f, 'places'), num(f, 'frac')]
    const wb = w.toString(2)
    const fb = fr.toString(2).padStart(p, '0')
    const val = (bits: string, places: number) =>
      exact(BigInt(Number.parseInt(bits, 2)), 2n ** BigInt(places))
    return ok(
      val(wb + fb, p),
      `${w}.${Number.parseInt(fb, 2)}`,
      val(wb + rev(fb), p),
      `${wb}.${fb}`,
      val(`${wb}0${fb}`, p + 1),
    )
  },
  'nsys-q15-to-value': (f) => {
    const raw = num(f, 'raw')
    const sv = BigInt(s16(raw))
    return ok(
      fix(sv, 32768n, 6),
      fix(sv, 256n, 6),
      fix(sv, 65536n, 6),
      fix(sv, 16384n, 6),
      fix(BigInt(le16(raw)), 32768n, 6),
      ...(sv < 0n ? [fix(BigInt(raw), 32768n, 6)] : []),
    )
  },
  'nsys-value-to-q15-hex': (f) => {
    const t = BigInt(num(f, 'thousandths'))
    const round = (n: bigint, d: bigint) => {
      const a = n < 0n ? -n : n
      const q = (2n * a + d) / (2n * d)
      return Number(n < 0n ? -q : q)
    }
    const q15 = round(t * 32768n, 1000n)
    return ok(
      H(u16(q15), 4),
      H(u16(round(t * 256n, 1000n)), 4),
      H(u16(Number(t)), 4),
      H(le16(u16(q15)), 4),
      ...(t < 0n ? [H(32768 - q15, 4)] : []),
    )
  },
  'nsys-value-to-q8-8': (f) => {
    const h = num(f, 'hundredths')
    const raw = Number((BigInt(h) * 256n * 2n + 100n) / 200n)
    const [whole, cents] = [Math.floor(h / 100), h % 100]
    return ok(H(raw, 4), H(h, 4), H(whole * 256 + cents, 4), H(le16(raw), 4), H(whole * 256, 4))
  },
  'nsys-q8-8-multiply': (f) => {
    const [a, b] = [BigInt(num(f, 'a')), BigInt(num(f, 'b'))]
    const p = a * b
    return ok(
      H(p >> 8n, 4),
      H(p & 0xffffn, 4),
      H(p >> 16n, 4),
      H((a >> 8n) * (b >> 8n) * 256n, 4),
      H((p >> 16n) << 8n, 4),
    )
  },
  'nsys-integer-division-negative': (f) => {
    const [a, b] = [num(f, 'a'), num(f, 'b')]
    const pair = (q: number, r: number) => `quotient ${D(q)}, remainder ${D(r)}`
    // JavaScript's `%` keeps the dividend's sign, as C's does; Python's is made from it.
    const c = pair(Math.trunc(-a / b), -a % b)
    const py = pair(Math.floor(-a / b), ((-a % b) + b) % b)
    const near = -Math.round(a / b)
    return ok(
      f.lang === 'C' ? c : py,
      f.lang === 'C' ? py : c,
      pair(Math.trunc(-a / b), a % b),
      pair(Math.floor(-a / b), -(a % b)),
      pair(near, -a - near * b),
    )
  },
  'nsys-adc-millivolts-integer': (f) => {
    const code = BigInt(num(f, 'code'))
    const mv = (code * 3300n) / 4096n
    const coarse = ((code * 33n) / 4096n) * 100n
    const gap = coarse > mv ? coarse - mv : mv - coarse
    return ok(
      D(mv),
      D((code * 3300n) / 1024n),
      D((code * 3300n) / 65536n),
      D((code * 3300n) >> 11n),
      D(((code * 3300n) & 0xffffn) / 4096n),
      ...(gap * 100n >= mv ? [D(coarse)] : []),
    )
  },
  'nsys-float32-spacing': (f) => {
    const v = Number(f.v)
    const k = num(f, 'k')
    const d = view(4)
    d.setFloat32(0, v)
    expect(d.getFloat32(0)).toBe(v)
    d.setUint32(0, d.getUint32(0) + 1)
    return ok(
      D(d.getFloat32(0) - v),
      D(2 ** (k - 24)),
      D(2 ** (k - 22)),
      D(2 ** (k - 10)),
      D(10 ** (String(f.v).length - 7)),
    )
  },
  'nsys-exact-binary-decimal': (f) => {
    const others = ['t1', 't2', 't3', 't4'].map((t) => String(f[t]))
    expect(isDyadic(String(f.key))).toBe(true)
    expect(others.filter(isDyadic)).toEqual([])
    return ok(String(f.key), ...others)
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...BASES,
  ...SIGNED,
  ...BITS,
  ...BYTES,
  ...FLOAT,
}

describeEngineIndependent('number systems scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: SECOND,
    route:
      'DataView, typed arrays, TextEncoder, Buffer and BigInt, from the platform’s own encoders',
    digest: (text) => text,
    models: NSYS_MODELS,
    engines,
  })
})
