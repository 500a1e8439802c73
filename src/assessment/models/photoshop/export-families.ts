import { grouped } from '../scenario/scenario-text.js'
import { Client, choose, client, family, type PsFamily, rule, subject } from './ps-text.js'

// Saving and exporting, helpx.adobe.com/photoshop/using/file-formats.html and
// saving-images.html: JPEG "supports CMYK, RGB, and Grayscale color modes. Unlike GIF format,
// JPEG retains all color information … but compresses file size by selectively discarding
// data" and does not support transparency; "JPEG format supports only 8‑bit images. If you save
// a 16‑bit image to this format, Photoshop automatically lowers the bit depth"; Save As JPEG
// quality is "a value between 0 and 12". GIF uses Indexed Color, at most 256 colours; GIF and
// PNG-8 support one level of transparency (a pixel is fully transparent or opaque), PNG-24
// multilevel transparency (helpx.adobe.com/photoshop/using/optimizing-images.html). PSD keeps
// layers up to 30,000 × 30,000 px; Large Document Format (PSB) up to 300,000 px in either
// dimension; "Photoshop can save layers in a TIFF file; however, if you open the file in another
// application, only the flattened image is visible". Export As: File > Export > Export As
// (Alt+Shift+Ctrl+W / Option+Shift+Command+W), with Scale All sizes such as 2x
// (helpx.adobe.com/photoshop/using/export-artboards-layers.html); Save for Web (Legacy):
// Alt+Shift+Ctrl+S / Option+Shift+Command+S (default-keyboard-shortcuts.html).

export const EXPORT_FAMILIES: readonly PsFamily[] = [
  family('export-as-scale', (rng) => {
    const w = rng.pick([320, 480, 640, 750])
    const h = rng.pick([120, 200, 240].filter((x) => x < w))
    const s = rng.pick([0.5, 1.5, 2, 3])
    const d = (x: number, y: number) =>
      `${grouped(Math.round(x), 0)} × ${grouped(Math.round(y), 0)} px`
    return choose(rng, {
      stem: `${Client(rng)}’s app needs a ${w} × ${h} px icon layer exported at ${s}x with Export As (Scale All). What size is the exported PNG?`,
      key: d(w * s, h * s),
      wrong: [
        [d(w, h), 'thinks the scale only renames the file with a suffix', 'unscaled'],
        [d(w / s, h / s), 'divides by the scale factor', 'divided'],
        [d(w * s * s, h * s * s), 'applies the scale to both sides twice', 'squared'],
        [d(w * s, h), 'scales only the width', 'width-only'],
      ],
      facts: { kind: 'export-scale', w, h, s },
    })
  }),
  rule('jpeg-no-transparency', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (JPEG does not support transparency; transparent areas are filled when saving)',
    answer: 'filled',
    stem: (rng) =>
      `A designer exports ${client(rng)}’s logo on a transparent layer as a JPEG. What happens to the transparent areas?`,
    keys: [
      'They are filled with a solid colour, as JPEG holds no transparency',
      'They become opaque: JPEG has no transparency',
    ],
    wrong: [
      ['They stay transparent', 'thinks JPEG supports transparency'],
      [
        'They become partly transparent at the JPEG quality chosen',
        'confuses quality with transparency',
      ],
      ['They are cropped off the image', 'thinks export trims transparent pixels'],
      ['The export is refused until the file is flattened', 'thinks JPEG export stops on layers'],
    ],
  }),
  rule('logo-soft-shadow-png', {
    source:
      'helpx.adobe.com/photoshop/using/optimizing-images.html (PNG-24 supports multilevel transparency; GIF and PNG-8 one level); the same Save for Web text on helpx.adobe.com/photoshop-elements/mac-app-store/help/optimizing-images-png-24-format.html: PNG-24 "supports multilevel transparency. You can have up to 256 degrees of transparency"',
    answer: 'png-24',
    stem: (rng) =>
      `${Client(rng)} needs a logo with a soft drop shadow to sit on photos of any colour on the website. Which format keeps the shadow’s partial transparency?`,
    keys: ['PNG-24', 'PNG-24, transparency on', 'PNG (24-bit) with transparency on'],
    wrong: [
      ['GIF with transparency', 'expects GIF’s one-level transparency to hold a soft shadow'],
      ['PNG-8 with transparency', 'expects PNG-8’s one-level transparency to hold a soft shadow'],
      ['JPEG at maximum quality', 'thinks high quality keeps transparency'],
      ['JPEG with a white matte behind the shadow', 'bakes the shadow onto white'],
    ],
  }),
  rule('jpeg-lowers-16-bit', {
    source:
      'helpx.adobe.com/photoshop/using/saving-images.html ("JPEG format supports only 8‑bit images. If you save a 16‑bit image to this format, Photoshop automatically lowers the bit depth")',
    answer: '8-bit',
    stem: (rng) =>
      `A retoucher saves ${client(rng)}’s 16-bit ${subject(rng)} as a JPEG. What bit depth does the JPEG have?`,
    keys: [
      '8 bits per channel',
      '8 bits per channel, lowered',
      '8 bits per channel, since JPEG supports only 8-bit',
    ],
    wrong: [
      ['16 bits per channel, as in the PSD', 'thinks JPEG keeps 16-bit data'],
      ['32 bits per channel', 'confuses JPEG with HDR formats'],
      ['1 bit, as JPEG compresses hard', 'confuses compression with bit depth'],
      ['None: the save is refused', 'thinks Photoshop refuses instead of converting'],
    ],
  }),
  rule('gif-256-colours', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (GIF uses Indexed Color, at most 256 colours)',
    answer: '256',
    stem: (rng) =>
      `${Client(rng)}’s sunset ${subject(rng)} saved as a GIF shows bands in the sky. Why?`,
    keys: ['GIF holds at most 256 colours', 'A GIF is limited to 256 indexed colours'],
    wrong: [
      [
        'GIF compression discards detail like JPEG',
        'confuses GIF’s colour limit with JPEG’s lossy compression',
      ],
      ['GIF stores only 72 ppi', 'thinks formats fix the resolution'],
      ['GIF converts to CMYK', 'thinks GIF is a print format'],
      ['GIF needs 16 bits per channel', 'reverses the bit depth'],
    ],
  }),
  rule('gif-transparency-one-level', {
    source:
      'helpx.adobe.com/photoshop/using/optimizing-images.html (GIF supports one level of transparency: a pixel is fully transparent or fully opaque)',
    answer: 'one-level',
    stem: 'An anti-aliased round logo exported as a transparent GIF shows a jagged fringe on a dark page. What causes it?',
    keys: [
      'No partial transparency',
      'GIF transparency is on or off',
      'GIF transparency is on or off, with no partial transparency',
    ],
    wrong: [
      ['GIF cannot be transparent at all', 'thinks GIF lacks transparency'],
      ['GIF was saved at too low a ppi', 'blames resolution'],
      ['The logo needs converting to CMYK', 'applies a print rule'],
      ['GIF keeps only the top layer', 'confuses flattening with transparency'],
    ],
  }),
  rule('psd-keeps-layers', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (Photoshop format, PSD, saves layers, masks, adjustment layers and other Photoshop features)',
    answer: 'psd',
    stem: (rng) =>
      `${Client(rng)} wants the editable file with all layers, masks and adjustment layers at the end of the job. Which format fits?`,
    keys: ['PSD', 'Photoshop format (PSD)'],
    wrong: [
      ['JPEG at quality 12', 'thinks top quality keeps layers'],
      ['PNG-24', 'thinks transparency means layers'],
      ['GIF', 'thinks frames hold layers'],
      ['A flattened copy in any format', 'hands over no editable layers'],
    ],
  }),
  rule('psb-over-30000', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (PSD: up to 30,000 pixels in height and width; Large Document Format, PSB: up to 300,000)',
    answer: 'psb',
    stem: (rng) =>
      `A panorama for ${client(rng)}’s trade-show wall is 42,000 px wide with layers. Which format saves it with its layers?`,
    keys: [
      'PSB, with its layers',
      'PSB, which allows 300,000 px',
      'PSB, the Large Document Format',
    ],
    wrong: [
      ['PSD, which has no pixel limit', 'misses the 30,000 px PSD limit'],
      ['JPEG, as it compresses best', 'drops the layers'],
      ['GIF, at 256 colours', 'drops the layers and the colours'],
      ['PNG-8, split into tiles', 'thinks tiling replaces PSB'],
    ],
  }),
  rule('psb-limit', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (Large Document Format supports documents up to 300,000 pixels in any dimension)',
    answer: '300000',
    stem: 'Up to how many pixels in either dimension can a Large Document Format (PSB) file be?',
    keys: ['300,000 px'],
    wrong: [
      ['1,000,000 px', 'guesses a round million'],
      ['30,000 px', 'gives the PSD limit'],
      ['65,535 px', 'gives a 16-bit integer limit'],
      ['3,000,000 px', 'adds a zero to the limit'],
      ['No limit', 'thinks PSB is unbounded'],
    ],
  }),
  rule('tiff-layers-flattened-elsewhere', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html ("Photoshop can save layers in a TIFF file; however, if you open the file in another application, only the flattened image is visible")',
    answer: 'flattened-elsewhere',
    stem: (rng) =>
      `A retoucher saves ${client(rng)}’s layered file as a TIFF with layers. What does a print shop using another program see?`,
    keys: ['The flattened image only', 'A flattened image, with layers kept for Photoshop'],
    wrong: [
      ['Every layer, as in Photoshop', 'thinks all programs read TIFF layers'],
      ['Only the top layer', 'thinks other programs read one layer'],
      ['An error: TIFF cannot hold layers', 'thinks TIFF refuses layers'],
      ['Only the Background layer', 'thinks other programs read the bottom layer'],
    ],
  }),
  rule('jpeg-quality-range', {
    source:
      'helpx.adobe.com/photoshop/using/saving-images.html (JPEG Options: a Quality value between 0 and 12)',
    answer: '0-12',
    stem: 'In the JPEG Options dialog after Save As, what range does the Quality value take?',
    keys: ['0 to 12', 'From 0 to 12'],
    wrong: [
      ['0 to 100', 'gives the percentage scale of other exporters'],
      ['1 to 10', 'guesses a decimal scale'],
      ['0 to 255', 'confuses quality with 8-bit values'],
      ['Low, Medium and High only', 'forgets the numeric value'],
    ],
  }),
  rule('jpeg-lossy-keep-master', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (JPEG "compresses file size by selectively discarding data")',
    answer: 'master',
    stem: (rng) =>
      `${Client(rng)} will ask for several rounds of changes to a ${subject(rng)}. How should the retoucher keep the working file?`,
    keys: [
      'As a layered PSD, exporting JPEG copies for delivery',
      'In PSD, with JPEGs only as exports',
    ],
    wrong: [
      ['As a JPEG, re-saved at quality 12 after each round', 'thinks top quality avoids JPEG loss'],
      ['As a GIF, which is lossless', 'keeps 256 colours only'],
      ['As a JPEG, as re-saving never loses data', 'thinks JPEG is lossless'],
      ['As a flattened PNG-8', 'limits it to 256 colours and no layers'],
    ],
  }),
  rule('jpeg-flattens', {
    source:
      'helpx.adobe.com/photoshop/using/file-formats.html (JPEG does not store layers; saving a layered document as JPEG saves a flattened copy)',
    answer: 'flattened',
    stem: (rng) =>
      `A retoucher saves ${client(rng)}’s layered PSD as a JPEG. What does the JPEG contain?`,
    keys: ['One flattened image of the visible layers', 'A flattened copy, with no layers'],
    wrong: [
      ['Every layer, editable in Photoshop', 'thinks JPEG stores layers'],
      ['Only the selected layer', 'confuses Save As with Export Layers'],
      ['The visible layers plus their masks', 'thinks masks survive JPEG'],
      ['Only the Background layer', 'thinks JPEG saves the bottom layer'],
    ],
  }),
  rule('web-image-pixel-dimensions', {
    source:
      'helpx.adobe.com/photoshop/using/export-artboards-layers.html (Export As sets the exported image size in pixels)',
    answer: 'pixels',
    stem: (rng) =>
      `${Client(rng)}’s web developer asks for a hero image "at 1,920 px wide". Which setting decides that in Export As?`,
    keys: ['Pixel width', 'Width in pixels', 'Image Size Width in pixels'],
    wrong: [
      ['Resolution at 72 ppi', 'thinks ppi sets the web size'],
      ['Quality at 100%', 'confuses quality with size'],
      ['Canvas Size in inches', 'sets print units for a web image'],
      ['Convert to sRGB', 'confuses colour handling with size'],
    ],
  }),
]
