import { conversion, drawDec, exact, over, q, sf4, times, w } from './egu-text.js'

// Flow, speed, density and compound units. A compound unit converts each of its parts: the
// volume, the mass, the length (squared or cubed as it appears) and the time, each by an exact
// definition the stem names (1 US gallon = 3.785411784 L = 231 in³, 1 ft = 0.3048 m,
// 1 mile = 1.609344 km, 1 nautical mile = 1,852 m, 1 lb = 0.45359237 kg, g = 9.80665 m/s²).
// The slips are one part left unconverted, a length factor not cubed, a time factor of 60 for
// 3,600, the imperial gallon for the US one and the pound of mass for the pound-force.

const USGAL_L = q('3.785411784')
const IMPGAL_L = q('4.54609')
const FT_M = q('0.3048')
const IN_M = q('0.0254')
const MI_KM = q('1.609344')
const LB_KG = q('0.45359237')
const G = q('9.80665')
const LBF_N = times(LB_KG, G)
const BTU_J = q('1055.05585262')
const cube = (x: typeof FT_M) => times(x, x, x)
const LBF = '1 lb = 0.45359237 kg and g = 9.80665 m/s² exactly (1 lbf = 0.45359237 × 9.80665 N)'

export const FLOW_FAMILIES = [
  conversion('litres-per-minute-to-us-gpm', (rng) => {
    const f = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A metric pump delivers ${exact(f)} L/min. Using 1 US gallon = 3.785411784 L exactly, what is the flow in US gallons per minute, to four significant figures?`,
      unit: 'US gpm',
      show: sf4,
      inputs: { f },
      key: over(f, USGAL_L),
      wrong: [
        [over(f, IMPGAL_L), 'uses the imperial gallon, 4.54609 L'],
        [times(f, USGAL_L), 'multiplies by 3.785411784 instead of dividing'],
        [over(times(f, w(60)), USGAL_L), 'multiplies by 60, giving gallons per hour'],
        [over(f, times(USGAL_L, w(60))), 'divides by 60, giving gallons per second'],
        [over(f, times(cube(FT_M), w(1000))), 'gives cubic feet per minute'],
      ],
    }
  }),
  conversion('us-gpm-to-cubic-metres-per-hour', (rng) => {
    const f = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A US cooling-tower pump is rated ${exact(f)} US gpm. Using 1 US gallon = 3.785411784 L and 1 m³ = 1,000 L exactly, what is the flow in m³/h, to four significant figures?`,
      unit: 'm³/h',
      show: sf4,
      inputs: { f },
      key: over(times(f, USGAL_L, w(60)), w(1000)),
      wrong: [
        [over(times(f, USGAL_L), w(1000)), 'leaves it per minute'],
        [over(times(f, USGAL_L), w(60000)), 'divides by 60 instead of multiplying'],
        [over(times(f, IMPGAL_L, w(60)), w(1000)), 'uses the imperial gallon, 4.54609 L'],
        [times(f, USGAL_L, w(60)), 'stops at litres per hour'],
        [over(times(f, USGAL_L), w(60)), 'gives litres per second'],
      ],
    }
  }),
  conversion('kilometres-per-hour-to-mph', (rng) => {
    const v = drawDec(rng, 150, 3200, 1)
    return {
      stem: `A European conveyor spec gives a belt speed of ${exact(v)} km/h. Using 1 mile = 1.609344 km exactly, what is it in miles per hour, to four significant figures?`,
      unit: 'mph',
      show: sf4,
      inputs: { v },
      key: over(v, MI_KM),
      wrong: [
        [times(v, MI_KM), 'multiplies by 1.609344 instead of dividing'],
        [over(v, q('1.852')), 'uses the nautical mile, giving knots'],
        [over(times(v, w(1000)), w(3600)), 'gives metres per second'],
        [over(v, q('1.6')), 'rounds the mile to 1.6 km'],
      ],
    }
  }),
  conversion('knots-to-mph', (rng) => {
    const v = drawDec(rng, 50, 650, 1)
    return {
      stem: `A marine survey gives a current of ${exact(v)} knots (nautical miles per hour). Using 1 nautical mile = 1,852 m and 1 mile = 1,609.344 m exactly, what is it in miles per hour, to four significant figures?`,
      unit: 'mph',
      show: sf4,
      inputs: { v },
      key: over(times(v, w(1852)), q('1609.344')),
      wrong: [
        [times(v, q('1.852')), 'stops at kilometres per hour'],
        [over(times(v, q('1609.344')), w(1852)), 'converts the wrong way'],
        [v, 'takes a knot as a mile per hour'],
        [over(times(v, w(1852)), times(FT_M, w(3600))), 'gives feet per second'],
        [over(times(v, w(1852)), times(FT_M, w(60))), 'gives feet per minute'],
        [over(times(v, w(1852)), w(3600)), 'gives metres per second'],
      ],
    }
  }),
  conversion('metres-per-second-to-feet-per-minute', (rng) => {
    const v = drawDec(rng, 105, 2500, 2)
    return {
      stem: `A metric fan spec gives a face velocity of ${exact(v)} m/s. Using 1 ft = 0.3048 m exactly, what is it in feet per minute, to four significant figures?`,
      unit: 'ft/min',
      show: sf4,
      inputs: { v },
      key: over(times(v, w(60)), FT_M),
      wrong: [
        [over(v, FT_M), 'leaves it per second'],
        [times(v, FT_M, w(60)), 'multiplies by 0.3048 instead of dividing'],
        [over(v, times(FT_M, w(60))), 'divides by 60 instead of multiplying'],
        [over(times(v, w(3600)), FT_M), 'multiplies by 3,600, giving feet per hour'],
        [times(v, w(200)), 'uses the rule of thumb of 200 ft/min per m/s'],
      ],
    }
  }),
  conversion('density-kg-per-cubic-metre-to-lb-per-cubic-foot', (rng) => {
    const d = w(rng.int(120, 9800))
    return {
      stem: `A metric datasheet gives a density of ${exact(d)} kg/m³. Using 1 lb = 0.45359237 kg and 1 ft = 0.3048 m exactly, what is it in lb/ft³, to four significant figures?`,
      unit: 'lb/ft³',
      show: sf4,
      inputs: { d },
      key: over(times(d, cube(FT_M)), LB_KG),
      wrong: [
        [over(times(d, FT_M), LB_KG), 'multiplies by 0.3048 once, not cubed'],
        [times(d, cube(FT_M), LB_KG), 'multiplies by 0.45359237 instead of dividing'],
        [times(d, cube(FT_M)), 'converts the volume but not the mass'],
        [over(d, times(cube(FT_M), LB_KG)), 'divides by the cubed foot instead of multiplying'],
      ],
    }
  }),
  conversion('mud-weight-pounds-per-us-gallon-to-kg-per-cubic-metre', (rng) => {
    const d = drawDec(rng, 850, 1990, 2)
    return {
      stem: `A US drilling report gives a mud weight of ${exact(d)} lb/gal (pounds per US gallon). Using 1 lb = 0.45359237 kg, 1 US gallon = 3.785411784 L and 1 m³ = 1,000 L exactly, what is the mud density in kg/m³, to four significant figures?`,
      unit: 'kg/m³',
      show: sf4,
      inputs: { d },
      key: over(times(d, LB_KG, w(1000)), USGAL_L),
      wrong: [
        [over(times(d, LB_KG, w(1000)), IMPGAL_L), 'uses the imperial gallon, 4.54609 L'],
        [over(times(d, LB_KG), USGAL_L), 'stops at kilograms per litre'],
        [over(times(d, w(1000)), USGAL_L), 'converts the gallons but not the pounds'],
        [
          times(d, LB_KG, USGAL_L, w(1000)),
          'multiplies by the gallon’s litres instead of dividing',
        ],
        [over(times(d, LB_KG), cube(FT_M)), 'reads pounds per gallon as pounds per cubic foot'],
        [
          over(times(d, w(1000)), times(LB_KG, USGAL_L)),
          'divides by 0.45359237 instead of multiplying',
        ],
      ],
    }
  }),
  conversion('torque-newton-metres-to-pound-force-feet', (rng) => {
    const t = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A metric assembly drawing gives a tightening torque of ${exact(t)} N·m. Using ${LBF} and 1 ft = 0.3048 m exactly, what is it in lbf·ft, to four significant figures?`,
      unit: 'lbf·ft',
      show: sf4,
      inputs: { t },
      key: over(t, times(LBF_N, FT_M)),
      wrong: [
        [times(t, LBF_N, FT_M), 'multiplies by both factors instead of dividing'],
        [over(t, times(LB_KG, FT_M)), 'uses the pound of mass, leaving g out'],
        [over(t, times(LBF_N, IN_M)), 'uses the inch, giving lbf·in'],
        [over(t, times(G, FT_M)), 'treats the pound-force as a kilogram-force'],
      ],
    }
  }),
  conversion('torque-pound-force-inches-to-newton-metres', (rng) => {
    const t = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A US fastener chart gives ${exact(t)} lbf·in. Using ${LBF} and 1 in = 0.0254 m exactly, what is the torque in N·m, to four significant figures?`,
      unit: 'N·m',
      show: sf4,
      inputs: { t },
      key: times(t, LBF_N, IN_M),
      wrong: [
        [times(t, LBF_N, FT_M), 'reads lbf·in as lbf·ft'],
        [times(t, LB_KG, IN_M), 'uses the pound of mass, leaving g out'],
        [over(t, times(LBF_N, IN_M)), 'divides by both factors'],
        [times(t, LBF_N, q('25.4')), 'leaves the inch in millimetres, giving N·mm'],
      ],
    }
  }),
  conversion('miles-per-gallon-to-litres-per-100-km', (rng) => {
    const mpg = drawDec(rng, 80, 650, 1)
    return {
      stem: `A US fleet report gives ${exact(mpg)} mpg (US gallons). Using 1 US gallon = 3.785411784 L and 1 mile = 1.609344 km exactly, what is the fuel use in litres per 100 km, to four significant figures?`,
      unit: 'L per 100 km',
      show: sf4,
      inputs: { mpg },
      key: over(times(w(100), USGAL_L), times(mpg, MI_KM)),
      wrong: [
        [over(times(w(100), IMPGAL_L), times(mpg, MI_KM)), 'uses the imperial gallon, 4.54609 L'],
        [over(USGAL_L, times(mpg, MI_KM)), 'gives litres per kilometre, leaving out the 100'],
        [over(times(w(100), USGAL_L, MI_KM), mpg), 'multiplies by the mile instead of dividing'],
        [over(times(mpg, MI_KM), USGAL_L), 'gives kilometres per litre'],
      ],
    }
  }),
  conversion('cubic-metres-per-hour-to-cfm', (rng) => {
    const f = w(rng.int(120, 9800))
    return {
      stem: `A metric ventilation schedule gives ${exact(f)} m³/h for a room. Using 1 ft = 0.3048 m exactly, what is the airflow in cubic feet per minute (cfm), to four significant figures?`,
      unit: 'cfm',
      show: sf4,
      inputs: { f },
      key: over(f, times(cube(FT_M), w(60))),
      wrong: [
        [over(f, cube(FT_M)), 'leaves it per hour'],
        [over(f, times(FT_M, w(60))), 'divides by 0.3048 once, not cubed'],
        [over(f, times(cube(FT_M), w(3600))), 'divides by 3,600, giving per second'],
        [over(times(f, w(60)), cube(FT_M)), 'multiplies by 60 instead of dividing'],
      ],
    }
  }),
  conversion('pounds-per-hour-to-kilograms-per-second', (rng) => {
    const m = w(rng.int(1200, 98000))
    return {
      stem: `A US boiler datasheet gives a steam flow of ${exact(m)} lb/h. Using 1 lb = 0.45359237 kg exactly, what is it in kg/s, to four significant figures?`,
      unit: 'kg/s',
      show: sf4,
      inputs: { m },
      key: over(times(m, LB_KG), w(3600)),
      wrong: [
        [over(times(m, LB_KG), w(60)), 'divides by 60 instead of 3,600'],
        [over(m, times(LB_KG, w(3600))), 'divides by 0.45359237 instead of multiplying'],
        [times(m, LB_KG), 'leaves it per hour'],
        [over(times(m, LB_KG), w(86400)), 'divides by the seconds in a day'],
      ],
    }
  }),
  conversion('pressure-drop-psi-per-100-ft-to-kpa-per-metre', (rng) => {
    const p = drawDec(rng, 105, 980, 2)
    const psi = over(LBF_N, times(IN_M, IN_M))
    return {
      stem: `A US pipe-sizing chart gives a friction loss of ${exact(p)} psi per 100 ft of pipe. Using ${LBF}, 1 in = 0.0254 m, 1 ft = 0.3048 m exactly and 1 psi = 1 lbf/in², what is the loss in kPa per metre, to four significant figures?`,
      unit: 'kPa/m',
      show: sf4,
      inputs: { p },
      key: over(times(p, psi), times(w(100000), FT_M)),
      wrong: [
        [over(times(p, psi), w(100000)), 'leaves the length in feet'],
        [over(times(p, psi, FT_M), w(100000)), 'multiplies by 0.3048 instead of dividing'],
        [over(times(p, psi), times(w(1000), FT_M)), 'leaves out the 100 ft'],
        [over(times(p, psi), times(w(100), FT_M)), 'stops at pascals per metre'],
        [over(times(p, psi), times(w(100000), FT_M, FT_M)), 'squares the foot factor'],
        [over(times(p, psi), w(30000)), 'takes 100 ft as a rounded 30 m'],
        [
          over(times(p, LB_KG), times(IN_M, IN_M, w(100000), FT_M)),
          'uses the pound of mass, leaving g out',
        ],
      ],
    }
  }),
  conversion('u-value-imperial-to-si', (rng) => {
    const u = drawDec(rng, 15, 980, 3)
    return {
      stem: `A US wall assembly has a U-value of ${exact(u)} BTU/(h·ft²·°F). Using 1 BTU = 1,055.05585262 J, 1 ft = 0.3048 m exactly, 1 h = 3,600 s and a difference of 1 °F = 5/9 K, what is it in W/(m²·K), to four significant figures?`,
      unit: 'W/(m²·K)',
      show: sf4,
      inputs: { u },
      key: over(times(u, BTU_J, w(9)), times(w(3600), FT_M, FT_M, w(5))),
      wrong: [
        [over(times(u, BTU_J), times(w(3600), FT_M, FT_M)), 'leaves the °F per kelvin out'],
        [
          over(times(u, BTU_J, w(5)), times(w(3600), FT_M, FT_M, w(9))),
          'uses 5/9 instead of 9/5 for the degree',
        ],
        [
          over(times(u, BTU_J, w(9)), times(w(3600), FT_M, w(5))),
          'divides by 0.3048 once, not squared',
        ],
        [
          over(times(u, BTU_J, w(9)), times(w(60), FT_M, FT_M, w(5))),
          'divides by 60 instead of 3,600',
        ],
        [over(times(u, BTU_J, w(9)), times(w(3600), FT_M, FT_M, w(5), w(1000))), 'gives kW/(m²·K)'],
        [
          over(times(u, BTU_J, w(9)), times(FT_M, FT_M, w(5))),
          'leaves out the 3,600 s, reading BTU/h as BTU/s',
        ],
      ],
    }
  }),
  conversion('pipe-flow-gpm-to-velocity', (rng) => {
    const f = w(rng.int(20, 950))
    const a = drawDec(rng, 150, 9500, 3)
    return {
      stem: `A US pump sends ${exact(f)} US gpm through a pipe whose bore area is ${exact(a)} in². Using 1 US gallon = 231 in³, 1 ft = 12 in and velocity = flow ÷ area, what is the mean velocity in feet per second, to four significant figures?`,
      unit: 'ft/s',
      show: sf4,
      inputs: { f, a },
      key: over(times(f, w(231)), times(a, w(720))),
      wrong: [
        [over(times(f, w(231)), times(a, w(60))), 'leaves the velocity in inches per second'],
        [over(times(f, w(231)), times(a, w(12))), 'leaves it per minute'],
        [
          over(times(f, w(231)), times(a, w(8640))),
          'divides by 144 for the inches, as for an area',
        ],
        [
          over(times(f, w(231)), times(a, w(43200))),
          'divides by 3,600, taking the gallons as per hour',
        ],
      ],
    }
  }),
  conversion('linear-mass-kg-per-metre-to-lb-per-foot', (rng) => {
    const m = drawDec(rng, 105, 9800, 2)
    return {
      stem: `A European section table gives a beam’s mass as ${exact(m)} kg/m. Using 1 lb = 0.45359237 kg and 1 ft = 0.3048 m exactly, what is it in lb/ft, to four significant figures?`,
      unit: 'lb/ft',
      show: sf4,
      inputs: { m },
      key: over(times(m, FT_M), LB_KG),
      wrong: [
        [over(m, times(FT_M, LB_KG)), 'divides by the foot instead of multiplying'],
        [times(m, FT_M, LB_KG), 'multiplies by 0.45359237 instead of dividing'],
        [over(m, LB_KG), 'converts the mass but not the length'],
        [times(m, FT_M), 'converts the length but not the mass'],
      ],
    }
  }),
]
