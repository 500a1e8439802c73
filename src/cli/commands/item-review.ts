import type { Command } from 'commander'
import { findAccountByEmail } from '../../accounts/index.js'
import {
  advanceItem,
  ITEM_LIFECYCLES,
  type ItemLifecycle,
  REVIEW_STAGES,
  type ReviewStage,
  reviewQueue,
} from '../../assessment/index.js'
import type { PlatformDatabase } from '../../platform/index.js'
import { DomainError } from '../../shared/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

/**
 * `items review` lists what waits at a stage; `items advance` takes one step of
 * draft → review → pretest → operational as a named account, if the step's gate allows.
 */
export function registerReviewCommands(items: Command): void {
  withDataDirOption(
    items
      .command('review')
      .description('items waiting at one stage of review (draft, review or pretest)')
      .option('--stage <stage>', `one of ${REVIEW_STAGES.join(', ')}`, 'draft')
      .option('--test <id>', 'only one test')
      .option('--limit <n>', 'at most this many', '50')
      .option('--json', 'print JSON'),
  ).action(
    async (options: {
      stage: string
      test?: string
      limit: string
      json?: boolean
      dataDir?: string
    }) => {
      if (!(REVIEW_STAGES as readonly string[]).includes(options.stage))
        throw new UsageError(`--stage must be one of ${REVIEW_STAGES.join(', ')}`)
      const limit = Number(options.limit)
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new UsageError('--limit must be a whole number from 1 to 100')
      const queue = await usingPlatform(options, ({ db }) =>
        reviewQueue(db, {
          stage: options.stage as ReviewStage,
          testId: options.test,
          limit,
          offset: 0,
        }),
      )
      if (options.json) {
        process.stdout.write(`${JSON.stringify(queue, null, 2)}\n`)
        return
      }
      for (const { item } of queue.items) {
        process.stdout.write(
          `${item.id} ${item.testId}/${item.domain}: ${item.stem.split('\n')[0]}\n`,
        )
      }
      process.stdout.write(
        `${queue.total} at ${options.stage}; ${queue.unassigned} unassigned drafts\n`,
      )
    },
  )
  withDataDirOption(
    items
      .command('advance')
      .description(
        'move an item one review step (draft→review needs another reviewer than the author and their key; pretest→operational needs statistics)',
      )
      .argument('<item-id>', 'the item')
      .requiredOption('--to <stage>', `one of ${ITEM_LIFECYCLES.join(', ')}`)
      .requiredOption('--as <email>', 'the reviewer account taking the step')
      .requiredOption('--note <text>', 'why (kept with the step)')
      .option('--key <ids>', 'draft→review: the option ids you find correct, e.g. B or A,C'),
  ).action(
    async (
      itemId: string,
      options: { to: string; as: string; note: string; key?: string; dataDir?: string },
    ) => {
      if (!(ITEM_LIFECYCLES as readonly string[]).includes(options.to))
        throw new UsageError(`--to must be one of ${ITEM_LIFECYCLES.join(', ')}`)
      const step = await usingPlatform(options, async ({ db }) => {
        const actorId = await accountIdOf(db, options.as)
        try {
          return await advanceItem(
            db,
            {
              itemId,
              to: options.to as ItemLifecycle,
              actorId,
              note: options.note,
              ...(options.key ? { key: options.key.split(',').map((k) => k.trim()) } : {}),
            },
            new Date(),
          )
        } catch (error) {
          // A refused step is the caller's to fix: say why, as for any misuse.
          if (error instanceof DomainError) throw new UsageError(error.message)
          throw error
        }
      })
      process.stdout.write(`${step.itemId}: ${step.from} → ${step.to} (step ${step.step})\n`)
    },
  )
}

/** The id of the live account signing in with `email`; a usage error when there is none. */
export async function accountIdOf(db: PlatformDatabase['db'], email: string): Promise<string> {
  const account = await findAccountByEmail(db, email)
  if (!account) throw new UsageError(`no account signs in with ${email}`)
  return account.id
}
