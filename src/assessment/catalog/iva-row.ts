import { type CatalogRow, row } from './catalog-row.js'

/** Investment appraisal as a freelance financial analyst works it for small and mid-sized firms. */
export const INVESTMENT_APPRAISAL_ROW: CatalogRow = row(
  'investment-appraisal',
  'Investment appraisal',
  'Finance',
  6,
  25,
  [
    ['ivaTvm', 20],
    ['ivaNpv', 20],
    ['ivaIrr', 20],
    ['ivaCapital', 20],
    ['ivaRisk', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance financial analyst appraises capital projects for small and mid-sized companies: ' +
      'a new machine, a second shop, a fleet replacement or a software build. They take the ' +
      'owner’s forecasts, tax position and financing, set the discount rate, lay out the cash ' +
      'flows year by year, work the decision measures and write a recommendation with the ' +
      'figures and the risks behind it. Time value of money and discounting: present and future ' +
      'values, ordinary annuities and annuities due, deferred annuities, level and growing ' +
      'perpetuities, growing annuities and effective annual rates from nominal ones: 20 %. Net ' +
      'present value and the profitability index: incremental after-tax cash flows, the tax ' +
      'shield of straight-line depreciation, working capital put in and recovered, after-tax ' +
      'salvage, sunk and opportunity costs and the profitability index: 20 %. Internal rate of ' +
      'return and the other decision rules: IRR of short cash-flow patterns, modified IRR, simple ' +
      'and discounted payback, the accept rules of each, ranking conflicts between mutually ' +
      'exclusive projects, the crossover rate and the stated rules for multiple IRRs: 20 %. Cost ' +
      'of capital: the CAPM cost of equity, the after-tax cost of debt, WACC at market-value ' +
      'weights, the dividend-growth cost of equity and project-specific rates from a pure-play ' +
      'beta: 20 %. Risk and capital rationing: sensitivity of NPV to one input, break-even volume ' +
      'and price at zero NPV, scenario-weighted NPV, equivalent annual cost and annuity for ' +
      'projects of unequal lives, and choosing projects under a single-period capital limit by the ' +
      'profitability index: 20 %. Every item states the rates, the timing convention (cash flows ' +
      'at the end of each year unless stated) and the rounding its key depends on. Not tested: a ' +
      'particular spreadsheet’s function names or screens, tax law beyond the rates and rules an ' +
      'item states, financing and lease-versus-buy structuring, real-options valuation, Monte ' +
      'Carlo simulation and company valuation. A 25-item form gives each of the five domains five ' +
      'items.',
    scoredItems: 25,
  },
)
