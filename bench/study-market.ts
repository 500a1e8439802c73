import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatIsoSeconds } from '../src/study/index.js'

/**
 * A simple stand-in market for the study benchmark, until the simulator replaces it. It models
 * shape and volume, not behaviour, with the fixtures' ratios per project (0.127 awards, about 1.2
 * payments):
 * - workers register uniformly over the first two-thirds of the span and have a log-normal
 *   activity weight (σ = 1.2), so a few workers hold many projects, as on real platforms;
 * - each project goes to a worker drawn in proportion to the weights, starts uniformly between
 *   registration and the span's end, lasts 1–30 days, is completed (90 %) when it ends inside the
 *   span, is worth a log-normal amount (median $150) and is rated 1–5 (70 %);
 * - a completed project is paid on completion, in two halves for 20 % of projects, and 7 % are
 *   followed by a bonus not tied to a project;
 * - awards (tests t001…t300) go to workers in proportion to their weights, uniformly in time
 *   after registration.
 * A seeded generator makes every run the same market.
 */
export interface MarketSize {
  readonly workers: number
  readonly projects: number
  readonly obsStart: number
  readonly obsEnd: number
  readonly seed: number
}

const AWARDS_PER_PROJECT = 0.127
const SPLIT_PAYMENT_SHARE = 0.2
const BONUS_SHARE = 0.07
const DAY = 86_400

/** Writes the four CSV tables of a generated market and its manifest.json into `dir`. */
export async function writeMarketCsv(size: MarketSize, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const random = mulberry32(size.seed)
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const span = size.obsEnd - size.obsStart
  const registered = new Float64Array(size.workers)
  const cumulative = new Float64Array(size.workers)
  let total = 0
  const workers = ['worker_id,registered_at']
  for (let w = 0; w < size.workers; w++) {
    registered[w] = size.obsStart + Math.floor(random() * span * (2 / 3))
    total += Math.exp(1.2 * normal())
    cumulative[w] = total
    workers.push(`${workerId(w)},${formatIsoSeconds(registered[w]!)}`)
  }
  const pickWorker = () => {
    const target = random() * total
    let lo = 0
    let hi = size.workers - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const awards = ['award_id,worker_id,test_id,awarded_at,score']
  const awardCount = Math.round(size.projects * AWARDS_PER_PROJECT)
  for (let a = 0; a < awardCount; a++) {
    const w = pickWorker()
    const at = registered[w]! + Math.floor(random() * (size.obsEnd - registered[w]!))
    const test = `t${String(1 + Math.floor(random() * 300)).padStart(3, '0')}`
    const score = 60 + Math.floor(random() * 41)
    awards.push(`a${a + 1},${workerId(w)},${test},${formatIsoSeconds(at)},${score}`)
  }
  const projects = ['project_id,worker_id,employer_id,started_at,completed_at,value_usd,rating']
  const payments = ['payment_id,project_id,worker_id,paid_at,amount_usd']
  const pay = (project: string, w: number, at: number, amount: number) => {
    const id = `y${payments.length}`
    payments.push(`${id},${project},${workerId(w)},${formatIsoSeconds(at)},${amount.toFixed(2)}`)
  }
  for (let p = 0; p < size.projects; p++) {
    const w = pickWorker()
    const id = `p${p + 1}`
    const start = registered[w]! + Math.floor(random() * (size.obsEnd - registered[w]! - DAY))
    const end = start + DAY + Math.floor(random() * 29 * DAY)
    const completed = end < size.obsEnd && random() < 0.9
    const value = Math.max(1, Math.round(150 * Math.exp(normal()) * 100) / 100)
    const rating = completed && random() < 0.7 ? String(1 + Math.floor(random() * 5)) : ''
    const employer = `e${1 + Math.floor(random() * 20_000)}`
    const completedAt = completed ? formatIsoSeconds(end) : ''
    projects.push(
      `${id},${workerId(w)},${employer},${formatIsoSeconds(start)},${completedAt},${value},${rating}`,
    )
    if (!completed) continue
    if (random() < SPLIT_PAYMENT_SHARE) {
      const half = Math.round(value * 50) / 100
      pay(id, w, start + Math.floor((end - start) / 2), half)
      pay(id, w, end, value - half)
    } else {
      pay(id, w, end, value)
    }
    if (random() < BONUS_SHARE) pay('', w, end, 10 + Math.floor(random() * 90))
  }
  const write = (name: string, lines: string[]) =>
    writeFile(join(dir, name), `${lines.join('\n')}\n`)
  await write('workers.csv', workers)
  await write('credential_awards.csv', awards)
  await write('projects.csv', projects)
  await write('payments.csv', payments)
  const manifest = {
    obs_start: formatIsoSeconds(size.obsStart),
    obs_end: formatIsoSeconds(size.obsEnd),
    generator: 'bench/study-market.ts',
    ...size,
    rows: { awards: awards.length - 1, projects: size.projects, payments: payments.length - 1 },
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
}

function workerId(w: number): string {
  return `w${String(w + 1).padStart(6, '0')}`
}

/** A small seeded 32-bit generator (mulberry32): same seed, same market. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
