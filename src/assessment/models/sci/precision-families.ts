import {
  add,
  div,
  frac,
  h,
  hf,
  log10At,
  mul,
  n,
  plain,
  precise,
  rest,
  sig,
  sub,
  th,
  thf,
  total,
  worked,
} from './sci-text.js'

// Significant figures and reporting precision as a lab data assistant applies them to a results
// sheet. Each stem gives the readings as the instrument wrote them and states the rule the lab
// follows, because the slips are real reporting habits: the precision of the most precise reading
// kept, the sum rule used for a product or the reverse, leading zeros counted and trailing zeros
// dropped, an exact count treated as measured, truncation for rounding and rounding in steps.

/** A reading in thousandths of a unit, with its digits as written. */
const tenThousandths = (x: number): string => (x / 10000).toFixed(4)
/** The digits of a value truncated to `sf` significant figures. */
const truncSig = (x: ReturnType<typeof frac>, sf: number): ReturnType<typeof frac> => {
  let k = 0n
  let m = (x.n * 10n ** k) / x.d
  while (m >= 10n ** BigInt(sf)) {
    k--
    m = x.n / (x.d * 10n ** -k)
  }
  while (m < 10n ** BigInt(sf - 1)) {
    k++
    m = (x.n * 10n ** k) / x.d
  }
  return k >= 0n ? frac(m, 10n ** k) : frac(m * 10n ** -k)
}

export const PRECISION_FAMILIES = [
  precise('product-to-the-fewest-significant-figures', (rng) => {
    const d = rng.int(1001, 1999)
    const v = rng.int(11, 99) * 10
    const mass = mul(thf(d), hf(v))
    return {
      stem: `A liquid's density is read as ${th(d)} g/mL and a pipetted volume as ${h(v)} mL. The lab reports a product to the fewest significant figures of its factors, rounded half up. What mass should be reported, in g?`,
      figures: { d, v },
      key: [mass, { sf: 3 }],
      wrong: [
        [mass, { sf: 4 }, 'keeps the four significant figures of the density'],
        [mass, { sf: 2 }, 'drops the trailing zero of the volume as not significant'],
        [mass, 'all', 'reports every digit the calculator gives'],
        [truncSig(mass, 3), { sf: 3 }, 'truncates to three figures instead of rounding'],
        [mass, { dp: 3 }, 'keeps the decimal places of the density, as for a sum'],
      ],
    }
  }),
  precise('quotient-with-leading-zeros-in-a-reading', (rng) => {
    const m = rng.int(101, 999)
    const v = rng.pick([1000, 2000, 2500, 5000])
    const vsf = v === 2500 ? 2 : 1
    const c = div(mul(frac(m, 10000), 1000), hf(v))
    return {
      stem: `A sample weighing ${tenThousandths(m)} g is dissolved and made up to ${h(v)} mL in a volumetric flask. The lab reports a quotient to the fewest significant figures of its inputs, rounded half up. What concentration should be reported, in mg/mL?`,
      figures: { m, v },
      key: [c, { sf: 3 }],
      wrong: [
        [c, { sf: 4 }, 'counts the leading zeros of the mass, so the volume limits'],
        [c, { sf: vsf }, 'takes the zeros of the volume as not significant'],
        [mul(c, 1000), { sf: 3 }, 'divides by the volume in litres, giving mg/L written as mg/mL'],
        [truncSig(c, 3), { sf: 3 }, 'truncates to three figures instead of rounding'],
      ],
    }
  }),
  precise('sum-to-the-fewest-decimal-places', (rng) => {
    const a = rng.int(1001, 4999)
    const b = rng.int(11, 99)
    const c = rng.int(101, 999)
    const s = total([hf(a), frac(b, 10), thf(c)])
    return {
      stem: `Three portions are weighed on different balances and combined: ${h(a)} g, ${b / 10} g and ${th(c)} g. The lab reports a sum to the fewest decimal places among its terms, rounded half up. What total mass should be reported, in g?`,
      figures: { a, b, c },
      key: [s, { dp: 1 }],
      wrong: [
        [s, { dp: 3 }, 'keeps the most decimal places among the terms'],
        [s, { sf: 2 }, 'applies the product rule, the fewest significant figures'],
        [
          total([frac(Math.round(a / 10), 10), frac(b, 10), frac(Math.round(c / 100), 10)]),
          { dp: 1 },
          'rounds each term to one place before adding',
        ],
        [s, { dp: 2 }, 'stops at two decimal places'],
      ],
    }
  }),
  worked('significant-figures-in-a-written-reading', (rng) => {
    const t = rng.int(1, 2)
    // Two readings in five are below one, with leading zeros after the point; the rest are above
    // one, with a captive zero and trailing zeros after the point, so every digit counts.
    if (rng.next() < 0.4) {
      const z = rng.int(1, 3)
      const core = rng.pick(['105', '1005', '205', '3008', '4070', '5', '12', '706', '9'])
      const text = `0.${'0'.repeat(z)}${core}${'0'.repeat(t)}`
      const sfs = core.length + t
      return {
        stem: `A data sheet records a concentration as ${text} mol/L, written exactly as the instrument reported it. How many significant figures does the reading have?`,
        show: plain(0),
        figures: { z, t, core: Number(core) },
        key: frac(sfs),
        wrong: [
          [frac(z + 1 + sfs), 'counts every digit, leading zeros included'],
          [frac(core.length), 'drops the trailing zeros after the point'],
          [frac([...core].filter((c) => c !== '0').length), 'counts only the non-zero digits'],
          [frac(z + sfs), 'counts every digit after the decimal point'],
        ],
      }
    }
    const core = rng.pick(['1205', '2045', '3107', '6028', '10205', '40306'])
    const text = `${core}.${'0'.repeat(t)}`
    return {
      stem: `A data sheet records a peak area as ${text} counts, written exactly as the instrument reported it. How many significant figures does the reading have?`,
      show: plain(0),
      figures: { z: 0, t, core: Number(core) },
      key: frac(core.length + t),
      wrong: [
        [frac(core.length), 'drops the trailing zeros after the point'],
        [frac([...core].filter((c) => c !== '0').length), 'counts only the non-zero digits'],
        [frac(t), 'counts only the digits after the decimal point'],
      ],
    }
  }),
  precise('mass-by-difference-limits-the-figures', (rng) => {
    const tare = rng.int(200000, 299999)
    const dm = rng.int(101, 999)
    const v = rng.int(1000, 9999)
    const c = div(mul(frac(dm, 10000), 1000), hf(v))
    return {
      stem: `A weighing boat reads ${tenThousandths(tare + dm)} g with sample and ${tenThousandths(tare)} g empty. The sample is made up to ${h(v)} mL. The lab applies the subtraction rule to the mass, then reports the quotient to the fewest significant figures, rounded half up. What concentration should be reported, in mg/mL?`,
      figures: { tare, dm, v },
      key: [c, { sf: 3 }],
      wrong: [
        [
          c,
          { sf: 4 },
          'takes the precision of the weighings, not of their difference, so the volume limits',
        ],
        [c, { dp: 2 }, 'keeps the decimal places of the volume'],
        [c, { sf: 7 }, 'copies seven figures from the calculator display'],
        [truncSig(c, 3), { sf: 3 }, 'truncates to three figures instead of rounding'],
      ],
    }
  }),
  precise('an-exact-count-keeps-the-reading-precision', (rng) => {
    const k = rng.int(12, 48)
    // The vial mass is stepped up until the fifth figure of the total rounds up, so truncating
    // gives a different total from rounding.
    let m = rng.int(1001, 9899)
    const rounding = (x: number) => {
      const y = mul(k, thf(x))
      return y.n % y.d !== 0n && sig(truncSig(y, 4), 4) !== sig(y, 4)
    }
    for (let i = 0; i < 100 && !rounding(m); i++) m++
    if (!rounding(m)) rest()
    const t = mul(k, thf(m))
    return {
      stem: `Each of ${k} identical vials is filled with ${th(m)} g of buffer (a measured mass); the count of vials is exact. The lab reports a product to the fewest significant figures of its measured factors, rounded half up. What total mass of buffer should be reported, in g?`,
      figures: { k, m },
      key: [t, { sf: 4 }],
      wrong: [
        [t, { sf: 2 }, 'treats the vial count as a two-figure measurement'],
        [t, { dp: 3 }, 'keeps the decimal places of one vial, as for a sum'],
        [truncSig(t, 4), { sf: 4 }, 'truncates to four figures instead of rounding'],
        [
          mul(k, frac(Math.round(m / 10), 100)),
          { sf: 4 },
          'rounds one vial to three figures before multiplying',
        ],
      ],
    }
  }),
  precise('mean-rounded-half-to-even', (rng) => {
    const xs = [0, 1, 2, 3].map(() => rng.int(1001, 2999))
    // The last reading is moved up to three hundredths so the sum is 2 more than a multiple of 4.
    xs[3] = xs[3]! + ((6 - (xs.reduce((a, b) => a + b, 0) % 4)) % 4)
    const s = xs.reduce((a, b) => a + b, 0)
    const m = frac(s, 400)
    // The mean ends in a 5 at the third place: half to even goes to the even hundredth.
    const down = frac((s - 2) / 4, 100)
    const up = frac((s + 2) / 4, 100)
    const even = ((s - 2) / 4) % 2 === 0 ? down : up
    // No reading ends in 5, so rounding each one to a tenth first has no tie of its own.
    if (xs.some((x) => x % 10 === 5)) rest()
    const early = frac(
      xs.reduce((a, x) => a + Math.floor((x + 5) / 10), 0),
      40,
    )
    return {
      stem: `Four replicate readings of ${xs.map(h).join(', ')} mg/L are averaged. The lab's SOP rounds results to two decimal places by round half to even (a 5 exactly halfway goes to the even digit). What mean should be reported, in mg/L?`,
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, x3: xs[3]! },
      key: [even, { dp: 2 }],
      wrong: [
        even === down
          ? [up, { dp: 2 }, 'rounds the half up, against the SOP']
          : [down, { dp: 2 }, 'rounds the half down by truncating the third decimal'],
        [early, { dp: 2 }, 'rounds each reading to one decimal place before averaging'],
        [m, 'all', 'reports the unrounded mean'],
        [m, { dp: 1 }, 'rounds to one decimal place'],
      ],
    }
  }),
  precise('uncertainty-sets-the-last-reported-digit', (rng) => {
    const x = rng.int(100000, 999999)
    const u = rng.int(200, 949)
    const xv = frac(x, 10000)
    // u in ten-thousandths from 0.0200 to 0.0990, so one significant figure sits in the hundredths.
    return {
      stem: `A mean concentration is calculated as ${tenThousandths(x)} mg/L with a standard uncertainty of ${tenThousandths(u)} mg/L. The lab rounds the uncertainty to one significant figure and the value to the same decimal place, half up. What value should be reported, in mg/L?`,
      figures: { x, u },
      key: [xv, { dp: 2 }],
      wrong: [
        [xv, { dp: 3 }, 'keeps two significant figures of the uncertainty'],
        [xv, { dp: 4 }, 'reports the value with all its calculated digits'],
        [xv, { sf: 1 }, 'gives the value the one significant figure of the uncertainty'],
        [xv, { sf: 3 }, 'rounds the value to three significant figures regardless'],
      ],
    }
  }),
  precise('converting-a-reading-keeps-its-figures', (rng) => {
    const ab = rng.int(11, 99)
    const z = rng.int(1, 2)
    // A reading 0.0AB0 L (or 0.00AB0 L) has three significant figures, the trailing zero one.
    const litres = frac(ab * 10, 10 ** (z + 3))
    const ml = mul(litres, 1000)
    return {
      stem: `A volume is recorded on the instrument printout as 0.${'0'.repeat(z)}${ab}0 L. Converted to mL with its significant figures kept, what should be reported, in mL?`,
      figures: { ab, z },
      key: [ml, { sf: 3 }],
      wrong: [
        [ml, { sf: 2 }, 'drops the trailing zero as not significant'],
        [ml, { sf: 4 + z }, 'counts the leading zeros as significant'],
        [ml, { dp: z + 3 }, 'keeps the decimal places the reading had in litres'],
        [div(litres, 1000), { sf: 3 }, 'divides by 1,000 instead of multiplying'],
      ],
    }
  }),
  precise('celsius-to-kelvin-by-the-sum-rule', (rng) => {
    const t = rng.int(101, 999)
    const k = add(frac(t, 10), frac(27315, 100))
    return {
      stem: `A thermometer reads ${t / 10} °C. Converting to kelvin adds the defined 273.15 exactly, and the lab reports a sum to the decimal places of its measured term, rounded half up. What temperature should be reported, in K?`,
      figures: { t },
      key: [k, { dp: 1 }],
      wrong: [
        [k, { dp: 2 }, 'keeps the two decimal places of 273.15'],
        [k, { sf: 3 }, 'keeps the three significant figures of the reading, as for a product'],
        [frac(t + 2731, 10), { dp: 1 }, 'truncates instead of rounding'],
        [add(frac(t, 10), 273), { dp: 1 }, 'adds 273, dropping the .15'],
      ],
    }
  }),
  precise('ph-keeps-the-figures-as-decimal-places', (rng) => {
    const a = rng.int(101, 999)
    const k = rng.int(4, 9)
    const hplus = frac(a, 100 * 10 ** k)
    const ph = sub(0, log10At(hplus, 3))
    if (ph.n <= 0n) rest()
    return {
      stem: `A sample's hydrogen ion concentration [H⁺] is measured as ${h(a)} × 10⁻${'⁰¹²³⁴⁵⁶⁷⁸⁹'[k]} mol/L (three significant figures). pH = −log₁₀[H⁺], and the lab gives a logarithm as many decimal places as the concentration had significant figures, rounded half up. What pH should be reported?`,
      figures: { a, k },
      key: [ph, { dp: 3 }],
      wrong: [
        [sub(0, log10At(hplus, 2)), { dp: 2 }, 'gives the pH three significant figures in all'],
        [sub(ph, 3), { dp: 3 }, 'takes the logarithm of the concentration in mmol/L'],
        [sub(14, ph), { dp: 3 }, 'gives pOH, 14 − pH'],
        [
          add(k, log10At(frac(a, 100), 3)),
          { dp: 3 },
          'adds the logarithm of the mantissa to the exponent',
        ],
        [frac(k), { dp: 3 }, 'takes the exponent alone as the pH, leaving out the mantissa'],
      ],
    }
  }),
  precise('percentage-with-an-exact-hundred', (rng) => {
    const part = rng.int(101, 999)
    const whole = rng.int(2001, 9999)
    const p = div(mul(frac(part, 1000), 100), hf(whole))
    return {
      stem: `A ${h(whole)} g soil sample holds ${th(part)} g of organic matter. The percentage is part ÷ whole × 100, where 100 is exact, reported to the fewest significant figures of the measured inputs, rounded half up. What percentage should be reported?`,
      figures: { part, whole },
      key: [p, { sf: 3 }],
      wrong: [
        [p, { sf: 4 }, 'keeps the four figures of the sample mass'],
        [p, { sf: 1 }, 'treats the 100 as a one-figure number'],
        [p, { dp: 2 }, 'gives every percentage two decimal places'],
        [truncSig(p, 3), { sf: 3 }, 'truncates to three figures instead of rounding'],
      ],
    }
  }),
  precise('plate-count-to-two-significant-figures', (rng) => {
    const c = rng.int(31, 299)
    const k = rng.int(3, 6)
    const cfu = mul(c, 10 ** k, 10)
    if (c % 10 === 0) rest()
    return {
      stem: `A 0.1 mL portion of a 10⁻${'⁰¹²³⁴⁵⁶⁷⁸⁹'[k]} dilution is spread on a plate and grows ${c} colonies. The lab reports CFU/mL in the undiluted sample to two significant figures, rounded half up. What count should be reported, in CFU/mL?`,
      figures: { c, k },
      key: [cfu, { sf: 2 }],
      wrong: [
        [cfu, { sf: 3 }, 'keeps the three figures of the colony count'],
        [truncSig(cfu, 2), { sf: 2 }, 'truncates to two figures instead of rounding'],
        [mul(c, 10 ** k), { sf: 2 }, 'leaves out the 0.1 mL plated'],
        [
          div(mul(c, 10 ** k), 10),
          { sf: 2 },
          'multiplies by the 0.1 mL plated instead of dividing',
        ],
      ],
    }
  }),
  precise('mean-to-one-place-beyond-the-readings', (rng) => {
    const xs = [0, 1, 2, 3].map(() => rng.int(1001, 2999))
    // An odd sum leaves the mean a fourth decimal, so rounding to three places has work to do.
    if (xs.reduce((a, b) => a + b, 0) % 2 === 0) xs[3] = xs[3]! + 1
    const m = frac(
      xs.reduce((a, b) => a + b, 0),
      400,
    )
    return {
      stem: `Four replicate titres read from a burette to two decimal places are ${xs.map(h).join(', ')} mL. The lab's SOP reports a mean of replicates to one decimal place more than the readings, rounded half up. What mean titre should be reported, in mL?`,
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, x3: xs[3]! },
      key: [m, { dp: 3 }],
      wrong: [
        [m, { dp: 2 }, 'keeps the decimal places of the readings'],
        [m, 'all', 'reports every digit of the mean'],
        [m, { sf: 3 }, 'rounds to three significant figures'],
        [frac((m.n * 1000n) / m.d, 1000), { dp: 3 }, 'truncates instead of rounding'],
      ],
    }
  }),
  precise('sum-of-readings-in-mixed-units', (rng) => {
    const kg = rng.int(101, 499)
    const g = rng.int(101, 999)
    const mg = rng.int(1001, 9999)
    const s = total([frac(kg, 10), frac(g, 1000), frac(mg, 1000000)])
    return {
      stem: `Three additions to a batch are logged as ${kg / 10} kg, ${g} g and ${n(mg)} mg. The lab converts them to kg and reports the sum to the fewest decimal places of its terms in kg, rounded half up. What total should be reported, in kg?`,
      figures: { kg, g, mg },
      key: [s, { dp: 1 }],
      wrong: [
        [s, { dp: 6 }, 'keeps the places of the milligram term'],
        [s, { dp: 3 }, 'keeps the places of the gram term'],
        [s, { sf: 2 }, 'applies the fewest significant figures, the product rule'],
        [
          total([frac(kg, 10), frac(g, 1000), frac(mg, 1000)]),
          { dp: 1 },
          'converts the milligrams to kilograms as if they were grams',
        ],
      ],
    }
  }),
] as const
