import { type CatalogRow, row } from './catalog-row.js'

/** Figma as a freelance UI and product designer builds and hands off designs in it. */
export const FIGMA_ROW: CatalogRow = row(
  'figma',
  'Figma',
  'Design & Creative',
  4,
  20,
  [
    ['figmaAutoLayout', 24],
    ['figmaConstraints', 12],
    ['figmaComponents', 18],
    ['figmaVariables', 14],
    ['figmaGridsExport', 14],
    ['figmaPrototype', 18],
  ],
  {
    jobTaskAnalysis:
      'A freelance UI or product designer builds a client’s screens and design system in ' +
      'Figma and hands them to developers: lays out frames, builds and maintains components, ' +
      'sets up colour, type and spacing tokens, wires clickable prototypes for testing and ' +
      'sign-off, and exports assets and specs. Auto layout (Hug contents, Fill container and ' +
      'fixed sizing, padding, spacing including Auto and negative spacing, wrap, min width, ' +
      'absolute-positioned and hidden children, working out the frame and child sizes that ' +
      'result), the way nearly every screen is now built: 24 %. Components and variants (variant ' +
      'naming and counts, overrides that survive main-component edits, boolean, text, instance ' +
      'swap and variant properties, detaching, resetting and pushing changes), the core of ' +
      'design-system work clients hire for: 18 %. Prototyping and handoff (triggers, actions, ' +
      'overlays, scroll position and overflow, Smart Animate layer matching, the CSS a ' +
      'developer reads from padding and shadows): 18 %. Variables and styles (modes, aliases ' +
      'resolved through collections in the mode in force, when a style rather than a variable ' +
      'is needed, scoping): 14 %. Layout grids and export (column widths and positions of ' +
      'Stretch and Center grids, export scales and sizes for web, iOS and Android, format ' +
      'choice): 14 %. Constraints on frames without auto layout (Left, Right, Left and right, ' +
      'Center, Scale, and their vertical counterparts, positions and sizes after a resize): ' +
      '12 %. Every size an item depends on is stated in it; rules follow help.figma.com. Not ' +
      'tested: visual design judgement and aesthetics, FigJam and Figma Slides, plugins and the ' +
      'Plugin or REST APIs, pricing plans and admin settings, and keyboard shortcuts.',
  },
)
