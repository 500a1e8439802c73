import { type CatalogRow, row } from './catalog-row.js'

/** Banking operations as a freelance or contract bank operations analyst does it. */
export const BANKING_OPERATIONS_ROW: CatalogRow = row(
  'banking-operations',
  'Banking operations',
  'Finance',
  5,
  25,
  [
    ['bkoPayment', 20],
    ['bkoDeposit', 20],
    ['bkoReconciliation', 20],
    ['bkoCompliance', 20],
    ['bkoLiquidity', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance or contract bank operations analyst (hired by community banks, credit ' +
      'unions and payment firms to clear backlogs, cover operations desks and test controls) ' +
      'processes and checks the work of a US bank’s back office: settles payments, services ' +
      'deposit accounts, reconciles accounts and clears exceptions, applies the operational ' +
      'rules the bank processes under and works the treasury desk’s daily liquidity figures. ' +
      'Payments: ACH batch totals and entry hashes, same-day ACH limits, return codes and ' +
      'their deadlines, positive pay exceptions, wire fees and late-wire compensation, card ' +
      'settlement with interchange, processing fees, chargebacks and reserves, check float, ' +
      'and cross-border wires and remittances with their FX rates and OUR/SHA/BEN charges: ' +
      '20 %. Deposits and ' +
      'accounts: interest on daily and average daily balances, APY, funds availability and ' +
      'exception holds, overdraft and fee rules, deposit insurance by ownership category and ' +
      'time deposits with early withdrawal penalties: 20 %. Reconciliation and exceptions: ' +
      'nostro and general-ledger reconciliations, suspense and clearing accounts, teller and ' +
      'vault cash balancing, float, and the ageing and write-off of open items: 20 %. ' +
      'Operational compliance: currency transaction reports and the aggregation of cash ' +
      'transactions, electronic transfer error resolution deadlines and provisional credit, ' +
      'ACH return-rate thresholds, record keeping and dormant-account escheat: 20 %. ' +
      'Liquidity and funding: the daily cash position and intraday funding, reserve and ' +
      'settlement balances, the liquidity coverage ratio with its haircuts, caps and outflow ' +
      'rates, the net stable funding ratio and loan-to-deposit measures: 20 %. Every item ' +
      'states the rule, rate, threshold, calendar or convention its key relies on, as stated ' +
      'for the exercise. Not tested: credit underwriting and lending decisions, investigations ' +
      'and suspicious-activity judgement (anti-money laundering is a test of its own), ' +
      'corporate treasury management, any particular core banking system, and branch sales. A ' +
      '25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
