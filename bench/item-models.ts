import { cpus, loadavg } from 'node:os'
import { createRng, executeTasks, generateVariants, ITEM_MODELS } from '../src/assessment/index.js'

/** Variants per model per timed run: the property tests' scale is 10,000; this is a sample. */
const VARIANTS = 2_000

/**
 * Generation and re-execution time per variant of every item model (batched, as the property
 * tests and form assembly run them). The machine's load is printed with the figures because a
 * shared machine changes them severalfold.
 */
export const itemModelsBenchmark = {
  name: 'item-models',
  async run(): Promise<void> {
    process.stdout.write(
      `cores ${cpus().length}, load average ${loadavg()[0]!.toFixed(1)}, ${VARIANTS} variants per model\n`,
    )
    process.stdout.write(
      '| model | engine | generate µs/variant | re-execute µs/variant |\n|---|---|---|---|\n',
    )
    let total = 0
    for (const model of ITEM_MODELS) {
      const rng = createRng(1)
      const started = performance.now()
      const variants = await generateVariants(model, rng, VARIANTS)
      const generated = performance.now()
      await executeTasks(variants.map((v) => v.task))
      const executed = performance.now()
      total += executed - started
      const us = (ms: number) => ((ms * 1000) / VARIANTS).toFixed(0)
      process.stdout.write(
        `| ${model.id} | ${model.engine} | ${us(generated - started)} | ${us(executed - generated)} |\n`,
      )
    }
    const projected = ((total / VARIANTS) * 10_000) / 1000
    process.stdout.write(
      `all ${ITEM_MODELS.length} models: ${(total / 1000).toFixed(1)} s; 10,000 variants each would take ~${projected.toFixed(0)} s on one core\n`,
    )
  },
}
