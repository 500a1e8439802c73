import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { registerAccount, startSession } from '../src/accounts/index.js'
import { buildApp } from '../src/api/index.js'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import type { Marketplace } from '../src/marketplace/index.js'
import type { PlatformDatabase } from '../src/platform/index.js'
import { createServices } from '../src/platform/index.js'
import { openBenchDatabase, openLoop, reportOpenLoop } from './open-loop.js'

/** The offered load: requests per second, sent on schedule whether or not answers are back. */
const RATE_PER_SECOND = 200
/** Seconds each scenario runs at that rate. */
const SECONDS = 5
const OPEN_JOBS = 2000
const REQUESTS = RATE_PER_SECOND * SECONDS
/** Releases of one contract queue on its escrow account's lock, so the load spreads over many. */
const MILESTONES_PER_CONTRACT = 10

const WORDS = ['react', 'node', 'python', 'design', 'logo', 'translate', 'invoice', 'sql', 'api']

/**
 * Latency of job search and of a milestone release under an open-loop load of 200 requests a
 * second over HTTP, on the PostgreSQL server named by DATABASE_URL (PGlite when unset). Latency
 * counts from when a request was due, not when it went out, so a stalled server is not hidden
 * (coordinated omission).
 */
export const marketplaceBenchmark = {
  name: 'marketplace',
  async run(): Promise<void> {
    const database = await openBenchDatabase('marketplace')
    // A throwaway key secret: the benchmark signs nothing it keeps.
    const credentials = credentialsRuntimeFrom({
      SKILLSIGNAL_KEY_SECRET: randomBytes(24).toString('base64url'),
    })
    const services = await createServices(database.db, { publicUrl: null, credentials })
    const { marketplace } = services
    const app = await buildApp(services)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    try {
      const client = await account(database, 'bench-client')
      const freelancer = await account(database, 'bench-freelancer')
      process.stdout.write(`engine: ${database.kind}; ${OPEN_JOBS} open jobs; `)
      for (let i = 0; i < OPEN_JOBS; i++) {
        await marketplace.createJob(client.id, {
          title: `${WORDS[i % WORDS.length]} job ${i}`,
          description: `Work on ${WORDS[(i * 7) % WORDS.length]} and ${WORDS[(i * 3) % WORDS.length]} for client ${i}`,
          category: 'Technology & IT',
          skills: [WORDS[i % WORDS.length]!],
          requiredTests: [],
          kind: 'fixed',
          budgetCents: 10_000 + (i % 100) * 1_000,
          visibility: 'public',
          open: true,
        })
      }
      const approved = await approvedMilestones(marketplace, client.id, freelancer.id)
      process.stdout.write(`${approved.length} approved milestones\n`)

      const search = await openLoop(RATE_PER_SECOND, REQUESTS, (i) => ({
        url: `${base}/jobs?q=${WORDS[i % WORDS.length]}&pageSize=20`,
      }))
      reportOpenLoop('job search (GET /jobs?q=…)', RATE_PER_SECOND, search)
      const release = await openLoop(RATE_PER_SECOND, REQUESTS, (i) => ({
        url: `${base}/milestones/${approved[i]}/release`,
        method: 'POST',
        headers: {
          authorization: client.auth,
          'idempotency-key': `bench-${i}`,
          'content-type': 'application/json',
        },
        body: '{}',
      }))
      reportOpenLoop('milestone release (POST /milestones/…/release)', RATE_PER_SECOND, release)
      const check = await marketplace.checkLedger()
      process.stdout.write(
        `ledger check after the run: ${check.transactions} transactions, ${check.imbalanced} imbalanced, ${check.balance_mismatches} mismatches\n`,
      )
    } finally {
      await app.close()
      await services.close()
      await database.close()
    }
  },
}

async function account(database: PlatformDatabase, name: string) {
  const created = await registerAccount(database.db, {
    email: `${name}@example.org`,
    password: 'correct horse battery staple',
    displayName: name,
  })
  const { token } = await startSession(database.db, created.id, 'bearer')
  return { id: created.id, auth: `Bearer ${token}` }
}

/** Contracts whose milestones are funded, submitted and approved, ready to release. */
async function approvedMilestones(
  marketplace: Marketplace,
  clientId: string,
  freelancerId: string,
): Promise<string[]> {
  const byContract: string[][] = []
  for (let c = 0; c * MILESTONES_PER_CONTRACT < REQUESTS; c++) {
    const ids: string[] = []
    byContract.push(ids)
    const job = await marketplace.createJob(clientId, {
      title: `Contract ${c}`,
      description: 'Benchmark contract',
      category: 'Technology & IT',
      skills: [],
      requiredTests: [],
      kind: 'fixed',
      budgetCents: 1_000_000,
      visibility: 'unlisted',
      open: true,
    })
    const proposal = await marketplace.applyToJob(freelancerId, job.id, {
      coverLetter: 'Benchmark',
      bidCents: 100_000,
    })
    await marketplace.changeProposal(clientId, proposal.id, 'shortlist')
    await marketplace.offerContract(clientId, proposal.id, {
      milestones: Array.from({ length: MILESTONES_PER_CONTRACT }, (_, m) => ({
        title: `M${m}`,
        amountCents: 1_000 + m,
      })),
    })
    const { contractId } = await marketplace.acceptOffer(freelancerId, proposal.id)
    const contract = await marketplace.viewContract(
      { id: clientId, administrator: false },
      contractId,
    )
    for (const milestone of contract.milestones) {
      const client = { kind: 'member', id: clientId } as const
      await marketplace.fundMilestone({
        actor: client,
        milestoneId: milestone.id,
        idempotencyKey: `setup-${milestone.id}`,
        body: {},
      })
      await marketplace.changeMilestone(
        { kind: 'member', id: freelancerId },
        milestone.id,
        'submit',
        null,
      )
      await marketplace.changeMilestone(client, milestone.id, 'approve', null)
      ids.push(milestone.id)
    }
  }
  // Round robin over contracts, as releases from many clients arrive.
  return Array.from({ length: REQUESTS }, (_, i) => {
    const contract = byContract[i % byContract.length]!
    return contract[Math.floor(i / byContract.length)]!
  })
}
