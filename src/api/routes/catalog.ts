import { z } from 'zod'
import {
  CATALOG_PAGE_SIZE,
  CATEGORIES,
  MAX_CATALOG_PAGE_SIZE,
  MAX_HOLDS_PAGE,
  MAX_REVOCATION_REASON,
  type PoolCounts,
  searchCatalog,
  type TestDefinition,
} from '../../assessment/index.js'
import { DomainError } from '../../shared/index.js'
import { requireRole } from '../auth.js'
import { type Precompressed, precompressed, precompressedSender } from '../compression.js'
import {
  calibrationView,
  presentCalibration,
  presentStatistics,
  presentTest,
  statisticsView,
  testView,
} from '../presenters/catalog-presenter.js'
import { commonErrors, decimalInteger } from '../schemas.js'
import type { Router } from './router.js'

const testParams = z.object({ testId: z.string().min(1).max(200) })

/** Whether a candidate can start the test now; when not, `reason` says why in plain words. */
const startView = {
  startable: z.boolean(),
  reason: z.string().nullable(),
}

/** Serialised search pages kept: the popular searches, not every query anyone sends. */
const SEARCH_PAGES_KEPT = 256

/**
 * Search answers as they were serialised, by what a page depends on (the tests at their versions,
 * the pool counts and the query), the oldest forgotten beyond `kept`. Serialising a page (the
 * response schema's check, then JSON) and deciding the offer for every test cost far more than
 * the rest of a search. The key is content, not the list's identity: a bank that applies live
 * cuts hands out a new list on every call.
 */
function serialisedPages(kept: number) {
  const pages = new Map<string, Precompressed>()
  return {
    get: (key: string) => pages.get(key),
    set(key: string, page: Precompressed) {
      if (pages.size >= kept) pages.delete(pages.keys().next().value!)
      pages.set(key, page)
    },
  }
}

/** What a search page depends on besides the query: each test at its version, and the pools. */
function bankKey(tests: readonly TestDefinition[], counts: PoolCounts): string {
  const versions = tests.map((t) => `${t.id}@${t.version}`).join(' ')
  return `${versions}\n${JSON.stringify([...counts].map(([test, byDomain]) => [test, [...byDomain]]))}`
}

export const catalogRoutes: Router = async (app) => {
  const { db, attempts } = app.platform
  const tags = ['catalog']
  const searchPages = serialisedPages(SEARCH_PAGES_KEPT)
  const pageSender = precompressedSender()

  app.get(
    '/catalog/tests',
    {
      config: { access: 'public' },
      onSend: pageSender.onSend,
      schema: {
        summary:
          'Browse and search the skill tests; offered ones have pools that meet their blueprint, independently reviewed item families where written by hand, and repeat no other offered test',
        tags,
        querystring: z.object({
          q: z.string().max(200).optional(),
          offered: z.enum(['true', 'false']).optional(),
          category: z.enum(CATEGORIES).optional(),
          limit: decimalInteger(1, MAX_CATALOG_PAGE_SIZE).default(CATALOG_PAGE_SIZE),
          offset: decimalInteger(0, 1_000_000).default(0),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            // A search page leaves out each test's standard-setting statement (a paragraph a
            // test): the test's own page shows it, and it doubled every page sent and compressed.
            tests: z.array(
              testView.omit({ standardSetting: true }).extend({
                offered: z.boolean(),
                /**
                 * Why the test is not offered (its pool is short, its item families await
                 * independent review, or it repeats an offered test).
                 */
                offerReason: z.string().nullable(),
                ...startView,
              }),
            ),
          }),
          ...commonErrors,
        },
      },
    },
    async (request, reply) => {
      const { offered, ...query } = request.query
      const { tests, counts, reviewStanding } = await attempts.catalog(db)
      // A page depends only on the query, the tests and the pool counts, all read above: the
      // same search over the same bank is sent as it was serialised before.
      const key = `${bankKey(tests, counts)}\n${JSON.stringify(request.query)}`
      let page = searchPages.get(key)
      if (page === undefined) {
        const found = searchCatalog(
          tests,
          counts,
          { ...query, offered: offered === undefined ? undefined : offered === 'true' },
          reviewStanding,
        )
        const serialised = reply.serialize({
          total: found.total,
          tests: found.tests.map(({ test, offered, offerReason, start }) => ({
            ...withoutStandardSetting(presentTest(test)),
            offered,
            offerReason,
            ...start,
          })),
        })
        page = precompressed(
          typeof serialised === 'string' ? serialised : new TextDecoder().decode(serialised),
        )
        searchPages.set(key, page)
      }
      // The response schema checked the page when it was serialised; a popular page is
      // compressed once per encoding, not once per request.
      return pageSender.send(request, reply, page)
    },
  )

  app.get(
    '/catalog/tests/:testId',
    {
      config: { access: 'public' },
      schema: {
        summary: 'One skill test: what it certifies, its blueprint and its rules',
        tags,
        params: testParams,
        response: { 200: z.object({ test: testView.extend(startView) }), ...commonErrors },
      },
    },
    async (request) => {
      const test = await attempts.test(db, request.params.testId)
      if (!test) throw notFound(request.params.testId)
      return { test: { ...presentTest(test), ...(await attempts.startability(db, test)) } }
    },
  )

  app.get(
    '/catalog/tests/:testId/statistics',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Item statistics, flags, leak signals, reliability and integrity signals (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: testParams,
        response: { 200: z.object({ statistics: statisticsView }), ...commonErrors },
      },
    },
    async (request) => {
      requireRole(request, 'administrator')
      if (!(await attempts.test(db, request.params.testId))) throw notFound(request.params.testId)
      return {
        statistics: presentStatistics(await attempts.testStatistics(db, request.params.testId)),
      }
    },
  )

  app.post(
    '/catalog/tests/:testId/calibration',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Rasch-calibrate the test from its attempts; optionally deliver it adaptively (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: testParams,
        body: z.object({ adaptive: z.boolean().default(false) }),
        response: { 200: z.object({ calibration: calibrationView }), ...commonErrors },
      },
    },
    async (request) => {
      requireRole(request, 'administrator')
      if (!(await attempts.test(db, request.params.testId))) throw notFound(request.params.testId)
      const calibration = await attempts.calibrateTest(db, request.params.testId, {
        adaptive: request.body.adaptive,
      })
      return { calibration: presentCalibration(calibration) }
    },
  )

  app.post(
    '/catalog/tests/:testId/attempts/:attemptId/revocation',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Revoke the certification (and credential) of an attempt after a confirmed integrity case (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: testParams.extend({ attemptId: z.string().min(1).max(64) }),
        body: z.object({ reason: z.string().min(1).max(MAX_REVOCATION_REASON) }),
        response: {
          200: z.object({
            certification: z.object({ id: z.string(), status: z.literal('revoked') }),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const admin = requireRole(request, 'administrator')
      const revoked = await attempts.revokeCertification(db, {
        testId: request.params.testId,
        attemptId: request.params.attemptId,
        reason: request.body.reason,
        actorId: admin.id,
      })
      return { certification: { id: revoked.certificationId, status: 'revoked' as const } }
    },
  )

  const holdView = z.object({
    attemptId: z.string(),
    candidateId: z.string(),
    testId: z.string(),
    status: z.enum(['held', 'released', 'rejected']),
    findings: z.array(
      z.object({
        kind: z.enum(['too-fast', 'metronome-pace', 'person-misfit', 'unverified-email']),
        summary: z.string(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
    heldAt: z.string(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    reason: z.string().nullable(),
  })
  const holdParams = z.object({ attemptId: z.string().min(1).max(64) })
  const decisionBody = z.object({ reason: z.string().min(1).max(MAX_REVOCATION_REASON) })

  app.get(
    '/integrity-holds',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Passes held for integrity review before any credential, oldest first (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        querystring: z.object({
          status: z.enum(['held', 'released', 'rejected']).optional(),
          limit: decimalInteger(1, MAX_HOLDS_PAGE).optional(),
        }),
        response: { 200: z.object({ holds: z.array(holdView) }), ...commonErrors },
      },
    },
    async (request) => {
      requireRole(request, 'administrator')
      const holds = await attempts.listIntegrityHolds(db, {
        ...(request.query.status ? { status: request.query.status } : {}),
        limit: request.query.limit ?? MAX_HOLDS_PAGE,
      })
      return {
        holds: holds.map((h) => ({
          attemptId: h.attemptId,
          candidateId: h.candidateId,
          testId: h.testId,
          status: h.status,
          findings: h.findings.map((f) => ({
            kind: f.kind,
            summary: f.summary,
            details: { ...f.details },
          })),
          heldAt: h.heldAt.toISOString(),
          decidedAt: h.decidedAt?.toISOString() ?? null,
          decidedBy: h.decidedBy,
          reason: h.reason,
        })),
      }
    },
  )

  app.post(
    '/integrity-holds/:attemptId/release',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Release a held pass after review: its certification is recorded and its credential issued (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: holdParams,
        body: decisionBody,
        response: {
          200: z.object({ certification: z.object({ id: z.string(), validUntil: z.string() }) }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const admin = requireRole(request, 'administrator')
      const certification = await attempts.releaseIntegrityHold(db, {
        attemptId: request.params.attemptId,
        actorId: admin.id,
        reason: request.body.reason,
      })
      return {
        certification: {
          id: certification.id,
          validUntil: certification.validUntil.toISOString(),
        },
      }
    },
  )

  app.post(
    '/integrity-holds/:attemptId/rejection',
    {
      config: { access: 'administrator' },
      schema: {
        summary:
          'Reject a held pass after review: no certification or credential; it counts as a failure (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: holdParams,
        body: decisionBody,
        response: { 204: z.null(), ...commonErrors },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, 'administrator')
      await attempts.rejectIntegrityHold(db, {
        attemptId: request.params.attemptId,
        actorId: admin.id,
        reason: request.body.reason,
      })
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/catalog/tests/:testId/leak-scan',
    {
      config: { access: 'administrator' },
      schema: {
        summary: 'Pull every item whose responses show a leak from new forms (administrators)',
        tags,
        security: [{ bearer: [] }, { session: [] }],
        params: testParams,
        response: { 200: z.object({ pulled: z.array(z.string()) }), ...commonErrors },
      },
    },
    async (request) => {
      requireRole(request, 'administrator')
      if (!(await attempts.test(db, request.params.testId))) throw notFound(request.params.testId)
      return { pulled: await attempts.pullLeakedItems(db, request.params.testId) }
    },
  )
}

function notFound(testId: string): DomainError {
  return new DomainError('not_found', 'test_not_found', `there is no test ${testId}`)
}

function withoutStandardSetting<T extends { readonly standardSetting: unknown }>({
  standardSetting: _,
  ...rest
}: T): Omit<T, 'standardSetting'> {
  return rest
}
