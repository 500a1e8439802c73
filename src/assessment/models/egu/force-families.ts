import { conversion, drawDec, exact, minus, over, plus, q, sf4, times, w } from './egu-text.js'

// Mass, force, pressure and stress. The stems name the exact definitions: 1 lb = 0.45359237 kg,
// standard gravity g = 9.80665 m/s² (so 1 kgf = 9.80665 N and 1 lbf = 0.45359237 × 9.80665 N),
// 1 in = 0.0254 m, 1 bar = 100 kPa, 1 Pa = 1 N/m², 1 MPa = 1 N/mm². The slips are the pound of
// mass for the pound of force, g left out or rounded, a per-area factor not squared, the prefix
// off by a thousand, and a gauge pressure read as absolute.

const LB_KG = q('0.45359237')
const G = q('9.80665')
const IN_M = q('0.0254')
const IN_MM = q('25.4')
const FT_M = q('0.3048')
const LBF_N = times(LB_KG, G)
/** 1 psi in pascals: one pound-force on a square inch. */
const PSI_PA = over(LBF_N, times(IN_M, IN_M))

const LBF = '1 lb = 0.45359237 kg and g = 9.80665 m/s² exactly (so 1 lbf = 0.45359237 × 9.80665 N)'
const PSI = `${LBF}, 1 in = 0.0254 m exactly and 1 psi = 1 lbf/in²`

export const FORCE_FAMILIES = [
  conversion('pounds-to-kilograms', (rng) => {
    const lb = drawDec(rng, 120, 9800, 1)
    return {
      stem: `A US packing list gives a crate’s mass as ${exact(lb)} lb. Using 1 lb = 0.45359237 kg exactly, what is its mass in kilograms, to four significant figures?`,
      unit: 'kg',
      show: sf4,
      inputs: { lb },
      key: times(lb, LB_KG),
      wrong: [
        [over(lb, LB_KG), 'divides by 0.45359237 instead of multiplying'],
        [over(lb, w(2)), 'takes a pound as half a kilogram'],
        [times(lb, q('0.3732417216')), 'uses the troy pound, 0.3732417216 kg'],
        [times(lb, LBF_N), 'multiplies by g as well, giving newtons'],
      ],
    }
  }),
  conversion('kilogram-force-to-newtons', (rng) => {
    const kgf = drawDec(rng, 150, 9900, 1)
    return {
      stem: `An old European drawing gives a clamp load of ${exact(kgf)} kgf. With standard gravity g = 9.80665 m/s² exactly (1 kgf = 9.80665 N), what is the load in newtons, to four significant figures?`,
      unit: 'N',
      show: sf4,
      inputs: { kgf },
      key: times(kgf, G),
      wrong: [
        [over(kgf, G), 'divides by g instead of multiplying'],
        [times(kgf, w(10)), 'rounds g to 10 m/s²'],
        [kgf, 'takes a kilogram-force as a newton'],
        [times(kgf, LBF_N), 'uses the pound-force factor, 4.448 N'],
      ],
    }
  }),
  conversion('pound-force-to-newtons', (rng) => {
    const lbf = drawDec(rng, 150, 9900, 1)
    return {
      stem: `A US load table gives ${exact(lbf)} lbf on a bracket. Using ${LBF}, what is the force in newtons, to four significant figures?`,
      unit: 'N',
      show: sf4,
      inputs: { lbf },
      key: times(lbf, LBF_N),
      wrong: [
        [times(lbf, LB_KG), 'converts the pound of force as a pound of mass, to kilograms only'],
        [times(lbf, LB_KG, w(10)), 'rounds g to 10 m/s²'],
        [times(lbf, G), 'treats the pound-force as a kilogram-force'],
        [over(lbf, LBF_N), 'divides by the newtons in a pound-force'],
      ],
    }
  }),
  conversion('psi-to-kilopascals', (rng) => {
    const p = drawDec(rng, 120, 9600, 1)
    return {
      stem: `A US pump datasheet gives a discharge pressure of ${exact(p)} psi. Using ${PSI}, what is it in kilopascals, to four significant figures?`,
      unit: 'kPa',
      show: sf4,
      inputs: { p },
      key: over(times(p, PSI_PA), w(1000)),
      wrong: [
        [
          over(times(p, LBF_N), times(IN_M, w(1000))),
          'divides by the inch in metres once, not squared',
        ],
        [
          over(times(p, LB_KG), times(IN_M, IN_M, w(1000))),
          'uses the pound of mass, giving kgf/m² read as N',
        ],
        [times(p, G, w(10)), 'reads psi as kgf/cm²'],
        [over(p, PSI_PA), 'divides by the pascals in a psi'],
        [times(p, PSI_PA), 'stops at pascals and labels them kilopascals'],
        [over(times(p, PSI_PA), w(100000)), 'gives bar, dividing the pascals by 100,000'],
      ],
    }
  }),
  conversion('bar-to-psi', (rng) => {
    const b = drawDec(rng, 105, 9800, 2)
    return {
      stem: `A German valve is rated ${exact(b)} bar. Using 1 bar = 100,000 Pa and ${PSI}, what is its rating in psi, to four significant figures?`,
      unit: 'psi',
      show: sf4,
      inputs: { b },
      key: over(times(b, w(100000)), PSI_PA),
      wrong: [
        [over(times(b, w(101325)), PSI_PA), 'takes a bar as a standard atmosphere, 101,325 Pa'],
        [over(times(b, w(10000)), PSI_PA), 'takes a bar as 10 kPa'],
        [times(b, w(100)), 'stops at kilopascals'],
        [
          over(times(b, w(100000)), over(LB_KG, times(IN_M, IN_M))),
          'leaves g out of the pound-force',
        ],
        [over(times(b, PSI_PA), w(100000)), 'multiplies by the psi factor instead of dividing'],
      ],
    }
  }),
  conversion('ksi-to-megapascals', (rng) => {
    const s = drawDec(rng, 150, 9500, 1)
    return {
      stem: `A US material certificate gives a yield strength of ${exact(s)} ksi (1 ksi = 1,000 psi). Using ${PSI}, what is it in megapascals, to four significant figures?`,
      unit: 'MPa',
      show: sf4,
      inputs: { s },
      key: over(times(s, w(1000), PSI_PA), w(1000000)),
      wrong: [
        [over(times(s, PSI_PA), w(1000000)), 'forgets that a ksi is 1,000 psi'],
        [
          over(times(s, w(1000), LB_KG), times(IN_M, IN_M, w(1000000))),
          'leaves g out, giving kgf/mm²',
        ],
        [
          over(times(s, w(1000), LBF_N), times(IN_M, w(1000000))),
          'divides by the inch once, not squared',
        ],
        [
          over(times(s, w(1000000)), times(w(1000), PSI_PA)),
          'divides by the psi factor instead of multiplying',
        ],
      ],
    }
  }),
  conversion('newtons-per-square-millimetre-to-psi', (rng) => {
    const s = drawDec(rng, 105, 980, 0)
    return {
      stem: `A metric drawing gives an allowable stress of ${exact(s)} N/mm². Using ${LBF} and 1 in = 25.4 mm exactly, what is it in psi, to four significant figures?`,
      unit: 'psi',
      show: sf4,
      inputs: { s },
      key: over(times(s, IN_MM, IN_MM), LBF_N),
      wrong: [
        [over(times(s, IN_MM), LBF_N), 'multiplies by 25.4 once, not squared'],
        [over(times(s, IN_MM, IN_MM), G), 'divides by g alone, treating lbf as kgf'],
        [over(times(s, IN_MM, IN_MM), LB_KG), 'divides by the pound of mass, leaving g out'],
        [over(times(s, w(1000)), PSI_PA), 'reads N/mm² as kilopascals'],
        [over(times(s, IN_MM, IN_MM, w(1000)), LBF_N), 'reads N/mm² as kN/mm²'],
        [
          over(times(s, q('2.54'), q('2.54')), LBF_N),
          'squares 2.54, as if the stress were per square centimetre',
        ],
      ],
    }
  }),
  conversion('load-over-area-to-megapascals', (rng) => {
    const f = drawDec(rng, 120, 9500, 1)
    const a = w(rng.int(20, 900))
    return {
      stem: `A tie rod carries ${exact(f)} kN on a net section of ${exact(a)} mm². Using 1 kN = 1,000 N and 1 MPa = 1 N/mm², what is the tensile stress in megapascals, to four significant figures?`,
      unit: 'MPa',
      show: sf4,
      inputs: { f, a },
      key: over(times(f, w(1000)), a),
      wrong: [
        [over(f, a), 'leaves the load in kilonewtons'],
        [over(times(f, w(1000), G), a), 'multiplies by g as if the load were a mass'],
        [
          over(times(f, w(1000)), times(a, w(100))),
          'converts square millimetres to square centimetres first',
        ],
        [over(times(f, w(1000000)), a), 'takes a kilonewton as 1,000,000 N'],
        [over(times(a, w(1000)), times(f, w(1000))), 'divides the area by the load'],
        [
          over(times(f, w(1000)), times(a, G)),
          'divides by g, giving the old kgf/mm², and reads that as MPa',
        ],
      ],
    }
  }),
  conversion('water-head-to-kilopascals', (rng) => {
    const h = drawDec(rng, 105, 9500, 2)
    return {
      stem: `A pump lifts water through ${exact(h)} m. Taking water at 1,000 kg/m³, g = 9.80665 m/s² exactly and p = ρ g h, what pressure is that in kilopascals, to four significant figures?`,
      unit: 'kPa',
      show: sf4,
      inputs: { h },
      key: over(times(h, w(1000), G), w(1000)),
      wrong: [
        [times(h, w(1000), G), 'stops at pascals and labels them kilopascals'],
        [h, 'leaves g out, taking a metre of water as a kilopascal'],
        [over(times(h, G), w(1000)), 'leaves the density out'],
        [over(times(h, w(1000), G), w(100000)), 'gives bar, dividing by 100,000'],
        [times(h, w(10)), 'takes a metre of water as 10 kPa'],
      ],
    }
  }),
  conversion('gauge-psi-to-absolute-kilopascals', (rng) => {
    const p = drawDec(rng, 150, 4800, 1)
    const atm = q('101.325')
    return {
      stem: `A US drawing gives a working pressure of ${exact(p)} psig (gauge). The metric datasheet wants absolute pressure, with the atmosphere taken as 101.325 kPa. Using ${PSI}, what is the absolute pressure in kilopascals, to four significant figures?`,
      unit: 'kPa',
      show: sf4,
      inputs: { p },
      key: plus(over(times(p, PSI_PA), w(1000)), atm),
      wrong: [
        [over(times(p, PSI_PA), w(1000)), 'leaves it as gauge pressure'],
        [
          minus(over(times(p, PSI_PA), w(1000)), atm),
          'subtracts the atmosphere instead of adding it',
        ],
        [
          plus(over(times(p, PSI_PA), w(1000)), q('14.696')),
          'adds the atmosphere in psi, 14.696, to kilopascals',
        ],
        [
          over(times(plus(p, atm), PSI_PA), w(1000)),
          'adds 101.325 to the psi figure before converting',
        ],
        [
          plus(over(times(p, PSI_PA), w(1000)), times(w(2), q('101.325'))),
          'adds the atmosphere twice',
        ],
      ],
    }
  }),
  conversion('kgf-per-square-centimetre-to-megapascals', (rng) => {
    const x = drawDec(rng, 105, 9800, 2)
    return {
      stem: `An old gauge reads ${exact(x)} kgf/cm². Using g = 9.80665 m/s² exactly (1 kgf = 9.80665 N) and 1 m = 100 cm, what is the pressure in megapascals, to four significant figures?`,
      unit: 'MPa',
      show: sf4,
      inputs: { x },
      key: over(times(x, G, w(10000)), w(1000000)),
      wrong: [
        [over(times(x, G, w(100)), w(1000000)), 'multiplies by 100 once, not squared'],
        [over(x, w(10)), 'takes a kgf/cm² as a bar exactly and a bar as 0.1 MPa'],
        [over(times(x, G, w(10000)), w(100000)), 'gives bar, dividing by 100,000'],
        [times(x, G), 'stops at N/cm² and reads them as MPa'],
        [over(times(x, w(10000)), times(G, w(1000000))), 'divides by g instead of multiplying'],
      ],
    }
  }),
  conversion('short-tons-to-tonnes', (rng) => {
    const t = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A US shipment is ${exact(t)} short tons (1 short ton = 2,000 lb). Using 1 lb = 0.45359237 kg exactly and 1 t = 1,000 kg, what is it in tonnes, to four significant figures?`,
      unit: 't',
      show: sf4,
      inputs: { t },
      key: over(times(t, w(2000), LB_KG), w(1000)),
      wrong: [
        [over(times(t, w(2240), LB_KG), w(1000)), 'uses the long ton, 2,240 lb'],
        [t, 'takes a short ton as a tonne'],
        [over(times(t, w(1000), LB_KG), w(1000)), 'takes a ton as 1,000 lb'],
        [
          over(times(t, w(1000)), times(w(2000), LB_KG)),
          'divides by the tonne’s share instead of multiplying',
        ],
        [times(t, q('0.9')), 'uses a rounded 0.9 t a short ton'],
      ],
    }
  }),
  conversion('mass-to-weight-in-pound-force', (rng) => {
    const m = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A motor has a mass of ${exact(m)} kg and the US lifting plan wants its weight in pound-force. Using ${LBF}, what is its weight in lbf at standard gravity, to four significant figures?`,
      unit: 'lbf',
      show: sf4,
      inputs: { m },
      key: over(times(m, G), LBF_N),
      wrong: [
        [times(m, G), 'stops at newtons'],
        [times(m, LB_KG), 'multiplies by 0.45359237 instead of dividing'],
        [over(times(m, G), LB_KG), 'divides newtons by the pound of mass'],
        [
          over(m, times(LB_KG, G)),
          'divides the mass by the pound-force without first multiplying by g',
        ],
      ],
    }
  }),
  conversion('kgf-per-square-millimetre-to-megapascals', (rng) => {
    const x = drawDec(rng, 105, 980, 1)
    return {
      stem: `A Japanese steel standard gives a tensile strength of ${exact(x)} kgf/mm². Using g = 9.80665 m/s² exactly (1 kgf = 9.80665 N) and 1 MPa = 1 N/mm², what is it in megapascals, to four significant figures?`,
      unit: 'MPa',
      show: sf4,
      inputs: { x },
      key: times(x, G),
      wrong: [
        [over(times(x, G), w(100)), 'reads square millimetres as square centimetres'],
        [times(x, w(10)), 'rounds g to 10 m/s²'],
        [over(x, G), 'divides by g instead of multiplying'],
        [x, 'takes a kgf/mm² as a megapascal'],
      ],
    }
  }),
  conversion('spring-rate-lbf-per-inch-to-newtons-per-millimetre', (rng) => {
    const k = drawDec(rng, 105, 9800, 1)
    return {
      stem: `A US spring catalogue gives a rate of ${exact(k)} lbf/in. Using ${LBF} and 1 in = 25.4 mm exactly, what is the rate in N/mm, to four significant figures?`,
      unit: 'N/mm',
      show: sf4,
      inputs: { k },
      key: over(times(k, LBF_N), IN_MM),
      wrong: [
        [times(k, LBF_N, IN_MM), 'multiplies by 25.4 instead of dividing'],
        [over(times(k, LBF_N), q('2.54')), 'divides by 2.54, giving newtons per centimetre'],
        [over(times(k, LB_KG), IN_MM), 'uses the pound of mass, leaving g out'],
        [over(times(k, LBF_N), times(IN_MM, IN_MM)), 'squares the inch factor'],
      ],
    }
  }),
  conversion('inches-of-water-to-pascals', (rng) => {
    const x = drawDec(rng, 105, 980, 2)
    return {
      stem: `A duct static pressure is ${exact(x)} in of water. Taking water at 1,000 kg/m³, g = 9.80665 m/s², 1 in = 0.0254 m exactly and p = ρ g h, what is it in pascals, to four significant figures?`,
      unit: 'Pa',
      show: sf4,
      inputs: { x },
      key: times(x, IN_M, w(1000), G),
      wrong: [
        [times(x, IN_M, w(1000)), 'leaves g out'],
        [times(x, IN_MM, w(1000), G), 'leaves the height in millimetres'],
        [times(x, FT_M, w(1000), G), 'reads inches as feet of water'],
        [times(x, IN_M, IN_M, w(1000), G), 'squares the inch factor'],
      ],
    }
  }),
]
