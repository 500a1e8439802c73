import { z } from 'zod'
import {
  CATALOG_PAGE_SIZE,
  CATEGORIES,
  MAX_CATALOG_PAGE_SIZE,
  MAX_REVOCATION_REASON,
} from '../../assessment/index.js'
import { DomainError } from '../../shared/index.js'
import { requireRole } from '../auth.js'
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

/** Browsing and searching the catalog (public); item statistics and leak scans for administrators. */
export const catalogRoutes: Router = async (app) => {
  const { db, attempts } = app.platform
  const tags = ['catalog']

  app.get(
    '/catalog/tests',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'Browse and search the skill tests; offered ones have pools that meet their blueprint',
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
            tests: z.array(testView.extend({ offered: z.boolean(), ...startView })),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const { offered, ...query } = request.query
      const page = await attempts.searchTests(db, {
        ...query,
        offered: offered === undefined ? undefined : offered === 'true',
      })
      return {
        total: page.total,
        tests: page.tests.map(({ test, offered, start }) => ({
          ...presentTest(test),
          offered,
          ...start,
        })),
      }
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
