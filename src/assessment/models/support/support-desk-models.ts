import { editingModel } from '../editing/editing-model.js'
import { KNOWLEDGE_PRIVACY_FAMILIES } from './knowledge-privacy-families.js'
import { METRIC_FAMILIES } from './metric-families.js'
import { POLICY_CASE_FAMILIES } from './policy-case-families.js'
import { TONE_FAMILIES } from './tone-families.js'
import { TRIAGE_SLA_FAMILIES } from './triage-sla-families.js'

/** Every family of the customer support test, for the tests that check keys independently. */
export const SUPPORT_DESK_FAMILIES = [
  ...POLICY_CASE_FAMILIES,
  ...TRIAGE_SLA_FAMILIES,
  ...TONE_FAMILIES,
  ...KNOWLEDGE_PRIVACY_FAMILIES,
  ...METRIC_FAMILIES,
]

// Each family states its policy or figures in a stem of its own and its options are complete
// answers, so no companion sentence is drawn.
export const supportPolicyCasesModel = editingModel({
  id: 'support-policy-cases',
  title: 'Customer support: applying return, warranty and escalation policies',
  families: POLICY_CASE_FAMILIES,
  companions: [],
})

export const supportTriageSlaModel = editingModel({
  id: 'support-triage-sla',
  title: 'Customer support: triage, priority and SLA deadlines',
  families: TRIAGE_SLA_FAMILIES,
  companions: [],
})

export const supportToneModel = editingModel({
  id: 'support-tone-de-escalation',
  title: 'Customer support: tone and de-escalation in writing',
  families: TONE_FAMILIES,
  companions: [],
})

export const supportKnowledgePrivacyModel = editingModel({
  id: 'support-knowledge-privacy',
  title: 'Customer support: macros, knowledge base and identity verification',
  families: KNOWLEDGE_PRIVACY_FAMILIES,
  companions: [],
})

export const supportMetricsModel = editingModel({
  id: 'support-metrics',
  title: 'Customer support: reading CSAT, NPS, FRT, AHT and FCR',
  families: METRIC_FAMILIES,
  companions: [],
})
