import { grouped } from '../scenario/scenario-text.js'
import { Client, choose, client, family, type PsFamily, rule, subject } from './ps-text.js'

// Colour modes and bit depth, helpx.adobe.com/photoshop/using/color-modes.html: RGB has three
// channels, CMYK four, Grayscale one; "Indexed Color mode produces 8‑bit image files with at most
// 256 colors"; to convert to Bitmap or Duotone, first convert to Grayscale ("only 8‑bit
// grayscale images" convert to Duotone); Lab is device-independent. Bit depth: 8 bits per
// channel store 256 values, 16 bits more (helpx.adobe.com/photoshop/using/bit-depth.html).
// Conversions round values, so convert once (helpx.adobe.com/photoshop/using/converting-between-color-modes.html).
// Profiles: Edit > Convert to Profile changes the numbers to keep the look; Assign Profile keeps
// the numbers and changes the look (helpx.adobe.com/photoshop/using/working-with-color-profiles.html);
// Proof Colors Ctrl+Y / Command+Y and Gamut Warning Shift+Ctrl+Y / Shift+Command+Y
// (helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html). The data size of a single
// layer, uncompressed, is pixels × channels × bytes per channel (8 bits = 1 byte, 16 bits = 2).

const CHANNELS = { RGB: 3, CMYK: 4, Grayscale: 1 } as const
type Mode = keyof typeof CHANNELS

function dataSize(id: string, mode: Mode, bits: 8 | 16): PsFamily {
  return family(id, (rng) => {
    const w = rng.pick([2000, 3000, 4000, 5000])
    const h = rng.pick([1000, 2000, 3000].filter((x) => x < w))
    const ch = CHANNELS[mode]
    const by = bits / 8
    const mb = (v: number) => `${grouped(v / 1e6, 0)} MB`
    const wrong: (readonly [string, string, string])[] = [
      [mb(w * h * ch * bits), 'counts bits as bytes', 'bits-as-bytes'],
      [mb(w * h * by), 'leaves out the number of channels', 'one-channel'],
    ]
    if (mode === 'CMYK')
      wrong.push([mb(w * h * 3 * by), 'counts CMYK as three channels, like RGB', 'three'])
    else if (mode === 'RGB')
      wrong.push([mb(w * h * 4 * by), 'adds an alpha channel the file does not have', 'alpha'])
    if (bits === 16)
      wrong.push([mb(w * h * ch), 'counts 16-bit channels at one byte each', 'one-byte'])
    else wrong.push([mb(w * h * ch * 2), 'counts 8-bit channels at two bytes each', 'two-bytes'])
    if (mode === 'Grayscale')
      wrong.push([mb(w * h * 3 * by), 'thinks Grayscale keeps three channels', 'three'])
    return choose(rng, {
      stem: `${Client(rng)}’s flattened ${subject(rng)} is ${grouped(w, 0)} × ${grouped(h, 0)} px in ${mode} mode at ${bits} bits per channel, with no alpha channels. How large is its uncompressed image data (1 MB = 1,000,000 bytes)?`,
      key: mb(w * h * ch * by),
      wrong,
      facts: { kind: 'data-size', w, h, channels: ch, bits },
    })
  })
}

export const COLOUR_FAMILIES: readonly PsFamily[] = [
  dataSize('data-size-rgb-8', 'RGB', 8),
  dataSize('data-size-rgb-16', 'RGB', 16),
  dataSize('data-size-grayscale-16', 'Grayscale', 16),
  rule('web-export-srgb', {
    source:
      'helpx.adobe.com/photoshop/using/export-artboards-layers.html (Export As: "Convert to sRGB")',
    answer: 'srgb',
    stem: (rng) =>
      `${Client(rng)}’s ${subject(rng)} is edited in Adobe RGB (1998). For their website, which colour handling in Export As gives the most consistent colours across browsers?`,
    keys: [
      'sRGB conversion on',
      'Tick the sRGB conversion box',
      'Turn on the option that converts colours to sRGB',
    ],
    wrong: [
      ['Keep Adobe RGB, the wider gamut', 'thinks a wide gamut shows better on the web'],
      ['Convert to CMYK first', 'applies the print rule to the web'],
      ['Convert to Lab, as it is device-independent', 'thinks Lab is a web format'],
      ['Assign sRGB without converting', 'assigns, which changes the look, instead of converting'],
    ],
  }),
  rule('convert-vs-assign-profile', {
    source:
      'helpx.adobe.com/photoshop/using/working-with-color-profiles.html (Convert to Profile changes colour numbers to keep the appearance; Assign Profile keeps the numbers and changes the appearance)',
    answer: 'convert',
    stem: (rng) =>
      `${Client(rng)}’s printer wants their ${subject(rng)} in their CMYK profile, looking as it does now. Which command does that?`,
    keys: [
      'Edit > Convert to Profile',
      'Convert to Profile, which changes the numbers to keep the look',
    ],
    wrong: [
      ['Edit > Assign Profile', 'assigns, which keeps the numbers and changes the look'],
      ['Image > Mode > Multichannel', 'confuses a profile with the Multichannel mode'],
      ['Image > Mode > Lab Color', 'converts to Lab, not to the printer’s profile'],
      ['Save As with Embed Color Profile ticked', 'embeds the current profile without converting'],
    ],
  }),
  rule('convert-modes-once', {
    source:
      'helpx.adobe.com/photoshop/using/converting-between-color-modes.html (avoid multiple conversions: colour values are rounded and lost with each conversion)',
    answer: 'once',
    stem: (rng) =>
      `A retoucher working on ${client(rng)}’s print catalogue asks when to convert images from RGB to CMYK. What is the sound workflow?`,
    keys: [
      'Once, at the end',
      'Edit in RGB and convert to CMYK once, at the end',
      'Convert once, as the last step, since each conversion rounds values',
    ],
    wrong: [
      [
        'Convert to CMYK first and back to RGB for filters',
        'converts back and forth, losing values each time',
      ],
      ['Convert to CMYK at the start and edit there', 'gives up RGB editing early'],
      ['Never convert: printers read RGB PSDs', 'skips the printer’s CMYK'],
      ['Convert as often as needed; nothing is lost', 'thinks conversions are lossless'],
    ],
  }),
  rule('bitmap-needs-grayscale', {
    source:
      'helpx.adobe.com/photoshop/using/color-modes.html (to convert an image to Bitmap mode, first convert it to Grayscale)',
    answer: 'grayscale-first',
    stem: (rng) =>
      `${Client(rng)} needs a 1-bit black-and-white version of an RGB logo. Image > Mode > Bitmap is greyed out. What must be done first?`,
    keys: ['Convert the image to Grayscale', 'Image > Mode > Grayscale, then Bitmap'],
    wrong: [
      ['Convert it to Indexed Color', 'thinks Indexed leads to Bitmap'],
      ['Convert it to CMYK', 'thinks Bitmap comes from CMYK'],
      ['Change it to 16 bits per channel', 'goes the wrong way on bit depth'],
      ['Flatten only; RGB converts straight to Bitmap', 'thinks layers are the only obstacle'],
    ],
  }),
  rule('duotone-needs-grayscale', {
    source:
      'helpx.adobe.com/photoshop/using/color-modes.html ("Only 8‑bit grayscale images can be converted to Duotone mode")',
    answer: 'grayscale-8',
    stem: (rng) =>
      `${Client(rng)} wants a two-ink duotone of an RGB ${subject(rng)}. Which mode must the image be in before Image > Mode > Duotone?`,
    keys: ['8-bit Grayscale', 'Grayscale at 8 bits per channel'],
    wrong: [
      ['CMYK, as duotones print with inks', 'thinks print modes lead to Duotone'],
      ['Indexed Color with two colours', 'confuses a duotone with a two-colour palette'],
      ['Lab Color, for its lightness channel', 'thinks the Lab lightness channel leads to Duotone'],
      ['RGB: any mode converts directly', 'thinks Duotone accepts colour images'],
    ],
  }),
  rule('indexed-256-colours', {
    source:
      'helpx.adobe.com/photoshop/using/color-modes.html ("Indexed Color mode produces 8‑bit image files with at most 256 colors")',
    answer: '256',
    stem: 'At most how many colours can an image in Indexed Color mode hold?',
    keys: ['256', '256, in one colour table'],
    wrong: [
      ['16,777,216', 'gives 24-bit RGB’s colours'],
      ['65,536', 'gives a 16-bit count'],
      ['216, the web-safe palette', 'confuses the limit with one palette'],
      ['768, 256 per channel', 'counts 256 for each RGB channel'],
    ],
  }),
  rule('eight-bit-values', {
    source:
      'helpx.adobe.com/photoshop/using/bit-depth.html (8 bits per channel: 256 possible values for each channel)',
    answer: '256-values',
    stem: 'In an 8-bits-per-channel RGB image, how many values can each channel take?',
    keys: ['256 (0 to 255)', '256 values per channel'],
    wrong: [
      ['255 (1 to 255)', 'leaves out 0'],
      ['8', 'confuses bits with values'],
      ['16,777,216', 'gives the colours of all three channels together'],
      ['100, as percentages', 'reads the values as percentages'],
    ],
  }),
  rule('grayscale-discards-colour', {
    source:
      'helpx.adobe.com/photoshop/using/color-modes.html (converting to Grayscale discards all colour information)',
    answer: 'discards',
    stem: (rng) =>
      `A retoucher converts ${client(rng)}’s RGB ${subject(rng)} to Grayscale with Image > Mode, saves and closes. Next week the client wants colour back. What is possible?`,
    keys: [
      'Colour was discarded',
      'Nothing: the colour was discarded',
      'Starting again from a colour original, as Grayscale discarded colour',
    ],
    wrong: [
      ['Image > Mode > RGB Color brings the colours back', 'thinks the colour is kept in the file'],
      ['Undo in the History panel', 'forgets History is cleared on close'],
      ['Assign the old RGB profile', 'thinks a profile restores colour'],
      ['Show the hidden colour channels', 'thinks the channels are only hidden'],
    ],
  }),
  rule('lab-device-independent', {
    source: 'helpx.adobe.com/photoshop/using/color-modes.html (Lab colour is "device-independent")',
    answer: 'lab',
    stem: 'Which Photoshop colour mode is designed to be device-independent, describing how a colour looks rather than how a device makes it?',
    keys: ['Lab Color', 'Lab, with lightness and a and b colour axes'],
    wrong: [
      ['RGB Color', 'thinks the screen mode is device-independent'],
      ['CMYK Color', 'thinks the print mode is device-independent'],
      ['Indexed Color', 'confuses a colour table with independence'],
      ['Multichannel', 'thinks Multichannel describes colour as seen'],
    ],
  }),
]
