import { type Selectable, sql } from 'kysely'
import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { JOB_MOVES, type JobAction } from '../domain/job-state.js'
import { nextStatus } from '../domain/transition.js'
import { marketTransact } from '../market-db.js'
import type { JobKind, JobStatus, MarketplaceJobsTable } from '../tables.js'

export interface Job {
  readonly id: string
  readonly clientId: string
  readonly title: string
  readonly description: string
  readonly category: string
  readonly skills: readonly string[]
  readonly requiredTests: readonly string[]
  readonly kind: JobKind
  readonly budgetCents: number
  readonly visibility: 'public' | 'unlisted'
  readonly status: JobStatus
  readonly createdAt: Date
  readonly openedAt: Date | null
}

export interface NewJob {
  readonly title: string
  readonly description: string
  readonly category: string
  readonly skills: readonly string[]
  readonly requiredTests: readonly string[]
  readonly kind: JobKind
  readonly budgetCents: number
  readonly visibility: 'public' | 'unlisted'
  /** Open it at once instead of keeping a draft. */
  readonly open: boolean
}

export async function createJob(ctx: MarketContext, clientId: string, input: NewJob): Promise<Job> {
  const now = ctx.now()
  const id = newId()
  await ctx.db
    .insertInto('marketplace_jobs')
    .values({
      id,
      client_id: clientId,
      title: input.title,
      description: input.description,
      category: input.category,
      skills: JSON.stringify(input.skills),
      required_tests: JSON.stringify(input.requiredTests),
      kind: input.kind,
      budget_cents: input.budgetCents,
      visibility: input.visibility,
      status: input.open ? 'open' : 'draft',
      created_at: now,
      opened_at: input.open ? now : null,
    })
    .execute()
  return readJob(ctx, id)
}

/** A job by id; a draft is seen only by its client. */
export async function viewJob(
  ctx: MarketContext,
  jobId: string,
  viewerId: string | null,
): Promise<Job> {
  const job = await readJob(ctx, jobId)
  if (job.status === 'draft' && job.clientId !== viewerId) throw jobNotFound(jobId)
  return job
}

/** Opens, closes or cancels a job; only its client may. */
export async function changeJobStatus(
  ctx: MarketContext,
  clientId: string,
  jobId: string,
  action: Exclude<JobAction, 'fill'>,
): Promise<Job> {
  await marketTransact(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('marketplace_jobs')
      .select(['client_id', 'status'])
      .where('id', '=', jobId)
      .forUpdate()
      .executeTakeFirst()
    if (!row) throw jobNotFound(jobId)
    if (row.client_id !== clientId) {
      throw new DomainError(
        'forbidden',
        'not_your_job',
        'only the client who posted a job may change it',
      )
    }
    const status = nextStatus('job', JOB_MOVES, row.status, action)
    await trx
      .updateTable('marketplace_jobs')
      .set({ status, ...(action === 'open' ? { opened_at: ctx.now() } : {}) })
      .where('id', '=', jobId)
      .execute()
  })
  return readJob(ctx, jobId)
}

export async function readJob(ctx: MarketContext, jobId: string): Promise<Job> {
  const row = await ctx.db
    .selectFrom('marketplace_jobs')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirst()
  if (!row) throw jobNotFound(jobId)
  return toJob(row)
}

function toJob(row: Selectable<MarketplaceJobsTable>): Job {
  return {
    id: row.id,
    clientId: row.client_id,
    title: row.title,
    description: row.description,
    category: row.category,
    skills: row.skills,
    requiredTests: row.required_tests,
    kind: row.kind,
    budgetCents: row.budget_cents,
    visibility: row.visibility,
    status: row.status,
    createdAt: row.created_at,
    openedAt: row.opened_at,
  }
}

export interface JobSearch {
  readonly text?: string | undefined
  readonly category?: string | undefined
  readonly skill?: string | undefined
  readonly minBudgetCents?: number | undefined
  readonly maxBudgetCents?: number | undefined
  readonly clientId?: string | undefined
  readonly page: number
  readonly pageSize: number
}

/**
 * Open public jobs (or all of one client's), newest first or by text rank, one page at a time.
 * Text goes through PostgreSQL full-text search (`websearch_to_tsquery`) on both engines.
 */
export async function searchJobs(
  ctx: MarketContext,
  search: JobSearch,
): Promise<{ jobs: Job[]; total: number }> {
  let query = ctx.db.selectFrom('marketplace_jobs')
  if (search.clientId) query = query.where('client_id', '=', search.clientId)
  else query = query.where('status', '=', 'open').where('visibility', '=', 'public')
  if (search.category) query = query.where('category', '=', search.category)
  if (search.skill)
    query = query.where(sql<boolean>`skills @> ${JSON.stringify([search.skill])}::jsonb`)
  if (search.minBudgetCents !== undefined)
    query = query.where('budget_cents', '>=', search.minBudgetCents)
  if (search.maxBudgetCents !== undefined)
    query = query.where('budget_cents', '<=', search.maxBudgetCents)
  const text = search.text?.trim()
  if (text) query = query.where(sql<boolean>`search @@ websearch_to_tsquery('english', ${text})`)
  const total = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await query
    .selectAll()
    .$if(Boolean(text), (q) =>
      q.orderBy(sql`ts_rank(search, websearch_to_tsquery('english', ${text ?? ''}))`, 'desc'),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(search.pageSize)
    .offset((search.page - 1) * search.pageSize)
    .execute()
  return { jobs: rows.map(toJob), total: Number(total.n) }
}

export function jobNotFound(jobId: string): DomainError {
  return new DomainError('not_found', 'job_not_found', `there is no job ${jobId}`)
}
