import { type CatalogRow, row } from './catalog-row.js'

/** Online store administration as a freelance virtual assistant runs a client's shop back office. */
export const ONLINE_STORE_ADMINISTRATION_ROW: CatalogRow = row(
  'online-store-administration',
  'Online store administration',
  'Virtual Assistant',
  3,
  15,
  [
    ['osaCatalogue', 20],
    ['osaInventory', 20],
    ['osaOrders', 20],
    ['osaRefunds', 20],
    ['osaReporting', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant runs the back office of a client’s online shop on a hosted ' +
      'platform or marketplace: keeping listings and prices right, stock figures true, orders ' +
      'shipped and charged correctly, refunds and payouts reconciled and the weekly and monthly ' +
      'figures reported. Catalogue and pricing: prices from landed cost at a stated markup or ' +
      'margin, VAT-inclusive prices and US sales tax at checkout, sale prices and discount codes ' +
      'stacked by the stated rule, bulk price edits with the stated rounding, variant counts, unit ' +
      'prices and quantity breaks: 20 %. Inventory and stock: reorder points, stock after ' +
      'receipts, returns and write-offs, available-to-sell, days of cover, kits drawn from ' +
      'component stock, cycle counts, weighted-average and FIFO cost, open-to-buy and orders ' +
      'rounded to case packs: 20 %. Orders and fulfilment: shipping from stated weight bands and ' +
      'zones, dimensional weight by a stated divisor, free-shipping thresholds, cut-offs and ' +
      'working days, partial fulfilment, declared-value cover, duties and carrier and warehouse bills: ' +
      '20 %. Returns, refunds and payments: refunds under stated restocking, label and discount ' +
      'rules, processor fees at a stated percentage plus a fixed fee, what a processor keeps on a ' +
      'refund, chargebacks, reserves, payouts and gift-card balances: 20 %. Store reporting: ' +
      'average order value, conversion, cart recovery, sell-through, returns rate, margin after ' +
      'fees, repeat customers, lifetime value, acquisition payback, ROAS and period changes in ' +
      'percent or percentage points: 20 %. Every platform rule, definition and rounding a key ' +
      'depends on is stated in the item. Not tested: any one platform’s menus or settings, store ' +
      'design and theme code, product photography and copywriting, search and ad campaign ' +
      'management (see the marketing tests), bookkeeping entries (see bookkeeping), and the law of ' +
      'consumer returns and tax registration. A 25-item form gives each of the five domains five ' +
      'items.',
    scoredItems: 25,
  },
)
