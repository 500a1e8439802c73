import type { ModelDomain } from './model-domains.js'

/**
 * The forensic accounting test’s domains, each served by one scenario model of its own families.
 */
export const FAC_DOMAINS = {
  facAnalytics: {
    id: 'fac-analytics',
    title: 'Fraud analytics and red flags',
    itemModelIds: ['fac-analytics'],
    outcome:
      'Find what looks wrong in the numbers: Benford first-digit tests with the expected ' +
      'proportions stated, z-statistics and mean absolute deviation against conformity bands, ' +
      'the Beneish indices and M-score, relative size factors, duplicate and round-number tests, ' +
      'and ratios that move the wrong way',
  },
  facIncome: {
    id: 'fac-income',
    title: 'Indirect methods of proving income',
    itemModelIds: ['fac-income'],
    outcome:
      'Reconstruct income a subject did not report: the net worth method, the expenditures ' +
      'method, the bank deposits method with its transfers and non-income deposits, and the ' +
      'markup method, each with its adjustments for non-deductible spending and non-taxable ' +
      'sources',
  },
  facSchemes: {
    id: 'fac-schemes',
    title: 'Asset misappropriation and financial statement schemes',
    itemModelIds: ['fac-schemes'],
    outcome:
      'Quantify schemes: lapping and skimming, ghost employees and inflated pay, expense and ' +
      'mileage padding, inventory shrinkage, fictitious revenue, channel stuffing, capitalised ' +
      "expenses and cookie-jar reserves, and each scheme's effect on income, assets and the " +
      'ratios that reveal it',
  },
  facTracing: {
    id: 'fac-tracing',
    title: 'Tracing funds',
    itemModelIds: ['fac-tracing'],
    outcome:
      'Trace money through commingled accounts: the lowest intermediate balance rule, ' +
      'first-in-first-out and pro rata tracing, the share of an asset bought with traced funds ' +
      'and of its gain, and the amount a claimant can recover',
  },
  facDamages: {
    id: 'fac-damages',
    title: 'Economic damages',
    itemModelIds: ['fac-damages'],
    outcome:
      'Measure economic damages: lost profits from lost revenue less avoided costs, the ' +
      'before-and-after and yardstick methods, mitigation, lost earnings, business interruption ' +
      'losses, discounting future losses to present value and prejudgment interest',
  },
} as const satisfies Record<string, ModelDomain>
