import type { ModelDomain } from './model-domains.js'

/** The Microsoft PowerPoint test's domains, each served by one scenario model of its own families. */
export const MSPPT_DOMAINS = {
  pptGeometry: {
    id: 'ppt-geometry',
    title: 'Slide size and layout geometry',
    itemModelIds: ['ppt-geometry'],
    outcome:
      'Work out where objects land and how big they are after a slide-size change, Align and Distribute, picture Fit and Fill, and unit conversions',
  },
  pptAnimation: {
    id: 'ppt-animation',
    title: 'Animation timing',
    itemModelIds: ['ppt-animation'],
    outcome:
      'Time a slide’s build from its start options, delays, durations and repeats, and count the clicks it needs',
  },
  pptShow: {
    id: 'ppt-show',
    title: 'Slide shows, transitions and slide numbers',
    itemModelIds: ['ppt-show'],
    outcome:
      'Time self-running and kiosk shows with transitions and hidden slides, and predict the slide numbers the audience sees',
  },
  pptMaster: {
    id: 'ppt-masters',
    title: 'Masters, layouts, themes and text formatting',
    itemModelIds: ['ppt-masters'],
    outcome:
      'Predict which formatting wins between slide, layout and master, and what theme fonts, colours and shades do when they change',
  },
  pptOutput: {
    id: 'ppt-output',
    title: 'Export, handouts, printing and video',
    itemModelIds: ['ppt-output'],
    outcome:
      'Work out image pixel sizes, handout and print page counts, and the length of an exported video',
  },
} as const satisfies Record<string, ModelDomain>
