import { editingModel } from '../editing/editing-model.js'
import { AGREEMENT_FAMILIES } from './agreement-families.js'
import { CONCISION_FAMILIES } from './concision-families.js'
import { PUNCTUATION_FAMILIES } from './punctuation-families.js'
import { USAGE_FAMILIES } from './usage-families.js'

// A second sentence comes from any rule, so an item reads as a short passage to edit.
const ALL = [
  ...AGREEMENT_FAMILIES,
  ...USAGE_FAMILIES,
  ...PUNCTUATION_FAMILIES,
  ...CONCISION_FAMILIES,
]

export const agreementModel = editingModel({
  id: 'en-agreement',
  title: 'English: agreement and pronoun case',
  families: AGREEMENT_FAMILIES,
  companions: ALL,
})

export const wordUsageModel = editingModel({
  id: 'en-word-usage',
  title: 'English: commonly confused words',
  families: USAGE_FAMILIES,
  companions: ALL,
})

export const punctuationModel = editingModel({
  id: 'en-punctuation-structure',
  title: 'English: punctuation and sentence structure',
  families: PUNCTUATION_FAMILIES,
  companions: ALL,
})

export const concisionRegisterModel = editingModel({
  id: 'en-concision-register',
  title: 'English: concision and professional register',
  families: CONCISION_FAMILIES,
  companions: ALL,
})
