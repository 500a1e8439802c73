import { type CatalogRow, row } from './catalog-row.js'

/** Retail accounting as a freelance bookkeeper or accountant keeps the books of shops. */
export const RETAIL_ACCOUNTING_ROW: CatalogRow = row(
  'retail-accounting',
  'Retail accounting',
  'Finance',
  4,
  20,
  [
    ['rtaStock', 20],
    ['rtaTax', 20],
    ['rtaTill', 20],
    ['rtaRevenue', 20],
    ['rtaStore', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance bookkeeper or accountant keeps the books of shops, from a single ' +
      'bricks-and-mortar store to a small multi-store retailer: values the stock, accounts for ' +
      'the tax in the takings, reconciles the tills and card settlements, records what is owed to ' +
      'customers and reports each store’s profit to the owner. Stock valuation: the retail ' +
      'inventory method at average cost, at lower of cost or market (markdowns left out of the ' +
      'ratio) and on FIFO, periodic FIFO and weighted average cost, the gross profit method for ' +
      'stock lost or not counted, shrinkage booked at cost and write-downs to net realisable ' +
      'value: 20 %. Sales tax and VAT in the takings: tax inside tax-inclusive takings, tax on ' +
      'prices after store and manufacturer coupons, retail apportionment of mixed-rate takings, ' +
      'the VAT return of a shop and tax owed after refunds and bad debts: 20 %. Tills, cash and ' +
      'card settlements: the Z report against the cash counted, cash over and short, floats and ' +
      'banking, card settlements net of blended and interchange-plus fees, chargebacks, cash-back ' +
      'and the card clearing account: 20 %. Customer liabilities and revenue: gift cards sold, ' +
      'redeemed and their breakage, layaway deposits and forfeits, refund liabilities and the ' +
      'returns asset, loyalty points allocated part of the price, consignment and concession ' +
      'sales reported gross or net, and extended warranties sold at the till: 20 %. Store ' +
      'profit and payroll-adjacent reporting: department contribution after direct costs, shared ' +
      'costs allocated by a stated base, percentage rent above a breakpoint, tiered and net-of-' +
      'returns sales commission, staff discount cost, wages as a share of sales and the labour ' +
      'hours a sales plan pays for, and a store’s break-even sales: 20 %. Every item states the ' +
      'conventions, tax treatment and rounding its key depends on; no item relies on any ' +
      'country’s real tax rates or thresholds. Not tested: buying, pricing and merchandise ' +
      'planning (see retail merchandising mathematics), general double entry and bookkeeping, ' +
      'payroll tax, filing a return on any real system, and point-of-sale software. A 25-item ' +
      'form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
