import { type CatalogRow, row } from './catalog-row.js'

/** Healthcare administration as a remote medical office or revenue cycle administrator in the United States does it. */
export const HEALTHCARE_ADMINISTRATION_ROW: CatalogRow = row(
  'healthcare-administration',
  'Healthcare administration',
  'Other',
  5,
  25,
  [
    ['hcaCost', 20],
    ['hcaClaims', 20],
    ['hcaFees', 20],
    ['hcaRevenue', 20],
    ['hcaOffice', 20],
  ],
  {
    jobTaskAnalysis:
      'A remote medical office or revenue cycle administrator (hired by physician practices, ' +
      'clinics and billing companies in the United States) estimates and collects what patients ' +
      'owe, gets claims paid and posted, checks payments against fee schedules and contracts, ' +
      'reports the revenue cycle and runs scheduling and records within HIPAA. Patient cost ' +
      'sharing and estimates: allowed amounts, deductibles, copays, coinsurance and ' +
      'out-of-pocket maximums in the order a plan applies them, estimates and the good faith ' +
      'estimate dispute threshold: 20 %. Claims and coordination of benefits: primary and ' +
      'secondary plans by the stated rules, secondary payment methods, remittance adjustments, ' +
      'timely filing and appeal deadlines, overpayment refunds: 20 %. Fee schedules and ' +
      'reimbursement: the Medicare physician fee schedule from RVUs, GPCIs and the conversion ' +
      'factor, non-participating and limiting charges, multiple-procedure, bilateral and ' +
      'assistant-at-surgery adjustments, DRG payments, contracts priced off Medicare and ' +
      'capitation: 20 %. Revenue cycle metrics: days in A/R, gross and net collection rates, ' +
      'clean claim, denial and first-pass rates, aged receivables and cost to collect: 20 %. ' +
      'Scheduling, records and compliance: appointment templates, no-shows and utilisation, ' +
      'HIPAA access and breach deadlines and thresholds, records retention and copy fees, ' +
      'staffing in FTEs: 20 %. Every item states the plan term, rule, rate, index or deadline ' +
      'its key relies on. Not tested: choosing diagnosis and procedure codes (medical coding is ' +
      'a test of its own), clinical judgement, hospital management and health policy, and any ' +
      'particular practice management system. A 25-item form gives each of the five domains ' +
      'five items.',
    scoredItems: 25,
  },
)
