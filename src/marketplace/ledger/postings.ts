import type { LedgerAccountKind, LedgerTransactionKind } from '../tables.js'
import { platformFee } from './platform-fee.js'

/** An account of the ledger: a kind and, for per-person and per-contract accounts, an owner. */
export interface AccountRef {
  readonly kind: LedgerAccountKind
  readonly owner: string | null
}

export interface Posting {
  readonly account: AccountRef
  readonly amountCents: number
}

/**
 * Accounts that hold money on the platform and so may never go below zero. The others face the
 * outside world (cards charged, cards refunded, bank payouts) or collect fees.
 */
export const NON_NEGATIVE_ACCOUNTS: ReadonlySet<LedgerAccountKind> = new Set([
  'client_funds',
  'escrow',
  'freelancer_payable',
])

/** What moves, in domain words; each kind has exactly one way of becoming entries. */
export type Movement =
  | {
      readonly kind: 'fund'
      readonly clientId: string
      readonly contractId: string
      readonly amountCents: number
    }
  | {
      readonly kind: 'release'
      readonly contractId: string
      readonly freelancerId: string
      readonly amountCents: number
      readonly feeBasisPoints: number
    }
  | {
      readonly kind: 'refund'
      readonly clientId: string
      readonly contractId: string
      readonly amountCents: number
    }
  | {
      readonly kind: 'split'
      readonly clientId: string
      readonly freelancerId: string
      readonly contractId: string
      readonly releaseCents: number
      readonly refundCents: number
      readonly feeBasisPoints: number
    }
  | { readonly kind: 'payout'; readonly freelancerId: string; readonly amountCents: number }
  | {
      readonly kind: 'bonus'
      readonly clientId: string
      readonly freelancerId: string
      readonly amountCents: number
      readonly feeBasisPoints: number
    }

export function accountId(account: AccountRef): string {
  return account.owner === null ? account.kind : `${account.kind}:${account.owner}`
}

const at = (kind: LedgerAccountKind, owner: string | null = null): AccountRef => ({ kind, owner })

function releaseTo(contractId: string, freelancerId: string, cents: number, bps: number) {
  const fee = platformFee(cents, bps)
  return [
    { account: at('escrow', contractId), amountCents: -cents },
    { account: at('freelancer_payable', freelancerId), amountCents: cents - fee },
    { account: at('platform_fees'), amountCents: fee },
  ]
}

function refundTo(contractId: string, clientId: string, cents: number) {
  // Through the client's funds, so a client's history shows money in and money returned.
  return [
    { account: at('escrow', contractId), amountCents: -cents },
    { account: at('client_funds', clientId), amountCents: cents },
    { account: at('client_funds', clientId), amountCents: -cents },
    { account: at('card_refunds'), amountCents: cents },
  ]
}

const POSTINGS: {
  readonly [K in LedgerTransactionKind]: (m: Extract<Movement, { kind: K }>) => Posting[]
} = {
  fund: (m) => [
    { account: at('card_funding'), amountCents: -m.amountCents },
    { account: at('client_funds', m.clientId), amountCents: m.amountCents },
    { account: at('client_funds', m.clientId), amountCents: -m.amountCents },
    { account: at('escrow', m.contractId), amountCents: m.amountCents },
  ],
  release: (m) => releaseTo(m.contractId, m.freelancerId, m.amountCents, m.feeBasisPoints),
  refund: (m) => refundTo(m.contractId, m.clientId, m.amountCents),
  split: (m) => [
    ...(m.releaseCents > 0
      ? releaseTo(m.contractId, m.freelancerId, m.releaseCents, m.feeBasisPoints)
      : []),
    ...(m.refundCents > 0 ? refundTo(m.contractId, m.clientId, m.refundCents) : []),
  ],
  // Charged to the client's card and paid through the client's funds, less the fee, like a release.
  bonus: (m) => {
    const fee = platformFee(m.amountCents, m.feeBasisPoints)
    return [
      { account: at('card_funding'), amountCents: -m.amountCents },
      { account: at('client_funds', m.clientId), amountCents: m.amountCents },
      { account: at('client_funds', m.clientId), amountCents: -m.amountCents },
      { account: at('freelancer_payable', m.freelancerId), amountCents: m.amountCents - fee },
      { account: at('platform_fees'), amountCents: fee },
    ]
  },
  payout: (m) => [
    { account: at('freelancer_payable', m.freelancerId), amountCents: -m.amountCents },
    { account: at('payouts'), amountCents: m.amountCents },
  ],
}

/**
 * The entries of a movement, zero-amount entries dropped. They always sum to zero; the ledger
 * refuses to write any set that does not.
 *
 * @example postingsFor({ kind: 'payout', freelancerId: 'u1', amountCents: 500 })
 */
export function postingsFor(movement: Movement): Posting[] {
  const build = POSTINGS[movement.kind] as (m: Movement) => Posting[]
  return build(movement).filter((p) => p.amountCents !== 0)
}

/** Sum of the entries; zero for every movement the ledger accepts. */
export function imbalance(postings: readonly Posting[]): number {
  return postings.reduce((sum, p) => sum + p.amountCents, 0)
}
