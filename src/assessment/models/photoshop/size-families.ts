import type { Rng } from '../../rng.js'
import { grouped } from '../scenario/scenario-text.js'
import {
  Client,
  choose,
  client,
  dims,
  family,
  type PsFamily,
  pxs,
  rule,
  subject,
} from './ps-text.js'

// Image size and resolution, helpx.adobe.com/photoshop/using/resizing-image.html: print
// dimensions are pixel dimensions divided by the resolution in pixels per inch; with Resample
// unticked, "the pixel dimensions don't change" when width, height or resolution is changed (the
// other two follow); with Resample ticked, the pixel count changes. Resample methods: "Preserve
// Details (enlargement)", "Bicubic Smoother (enlargement)", "Bicubic Sharper (reduction)",
// "Nearest Neighbor (hard edges)", Bilinear. "Scale Styles" scales effects with the image.
// Canvas size, helpx.adobe.com/photoshop/using/adjust-crop-rotation-canvas.html: "Relative"
// adds or subtracts the amount entered from the current size; the anchor sets where the image
// sits on the new canvas; a smaller canvas crops; without a Background layer the added canvas is
// transparent (the Canvas extension color menu is unavailable). Crop: helpx.adobe.com/photoshop/
// using/crop-straighten-photos.html ("Delete Cropped Pixels"). Smart Objects keep their source
// data through transforms: helpx.adobe.com/photoshop/using/create-smart-objects.html.

/** At most two decimals, no trailing zeros. */
const n2 = (v: number) =>
  grouped(
    Math.round(v * 100) / 100,
    Number.isInteger(Math.round(v * 100) / 100) ? 0 : Math.round(v * 100) % 10 === 0 ? 1 : 2,
  )
const two = (v: number) => (Math.round(v * 100) / 100).toFixed(2)
const ins = (w: number, h: number) => `${two(w)} × ${two(h)} in`
const PPI = [150, 200, 240, 300] as const

/** Two different whole print sides in inches, landscape. */
const sides = (rng: Rng): [number, number] => {
  const w = rng.int(8, 24)
  return [w, rng.int(4, w - 2)]
}

export const SIZE_FAMILIES: readonly PsFamily[] = [
  family('print-size-from-pixels', (rng) => {
    const ppi = rng.pick(PPI)
    const [iw, ih] = sides(rng)
    const [w, h] = [iw * ppi, ih * ppi]
    return choose(rng, {
      stem: `${Client(rng)}’s ${subject(rng)} is ${dims(w, h)} with its resolution set to ${ppi} ppi. In Image Size, what width and height does it print at, to two decimal places?`,
      key: ins(w / ppi, h / ppi),
      wrong: [
        [
          ins(w / 72, h / 72),
          'divides by 72 ppi, the old screen default, not the image’s resolution',
          'at-72',
        ],
        [
          ins((w / ppi) * 2.54, (h / ppi) * 2.54),
          'works the size out in centimetres but calls it inches',
          'cm-as-in',
        ],
        [
          ins(w / ppi / 2.54, h / ppi / 2.54),
          'reads the resolution as pixels per centimetre',
          'per-cm',
        ],
        [
          ins(w / 600, h / 600),
          'divides by the printer’s 600 dpi instead of the image’s ppi',
          'printer-dpi',
        ],
      ],
      facts: { kind: 'print-size', w, h, ppi },
    })
  }),
  family('pixels-for-print-inches', (rng) => {
    const ppi = rng.pick(PPI)
    const [iw, ih] = sides(rng)
    return choose(rng, {
      stem: `${Client(rng)} wants a ${iw} × ${ih} in print at ${ppi} ppi. How many pixels must the image have, without upsampling?`,
      key: dims(iw * ppi, ih * ppi),
      wrong: [
        [dims(iw * 72, ih * 72), 'works at 72 ppi, the old screen default', 'at-72'],
        [
          dims(Math.round(iw * ppi * 2.54), Math.round(ih * ppi * 2.54)),
          'multiplies by 2.54 as if converting the inches to centimetres first',
          'times-2.54',
        ],
        [
          dims(Math.round((iw * ppi) / 2.54), Math.round((ih * ppi) / 2.54)),
          'reads the resolution as pixels per centimetre',
          'per-cm',
        ],
        [
          dims(iw * ppi * 2, ih * ppi * 2),
          'doubles the ppi for print, mixing it up with a halftone screen rule',
          'double',
        ],
      ],
      facts: { kind: 'pixels-for-print', iw, ih, ppi },
    })
  }),
  family('pixels-for-print-cm', (rng) => {
    const ppi = rng.pick(PPI)
    const iw = rng.pick([5, 10, 15, 20])
    const ih = rng.pick([5, 10, 15, 20].filter((x) => x < iw).concat([4]))
    const cm = (i: number) => n2(i * 2.54)
    return choose(rng, {
      stem: `A print shop asks ${client(rng)} for a ${cm(iw)} × ${cm(ih)} cm print at ${ppi} ppi. How many pixels must the ${subject(rng)} have (1 in = 2.54 cm)?`,
      key: dims(iw * ppi, ih * ppi),
      wrong: [
        [
          dims(Math.round(iw * 2.54 * ppi), Math.round(ih * 2.54 * ppi)),
          'multiplies centimetres by a per-inch resolution',
          'cm-times-ppi',
        ],
        [
          dims(Math.round((iw / 2.54) * ppi), Math.round((ih / 2.54) * ppi)),
          'divides by 2.54 twice, converting the wrong way',
          'twice',
        ],
        [dims(iw * 72, ih * 72), 'works at 72 ppi, the old screen default', 'at-72'],
        [
          dims(Math.round(iw * 2.54 * 72), Math.round(ih * 2.54 * 72)),
          'multiplies centimetres by 72',
          'cm-72',
        ],
      ],
      facts: { kind: 'pixels-for-print', iw, ih, ppi },
    })
  }),
  family('effective-ppi', (rng) => {
    const ppi = rng.pick([120, 150, 180, 200, 240])
    const [iw, ih] = sides(rng)
    const [w, h] = [iw * ppi, ih * ppi]
    return choose(rng, {
      stem: `${Client(rng)} has a ${dims(w, h)} ${subject(rng)} whose file says 300 ppi and wants it printed ${iw} in wide, keeping the pixels as they are. At what resolution will it print?`,
      key: `${ppi} ppi`,
      wrong: [
        ['300 ppi', 'thinks the resolution stored in the file holds at any print size', 'stored'],
        ['72 ppi', 'thinks the print runs at 72 ppi, the old screen default', 'screen'],
        ['600 ppi', 'takes the printer’s 600 dpi as the image’s resolution', 'printer'],
        [`${n2(h / iw)} ppi`, 'divides the height in pixels by the print width', 'height'],
        [`${n2(w / (iw * 2.54))} ppi`, 'divides by the width in centimetres', 'per-cm'],
        [`${n2((w * 2.54) / iw)} ppi`, 'reads the print width as centimetres', 'width-as-cm'],
      ],
      facts: { kind: 'effective-ppi', w, h, iw },
    })
  }),
  family('resample-off-keeps-pixels', (rng) => {
    const [p1, p2] = rng.shuffle([72, 150, 300]).slice(0, 2) as [number, number]
    const w = rng.pick([1800, 2400, 3000, 3600])
    const h = (w / 3) * 2
    const r = (v: number) => Math.round(v)
    return choose(rng, {
      stem: `A ${dims(w, h)} ${subject(rng)} for ${client(rng)} is set to ${p1} ppi. In Image Size you untick Resample and type ${p2} in Resolution. What are the pixel dimensions now?`,
      key: dims(w, h),
      wrong: [
        [
          dims(r((w * p2) / p1), r((h * p2) / p1)),
          'thinks the pixel count scales with the new resolution',
          'scaled',
        ],
        [
          dims(r((w * p1) / p2), r((h * p1) / p2)),
          'scales the pixels by the inverse of the resolution change',
          'inverse',
        ],
        [
          dims(r((w * p2) / p1), h),
          'scales only the width, as if the fields were unlinked',
          'width-only',
        ],
      ],
      facts: { kind: 'resample-off', w, h, p1, p2, ask: 'pixels' },
    })
  }),
  family('resample-off-print-width', (rng) => {
    const [p1, p2] = rng.shuffle([150, 200, 300]).slice(0, 2) as [number, number]
    const iw = rng.pick([6, 8, 10, 12])
    const w = iw * 600
    return choose(rng, {
      stem: `${Client(rng)}’s ${subject(rng)} is ${pxs(w)} wide at ${p1} ppi. With Resample unticked you change Resolution to ${p2} ppi. What print width does Image Size show?`,
      key: `${n2(w / p2)} in`,
      wrong: [
        [
          `${n2(w / p1)} in`,
          'thinks the print size stays and only the resolution changes',
          'unchanged',
        ],
        [`${n2(w / 72)} in`, 'divides by 72 ppi, the old screen default', 'at-72'],
        [
          `${n2(((w / p1) * p2) / p1)} in`,
          'scales the print width with the resolution instead of against it',
          'with',
        ],
        [`${n2((w / p2) * 2.54)} in`, 'gives the width in centimetres as inches', 'cm-as-in'],
        [`${n2(w / p2 / 2.54)} in`, 'reads the resolution as pixels per centimetre', 'per-cm'],
      ],
      facts: { kind: 'resample-off', w, p1, p2, ask: 'print-width' },
    })
  }),
  family('resample-on-keeps-print-size', (rng) => {
    const [p1, p2] = rng.shuffle([150, 200, 300]).slice(0, 2) as [number, number]
    const iw = rng.pick([6, 8, 10, 12])
    return choose(rng, {
      stem: `A ${iw} in wide ${subject(rng)} for ${client(rng)} is ${pxs(iw * p1)} wide at ${p1} ppi. With Resample ticked and the width kept at ${iw} in, you set Resolution to ${p2} ppi. How wide is the image in pixels now?`,
      key: pxs(iw * p2),
      wrong: [
        [pxs(iw * p1), 'thinks the pixels stay as they would with Resample unticked', 'unchanged'],
        [
          pxs(Math.round((iw * p1 * p1) / p2)),
          'scales the pixels by the inverse of the resolution change',
          'inverse',
        ],
        [pxs(iw * 72), 'works at 72 ppi, the old screen default', 'at-72'],
        [pxs(iw * (p1 + p2)), 'adds the two resolutions’ pixels', 'added'],
      ],
      facts: { kind: 'resample-on', iw, p1, p2 },
    })
  }),
  family('resample-percent-pixel-count', (rng) => {
    const w = rng.pick([2000, 2400, 3200, 4000])
    const h = (w / 4) * 3
    const p = rng.pick([25, 50, 75, 150, 200])
    const n = (v: number) => `${grouped(Math.round(v), 0)} pixels`
    return choose(rng, {
      stem: `A ${dims(w, h)} ${subject(rng)} for ${client(rng)} is resampled in Image Size to ${p}% width with the proportions linked. How many pixels does it have in all now?`,
      key: n((w * h * p * p) / 10000),
      wrong: [
        [
          n((w * h * p) / 100),
          'scales the pixel count by the percentage once, not for both sides',
          'linear',
        ],
        [n(w * h), 'thinks resampling by a percentage keeps the pixel count', 'unchanged'],
        [n((w * h * 10000) / (p * p)), 'divides by the scale instead of multiplying', 'inverse'],
        [
          n((w * h * p) / 100 + (w * h * p) / 100),
          'adds the width’s and height’s shares',
          'summed',
        ],
      ],
      facts: { kind: 'resample-percent', w, h, p },
    })
  }),
  family('print-size-mm', (rng) => {
    const ppi = rng.pick(PPI)
    const iw = rng.pick([5, 10, 15])
    const w = iw * ppi
    const mm = (v: number) => `${n2(v)} mm`
    return choose(rng, {
      stem: `${Client(rng)}’s logo file is ${pxs(w)} wide at ${ppi} ppi. How wide does it print, in millimetres (1 in = 25.4 mm)?`,
      key: mm((w / ppi) * 25.4),
      wrong: [
        [mm((w / ppi) * 10), 'treats the inches as centimetres and multiplies by 10', 'in-as-cm'],
        [mm((w / 300) * 25.4), 'assumes 300 ppi whatever the file says', 'at-300'],
        [mm(w), 'reads each pixel as a millimetre', 'px-as-mm'],
        [
          mm((w / 600) * 25.4),
          'divides by the printer’s 600 dpi instead of the image’s ppi',
          'at-600',
        ],
        [mm((w / 96) * 25.4), 'divides by 96 ppi, the Windows screen default', 'at-96'],
        [mm((w / 72) * 25.4), 'divides by 72 ppi, the old screen default', 'at-72'],
        [mm(w / ppi / 25.4), 'divides by 25.4 instead of multiplying', 'divided'],
      ],
      facts: { kind: 'print-mm', w, ppi },
    })
  }),
  family('canvas-relative', (rng) => {
    const w = rng.pick([1200, 1600, 2000, 2400])
    const h = rng.pick([800, 1000, 1200].filter((x) => x < w))
    const x = rng.pick([100, 200, 300])
    const y = rng.pick([60, 100, 150, 250])
    return choose(rng, {
      stem: `${Client(rng)}’s ${subject(rng)} is ${dims(w, h)}. In Canvas Size you tick Relative and enter Width ${x} px and Height ${y} px, anchor in the centre. What is the new canvas size?`,
      key: dims(w + x, h + y),
      wrong: [
        [
          dims(w + 2 * x, h + 2 * y),
          'adds the amounts to each side instead of in all',
          'each-side',
        ],
        [dims(w + x / 2, h + y / 2), 'adds only the half that goes on one side', 'half'],
        [dims(x, y), 'reads the relative amounts as the new size', 'absolute'],
        [dims(w - x, h - y), 'thinks Relative subtracts unless the amount is negative', 'subtract'],
      ],
      facts: { kind: 'canvas-relative', w, h, x, y },
    })
  }),
  family('crop-to-ratio', (rng) => {
    const [a, b] = rng.pick([
      [4, 5],
      [2, 3],
      [1, 1],
      [3, 4],
    ] as const)
    const h = rng.pick([2400, 3000, 3600])
    const w = (h * 3) / 2
    return choose(rng, {
      stem: `${Client(rng)} needs a ${a}:${b} (width:height) crop of a ${dims(w, h)} ${subject(rng)}, using its full height. How wide is the crop?`,
      key: pxs((h * a) / b),
      wrong: [
        [
          pxs(Math.round((h * b) / a)),
          'inverts the ratio, dividing height by width’s share',
          'inverted',
        ],
        [
          pxs(Math.round((w * a) / b)),
          'applies the ratio to the width instead of the height',
          'from-width',
        ],
        [
          pxs(Math.round(w - (h * a) / b)),
          'gives the width cut away, not the width kept',
          'cut-away',
        ],
        [pxs(Math.round((w * b) / a)), 'inverts the ratio and applies it to the width', 'both'],
      ],
      facts: { kind: 'crop-ratio', w, h, a, b },
    })
  }),
  rule('resample-for-enlargement', {
    source:
      'helpx.adobe.com/photoshop/using/resizing-image.html (Resample methods: "Preserve Details (enlargement)", "Bicubic Smoother (enlargement)")',
    answer: 'enlargement',
    stem: (rng) =>
      `${Client(rng)} needs a small ${subject(rng)} upsampled to twice its width for a poster. Which Resample method in Image Size does Adobe name for enlargement?`,
    keys: ['Preserve Details (enlargement)', 'Bicubic Smoother (enlargement)'],
    wrong: [
      ['Bicubic Sharper (reduction)', 'picks the method Adobe names for reduction'],
      ['Nearest Neighbor (hard edges)', 'uses the hard-edge method that leaves a photo jagged'],
      ['Any method, with Resample unticked', 'thinks unticking Resample adds pixels'],
      ['Bilinear, the sharpest method', 'picks Bilinear, the plain averaging method'],
    ],
  }),
  rule('resample-for-reduction', {
    source:
      'helpx.adobe.com/photoshop/using/resizing-image.html (Resample methods: "Bicubic Sharper (reduction)")',
    answer: 'reduction',
    stem: (rng) =>
      `A retoucher downsizes ${client(rng)}’s large ${subject(rng)} for the web and wants it to stay crisp. Which Resample method does Adobe name for reduction?`,
    keys: [
      'Bicubic Sharper (reduction)',
      'Bicubic Sharper, for reduction',
      'Bicubic Sharper (reduction), for downsizing',
    ],
    wrong: [
      ['Bicubic Smoother (enlargement)', 'picks the method Adobe names for enlargement'],
      ['Preserve Details (enlargement)', 'picks Preserve Details, named for enlargement'],
      ['Nearest Neighbor (hard edges)', 'uses the hard-edge method that leaves a photo jagged'],
      ['Any method, with Resample unticked', 'thinks unticking Resample removes pixels'],
    ],
  }),
  rule('resample-hard-edges', {
    source:
      'helpx.adobe.com/photoshop/using/resizing-image.html (Resample methods: "Nearest Neighbor (hard edges)")',
    answer: 'nearest',
    stem: 'A game studio client needs its 32 × 32 px pixel-art sprite enlarged to 256 × 256 px with every pixel a crisp square. Which Resample method fits?',
    keys: ['Nearest Neighbor (hard edges)', 'Nearest Neighbor, which keeps hard edges'],
    wrong: [
      [
        'Bicubic Smoother (enlargement)',
        'picks the smooth enlargement method, which blurs the squares',
      ],
      [
        'Preserve Details (enlargement)',
        'picks the photo enlargement method, which blurs the squares',
      ],
      ['Bicubic Sharper (reduction)', 'picks the method Adobe names for reduction'],
      ['Bilinear, which averages neighbours', 'thinks averaging keeps hard edges'],
    ],
  }),
  rule('resample-off-changes-print-size', {
    source:
      'helpx.adobe.com/photoshop/using/resizing-image.html (Resample unticked: the pixel dimensions stay; resolution and print size change together)',
    answer: 'print-size-only',
    stem: 'In Image Size, Resample is unticked. What does typing a higher Resolution do?',
    keys: [
      'Smaller print size, same pixels',
      'Shrinks the print size; no pixels change',
      'Makes the print size smaller; the pixels stay as they are',
    ],
    wrong: [
      [
        'Adds pixels, so the image gets sharper',
        'thinks a higher resolution adds detail without resampling',
      ],
      ['Keeps the print size and adds pixels to fill it', 'describes Resample ticked'],
      [
        'Changes only the metadata, and the print size stays',
        'thinks print size does not follow resolution',
      ],
      ['Crops the image to keep the file size', 'confuses Image Size with cropping'],
    ],
  }),
  rule('screen-size-is-pixels', {
    source:
      'helpx.adobe.com/photoshop/using/image-size-resolution.html (an image’s size on screen follows its pixel dimensions; resolution sets the print size)',
    answer: 'pixels',
    stem: (rng) =>
      `${Client(rng)} asks for a 1,200 × 400 px web banner "at 300 ppi, not 72 ppi". Changing only the ppi with Resample unticked, how does the banner look on their website?`,
    keys: [
      'The same as before',
      'No different: browsers show the pixels',
      'The same: on screen only the pixel dimensions count',
    ],
    wrong: [
      ['Sharper, as 300 ppi holds more detail', 'thinks the ppi setting adds detail on screen'],
      ['Over four times larger on screen', 'scales the displayed size by the ppi change'],
      ['Smaller, as pixels are packed closer', 'thinks the ppi shrinks the displayed size'],
      ['Blurred, as the browser resamples it to 72 ppi', 'thinks browsers read the ppi setting'],
    ],
  }),
  rule('canvas-extension-transparent', {
    source:
      'helpx.adobe.com/photoshop/using/adjust-crop-rotation-canvas.html (Canvas extension color applies to a Background layer; "If the image doesn’t have a background layer", added canvas is transparent)',
    answer: 'transparent',
    stem: (rng) =>
      `${Client(rng)}’s file has no Background layer, only normal layers. You add 200 px of canvas with Canvas Size. What fills the new area?`,
    keys: [
      'Transparent pixels',
      'Transparent pixels on each new side',
      'Transparency, as there is no Background layer',
    ],
    wrong: [
      [
        'The background colour in the toolbar',
        'applies the Background-layer rule to normal layers',
      ],
      ['White, Photoshop’s default canvas', 'thinks new canvas is always white'],
      ['The foreground colour in the toolbar', 'mixes up the foreground and background colours'],
      ['Stretched edge pixels of the image', 'thinks Canvas Size extends the image'],
    ],
  }),
  rule('border-with-canvas-size', {
    source:
      'helpx.adobe.com/photoshop/using/adjust-crop-rotation-canvas.html (Canvas Size "lets you add or remove work space around an existing image")',
    answer: 'canvas-size',
    stem: (rng) =>
      `${Client(rng)} wants a 100 px white frame around a ${subject(rng)} without the photo itself being scaled or cropped. Which command adds it?`,
    keys: [
      'Image > Canvas Size, with Relative ticked',
      'Canvas Size, adding 200 px to each dimension with Relative',
    ],
    wrong: [
      ['Image > Image Size, with Resample ticked', 'uses Image Size, which scales the photo'],
      [
        'Image > Image Size, with Resample unticked',
        'thinks Image Size can add space around an image',
      ],
      [
        'Edit > Free Transform, scaling the photo down',
        'shrinks the photo instead of adding canvas',
      ],
      [
        'Select > Modify > Border on the whole image',
        'makes a border selection, which adds no pixels',
      ],
    ],
  }),
  rule('crop-delete-cropped-pixels', {
    source:
      'helpx.adobe.com/photoshop/using/crop-straighten-photos.html ("Delete Cropped Pixels": deselect it to apply a nondestructive crop and retain pixels outside the crop boundaries)',
    answer: 'untick',
    stem: (rng) =>
      `${Client(rng)} may change their mind about a crop. How does the retoucher crop so the cut-off parts can be brought back later?`,
    keys: [
      'Untick Delete Cropped Pixels',
      'Delete Cropped Pixels off',
      'Untick Delete Cropped Pixels in the Crop tool’s options',
      'Crop with Delete Cropped Pixels off, which keeps the outside pixels',
    ],
    wrong: [
      ['Tick Delete Cropped Pixels', 'reads the option the wrong way round'],
      [
        'Crop normally, as crops are undone with Reset later',
        'thinks any crop can be undone after saving',
      ],
      ['Crop with Image > Trim instead', 'thinks Trim keeps hidden pixels'],
      [
        'Use Canvas Size to crop, which hides pixels',
        'thinks Canvas Size keeps the pixels it cuts off',
      ],
    ],
  }),
  rule('shortcut-image-size', {
    source:
      'helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html (Image Size: Alt+Ctrl+I on Windows, Option+Command+I on macOS)',
    answer: 'Alt+Ctrl+I',
    stem: 'Which default Windows keyboard shortcut opens the Image Size dialog in Photoshop?',
    keys: ['Alt+Ctrl+I'],
    wrong: [
      ['Alt+Ctrl+C', 'gives Canvas Size’s shortcut'],
      ['Ctrl+I', 'gives Invert’s shortcut'],
      ['Shift+Ctrl+I', 'gives Inverse selection’s shortcut'],
      ['Ctrl+T', 'gives Free Transform’s shortcut'],
    ],
  }),
  rule('shortcut-free-transform', {
    source:
      'helpx.adobe.com/photoshop/using/default-keyboard-shortcuts.html (Free Transform: Ctrl+T on Windows, Command+T on macOS)',
    answer: 'Ctrl+T',
    stem: 'Which default Windows keyboard shortcut starts Free Transform on the selected layer?',
    keys: ['Ctrl+T'],
    wrong: [
      ['Ctrl+J', 'gives New Layer via Copy’s shortcut'],
      ['Ctrl+E', 'gives Merge Down’s shortcut'],
      ['Alt+Ctrl+I', 'gives Image Size’s shortcut'],
      ['Ctrl+G', 'gives Group Layers’ shortcut'],
    ],
  }),
]
