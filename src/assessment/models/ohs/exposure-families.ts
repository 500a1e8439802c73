import type { Rng } from '../../rng.js'
import { employer, family, hund, num, places, share, tenth } from './ohs-text.js'

// Exposure against limits: noise, chemicals, manual handling, vibration and heat. Every limit,
// exchange rate, formula constant and rounding is stated in the stem; logarithms and roots are
// taken in floating point and the answer rounded as the stem says.

const db = (x: number): string => tenth(places(x, 1), 'dB(A)')
const lg = Math.log10
const energy = (segs: readonly (readonly [number, number])[]) =>
  segs.reduce((s, [L, t]) => s + t * 10 ** (L / 10), 0)
const pct1 = (x: number): string => `${tenth(places(x, 1))}%`
const m2 = (x: number): string => hund(places(x, 2), 'm/s²')
const minutes = (x: number): string => num(Math.round(x), 0, 'minutes')

/** Two or three noise segments: level in dB(A) and time in half-hours, totalling `total` half-hours. */
function segments(rng: Rng, low: number, high: number, total: number): [number, number][] {
  const n = rng.int(2, 3)
  const cuts = rng.shuffle(Array.from({ length: total - 1 }, (_, i) => i + 1)).slice(0, n - 1)
  const edges = [0, ...cuts.sort((a, b) => a - b), total]
  return edges.slice(1).map((e, i) => [rng.int(low, high), (e - edges[i]!) / 2])
}
const listed = (segs: readonly (readonly [number, number])[]) =>
  segs.map(([L, t]) => `${t} h at ${L} dB(A)`).join(', ')

export const EXPOSURE_FAMILIES = [
  family('osha-noise-dose', (rng) => {
    const segs = segments(rng, 90, 104, 16)
    const dose = (crit: number, q: number, s = segs) =>
      100 * s.reduce((a, [L, t]) => a + t / (8 / 2 ** ((L - crit) / q)), 0)
    const hours = segs.reduce((a, [, t]) => a + t, 0)
    const mean = segs.reduce((a, [L, t]) => a + L * t, 0) / hours
    const loud = Math.max(...segs.map(([L]) => L))
    return {
      stem: `A fabrication shop's fitter is exposed to ${listed(segs)}. Using the stated rule — allowed time T = 8 ÷ 2^((L − 90) ÷ 5) hours, dose = 100 × Σ(hours at L ÷ T) — what is the daily noise dose, as a percentage to one decimal place?`,
      key: pct1(dose(90, 5)),
      wrong: [
        [pct1(dose(90, 3)), 'uses a 3 dB exchange rate where 5 dB is stated'],
        [pct1(dose(85, 5)), 'uses an 85 dB criterion level'],
        [pct1(dose(90, 5, [[mean, hours]])), 'averages the decibels over time first'],
        [pct1(dose(90, 5, [[loud, hours]])), 'charges the whole shift at the loudest level'],
        [
          pct1(
            dose(
              90,
              5,
              segs.filter(([L]) => L === loud),
            ),
          ),
          'counts the loudest task only',
        ],
      ],
      figures: { segs: segs.map(([L, t]) => `${L}@${t * 2}`).join(',') },
    }
  }),
  family('lex-8h-over-a-long-shift', (rng) => {
    const total = rng.int(18, 22)
    const segs = segments(rng, 78, 99, total)
    const T = total / 2
    const E = energy(segs)
    return {
      stem: `Over a ${num(T, 1)}-hour shift a joiner is exposed to ${listed(segs)}. The daily personal noise exposure is LEX,8h = 10 × log10(Σ(t × 10^(L/10)) ÷ 8), with t in hours and 8 hours the reference however long the shift. What is LEX,8h, to one decimal place?`,
      key: db(10 * lg(E / 8)),
      wrong: [
        [db(10 * lg(E / T)), 'averages over the shift length instead of 8 hours'],
        [db(segs.reduce((a, [L, t]) => a + L * t, 0) / T), 'averages the decibels arithmetically'],
        [db(Math.max(...segs.map(([L]) => L))), 'takes the loudest level'],
        [
          db(10 * lg(segs.reduce((a, [L]) => a + 10 ** (L / 10), 0))),
          'adds the levels and ignores time',
        ],
        [db(10 * lg(E)), 'leaves out the division by 8 hours'],
      ],
      figures: { segs: segs.map(([L, t]) => `${L}@${t * 2}`).join(','), total },
    }
  }),
  family('adding-machine-noise-levels', (rng) => {
    const ls = Array.from({ length: rng.int(2, 4) }, () => rng.int(78, 96))
    const sum = 10 * lg(ls.reduce((a, L) => a + 10 ** (L / 10), 0))
    return {
      stem: `In ${employer(rng)} the machines measured one at a time give ${ls.map((l) => `${l} dB(A)`).join(', ')} at the operator's position. What level is expected with all running together (add the sound energies: 10 × log10 Σ 10^(L/10)), to one decimal place?`,
      key: db(sum),
      wrong: [
        [db(Math.max(...ls)), 'takes the loudest machine'],
        [db(Math.max(...ls) + 3), 'adds 3 dB to the loudest whatever the others'],
        [db(ls.reduce((a, b) => a + b, 0) / ls.length), 'averages the levels'],
        [db(Math.max(...ls) + 3 * (ls.length - 1)), 'adds 3 dB for every extra machine'],
        [
          db(10 * lg(ls.reduce((a, L) => a + 10 ** (L / 10), 0) / ls.length)),
          'averages the energies',
        ],
      ],
      figures: { ls: ls.join(',') },
    }
  }),
  family('permitted-time-at-a-level', (rng) => {
    const eu = rng.next() < 0.5
    const [C, q] = eu ? [85, 3] : [90, 5]
    const L = C + rng.int(2, 14)
    const t = (c: number, x: number) => 480 / 2 ** ((L - c) / x)
    return {
      stem: `A client's rule sets ${C} dB(A) for 8 hours as the daily limit, with an exchange rate of ${q} dB: each ${q} dB above ${C} halves the permitted time. How long may a worker spend at ${L} dB(A) with no other noise that day, to the nearest minute?`,
      key: minutes(t(C, q)),
      wrong: [
        [
          minutes(t(C, eu ? 5 : 3)),
          `uses a ${eu ? 5 : 3} dB exchange rate where ${q} dB is stated`,
        ],
        [minutes(t(eu ? 90 : 85, q)), `starts from ${eu ? 90 : 85} dB(A) instead of ${C}`],
        [minutes(480 / ((L - C) / q)), 'divides by the number of steps instead of halving'],
        [minutes(480 / 2 ** Math.floor((L - C) / q)), 'counts only whole exchange-rate steps'],
        [minutes(480 - (60 * (L - C)) / q), 'takes an hour off for each step'],
      ],
      figures: { C, q, L },
    }
  }),
  family('twa-from-a-dosimeter-dose', (rng) => {
    const D = rng.int(30, 400)
    return {
      stem: `A dosimeter worn for a full 8-hour shift reads a noise dose of ${D}% on a 90 dB(A) criterion with a 5 dB exchange rate. The stated conversion is TWA = 16.61 × log10(dose ÷ 100) + 90. What is the 8-hour TWA, to one decimal place?`,
      key: db(16.61 * lg(D / 100) + 90),
      wrong: [
        [db(10 * lg(D / 100) + 90), 'uses the 3 dB (10 × log10) conversion'],
        [db((90 * D) / 100), 'scales 90 dB(A) by the dose'],
        [db(16.61 * lg(D / 100) + 85), 'adds to 85 dB(A) instead of 90'],
        [db(16.61 * lg(D) + 90), 'leaves out the division by 100'],
        [db(10 * lg(D / 100) + 85), 'uses the 3 dB conversion from 85 dB(A)'],
        [db(13.29 * lg(D / 100) + 90), 'uses the 4 dB exchange-rate constant 13.29'],
        [db(16.61 * Math.log(D / 100) + 90), 'takes the natural logarithm'],
      ],
      figures: { D },
    }
  }),
  family('chemical-8h-twa-with-unsampled-time', (rng) => {
    const n = rng.int(2, 4)
    const ts = Array.from({ length: n }, () => rng.int(4, 12) * 10)
    const cs = Array.from({ length: n }, () => rng.int(2, 90))
    const sum = ts.reduce((a, t, i) => a + t * cs[i]!, 0)
    const sampled = ts.reduce((a, b) => a + b, 0)
    const shift = rng.int(9, 10) * 60
    return {
      stem: `Personal samples for a worker using a solvent over a ${shift / 60}-hour shift read ${cs.map((c, i) => `${tenth(c)} mg/m³ for ${ts[i]} minutes`).join(', ')}; for the rest of the shift there was no exposure. The limit is an 8-hour TWA: Σ(concentration × minutes) ÷ 480. What is the 8-hour TWA, in mg/m³ to one decimal place?`,
      key: tenth(share(sum, 1, 480), 'mg/m³'),
      wrong: [
        [tenth(share(sum, 1, sampled), 'mg/m³'), 'divides by the sampled time only'],
        [
          tenth(
            share(
              cs.reduce((a, b) => a + b, 0),
              1,
              n,
            ),
            'mg/m³',
          ),
          'averages the readings',
        ],
        [tenth(share(sum, 1, shift), 'mg/m³'), 'divides by the whole shift instead of 8 hours'],
        [tenth(Math.max(...cs), 'mg/m³'), 'takes the highest reading'],
      ],
      figures: { ts: ts.join(','), cs: cs.join(','), shift },
    }
  }),
  family('brief-scala-limit-for-long-shift', (rng) => {
    const oel = rng.pick([5, 10, 20, 25, 50, 100, 200])
    const h = rng.int(9, 14)
    const v = (t: number) => tenth(t, 'ppm')
    return {
      stem: `A client works ${h}-hour shifts with a solvent whose 8-hour limit is ${oel} ppm. Its hygienist applies the Brief and Scala model: reduction factor = (8 ÷ h) × ((24 − h) ÷ 16), with h the shift length in hours. What adjusted limit applies, in ppm to one decimal place?`,
      key: v(share(oel * 8 * (24 - h), 10, 16 * h)),
      wrong: [
        [v(share(oel, 80, h)), 'scales by 8 ÷ h only'],
        [v(oel * 10), 'keeps the 8-hour limit'],
        [v(share(oel * h, 10, 8)), 'scales the limit up for the longer shift'],
        [v(share(oel * 64 * (24 - h) ** 2, 10, 256 * h * h)), 'applies the factor twice'],
        [v(share(oel * (24 - h), 10, 16)), 'uses the recovery term only'],
      ],
      figures: { oel, h },
    }
  }),
  family('mixture-additive-index', (rng) => {
    const oels = rng.shuffle([20, 50, 100, 200, 500]).slice(0, 3)
    const cs = oels.map((o) => Math.max(1, Math.round((o * rng.int(10, 70)) / 100)))
    const r = cs.map((c, i) => share(c, 100, oels[i]!))
    const sumIdx = (num: number[], den: number[]) =>
      share(
        num.reduce((a, b) => a + b, 0),
        100,
        den.reduce((a, b) => a + b, 0),
      )
    return {
      stem: `Three solvents with additive effects are measured in a print room: ${cs.map((c, i) => `${c} ppm against a limit of ${oels[i]} ppm`).join('; ')}. The stated mixture rule: the index Σ(C ÷ limit) must not exceed 1. What is the index, to two decimal places?`,
      key: hund(
        share(
          cs[0]! * oels[1]! * oels[2]! +
            cs[1]! * oels[0]! * oels[2]! +
            cs[2]! * oels[0]! * oels[1]!,
          100,
          oels[0]! * oels[1]! * oels[2]!,
        ),
      ),
      wrong: [
        [hund(Math.max(...r)), 'judges the worst solvent alone'],
        [hund(sumIdx(cs, oels)), 'divides the total concentration by the total limit'],
        [
          hund(
            share(
              r.reduce((a, b) => a + b, 0),
              1,
              3,
            ),
          ),
          'averages the ratios',
        ],
        [
          hund(
            share(oels[0]! * 100, 1, cs[0]!) +
              share(oels[1]! * 100, 1, cs[1]!) +
              share(oels[2]! * 100, 1, cs[2]!),
          ),
          'divides each limit by its concentration',
        ],
      ],
      figures: { cs: cs.join(','), oels: oels.join(',') },
    }
  }),
  family('niosh-lifting-index', (rng) => {
    const H = rng.int(25, 60)
    const V = rng.int(10, 150)
    const D = rng.int(25, 150)
    const A = rng.pick([0, 15, 30, 45, 60])
    const FM = rng.pick([94, 88, 84, 75, 72, 60])
    const CM = rng.pick([100, 95, 90])
    const load = rng.int(8, 24)
    const hm = 25 / H
    const vm = 1 - 0.003 * Math.abs(V - 75)
    const dm = 0.82 + 4.5 / D
    const am = 1 - 0.0032 * A
    const rwl = (lc: number, f = FM / 100, c = CM / 100) => lc * hm * vm * dm * am * f * c
    const li = (x: number) => hund(places(x, 2))
    return {
      stem: `An adviser assesses a packing lift with the revised NIOSH equation: RWL = 23 kg × HM × VM × DM × AM × FM × CM, with HM = 25 ÷ H, VM = 1 − 0.003 × |V − 75|, DM = 0.82 + 4.5 ÷ D, AM = 1 − 0.0032 × A (H, V, D in cm, A in degrees), and FM = ${hund(FM)} and CM = ${hund(CM)} from the tables. H = ${H} cm, V = ${V} cm, D = ${D} cm, A = ${A}°, and the box weighs ${load} kg. What is the lifting index (load ÷ RWL), to two decimal places?`,
      key: li(load / rwl(23)),
      wrong: [
        [li(rwl(23) / load), 'divides the RWL by the load'],
        [li(load / rwl(25)), 'uses a 25 kg load constant'],
        [li(load / rwl(23, 1, 1)), 'leaves out the frequency and coupling multipliers'],
        [li(load / 23), 'compares the load with 23 kg alone'],
      ],
      figures: { H, V, D, A, FM, CM, load },
    }
  }),
  family('wbgt-index-in-or-out-of-sun', (rng) => {
    const sun = rng.next() < 0.5
    const nwb = rng.int(180, 280)
    const gt = nwb + rng.int(30, 200)
    const dry = nwb + rng.int(20, 100)
    const out = share(7 * nwb + 2 * gt + dry, 1, 10)
    const ins = share(7 * nwb + 3 * gt, 1, 10)
    const c = (t: number) => tenth(t, '°C')
    return {
      stem: `A landscaping crew works ${sun ? 'outdoors in direct sun' : 'inside a glasshouse out of direct sun'}. Readings: natural wet bulb ${c(nwb)}, globe ${c(gt)}, dry bulb ${c(dry)}. The stated formulas: outdoors with sun, WBGT = 0.7 NWB + 0.2 GT + 0.1 DB; indoors or without sun, WBGT = 0.7 NWB + 0.3 GT. What is the WBGT, to one decimal place?`,
      key: c(sun ? out : ins),
      wrong: [
        [
          c(sun ? ins : out),
          sun ? 'uses the indoor formula in sun' : 'uses the in-sun formula indoors',
        ],
        [c(share(7 * nwb + gt + 2 * dry, 1, 10)), 'swaps the globe and dry-bulb weights'],
        [c(share(nwb + gt + dry, 1, 3)), 'averages the three readings'],
        [c(dry), 'reports the dry-bulb temperature'],
        [c(share(3 * nwb + 7 * gt, 1, 10)), 'swaps the wet-bulb and globe weights'],
      ],
      figures: { sun: sun ? 1 : 0, nwb, gt, dry },
    }
  }),
  family('hand-arm-vibration-a8', (rng) => {
    const a = rng.int(25, 150)
    const T = rng.int(3, 28) * 15
    return {
      stem: `A ground worker uses a breaker with a vibration magnitude of ${tenth(a)} m/s² for ${T} minutes of trigger time a day. The daily exposure is A(8) = a × √(T ÷ 8 h). What is A(8), to two decimal places?`,
      key: m2((a / 10) * Math.sqrt(T / 480)),
      wrong: [
        [hund(share(a * T, 1, 48), 'm/s²'), 'scales by the time without the square root'],
        [m2(a / 10), 'reports the magnitude with no time correction'],
        [m2((a / 10) * Math.sqrt(480 / T)), 'turns the time ratio upside down'],
        [m2((a / 10) * Math.sqrt(T / 60 / 10)), 'divides by a 10-hour day'],
        [hund(share(a * T, 1, 6), 'm/s²'), 'multiplies the magnitude by the hours of use'],
      ],
      figures: { a, T },
    }
  }),
  family('hand-arm-vibration-two-tools', (rng) => {
    const [a1, a2] = [rng.int(25, 140), rng.int(25, 140)]
    const [t1, t2] = [rng.int(2, 16) * 15, rng.int(2, 16) * 15]
    const p1 = (a1 / 10) * Math.sqrt(t1 / 480)
    const p2 = (a2 / 10) * Math.sqrt(t2 / 480)
    return {
      stem: `A groundworker uses a hammer drill at ${tenth(a1)} m/s² for ${t1} minutes and an angle grinder at ${tenth(a2)} m/s² for ${t2} minutes a day. Each tool's partial exposure is a × √(T ÷ 8 h), and the daily A(8) is the square root of the sum of the squared partial exposures. What is the daily A(8), to two decimal places?`,
      key: m2(Math.sqrt(p1 ** 2 + p2 ** 2)),
      wrong: [
        [m2(p1 + p2), 'adds the partial exposures'],
        [m2(Math.max(p1, p2)), 'takes the larger partial exposure'],
        [m2((p1 + p2) / 2), 'averages the partial exposures'],
        [
          m2(((a1 + a2) / 10) * Math.sqrt((t1 + t2) / 480)),
          'adds the magnitudes over the total time',
        ],
        [
          m2(((a1 + a2) / 20) * Math.sqrt((t1 + t2) / 480)),
          'averages the magnitudes over the total time',
        ],
        [
          m2(Math.sqrt(((a1 / 10) ** 2 + (a2 / 10) ** 2) * ((t1 + t2) / 480))),
          'charges both tools for the total time',
        ],
      ],
      figures: { a1, a2, t1, t2 },
    }
  }),
  family('ear-protector-derated-nrr', (rng) => {
    const L = rng.int(90, 110)
    const nrr = rng.int(19, 33)
    return {
      stem: `A client's workers use ear muffs with a labelled NRR of ${nrr} dB in an area measured at ${L} dB(A). The client's stated derating: protected level = dB(A) − (NRR − 7) ÷ 2. What level is expected at the ear, to one decimal place?`,
      key: db(L - (nrr - 7) / 2),
      wrong: [
        [db(L - nrr), 'subtracts the labelled NRR in full'],
        [db(L - (nrr - 7)), 'leaves out the halving'],
        [db(L - nrr / 2), 'halves the NRR without taking off 7'],
        [db(L), 'gives the muffs no credit'],
        [db((nrr - 7) / 2), 'gives the attenuation, not the level at the ear'],
      ],
      figures: { L, nrr },
    }
  }),
  family('ppm-to-mg-per-cubic-metre', (rng) => {
    const ppm = rng.int(5, 400)
    const mw = rng.pick([321, 581, 781, 921, 1062, 1335, 461, 880])
    return {
      stem: `A safety data sheet gives a limit of ${ppm} ppm for a vapour with molecular weight ${tenth(mw)} g/mol; the client's monitor reads in mg/m³. The stated conversion at 25 °C: mg/m³ = ppm × molecular weight ÷ 24.45. What is the limit in mg/m³, to one decimal place?`,
      key: tenth(share(ppm * mw, 1000, 24450), 'mg/m³'),
      wrong: [
        [tenth(share(ppm * mw, 1000, 22400), 'mg/m³'), 'uses the 22.4 molar volume at 0 °C'],
        [
          tenth(share(ppm * 24450, 1, mw * 10), 'mg/m³'),
          'multiplies by 24.45 and divides by the weight',
        ],
        [tenth(ppm * mw, 'mg/m³'), 'leaves out the molar volume'],
        [tenth(share(ppm, 24450 * 10, mw * 1000), 'mg/m³'), 'converts the other way'],
      ],
      figures: { ppm, mw },
    }
  }),
  family('noise-at-a-new-distance', (rng) => {
    const L1 = rng.int(85, 105)
    const r1 = rng.int(1, 2)
    const r2 = r1 * rng.int(2, 8) + rng.int(0, 1)
    return {
      stem: `A compressor measures ${L1} dB(A) at ${r1} m. Treating it as a point source in the open, the stated rule is L2 = L1 − 20 × log10(r2 ÷ r1). What level is expected at ${r2} m, to one decimal place?`,
      key: db(L1 - 20 * lg(r2 / r1)),
      wrong: [
        [db(L1 - 10 * lg(r2 / r1)), 'uses 10 × log10 (a line source)'],
        [db((L1 * r1) / r2), 'scales the decibels by distance'],
        [db(L1 - 6 * (r2 - r1)), 'takes 6 dB off for each metre'],
        [db(L1 - 20 * lg(r2)), 'measures the ratio from 1 m'],
        [db(L1 - 3 * Math.log2(r2 / r1)), 'takes 3 dB per doubling of distance'],
      ],
      figures: { L1, r1, r2 },
    }
  }),
]
