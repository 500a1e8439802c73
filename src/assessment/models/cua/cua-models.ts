import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BEHAVIOUR_FAMILIES } from './behaviour-families.js'
import { CAMPAIGN_FAMILIES } from './campaign-families.js'
import { RETENTION_FAMILIES } from './retention-families.js'
import { SEGMENT_FAMILIES } from './segment-families.js'
import { VALUE_FAMILIES } from './value-families.js'

/** Each domain's families, for the models and the key test. */
export const CUA_BEHAVIOUR_FAMILIES: readonly ScenarioFamily[] = BEHAVIOUR_FAMILIES
export const CUA_RETENTION_FAMILIES: readonly ScenarioFamily[] = RETENTION_FAMILIES
export const CUA_VALUE_FAMILIES: readonly ScenarioFamily[] = VALUE_FAMILIES
export const CUA_SEGMENT_FAMILIES: readonly ScenarioFamily[] = SEGMENT_FAMILIES
export const CUA_CAMPAIGN_FAMILIES: readonly ScenarioFamily[] = CAMPAIGN_FAMILIES

// Every answer is a figure (dollars, a percentage, a count, a ratio), and each family's named
// slips (another base, revenue for margin, a period left out or doubled, rates averaged where
// counts should be pooled) fall on both sides of its key in most draws, so the key's rank among
// the values is aimed.
export const cuaBehaviourModel = scenarioModel({
  id: 'cua-behaviour',
  title: 'Customer analytics: purchase behaviour metrics',
  families: CUA_BEHAVIOUR_FAMILIES,
  aimNumericRank: true,
})
export const cuaRetentionModel = scenarioModel({
  id: 'cua-retention',
  title: 'Customer analytics: retention, churn and cohorts',
  families: CUA_RETENTION_FAMILIES,
  aimNumericRank: true,
})
export const cuaValueModel = scenarioModel({
  id: 'cua-value',
  title: 'Customer analytics: customer lifetime value and acquisition cost',
  families: CUA_VALUE_FAMILIES,
  aimNumericRank: true,
})
export const cuaSegmentsModel = scenarioModel({
  id: 'cua-segments',
  title: 'Customer analytics: segmentation and RFM',
  families: CUA_SEGMENT_FAMILIES,
  aimNumericRank: true,
})
export const cuaCampaignsModel = scenarioModel({
  id: 'cua-campaigns',
  title: 'Customer analytics: campaign and survey measurement',
  families: CUA_CAMPAIGN_FAMILIES,
  aimNumericRank: true,
})

/** The customer analytics test's item models, one per blueprint domain. */
export const CUA_MODELS = [
  cuaBehaviourModel,
  cuaRetentionModel,
  cuaValueModel,
  cuaSegmentsModel,
  cuaCampaignsModel,
] as const
