import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the UI design test, spread into the domain library. */
export const UI_DESIGN_DOMAINS = {
  uiTypography: {
    id: 'ui-typography',
    title: 'Typography for interfaces',
    itemModelIds: ['ui-typography'],
    outcome: 'Set type for screens with readable measure, spacing, units, scale and web fonts',
  },
  uiLayout: {
    id: 'ui-layout',
    title: 'Hierarchy, grids and spacing',
    itemModelIds: ['ui-layout'],
    outcome: 'Build visual hierarchy with grids, spacing, grouping and target sizes',
  },
  uiColourAccess: {
    id: 'ui-colour-access',
    title: 'Colour, contrast and accessible design',
    itemModelIds: ['ui-colour-access'],
    outcome: 'Choose colours and interaction details that meet WCAG 2.2 Level AA',
  },
  uiFigma: {
    id: 'ui-figma',
    title: 'Figma components, auto layout and prototyping',
    itemModelIds: ['ui-figma'],
    outcome:
      'Build responsive Figma components with auto layout, constraints, variants, properties and variables',
  },
  uiPatterns: {
    id: 'ui-patterns',
    title: 'Interaction patterns and heuristics',
    itemModelIds: ['ui-patterns'],
    outcome: 'Choose controls and patterns that fit the task and diagnose usability heuristics',
  },
} as const satisfies Record<string, ModelDomain>
