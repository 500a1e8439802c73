import { type CatalogRow, row } from './catalog-row.js'

/** Accounts receivable as a freelance AR clerk or bookkeeper runs it for small businesses. */
export const ACCOUNTS_RECEIVABLE_ROW: CatalogRow = row(
  'accounts-receivable',
  'Accounts receivable',
  'Finance',
  4,
  15,
  [
    ['arTerms', 20],
    ['arCash', 25],
    ['arAgeing', 20],
    ['arAllowance', 20],
    ['arCollections', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance accounts-receivable clerk or bookkeeper keeps the sales ledger of small ' +
      'businesses: raises invoices on the agreed terms, posts what customers pay, chases what ' +
      'they do not and keeps the ledger’s value honest at month end. Terms: due and discount ' +
      'dates under net, EOM, prox, ROG and statement terms, the payment an early-payment ' +
      'discount allows (trade and cash discounts, freight excluded), deposit and completion ' +
      'invoices, and the annual cost of a discount when a client weighs offering one: 20 %. ' +
      'Cash application, the daily bulk of the work: matching receipts to open items by amount ' +
      'and remittance, oldest-first policies, partial, short and duplicate payments, discounts ' +
      'taken late, bank charges, returned cheques, unapplied cash and foreign-currency ' +
      'receipts: 25 %. Ageing and measures: bucketing items by days past due, bucket totals ' +
      'and shares, DSO (period-end and countback), turnover, collection effectiveness, days ' +
      'delinquent, credit available under a limit: 20 %. The allowance for doubtful accounts at ' +
      'month and year end: percentage-of-sales and ageing estimates, the adjusting entry, ' +
      'write-offs, recoveries and settlements, VAT bad debt relief: 20 %. Collections: credit ' +
      'memos for returns and price errors, late fees and interest as the stated terms or the ' +
      'UK late-payment statute allow, dunning schedules, credit holds, agencies and instalment ' +
      'plans: 15 %. Every item states the terms, policy and rounding its key depends on. ' +
      'Revenue recognition, expected-credit-loss modelling under IFRS 9 or CECL, factoring, ' +
      'consumer-credit law and a particular accounting package’s screens are not tested.',
  },
)
