import { editingModel } from '../editing/editing-model.js'
import { AUDIENCE_FAMILIES } from './audience-families.js'
import { CLAIMS_FAMILIES } from './claims-families.js'
import { CLARITY_FAMILIES } from './clarity-families.js'
import { HEADLINE_CTA_FAMILIES } from './headline-cta-families.js'
import { TESTING_FAMILIES } from './testing-families.js'

/** Every copywriting family, for the tests that judge options independently of the models. */
export const COPYWRITING_FAMILIES = [
  ...HEADLINE_CTA_FAMILIES,
  ...CLARITY_FAMILIES,
  ...AUDIENCE_FAMILIES,
  ...TESTING_FAMILIES,
  ...CLAIMS_FAMILIES,
]

// Each family sets its own brief in the stem; the options are whole versions of the copy.
export const copyHeadlinesCtasModel = editingModel({
  id: 'copy-headlines-ctas',
  title: 'Copywriting: headlines, calls to action and microcopy',
  families: HEADLINE_CTA_FAMILIES,
  companions: [],
})

export const copyClarityModel = editingModel({
  id: 'copy-benefits-clarity',
  title: 'Copywriting: benefits, clarity and structure',
  families: CLARITY_FAMILIES,
  companions: [],
})

export const copyAudienceModel = editingModel({
  id: 'copy-audience-tone',
  title: 'Copywriting: audience, tone and channel',
  families: AUDIENCE_FAMILIES,
  companions: [],
})

export const copyTestingModel = editingModel({
  id: 'copy-testing',
  title: 'Copywriting: reading copy tests and metrics',
  families: TESTING_FAMILIES,
  companions: [],
})

export const copyClaimsModel = editingModel({
  id: 'copy-claims',
  title: 'Copywriting: claims that would mislead',
  families: CLAIMS_FAMILIES,
  companions: [],
})
