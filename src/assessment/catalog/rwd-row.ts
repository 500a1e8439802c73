import { type CatalogRow, row } from './catalog-row.js'

/** Responsive web design as a freelance web designer or front-end designer practises it. */
export const RWD_ROW: CatalogRow = row(
  'responsive-web-design',
  'Responsive web design',
  'Design & Creative',
  5,
  25,
  [
    ['rwdMedia', 25],
    ['rwdUnits', 20],
    ['rwdLayout', 20],
    ['rwdImages', 20],
    ['rwdTargets', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance web designer or front-end designer turns a client’s mock-ups into pages ' +
      'that work from a small phone to a wide monitor, and fixes layouts that break on some ' +
      'device. Setting the viewport, choosing breakpoints and writing the media queries of a ' +
      'mobile-first stylesheet, then working out which rule wins at a width a client reports, ' +
      'is the core of every job: 25 %. Sizing type and spacing in rem, em, percentages and ' +
      'viewport units, and fluid type with clamp(), which a designer must resolve to pixels ' +
      'to check against the mock-up: 20 %. Card grids and navigation bars in flexbox and grid ' +
      'that wrap and stretch with the width (auto-fit, minmax(), fr, flex-grow): 20 %. ' +
      'Responsive images, srcset, sizes and picture, which decide page weight and layout ' +
      'shift: 20 %. Touch targets to WCAG 2.2, container queries for reusable components and ' +
      'where breakpoints go: 15 %. Items state any convention a key depends on (root font-size, ' +
      'device pixel ratio, how a browser picks among candidates); CSS preprocessors, frameworks ' +
      '(Bootstrap, Tailwind), JavaScript-driven layout, visual design judgement and browser ' +
      'bugs of particular versions are not tested.',
  },
)
