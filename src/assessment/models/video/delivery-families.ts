import { cap, ceilDiv, client, count, dec, family } from './video-text.js'

// Delivery specs. Sizes are decimal (1 MB = 1,000,000 bytes, 1 GB = 10^9 bytes) unless a stem
// says binary (MiB, GiB), bit rates count bits (8 to a byte), and every pixel rounding rule is
// stated. Platform limits are the stem's, not any platform's current figures.

const px = (n: number): string => `${count(n)} px`
const even = (x: number): number => 2 * Math.round(x / 2)
const parts = (n: number): string => `${n} part${n === 1 ? '' : 's'}`

export const DELIVERY_FAMILIES = [
  family('file-size-from-bit-rates', (rng) => {
    const v = rng.int(6, 50)
    const a = rng.pick([128, 192, 256, 320])
    const t = rng.int(2, 40) * 60 + rng.int(1, 59)
    const bits = (v * 1e6 + a * 1e3) * t
    return {
      stem: `${cap(client(rng))} wants an H.264 file of a ${Math.floor(t / 60)} min ${t % 60} s edit with video at ${v} Mbps and audio at ${a} kbps, both constant. Ignoring container overhead, how big is the file in MB (1 MB = 1,000,000 bytes), to one decimal?`,
      key: `${dec(bits, 8e6, 1)} MB`,
      wrong: [
        [`${dec(bits, 1e6, 1)} MB`, 'reads megabits as megabytes'],
        [`${dec(bits, 8 * 2 ** 20, 1)} MB`, 'divides by 1,048,576 bytes, a MiB'],
        [`${dec(v * 1e6 * t, 8e6, 1)} MB`, 'leaves the audio out'],
        [`${dec((v * 1e6 + a * 1e6) * t, 8e6, 1)} MB`, 'reads the audio kbps as Mbps'],
        [`${dec((v * 1e6 + a * 1e3) * (t - (t % 60)), 8e6, 1)} MB`, 'drops the odd seconds'],
        [
          `${dec((v * 1e6 + a * 1e3) * (Math.floor(t / 60) * 60 + Math.floor(((t % 60) * 60) / 100)), 8e6, 1)} MB`,
          'reads the seconds as hundredths of a minute',
        ],
      ],
      figures: { v, a, t },
    }
  }),
  family('video-bit-rate-for-a-size-limit', (rng) => {
    const s = rng.pick([1, 2, 4, 8, 10])
    const t = rng.int(3, 45) * 60
    const a = rng.pick([128, 192, 320])
    const top = s * 8e9 - a * 1e3 * t
    return {
      stem: `A festival portal takes files up to ${s} GB (1 GB = 10^9 bytes). The film runs ${t / 60} minutes with ${a} kbps audio. Ignoring overhead, what is the highest constant video bit rate that fits, in Mbps to two decimals?`,
      key: `${dec(top, t * 1e6)} Mbps`,
      wrong: [
        [`${dec(s * 1e9 - a * 1e3 * t, t * 1e6)} Mbps`, 'treats the gigabytes as gigabits'],
        [`${dec(top, t * 2 ** 20)} Mbps`, 'takes a megabit as 2^20 bits'],
        [`${dec(s * 8e9 - a * 8e3 * t, t * 1e6)} Mbps`, 'counts the audio kbps as kilobytes'],
        [`${dec(s * 8 * 2 ** 30 - a * 1e3 * t, t * 1e6)} Mbps`, 'takes a GB as 2^30 bytes'],
        [`${dec(s * 8e9, t * 1e6)} Mbps`, 'leaves no room for the audio'],
      ],
      figures: { s, t, a },
    }
  }),
  family('letterbox-bar-height', (rng) => {
    const [w, h] = rng.pick([
      [1920, 1080],
      [3840, 2160],
      [1280, 720],
    ] as const)
    const r = rng.pick([185, 200, 220, 235, 239, 240])
    const act = even((w * 100) / r)
    return {
      stem: `A ${(r / 100).toFixed(2)}:1 film is letterboxed into a ${w}×${h} frame at full width, its picture height rounded to the nearest even number of pixels. How tall is each black bar, top and bottom?`,
      key: px((h - act) / 2),
      wrong: [
        [px(h - act), 'gives both bars together'],
        [px(Math.round((h - (h * 100) / r) / 2)), 'divides the frame height by the ratio'],
        [px(even((h * 100) / r)), 'gives the height the ratio makes of the frame height'],
        [px(Math.round((h - (w * 100) / r) / 4)), 'splits the spare height over four edges'],
      ],
      figures: { w, h, r },
    }
  }),
  family('pillarbox-bar-width', (rng) => {
    const [w, h] = rng.pick([
      [1920, 1080],
      [3840, 2160],
      [1280, 720],
    ] as const)
    const [a, b] = rng.pick([
      [4, 3],
      [1, 1],
      [5, 4],
      [3, 2],
      [4, 5],
    ] as const)
    const act = even((h * a) / b)
    return {
      stem: `Archive footage at ${a}:${b} is pillarboxed into a ${w}×${h} frame at full height, its picture width rounded to the nearest even number of pixels. How wide is each black bar, left and right?`,
      key: px((w - act) / 2),
      wrong: [
        [px(w - act), 'gives both bars together'],
        [px((w - even((h * b) / a)) / 2), 'turns the aspect ratio upside down'],
        [px(act), 'gives the picture width'],
        [px(Math.round((w - act) / 4)), 'splits the spare width over four edges'],
      ],
      figures: { w, h, a, b },
    }
  }),
  family('vertical-reframe-crop-width', (rng) => {
    const [w, h] = rng.pick([
      [3840, 2160],
      [1920, 1080],
      [4096, 2160],
    ] as const)
    const [a, b] = rng.pick([
      [9, 16],
      [4, 5],
      [1, 1],
      [2, 3],
    ] as const)
    return {
      stem: `A ${w}×${h} landscape master is reframed for a ${a}:${b} social post by cropping at full height, the crop width rounded to the nearest even pixel. How wide is the crop, in source pixels?`,
      key: px(even((h * a) / b)),
      wrong: [
        [px(even((h * b) / a)), 'turns the aspect ratio upside down'],
        [px(even((w * a) / b)), 'scales the width instead of the height'],
        [px(w - even((h * a) / b)), 'gives the width cropped away'],
        [px(even((h * a * h) / (b * w))), 'scales the crop by the frame’s own ratio again'],
      ],
      figures: { w, h, a, b },
    }
  }),
  family('scale-to-fill-frame', (rng) => {
    const [sw, sh] = rng.pick([
      [1440, 1080],
      [4096, 2160],
      [1080, 1920],
      [2048, 858],
      [1280, 1024],
      [3840, 1600],
    ] as const)
    const [fw, fh] = rng.pick([
      [1920, 1080],
      [3840, 2160],
    ] as const)
    const fill = Math.max(fw * sh, fh * sw) === fw * sh ? [fw, sw] : [fh, sh]
    const fit = fill[1] === sw ? [fh, sh] : [fw, sw]
    return {
      stem: `A ${sw}×${sh} clip must fill a ${fw}×${fh} timeline with no black edges, cropping the overflow. What uniform scale should be set, as a percentage to two decimals?`,
      key: `${dec(fill[0]! * 100, fill[1]!)} %`,
      wrong: [
        [`${dec(fit[0]! * 100, fit[1]!)} %`, 'scales to fit, leaving black edges'],
        [`${dec(fill[1]! * 100, fill[0]!)} %`, 'divides the clip by the frame'],
        [`${dec(fw * fh * 100, sw * sh)} %`, 'scales by the ratio of pixel areas'],
        [
          `${dec(fw * sh * 100 + fh * sw * 100, 2 * sw * sh)} %`,
          'averages the width and height ratios',
        ],
        [
          `${dec(Math.abs(fill[0]! - fill[1]!) * 100, fill[1]!)} %`,
          'gives the change in size, not the scale',
        ],
      ],
      figures: { sw, sh, fw, fh },
    }
  }),
  family('title-safe-inset', (rng) => {
    const [w, h] = rng.pick([
      [1920, 1080],
      [3840, 2160],
      [1280, 720],
    ] as const)
    const p = rng.pick([80, 90, 93])
    return {
      stem: `The broadcaster's spec puts the title-safe area at the centred ${p} % of the frame's width and height. In a ${w}×${h} frame, how far from the left edge does title-safe start, to the nearest pixel?`,
      key: px(Math.round((w * (100 - p)) / 200)),
      wrong: [
        [px(Math.round((w * (100 - p)) / 100)), 'puts the whole margin on one side'],
        [px(Math.round((w * p) / 200)), 'halves the safe width'],
        [
          px(Math.round((w * (1 - Math.sqrt(p / 100))) / 2)),
          'takes the percentage as a share of the area',
        ],
        [px(Math.round((h * (100 - p)) / 200)), 'measures the margin from the height'],
      ],
      figures: { w, h, p },
    }
  }),
  family('anamorphic-display-aspect', (rng) => {
    const [w, h] = rng.pick([
      [2880, 2160],
      [4096, 3072],
      [3840, 2160],
      [3424, 2202],
      [2560, 2146],
    ] as const)
    const s = rng.pick([133, 150, 180, 200])
    return {
      stem: `A ${w}×${h} recording was shot through a ${(s / 100).toFixed(s % 10 === 0 ? 1 : 2)}× anamorphic lens (it squeezes the width by that factor). What display aspect ratio does the desqueezed picture have, to two decimals (width ÷ height)?`,
      key: `${dec(w * s, h * 100)}:1`,
      wrong: [
        [`${dec(w, h)}:1`, 'ignores the squeeze'],
        [`${dec(w * 100, h * s)}:1`, 'squeezes again instead of stretching'],
        [`${dec(h * s, w * 100)}:1`, 'divides height by width'],
        [`${dec(w * s * s, h * 10000)}:1`, 'applies the squeeze twice'],
      ],
      figures: { w, h, s },
    }
  }),
  family('pixel-aspect-from-storage-and-display', (rng) => {
    const [w, h, a, b] = rng.pick([
      [1440, 1080, 16, 9],
      [720, 576, 16, 9],
      [720, 480, 4, 3],
      [720, 576, 4, 3],
      [1280, 1080, 16, 9],
      [960, 720, 16, 9],
      [720, 480, 16, 9],
    ] as const)
    return {
      stem: `A file stores ${w}×${h} pixels and is flagged to display at ${a}:${b}. What pixel aspect ratio (pixel width ÷ pixel height) must the editor set, to three decimals?`,
      key: dec(a * h, b * w, 3),
      wrong: [
        [dec(b * w, a * h, 3), 'divides the storage ratio by the display ratio'],
        [dec(a * w, b * h, 3), 'multiplies the two ratios'],
        [dec(w, h, 3), 'gives the storage aspect ratio'],
        [dec(a, b, 3), 'gives the display aspect ratio'],
      ],
      figures: { w, h, a, b },
    }
  }),
  family('uncompressed-data-rate', (rng) => {
    const [w, h] = rng.pick([
      [1920, 1080],
      [3840, 2160],
      [4096, 2160],
    ] as const)
    const [name, perPx, depth] = rng.pick([
      ['4:2:2 10-bit', 20, 10],
      ['4:4:4 12-bit', 36, 12],
      ['4:2:0 8-bit', 12, 8],
      ['4:2:2 8-bit', 16, 8],
    ] as const)
    const fps = rng.pick([24, 25, 30])
    const bits = w * h * perPx * fps
    return {
      stem: `Uncompressed ${name} video stores on average ${perPx} bits a pixel (luma plus subsampled chroma). What data rate does ${w}×${h} at ${fps} fps need, in MB/s (1 MB = 10^6 bytes) to one decimal?`,
      key: `${dec(bits, 8e6, 1)} MB/s`,
      wrong: [
        [`${dec(bits, 1e6, 1)} MB/s`, 'reads bits as bytes'],
        [`${dec(w * h * perPx, 8e6, 1)} MB/s`, 'gives one frame, not a second'],
        [
          `${dec(bits * 3, 8e6, 1)} MB/s`,
          'multiplies the per-pixel average by three colours again',
        ],
        [
          `${dec(w * h * depth * 3 * fps, 8e6, 1)} MB/s`,
          'ignores chroma subsampling, three full samples a pixel',
        ],
        [`${dec(bits, 8 * 2 ** 20, 1)} MB/s`, 'divides by 1,048,576 bytes, a MiB'],
        [`${dec(w * h * depth * fps, 8e6, 1)} MB/s`, 'counts the luma sample only'],
      ],
      figures: { w, h, perPx, depth, fps },
    }
  }),
  family('bits-per-pixel-of-an-encode', (rng) => {
    const [w, h] = rng.pick([
      [1920, 1080],
      [3840, 2160],
      [1280, 720],
    ] as const)
    const fps = rng.pick([24, 25, 50, 60])
    const r = rng.int(4, 60)
    return {
      stem: `To compare encodes, an editor works out bits per pixel: bit rate ÷ (width × height × frame rate). What is it for a ${w}×${h}, ${fps} fps file at ${r} Mbps, to three decimals?`,
      key: dec(r * 1e6, w * h * fps, 3),
      wrong: [
        [dec(r * 1e6, w * h, 3), 'leaves out the frame rate'],
        [dec(r * 1e6, 8 * w * h * fps, 3), 'turns the bits into bytes'],
        [dec(r * 1e6, w * h * 30, 3), 'uses 30 fps whatever the file'],
        [dec(r * 1024 * 1024, w * h * fps, 3), 'takes a megabit as 2^20 bits'],
      ],
      figures: { w, h, fps, r },
    }
  }),
  family('downscale-height-even', (rng) => {
    const [w, h] = rng.pick([
      [4096, 2160],
      [4096, 1716],
      [3840, 1600],
      [2048, 858],
      [3996, 2160],
      [2880, 2160],
    ] as const)
    const x = rng.pick([1920, 1280])
    const hh = (x * h) / w
    return {
      stem: `A ${w}×${h} master is scaled down to ${x} pixels wide for review, keeping its aspect ratio, with the height rounded down to an even number of pixels for the encoder. What is the height?`,
      key: px(2 * Math.floor(hh / 2)),
      wrong: [
        [px((x * 9) / 16), 'assumes a 16:9 frame'],
        [px(h), 'scales only the width'],
        [px(2 * Math.ceil(hh / 2)), 'rounds up instead of down'],
        [px(Math.round((x * w) / h)), 'scales by the aspect ratio the wrong way'],
        [px(Math.floor(hh)), 'rounds down but leaves the height odd'],
        [px(even((x * 100) / 185)), 'assumes a 1.85:1 flat frame'],
      ],
      figures: { w, h, x },
    }
  }),
  family('size-with-pcm-audio-tracks', (rng) => {
    const v = rng.pick([45, 102, 147, 220, 185])
    const c = rng.pick([2, 4, 6, 8])
    const t = rng.int(5, 60)
    const pcm = 48000 * 24
    const bits = (v * 1e6 + pcm * c) * t * 60
    return {
      stem: `A mezzanine master has ${v} Mbps video and ${c} channels of uncompressed PCM audio, each channel 48,000 samples a second at 24 bits. How big is a ${t}-minute file, in GB (10^9 bytes) to two decimals?`,
      key: `${dec(bits, 8e9)} GB`,
      wrong: [
        [`${dec((v * 1e6 + pcm) * t * 60, 8e9)} GB`, 'counts one channel of audio'],
        [`${dec((v * 1e6 + 48000 * 16 * c) * t * 60, 8e9)} GB`, 'takes the audio as 16-bit'],
        [`${dec(v * 1e6 * t * 60, 8e9)} GB`, 'leaves the audio out'],
        [`${dec(bits, 8 * 2 ** 30)} GB`, 'divides by 2^30 bytes, a GiB'],
      ],
      figures: { v, c, t },
    }
  }),
  family('punch-in-before-upscaling', (rng) => {
    const sw = rng.pick([2880, 3840, 4096, 5120, 6144])
    const tw = rng.pick([1920, 1280, 2560].filter((x) => x < sw))
    return {
      stem: `${sw}-pixel-wide footage sits in a ${tw}-pixel-wide timeline scaled to fit the frame, which the NLE shows as 100 %. How far can the editor punch in, as that percentage to two decimals, before the clip is shown larger than its native pixels?`,
      key: `${dec(sw * 100, tw)} %`,
      wrong: [
        [`${dec(tw * 100, sw)} %`, 'divides the timeline by the source'],
        [`${dec(sw * 100 + tw * 100, tw)} %`, 'adds the native ratio to the fitted 100 %'],
        [`${dec((sw - tw) * 100, tw)} %`, 'gives the extra over the fitted size'],
        [`${dec(sw * sw * 100, tw * tw)} %`, 'compares pixel areas'],
        ['100.00 %', 'thinks the fitted clip is already at native size'],
      ],
      figures: { sw, tw },
    }
  }),
  family('parts-for-a-per-file-limit', (rng) => {
    const r = rng.int(8, 60)
    const t = rng.int(20, 180)
    const l = rng.pick([2, 4, 5])
    const bits = r * 1e6 * t * 60
    return {
      stem: `A client's transfer portal caps each file at ${l} GB (10^9 bytes). A ${t}-minute recording at ${r} Mbps in all must be cut into equal parts under that cap. How many parts at least?`,
      key: parts(ceilDiv(bits, l * 8e9)),
      wrong: [
        [parts(Math.max(1, Math.floor(bits / (l * 8e9)))), 'rounds the count down'],
        [parts(ceilDiv(bits, l * 1e9)), 'reads megabits as megabytes'],
        [parts(ceilDiv(bits, l * 8e9 * 8)), 'divides by 8 twice'],
        [
          parts(ceilDiv(bits * 60, l * 8e9)),
          'multiplies by 60 once too often, taking minutes as hours',
        ],
      ],
      figures: { r, t, l },
    }
  }),
  family('upscale-pixel-count-ratio', (rng) => {
    const [w1, h1, w2, h2] = rng.pick([
      [1280, 720, 1920, 1080],
      [1920, 1080, 3840, 2160],
      [1920, 1080, 2560, 1440],
      [720, 576, 1920, 1080],
      [1280, 720, 3840, 2160],
      [2560, 1440, 3840, 2160],
      [1920, 1080, 7680, 4320],
    ] as const)
    return {
      stem: `A producer asks how many times the pixels a ${w2}×${h2} deliverable has compared with the ${w1}×${h1} offline, to two decimals. What is it?`,
      key: `${dec(w2 * h2, w1 * h1)}×`,
      wrong: [
        [`${dec(w2, w1)}×`, 'compares widths only'],
        [`${dec(w2 * h2 - w1 * h1, w1 * h1)}×`, 'gives the increase, not the ratio'],
        [`${dec(w1 * h1, w2 * h2)}×`, 'divides the small frame by the large'],
      ],
      figures: { w1, h1, w2, h2 },
    }
  }),
]
