import { scenarioModel } from '../scenario/scenario-model.js'
import { ATTRIBUTION_FAMILIES } from './attribution-families.js'
import { BIGQUERY_FAMILIES } from './bigquery-families.js'
import { CHANNEL_FAMILIES } from './channel-families.js'
import { EVENT_FAMILIES } from './event-families.js'
import { EXPLORATION_FAMILIES } from './exploration-families.js'
import { METRIC_FAMILIES } from './metrics-families.js'
import { PRIVACY_FAMILIES } from './privacy-families.js'
import { SESSION_FAMILIES } from './session-families.js'
import { SETUP_FAMILIES } from './setup-families.js'
import { TAGGING_FAMILIES } from './tagging-families.js'

export const gaEventsModel = scenarioModel({
  id: 'ga-events',
  title: 'Google Analytics 4: events, key events and tagging',
  families: [...EVENT_FAMILIES, ...SETUP_FAMILIES],
})

export const gaMetricsModel = scenarioModel({
  id: 'ga-metrics',
  title: 'Google Analytics 4: users, sessions and engagement',
  families: [...METRIC_FAMILIES, ...SESSION_FAMILIES],
})

export const gaAcquisitionModel = scenarioModel({
  id: 'ga-acquisition',
  title: 'Google Analytics 4: campaign tagging and channels',
  families: [...CHANNEL_FAMILIES, ...TAGGING_FAMILIES],
})

export const gaAttributionModel = scenarioModel({
  id: 'ga-attribution',
  title: 'Google Analytics 4: attribution and explorations',
  families: [...ATTRIBUTION_FAMILIES, ...EXPLORATION_FAMILIES],
})

export const gaDataModel = scenarioModel({
  id: 'ga-data',
  title: 'Google Analytics 4: privacy, data quality and BigQuery',
  families: [...PRIVACY_FAMILIES, ...BIGQUERY_FAMILIES],
})

/** The Google Analytics 4 test's item models, one per blueprint domain. */
export const GA_MODELS = [
  gaEventsModel,
  gaMetricsModel,
  gaAcquisitionModel,
  gaAttributionModel,
  gaDataModel,
] as const
