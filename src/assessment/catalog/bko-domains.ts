import type { ModelDomain } from './model-domains.js'

/**
 * The banking operations test's domains, each served by one scenario model of its own families.
 */
export const BKO_DOMAINS = {
  bkoPayment: {
    id: 'bko-payment',
    title: 'Payments',
    itemModelIds: ['bko-payment'],
    outcome:
      'Process payments as a bank’s operations desk does: ACH batches, same-day ACH limits and return deadlines, wire fees and late-wire compensation, card settlement, interchange, chargebacks and reserves, check float, and cross-border wires and remittances with their FX and charges',
  },
  bkoDeposit: {
    id: 'bko-deposit',
    title: 'Deposits and accounts',
    itemModelIds: ['bko-deposit'],
    outcome:
      'Service deposit accounts: interest on daily and average balances, APY, funds availability and holds, overdraft and fee rules, deposit insurance by ownership category and time deposits with their penalties',
  },
  bkoReconciliation: {
    id: 'bko-reconciliation',
    title: 'Reconciliation and exceptions',
    itemModelIds: ['bko-reconciliation'],
    outcome:
      'Reconcile and clear exceptions: nostro and general-ledger reconciliations, suspense and clearing accounts, teller and vault cash balancing, float, and the ageing and write-off of open items',
  },
  bkoCompliance: {
    id: 'bko-compliance',
    title: 'Operational compliance',
    itemModelIds: ['bko-compliance'],
    outcome:
      'Apply the operational rules a bank processes under: currency transaction reporting and aggregation, electronic transfer error resolution deadlines and provisional credit, ACH return-rate thresholds, record keeping and dormant-account escheat',
  },
  bkoLiquidity: {
    id: 'bko-liquidity',
    title: 'Liquidity and funding',
    itemModelIds: ['bko-liquidity'],
    outcome:
      'Work a bank’s day-to-day liquidity: the cash position and intraday funding, reserve and settlement balances, the liquidity coverage ratio with its haircuts, caps and outflow rates, the net stable funding ratio and loan-to-deposit measures',
  },
} as const satisfies Record<string, ModelDomain>
