import { type CatalogRow, row } from './catalog-row.js'

/**
 * Forensic accounting as a freelance forensic accountant or fraud examiner for law firms, insurers
 * and audit committees does it.
 */
export const FORENSIC_ACCOUNTING_ROW: CatalogRow = row(
  'forensic-accounting',
  'Forensic accounting',
  'Finance',
  7,
  40,
  [
    ['facAnalytics', 20],
    ['facIncome', 20],
    ['facSchemes', 20],
    ['facTracing', 20],
    ['facDamages', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance forensic accountant or fraud examiner (hired by law firms, insurers, lenders, ' +
      'companies and their audit committees) tests records for signs of fraud, reconstructs ' +
      'unreported income, quantifies schemes, traces funds and measures damages for claims and ' +
      'litigation. Fraud analytics and red flags: Benford tests, conformity statistics, the ' +
      'Beneish M-score, relative size, duplicates and ratio analysis: 20 %. Indirect methods of ' +
      'proving income: net worth, expenditures, bank deposits and markup methods: 20 %. Asset ' +
      'misappropriation and financial statement schemes: lapping, skimming, payroll and expense ' +
      'schemes, shrinkage, fictitious revenue, capitalised expenses and reserves: 20 %. Tracing ' +
      'funds: lowest intermediate balance, first-in-first-out and pro rata tracing into accounts ' +
      'and assets: 20 %. Economic damages: lost profits, before-and-after and yardstick methods, ' +
      'mitigation, lost earnings, business interruption, present value and prejudgment interest: ' +
      '20 %. Every item states the rule, proportion, rate or method its key relies on. Not ' +
      'tested: interviewing, evidence law, expert testimony, and any particular analytics or ' +
      'case management tool. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
