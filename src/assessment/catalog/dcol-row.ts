import { type CatalogRow, row } from './catalog-row.js'

/** Colour for digital design as a freelance UI and digital designer works it for clients and developers. */
export const DIGITAL_COLOUR_ROW: CatalogRow = row(
  'digital-colour',
  'Colour for digital design',
  'Design & Creative',
  4,
  12,
  [
    ['dcolNotation', 20],
    ['dcolContrast', 20],
    ['dcolSpace', 20],
    ['dcolScheme', 20],
    ['dcolHandoff', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance UI or digital designer chooses, checks and hands over colours for websites, ' +
      'apps, design systems and the odd printed piece: they read a colour in whatever notation a ' +
      'design tool, stylesheet or platform gives, check text and controls against WCAG, build ' +
      'palettes and tokens by the system’s rules, and give developers and printers values they ' +
      'can use as they are. Notations and conversions: hex with and without alpha, three- and ' +
      'four-digit shorthand, rgb() with slash alpha, HSL, the HSB of design tools’ pickers, HWB, ' +
      'and Android’s alpha-first hex: 20 %. Contrast and accessibility: WCAG 2.x relative ' +
      'luminance through the sRGB transfer function, the contrast ratio with its 0.05 offsets, ' +
      'AA and AAA thresholds for body and large text and the 3:1 for interface components, links ' +
      'and focus indicators, and the greys, opacities and scrims that just pass: 20 %. Colour ' +
      'spaces and transfer: encoded sRGB against linear light in blends, resampling and ' +
      'premultiplied alpha, bit depth and gradient banding, levels, limited video range, and a ' +
      'Display P3 colour’s sRGB fallback by a stated matrix row: 20 %. Colour schemes and design ' +
      'tokens: complementary, triadic, analogous, split-complementary and square hues, the same ' +
      'turns done on hex, tints and shades mixed in a stated space, CSS color-mix(), even and ' +
      'relative scale steps, and token names and counts by a stated convention: 20 %. Print ' +
      'handoff and compositing: the naive RGB-to-CMYK formula and its inverse as stated, ' +
      'flattening translucent colours over a background, stacked and nested opacity, the ' +
      'separable blend modes, and recovering a colour and its alpha from flattened mock-ups: ' +
      '20 %. Every item states the formula, threshold and rounding its key depends on. Not ' +
      'tested: colour theory’s aesthetics and brand judgement, a particular design tool’s menus, ' +
      'ICC profiles and printer-specific ink limits, and WCAG success criteria beyond contrast. ' +
      'A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
