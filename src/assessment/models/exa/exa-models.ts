import { scenarioModel } from '../scenario/scenario-model.js'
import { ACCESS_FAMILIES } from './access-families.js'
import type { ExaFamily } from './exa-text.js'
import { EXPENSE_FAMILIES } from './expense-families.js'
import { OFFICE_FAMILIES } from './office-families.js'
import { TRAVEL_FAMILIES } from './travel-families.js'
import { ZONE_FAMILIES } from './zone-families.js'

export const EXA_ZONE_FAMILIES: readonly ExaFamily[] = ZONE_FAMILIES
export const EXA_TRAVEL_FAMILIES: readonly ExaFamily[] = TRAVEL_FAMILIES
export const EXA_EXPENSE_FAMILIES: readonly ExaFamily[] = EXPENSE_FAMILIES
export const EXA_OFFICE_FAMILIES: readonly ExaFamily[] = OFFICE_FAMILIES
export const EXA_ACCESS_FAMILIES: readonly ExaFamily[] = ACCESS_FAMILIES

export const exaZonesModel = scenarioModel({
  id: 'exa-time-zones',
  title: 'Executive assistance: meetings across time zones and daylight saving',
  families: EXA_ZONE_FAMILIES,
  aimKeyPlaces: true,
})
export const exaTravelModel = scenarioModel({
  id: 'exa-travel',
  title: 'Executive assistance: itineraries, flight times, connections and stays',
  families: EXA_TRAVEL_FAMILIES,
  aimKeyPlaces: true,
})
export const exaExpensesModel = scenarioModel({
  id: 'exa-expenses',
  title: 'Executive assistance: expense reports against a stated policy',
  families: EXA_EXPENSE_FAMILIES,
})
export const exaOfficeModel = scenarioModel({
  id: 'exa-inbox-minutes',
  title: 'Executive assistance: inbox triage, minutes, action items and versions',
  families: EXA_OFFICE_FAMILIES,
  aimKeyPlaces: true,
})
export const exaAccessModel = scenarioModel({
  id: 'exa-access-scheduling',
  title: 'Executive assistance: delegate access, confidentiality and scheduling rules',
  families: EXA_ACCESS_FAMILIES,
  aimKeyPlaces: true,
})

/** The executive-assistance test's item models, one per blueprint domain. */
export const EXA_MODELS = [
  exaZonesModel,
  exaTravelModel,
  exaExpensesModel,
  exaOfficeModel,
  exaAccessModel,
] as const
