import { z } from 'zod'
import { requireAccount } from '../auth.js'
import {
  answerView,
  attemptView,
  certificationView,
  presentAnswer,
  presentAttempt,
  presentCertification,
  presentReport,
  reportView,
} from '../presenters/attempt-presenter.js'
import { commonErrors, decimalInteger, errorSchema } from '../schemas.js'
import type { Router } from './router.js'

const attemptParams = z.object({ attemptId: z.string().min(1).max(64) })
const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }]

/** Taking a skill test: start, answer, submit, result; and the candidate's certifications. */
export const attemptRoutes: Router = async (app) => {
  const { db, attempts } = app.platform
  const tags = ['attempts']

  app.post(
    '/attempts',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Start an attempt at a test: a form assembled for you, timed by the server',
        tags,
        security,
        body: z.object({ testId: z.string().min(1).max(200) }),
        response: { 201: z.object({ attempt: attemptView }), ...commonErrors },
      },
    },
    async (request, reply) => {
      const account = requireAccount(request)
      const state = await attempts.startAttempt(db, {
        candidateId: account.id,
        testId: request.body.testId,
      })
      return reply.status(201).send({ attempt: presentAttempt(state) })
    },
  )

  app.get(
    '/attempts/:attemptId',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Your attempt: its items and your answers (scored once the time is up)',
        tags,
        security,
        params: attemptParams,
        response: { 200: z.object({ attempt: attemptView }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return {
        attempt: presentAttempt(
          await attempts.viewAttempt(db, request.params.attemptId, account.id),
        ),
      }
    },
  )

  app.put(
    '/attempts/:attemptId/items/:position/answer',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Answer one item (idempotent; a new choice replaces the old until the end)',
        tags,
        security,
        params: attemptParams.extend({ position: decimalInteger(1, 1000) }),
        body: z.object({ optionIds: z.array(z.string().min(1).max(64)).min(1).max(20) }),
        response: { 200: z.object({ answer: answerView }), 410: errorSchema, ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const answer = await attempts.answerItem(db, {
        attemptId: request.params.attemptId,
        candidateId: account.id,
        position: request.params.position,
        optionIds: request.body.optionIds,
      })
      return { answer: presentAnswer(answer) }
    },
  )

  app.post(
    '/attempts/:attemptId/submit',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'End the attempt and score it; a pass records the certification',
        tags,
        security,
        params: attemptParams,
        response: { 200: z.object({ report: reportView }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const report = await attempts.submitAttempt(db, {
        attemptId: request.params.attemptId,
        candidateId: account.id,
      })
      return { report: presentReport(report) }
    },
  )

  app.get(
    '/attempts/:attemptId/result',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'The result of a scored attempt: score, pass, percentile, feedback per domain',
        tags,
        security,
        params: attemptParams,
        response: { 200: z.object({ report: reportView }), ...commonErrors },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      return {
        report: presentReport(
          await attempts.readAttemptReport(db, request.params.attemptId, account.id),
        ),
      }
    },
  )

  app.get(
    '/me/certifications',
    {
      config: { access: 'signed_in' },
      schema: {
        summary: 'Your certifications, expired ones included and marked so',
        tags,
        security,
        response: {
          200: z.object({ certifications: z.array(certificationView) }),
          ...commonErrors,
        },
      },
    },
    async (request) => {
      const account = requireAccount(request)
      const certifications = await attempts.listCertifications(db, account.id)
      return { certifications: certifications.map(presentCertification) }
    },
  )
}
