import { type CatalogRow, row } from './catalog-row.js'

/** Engineering unit conversion as a freelance technician or technical editor works it between SI and US customary units. */
export const ENGINEERING_UNITS_ROW: CatalogRow = row(
  'engineering-units',
  'Engineering unit conversion',
  'Other',
  4,
  10,
  [
    ['eguLength', 20],
    ['eguForce', 20],
    ['eguEnergy', 20],
    ['eguFlow', 20],
    ['eguChecks', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance engineering technician or technical translator-editor converts drawings, ' +
      'datasheets, test reports and specifications between SI and US customary units for ' +
      'manufacturers and contractors: they take each figure with its unit, convert it by the exact ' +
      'definition, round it as the document or the client’s rule says, and check that limits and ' +
      'formulas still make sense in the new units. Length, area and volume: inches, feet, yards and ' +
      'miles to metric and back, square and cubic factors, acres and hectares, and the US gallon ' +
      '(231 in³) against the imperial gallon: 20 %. Mass, force, pressure and stress: pounds and ' +
      'kilograms, pound-force and kilogram-force with standard gravity, psi, ksi, bar, kPa, MPa and ' +
      'N/mm², short and long tons, pressure head, and gauge against absolute pressure: 20 %. Energy, ' +
      'power, heat and temperature: kWh, joules, the International Table BTU, the thermochemical ' +
      'calorie, mechanical and metric horsepower, heat from mass and a temperature rise, and ' +
      'temperature readings against temperature differences in °C, °F and K: 20 %. Flow, speed, ' +
      'density and compound units: L/min, US gpm, m³/h and cfm, km/h, mph and knots, densities, ' +
      'torque, fuel consumption, U-values and mass flow, converting each part of the unit: 20 %. ' +
      'Significant figures, prefixes and tolerances: SI prefixes on squared and cubed units, ' +
      'prefix bookkeeping in formulas, scientific notation, rounding to significant figures or to ' +
      'decimal places as a stated rule says, and rounding converted tolerance limits towards the ' +
      'nominal so the band stays inside the original: 20 %. Every item states the exact factors ' +
      'and the rounding its key depends on. Not tested: memorising conversion factors, a particular ' +
      'CAD or spreadsheet tool, the standards that set a tolerance or a material grade, and ' +
      'translation of the surrounding prose. A 25-item form gives each of the five domains five ' +
      'items.',
    scoredItems: 25,
  },
)
