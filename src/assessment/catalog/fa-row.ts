import { type CatalogRow, row } from './catalog-row.js'

/** Fixed asset accounting as a freelance accountant keeps a small business’s asset register. */
export const FIXED_ASSET_ROW: CatalogRow = row(
  'fixed-asset-accounting',
  'Fixed asset accounting',
  'Finance',
  5,
  15,
  [
    ['faCost', 20],
    ['faDepreciation', 25],
    ['faDisposal', 20],
    ['faImpairment', 15],
    ['faTax', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance accountant hired for fixed assets keeps a small or mid-sized business’s ' +
      'asset register and the ledger accounts behind it, prepares the year-end schedules and ' +
      'supports the tax computation. Capitalisation: deciding what goes into an asset’s cost ' +
      '(discounts, delivery, installation, testing, fees, dismantling provisions, borrowing ' +
      'costs, deferred terms, exchanges, foreign-currency purchases, grants) and what is a ' +
      'repair or overhead to expense, under IAS 16: 20 %. Depreciation, the monthly and ' +
      'year-end bulk of the work: straight line, declining balance with its switch and floor, ' +
      'sum-of-the-years’-digits, units of production, the part-year convention a policy sets, ' +
      'components, and changes in life, residual value or method applied prospectively: 25 %. ' +
      'Disposals and revaluation: gains and losses on sale, part-exchange, scrapping and ' +
      'insured loss, replaced components, and revaluations under the revaluation model with ' +
      'the surplus and its transfers: 20 %. Impairment under IAS 36 (recoverable amount, value ' +
      'in use, cash-generating units, reversals), US GAAP’s recoverability test and assets held ' +
      'for sale: 15 %. The register and tax: reconciling register and ledger, MACRS under IRS ' +
      'Publication 946, UK capital allowances (AIA, pools, balancing charges) and the deferred ' +
      'tax and taxable-profit adjustments plant gives rise to: 20 %. Every item states the ' +
      'framework, policy and rounding its key depends on. Leases (IFRS 16), investment ' +
      'property, intangibles and goodwill measurement, group accounting, audit of fixed ' +
      'assets and a particular register package’s screens are not tested.',
  },
)
