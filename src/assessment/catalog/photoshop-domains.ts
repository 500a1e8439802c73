import type { ModelDomain } from './model-domains.js'

/** The Photoshop test's domains, each served by one scenario model of its own families. */
export const PHOTOSHOP_DOMAINS = {
  psImageSize: {
    id: 'ps-image-size',
    title: 'Image size, resolution and canvas',
    itemModelIds: ['ps-image-size'],
    outcome:
      'Work out pixel dimensions, print sizes and resolutions, choose when and how to resample, and size the canvas, crops and transformed layers without losing detail',
  },
  psBlendModes: {
    id: 'ps-blend-modes',
    title: 'Blend modes, opacity and fill',
    itemModelIds: ['ps-blend-modes'],
    outcome:
      'Predict the composite of Multiply, Screen, Overlay, Darken, Lighten, Difference and Normal layers on 8-bit values at any opacity and fill, and choose the mode a compositing task needs',
  },
  psLayersMasks: {
    id: 'ps-layers-masks',
    title: 'Masks, adjustment layers, smart objects and selections',
    itemModelIds: ['ps-layers-masks'],
    outcome:
      'Edit non-destructively with layer masks, clipped adjustment layers, smart objects and smart filters, build and refine selections, and rely on History only as far as it goes',
  },
  psColourModes: {
    id: 'ps-colour-modes',
    title: 'Colour modes, bit depth and profiles',
    itemModelIds: ['ps-colour-modes'],
    outcome:
      'Choose colour modes and bit depths, work out image data sizes, and convert or assign colour profiles for web and print',
  },
  psExport: {
    id: 'ps-export',
    title: 'Saving and exporting',
    itemModelIds: ['ps-export'],
    outcome:
      'Deliver each file in the format that keeps what the client needs (layers, transparency, colours, bit depth, size) and export it at the right scale and quality',
  },
} as const satisfies Record<string, ModelDomain>
