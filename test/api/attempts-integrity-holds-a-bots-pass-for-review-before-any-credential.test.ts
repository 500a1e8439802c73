import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredentialOnPass, learnerCredentials } from '../../src/credentials/index.js'
import { engine } from '../support/database.js'
import {
  type AttemptsHarness,
  answerAll,
  type Caller,
  DAY,
  keysOf,
  openAttemptsHarness,
} from './attempts-support.js'

interface AttemptBody {
  id: string
  items: { position: number }[]
}

interface ReportBody {
  attemptId: string
  passed: boolean
  certification: { id: string; status: string } | null
  integrityReview: { status: 'held' | 'released' | 'rejected'; heldAt: string } | null
}

describe(`integrity review before a credential on ${engine}`, () => {
  let h: AttemptsHarness
  let admin: Caller
  beforeAll(async () => {
    // Issuance as the platform wires it: a pass issues its Open Badge in its own transaction.
    h = await openAttemptsHarness({
      passHooks: (credentials) => [issueCredentialOnPass(credentials)],
    })
    admin = await h.signUp('reviewer', 'administrator')
  })
  afterAll(() => h.close())

  /**
   * A script that knows every answer (the one in the finding got them by running the code the
   * items show) and sends them `paceMs` apart on the server's clock.
   */
  async function bot(
    candidate: Caller,
    paceMs: number,
  ): Promise<{ attemptId: string; report: ReportBody }> {
    const attempt: AttemptBody = (
      await candidate.call('POST', '/attempts', { testId: 'fixture-js' })
    ).json().attempt
    const keys = await keysOf(h, attempt.id)
    for (const item of attempt.items) {
      h.clock.advance(paceMs)
      const answered = await candidate.call(
        'PUT',
        `/attempts/${attempt.id}/items/${item.position}/answer`,
        { optionIds: keys.get(item.position) },
      )
      expect(answered.statusCode).toBe(200)
    }
    const submitted = await candidate.call('POST', `/attempts/${attempt.id}/submit`)
    expect(submitted.statusCode).toBe(200)
    return { attemptId: attempt.id, report: submitted.json().report }
  }

  const certificationsOf = (candidateId: string) =>
    h.database.db
      .selectFrom('certifications')
      .select('id')
      .where('candidate_id', '=', candidateId)
      .execute()

  it('holds a full-marks pass answered faster than reading, issuing nothing', async () => {
    const fast = await h.signUp('fastbot')
    const { report } = await bot(fast, 400)
    expect(report).toMatchObject({
      passed: true,
      percentScore: 100,
      certification: null,
      integrityReview: { status: 'held' },
    })
    expect(await certificationsOf(fast.id)).toEqual([])
    expect(await learnerCredentials(h.database.db, fast.id)).toEqual([])
    // Its result page says the same on every later read.
    const again = await fast.call('GET', `/attempts/${report.attemptId}/result`)
    expect(again.json().report.integrityReview.status).toBe('held')
  })

  it('holds a bot that waits out the reading floor at an even pace', async () => {
    const patient = await h.signUp('patientbot')
    const { report } = await bot(patient, 45_000)
    expect(report).toMatchObject({ passed: true, certification: null })
    expect(report.integrityReview?.status).toBe('held')
    expect(await learnerCredentials(h.database.db, patient.id)).toEqual([])
  })

  it("issues the credential for the same answers at a careful person's uneven pace", async () => {
    const person = await h.signUp('careful')
    const attempt = (await person.call('POST', '/attempts', { testId: 'fixture-js' })).json()
      .attempt
    await answerAll(h, person, attempt, () => true)
    const report = (await person.call('POST', `/attempts/${attempt.id}/submit`)).json().report
    expect(report).toMatchObject({ passed: true, percentScore: 100, integrityReview: null })
    expect(report.certification.status).toBe('active')
    expect(await learnerCredentials(h.database.db, person.id)).toHaveLength(1)
  })

  it('lets administrators list held passes with their findings, and nobody else', async () => {
    const listed = await admin.call('GET', '/integrity-holds?status=held')
    expect(listed.statusCode).toBe(200)
    const holds = listed.json().holds
    expect(holds).toHaveLength(2)
    const kinds = holds.map((hold: { findings: { kind: string }[] }) =>
      hold.findings.map((f) => f.kind).sort(),
    )
    // The fast bot also keeps an even pace; the patient one only that.
    expect(kinds).toEqual([['metronome-pace', 'too-fast'], ['metronome-pace']])
    expect(holds[0].findings.find((f: { kind: string }) => f.kind === 'too-fast').summary).toMatch(
      /^(\d+) of \1 answers came faster than the items can be read$/,
    )
    const member = await h.signUp('curious')
    expect((await member.call('GET', '/integrity-holds')).statusCode).toBe(403)
  })

  it('refuses a new attempt while a pass is under review', async () => {
    const waiting = await h.signUp('waiting')
    await bot(waiting, 300)
    const refused = await waiting.call('POST', '/attempts', { testId: 'fixture-js' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('integrity_review_pending')
  })

  it('issues the credential on release, once; a rejection issues none and counts as a failure', async () => {
    const released = await h.signUp('released')
    const first = await bot(released, 500)
    const release = await admin.call('POST', `/integrity-holds/${first.attemptId}/release`, {
      reason: 'proctoring video shows the candidate working',
    })
    expect(release.statusCode).toBe(200)
    expect(await certificationsOf(released.id)).toEqual([{ id: release.json().certification.id }])
    expect(await learnerCredentials(h.database.db, released.id)).toHaveLength(1)
    const result = (await released.call('GET', `/attempts/${first.attemptId}/result`)).json()
    expect(result.report.certification.id).toBe(release.json().certification.id)
    expect(result.report.integrityReview.status).toBe('released')
    const twice = await admin.call('POST', `/integrity-holds/${first.attemptId}/release`, {
      reason: 'again',
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().error.code).toBe('hold_decided')

    const rejected = await h.signUp('rejected')
    const second = await bot(rejected, 500)
    const member = await h.signUp('bystander')
    expect(
      (
        await member.call('POST', `/integrity-holds/${second.attemptId}/rejection`, {
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403)
    const reject = await admin.call('POST', `/integrity-holds/${second.attemptId}/rejection`, {
      reason: 'answers arrived 0.5 s apart',
    })
    expect(reject.statusCode).toBe(204)
    expect(await certificationsOf(rejected.id)).toEqual([])
    expect(await learnerCredentials(h.database.db, rejected.id)).toEqual([])
    const retake = await rejected.call('POST', '/attempts', { testId: 'fixture-js' })
    expect(retake.statusCode).toBe(409)
    expect(retake.json().error.details.reason).toBe('waiting-period')
    h.clock.advance(14 * DAY)
    expect((await rejected.call('POST', '/attempts', { testId: 'fixture-js' })).statusCode).toBe(
      201,
    )
  })
})
