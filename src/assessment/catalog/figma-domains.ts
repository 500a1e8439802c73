import type { ModelDomain } from './model-domains.js'

/** The Figma test's domains, each served by one scenario model of its own families. */
export const FIGMA_DOMAINS = {
  figmaAutoLayout: {
    id: 'figma-auto-layout',
    title: 'Auto layout',
    itemModelIds: ['figma-auto-layout'],
    outcome:
      'Work out the frame and child sizes and positions auto layout gives from Hug, Fill and fixed sizing, padding, spacing (Auto and negative), wrap, min width and out-of-flow children, and choose the setting a layout needs',
  },
  figmaConstraints: {
    id: 'figma-constraints',
    title: 'Constraints and resizing',
    itemModelIds: ['figma-constraints'],
    outcome:
      'Predict where layers land and how big they become when a frame resizes under each horizontal and vertical constraint, and choose the constraint a responsive layer needs',
  },
  figmaComponents: {
    id: 'figma-components',
    title: 'Components, variants and properties',
    itemModelIds: ['figma-components'],
    outcome:
      'Name and count variants, predict how overrides behave when a main component changes, and choose component properties and instance actions for a design-system need',
  },
  figmaVariables: {
    id: 'figma-variables',
    title: 'Variables, modes and styles',
    itemModelIds: ['figma-variables'],
    outcome:
      'Resolve a bound variable through aliases in the mode in force, and choose between colour, number, string and boolean variables, styles and scoping for a token',
  },
  figmaGridsExport: {
    id: 'figma-grids-export',
    title: 'Layout grids and export',
    itemModelIds: ['figma-grids-export'],
    outcome:
      'Work out column widths, positions and spans of layout grids, the pixel sizes of exports at scales and sizes for web, iOS and Android, and choose the export format and grid type',
  },
  figmaPrototype: {
    id: 'figma-prototype-handoff',
    title: 'Prototyping and handoff',
    itemModelIds: ['figma-prototype-handoff'],
    outcome:
      'Choose prototype triggers, actions and scroll settings, predict which layers Smart Animate matches, and read a layer’s padding and shadow as CSS',
  },
} as const satisfies Record<string, ModelDomain>
