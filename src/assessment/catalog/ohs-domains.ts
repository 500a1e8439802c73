import type { ModelDomain } from './model-domains.js'

/** The occupational health and safety test's domains, each served by one scenario model. */
export const OHS_DOMAINS = {
  ohsRisk: {
    id: 'ohs-risk',
    title: 'Risk assessment and controls',
    itemModelIds: ['ohs-risk'],
    outcome:
      'Score risks on a stated likelihood × severity matrix, rank controls by the hierarchy and work out the residual risk',
  },
  ohsStats: {
    id: 'ohs-stats',
    title: 'Incident statistics and records',
    itemModelIds: ['ohs-stats'],
    outcome:
      'Compute recordable, DART, lost-time and severity rates on their stated bases and count days away by the stated rules',
  },
  ohsExposure: {
    id: 'ohs-exposure',
    title: 'Exposure and workplace limits',
    itemModelIds: ['ohs-exposure'],
    outcome:
      'Work out noise dose and daily exposure, chemical time-weighted averages, lifting indices and heat-stress work–rest against stated limits',
  },
  ohsFire: {
    id: 'ohs-fire',
    title: 'Fire, first aid and emergency',
    itemModelIds: ['ohs-fire'],
    outcome:
      'Check escape routes, exit widths, occupant capacity, extinguisher and first-aider numbers and evacuation time against stated rules',
  },
  ohsEquipment: {
    id: 'ohs-equipment',
    title: 'Equipment and working at height',
    itemModelIds: ['ohs-equipment'],
    outcome:
      'Set ladders, rate slings and lifting gear, space guardrails, date inspections and check fall clearance by stated rules',
  },
} as const satisfies Record<string, ModelDomain>
