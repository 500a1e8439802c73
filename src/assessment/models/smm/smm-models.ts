import { scenarioModel } from '../scenario/scenario-model.js'
import { COMMUNITY_METRIC_FAMILIES, MODERATION_FAMILIES } from './community-families.js'
import { ACCESSIBLE_POST_FAMILIES, DISCLOSURE_FAMILIES } from './disclosure-families.js'
import { METRIC_FAMILIES } from './metric-families.js'
import { PAID_FAMILIES } from './paid-families.js'
import { AD_SETUP_FAMILIES, CALENDAR_FAMILIES, MORE_METRIC_FAMILIES } from './planning-families.js'
import { CONTRAST_FAMILIES, LINK_FAMILIES, PLATFORM_FAMILIES } from './platform-families.js'
import { CALENDAR_ZONE_FAMILIES, OFFSET_FAMILIES, SCHEDULE_FAMILIES } from './schedule-families.js'

/** Content calendars and posting times across time zones. */
export const SMM_PLANNING_FAMILIES = [
  ...SCHEDULE_FAMILIES,
  ...OFFSET_FAMILIES,
  ...CALENDAR_ZONE_FAMILIES,
  ...CALENDAR_FAMILIES,
]
export const smmPlanningModel = scenarioModel({
  id: 'smm-planning',
  title: 'Social media: content calendars and posting across time zones',
  families: SMM_PLANNING_FAMILIES,
})

export const SMM_METRIC_FAMILIES = [...METRIC_FAMILIES, ...MORE_METRIC_FAMILIES]
export const smmMetricsModel = scenarioModel({
  id: 'smm-metrics',
  title: 'Social media: engagement, reach and cost metrics',
  families: SMM_METRIC_FAMILIES,
})

export const SMM_PAID_FAMILIES = [...PAID_FAMILIES, ...AD_SETUP_FAMILIES]
export const smmPaidModel = scenarioModel({
  id: 'smm-paid',
  title: 'Social media: paid social budgets, audiences and A/B tests',
  families: SMM_PAID_FAMILIES,
})

export const SMM_COMMUNITY_FAMILIES = [...MODERATION_FAMILIES, ...COMMUNITY_METRIC_FAMILIES]
export const smmCommunityModel = scenarioModel({
  id: 'smm-community',
  title: 'Social media: moderation policy and community response',
  families: SMM_COMMUNITY_FAMILIES,
})

export const SMM_PLATFORM_FAMILIES = [...PLATFORM_FAMILIES, ...LINK_FAMILIES, ...CONTRAST_FAMILIES]
export const smmPlatformModel = scenarioModel({
  id: 'smm-platform',
  title: 'Social media: platform limits, tagged links and graphic contrast',
  families: SMM_PLATFORM_FAMILIES,
})

export const SMM_DISCLOSURE_FAMILIES = [...DISCLOSURE_FAMILIES, ...ACCESSIBLE_POST_FAMILIES]
export const smmDisclosureModel = scenarioModel({
  id: 'smm-disclosure',
  title: 'Social media: paid-partnership disclosure and accessible posts',
  families: SMM_DISCLOSURE_FAMILIES,
})

/** The social media marketing test's item models, one per blueprint domain. */
export const SMM_MODELS = [
  smmPlanningModel,
  smmMetricsModel,
  smmPaidModel,
  smmCommunityModel,
  smmPlatformModel,
  smmDisclosureModel,
] as const
