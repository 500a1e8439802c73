import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ADAPTIVE_MAX_ITEMS,
  ADAPTIVE_TARGET_SE,
  correlation,
  createRng,
  logistic,
  normalDraw,
} from '../../src/assessment/index.js'
import { fixtureBank, KEY_MARKER } from '../assessment/attempts/fixture-bank.js'
import { engine } from '../support/database.js'
import { seedAttempts } from './attempts-seed.js'
import {
  type AttemptsHarness,
  answerAll,
  type Caller,
  keysOf,
  openAttemptsHarness,
} from './attempts-support.js'

/** 60 operational items of the fixture test (20 per domain) with known Rasch difficulties. */
const itemIds = ['syntax', 'runtime', 'tooling'].flatMap((domain) =>
  Array.from({ length: 20 }, (_, n) => `fixture-js-${domain}-operational-${n}`),
)
const rng = createRng(7)
const truth = new Map(itemIds.map((id) => [id, normalDraw(() => rng.next())]))

/** Takes an adaptive attempt to its end, answering right when `right` says so. */
async function takeAdaptive(h: AttemptsHarness, who: Caller, right: (n: number) => boolean) {
  const started = (await who.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
  expect(started.mode).toBe('adaptive')
  expect(started.items).toHaveLength(1)
  let position = 1
  for (let n = 0; ; n++) {
    const keys = await keysOf(h, started.id)
    const view = (await who.call('GET', `/attempts/${started.id}`)).json().attempt
    const item = view.items.find((i: { position: number }) => i.position === position)
    const wrong = item.options.find((o: { id: string }) => !keys.get(position)!.includes(o.id)).id
    const answer = (
      await who.call('PUT', `/attempts/${started.id}/items/${position}/answer`, {
        optionIds: right(n) ? keys.get(position) : [wrong],
      })
    ).json().answer
    if (answer.attemptStatus === 'scored') break
    expect(answer.nextPosition).toBe(position + 1)
    position = answer.nextPosition
  }
  return { attemptId: started.id, administered: position }
}

describe(`calibrated tests on ${engine}`, () => {
  let h: AttemptsHarness
  let admin: Caller
  /** While set, forms draw from the calibrated items only, as once every operational item is. */
  let calibratedOnly = false
  const calibrated = new Set(itemIds)
  beforeAll(async () => {
    h = await openAttemptsHarness({
      bank: {
        ...fixtureBank,
        items: async (db, id) =>
          (await fixtureBank.items(db, id)).filter((i) => !calibratedOnly || calibrated.has(i.id)),
      },
    })
    admin = await h.signUp('owner', 'administrator')
    await seedAttempts(h, {
      count: 400,
      itemIds,
      perForm: 30,
      seed: 3,
      pCorrect: (_, id, theta) => logistic(theta - truth.get(id)!),
    })
  })
  afterAll(() => h.close())

  it('calibrates the items from their attempts: difficulties correlate ≥ 0.95 with the truth', async () => {
    const member = await h.signUp('member')
    expect(
      (await member.call('POST', '/catalog/tests/fixture-js/calibration', {})).statusCode,
    ).toBe(403)
    const response = await admin.call('POST', '/catalog/tests/fixture-js/calibration', {})
    expect(response.statusCode).toBe(200)
    const { calibration } = response.json()
    expect(calibration).toMatchObject({ attempts: 400, converged: true, adaptive: false })
    expect(calibration.items).toHaveLength(60)
    const estimated = calibration.items.map((i: { difficulty: number }) => i.difficulty)
    const actual = calibration.items.map((i: { itemRef: string }) => truth.get(i.itemRef)!)
    expect(correlation(estimated, actual)).toBeGreaterThanOrEqual(0.95)
  })

  it('places a linear attempt on the calibrated scale', async () => {
    calibratedOnly = true
    const ada = await h.signUp('ada')
    const attempt = (await ada.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    expect(attempt.mode).toBe('linear')
    await answerAll(h, ada, attempt, () => true)
    const report = (await ada.call('POST', `/attempts/${attempt.id}/submit`)).json().report
    expect(report.ability.theta).toBeGreaterThan(1)
    expect(report.ability.se).toBeGreaterThan(0)
    calibratedOnly = false
  })

  it('delivers adaptively when the owner says so: one item at a time until SE ≤ 0.30 or the cap', async () => {
    await h.services.attempts.calibrateTest(h.database.db, 'fixture-js', {
      adaptive: true,
      simulees: 200,
      rounds: 3,
    })
    const strong = await h.signUp('strong')
    const passed = await takeAdaptive(h, strong, () => true)
    expect(passed.administered).toBeLessThanOrEqual(ADAPTIVE_MAX_ITEMS)
    const report = (await strong.call('GET', `/attempts/${passed.attemptId}/result`)).json().report
    expect(report.passed).toBe(true)
    expect(report.scoredItems).toBe(passed.administered)
    expect(report.ability.theta).toBeGreaterThan(1)

    const weak = await h.signUp('weak')
    const failed = await takeAdaptive(h, weak, (n) => n % 4 === 0)
    const weakReport = (await weak.call('GET', `/attempts/${failed.attemptId}/result`)).json()
      .report
    expect(weakReport.passed).toBe(false)
    expect(weakReport.ability.theta).toBeLessThan(report.ability.theta)
    for (const [taken, end] of [
      [passed, report],
      [failed, weakReport],
    ] as const) {
      expect(
        end.ability.se <= ADAPTIVE_TARGET_SE || taken.administered === ADAPTIVE_MAX_ITEMS,
      ).toBe(true)
    }

    for (const response of h.responses) expect(response.body).not.toContain(KEY_MARKER)
  })

  it('takes each adaptive answer once', async () => {
    const cy = await h.signUp('cy')
    const started = (await cy.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
    const options = started.items[0].options.map((o: { id: string }) => o.id)
    const url = `/attempts/${started.id}/items/1/answer`
    expect((await cy.call('PUT', url, { optionIds: [options[0]] })).statusCode).toBe(200)
    expect((await cy.call('PUT', url, { optionIds: [options[0]] })).statusCode).toBe(200)
    const changed = await cy.call('PUT', url, { optionIds: [options[1]] })
    expect(changed.statusCode).toBe(409)
    expect(changed.json().error.code).toBe('answer_locked')
  })
})
