import { scenarioModel } from '../scenario/scenario-model.js'
import { DATE_FAMILIES } from './date-families.js'
import { INVITE_FAMILIES } from './invite-families.js'
import { RECURRENCE_FAMILIES } from './recurrence-families.js'
import { SLOT_FAMILIES } from './slot-families.js'
import { TRAVEL_FAMILIES } from './travel-families.js'
import { ZONE_FAMILIES } from './zone-families.js'

export const calZonesModel = scenarioModel({
  id: 'cal-zones',
  title: 'Calendar management: time zones and daylight saving time',
  families: ZONE_FAMILIES,
})

export const calSlotsModel = scenarioModel({
  id: 'cal-slots',
  title: 'Calendar management: meeting slots across working hours',
  families: SLOT_FAMILIES,
})

export const calRecurrenceModel = scenarioModel({
  id: 'cal-recurrence',
  title: 'Calendar management: recurring events and invitations',
  families: [...RECURRENCE_FAMILIES, ...INVITE_FAMILIES],
})

export const calTravelModel = scenarioModel({
  id: 'cal-travel',
  title: 'Calendar management: flight itineraries',
  families: TRAVEL_FAMILIES,
})

export const calDatesModel = scenarioModel({
  id: 'cal-dates',
  title: 'Calendar management: deadlines, ISO 8601 dates and clock notation',
  families: DATE_FAMILIES,
})

/** The calendar-management test's item models, one per blueprint domain. */
export const CALENDAR_MODELS = [
  calZonesModel,
  calSlotsModel,
  calRecurrenceModel,
  calTravelModel,
  calDatesModel,
] as const
