import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the agile delivery test, spread into the domain library. */
export const AGILE_DOMAINS = {
  agileScrumTeam: {
    id: 'agile-scrum-team',
    title: 'The Scrum Team and its accountabilities',
    itemModelIds: ['agile-scrum-team'],
    outcome:
      'Tell what the Product Owner, the Scrum Master and the Developers are each accountable for, and apply Scrum’s pillars and values',
  },
  agileEvents: {
    id: 'agile-events',
    title: 'The Sprint and the Scrum events',
    itemModelIds: ['agile-events'],
    outcome:
      'Run the Sprint and its events for their purpose, with the right people and within the Scrum Guide’s timeboxes',
  },
  agileArtifacts: {
    id: 'agile-artifacts',
    title: 'Artifacts, commitments and backlog refinement',
    itemModelIds: ['agile-artifacts'],
    outcome:
      'Keep the Product Backlog, Sprint Backlog and Increment with their commitments, and refine items into small, testable slices',
  },
  agileManifesto: {
    id: 'agile-manifesto',
    title: 'Agile Manifesto values and principles',
    itemModelIds: ['agile-manifesto'],
    outcome:
      'Apply the four values and twelve principles of the Agile Manifesto to team situations',
  },
  agileMetrics: {
    id: 'agile-metrics',
    title: 'Forecasting and flow metrics',
    itemModelIds: ['agile-metrics'],
    outcome:
      'Forecast from velocity and throughput with ranges, read burndown, burnup and cumulative flow charts, and apply Little’s Law',
  },
} as const satisfies Record<string, ModelDomain>
