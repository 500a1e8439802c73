import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `engineering-units` test's 80 families, 16 per domain (length,
 * area and volume; mass, force, pressure and stress; energy, power, heat and temperature; flow,
 * speed, density and compound units; significant figures, prefixes and tolerances), read as a
 * technician converting drawings and datasheets and as a guessing candidate, under a short
 * deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake) from a
 * scratch script, and the key of that draw worked by hand from the stated definitions (calculator
 * arithmetic, not the family's code): 80 of 80 keys, none wrong. Every changed family was drawn
 * again after its change (the measured-figures family six times). The key test re-derives every
 * key and declared mistake in BigInt rationals from the SI definitions and was changed with each
 * mistake added, replaced or removed. The named mistakes were read once each; they were not each
 * worked over several draws.
 *
 * Wrong keys found: none. Label fixed: sum-of-lengths' "rounds to the fewest significant figures,
 * as for a product" showed three figures, but every term has four; it now shows four (dropped
 * where it equals the key, when the sum is under 1,000).
 *
 * Rounded factors (the author's question): a rounded factor whose error moves a four-figure
 * answer by under about 0.5 % differs from the key only in the last digit, and on some draws not
 * at all (10.76 ft²/m² is 0.04 % off: 100 m² gives 1,076 ft² either way). Those were nudges and
 * were dropped: 10.76 ft²/m², 0.0394 in/mm, 645 mm²/in², 0.000645 m²/in², 27 × 0.0283 m³/yd³,
 * 264 US gal/m³ (twice), 1.2 US gal per imperial gallon, 145 psi per N/mm², 2.2 lb/kg,
 * 29.3 kWh/therm, 16 kg/m³ per lb/ft³, 5.7 W/(m²·K) per imperial U-value, the International
 * Table calorie for the thermochemical one (0.07 %), and 100 kPa for 101.325 kPa in the absolute
 * pressure (0.004 % of a large reading). Also dropped as duplicates of another mistake: 220
 * imperial gallons a cubic metre and 0.22 imperial gallons a litre (the imperial-gallon mistake
 * already listed), and 0.04 in/mm (always equal to "divides by 25"). Kept, because each is a rule
 * of thumb technicians use and moves the answer by 0.5 % or more, visible in the third figure:
 * 0.76 m³/yd³ (0.6 %), 1.3 yd³/m³, 0.9 t a short ton, 1.6 km a mile, ¾ kW a horsepower,
 * 200 ft/min per m/s (1.6 %), 25 mm an inch, 40 thou a millimetre, g = 10, 100 ft as 30 m.
 *
 * Weak mistakes judged: the tie rod's "halves the area as if the rod had two shear planes"
 * replaced by dividing by g (the old kgf/mm² read as MPa); "multiplies the kilowatts by the volts
 * and divides by 1,000" dropped, with a 0.8 motor power factor applied to a heater and the
 * three-phase formula (÷ √3 V, √3 taken as 1.732) on a single-phase load added; "divides by g as
 * well, giving tonnes-force" dropped; "works out the power, I²R, instead" kept (a real mix-up of
 * Ohm's law with the power law; without it the family's shortest-option rate was 0.51);
 * "takes a kgf/cm² as a bar exactly" kept (shop practice treats kg/cm² as bar; it is g rounded to
 * 10, 2 % off). Also replaced: acres' "takes a foot as 0.3 m and a hectare as 100,000 m²" (two
 * slips at once) by 4,840, the square yards in an acre, read as square feet; the therms family's
 * "BTU as a 4.1868 J calorie and stops at watt-hours" and "divides by 3.6 twice" by multiplying
 * megajoules by 3.6 and dividing by the kilojoules in a BTU, and "reads 1,055 J as kilojoules"
 * and "10,000 BTU" by a therm read as 100,000 kJ; mm-to-inches' "divides by 39.37" by the squared
 * factor. Added for the cue repairs: cubic feet per minute (litres per minute), "squares 2.54"
 * (N/mm² to psi), BTU/h read as BTU/s (U-value), stops at litres (cubic metres to US gallons),
 * a kilocalorie taken as a kilojoule and as a kilowatt-hour (kilocalories).
 *
 * Close pairs: the two density families were the same conversion both ways; the lb/ft³ to kg/m³
 * family became mud weight in pounds per US gallon to kg/m³ (drilling practice), so one tests the
 * cubed foot and the other the gallon. The two rounding families: round-a-conversion gives the
 * number of figures and tests rounding; report-a-conversion now shows a measurement with two to
 * four significant figures, some with a trailing zero after the point or leading zeros, and the
 * candidate counts them (mistakes: leading zeros counted, the trailing zero not counted, the
 * measurement's decimal places kept, every digit kept, cut without rounding, one figure more).
 *
 * Cue rates at 300 draws: before, none above 0.50, three at exactly 0.50
 * (linear-mass-kg-per-metre-to-lb-per-foot middle value, micrometres-to-millimetres shortest,
 * cubic-centimetres-to-cubic-metres longest) and 22 over 0.45; dropping the nudges first raised
 * nine families over 0.50 (cubic metres to US gallons 0.76 most similar), repaired with the real
 * mistakes above. After: none above 0.50; four at 0.50 (the three
 * above, unchanged, and mm-to-inches, middle value), 24 over 0.45; rule means: middle value 0.27,
 * most similar 0.29, shortest 0.29, avoid impossible 0.27, longest 0.13.
 *
 * Facts confirmed against the exact definitions given in the brief (international foot
 * 0.3048 m, pound 0.45359237 kg, imperial gallon 4.54609 L, troy ounce 31.1034768 g, standard
 * atmosphere 101,325 Pa) by working them out: the imperial gallon is 277.419 in³ (the label
 * "about 277.42 in³" is right), the atmosphere is 14.696 psi, the troy pound 12 × 31.1034768 g =
 * 0.3732417216 kg, 1 psi = 6,894.757 Pa, 1 lbf = 4.4482216 N, 1 hp = 745.700 W,
 * 1 PS = 735.49875 W. Not confirmed against a published source in this review (standard values
 * known to the reviewer): the acre as 43,560 ft² (it is 43,560 US survey square feet; each stem
 * states it as a definition, so the key follows the stem), the International Table BTU
 * 1,055.05585262 J, the thermochemical calorie 4.184 J, 1 therm = 100,000 BTU (the US therm is
 * defined slightly differently, 105.4804 MJ; the stem states its definition), the US gallon
 * 231 in³ and the nautical mile 1,852 m.
 *
 * Left as it is: the three families at 0.50 are at the limit, not over it; thin but wrong for
 * their stated reasons: "adds the dimensions instead of multiplying them" (tank), "adds 273
 * instead of 32" (°C to °F), "reads N/mm² as kN/mm²".
 */
export const ENGINEERING_UNITS_REVIEW: TestFamilyReview = {
  testId: 'engineering-units',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'egu-length/feet-inches-to-mm': { verdict: 'ok', fingerprint: '921cafb96717b19b' },
    'egu-length/mm-to-inches': { verdict: 'ok', fingerprint: '54855ef5e2d5ff9e' },
    'egu-length/square-feet-to-square-metres': { verdict: 'ok', fingerprint: 'a7d90b67e16d67e6' },
    'egu-length/square-metres-to-square-feet': { verdict: 'ok', fingerprint: '897ad8ba282e6999' },
    'egu-length/square-inches-to-square-millimetres': {
      verdict: 'ok',
      fingerprint: '79bdb16d95d192e8',
    },
    'egu-length/cubic-yards-to-cubic-metres': { verdict: 'ok', fingerprint: 'b86743abc1154dca' },
    'egu-length/tank-cubic-inches-to-us-gallons': {
      verdict: 'ok',
      fingerprint: 'b70768ea70422434',
    },
    'egu-length/cubic-metres-to-us-gallons': { verdict: 'ok', fingerprint: '682d438438d4cf35' },
    'egu-length/miles-to-kilometres': { verdict: 'ok', fingerprint: '8eeab304262b95ef' },
    'egu-length/acres-to-hectares': { verdict: 'ok', fingerprint: '8704e4491a278773' },
    'egu-length/plate-inches-to-square-metres': { verdict: 'ok', fingerprint: '922d2a5e0bac4314' },
    'egu-length/cubic-feet-to-litres': { verdict: 'ok', fingerprint: 'b2a0482b135f1e72' },
    'egu-length/millimetres-to-thou': { verdict: 'ok', fingerprint: '05c7f5dab163d9a7' },
    'egu-length/imperial-to-us-gallons': { verdict: 'ok', fingerprint: 'bfb15fa01e4f564c' },
    'egu-length/cubic-metres-to-cubic-yards': { verdict: 'ok', fingerprint: 'a7bbacf1e5911575' },
    'egu-length/yards-to-metres': { verdict: 'ok', fingerprint: 'd4700a042214bf5c' },
    'egu-force/pounds-to-kilograms': { verdict: 'ok', fingerprint: '49e662e01edd222d' },
    'egu-force/kilogram-force-to-newtons': { verdict: 'ok', fingerprint: 'e52cd788d507584b' },
    'egu-force/pound-force-to-newtons': { verdict: 'ok', fingerprint: 'c527b2d7c85fd629' },
    'egu-force/psi-to-kilopascals': { verdict: 'ok', fingerprint: '06dc9c401b7676cd' },
    'egu-force/bar-to-psi': { verdict: 'ok', fingerprint: '6e9c79f2e7e71c18' },
    'egu-force/ksi-to-megapascals': { verdict: 'ok', fingerprint: 'ff0458b1261e8a02' },
    'egu-force/newtons-per-square-millimetre-to-psi': {
      verdict: 'ok',
      fingerprint: '977a04a4ebbdd520',
    },
    'egu-force/load-over-area-to-megapascals': { verdict: 'ok', fingerprint: '36bd356e84149494' },
    'egu-force/water-head-to-kilopascals': { verdict: 'ok', fingerprint: '68294a7235ae4b64' },
    'egu-force/gauge-psi-to-absolute-kilopascals': {
      verdict: 'ok',
      fingerprint: 'abc470beeb985c2c',
    },
    'egu-force/kgf-per-square-centimetre-to-megapascals': {
      verdict: 'ok',
      fingerprint: 'f36ed391c5a232f1',
    },
    'egu-force/short-tons-to-tonnes': { verdict: 'ok', fingerprint: 'bb3611c88acc9dc0' },
    'egu-force/mass-to-weight-in-pound-force': { verdict: 'ok', fingerprint: 'f75e479c021aab3f' },
    'egu-force/kgf-per-square-millimetre-to-megapascals': {
      verdict: 'ok',
      fingerprint: 'b5dfbf59810fdf98',
    },
    'egu-force/spring-rate-lbf-per-inch-to-newtons-per-millimetre': {
      verdict: 'ok',
      fingerprint: 'fa0a7363d17c42b8',
    },
    'egu-force/inches-of-water-to-pascals': { verdict: 'ok', fingerprint: 'f38aa5923b31b724' },
    'egu-energy/celsius-to-fahrenheit': { verdict: 'ok', fingerprint: 'e1565f6fcdb608cf' },
    'egu-energy/fahrenheit-to-celsius': { verdict: 'ok', fingerprint: '013c51a57aa3205f' },
    'egu-energy/temperature-rise-fahrenheit-to-kelvin': {
      verdict: 'ok',
      fingerprint: '4534daf21005d4fe',
    },
    'egu-energy/temperature-tolerance-celsius-to-fahrenheit': {
      verdict: 'ok',
      fingerprint: '575b0310ba343a01',
    },
    'egu-energy/fahrenheit-to-kelvin': { verdict: 'ok', fingerprint: '16a942b2b54ec189' },
    'egu-energy/kelvin-to-fahrenheit': { verdict: 'ok', fingerprint: 'a90de14890e2d11a' },
    'egu-energy/kilowatt-hours-to-megajoules': { verdict: 'ok', fingerprint: 'f2fd9816f3bb230e' },
    'egu-energy/btu-to-kilojoules': { verdict: 'ok', fingerprint: '851505e47f61b7ae' },
    'egu-energy/btu-per-hour-to-kilowatts': { verdict: 'ok', fingerprint: '4ddf8e02e5a335fa' },
    'egu-energy/horsepower-to-kilowatts': { verdict: 'ok', fingerprint: '6e1fb29741b707d9' },
    'egu-energy/kilowatts-to-metric-horsepower': { verdict: 'ok', fingerprint: 'af8bf1b2183d83e3' },
    'egu-energy/kilocalories-to-kilojoules': { verdict: 'ok', fingerprint: '18715877e917b58a' },
    'egu-energy/power-and-hours-to-kilowatt-hours': {
      verdict: 'ok',
      fingerprint: 'e87435e37d219e3e',
    },
    'egu-energy/heat-to-warm-water-with-fahrenheit-rise': {
      verdict: 'ok',
      fingerprint: 'b25e497bad210e9b',
    },
    'egu-energy/foot-pound-force-to-joules': { verdict: 'ok', fingerprint: '393d41e530989dad' },
    'egu-energy/therms-to-kilowatt-hours': { verdict: 'ok', fingerprint: '820dd2add09eb37b' },
    'egu-flow/litres-per-minute-to-us-gpm': { verdict: 'ok', fingerprint: '73b64211a2891f54' },
    'egu-flow/us-gpm-to-cubic-metres-per-hour': { verdict: 'ok', fingerprint: '4511f637346efccb' },
    'egu-flow/kilometres-per-hour-to-mph': { verdict: 'ok', fingerprint: 'f25290ddb4c1e38a' },
    'egu-flow/knots-to-mph': { verdict: 'ok', fingerprint: 'd8d659c290fa36d2' },
    'egu-flow/metres-per-second-to-feet-per-minute': {
      verdict: 'ok',
      fingerprint: '83cedd0e27e985a4',
    },
    'egu-flow/density-kg-per-cubic-metre-to-lb-per-cubic-foot': {
      verdict: 'ok',
      fingerprint: '08ba0feebc5e8a4a',
    },
    'egu-flow/mud-weight-pounds-per-us-gallon-to-kg-per-cubic-metre': {
      verdict: 'ok',
      fingerprint: '601ac96058cf84ca',
    },
    'egu-flow/torque-newton-metres-to-pound-force-feet': {
      verdict: 'ok',
      fingerprint: '4594a0973e33b1af',
    },
    'egu-flow/torque-pound-force-inches-to-newton-metres': {
      verdict: 'ok',
      fingerprint: 'd13ac1331a94e952',
    },
    'egu-flow/miles-per-gallon-to-litres-per-100-km': {
      verdict: 'ok',
      fingerprint: 'edb6f7c1f65bb6c6',
    },
    'egu-flow/cubic-metres-per-hour-to-cfm': { verdict: 'ok', fingerprint: '0c2a1e32abe205d7' },
    'egu-flow/pounds-per-hour-to-kilograms-per-second': {
      verdict: 'ok',
      fingerprint: 'a0bc1e1f008e6a3d',
    },
    'egu-flow/pressure-drop-psi-per-100-ft-to-kpa-per-metre': {
      verdict: 'ok',
      fingerprint: 'cb238315ae0f7c48',
    },
    'egu-flow/u-value-imperial-to-si': { verdict: 'ok', fingerprint: '3e9207d172010343' },
    'egu-flow/pipe-flow-gpm-to-velocity': { verdict: 'ok', fingerprint: '13b9845c629a91b4' },
    'egu-flow/linear-mass-kg-per-metre-to-lb-per-foot': {
      verdict: 'ok',
      fingerprint: 'b2424c2780cfc87c',
    },
    'egu-checks/micrometres-to-millimetres': { verdict: 'ok', fingerprint: '7205a5b6a4d9df9c' },
    'egu-checks/square-millimetres-to-square-metres': {
      verdict: 'ok',
      fingerprint: '629bdd5dd640cd59',
    },
    'egu-checks/cubic-centimetres-to-cubic-metres': {
      verdict: 'ok',
      fingerprint: 'dc0bd8d07deb6a92',
    },
    'egu-checks/gigapascals-to-newtons-per-square-millimetre': {
      verdict: 'ok',
      fingerprint: 'ac6c6c251bc69feb',
    },
    'egu-checks/nanofarads-to-microfarads': { verdict: 'ok', fingerprint: '05eb47e8b9b7b6c9' },
    'egu-checks/milliamps-through-kilohms-to-volts': {
      verdict: 'ok',
      fingerprint: '7b5b4b304e544128',
    },
    'egu-checks/kilowatts-over-volts-to-amps': { verdict: 'ok', fingerprint: 'd3b7c4dfa1c8249f' },
    'egu-checks/pressure-on-area-to-kilonewtons': {
      verdict: 'ok',
      fingerprint: '6601062444265517',
    },
    'egu-checks/kinetic-energy-from-grams-and-km-per-hour': {
      verdict: 'ok',
      fingerprint: '0c85a97414da8074',
    },
    'egu-checks/die-area-from-micrometres': { verdict: 'ok', fingerprint: '4856fbcf86e2257d' },
    'egu-checks/round-a-conversion-to-significant-figures': {
      verdict: 'ok',
      fingerprint: '548e30e11db2ecad',
    },
    'egu-checks/report-a-conversion-to-the-measured-figures': {
      verdict: 'ok',
      fingerprint: 'c3926d373c482058',
    },
    'egu-checks/sum-of-lengths-to-fewest-decimal-places': {
      verdict: 'ok',
      fingerprint: '2f485c14f192aedc',
    },
    'egu-checks/lower-limit-inches-to-millimetres-rounded-inside': {
      verdict: 'ok',
      fingerprint: 'a8dd4f8a6ea43a32',
    },
    'egu-checks/upper-limit-millimetres-to-inches-rounded-inside': {
      verdict: 'ok',
      fingerprint: 'e9d96f99b56d2e95',
    },
    'egu-checks/tolerance-inches-to-millimetres-rounded-down': {
      verdict: 'ok',
      fingerprint: 'f5968e4a28a88208',
    },
  },
}
