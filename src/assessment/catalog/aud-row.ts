import { type CatalogRow, row } from './catalog-row.js'

/** Auditing as a freelance or contract audit senior does it on a financial statement audit. */
export const AUDITING_ROW: CatalogRow = row(
  'auditing',
  'Auditing',
  'Finance',
  6,
  40,
  [
    ['audMateriality', 20],
    ['audSampling', 20],
    ['audControls', 20],
    ['audDetails', 20],
    ['audEvaluation', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance or contract audit senior (hired by audit firms in their busy season, by ' +
      'smaller practices without a full team, or to run an engagement’s fieldwork) plans and ' +
      'performs the fieldwork of a financial statement audit under ISA and AICPA standards and ' +
      'the firm’s methodology. Materiality and audit risk: overall materiality from a stated ' +
      'benchmark, performance materiality, the clearly trivial threshold, specific and ' +
      'component materiality, and the acceptable detection risk from the audit risk model: 20 ' +
      '%. Substantive sampling: monetary unit sample sizes and intervals from stated confidence ' +
      'factors, items taken with certainty, tainting, projected misstatement and the upper ' +
      'misstatement limit: 20 %. Tests of controls: sample sizes by control frequency and from ' +
      'stated tables, deviation rates and upper deviation limits against the tolerable rate, ' +
      'roll-forward of interim tests: 20 %. Substantive analytics and tests of details: ' +
      'expectations and thresholds, recalculation of depreciation, accruals, interest and ' +
      'allowances, cut-off, confirmations and unrecorded liabilities: 20 %. Evaluating ' +
      'misstatements: the summary of uncorrected misstatements, their tax and line effects, ' +
      'prior-year misstatements under the rollover and iron curtain methods, and the room left ' +
      'under materiality: 20 %. Every item states the benchmark, percentage, factor, table ' +
      'value or method its key relies on, as a firm’s methodology would. Not tested: the ' +
      'wording of the audit report and the choice of opinion, ethics and independence rules, IT ' +
      'audit, internal audit and forensic work, and the accounting standards themselves (IFRS ' +
      'and US GAAP are tests of their own). A 25-item form gives each of the five domains five ' +
      'items.',
    scoredItems: 25,
  },
)
