import { scenarioModel } from '../scenario/scenario-model.js'
import { DATA_FAMILIES } from './data-families.js'
import { DECISION_FAMILIES } from './decision-families.js'
import { PRIORITY_FAMILIES } from './priority-families.js'
import { PROCESS_FAMILIES } from './process-families.js'
import { REQUIREMENT_FAMILIES } from './requirement-families.js'
import { STORY_FAMILIES } from './story-families.js'
import { TECHNIQUE_FAMILIES } from './technique-families.js'
import { VALUE_FAMILIES } from './value-families.js'

/** Requirements as written statements and as user stories with acceptance criteria. */
export const BA_REQUIREMENT_FAMILIES = [...REQUIREMENT_FAMILIES, ...STORY_FAMILIES]

// Families offer more wrong answers than an item shows, so each model aims the key's place.
export const baRequirementsModel = scenarioModel({
  id: 'ba-requirements',
  title: 'Business analysis: writing and testing requirements and stories',
  families: BA_REQUIREMENT_FAMILIES,
  aimKeyPlaces: true,
})

export const baDecisionsModel = scenarioModel({
  id: 'ba-decisions',
  title: 'Business analysis: decision tables and business rules',
  families: DECISION_FAMILIES,
  aimKeyPlaces: true,
})

export const baProcessModel = scenarioModel({
  id: 'ba-process',
  title: 'Business analysis: BPMN process models',
  families: PROCESS_FAMILIES,
  aimKeyPlaces: true,
})

export const baDataModel = scenarioModel({
  id: 'ba-data',
  title: 'Business analysis: data modelling',
  families: DATA_FAMILIES,
  aimKeyPlaces: true,
})

export const baPriorityModel = scenarioModel({
  id: 'ba-priority',
  title: 'Business analysis: prioritisation and traceability',
  families: PRIORITY_FAMILIES,
  aimKeyPlaces: true,
})

export const baValueModel = scenarioModel({
  id: 'ba-value',
  title: 'Business analysis: stakeholders, business case and root causes',
  families: VALUE_FAMILIES,
  aimKeyPlaces: true,
})

export const baTechniquesModel = scenarioModel({
  id: 'ba-techniques',
  title: 'Business analysis: BABOK v3 techniques',
  families: TECHNIQUE_FAMILIES,
  aimKeyPlaces: true,
})

/** The business-analysis test's item models, one per blueprint domain. */
export const BA_MODELS = [
  baRequirementsModel,
  baDecisionsModel,
  baProcessModel,
  baDataModel,
  baPriorityModel,
  baValueModel,
  baTechniquesModel,
] as const
