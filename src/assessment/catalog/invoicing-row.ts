import { type CatalogRow, row } from './catalog-row.js'

/** Invoicing and billing as a freelance bookkeeper or virtual assistant does it for small businesses. */
export const INVOICING_ROW: CatalogRow = row(
  'invoicing-and-billing',
  'Invoicing and billing',
  'Finance',
  3,
  10,
  [
    ['billDocuments', 10],
    ['billLines', 20],
    ['billPayments', 20],
    ['billRecurring', 15],
    ['billReceivables', 15],
    ['billReconcile', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance bookkeeper or virtual assistant runs the sales side of a small business’s ' +
      'books: raising invoices and credit notes, chasing payment and matching what arrives in ' +
      'the bank, in the client’s invoicing or bookkeeping package. Keeping invoice and credit-' +
      'note numbering and content right, and correcting issued invoices the permitted way: ' +
      '10 %. Working out invoice lines, discounts, tiered prices and VAT or sales tax per line ' +
      'or per invoice by the stated rounding: 20 %. Applying payment terms, early-payment ' +
      'discounts, late fees and interest, credit notes and part payments: 20 %. Running ' +
      'recurring billing and prorating starts, plan changes, seats and cancellations: 15 %. ' +
      'Ageing receivables, running the dunning schedule and reporting collections: 15 %. ' +
      'Reconciling receipts, processor payouts and deposits to invoices: 20 %. Every rate, ' +
      'rounding rule and term an item needs is stated in it; the tax law of any one country, ' +
      'the double entry behind each transaction (tested in Bookkeeping) and the menus of a ' +
      'particular package are not tested.',
  },
)
