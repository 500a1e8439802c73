import { cpus, loadavg } from 'node:os'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
  ITEM_MODELS,
} from '../src/assessment/index.js'

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
      '| model | engine | generate µs/variant | re-execute µs/variant | CPU µs/variant |\n|---|---|---|---|---|\n',
    )
    let wall = 0
    let cpu = 0
    const engines = createTaskEngines()
    for (const model of ITEM_MODELS) {
      const rng = createRng(1)
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      const variants = await generateVariants(model, rng, VARIANTS, engines)
      const generated = performance.now()
      await executeTasks(
        variants.map((v) => v.task),
        engines,
      )
      const executed = performance.now()
      const used = process.cpuUsage(cpuBefore)
      const cpuMs = (used.user + used.system) / 1000
      wall += executed - started
      cpu += cpuMs
      const us = (ms: number) => ((ms * 1000) / VARIANTS).toFixed(0)
      process.stdout.write(
        `| ${model.id} | ${model.engine} | ${us(generated - started)} | ${us(executed - generated)} | ${us(cpuMs)} |\n`,
      )
    }
    await closeTaskEngines(engines)
    // CPU time of this process (esbuild's helper process not included) is what a shared
    // machine's load does not inflate; wall time is printed beside it.
    const projected = ((cpu / VARIANTS) * 10_000) / 1000
    process.stdout.write(
      `all ${ITEM_MODELS.length} models: wall ${(wall / 1000).toFixed(1)} s, CPU ${(cpu / 1000).toFixed(1)} s; 10,000 variants each: ~${projected.toFixed(0)} CPU s\n`,
    )
  },
}
