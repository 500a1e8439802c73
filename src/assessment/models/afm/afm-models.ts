import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COMMISSION_FAMILIES } from './commission-families.js'
import { PARTNER_FAMILIES } from './partner-families.js'
import { PAYOUT_FAMILIES } from './payout-families.js'
import { PERFORMANCE_FAMILIES } from './performance-families.js'
import { TRACKING_FAMILIES } from './tracking-families.js'

/** Each domain's families, for the models and the key test. */
export const AFM_TRACKING_FAMILIES: readonly ScenarioFamily[] = TRACKING_FAMILIES
export const AFM_COMMISSION_FAMILIES: readonly ScenarioFamily[] = COMMISSION_FAMILIES
export const AFM_PERFORMANCE_FAMILIES: readonly ScenarioFamily[] = PERFORMANCE_FAMILIES
export const AFM_PAYOUT_FAMILIES: readonly ScenarioFamily[] = PAYOUT_FAMILIES
export const AFM_PARTNER_FAMILIES: readonly ScenarioFamily[] = PARTNER_FAMILIES

// Every answer is one figure (dollars, a percentage, days or a count), and each family's named
// slips (the wrong window, the wrong base, a rule applied the other way, a rate multiplied where
// it divides) fall on both sides of its key in most draws, so the key's rank among the values is
// aimed rather than left to the draw.
export const afmTrackingModel = scenarioModel({
  id: 'afm-tracking',
  title: 'Affiliate marketing: tracking and attribution',
  families: AFM_TRACKING_FAMILIES,
  aimNumericRank: true,
})
export const afmCommissionModel = scenarioModel({
  id: 'afm-commission',
  title: 'Affiliate marketing: commission structures',
  families: AFM_COMMISSION_FAMILIES,
  aimNumericRank: true,
})
export const afmPerformanceModel = scenarioModel({
  id: 'afm-performance',
  title: 'Affiliate marketing: partner and campaign performance',
  families: AFM_PERFORMANCE_FAMILIES,
  aimNumericRank: true,
})
export const afmPayoutsModel = scenarioModel({
  id: 'afm-payouts',
  title: 'Affiliate marketing: payouts, holds, currencies and withholding',
  families: AFM_PAYOUT_FAMILIES,
  aimNumericRank: true,
})
export const afmPartnersModel = scenarioModel({
  id: 'afm-partners',
  title: 'Affiliate marketing: programme terms, compliance and partners',
  families: AFM_PARTNER_FAMILIES,
  aimNumericRank: true,
})

/** The affiliate marketing test's item models, one per blueprint domain. */
export const AFM_MODELS = [
  afmTrackingModel,
  afmCommissionModel,
  afmPerformanceModel,
  afmPayoutsModel,
  afmPartnersModel,
] as const
