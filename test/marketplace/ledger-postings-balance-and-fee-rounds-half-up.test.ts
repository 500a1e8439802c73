import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PLATFORM_FEE_BASIS_POINTS,
  imbalance,
  MAX_MOVEMENT_CENTS,
  type Movement,
  platformFee,
  postingsFor,
} from '../../src/marketplace/index.js'

const cents = fc.integer({ min: 1, max: MAX_MOVEMENT_CENTS })
const bps = fc.integer({ min: 0, max: 10_000 })

const movement: fc.Arbitrary<Movement> = fc.oneof(
  cents.map((amountCents) => ({
    kind: 'fund' as const,
    clientId: 'c',
    contractId: 'k',
    amountCents,
  })),
  fc.tuple(cents, bps).map(([amountCents, feeBasisPoints]) => ({
    kind: 'release' as const,
    contractId: 'k',
    freelancerId: 'f',
    amountCents,
    feeBasisPoints,
  })),
  cents.map((amountCents) => ({
    kind: 'refund' as const,
    clientId: 'c',
    contractId: 'k',
    amountCents,
  })),
  fc.tuple(cents, cents, bps).map(([releaseCents, refundCents, feeBasisPoints]) => ({
    kind: 'split' as const,
    clientId: 'c',
    freelancerId: 'f',
    contractId: 'k',
    releaseCents,
    refundCents,
    feeBasisPoints,
  })),
  cents.map((amountCents) => ({ kind: 'payout' as const, freelancerId: 'f', amountCents })),
)

describe('ledger postings', () => {
  it('sum to zero for every movement, in whole cents', () => {
    fc.assert(
      fc.property(movement, (m) => {
        const postings = postingsFor(m)
        expect(imbalance(postings)).toBe(0)
        for (const p of postings) expect(Number.isSafeInteger(p.amountCents)).toBe(true)
      }),
    )
  })

  it('pay the freelancer the release less a fee, the fee to the platform', () => {
    const postings = postingsFor({
      kind: 'release' as const,
      contractId: 'k',
      freelancerId: 'f',
      amountCents: 10_000,
      feeBasisPoints: DEFAULT_PLATFORM_FEE_BASIS_POINTS,
    })
    expect(postings.map((p) => [p.account.kind, p.account.owner, p.amountCents])).toEqual([
      ['escrow', 'k', -10_000],
      ['freelancer_payable', 'f', 9_000],
      ['platform_fees', null, 1_000],
    ])
  })
})

describe('the platform fee', () => {
  it('defaults to 10 % (1000 basis points)', () => {
    expect(DEFAULT_PLATFORM_FEE_BASIS_POINTS).toBe(1000)
  })

  it('rounds half a cent up and never exceeds the amount', () => {
    expect(platformFee(1005, 1000)).toBe(101)
    expect(platformFee(1004, 1000)).toBe(100)
    fc.assert(
      fc.property(cents, bps, (amount, basisPoints) => {
        const fee = platformFee(amount, basisPoints)
        expect(fee).toBeGreaterThanOrEqual(0)
        expect(fee).toBeLessThanOrEqual(amount)
      }),
    )
  })

  it('refuses fractions of a cent and fees past 100 %', () => {
    expect(() => platformFee(10.5, 1000)).toThrow(RangeError)
    expect(() => platformFee(100, 10_001)).toThrow(RangeError)
  })
})
