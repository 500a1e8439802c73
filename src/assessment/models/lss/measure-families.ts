import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { CHART_CONSTANTS, SUBGROUP_SIZES } from './chart-constants.js'
import { Client, client, drawn, family, figures, pct, plain, qty } from './lss-text.js'
import { normalCdf, normalQuantile } from './normal.js'

// Measure: defect metrics and yields (DPU, DPO, DPMO, first-pass and rolled throughput yield),
// sigma level with the 1.5-sigma long-term shift the stems state (Harry's convention, as in the
// ASQ Green Belt body of knowledge), capability indices Cp, Cpk, Pp and Ppk (AIAG SPC manual,
// 2nd ed., ch. IV: Cp and Cpk from within-subgroup sigma R-bar/d2, Pp and Ppk from the overall
// sample standard deviation), and gauge studies (AIAG MSA 4th ed., ch. III: %GRR as a share of
// total study variation).

const defectData = (rng: Parameters<ScenarioFamily['draw']>[0]) => {
  const U = drawn(rng, 200, 5000, 50)
  const O = drawn(rng, 3, 40)
  const K = drawn(rng, Math.ceil(U * 0.02), Math.floor(U * 0.15))
  const D = K + drawn(rng, Math.ceil(K * 0.1), Math.ceil(K * 0.8))
  return { U, O, K, D }
}

const sigmaLevels = [2.5, 2.75, 3, 3.25, 3.5, 3.75, 4, 4.25, 4.5, 4.75, 5] as const

export const MEASURE_FAMILIES: readonly ScenarioFamily[] = [
  family('dpu', (rng) => {
    const { U, O, K, D } = defectData(rng)
    return figures(rng, plain(3), {
      stem: `${Client(rng)} inspected ${U.toLocaleString('en-US')} assemblies, each with ${O} defect opportunities, and found ${D} defects on ${K} defective assemblies. What is the defects per unit (DPU), to three decimal places?`,
      in: { U, O, K, D },
      key: D / U,
      wrong: [
        ['defectives', K / U, 'counts defective units instead of defects'],
        ['dpo', D / (U * O), 'divides by opportunities too, giving DPO'],
        ['perDefective', D / K, 'divides by the defective units, not all units inspected'],
        ['good', 1 - K / U, 'gives the share of good units'],
      ],
    })
  }),
  family('dpo', (rng) => {
    const { U, O, K, D } = defectData(rng)
    return figures(rng, plain(4), {
      stem: `${Client(rng)} checked ${U.toLocaleString('en-US')} units with ${O} opportunities each and logged ${D} defects on ${K} defective units. What is the defects per opportunity (DPO), to four decimal places?`,
      in: { U, O, K, D },
      key: D / (U * O),
      wrong: [
        ['dpu', D / U, 'gives defects per unit, leaving opportunities out'],
        ['defectives', K / (U * O), 'counts defective units instead of defects'],
        ['yield', 1 - D / (U * O), 'gives the yield per opportunity instead'],
        ['defectiveShare', K / U, 'gives the share of defective units'],
      ],
    })
  }),
  family('first-pass-yield', (rng) => {
    const N = drawn(rng, 400, 3000, 10)
    const S = drawn(rng, 5, Math.floor(N * 0.06))
    const R = drawn(rng, 10, Math.floor(N * 0.15))
    return figures(rng, pct(1), {
      stem: `At ${client(rng)}, ${N.toLocaleString('en-US')} units entered a test step last week. ${R} failed the first time and passed after rework; ${S} failed and were scrapped; the rest passed first time. What is the first-pass yield of the step (one decimal place)?`,
      in: { N, S, R },
      key: (N - S - R) / N,
      wrong: [
        ['final', (N - S) / N, 'counts reworked units as good: the final yield, hiding the rework'],
        [
          'ofOut',
          (N - S - R) / (N - S),
          'divides by the units that left the step, not those that entered',
        ],
        ['reworkShare', R / N, 'gives the share of units reworked'],
        ['reworkOnly', 1 - R / N, 'subtracts only the reworked units and forgets scrap'],
      ],
    })
  }),
  family('rolled-throughput-yield', (rng) => {
    const k = rng.int(3, 5)
    const ys = Array.from({ length: k }, () => drawn(rng, 820, 995) / 1000)
    const prod = ys.reduce((a, y) => a * y, 1)
    return figures(rng, pct(1), {
      stem: `A ${k}-step process at ${client(rng)} has first-pass yields of ${ys.map((y) => `${(y * 100).toFixed(1)}%`).join(', ')} at its steps, in order. What is the rolled throughput yield (one decimal place)?`,
      in: Object.fromEntries(ys.map((y, n) => [`y${n}`, y])),
      key: prod,
      wrong: [
        [
          'mean',
          ys.reduce((a, y) => a + y, 0) / k,
          'averages the step yields instead of multiplying them',
        ],
        ['worst', Math.min(...ys), 'takes the worst step’s yield as the process yield'],
        ['last', ys[k - 1]!, 'takes the last step’s yield as the process yield'],
        [
          'addLoss',
          1 - ys.reduce((a, y) => a + (1 - y), 0),
          'adds up the step losses, a linear shortcut that understates the yield',
        ],
        ['normalized', prod ** (1 / k), 'gives the normalized yield, the geometric mean per step'],
      ],
    })
  }),
  family('rty-from-dpu', (rng) => {
    const k = rng.int(3, 4)
    const ds = Array.from({ length: k }, () => drawn(rng, 2, 30) / 100)
    const total = ds.reduce((a, d) => a + d, 0)
    return figures(rng, pct(1), {
      stem: `Defects at ${client(rng)} follow a Poisson distribution, so a step's yield with no defects is e^(−DPU). The ${k} steps have DPUs of ${ds.map((d) => d.toFixed(2)).join(', ')}. What is the rolled throughput yield (one decimal place)?`,
      in: Object.fromEntries(ds.map((d, n) => [`d${n}`, d])),
      key: Math.exp(-total),
      wrong: [
        ['linear', 1 - total, 'subtracts the total DPU from 1 instead of using e^(−DPU)'],
        [
          'productLinear',
          ds.reduce((a, d) => a * (1 - d), 1),
          'multiplies (1 − DPU) for each step instead of e^(−DPU)',
        ],
        ['mean', Math.exp(-total / k), 'uses the average DPU, giving a single step’s yield'],
        ['worst', Math.exp(-Math.max(...ds)), 'uses only the worst step’s DPU'],
      ],
    })
  }),
  family('sigma-level-from-dpmo', (rng) => {
    const dpmo = rng.pick([233, 1350, 2500, 4660, 6210, 12200, 22750, 35000, 66800, 115000, 158700])
    const key = normalQuantile(1 - dpmo / 1e6) + 1.5
    return figures(rng, plain(2), {
      stem: `A process at ${client(rng)} runs at ${dpmo.toLocaleString('en-US')} DPMO over the long term. Using the convention of adding a 1.5-sigma shift to the long-term one-sided normal Z, what is its sigma level (two decimal places)?`,
      in: { dpmo },
      key,
      wrong: [
        ['noShift', key - 1.5, 'leaves out the 1.5-sigma shift, giving the long-term Z'],
        ['minusShift', key - 3, 'subtracts the shift instead of adding it'],
        ['twoSided', normalQuantile(1 - dpmo / 2e6) + 1.5, 'splits the defects over two tails'],
        [
          'dpmoAsPpt',
          normalQuantile(1 - dpmo / 1e5) + 1.5,
          'reads DPMO as defects per hundred thousand',
        ],
      ],
    })
  }),
  family('dpmo-from-sigma-level', (rng) => {
    const s = rng.pick(sigmaLevels)
    const tail = (z: number) => (1 - normalCdf(z)) * 1e6
    return figures(rng, qty('DPMO', 0), {
      stem: `A client asks what a ${s.toFixed(2)} sigma level means in defects. With the 1.5-sigma long-term shift convention and a one-sided normal tail, how many defects per million opportunities is that (nearest whole number)?`,
      in: { s },
      key: tail(s - 1.5),
      wrong: [
        ['noShift', tail(s), 'ignores the 1.5-sigma shift, giving short-term DPMO'],
        ['addShift', tail(s + 1.5), 'adds the shift instead of subtracting it'],
        ['twoSided', 2 * tail(s - 1.5), 'counts both tails of the distribution'],
        ['yield', 1e6 - tail(s - 1.5), 'gives the good opportunities per million'],
      ],
    })
  }),
  family('cp-from-rbar', (rng) => {
    const n = rng.pick(SUBGROUP_SIZES)
    const d2 = CHART_CONSTANTS[n].d2
    const nominal = drawn(rng, 20, 80)
    const tol = drawn(rng, 10, 60) / 100
    const rbar = drawn(rng, 4, 30) / 100
    const sigma = rbar / d2
    return figures(rng, plain(2), {
      stem: `A shaft diameter at ${client(rng)} has specification ${nominal}.00 ± ${tol.toFixed(2)} mm. An X-bar and R chart in control with subgroups of ${n} has R-bar = ${rbar.toFixed(2)} mm (d2 = ${d2} for n = ${n}). Estimating sigma as R-bar / d2, what is Cp (two decimal places)?`,
      in: { n, d2, tol, rbar },
      key: (2 * tol) / (6 * sigma),
      wrong: [
        ['rbarSigma', (2 * tol) / (6 * rbar), 'uses R-bar as sigma, forgetting d2'],
        ['threeSigma', (2 * tol) / (3 * sigma), 'divides the tolerance by 3 sigma instead of 6'],
        ['halfTol', tol / (6 * sigma), 'uses half the tolerance over 6 sigma'],
        ['timesD2', (2 * tol) / (6 * rbar * d2), 'multiplies R-bar by d2 instead of dividing'],
      ],
    })
  }),
  family('cpk', (rng) => {
    const lsl = drawn(rng, 10, 50)
    const width = drawn(rng, 6, 20)
    const usl = lsl + width
    const sigma = drawn(rng, 50, Math.floor((width * 100) / 6), 5) / 100
    const off = ((rng.next() < 0.5 ? -1 : 1) * drawn(rng, 5, 40)) / 100
    const mean = Number((lsl + width / 2 + (off * width) / 2).toFixed(2))
    const up = (usl - mean) / (3 * sigma)
    const down = (mean - lsl) / (3 * sigma)
    return figures(rng, plain(2), {
      stem: `Fill weights at ${client(rng)} must lie between ${lsl} g and ${usl} g. A stable process has mean ${mean.toFixed(2)} g and within-subgroup standard deviation ${sigma.toFixed(2)} g. What is Cpk (two decimal places)?`,
      in: { lsl, usl, mean, sigma },
      key: Math.min(up, down),
      wrong: [
        ['max', Math.max(up, down), 'takes the larger side instead of the smaller'],
        ['cp', width / (6 * sigma), 'gives Cp, ignoring where the process is centred'],
        ['upper', up, 'always uses the upper specification side'],
        ['threeSigmaCp', width / (3 * sigma), 'divides the tolerance by 3 sigma instead of 6'],
        [
          'kFactor',
          Math.abs(mean - (lsl + usl) / 2) / (width / 2),
          'gives k, the off-centre share of half the tolerance, not the index',
        ],
        [
          'sixSigma',
          Math.min(up, down) / 2,
          'divides the distance to the nearer limit by 6 sigma instead of 3',
        ],
      ],
    })
  }),
  family('ppk-vs-cpk', (rng) => {
    const lsl = drawn(rng, 100, 400)
    const width = drawn(rng, 20, 60)
    const usl = lsl + width
    const within = drawn(rng, 150, Math.floor((width * 100) / 8), 10) / 100
    const overall = Number((within * rng.pick([1.15, 1.25, 1.4, 1.6])).toFixed(2))
    const mean = Number((lsl + width * rng.pick([0.35, 0.4, 0.6, 0.65])).toFixed(1))
    const side = (s: number) => Math.min(usl - mean, mean - lsl) / (3 * s)
    return figures(rng, plain(2), {
      stem: `Capability data at ${client(rng)}: specification ${lsl} to ${usl} ohms, process mean ${mean.toFixed(1)} ohms, within-subgroup sigma (R-bar/d2) ${within.toFixed(2)}, overall sample standard deviation ${overall.toFixed(2)}. What is Ppk (two decimal places)?`,
      in: { lsl, usl, mean, within, overall },
      key: side(overall),
      wrong: [
        ['cpk', side(within), 'gives Cpk, using the within-subgroup sigma'],
        ['pp', width / (6 * overall), 'gives Pp, ignoring the centring'],
        ['cp', width / (6 * within), 'gives Cp, within sigma and no centring'],
        [
          'far',
          Math.max(usl - mean, mean - lsl) / (3 * overall),
          'measures to the farther specification limit',
        ],
        [
          'sixSigma',
          side(overall) / 2,
          'divides the distance to the nearer limit by 6 sigma instead of 3',
        ],
      ],
    })
  }),
  family('gage-rr-percent-study-variation', (rng) => {
    const rep = drawn(rng, 5, 40) / 1000
    const repro = drawn(rng, 2, 30) / 1000
    const part = drawn(rng, 60, 300) / 1000
    const grr = Math.hypot(rep, repro)
    const tv = Math.hypot(grr, part)
    return figures(rng, pct(1), {
      stem: `A crossed gage R&R study at ${client(rng)} gives standard deviations of ${rep.toFixed(3)} mm for repeatability, ${repro.toFixed(3)} mm for reproducibility and ${part.toFixed(3)} mm for part-to-part. What is %GRR as a percentage of total study variation (one decimal place)?`,
      in: { rep, repro, part },
      key: grr / tv,
      wrong: [
        [
          'contribution',
          (grr / tv) ** 2,
          'gives the percentage contribution, a ratio of variances',
        ],
        ['ofPart', grr / part, 'divides by the part-to-part variation instead of the total'],
        [
          'addSd',
          (rep + repro) / Math.hypot(rep + repro, part),
          'adds the standard deviations instead of the variances',
        ],
        ['repOnly', rep / tv, 'counts repeatability only, leaving out reproducibility'],
      ],
    })
  }),
]
