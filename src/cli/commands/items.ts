import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import {
  assignDrafts,
  CATALOG,
  type ImportDefaults,
  ImportPathError,
  importIntoBank,
  lintBank,
  listItems,
  MappingError,
  type MappingRule,
  parseImportMapping,
  readImport,
} from '../../assessment/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'
import { accountIdOf, registerReviewCommands } from './item-review.js'
import { registerExportCommand } from './items-export.js'

const TESTS = new Map(CATALOG.map((t) => [t.id, t]))

export function registerItemsCommand(program: Command): void {
  const items = program
    .command('items')
    .description('the item bank: lint, import, assign, review, export')
  withDataDirOption(
    items
      .command('lint')
      .description(
        'check the bank (or the given files) for key counts, duplicates, key balance and stem length',
      )
      .argument(
        '[paths...]',
        'Markdown quiz or QTI files or directories to check instead of the bank',
      )
      .option('--test <id>', 'only one test')
      .option('--json', 'print JSON'),
  ).action(
    async (paths: string[], options: { test?: string; json?: boolean; dataDir?: string }) => {
      const bank =
        paths.length > 0
          ? readOrRefuse(paths, {}).items.map((p) => p.item)
          : await usingPlatform(options, ({ db }) =>
              listItems(db, options.test ? { testId: options.test } : {}),
            )
      const findings = lintBank(bank.filter((i) => !options.test || i.testId === options.test))
      const errors = findings.filter((f) => f.severity === 'error').length
      if (options.json)
        process.stdout.write(`${JSON.stringify({ items: bank.length, findings }, null, 2)}\n`)
      else {
        for (const f of findings) {
          process.stdout.write(
            `${f.severity} ${f.rule} ${f.testId}${f.itemId ? ` ${f.itemId}` : ''}: ${f.message}\n`,
          )
        }
        process.stdout.write(
          `${bank.length} items, ${errors} errors, ${findings.length - errors} warnings\n`,
        )
      }
      if (errors > 0) process.exitCode = 1
    },
  )
  withDataDirOption(
    items
      .command('import')
      .description(
        'load Markdown quiz and QTI 3.0 files into the bank as drafts: all or nothing unless --skip-invalid',
      )
      .argument('<paths...>', 'files or directories')
      .option(
        '--skip-invalid',
        'load every well-formed item and name the rest (exit 0 when anything loaded)',
      )
      .option('--test <id>', 'test for items whose file does not name one')
      .option('--domain <id>', 'blueprint domain for items whose file does not name one')
      .option(
        '--mapping <file>',
        'JSON {"<file path suffix>": {"test": "<id>", "domain": "<id>"}} placing files in tests',
      )
      .option('--author <email>', 'the account that vouches for the items (cannot review them)')
      .option('--json', 'print {"files","items","unassigned","refused"} as JSON'),
  ).action(async (paths: string[], options: ImportOptions) => {
    const defaults = defaultsOf(options)
    const plan = readOrRefuse(paths, defaults)
    const report = await usingPlatform(options, async ({ db }) =>
      importIntoBank(db, plan, {
        skipInvalid: options.skipInvalid === true,
        ...(options.author ? { authorId: await accountIdOf(db, options.author) } : {}),
      }),
    )
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    else {
      for (const r of report.refused) process.stderr.write(`${r.file}:${r.line}: ${r.reason}\n`)
      const verdict =
        report.refused.length > 0 && !options.skipInvalid
          ? `refused: ${report.refused.length} malformed item(s); nothing was loaded (use --skip-invalid to load the rest)`
          : `imported ${report.items} items as drafts (${report.unassigned} unassigned) from ${report.files} files${report.refused.length > 0 ? `, ${report.refused.length} refused` : ''}`
      process.stdout.write(`${verdict}\n`)
    }
    // --skip-invalid asked to load what can be loaded: that succeeded unless nothing could.
    const failed = report.refused.length > 0 && (!options.skipInvalid || report.items === 0)
    if (failed) process.exitCode = 2
  })
  withDataDirOption(
    items
      .command('assign')
      .description(
        'place unassigned drafts in tests by a mapping file, or all in one --test/--domain',
      )
      .option('--mapping <file>', 'JSON {"<file path suffix>": {"test": "<id>", "domain": "<id>"}}')
      .option('--test <id>', 'the test for every unassigned draft (with --domain)')
      .option('--domain <id>', 'its blueprint domain')
      .option('--json', 'print {"assigned","left"} as JSON'),
  ).action(async (options: ImportOptions) => {
    const rules = rulesOf(options)
    if (rules.length === 0) throw new UsageError('give --mapping <file>, or --test and --domain')
    const report = await usingPlatform(options, ({ db }) => assignDrafts(db, rules))
    process.stdout.write(
      options.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : `assigned ${report.assigned} drafts; ${report.left} still unassigned\n`,
    )
  })
  registerReviewCommands(items)
  registerExportCommand(items)
}

interface ImportOptions {
  skipInvalid?: boolean
  test?: string
  domain?: string
  mapping?: string
  author?: string
  json?: boolean
  dataDir?: string
}

function defaultsOf(options: ImportOptions): ImportDefaults {
  return {
    ...(options.test ? { testId: options.test } : {}),
    ...(options.domain ? { domain: options.domain } : {}),
    ...(options.mapping ? { mapping: mappingOf(options.mapping) } : {}),
  }
}

function rulesOf(options: ImportOptions): MappingRule[] {
  if ((options.test === undefined) !== (options.domain === undefined))
    throw new UsageError('--test and --domain go together')
  return [
    ...(options.mapping ? mappingOf(options.mapping) : []),
    ...(options.test && options.domain
      ? [{ suffix: '', testId: options.test, domain: options.domain }]
      : []),
  ]
}

function mappingOf(file: string): MappingRule[] {
  try {
    return parseImportMapping(readFileSync(file, 'utf8'))
  } catch (error) {
    if (error instanceof MappingError) throw new UsageError(`${file}: ${error.message}`)
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`no such mapping file: ${file}`)
    throw error
  }
}

function readOrRefuse(paths: readonly string[], defaults: ImportDefaults) {
  try {
    return readImport(paths, TESTS, defaults)
  } catch (error) {
    if (error instanceof ImportPathError) throw new UsageError(error.message)
    throw error
  }
}
