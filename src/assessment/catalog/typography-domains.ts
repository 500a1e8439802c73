import type { ModelDomain } from './model-domains.js'

/** The typography test's domains, each served by one scenario model of its own families. */
export const TYPOGRAPHY_DOMAINS = {
  typoScale: {
    id: 'typo-scale-rhythm',
    title: 'Type scales, measure and vertical rhythm',
    itemModelIds: ['typo-scale-rhythm'],
    outcome:
      'Build modular type scales, set the measure in characters and ems, and choose leading and a baseline grid that keep vertical rhythm',
  },
  typoCss: {
    id: 'typo-units-css',
    title: 'Type units and computed font properties',
    itemModelIds: ['typo-units-css'],
    outcome:
      'Convert between points, picas, pixels, em and rem at a stated resolution, and tell what font, weight, line-height and spacing declarations compute to',
  },
  typoFaces: {
    id: 'typo-faces-setting',
    title: 'Classification, pairing, font metrics and setting',
    itemModelIds: ['typo-faces-setting'],
    outcome:
      'Classify and pair typefaces, read font metrics in design units, and apply the setting rules for figures, spacing, paragraphs and breaks',
  },
  typoFeatures: {
    id: 'typo-features-characters',
    title: 'OpenType features and typographic characters',
    itemModelIds: ['typo-features-characters'],
    outcome:
      'Switch OpenType features and variable axes on through CSS, and specify the right code point or reference for dashes, quotes, primes and spaces',
  },
  typoWeb: {
    id: 'typo-webfonts-access',
    title: 'Web font loading and accessible type',
    itemModelIds: ['typo-webfonts-access'],
    outcome:
      'Load web fonts without invisible text or layout shift, subset and match fallbacks, and set type that meets WCAG text spacing, resize and contrast criteria',
  },
} as const satisfies Record<string, ModelDomain>
