import { row } from './catalog-row.js'

/** UI design as clients hire a freelancer for it, accessibility keyed to WCAG 2.2 Level AA. */
export const UI_DESIGN_ROW = row(
  'ui-design',
  'UI design',
  'Design & Creative',
  5,
  30,
  [
    ['uiTypography', 20],
    ['uiLayout', 20],
    ['uiColourAccess', 25],
    ['uiFigma', 20],
    ['uiPatterns', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance UI designer is hired to design screens for web and mobile products and hand ' +
      'them to developers, usually in Figma. Clients most often ask for accessible designs and ' +
      'check them against WCAG 2.2 Level AA, so colour, contrast, focus and the other visual ' +
      'and interaction criteria are the largest task (25 %). Setting type for screens (measure, ' +
      'spacing, units, scale, web fonts: 20 %) and building hierarchy with grids, spacing and ' +
      'grouping (20 %) are the core visual work. The deliverable itself is a Figma file of ' +
      'components with auto layout, constraints, variants, properties and variables that ' +
      'developers can inspect (20 %). Choosing the right control for a task and judging ' +
      'designs against usability heuristics is the remaining task (15 %). Taste and branding ' +
      'are judged by people and are not tested.',
  },
)
