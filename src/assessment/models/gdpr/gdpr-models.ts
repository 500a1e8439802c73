import { scenarioModel } from '../scenario/scenario-model.js'
import { BASES_FAMILIES } from './bases-families.js'
import { RIGHTS_FAMILIES } from './rights-families.js'
import { ROLES_FAMILIES } from './roles-families.js'
import { SECURITY_FAMILIES } from './security-families.js'
import { TRANSFER_FAMILIES } from './transfers-families.js'

export const gdprBasesModel = scenarioModel({
  id: 'gdpr-bases',
  title: 'GDPR: lawful bases, consent and special categories',
  families: BASES_FAMILIES,
})

export const gdprRightsModel = scenarioModel({
  id: 'gdpr-rights',
  title: 'GDPR: transparency and data subject rights',
  families: RIGHTS_FAMILIES,
})

export const gdprRolesModel = scenarioModel({
  id: 'gdpr-roles',
  title: 'GDPR: controllers, processors, records and DPOs',
  families: ROLES_FAMILIES,
})

export const gdprSecurityModel = scenarioModel({
  id: 'gdpr-security',
  title: 'GDPR: security, breach notification and impact assessment',
  families: SECURITY_FAMILIES,
})

export const gdprTransfersModel = scenarioModel({
  id: 'gdpr-transfers',
  title: 'GDPR: international transfers, cookies and fines',
  families: TRANSFER_FAMILIES,
})

/** The GDPR and data protection test's item models, one per blueprint domain. */
export const GDPR_MODELS = [
  gdprBasesModel,
  gdprRightsModel,
  gdprRolesModel,
  gdprSecurityModel,
  gdprTransfersModel,
] as const
