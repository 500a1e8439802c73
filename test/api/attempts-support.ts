import type { LightMyRequestResponse } from 'fastify'
import { type Role, registerAccount, startSession } from '../../src/accounts/index.js'
import type { ItemBank, PassHook } from '../../src/assessment/index.js'
import type { CredentialsRuntime } from '../../src/credentials/index.js'
import { fixtureBank } from '../assessment/attempts/fixture-bank.js'
import { GOOD_PASSWORD, openTestApp, type TestApp, testCredentialsRuntime } from '../support/app.js'

export interface AttemptsHarness extends TestApp {
  /** The server's clock, moved by the test. */
  readonly clock: { now: Date; advance(ms: number): void }
  /** Every response the API gave through `call`, for scanning. */
  readonly responses: LightMyRequestResponse[]
  signUp(name: string, role?: Role): Promise<Caller>
}

export interface Caller {
  readonly id: string
  call(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>
}

export const MINUTE = 60_000
export const DAY = 86_400_000

export interface AttemptsHarnessOptions {
  /** Default the fixture bank. */
  readonly bank?: ItemBank
  /** The hooks a pass runs, given the app's credentials runtime; default none. */
  readonly passHooks?: (credentials: CredentialsRuntime) => readonly PassHook[]
}

/**
 * The API over a fresh database, its services built with the fixture bank, a clock the test
 * controls and, unless asked, no pass hooks.
 */
export async function openAttemptsHarness(
  options: AttemptsHarnessOptions = {},
): Promise<AttemptsHarness> {
  const clock = {
    now: new Date('2026-03-02T09:00:00Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms)
    },
  }
  const credentials = testCredentialsRuntime()
  const t = await openTestApp({
    credentials,
    bank: options.bank ?? fixtureBank,
    now: () => clock.now,
    passHooks: options.passHooks?.(credentials) ?? [],
  })
  const responses: LightMyRequestResponse[] = []
  return {
    ...t,
    clock,
    responses,
    async signUp(name, role = 'member') {
      const account = await registerAccount(
        t.database.db,
        { email: `${name}@example.org`, password: GOOD_PASSWORD, displayName: name },
        role,
        // Taking a test needs a proven address; the harness stands in for the mailed link.
        { emailVerified: true },
      )
      const { token } = await startSession(t.database.db, account.id, 'bearer')
      return {
        id: account.id,
        async call(method, url, payload) {
          const response = await t.app.inject({
            method,
            url,
            headers: { authorization: `Bearer ${token}` },
            ...(payload === undefined ? {} : { payload: payload as object }),
          })
          responses.push(response)
          return response
        },
      }
    },
  }
}

/** The keys of an attempt, read straight from the database: only a test may know them. */
export async function keysOf(
  harness: AttemptsHarness,
  attemptId: string,
): Promise<Map<number, string[]>> {
  const rows = await harness.database.db
    .selectFrom('assessment_attempt_items')
    .select(['position', 'key_option_ids', 'scored'])
    .where('attempt_id', '=', attemptId)
    .execute()
  return new Map(rows.map((r) => [r.position, [...r.key_option_ids]]))
}

interface AttemptBody {
  id: string
  items: { position: number; kind: 'single' | 'multiple'; options: { id: string }[] }[]
}

/**
 * Seconds a careful person spends per item, uneven as reading is (mean ≈ 41 s): slower than the
 * reading floor and far from the even pace of a script, so integrity review lets the pass through.
 */
export const HUMAN_PACE_MS = [34, 51, 22, 47, 29, 63, 38, 25, 56, 41].map((s) => s * 1000)

/**
 * Answers every item at a person's pace (`HUMAN_PACE_MS`): right on the positions `rightOn`
 * accepts (using the keys), otherwise with the first option that is not a key.
 */
export async function answerAll(
  harness: AttemptsHarness,
  caller: Caller,
  attempt: AttemptBody,
  rightOn: (position: number, index: number) => boolean,
): Promise<LightMyRequestResponse[]> {
  const keys = await keysOf(harness, attempt.id)
  const out: LightMyRequestResponse[] = []
  for (const [index, item] of attempt.items.entries()) {
    const key = keys.get(item.position)!
    const wrong = item.options.find((o) => !key.includes(o.id))!.id
    const optionIds = rightOn(item.position, index) ? key : [wrong]
    harness.clock.advance(HUMAN_PACE_MS[index % HUMAN_PACE_MS.length]!)
    out.push(
      await caller.call('PUT', `/attempts/${attempt.id}/items/${item.position}/answer`, {
        optionIds,
      }),
    )
  }
  return out
}

/** Positions of an attempt's scored items, in delivery order. */
export async function scoredPositions(
  harness: AttemptsHarness,
  attemptId: string,
): Promise<number[]> {
  const rows = await harness.database.db
    .selectFrom('assessment_attempt_items')
    .select('position')
    .where('attempt_id', '=', attemptId)
    .where('scored', '=', true)
    .orderBy('position')
    .execute()
  return rows.map((r) => r.position)
}

export { GOOD_PASSWORD }
