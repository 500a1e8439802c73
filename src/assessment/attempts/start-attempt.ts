import { randomInt } from 'node:crypto'
import type { Kysely } from 'kysely'
import { isEmailVerified } from '../../accounts/index.js'
import { newId, sqlState, transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import { operationalPoolCounts } from '../bank/item-bank-repo.js'
import { offerTests } from '../catalog/offer-rule.js'
import type { TaskEngines } from '../engines/task-engines.js'
import { DEFAULT_ADAPTIVE_STOP_RULE } from '../psychometrics/index.js'
import { createRng } from '../rng.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import { appendAdaptiveItem } from './adaptive-delivery.js'
import type { BoundAttemptServices } from './attempt-services.js'
import { type AttemptState, readAttemptState } from './attempt-state.js'
import { loadCalibration } from './calibrate-test.js'
import { type DeliveredItem, deliverSlot, type GenerateVariant } from './deliver-slot.js'
import { pretestFamilies } from './family-pretest.js'
import { expireOverdueAttempts } from './finish-attempt.js'
import { formBalance } from './form-balance.js'
import { type FormContext, formContext } from './form-context.js'
import { formCutPercent } from './form-cut.js'
import type { ItemBank } from './item-bank.js'
import { type PretestFamily, planForm } from './plan-form.js'
import { retakeStanding } from './retake-standing.js'

/**
 * Starts an attempt: checks the retake rules, assembles a form for this candidate (linear on the
 * fly, exposure-controlled, unseen items first, fresh item-model variants, shuffled options under
 * opaque ids) and stores it with its deadline. A test its owner set to adaptive delivery instead
 * gets its first calibrated item; the rest follow one answer at a time. A second active attempt at the same test is
 * refused by the database's partial unique index.
 *
 * @example await attempts.startAttempt(db, { candidateId: account.id, testId: 'javascript' })
 */
export async function startAttempt(
  services: BoundAttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: { readonly candidateId: string; readonly testId: string },
): Promise<AttemptState> {
  const { bank, now } = services
  const startedAt = now()
  const test = await bank.test(db, request.testId)
  if (!test) {
    throw new DomainError('not_found', 'test_not_found', `there is no test ${request.testId}`)
  }
  // A test withdrawn because it repeats an offered test's item families would certify those
  // items again under another name, so it earns no new credential.
  const offer = offerTests(
    await bank.tests(db),
    await operationalPoolCounts(db),
    await services.standing(),
  ).get(test.id)
  if (offer && !offer.offered && offer.repeats) {
    throw new DomainError('conflict', 'test_withdrawn', offer.reason, { repeats: offer.repeats })
  }
  // Its keys are written by hand and not yet checked by a second reviewer as they now read.
  if (offer && !offer.offered && offer.awaitingReview) {
    throw new DomainError('conflict', 'test_awaiting_review', offer.reason, {
      awaiting: offer.awaitingReview.awaiting,
      of: offer.awaitingReview.of,
    })
  }
  // A pass issues a credential that names the candidate's address, so the address is proven first.
  if (!(await isEmailVerified(db, request.candidateId))) {
    throw new DomainError(
      'forbidden',
      'email_unverified',
      'confirm your email address before taking a test, since the credential a pass earns names it: open the link we mailed you, or ask for a new one',
    )
  }
  await expireOverdueAttempts(services, db, startedAt, request)
  const history = await db
    .selectFrom('assessment_attempts')
    .select(['id', 'status'])
    .where('candidate_id', '=', request.candidateId)
    .where('test_id', '=', request.testId)
    .execute()
  const active = history.find((a) => a.status === 'active')
  if (active) throw inProgress(active.id)
  const holds = await db
    .selectFrom('assessment_integrity_holds')
    .select(['attempt_id', 'status'])
    .where('candidate_id', '=', request.candidateId)
    .where('test_id', '=', request.testId)
    .execute()
  const pending = holds.find((h) => h.status === 'held')
  if (pending) {
    throw new DomainError(
      'conflict',
      'integrity_review_pending',
      'your last pass of this test is being reviewed: you can start again once it is decided',
      { attemptId: pending.attempt_id },
    )
  }
  const decision = await retakeStanding(
    db,
    test.retakePolicy,
    request.candidateId,
    request.testId,
    startedAt,
  )
  if (!decision.allowed) {
    throw new DomainError(
      'conflict',
      'retake_not_allowed',
      `you cannot take test ${test.id} again before ${decision.notBefore.toISOString()} (${decision.reason})`,
      { reason: decision.reason, notBefore: decision.notBefore.toISOString() },
    )
  }
  const context = await formContext(bank, db, test.id, request.candidateId)
  const calibration = await loadCalibration(db, test.id)
  const attemptId = newId()
  const row = {
    id: attemptId,
    candidate_id: request.candidateId,
    test_id: test.id,
    test_version: test.version,
    status: 'active' as const,
    started_at: startedAt,
    cut_percent: test.passRule.cutPercent,
  }
  try {
    if (calibration?.adaptive) {
      await transact(db, async (trx) => {
        const limit = DEFAULT_ADAPTIVE_STOP_RULE.maxItems * test.form.secondsPerItem
        await trx
          .insertInto('assessment_attempts')
          .values({
            ...row,
            mode: 'adaptive',
            deadline: new Date(startedAt.getTime() + limit * 1000),
            scored_items: 0,
          })
          .execute()
        await appendAdaptiveItem(
          trx,
          attemptId,
          calibration,
          context.items,
          context.pulled,
          context.seen,
        )
      })
    } else {
      const pretest = await pretestFamilies(db, test.id)
      const delivered = await assembleLinearForm(bank, services.engines, test, context, pretest)
      const cutPercent = await formCutPercent(db, test, delivered)
      await transact(db, async (trx) => {
        await trx
          .insertInto('assessment_attempts')
          .values({
            ...row,
            cut_percent: cutPercent,
            deadline: new Date(startedAt.getTime() + test.timeLimitSeconds * 1000),
            scored_items: delivered.filter((d) => d.scored).length,
          })
          .execute()
        await trx
          .insertInto('assessment_attempt_items')
          .values(
            delivered.map((item, index) => ({
              attempt_id: attemptId,
              position: index + 1,
              candidate_id: request.candidateId,
              test_id: test.id,
              item_ref: item.itemRef,
              source: item.source,
              domain: item.domain,
              scored: item.scored,
              kind: item.kind,
              stem: item.stem,
              options: JSON.stringify(item.options),
              key_option_ids: JSON.stringify(item.keyOptionIds),
              family: item.family,
              variant_key: item.variantKey,
            })),
          )
          .execute()
      })
    }
  } catch (error) {
    if (sqlState(error) === '23505') throw inProgress(null)
    throw error
  }
  return readAttemptState(db, attemptId, request.candidateId)
}

function inProgress(attemptId: string | null): DomainError {
  return new DomainError(
    'conflict',
    'attempt_in_progress',
    'you already have an attempt at this test in progress: finish it first',
    attemptId ? { attemptId } : {},
  )
}

/** A linear-on-the-fly form, its item-model variants generated and its options shuffled. */
async function assembleLinearForm(
  bank: ItemBank,
  engines: TaskEngines,
  test: TestDefinition,
  context: FormContext,
  pretest: readonly PretestFamily[],
): Promise<DeliveredItem[]> {
  const rng = createRng(randomInt(2 ** 32))
  const models = test.blueprint.flatMap((d) => d.itemModelIds).filter((id) => bank.itemModel(id))
  const slots = planForm({
    test,
    items: context.items,
    models: new Set(models),
    strata: new Map(models.map((id) => [id, bank.itemModel(id)?.strata ?? []])),
    pretestFamilies: pretest,
    pulled: context.pulled,
    seen: context.seen,
    exposures: context.exposures,
    rng,
  })
  const delivered: DeliveredItem[] = []
  const generateVariant: GenerateVariant = async (modelId, from, stratum) => {
    const model = bank.itemModel(modelId)
    if (!model) return null
    return stratum && model.generateIn
      ? model.generateIn(stratum, from, engines)
      : model.generate(from, engines)
  }
  const balance = formBalance(slots.length)
  for (const slot of slots) delivered.push(await deliverSlot(slot, rng, generateVariant, balance))
  return delivered
}
