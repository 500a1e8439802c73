import { scenarioModel } from '../scenario/scenario-model.js'
import { COMPLIANCE_FAMILIES } from './compliance-families.js'
import { DELIVERABILITY_FAMILIES } from './deliverability-families.js'
import { DMARC_FAMILIES } from './dmarc-families.js'
import { METRICS_FAMILIES } from './metrics-families.js'
import { SPF_DKIM_FAMILIES } from './spf-dkim-families.js'
import { TESTING_AUTOMATION_FAMILIES } from './testing-automation-families.js'

export const AUTHENTICATION_FAMILIES = [...SPF_DKIM_FAMILIES, ...DMARC_FAMILIES]

/** Every family of the email marketing test, for the tests that check keys independently. */
export const EMAIL_FAMILIES = [
  ...COMPLIANCE_FAMILIES,
  ...AUTHENTICATION_FAMILIES,
  ...DELIVERABILITY_FAMILIES,
  ...METRICS_FAMILIES,
  ...TESTING_AUTOMATION_FAMILIES,
]

// Every family is a scenario: fixed rules draw only their stem's wording, computed ones their
// figures, so one model kind serves both and the options are complete answers.
export const emailComplianceModel = scenarioModel({
  id: 'email-compliance',
  title: 'Email marketing: CAN-SPAM, GDPR consent, ePrivacy and PECR',
  families: COMPLIANCE_FAMILIES,
})

export const emailAuthenticationModel = scenarioModel({
  id: 'email-authentication',
  title: 'Email marketing: SPF, DKIM and DMARC records',
  families: AUTHENTICATION_FAMILIES,
})

export const emailDeliverabilityModel = scenarioModel({
  id: 'email-deliverability',
  title: 'Email marketing: bulk-sender rules, one-click unsubscribe, bounces and warming',
  families: DELIVERABILITY_FAMILIES,
})

export const emailMetricsModel = scenarioModel({
  id: 'email-metrics',
  title: 'Email marketing: campaign and list metrics',
  families: METRICS_FAMILIES,
})

export const emailTestingAutomationModel = scenarioModel({
  id: 'email-testing-automation',
  title: 'Email marketing: A/B tests, holdouts, segments and flows',
  families: TESTING_AUTOMATION_FAMILIES,
})

/** The email marketing test's item models, one per blueprint domain. */
export const EMAIL_MODELS = [
  emailComplianceModel,
  emailAuthenticationModel,
  emailDeliverabilityModel,
  emailMetricsModel,
  emailTestingAutomationModel,
] as const
