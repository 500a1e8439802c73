import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { AUDIO_FAMILIES } from '../../../src/assessment/models/video/audio-families.js'
import { DELIVERY_FAMILIES } from '../../../src/assessment/models/video/delivery-families.js'
import { EDIT_FAMILIES } from '../../../src/assessment/models/video/edit-families.js'
import { LOGISTICS_FAMILIES } from '../../../src/assessment/models/video/logistics-families.js'
import { TIMECODE_FAMILIES } from '../../../src/assessment/models/video/timecode-families.js'
import { VIDEO_MODELS } from '../../../src/assessment/models/video/video-models.js'
import type { VideoScenario } from '../../../src/assessment/models/video/video-text.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as q } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TIMECODE_FAMILIES,
  ...EDIT_FAMILIES,
  ...DELIVERY_FAMILIES,
  ...AUDIO_FAMILIES,
  ...LOGISTICS_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<VideoScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- A second working: exact quotients in BigInt, timecode labels by BigInt division, and
// drop-frame labels by walking the minutes one at a time; nothing shared with the families.
const B = BigInt
/** `num ÷ den` to `dp` places, half away from zero, ungrouped. */
function Q(num: number | bigint, den: number | bigint, dp = 2): string {
  const scaled = q(B(num) * 10n ** B(dp), B(den))
  const neg = scaled < 0
  const a = String(Math.abs(scaled)).padStart(dp + 1, '0')
  const body = dp === 0 ? a : `${a.slice(0, -dp)}.${a.slice(-dp)}`
  return `${neg ? '-' : ''}${body}`
}
/** A real number to `dp` places, half away from zero, by string-free scaling. */
function R(x: number, dp = 1): string {
  const k = 10 ** dp
  const m = Math.round(Math.abs(x) * k)
  return Q(x < 0 ? -m : m, k, dp)
}
const lg = (x: number) => Math.log(x) / Math.LN10
const two = (n: number | bigint) => String(n).padStart(2, '0')
/** Non-drop label by BigInt division. */
function nd(frames: number, fps: number): string {
  const f = B(Math.max(0, frames))
  const r = B(fps)
  const secs = f / r
  return `${two(secs / 3600n)}:${two((secs / 60n) % 60n)}:${two(secs % 60n)}:${two(f % r)}`
}
/** Frames of a non-drop label. */
const ndF = (h: number, m: number, s: number, f: number, fps: number) =>
  h * 3600 * fps + m * 60 * fps + s * fps + f
/** Drop-frame label of frame `n`, walking the minutes: each holds `60·nominal` labels, less the dropped ones. */
function df(n: number, nominal = 30): string {
  const drop = nominal === 30 ? 2 : 4
  let rest = n
  let minute = 0
  for (;;) {
    const lost = minute % 10 === 0 ? 0 : drop
    const size = 60 * nominal - lost
    if (rest < size) {
      const idx = rest + lost
      const s = Math.floor(idx / nominal)
      return `${two(Math.floor(minute / 60))}:${two(minute % 60)}:${two(s)};${two(idx % nominal)}`
    }
    rest -= size
    minute++
  }
}
/** Frames before a drop-frame label, summing the whole minutes before it. */
function dfF(h: number, m: number, s: number, f: number, nominal = 30): number {
  const drop = nominal === 30 ? 2 : 4
  const mins = h * 60 + m
  let total = 0
  for (let k = 0; k < mins; k++) total += 60 * nominal - (k % 10 === 0 ? 0 : drop)
  return total + s * nominal + f - (mins % 10 === 0 ? 0 : drop)
}
/** Non-drop fields of a frame count. */
function fields(n: number, fps: number): [number, number, number, number] {
  const secs = (n - (n % fps)) / fps
  return [(secs - (secs % 3600)) / 3600, ((secs - (secs % 60)) / 60) % 60, secs % 60, n % fps]
}
/** `from` re-read with seconds carried at 30, then `add` frames on. */
const c30 = (from: number, add: number, fps: number) => nd(ndF(...fields(from, fps), 30) + add, 30)
const up = (a: number, b: number) => Number((B(a) + B(b) - 1n) / B(b))
const rnd = (a: number, b: number) => q(B(a), B(b))
const digest = (text: string) => text.replace(/[^0-9.:;-]/g, '')

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const E = (key: string | number, ...wrong: (string | number)[]): Expect => ({
  key: String(key),
  wrong: wrong.map(String),
})
const semi = (n: number) => nd(n, 30).replace(/:(\d\d)$/, ';$1')

const TIMECODE: Readonly<Record<string, (f: F) => Expect>> = {
  'timecode-to-frame-number': (f) => {
    const [fps, h, m, s, fr] = figuresOf(f, 'fps', 'h', 'm', 's', 'f')
    const n = ndF(h, m, s, fr, fps)
    return E(
      n,
      ndF(h, m, s, fr, 30),
      ndF(h, m, s, 0, fps) + rnd(fr * fps, 100),
      ndF(0, m, s, fr, fps) + h * 60 * fps,
      ndF(h, m, s, fr, { 24: 25, 25: 24, 50: 60 }[fps] ?? 0),
      n + 1,
      fps === 25 ? ndF(h, m, s, fr, 50) : n,
    )
  },
  'frame-number-to-timecode': (f) => {
    const [fps, n] = figuresOf(f, 'fps', 'n')
    return E(nd(n, fps), nd(n, 30), nd(n + 1, fps), nd(n, fps === 24 ? 25 : 24))
  },
  'duration-between-inclusive-marks': (f) => {
    const [fps, a, b] = figuresOf(f, 'fps', 'a', 'b')
    const diff30 = ndF(...fields(b, fps), 30) - ndF(...fields(a, fps), 30) + 1
    return E(
      nd(b - a + 1, fps),
      nd(b - a, fps),
      nd(b - a - 1, fps),
      nd(diff30, 30),
      nd(b - a + 2, fps),
    )
  },
  'drop-frame-label-to-frame-count': (f) => {
    const [h, m, s, fr] = figuresOf(f, 'h', 'm', 's', 'f')
    const mins = h * 60 + m
    const lab = ndF(h, m, s, fr, 30)
    const tens = (mins - (mins % 10)) / 10
    return E(
      dfF(h, m, s, fr),
      lab,
      lab - 2 * mins,
      lab - 2 * tens,
      lab - 4 * (mins - tens),
      lab + 2 * (mins - tens),
      rnd(lab * 999, 1000),
    )
  },
  'frame-count-to-drop-frame-label': (f) => {
    const [n] = figuresOf(f, 'n')
    const label = df(n)
    const [hh, mm, ss, ff] = label.split(/[:;]/).map(Number) as [number, number, number, number]
    const skipped = ndF(hh, mm, ss, ff, 30) - n
    return E(
      label,
      semi(n),
      semi(n + 2 * ((n - (n % 1798)) / 1798)),
      semi(n + 2 * skipped),
      semi(n - skipped),
    )
  },
  'drop-frame-labels-skipped': (f) => {
    const [mins] = figuresOf(f, 'mins')
    const tens = (mins - (mins % 10)) / 10
    return E(2 * (mins - tens), 2 * mins, 2 * tens, 4 * (mins - tens), 18 * tens, mins - tens)
  },
  'pal-speed-up-running-time': (f) => {
    const [t] = figuresOf(f, 't')
    return E(
      Q(t * 24000, 100 * 1001 * 25),
      Q(t * 24, 2500),
      Q(t * 25025, 2400000),
      Q(t, 100),
      Q(t * 1000, 100100),
    )
  },
  'retime-clip-length': (f) => {
    const [sp, d] = figuresOf(f, 'sp', 'd')
    const k = rnd(d * 100, sp)
    return E(k, rnd(d * sp, 100), rnd(d * (200 - sp), 100), d, Math.abs(k - d))
  },
  'speed-ramp-segment-length': (f) => {
    const [sp, a, b, c] = figuresOf(f, 'sp', 'a', 'b', 'c')
    return E(
      a + rnd(b * 100, sp) + c,
      a + rnd(b * sp, 100) + c,
      rnd((a + b + c) * 100, sp),
      rnd(b * 100, sp),
      a + b + c,
    )
  },
  'overcranked-shot-screen-time': (f) => {
    const [x, y, t] = figuresOf(f, 'x', 'y', 't')
    return E(
      Q(t * x, 10 * y),
      Q(t * y, 10 * x),
      Q(t, 10),
      Q(t * (x - y), 10 * y),
      Q(t * x, 300),
      Q(t * x, 240),
    )
  },
  'three-two-pulldown-split-field-frames': (f) => {
    const [v] = figuresOf(f, 'v')
    return E((v / 5) * 2, (v / 5) * 3, v / 5, rnd(v, 2), rnd(v, 4), v)
  },
  'same-duration-at-another-rate': (f) => {
    const [a, b, n] = figuresOf(f, 'a', 'b', 'n')
    return E(rnd(n * b, a), n, rnd(n * a, b), rnd(n, a) * b, n + b - a)
  },
  'out-point-from-in-and-duration': (f) => {
    const [fps, a, d] = figuresOf(f, 'fps', 'a', 'd')
    return E(
      nd(a + d - 1, fps),
      nd(a + d, fps),
      c30(a, d - 1, fps),
      nd(a + d - 2, fps),
      nd(a + rnd(d * 100, fps) - 1, fps),
    )
  },
  'film-footage-from-frames': (f) => {
    const [n] = figuresOf(f, 'n')
    return E(Q(n, 16), Q(n, 24), Q(n * 16, 1), Q(n, 40), Q(n, 64), Q(n, 4))
  },
  'drop-frame-59-94-label-to-frames': (f) => {
    const [h, m, s, fr] = figuresOf(f, 'h', 'm', 's', 'f')
    const mins = h * 60 + m
    const tens = (mins - (mins % 10)) / 10
    const lab = ndF(h, m, s, fr, 60)
    return E(
      dfF(h, m, s, fr, 60),
      lab - 2 * (mins - tens),
      lab,
      lab - 4 * mins,
      2 * ndF(h, m, s, fr, 30),
    )
  },
}

const EDIT: Readonly<Record<string, (f: F) => Expect>> = {
  'ripple-delete-moves-later-clip': (f) => {
    const [fps, a, b, p] = figuresOf(f, 'fps', 'a', 'b', 'p')
    const len = b - a + 1
    return E(
      nd(p - len, fps),
      nd(p, fps),
      nd(p - len + 1, fps),
      c30(p, -len, fps),
      nd(p + len, fps),
    )
  },
  'ripple-trim-moves-sequence-end': (f) => {
    const [fps, e, k] = figuresOf(f, 'fps', 'e', 'k')
    return E(nd(e - k, fps), nd(e, fps), nd(e + k, fps), nd(e - 2 * k, fps), c30(e, -k, fps))
  },
  'roll-edit-changes-both-clips': (f) => {
    const [a, b, k] = figuresOf(f, 'a', 'b', 'k')
    return E(b - k, b + k, b, a + k, b - 2 * k)
  },
  'slip-edit-moves-source-marks': (f) => {
    const [fps, s, d, k] = figuresOf(f, 'fps', 's', 'd', 'k')
    const out = s + d - 1
    return E(
      nd(out + k, fps),
      nd(out, fps),
      nd(out - k, fps),
      nd(out + 1 + k, fps),
      nd(out + 2 * k, fps),
    )
  },
  'slide-edit-changes-neighbours': (f) => {
    const [a, c, k] = figuresOf(f, 'a', 'c', 'k')
    return E(c - k, c, c + k, a + k, c - 2 * k)
  },
  'three-point-edit-record-out': (f) => {
    const [fps, si, so, ri] = figuresOf(f, 'fps', 'si', 'so', 'ri')
    const d = so - si
    return E(
      nd(ri + d, fps),
      nd(ri + d + 1, fps),
      nd(so, fps),
      c30(ri, d, fps),
      nd(ri + d - 1, fps),
    )
  },
  'backtimed-source-in': (f) => {
    const [fps, so, ri, ro] = figuresOf(f, 'fps', 'so', 'ri', 'ro')
    const d = ro - ri
    return E(
      nd(so - d, fps),
      nd(so + d, fps),
      nd(so - d - 1, fps),
      nd(ri, fps),
      nd(so - d + 1, fps),
    )
  },
  'fit-to-fill-speed': (f) => {
    const [s, r] = figuresOf(f, 's', 'r')
    return E(
      Q(s * 100, r),
      Q(r * 100, s),
      Q(Math.abs(s - r) * 100, r),
      Q((s - 1) * 100, r - 1),
      Q(Math.abs(s - r) * 100, s),
    )
  },
  'split-edit-audio-mark': (f) => {
    const [fps, x, k, j] = figuresOf(f, 'fps', 'x', 'k', 'j')
    return j === 1
      ? E(nd(x - k, fps), nd(x + k, fps), nd(x - k + 1, fps), c30(x, -k, fps), nd(x - 2 * k, fps))
      : E(
          nd(x + k - 1, fps),
          nd(x + k, fps),
          nd(x - k, fps),
          c30(x, k - 1, fps),
          nd(x + 2 * k - 1, fps),
        )
  },
  'conform-export-with-handles': (f) => {
    const [fps, d, h] = figuresOf(f, 'fps', 'd', 'h')
    return E(d + 2 * h * fps, d + h * fps, d, 2 * h * fps, d + 2 * h, d + 60 * h, d + 4 * h * fps)
  },
  'insert-edit-pushes-later-clip': (f) => {
    const [fps, x, d, p] = figuresOf(f, 'fps', 'x', 'd', 'p')
    return E(nd(p + d, fps), nd(p, fps), nd(p + d - 1, fps), c30(p, d, fps), nd(x + d, fps))
  },
  'cut-on-the-beat-position': (f) => {
    const [fps, bpm, n] = figuresOf(f, 'fps', 'bpm', 'n')
    return E(
      rnd(n * 60 * fps, bpm),
      n * rnd(60 * fps, bpm),
      rnd(n * 1800, bpm),
      rnd((n - 1) * 60 * fps, bpm),
      n * Number(B(60 * fps) / B(bpm)),
      Number(B(n * 60 * fps) / B(bpm)),
      n * up(60 * fps, bpm),
      up(n * 60 * fps, bpm),
    )
  },
  'two-pop-before-first-frame': (f) => {
    const [fps, p] = figuresOf(f, 'fps', 'p')
    return E(
      nd(p - 2 * fps, fps),
      nd(p - 2, fps),
      nd(p - 2 * fps - 1, fps),
      c30(p, -60, fps),
      nd(p - 2 * fps + 1, fps),
    )
  },
  'overwrite-past-sequence-end': (f) => {
    const [fps, e, x, d] = figuresOf(f, 'fps', 'e', 'x', 'd')
    return E(nd(x + d - 1, fps), nd(e + d, fps), nd(e, fps), nd(x + d, fps), nd(x + d, fps))
  },
  'slip-room-left-in-source': (f) => {
    const [m, d, s] = figuresOf(f, 'm', 'd', 's')
    return E(m - s - d, m - s, m - s - d + 1, s, m - d)
  },
}

const DELIVERY: Readonly<Record<string, (f: F) => Expect>> = {
  'file-size-from-bit-rates': (f) => {
    const [v, a, t] = figuresOf(f, 'v', 'a', 't')
    const bits = B(v) * 1_000_000n * B(t) + B(a) * 1000n * B(t)
    return E(
      Q(bits, 8_000_000, 1),
      Q(bits, 1_000_000, 1),
      Q(bits, 8n << 20n, 1),
      Q(v * 1e6 * t, 8e6, 1),
      Q((v + a) * 1e6 * t, 8e6, 1),
      Q(B(v * 1_000_000 + a * 1000) * B(t - (t % 60)), 8_000_000, 1),
      Q(
        B(v * 1_000_000 + a * 1000) * B(t - (t % 60) + Number(B((t % 60) * 60) / 100n)),
        8_000_000,
        1,
      ),
    )
  },
  'video-bit-rate-for-a-size-limit': (f) => {
    const [s, t, a] = figuresOf(f, 's', 't', 'a')
    const aud = B(a) * 1000n * B(t)
    const all = B(s) * 8_000_000_000n
    return E(
      Q(all - aud, t * 1e6),
      Q(B(s) * 1_000_000_000n - aud, t * 1e6),
      Q(all - aud, t * 2 ** 20),
      Q(all - 8n * aud, t * 1e6),
      Q(B(s) * (8n << 30n) - aud, t * 1e6),
      Q(all, t * 1e6),
    )
  },
  'letterbox-bar-height': (f) => {
    const [w, h, r] = figuresOf(f, 'w', 'h', 'r')
    const act = 2 * rnd(w * 100, 2 * r)
    return E(
      (h - act) / 2,
      h - act,
      rnd(h * r - h * 100, 2 * r),
      2 * rnd(h * 100, 2 * r),
      rnd(h * r - w * 100, 4 * r),
    )
  },
  'pillarbox-bar-width': (f) => {
    const [w, h, a, b] = figuresOf(f, 'w', 'h', 'a', 'b')
    const act = 2 * rnd(h * a, 2 * b)
    return E((w - act) / 2, w - act, (w - 2 * rnd(h * b, 2 * a)) / 2, act, rnd(w - act, 4))
  },
  'vertical-reframe-crop-width': (f) => {
    const [w, h, a, b] = figuresOf(f, 'w', 'h', 'a', 'b')
    const crop = 2 * rnd(h * a, 2 * b)
    return E(
      crop,
      2 * rnd(h * b, 2 * a),
      2 * rnd(w * a, 2 * b),
      w - crop,
      2 * rnd(h * a * h, 2 * b * w),
    )
  },
  'scale-to-fill-frame': (f) => {
    const [sw, sh, fw, fh] = figuresOf(f, 'sw', 'sh', 'fw', 'fh')
    // Fill takes the larger of the two scale factors, compared by cross-multiplying.
    const [n, d, fn, fd] = fw * sh >= fh * sw ? [fw, sw, fh, sh] : [fh, sh, fw, sw]
    return E(
      Q(n * 100, d),
      Q(fn * 100, fd),
      Q(d * 100, n),
      Q(fw * fh * 100, sw * sh),
      Q(fw * sh * 100 + fh * sw * 100, 2 * sw * sh),
      Q(Math.abs(n - d) * 100, d),
    )
  },
  'title-safe-inset': (f) => {
    const [w, h, p] = figuresOf(f, 'w', 'h', 'p')
    return E(
      rnd(w * (100 - p), 200),
      rnd(w * (100 - p), 100),
      rnd(w * p, 200),
      Math.round((w - (w * Math.sqrt(p)) / 10) / 2),
      rnd(h * (100 - p), 200),
    )
  },
  'anamorphic-display-aspect': (f) => {
    const [w, h, s] = figuresOf(f, 'w', 'h', 's')
    const ratio = (a: number, b: number) => `${Q(a, b)}:1`
    return E(
      ratio(w * s, h * 100),
      ratio(w, h),
      ratio(w * 100, h * s),
      ratio(h * s, w * 100),
      ratio(w * s * s, h * 10000),
    )
  },
  'pixel-aspect-from-storage-and-display': (f) => {
    const [w, h, a, b] = figuresOf(f, 'w', 'h', 'a', 'b')
    return E(Q(a * h, b * w, 3), Q(b * w, a * h, 3), Q(a * w, b * h, 3), Q(w, h, 3), Q(a, b, 3))
  },
  'uncompressed-data-rate': (f) => {
    const [w, h, p, d, fps] = figuresOf(f, 'w', 'h', 'perPx', 'depth', 'fps')
    const bits = B(w) * B(h) * B(p) * B(fps)
    return E(
      Q(bits, 8e6, 1),
      Q(bits, 1e6, 1),
      Q(w * h * p, 8e6, 1),
      Q(bits * 3n, 8e6, 1),
      Q(w * h * d * 3 * fps, 8e6, 1),
      Q(bits, 8n << 20n, 1),
      Q(w * h * d * fps, 8e6, 1),
    )
  },
  'bits-per-pixel-of-an-encode': (f) => {
    const [w, h, fps, r] = figuresOf(f, 'w', 'h', 'fps', 'r')
    return E(
      Q(r * 1e6, w * h * fps, 3),
      Q(r * 1e6, w * h, 3),
      Q(r * 1e6, 8 * w * h * fps, 3),
      Q(r * 1e6, w * h * 30, 3),
      Q(B(r) << 20n, w * h * fps, 3),
    )
  },
  'downscale-height-even': (f) => {
    const [w, h, x] = figuresOf(f, 'w', 'h', 'x')
    const exact2 = Number(B(x * h) / B(2 * w))
    const ceil2 = up(x * h, 2 * w)
    const flat = 2 * rnd(x * 100, 370)
    return E(2 * exact2, (x / 16) * 9, h, 2 * ceil2, rnd(x * w, h), Number(B(x * h) / B(w)), flat)
  },
  'size-with-pcm-audio-tracks': (f) => {
    const [v, c, t] = figuresOf(f, 'v', 'c', 't')
    const secs = B(t * 60)
    const pcm = 1_152_000n
    const bits = (B(v) * 1_000_000n + pcm * B(c)) * secs
    return E(
      Q(bits, 8e9),
      Q((B(v) * 1_000_000n + pcm) * secs, 8e9),
      Q((B(v) * 1_000_000n + 768_000n * B(c)) * secs, 8e9),
      Q(B(v) * 1_000_000n * secs, 8e9),
      Q(bits, 8n << 30n),
    )
  },
  'punch-in-before-upscaling': (f) => {
    const [sw, tw] = figuresOf(f, 'sw', 'tw')
    return E(
      Q(sw * 100, tw),
      Q(tw * 100, sw),
      Q(sw * 100 + tw * 100, tw),
      Q((sw - tw) * 100, tw),
      Q(sw * sw * 100, tw * tw),
      '100.00',
    )
  },
  'parts-for-a-per-file-limit': (f) => {
    const [r, t, l] = figuresOf(f, 'r', 't', 'l')
    const bits = r * 1e6 * t * 60
    const need = up(bits, l * 8e9)
    return E(
      need,
      Math.max(1, Number(B(bits) / B(l * 8e9))),
      up(bits, l * 1e9),
      up(bits, l * 64e9),
      up(bits * 60, l * 8e9),
    )
  },
  'upscale-pixel-count-ratio': (f) => {
    const [w1, h1, w2, h2] = figuresOf(f, 'w1', 'h1', 'w2', 'h2')
    return E(Q(w2 * h2, w1 * h1), Q(w2, w1), Q(w2 * h2 - w1 * h1, w1 * h1), Q(w1 * h1, w2 * h2))
  },
}

const AUDIO: Readonly<Record<string, (f: F) => Expect>> = {
  'decibels-to-amplitude-ratio': (f) => {
    const [d] = figuresOf(f, 'g')
    const ex = (x: number) => Math.exp(x * Math.LN10)
    return E(
      R(ex(d / 20), 2),
      R(ex(d / 10), 2),
      R(Math.exp((d / 3) * Math.LN2), 2),
      R(Math.exp((d / 10) * Math.LN2), 2),
      R(1 + d / 20, 2),
      R(Math.exp(d / 20), 2),
      R(Math.exp((d / 6) * Math.LN10), 2),
    )
  },
  'loudness-reachable-under-a-peak-ceiling': (f) => {
    const [i, tp, t, c] = figuresOf(f, 'i', 'tp', 'target', 'ceil')
    // In tenths of a dB: clean gain stops at the nearer of the two limits.
    const gain = Math.min(t * 10 - i, c * 10 - tp)
    return E(
      Q(i + gain, 10, 1),
      Q(t * 10, 10, 1),
      Q(i + c * 10 - tp, 10, 1),
      Q(i - gain, 10, 1),
      Q(tp + gain, 10, 1),
    )
  },
  'sum-of-uncorrelated-sources': (f) => {
    const [n, l] = figuresOf(f, 'n', 'l')
    return E(
      R(l + 10 * lg(n)),
      R(l + 20 * lg(n)),
      R(l + 3 * (n - 1)),
      R(l),
      R(l + 6 * (n - 1)),
      R(l + 10 * lg(n - 1)),
    )
  },
  'sync-offset-in-samples': (f) => {
    const [fps, k] = figuresOf(f, 'fps', 'k')
    return E((k * 48000) / fps, rnd(k * 44100, fps), k * 1600, k * 48, rnd(k * 48 * fps, 1))
  },
  'milliseconds-late-to-frames': (f) => {
    const [fps, ms] = figuresOf(f, 'fps', 'ms')
    return E(
      rnd(ms * fps, 1000),
      rnd(ms, fps),
      rnd(ms * 30, 1000),
      rnd(ms, 10),
      rnd(ms * fps, 100),
      Number(B(ms * fps) / 1000n),
    )
  },
  'pcm-data-rate': (f) => {
    const [r, d, c] = figuresOf(f, 'r', 'd', 'c')
    const other = r === 48000 ? 44100 : 48000
    return E(
      Q(r * d * c, 1000, 1),
      Q(r * d * c, 8000, 1),
      Q(r * d, 1000, 1),
      Q(r * d * c, 1024, 1),
      Q((r * d * c) / 8, 1000, 1),
      Q(other * d * c, 1000, 1),
    )
  },
  'mic-distance-level-change': (f) => {
    const [a, b] = figuresOf(f, 'd1', 'd2')
    return E(
      R(20 * lg(b / a)),
      R(10 * lg(b / a)),
      R(40 * lg(b / a)),
      R(b / a),
      R((6 * (b - a)) / a),
      R((12 * Math.log(b / a)) / Math.LN2),
      R((2 * b) / a),
    )
  },
  'wav-duration-from-size': (f) => {
    const [r, d, c, n] = figuresOf(f, 'r', 'd', 'c', 'n')
    return E(
      Q(n * 8, r * d * c),
      Q(n * 8, r * d),
      Q(n, r * d * c),
      Q(n * 8, 44100 * d * c),
      Q(n * 8, r * 16 * c),
    )
  },
  'pan-law-centre-level': (f) => {
    const [l, law, fd] = figuresOf(f, 'l', 'law', 'f')
    const t = (x: number) => Q(x, 10, 1)
    return E(
      t(10 * (l + fd) - law),
      t(10 * (l + fd)),
      Q(20 * (l + fd) - law, 20, 1),
      t(10 * (l + fd) - 60),
      t(10 * (l + fd) + law),
      t(10 * (l - fd) - law),
      t(10 * (l + fd) - 2 * law),
    )
  },
  'samples-in-29-97-frames': (f) => {
    const [n] = figuresOf(f, 'n')
    return E((n / 5) * 8008, n * 1600, n * 1602, n * 1601, rnd(n * 48000, 25))
  },
  'recorder-timecode-offset': (f) => {
    const [fps, a, b] = figuresOf(f, 'fps', 'a', 'b')
    const k = b - a
    const lab = (x: number) => ndF(...fields(x, fps), 30)
    return E(
      k,
      lab(b) - lab(a),
      k + 1,
      ((k - (k % fps)) / fps) * 100 + (k % fps),
      (k - (k % fps)) / fps,
    )
  },
  'crest-factor': (f) => {
    const [p, r] = figuresOf(f, 'p', 'r')
    return E(
      R(20 * lg(p / r), 2),
      R(10 * lg(p / r), 2),
      R(20 * lg(r / p), 2),
      R(p / r, 2),
      R(20 * lg((p - r) / 100), 2),
    )
  },
  'frames-to-milliseconds': (f) => {
    const [k, num, den] = figuresOf(f, 'k', 'num', 'den')
    return E(
      Q(k * num, den, 1),
      Q(k * 1000, den, 1),
      Q(k * 1000, 30, 1),
      Q(k * den * 1000, num, 1),
      Q(k * 1e6, 1001 * den, 1),
      Q(k * 1000, 24, 1),
    )
  },
  'sample-rate-misread-duration': (f) => {
    const [rec, play, t] = figuresOf(f, 'rec', 'play', 't')
    return E(
      Q(t * rec, 10 * play),
      Q(t * play, 10 * rec),
      Q(t, 10),
      Q(t * Math.abs(play - rec), 10 * play),
      Q(t * (2 * rec - play), 10 * rec),
    )
  },
  'stacked-gain-stages': (f) => {
    const [p, c, tr, bus] = figuresOf(f, 'p', 'c', 'tr', 'bus')
    return E(
      p + c + tr + bus,
      p + c + tr - bus,
      p + c - tr + bus,
      p + tr,
      p + tr + bus,
      p + c + bus,
      p - c + tr + bus,
      p - c + tr - bus,
    )
  },
}

const LOGISTICS: Readonly<Record<string, (f: F) => Expect>> = {
  'storage-for-shoot-footage': (f) => {
    const [r, h, c] = figuresOf(f, 'r', 'h', 'c')
    const bits = B(r) * 1_000_000n * B(h * 3600) * B(c)
    return E(
      Q(bits, 8e9, 1),
      Q(bits, 1e9, 1),
      Q(bits, 8n << 30n, 1),
      Q(B(r) * 1_000_000n * B(h * 3600), 8e9, 1),
      Q(bits, 480e9, 1),
      Q(bits * 2n, 8e9, 1),
      Q(bits * 60n, 8e9, 1),
    )
  },
  'recording-time-on-a-card': (f) => {
    const [c, r] = figuresOf(f, 'cap', 'r')
    const fl = (a: bigint, b: bigint) => Number(a / b)
    const bits = B(c) * 8_000_000_000n
    return E(
      fl(bits, B(r) * 60_000_000n),
      fl(B(c) * 1_000_000_000n, B(r) * 60_000_000n),
      fl(B(c) * (8n << 30n), B(r) * 60_000_000n),
      fl(bits, B(r) * 1_000_000n),
      fl(bits, B(r) * 3_600_000_000n),
    )
  },
  'verified-offload-time': (f) => {
    const [s, v] = figuresOf(f, 's', 'v')
    return E(
      Q(s * 2000, v * 60, 1),
      Q(s * 1000, v * 60, 1),
      Q(s * 16000, v * 60, 1),
      Q(s * 2048, v * 60, 1),
      Q(s * 3000, v * 60, 1),
    )
  },
  'render-time-from-render-speed': (f) => {
    const [d, fps, x] = figuresOf(f, 'd', 'fps', 'x')
    return E(
      Q(d * fps, x, 1),
      Q(d * x, fps, 1),
      Q(d, 1, 1),
      Q(d * fps, x * 60, 1),
      Q(d * 30, x, 1),
      Q(d * fps * 60, x, 1),
    )
  },
  'upload-time-for-a-master': (f) => {
    const [s, u] = figuresOf(f, 's', 'u')
    return E(
      Q(s * 8000, u * 3600),
      Q(s * 1000, u * 3600),
      Q(s * 8192, u * 3600),
      Q(s * 8000, u * 60),
      Q(s * 1024, u * 3600),
    )
  },
  'billing-sessions-by-quarter-hours': (f) => {
    const ms = figuresOf(f, 'm0', 'm1', 'm2', 'm3')
    const rate = Number(f.rate)
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    const upTo = (x: number, step: number) => up(x, step) * step
    const fee = (mins: number) => Q(mins * rate, 60)
    return E(
      fee(total(ms.map((x) => upTo(x, 15)))),
      fee(upTo(total(ms), 15)),
      fee(total(ms)),
      fee(total(ms.map((x) => 15 * rnd(x, 15)))),
      fee(total(ms.map((x) => upTo(x, 60)))),
      fee(total(ms.map((x) => x - (x % 15)))),
      fee(total(ms.map((x) => upTo(x, 30)))),
      fee(4 * total(ms.map((x) => upTo(x, 15)))),
    )
  },
  'effective-hourly-rate-per-finished-minute': (f) => {
    const [p, m, h] = figuresOf(f, 'p', 'm', 'h')
    return E(Q(p * m, h), Q(p, h), Q(p * m, h * 60), Q(p * 60, 1), Q(p * h, m), Q(p * m * 60, h))
  },
  'three-two-one-backup-storage': (f) => {
    const [s, pc] = figuresOf(f, 's', 'pc')
    return E(
      Q(s * (300 + pc), 100),
      Q(s * (400 + pc), 100),
      Q(s * (300 + 3 * pc), 100),
      Q(s * (200 + pc), 100),
      Q(s * 300, 100),
      Q(s * (100 + pc), 100),
      Q(s * 300 + pc * 100, 100),
      Q(s * (600 + pc), 100),
    )
  },
  'subtitle-minimum-duration': (f) => {
    const [fps, cps, n] = figuresOf(f, 'fps', 'cps', 'n')
    return E(
      up(n * fps, cps),
      up(n, cps) * fps,
      up(n * 30, cps),
      Number(B(n * fps) / B(cps)),
      up(n * cps, fps),
    )
  },
  'subtitle-out-before-next-in': (f) => {
    const [fps, gap, x] = figuresOf(f, 'fps', 'g', 'x')
    return E(
      nd(x - gap - 1, fps),
      nd(x - gap, fps),
      nd(x - 1, fps),
      nd(x - 2 * gap - 1, fps),
      nd(x - gap - 2, fps),
    )
  },
  'shooting-ratio': (f) => {
    const [h, m] = figuresOf(f, 'h', 'm')
    const r = (a: number, b: number) => `${Q(a, b, 1)}:1`
    return E(r(h * 60, m), r(h, m), r(h * 60 - m, m), r(h * 60 + m, m), r(h * 100, m))
  },
  'footage-review-time-at-speed': (f) => {
    const [h, s] = figuresOf(f, 'h', 's')
    return E(Q(h * 100, s), Q(h * s, 100), Q(h * (200 - s), 100), Q(h, 1), Q(h * (s - 100), s))
  },
  'drive-capacity-shown-in-binary': (f) => {
    const [d] = figuresOf(f, 'd')
    const tb = B(d) * 10n ** 12n
    return E(
      Q(tb, 1n << 40n),
      Q(d, 1),
      Q(d * 1000, 1024),
      Q(B(d) << 40n, 10n ** 12n),
      Q(tb, (1n << 30n) * 1000n),
    )
  },
  'drives-needed-with-free-space': (f) => {
    const [s, d, free] = figuresOf(f, 's', 'd', 'free')
    return E(
      up(s * 100, d * (100 - free)),
      up(s, d),
      Number(B(s * 100) / B(d * (100 - free))),
      up(s * (100 + free), d * 100),
      up(s * (100 - free), d * 100),
      up(s * 100, d * free),
      up(s * 100, d * (100 - 2 * free)),
      Number(
        (B(s * 100) * (1n << 40n) + B(d * (100 - free)) * 10n ** 12n - 1n) /
          (B(d * (100 - free)) * 10n ** 12n),
      ),
    )
  },
  'half-day-billing': (f) => {
    const [r, h] = figuresOf(f, 'r', 'h')
    const halves = up(h, 4)
    return E(
      (halves * r) / 2,
      rnd(h * r, 8),
      up(h, 8) * r,
      (rnd(h, 4) * r) / 2,
      halves * r,
      (((h - (h % 4)) / 4) * r) / 2,
      rnd(h * r, 16),
      rnd(h * r, 4),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...TIMECODE,
  ...EDIT,
  ...DELIVERY,
  ...AUDIO,
  ...LOGISTICS,
}

/**
 * The second workings digested as the shown options are: this test compares both sides digested,
 * and `scenarioKeyChecks` digests only the shown side. A working left with no digits would compare
 * nothing, so it fails instead.
 */
const DIGESTED = Object.fromEntries(
  Object.entries(SECOND).map(([id, second]) => [
    id,
    (f: F): Expect => {
      const { key, wrong } = second(f)
      if (!digest(key)) throw new Error(`second working ${key} has no digits to compare`)
      return { key: digest(key), wrong: wrong.map(digest) }
    },
  ]),
)

describeEngineIndependent('video editing scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: DIGESTED,
    route: 'minute-walking timecode and BigInt',
    digest,
    models: VIDEO_MODELS,
    engines,
  })
})
