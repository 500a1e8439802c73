import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Item, ItemBank, TestDefinition } from '../../src/assessment/index.js'
import { issueCredentialOnPass, learnerCredentials } from '../../src/credentials/index.js'
import { FIXTURE_TEST } from '../assessment/attempts/fixture-bank.js'
import { engine } from '../support/database.js'
import { KEY_MARKER } from '../support/key-marker-scan.js'
import {
  type AttemptsHarness,
  type Caller,
  HUMAN_PACE_MS,
  openAttemptsHarness,
} from './attempts-support.js'

/** A test made only of "what does this print?" items: the kind a script answers by running them. */
const CODE_TEST: TestDefinition = {
  ...FIXTURE_TEST,
  id: 'fixture-code-output',
  title: 'Fixture code output',
  blueprint: [{ id: 'loops', title: 'Loops', weight: 1, itemModelIds: [] }],
}

/** The sum of the multiples of `step` up to `last`, as the item's code computes it. */
function sumOfMultiples(last: number, step: number): number {
  let total = 0
  for (let i = 1; i <= last; i++) if (i % step === 0) total += i
  return total
}

function codeItem(n: number, lifecycle: Item['lifecycle']): Item {
  const last = 10 + n
  const step = 2 + (n % 5)
  const right = sumOfMultiples(last, step)
  const values = [right, right + step, right + 1, right + step + 1]
  const options = values.map((value, i) => ({
    id: i === 0 ? `${KEY_MARKER}-${n}` : `d${i}-${n}`,
    markdown: `\`${value}\``,
  }))
  return {
    id: `code-${lifecycle}-${n}`,
    testId: CODE_TEST.id,
    domain: 'loops',
    kind: 'single',
    stem: `What does this print?\n\n\`\`\`js\nlet total = 0\nfor (let i = 1; i <= ${last}; i++) if (i % ${step} === 0) total += i\nconsole.log(total)\n\`\`\``,
    options,
    keys: [options[0]!.id],
    lifecycle,
    source: 'authored',
  }
}

const codeItems = [
  ...Array.from({ length: 150 }, (_, n) => codeItem(n, 'operational')),
  ...Array.from({ length: 3 }, (_, n) => codeItem(200 + n, 'pretest')),
]
const codeBank: ItemBank = {
  tests: async () => [CODE_TEST],
  test: async (_db, id) => (id === CODE_TEST.id ? CODE_TEST : null),
  items: async (_db, id) => (id === CODE_TEST.id ? codeItems : []),
  itemModel: () => null,
}

interface ShownAttempt {
  id: string
  items: { position: number; stem: string; options: { id: string; markdown: string }[] }[]
}

/**
 * What the bot of the finding does with only what the API shows: runs the item's code in a
 * sandbox with a time limit and picks the option that reads as the printed output.
 */
function answerByRunning(item: ShownAttempt['items'][number]): string {
  const code = /```js\n([\s\S]*?)```/.exec(item.stem)?.[1] ?? ''
  const printed: string[] = []
  try {
    runInNewContext(
      code,
      { console: { log: (...args: unknown[]) => printed.push(args.join(' ')) } },
      {
        timeout: 100,
      },
    )
  } catch {
    // Code that does not run leaves the bot guessing.
  }
  const output = printed.join('\n')
  return (item.options.find((o) => o.markdown.replaceAll('`', '') === output) ?? item.options[0]!)
    .id
}

describe(`a bot that runs the code items show on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness({
      bank: codeBank,
      passHooks: (credentials) => [issueCredentialOnPass(credentials)],
    })
  })
  afterAll(() => h.close())

  /** Takes the test answering by running each item's code, `pace(i)` apart on the server clock. */
  async function run(candidate: Caller, pace: (index: number) => number) {
    const started = await candidate.call('POST', '/attempts', { testId: CODE_TEST.id })
    expect(started.statusCode).toBe(201)
    const attempt: ShownAttempt = started.json().attempt
    for (const [index, item] of attempt.items.entries()) {
      h.clock.advance(pace(index))
      const answered = await candidate.call(
        'PUT',
        `/attempts/${attempt.id}/items/${item.position}/answer`,
        { optionIds: [answerByRunning(item)] },
      )
      expect(answered.statusCode).toBe(200)
    }
    const submitted = await candidate.call('POST', `/attempts/${attempt.id}/submit`)
    expect(submitted.statusCode).toBe(200)
    return submitted.json().report
  }

  it('passes on the marks at machine pace but is held for review and issued nothing', async () => {
    const bot = await h.signUp('code-runner')
    const report = await run(bot, () => 300)
    expect(report).toMatchObject({
      passed: true,
      percentScore: 100,
      certification: null,
      integrityReview: { status: 'held' },
    })
    expect(await learnerCredentials(h.database.db, bot.id)).toEqual([])
  })

  it('gets its credential for the same answers given at a careful person’s pace', async () => {
    const person = await h.signUp('careful-reader')
    const report = await run(person, (i) => HUMAN_PACE_MS[i % HUMAN_PACE_MS.length]!)
    expect(report).toMatchObject({ passed: true, percentScore: 100, integrityReview: null })
    expect(report.certification).not.toBeNull()
    expect(await learnerCredentials(h.database.db, person.id)).toHaveLength(1)
  })
})
