import { type CatalogRow, row } from './catalog-row.js'

/** Accounts payable as a freelance AP clerk or bookkeeper runs it for small and mid-sized clients. */
export const ACCOUNTS_PAYABLE_ROW: CatalogRow = row(
  'accounts-payable',
  'Accounts payable',
  'Finance',
  4,
  15,
  [
    ['apCapture', 15],
    ['apMatching', 20],
    ['apPayments', 20],
    ['apControls', 15],
    ['apClose', 15],
    ['apReconcile', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance accounts-payable clerk or bookkeeper runs the purchase ledger of small and ' +
      'mid-sized clients: from the supplier invoice arriving to the payment leaving and the ' +
      'ledger agreeing with the supplier. Capturing invoices, checking they are valid tax ' +
      'invoices, coding them to the right account and cost centre and posting the input VAT, ' +
      'reverse charge or use tax they carry: 15 %. Matching invoices to purchase orders and ' +
      'goods receipts, applying tolerances, holding variances and stopping duplicates, the ' +
      'largest volume of daily work: 20 %. Working out due dates and discount deadlines, ' +
      'deciding whether an early-payment discount is worth taking and assembling the payment ' +
      'run: 20 %. Keeping vendor master data clean and applying the controls that stop ' +
      'payment fraud (bank-detail changes verified out of band, segregation of duties, ' +
      'approval limits, split and fictitious invoices): 15 %, since one failure costs more ' +
      'than a year of errors. The month and year-end close for payables (GRNI, accruals and ' +
      'their reversal, prepayments, cut-off): 15 %. The aging report and reconciling supplier ' +
      'statements and the control account: 15 %. Journal entries are asked within each ' +
      'domain. Tax rules are stated in each stem with the law they come from; the menus of a ' +
      'particular AP package, e-invoicing formats and payroll are not tested.',
  },
)
