import { type CatalogRow, row } from './catalog-row.js'

/** Business mathematics as a freelance bookkeeper, analyst or office assistant works it daily. */
export const BUSINESS_MATHEMATICS_ROW: CatalogRow = row(
  'business-mathematics',
  'Business mathematics',
  'Finance',
  3,
  20,
  [
    ['bmaPercent', 20],
    ['bmaPricing', 20],
    ['bmaInterest', 20],
    ['bmaPayrollSales', 20],
    ['bmaRatios', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer who does the everyday arithmetic of a small business (a bookkeeper, office ' +
      'assistant or analyst working for several clients) prices goods, checks invoices and ' +
      'discounts, works interest on notes and savings, runs commissions and pay, and compares ' +
      'rates, prices and currencies before a client decides. Percentages: percent change against ' +
      'percentage points, reverse percentages, successive changes and discounts, parts of parts ' +
      'and shares of a total: 20 %. Pricing and discounts: markup on cost against margin on ' +
      'price, trade and chain discounts, cash discounts on stated terms such as 2/10, net 30, ' +
      'break-even prices and sales tax added to or included in a price: 20 %. Interest and the ' +
      'time value of money: simple interest with a stated day count, compound interest, the ' +
      'effective annual rate, present value, promissory notes and bank discount: 20 %. Payroll ' +
      'and sales figures: commission plans, gross pay with overtime on the stated rule, piece ' +
      'rates, plain and weighted averages of sales and prorated pay and charges: 20 %. Ratios, ' +
      'rates and conversions: ratios and proportions, unit prices and the best buy, currency ' +
      'conversion at a stated rate in its stated direction, allocation in a ratio and unit ' +
      'conversions in business quantities: 20 %. Every item states the formula, convention, ' +
      'day count and rounding its key depends on. Not tested: spreadsheet software, tax law and ' +
      'payroll withholding tables, bookkeeping entries (see bookkeeping), loan amortisation ' +
      'schedules (see loan and mortgage analysis), statistics beyond averages, and business ' +
      'judgement. A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
