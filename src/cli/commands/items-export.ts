import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Command } from 'commander'
import {
  CATALOG,
  closeTaskEngines,
  createTaskEngines,
  DEFAULT_TEMPLATE_SEED,
  DEFAULT_TEMPLATE_VARIANTS,
  exportBank,
  ITEM_MODELS,
  type ItemModel,
  itemModel,
  listAssets,
  listItems,
  MAX_EXPORTED_VARIANTS,
  MAX_TEMPLATE_VARIANTS,
  type ModelTemplate,
  modelTemplates,
} from '../../assessment/index.js'
import { usingPlatform, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

const TESTS = new Map(CATALOG.map((t) => [t.id, t]))

/** `items export`: the bank as a QTI 3.0 package, with item models as template items on request. */
export function registerExportCommand(items: Command): void {
  withDataDirOption(
    items
      .command('export')
      .description(
        'write the bank as a QTI 3.0 package (items, tests with sections, images, manifest), and item models as template items',
      )
      .requiredOption('--out <dir>', 'directory to write')
      .option('--test <id>', 'only one test')
      .option(
        '--models <ids>',
        'also write these item models (comma-separated ids, or "all": every model, or with --test the models its blueprint draws from) as QTI template items',
      )
      .option(
        '--variants <n>',
        `variants per model template, 1 to ${MAX_TEMPLATE_VARIANTS} (default ${DEFAULT_TEMPLATE_VARIANTS})`,
      )
      .option(
        '--seed <n>',
        `seed the variants are drawn with, so an export can be redone (default ${DEFAULT_TEMPLATE_SEED})`,
      ),
  ).action(async (options: ExportOptions) => {
    const models = modelsOf(options)
    const draw = {
      variants: boundedWhole(
        options.variants,
        '--variants',
        DEFAULT_TEMPLATE_VARIANTS,
        1,
        MAX_TEMPLATE_VARIANTS,
      ),
      seed: boundedWhole(options.seed, '--seed', DEFAULT_TEMPLATE_SEED, 0, 2 ** 32 - 1),
    }
    if (models.length * draw.variants > MAX_EXPORTED_VARIANTS)
      throw new UsageError(
        `${models.length} models × ${draw.variants} variants is over ${MAX_EXPORTED_VARIANTS} variants per export: name fewer models or lower --variants`,
      )
    const { bank, assets } = await usingPlatform(options, async ({ db }) => ({
      bank: await listItems(db, options.test ? { testId: options.test } : {}),
      assets: await listAssets(db),
    }))
    const templates = models.length > 0 ? await templatesOf(models, draw) : []
    const ids = new Set(bank.map((i) => i.id))
    const files = exportBank(
      bank,
      CATALOG,
      assets.filter((a) => ids.has(a.itemId)),
      templates,
    )
    for (const [path, contents] of files) {
      const target = join(options.out, path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, contents)
    }
    const what =
      templates.length > 0
        ? `${bank.length} items and ${templates.length} model templates of ${draw.variants} variants`
        : `${bank.length} items`
    process.stdout.write(`exported ${what} (${files.size} files) to ${options.out}\n`)
  })
}

interface ExportOptions {
  out: string
  test?: string
  models?: string
  variants?: string
  seed?: string
  dataDir?: string
}

/** The models `--models` names; a usage error for an unknown id or test. */
function modelsOf(options: ExportOptions): ItemModel[] {
  if (options.models === undefined) {
    if (options.variants !== undefined || options.seed !== undefined)
      throw new UsageError('--variants and --seed go with --models')
    return []
  }
  if (options.models.trim() === 'all') {
    if (!options.test) return [...ITEM_MODELS]
    const test = TESTS.get(options.test)
    if (!test) throw new UsageError(`no such test: ${options.test}`)
    const ids = new Set(test.blueprint.flatMap((d) => d.itemModelIds))
    return ITEM_MODELS.filter((m) => ids.has(m.id))
  }
  const ids = [...new Set(options.models.split(',').map((id) => id.trim()))].filter(Boolean)
  if (ids.length === 0) throw new UsageError('--models needs model ids or "all"')
  return ids.map((id) => {
    const model = itemModel(id)
    if (!model) throw new UsageError(`no such item model: ${id}`)
    return model
  })
}

function boundedWhole(
  text: string | undefined,
  flag: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`)
  return Number(text)
}

/** Generation executes the models' tasks, so the engines live only as long as the export. */
async function templatesOf(
  models: readonly ItemModel[],
  draw: { variants: number; seed: number },
): Promise<ModelTemplate[]> {
  const engines = createTaskEngines()
  try {
    return await modelTemplates(models, engines, draw)
  } finally {
    await closeTaskEngines(engines)
  }
}
