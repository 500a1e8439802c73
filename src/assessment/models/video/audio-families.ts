import { count, dec, family, fix } from './video-text.js'

// Audio for video. Level changes in dB follow 20·log10 of an amplitude ratio (10·log10 of a power
// ratio); loudness targets, ceilings and pan laws are the stem's; PCM data is sample rate × bit
// depth × channels. Audio sync is counted in frames or samples as each stem says.

const db = (x: number, dp = 1): string => `${fix(x, dp)} dB`
const lufs = (x: number): string => `${fix(x, 1)} LUFS`
const lg = Math.log10

export const AUDIO_FAMILIES = [
  family('decibels-to-amplitude-ratio', (rng) => {
    const g = rng.pick([-12, -9, -8, -5, -4, 4, 5, 8, 9, 12, 15, 18])
    return {
      stem: `An editor raises a quiet interview by ${g > 0 ? '' : 'a negative '}${g} dB of clip gain (negative gain lowers it). By what factor does that multiply the waveform's amplitude, to two decimals? (Amplitude ratio = 10^(dB ÷ 20).)`,
      key: `×${fix(10 ** (g / 20))}`,
      wrong: [
        [`×${fix(10 ** (g / 10))}`, 'uses the power formula, 10^(dB ÷ 10)'],
        [`×${fix(2 ** (g / 3))}`, 'doubles every 3 dB, the power rule'],
        [`×${fix(2 ** (g / 10))}`, 'doubles every 10 dB, the loudness rule of thumb'],
        [`×${fix(1 + g / 20)}`, 'adds dB ÷ 20 to 1'],
        [`×${fix(Math.exp(g / 20))}`, 'uses the natural exponential'],
        [`×${fix(10 ** (g / 6))}`, 'takes 6 dB as a factor of ten'],
      ],
      figures: { g },
    }
  }),
  family('loudness-reachable-under-a-peak-ceiling', (rng) => {
    const i = -rng.int(200, 300) / 10
    const tp = -rng.int(10, 60) / 10
    const [target, ceil] = rng.pick([
      [-14, -1],
      [-16, -1],
      [-23, -1],
      [-24, -2],
    ] as const)
    const gain = Math.min(target - i, ceil - tp)
    return {
      stem: `A mix measures ${fix(i, 1)} LUFS integrated with a true peak of ${fix(tp, 1)} dBTP. The spec asks for ${target} LUFS with true peaks no higher than ${ceil} dBTP, and the editor may only apply clean gain (no limiter), stopping at whichever limit comes first. What integrated loudness does the mix end at?`,
      key: lufs(i + gain),
      wrong: [
        [lufs(target), 'ignores the peak ceiling'],
        [lufs(i + ceil - tp), 'ignores the loudness target'],
        [lufs(i - gain), 'applies the gain the wrong way'],
        [lufs(tp + gain), 'reads the true peak as the loudness'],
      ],
      figures: { i: Math.round(i * 10), tp: Math.round(tp * 10), target, ceil },
    }
  }),
  family('sum-of-uncorrelated-sources', (rng) => {
    const n = rng.int(2, 8)
    const l = rng.int(55, 80)
    return {
      stem: `A crowd scene stacks ${n} uncorrelated ambience tracks, each playing at ${l} dB SPL on its own. Uncorrelated sources add in power. What level do they make together, to one decimal?`,
      key: db(l + 10 * lg(n)),
      wrong: [
        [db(l + 20 * lg(n)), 'adds them in amplitude, as if identical and in phase'],
        [db(l + 3 * (n - 1)), 'adds 3 dB for each extra track'],
        [db(l), 'thinks equal levels do not add'],
        [db(l + 6 * (n - 1)), 'adds 6 dB for each extra track'],
        [db(l + 10 * lg(n - 1)), 'counts only the tracks added to the first'],
      ],
      figures: { n, l },
    }
  }),
  family('sync-offset-in-samples', (rng) => {
    const fps = rng.pick([24, 25, 30, 50])
    const k = rng.int(1, 9)
    return {
      stem: `Dialogue is ${k} frame${k > 1 ? 's' : ''} late against picture on a ${fps} fps timeline. The audio editor nudges it by samples at 48 kHz. How many samples is that?`,
      key: `${count((k * 48000) / fps)} samples`,
      wrong: [
        [`${count(Math.round((k * 44100) / fps))} samples`, 'uses 44.1 kHz'],
        [`${count(k * 1600)} samples`, 'counts 30 frames a second'],
        [`${count(k * 48)} samples`, 'takes a frame as a millisecond'],
        [`${count(Math.round((k * 48000 * fps) / 1000))} samples`, 'multiplies by the frame rate'],
      ],
      figures: { fps, k },
    }
  }),
  family('milliseconds-late-to-frames', (rng) => {
    const fps = rng.pick([24, 25, 30])
    const ms = rng.int(50, 600)
    return {
      stem: `A sync test shows the sound ${ms} ms late on a ${fps} fps timeline. The editor slips it by whole frames, to the nearest frame. How many frames?`,
      key: `${Math.round((ms * fps) / 1000)} frames`,
      wrong: [
        [`${Math.round(ms / fps)} frames`, 'divides the milliseconds by the frame rate'],
        [`${Math.round((ms * 30) / 1000)} frames`, 'counts 30 frames a second'],
        [`${Math.round(ms / 10)} frames`, 'takes a frame as 10 ms'],
        [`${Math.round((ms * fps) / 100)} frames`, 'divides by 100 ms a second'],
        [`${Math.floor((ms * fps) / 1000)} frames`, 'truncates to whole frames'],
      ],
      figures: { fps, ms },
    }
  }),
  family('pcm-data-rate', (rng) => {
    const r = rng.pick([44100, 48000, 96000])
    const d = rng.pick([16, 24, 32])
    const c = rng.pick([2, 6, 8])
    return {
      stem: `What is the data rate of uncompressed PCM at ${count(r)} samples a second, ${d}-bit, ${c} channel${c > 1 ? 's' : ''}, in kbps (1 kbps = 1,000 bits a second) to one decimal?`,
      key: `${dec(r * d * c, 1000, 1)} kbps`,
      wrong: [
        [`${dec(r * d * c, 8000, 1)} kbps`, 'gives kilobytes a second'],
        [`${dec(r * d, 1000, 1)} kbps`, 'counts one channel'],
        [`${dec(r * d * c, 1024, 1)} kbps`, 'divides by 1,024'],
        [`${dec(r * (d / 8) * c, 1000, 1)} kbps`, 'counts the bit depth in bytes'],
        [`${dec((r === 48000 ? 44100 : 48000) * d * c, 1000, 1)} kbps`, 'mixes up 44.1 and 48 kHz'],
      ],
      figures: { r, d, c },
    }
  }),
  family('mic-distance-level-change', (rng) => {
    const d1 = rng.pick([20, 30, 40, 50])
    const d2 = d1 * rng.pick([1.5, 2, 2.5, 3, 4])
    return {
      stem: `On a noisy location the boom drifts from ${d1} cm to ${d2} cm from the speaker. Taking direct sound as falling with the inverse-square law (level change = 20·log10 of the distance ratio), how many dB does the voice drop, to one decimal?`,
      key: db(20 * lg(d2 / d1)),
      wrong: [
        [db(10 * lg(d2 / d1)), 'uses 10·log10, the power formula'],
        [db(40 * lg(d2 / d1)), 'squares the inverse-square law again'],
        [db(d2 / d1), 'gives the plain distance ratio'],
        [db((6 * (d2 - d1)) / d1), 'takes 6 dB for each added distance of the first'],
        [db(6 * Math.log2(d2 / d1) * 2), 'takes 12 dB per doubling'],
        [db((20 * d2) / d1 / 10), 'divides the distances instead of taking their log'],
      ],
      figures: { d1: d1 * 10, d2: d2 * 10 },
    }
  }),
  family('wav-duration-from-size', (rng) => {
    const r = rng.pick([48000, 96000])
    const d = rng.pick([24, 32])
    const c = rng.pick([2, 6])
    const n = rng.int(20, 900) * 1_000_000 + rng.int(0, 999_999)
    return {
      stem: `A headerless PCM audio file of ${count(n)} bytes holds ${count(r)} samples a second, ${d}-bit, ${c} channel${c > 1 ? 's' : ''}. How long does it play, in seconds to two decimals?`,
      key: `${dec(n * 8, r * d * c)} s`,
      wrong: [
        [`${dec(n * 8, r * d)} s`, 'ignores the channel count'],
        [`${dec(n, r * d * c)} s`, 'reads the bytes as bits'],
        [`${dec(n * 8, 44100 * d * c)} s`, 'uses 44.1 kHz'],
        [`${dec(n * 8, r * 16 * c)} s`, 'takes every file as 16-bit'],
      ],
      figures: { r, d, c, n },
    }
  }),
  family('pan-law-centre-level', (rng) => {
    const l = -rng.int(6, 20)
    const law = rng.pick([3, 4.5, 6])
    const f = rng.int(-6, 6)
    return {
      stem: `A mono voice clip peaks at ${l} dBFS. It is panned centre on a stereo track whose pan law takes ${law} dB off each side at centre, and the track fader is at ${f > 0 ? '+' : ''}${f} dB. Where does it peak in each channel, to one decimal?`,
      key: `${fix(l - law + f, 1)} dBFS`,
      wrong: [
        [`${fix(l + f, 1)} dBFS`, 'ignores the pan law'],
        [`${fix(l - law / 2 + f, 1)} dBFS`, 'splits the pan law across the two sides'],
        [`${fix(l + f - 6, 1)} dBFS`, 'uses −6 dB whatever the law'],
        [`${fix(l + law + f, 1)} dBFS`, 'adds the pan law'],
        [`${fix(l - law - f, 1)} dBFS`, 'subtracts the fader gain'],
        [`${fix(l - 2 * law + f, 1)} dBFS`, 'takes the pan law off twice'],
      ],
      figures: { l, law: law * 10, f },
    }
  }),
  family('samples-in-29-97-frames', (rng) => {
    const n = rng.int(4, 400) * 5
    return {
      stem: `At 29.97 fps (30,000 frames every 1,001 s) with 48 kHz audio, every 5 frames hold exactly 8,008 samples, so frames do not hold a whole number each. How many samples do ${count(n)} frames hold?`,
      key: `${count((n * 8008) / 5)} samples`,
      wrong: [
        [`${count(n * 1600)} samples`, 'counts 30 frames a second'],
        [`${count(n * 1602)} samples`, 'rounds every frame up to 1,602'],
        [`${count(n * 1601)} samples`, 'drops the part sample of every frame'],
        [`${count(Math.round((n * 48000) / 25))} samples`, 'counts at 25 frames a second'],
      ],
      figures: { n },
    }
  }),
  family('recorder-timecode-offset', (rng) => {
    const fps = rng.pick([24, 25])
    const a = fps * 3600 * rng.int(10, 16) + rng.int(0, fps * 3000)
    const k = rng.int(fps + 1, fps * 20)
    const b = a + k
    const lab = (x: number) => {
      const s = Math.floor(x / fps)
      return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}:${String(x % fps).padStart(2, '0')}`
    }
    const at30 = (x: number) => Math.floor(x / fps) * 30 + (x % fps)
    return {
      stem: `Camera and recorder share jammed ${fps} fps time-of-day timecode. A camera clip starts at ${lab(a)} and its sound file at ${lab(b)}. How many frames after the clip's first frame must the sound start to be in sync?`,
      key: `${count(k)} frames`,
      wrong: [
        [`${count(at30(b) - at30(a))} frames`, 'counts seconds at 30 frames'],
        [`${count(k + 1)} frames`, 'counts both first frames'],
        [
          `${count(Math.floor(k / fps) * 100 + (k % fps))} frames`,
          'reads the timecode difference as a plain number',
        ],
        [`${count(Math.floor(k / fps))} frames`, 'gives whole seconds'],
      ],
      figures: { fps, a, b },
    }
  }),
  family('crest-factor', (rng) => {
    const p = rng.int(50, 100)
    const r = rng.int(5, Math.floor(p / 2))
    return {
      stem: `A sound-effects bus peaks at ${fix(p / 100)} of full scale while its RMS level is ${fix(r / 100)} of full scale (both amplitudes). What is its crest factor in dB, to two decimals?`,
      key: db(20 * lg(p / r), 2),
      wrong: [
        [db(10 * lg(p / r), 2), 'uses 10·log10, the power formula'],
        [db(20 * lg(r / p), 2), 'divides RMS by peak'],
        [`${fix(p / r)} dB`, 'gives the plain ratio'],
        [db(20 * lg(p - r) - 20 * lg(100), 2), 'takes the log of the difference'],
      ],
      figures: { p, r },
    }
  }),
  family('frames-to-milliseconds', (rng) => {
    const k = rng.int(1, 12)
    const [rate, num, den] = rng.pick([
      ['23.976', 1001, 24],
      ['24', 1000, 24],
      ['25', 1000, 25],
      ['29.97', 1001, 30],
    ] as const)
    return {
      stem: `A video's audio is ${k} frame${k > 1 ? 's' : ''} early at ${rate} fps (23.976 and 29.97 mean 24 and 30 frames every 1.001 s). The streaming QC form wants the offset in milliseconds, to one decimal. What is it?`,
      key: `${dec(k * num, den, 1)} ms`,
      wrong: [
        [`${dec(k * 1000, den, 1)} ms`, 'uses the whole-number rate'],
        [`${dec(k * 1000, 30, 1)} ms`, 'counts 30 frames a second'],
        [`${dec(k * den * 1000, num, 1)} ms`, 'multiplies the frames by the rate'],
        [`${dec(k * 1000 * 1000, 1001 * den, 1)} ms`, 'divides by 1.001 instead of multiplying'],
        [`${dec(k * 1000, 24, 1)} ms`, 'counts 24 frames a second'],
      ],
      figures: { k, num, den },
    }
  }),
  family('sample-rate-misread-duration', (rng) => {
    const [rec, play] = rng.pick([
      [44100, 48000],
      [48000, 44100],
      [48000, 96000],
      [96000, 48000],
    ] as const)
    const t = rng.int(600, 36000)
    return {
      stem: `A ${dec(t, 10, 1)}-second song recorded at ${count(rec)} Hz is imported into a project that plays it at ${count(play)} Hz without converting, so each sample plays once. How long does it now play, in seconds to two decimals?`,
      key: `${dec(t * rec, 10 * play)} s`,
      wrong: [
        [`${dec(t * play, 10 * rec)} s`, 'scales by the rates the wrong way'],
        [`${dec(t, 10)} s`, 'thinks the sample rate does not change the length'],
        [`${dec(t * Math.abs(play - rec), 10 * play)} s`, 'gives only the change'],
        [
          `${dec(t * (2 * rec - play), 10 * rec)} s`,
          'changes the length by the rate difference once',
        ],
      ],
      figures: { rec, play, t },
    }
  }),
  family('stacked-gain-stages', (rng) => {
    const p = -rng.int(3, 18)
    const [c, tr, bus] = [-rng.int(1, 9), rng.int(1, 8), -rng.int(1, 6)]
    return {
      stem: `A voice-over peaks at ${p} dBFS. The editor sets ${c} dB of clip gain, the track fader at +${tr} dB and the dialogue bus at ${bus} dB. Ignoring any pan law, where does it peak at the bus output?`,
      key: `${p + c + tr + bus} dBFS`,
      wrong: [
        [`${p + c + tr - bus} dBFS`, 'adds the bus cut as a boost'],
        [`${p - Math.abs(c) - tr - Math.abs(bus)} dBFS`, 'subtracts every gain'],
        [`${p + tr} dBFS`, 'counts only the fader'],
        [`${p + tr + bus} dBFS`, 'leaves out the clip gain'],
        [`${p + c + bus} dBFS`, 'leaves out the fader'],
        [`${p - c + tr + bus} dBFS`, 'adds the clip-gain cut as a boost'],
        [`${p + Math.abs(c) + tr + Math.abs(bus)} dBFS`, 'adds every gain as a boost'],
      ],
      figures: { p, c, tr, bus },
    }
  }),
]
