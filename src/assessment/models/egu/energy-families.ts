import {
  conversion,
  drawDec,
  exact,
  fixed,
  minus,
  over,
  plus,
  q,
  sf4,
  times,
  w,
} from './egu-text.js'

// Energy, power, heat and temperature. The stems name each definition: 1 kWh = 3.6 MJ, the
// International Table BTU = 1,055.05585262 J, the thermochemical calorie = 4.184 J, the mechanical
// horsepower = 550 ft·lbf/s, the metric horsepower = 75 kgf·m/s, °F = °C × 9/5 + 32 and
// K = °C + 273.15. A temperature difference converts by 9/5 or 5/9 alone; the offset belongs to
// a temperature reading only, and applying it to a difference is the slip most of these test.

const BTU_J = q('1055.05585262')
const LB_KG = q('0.45359237')
const G = q('9.80665')
const FT_M = q('0.3048')
const LBF_N = times(LB_KG, G)
const NINE_FIFTHS = over(w(9), w(5))
const FIVE_NINTHS = over(w(5), w(9))
const one = (x: Parameters<typeof fixed>[0]) => fixed(x, 1)
const two = (x: Parameters<typeof fixed>[0]) => fixed(x, 2)

export const ENERGY_FAMILIES = [
  conversion('celsius-to-fahrenheit', (rng) => {
    const c = w(rng.int(15, 480))
    return {
      stem: `A European oven profile holds ${exact(c)} °C. Using °F = °C × 9/5 + 32, what is the setpoint in degrees Fahrenheit, to one decimal place?`,
      unit: '°F',
      show: one,
      inputs: { c },
      key: plus(times(c, NINE_FIFTHS), w(32)),
      wrong: [
        [times(c, NINE_FIFTHS), 'leaves out the 32'],
        [times(plus(c, w(32)), NINE_FIFTHS), 'adds 32 before multiplying'],
        [plus(times(c, FIVE_NINTHS), w(32)), 'uses 5/9 instead of 9/5'],
        [plus(times(c, w(2)), w(30)), 'uses the double-and-add-30 rule of thumb'],
        [plus(times(c, q('1.8')), w(273)), 'adds 273 instead of 32'],
        [plus(c, q('273.15')), 'gives kelvin'],
      ],
    }
  }),
  conversion('fahrenheit-to-celsius', (rng) => {
    const f = w(rng.int(120, 900))
    return {
      stem: `A US heat-treatment sheet calls for ${exact(f)} °F. Using °C = (°F − 32) × 5/9, what is that in degrees Celsius, to one decimal place?`,
      unit: '°C',
      show: one,
      inputs: { f },
      key: times(minus(f, w(32)), FIVE_NINTHS),
      wrong: [
        [minus(times(f, FIVE_NINTHS), w(32)), 'multiplies by 5/9 before taking off 32'],
        [times(f, FIVE_NINTHS), 'leaves out the 32'],
        [times(minus(f, w(32)), NINE_FIFTHS), 'uses 9/5 instead of 5/9'],
        [over(minus(f, w(30)), w(2)), 'uses the take-30-and-halve rule of thumb'],
      ],
    }
  }),
  conversion('temperature-rise-fahrenheit-to-kelvin', (rng) => {
    const d = w(rng.int(40, 360))
    return {
      stem: `A US test report says a winding’s temperature rose by ${exact(d)} °F. A temperature difference converts by 5/9 alone (1 °F of difference = 5/9 K). What is the rise in kelvin, to one decimal place?`,
      unit: 'K',
      show: one,
      inputs: { d },
      key: times(d, FIVE_NINTHS),
      wrong: [
        [times(minus(d, w(32)), FIVE_NINTHS), 'takes off 32 as if the rise were a reading'],
        [times(d, NINE_FIFTHS), 'uses 9/5 instead of 5/9'],
        [
          plus(times(minus(d, w(32)), FIVE_NINTHS), q('273.15')),
          'converts the rise as a reading all the way to kelvin',
        ],
        [d, 'takes a degree Fahrenheit of rise as a kelvin'],
      ],
    }
  }),
  conversion('temperature-tolerance-celsius-to-fahrenheit', (rng) => {
    const t = drawDec(rng, 5, 150, 1)
    return {
      stem: `A metric specification allows ±${exact(t)} °C about the setpoint. A temperature difference converts by 9/5 alone (1 °C of difference = 1.8 °F). What is the tolerance in °F, to two decimal places?`,
      unit: '°F',
      show: two,
      inputs: { t },
      key: times(t, NINE_FIFTHS),
      wrong: [
        [plus(times(t, NINE_FIFTHS), w(32)), 'adds 32 as if the tolerance were a reading'],
        [times(t, FIVE_NINTHS), 'uses 5/9 instead of 9/5'],
        [t, 'keeps the same number of degrees'],
        [times(plus(t, w(32)), NINE_FIFTHS), 'adds 32 and then multiplies by 9/5'],
      ],
    }
  }),
  conversion('fahrenheit-to-kelvin', (rng) => {
    const f = w(rng.int(60, 900))
    return {
      stem: `A US oven log reads ${exact(f)} °F. Using °C = (°F − 32) × 5/9 and K = °C + 273.15, what is that in kelvin, to two decimal places?`,
      unit: 'K',
      show: two,
      inputs: { f },
      key: plus(times(minus(f, w(32)), FIVE_NINTHS), q('273.15')),
      wrong: [
        [plus(times(f, FIVE_NINTHS), q('273.15')), 'leaves out the 32'],
        [times(minus(f, w(32)), FIVE_NINTHS), 'stops at degrees Celsius'],
        [plus(times(minus(f, w(32)), FIVE_NINTHS), w(273)), 'adds 273 instead of 273.15'],
        [plus(f, q('459.67')), 'gives degrees Rankine'],
      ],
    }
  }),
  conversion('kelvin-to-fahrenheit', (rng) => {
    const k = drawDec(rng, 3000, 8000, 1)
    return {
      stem: `A sensor datasheet gives a maximum of ${exact(k)} K. Using °C = K − 273.15 and °F = °C × 9/5 + 32, what is that in degrees Fahrenheit, to two decimal places?`,
      unit: '°F',
      show: two,
      inputs: { k },
      key: plus(times(minus(k, q('273.15')), NINE_FIFTHS), w(32)),
      wrong: [
        [plus(times(k, NINE_FIFTHS), w(32)), 'treats kelvin as degrees Celsius'],
        [times(minus(k, q('273.15')), NINE_FIFTHS), 'leaves out the 32'],
        [minus(k, q('273.15')), 'stops at degrees Celsius'],
        [plus(times(minus(k, w(273)), NINE_FIFTHS), w(32)), 'takes off 273 instead of 273.15'],
        [minus(times(k, NINE_FIFTHS), w(32)), 'multiplies by 9/5 and takes off 32'],
      ],
    }
  }),
  conversion('kilowatt-hours-to-megajoules', (rng) => {
    const e = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A meter logs ${exact(e)} kWh for a test rig. Using 1 kWh = 1,000 W × 3,600 s = 3.6 MJ, what energy is that in megajoules, to four significant figures?`,
      unit: 'MJ',
      show: sf4,
      inputs: { e },
      key: times(e, q('3.6')),
      wrong: [
        [over(e, q('3.6')), 'divides by 3.6 instead of multiplying'],
        [times(e, w(3600)), 'stops at kilojoules'],
        [times(e, q('0.36')), 'puts the decimal point in the wrong place, 0.36'],
        [times(e, q('0.06')), 'takes an hour as 60 s'],
      ],
    }
  }),
  conversion('btu-to-kilojoules', (rng) => {
    const b = w(rng.int(1200, 98000))
    return {
      stem: `A US heater is rated at ${exact(b)} BTU a cycle. Using 1 BTU = 1,055.05585262 J exactly (the International Table BTU), what is that in kilojoules, to four significant figures?`,
      unit: 'kJ',
      show: sf4,
      inputs: { b },
      key: over(times(b, BTU_J), w(1000)),
      wrong: [
        [over(times(b, w(1000)), BTU_J), 'divides by the joules in a BTU'],
        [times(b, BTU_J), 'stops at joules'],
        [over(times(b, BTU_J), w(3600)), 'divides by 3,600, giving watt-hours'],
        [times(b, q('4.184')), 'takes a BTU as a kilocalorie, 4.184 kJ'],
        [over(times(b, BTU_J), w(3600000)), 'gives kilowatt-hours'],
        [over(times(b, BTU_J), w(1000000)), 'stops at megajoules'],
      ],
    }
  }),
  conversion('btu-per-hour-to-kilowatts', (rng) => {
    const p = w(rng.int(60, 980) * 100)
    return {
      stem: `A US air-conditioner is rated ${exact(p)} BTU/h. Using 1 BTU = 1,055.05585262 J exactly and 1 W = 1 J/s, what is its capacity in kilowatts, to four significant figures?`,
      unit: 'kW',
      show: sf4,
      inputs: { p },
      key: over(times(p, BTU_J), w(3600000)),
      wrong: [
        [over(times(p, BTU_J), w(1000)), 'leaves out the 3,600 s in an hour'],
        [over(times(p, BTU_J), w(60000)), 'divides by 60 instead of 3,600'],
        [over(times(p, BTU_J), w(3600000000)), 'divides by a thousand too many, giving megawatts'],
        [over(p, w(12000)), 'gives tons of refrigeration, 12,000 BTU/h each'],
        [
          over(times(p, w(1000)), times(BTU_J, w(3600))),
          'divides by the BTU instead of multiplying',
        ],
        [over(times(p, q('4.184')), w(3600)), 'takes the BTU as a 4.184 kJ kilocalorie'],
      ],
    }
  }),
  conversion('horsepower-to-kilowatts', (rng) => {
    const hp = drawDec(rng, 15, 2400, 1)
    const hpW = times(w(550), FT_M, LBF_N)
    return {
      stem: `A US motor nameplate says ${exact(hp)} hp (mechanical horsepower, 550 ft·lbf/s). Using 1 ft = 0.3048 m and ${'1 lbf = 0.45359237 × 9.80665 N'} exactly, what is its output in kilowatts, to four significant figures?`,
      unit: 'kW',
      show: sf4,
      inputs: { hp },
      key: over(times(hp, hpW), w(1000)),
      wrong: [
        [over(times(hp, q('735.49875')), w(1000)), 'uses the metric horsepower, 735.49875 W'],
        [over(times(hp, w(1000)), hpW), 'divides by the watts in a horsepower'],
        [over(times(hp, w(550), FT_M, LB_KG), w(1000)), 'leaves g out of the pound-force'],
        [times(hp, hpW), 'stops at watts'],
        [
          over(times(hp, w(550), FT_M, LBF_N), w(60000)),
          'divides by 60 as if the 550 ft·lbf were a minute’s work',
        ],
        [times(hp, q('0.75')), 'uses the rule of thumb of ¾ kW a horsepower'],
      ],
    }
  }),
  conversion('kilowatts-to-metric-horsepower', (rng) => {
    const kw = drawDec(rng, 15, 2400, 1)
    const psW = times(w(75), G)
    return {
      stem: `A European engine is rated ${exact(kw)} kW and the client wants metric horsepower (PS, 75 kgf·m/s). Using g = 9.80665 m/s² exactly (1 kgf = 9.80665 N), what is the rating in PS, to four significant figures?`,
      unit: 'PS',
      show: sf4,
      inputs: { kw },
      key: over(times(kw, w(1000)), psW),
      wrong: [
        [
          over(times(kw, w(1000)), times(w(550), FT_M, LBF_N)),
          'uses the mechanical horsepower, 550 ft·lbf/s',
        ],
        [over(times(kw, psW), w(1000)), 'multiplies by the watts in a PS instead of dividing'],
        [over(times(kw, w(1000)), w(75)), 'leaves g out'],
        [over(times(kw, w(1000)), w(750)), 'rounds g to 10 m/s²'],
        [over(times(kw, w(1000)), G), 'divides the watts by g only, giving kgf·m/s'],
      ],
    }
  }),
  conversion('kilocalories-to-kilojoules', (rng) => {
    const c = w(rng.int(1200, 98000))
    return {
      stem: `An old process sheet gives a heat load of ${exact(c)} kcal. Using the thermochemical calorie, 1 cal = 4.184 J exactly, what is it in kilojoules, to four significant figures?`,
      unit: 'kJ',
      show: sf4,
      inputs: { c },
      key: times(c, q('4.184')),
      wrong: [
        [over(c, q('4.184')), 'divides by 4.184 instead of multiplying'],
        [over(times(c, w(4184)), w(3600)), 'gives watt-hours'],
        [over(times(c, w(4184)), BTU_J), 'gives BTU, not kilojoules'],
        [c, 'takes a kilocalorie as a kilojoule'],
        [over(times(c, q('4.184')), w(3600)), 'gives kilowatt-hours'],
        [times(c, w(3600)), 'takes a kilocalorie as a kilowatt-hour, 3,600 kJ'],
      ],
    }
  }),
  conversion('power-and-hours-to-kilowatt-hours', (rng) => {
    const p = w(rng.int(150, 9800))
    const h = drawDec(rng, 15, 950, 1)
    return {
      stem: `A heater draws ${exact(p)} W and runs for ${exact(h)} hours. Using 1 kWh = 1,000 W for one hour, how much energy does it use in kilowatt-hours, to four significant figures?`,
      unit: 'kWh',
      show: sf4,
      inputs: { p, h },
      key: over(times(p, h), w(1000)),
      wrong: [
        [times(p, h), 'leaves the power in watts'],
        [over(times(p, h), w(3600)), 'divides by 3,600 as if the hours were seconds'],
        [over(times(p, h, w(3600)), w(1000000)), 'gives megajoules'],
        [over(p, w(1000)), 'leaves out the running time'],
        [over(times(p, h), w(60000)), 'treats the hours as minutes'],
        [over(times(p, h, w(24)), w(1000)), 'multiplies by 24 as if the hours were days'],
      ],
    }
  }),
  conversion('heat-to-warm-water-with-fahrenheit-rise', (rng) => {
    const m = w(rng.int(20, 950))
    const t1 = w(rng.int(40, 70))
    const t2 = w(Number(t1.n) + rng.int(40, 120))
    const cp = q('4.186')
    return {
      stem: `A tank of ${exact(m)} kg of water is heated from ${exact(t1)} °F to ${exact(t2)} °F. Taking c = 4.186 kJ/(kg·K) and Q = m c ΔT, with a difference of 1 °F = 5/9 K, how much heat is needed in kilojoules, to four significant figures?`,
      unit: 'kJ',
      show: sf4,
      inputs: { m, t1, t2 },
      key: times(m, cp, minus(t2, t1), FIVE_NINTHS),
      wrong: [
        [times(m, cp, minus(t2, t1)), 'uses the rise in °F as kelvin'],
        [
          times(m, cp, minus(minus(t2, t1), w(32)), FIVE_NINTHS),
          'takes 32 off the rise before converting',
        ],
        [times(m, cp, minus(t2, t1), NINE_FIFTHS), 'converts the rise with 9/5'],
        [
          times(m, cp, minus(t2, w(32)), FIVE_NINTHS),
          'uses the final temperature in °C as the rise',
        ],
      ],
    }
  }),
  conversion('foot-pound-force-to-joules', (rng) => {
    const e = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A US impact test gives ${exact(e)} ft·lbf of absorbed energy. Using 1 ft = 0.3048 m and 1 lbf = 0.45359237 × 9.80665 N exactly, what is it in joules, to four significant figures?`,
      unit: 'J',
      show: sf4,
      inputs: { e },
      key: times(e, FT_M, LBF_N),
      wrong: [
        [times(e, FT_M, LB_KG), 'uses the pound of mass, leaving g out'],
        [over(times(e, FT_M), LBF_N), 'divides by the pound-force'],
        [times(e, FT_M, G), 'treats the pound-force as a kilogram-force'],
        [over(times(e, LBF_N), FT_M), 'divides by the foot'],
      ],
    }
  }),
  conversion('therms-to-kilowatt-hours', (rng) => {
    const t = drawDec(rng, 15, 980, 1)
    return {
      stem: `A US gas bill shows ${exact(t)} therms (1 therm = 100,000 BTU). Using 1 BTU = 1,055.05585262 J exactly and 1 kWh = 3,600,000 J, what is that in kilowatt-hours, to four significant figures?`,
      unit: 'kWh',
      show: sf4,
      inputs: { t },
      key: over(times(t, w(100000), BTU_J), w(3600000)),
      wrong: [
        [over(times(t, w(100000)), w(3600)), 'takes a therm as 100,000 kJ, leaving out the BTU'],
        [over(times(t, w(100000), BTU_J), w(1000000)), 'stops at megajoules'],
        [
          over(times(t, w(100000), BTU_J, q('3.6')), w(1000000)),
          'gets to megajoules and multiplies by 3.6 instead of dividing',
        ],
        [
          over(times(t, w(100000), w(1000)), times(BTU_J, w(3600))),
          'divides by the kilojoules in a BTU instead of multiplying',
        ],
      ],
    }
  }),
]
