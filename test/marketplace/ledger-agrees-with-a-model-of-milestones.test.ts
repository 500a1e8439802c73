import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerAccount } from '../../src/accounts/index.js'
import { type Marketplace, platformFee } from '../../src/marketplace/index.js'
import type { PlatformDatabase, PlatformServices } from '../../src/platform/index.js'
import { DomainError } from '../../src/shared/index.js'
import { GOOD_PASSWORD, testServices } from '../support/app.js'
import { engine, openTestDatabase } from '../support/database.js'

const MILESTONES = 4
const AMOUNTS = [1_005, 2_500, 333, 9_999] as const

type Step =
  | { readonly kind: 'fund' | 'submit' | 'approve' | 'release' | 'refund'; readonly m: number }
  | { readonly kind: 'payout'; readonly cents: number }
  | { readonly kind: 'replay' }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('fund', 'submit', 'approve', 'release', 'refund' as const),
      fc.integer({ min: 0, max: MILESTONES - 1 }),
    )
    .map(([kind, m]) => ({ kind, m }) as Step),
  fc.integer({ min: 1, max: 12_000 }).map((cents) => ({ kind: 'payout', cents }) as Step),
  fc.constant({ kind: 'replay' } as Step),
)

/**
 * Random sequences of milestone moves and payouts, some replaying the previous request's key,
 * against a model that knows what each state means for the money: after every sequence the
 * ledger's balances equal the model's and `ledger check` finds nothing.
 */
describe(`the ledger against a model of milestones on ${engine}`, () => {
  let database: PlatformDatabase
  let services: PlatformServices
  let marketplace: Marketplace
  let clientId = ''
  let freelancerId = ''

  beforeAll(async () => {
    database = await openTestDatabase()
    services = await testServices(database.db)
    marketplace = services.marketplace
    for (const name of ['client', 'freelancer']) {
      const account = await registerAccount(database.db, {
        email: `${name}@example.org`,
        password: GOOD_PASSWORD,
        displayName: name,
      })
      if (name === 'client') clientId = account.id
      else freelancerId = account.id
    }
  })
  afterAll(async () => {
    await services.close()
    await database.close()
  })

  async function contract(): Promise<{ contractId: string; ids: string[] }> {
    const job = await marketplace.createJob(clientId, {
      title: 'Model run',
      description: 'A contract for one run',
      category: 'Other',
      skills: [],
      requiredTests: [],
      kind: 'fixed',
      budgetCents: 50_000,
      visibility: 'unlisted',
      open: true,
    })
    const proposal = await marketplace.applyToJob(freelancerId, job.id, {
      coverLetter: 'Run',
      bidCents: 10_000,
    })
    await marketplace.changeProposal(clientId, proposal.id, 'shortlist')
    await marketplace.offerContract(clientId, proposal.id, {
      milestones: AMOUNTS.map((amountCents, i) => ({ title: `M${i}`, amountCents })),
    })
    const { contractId } = await marketplace.acceptOffer(freelancerId, proposal.id)
    const view = await marketplace.viewContract({ id: clientId, administrator: false }, contractId)
    return { contractId, ids: view.milestones.map((m) => m.id) }
  }

  it('keeps balances equal to the model and every invariant, whatever the order', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        run++
        const { contractId, ids } = await contract()
        const states = ids.map(() => 'proposed')
        const before = await marketplace.balancesFor(freelancerId)
        let payable = before.payableCents
        let last: (() => Promise<unknown>) | null = null
        for (const [n, s] of steps.entries()) {
          const key = `run${run}-${n}`
          const client = { kind: 'member', id: clientId } as const
          const freelancer = { kind: 'member', id: freelancerId } as const
          let attempt: () => Promise<unknown>
          let effect: () => void = () => {}
          switch (s.kind) {
            case 'replay':
              if (!last) continue
              attempt = last
              break
            case 'payout':
              attempt = () =>
                marketplace.requestPayout({
                  userId: freelancerId,
                  amountCents: s.cents,
                  idempotencyKey: key,
                  body: { amountCents: s.cents },
                })
              effect = () => {
                payable -= s.cents
              }
              break
            case 'fund':
            case 'release':
            case 'refund': {
              const kind = s.kind as 'fund' | 'release' | 'refund'
              const m = s.m
              const move = {
                fund: 'fundMilestone',
                release: 'releaseMilestone',
                refund: 'refundMilestone',
              } as const
              const actor = kind === 'refund' ? freelancer : client
              attempt = () =>
                marketplace[move[kind]]({
                  actor,
                  milestoneId: ids[m]!,
                  idempotencyKey: key,
                  body: {},
                })
              effect = () => {
                states[m] = { fund: 'funded', release: 'released', refund: 'refunded' }[kind]
                if (kind === 'release') {
                  payable += AMOUNTS[m]! - platformFee(AMOUNTS[m]!, 1000)
                }
              }
              break
            }
            default: {
              const kind = s.kind as 'submit' | 'approve'
              const m = s.m
              const actor = kind === 'submit' ? freelancer : client
              attempt = () => marketplace.changeMilestone(actor, ids[m]!, kind, null)
              effect = () => {
                states[m] = kind === 'submit' ? 'submitted' : 'approved'
              }
            }
          }
          try {
            const answer = (await attempt()) as { replayed?: boolean } | undefined
            if (s.kind !== 'replay' && !answer?.replayed) effect()
          } catch (error) {
            if (!(error instanceof DomainError)) throw error
            expect(['conflict', 'forbidden', 'unprocessable', 'invalid']).toContain(error.kind)
          }
          if (s.kind !== 'replay') last = attempt
        }
        const escrowed = ids.reduce(
          (sum, _, m) =>
            sum + (['funded', 'submitted', 'approved'].includes(states[m]!) ? AMOUNTS[m]! : 0),
          0,
        )
        const view = await marketplace.viewContract(
          { id: clientId, administrator: false },
          contractId,
        )
        expect(view.milestones.map((m) => m.status)).toEqual(states)
        expect(view.escrowCents).toBe(escrowed)
        expect((await marketplace.balancesFor(freelancerId)).payableCents).toBe(payable)
        const report = await marketplace.checkLedger()
        expect(report).toMatchObject({ imbalanced: 0, balance_mismatches: 0 })
      }),
      { numRuns: 25 },
    )
  }, 300_000)
})
