import {
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
  type ItemModel,
} from '../../../src/assessment/index.js'

// One set per test file, as the platform keeps one per process: the SQL engine takes a second to start.
const engines = createTaskEngines()

/**
 * Variants generated per item model by the property tests: 3,000 in `npm test`, enough to meet
 * every template and mistake of a model many times while CI stays within its time; set
 * `ITEM_MODEL_VARIANTS` (e.g. 10000) for a deeper run.
 */
export const VARIANTS_PER_MODEL = variantsFrom(process.env.ITEM_MODEL_VARIANTS)

function variantsFrom(setting: string | undefined): number {
  if (setting === undefined || setting === '') return 3_000
  const count = Number(setting)
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new Error(`ITEM_MODEL_VARIANTS must be a positive whole number, not ${setting}`)
  }
  return count
}

/** A guard against a hang, not a speed check: a model takes 1–60 s depending on engine and load. */
export const PROPERTY_TEST_TIMEOUT_MS = 600_000

/**
 * Generates `count` variants of a model from a fixed seed, re-executes every variant's task in
 * batches, and lists what is wrong: a key that differs from the re-executed answer, a wrong
 * number of keys, an option that repeats another (so a distractor equal to the key or to
 * another distractor).
 */
export async function problemsOf(
  model: ItemModel,
  count = VARIANTS_PER_MODEL,
  seed = 20_261_126,
): Promise<string[]> {
  const rng = createRng(seed)
  const variants = await generateVariants(model, rng, count, engines)
  const answers = await executeTasks(
    variants.map((v) => v.task),
    engines,
  )
  const problems: string[] = []
  variants.forEach((variant, i) => {
    const keyValues = variant.options.filter((o) => variant.keys.includes(o.id)).map((o) => o.value)
    const expected =
      variant.kind === 'single' ? keyValues[0] : JSON.stringify([...keyValues].sort())
    if (answers[i] !== expected) {
      problems.push(
        `#${i}: key ${JSON.stringify(expected)} but re-executed ${JSON.stringify(answers[i])}`,
      )
    }
    if (variant.kind === 'single' ? variant.keys.length !== 1 : variant.keys.length < 1) {
      problems.push(`#${i}: ${variant.keys.length} keys for a ${variant.kind}-answer item`)
    }
    if (variant.keys.length >= variant.options.length) problems.push(`#${i}: no distractor`)
    const values = variant.options.map((o) => o.value)
    if (new Set(values).size !== values.length)
      problems.push(`#${i}: repeated option in ${JSON.stringify(values)}`)
    if (new Set(variant.options.map((o) => o.markdown)).size !== values.length) {
      problems.push(`#${i}: two options look the same`)
    }
    if (variant.modelId !== model.id) problems.push(`#${i}: model id ${variant.modelId}`)
  })
  return problems.slice(0, 5)
}
