import { type CatalogRow, row } from './catalog-row.js'

/** Scientific data handling as a freelance research or lab data assistant does it for scientists. */
export const SCIENTIFIC_DATA_HANDLING_ROW: CatalogRow = row(
  'scientific-data-handling',
  'Scientific data handling',
  'Other',
  5,
  20,
  [
    ['sciUnits', 20],
    ['sciPrecision', 20],
    ['sciUncertainty', 20],
    ['sciReplicates', 20],
    ['sciCalibration', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance research or lab data assistant takes measurement data from scientists, field ' +
      'teams and instruments, cleans and converts it, summarises replicates and reports results ' +
      'at the precision the data supports. Units and conversions: SI prefixes, mass, molar and ' +
      'percentage concentrations, C₁V₁ = C₂V₂ and serial dilutions, hydrates and purity, cell ' +
      'counts, flow rates, field volumes and temperature scales: 20 %. Significant figures and ' +
      'reporting precision: counting significant figures, the product, quotient and sum rules, ' +
      'exact numbers, rounding an uncertainty and its value together, half-up against ' +
      'half-to-even and rounding once rather than in steps: 20 %. Measurement uncertainty: ' +
      'absolute and relative uncertainty, combining independent uncertainties in quadrature for ' +
      'sums and products, powers and constants, rectangular tolerances, expanded uncertainty, ' +
      'standard errors, t-based intervals, weighted means and percent error: 20 %. Descriptive ' +
      'statistics of replicates: sample against population standard deviation, CV, medians and ' +
      'quartiles by a stated method, 1.5 × IQR fences, z-scores, Grubbs and Dixon statistics, ' +
      'pooled standard deviations and duplicate agreement: 20 %. Calibration and transformation: ' +
      'reading a linear calibration with its intercept and dilution, blank subtraction and ' +
      'Beer–Lambert, detection and quantitation limits, spike recovery, standard addition, ' +
      'internal standards, normalisation, pH and logarithms: 20 %. Every item states the units, ' +
      'conventions (n − 1 or n, quartile method, rounding rule) and rounding its key depends on. ' +
      'Not tested: designing experiments, choosing or running hypothesis tests and regression ' +
      'diagnostics (see Statistics), instrument operation and wet-lab technique, laboratory ' +
      'information systems and spreadsheet or programming tools, and writing up methods. A ' +
      '25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
