import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CALENDAR_FAMILIES } from './calendar-families.js'
import { DST_FAMILIES } from './dst-families.js'
import { NOTATION_FAMILIES } from './notation-families.js'
import { TIMESHEET_FAMILIES } from './timesheet-families.js'
import { ZONE_FAMILIES } from './zone-families.js'

/** Each domain's families, for the models and the key test. */
export const TDL_ZONE_FAMILIES: readonly ScenarioFamily[] = ZONE_FAMILIES
export const TDL_DST_FAMILIES: readonly ScenarioFamily[] = DST_FAMILIES
export const TDL_CALENDAR_FAMILIES: readonly ScenarioFamily[] = CALENDAR_FAMILIES
export const TDL_NOTATION_FAMILIES: readonly ScenarioFamily[] = NOTATION_FAMILIES
export const TDL_TIMESHEET_FAMILIES: readonly ScenarioFamily[] = TIMESHEET_FAMILIES

// Answers are days, clock times, dates and durations whose slips fall on either side of the
// key (an offset applied the wrong way, a day counted too few or too many), and a family offers
// more slips than an item shows, so the key's place among the options is aimed, not left to
// the draw.
export const tdlZonesModel = scenarioModel({
  id: 'tdl-zones',
  title: 'Working across time zones and calendars: converting times between zones',
  families: TDL_ZONE_FAMILIES,
  aimKeyPlaces: true,
})
export const tdlDstModel = scenarioModel({
  id: 'tdl-dst',
  title: 'Working across time zones and calendars: daylight-saving changes',
  families: TDL_DST_FAMILIES,
  aimKeyPlaces: true,
})
export const tdlCalendarModel = scenarioModel({
  id: 'tdl-calendar',
  title: 'Working across time zones and calendars: business days and due dates',
  families: TDL_CALENDAR_FAMILIES,
  aimKeyPlaces: true,
})
export const tdlNotationModel = scenarioModel({
  id: 'tdl-notation',
  title: 'Working across time zones and calendars: date and time notation',
  families: TDL_NOTATION_FAMILIES,
  aimKeyPlaces: true,
})
export const tdlTimesheetsModel = scenarioModel({
  id: 'tdl-timesheets',
  title: 'Working across time zones and calendars: elapsed time and timesheets',
  families: TDL_TIMESHEET_FAMILIES,
  aimNumericRank: true,
})

/** The time-and-date test's item models, one per blueprint domain. */
export const TDL_MODELS = [
  tdlZonesModel,
  tdlDstModel,
  tdlCalendarModel,
  tdlNotationModel,
  tdlTimesheetsModel,
] as const
