import { describe, expect, it } from 'vitest'
import { signWhileServing } from '../../src/platform/load-market/signing-while-serving.js'

/** A fast schedule of the same shape as the server's: 10 ms, 20 ms, 40 ms, then 40 ms waits. */
const FAST = { retries: 3, minTimeout: 10, maxTimeout: 40, factor: 2 }

describe('signing a loaded market while serving', () => {
  it('tries again after failures, on the growing schedule, and reports what it signed', async () => {
    const signed: number[] = []
    const failed: { message: string; retryInMs: number | null }[] = []
    let attempts = 0
    const signing = signWhileServing(
      async () => {
        attempts += 1
        if (attempts <= 2) throw new Error(`database busy (${attempts})`)
        return 12
      },
      {
        signed: (count) => signed.push(count),
        failed: (error, retryInMs) => failed.push({ message: (error as Error).message, retryInMs }),
      },
      FAST,
    )
    await signing.settled
    expect(attempts).toBe(3)
    expect(failed).toEqual([
      { message: 'database busy (1)', retryInMs: 10 },
      { message: 'database busy (2)', retryInMs: 20 },
    ])
    expect(signed).toEqual([12])
  })

  it('gives up after its last retry and says it will not try again', async () => {
    const failed: (number | null)[] = []
    let attempts = 0
    const signing = signWhileServing(
      async () => {
        attempts += 1
        throw new Error('disk full')
      },
      {
        signed: () => expect.unreachable('nothing was signed'),
        failed: (_, inMs) => failed.push(inMs),
      },
      FAST,
    )
    await signing.settled
    expect(attempts).toBe(FAST.retries + 1)
    expect(failed).toEqual([10, 20, 40, null])
  })

  it('stops at once while waiting to retry', async () => {
    let attempts = 0
    const failed: (number | null)[] = []
    const signing = signWhileServing(
      async () => {
        attempts += 1
        throw new Error('connection lost')
      },
      { signed: () => undefined, failed: (_, inMs) => failed.push(inMs) },
      { retries: 3, minTimeout: 60_000, maxTimeout: 60_000, factor: 1 },
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    signing.stop()
    // Settles without waiting out the minute; vitest's timeout would fail the test otherwise.
    await signing.settled
    expect(attempts).toBe(1)
    expect(failed).toEqual([60_000])
  })

  it('lets the attempt in flight finish its turn before it settles, and tells it to stop', async () => {
    let release: () => void = () => undefined
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    let sawStop = false
    let finished = false
    const signed: number[] = []
    const signing = signWhileServing(
      async (stopped) => {
        await turn
        sawStop = stopped()
        finished = true
        return 4
      },
      { signed: (count) => signed.push(count), failed: () => expect.unreachable('no failure') },
      FAST,
    )
    signing.stop()
    let settled = false
    void signing.settled.then(() => {
      settled = true
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(settled).toBe(false)
    release()
    await signing.settled
    expect(finished).toBe(true)
    expect(sawStop).toBe(true)
    expect(signed).toEqual([4])
  })
})
