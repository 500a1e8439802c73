import { cap, client, count, dec, dfTc, drawTc, family, frames, tc } from './video-text.js'

// Timecode and frame rates. Non-drop labels count whole frames at the nominal rate; 29.97 and
// 59.94 drop-frame labels skip the first two (four) frame numbers of every minute except minutes
// divisible by ten. Every stem says which its timecode is and how a frame is counted.

const ND_RATES = [24, 25, 50] as const
const sec = (n: string): string => `${n} s`
const fr = (n: number): string => `${count(n)} frames`
const min = (n: string): string => `${n} min`

/** The fields of a non-drop label, for a stem. */
const label = (h: number, m: number, s: number, f: number, fps: number) =>
  tc(frames(h, m, s, f, fps), fps)

/** The hours, minutes, seconds and frames fields of a frame count at `fps`. */
function fieldsOf(n: number, fps: number): [number, number, number, number] {
  const secs = Math.floor(n / fps)
  return [Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, n % fps]
}

/** A drop-frame label for the stem's figures: hours, minutes, seconds, frames. */
function dfFields(n: number, nominal = 30): [number, number, number, number] {
  const [hms, ff] = dfTc(n, nominal).split(';') as [string, string]
  const [h, m, s] = hms.split(':').map(Number) as [number, number, number]
  return [h, m, s, Number(ff)]
}

export const TIMECODE_FAMILIES = [
  family('timecode-to-frame-number', (rng) => {
    const fps = rng.pick(ND_RATES)
    const [h, m, s] = drawTc(rng, fps)
    const f = rng.int(1, fps - 1)
    const n = frames(h, m, s, f, fps)
    return {
      stem: `${cap(client(rng))}'s ${fps} fps non-drop timeline starts at 00:00:00:00. A plug-in asks for the frame number where an effect begins, counting the timeline's first frame as frame 0. The effect begins at ${label(h, m, s, f, fps)}. What frame number is that?`,
      key: count(n),
      wrong: [
        [count(frames(h, m, s, f, 30)), 'counts seconds at 30 frames, the NTSC habit'],
        [
          count(frames(h, m, s, 0, fps) + Math.round((f * fps) / 100)),
          'reads the frames field as hundredths of a second',
        ],
        [count(frames(0, m, s, f, fps) + h * 60 * fps), 'takes an hour as sixty seconds'],
        [
          count(frames(h, m, s, f, fps === 24 ? 25 : fps === 25 ? 24 : 60)),
          'counts seconds at the neighbouring common rate',
        ],
        [count(n + 1), 'counts the first frame as frame 1'],
        [
          count(frames(h, m, s, f, fps === 25 ? 50 : fps)),
          'counts 25i as 50 frames a second, one per field',
        ],
      ],
      figures: { fps, h, m, s, f },
    }
  }),
  family('frame-number-to-timecode', (rng) => {
    const fps = rng.pick(ND_RATES)
    const n = rng.int(fps * 70, fps * 5400)
    return {
      stem: `An editor's log lists a flash frame at frame ${count(n)} of a ${fps} fps non-drop sequence, counting the first frame as frame 0 at 00:00:00:00. What timecode should the marker go on?`,
      key: tc(n, fps),
      wrong: [
        [tc(n, 30), 'carries seconds at 30 frames, the NTSC habit'],
        [tc(n + 1, fps), 'counts the first frame as frame 1'],
        [
          tc(n, fps === 24 ? 25 : 24),
          `converts at ${fps === 24 ? 25 : 24} fps, the other film/PAL rate`,
        ],
      ],
      figures: { fps, n },
    }
  }),
  family('duration-between-inclusive-marks', (rng) => {
    const fps = rng.pick([24, 25] as const)
    const a = rng.int(fps * 60, fps * 3000)
    const b = a + rng.int(fps * 3, fps * 200) + rng.int(1, fps - 1)
    return {
      stem: `On a ${fps} fps non-drop timeline the In mark is at ${tc(a, fps)} and the Out mark at ${tc(b, fps)}. In this NLE both marked frames are included in the range. What duration does the range show?`,
      key: tc(b - a + 1, fps),
      wrong: [
        [tc(b - a, fps), 'subtracts the marks and loses the Out frame'],
        [tc(b - a - 1, fps), 'leaves out both marked frames'],
        [tcDiff30(a, b, fps), 'borrows 30 frames a second when subtracting'],
        [tc(b - a + 2, fps), 'adds a frame for each mark on top of the difference'],
      ],
      figures: { fps, a, b },
    }
  }),
  family('drop-frame-label-to-frame-count', (rng) => {
    const n = rng.int(20000, 200000)
    const [h, m, s, f] = dfFields(n)
    const mins = h * 60 + m
    const nd = frames(h, m, s, f, 30)
    return {
      stem: `A 29.97 fps drop-frame sequence starts at 00:00:00;00 (frame 0). Drop-frame skips frame numbers 00 and 01 at the start of every minute except minutes 00, 10, 20, 30, 40 and 50. How many frames come before the frame labelled ${dfTc(n)}?`,
      key: fr(n),
      wrong: [
        [fr(nd), 'treats the drop-frame label as non-drop'],
        [fr(nd - 2 * mins), 'drops two labels in the tenth minutes as well'],
        [fr(nd - 2 * Math.floor(mins / 10)), 'drops two labels every ten minutes only'],
        [fr(nd - 4 * (mins - Math.floor(mins / 10))), 'drops four labels a minute, the 59.94 rule'],
        [
          fr(nd + 2 * (mins - Math.floor(mins / 10))),
          'adds the skipped labels instead of taking them off',
        ],
        [
          fr(Math.round((nd * 999) / 1000)),
          'reads the label as clock time at 29.97 frames a second',
        ],
      ],
      figures: { h, m, s, f },
    }
  }),
  family('frame-count-to-drop-frame-label', (rng) => {
    const n = rng.int(20000, 200000)
    const skipped = frames(...dfFields(n), 30) - n
    return {
      stem: `A caption file needs the drop-frame label of frame ${count(n)} of a 29.97 fps sequence that starts at 00:00:00;00 (frame 0). Drop-frame skips frame numbers 00 and 01 at the start of every minute except minutes divisible by ten. What label is it?`,
      key: dfTc(n),
      wrong: [
        [semi(n), 'writes the non-drop label'],
        [semi(n + 2 * Math.floor(n / 1798)), 'skips two labels in the tenth minutes as well'],
        [semi(n + 2 * skipped), 'adds the skipped labels twice'],
        [semi(n - skipped), 'subtracts the skipped labels instead of adding them'],
      ],
      figures: { n },
    }
  }),
  family('drop-frame-labels-skipped', (rng) => {
    let mins = rng.int(11, 179)
    if (mins % 10 === 0) mins += rng.int(1, 9)
    const [h, m] = [Math.floor(mins / 60), mins % 60]
    const s = rng.int(5, 59)
    return {
      stem: `A 29.97 fps drop-frame sequence starts at 00:00:00;00. Drop-frame skips frame numbers 00 and 01 at the start of every minute except minutes divisible by ten. How many frame numbers have been skipped by the time the label reads ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')};15?`,
      key: count(2 * (mins - Math.floor(mins / 10))),
      wrong: [
        [count(2 * mins), 'skips in the tenth minutes as well'],
        [count(2 * Math.floor(mins / 10)), 'skips two every ten minutes only'],
        [count(4 * (mins - Math.floor(mins / 10))), 'skips four a minute, the 59.94 rule'],
        [count(18 * Math.floor(mins / 10)), 'counts only the completed ten-minute blocks'],
        [count(mins - Math.floor(mins / 10)), 'skips one frame number a minute'],
      ],
      figures: { mins },
    }
  }),
  family('pal-speed-up-running-time', (rng) => {
    const t = rng.int(600, 12000)
    return {
      stem: `A ${dec(t, 100)}-minute programme finished at 23.976 fps (24,000 frames every 1,001 seconds) is sped up frame for frame to 25 fps for a PAL broadcaster. What is its new running time, in minutes to two decimals?`,
      key: min(dec(t * 24000, 100 * 1001 * 25)),
      wrong: [
        [min(dec(t * 24, 100 * 25)), 'takes the source rate as exactly 24 fps'],
        [min(dec(t * 1001 * 25, 100 * 24000)), 'divides by the speed-up instead of multiplying'],
        [min(dec(t, 100)), 'thinks a frame-for-frame change keeps the running time'],
        [min(dec(t * 1000, 100 * 1001)), 'removes only the 0.1 % pull-down'],
      ],
      figures: { t },
    }
  }),
  family('retime-clip-length', (rng) => {
    const sp = rng.pick([40, 50, 60, 75, 80, 120, 125, 150, 175])
    const d = rng.int(48, 600)
    return {
      stem: `A ${count(d)}-frame clip is retimed to ${sp} % speed with frame blending, keeping every source frame in the shot. How long is the retimed clip, in frames rounded to the nearest frame?`,
      key: fr(Math.round((d * 100) / sp)),
      wrong: [
        [fr(Math.round((d * sp) / 100)), 'multiplies the length by the speed'],
        [
          fr(Math.round((d * (200 - sp)) / 100)),
          'changes the length by the speed’s difference from 100 %',
        ],
        [fr(d), 'thinks blending keeps the clip’s length'],
        [fr(Math.abs(Math.round((d * 100) / sp) - d)), 'gives only the frames added or removed'],
      ],
      figures: { sp, d },
    }
  }),
  family('speed-ramp-segment-length', (rng) => {
    const sp = rng.pick([20, 25, 40, 50, 200, 300, 400])
    const [a, b, c] = [rng.int(10, 80), rng.int(12, 40) * 4, rng.int(10, 80)]
    const n = a + b + c
    return {
      stem: `A ${count(n)}-frame skate clip gets a speed ramp: its first ${a} source frames play at 100 %, the next ${b} source frames at ${sp} %, and the last ${c} source frames at 100 % again. How many timeline frames does the ramped clip fill, to the nearest frame?`,
      key: fr(a + Math.round((b * 100) / sp) + c),
      wrong: [
        [fr(a + Math.round((b * sp) / 100) + c), 'multiplies the ramped frames by the speed'],
        [fr(Math.round((n * 100) / sp)), 'retimes the whole clip'],
        [fr(Math.round((b * 100) / sp)), 'gives the ramped segment alone'],
        [fr(n), 'thinks a ramp keeps the clip’s length'],
      ],
      figures: { sp, a, b, c },
    }
  }),
  family('overcranked-shot-screen-time', (rng) => {
    const x = rng.pick([48, 50, 60, 96, 100, 120])
    const y = rng.pick([24, 25, 30] as const)
    const t = rng.int(20, 120)
    return {
      stem: `A camera shoots a ${dec(t, 10, 1)}-second move at ${x} fps. The editor interprets the footage at the ${y} fps timeline rate so every captured frame plays once. How long does the move last on screen, in seconds to two decimals?`,
      key: sec(dec(t * x, 10 * y)),
      wrong: [
        [sec(dec(t * y, 10 * x)), 'divides by the slow-down instead of multiplying'],
        [sec(dec(t, 10)), 'thinks interpreting keeps the real duration'],
        [sec(dec(t * (x - y), 10 * y)), 'gives only the extra time'],
        [sec(dec(t * x, 10 * 30)), 'divides the frames by 30 whatever the timeline'],
        [sec(dec(t * x, 10 * 24)), 'divides the frames by 24 whatever the timeline'],
      ],
      figures: { x, y, t },
    }
  }),
  family('three-two-pulldown-split-field-frames', (rng) => {
    const v = rng.int(20, 600) * 5
    return {
      stem: `A 29.97 fps telecine master uses a 2:3 pulldown cadence: in every 5 video frames, 3 are whole film frames and 2 mix fields from two film frames. How many of its ${count(v)} video frames mix fields, and so show combing when paused?`,
      key: fr((2 * v) / 5),
      wrong: [
        [fr((3 * v) / 5), 'counts the whole frames'],
        [fr(v / 5), 'counts one mixed frame per cadence'],
        [fr(Math.round(v / 2)), 'takes half the frames as mixed'],
        [fr(Math.round(v / 4)), 'counts one per four film frames'],
        [fr(v), 'takes every telecined frame as combed'],
      ],
      figures: { v },
    }
  }),
  family('same-duration-at-another-rate', (rng) => {
    const [a, b] = rng.pick([
      [24, 25],
      [25, 30],
      [30, 25],
      [25, 24],
      [24, 30],
      [30, 24],
      [50, 60],
      [60, 50],
    ] as const)
    let n = rng.int(40, 900)
    if (n % a === 0) n += 1
    return {
      stem: `A title animation of ${count(n)} frames was rendered at ${a} fps. It must run the same length of time on a ${b} fps timeline. How many frames long should it be there, to the nearest frame?`,
      key: fr(Math.round((n * b) / a)),
      wrong: [
        [fr(n), 'keeps the frame count'],
        [fr(Math.round((n * a) / b)), 'scales by the rates the wrong way'],
        [fr(Math.round(n / a) * b), 'rounds to whole seconds first'],
        [fr(n + b - a), 'adds the difference in rates once'],
      ],
      figures: { a, b, n },
    }
  }),
  family('out-point-from-in-and-duration', (rng) => {
    const fps = rng.pick([24, 25] as const)
    const a = rng.int(fps * 3600, fps * 3900)
    const d = rng.int(fps * 2, fps * 90) + rng.int(1, fps - 1)
    return {
      stem: `A ${fps} fps non-drop sponsor slot starts at ${tc(a, fps)} and lasts ${count(d)} frames. The playout sheet wants the Out as the timecode of the slot's last frame. What is it?`,
      key: tc(a + d - 1, fps),
      wrong: [
        [tc(a + d, fps), 'gives the first frame after the slot'],
        [tcAdd30(a, d - 1, fps), 'carries seconds at 30 frames'],
        [tc(a + d - 2, fps), 'subtracts a frame for each end'],
        [
          tc(a + Math.round((d * 100) / fps) - 1, fps),
          'reads the frame count as hundredths of a second',
        ],
      ],
      figures: { fps, a, d },
    }
  }),
  family('film-footage-from-frames', (rng) => {
    const n = rng.int(200, 20000)
    return {
      stem: `A negative cutter needs the length of a ${count(n)}-frame shot in feet of 35 mm 4-perf film, which holds 16 frames (64 perforations) a foot. How many feet, to two decimals?`,
      key: `${dec(n, 16)} ft`,
      wrong: [
        [`${dec(n, 24)} ft`, 'divides by the 24 frames of a second'],
        [`${dec(n * 16, 1)} ft`, 'multiplies by the frames a foot'],
        [`${dec(n, 40)} ft`, 'uses 16 mm’s 40 frames a foot'],
        [`${dec(n, 64)} ft`, 'divides by the perforations a foot'],
        [`${dec(n * 4, 16)} ft`, 'counts every perforation as a frame'],
      ],
      figures: { n },
    }
  }),
  family('drop-frame-59-94-label-to-frames', (rng) => {
    const n = rng.int(40000, 400000)
    const [h, m, s, f] = dfFields(n, 60)
    const mins = h * 60 + m
    const nd = frames(h, m, s, f, 60)
    return {
      stem: `A 59.94 fps drop-frame sequence starts at 00:00:00;00 (frame 0). At this rate drop-frame skips frame numbers 00 to 03 at the start of every minute except minutes divisible by ten. How many frames come before the frame labelled ${dfTc(n, 60)}?`,
      key: fr(n),
      wrong: [
        [fr(nd - 2 * (mins - Math.floor(mins / 10))), 'skips two labels a minute, the 29.97 rule'],
        [fr(nd), 'treats the label as non-drop'],
        [fr(nd - 4 * mins), 'skips in the tenth minutes as well'],
        [fr(frames(h, m, s, f, 30) * 2), 'converts at 29.97 drop-frame and doubles'],
      ],
      figures: { h, m, s, f },
    }
  }),
]

/** The label semicolon-separated, as a non-drop label at 30: a wrong drop-frame conversion. */
function semi(n: number): string {
  return tc(n, 30).replace(/:(\d\d)$/, ';$1')
}

/** `b − a + 1` worked field by field at 30 frames a second from the labels at `fps`. */
function tcDiff30(a: number, b: number, fps: number): string {
  const [x, y] = [fieldsOf(a, fps), fieldsOf(b, fps)]
  return tc(frames(...y, 30) - frames(...x, 30) + 1, 30)
}

/** `a + d` worked from `a`'s label with seconds carried at 30 frames. */
function tcAdd30(a: number, d: number, fps: number): string {
  return tc(frames(...fieldsOf(a, fps), 30) + d, 30)
}
