import { type CatalogRow, row } from './catalog-row.js'

/** Bookkeeping as a freelance bookkeeper does it for small-business clients. */
export const BOOKKEEPING_ROW: CatalogRow = row(
  'bookkeeping',
  'Bookkeeping',
  'Finance',
  4,
  30,
  [
    ['bkRecording', 35],
    ['bkAdjustments', 20],
    ['bkReconciliation', 20],
    ['bkSalesTax', 10],
    ['bkReports', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance bookkeeper keeps the books of sole traders and small companies, usually in a ' +
      'cloud bookkeeping package with a bank feed, and hands a clean trial balance to the ' +
      "client's accountant. Most hours go on recording the month's transactions (sales and " +
      'purchase invoices, receipts and payments, payroll journals, owner and loan movements, ' +
      'credit notes, discounts and write-offs) with the right debits and credits: 35 %. The ' +
      'monthly and year-end close, posting accruals, prepayments, deferred and accrued income, ' +
      'depreciation, disposals and allowances and correcting mispostings: 20 %. Reconciling ' +
      'the bank and working the package (matching feed lines to invoices and bills, part and ' +
      'over-payments, grouped deposits, duplicates, lock dates): 20 %. Preparing the VAT or ' +
      'sales-tax figures, stated generically since rates and schemes differ by country: 10 %. ' +
      'Reading and checking the trial balance, profit and loss account and balance sheet for ' +
      'the client and the accountant: 15 %. Payroll calculation rules, tax law of any one ' +
      'country and the menu paths of a particular package are not tested.',
  },
)
