import {
  add,
  DP1,
  DP2,
  div,
  frac,
  h,
  hf,
  mul,
  plain,
  power,
  rest,
  sub,
  WHOLE,
  worked,
} from './sci-text.js'

// Units and conversions as a lab data assistant meets them in a protocol or a results sheet.
// Each stem states the units of every figure, because the slips are a prefix left unconverted
// (mM for µM, mL for L), a dilution read as parts rather than a total, a hydrate's mass left out
// of the molar mass, and a temperature scale shifted without being rescaled or the reverse.

const ml2 = plain(2, 'mL')

export const UNITS_FAMILIES = [
  worked('diluent-to-make-up-a-dilution', (rng) => {
    const c1 = rng.int(2, 40) * 5
    const c2 = rng.int(1, 19)
    const v2 = rng.pick([50, 100, 200, 250, 500])
    if (c2 * 2 >= c1) rest()
    const v1 = div(mul(c2, v2), c1)
    return {
      stem: `A ${c1} mg/mL stock is diluted to ${c2} mg/mL, and ${v2} mL of the diluted solution is needed. How much diluent is added to the stock, in mL ${DP2}?`,
      show: ml2,
      figures: { c1, c2, v2 },
      key: sub(v2, v1),
      wrong: [
        [v1, 'gives the stock volume, not the diluent'],
        [frac(v2), 'adds the whole final volume of diluent to the stock'],
        [
          div(mul(v2, sub(c1, c2)), c2),
          'takes the final volume as the stock and scales the diluent to it',
        ],
        [
          div(mul(v2, c1), add(c1, c2)),
          'reads the dilution as 1 part stock to C₁/C₂ parts diluent',
        ],
      ],
    }
  }),
  worked('serial-dilution-final-concentration', (rng) => {
    const c0 = rng.int(2, 50) * 10
    const d = rng.pick([2, 4, 5, 10])
    const k = rng.int(3, 5)
    return {
      stem: `A ${c0} µg/mL standard is taken through ${k} serial 1-in-${d} dilutions (1 part of the previous tube made up to ${d} parts in total at each step). What is the concentration in the last tube, in ng/mL ${DP2}?`,
      show: plain(2, 'ng/mL'),
      figures: { c0, d, k },
      key: div(mul(c0, 1000), power(frac(d), k)),
      wrong: [
        [div(mul(c0, 1000), power(frac(d + 1), k)), 'reads 1 in d as 1 part to d parts of diluent'],
        [div(mul(c0, 1000), power(frac(d), k - 1)), 'counts one dilution too few'],
        [div(mul(c0, 1000), d * k), 'divides by the dilution once per step, added up'],
        [div(mul(c0, 1000), power(frac(d), k + 1)), 'counts the stock tube as a dilution'],
        [div(c0, power(frac(d), k)), 'leaves the answer in µg/mL, labelled as ng/mL'],
      ],
    }
  }),
  worked('molarity-from-a-weighed-mass', (rng) => {
    const m = rng.int(50, 900)
    const mw = rng.int(5000, 45000)
    const v = rng.pick([25, 50, 100, 250])
    return {
      stem: `${m} mg of a compound (molar mass ${h(mw)} g/mol) is dissolved and made up to ${v} mL. What is its concentration, in mM ${DP2}?`,
      show: plain(2, 'mM'),
      figures: { m, mw, v },
      key: div(mul(m, 1000), mul(hf(mw), v)),
      wrong: [
        [div(m, mul(hf(mw), v)), 'gives mol/L as if it were mM'],
        [div(mul(m, v), hf(mw)), 'multiplies by the volume instead of dividing'],
        [div(m, hf(mw)), 'stops at the millimoles dissolved, leaving out the volume'],
        [div(mul(m, hf(mw)), v), 'multiplies by the molar mass instead of dividing'],
        [div(mul(m, 1000000), mul(hf(mw), v)), 'gives µmol/L, labelled as mM'],
      ],
    }
  }),
  worked('mass-of-a-hydrate-to-weigh', (rng) => {
    const c = rng.int(5, 200)
    const v = rng.pick([50, 100, 250, 500])
    const a = rng.int(8000, 30000)
    const w = rng.int(2, 7)
    const mwh = add(hf(a), mul(w, hf(1802)))
    return {
      stem: `A ${v} mL solution at ${c} mM is made from the ${w}-hydrate of a salt. The anhydrous salt's molar mass is ${h(a)} g/mol and water's is 18.02 g/mol. What mass of the hydrate should be weighed, in mg ${DP1}?`,
      show: plain(1, 'mg'),
      figures: { c, v, a, w },
      key: div(mul(c, v, mwh), 1000),
      wrong: [
        [div(mul(c, v, hf(a)), 1000), 'uses the anhydrous molar mass for the hydrate'],
        [div(mul(c, v, add(hf(a), hf(1802))), 1000), 'adds one water instead of all of them'],
        [mul(c, v, mwh), 'takes the volume in mL as litres'],
        [div(mul(c, v, mwh), 1000000), 'gives the mass in grams, written as mg'],
      ],
    }
  }),
  worked('celsius-reading-to-fahrenheit', (rng) => {
    const t = rng.int(50, 950)
    const c = frac(t, 10)
    return {
      stem: `An incubator log records ${t / 10} °C. The client's report uses °F, where °F = °C × 9/5 + 32. What is the reading in °F ${DP1}?`,
      show: plain(1, '°F'),
      figures: { t },
      key: add(mul(c, frac(9, 5)), 32),
      wrong: [
        [add(mul(c, frac(5, 9)), 32), 'scales by 5/9 instead of 9/5'],
        [mul(c, frac(9, 5)), 'scales but leaves out the 32° offset'],
        [mul(add(c, 32), frac(9, 5)), 'adds 32 before scaling'],
        [add(c, 32), 'adds the offset without scaling'],
      ],
    }
  }),
  worked('fahrenheit-reading-to-kelvin', (rng) => {
    const t = rng.int(330, 2100)
    const f = frac(t, 10)
    return {
      stem: `A field logger records ${t / 10} °F. Convert it to kelvin for the dataset, with °C = (°F − 32) × 5/9 and K = °C + 273.15. What is the reading in K ${DP2}?`,
      show: plain(2, 'K'),
      figures: { t },
      key: add(mul(sub(f, 32), frac(5, 9)), frac(27315, 100)),
      wrong: [
        [mul(sub(f, 32), frac(5, 9)), 'stops at degrees Celsius'],
        [add(mul(f, frac(5, 9)), frac(27315, 100)), 'scales without first taking away 32'],
        [add(mul(sub(f, 32), frac(9, 5)), frac(27315, 100)), 'scales by 9/5 instead of 5/9'],
        [add(mul(sub(f, 32), frac(5, 9)), 273), 'adds 273 instead of 273.15'],
        [add(f, frac(27315, 100)), 'adds 273.15 to the Fahrenheit reading'],
      ],
    }
  }),
  worked('micromolar-from-nitrate-as-nitrogen', (rng) => {
    const c = rng.int(5, 500)
    return {
      stem: `A water sample reports nitrate as ${h(c)} mg/L NO₃⁻-N (the mass of nitrogen only). Using N = 14.01 g/mol and NO₃⁻ = 62.00 g/mol, what is the nitrate concentration in µmol/L ${DP1}?`,
      show: plain(1, 'µmol/L'),
      figures: { c },
      key: div(mul(hf(c), 1000), hf(1401)),
      wrong: [
        [
          div(mul(hf(c), 1000), hf(6200)),
          'divides by the nitrate ion mass, though the figure is nitrogen',
        ],
        [div(hf(c), hf(1401)), 'stops at mmol/L'],
        [div(mul(hf(c), 1000000), hf(1401)), 'takes mg/L as g/L'],
        [
          div(mul(hf(c), hf(6200), 1000), mul(hf(1401), hf(1401))),
          'converts to nitrate mass first, then divides by nitrogen',
        ],
        [div(mul(hf(c), 1000), hf(2802)), 'divides by the molar mass of N₂, 28.02'],
        [div(mul(hf(c), hf(6200)), hf(1401)), 'gives the nitrate mass concentration in mg/L'],
      ],
    }
  }),
  worked('haemocytometer-count-to-cells-per-ml', (rng) => {
    const counts = [0, 1, 2, 3].map(() => rng.int(20, 90))
    const d = rng.pick([4, 5, 10, 20])
    const sum = counts.reduce((a, b) => a + b, 0)
    const m = frac(sum, 4)
    return {
      stem: `A cell suspension is diluted 1 in ${d} and loaded on a haemocytometer. The four large corner squares (each 1 mm × 1 mm × 0.1 mm deep, so 0.1 µL) hold ${counts.join(', ')} cells. What is the cell density of the undiluted suspension, in cells/mL ${WHOLE}?`,
      show: plain(0, 'cells/mL'),
      figures: { d, c0: counts[0]!, c1: counts[1]!, c2: counts[2]!, c3: counts[3]! },
      key: mul(m, d, 10000),
      wrong: [
        [mul(sum, d, 10000), 'uses the total of the four squares, not their mean'],
        [mul(m, 10000), 'leaves out the dilution factor'],
        [mul(m, d, 1000), 'takes a square as 1 µL'],
        [mul(m, d - 1, 10000), 'uses the parts of diluent as the factor'],
      ],
    }
  }),
  worked('pump-rate-ml-per-minute-to-ul-per-second', (rng) => {
    const x = rng.int(2, 300)
    return {
      stem: `A syringe pump is set to ${x / 10} mL/min. The method sheet wants the rate in µL/s. What is it ${DP2}?`,
      show: plain(2, 'µL/s'),
      figures: { x },
      key: div(mul(frac(x, 10), 1000), 60),
      wrong: [
        [div(frac(x, 10), 60), 'converts the minutes but not the millilitres'],
        [div(mul(frac(x, 10), 1000), 3600), 'divides by the seconds in an hour'],
        [mul(frac(x, 10), 1000), 'converts the millilitres but not the minutes'],
        [mul(frac(x, 10), 60, 1000), 'multiplies by 60 instead of dividing'],
      ],
    }
  }),
  worked('liquid-reagent-volume-for-millimoles', (rng) => {
    const nm = rng.int(5, 100)
    const mw = rng.int(6000, 25000)
    const rho = rng.int(700, 1600)
    const pu = rng.int(90, 99)
    const mass = mul(frac(nm, 10), hf(mw))
    return {
      stem: `A reaction needs ${nm / 10} mmol of a liquid reagent (molar mass ${h(mw)} g/mol, density ${rho / 1000} g/mL, purity ${pu}% w/w). What volume of the reagent as supplied should be measured, in µL ${DP1}?`,
      show: plain(1, 'µL'),
      figures: { nm, mw, rho, pu },
      key: div(mass, mul(frac(rho, 1000), frac(pu, 100))),
      wrong: [
        [div(mass, frac(rho, 1000)), 'leaves out the purity'],
        [
          div(mul(mass, frac(pu, 100)), frac(rho, 1000)),
          'multiplies by the purity instead of dividing',
        ],
        [div(mass, frac(pu, 100)), 'takes milligrams as microlitres, leaving out the density'],
        [
          div(mul(mass, frac(rho, 1000)), frac(pu, 100)),
          'multiplies by the density instead of dividing',
        ],
      ],
    }
  }),
  worked('molarity-of-a-concentrated-acid', (rng) => {
    const p = rng.int(250, 980)
    const rho = rng.int(1100, 1840)
    const mw = rng.pick([3646, 6301, 9808, 6005, 9800])
    return {
      stem: `A concentrated acid is ${p / 10}% w/w with a density of ${rho / 1000} g/mL; its molar mass is ${h(mw)} g/mol. What is its molarity, in mol/L ${DP2}?`,
      show: plain(2, 'M'),
      figures: { p, rho, mw },
      key: div(mul(frac(p, 1000), rho), hf(mw)),
      wrong: [
        [
          div(mul(frac(p, 1000), 1000), hf(mw)),
          'treats the w/w percentage as w/v, leaving out the density',
        ],
        [
          div(mul(frac(p, 1000), 1000), mul(frac(rho, 1000), hf(mw))),
          'divides by the density instead of multiplying',
        ],
        [div(rho, hf(mw)), 'leaves out the percentage, as if the acid were pure'],
        [
          div(mul(frac(p, 10), rho), hf(mw)),
          'uses the percentage as a whole number, not a fraction',
        ],
        [
          div(mul(frac(p, 1000), frac(rho, 1000)), hf(mw)),
          'gives mol per mL of acid, not per litre',
        ],
      ],
    }
  }),
  worked('original-concentration-from-a-diluted-reading', (rng) => {
    const a = rng.pick([50, 100, 200, 250, 500])
    const t = rng.pick([5, 10, 20, 25, 50])
    const c = rng.int(50, 990)
    return {
      stem: `A ${a} µL aliquot of a sample is made up to ${t} mL, and the diluted solution reads ${h(c)} µg/mL. What was the concentration of the undiluted sample, in µg/mL ${DP2}?`,
      show: plain(2, 'µg/mL'),
      figures: { a, t, c },
      key: div(mul(hf(c), t, 1000), a),
      wrong: [
        [hf(c), 'reports the diluted reading without the dilution factor'],
        [div(mul(hf(c), sub(t * 1000, a)), a), 'uses the diluent to aliquot ratio as the factor'],
        [div(mul(hf(c), t), a), 'divides mL by µL without converting'],
        [div(mul(hf(c), add(t * 1000, a)), a), 'adds the aliquot to the final volume'],
      ],
    }
  }),
  worked('micromolar-to-milligrams-per-litre', (rng) => {
    const c = rng.int(5, 500)
    const mw = rng.int(5000, 50000)
    return {
      stem: `A metabolite (molar mass ${h(mw)} g/mol) is measured at ${c} µM. The client wants mg/L. What is the concentration in mg/L ${DP2}?`,
      show: plain(2, 'mg/L'),
      figures: { c, mw },
      key: div(mul(c, hf(mw)), 1000),
      wrong: [
        [mul(c, hf(mw)), 'gives µg/L, not mg/L'],
        [div(c, hf(mw)), 'divides by the molar mass instead of multiplying'],
        [div(mul(c, hf(mw)), 1000000), 'gives g/L, not mg/L'],
        [div(mul(c, 1000), hf(mw)), 'divides by the molar mass and scales by a thousand'],
      ],
    }
  }),
  worked('rainfall-depth-to-volume-over-a-plot', (rng) => {
    const mm = rng.int(3, 80)
    const ha = rng.int(2, 60)
    const k = rng.int(15, 90)
    // At 0.50 the share that soaks in equals the share that runs off.
    if (k === 50) rest()
    const K = frac(k, 100)
    const fell = mul(frac(mm, 1000), frac(ha, 10), 10000)
    return {
      stem: `A rain gauge on a ${ha / 10} ha field plot records ${mm} mm of rain (1 ha = 10,000 m²). The plot's runoff coefficient, the fraction of the rain that runs off, is ${(k / 100).toFixed(2)}. What volume runs off the plot, in m³ ${DP1}?`,
      show: plain(1, 'm³'),
      figures: { mm, ha, k },
      key: mul(fell, K),
      wrong: [
        [fell, 'gives all the rain that fell, leaving out the runoff coefficient'],
        [mul(fell, sub(1, K)), 'uses the fraction that soaks in'],
        [mul(fell, K, frac(1, 10)), 'takes a hectare as 1,000 m²'],
        [mul(fell, K, 10), 'takes the depth as centimetres'],
        [div(fell, K), 'divides by the runoff coefficient'],
      ],
    }
  }),
  worked('dose-volume-for-a-body-mass', (rng) => {
    const dose = rng.int(1, 50)
    const g = rng.int(18, 400)
    const st = rng.int(1, 20)
    return {
      stem: `A ${g} g animal is dosed at ${dose} mg/kg from a ${st} mg/mL solution. What volume is injected, in µL ${DP1}?`,
      show: plain(1, 'µL'),
      figures: { dose, g, st },
      key: div(mul(dose, g), st),
      wrong: [
        [div(mul(dose, g, 1000), st), 'takes the body mass in grams as kilograms'],
        [div(dose, st), 'leaves out the body mass, dosing as if per kilogram'],
        [div(mul(dose, g), mul(st, 1000)), 'gives the volume in mL labelled as µL'],
        [div(mul(st, g), dose), 'inverts dose and stock strength'],
      ],
    }
  }),
] as const
