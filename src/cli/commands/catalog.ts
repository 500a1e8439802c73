import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import {
  adoptRatingRound,
  type CatalogEntry,
  calibrateTestFamilies,
  catalogTest,
  isCategory,
  listCatalog,
  parseRatingRound,
  storedFamilyReviewStanding,
} from '../../assessment/index.js'
import { DomainError } from '../../shared/index.js'
import { cacheDirOf, usingPlatform, withDataDirOption } from '../database-options.js'
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
        'list the tests; offered ones have an operational pool of at least twice the form in every domain, every hand-written item family independently reviewed as it now reads, and share at most 30 % of their item families with any other offered test',
      )
      .option('--offered', 'only tests that can be taken now')
      .option('--category <name>', 'only one of the seven categories')
      .option('--json', 'print JSON'),
  ).action(async (options: ListOptions) => {
    if (options.category !== undefined && !isCategory(options.category)) {
      throw new UsageError(`unknown category "${options.category}"`)
    }
    const cacheDir = cacheDirOf(options)
    const reviewStanding = await storedFamilyReviewStanding(cacheDir, {
      onStoreError: (error) =>
        process.stderr.write(
          `skillsignal: review fingerprints not kept in ${cacheDir}: ${error}\n`,
        ),
    })
    const entries = await usingPlatform(options, ({ db }) =>
      listCatalog(db, { offeredOnly: options.offered === true, reviewStanding }),
    )
    const shown = entries.filter((e) => !options.category || e.test.category === options.category)
    process.stdout.write(
      options.json ? `${JSON.stringify(shown.map(asJson), null, 2)}\n` : asText(shown),
    )
  })
  registerRecordRound(catalog)
  withDataDirOption(
    catalog
      .command('calibrate-families <test>')
      .description(
        "calibrate a test's item families (random-item Rasch) from its scored attempts; its cut moves to the calibrated scale",
      )
      .option('--json', 'print JSON'),
  ).action(async (testId: string, options: { dataDir?: string; json?: boolean }) => {
    if (!catalogTest(testId)) throw new UsageError(`unknown test "${testId}"`)
    const calibration = await usingPlatform(options, ({ db }) =>
      calibrateTestFamilies(db, testId, new Date()),
    )
    process.stdout.write(
      options.json
        ? `${JSON.stringify(calibration, null, 2)}\n`
        : `${calibration.families
            .map(
              (f) =>
                `${f.family.padEnd(40)} ${f.domain.padEnd(24)} b ${f.difficulty.toFixed(2).padStart(6)} ± ${f.standardError.toFixed(2)}  spread ${f.dispersion.toFixed(2)}  ${f.responses} responses`,
            )
            .join(
              '\n',
            )}\n${calibration.families.length} families from ${calibration.attempts} attempts\n`,
    )
  })
}

/**
 * `catalog record-rating-round FILE`: records a modified-Angoff round (JSON: id, testId?, panel,
 * raters, ratedOn, rationale, defaultRating?, ratings) so cut-score records use it.
 */
function registerRecordRound(catalog: Command): void {
  withDataDirOption(
    catalog
      .command('record-rating-round <file>')
      .description(
        "record a standard-setting panel's modified-Angoff ratings (JSON); cut-score records use them",
      ),
  ).action(async (file: string, options: { dataDir?: string }) => {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      throw new UsageError(`cannot read ${file}`)
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new UsageError(`${file} is not JSON`)
    }
    const round = (() => {
      try {
        return parseRatingRound(json)
      } catch (error) {
        if (error instanceof DomainError) throw new UsageError(`${file}: ${error.message}`)
        throw error
      }
    })()
    const moved = await usingPlatform(options, ({ db }) => adoptRatingRound(db, round, new Date()))
    process.stdout.write(`recorded rating round ${round.id} (${round.ratings.length} ratings)\n`)
    for (const m of moved) {
      process.stdout.write(
        `${m.testId}: cut ${m.before.cutPercent.toFixed(1)} % -> ${m.after.cutPercent.toFixed(1)} % (version ${m.after.version}; the previous cut is kept in its history)\n`,
      )
    }
  })
}

function asJson(entry: CatalogEntry) {
  return {
    ...entry.test,
    offered: entry.offered,
    offerReason: entry.offerReason,
    cutScore: entry.cutScore,
    pools: entry.pools.map((p) => ({ ...p, pool: Number.isFinite(p.pool) ? p.pool : 'unlimited' })),
  }
}

function asText(entries: readonly CatalogEntry[]): string {
  const lines = entries.map(
    (e) =>
      `${e.test.id.padEnd(36)} ${e.test.category.padEnd(22)} ${e.offered ? 'offered' : '       '}  cut ${cut(e)}  ${e.test.title}${e.offerReason ? `\n${' '.repeat(38)}${e.offerReason}` : ''}`,
  )
  return `${lines.join('\n')}\n${entries.length} tests, ${entries.filter((e) => e.offered).length} offered\n`
}

/** The cut as a list shows it: the percent and the method's short name. */
function cut(entry: CatalogEntry): string {
  return `${entry.cutScore.cutPercent.toFixed(1).padStart(5)} % (Angoff, ${entry.cutScore.scale})`
}
