import type { Command } from 'commander'
import { type CatalogEntry, isCategory, listCatalog } from '../../assessment/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

interface ListOptions {
  offered?: boolean
  json?: boolean
  category?: string
  dataDir?: string
}

export function registerCatalogCommand(program: Command): void {
  const catalog = program.command('catalog').description('browse the skill-test catalog')
  withDataDirOption(
    catalog
      .command('list')
      .description(
        'list the tests; offered ones have an operational pool of at least twice the form in every domain and share at most 30 % of their item families with any other offered test',
      )
      .option('--offered', 'only tests that can be taken now')
      .option('--category <name>', 'only one of the seven categories')
      .option('--json', 'print JSON'),
  ).action(async (options: ListOptions) => {
    if (options.category !== undefined && !isCategory(options.category)) {
      throw new UsageError(`unknown category "${options.category}"`)
    }
    const entries = await usingPlatform(options, ({ db }) =>
      listCatalog(db, { offeredOnly: options.offered === true }),
    )
    const shown = entries.filter((e) => !options.category || e.test.category === options.category)
    process.stdout.write(
      options.json ? `${JSON.stringify(shown.map(asJson), null, 2)}\n` : asText(shown),
    )
  })
}

function asJson(entry: CatalogEntry) {
  return {
    ...entry.test,
    offered: entry.offered,
    offerReason: entry.offerReason,
    pools: entry.pools.map((p) => ({ ...p, pool: Number.isFinite(p.pool) ? p.pool : 'unlimited' })),
  }
}

function asText(entries: readonly CatalogEntry[]): string {
  const lines = entries.map(
    (e) =>
      `${e.test.id.padEnd(36)} ${e.test.category.padEnd(22)} ${e.offered ? 'offered' : '       '}  ${e.test.title}${e.offerReason ? `\n${' '.repeat(38)}${e.offerReason}` : ''}`,
  )
  return `${lines.join('\n')}\n${entries.length} tests, ${entries.filter((e) => e.offered).length} offered\n`
}
