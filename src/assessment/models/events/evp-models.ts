import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { BUDGET_FAMILIES } from './budget-families.js'
import { CATERING_FAMILIES } from './catering-families.js'
import { ROOMS_FAMILIES } from './rooms-families.js'
import { SCHEDULE_FAMILIES } from './schedule-families.js'
import { VENUE_FAMILIES } from './venue-families.js'

/** Each domain's families, for the models and the key test. */
export const EVP_VENUE_FAMILIES: readonly ScenarioFamily[] = VENUE_FAMILIES
export const EVP_CATERING_FAMILIES: readonly ScenarioFamily[] = CATERING_FAMILIES
export const EVP_ROOMS_FAMILIES: readonly ScenarioFamily[] = ROOMS_FAMILIES
export const EVP_BUDGET_FAMILIES: readonly ScenarioFamily[] = BUDGET_FAMILIES
export const EVP_SCHEDULE_FAMILIES: readonly ScenarioFamily[] = SCHEDULE_FAMILIES

// Counts and money answers aim the key's rank among the values, since each family's named
// mistakes fall on both sides of the key; times and dates aim the key's place by length and
// likeness instead.
export const evpVenueModel = scenarioModel({
  id: 'evp-venue',
  title: 'Event planning: venue capacity, set-up counts and safety ratios',
  families: EVP_VENUE_FAMILIES,
  aimNumericRank: true,
})
export const evpCateringModel = scenarioModel({
  id: 'evp-catering',
  title: 'Event planning: catering guarantees, F&B minimums, service charge and tax',
  families: EVP_CATERING_FAMILIES,
  aimNumericRank: true,
})
export const evpRoomsModel = scenarioModel({
  id: 'evp-rooms',
  title: 'Event planning: hotel room blocks, attrition and cancellation',
  families: EVP_ROOMS_FAMILIES,
  aimNumericRank: true,
})
export const evpBudgetModel = scenarioModel({
  id: 'evp-budget',
  title: 'Event planning: budgets, registration fees and transport',
  families: EVP_BUDGET_FAMILIES,
  aimNumericRank: true,
})
export const evpScheduleModel = scenarioModel({
  id: 'evp-schedule',
  title: 'Event planning: agenda timing, deadlines and time zones',
  families: EVP_SCHEDULE_FAMILIES,
  aimKeyPlaces: true,
})

/** The event planning test's item models, one per blueprint domain. */
export const EVP_MODELS = [
  evpVenueModel,
  evpCateringModel,
  evpRoomsModel,
  evpBudgetModel,
  evpScheduleModel,
] as const
