import { scenarioModel } from '../scenario/scenario-model.js'
import { CAPTURE_FAMILIES } from './capture-families.js'
import { CLOSE_FAMILIES } from './close-families.js'
import { CONTROL_FAMILIES } from './control-families.js'
import { MATCHING_FAMILIES } from './matching-families.js'
import { PAYMENT_FAMILIES } from './payment-families.js'
import { RECONCILE_FAMILIES } from './reconcile-families.js'

export const apCaptureModel = scenarioModel({
  id: 'ap-capture',
  title: 'Accounts payable: invoice capture, coding and purchase tax',
  families: CAPTURE_FAMILIES,
})

export const apMatchingModel = scenarioModel({
  id: 'ap-matching',
  title: 'Accounts payable: three-way match, tolerances and duplicates',
  families: MATCHING_FAMILIES,
})

export const apPaymentsModel = scenarioModel({
  id: 'ap-payments',
  title: 'Accounts payable: terms, early-payment discounts and payment runs',
  families: PAYMENT_FAMILIES,
})

export const apControlsModel = scenarioModel({
  id: 'ap-controls',
  title: 'Accounts payable: vendor master data and fraud controls',
  // Its options are sentences of fixed shape: hiding the length and likeness cues in every draw
  // would leave the key the one option never longest nor most typical, so its place is aimed.
  aimKeyPlaces: true,
  families: CONTROL_FAMILIES,
})

export const apCloseModel = scenarioModel({
  id: 'ap-close',
  title: 'Accounts payable: accruals, GRNI and cut-off',
  families: CLOSE_FAMILIES,
})

export const apReconcileModel = scenarioModel({
  id: 'ap-reconcile',
  title: 'Accounts payable: aging and supplier statement reconciliation',
  families: RECONCILE_FAMILIES,
})

/** The accounts payable test's item models, one per blueprint domain. */
export const AP_MODELS = [
  apCaptureModel,
  apMatchingModel,
  apPaymentsModel,
  apControlsModel,
  apCloseModel,
  apReconcileModel,
] as const
