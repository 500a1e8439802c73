import { expect, it } from 'vitest'
import { BREAKS } from '../../../src/assessment/models/subtitling/line-break-bank.js'
import { QC_FAMILIES } from '../../../src/assessment/models/subtitling/qc-families.js'
import {
  CONDENSE,
  SEGMENT_FAMILIES,
} from '../../../src/assessment/models/subtitling/segment-families.js'
import type { SubScenario } from '../../../src/assessment/models/subtitling/sub-text.js'
import {
  SUB_FORMAT_FAMILIES,
  SUB_READING_FAMILIES,
  SUB_SDH_FAMILIES,
  SUB_TIMING_FAMILIES,
} from '../../../src/assessment/models/subtitling/subtitling-models.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...SUB_TIMING_FAMILIES,
  ...SUB_READING_FAMILIES,
  ...SEGMENT_FAMILIES,
  ...SUB_FORMAT_FAMILIES,
  ...SUB_SDH_FAMILIES,
  ...QC_FAMILIES,
]
const DRAWS = 40

type In = Readonly<Record<string, number | string>>
const num = (x: In, k: string) => x[k] as number

// ---- A second timecode implementation: clock times through Date's ISO formatting, non-drop
// labels through the same, and drop-frame labels by walking every label from 00:00:00;00 and
// skipping ;00 and ;01 at each minute not divisible by ten (SMPTE ST 12-1), never by formula.

const iso = (ms: number) => new Date(Math.round(ms)).toISOString().slice(11, 23)
const clock2 = (ms: number, sep = ',') => iso(ms).replace('.', sep)
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`)
/** A non-drop label: whole seconds through Date, the frames after them. */
const label2 = (n: number, base: number, sep = ':') =>
  `${iso(Math.floor(n / base) * 1000).slice(0, 8)}${sep}${pad(n - Math.floor(n / base) * base)}`

const DF: string[] = []
const DF_INDEX = new Map<string, number>()
{
  let h = 0
  let m = 0
  let s = 0
  let f = 0
  while (DF.length < 30 * 60 * 60 * 2 + 100) {
    const l = `${pad(h)}:${pad(m)}:${pad(s)};${pad(f)}`
    DF_INDEX.set(l, DF.length)
    DF.push(l)
    f++
    if (f === 30) {
      f = 0
      s++
    }
    if (s === 60) {
      s = 0
      m++
    }
    if (m === 60) {
      m = 0
      h++
    }
    if (s === 0 && f === 0 && m % 10 !== 0) f = 2
  }
}
const fields = (l: string) => l.split(/[:;]/).map(Number) as [number, number, number, number]
const frameText = (n: number) => `frame ${new Intl.NumberFormat('en-US').format(n)}`

/** Every slip of every calculated family worked out again from the drawn inputs. */
type Twin = (x: In) => string
const TWINS: Record<string, Record<string, Twin>> = {}
const add = (id: string, t: Record<string, Twin>) => {
  TWINS[id] = t
}

{
  const base = (x: In) => ((num(x, 'h') * 60 + num(x, 'm')) * 60 + num(x, 's')) * 1000
  const perFrame = (fps: number, sep: string) => (x: In) =>
    clock2(base(x) + (num(x, 'f') * 1000) / fps, sep)
  add('frames-to-srt-time-at-25-fps', {
    key: perFrame(25, ','),
    framesAsMs: (x) => clock2(base(x) + num(x, 'f'), ','),
    framesAsCs: (x) => clock2(base(x) + num(x, 'f') * 10, ','),
    at24: perFrame(24, ','),
    at30: perFrame(30, ','),
  })
  add('frames-to-vtt-time-at-24-fps', {
    key: perFrame(24, '.'),
    framesAsMs: (x) => clock2(base(x) + num(x, 'f'), '.'),
    framesAsCs: (x) => clock2(base(x) + num(x, 'f') * 10, '.'),
    at25: perFrame(25, '.'),
    at30: perFrame(30, '.'),
  })
  const near = (rate: number, round: (v: number) => number) => (x: In) => {
    const k = round((num(x, 'ms') * rate) / 1000)
    return `${iso(base(x) + Math.floor(k / rate) * 1000).slice(0, 8)}:${pad(k % rate)}`
  }
  add('srt-time-to-nearest-frame-at-25-fps', {
    key: near(25, Math.round),
    truncate: near(25, Math.floor),
    msAsCs: (x) => `${iso(base(x)).slice(0, 8)}:${pad(Math.floor(num(x, 'ms') / 10) % 25)}`,
    at30: near(30, Math.round),
    at24: near(24, Math.round),
  })
  const borrow = (b: number | ((x: In) => number)) => (x: In) => {
    const [h, m, s, f] = fields(label2(num(x, 'n'), num(x, 'fps')))
    const rate = typeof b === 'number' ? b : b(x)
    return f >= 2
      ? `${pad(h)}:${pad(m)}:${pad(s)}:${pad(f - 2)}`
      : `${pad(h)}:${pad(m)}:${pad(s - 1)}:${pad(f - 2 + rate)}`
  }
  add('latest-out-time-before-a-two-frame-gap', {
    key: (x) => label2(num(x, 'n') - 2, num(x, 'fps')),
    noGap: (x) => label2(num(x, 'n'), num(x, 'fps')),
    wrap30: borrow(30),
    wrapOther: borrow((x) => (num(x, 'fps') === 24 ? 25 : 24)),
  })
  const labels = (x: In) => [label2(num(x, 'inF'), 25), label2(num(x, 'outF'), 25)].map(fields)
  const atRate = (rate: number) => (x: In) => {
    const [a, b] = labels(x)
    const n = (l: number[]) => ((l[1]! * 60 + l[2]!) * rate + l[3]!) * 1000
    return `${Math.round((n(b!) - n(a!)) / rate)} ms`
  }
  add('event-duration-between-timecodes-at-25-fps', {
    key: (x) => `${((num(x, 'outF') - num(x, 'inF')) * 1000) / 25} ms`,
    framesAsCs: (x) => {
      const [a, b] = labels(x)
      return `${((b![1] - a![1]) * 60 + (b![2] - a![2])) * 1000 + (b![3] - a![3]) * 10} ms`
    },
    at30: atRate(30),
    at24: atRate(24),
    seconds: (x) => {
      const [a, b] = labels(x)
      return `${((b![1] - a![1]) * 60 + (b![2] - a![2])) * 1000} ms`
    },
  })
  /** The least whole k with k * den >= fps * num (no floating division). */
  const atLeast = (fps: number, numr: number, den: number) => {
    let k = 0
    while (k * den < fps * numr) k++
    return k
  }
  add('minimum-duration-in-frames', {
    key: (x) => `${atLeast(num(x, 'fps'), 5, 6)} frames`,
    floor: (x) => `${atLeast(num(x, 'fps'), 5, 6) - (num(x, 'fps') % 6 === 0 ? 0 : 1)} frames`,
    second: (x) => `${num(x, 'fps')} frames`,
    copy24: () => '20 frames',
    sixFifths: (x) => `${atLeast(num(x, 'fps'), 6, 5)} frames`,
  })
  const drift = (per: number) => ({
    key: (x: In) => clock2((num(x, 'n') * 1001) / per),
    labelIsClock: (x: In) => clock2((num(x, 'n') * 1000) / per),
    inverted: (x: In) => clock2((num(x, 'n') * 1000) / per / 1.001),
    at25: (x: In) => clock2((num(x, 'n') * 1000) / 25),
  })
  add('ndf-23976-label-to-clock-time', drift(24))
  add('ndf-2997-label-to-clock-time', drift(30))
  add('pal-speed-up-retime', {
    key: (x) => clock2(num(x, 'ms') / (25 / 24)),
    inverted: (x) => clock2(num(x, 'ms') * (25 / 24)),
    same: (x) => clock2(num(x, 'ms')),
    ntsc: (x) => clock2(num(x, 'ms') * 1.001),
  })
  const sign = (x: In) => (num(x, 'late') === 1 ? 1 : -1)
  add('global-offset-direction', {
    key: (x) => clock2(num(x, 'ms') + sign(x) * num(x, 'shift')),
    wrongWay: (x) => clock2(num(x, 'ms') - sign(x) * num(x, 'shift')),
    asFrames25: (x) => {
      const [whole, tenths] = (num(x, 'shift') / 1000).toFixed(1).split('.').map(Number)
      return clock2(num(x, 'ms') + sign(x) * (whole! * 1000 + tenths! * 40))
    },
    half: (x) => clock2(num(x, 'ms') + (sign(x) * num(x, 'shift')) / 2),
    wholeSeconds: (x) => clock2(num(x, 'ms') + sign(x) * Math.trunc(num(x, 'shift') / 1000) * 1000),
  })
  const dfMinutes = (x: In) => {
    const [h, m] = fields(DF[num(x, 'n')]!)
    return { all: h * 60 + m, dropped: h * 60 + m - Math.floor((h * 60 + m) / 10) }
  }
  add('drop-frame-label-of-a-frame-count', {
    key: (x) => DF[num(x, 'n')]!,
    nonDrop: (x) => label2(num(x, 'n'), 30, ';'),
    everyMinute: (x) => label2(num(x, 'n') + 2 * dfMinutes(x).all, 30, ';'),
    minusDrops: (x) => label2(num(x, 'n') - 2 * dfMinutes(x).dropped, 30, ';'),
    four: (x) => label2(num(x, 'n') + 4 * dfMinutes(x).dropped, 30, ';'),
  })
  const lab = (x: In) =>
    `${pad(num(x, 'h'))}:${pad(num(x, 'm'))}:${pad(num(x, 's'))};${pad(num(x, 'f'))}`
  const ndf30 = (x: In) => ((num(x, 'h') * 60 + num(x, 'm')) * 60 + num(x, 's')) * 30 + num(x, 'f')
  const mins = (x: In) => num(x, 'h') * 60 + num(x, 'm')
  add('drop-frame-label-to-frame-count', {
    key: (x) => frameText(DF_INDEX.get(lab(x))!),
    nonDrop: (x) => frameText(ndf30(x)),
    everyMinute: (x) => frameText(ndf30(x) - 2 * mins(x)),
    tenthsOnly: (x) => frameText(ndf30(x) - 2 * Math.floor(mins(x) / 10)),
    four: (x) => frameText(ndf30(x) - 4 * (mins(x) - Math.floor(mins(x) / 10))),
    plusDrops: (x) => frameText(ndf30(x) + 2 * (mins(x) - Math.floor(mins(x) / 10))),
    fourEvery: (x) => frameText(ndf30(x) - 4 * mins(x)),
  })
  const head = (x: In) => DF[num(x, 'n')]!.slice(0, 8)
  add('drop-frame-label-after-a-minute-boundary', {
    key: (x) => DF[num(x, 'n')]!,
    noDrop: (x) => `${head(x)};00`,
    dropAlways: (x) => `${head(x)};02`,
    dropOne: (x) => `${head(x)};01`,
    four: (x) => `${head(x)};04`,
  })
  const L = (x: In, n: number) => label2(n, num(x, 'fps'))
  const inWindow = (x: In) => Math.abs(num(x, 'inF') - num(x, 'sc')) <= num(x, 'limit')
  add('snap-in-time-to-a-shot-change', {
    key: (x) => L(x, inWindow(x) ? num(x, 'sc') : num(x, 'inF')),
    keep: (x) => L(x, num(x, 'inF')),
    snap: (x) => L(x, num(x, 'sc')),
    twoBefore: (x) => L(x, num(x, 'sc') - 2),
    twoAfter: (x) => L(x, num(x, 'sc') + 2),
    windowEdge: (x) => L(x, num(x, 'sc') - num(x, 'limit')),
  })
  const outWindow = (x: In) => {
    const d = num(x, 'sc') - num(x, 'outF')
    return d > 0 && d <= num(x, 'limit')
  }
  add('snap-out-time-before-a-shot-change', {
    key: (x) => L(x, outWindow(x) ? num(x, 'sc') - 2 : num(x, 'outF')),
    keep: (x) => L(x, num(x, 'outF')),
    snap: (x) => L(x, num(x, 'sc') - 2),
    onCut: (x) => L(x, num(x, 'sc')),
    afterCut: (x) => L(x, num(x, 'sc') + 2),
    windowEdge: (x) => L(x, num(x, 'sc') - num(x, 'limit')),
  })
}

{
  /** A label whose frame field may have run past the rate, carried into the seconds at `rate`. */
  const carry = (h: number, m: number, s: number, f: number, rate: number) =>
    `${iso(((h * 60 + m) * 60 + s + Math.floor(f / rate)) * 1000).slice(0, 8)}:${pad(f % rate)}`
  const inFields = (x: In) => fields(label2(num(x, 'inF'), 25))
  const split = (x: In) => {
    const dur = num(x, 'dur')
    return { ds: Math.floor(dur / 25), df: (dur % 25) * 4 }
  }
  const lab24 = (x: In) => ((num(x, 'h') * 60 + num(x, 'm')) * 60 + num(x, 's')) * 1000
  const n24 = (x: In) => ((num(x, 'h') * 60 + num(x, 'm')) * 60 + num(x, 's')) * 24 + num(x, 'f')
  add('ndf-23976-timecode-to-srt-time', {
    key: (x) => clock2((n24(x) * 1001) / 24),
    labelIsClock: (x) => clock2(lab24(x) + (num(x, 'f') * 1000) / 24),
    framesAsMs: (x) => clock2(lab24(x) + num(x, 'f')),
    inverted: (x) => clock2((n24(x) * 1000) / 24 / 1.001),
    at25: (x) => clock2((n24(x) * 1000) / 25),
  })
  add('out-time-from-a-duration-at-25-fps', {
    key: (x) => label2(num(x, 'inF') + num(x, 'dur'), 25),
    decimalAsFrames: (x) => {
      const [h, m, s, f] = inFields(x)
      return carry(h, m, s + split(x).ds, f + split(x).df, 25)
    },
    carry30: (x) => {
      const [h, m, s, f] = inFields(x)
      return carry(h, m, s, f + num(x, 'dur'), 30)
    },
    carry24: (x) => {
      const [h, m, s, f] = inFields(x)
      return carry(h, m, s, f + num(x, 'dur'), 24)
    },
    secondsOnly: (x) => {
      const [h, m, s, f] = inFields(x)
      return carry(h, m, s + split(x).ds, f, 25)
    },
  })
  const dfLab = (x: In) =>
    `${pad(num(x, 'h'))}:${pad(num(x, 'm'))}:${pad(num(x, 's'))};${pad(num(x, 'f'))}`
  const walked = (x: In) => DF_INDEX.get(dfLab(x))!
  add('drop-frame-label-to-clock-time', {
    key: (x) => clock2((walked(x) * 1001) / 30),
    labelIsClock: (x) =>
      clock2(
        ((num(x, 'h') * 60 + num(x, 'm')) * 60 + num(x, 's')) * 1000 + (num(x, 'f') * 1000) / 30,
      ),
    at30: (x) => clock2((walked(x) * 1000) / 30),
    noDrop: (x) =>
      clock2(
        ((((num(x, 'h') * 60 + num(x, 'm')) * 60 + num(x, 's')) * 30 + num(x, 'f')) * 1001) / 30,
      ),
  })
  /** The least whole number of milliseconds covering `frames` frames at num/den fps. */
  const msFor = (frames: number, n: number, d: number) => {
    let k = 0
    while (k * n < frames * 1000 * d) k++
    return `${k} ms`
  }
  add('minimum-gap-in-milliseconds', {
    key: (x) => msFor(2, num(x, 'num'), num(x, 'den')),
    framesAsMs: () => '2 ms',
    tenths: () => '200 ms',
    at25: () => msFor(2, 25, 1),
    at30: () => msFor(2, 30, 1),
    at24: () => msFor(2, 24, 1),
    oneFrame: (x) => msFor(1, num(x, 'num'), num(x, 'den')),
  })
}

// ---- Reading speed by a second count: characters via Intl.Segmenter graphemes.
{
  const seg = new Intl.Segmenter('en', { granularity: 'grapheme' })
  const count = (t: string, keep: (c: string) => boolean) =>
    [...seg.segment(t)].filter(({ segment }) => segment !== '\n' && keep(segment)).length
  const all = (c: string) => c.length > 0
  const noSp = (c: string) => c !== ' '
  const alnum = (c: string) => /^[\p{L}\p{N}]$/u.test(c)
  const tx = (x: In) => x.text as string
  const longest = (x: In, keep: (c: string) => boolean) =>
    Math.max(
      ...tx(x)
        .split('\n')
        .map((l) => count(l, keep)),
    )
  const cps = (n: number, ms: number) => `${(Math.round((n * 10000) / ms) / 10).toFixed(1)} cps`
  const wholeMs = (x: In) => Math.floor(num(x, 'ms') / 1000) * 1000
  add('cps-counting-spaces-and-punctuation', {
    key: (x) => cps(count(tx(x), all), num(x, 'ms')),
    noSpaces: (x) => cps(count(tx(x), noSp), num(x, 'ms')),
    lineBreak: (x) => cps(count(tx(x), all) + 1, num(x, 'ms')),
    longestLine: (x) => cps(longest(x, all), num(x, 'ms')),
    wholeSeconds: (x) => cps(count(tx(x), all), wholeMs(x)),
    noPunct: (x) => cps(count(tx(x), alnum), num(x, 'ms')),
    ceilSeconds: (x) => cps(count(tx(x), all), Math.ceil(num(x, 'ms') / 1000) * 1000),
  })
  add('cps-counting-without-spaces', {
    key: (x) => cps(count(tx(x), noSp), num(x, 'ms')),
    withSpaces: (x) => cps(count(tx(x), all), num(x, 'ms')),
    noPunct: (x) => cps(count(tx(x), alnum), num(x, 'ms')),
    longestLine: (x) => cps(longest(x, noSp), num(x, 'ms')),
    wholeSeconds: (x) => cps(count(tx(x), noSp), wholeMs(x)),
  })
  /** The fewest frames k with k / fps seconds >= chars / rate, by stepping. */
  const fewest = (chars: number, rate: number, fps: number) => {
    let k = 0
    while (k * rate < chars * fps) k++
    return k
  }
  const most = (chars: number, rate: number, fps: number) => {
    let k = 0
    while ((k + 1) * rate <= chars * fps) k++
    return k
  }
  const fr = (k: number) => `${k} frames`
  add('shortest-duration-for-a-reading-speed', {
    key: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 25)),
    noSpaces: (x) => fr(fewest(count(tx(x), noSp), num(x, 'cps'), 25)),
    floor: (x) => fr(most(count(tx(x), all), num(x, 'cps'), 25)),
    otherRate: (x) => fr(fewest(count(tx(x), all), num(x, 'cps') === 17 ? 20 : 17, 25)),
    lineBreak: (x) => fr(fewest(count(tx(x), all) + 2, num(x, 'cps'), 25)),
    at30: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 30)),
    at24: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 24)),
    ceilSeconds: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 1) * 25),
  })
  const rate1 = (v: number) => `${(Math.round(v * 10) / 10).toFixed(1)} cps`
  const spanMs = (x: In, rate: number) => {
    const [, am, as, af] = fields(label2(num(x, 'inF'), 25))
    const [, bm, bs, bf] = fields(label2(num(x, 'inF') + num(x, 'dur'), 25))
    return (((bm - am) * 60 + (bs - as)) * rate + (bf - af)) * (1000 / rate)
  }
  add('cps-over-timecodes-at-25-fps', {
    key: (x) => rate1((count(tx(x), all) * 1000) / spanMs(x, 25)),
    framesAsCs: (x) => rate1((count(tx(x), all) * 1000) / spanMs(x, 100)),
    noSpaces: (x) => rate1((count(tx(x), noSp) * 1000) / spanMs(x, 25)),
    at30: (x) => rate1((count(tx(x), all) * 30) / num(x, 'dur')),
    at24: (x) => rate1((count(tx(x), all) * 24) / num(x, 'dur')),
    lineBreak: (x) => rate1(((count(tx(x), all) + 1) * 1000) / spanMs(x, 25)),
    longestLine: (x) => rate1((longest(x, all) * 1000) / spanMs(x, 25)),
  })
  add('frames-to-add-for-a-reading-speed', {
    key: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 25) - num(x, 'has')),
    total: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 25)),
    noSpaces: (x) => fr(fewest(count(tx(x), noSp), num(x, 'cps'), 25) - num(x, 'has')),
    floor: (x) => fr(most(count(tx(x), all), num(x, 'cps'), 25) - num(x, 'has')),
    at30: (x) => fr(fewest(count(tx(x), all), num(x, 'cps'), 30) - num(x, 'has')),
  })
  const chars = (k: number) => `${k} characters`
  const within = (x: In) => {
    let k = 0
    while ((k + 1) * 1000 <= num(x, 'ms') * num(x, 'cps')) k++
    return k
  }
  add('most-characters-a-duration-allows', {
    key: (x) => chars(within(x)),
    ceil: (x) =>
      chars(within(x) * 1000 === num(x, 'ms') * num(x, 'cps') ? within(x) : within(x) + 1),
    wholeSeconds: (x) => chars(Math.trunc(num(x, 'ms') / 1000) * num(x, 'cps')),
    perLine: (x) => chars(within(x) * 2),
    roundSeconds: (x) => chars(Math.round(num(x, 'ms') / 1000) * num(x, 'cps')),
  })
  add('cps-from-a-duration-in-frames-at-24-fps', {
    key: (x) => rate1((count(tx(x), all) * 24) / num(x, 'frames')),
    at25: (x) => rate1((count(tx(x), all) * 25) / num(x, 'frames')),
    at30: (x) => rate1((count(tx(x), all) * 30) / num(x, 'frames')),
    noSpaces: (x) => rate1((count(tx(x), noSp) * 24) / num(x, 'frames')),
    longestLine: (x) => rate1((longest(x, all) * 24) / num(x, 'frames')),
    perFrame: (x) => rate1((count(tx(x), all) * 100) / num(x, 'frames')),
  })
  /** The most characters a slot allows at a rate, by stepping. */
  const budget = (x: In) => {
    let k = 0
    while ((k + 1) * 1000 <= num(x, 'ms') * num(x, 'rate')) k++
    return k
  }
  add('characters-to-cut-for-a-reading-speed', {
    key: (x) => chars(count(tx(x), all) - budget(x)),
    allowed: (x) => chars(budget(x)),
    wholeSeconds: (x) =>
      chars(count(tx(x), all) - Math.trunc(num(x, 'ms') / 1000) * num(x, 'rate')),
    noSpaces: (x) => chars(count(tx(x), noSp) - budget(x)),
    roundSeconds: (x) =>
      chars(count(tx(x), all) - Math.round(num(x, 'ms') / 1000) * num(x, 'rate')),
    longestLine: (x) => chars(longest(x, all) - budget(x)),
  })
  const srtMs = (x: In) => num(x, 'outMs') - num(x, 'inMs')
  const srtWhole = (x: In) =>
    (Math.trunc(num(x, 'outMs') / 1000) - Math.trunc(num(x, 'inMs') / 1000)) * 1000
  add('cps-from-an-srt-timing-line', {
    key: (x) => cps(count(tx(x), all), srtMs(x)),
    wholeSeconds: (x) => cps(count(tx(x), all), srtWhole(x)),
    noSpaces: (x) => cps(count(tx(x), noSp), srtMs(x)),
    longestLine: (x) => cps(longest(x, all), srtMs(x)),
    lineBreak: (x) => cps(count(tx(x), all) + 2, srtMs(x)),
  })
  const cues = (x: In) => [1, 2, 3, 4].map((i) => ({ i, n: num(x, `n${i}`), ms: num(x, `ms${i}`) }))
  const pick =
    (f: (c: ReturnType<typeof cues>[number], all: ReturnType<typeof cues>) => boolean) =>
    (x: In) => {
      const cs = cues(x)
      const hit = cs.filter((c) => f(c, cs))
      return hit.length === 1 ? `Cue ${hit[0]!.i}` : `no single cue (${hit.length})`
    }
  add('which-cue-breaks-the-reading-speed', {
    key: (x) => pick((c) => c.n * 1000 > num(x, 'cps') * c.ms)(x),
    exact: (x) => pick((c) => c.n * 1000 === num(x, 'cps') * c.ms)(x),
    long: pick((c, all) => c.n === Math.max(...all.map((o) => o.n))),
    short: pick((c, all) => c.ms === Math.min(...all.map((o) => o.ms))),
  })
}

// ---- TTML2 §10.3.1 time expressions, read by a second implementation that parses the value.
{
  const secs = (v: number) => `${v.toFixed(3)} s`
  const clockAt = (rate: number | ((x: In) => number)) => (x: In) => {
    const r = typeof rate === 'number' ? rate : rate(x)
    return secs((num(x, 's') * r + num(x, 'f')) / r)
  }
  add('ttml-clock-time-with-frames', {
    key: clockAt((x) => num(x, 'fps')),
    framesAsCs: clockAt(100),
    framesAsMs: clockAt(1000),
    at30: clockAt(30),
    other: clockAt((x) => (num(x, 'fps') === 24 ? 25 : 24)),
  })
  const METRIC: Record<string, (v: number, fps: number) => number> = {
    h: (v) => v * 3600,
    m: (v) => v * 60,
    s: (v) => v,
    ms: (v) => v / 1000,
    f: (v, fps) => v / fps,
  }
  const s4 = (v: number) => `${Number(v.toFixed(4))} s`
  const v = (x: In) => num(x, 'value')
  const mt = (x: In) => x.metric as string
  add('ttml-offset-time-metrics', {
    key: (x) => s4(METRIC[mt(x)]!(v(x), num(x, 'fps'))),
    asSeconds: (x) => s4(v(x)),
    mAsMs: (x) =>
      s4(mt(x) === 'm' ? METRIC.ms!(v(x), 0) : mt(x) === 'ms' ? METRIC.m!(v(x), 0) : v(x) / 30),
    other: (x) =>
      s4(
        mt(x) === 'f'
          ? v(x) / (num(x, 'fps') === 24 ? 25 : 24)
          : mt(x) === 'm'
            ? Math.trunc(v(x)) * 60 + Math.round((v(x) - Math.trunc(v(x))) * 100)
            : v(x) / 100,
      ),
    asFrames: (x) => s4(mt(x) === 'f' ? METRIC.ms!(v(x), 0) : v(x) / num(x, 'fps')),
  })
}

// ---- QC over the listed cues.
{
  const list = (x: In) => {
    const out: { i: number; a: number; b: number }[] = []
    for (let i = 1; x[`a${i}`] !== undefined; i++)
      out.push({ i, a: num(x, `a${i}`), b: num(x, `b${i}`) })
    return out
  }
  type C = ReturnType<typeof list>[number]
  const only =
    (f: (c: C, next: C | undefined, all: C[]) => boolean, skipLast = false) =>
    (x: In) => {
      const cs = list(x)
      const hit = cs.filter((c, k) => !(skipLast && k === cs.length - 1) && f(c, cs[k + 1], cs))
      return hit.length === 1 ? `Cue ${hit[0]!.i}` : `no single cue (${hit.length})`
    }
  add('overlapping-cues', {
    key: only((c, n) => n !== undefined && c.b > n.a),
    touching: only((c, n) => n !== undefined && c.b === n.a),
    shortGap: only((c, n) => n !== undefined && n.a - c.b > 0 && n.a - c.b < 80),
    long: only((c, _, all) => c.b - c.a === Math.max(...all.map((o) => o.b - o.a)), true),
  })
  add('cue-under-the-minimum-duration', {
    key: only((c) => c.b - c.a < 1000),
    exact: only((c) => c.b - c.a === 1000),
    gapAfter: only((c, n) => n !== undefined && c.b - c.a >= 1000 && n.a - c.b < 1000),
    longest: only((c, _, all) => c.b - c.a === Math.max(...all.map((o) => o.b - o.a))),
  })
  add('cue-over-the-maximum-duration', {
    key: only((c) => c.b - c.a > 7000),
    exact: only((c) => c.b - c.a === 7000),
    inToNext: only((c, n) => n !== undefined && c.b - c.a < 7000 && n.a - c.a > 7000),
    short: only((c, _, all) => c.b - c.a === Math.min(...all.map((o) => o.b - o.a))),
  })
}

// ---- Rule tables.

/** W3C WebVTT §4.1 / §6.1: a timestamp is [hh+:]mm:ss.ttt, minutes and seconds 00-59, three fraction digits. */
const VTT_TS = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/
const vttMs = (t: string) => {
  const m = VTT_TS.exec(t)
  return m
    ? ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4])
    : null
}
/** A WebVTT cue timing line without settings: start --> end, end after start. */
const vttTiming = (line: string) => {
  const m = /^(\S+)[ \t]+-->[ \t]+(\S+)$/.exec(line)
  if (!m) return null
  const a = vttMs(m[1]!)
  const b = vttMs(m[2]!)
  return a !== null && b !== null && b > a ? [a, b] : null
}
/** SubRip: HH:MM:SS,mmm --> HH:MM:SS,mmm and nothing else on the line. */
const srtTiming = (line: string) => {
  const m = /^(\d{2}):([0-5]\d):([0-5]\d),(\d{3}) --> (\d{2}):([0-5]\d):([0-5]\d),(\d{3})$/.exec(
    line,
  )
  if (!m) return null
  const t = (k: number) =>
    ((Number(m[k]) * 60 + Number(m[k + 1])) * 60 + Number(m[k + 2])) * 1000 + Number(m[k + 3])
  return [t(1), t(5)]
}
/** WebVTT §4.1: the file starts with WEBVTT then a space, tab or line break, or ends there. */
const vttSignature = (line: string) => /^WEBVTT(?:[ \t].*)?$/.test(line)
/** WebVTT cue text as displayed: tags dropped, the spec's named references decoded (§6.4). */
function vttDisplay(payload: string): string {
  let out = ''
  let i = 0
  const refs: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    nbsp: '\u00a0',
    lrm: '\u200e',
    rlm: '\u200f',
  }
  while (i < payload.length) {
    const ch = payload[i]!
    if (ch === '<') {
      const end = payload.indexOf('>', i)
      i = end < 0 ? payload.length : end + 1
      continue
    }
    if (ch === '&') {
      const m = /^&([a-z]+);/.exec(payload.slice(i))
      if (m && refs[m[1]!] !== undefined) {
        out += refs[m[1]!]
        i += m[0].length
        continue
      }
    }
    out += ch
    i++
  }
  return out
}
/** WebVTT §4.2.2: a voice span opens with <v followed by whitespace and the annotation. */
const voiceOf = (payload: string) => /^<v(?:\.[^\s>]+)*[ \t]+([^>]+)>/.exec(payload)?.[1] ?? null
/** WebVTT §4.2.2: the span tags cue text may hold. */
const VTT_TAGS = ['c', 'i', 'b', 'u', 'ruby', 'rt', 'v', 'lang']
/** IANA media types: text/vtt (WebVTT spec, IANA registration) and application/ttml+xml (TTML2, Annex). */
const MEDIA_TYPES: Record<string, string> = { vtt: 'text/vtt', ttml: 'application/ttml+xml' }
/** WebVTT §6.3: line:0 (or 0%) is the top; a negative line counts from the bottom. */
const movesToTop = (settings: string) => /^line:0%?( (align|position|size):\S+)*$/.test(settings)
/** WebVTT §4.1: a comment block begins with NOTE then a space, tab or line break. */
const isNote = (block: string) => /^NOTE(?:[ \t]|$)/.test(block)
/** WebVTT §4.2.2 / §6.4: an inner timestamp tag <hh:mm:ss.ttt>. */
const innerTimestamp = (payload: string) =>
  [...payload.matchAll(/<([^>]*)>/g)].map((m) => vttMs(m[1]!)).find((v) => v !== null) ?? null

/** Netflix English Timed Text Style Guide, “Line Treatment”, as word classes. */
const CLASS: Record<string, readonly string[]> = {
  article: ['a', 'an', 'the'],
  preposition: [
    'along',
    'to',
    'in',
    'on',
    'at',
    'for',
    'from',
    'about',
    'after',
    'since',
    'under',
    'through',
    'of',
  ],
  conjunction: ['but', 'or', 'and', 'until', 'before'],
  pronoun: ['nobody', 'i’ll', 'i', 'we', 'you', 'she', 'he', 'it', 'they'],
  verb: ['has', 'have', 'had', 'will', 'can', 'was', 'been', 'should', 'shouldn’t', 'keep', 'turn'],
  adjective: ['old', 'young', 'big', 'surprise'],
  name: ['maria', 'peter', 'helen'],
}
const classOf = (word: string) =>
  Object.entries(CLASS).find(([, ws]) => ws.includes(word.toLowerCase()))?.[0] ?? null
const breakProblems = (t: string) => {
  const [top, bottom] = t.split(' / ')
  const problems: string[] = []
  if ([top!, bottom!].some((l) => [...l].length > 42)) problems.push('overLimit')
  const last = top!.split(' ').pop()!
  const cls = classOf(last)
  if (cls) problems.push(cls)
  return problems
}

/** Keywords of each described term, from the cited definitions (FCC, DCMP, Netflix, BBC). */
const TERM_WORDS: Record<string, RegExp> = {
  'Pop-on captions': /appears whole at once/,
  'Roll-up captions': /earlier rows move up/,
  'Paint-on captions': /drawn one after another/,
  'Open captions': /part of the video picture/,
  'Real-time captions': /stenographer or respeaker/,
  'Closed captions': /switch on or off/,
  'Forced narrative subtitles': /shown even when the viewer has subtitles off/,
  'Subtitles for the deaf and hard of hearing': /speaker names, sound effects and music/,
  'Audio description': /narrated track for blind/,
  Spotting: /setting the in-time and out-time/,
  'Subtitle template': /one timed English file/,
  'Shot change': /camera angle/,
  'Reading speed': /divided by its duration/,
  Conform: /new cut of the programme/,
  Transcreation: /pun, song or joke/,
  'Pivot translation': /third language/,
  'Dialogue list': /every spoken line with speaker/,
  'CEA-608': /line 21 of the picture/,
  'CEA-708': /digital television caption standard/,
  SCC: /hexadecimal byte pairs/,
  'EBU-STL': /EBU Tech 3264/,
  IMSC: /profile of the XML Timed Text/,
  WebVTT: /HTML track element/,
  SubRip: /numbered cues with comma/,
  'Speaker identification': /person talking cannot be seen/,
  'Sound effect description': /noise that matters/,
  'Manner-of-speaking tag': /how it is said/,
  'Lyrics marker': /each sung line/,
  'Off-screen italics': /slanted typeface/,
  'Dual-speaker dashes': /two people’s lines/,
}
/** 47 CFR §79.1(j)(2)(i)-(iv), as the failures each describes. */
const FCC_WORDS: Record<string, RegExp> = {
  Accuracy: /fifteen milligrams|spelt|sarcastic/,
  Synchronicity: /seconds after|too quickly|before the comedian/,
  Completeness: /stop four minutes|no captions at all|drops out/,
  Placement: /cover the hotline|signer|off the right/,
}

const drawn = drawFamilies(FAMILIES, DRAWS, 20261205) as { family: string; s: SubScenario }[]

describeEngineIndependent('subtitling and captioning', () => {
  it('draws every family, and each draw offers three distinct distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    // Families offer every distinct mistake and the item model picks three, so each draw needs
    // at least three, and any three of them make a well-formed option set.
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('works out every time, count and cue again by a second implementation: the key is the rule’s, each distractor its slip’s', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      const twins = TWINS[family]
      if (!twins) {
        problems.push(`${family}: no twin`)
        continue
      }
      checked++
      for (const [text, slip] of Object.entries(s.calc.slips)) {
        const twin = twins[slip]
        if (!twin) {
          problems.push(`${family}/${slip}: no twin`)
          continue
        }
        const want = twin(s.calc.in)
        if (want !== text) problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
      }
    }
    expect(checked).toBeGreaterThan(600)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('checks file-format answers against the WebVTT, SubRip and TTML rules: the key passes, no distractor does', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (!s.rule) continue
      const { ask } = s.rule
      const wrong = s.wrong.map(([t]) => t)
      const judge = (ok: (t: string) => boolean) => {
        if (!ok(s.key)) problems.push(`${family}: key ${s.key} fails`)
        for (const t of wrong) if (ok(t)) problems.push(`${family}: distractor ${t} passes`)
      }
      const times = [...s.stem.matchAll(/(\d+\.\d{3}) s/g)].map((m) =>
        Math.round(Number(m[1]) * 1000),
      )
      const vttTimes = [...s.stem.matchAll(/(\d\d:\d\d:\d\d\.\d{3})/g)].map((m) => vttMs(m[1]!))
      if (ask === 'srt-timing') {
        const want = times.length === 2 ? times : vttTimes
        judge((t) => String(srtTiming(t)) === String(want))
      } else if (ask === 'vtt-timing') judge((t) => String(vttTiming(t)) === String(times))
      else if (ask === 'signature') judge(vttSignature)
      else if (ask.startsWith('voice:')) judge((t) => voiceOf(t) === ask.slice(6))
      else if (ask.startsWith('escape:')) judge((t) => vttDisplay(t) === ask.slice(7))
      else if (ask === 'top') judge(movesToTop)
      else if (ask === 'note') judge(isNote)
      else if (ask === 'style') judge((t) => /^A STYLE block with ::cue \{/.test(t))
      else if (ask.startsWith('timestamp:'))
        judge((t) => innerTimestamp(t) !== null && innerTimestamp(t) === vttMs(ask.slice(10)))
      else if (ask === 'identifier') judge((t) => t.includes('-->') || /[\r\n]/.test(t))
      else if (ask.startsWith('class:'))
        judge((t) => new RegExp(`^::cue\\(\\.${ask.slice(6)}\\) \\{ color: [a-z]+; \\}$`).test(t))
      else if (ask === 'italics') judge((t) => /^<i>[^<]*<\/i>$/.test(t) && VTT_TAGS.includes('i'))
      else if (ask.startsWith('mime:')) judge((t) => t === MEDIA_TYPES[ask.slice(5)])
      else if (ask === 'dfLabel') judge((t) => !DF_INDEX.has(t))
      else if (ask === 'oneLine') judge((t) => !t.includes(' / ') && [...t].length <= 42)
      else if (ask === 'dashes')
        judge((t) => {
          const ls = t.split(' / ')
          return ls.length === 2 && ls.every((l) => /^-\S/.test(l))
        })
      else if (ask === 'blank' || ask === 'srt-block') judge((t) => s.rule!.answers[t] === 'key')
      else if (ask === 'srt-to-vtt' || ask === 'drift' || ask === 'forced')
        judge((t) => s.rule!.answers[t] === (ask === 'drift' ? 'frameRate' : 'key'))
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every line break to the line-treatment rules, and each wrong break breaks the rule it names', () => {
    const problems: string[] = []
    for (const [id, cases] of Object.entries(BREAKS)) {
      for (const c of cases) {
        const k = breakProblems(c.key)
        if (k.length > 0) problems.push(`${id}: key ${c.key} ${k}`)
        const [top, bottom] = c.key.split(' / ')
        if ([...top!].length > [...bottom!].length) problems.push(`${id}: key ${c.key} top-heavy`)
        if ([...c.key.replace(' / ', ' ')].length <= 42)
          problems.push(`${id}: ${c.key} fits one line`)
        for (const [t, rule] of c.wrong) {
          if (t.replace(' / ', ' ') !== c.key.replace(' / ', ' '))
            problems.push(`${id}: ${t} changes the words`)
          const p = breakProblems(t)
          if (!p.includes(rule)) problems.push(`${id}: ${t} does not break ${rule} (${p})`)
        }
      }
    }
    for (const { family, s } of drawn) {
      if (s.rule?.ask !== 'break' && s.rule?.ask !== 'oneLine') continue
      for (const [t] of s.wrong) {
        const tag = s.rule.answers[t]!
        const p = breakProblems(t)
        const fits = [...t.replace(' / ', ' ')].length <= 42
        if (!tag.split('+').every((r) => p.includes(r) || (r === 'fits' && fits)))
          problems.push(`${family}: ${t} tagged ${tag}, breaks ${p}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('keys every condensation within its budget with the speaker’s negation and figures kept', () => {
    const problems: string[] = []
    const neg = /n’t|\bnot\b|\bnever\b|\bno\b/
    for (const [id, cases] of Object.entries(CONDENSE)) {
      for (const c of cases) {
        const len = (t: string) => [...t].length
        if (len(c.key) > c.budget) problems.push(`${id}: key over budget`)
        if (neg.test(c.said) !== neg.test(c.key)) problems.push(`${id}: key changes negation`)
        for (const [t, why] of c.wrong) {
          if (len(t) > c.budget !== (why === 'overBudget'))
            problems.push(`${id}: ${t} budget vs ${why}`)
          if (why === 'negation' && neg.test(t)) problems.push(`${id}: ${t} keeps the negation`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('keys each described term and FCC failure to its cited definition, and no distractor is described', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      const ask = s.rule?.ask ?? ''
      if (!ask.startsWith('term:') && ask !== 'fcc') continue
      checked++
      const table = ask === 'fcc' ? FCC_WORDS : TERM_WORDS
      const entry = (t: string) => s.rule!.answers[t]!
      if (!table[entry(s.key)]?.test(s.stem)) problems.push(`${family}: key ${s.key} not described`)
      for (const [t] of s.wrong) {
        const words = table[entry(t)]
        if (!words) problems.push(`${family}: unknown ${t}`)
        else if (words.test(s.stem)) problems.push(`${family}: ${t} is described too`)
      }
    }
    expect(checked).toBeGreaterThan(500)
    expect(problems.slice(0, 12)).toEqual([])
  })
})
