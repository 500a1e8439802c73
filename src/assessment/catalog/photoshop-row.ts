import { type CatalogRow, row } from './catalog-row.js'

/** Adobe Photoshop as a freelance retoucher and designer uses it on clients' images. */
export const PHOTOSHOP_ROW: CatalogRow = row(
  'adobe-photoshop',
  'Adobe Photoshop',
  'Design & Creative',
  4,
  30,
  [
    ['psImageSize', 25],
    ['psBlendModes', 20],
    ['psLayersMasks', 25],
    ['psColourModes', 15],
    ['psExport', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance retoucher or designer takes a client’s photos and artwork, retouches and ' +
      'composites them in Photoshop, and delivers files sized for print and the web. Getting ' +
      'the size right is asked of every job and where rework starts: pixel dimensions, print ' +
      'size at a resolution in inches, centimetres and millimetres, Image Size with and without ' +
      'resampling and its resample methods, Canvas Size (relative amounts, anchors, what fills ' +
      'new canvas), crops to a ratio, scaling layers versus smart objects and Scale Styles: ' +
      '25 %. Compositing with blend modes on 8-bit channel values (Multiply, Screen, Overlay, ' +
      'Darken, Lighten, Difference, Normal), opacity against fill and layer effects, stacked ' +
      'layers and which mode does a common job: 20 %. Non-destructive work: layer masks (black ' +
      'hides, white reveals, grey partly shows, density, linking), adjustment layers and ' +
      'clipping, smart objects and smart filters, selections (adding, subtracting, ' +
      'intersecting, expanding, borders, feathering, anti-aliasing, saved selections) and the ' +
      'History panel: 25 %. Colour: modes and their channels, bit depth and data size, ' +
      'converting versus assigning profiles, sRGB for the web and converting to CMYK once for ' +
      'print, soft proofing: 15 %. Delivery: JPEG, PNG, GIF, PSD, PSB and TIFF, what each keeps ' +
      '(layers, transparency, colours, bit depth), Export As scaling and JPEG quality: 15 %. ' +
      'Every rule an item uses is one helpx.adobe.com documents; keyboard shortcuts are the ' +
      'documented defaults and the item names Windows or macOS. Blend results are asked with ' +
      'Adobe’s formula and rounding stated. Painting and brush technique, the look of a ' +
      'retouch, Camera Raw and Lightroom, 3D, video and animation, scripting and plug-ins, ' +
      'and version-specific features or bugs are not tested.',
  },
)
