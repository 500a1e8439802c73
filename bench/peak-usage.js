import { writeFileSync } from 'node:fs'

/**
 * Preloaded (`node --import`) into the command the study benchmark runs: when the process ends,
 * writes its peak resident memory (all threads), CPU seconds and those of each stage to the file named by
 * SKILLSIGNAL_BENCH_USAGE, which no other code reads.
 */
const file = process.env.SKILLSIGNAL_BENCH_USAGE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6
    // CPU seconds of each stage, when the command marked them (skillsignal study does).
    const stages = performance.getEntriesByName('skillsignal:study:stage-cpu').at(-1)?.detail
    writeFileSync(file, JSON.stringify({ peakRssMb: usage.maxRSS / 1024, cpu, stageCpu: stages }))
  })
}
