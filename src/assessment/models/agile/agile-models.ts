import { editingModel } from '../editing/editing-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { ARTIFACT_FAMILIES } from './artifact-families.js'
import { EVENT_FAMILIES } from './event-families.js'
import { FLOW_FAMILIES } from './flow-families.js'
import { FORECAST_FAMILIES } from './forecast-families.js'
import { MANIFESTO_FAMILIES } from './manifesto-families.js'
import { TEAM_FAMILIES } from './team-families.js'

/** Every family keyed to a section of the Scrum Guide or to the Manifesto, for the key tests. */
export const AGILE_SOURCED_FAMILIES = [
  ...TEAM_FAMILIES,
  ...EVENT_FAMILIES,
  ...ARTIFACT_FAMILIES,
  ...MANIFESTO_FAMILIES,
]

/** Every family whose key is computed from drawn figures, for the key tests. */
export const AGILE_METRIC_FAMILIES = [...FORECAST_FAMILIES, ...FLOW_FAMILIES]

// Each stem names the document (and edition) its key is read from and the options are complete
// answers, so no companion sentence is drawn.
export const agileScrumTeamModel = editingModel({
  id: 'agile-scrum-team',
  title: 'Agile delivery: the Scrum Team, its accountabilities, theory and values',
  families: TEAM_FAMILIES,
  companions: [],
})

export const agileEventsModel = editingModel({
  id: 'agile-events',
  title: 'Agile delivery: the Sprint and the Scrum events with their timeboxes',
  families: EVENT_FAMILIES,
  companions: [],
})

export const agileArtifactsModel = editingModel({
  id: 'agile-artifacts',
  title: 'Agile delivery: artifacts, commitments and Product Backlog refinement',
  families: ARTIFACT_FAMILIES,
  companions: [],
})

export const agileManifestoModel = editingModel({
  id: 'agile-manifesto',
  title: 'Agile delivery: the Agile Manifesto’s values and principles applied',
  families: MANIFESTO_FAMILIES,
  companions: [],
})

export const agileMetricsModel = scenarioModel({
  id: 'agile-metrics',
  title: 'Agile delivery: velocity forecasts, burn charts and Kanban flow metrics',
  families: AGILE_METRIC_FAMILIES,
})

/** The agile delivery test's item models, one per blueprint domain. */
export const AGILE_MODELS = [
  agileScrumTeamModel,
  agileEventsModel,
  agileArtifactsModel,
  agileManifestoModel,
  agileMetricsModel,
] as const
