import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { clock, dfFrames, dfLabel, family, job, ndfFrames, ndfLabel, worked } from './sub-text.js'

// Timecode arithmetic a subtitler does in a spotting tool: frames to milliseconds for an SRT or
// WebVTT export, drop-frame labels at 29.97 fps (SMPTE ST 12-1: labels 00 and 01 skipped at each
// minute not divisible by ten), 23.976 and 29.97 non-drop drift against the clock (the rates are
// 24000/1001 and 30000/1001 frames a second), minimum gaps and durations as a stated style guide
// gives them. Every guide figure (five-sixths of a second, two frames, seven seconds) is stated.

const two = (n: number): string => String(n).padStart(2, '0')
const tc = (h: number, m: number, s: number, f: number, sep = ':') =>
  `${two(h)}:${two(m)}:${two(s)}${sep}${two(f)}`

/** A drawn label position: hours 0-1, minutes, seconds, frames below `base`. */
const at = (rng: Rng, base: number) => ({
  h: rng.int(0, 1),
  m: rng.int(0, 59),
  s: rng.int(0, 59),
  f: rng.int(1, base - 1),
})

const msOf = (p: { h: number; m: number; s: number }, ms: number) =>
  ((p.h * 60 + p.m) * 60 + p.s) * 1000 + ms

export const TIMING_FAMILIES: readonly ScenarioFamily[] = [
  family('frames-to-srt-time-at-25-fps', (rng) => {
    const p = at(rng, 25)
    const key = clock(msOf(p, (p.f * 1000) / 25))
    return worked(rng, {
      stem: `Spotting ${job(rng)} at 25 fps, a subtitle’s in-cue is at timecode ${tc(p.h, p.m, p.s, p.f)}. What time does the SRT export write for it?`,
      in: { ...p, fps: 25 },
      key,
      wrong: [
        ['framesAsMs', clock(msOf(p, p.f)), 'writes the frame number as milliseconds'],
        ['framesAsCs', clock(msOf(p, p.f * 10)), 'reads the frame field as hundredths of a second'],
        ['at24', clock(msOf(p, (p.f * 1000) / 24)), 'converts the frames at 24 fps'],
        ['at30', clock(msOf(p, (p.f * 1000) / 30)), 'converts the frames at 30 fps'],
      ],
    })
  }),
  family('frames-to-vtt-time-at-24-fps', (rng) => {
    const p = at(rng, 24)
    const key = clock(msOf(p, (p.f * 1000) / 24), '.')
    return worked(rng, {
      stem: `A film is timed at 24 fps. A cue’s in-time is ${tc(p.h, p.m, p.s, p.f)} (frames after the last colon). Which WebVTT timestamp, rounded to the nearest millisecond, is the same instant?`,
      in: { ...p, fps: 24, sep: '.' },
      key,
      wrong: [
        ['framesAsMs', clock(msOf(p, p.f), '.'), 'writes the frame number as milliseconds'],
        [
          'framesAsCs',
          clock(msOf(p, p.f * 10), '.'),
          'reads the frame field as hundredths of a second',
        ],
        ['at25', clock(msOf(p, (p.f * 1000) / 25), '.'), 'converts the frames at 25 fps'],
        ['at30', clock(msOf(p, (p.f * 1000) / 30), '.'), 'converts the frames at 30 fps'],
      ],
    })
  }),
  family('srt-time-to-nearest-frame-at-25-fps', (rng) => {
    const p = { h: 0, m: rng.int(0, 59), s: rng.int(0, 59) }
    // A millisecond part 20-39 past a frame boundary, so rounding and truncating differ.
    const frame = rng.int(1, 23)
    const ms = frame * 40 + rng.int(21, 39)
    const tcOf = (f: number, base: number) => tc(p.h, p.m, p.s + Math.floor(f / base), f % base)
    return worked(rng, {
      stem: `A client’s SRT has a cue at ${clock(msOf(p, ms))}. You import it into a 25 fps project that snaps times to the nearest frame. Which timecode does the cue land on?`,
      in: { ...p, ms, fps: 25 },
      key: tcOf(Math.round(ms / 40), 25),
      wrong: [
        [
          'truncate',
          tcOf(Math.floor(ms / 40), 25),
          'drops the part frame instead of rounding to the nearest',
        ],
        [
          'msAsCs',
          tcOf(Math.floor(ms / 10) % 25, 25),
          'reads the milliseconds’ first two digits as frames',
        ],
        ['at30', tcOf(Math.round((ms * 30) / 1000), 30), 'counts the frames at 30 fps'],
        ['at24', tcOf(Math.round((ms * 24) / 1000), 24), 'counts the frames at 24 fps'],
      ],
    })
  }),
  family('latest-out-time-before-a-two-frame-gap', (rng) => {
    const fps = rng.pick([24, 25])
    const p = { h: 0, m: rng.int(1, 59), s: rng.int(1, 59), f: rng.int(0, 1) }
    const n = ndfFrames(p.h, p.m, p.s, p.f, fps)
    const back = (base: number) => {
      const f = p.f - 2
      return f >= 0 ? tc(p.h, p.m, p.s, f) : tc(p.h, p.m, p.s - 1, f + base)
    }
    return worked(rng, {
      stem: `The style guide for ${job(rng)} at ${fps} fps asks for a minimum gap of 2 frames between subtitles. The next subtitle starts at ${tc(p.h, p.m, p.s, p.f)}. What is the latest out-time the current subtitle may have?`,
      in: { n, fps, gap: 2 },
      key: ndfLabel(n - 2, fps),
      wrong: [
        ['noGap', tc(p.h, p.m, p.s, p.f), 'ends on the next in-time, leaving no gap'],
        ['wrap30', back(30), 'borrows 30 frames from the second, as if at 30 fps'],
        [
          'wrapOther',
          back(fps === 24 ? 25 : 24),
          `borrows ${fps === 24 ? 25 : 24} frames from the second, the other film rate`,
        ],
      ],
    })
  }),
  family('event-duration-between-timecodes-at-25-fps', (rng) => {
    const m = rng.int(1, 58)
    const inF = ndfFrames(0, m, rng.int(50, 58), rng.int(13, 24), 25)
    const outF = inF + rng.int(40, 140)
    const outL = ndfLabel(outF, 25)
    const inL = ndfLabel(inF, 25)
    if (outF % 25 >= inF % 25) return refuse()
    const fields = (l: string) => l.split(':').map(Number) as [number, number, number, number]
    const [, im, is, iff] = fields(inL)
    const [, om, os, off] = fields(outL)
    const asCs = ((om - im) * 60 + (os - is)) * 1000 + (off - iff) * 10
    const per = (base: number) =>
      ((ndfFrames(0, om, os, off, base) - ndfFrames(0, im, is, iff, base)) * 1000) / base
    return worked(rng, {
      stem: `At 25 fps a subtitle runs from ${inL} to ${outL}. How long is it on screen, in milliseconds?`,
      in: { inF, outF, fps: 25 },
      key: `${(outF - inF) * 40} ms`,
      wrong: [
        ['framesAsCs', `${asCs} ms`, 'subtracts field by field reading frames as hundredths'],
        ['at30', `${Math.round(per(30))} ms`, 'borrows and converts at 30 fps'],
        ['at24', `${Math.round(per(24))} ms`, 'borrows and converts at 24 fps'],
        [
          'seconds',
          `${((om - im) * 60 + (os - is)) * 1000} ms`,
          'subtracts whole seconds and ignores the frames',
        ],
      ],
    })
  }),
  family('minimum-duration-in-frames', (rng) => {
    const fps = rng.pick([25, 30, 50])
    const exact = (fps * 5) / 6
    return worked(rng, {
      stem: `A client’s guide (after the Netflix Timed Text Style Guide) sets a minimum duration of five-sixths of a second per subtitle event. How many whole frames is the shortest event you may spot in a ${fps} fps project?`,
      in: { fps },
      key: `${Math.ceil(exact)} frames`,
      wrong: [
        [
          'floor',
          `${Math.floor(exact)} frames`,
          'rounds the part frame down, leaving the event short of the minimum',
        ],
        ['second', `${fps} frames`, 'takes a whole second as the minimum'],
        ['copy24', '20 frames', 'copies the 20 frames quoted for 24 fps'],
        [
          'sixFifths',
          `${Math.ceil((fps * 6) / 5)} frames`,
          'inverts the fraction to six-fifths of a second',
        ],
      ],
    })
  }),
  family('ndf-23976-label-to-clock-time', (rng) => {
    const m = rng.pick([10, 20, 30, 40, 50])
    const h = rng.int(0, 1)
    const n = ndfFrames(h, m, 0, 0, 24)
    return worked(rng, {
      stem: `A 23.976 fps (24000/1001 frames a second) programme uses non-drop timecode counting 24 frames a label-second, starting at 00:00:00:00. What real running time has passed at label ${tc(h, m, 0, 0)}?`,
      in: { n, fps: 24000 / 1001 },
      key: clock((n * 1001) / 24),
      wrong: [
        ['labelIsClock', clock(n * (1000 / 24)), 'takes the label as clock time'],
        ['inverted', clock((n * 1000 * 1000) / (24 * 1001)), 'scales by 1000/1001 the wrong way'],
        ['at25', clock((n * 1000) / 25), 'counts the frames at 25 fps'],
      ],
    })
  }),
  family('ndf-2997-label-to-clock-time', (rng) => {
    const h = rng.int(0, 1)
    const m = rng.pick([10, 20, 30, 40, 50])
    const n = ndfFrames(h, m, 0, 0, 30)
    return worked(rng, {
      stem: `A 29.97 fps (30000/1001 frames a second) master is striped with NON-drop-frame timecode from 00:00:00:00. A caption is due at label ${tc(h, m, 0, 0)}. What real elapsed time is that, for an SRT file?`,
      in: { n, fps: 30000 / 1001 },
      key: clock((n * 1001) / 30),
      wrong: [
        [
          'labelIsClock',
          clock((n * 1000) / 30),
          'takes the non-drop label as clock time, as drop-frame would be',
        ],
        ['inverted', clock((n * 1000 * 1000) / (30 * 1001)), 'scales by 1000/1001 the wrong way'],
        ['at25', clock((n * 1000) / 25), 'counts the frames at 25 fps'],
      ],
    })
  }),
  family('pal-speed-up-retime', (rng) => {
    const ms = rng.int(60, 3000) * 1000 + rng.int(0, 24) * 40
    return worked(rng, {
      stem: `A 24 fps feature is released in a 25 fps version played about 4% faster (PAL speed-up), frame for frame. A subtitle starts at ${clock(ms)} in the 24 fps version. At what time does it start in the 25 fps version?`,
      in: { ms },
      key: clock((ms * 24) / 25),
      wrong: [
        ['inverted', clock((ms * 25) / 24), 'scales by 25/24, as if the faster version ran longer'],
        ['same', clock(ms), 'keeps the times, as if only the frame count changed'],
        ['ntsc', clock((ms * 1001) / 1000), 'applies the 1000/1001 NTSC factor of 23.976 fps'],
      ],
    })
  }),
  family('global-offset-direction', (rng) => {
    const shift = rng.pick([1200, 1500, 2500, 3200, 4800])
    const ms = rng.int(30, 3000) * 1000 + rng.int(0, 999)
    const late = rng.pick([true, false])
    const stem = late
      ? `Every subtitle of ${job(rng)} appears ${shift / 1000} s before the line is spoken. A cue now starts at ${clock(ms)}. Where should it start after you fix the offset?`
      : `Every subtitle of ${job(rng)} appears ${shift / 1000} s after the line is spoken. A cue now starts at ${clock(ms)}. Where should it start after you fix the offset?`
    const fix = late ? ms + shift : ms - shift
    const wrongWay = late ? ms - shift : ms + shift
    return worked(rng, {
      stem,
      in: { ms, shift, late: late ? 1 : 0 },
      key: clock(fix),
      wrong: [
        ['wrongWay', clock(wrongWay), 'shifts the cues the wrong way, doubling the offset'],
        [
          'asFrames25',
          clock(
            late
              ? ms + Math.floor(shift / 1000) * 1000 + ((shift % 1000) / 100) * 40
              : ms - Math.floor(shift / 1000) * 1000 - ((shift % 1000) / 100) * 40,
          ),
          'reads the decimal part of the offset as frames at 25 fps',
        ],
        [
          'half',
          clock(late ? ms + shift / 2 : ms - shift / 2),
          'splits the offset between in-time and out-time',
        ],
        [
          'wholeSeconds',
          clock(late ? ms + Math.floor(shift / 1000) * 1000 : ms - Math.floor(shift / 1000) * 1000),
          'shifts by the whole seconds only, dropping the fraction',
        ],
      ],
    })
  }),
  ...dropFrameFamilies(),
]

function refuse(): never {
  throw new VariantError('the out-frame does not borrow from the seconds')
}

function dropFrameFamilies(): ScenarioFamily[] {
  return [
    family('drop-frame-label-of-a-frame-count', (rng) => {
      const m = rng.int(1, 59)
      if (m % 10 === 0) return dropFrameLabel(rng, m + 1)
      return dropFrameLabel(rng, m)
    }),
    family('drop-frame-label-to-frame-count', (rng) => {
      const h = rng.int(0, 1)
      const m = rng.pick([rng.int(11, 19), rng.int(21, 29), rng.int(31, 59)])
      const s = rng.int(0, 59)
      const f = s === 0 ? rng.int(2, 29) : rng.int(0, 29)
      const minutes = h * 60 + m
      const n = dfFrames(h, m, s, f)
      return worked(rng, {
        stem: `Your caption tool wants frame counts. What frame count (from 00:00:00;00 = frame 0) is the 29.97 fps drop-frame timecode ${tc(h, m, s, f, ';')}?`,
        in: { h, m, s, f },
        key: `frame ${n.toLocaleString('en-US')}`,
        wrong: [
          [
            'nonDrop',
            `frame ${ndfFrames(h, m, s, f, 30).toLocaleString('en-US')}`,
            'counts it as non-drop, 30 frames a label-second',
          ],
          [
            'everyMinute',
            `frame ${(ndfFrames(h, m, s, f, 30) - 2 * minutes).toLocaleString('en-US')}`,
            'drops two labels in every minute, tenth minutes too',
          ],
          [
            'tenthsOnly',
            `frame ${(ndfFrames(h, m, s, f, 30) - 2 * Math.floor(minutes / 10)).toLocaleString('en-US')}`,
            'drops labels only in the tenth minutes, the exception reversed',
          ],
          [
            'four',
            `frame ${(ndfFrames(h, m, s, f, 30) - 4 * (minutes - Math.floor(minutes / 10))).toLocaleString('en-US')}`,
            'drops four labels a minute, the 59.94 fps rule',
          ],
          [
            'plusDrops',
            `frame ${(ndfFrames(h, m, s, f, 30) + 2 * (minutes - Math.floor(minutes / 10))).toLocaleString('en-US')}`,
            'adds the dropped labels instead of taking them away',
          ],
          [
            'fourEvery',
            `frame ${(ndfFrames(h, m, s, f, 30) - 4 * minutes).toLocaleString('en-US')}`,
            'drops four labels in every minute, tenth minutes too',
          ],
        ],
      })
    }),
    family('drop-frame-label-after-a-minute-boundary', (rng) => {
      const h = rng.int(0, 1)
      const m = rng.int(1, 58)
      const next = m + 1
      const n = dfFrames(h, m, 59, 29) + 1
      return worked(rng, {
        stem: `In 29.97 fps drop-frame timecode, a caption’s out-cue is at ${tc(h, m, 59, 29, ';')}. What label does the very next frame carry?`,
        in: { n },
        key: dfLabel(n),
        wrong: [
          ['noDrop', tc(h, next, 0, 0, ';'), 'forgets that labels ;00 and ;01 are dropped'],
          [
            'dropAlways',
            tc(h, next, 0, 2, ';'),
            'drops labels ;00 and ;01 at the tenth minute too',
          ],
          ['dropOne', tc(h, next, 0, 1, ';'), 'drops only label ;00'],
          ['four', tc(h, next, 0, 4, ';'), 'drops four labels, the 59.94 fps rule'],
        ],
      })
    }),
  ]
}

function dropFrameLabel(rng: Rng, m: number) {
  const h = rng.int(0, 1)
  const s = rng.int(0, 59)
  const f = s === 0 ? rng.int(2, 29) : rng.int(0, 29)
  const n = dfFrames(h, m, s, f)
  const minutes = h * 60 + m
  const lab = (k: number) => {
    const total = k
    const ff = total % 30
    const sec = Math.floor(total / 30)
    return tc(Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60, ff, ';')
  }
  return worked(rng, {
    stem: `Counting from 00:00:00;00 as frame 0, which 29.97 fps drop-frame label does frame ${n.toLocaleString('en-US')} of the caption master carry?`,
    in: { n },
    key: dfLabel(n),
    wrong: [
      [
        'nonDrop',
        ndfLabel(n, 30).replace(/:(\d\d)$/, ';$1'),
        'labels it non-drop, 30 frames a label-second',
      ],
      [
        'everyMinute',
        lab(n + 2 * minutes),
        'adds back two labels for every minute, tenth minutes too',
      ],
      [
        'minusDrops',
        lab(n - 2 * (minutes - Math.floor(minutes / 10))),
        'subtracts the dropped labels instead of skipping them',
      ],
      [
        'four',
        lab(n + 4 * (minutes - Math.floor(minutes / 10))),
        'skips four labels a minute, the 59.94 fps rule',
      ],
    ],
  })
}
