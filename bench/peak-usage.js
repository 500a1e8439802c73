import { writeFileSync } from 'node:fs'

/**
 * Preloaded (`node --import`) into the command the study benchmark runs: when the process ends,
 * writes its peak resident memory (all threads) and CPU seconds to the file named by
 * SKILLSIGNAL_BENCH_USAGE, which no other code reads.
 */
const file = process.env.SKILLSIGNAL_BENCH_USAGE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6
    writeFileSync(file, JSON.stringify({ peakRssMb: usage.maxRSS / 1024, cpu }))
  })
}
