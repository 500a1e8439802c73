import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  columnsRecordSource,
  loadRecordColumns,
  parseIsoSeconds,
  runStudy,
  studySettings,
} from '../src/study/index.js'

/**
 * One timed study run in a process of its own, so that its peak memory is its own:
 * `node --import tsx bench/study-measure.ts <records dir> <partitions>` prints one JSON line.
 */
const [dir, partitionsText] = process.argv.slice(2)
const manifest = JSON.parse(await readFile(join(dir!, 'manifest.json'), 'utf8'))
const settings = studySettings({
  obsStart: parseIsoSeconds(manifest.obs_start),
  obsEnd: parseIsoSeconds(manifest.obs_end),
})
const cpuSeconds = () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6
const startedCpu = cpuSeconds()
const started = performance.now()
const tables = await loadRecordColumns(dir!)
const load = (performance.now() - started) / 1000
const run = await runStudy(columnsRecordSource(tables), settings, {
  partitions: Number(partitionsText),
  keepPanels: false,
})
const total = (performance.now() - started) / 1000
process.stdout.write(
  `${JSON.stringify({
    load,
    panels: run.timings.panels,
    estimates: run.timings.estimates,
    total,
    cpu: cpuSeconds() - startedCpu,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    sample: run.estimates.sample,
    n_creds: run.estimates['main.log_value.event']?.coef.n_creds,
  })}\n`,
)
