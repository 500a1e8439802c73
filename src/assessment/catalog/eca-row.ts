import { type CatalogRow, row } from './catalog-row.js'

/** E-commerce accounting as a freelance bookkeeper works it for online sellers. */
export const E_COMMERCE_ACCOUNTING_ROW: CatalogRow = row(
  'e-commerce-accounting',
  'E-commerce accounting',
  'Finance',
  4,
  20,
  [
    ['ecaSettlement', 20],
    ['ecaTax', 20],
    ['ecaStock', 20],
    ['ecaRevenue', 20],
    ['ecaEconomics', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance bookkeeper for online sellers (web stores and sellers on marketplaces) posts ' +
      'settlement and payout reports, reconciles clearing accounts, files sales tax and VAT, keeps ' +
      'stock at cost across a store room, a warehouse and fulfilment centres, recognises revenue ' +
      'and returns and closes the month with the figures the seller runs the business on. ' +
      'Marketplace and payment settlements: sales booked gross with fees as expenses, payouts, ' +
      'reserves held and released, fee credits on refunds, processor fees and clearing balances: ' +
      '20 %. Sales tax and VAT on online sales: marketplace-facilitator tax kept out of the ' +
      'seller’s revenue and liability, destination rates with taxable shipping, nexus thresholds, ' +
      'OSS and IOSS, the reverse charge on fees and returns net of refunds: 20 %. Inventory and ' +
      'landed cost: freight and duty allocated on the stated basis, fees capitalised or expensed ' +
      'as stated, FIFO and weighted average, goods in transit, write-downs after marketplace fees ' +
      'and lost, damaged and disposed units: 20 %. Revenue recognition and returns: the stated ' +
      'transfer point, pre-orders and subscriptions, seller- and marketplace-funded promotions, ' +
      'refunds and store credit, returns restocked or written off, and foreign sales at the stated ' +
      'rate with exchange differences on payout: 20 %. Unit economics and the monthly close: ACoS ' +
      'and TACoS, profit per unit after fees, ads and returns, prices and break-evens for a ' +
      'target margin, unbilled ad spend and storage per unit: 20 %. Every item states the platform ' +
      'rule, rate, basis and rounding its key depends on. Not tested: running the store itself ' +
      '(see online store administration), general double entry and bank reconciliation (see ' +
      'bookkeeping), VAT law beyond online selling (see VAT compliance), income tax, payroll and ' +
      'the use of any particular accounting app. A 25-item form gives each of the five domains ' +
      'five items.',
    scoredItems: 25,
  },
)
