import { type CatalogRow, row } from './catalog-row.js'

/** VAT and sales tax compliance as a freelance bookkeeper prepares it for small businesses. */
export const VAT_COMPLIANCE_ROW: CatalogRow = row(
  'vat-compliance',
  'VAT and sales tax compliance',
  'Finance',
  4,
  15,
  [
    ['vatcReturn', 20],
    ['vatcRates', 20],
    ['vatcSchemes', 20],
    ['vatcSalesTax', 20],
    ['vatcSupply', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance bookkeeper or tax assistant doing VAT and sales-tax work for small businesses ' +
      'codes each sale and purchase to its rate, prepares and checks the periodic return, ' +
      'applies the scheme the client is on, and files and pays on time; for US clients the same ' +
      'person charges, collects and remits sales tax and self-assesses use tax. UK VAT return ' +
      'boxes: output VAT at standard and reduced rates, acquisitions and postponed import VAT, ' +
      'reverse-charged services from abroad, the construction domestic reverse charge, blocked ' +
      'input tax, fuel scale charges, credit notes and earlier errors, and the net values of boxes ' +
      '6 and 7: 20 %. VAT arithmetic: VAT fractions of gross figures, line and invoice rounding ' +
      'as stated, trade and prompt payment discounts, service charges and tips, mixed supplies, ' +
      'registration turnover, ' +
      'import VAT on value plus duty, the margin scheme, business gifts, currency conversion, and ' +
      'EU one-stop-shop rates over the EUR 10,000 threshold: 20 %. Schemes, reliefs and ' +
      'penalties: flat rate (first-year reduction, limited cost trader at 16.5 %, capital ' +
      'assets), partial exemption (standard method, de minimis, annual adjustment), cash and ' +
      'annual accounting, tax points, bad debt relief and late payment penalties and interest: ' +
      '20 %. US sales and use tax: destination and origin sourcing, combined state, county and ' +
      'city and district rates, reduced grocery rates, taxable shipping, exemption certificates, ' +
      'coupons, trade-ins, holidays and ' +
      'clothing thresholds, vendor discounts, marketplace sales and use tax with credit: 20 %. ' +
      'Liability, place of supply and deadlines: zero-rated, reduced, exempt and outside-scope ' +
      'supplies, the EU place-of-supply rules for services, economic nexus at $100,000 or 200 ' +
      'transactions, scheme entry and exit limits, and the dates of returns, payments, ' +
      'registration, tax points, export evidence and claims: 20 %. Every item states the rate, ' +
      'threshold, rule and rounding its key depends on. Not tested: a particular software ' +
      'package’s screens, Making Tax Digital bridging, customs classification, VAT grouping, ' +
      'capital goods scheme adjustments, income and corporation tax, and the laws of countries ' +
      'other than those stated in an item. A mid-level test: a 25-item form gives each of the ' +
      'five domains five items.',
    scoredItems: 25,
  },
)
