import { type CatalogRow, row } from './catalog-row.js'

/** Order processing as a virtual assistant runs it for an online shop or a wholesaler. */
export const ORDER_PROCESSING_ROW: CatalogRow = row(
  'order-processing',
  'Order processing',
  'Virtual Assistant',
  3,
  10,
  [
    ['oprTotals', 20],
    ['oprDispatch', 20],
    ['oprStock', 20],
    ['oprRefunds', 20],
    ['oprRecords', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant processes the orders of an online shop or a small ' +
      'wholesaler: they check each order’s total against the shop’s price list and promotions, ' +
      'charge shipping and promise dispatch dates, allocate stock when it runs short, capture ' +
      'payments and handle returns and refunds by the written policy, and reconcile orders with ' +
      'the marketplace or card processor payouts. Order totals: line prices, all-units and ' +
      'graduated quantity breaks, multi-buy offers, coupons taken in the order the shop states, ' +
      'tax on the discounted price, tax-inclusive prices, gift cards as payment, and rounding per ' +
      'unit or per order as stated: 20 %. Shipping and dispatch: charges from a stated weight, ' +
      'band or zone table, surcharges, free-shipping thresholds measured before or after discount ' +
      'or tax as stated, cut-off times, and dispatch, delivery and deadline dates in business ' +
      'days around stated holidays: 20 %. Stock allocation and backorders: available-to-promise ' +
      'from on-hand, reserved, safety and incoming stock, scarce stock shared by order date, ' +
      'priority or fair share, bundles from components, and what partial and split shipments ' +
      'ship, charge and leave owing: 20 %. Payments, returns and refunds: capturing what ships ' +
      'against an authorisation, refunds of part of an order with an order coupon shared as ' +
      'stated, restocking fees and caps, return windows, store credit, exchanges, and the payment ' +
      'and marketplace fees that are or are not returned: 20 %. Order records and reconciliation: ' +
      'payouts after commission, per-order fees, refunds and reserves, counts from an order ' +
      'export, invoice numbering gaps, duplicate orders, and status changes a stated workflow ' +
      'allows: 20 %. Every item states the policy, the rates and the rounding its key depends on. ' +
      'Not tested: a particular shop platform or marketplace’s screens, tax law (which goods are ' +
      'taxed where), customer-service wording, and carrier contracts beyond the stated table. A ' +
      '25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
