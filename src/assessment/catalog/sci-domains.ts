import type { ModelDomain } from './model-domains.js'

/** The scientific data handling test's domains, each served by one scenario model of its own families. */
export const SCI_DOMAINS = {
  sciUnits: {
    id: 'sci-units',
    title: 'Units and conversions',
    itemModelIds: ['sci-units'],
    outcome:
      'Convert SI prefixes, mass, molar and percentage concentrations, dilutions, counts, rates and temperatures as a protocol states them',
  },
  sciPrecision: {
    id: 'sci-precision',
    title: 'Significant figures and reporting precision',
    itemModelIds: ['sci-precision'],
    outcome:
      'Count significant figures, apply the product, quotient and sum rules, treat exact numbers as exact, and round a result once by the stated convention',
  },
  sciUncertainty: {
    id: 'sci-uncertainty',
    title: 'Measurement uncertainty and error propagation',
    itemModelIds: ['sci-uncertainty'],
    outcome:
      'Combine absolute and relative uncertainties through sums, products and powers, work standard errors, intervals and weighted means, and state percent error',
  },
  sciReplicates: {
    id: 'sci-replicates',
    title: 'Descriptive statistics of replicates',
    itemModelIds: ['sci-replicates'],
    outcome:
      'Summarise replicates with the right standard deviation, CV, median and quartiles, and screen them for outliers by a stated rule',
  },
  sciCalibration: {
    id: 'sci-calibration',
    title: 'Calibration and data transformation',
    itemModelIds: ['sci-calibration'],
    outcome:
      'Read concentrations off a linear calibration with blanks and dilutions, set detection limits, check recoveries, and transform data by logarithms and normalisation',
  },
} as const satisfies Record<string, ModelDomain>
