import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  conversion,
  directed,
  drawDec,
  exact,
  type Fraction,
  family,
  fixed,
  frac,
  minus,
  over,
  plus,
  q,
  sci,
  sf4,
  sig,
  sigDown,
  times,
  w,
  withUnit,
} from './egu-text.js'

// Significant figures, prefixes, tolerances and dimensional checks. SI prefixes are powers of ten
// (µ 10⁻⁶, m 10⁻³, c 10⁻², k 10³, M 10⁶, G 10⁹) and a prefix on a squared or cubed unit is squared
// or cubed with it. A converted tolerance limit is rounded towards the nominal size so the metric
// band stays inside the original; each stem states that rule, and the rounding, it asks for.

const IN_MM = q('25.4')
const pow10 = (e: number): Fraction =>
  e >= 0 ? frac(10n ** BigInt(e)) : frac(1n, 10n ** BigInt(-e))
/** A drawn figure of three significant figures, from 1.01 to 9.99 times 10^`e`. */
const three = (rng: Rng, e: number): Fraction => times(frac(rng.int(101, 999), 100), pow10(e))
const sci3 = (x: Fraction) => sci(x, 3)

export const CHECKS_FAMILIES = [
  conversion('micrometres-to-millimetres', (rng) => {
    const um = w(rng.int(1200, 98000))
    return {
      stem: `A surface-finish spec allows a coating build-up of ${exact(um)} µm. With 1 µm = 10⁻⁶ m and 1 mm = 10⁻³ m, what is that in millimetres, to four significant figures?`,
      unit: 'mm',
      show: sf4,
      inputs: { um },
      key: over(um, w(1000)),
      wrong: [
        [over(um, w(1000000)), 'divides by 10⁶, converting to metres'],
        [times(um, w(1000)), 'multiplies by 1,000 instead of dividing'],
        [over(um, w(100)), 'divides by 100'],
        [over(um, w(10000)), 'divides by 10⁴'],
        [times(um, w(1000000)), 'multiplies by 10⁶, as if converting metres to micrometres'],
        [over(um, w(25400)), 'divides by 25,400, giving inches'],
      ],
    }
  }),
  conversion('square-millimetres-to-square-metres', (rng) => {
    const a = three(rng, rng.int(2, 4))
    return {
      stem: `A gusset plate’s area is ${exact(a)} mm². With 1 mm = 10⁻³ m, what is the area in square metres, in scientific notation to three significant figures?`,
      unit: 'm²',
      show: sci3,
      inputs: { a },
      key: times(a, pow10(-6)),
      wrong: [
        [times(a, pow10(-3)), 'applies the prefix once, not squared'],
        [times(a, pow10(-9)), 'cubes the prefix'],
        [times(a, pow10(-4)), 'uses 10⁻⁴, the square-centimetre factor'],
        [times(a, pow10(6)), 'multiplies by 10⁶ instead of dividing'],
      ],
    }
  }),
  conversion('cubic-centimetres-to-cubic-metres', (rng) => {
    const v = three(rng, rng.int(2, 5))
    return {
      stem: `A casting’s volume is ${exact(v)} cm³. With 1 cm = 10⁻² m, what is the volume in cubic metres, in scientific notation to three significant figures?`,
      unit: 'm³',
      show: sci3,
      inputs: { v },
      key: times(v, pow10(-6)),
      wrong: [
        [times(v, pow10(-2)), 'applies the prefix once, not cubed'],
        [times(v, pow10(-4)), 'squares the prefix instead of cubing it'],
        [times(v, pow10(-9)), 'uses the cubic-millimetre factor'],
        [times(v, pow10(-3)), 'takes a cubic centimetre as a litre'],
      ],
    }
  }),
  conversion('gigapascals-to-newtons-per-square-millimetre', (rng) => {
    const e = drawDec(rng, 45, 2200, 1)
    return {
      stem: `A datasheet gives an elastic modulus of ${exact(e)} GPa. With 1 GPa = 10⁹ Pa and 1 N/mm² = 10⁶ Pa, what is it in N/mm², to four significant figures?`,
      unit: 'N/mm²',
      show: sf4,
      inputs: { e },
      key: times(e, w(1000)),
      wrong: [
        [e, 'takes a newton per square millimetre as a gigapascal'],
        [times(e, w(1000000)), 'takes a newton per square millimetre as a kilopascal'],
        [over(e, w(1000)), 'divides by 1,000 instead of multiplying'],
        [times(e, w(1000000000)), 'converts to pascals'],
      ],
    }
  }),
  conversion('nanofarads-to-microfarads', (rng) => {
    const c = w(rng.int(12, 9800))
    return {
      stem: `A schematic marks a capacitor ${exact(c)} nF and the bill of materials lists µF. With n = 10⁻⁹ and µ = 10⁻⁶, what is the capacitance in µF, to four significant figures?`,
      unit: 'µF',
      show: sf4,
      inputs: { c },
      key: over(c, w(1000)),
      wrong: [
        [times(c, w(1000)), 'multiplies by 1,000 instead of dividing'],
        [over(c, w(1000000)), 'divides by 10⁶, two prefix steps'],
        [over(c, w(100)), 'divides by 100'],
        [over(c, w(10000)), 'divides by 10⁴'],
        [over(c, w(10)), 'divides by 10'],
      ],
    }
  }),
  conversion('milliamps-through-kilohms-to-volts', (rng) => {
    const i = drawDec(rng, 12, 480, 1)
    const r = drawDec(rng, 12, 980, 1)
    return {
      stem: `A sensor loop carries ${exact(i)} mA through a ${exact(r)} kΩ resistor. With V = I × R, m = 10⁻³ and k = 10³, what is the voltage across it in volts, to four significant figures?`,
      unit: 'V',
      show: sf4,
      inputs: { i, r },
      key: times(i, r),
      wrong: [
        [times(i, r, w(1000)), 'converts the kilohms but leaves the milliamps'],
        [over(times(i, r), w(1000)), 'converts the milliamps but leaves the kilohms'],
        [over(r, i), 'divides the resistance by the current'],
        [over(i, r), 'divides the current by the resistance'],
        [over(times(i, i, r), w(1000)), 'works out the power, I²R, instead of the voltage'],
      ],
    }
  }),
  conversion('kilowatts-over-volts-to-amps', (rng) => {
    const p = drawDec(rng, 15, 9500, 1)
    const v = rng.pick([w(120), w(208), w(230), w(240), w(400), w(480)])
    return {
      stem: `A single-phase heater is rated ${exact(p)} kW at ${exact(v)} V. With I = P ÷ V and 1 kW = 10³ W, what current does it draw in amperes, to four significant figures?`,
      unit: 'A',
      show: sf4,
      inputs: { p, v },
      key: over(times(p, w(1000)), v),
      wrong: [
        [over(p, v), 'leaves the power in kilowatts'],
        [over(times(p, w(1000000)), v), 'takes a kilowatt as 10⁶ W'],
        [over(v, times(p, w(1000))), 'divides the voltage by the power'],
        [over(times(p, w(100)), v), 'takes a kilowatt as 100 W'],
        [times(p, w(1000), v), 'multiplies the power by the voltage'],
        [
          over(times(p, w(1000)), times(v, q('0.8'))),
          'divides by a 0.8 power factor, as for a motor; a heater’s is 1',
        ],
        [
          over(times(p, w(1000)), times(v, q('1.732'))),
          'uses the three-phase formula, dividing by √3 (1.732) × V',
        ],
      ],
    }
  }),
  conversion('pressure-on-area-to-kilonewtons', (rng) => {
    const p = drawDec(rng, 15, 950, 1)
    const a = w(rng.int(120, 98000))
    return {
      stem: `A hydraulic cylinder works at ${exact(p)} MPa on a piston area of ${exact(a)} mm². With F = p × A, 1 MPa = 1 N/mm² and 1 kN = 10³ N, what force does it give in kilonewtons, to four significant figures?`,
      unit: 'kN',
      show: sf4,
      inputs: { p, a },
      key: over(times(p, a), w(1000)),
      wrong: [
        [times(p, a), 'stops at newtons'],
        [over(times(p, a), w(1000000)), 'divides by 10⁶ as if the area were in square metres'],
        [over(times(p, a), w(10)), 'treats the square millimetres as square centimetres'],
        [over(a, times(p, w(1000))), 'divides the area by the pressure'],
        [over(times(p, a), w(10000)), 'reads megapascals as bar'],
      ],
    }
  }),
  conversion('kinetic-energy-from-grams-and-km-per-hour', (rng) => {
    const m = w(rng.int(120, 9800))
    const v = w(rng.int(12, 180))
    const ms = over(v, q('3.6'))
    return {
      stem: `A test projectile of ${exact(m)} g travels at ${exact(v)} km/h. With E = ½ m v², 1 kg = 1,000 g and 1 m/s = 3.6 km/h, what is its kinetic energy in joules, to four significant figures?`,
      unit: 'J',
      show: sf4,
      inputs: { m, v },
      key: over(times(m, ms, ms), w(2000)),
      wrong: [
        [over(times(m, ms, ms), w(2)), 'leaves the mass in grams'],
        [over(times(m, v, v), w(2000)), 'leaves the speed in km/h'],
        [over(times(m, ms, ms), w(1000)), 'leaves out the ½'],
        [over(times(m, ms), w(2000)), 'does not square the speed'],
      ],
    }
  }),
  conversion('die-area-from-micrometres', (rng) => {
    const [a, b] = [three(rng, 3), three(rng, 3)]
    return {
      stem: `A chip die measures ${exact(a)} µm by ${exact(b)} µm. With 1 µm = 10⁻³ mm, what is its area in square millimetres, in scientific notation to three significant figures?`,
      unit: 'mm²',
      show: sci3,
      inputs: { a, b },
      key: times(a, b, pow10(-6)),
      wrong: [
        [times(a, b, pow10(-3)), 'applies the prefix once, not squared'],
        [times(a, b, pow10(-12)), 'converts to square metres'],
        [times(a, b), 'leaves the area in square micrometres'],
        [times(plus(a, b), pow10(-3)), 'adds the sides instead of multiplying them'],
      ],
    }
  }),
  family('round-a-conversion-to-significant-figures', (rng) => {
    const x = drawDec(rng, 10001, 99999, 4)
    const mm = times(x, IN_MM)
    const n = rng.int(2, 4)
    return {
      stem: `A converted dimension works out at ${exact(x)} in × 25.4 = ${exact(mm)} mm. Rounding half away from zero, what is it to ${n} significant figures?`,
      key: withUnit(sig(mm, n), 'mm'),
      wrong: [
        [withUnit(fixed(mm, n), 'mm'), `rounds to ${n} decimal places instead`],
        [withUnit(sigDown(mm, n), 'mm'), 'cuts the digits off without rounding'],
        [withUnit(sig(mm, n + 1), 'mm'), `keeps ${n + 1} significant figures`],
        [withUnit(sig(mm, n - 1), 'mm'), `keeps ${n - 1} significant figures`],
      ],
      figures: { x: `${x.n}/${x.d}`, n },
    }
  }),
  family('report-a-conversion-to-the-measured-figures', (rng) => {
    // The measurement's significant figures are for the candidate to count: a trailing zero after
    // the point counts, leading zeros never do. Its digits `m` and how far the point sits.
    const n = rng.int(2, 4)
    const trailing = n > 2 && rng.int(0, 1) === 1
    const m = trailing
      ? rng.int(10 ** (n - 2) + 1, 10 ** (n - 1) - 1) * 10
      : rng.int(10 ** (n - 1) + 1, 10 ** n - 1)
    const places = rng.pick(trailing ? [n - 1, n - 2] : [n - 1, n - 2, n, n + 1])
    if (places < 1) throw new VariantError('the measurement shows no decimal point')
    const x = frac(m, 10n ** BigInt(places))
    const shown = fixed(x, places)
    const mm = times(x, IN_MM)
    const leading = places >= n ? places - n + 1 : 0
    return {
      stem: `A part was measured as ${shown} in. Using 1 in = 25.4 mm exactly (an exact factor, which does not limit the figures) and reporting the result to as many significant figures as the measurement has, what is it in millimetres, rounding half away from zero?`,
      key: withUnit(sig(mm, n), 'mm'),
      wrong: [
        ...(leading > 0
          ? [
              [
                withUnit(sig(mm, n + leading), 'mm'),
                'counts the leading zeros as significant',
              ] as const,
            ]
          : []),
        [withUnit(exact(mm), 'mm'), 'keeps every digit of the product'],
        [withUnit(fixed(mm, places), 'mm'), 'keeps the measurement’s decimal places'],
        trailing
          ? ([withUnit(sig(mm, n - 1), 'mm'), 'does not count the trailing zero'] as const)
          : ([
              withUnit(sig(mm, n - 1), 'mm'),
              `keeps ${n - 1} significant figure${n - 1 === 1 ? '' : 's'}`,
            ] as const),
        [withUnit(sigDown(mm, n), 'mm'), `cuts to ${n} figures without rounding`],
        [withUnit(sig(mm, n + 1), 'mm'), `keeps ${n + 1} significant figures`],
      ],
      figures: { x: `${x.n}/${x.d}`, n, places },
    }
  }),
  family('sum-of-lengths-to-fewest-decimal-places', (rng) => {
    const a = drawDec(rng, 1001, 9999, 1)
    const b = drawDec(rng, 1001, 9999, 3)
    const c = drawDec(rng, 1001, 9999, 2)
    const s = plus(plus(a, b), c)
    return {
      stem: `A stack-up adds three measured lengths: ${exact(a)} mm, ${exact(b)} mm and ${exact(c)} mm. The rule for a sum is to round it, half away from zero, to the fewest decimal places among the terms. What is the total?`,
      key: withUnit(fixed(s, 1), 'mm'),
      wrong: [
        [withUnit(exact(s), 'mm'), 'keeps every decimal place'],
        [withUnit(fixed(s, 2), 'mm'), 'rounds to two decimal places'],
        [withUnit(directed(s, 1, 'down'), 'mm'), 'cuts to one decimal place without rounding'],
        [withUnit(sig(s, 4), 'mm'), 'rounds to the fewest significant figures, as for a product'],
        [withUnit(fixed(s, 0), 'mm'), 'rounds to whole millimetres'],
      ],
      figures: { a: `${a.n}/${a.d}`, b: `${b.n}/${b.d}`, c: `${c.n}/${c.d}` },
    }
  }),
  family('lower-limit-inches-to-millimetres-rounded-inside', (rng) => {
    const x = drawDec(rng, 500, 9500, 3)
    const t = drawDec(rng, 2, 15, 3)
    const lo = times(minus(x, t), IN_MM)
    if ((lo.n * 100n) % lo.d === 0n) throw new VariantError('the limit converts exactly')
    const mm = (v: Fraction, way: 'up' | 'down') => withUnit(directed(v, 2, way), 'mm')
    return {
      stem: `A drawing gives ${exact(x)} ± ${exact(t)} in. Using 1 in = 25.4 mm exactly, the metric limits must stay inside the inch band, so each limit is rounded towards the nominal size. What is the lower limit in millimetres, to two decimal places?`,
      key: mm(lo, 'up'),
      wrong: [
        [mm(lo, 'down'), 'rounds the lower limit down, outside the band'],
        [mm(times(minus(x, t), q('25')), 'up'), 'converts with 25 mm to the inch'],
        [mm(times(plus(x, t), IN_MM), 'down'), 'gives the upper limit'],
        [mm(minus(times(x, IN_MM), t), 'up'), 'takes the inch tolerance off the millimetre size'],
        [
          mm(times(minus(x, times(t, w(2))), IN_MM), 'up'),
          'takes off the whole band, twice the tolerance',
        ],
        [mm(times(x, IN_MM), 'up'), 'gives the nominal size'],
      ],
      figures: { x: `${x.n}/${x.d}`, t: `${t.n}/${t.d}` },
    }
  }),
  family('upper-limit-millimetres-to-inches-rounded-inside', (rng) => {
    const x = drawDec(rng, 1200, 9800, 1)
    const t = drawDec(rng, 2, 50, 2)
    const hi = over(plus(x, t), IN_MM)
    if ((hi.n * 10000n) % hi.d === 0n) throw new VariantError('the limit converts exactly')
    const inch = (v: Fraction, way: 'up' | 'down') => withUnit(directed(v, 4, way), 'in')
    return {
      stem: `A metric drawing gives ${exact(x)} ± ${exact(t)} mm. Using 1 in = 25.4 mm exactly, the inch limits must stay inside the metric band, so each limit is rounded towards the nominal size. What is the upper limit in inches, to four decimal places?`,
      key: inch(hi, 'down'),
      wrong: [
        [inch(hi, 'up'), 'rounds the upper limit up, outside the band'],
        [inch(over(plus(x, t), w(25)), 'down'), 'converts with 25 mm to the inch'],
        [inch(over(minus(x, t), IN_MM), 'down'), 'gives the lower limit'],
        [
          inch(plus(over(x, IN_MM), over(t, w(25))), 'down'),
          'converts the tolerance with 25 mm to the inch',
        ],
        [
          inch(over(plus(x, times(t, w(2))), IN_MM), 'down'),
          'adds the whole band, twice the tolerance',
        ],
      ],
      figures: { x: `${x.n}/${x.d}`, t: `${t.n}/${t.d}` },
    }
  }),
  family('tolerance-inches-to-millimetres-rounded-down', (rng) => {
    const t = drawDec(rng, 3, 95, 4)
    const mm = times(t, IN_MM)
    if ((mm.n * 1000n) % mm.d === 0n) throw new VariantError('the tolerance converts exactly')
    const show = (v: Fraction, way: 'up' | 'down') => withUnit(directed(v, 3, way), 'mm')
    return {
      stem: `A US drawing gives a symmetric tolerance of ±${exact(t)} in. Using 1 in = 25.4 mm exactly, and rounding down so the metric tolerance stays inside the original, what is the tolerance in millimetres, to three decimal places?`,
      key: `±${show(mm, 'down')}`,
      wrong: [
        [`±${show(mm, 'up')}`, 'rounds up, widening the tolerance'],
        [`±${show(times(t, q('2.54')), 'down')}`, 'uses 2.54, giving centimetres'],
        [`±${show(times(t, w(2), IN_MM), 'down')}`, 'gives the whole band width'],
        [`±${show(times(t, w(25)), 'down')}`, 'rounds the factor to 25 mm an inch'],
        [`±${show(over(t, IN_MM), 'down')}`, 'divides by 25.4 instead of multiplying'],
        [`±${show(times(t, q('12.7')), 'down')}`, 'halves the tolerance as if it were a band'],
      ],
      figures: { t: `${t.n}/${t.d}` },
    }
  }),
]
