import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  formatIsoSeconds,
  openFileRecordSource,
  platformRecordSource,
  runStudy,
  studySettings,
  type WorkerHistory,
} from '../../src/study/index.js'
import {
  certify,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { signInAs } from '../support/app.js'
import { engine } from '../support/database.js'
import { estimateDifferences } from './support/compare-estimates.js'
import { writeRecordsDir } from './support/records-dir.js'

const DAY_MS = 86_400_000
const MARKET_START = Date.parse('2026-01-05T09:00:00Z')
const settings = studySettings({
  obsStart: Date.parse('2026-01-01T00:00:00Z') / 1000,
  obsEnd: Date.parse('2026-12-01T00:00:00Z') / 1000,
  windowDays: 14,
})
const WORKERS = 12
/** Days from a worker's award to each of its contracts' starts: before, around and after it. */
const CONTRACT_OFFSETS = [-20, -9, -3, 2, 8, 25]

interface Csv {
  workers: string[]
  awards: string[]
  projects: string[]
  payments: string[]
}

const iso = (ms: number) => formatIsoSeconds(Math.floor(ms / 1000))

describe(`the platform's records read through its views on ${engine}`, () => {
  let h: MarketHarness
  const csv: Csv = {
    workers: ['worker_id,registered_at'],
    awards: ['award_id,worker_id,test_id,awarded_at,score'],
    projects: ['project_id,worker_id,employer_id,started_at,completed_at,value_usd,rating'],
    payments: ['payment_id,project_id,worker_id,paid_at,amount_usd'],
  }

  beforeAll(async () => {
    h = await openMarket()
    const db = h.t.database.db
    const market = h.t.services.marketplace
    const at = (ms: number) => {
      h.clock.now = new Date(ms)
    }
    const clients: Member[] = []
    for (let c = 0; c < 3; c++) clients.push(await member(h, `client${c}`))
    for (let w = 0; w < WORKERS; w++) {
      const worker = await member(h, `worker${w}`)
      const registered = await db
        .selectFrom('users')
        .select('created_at')
        .where('id', '=', worker.id)
        .executeTakeFirstOrThrow()
      csv.workers.push(`${worker.id},${iso(registered.created_at.getTime())}`)
      const awardedAt = MARKET_START + (60 + 5 * w) * DAY_MS + w * 3_600_000
      const score = 70 + ((w * 7) % 30)
      await certify(db, worker.id, w % 2 ? 'sql' : 'javascript', new Date(awardedAt), null, score)
      const award = await db
        .selectFrom('certifications')
        .select('id')
        .where('candidate_id', '=', worker.id)
        .executeTakeFirstOrThrow()
      csv.awards.push(
        `${award.id},${worker.id},${w % 2 ? 'sql' : 'javascript'},${iso(awardedAt)},${score}`,
      )
      for (const [j, offset] of CONTRACT_OFFSETS.entries()) {
        // Fewer contracts after the award for some workers, more for others: estimates vary.
        if ((w + j) % 4 === 0) continue
        const client = clients[(w + j) % clients.length]!
        const startedAt = awardedAt + offset * DAY_MS + j * 60_000
        at(startedAt - 2 * DAY_MS)
        const job = await market.createJob(client.id, {
          title: `Landing page ${w}-${j}`,
          description: 'A React landing page with a signup form',
          category: 'Technology & IT',
          skills: ['react'],
          requiredTests: [],
          kind: 'fixed',
          budgetCents: 500_000,
          visibility: 'public',
          open: true,
        })
        const proposal = await market.applyToJob(worker.id, job.id, {
          coverLetter: 'I build these every week.',
          bidCents: 40_000,
        })
        await market.changeProposal(client.id, proposal.id, 'shortlist')
        const amounts = [10_000 + 1_337 * w + 997 * j, ...(j % 2 ? [4_321 + 10 * w] : [])]
        await market.offerContract(client.id, proposal.id, {
          milestones: amounts.map((amountCents, m) => ({ title: `Part ${m + 1}`, amountCents })),
        })
        const { contractId } = await market.acceptOffer(worker.id, proposal.id)
        const contract = await market.viewContract(
          { id: client.id, administrator: false },
          contractId,
        )
        const clientActor = { kind: 'member', id: client.id } as const
        const workerActor = { kind: 'member', id: worker.id } as const
        at(startedAt)
        for (const m of contract.milestones) {
          await market.fundMilestone({
            actor: clientActor,
            milestoneId: m.id,
            idempotencyKey: `fund-${m.id}`,
            body: {},
          })
        }
        const done = j !== 4 // one contract a worker is still running
        let completedAt = ''
        for (const [m, milestone] of contract.milestones.entries()) {
          if (!done) break
          const paidAt = startedAt + (3 + 4 * m) * DAY_MS
          at(paidAt - DAY_MS)
          await market.changeMilestone(workerActor, milestone.id, 'submit', null)
          await market.changeMilestone(clientActor, milestone.id, 'approve', null)
          at(paidAt)
          const released = await market.releaseMilestone({
            actor: clientActor,
            milestoneId: milestone.id,
            idempotencyKey: `release-${milestone.id}`,
            body: {},
          })
          const gross = amounts[m]!
          // The platform keeps its fee, 10 % rounded half up to a cent.
          const net = gross - Math.floor((gross * 1000 + 5000) / 10_000)
          csv.payments.push(
            `${(released.body as { transactionId: string }).transactionId},${contractId},${worker.id},${iso(paidAt)},${(net / 100).toFixed(2)}`,
          )
          // The project is complete when the client approves its last part, a day before paying.
          completedAt = iso(paidAt - DAY_MS)
        }
        let rating = ''
        if (done && j % 3 !== 0) {
          rating = String(1 + ((w * 3 + j) % 5))
          await market.submitReview(client.id, contractId, { rating: Number(rating), body: 'ok' })
        }
        const value = (amounts.reduce((a, b) => a + b, 0) / 100).toFixed(2)
        csv.projects.push(
          `${contractId},${worker.id},${client.id},${iso(startedAt)},${completedAt},${value},${rating}`,
        )
      }
    }
  }, 300_000)
  afterAll(() => h.close())

  const read = async (source: { histories(): AsyncIterable<WorkerHistory> }) => {
    const all: WorkerHistory[] = []
    for await (const history of source.histories()) all.push(history)
    // Payment ids differ (ledger entries on the platform, transactions in the CSV) and so may
    // the order of a worker's rows; the study reads neither.
    return all
      .map((history) => ({
        worker: history.worker,
        awards: [...history.awards].sort((a, b) => a.awardedAt - b.awardedAt),
        projects: [...history.projects].sort((a, b) => a.projectId.localeCompare(b.projectId)),
        payments: history.payments
          .map(({ paymentId: _id, ...rest }) => rest)
          .sort((a, b) => a.paidAt - b.paidAt || a.amountUsd - b.amountUsd),
      }))
      .sort((a, b) => a.worker.workerId.localeCompare(b.worker.workerId))
  }

  const csvDir = () =>
    writeRecordsDir({
      workers: `${csv.workers.join('\n')}\n`,
      credential_awards: `${csv.awards.join('\n')}\n`,
      projects: `${csv.projects.join('\n')}\n`,
      payments: `${csv.payments.join('\n')}\n`,
    })

  it('yields, page by page, exactly the records the market made, freelancers only', async () => {
    // Pages of 5 workers: the 12 freelancers span three keyset pages.
    const platform = await platformRecordSource(h.t.database.db, 5)
    expect(await platform.countWorkers()).toBe(WORKERS)
    const files = await openFileRecordSource(csvDir())
    const fromPlatform = await read(platform)
    expect(fromPlatform).toHaveLength(WORKERS)
    expect(fromPlatform.flatMap((x) => x.projects).length).toBeGreaterThan(40)
    expect(fromPlatform).toEqual(await read(files))
  })

  it('gives the same estimates as the CSV path, on one partition and on two threads', async () => {
    const files = await runStudy(await openFileRecordSource(csvDir()), settings)
    expect(files.estimates.sample.events_main).toBe(WORKERS)
    const one = await runStudy(await platformRecordSource(h.t.database.db, 5), settings)
    expect(estimateDifferences(one.estimates, files.estimates)).toEqual([])
    const two = await runStudy(await platformRecordSource(h.t.database.db, 5), settings, {
      partitions: 2,
    })
    expect(estimateDifferences(two.estimates, files.estimates, 1e-10)).toEqual([])
  })

  it('runs over the API with the platform as source, to the same estimates', async () => {
    const analyst = await signInAs(h.t, 'analyst')
    const started = await h.t.app.inject({
      method: 'POST',
      url: '/study/runs',
      headers: { authorization: analyst },
      payload: {
        source: 'platform',
        obsStart: '2026-01-01T00:00:00Z',
        obsEnd: '2026-12-01T00:00:00Z',
      },
    })
    expect(started.statusCode).toBe(202)
    await h.t.services.studyRuns.idle()
    const done = await h.t.app.inject({
      url: `/study/runs/${started.json().run.id}`,
      headers: { authorization: analyst },
    })
    const { run } = done.json()
    expect(run).toMatchObject({ status: 'succeeded', progress: { workers: WORKERS } })
    const files = await runStudy(await openFileRecordSource(csvDir()), settings)
    const { headline, headline_design_check, sample } = files.estimates
    const wanted = JSON.parse(JSON.stringify({ headline, headline_design_check, sample }))
    expect(
      estimateDifferences(
        {
          headline: run.estimates.headline,
          headline_design_check: run.estimates.headline_design_check,
          sample: run.estimates.sample,
        },
        wanted,
      ),
    ).toEqual([])
  })
})
