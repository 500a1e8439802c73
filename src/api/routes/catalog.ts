import { z } from 'zod'
import {
  attemptServices,
  CATEGORIES,
  calibrateTest,
  isOffered,
  MAX_REVOCATION_REASON,
  operationalPoolCounts,
  pullLeakedItems,
  revokeCertification,
  type TestCalibration,
  testStatistics,
} from '../../assessment/index.js'
import { DomainError } from '../../shared/index.js'
import { requireRole } from '../auth.js'
import {
  presentStatistics,
  presentTest,
  statisticsView,
  testView,
} from '../presenters/catalog-presenter.js'
import { commonErrors, decimalInteger } from '../schemas.js'
import type { Router } from './router.js'

/** Tests per catalog page unless the client asks for another size (at most `MAX_PAGE_SIZE`). */
export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 200

const testParams = z.object({ testId: z.string().min(1).max(200) })

/** Browsing and searching the catalog (public); item statistics and leak scans for administrators. */
export const catalogRoutes: Router = async (app) => {
  const { db } = app.platform
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
          limit: decimalInteger(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
          offset: decimalInteger(0, 1_000_000).default(0),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            tests: z.array(testView.extend({ offered: z.boolean() })),
          }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const { q, category, offered, limit, offset } = request.query
      const counts = await operationalPoolCounts(db)
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
      const tests = (await attemptServices().bank.tests(db)).filter((test) => {
        if (category && test.category !== category) return false
        if (offered && isOffered(test, counts) !== (offered === 'true')) return false
        const text = [test.title, test.skill.label, test.description, test.category, test.id]
          .join(' ')
          .toLowerCase()
        return words.every((word) => text.includes(word))
      })
      return {
        total: tests.length,
        tests: tests
          .slice(offset, offset + limit)
          .map((test) => ({ ...presentTest(test), offered: isOffered(test, counts) })),
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
        response: { 200: z.object({ test: testView }), ...commonErrors },
      },
    },
    async (request) => {
      const test = await attemptServices().bank.test(db, request.params.testId)
      if (!test) throw notFound(request.params.testId)
      return { test: presentTest(test) }
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
      if (!(await attemptServices().bank.test(db, request.params.testId)))
        throw notFound(request.params.testId)
      return { statistics: presentStatistics(await testStatistics(db, request.params.testId)) }
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
      if (!(await attemptServices().bank.test(db, request.params.testId)))
        throw notFound(request.params.testId)
      const calibration = await calibrateTest(db, request.params.testId, {
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
      const revoked = await revokeCertification(db, {
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
      if (!(await attemptServices().bank.test(db, request.params.testId)))
        throw notFound(request.params.testId)
      return { pulled: await pullLeakedItems(db, request.params.testId) }
    },
  )
}

const calibrationView = z.object({
  testId: z.string(),
  attempts: z.number().int(),
  abilitySd: z.number(),
  converged: z.boolean(),
  adaptive: z.boolean(),
  items: z.array(
    z.object({
      itemRef: z.string(),
      difficulty: z.number(),
      standardError: z.number().nullable(),
      responses: z.number().int(),
      exposureParameter: z.number(),
    }),
  ),
})

function presentCalibration(c: TestCalibration): z.infer<typeof calibrationView> {
  return {
    testId: c.testId,
    attempts: c.attempts,
    abilitySd: c.abilitySd,
    converged: c.converged,
    adaptive: c.adaptive,
    items: c.items.map((i) => ({
      itemRef: i.itemRef,
      difficulty: i.difficulty,
      standardError: Number.isFinite(i.standardError) ? i.standardError : null,
      responses: i.responses,
      exposureParameter: i.exposureParameter,
    })),
  }
}

function notFound(testId: string): DomainError {
  return new DomainError('not_found', 'test_not_found', `there is no test ${testId}`)
}
