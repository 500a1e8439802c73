import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { COMPLIANCE_FAMILIES } from './compliance-families.js'
import { COMPLIANCE_PRACTICE_FAMILIES } from './compliance-practices.js'
import { DEDUCTION_FAMILIES } from './deduction-families.js'
import { EMPLOYEE_TAX_FAMILIES } from './employee-tax-families.js'
import { EMPLOYER_TAX_FAMILIES } from './employer-tax-families.js'
import { GROSS_FAMILIES } from './gross-families.js'
import { JOURNAL_FAMILIES } from './journal-families.js'
import { JOURNAL_PRACTICE_FAMILIES } from './journal-practices.js'
import { DEDUCTION_PRACTICE_FAMILIES, GROSS_PRACTICE_FAMILIES } from './wage-practices.js'
import { WITHHOLDING_PRACTICE_FAMILIES } from './withholding-practices.js'

/** Each domain's families, for the models and the key test. */
export const PAYROLL_GROSS_FAMILIES: readonly ScenarioFamily[] = [
  ...GROSS_FAMILIES,
  ...GROSS_PRACTICE_FAMILIES,
]
export const PAYROLL_DEDUCTION_FAMILIES: readonly ScenarioFamily[] = [
  ...DEDUCTION_FAMILIES,
  ...DEDUCTION_PRACTICE_FAMILIES,
]
export const PAYROLL_EMPLOYEE_TAX_FAMILIES: readonly ScenarioFamily[] = [
  ...EMPLOYEE_TAX_FAMILIES,
  ...WITHHOLDING_PRACTICE_FAMILIES,
]
export const PAYROLL_EMPLOYER_TAX_FAMILIES: readonly ScenarioFamily[] = EMPLOYER_TAX_FAMILIES
export const PAYROLL_JOURNAL_FAMILIES: readonly ScenarioFamily[] = [
  ...JOURNAL_FAMILIES,
  ...JOURNAL_PRACTICE_FAMILIES,
]
export const PAYROLL_COMPLIANCE_FAMILIES: readonly ScenarioFamily[] = [
  ...COMPLIANCE_FAMILIES,
  ...COMPLIANCE_PRACTICE_FAMILIES,
]

export const payrollGrossModel = scenarioModel({
  id: 'payroll-gross',
  title: 'Payroll: gross pay and FLSA overtime',
  families: PAYROLL_GROSS_FAMILIES,
  aimKeyPlaces: true,
})
export const payrollDeductionsModel = scenarioModel({
  id: 'payroll-deductions',
  title: 'Payroll: pre-tax and post-tax deductions and garnishments',
  families: PAYROLL_DEDUCTION_FAMILIES,
  aimKeyPlaces: true,
})
export const payrollEmployeeTaxModel = scenarioModel({
  id: 'payroll-employee-tax',
  title: 'Payroll: employee tax withholding',
  families: PAYROLL_EMPLOYEE_TAX_FAMILIES,
  aimKeyPlaces: true,
})
export const payrollEmployerTaxModel = scenarioModel({
  id: 'payroll-employer-tax',
  title: 'Payroll: employer FICA, FUTA and state unemployment tax',
  families: PAYROLL_EMPLOYER_TAX_FAMILIES,
  aimKeyPlaces: true,
})
export const payrollJournalModel = scenarioModel({
  id: 'payroll-journal',
  title: 'Payroll: journal entries and accruals',
  families: PAYROLL_JOURNAL_FAMILIES,
  aimKeyPlaces: true,
})
export const payrollComplianceModel = scenarioModel({
  id: 'payroll-compliance',
  title: 'Payroll: deposits, filings, forms and worker classification',
  families: PAYROLL_COMPLIANCE_FAMILIES,
  aimKeyPlaces: true,
})

/** The payroll test's item models, one per blueprint domain. */
export const PAYROLL_MODELS = [
  payrollGrossModel,
  payrollDeductionsModel,
  payrollEmployeeTaxModel,
  payrollEmployerTaxModel,
  payrollJournalModel,
  payrollComplianceModel,
] as const
