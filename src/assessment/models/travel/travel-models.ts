import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CLOCK_PRACTICE_FAMILIES, EXPENSE_PRACTICE_FAMILIES } from './booking-practices.js'
import { CARE_PRACTICE_FAMILIES } from './care-practices.js'
import { DOCUMENT_FAMILIES } from './document-families.js'
import { DOCUMENT_PRACTICE_FAMILIES } from './document-practices.js'
import { EXPENSE_FAMILIES } from './expense-families.js'
import { FARE_FAMILIES } from './fare-families.js'
import { FARE_PRACTICE_FAMILIES } from './fare-practices.js'
import { HOTEL_FAMILIES } from './hotel-families.js'
import { ITINERARY_FAMILIES } from './itinerary-families.js'
import { POLICY_FAMILIES } from './policy-families.js'
import { PROFILE_PRACTICE_FAMILIES } from './profile-practices.js'

const HOTEL_PRACTICES = /^hotel-|^advance-purchase-rate/
const ENTRY_CARE = [
  'esta-before-visa-waiver-travel',
  'name-change-after-passport-issue',
  'passport-issue-date-ten-years-schengen',
]
const BAGGAGE_CARE = ['liquids-in-cabin-100-ml', 'cabin-bag-weight-on-small-aircraft']
const care = (ids: readonly string[], keep: boolean) =>
  CARE_PRACTICE_FAMILIES.filter((f) => ids.includes(f.id) === keep)

/** Each domain's families, for the models and the key test. */
export const TRAVEL_ITINERARY_FAMILIES: readonly ScenarioFamily[] = [
  ...ITINERARY_FAMILIES,
  ...CLOCK_PRACTICE_FAMILIES,
]
export const TRAVEL_FARE_FAMILIES: readonly ScenarioFamily[] = [
  ...FARE_FAMILIES,
  ...FARE_PRACTICE_FAMILIES,
  ...care(BAGGAGE_CARE, true),
]
export const TRAVEL_EXPENSE_FAMILIES: readonly ScenarioFamily[] = [
  ...EXPENSE_FAMILIES,
  ...EXPENSE_PRACTICE_FAMILIES,
]
export const TRAVEL_HOTEL_FAMILIES: readonly ScenarioFamily[] = [
  ...HOTEL_FAMILIES,
  ...DOCUMENT_PRACTICE_FAMILIES.filter((f) => HOTEL_PRACTICES.test(f.id)),
]
export const TRAVEL_DOCUMENT_FAMILIES: readonly ScenarioFamily[] = [
  ...DOCUMENT_FAMILIES,
  ...DOCUMENT_PRACTICE_FAMILIES.filter((f) => !HOTEL_PRACTICES.test(f.id)),
  ...care(ENTRY_CARE, true),
]
export const TRAVEL_CARE_FAMILIES: readonly ScenarioFamily[] = [
  ...PROFILE_PRACTICE_FAMILIES,
  ...POLICY_FAMILIES,
  ...care([...ENTRY_CARE, ...BAGGAGE_CARE], false),
]

export const travelItineraryModel = scenarioModel({
  id: 'travel-itinerary',
  title: 'Travel planning: itineraries across time zones, clocks and dates',
  families: TRAVEL_ITINERARY_FAMILIES,
})
export const travelFaresModel = scenarioModel({
  id: 'travel-fares',
  title: 'Travel planning: fare rules, booking classes and baggage',
  families: TRAVEL_FARE_FAMILIES,
})
export const travelExpensesModel = scenarioModel({
  id: 'travel-expenses',
  title: 'Travel planning: per diem and expense policy',
  families: TRAVEL_EXPENSE_FAMILIES,
})
export const travelHotelsModel = scenarioModel({
  id: 'travel-hotels',
  title: 'Travel planning: hotel bookings and cancellation deadlines',
  families: TRAVEL_HOTEL_FAMILIES,
})
export const travelDocumentsModel = scenarioModel({
  id: 'travel-documents',
  title: 'Travel planning: passports, visas and the Schengen rule',
  families: TRAVEL_DOCUMENT_FAMILIES,
})
export const travelCareModel = scenarioModel({
  id: 'travel-care',
  title: 'Travel planning: traveller profiles, codes, duty of care and policy choices',
  families: TRAVEL_CARE_FAMILIES,
})

/** The travel-planning test's item models, one per blueprint domain. */
export const TRAVEL_MODELS = [
  travelItineraryModel,
  travelFaresModel,
  travelExpensesModel,
  travelHotelsModel,
  travelDocumentsModel,
  travelCareModel,
] as const
