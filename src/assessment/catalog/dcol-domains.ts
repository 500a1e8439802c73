import type { ModelDomain } from './model-domains.js'

/** The colour for digital design test's domains, each served by one scenario model of its own families. */
export const DCOL_DOMAINS = {
  dcolNotation: {
    id: 'dcol-notation',
    title: 'Colour notations and conversions',
    itemModelIds: ['dcol-notation'],
    outcome:
      'Convert colours between hex with and without alpha, shorthand hex, rgb(), HSL, HSB and HWB as stylesheets, design tools and app platforms write them',
  },
  dcolContrast: {
    id: 'dcol-contrast',
    title: 'Contrast and accessibility',
    itemModelIds: ['dcol-contrast'],
    outcome:
      'Work WCAG 2.x relative luminance and contrast ratios for real pairings and find the colours and opacities that meet the AA and AAA thresholds for text and interface components',
  },
  dcolSpace: {
    id: 'dcol-space',
    title: 'Colour spaces and transfer',
    itemModelIds: ['dcol-space'],
    outcome:
      'Tell encoded sRGB from linear light when blending, resampling and premultiplying, and reason about bit depth, banding, levels, video range and Display P3',
  },
  dcolScheme: {
    id: 'dcol-scheme',
    title: 'Colour schemes and design tokens',
    itemModelIds: ['dcol-scheme'],
    outcome:
      'Build harmonies by hue rotation, tints, shades, mixes and scales by a stated rule, and name and count colour tokens by a stated convention',
  },
  dcolHandoff: {
    id: 'dcol-handoff',
    title: 'Print handoff and compositing',
    itemModelIds: ['dcol-handoff'],
    outcome:
      'Give a first naive CMYK or screen equivalent by a stated formula, and flatten, stack, blend and recover translucent colours as a screen composites them',
  },
} as const satisfies Record<string, ModelDomain>
