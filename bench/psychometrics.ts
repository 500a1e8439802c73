import {
  type AdaptivePoolItem,
  calibrateRasch,
  calibrateSympsonHetter,
  correlation,
  createRng,
  logistic,
  normalDraw,
  passProbability,
  pickLeastExposed,
  type RaschObservation,
  simulateAdaptiveTest,
} from '../src/assessment/index.js'

/** LSAT section 6 pattern frequencies (00000 … 11111) and R's ltm::rasch fit of them. */
const LSAT6 = [
  3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15, 10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173,
  11, 61, 28, 298,
]
const LTM_DIFFICULTIES = [-3.6153, -1.3224, -0.3176, -1.7301, -2.7802]

function seconds(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(2)
}

function raschRecovery(): void {
  const rng = createRng(11)
  const uniform = () => rng.next()
  const items = 120
  const persons = 1500
  const difficulties = Array.from({ length: items }, () => normalDraw(uniform))
  const observations: RaschObservation[] = []
  const indices = Array.from({ length: items }, (_, i) => i)
  for (let person = 0; person < persons; person++) {
    const theta = 1.2 * normalDraw(uniform)
    for (const item of rng.shuffle(indices).slice(0, 30)) {
      observations.push({
        person,
        item,
        correct: rng.next() < logistic(theta - difficulties[item]!),
      })
    }
  }
  const start = performance.now()
  const fit = calibrateRasch(persons, items, observations)
  const r = correlation(fit.difficulties, difficulties)
  process.stdout.write(
    `rasch MML, ${persons} persons × 30 of ${items} items: r(difficulty) = ${r.toFixed(4)}, ` +
      `ability SD ${fit.abilitySd.toFixed(3)} (true 1.2), ${fit.iterations} EM cycles, ${seconds(start)} s\n`,
  )
}

function lsat6(): void {
  const observations: RaschObservation[] = []
  let person = 0
  LSAT6.forEach((count, pattern) => {
    for (let c = 0; c < count; c++, person++) {
      for (let item = 0; item < 5; item++) {
        observations.push({ person, item, correct: ((pattern >> (4 - item)) & 1) === 1 })
      }
    }
  })
  const fit = calibrateRasch(person, 5, observations)
  const gap = Math.max(
    ...LTM_DIFFICULTIES.map((b, i) => Math.abs(fit.difficulties[i]! / fit.abilitySd - b)),
  )
  process.stdout.write(
    `LSAT-6 against ltm::rasch: largest difficulty gap ${gap.toFixed(4)}, ` +
      `discrimination ${fit.abilitySd.toFixed(4)} (ltm 0.7551), log-likelihood ${fit.logLikelihood.toFixed(3)} (ltm −2466.938)\n`,
  )
}

function adaptive(): void {
  const rng = createRng(5)
  const pool: AdaptivePoolItem[] = Array.from({ length: 300 }, (_, i) => ({
    id: `q${i}`,
    difficulty: -3 + 6 * rng.next(),
    exposureParameter: 1,
  }))
  const run = (items: readonly AdaptivePoolItem[], simulees: number) => {
    const counts = new Map<string, number>()
    const truth: number[] = []
    const estimates: number[] = []
    let length = 0
    let precise = 0
    for (let s = 0; s < simulees; s++) {
      const theta = normalDraw(() => rng.next())
      const test = simulateAdaptiveTest(items, theta, rng)
      truth.push(theta)
      estimates.push(test.estimate.theta)
      length += test.administered.length
      if (test.estimate.se <= 0.3) precise++
      for (const id of test.administered) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    return {
      r: correlation(truth, estimates),
      length: length / simulees,
      precise: precise / simulees,
      maxExposure: Math.max(...counts.values()) / simulees,
    }
  }
  let start = performance.now()
  const free = run(pool, 1000)
  process.stdout.write(
    `adaptive, 300-item pool, 1,000 candidates: r(θ̂, θ) = ${free.r.toFixed(3)}, mean length ${free.length.toFixed(1)}, ` +
      `SE ≤ 0.30 reached by ${(100 * free.precise).toFixed(1)} %, busiest item in ${(100 * free.maxExposure).toFixed(1)} % of tests, ${seconds(start)} s\n`,
  )
  start = performance.now()
  const calibrated = calibrateSympsonHetter(pool, rng)
  const calibrationSeconds = seconds(start)
  const controlled = run(calibrated.pool, 2000)
  process.stdout.write(
    `with Sympson–Hetter (calibrated in ${calibrationSeconds} s): busiest item in ${(100 * controlled.maxExposure).toFixed(1)} % of 2,000 tests, ` +
      `r(θ̂, θ) = ${controlled.r.toFixed(3)}, mean length ${controlled.length.toFixed(1)}\n`,
  )
}

function linearForms(): void {
  const rng = createRng(9)
  const pools = [12, 9, 9].map((count, d) => ({
    count,
    ids: Array.from({ length: count * 5 }, (_, i) => `d${d}-${i}`),
  }))
  const exposures = new Map<string, number>()
  const start = performance.now()
  for (let form = 0; form < 10_000; form++) {
    for (const { count, ids } of pools) {
      const picked = pickLeastExposed(
        ids.map((id) => ({ id, exposures: exposures.get(id) ?? 0 })),
        count,
        rng,
      )
      for (const id of picked) exposures.set(id, (exposures.get(id) ?? 0) + 1)
    }
  }
  const elapsed = (performance.now() - start) / 1000
  process.stdout.write(
    `linear forms: 10,000 forms of 30 from pools of 5× in ${elapsed.toFixed(2)} s (${Math.round(10_000 / elapsed)} forms/s), ` +
      `busiest item in ${((100 * Math.max(...exposures.values())) / 10_000).toFixed(1)} % of forms\n`,
  )
}

/** `npm run bench psychometrics`: how well calibration and adaptive testing recover the truth. */
export const psychometricsBenchmark = {
  name: 'psychometrics',
  async run(): Promise<void> {
    lsat6()
    raschRecovery()
    linearForms()
    adaptive()
    for (const items of [15, 30]) {
      process.stdout.write(
        `${items} items, 70 % cut: a 60 % candidate passes ${(100 * passProbability(items, 0.6, 70)).toFixed(1)} %, ` +
          `an 80 % candidate fails ${(100 * (1 - passProbability(items, 0.8, 70))).toFixed(1)} %\n`,
      )
    }
  },
}
