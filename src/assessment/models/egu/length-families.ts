import { cap, conversion, drawDec, exact, over, plus, q, sf4, times, w } from './egu-text.js'

// Length, area and volume. The factors are the exact definitions (1 in = 25.4 mm, 1 ft = 12 in,
// 1 yd = 3 ft, 1 mile = 5,280 ft, 1 US gallon = 231 in³, 1 imperial gallon = 4.54609 L), which
// each stem states; an area factor is the length factor squared and a volume factor cubed, and
// the slips are the ones a converter makes: dividing for multiplying, the factor not squared or
// cubed, the centimetre or foot factor for the inch, and the imperial gallon for the US one.

const IN_MM = q('25.4')
const FT_M = q('0.3048')
const YD_M = q('0.9144')
const IN_M = q('0.0254')
const USGAL_L = q('3.785411784')
const IMPGAL_L = q('4.54609')
const sq = (x: ReturnType<typeof q>) => times(x, x)
const cube = (x: ReturnType<typeof q>) => times(x, x, x)

const SOURCES = [
  'a US machine drawing',
  'a supplier datasheet',
  'a contractor’s take-off',
  'an American specification',
] as const

export const LENGTH_FAMILIES = [
  conversion('feet-inches-to-mm', (rng) => {
    const ft = w(rng.int(2, 9))
    const inch = w(rng.int(1, 9))
    const total = times(w(12), ft)
    const inches = w(Number(total.n) + Number(inch.n))
    return {
      stem: `${cap(rng.pick(SOURCES))} gives a clear height of ${exact(ft)} ft ${exact(inch)} in. Using 1 ft = 12 in and 1 in = 25.4 mm exactly, what is it in millimetres, to four significant figures?`,
      unit: 'mm',
      show: sf4,
      inputs: { ft, inch },
      key: times(inches, IN_MM),
      wrong: [
        [
          times(over(w(10 * Number(ft.n) + Number(inch.n)), w(10)), q('304.8')),
          'reads the feet and inches as a decimal number of feet',
        ],
        [times(inches, w(25)), 'rounds 25.4 mm to 25 mm an inch'],
        [times(w(10 * Number(ft.n) + Number(inch.n)), IN_MM), 'takes ten inches to the foot'],
        [
          times(inches, q('30.48')),
          'uses 30.48, the centimetres in a foot, as millimetres per inch',
        ],
        [times(inches, q('2.54')), 'uses the centimetre factor, 2.54, for millimetres'],
        [plus(times(ft, q('304.8')), inch), 'converts the feet but adds the inches unconverted'],
      ],
    }
  }),
  conversion('mm-to-inches', (rng) => {
    const mm = drawDec(rng, 1200, 98000, 2)
    return {
      stem: `A metric part is ${exact(mm)} mm long. Using 1 in = 25.4 mm exactly, what is the length in inches, to four significant figures?`,
      unit: 'in',
      show: sf4,
      inputs: { mm },
      key: over(mm, IN_MM),
      wrong: [
        [over(mm, q('2.54')), 'divides by 2.54 as if the figure were in centimetres'],
        [over(mm, times(IN_MM, IN_MM)), 'divides by the squared factor, as for an area'],
        [over(mm, q('304.8')), 'divides by the millimetres in a foot'],
        [times(mm, IN_MM), 'multiplies by 25.4 instead of dividing'],
      ],
    }
  }),
  conversion('square-feet-to-square-metres', (rng) => {
    const a = w(rng.int(120, 9800))
    return {
      stem: `A floor plan gives a slab area of ${exact(a)} ft². Using 1 ft = 0.3048 m exactly, what is the area in square metres, to four significant figures?`,
      unit: 'm²',
      show: sf4,
      inputs: { a },
      key: times(a, sq(FT_M)),
      wrong: [
        [times(a, FT_M), 'multiplies by 0.3048 once, not squared'],
        [over(a, sq(FT_M)), 'divides by the squared factor instead of multiplying'],
        [times(a, cube(FT_M)), 'cubes the factor'],
        [times(a, q('0.09')), 'takes a foot as 0.3 m and squares that'],
        [over(a, w(10)), 'takes ten square feet to the square metre'],
      ],
    }
  }),
  conversion('square-metres-to-square-feet', (rng) => {
    const a = drawDec(rng, 150, 9900, 1)
    return {
      stem: `A European tender gives a roof area of ${exact(a)} m². Using 1 ft = 0.3048 m exactly, what is the area in square feet, to four significant figures?`,
      unit: 'ft²',
      show: sf4,
      inputs: { a },
      key: over(a, sq(FT_M)),
      wrong: [
        [over(a, FT_M), 'divides by 0.3048 once, not squared'],
        [times(a, sq(FT_M)), 'multiplies by the squared factor instead of dividing'],
        [over(a, cube(FT_M)), 'divides by the cubed factor'],
        [times(a, w(10)), 'takes ten square feet to the square metre'],
        [over(a, sq(YD_M)), 'uses the yard, giving square yards'],
        [times(a, w(9)), 'uses 9, the square feet in a square yard'],
        [over(a, times(q('0.0254'), q('0.0254'))), 'uses the inch, giving square inches'],
      ],
    }
  }),
  conversion('square-inches-to-square-millimetres', (rng) => {
    const a = drawDec(rng, 105, 9950, 3)
    return {
      stem: `A US datasheet gives a bolt’s tensile stress area as ${exact(a)} in². Using 1 in = 25.4 mm exactly, what is it in square millimetres, to four significant figures?`,
      unit: 'mm²',
      show: sf4,
      inputs: { a },
      key: times(a, sq(IN_MM)),
      wrong: [
        [times(a, IN_MM), 'multiplies by 25.4 once, not squared'],
        [times(a, w(625)), 'squares a rounded 25 mm an inch'],
        [times(a, sq(q('2.54'))), 'squares the centimetre factor, giving square centimetres'],
        [times(a, cube(IN_MM)), 'cubes the factor'],
        [over(a, sq(IN_MM)), 'divides by the squared factor'],
        [times(a, q('6451.6')), 'converts to square centimetres and multiplies by 1,000'],
      ],
    }
  }),
  conversion('cubic-yards-to-cubic-metres', (rng) => {
    const v = drawDec(rng, 35, 4800, 1)
    return {
      stem: `A contractor orders ${exact(v)} yd³ of concrete. Using 1 yd = 0.9144 m exactly, what volume is that in cubic metres, to four significant figures?`,
      unit: 'm³',
      show: sf4,
      inputs: { v },
      key: times(v, cube(YD_M)),
      wrong: [
        [times(v, YD_M), 'multiplies by 0.9144 once, not cubed'],
        [times(v, sq(YD_M)), 'squares the factor instead of cubing it'],
        [over(v, cube(YD_M)), 'divides by the cubed factor'],
        [times(v, cube(FT_M)), 'cubes the foot factor as if the figure were in cubic feet'],
        [times(v, q('0.76')), 'uses a rounded 0.76 m³ a cubic yard'],
      ],
    }
  }),
  conversion('tank-cubic-inches-to-us-gallons', (rng) => {
    const [l, b, h] = [w(rng.int(12, 60)), w(rng.int(10, 40)), w(rng.int(8, 36))]
    const v = times(l, b, h)
    return {
      stem: `A rectangular tank measures ${exact(l)} in × ${exact(b)} in × ${exact(h)} in inside. Using 1 US gallon = 231 in³ exactly, what does it hold in US gallons, to four significant figures?`,
      unit: 'US gal',
      show: sf4,
      inputs: { l, b, h },
      key: over(v, w(231)),
      wrong: [
        [over(v, w(1728)), 'divides by 1,728, giving cubic feet'],
        [over(v, w(144)), 'divides by 144, the square inches in a square foot'],
        [over(times(v, q('16.387064')), w(1000)), 'gives litres, at 16.387064 cm³ an inch cubed'],
        [over(v, q('277.42')), 'uses about 277.42 in³, the imperial gallon'],
        [
          over(w(Number(l.n) + Number(b.n) + Number(h.n)), w(231)),
          'adds the dimensions instead of multiplying them',
        ],
      ],
    }
  }),
  conversion('cubic-metres-to-us-gallons', (rng) => {
    const v = drawDec(rng, 12, 950, 2)
    return {
      stem: `A process tank holds ${exact(v)} m³. Using 1 m³ = 1,000 L and 1 US gallon = 3.785411784 L exactly, what is its capacity in US gallons, to four significant figures?`,
      unit: 'US gal',
      show: sf4,
      inputs: { v },
      key: over(times(v, w(1000)), USGAL_L),
      wrong: [
        [over(times(v, w(1000)), IMPGAL_L), 'uses the imperial gallon, 4.54609 L'],
        [times(v, w(1000), USGAL_L), 'multiplies by 3.785411784 instead of dividing'],
        [times(v, w(1000)), 'stops at litres'],
        [over(v, times(FT_M, FT_M, FT_M)), 'stops at cubic feet'],
      ],
    }
  }),
  conversion('miles-to-kilometres', (rng) => {
    const mi = drawDec(rng, 15, 9500, 1)
    return {
      stem: `A pipeline route is ${exact(mi)} miles long. Using 1 mile = 5,280 ft and 1 ft = 0.3048 m exactly, what is its length in kilometres, to four significant figures?`,
      unit: 'km',
      show: sf4,
      inputs: { mi },
      key: over(times(mi, w(5280), FT_M), w(1000)),
      wrong: [
        [over(mi, q('1.609344')), 'divides by 1.609344 instead of multiplying'],
        [times(mi, q('1.852')), 'uses the nautical mile, 1.852 km'],
        [over(times(mi, w(5000), FT_M), w(1000)), 'takes a mile as 5,000 ft'],
        [times(mi, q('1.6')), 'rounds the mile to 1.6 km'],
      ],
    }
  }),
  conversion('acres-to-hectares', (rng) => {
    const ac = drawDec(rng, 15, 9000, 1)
    return {
      stem: `A site survey gives ${exact(ac)} acres. Using 1 acre = 43,560 ft², 1 ft = 0.3048 m and 1 ha = 10,000 m² exactly, what is the site area in hectares, to four significant figures?`,
      unit: 'ha',
      show: sf4,
      inputs: { ac },
      key: over(times(ac, w(43560), sq(FT_M)), w(10000)),
      wrong: [
        [over(times(ac, w(43560), FT_M), w(10000)), 'multiplies by 0.3048 once, not squared'],
        [over(times(ac, w(43560), sq(FT_M)), w(1000)), 'takes a hectare as 1,000 m²'],
        [
          over(times(ac, w(4840), sq(FT_M)), w(10000)),
          'takes 4,840, the square yards in an acre, as square feet',
        ],
        [
          over(times(ac, w(43560)), times(sq(FT_M), w(10000))),
          'divides by the squared factor instead of multiplying',
        ],
      ],
    }
  }),
  conversion('plate-inches-to-square-metres', (rng) => {
    const [l, b] = [drawDec(rng, 120, 960, 1), drawDec(rng, 60, 480, 1)]
    const a = times(l, b)
    return {
      stem: `A steel plate is ${exact(l)} in × ${exact(b)} in. Using 1 in = 0.0254 m exactly, what is its area in square metres, to four significant figures?`,
      unit: 'm²',
      show: sf4,
      inputs: { l, b },
      key: times(a, sq(IN_M)),
      wrong: [
        [times(a, IN_M), 'converts one side only, the factor not squared'],
        [
          over(times(a, sq(IN_MM)), w(1000)),
          'divides square millimetres by 1,000 instead of 1,000,000',
        ],
        [
          over(times(a, sq(IN_MM)), w(1000000000)),
          'divides square millimetres by 10⁹, the cubed prefix',
        ],
        [times(a, sq(FT_M)), 'uses the foot factor for the inch'],
      ],
    }
  }),
  conversion('cubic-feet-to-litres', (rng) => {
    const v = drawDec(rng, 15, 9000, 1)
    return {
      stem: `A compressor receiver is rated at ${exact(v)} ft³. Using 1 ft = 0.3048 m and 1 m³ = 1,000 L exactly, what is its volume in litres, to four significant figures?`,
      unit: 'L',
      show: sf4,
      inputs: { v },
      key: times(v, cube(FT_M), w(1000)),
      wrong: [
        [times(v, FT_M, w(1000)), 'multiplies by 0.3048 once, not cubed'],
        [times(v, sq(FT_M), w(1000)), 'squares the factor instead of cubing it'],
        [times(v, cube(FT_M)), 'leaves out the 1,000 L in a cubic metre'],
        [over(times(v, w(1728)), w(231)), 'gives US gallons, 1,728 in³ a cubic foot over 231'],
        [over(v, times(cube(FT_M), w(1000))), 'divides by the factor instead of multiplying'],
      ],
    }
  }),
  conversion('millimetres-to-thou', (rng) => {
    const mm = drawDec(rng, 5, 950, 3)
    return {
      stem: `A coating is specified as ${exact(mm)} mm thick and the US shop works in thou (mils), 1 thou = 0.001 in. Using 1 in = 25.4 mm exactly, what is the thickness in thou, to four significant figures?`,
      unit: 'thou',
      show: sf4,
      inputs: { mm },
      key: over(times(mm, w(1000)), IN_MM),
      wrong: [
        [over(mm, IN_MM), 'stops at inches and forgets the 1,000 thou an inch'],
        [times(mm, w(1000)), 'reads a thou as a micrometre'],
        [over(times(mm, w(100)), IN_MM), 'takes 100 thou to the inch'],
        [over(times(mm, w(1000000)), IN_MM), 'takes a thou as a millionth of an inch'],
        [times(mm, q('40')), 'uses the rule of thumb of 40 thou a millimetre'],
        [
          over(times(mm, w(1000)), q('2.54')),
          'divides by 2.54 as if the figure were in centimetres',
        ],
      ],
    }
  }),
  conversion('imperial-to-us-gallons', (rng) => {
    const g = drawDec(rng, 12, 9500, 1)
    return {
      stem: `A UK specification gives a tank of ${exact(g)} imperial gallons for a US client. Using 1 imperial gallon = 4.54609 L and 1 US gallon = 3.785411784 L exactly, what is that in US gallons, to four significant figures?`,
      unit: 'US gal',
      show: sf4,
      inputs: { g },
      key: over(times(g, IMPGAL_L), USGAL_L),
      wrong: [
        [g, 'takes the two gallons as the same'],
        [over(times(g, USGAL_L), IMPGAL_L), 'converts the wrong way, US litres over imperial'],
        [times(g, IMPGAL_L), 'stops at litres'],
        [times(g, USGAL_L), 'multiplies by the US gallon’s litres'],
        [over(times(g, IMPGAL_L), w(4)), 'takes a US gallon as 4 L'],
      ],
    }
  }),
  conversion('cubic-metres-to-cubic-yards', (rng) => {
    const v = drawDec(rng, 25, 9900, 1)
    return {
      stem: `An excavation is ${exact(v)} m³ and the US haulier prices by the cubic yard. Using 1 yd = 0.9144 m exactly, what is the volume in cubic yards, to four significant figures?`,
      unit: 'yd³',
      show: sf4,
      inputs: { v },
      key: over(v, cube(YD_M)),
      wrong: [
        [over(v, YD_M), 'divides by 0.9144 once, not cubed'],
        [over(v, sq(YD_M)), 'squares the factor instead of cubing it'],
        [times(v, cube(YD_M)), 'multiplies by the cubed factor'],
        [over(v, cube(FT_M)), 'uses the foot, giving cubic feet'],
        [
          over(v, times(w(9), cube(FT_M))),
          'gives cubic feet and divides by 9, as for square yards',
        ],
        [times(v, q('1.3')), 'uses a rounded 1.3 yd³ a cubic metre'],
      ],
    }
  }),
  conversion('yards-to-metres', (rng) => {
    const yd = drawDec(rng, 150, 9800, 1)
    return {
      stem: `A fence line is ${exact(yd)} yd. Using 1 yd = 3 ft and 1 ft = 0.3048 m exactly, what is its length in metres, to four significant figures?`,
      unit: 'm',
      show: sf4,
      inputs: { yd },
      key: times(yd, w(3), FT_M),
      wrong: [
        [times(yd, FT_M), 'uses the foot factor for the yard'],
        [yd, 'takes a yard as a metre'],
        [times(yd, w(3)), 'gives feet'],
        [over(yd, YD_M), 'divides by 0.9144 instead of multiplying'],
        [times(yd, w(36), q('2.54')), 'uses 2.54 per inch, giving centimetres'],
      ],
    }
  }),
]
